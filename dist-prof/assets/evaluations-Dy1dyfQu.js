import { d as unitForm, t as EMPTY, u as sitsUnit } from "./marks-B5B9zhMh.js";
import { E as validateEvaluation, n as gridFor, o as derivedMarkChange, s as isBlankEvaluation, t as gridById, v as emptyEvaluation } from "./grids-BLNduPl5.js";
import { n as findUnit } from "./regulation-CUY09-RS.js";
import { a as requireSession, i as requireCandidate, m as UserError, r as regulationOf } from "./validate-CipAkb3j.js";
import { b as guardTables, u as getMark, v as setMark } from "./marks-CjJ86PdP.js";
// src/db/evaluations.ts
/**
* The evaluation grids filled in per candidate and unit (table `evaluations`, schema v5).
* The unit's mark is not stored here: it is the `marks` record (one source of truth).
*/
/**
* Checks a stored or restored evaluation: a unit of the regulation, a grid of that unit, and figures the
* grid allows (validateEvaluation). Throws a UserError in French; returns the record as it may be stored.
*/
function checkEvaluationRecord(raw, regulation) {
	const unit = regulation.units.find((u) => u.code === raw.unit);
	if (!unit) throw new UserError(`épreuve « ${String(raw.unit)} » inconnue.`);
	const evaluation = raw.evaluation;
	if (typeof evaluation !== "object" || evaluation === null) throw new UserError(`grille de ${unit.code} illisible.`);
	const gridId = evaluation.gridId;
	const grid = typeof gridId === "string" ? gridById(gridId, regulation) : void 0;
	if (!grid || grid.regulationId !== regulation.id || grid.unitCode !== unit.code) throw new UserError(`grille « ${String(gridId)} » inconnue pour ${unit.code}.`);
	const errors = validateEvaluation(grid, raw.evaluation);
	if (errors.length > 0) throw new UserError(`grille de ${unit.code} : ${errors.join(" ; ")}.`);
	if (typeof raw.updatedAt !== "string" || Number.isNaN(Date.parse(raw.updatedAt))) throw new UserError("date de mise à jour invalide.");
	return {
		sessionId: raw.sessionId,
		candidateId: raw.candidateId,
		unit: unit.code,
		evaluation: raw.evaluation,
		updatedAt: raw.updatedAt
	};
}
/** The evaluations of a session. */
async function listEvaluations(db, sessionId) {
	return db.evaluations.where("sessionId").equals(sessionId).toArray();
}
/** The grid a candidate fills in for a unit: that of the unit's form for them (forms.ts), if the circular gives one. */
async function candidateGrid(db, candidate, unit, regulation) {
	const etablissement = candidate.etablissementId === null ? void 0 : await db.etablissements.get(candidate.etablissementId);
	const form = unitForm(candidate, unit, etablissement?.type ?? null);
	return {
		form,
		grid: gridFor(unit.code, form, regulation)
	};
}
var FORM_LABELS = {
	CCF: "contrôle en cours de formation",
	ponctuel: "forme ponctuelle"
};
/**
* Changes one candidate's grid for one unit, in one transaction: the evaluation is checked against its
* grid (validateEvaluation) and stored (a blank one is removed). On a grid whose mark is a sum (E22, E4 CCF),
* a new sum becomes the unit's mark through the marks' own path (setMark: the guard's reason, audit,
* read-only and NV rules apply), so the marks grid shows it; the evaluation never stores the mark itself.
* Refused (nothing written) once the unit's marks are read-only. Returns the stored record, or null.
*/
async function updateEvaluation(db, input) {
	return db.transaction("rw", [
		db.sessions,
		db.etablissements,
		db.candidates,
		db.candidateMarks,
		db.evaluations,
		...guardTables(db)
	], async () => {
		const candidate = await requireCandidate(db, input.candidateId);
		const session = await requireSession(db, candidate.sessionId);
		const regulation = regulationOf(session);
		const unit = findUnit(regulation, input.unit);
		if (!unit) throw new UserError(`Épreuve inconnue : « ${input.unit} ».`);
		const name = `${candidate.nom} ${candidate.prenom}`.trim();
		const place = `${unit.code} de ${name}`;
		if (!sitsUnit(candidate, unit)) throw new UserError(`${place} : ce candidat n'est pas inscrit à cette épreuve facultative.`);
		const { form, grid } = await candidateGrid(db, candidate, unit, regulation);
		if (!grid) throw new UserError(`${place} : la circulaire ne donne pas de grille d'évaluation en ${FORM_LABELS[form]}.`);
		const phase = (await db.deliberations.get(session.id))?.phase ?? "preparation";
		if (phase === "second_groupe_clos") throw new UserError(`La délibération est close : la grille de ${place} ne peut plus être modifiée. Rouvrez la délibération (avec un motif) pour corriger.`);
		if (phase === "premier_groupe_clos") throw new UserError(`Le 1er groupe est clos : la grille de ${place} ne peut plus être modifiée. Rouvrez le 1er groupe (avec un motif) pour corriger.`);
		const existing = await db.evaluations.get([candidate.id, unit.code]);
		const before = existing?.evaluation.gridId === grid.id ? existing.evaluation : null;
		const after = {
			...input.change(before ?? emptyEvaluation(grid), grid),
			gridId: grid.id,
			markHundredths: null
		};
		const errors = validateEvaluation(grid, after);
		if (errors.length > 0) throw new UserError(`Grille ${place} : ${errors.join(" ; ")}.`);
		let record = null;
		if (isBlankEvaluation(after)) {
			if (existing) await db.evaluations.delete([candidate.id, unit.code]);
		} else {
			record = {
				sessionId: session.id,
				candidateId: candidate.id,
				unit: unit.code,
				evaluation: after,
				updatedAt: (/* @__PURE__ */ new Date()).toISOString()
			};
			await db.evaluations.put(record);
		}
		const current = await getMark(db, candidate.id, unit.code);
		const derived = derivedMarkChange(grid, before, after, current?.value);
		if (derived) {
			const value = derived.kind === "set" ? derived.mark : EMPTY;
			await setMark(db, {
				candidateId: candidate.id,
				unit: unit.code,
				value,
				reason: input.reason
			});
		}
		return record;
	});
}
export { listEvaluations as n, updateEvaluation as r, checkEvaluationRecord as t };
