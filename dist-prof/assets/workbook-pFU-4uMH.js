import { n as IMPORT_LIMITS } from "./file-check-Dc5zDjQx.js";
import { t as __vitePreload } from "./preload-helper-CALLvQDj.js";
// src/io/workbook.ts
/** Loads the workbook library (a separate chunk in the app). */
var loadXlsx = () => __vitePreload(() => import("./xlsx-CAdriLZP.js"), [], import.meta.url);
/** A workbook that cannot be read, with the French reason. */
var WorkbookError = class extends Error {};
/** `2431000001`, `13,87`, `9,75`: a number cell as the rest of the import reads it, French decimal comma. */
function numberCellText(value) {
	if (!Number.isFinite(value)) return String(value);
	if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
	const hundredths = Math.round(value * 100);
	if (Math.abs(value * 100 - hundredths) < 1e-6) {
		const sign = hundredths < 0 ? "-" : "";
		const abs = Math.abs(hundredths);
		const cents = abs % 100;
		const whole = Math.floor(abs / 100);
		return cents === 0 ? `${sign}${whole}` : `${sign}${whole},${String(cents).padStart(2, "0").replace(/0$/, "")}`;
	}
	return String(value).replace(".", ",");
}
var pad = (n) => String(n).padStart(2, "0");
function cellText(xlsx, cell, date1904) {
	if (!cell || cell.v === void 0 || cell.v === null) return "";
	switch (cell.t) {
		case "s": return String(cell.v);
		case "b": return cell.v ? "VRAI" : "FAUX";
		case "e": return cell.w ?? "#ERREUR";
		case "d": {
			const date = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
			return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
		}
		case "n": {
			const value = cell.v;
			if (cell.z !== void 0 && xlsx.SSF.is_date(cell.z)) {
				const parts = xlsx.SSF.parse_date_code(value, { date1904 });
				if (parts) return `${pad(parts.d)}/${pad(parts.m)}/${parts.y}`;
			}
			return numberCellText(value);
		}
		default: return cell.w ?? String(cell.v);
	}
}
/** Rows the library reads from each sheet: one more than Délib accepts, to know that a sheet has too many. */
var SHEET_ROWS = IMPORT_LIMITS.maxLines + 1;
/** `20 000` (a plain space between thousands, as in the rest of the messages). */
var thousands = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
/**
* The sheet's records. Refused (WorkbookError) over the limits of a CSV file (docs/limites.md): a row reaching
* the rows the library was asked to read (the sheet has more), or a filled cell beyond the columns Délib reads.
* Only filled cells count: a sheet whose declared size is the whole grid (formatted columns) is read as its cells.
*/
function sheetRecords(xlsx, name, sheet, date1904) {
	const ref = sheet["!ref"];
	if (!ref) return [];
	const range = xlsx.utils.decode_range(ref);
	const data = sheet["!data"] ?? [];
	if (range.e.r + 1 >= SHEET_ROWS) throw new WorkbookError(`feuille « ${name} » : plus de ${thousands(IMPORT_LIMITS.maxLines)} lignes. Délib en lit au plus ${thousands(IMPORT_LIMITS.maxLines)} par feuille : découpez-la en plusieurs fichiers`);
	let width = range.e.c + 1 <= IMPORT_LIMITS.maxColumns ? range.e.c + 1 : 0;
	for (let r = range.s.r; r <= range.e.r && width < range.e.c + 1; r++) {
		const row = data[r];
		if (!row) continue;
		for (let c = Math.min(row.length, range.e.c + 1) - 1; c >= width; c--) {
			if (cellText(xlsx, row[c], date1904).trim() === "") continue;
			if (c >= IMPORT_LIMITS.maxColumns) throw new WorkbookError(`feuille « ${name} », ligne ${r + 1} : plus de ${IMPORT_LIMITS.maxColumns} colonnes. Délib lit au plus ${IMPORT_LIMITS.maxColumns} colonnes : ce classeur n'est sans doute pas un tableau de candidats`);
			width = c + 1;
			break;
		}
	}
	const records = [];
	for (let r = range.s.r; r <= range.e.r; r++) {
		const row = data[r];
		if (!row) continue;
		const cells = new Array(width);
		let blank = true;
		for (let c = 0; c < width; c++) {
			const text = cellText(xlsx, row[c], date1904);
			cells[c] = text;
			if (blank && text.trim() !== "") blank = false;
		}
		if (!blank) records.push({
			line: r + 1,
			cells
		});
	}
	return records;
}
/**
* An .ods file can say « this cell, repeated over 2,000,000 columns » or « this row, repeated 10,000,000 times » in
* a few bytes, and the library would then build every copy (a minute and gigabytes for the rows, whatever
* `sheetRows` says). Refused before parsing: a filled cell repeated over more columns, or a row with a filled cell
* repeated over more rows, than Délib reads. Empty repeated cells and rows, which LibreOffice writes to the end of
* each row and of each sheet, cost nothing and are left alone.
*/
function checkOdsRepeats(xlsx, bytes) {
	let content;
	try {
		const zip = xlsx.CFB.read(bytes, { type: "array" });
		content = xlsx.CFB.find(zip, "/content.xml")?.content;
	} catch {
		return;
	}
	if (!(content instanceof Uint8Array) && !Array.isArray(content)) return;
	const xml = new TextDecoder().decode(content instanceof Uint8Array ? content : new Uint8Array(content));
	const filled = (cell) => cell.includes("office:value-type") || cell.includes("<text:");
	for (const [, attributes, cells] of xml.matchAll(/<table:table-row\b([^>]*[^/>])?>([\s\S]*?)<\/table:table-row>/g)) {
		const repeated = /table:number-rows-repeated="(\d+)"/.exec(attributes ?? "");
		if (!repeated || Number(repeated[1]) <= IMPORT_LIMITS.maxLines || !filled(cells)) continue;
		throw new WorkbookError(`une ligne remplie y est répétée ${thousands(Number(repeated[1]))} fois. Délib lit au plus ${thousands(IMPORT_LIMITS.maxLines)} lignes par feuille : découpez-la en plusieurs fichiers`);
	}
	for (const [cell] of xml.matchAll(/<table:table-cell\b[^>]*\/>|<table:table-cell\b[^>]*>[\s\S]*?<\/table:table-cell>/g)) {
		const repeated = /^<[^>]*table:number-columns-repeated="(\d+)"/.exec(cell);
		if (!repeated || Number(repeated[1]) <= IMPORT_LIMITS.maxColumns || !filled(cell)) continue;
		throw new WorkbookError(`une cellule remplie y est répétée sur ${thousands(Number(repeated[1]))} colonnes. Délib lit au plus ${IMPORT_LIMITS.maxColumns} colonnes : ce classeur n'est sans doute pas un tableau de candidats`);
	}
}
/** Reads every sheet; throws WorkbookError (French message) for a file the library cannot read. */
function parseWorkbook(xlsx, bytes, format) {
	if (format === "ods") checkOdsRepeats(xlsx, bytes);
	let book;
	try {
		book = xlsx.read(bytes, {
			type: "array",
			dense: true,
			cellNF: true,
			cellHTML: false,
			cellFormula: false,
			sheetRows: SHEET_ROWS
		});
	} catch (error) {
		const text = String(error);
		if (/password|encrypt|ECMA-376 Encrypted/i.test(text)) throw new WorkbookError("classeur protégé par un mot de passe : ouvrez-le, retirez la protection (ou enregistrez-le en CSV), puis importez-le à nouveau");
		throw new WorkbookError(`classeur illisible (fichier abîmé ou format non reconnu : ${text.replace(/^Error: /, "")}) : ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau`);
	}
	const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
	const sheets = book.SheetNames.map((name) => ({
		name,
		records: sheetRecords(xlsx, name, book.Sheets[name], date1904)
	}));
	if (sheets.length === 0) throw new WorkbookError("classeur sans feuille");
	return {
		format,
		sheets
	};
}
export { parseWorkbook as i, loadXlsx as n, numberCellText as r, WorkbookError as t };
