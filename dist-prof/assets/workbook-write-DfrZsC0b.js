// src/io/workbook-write.ts
/** Marks and averages: two decimals, as on screen (`12,50`). */
var NUMBER_FORMAT = "0.00";
var MIN_WIDTH = 6;
var MAX_WIDTH = 60;
/** `12,5` → 12.5 (the writers' numbers have at most two decimals: the double shows them exactly). */
var numberValue = (text) => Number(text.replace(/\s/g, "").replace(",", "."));
/** `Résultats` → a valid sheet name: at most 31 characters, none of `[]:*?/\`. */
function sheetName(text) {
	return text.replace(/[[\]:*?/\\]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 31) || "Feuille1";
}
function worksheet(xlsx, table) {
	const sheet = {};
	const widths = [];
	let columns = 0;
	table.forEach((row, r) => {
		row.forEach((cell, c) => {
			if (cell === null || cell === "") return;
			const address = xlsx.utils.encode_cell({
				r,
				c
			});
			let shown;
			if (typeof cell === "string") {
				sheet[address] = {
					t: "s",
					v: cell
				};
				shown = cell;
			} else {
				sheet[address] = {
					t: "n",
					v: numberValue(cell.number),
					z: NUMBER_FORMAT
				};
				shown = cell.number.includes(",") ? cell.number : `${cell.number},00`;
			}
			const longest = Math.max(...shown.split("\n").map((l) => l.length));
			widths[c] = Math.max(widths[c] ?? 0, longest + (r === 0 ? 3 : 1));
		});
		columns = Math.max(columns, row.length);
	});
	sheet["!ref"] = xlsx.utils.encode_range({
		s: {
			r: 0,
			c: 0
		},
		e: {
			r: Math.max(0, table.length - 1),
			c: Math.max(0, columns - 1)
		}
	});
	sheet["!cols"] = Array.from({ length: columns }, (_, c) => ({ wch: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] ?? 0)) }));
	return sheet;
}
var utf8 = new TextEncoder();
var fromUtf8 = new TextDecoder();
/** Bold font + a cell format using it; returns the styles XML and the format's index. */
function addBoldStyle(styles) {
	let fontId = 0;
	let xml = styles.replace(/<fonts count="(\d+)"([^>]*)>([\s\S]*?)<\/fonts>/, (_m, count, rest, fonts) => {
		fontId = Number(count);
		const first = /<font>([\s\S]*?)<\/font>/.exec(fonts)?.[1] ?? "<sz val=\"11\"/><name val=\"Calibri\"/>";
		return `<fonts count="${fontId + 1}"${rest}>${fonts}<font><b/>${first.replace(/<b\/>/g, "")}</font></fonts>`;
	});
	let index = 0;
	xml = xml.replace(/<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/, (_m, count, xfs) => {
		index = Number(count);
		return `<cellXfs count="${index + 1}">${xfs}<xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>`;
	});
	return {
		xml,
		index
	};
}
/** The header row in bold, frozen at the top of the sheet. */
function boldFrozenHeader(sheetXml, style) {
	return sheetXml.replace(/<sheetView workbookViewId="0"\s*\/>/, "<sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView>").replace(/<row r="1"([^>]*)>([\s\S]*?)<\/row>/, (_m, attrs, cells) => {
		return `<row r="1"${attrs}>${cells.replace(/<c r="([A-Z]+1)"(?: s="\d+")?/g, `<c r="$1" s="${style}"`)}</row>`;
	});
}
/** One table (header first) as the bytes of an .xlsx file with one sheet. */
function writeXlsx(xlsx, table, name) {
	const book = xlsx.utils.book_new();
	xlsx.utils.book_append_sheet(book, worksheet(xlsx, table), sheetName(name));
	const raw = xlsx.write(book, {
		type: "array",
		bookType: "xlsx",
		bookSST: true,
		compression: true
	});
	const zip = xlsx.CFB.read(new Uint8Array(raw), { type: "array" });
	const entry = (path) => zip.FileIndex[zip.FullPaths.indexOf(`Root Entry/${path}`)];
	const stylesEntry = entry("xl/styles.xml");
	const sheetEntry = entry("xl/worksheets/sheet1.xml");
	if (stylesEntry?.content && sheetEntry?.content) {
		const styles = addBoldStyle(fromUtf8.decode(stylesEntry.content));
		stylesEntry.content = utf8.encode(styles.xml);
		stylesEntry.size = stylesEntry.content.length;
		sheetEntry.content = utf8.encode(boldFrozenHeader(fromUtf8.decode(sheetEntry.content), styles.index));
		sheetEntry.size = sheetEntry.content.length;
	}
	const bytes = xlsx.CFB.write(zip, {
		fileType: "zip",
		type: "array",
		compression: true
	});
	return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}
/** The MIME type of an .xlsx file, for downloads. */
var XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export { XLSX_MIME, sheetName, writeXlsx };
