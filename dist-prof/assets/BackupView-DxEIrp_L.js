import { A as append, C as each, E as if_block, F as text, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, Q as state, X as proxy, Y as sibling, Z as set, a as bind_this, at as next, d as set_attribute, et as user_derived, f as set_checked, it as snapshot, k as set_text, n as onMount, nt as pop, ot as reset, q as first_child, r as prop, rt as push, s as bind_group, t as onDestroy, u as remove_input_defaults, z as get } from "./disclose-version-DzsNc0kE.js";
import { c as within, f as liveQuery, m as UserError, n as plural, r as regulationOf, s as text$1 } from "./validate-CipAkb3j.js";
import { a as CHANGES_SINCE_BACKUP, c as SESSION_SETTING_KEY, d as sortBy, o as LAST_BACKUP_AT, s as SESSION_SETTINGS, t as backupStatus, u as orThrow } from "./counter-DZzejMC4.js";
import { r as readBackupFile } from "./export-Cqf3bT4x.js";
import { d as conformityUnits, l as conformityDataOf, s as checkConformityData } from "./conformity-CRa_d-4n.js";
import { t as checkControleSlot } from "./jury-UInpj3f5.js";
import { n as DELIBERATION_PHASE_LABELS } from "./session-D2Rp9qN2.js";
import { u as numeroTakenMessage } from "./checks-CTzZ-No0.js";
import { i as checkCandidate, n as candidateName, u as toStored } from "./candidates-Dyu0TMUA.js";
import { t as checkEvaluationRecord } from "./evaluations-Dy1dyfQu.js";
import { r as checkLivretRecord } from "./livrets-c3adzeOm.js";
import { i as ensureUniqueUai, n as checkEtablissement } from "./etablissements-1LXKyuA5.js";
import { _ as putMarks, a as checkMarkRecord } from "./marks-CjJ86PdP.js";
import { i as deleteSession, s as OPEN_SESSION_ID, t as checkSession } from "./sessions-BYURtC4F.js";
import { n as isQuotaError, o as storageState, r as requestPersistence, t as formatBytes } from "./storage-CeWyakf3.js";
import { i as savedText, n as errorText, r as frenchDateTime, t as downloadBackup } from "./actions-DOj0eUvr.js";
// src/db/backup/check.ts
/** Backups, checks: every row of a file checked with the database's own rules before anything is written. */
/**
* Checks every record of a backup with the database's rules, and that the rows refer to each other correctly;
* throws a UserError that says where (« Sauvegarde, candidat n° 12 (« 0012 ») : … »). Writes nothing.
*/
function checkBackupContent(content) {
	const sessions = /* @__PURE__ */ new Map();
	for (const [index, raw] of content.sessions.entries()) within(`Sauvegarde, session n° ${index + 1}`, () => {
		const fileId = fileIdOf(raw.id, "la session");
		if (sessions.has(fileId)) throw new UserError(`identifiant ${fileId} donné deux fois.`);
		const session = checkSession(raw);
		if (typeof raw.createdAt !== "string" || Number.isNaN(Date.parse(raw.createdAt))) throw new UserError("date de création invalide.");
		const regulation = regulationOf(session);
		sessions.set(fileId, {
			fileId,
			session: {
				...session,
				createdAt: raw.createdAt
			},
			regulation,
			specs: conformityUnits(regulation),
			etablissements: [],
			candidates: [],
			marks: [],
			conformity: [],
			deliberation: null,
			audit: [],
			juryNotes: [],
			evaluations: [],
			livrets: [],
			settings: []
		});
	});
	const sessionOf = (sessionId) => {
		const session = typeof sessionId === "number" ? sessions.get(sessionId) : void 0;
		if (!session) throw new UserError(`session n° ${String(sessionId)} absente de la sauvegarde.`);
		return session;
	};
	const etablissements = /* @__PURE__ */ new Map();
	for (const [index, raw] of content.etablissements.entries()) within(`Sauvegarde, établissement n° ${index + 1}`, () => {
		const fileId = fileIdOf(raw.id, "l'établissement");
		if (etablissements.has(fileId)) throw new UserError(`identifiant ${fileId} donné deux fois.`);
		const session = sessionOf(raw.sessionId);
		const fields = checkEtablissement(raw);
		ensureUniqueUai(fields, session.etablissements.map((e) => e.fields));
		session.etablissements.push({
			fileId,
			fields
		});
		etablissements.set(fileId, {
			sessionId: session.fileId,
			fields
		});
	});
	const candidates = /* @__PURE__ */ new Map();
	for (const [index, raw] of content.candidates.entries()) {
		const numero = typeof raw.numero === "string" ? ` (« ${raw.numero.trim()} »)` : "";
		within(`Sauvegarde, candidat n° ${index + 1}${numero}`, () => {
			const fileId = fileIdOf(raw.id, "le candidat");
			if (candidates.has(fileId)) throw new UserError(`identifiant ${fileId} donné deux fois.`);
			const session = sessionOf(raw.sessionId);
			const fields = checkCandidate(raw, session.regulation);
			if (fields.etablissementId !== null && etablissements.get(fields.etablissementId)?.sessionId !== session.fileId) throw new UserError(`établissement n° ${fields.etablissementId} absent de la sauvegarde ou d'une autre session.`);
			const taken = numeroTakenMessage(fields.numero, session.candidates.map((c) => c.fields));
			if (taken) throw new UserError(taken);
			session.candidates.push({
				fileId,
				fields
			});
			candidates.set(fileId, {
				sessionId: session.fileId,
				fields
			});
		});
	}
	/** The candidate `candidateId` of the file, in `session`. */
	const candidateOf = (candidateId, session) => {
		const candidate = typeof candidateId === "number" ? candidates.get(candidateId) : void 0;
		if (!candidate || candidate.sessionId !== session.fileId) throw new UserError(`candidat n° ${String(candidateId)} absent de la sauvegarde ou d'une autre session.`);
		return candidate;
	};
	const marks = /* @__PURE__ */ new Set();
	for (const [index, raw] of content.marks.entries()) {
		const place = `Sauvegarde, note n° ${index + 1}`;
		const { session, candidate } = within(place, () => {
			const session = sessionOf(raw.sessionId);
			return {
				session,
				candidate: candidateOf(raw.candidateId, session)
			};
		});
		within(`${place}, ${candidateName(candidate.fields)} (« ${candidate.fields.numero} »), ${String(raw.unit)}`, () => {
			if (typeof raw.unit !== "string") throw new UserError("épreuve manquante.");
			const key = `${String(raw.candidateId)}\u0000${raw.unit}`;
			if (marks.has(key)) throw new UserError("note donnée deux fois.");
			marks.add(key);
			const content = checkMarkRecord(raw, session.session);
			if (content.value.kind === "empty" && !content.sousReserve && content.benefice === null) return;
			const updatedAt = typeof raw.updatedAt === "string" ? raw.updatedAt : (/* @__PURE__ */ new Date()).toISOString();
			session.marks.push({
				...content,
				candidateId: raw.candidateId,
				unit: raw.unit,
				updatedAt
			});
		});
	}
	const conformity = /* @__PURE__ */ new Set();
	for (const [index, raw] of content.conformity.entries()) {
		const place = `Sauvegarde, conformité n° ${index + 1}`;
		const { session, candidate } = within(place, () => {
			const session = sessionOf(raw.sessionId);
			return {
				session,
				candidate: candidateOf(raw.candidateId, session)
			};
		});
		within(`${place}, ${candidateName(candidate.fields)}`, () => {
			if (conformity.has(raw.candidateId)) throw new UserError("dossier donné deux fois.");
			conformity.add(raw.candidateId);
			session.conformity.push(checkConformityRecord(raw, session));
		});
	}
	for (const [index, raw] of content.deliberations.entries()) within(`Sauvegarde, délibération n° ${index + 1}`, () => {
		const session = sessionOf(raw.sessionId);
		if (session.deliberation) throw new UserError("délibération donnée deux fois pour la même session.");
		session.deliberation = checkDeliberation(raw);
	});
	const auditIds = /* @__PURE__ */ new Set();
	for (const [index, raw] of content.audit.entries()) within(`Sauvegarde, journal n° ${index + 1}`, () => {
		const session = sessionOf(raw.sessionId);
		const id = fileIdOf(raw.id, "la ligne du journal");
		if (auditIds.has(id)) throw new UserError(`identifiant ${id} donné deux fois.`);
		auditIds.add(id);
		session.audit.push(checkAuditEntry(raw));
	});
	const notes = /* @__PURE__ */ new Set();
	for (const [index, raw] of content.juryNotes.entries()) {
		const place = `Sauvegarde, note du jury n° ${index + 1}`;
		const { session, candidate } = within(place, () => {
			const session = sessionOf(raw.sessionId);
			return {
				session,
				candidate: candidateOf(raw.candidateId, session)
			};
		});
		within(`${place}, ${candidateName(candidate.fields)}`, () => {
			if (notes.has(raw.candidateId)) throw new UserError("notes du jury données deux fois.");
			notes.add(raw.candidateId);
			session.juryNotes.push(checkJuryNote(raw, session.regulation));
		});
	}
	const evaluationKeys = /* @__PURE__ */ new Set();
	for (const [index, raw] of content.evaluations.entries()) {
		const place = `Sauvegarde, grille d'évaluation n° ${index + 1}`;
		const { session, candidate } = within(place, () => {
			const session = sessionOf(raw.sessionId);
			return {
				session,
				candidate: candidateOf(raw.candidateId, session)
			};
		});
		within(`${place}, ${candidateName(candidate.fields)}`, () => {
			const key = `${raw.candidateId}|${String(raw.unit)}`;
			if (evaluationKeys.has(key)) throw new UserError(`grille de ${String(raw.unit)} donnée deux fois.`);
			evaluationKeys.add(key);
			session.evaluations.push(checkEvaluationRecord(raw, session.regulation));
		});
	}
	const livrets = /* @__PURE__ */ new Set();
	for (const [index, raw] of content.livrets.entries()) {
		const place = `Sauvegarde, livret scolaire n° ${index + 1}`;
		const { session, candidate } = within(place, () => {
			const session = sessionOf(raw.sessionId);
			return {
				session,
				candidate: candidateOf(raw.candidateId, session)
			};
		});
		within(`${place}, ${candidateName(candidate.fields)}`, () => {
			if (livrets.has(raw.candidateId)) throw new UserError("livret scolaire donné deux fois.");
			livrets.add(raw.candidateId);
			session.livrets.push(checkLivretRecord(raw));
		});
	}
	const settingKeys = /* @__PURE__ */ new Set();
	for (const [index, raw] of content.settings.entries()) within(`Sauvegarde, réglage n° ${index + 1}`, () => {
		const match = typeof raw.key === "string" ? SESSION_SETTING_KEY.exec(raw.key) : null;
		const check = match ? SESSION_SETTINGS[match[1]] : void 0;
		if (!match || !check) throw new UserError(`réglage inconnu : « ${String(raw.key)} ».`);
		if (settingKeys.has(raw.key)) throw new UserError(`réglage « ${raw.key} » donné deux fois.`);
		settingKeys.add(raw.key);
		const session = sessionOf(Number(match[2]));
		session.settings.push({
			prefix: match[1],
			value: check(raw.value, session.regulation)
		});
	});
	return [...sessions.values()].map(({ regulation: _regulation, specs: _specs, ...session }) => session);
}
function checkConformityRecord(raw, session) {
	const { specs } = session;
	const data = orThrow(checkConformityData(conformityDataOf(raw, specs), specs));
	const codes = new Set(specs.map((s) => s.code));
	if (typeof raw.nv !== "object" || raw.nv === null || Array.isArray(raw.nv)) throw new UserError("liste des NV invalide.");
	const nv = {};
	for (const [unit, entry] of Object.entries(raw.nv)) {
		if (!codes.has(unit)) throw new UserError(`NV en ${unit} : pas de contrôle de conformité pour cette épreuve.`);
		if (typeof entry !== "object" || entry === null) throw new UserError(`NV en ${unit} invalide.`);
		if (!Array.isArray(entry.reasons) || entry.reasons.some((r) => typeof r !== "string")) throw new UserError(`NV en ${unit} : motifs invalides.`);
		const replaced = entry.replaced === null || entry.replaced === void 0 ? null : checkMarkRecord({
			unit,
			...entry.replaced
		}, session.session);
		nv[unit] = {
			reasons: [...entry.reasons],
			replaced
		};
	}
	const reserve = raw.reserve ?? [];
	if (!Array.isArray(reserve) || reserve.some((u) => typeof u !== "string" || !codes.has(u))) throw new UserError("liste des réserves invalide.");
	const record = {
		...raw,
		nv,
		parcours: data.parcours,
		periods: data.periods,
		units: data.units,
		reserve: [...reserve]
	};
	if (raw.updatedAt !== void 0 && typeof raw.updatedAt !== "string") throw new UserError("date de mise à jour invalide.");
	return record;
}
function checkDeliberation(raw) {
	if (!Object.hasOwn(DELIBERATION_PHASE_LABELS, raw.phase)) throw new UserError(`étape inconnue : « ${String(raw.phase)} ».`);
	if (!Array.isArray(raw.members) || raw.members.some((m) => typeof m !== "string")) throw new UserError("membres du jury invalides.");
	if (raw.date !== null && (typeof raw.date !== "string" || Number.isNaN(Date.parse(raw.date)))) throw new UserError("date invalide.");
	return {
		...raw,
		juryMember: text$1(raw.juryMember, "Le membre du jury", false),
		president: text$1(raw.president, "Le président du jury", false),
		members: raw.members.map((m) => m.trim())
	};
}
function checkAuditEntry(raw) {
	if (raw.kind !== "note" && raw.kind !== "phase" && raw.kind !== "jury") throw new UserError(`type de ligne inconnu : « ${String(raw.kind)} ».`);
	if (typeof raw.at !== "string" || Number.isNaN(Date.parse(raw.at))) throw new UserError("date invalide.");
	if (raw.candidateId !== null && !Number.isInteger(raw.candidateId)) throw new UserError("candidat invalide.");
	for (const key of [
		"who",
		"numero",
		"name",
		"unit",
		"before",
		"after",
		"reason"
	]) if (typeof raw[key] !== "string") throw new UserError(`« ${key} » : texte attendu.`);
	return { ...raw };
}
function checkJuryNote(raw, regulation) {
	if (typeof raw.livretExamined !== "boolean") throw new UserError("« livret examiné » doit être oui ou non.");
	const codes = regulation.controle.units.map((u) => u.code);
	const units = raw.controleUnits;
	if (!Array.isArray(units) || units.some((u) => typeof u !== "string" || !codes.includes(u)) || new Set(units).size !== units.length) throw new UserError(`épreuves de contrôle invalides (épreuves possibles : ${codes.join(", ")}).`);
	if (units.length > regulation.controle.maxUnits) throw new UserError(`au plus ${plural(regulation.controle.maxUnits, "épreuve")} de contrôle.`);
	if (raw.schedule === void 0) return {
		...raw,
		controleUnits: [...units]
	};
	if (typeof raw.schedule !== "object" || raw.schedule === null || Array.isArray(raw.schedule)) throw new UserError("convocations invalides.");
	const schedule = {};
	for (const [code, slot] of Object.entries(raw.schedule)) {
		if (!units.includes(code)) throw new UserError(`convocation au contrôle ${code} : épreuve non choisie.`);
		const checked = checkControleSlot(typeof slot === "object" && slot !== null ? slot : { date: 1 }, {});
		if (!checked.ok) throw new UserError(`convocation au contrôle ${code} : ${checked.error}.`);
		schedule[code] = checked.value;
	}
	return {
		...raw,
		controleUnits: [...units],
		schedule
	};
}
function fileIdOf(id, what) {
	if (!Number.isSafeInteger(id) || id < 1) throw new UserError(`identifiant de ${what} invalide.`);
	return id;
}
// src/db/backup/restore.ts
/** Checks the whole file against this database's rules and says what restoring it would do. Writes nothing. */
async function previewRestore(db, file) {
	const checked = checkBackupContent(file.content);
	const existing = await db.sessions.toArray();
	return {
		createdAt: file.createdAt,
		sessions: checked.map((s) => {
			const match = existing.find((e) => e.createdAt === s.session.createdAt);
			return {
				fileId: s.fileId,
				name: s.session.name,
				academie: s.session.academie,
				year: s.session.year,
				candidates: s.candidates.length,
				marks: s.marks.length,
				existing: match ? {
					id: match.id,
					name: match.name
				} : null
			};
		})
	};
}
/** The name of a restored copy: « BTS 2025 (restaurée) », then « … (restaurée 2) » if that is taken too. */
function copyName(name, taken) {
	for (let n = 1;; n++) {
		const candidate = `${name} (restaurée${n === 1 ? "" : ` ${n}`})`;
		if (!taken.has(candidate)) return candidate;
	}
}
/**
* Restores a backup file in one transaction. Sessions of the file not in the database are added; one already
* there is kept next to a copy (`copy`, the default), replaced (`replace`) or left out (`skip`), per
* `choices[fileId]`. Everything is checked before the first write; a refusal or a full disk writes nothing.
*/
async function restoreBackup(db, file, choices = {}, now = /* @__PURE__ */ new Date()) {
	try {
		return await db.transaction("rw", db.tables, async () => {
			const checked = checkBackupContent(file.content);
			const existing = await db.sessions.toArray();
			const names = new Set(existing.map((s) => s.name));
			const openId = (await db.settings.get(OPEN_SESSION_ID))?.value;
			const restored = [];
			for (const item of checked) {
				const match = existing.find((e) => e.createdAt === item.session.createdAt);
				const choice = choices[item.fileId];
				if (choice === "skip") continue;
				let session;
				let action;
				if (match && choice === "replace") {
					await deleteSession(db, match.id);
					names.delete(match.name);
					session = {
						...item.session,
						id: match.id
					};
					action = "replaced";
				} else if (match) {
					session = {
						...item.session,
						name: copyName(item.session.name, names),
						createdAt: now.toISOString()
					};
					action = "copied";
				} else {
					session = { ...item.session };
					action = "added";
				}
				names.add(session.name);
				const id = await writeSession(db, session, item);
				restored.push({
					fileId: item.fileId,
					id,
					name: session.name,
					action
				});
				if (action === "replaced" && openId === id) await db.settings.put({
					key: OPEN_SESSION_ID,
					value: id
				});
			}
			if (existing.length === 0 && restored.length === checked.length) await db.settings.bulkPut([{
				key: CHANGES_SINCE_BACKUP,
				value: 0
			}, {
				key: LAST_BACKUP_AT,
				value: file.createdAt
			}]);
			return restored;
		});
	} catch (error) {
		if (isQuotaError(error)) throw new UserError("Restauration impossible : l'espace de stockage de ce navigateur est plein. Rien n'a été restauré et vos données sont restées comme avant. Libérez de la place (supprimez une ancienne session déjà sauvegardée) puis recommencez.");
		throw error;
	}
}
/** Writes one checked session with new ids for its rows; returns the session's id. */
async function writeSession(db, session, item) {
	const sessionId = await db.sessions.add(session);
	const etablissementIds = await db.etablissements.bulkAdd(item.etablissements.map((e) => ({
		...e.fields,
		sessionId
	})), { allKeys: true });
	const etablissementId = new Map(item.etablissements.map((e, i) => [e.fileId, etablissementIds[i]]));
	const candidates = item.candidates.map((c) => ({
		...c.fields,
		sessionId,
		etablissementId: c.fields.etablissementId === null ? null : etablissementId.get(c.fields.etablissementId)
	}));
	const candidateIds = await db.candidates.bulkAdd(candidates.map(toStored), { allKeys: true });
	const candidateId = new Map(item.candidates.map((c, i) => [c.fileId, candidateIds[i]]));
	const newCandidate = (id) => candidateId.get(id);
	await putMarks(db, item.marks.map((m) => ({
		...m,
		sessionId,
		candidateId: newCandidate(m.candidateId)
	})));
	await db.conformity.bulkAdd(item.conformity.map((c) => ({
		...c,
		sessionId,
		candidateId: newCandidate(c.candidateId)
	})));
	if (item.deliberation) await db.deliberations.add({
		...item.deliberation,
		sessionId
	});
	await db.audit.bulkAdd(sortBy(item.audit, (a) => a.id).map(({ id: _id, ...a }) => ({
		...a,
		sessionId,
		candidateId: a.candidateId === null ? null : candidateId.get(a.candidateId) ?? null
	})));
	await db.juryNotes.bulkAdd(item.juryNotes.map((n) => ({
		...n,
		sessionId,
		candidateId: newCandidate(n.candidateId)
	})));
	await db.evaluations.bulkAdd(item.evaluations.map((e) => ({
		...e,
		sessionId,
		candidateId: newCandidate(e.candidateId)
	})));
	await db.livrets.bulkAdd(item.livrets.map((l) => ({
		...l,
		sessionId,
		candidateId: newCandidate(l.candidateId)
	})));
	await db.settings.bulkPut(item.settings.map((s) => ({
		key: `${s.prefix}:${sessionId}`,
		value: s.value
	})));
	return sessionId;
}
// src/ui/backup/BackupView.svelte
var root = from_html(`<p class="status svelte-74l4ee"><!> <!></p>`);
var root_1 = from_html(`<button type="button"> </button>`);
var root_2 = from_html(`<p class="error svelte-74l4ee" role="alert"> </p>`);
var root_3 = from_html(`<fieldset class="svelte-74l4ee"><legend class="svelte-74l4ee"> </legend> <label><input type="radio"/> </label> <label><input type="radio"/> Remplacer la session actuelle par la sauvegarde (ses données actuelles seront effacées)</label> <label><input type="radio"/> Ne pas restaurer cette session</label></fieldset>`);
var root_4 = from_html(`<label class="inline"><input type="checkbox"/> Restaurer cette session (nouvelle dans ce navigateur)</label>`);
var root_5 = from_html(`<li><p class="session-name svelte-74l4ee"><strong> </strong> </p> <!></li>`);
var root_6 = from_html(`<div class="preview"><p class="svelte-74l4ee"> </p> <ul class="sessions svelte-74l4ee"></ul> <div class="actions svelte-74l4ee"><button type="button" class="primary"> </button> <button type="button">Annuler</button></div></div>`);
var root_7 = from_html(` <!>`, 1);
var root_8 = from_html(`<p class="note svelte-74l4ee">Le navigateur a refusé pour l’instant (Chrome et Edge l’accordent aux sites installés ou souvent utilisés). Installez Délib comme application, ou
            faites des sauvegardes régulières.</p>`);
