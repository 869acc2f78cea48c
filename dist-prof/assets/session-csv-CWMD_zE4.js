import { r as formatMark } from "./marks-B5B9zhMh.js";
import { n as compareNumero } from "./numero-lCn5603m.js";
import { r as writeCsv } from "./csv-ViKb-jGC.js";
import { a as formatUnitList, f as unitKeys, i as formatOptionalUnits, n as formatBirthDate, r as formatFormOverrides, t as formatBenefices } from "./cells-DxylALqc.js";
// src/io/session-csv.ts
/**
* The session as CSV files that the import reads back: the full session (one row per candidate, the
* headers are the import's field keys) and a one-unit sheet for a teacher to fill in with Excel.
*/
var IDENTITY_COLUMNS = [
	"numero",
	"nom",
	"prenom",
	"date_naissance",
	"statut",
	"langue_vivante",
	"facultatives",
	"formes",
	"etablissement_uai",
	"etablissement_nom",
	"etablissement_ville",
	"etablissement_type"
];
/** A number as a number cell (`12,5`, never formula-escaped), a code as text, empty as null. */
function markCell(value) {
	if (!value || value.kind === "empty") return null;
	return value.kind === "number" ? { number: formatMark(value) } : value.kind;
}
function marksOf(snapshot) {
	const byCandidate = /* @__PURE__ */ new Map();
	for (const mark of snapshot.marks) {
		let units = byCandidate.get(mark.candidateId);
		if (!units) byCandidate.set(mark.candidateId, units = /* @__PURE__ */ new Map());
		units.set(mark.unit, mark);
	}
	return byCandidate;
}
var byNumero = (a, b) => compareNumero(a.numero, b.numero);
/** Every candidate with identity, établissement, marks, contrôle marks and flags, by numero. */
function writeSessionCsv(snapshot) {
	return writeCsv(sessionTable(snapshot));
}
/** The session file as a table (header first): the CSV and the .xlsx export write it. */
function sessionTable(snapshot) {
	const { regulation } = snapshot;
	const keys = unitKeys(regulation);
	const etablissements = new Map(snapshot.etablissements.map((e) => [e.id, e]));
	const marks = marksOf(snapshot);
	const table = [[
		...IDENTITY_COLUMNS,
		...keys,
		"sous_reserve",
		"benefices"
	]];
	for (const c of [...snapshot.candidates].sort(byNumero)) {
		const e = c.etablissementId === null ? void 0 : etablissements.get(c.etablissementId);
		const own = marks.get(c.id) ?? /* @__PURE__ */ new Map();
		const records = keys.map((k) => own.get(k));
		const benefices = new Map(records.flatMap((m) => m?.benefice ? [[m.unit, m.benefice.year]] : []));
		table.push([
			c.numero,
			c.nom,
			c.prenom,
			formatBirthDate(c.dateNaissance),
			c.statut,
			c.langueVivante,
			formatOptionalUnits(c.optionalUnits, regulation),
			formatFormOverrides(c.formOverrides, regulation),
			e?.uai ?? "",
			e?.name ?? "",
			e?.city ?? "",
			e?.type ?? "",
			...records.map((m) => markCell(m?.value)),
			formatUnitList(records.flatMap((m) => m?.sousReserve ? [m.unit] : []), regulation),
			formatBenefices(benefices, regulation)
		]);
	}
	return table;
}
/**
* numero, nom, prenom and one unit (`E4`, or `controle_E1`), blank where not entered: a sheet to fill in
* and import back. Candidates in the order of `candidateIds` when given, else by numero.
*/
function writeUnitSheetCsv(snapshot, unitKey, candidateIds) {
	return writeCsv(unitSheetTable(snapshot, unitKey, candidateIds));
}
function unitSheetTable(snapshot, unitKey, candidateIds) {
	if (!unitKeys(snapshot.regulation).includes(unitKey)) throw new Error(`writeUnitSheetCsv: unknown unit ${unitKey}`);
	const byId = new Map(snapshot.candidates.map((c) => [c.id, c]));
	const candidates = candidateIds ? [...new Set(candidateIds)].flatMap((id) => byId.get(id) ?? []) : [...snapshot.candidates].sort(byNumero);
	const marks = marksOf(snapshot);
	const table = [[
		"numero",
		"nom",
		"prenom",
		unitKey
	]];
	for (const c of candidates) table.push([
		c.numero,
		c.nom,
		c.prenom,
		markCell(marks.get(c.id)?.get(unitKey)?.value)
	]);
	return table;
}
export { sessionTable, unitSheetTable, writeSessionCsv, writeUnitSheetCsv };
