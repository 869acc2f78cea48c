import { o as checkUai } from "./checks-CTzZ-No0.js";
import { r as ETABLISSEMENT_TYPE_LABELS } from "./session-D2Rp9qN2.js";
import { a as requireSession, m as UserError, n as plural, s as text } from "./validate-CipAkb3j.js";
// src/db/etablissements.ts
/** Établissements of a session: the schools and centres candidates come from. */
/** Trimmed and upper-cased; empty stays empty (an établissement may have no UAI). */
function normalizeUai(raw) {
	const uai = checkUai(raw);
	if (!uai.ok) throw new UserError(uai.error);
	return uai.value;
}
/** Checks and normalizes the fields of one établissement (not the uniqueness of its UAI). */
function checkEtablissement(data) {
	if (!Object.hasOwn(ETABLISSEMENT_TYPE_LABELS, data.type)) throw new UserError(`Type d'établissement inconnu : « ${String(data.type)} ».`);
	return {
		uai: normalizeUai(text(data.uai, "Le code UAI", false)),
		name: text(data.name, "Le nom de l'établissement", true, "name"),
		city: text(data.city, "La ville", false),
		type: data.type
	};
}
/** Refuses a UAI already used by another établissement of the same list. */
function ensureUniqueUai(etablissement, others) {
	if (etablissement.uai === "") return;
	const other = others.find((e) => e.uai === etablissement.uai);
	if (other) throw new UserError(`Le code UAI « ${etablissement.uai} » est déjà celui de l'établissement ${other.name}.`);
}
async function addEtablissement(db, data) {
	return db.transaction("rw", [db.sessions, db.etablissements], async () => {
		const session = await requireSession(db, data.sessionId);
		const etablissement = checkEtablissement(data);
		ensureUniqueUai(etablissement, await listEtablissements(db, session.id));
		return db.etablissements.add({
			...etablissement,
			sessionId: session.id
		});
	});
}
async function updateEtablissement(db, id, changes) {
	await db.transaction("rw", [db.etablissements], async () => {
		const current = await requireEtablissement(db, id);
		const etablissement = checkEtablissement({
			...current,
			...changes
		});
		ensureUniqueUai(etablissement, (await listEtablissements(db, current.sessionId)).filter((e) => e.id !== id));
		await db.etablissements.put({
			...etablissement,
			id,
			sessionId: current.sessionId
		});
	});
}
/** Refused while candidates still belong to it: they would point to nothing. */
async function deleteEtablissement(db, id) {
	await db.transaction("rw", [db.etablissements, db.candidates], async () => {
		const etablissement = await requireEtablissement(db, id);
		const count = await db.candidates.where("etablissementId").equals(id).count();
		if (count > 0) {
			const still = count === 1 ? "y est encore rattaché" : "y sont encore rattachés";
			throw new UserError(`Impossible de supprimer l'établissement ${etablissement.name} : ${plural(count, "candidat")} ${still}.`);
		}
		await db.etablissements.delete(id);
	});
}
/** The établissements of a session, by name. */
async function listEtablissements(db, sessionId) {
	return (await db.etablissements.where("sessionId").equals(sessionId).toArray()).sort((a, b) => a.name.localeCompare(b.name, "fr"));
}
async function requireEtablissement(db, id) {
	const etablissement = await db.etablissements.get(id);
	if (!etablissement) throw new UserError("Cet établissement n'existe pas (ou plus).");
	return etablissement;
}
export { listEtablissements as a, ensureUniqueUai as i, checkEtablissement as n, updateEtablissement as o, deleteEtablissement as r, addEtablissement as t };