var root_9 = from_html(`<button type="button">Demander un stockage persistant</button> <!>`, 1);
var root_10 = from_html(`<dl class="svelte-74l4ee"><dt class="svelte-74l4ee">Espace utilisé</dt> <dd class="svelte-74l4ee"><!></dd> <dt class="svelte-74l4ee">Stockage persistant</dt> <dd class="svelte-74l4ee"><!></dd></dl> <!>`, 1);
var root_11 = from_html(`<p class="svelte-74l4ee">Lecture de l’espace de stockage…</p>`);
var root_12 = from_html(`<div class="backup svelte-74l4ee"><section aria-labelledby="backup-save-title" class="svelte-74l4ee"><h2 id="backup-save-title" class="svelte-74l4ee">Sauvegarder</h2> <p class="svelte-74l4ee">Un fichier de sauvegarde contient tout ce que Délib garde d’une session : établissements, candidats, notes et leurs indicateurs, conformité des dossiers,
      délibération et son journal, notes du jury. Il ne quitte pas cet ordinateur : gardez-en une copie ailleurs (clé USB, espace de l’établissement).</p> <!> <div class="actions svelte-74l4ee"><!> <button type="button" class="primary"> </button></div> <!></section> <section aria-labelledby="backup-restore-title" class="svelte-74l4ee"><h2 id="backup-restore-title" class="svelte-74l4ee">Restaurer une sauvegarde</h2> <p class="svelte-74l4ee">Le fichier est vérifié en entier (somme de contrôle, règles des notes) avant que quoi que ce soit soit écrit. Une session déjà présente peut être
      remplacée, ou gardée à côté de la copie restaurée.</p> <label class="file svelte-74l4ee"><span>Choisir un fichier de sauvegarde (.json)</span> <input type="file" accept=".json,application/json"/></label> <!> <!></section> <section aria-labelledby="backup-storage-title" class="svelte-74l4ee"><h2 id="backup-storage-title" class="svelte-74l4ee">Stockage dans ce navigateur</h2> <!></section></div>`);
