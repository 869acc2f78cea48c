import { t as checkRegulationData } from "./regulation-data-CNGROMi6.js";
import { r as computeResult } from "./results-CXJABGNk.js";
import { a as candidateMarksOf } from "./session-D2Rp9qN2.js";
import { i as checkCandidate } from "./candidates-Dyu0TMUA.js";
import { a as requireSession, c as within, m as UserError, n as plural, r as regulationOf } from "./validate-CipAkb3j.js";
import { a as checkMarkRecord, f as listMarks } from "./marks-CjJ86PdP.js";
// src/db/session-regulation.ts
/**
* A session's own regulation (issue 17): its preview and its edit. The regulation can be changed while the
* deliberation is not open (phase « préparation »); after that it is read-only, so the jury's results never
* move under it. A change is checked whole (every fault named by its field), then against what the session
* already holds (marks, optional units of the candidates), and written in one transaction.
*/
/** True while the session's regulation may be edited (the deliberation is not open). */
async function regulationEditable(db, sessionId) {
	const deliberation = await db.deliberations.get(sessionId);
	return !deliberation || deliberation.phase === "preparation";
}
async function compare(db, session, next) {
	const current = regulationOf(session);
	const candidates = await db.candidates.where("sessionId").equals(session.id).toArray();
	const marks = await listMarks(db, session.id);
	const byCandidate = /* @__PURE__ */ new Map();
	for (const record of marks) {
		const list = byCandidate.get(record.candidateId);
		if (list) list.push(record);
		else byCandidate.set(record.candidateId, [record]);
	}
	const changes = [];
	const conflicts = [];
	const codes = new Set(next.units.map((u) => u.code));
	const orphans = await db.evaluations.where("sessionId").equals(session.id).filter((e) => !codes.has(e.unit)).toArray();
	const orphanUnits = [...new Set(orphans.map((e) => e.unit))];
	if (orphanUnits.length > 0) conflicts.push(`des grilles d'évaluation sont remplies pour ${orphanUnits.join(", ")}, épreuve${orphanUnits.length > 1 ? "s" : ""} absente${orphanUnits.length > 1 ? "s" : ""} de cette réglementation`);
	const nextSession = {
		...session,
		regulation: next
	};
	for (const candidate of candidates) {
		const name = `${candidate.nom} ${candidate.prenom}`.trim();
		const records = byCandidate.get(candidate.id) ?? [];
		try {
			within(`Candidat « ${candidate.numero} » (${name})`, () => {
				checkCandidate(candidate, next);
				for (const record of records) within(record.unit, () => checkMarkRecord(record, nextSession));
			});
		} catch (error) {
			if (!(error instanceof UserError)) throw error;
			conflicts.push(error.message);
			continue;
		}
		const input = candidateMarksOf(records);
		const before = computeResult(input, current).decision;
		const after = computeResult(input, next).decision;
		if (before !== after) changes.push({
			candidateId: candidate.id,
			numero: candidate.numero,
			name,
			before,
			after
		});
	}
	return {
		changes,
		conflicts,
		candidates: candidates.length
	};
}
function checked(raw) {
	const result = checkRegulationData(raw);
	if (!result.ok) throw new UserError(`Réglementation invalide : ${result.errors.join(" ; ")}.`);
	return result.value;
}
/** What saving `regulation` would do to the session's decisions, without writing anything. */
async function previewSessionRegulation(db, sessionId, regulation) {
	const next = checked(regulation);
	return db.transaction("r", [
		db.sessions,
		db.candidates,
		db.candidateMarks,
		db.evaluations
	], async () => compare(db, await requireSession(db, sessionId), next));
}
/**
* Replaces the session's regulation, in one transaction: refused once the deliberation is open, when the
* regulation has a fault, or when a candidate's marks or optional units do not fit it. Returns the preview
* of what changed.
*/
async function updateSessionRegulation(db, sessionId, regulation) {
	const next = checked(regulation);
	return db.transaction("rw", [
		db.sessions,
		db.candidates,
		db.candidateMarks,
		db.evaluations,
		db.deliberations
	], async () => {
		const session = await requireSession(db, sessionId);
		if (!await regulationEditable(db, sessionId)) throw new UserError("La délibération est ouverte : la réglementation de la session ne peut plus être modifiée.");
		const preview = await compare(db, session, next);
		if (preview.conflicts.length > 0) {
			const shown = preview.conflicts.slice(0, 5).join(" ; ");
			const more = preview.conflicts.length > 5 ? ` (et ${plural(preview.conflicts.length - 5, "autre")})` : "";
			throw new UserError(`Cette réglementation ne convient pas aux données de la session : ${shown}${more}.`);
		}
		await db.sessions.put({
			...session,
			presetId: next.id,
			regulation: next
		});
		return preview;
	});
}
export { regulationEditable as n, updateSessionRegulation as r, previewSessionRegulation as t };
