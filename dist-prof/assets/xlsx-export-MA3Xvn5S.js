const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./workbook-B057SuQe.js","./workbook-pFU-4uMH.js","./file-check-Dc5zDjQx.js","./csv-ViKb-jGC.js","./rolldown-runtime-CO0Nlsmt.js","./preload-helper-CALLvQDj.js"])))=>i.map(i=>d[i]);
import { t as downloadBytes } from "./download-61WZdJOK.js";
import { t as __vitePreload } from "./preload-helper-CALLvQDj.js";
// src/ui/xlsx-export.ts
/** Offers `table` (header first) as `fileName` (ending in .xlsx), one sheet named `sheet`. */
async function downloadXlsx(fileName, table, sheet) {
	const [{ loadXlsx }, { writeXlsx, XLSX_MIME }] = await Promise.all([__vitePreload(() => import("./workbook-B057SuQe.js"), __vite__mapDeps([0,1,2,3,4,5]), import.meta.url), __vitePreload(() => import("./workbook-write-DfrZsC0b.js"), [], import.meta.url)]);
	downloadBytes(fileName, writeXlsx(await loadXlsx(), table, sheet), XLSX_MIME);
}
export { downloadXlsx };
