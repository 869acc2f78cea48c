import { i as formatHundredthsFixed, n as averageHundredths, s as pointsToHundredths } from "./exact-Cpdw3sSx.js";
import { r as writeCsv } from "./csv-ViKb-jGC.js";
// src/io/results-csv.ts
/**
* The results file: what the CLI writes and, byte for byte, what the app's "export results" writes.
* Columns are fixed by the foundation issue; `motif` follows them (more columns may follow).
*/
var RESULTS_COLUMNS = [
	"numero",
	"nom",
	"prenom",
	"moyenne_1er_groupe",
	"moyenne_pro",
	"moyenne_finale",
	"total_points",
	"decision",
	"motif"
];
var average = (avg) => avg ? { number: formatHundredthsFixed(averageHundredths(avg)) } : null;
function resultsCells({ numero, nom, prenom, result }) {
	return [
		numero,
		nom,
		prenom,
		average(result.firstGroup),
		average(result.professional),
		average(result.final),
		result.final ? { number: formatHundredthsFixed(pointsToHundredths(result.final.points)) } : null,
		result.decision,
		result.reason
	];
}
/** The results CSV as text (BOM, `;`, CRLF, decimal comma, 2 decimals truncated). */
function writeResultsCsv(rows) {
	return writeCsv(resultsTable(rows));
}
/** The results as a table (header first): the CSV and the .xlsx export write it. */
function resultsTable(rows) {
	const table = [[...RESULTS_COLUMNS]];
	for (const row of rows) table.push(resultsCells(row));
	return table;
}
export { resultsTable, writeResultsCsv };
