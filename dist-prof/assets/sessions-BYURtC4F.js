import { u as conformitySettingsKey } from "./conformity-CRa_d-4n.js";
import { a as checkSessionYear } from "./checks-CTzZ-No0.js";
import { n as getPreset } from "./presets-Cf2HfyzO.js";
import { t as checkRegulationData } from "./regulation-data-CNGROMi6.js";
import { c as numeroTakenMessage, i as checkCandidate, n as candidateName, u as toStored } from "./candidates-Dyu0TMUA.js";
import { a as requireSession, c as within, m as UserError, n as plural, r as regulationOf, s as text, t as isoDateOrNull } from "./validate-CipAkb3j.js";
import { i as ensureUniqueUai, n as checkEtablissement } from "./etablissements-1LXKyuA5.js";
import { _ as putMarks, a as checkMarkRecord, c as deleteSessionMarks, f as listMarks } from "./marks-CjJ86PdP.js";
import { r as checkLivretRecord } from "./livrets-c3adzeOm.js";
// src/db/settings.ts
/** Id of the session the user last opened (a number), absent when none. */
var OPEN_SESSION_ID = "openSessionId";
async function getSetting(db, key) {
	return (await db.settings.get(key))?.value;
}
/** Stores a structured-cloneable value; `undefined` removes the setting. */
async function setSetting(db, key, value) {
	if (value === void 0) await db.settings.delete(key);
	else await db.settings.put({
		key,
		value
	});
}
// src/db/sessions.ts
/** Exam sessions, and the writes that span a whole session (example, import, cascade delete). */
function checkSession(data) {
	const checkedYear = checkSessionYear(data.year);
	if (!checkedYear.ok) throw new UserError(checkedYear.error);
	const year = checkedYear.value;
	const regulation = sessionRegulationOf(data);
	const checked = {
		name: text(data.name, "Le nom de la session", true, "name"),
		academie: text(data.academie, "L'académie", false),
		year,
		presetId: regulation.id,
		regulation,
		depositDeadline: isoDateOrNull(data.depositDeadline, "La date limite de dépôt des dossiers doit être une date valide (AAAA-MM-JJ).")
	};
	if (data.place !== void 0) checked.place = text(data.place, "Le lieu (« Fait à »)", false);
	if (data.centre !== void 0) checked.centre = text(data.centre, "Le centre d'examen", false);
	if (data.centreAddress !== void 0) checked.centreAddress = text(data.centreAddress, "L'adresse du centre d'examen", false);
	if (data.controleFrom !== void 0) checked.controleFrom = isoDateOrNull(data.controleFrom, "Début des épreuves de contrôle : date attendue au format JJ/MM/AAAA.");
	if (data.controleTo !== void 0) checked.controleTo = isoDateOrNull(data.controleTo, "Fin des épreuves de contrôle : date attendue au format JJ/MM/AAAA.");
	if (checked.controleFrom && checked.controleTo && checked.controleTo < checked.controleFrom) throw new UserError("Épreuves de contrôle : la date de fin est avant la date de début.");
	return checked;
}
/**
* The session's own regulation: the one given (checked whole, every fault named), else a copy of the
* preset `presetId` (a session created by preset, a record or file from before the session kept its copy).
*/
function sessionRegulationOf(data) {
	if (data.regulation !== void 0 && data.regulation !== null) {
		const checked = checkRegulationData(data.regulation);
		if (!checked.ok) throw new UserError(`Réglementation de la session invalide : ${checked.errors.join(" ; ")}.`);
		return checked.value;
	}
	const preset = typeof data.presetId === "string" ? getPreset(data.presetId) : void 0;
	if (!preset) throw new UserError(`Réglementation inconnue : « ${String(data.presetId)} ».`);
	return structuredClone(preset);
}
async function createSession(db, data) {
	const session = checkSession(data);
	return db.transaction("rw", [db.sessions], () => db.sessions.add({
		...session,
		createdAt: (/* @__PURE__ */ new Date()).toISOString()
	}));
}
/**
* Changing the regulation is refused once the session has candidates (their marks and optional
* units belong to it); changing the year is refused if it would put a bénéfice out of its 5 years.
*/
async function updateSession(db, id, changes) {
	await db.transaction("rw", [
		db.sessions,
		db.candidates,
		db.candidateMarks
	], async () => {
		const current = await requireSession(db, id);
		const presetChanged = changes.presetId !== void 0 && changes.presetId !== current.presetId;
		const { regulation: _ignored, ...rest } = changes;
		const session = {
			...checkSession({
				...presetChanged ? {
					...current,
					regulation: void 0
				} : current,
				...rest
			}),
			id,
			createdAt: current.createdAt
		};
		if (session.presetId !== current.presetId) {
			const count = await db.candidates.where("sessionId").equals(id).count();
			if (count > 0) throw new UserError(`Impossible de changer la réglementation : la session compte déjà ${plural(count, "candidat")}.`);
		}
		if (session.year !== current.year) {
			const withBenefice = (await listMarks(db, id)).filter((m) => m.benefice !== null);
			for (const mark of withBenefice) {
				const candidate = await db.candidates.get(mark.candidateId);
				const who = candidate ? ` (${candidateName(candidate)})` : "";
				within(`Impossible de passer la session en ${session.year}${who}`, () => checkMarkRecord(mark, session));
			}
		}
		await db.sessions.put(session);
	});
}
/** Every session, most recent year first, then by name. */
async function listSessions(db) {
	return (await db.sessions.toArray()).sort((a, b) => b.year - a.year || a.name.localeCompare(b.name, "fr"));
}
/** Deletes a session with its établissements, candidates and marks; forgets it if it was the open one. */
async function deleteSession(db, id) {
	const tables = [
		db.sessions,
		db.etablissements,
		db.candidates,
		db.candidateMarks,
		db.settings,
		db.imports,
		db.conformity,
		db.deliberations,
		db.audit,
		db.juryNotes,
		db.evaluations,
		db.livrets
	];
	await db.transaction("rw", tables, async () => {
		await requireSession(db, id);
		await db.evaluations.where("sessionId").equals(id).delete();
		await db.livrets.where("sessionId").equals(id).delete();
		await db.imports.where("sessionId").equals(id).delete();
		await db.conformity.where("sessionId").equals(id).delete();
		await db.juryNotes.where("sessionId").equals(id).delete();
		await db.audit.where("sessionId").equals(id).delete();
		await db.deliberations.delete(id);
		await deleteSessionMarks(db, id);
		await db.candidates.where("sessionId").equals(id).delete();
		await db.etablissements.where("sessionId").equals(id).delete();
		await db.sessions.delete(id);
		if ((await db.settings.get("openSessionId"))?.value === id) await db.settings.delete(OPEN_SESSION_ID);
		await db.settings.delete(conformitySettingsKey(id));
	});
}
/**
* Writes a whole session in one transaction (example session, imported file) and returns its id.
* Everything is checked as by the single-row functions; the first refusal writes nothing.
* An empty mark without flags is "not entered yet": it is checked, then not stored.
*/
async function createSessionWithContent(db, content) {
	return db.transaction("rw", [
		db.sessions,
		db.etablissements,
		db.candidates,
		db.candidateMarks,
		db.livrets
	], async () => {
		const createdAt = (/* @__PURE__ */ new Date()).toISOString();
		const session = checkSession(content.session);
		const regulation = regulationOf(session);
		const etablissements = [];
		for (const [index, row] of content.etablissements.entries()) within(`Établissement n° ${index + 1}`, () => {
			const etablissement = checkEtablissement(row);
			ensureUniqueUai(etablissement, etablissements);
			etablissements.push(etablissement);
		});
		const candidates = [];
		const byNumero = /* @__PURE__ */ new Map();
		for (const [index, row] of content.candidates.entries()) {
			const place = `Candidat n° ${index + 1}${typeof row.numero === "string" ? ` (« ${row.numero.trim()} »)` : ""}`;
			within(place, () => {
				const { etablissementRef, ...fields } = row;
				if (etablissementRef !== null && !(Number.isInteger(etablissementRef) && etablissements[etablissementRef])) throw new UserError(`établissement n° ${String(etablissementRef)} inconnu.`);
				const candidate = checkCandidate({
					...fields,
					etablissementId: etablissementRef
				}, regulation);
				const other = byNumero.get(candidate.numero);
				if (other) throw new UserError(numeroTakenMessage(candidate.numero, other));
				byNumero.set(candidate.numero, candidate);
				candidates.push(candidate);
			});
		}
		const marks = [];
		const seen = /* @__PURE__ */ new Set();
		for (const [index, row] of content.marks.entries()) {
			const candidate = Number.isInteger(row.candidateRef) ? candidates[row.candidateRef] : void 0;
			if (!candidate) throw new UserError(`Note n° ${index + 1} : candidat n° ${String(row.candidateRef)} inconnu.`);
			within(`${candidateName(candidate)} (« ${candidate.numero} »), ${row.unit}`, () => {
				const key = `${row.candidateRef}\u0000${row.unit}`;
				if (seen.has(key)) throw new UserError("note donnée deux fois.");
				seen.add(key);
				marks.push({
					...checkMarkRecord(row, session),
					candidateRef: row.candidateRef,
					unit: row.unit
				});
			});
		}
		const livrets = [];
		const withLivret = /* @__PURE__ */ new Set();
		for (const [index, row] of (content.livrets ?? []).entries()) {
			const candidate = Number.isInteger(row.candidateRef) ? candidates[row.candidateRef] : void 0;
			if (!candidate) throw new UserError(`Livret n° ${index + 1} : candidat n° ${String(row.candidateRef)} inconnu.`);
			within(`${candidateName(candidate)} (« ${candidate.numero} »)`, () => {
				if (withLivret.has(row.candidateRef)) throw new UserError("livret scolaire donné deux fois.");
				withLivret.add(row.candidateRef);
				const { candidateRef, ...fields } = row;
				livrets.push({
					...checkLivretRecord({
						...fields,
						sessionId: 0,
						candidateId: 0,
						updatedAt: createdAt
					}),
					candidateRef
				});
			});
		}
		const sessionId = await db.sessions.add({
			...session,
			createdAt
		});
		const etablissementIds = await db.etablissements.bulkAdd(etablissements.map((e) => ({
			...e,
			sessionId
		})), { allKeys: true });
		const stored = candidates.map((c) => {
			const etablissementId = c.etablissementId === null ? null : etablissementIds[c.etablissementId];
			return {
				...c,
				sessionId,
				etablissementId
			};
		});
		const candidateIds = await db.candidates.bulkAdd(stored.map(toStored), { allKeys: true });
		await putMarks(db, marks.filter((m) => !(m.value.kind === "empty" && !m.sousReserve && m.benefice === null)).map(({ candidateRef, ...m }) => ({
			...m,
			sessionId,
			candidateId: candidateIds[candidateRef],
			updatedAt: createdAt
		})));
		await db.livrets.bulkAdd(livrets.map(({ candidateRef, ...l }) => ({
			...l,
			sessionId,
			candidateId: candidateIds[candidateRef]
		})));
		return sessionId;
	});
}
export { listSessions as a, getSetting as c, deleteSession as i, setSetting as l, createSession as n, updateSession as o, createSessionWithContent as r, OPEN_SESSION_ID as s, checkSession as t };
