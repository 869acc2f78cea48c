import { t as detectDelimiter } from "./csv-ViKb-jGC.js";
// src/io/file-check.ts
/**
* What an imported table file must be before it is parsed, and the diagnosis of the usual bad files, shared by
* the import wizard and the CLI so both say the same thing (docs/limites.md):
*
* - before reading anything: the file's size (`checkFileSize`, from `File.size` or `stat`, nothing read yet);
* - before parsing: empty, and a line too long or with too many columns (`checkTableText`: one pass over the
*   text, no cell is built: a 2,000,000-column header is refused in milliseconds instead of freezing the tab);
* - after parsing: a file with its header only, rows with more cells than the header (`raggedRowMessage`),
*   rows written with another separator than the header (`mixedSeparatorMessage`).
*
* UTF-16 without a byte-order mark is recognised by decode.ts (its NUL bytes), so it reads like any other file.
*/
var IMPORT_LIMITS = {
	/** File size, in bytes (10 Mo: a session of 50,000 candidates with all their marks takes about 5 Mo). */
	maxBytes: 10485760,
	/** Lines (records) of the file. */
	maxLines: 1e5,
	/** Cells in a line. */
	maxColumns: 500,
	/** Characters in a line. */
	maxLineLength: 2e4
};
var DELIMITER_NAMES = {
	";": "« ; »",
	",": "« , »",
	"	": "tabulation"
};
/** `20 000` (a plain space between thousands, as in the rest of the messages). */
function thousands(n) {
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}
/** `10 Mo`, `2,5 Mo`, `800 Ko`. */
function size(bytes) {
	if (bytes >= 1048576) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "").replace(".", ",")} Mo`;
	return `${Math.max(1, Math.round(bytes / 1024))} Ko`;
}
/** French refusal for a file over the size limit, or null. Call before reading the file. */
function checkFileSize(bytes) {
	if (bytes === 0) return "Le fichier est vide (0 octet) : il ne contient ni ligne d'en-tête ni candidat.";
	if (bytes > IMPORT_LIMITS.maxBytes) return `Le fichier est trop gros : ${size(bytes)}, au plus ${size(IMPORT_LIMITS.maxBytes)}. Vérifiez qu'il s'agit bien du bon fichier (un tableau de candidats), ou découpez-le en plusieurs fichiers.`;
	return null;
}
/** checkTableText with the delimiter guessed from the start only: the first line may be millions of characters long. */
function checkTableShape(text) {
	return checkTableText(text, detectDelimiter(text.slice(0, 65536)));
}
/**
* French refusal for a decoded text that is empty or whose shape would make parsing freeze the page (a line too
* long, too many columns, too many lines), or null. One pass, counting separators outside quotes; a quote left
* open runs until the end of the file and is caught by the line length.
*/
function checkTableText(text, delimiter) {
	if (text.trim() === "") return "Le fichier est vide : il ne contient ni ligne d'en-tête ni candidat.";
	const sep = delimiter.charCodeAt(0);
	let line = 1;
	let lines = 0;
	let lineStart = 0;
	let cells = 1;
	let inQuotes = false;
	let content = false;
	const tooLong = (at) => `Ligne ${line} : plus de ${thousands(IMPORT_LIMITS.maxLineLength)} caractères` + (inQuotes ? " : un guillemet « \" » ouvert n'est jamais refermé" : "") + `. Délib lit au plus ${thousands(IMPORT_LIMITS.maxLineLength)} caractères par ligne${inQuotes ? "" : ` (${thousands(at)} ici)`}.`;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 34) inQuotes = !inQuotes;
		else if (!inQuotes && (c === 10 || c === 13)) {
			if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
			if (content) lines++;
			if (lines > IMPORT_LIMITS.maxLines) return `Le fichier a plus de ${thousands(IMPORT_LIMITS.maxLines)} lignes : Délib en lit au plus ${thousands(IMPORT_LIMITS.maxLines)} par fichier. Découpez-le en plusieurs fichiers.`;
			line++;
			lineStart = i + 1;
			cells = 1;
			content = false;
			continue;
		} else if (!inQuotes && c === sep) {
			cells++;
			if (cells > IMPORT_LIMITS.maxColumns) return `Ligne ${line} : plus de ${IMPORT_LIMITS.maxColumns} colonnes. Délib lit au plus ${IMPORT_LIMITS.maxColumns} colonnes : ce fichier n'est sans doute pas un tableau de candidats (ou le séparateur ${DELIMITER_NAMES[delimiter]} n'est pas le bon).`;
		}
		if (c > 32) content = true;
		if (i - lineStart >= IMPORT_LIMITS.maxLineLength) return tooLong(i - lineStart);
	}
	return null;
}
/** French message for a file that has its header and nothing else. */
var HEADER_ONLY_MESSAGE = "Le fichier ne contient que la ligne d'en-tête : aucun candidat à lire.";
/** The row message when a row has more filled cells than the header has columns (the wizard and the CLI). */
function raggedRowMessage(cells, columns, delimiter) {
	return `la ligne a ${cells} cellules pour ${columns} colonnes d'en-tête : une valeur contient peut-être un séparateur ${DELIMITER_NAMES[delimiter]} sans guillemets`;
}
/**
* When a row looks written with another separator than the header (a single cell holding `0001,Dupont,Léa,12`
* under a `;` header), the row message that says so; otherwise null.
*/
function mixedSeparatorMessage(cells, columns, delimiter) {
	if (columns < 2) return null;
	let filled = null;
	for (const cell of cells) {
		if (cell.trim() === "") continue;
		if (filled !== null) return null;
		filled = cell;
	}
	if (filled === null) return null;
	for (const other of [
		";",
		",",
		"	"
	]) {
		if (other === delimiter) continue;
		if (filled.split(other).length >= Math.min(columns, 3)) return `les valeurs de cette ligne sont séparées par ${DELIMITER_NAMES[other]} alors que l'en-tête utilise ${DELIMITER_NAMES[delimiter]} : enregistrez le fichier avec un seul séparateur`;
	}
	return null;
}
export { mixedSeparatorMessage as a, checkTableShape as i, IMPORT_LIMITS as n, raggedRowMessage as o, checkFileSize as r, HEADER_ONLY_MESSAGE as t };