function BackupView($$anchor, $$props) {
	push($$props, true);
	const binding_group = [];
	let workspace = prop($$props, "workspace", 7);
	let status = state(null);
	let saving = state(false);
	let saveError = state("");
	let file = state(null);
	let fileName = state("");
	let preview = state(null);
	let choices = state(proxy({}));
	let restoreError = state("");
	let restoring = state(false);
	let input = state(null);
	let storage = state(null);
	let persistAnswer = state(void 0);
	const subscription = liveQuery(() => backupStatus(workspace().db)).subscribe({
		next: (value) => set(status, value, true),
		error: () => set(status, null)
	});
	onDestroy(() => subscription.unsubscribe());
	onMount(() => void refreshStorage());
	async function refreshStorage() {
		set(storage, await storageState(), true);
	}
	const sessionCount = user_derived(() => workspace().sessions.length);
	async function save(scope) {
		const session = workspace().session;
		if (scope === "session" && !session?.id) return;
		set(saving, true);
		set(saveError, "");
		try {
			const backup = await downloadBackup(workspace().db, scope === "all" ? "all" : { sessionId: session.id }, session?.name);
			workspace().notice = {
				kind: "info",
				text: savedText(backup)
			};
			refreshStorage();
		} catch (error) {
			set(saveError, errorText(error), true);
		} finally {
			set(saving, false);
		}
	}
	async function chooseFile(event) {
		const chosen = event.currentTarget.files?.[0];
		set(file, null);
		set(preview, null);
		set(restoreError, "");
		set(choices, {}, true);
		if (!chosen) return;
		set(fileName, chosen.name, true);
		try {
			const read = await readBackupFile(workspace().db, await chosen.text());
			if (!read.ok) {
				set(restoreError, read.error, true);
				return;
			}
			const plan = await previewRestore(workspace().db, read.value);
			set(file, read.value);
			set(preview, plan);
			set(choices, Object.fromEntries(plan.sessions.map((s) => [s.fileId, "copy"])), true);
		} catch (error) {
			set(restoreError, errorText(error), true);
		}
	}
	function cancel() {
		set(file, null);
		set(preview, null);
		set(restoreError, "");
		set(choices, {}, true);
		if (get(input)) get(input).value = "";
	}
	async function restore() {
		if (!get(file) || !get(preview)) return;
		set(restoring, true);
		set(restoreError, "");
		try {
			const restored = await restoreBackup(workspace().db, get(file), snapshot(get(choices)));
			cancel();
			if (restored.length === 0) {
				workspace().notice = {
					kind: "info",
					text: "Rien n’a été restauré (toutes les sessions étaient à ignorer)."
				};
				return;
			}
			const names = restored.map((r) => `« ${r.name} »`).join(", ");
			workspace().notice = {
				kind: "info",
				text: `Sauvegarde restaurée : ${restored.length === 1 ? "la session" : "les sessions"} ${names}.`
			};
			const open = workspace().openSessionId;
			if (open === null || !restored.some((r) => r.id === open)) await workspace().openSession(restored[0].id);
			refreshStorage();
		} catch (error) {
			set(restoreError, errorText(error), true);
		} finally {
			set(restoring, false);
		}
	}
	async function askPersistence() {
		set(persistAnswer, await requestPersistence(), true);
		await refreshStorage();
	}
	const plural = (n, word) => `${n} ${word}${n > 1 ? "s" : ""}`;
	const replacing = user_derived(() => get(preview)?.sessions.filter((s) => s.existing && get(choices)[s.fileId] === "replace").length ?? 0);
	const restoringCount = user_derived(() => get(preview)?.sessions.filter((s) => get(choices)[s.fileId] !== "skip").length ?? 0);
	const percent = user_derived(() => get(storage)?.usage != null && get(storage).quota ? get(storage).usage / get(storage).quota * 100 : null);
	var div = root_12();
	var section = child(div);
	var node = sibling(child(section), 4);
	var consequent_2 = ($$anchor) => {
		var p = root();
		var node_1 = child(p);
		var consequent = ($$anchor) => {
			var text$2 = text();
			template_effect(($0) => set_text(text$2, `Dernière sauvegarde complète : ${$0 ?? ""}.`), [() => frenchDateTime(get(status).lastBackupAt)]);
			append($$anchor, text$2);
		};
		var alternate = ($$anchor) => {
			var text_1 = text("Aucune sauvegarde complète enregistrée dans ce navigateur.");
			append($$anchor, text_1);
		};
		if_block(node_1, ($$render) => {
			if (get(status).lastBackupAt) $$render(consequent);
			else $$render(alternate, -1);
		});
		var node_2 = sibling(node_1, 2);
		var consequent_1 = ($$anchor) => {
			var text_2 = text();
			template_effect(($0) => set_text(text_2, `${$0 ?? ""} depuis.`), [() => plural(get(status).changes, "modification")]);
			append($$anchor, text_2);
		};
		if_block(node_2, ($$render) => {
			if (get(status).changes > 0) $$render(consequent_1);
		});
		reset(p);
		append($$anchor, p);
	};
	if_block(node, ($$render) => {
		if (get(status)) $$render(consequent_2);
	});
	var div_1 = sibling(node, 2);
	var node_3 = child(div_1);
	var consequent_3 = ($$anchor) => {
		var button = root_1();
		var text_3 = only_child(button);
		template_effect(() => {
			button.disabled = get(saving);
			set_text(text_3, `Sauvegarder la session « ${workspace().session.name ?? ""} »`);
		});
		delegated("click", button, () => save("session"));
		append($$anchor, button);
	};
	if_block(node_3, ($$render) => {
		if (workspace().session) $$render(consequent_3);
	});
	var button_1 = sibling(node_3, 2);
	var text_4 = only_child(button_1);
	reset(div_1);
	var node_4 = sibling(div_1, 2);
	var consequent_4 = ($$anchor) => {
		var p_1 = root_2();
		var text_5 = only_child(p_1, true);
		template_effect(() => set_text(text_5, get(saveError)));
		append($$anchor, p_1);
	};
	if_block(node_4, ($$render) => {
		if (get(saveError)) $$render(consequent_4);
	});
	reset(section);
	var section_1 = sibling(section, 2);
	var label = sibling(child(section_1), 4);
	var input_1 = sibling(child(label), 2);
	bind_this(input_1, ($$value) => set(input, $$value), () => get(input));
	reset(label);
	var node_5 = sibling(label, 2);
	var consequent_5 = ($$anchor) => {
		var p_2 = root_2();
		var text_6 = only_child(p_2, true);
		template_effect(() => set_text(text_6, get(restoreError)));
		append($$anchor, p_2);
	};
	if_block(node_5, ($$render) => {
		if (get(restoreError)) $$render(consequent_5);
	});
	var node_6 = sibling(node_5, 2);
	var consequent_7 = ($$anchor) => {
		var div_2 = root_6();
		var p_3 = child(div_2);
		var text_7 = only_child(p_3);
		var ul = sibling(p_3, 2);
		each(ul, 21, () => get(preview).sessions, (s) => s.fileId, ($$anchor, s, $$index) => {
			var li = root_5();
			var p_4 = child(li);
			var strong = child(p_4);
			var text_8 = only_child(strong, true);
			var text_9 = sibling(strong);
			reset(p_4);
			var node_7 = sibling(p_4, 2);
			var consequent_6 = ($$anchor) => {
				var fieldset = root_3();
				var legend = child(fieldset);
				var text_10 = only_child(legend);
				var label_1 = sibling(legend, 2);
				var input_2 = child(label_1);
				remove_input_defaults(input_2);
				input_2.value = input_2.__value = "copy";
				var text_11 = sibling(input_2);
				reset(label_1);
				var label_2 = sibling(label_1, 2);
				var input_3 = child(label_2);
				remove_input_defaults(input_3);
				input_3.value = input_3.__value = "replace";
				next();
				reset(label_2);
				var label_3 = sibling(label_2, 2);
				var input_4 = child(label_3);
				remove_input_defaults(input_4);
				input_4.value = input_4.__value = "skip";
				next();
				reset(label_3);
				reset(fieldset);
				template_effect(() => {
					set_text(text_10, `Cette session existe déjà dans ce navigateur (« ${get(s).existing.name ?? ""} »).`);
					set_attribute(input_2, "name", `choice-${get(s).fileId ?? ""}`);
					set_text(text_11, ` Garder les deux : la copie restaurée s’appellera « ${get(s).name ?? ""} (restaurée) »`);
					set_attribute(input_3, "name", `choice-${get(s).fileId ?? ""}`);
					set_attribute(input_4, "name", `choice-${get(s).fileId ?? ""}`);
				});
				bind_group(binding_group, [$$index], input_2, () => get(choices)[get(s).fileId], ($$value) => get(choices)[get(s).fileId] = $$value);
				bind_group(binding_group, [$$index], input_3, () => get(choices)[get(s).fileId], ($$value) => get(choices)[get(s).fileId] = $$value);
				bind_group(binding_group, [$$index], input_4, () => get(choices)[get(s).fileId], ($$value) => get(choices)[get(s).fileId] = $$value);
				append($$anchor, fieldset);
			};
			var alternate_1 = ($$anchor) => {
				var label_4 = root_4();
				var input_5 = child(label_4);
				remove_input_defaults(input_5);
				next();
				reset(label_4);
				template_effect(() => set_checked(input_5, get(choices)[get(s).fileId] !== "skip"));
				delegated("change", input_5, (e) => get(choices)[get(s).fileId] = e.currentTarget.checked ? "copy" : "skip");
				append($$anchor, label_4);
			};
			if_block(node_7, ($$render) => {
				if (get(s).existing) $$render(consequent_6);
				else $$render(alternate_1, -1);
			});
			reset(li);
			template_effect(($0, $1) => {
				set_text(text_8, get(s).name);
				set_text(text_9, `${get(s).academie ? ` — ${get(s).academie}` : ""} (${get(s).year ?? ""}) :
                ${$0 ?? ""}, ${$1 ?? ""}.`);
			}, [() => plural(get(s).candidates, "candidat"), () => plural(get(s).marks, "note")]);
			append($$anchor, li);
		});
		reset(ul);
		var div_3 = sibling(ul, 2);
		var button_2 = child(div_3);
		var text_12 = only_child(button_2, true);
		var button_3 = sibling(button_2, 2);
		reset(div_3);
		reset(div_2);
		template_effect(($0, $1, $2) => {
			set_text(text_7, `« ${get(fileName) ?? ""} », sauvegarde faite ${$0 ?? ""} : ${$1 ?? ""}.`);
			button_2.disabled = get(restoring) || get(restoringCount) === 0;
			set_text(text_12, $2);
			button_3.disabled = get(restoring);
		}, [
			() => frenchDateTime(get(preview).createdAt),
			() => plural(get(preview).sessions.length, "session"),
			() => get(replacing) > 0 ? `Restaurer (remplace ${plural(get(replacing), "session")})` : "Restaurer"
		]);
		delegated("click", button_2, restore);
		delegated("click", button_3, cancel);
		append($$anchor, div_2);
	};
	if_block(node_6, ($$render) => {
		if (get(preview)) $$render(consequent_7);
	});
	reset(section_1);
	var section_2 = sibling(section_1, 2);
	var node_8 = sibling(child(section_2), 2);
	var consequent_14 = ($$anchor) => {
		var fragment_2 = root_10();
		var dl = first_child(fragment_2);
		var dd = sibling(child(dl), 2);
		var node_9 = child(dd);
		var consequent_9 = ($$anchor) => {
			var fragment_3 = root_7();
			var text_13 = first_child(fragment_3);
			var node_10 = sibling(text_13);
			var consequent_8 = ($$anchor) => {
				var text_14 = text();
				template_effect(($0) => set_text(text_14, `(${$0 ?? ""} %)`), [() => get(percent) < .1 ? "moins de 0,1" : get(percent).toFixed(1).replace(".", ",")]);
				append($$anchor, text_14);
			};
			if_block(node_10, ($$render) => {
				if (get(percent) !== null) $$render(consequent_8);
			});
			template_effect(($0, $1) => set_text(text_13, `${$0 ?? ""} sur ${$1 ?? ""} disponibles `), [() => formatBytes(get(storage).usage), () => formatBytes(get(storage).quota)]);
			append($$anchor, fragment_3);
		};
		var alternate_2 = ($$anchor) => {
			var text_15 = text("inconnu (ce navigateur ne l’indique pas)");
			append($$anchor, text_15);
		};
		if_block(node_9, ($$render) => {
			if (get(storage).usage !== null && get(storage).quota !== null) $$render(consequent_9);
			else $$render(alternate_2, -1);
		});
		reset(dd);
		var dd_1 = sibling(dd, 4);
		var node_11 = child(dd_1);
		var consequent_10 = ($$anchor) => {
			var text_16 = text("oui : le navigateur ne supprimera pas ces données pour faire de la place.");
			append($$anchor, text_16);
		};
		var consequent_11 = ($$anchor) => {
			var text_17 = text("non : s’il manque de place, le navigateur peut supprimer ces données. Faites des sauvegardes.");
			append($$anchor, text_17);
		};
		var alternate_3 = ($$anchor) => {
			var text_18 = text("inconnu.");
			append($$anchor, text_18);
		};
		if_block(node_11, ($$render) => {
			if (get(storage).persisted === true) $$render(consequent_10);
			else if (get(storage).persisted === false) $$render(consequent_11, 1);
			else $$render(alternate_3, -1);
		});
		reset(dd_1);
		reset(dl);
		var node_12 = sibling(dl, 2);
		var consequent_13 = ($$anchor) => {
			var fragment_5 = root_9();
			var button_4 = first_child(fragment_5);
			var node_13 = sibling(button_4, 2);
			var consequent_12 = ($$anchor) => {
				var p_5 = root_8();
				append($$anchor, p_5);
			};
			if_block(node_13, ($$render) => {
				if (get(persistAnswer) === false) $$render(consequent_12);
			});
			delegated("click", button_4, askPersistence);
			append($$anchor, fragment_5);
		};
		if_block(node_12, ($$render) => {
			if (get(storage).persisted === false) $$render(consequent_13);
		});
		append($$anchor, fragment_2);
	};
	var alternate_4 = ($$anchor) => {
		var p_6 = root_11();
		append($$anchor, p_6);
	};
	if_block(node_8, ($$render) => {
		if (get(storage)) $$render(consequent_14);
		else $$render(alternate_4, -1);
	});
	reset(section_2);
	reset(div);
	template_effect(() => {
		button_1.disabled = get(saving) || get(sessionCount) === 0;
		set_text(text_4, `Sauvegarder toutes les sessions (${get(sessionCount) ?? ""})`);
	});
	delegated("click", button_1, () => save("all"));
	delegated("change", input_1, chooseFile);
	append($$anchor, div);
	pop();
}
delegate(["click", "change"]);
export { BackupView as default };
