import { n as getPreset } from "./presets-Cf2HfyzO.js";
// src/domain/livret.ts
/**
* The livret scolaire (circular annexe 3): per candidate, semester marks of both years per subject,
* the teachers' appréciations, the PIX certification, the avis du conseil de classe.
* Plain data; marks in hundredths (exact, like every mark of Délib).
*
* The subjects of a livret are part of the regulation object (`Regulation.livret`, optional), like its
* evaluation grids: a session's copy of its regulation carries them.
*/
var LIVRET_PERIODS = Object.freeze([
	"a1s1",
	"a1s2",
	"a2s1",
	"a2s2"
]);
var YEAR_PERIODS = Object.freeze({
	1: ["a1s1", "a1s2"],
	2: ["a2s1", "a2s2"]
});
/** `1re année, 1er semestre`: full wording (accessible names, import mapping). */
var PERIOD_LABELS = Object.freeze({
	a1s1: "1re année, 1er semestre",
	a1s2: "1re année, 2e semestre",
	a2s1: "2e année, 1er semestre",
	a2s2: "2e année, 2e semestre"
});
var LIVRET_AVIS = Object.freeze([
	"tres_favorable",
	"favorable",
	"doit_faire_ses_preuves"
]);
/** The annexe's wording of each avis. */
var AVIS_LABELS = Object.freeze({
	tres_favorable: "Très favorable",
	favorable: "Favorable",
	doit_faire_ses_preuves: "Doit faire ses preuves à l’examen"
});
/** Short codes typed for each avis in the class grid (TF, F, D — or 1, 2, 3 in the annexe's order). */
var AVIS_KEYS = Object.freeze({
	tres_favorable: ["TF", "1"],
	favorable: ["F", "2"],
	doit_faire_ses_preuves: [
		"D",
		"DFSP",
		"3"
	]
});
/**
* An avis typed in a grid cell: a short code (TF, F, D, DFSP, 1–3), the annexe's wording or its beginning, any
* case and accents; empty (or « — ») clears it. Unknown text is an error in French, never a guess.
*/
function parseLivretAvis(text) {
	const fold = (t) => t.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’']/g, "'").trim().toUpperCase();
	const typed = fold(text);
	if (typed === "" || typed === "—" || typed === "-") return {
		ok: true,
		value: null
	};
	for (const avis of LIVRET_AVIS) if (AVIS_KEYS[avis].includes(typed)) return {
		ok: true,
		value: avis
	};
	const byWording = LIVRET_AVIS.filter((avis) => typed.length >= 3 && fold(AVIS_LABELS[avis]).startsWith(typed));
	if (byWording.length === 1) return {
		ok: true,
		value: byWording[0]
	};
	return {
		ok: false,
		error: `« ${text.trim()} » : avis inconnu (TF = très favorable, F = favorable, D = doit faire ses preuves, ou 1, 2, 3 ; vide pour aucun avis)`
	};
}
/** The livret of a regulation (or of a built-in preset, by id), or null when none is defined for it. */
function livretTemplateFor(regulation) {
	return (typeof regulation === "string" ? getPreset(regulation) : regulation)?.livret ?? null;
}
/** An empty livret for a candidate (nothing entered yet). */
function emptyLivret(sessionId, candidateId) {
	return {
		sessionId,
		candidateId,
		subjects: {},
		pix: false,
		avis: null,
		observations: "",
		updatedAt: (/* @__PURE__ */ new Date(0)).toISOString()
	};
}
/** True when nothing was entered (no mark, appréciation, avis, PIX or observation). */
function isLivretEmpty(record) {
	return !record.pix && record.avis === null && record.observations.trim() === "" && Object.values(record.subjects).every((s) => Object.keys(s.marks).length === 0 && s.appreciation.trim() === "");
}
/** The record with the changes applied (a new object; `record` is left as it is). Entries left empty are dropped. */
function applyLivretChanges(record, changes) {
	const subjects = {};
	for (const [id, entry] of Object.entries(record.subjects)) subjects[id] = {
		marks: { ...entry.marks },
		appreciation: entry.appreciation
	};
	const next = {
		...record,
		subjects
	};
	const entry = (id) => subjects[id] ??= {
		marks: {},
		appreciation: ""
	};
	for (const change of changes) switch (change.kind) {
		case "mark":
			if (change.value === null) delete entry(change.subject).marks[change.period];
			else entry(change.subject).marks[change.period] = change.value;
			break;
		case "appreciation":
			entry(change.subject).appreciation = change.text;
			break;
		case "pix":
			next.pix = change.value;
			break;
		case "avis":
			next.avis = change.value;
			break;
		case "observations": next.observations = change.text;
	}
	for (const [id, e] of Object.entries(subjects)) if (Object.keys(e.marks).length === 0 && e.appreciation === "") delete subjects[id];
	return next;
}
export { YEAR_PERIODS as a, isLivretEmpty as c, PERIOD_LABELS as i, livretTemplateFor as l, LIVRET_AVIS as n, applyLivretChanges as o, LIVRET_PERIODS as r, emptyLivret as s, AVIS_LABELS as t, parseLivretAvis as u };
