export { t as WorkbookError, n as loadXlsx, r as numberCellText, i as parseWorkbook } from "./workbook-pFU-4uMH.js";
