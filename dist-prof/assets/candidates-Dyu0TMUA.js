import { a as requireSession, c as within, i as requireCandidate, m as UserError, r as regulationOf, s as text, t as isoDateOrNull, u as Dexie } from "./validate-CipAkb3j.js";
import { c as isStatut, i as checkOptionalUnits, l as numeroHolderMessage, r as checkFormOverrides } from "./checks-CTzZ-No0.js";
import { r as formatMark } from "./marks-B5B9zhMh.js";
import { i as isNumeroPending } from "./numero-lCn5603m.js";
import { _ as putMarks, a as checkMarkRecord, h as marksTable, m as marksOfCandidates, o as deleteCandidatesMarks, u as getMark } from "./marks-CjJ86PdP.js";
// src/db/candidates.ts
/** `Dupont Léa`: how a candidate is named in messages. */
function candidateName(c) {
	return `${c.nom} ${c.prenom}`.trim();
}
/**
* Checks and normalizes the fields of one candidate against the session's regulation.
* Not checked here (they need the database): numero uniqueness, the établissement's session.
*/
function checkCandidate(data, regulation) {
	if (!isStatut(data.statut)) throw new UserError(`Statut inconnu : « ${String(data.statut)} ».`);
	const etablissementId = data.etablissementId ?? null;
	if (etablissementId !== null && !Number.isInteger(etablissementId)) throw new UserError("L'établissement du candidat n'est pas valide.");
	return {
		numero: text(data.numero, "Le numéro du candidat", false),
		nom: text(data.nom, "Le nom du candidat", true, "name"),
		prenom: text(data.prenom, "Le prénom", false, "name"),
		dateNaissance: isoDateOrNull(data.dateNaissance, "La date de naissance doit être une date valide (AAAA-MM-JJ)."),
		etablissementId,
		statut: data.statut,
		langueVivante: text(data.langueVivante, "La langue vivante", false),
		optionalUnits: orThrow(checkOptionalUnits(data.optionalUnits ?? [], regulation)),
		formOverrides: orThrow(checkFormOverrides(data.formOverrides ?? {}, regulation))
	};
}
function orThrow(parsed) {
	if (!parsed.ok) throw new UserError(parsed.error);
	return parsed.value;
}
/** The refusal for a numero already used in the session (the domain's words, shared with the forms). */
var numeroTakenMessage = numeroHolderMessage;
function toStored(candidate) {
	return candidate;
}
function fromStored(stored) {
	return stored;
}
/** The candidate holding `numero` in the session; none for « numéro à venir » (several may wait for theirs). */
async function candidateWithNumero(db, sessionId, numero) {
	if (isNumeroPending(numero)) return void 0;
	return db.candidates.where("[sessionId+numero]").equals([sessionId, numero]).first();
}
async function ensureEtablissementInSession(db, etablissementId, sessionId) {
	if (etablissementId === null) return;
	const etablissement = await db.etablissements.get(etablissementId);
	if (!etablissement) throw new UserError("L'établissement choisi n'existe pas (ou plus).");
	if (etablissement.sessionId !== sessionId) throw new UserError("L'établissement choisi n'appartient pas à cette session.");
}
async function addCandidate(db, data) {
	return db.transaction("rw", [
		db.sessions,
		db.etablissements,
		db.candidates
	], async () => {
		const session = await requireSession(db, data.sessionId);
		const fields = checkCandidate(data, regulationOf(session));
		await ensureEtablissementInSession(db, fields.etablissementId, session.id);
		const other = await candidateWithNumero(db, session.id, fields.numero);
		if (other) throw new UserError(numeroTakenMessage(fields.numero, other));
		return db.candidates.add(toStored({
			...fields,
			sessionId: session.id
		}));
	});
}
async function updateCandidate(db, id, changes) {
	await db.transaction("rw", [
		db.sessions,
		db.etablissements,
		db.candidates,
		db.deliberations,
		marksTable(db)
	], async () => {
		const current = await requireCandidate(db, id);
		const session = await requireSession(db, current.sessionId);
		const fields = checkCandidate({
			...fromStored(current),
			...changes
		}, regulationOf(session));
		if (isNumeroPending(fields.numero) && !isNumeroPending(current.numero)) await refuseDuringDeliberation(db, [current], `retirer le numéro de ${candidateName(current)}`);
		const dropped = current.optionalUnits.filter((u) => !fields.optionalUnits.includes(u));
		for (const unit of dropped) {
			const mark = await getMark(db, id, unit);
			if (mark && mark.value.kind !== "empty") throw new UserError(`${candidateName(current)} a une note en ${unit} (${formatMark(mark.value)}) : effacez-la avant de retirer cette épreuve facultative.`);
		}
		await ensureEtablissementInSession(db, fields.etablissementId, session.id);
		const other = await candidateWithNumero(db, session.id, fields.numero);
		if (other && other.id !== id) throw new UserError(numeroTakenMessage(fields.numero, other));
		await db.candidates.put(toStored({
			...fields,
			id,
			sessionId: session.id
		}));
	});
}
/** The candidates of a session, by numero. */
async function listCandidates(db, sessionId) {
	return (await db.candidates.where("[sessionId+numero]").between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey]).toArray()).map(fromStored);
}
/**
* Up to `limit` candidates of a session by numero, after the numero `after` (from the first when null), with every
* one of their marks, read in one transaction: the first screen shows these rows with their real results before
* the rest of a large session is read (a candidate's result is never computed from marks not read yet).
*/
async function candidatesPage(db, sessionId, limit, after = null) {
	return db.transaction("r", [db.candidates, marksTable(db)], async () => {
		const stored = await db.candidates.where("[sessionId+numero]").between([sessionId, after ?? Dexie.minKey], [sessionId, Dexie.maxKey], after === null, true).limit(limit).toArray();
		const marks = await marksOfCandidates(db, stored.map((c) => c.id));
		return {
			candidates: stored.map(fromStored),
			marks,
			next: stored.length === limit ? stored[stored.length - 1].numero : null
		};
	});
}
/** Deletes candidates and their marks; returns exactly what was removed (unknown ids are ignored). */
async function deleteCandidates(db, ids) {
	return db.transaction("rw", [
		db.candidates,
		db.candidateMarks,
		db.conformity,
		db.juryNotes,
		db.deliberations,
		db.evaluations,
		db.livrets
	], async () => {
		const found = (await db.candidates.bulkGet([...new Set(ids)])).filter((c) => c !== void 0);
		const foundIds = found.map((c) => c.id);
		await refuseDuringDeliberation(db, found, "supprimer un candidat");
		const marks = await marksOfCandidates(db, foundIds);
		const conformity = (await db.conformity.bulkGet(foundIds)).filter((c) => c !== void 0);
		const juryNotes = (await db.juryNotes.bulkGet(foundIds)).filter((n) => n !== void 0);
		const evaluations = await db.evaluations.where("candidateId").anyOf(foundIds).toArray();
		const livrets = (await db.livrets.bulkGet(foundIds)).filter((l) => l !== void 0);
		await deleteCandidatesMarks(db, foundIds);
		await db.conformity.bulkDelete(foundIds);
		await db.juryNotes.bulkDelete(foundIds);
		await db.evaluations.where("candidateId").anyOf(foundIds).delete();
		await db.livrets.bulkDelete(foundIds);
		await db.candidates.bulkDelete(foundIds);
		return {
			candidates: found.map(fromStored),
			marks,
			conformity,
			juryNotes,
			evaluations,
			livrets
		};
	});
}
/** Puts deleted candidates and their marks back, with the same ids; refused if that now conflicts. */
async function restoreCandidates(db, undo) {
	await db.transaction("rw", [
		db.sessions,
		db.etablissements,
		db.candidates,
		db.candidateMarks,
		db.conformity,
		db.juryNotes,
		db.deliberations,
		db.evaluations,
		db.livrets
	], async () => {
		const cannot = "Impossible d'annuler la suppression";
		await refuseDuringDeliberation(db, undo.candidates, "rétablir un candidat");
		const sessions = /* @__PURE__ */ new Map();
		for (const candidate of undo.candidates) {
			if (candidate.id === void 0) throw new Error("restoreCandidates: a candidate without id");
			const name = candidateName(candidate);
			if (await db.candidates.get(candidate.id)) throw new UserError(`${cannot} : ${name} est déjà là.`);
			const session = sessions.get(candidate.sessionId) ?? await db.sessions.get(candidate.sessionId);
			if (!session) throw new UserError(`${cannot} : la session a été supprimée entre-temps.`);
			sessions.set(candidate.sessionId, session);
			within(cannot, () => checkCandidate(candidate, regulationOf(session)));
			const etablissementId = candidate.etablissementId;
			if (etablissementId !== null && (await db.etablissements.get(etablissementId))?.sessionId !== candidate.sessionId) throw new UserError(`${cannot} : l'établissement de ${name} a été supprimé entre-temps.`);
			const other = await candidateWithNumero(db, candidate.sessionId, candidate.numero);
			if (other) throw new UserError(`${cannot} : le numéro « ${candidate.numero} » de ${name} a été attribué entre-temps à ${candidateName(other)}.`);
		}
		const restored = new Map(undo.candidates.map((c) => [c.id, c]));
		for (const mark of undo.marks) {
			const candidate = restored.get(mark.candidateId);
			const session = candidate && sessions.get(candidate.sessionId);
			if (!candidate || !session) throw new Error("restoreCandidates: a mark without its candidate");
			within(cannot, () => checkMarkRecord(mark, session));
		}
		await db.candidates.bulkAdd(undo.candidates.map(toStored));
		await putMarks(db, undo.marks);
		await db.conformity.bulkAdd(undo.conformity ?? []);
		await db.juryNotes.bulkAdd(undo.juryNotes ?? []);
		await db.evaluations.bulkAdd(undo.evaluations ?? []);
		await db.livrets.bulkAdd(undo.livrets ?? []);
	});
}
/** Once the deliberation has started, the list of candidates is what the jury deliberates on. */
async function refuseDuringDeliberation(db, candidates, action) {
	for (const sessionId of new Set(candidates.map((c) => c.sessionId))) if (((await db.deliberations.get(sessionId))?.phase ?? "preparation") !== "preparation") throw new UserError(`Impossible de ${action} pendant la délibération : rouvrez-la jusqu'à la préparation (avec un motif) d'abord.`);
}
export { deleteCandidates as a, numeroTakenMessage as c, updateCandidate as d, checkCandidate as i, restoreCandidates as l, candidateName as n, fromStored as o, candidatesPage as r, listCandidates as s, addCandidate as t, toStored as u };
