import { c as isLivretEmpty, l as livretTemplateFor, n as LIVRET_AVIS, o as applyLivretChanges, r as LIVRET_PERIODS, s as emptyLivret } from "./livret-PcoQAaJt.js";
import { a as requireSession, m as UserError, r as regulationOf } from "./validate-CipAkb3j.js";
// src/db/livrets.ts
/**
* The livret scolaire per candidate (table `livrets`, schema v5; annexe 3).
* One transaction per action: a cell typed in the class grid, a field of the candidate's livret, a whole
* import. Once the deliberation is closed (phase `second_groupe_clos`) livrets are read-only.
*/
/** Checks a stored or restored livret; throws a UserError in French. */
function checkLivretRecord(raw) {
	const subjects = raw.subjects;
	if (typeof subjects !== "object" || subjects === null || Array.isArray(subjects)) throw new UserError("matières du livret illisibles.");
	for (const [id, entry] of Object.entries(subjects)) {
		if (typeof entry !== "object" || entry === null) throw new UserError(`livret, « ${id} » : saisie illisible.`);
		const { marks, appreciation } = entry;
		if (typeof marks !== "object" || marks === null) throw new UserError(`livret, « ${id} » : notes illisibles.`);
		for (const [period, value] of Object.entries(marks)) {
			if (!LIVRET_PERIODS.includes(period)) throw new UserError(`livret, « ${id} » : semestre « ${period} » inconnu.`);
			if (!Number.isSafeInteger(value) || value < 0 || value > 2e3) throw new UserError(`livret, « ${id} » : note du semestre « ${period} » invalide (entre 0 et 20).`);
		}
		if (typeof appreciation !== "string") throw new UserError(`livret, « ${id} » : appréciation illisible.`);
	}
	if (typeof raw.pix !== "boolean") throw new UserError("livret : certification PIX doit être oui ou non.");
	if (raw.avis !== null && !LIVRET_AVIS.includes(raw.avis)) throw new UserError(`livret : avis « ${String(raw.avis)} » inconnu.`);
	if (typeof raw.observations !== "string") throw new UserError("livret : observations illisibles.");
	if (typeof raw.updatedAt !== "string" || Number.isNaN(Date.parse(raw.updatedAt))) throw new UserError("livret : date de mise à jour invalide.");
	return { ...raw };
}
var LIVRET_CLOSED_MESSAGE = "La délibération est close : les livrets scolaires sont en lecture seule (rouvrez la délibération pour les corriger).";
/** Every livret of a session, by candidate id order. */
function listLivrets(db, sessionId) {
	return db.livrets.where("sessionId").equals(sessionId).sortBy("candidateId");
}
var livretTables = (db) => [
	db.sessions,
	db.candidates,
	db.deliberations,
	db.livrets
];
/** What every write checks first: the session exists, has a livret, and its deliberation is not closed. */
async function writable(db, sessionId) {
	const session = await requireSession(db, sessionId);
	const template = livretTemplateFor(regulationOf(session));
	if (!template) throw new UserError(`Pas de livret scolaire défini pour la réglementation « ${session.presetId} ».`);
	if (((await db.deliberations.get(sessionId))?.phase ?? "preparation") === "second_groupe_clos") throw new UserError(LIVRET_CLOSED_MESSAGE);
	return new Set(template.subjects.map((s) => s.id));
}
async function candidateOf(db, sessionId, candidateId) {
	const candidate = await db.candidates.get(candidateId);
	if (!candidate || candidate.sessionId !== sessionId) throw new UserError("Ce candidat n'existe pas (ou plus) dans cette session.");
	return candidate;
}
function checkChange(change, subjects, who) {
	const subject = (id) => {
		if (!subjects.has(id)) throw new UserError(`${who} : matière « ${id} » inconnue du livret.`);
	};
	switch (change.kind) {
		case "mark":
			subject(change.subject);
			if (!LIVRET_PERIODS.includes(change.period)) throw new UserError(`${who} : semestre « ${String(change.period)} » inconnu.`);
			if (change.value !== null && (!Number.isSafeInteger(change.value) || change.value < 0 || change.value > 2e3)) throw new UserError(`${who} : note invalide (entre 0 et 20, deux décimales au plus).`);
			return change;
		case "appreciation":
			subject(change.subject);
			if (typeof change.text !== "string") throw new UserError(`${who} : appréciation illisible.`);
			return {
				...change,
				text: change.text.trim()
			};
		case "pix":
			if (typeof change.value !== "boolean") throw new UserError(`${who} : certification PIX doit être oui ou non.`);
			return change;
		case "avis":
			if (change.value !== null && !LIVRET_AVIS.includes(change.value)) throw new UserError(`${who} : avis « ${String(change.value)} » inconnu.`);
			return change;
		case "observations":
			if (typeof change.text !== "string") throw new UserError(`${who} : observations illisibles.`);
			return {
				...change,
				text: change.text.trim()
			};
		default: throw new UserError(`${who} : modification inconnue.`);
	}
}
/**
* Applies changes to the livrets of one or more candidates of a session, in one transaction (a cell of the
* class grid, a paste, a field of the candidate's livret): all are written, or none. A livret left empty is
* removed. Returns the livrets as stored (null: removed).
*/
async function updateLivrets(db, sessionId, updates) {
	return db.transaction("rw", livretTables(db), async () => {
		const subjects = await writable(db, sessionId);
		const now = (/* @__PURE__ */ new Date()).toISOString();
		const written = [];
		const seen = /* @__PURE__ */ new Map();
		for (const { candidateId, changes } of updates) {
			const candidate = await candidateOf(db, sessionId, candidateId);
			const who = `Livret de ${candidate.nom} ${candidate.prenom}`.trim();
			const checked = changes.map((c) => checkChange(c, subjects, who));
			const current = seen.get(candidateId) ?? await db.livrets.get(candidateId) ?? emptyLivret(sessionId, candidateId);
			const next = checkLivretRecord({
				...applyLivretChanges(current, checked),
				sessionId,
				candidateId,
				updatedAt: now
			});
			seen.set(candidateId, next);
			if (isLivretEmpty(next)) {
				await db.livrets.delete(candidateId);
				written.push(null);
			} else {
				await db.livrets.put(next);
				written.push(next);
			}
		}
		return written;
	});
}
/** The same stored livret (same content and same time of writing), or both none. */
var sameStored = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/**
* Writes an import's livrets exactly as previewed, in one transaction. Refused (nothing written) when a
* livret changed since the preview (another tab, a cell typed meanwhile). Returns how to undo it.
*/
async function applyLivretImport(db, sessionId, writes) {
	return db.transaction("rw", livretTables(db), async () => {
		const subjects = await writable(db, sessionId);
		const now = (/* @__PURE__ */ new Date()).toISOString();
		const restore = [];
		const seen = /* @__PURE__ */ new Set();
		for (const write of writes) {
			const candidate = await candidateOf(db, sessionId, write.candidateId);
			const who = `Livret de ${candidate.nom} ${candidate.prenom}`.trim();
			if (seen.has(write.candidateId)) throw new UserError(`${who} : donné deux fois dans l'import.`);
			seen.add(write.candidateId);
			const stored = await db.livrets.get(write.candidateId) ?? null;
			if (!sameStored(write.before, stored)) throw new UserError(`${who} : modifié depuis l'aperçu de l'import. Rechargez le fichier pour refaire l'aperçu ; rien n'a été importé.`);
			for (const id of Object.keys(write.after.subjects)) if (!subjects.has(id)) throw new UserError(`${who} : matière « ${id} » inconnue du livret.`);
			const after = checkLivretRecord({
				...write.after,
				sessionId,
				candidateId: write.candidateId,
				updatedAt: now
			});
			if (isLivretEmpty(after)) await db.livrets.delete(write.candidateId);
			else await db.livrets.put(after);
			restore.push({
				candidateId: write.candidateId,
				record: stored,
				expected: isLivretEmpty(after) ? null : after
			});
		}
		return restore;
	});
}
/** Undoes an import: puts back each livret as it was, unless it changed since (then nothing is restored). */
async function restoreLivrets(db, sessionId, restore) {
	await db.transaction("rw", livretTables(db), async () => {
		await writable(db, sessionId);
		for (const item of restore) {
			const stored = await db.livrets.get(item.candidateId) ?? null;
			if (!sameStored(item.expected, stored)) {
				const candidate = await db.candidates.get(item.candidateId);
				const who = candidate ? `${candidate.nom} ${candidate.prenom}`.trim() : `n° ${item.candidateId}`;
				throw new UserError(`Le livret de ${who} a été modifié depuis l'import : annulation impossible, rien n'a été changé.`);
			}
			if (item.record) await db.livrets.put(checkLivretRecord(item.record));
			else await db.livrets.delete(item.candidateId);
		}
	});
}
export { restoreLivrets as a, listLivrets as i, applyLivretImport as n, updateLivrets as o, checkLivretRecord as r, LIVRET_CLOSED_MESSAGE as t };
