import { Q as state, Z as set, et as user_derived, z as get } from "./disclose-version-DzsNc0kE.js";
import { a as requireSession, f as liveQuery, i as requireCandidate, m as UserError, r as regulationOf, s as text, t as isoDateOrNull } from "./validate-CipAkb3j.js";
import { r as formatMark } from "./marks-B5B9zhMh.js";
import { o as pendingNumerosMessage } from "./numero-lCn5603m.js";
import { r as computeResult } from "./results-CXJABGNk.js";
import { a as candidateMarksOf, n as DELIBERATION_PHASE_LABELS, s as formatControleSlot, t as CONTROLE_PREFIX } from "./session-D2Rp9qN2.js";
import { D as normalizeSearchText, T as juryMemberOf, f as listMarks, h as marksTable, r as candidateMarkRows } from "./marks-CjJ86PdP.js";
import { n as controlePending, o as sameRoomAndTime, t as checkControleSlot } from "./jury-UInpj3f5.js";
import { n as runAction, t as errorNotice } from "./actions-BpN36JFP.js";
import { t as useSessionState } from "./session-state.svelte-B_E1wRI0.js";
// src/db/deliberation.ts
/**
* The deliberation of a session: its phase (what marks may still change, see guard.ts), the jury, the
* audit trail, and the jury's notes per candidate (livret examined, contrôle units chosen).
* One transaction per action; every phase change is written in the audit trail, with who and why.
*/
/** The phases in order: opening moves one step right, reopening one step left. */
var DELIBERATION_PHASES = [
	"preparation",
	"premier_groupe",
	"premier_groupe_clos",
	"second_groupe_clos"
];
function defaultDeliberation(sessionId) {
	return {
		sessionId,
		phase: "preparation",
		juryMember: "",
		president: "",
		members: [],
		date: null
	};
}
/** The deliberation of a session; before anything was set, the default (phase `preparation`). */
async function getDeliberation(db, sessionId) {
	return await db.deliberations.get(sessionId) ?? defaultDeliberation(sessionId);
}
async function load(db, sessionId) {
	await requireSession(db, sessionId);
	return getDeliberation(db, sessionId);
}
/**
* Name of the jury member using this computer, written in the audit trail. Required, trimmed. Also becomes the
* member of this connection when the app manages one per tab (`db.juryMember`).
*/
async function setJuryMember(db, sessionId, name) {
	const saved = await db.transaction("rw", [db.sessions, db.deliberations], async () => {
		const next = {
			...await load(db, sessionId),
			juryMember: text(name, "Le nom du membre du jury", true, "name")
		};
		await db.deliberations.put(next);
		return next;
	});
	if (db.juryMember !== null) db.juryMember = saved.juryMember;
	return saved;
}
/** The jury as printed on the PV: president, members (empty names dropped), date of the deliberation. */
async function setJury(db, sessionId, jury) {
	return db.transaction("rw", [db.sessions, db.deliberations], async () => {
		const current = await load(db, sessionId);
		if (!Array.isArray(jury.members)) throw new UserError("Membres du jury : liste de noms attendue.");
		const next = {
			...current,
			president: text(jury.president, "Président du jury", false, "name"),
			members: jury.members.map((m) => text(m, "Membre du jury", false, "name")).filter((m) => m !== ""),
			date: isoDateOrNull(jury.date, "Date de la délibération : date attendue au format JJ/MM/AAAA.")
		};
		await db.deliberations.put(next);
		return next;
	});
}
/** Moves the phase, in one transaction, refusing when the phase is not `from` (another tab moved it). */
async function movePhase(db, sessionId, from, to, reason) {
	return db.transaction("rw", [
		db.sessions,
		db.deliberations,
		db.audit
	], async () => {
		const current = await load(db, sessionId);
		if (current.phase !== from) throw new UserError(`Impossible : la délibération est à l'étape « ${DELIBERATION_PHASE_LABELS[current.phase]} », pas « ${DELIBERATION_PHASE_LABELS[from]} ».`);
		const who = juryMemberOf(db, current);
		if (!who) throw new UserError("Indiquez d’abord le nom du membre du jury qui saisit (il est inscrit au journal).");
		const next = {
			...current,
			phase: to
		};
		await db.deliberations.put(next);
		await db.audit.add({
			sessionId,
			at: (/* @__PURE__ */ new Date()).toISOString(),
			who,
			kind: "phase",
			candidateId: null,
			numero: "",
			name: "",
			unit: "",
			before: DELIBERATION_PHASE_LABELS[from],
			after: DELIBERATION_PHASE_LABELS[to],
			reason
		});
		return next;
	});
}
/** Preparation → 1er groupe: from now on every mark change needs a reason and is logged. */
function openDeliberation(db, sessionId) {
	return db.transaction("rw", [
		db.sessions,
		db.deliberations,
		db.audit,
		db.candidates
	], async () => {
		await refusePendingNumeros(db, sessionId, "Impossible d'ouvrir la délibération");
		return movePhase(db, sessionId, "preparation", "premier_groupe", "Ouverture de la délibération");
	});
}
/** The jury decides on numbered candidates: refused while one is still « numéro à venir » (the message names them). */
async function refusePendingNumeros(db, sessionId, refusal) {
	const message = pendingNumerosMessage(refusal, await db.candidates.where("sessionId").equals(sessionId).toArray());
	if (message) throw new UserError(message);
}
/** 1er groupe → clos: first-group marks become read-only; contrôle marks can be entered. */
function closeFirstGroup(db, sessionId) {
	return movePhase(db, sessionId, "premier_groupe", "premier_groupe_clos", "Clôture du 1er groupe");
}
/**
* 2nd groupe closed: every mark is read-only. Refused while a candidate authorised to the épreuve de
* contrôle has no recorded outcome (a contrôle mark or AB on each chosen unit): the message lists them.
*/
function closeDeliberation(db, sessionId) {
	return db.transaction("rw", [
		db.sessions,
		db.deliberations,
		db.audit,
		db.candidates,
		marksTable(db),
		db.juryNotes
	], async () => {
		await refusePendingNumeros(db, sessionId, "Impossible de clore la délibération");
		const pending = await pendingControle(db, sessionId);
		if (pending.length > 0) {
			const shown = pending.slice(0, PENDING_LISTED).map((p) => `${p.numero} ${p.name} (${p.why})`);
			const more = pending.length > PENDING_LISTED ? ` ; et ${pending.length - PENDING_LISTED} autre(s)` : "";
			throw new UserError(`Impossible de clore la délibération : ${pending.length} candidat(s) autorisé(s) à l'épreuve de contrôle sans résultat enregistré (une note ou AB pour chaque épreuve choisie, onglet « Épreuve de contrôle ») : ${shown.join(" ; ")}${more}.`);
		}
		return movePhase(db, sessionId, "premier_groupe_clos", "second_groupe_clos", "Clôture de la délibération");
	});
}
var PENDING_LISTED = 20;
/** The candidates at CONTROLE without a recorded outcome (see controlePending), in numéro order. */
async function pendingControle(db, sessionId) {
	return db.transaction("r", [
		db.sessions,
		db.candidates,
		marksTable(db),
		db.juryNotes
	], async () => {
		const session = await requireSession(db, sessionId);
		const regulation = regulationOf(session);
		const candidates = await db.candidates.where("sessionId").equals(sessionId).toArray();
		const marks = await listMarks(db, sessionId);
		const notes = new Map((await db.juryNotes.where("sessionId").equals(sessionId).toArray()).map((n) => [n.candidateId, n]));
		const byCandidate = /* @__PURE__ */ new Map();
		for (const m of marks) {
			const list = byCandidate.get(m.candidateId);
			if (list) list.push(m);
			else byCandidate.set(m.candidateId, [m]);
		}
		const pending = [];
		for (const candidate of candidates) {
			const input = candidateMarksOf(byCandidate.get(candidate.id) ?? []);
			const why = controlePending(computeResult(input, regulation), notes.get(candidate.id)?.controleUnits ?? [], input.controle);
			if (why) pending.push({
				candidateId: candidate.id,
				numero: candidate.numero,
				name: `${candidate.nom} ${candidate.prenom}`.trim(),
				why
			});
		}
		return pending.sort((a, b) => a.numero.localeCompare(b.numero));
	});
}
/**
* Goes back one phase, with a reason (required, written in the audit trail). `from`, when given, is the
* phase the user saw: if another tab moved it meanwhile, nothing happens (no going back two steps).
*/
async function reopen(db, sessionId, reason, from) {
	const why = text(reason, "Le motif de la réouverture", true);
	const phase = from ?? (await getDeliberation(db, sessionId)).phase;
	const index = DELIBERATION_PHASES.indexOf(phase);
	if (index <= 0) throw new UserError("La délibération n’est pas ouverte : rien à rouvrir.");
	return movePhase(db, sessionId, phase, DELIBERATION_PHASES[index - 1], why);
}
var unitLabel = (unit) => unit.startsWith("controle_") ? `contrôle ${unit.slice(CONTROLE_PREFIX.length)}` : unit;
/** The entries matching every given criterion, in the order given. Pure: the UI filters with it too. */
function filterAudit(entries, filter = {}) {
	const who = filter.who?.trim() ? normalizeSearchText(filter.who) : null;
	const search = filter.search?.trim() ? normalizeSearchText(filter.search) : null;
	const unit = filter.unit?.trim() ? unitLabel(filter.unit.trim()) : null;
	const from = filter.from || null;
	const to = filter.to || null;
	return entries.filter((e) => {
		if (filter.candidateId !== void 0 && e.candidateId !== filter.candidateId) return false;
		if (filter.kind !== void 0 && e.kind !== filter.kind) return false;
		if (unit !== null && e.unit !== unit) return false;
		if (who !== null && normalizeSearchText(e.who) !== who) return false;
		if (from !== null && e.at < from) return false;
		if (to !== null && (to.length === 10 ? e.at.slice(0, 10) > to : e.at > to)) return false;
		if (search !== null && !normalizeSearchText(`${e.numero} ${e.name}`).includes(search)) return false;
		return true;
	});
}
/** The audit trail of a session, oldest first, filtered. */
async function listAudit(db, sessionId, filter = {}) {
	const entries = filter.candidateId !== void 0 ? (await db.audit.where("candidateId").equals(filter.candidateId).toArray()).filter((e) => e.sessionId === sessionId) : await db.audit.where("sessionId").equals(sessionId).toArray();
	entries.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
	return filterAudit(entries, filter);
}
function refuseWhenClosed(deliberation) {
	if (deliberation.phase === "second_groupe_clos") throw new UserError("La délibération est close : rouvrez-la (avec un motif) pour modifier les notes du jury.");
}
async function noteOf(db, candidateId, sessionId) {
	return await db.juryNotes.get(candidateId) ?? {
		candidateId,
		sessionId,
		livretExamined: false,
		controleUnits: []
	};
}
/** D643-26: the jury examined (or not) the candidate's livret scolaire. */
async function setLivretExamined(db, candidateId, examined) {
	return db.transaction("rw", [
		db.sessions,
		db.candidates,
		db.deliberations,
		db.juryNotes,
		db.audit
	], async () => {
		if (typeof examined !== "boolean") throw new UserError("« Livret examiné » doit être oui ou non.");
		const candidate = await requireCandidate(db, candidateId);
		const deliberation = await load(db, candidate.sessionId);
		refuseWhenClosed(deliberation);
		const before = await noteOf(db, candidateId, candidate.sessionId);
		const note = {
			...before,
			livretExamined: examined
		};
		await db.juryNotes.put(note);
		if (before.livretExamined !== examined) await logJuryChoice(db, deliberation, candidate, LIVRET_EXAMINED, yesNo(before.livretExamined), yesNo(examined));
		return note;
	});
}
/** What the audit trail calls the two jury choices (`AuditEntry.unit` of a `jury` line). */
var LIVRET_EXAMINED = "Livret scolaire examiné";
var CONTROLE_UNITS_CHOSEN = "Épreuves de contrôle choisies";
var yesNo = (value) => value ? "oui" : "non";
/** Once the deliberation is open, the jury's choices about a candidate are traced like its marks. */
async function logJuryChoice(db, deliberation, candidate, what, before, after) {
	if (deliberation.phase === "preparation") return;
	await db.audit.add({
		sessionId: candidate.sessionId,
		at: (/* @__PURE__ */ new Date()).toISOString(),
		who: juryMemberOf(db, deliberation) || "membre du jury non indiqué",
		kind: "jury",
		candidateId: candidate.id ?? null,
		numero: candidate.numero,
		name: `${candidate.nom} ${candidate.prenom}`.trim(),
		unit: what,
		before,
		after,
		reason: "Décision du jury"
	});
}
/**
* The contrôle units chosen for a candidate (R6): codes of the regulation's contrôle units, at most its
* maximum, only for a candidate whose first-group decision (computed from the stored marks) is CONTROLE.
* An empty list is always accepted. A unit that already holds a contrôle mark cannot be left out.
*/
async function setControleUnits(db, candidateId, units) {
	return db.transaction("rw", [
		db.sessions,
		db.candidates,
		db.candidateMarks,
		db.deliberations,
		db.juryNotes,
		db.audit
	], async () => {
		const candidate = await requireCandidate(db, candidateId);
		const session = await requireSession(db, candidate.sessionId);
		const deliberation = await load(db, session.id);
		refuseWhenClosed(deliberation);
		const regulation = regulationOf(session);
		const allowed = regulation.controle.units.map((u) => u.code);
		if (!Array.isArray(units)) throw new UserError("Épreuves de contrôle : liste attendue.");
		const wanted = /* @__PURE__ */ new Set();
		for (const unit of units) {
			const code = typeof unit === "string" ? unit.trim().toUpperCase() : "";
			if (!allowed.includes(code)) throw new UserError(`« ${String(unit)} » n'est pas une épreuve de contrôle (possibles : ${allowed.join(", ")}).`);
			wanted.add(code);
		}
		const chosen = allowed.filter((c) => wanted.has(c));
		const name = `${candidate.nom} ${candidate.prenom}`.trim();
		if (chosen.length > regulation.controle.maxUnits) throw new UserError(`${name} : ${regulation.controle.maxUnits} épreuves de contrôle au plus (parmi ${allowed.join(", ")}).`);
		const records = await candidateMarkRows(db, candidateId);
		if (chosen.length > 0) {
			const decision = computeResult(candidateMarksOf(records), regulation).firstGroupDecision;
			if (decision !== "CONTROLE") throw new UserError(`${name} n'est pas autorisé(e) à l'épreuve de contrôle (décision du 1er groupe : ${decision}).`);
		}
		for (const record of records) {
			const code = record.unit.startsWith("controle_") ? record.unit.slice(CONTROLE_PREFIX.length) : null;
			if (code && record.value.kind !== "empty" && !chosen.includes(code)) throw new UserError(`${name} a déjà une note au contrôle ${code} (${formatMark(record.value)}) : effacez-la avant de retirer cette épreuve.`);
		}
		const before = await noteOf(db, candidateId, session.id);
		const note = {
			...before,
			controleUnits: chosen
		};
		if (before.schedule) {
			const schedule = Object.fromEntries(Object.entries(before.schedule).filter(([code]) => chosen.includes(code)));
			if (Object.keys(schedule).length > 0) note.schedule = schedule;
			else delete note.schedule;
		}
		await db.juryNotes.put(note);
		const list = (units) => units.length === 0 ? "aucune" : units.join(", ");
		if (list(before.controleUnits) !== list(chosen)) await logJuryChoice(db, deliberation, candidate, CONTROLE_UNITS_CHOSEN, list(before.controleUnits), list(chosen));
		return note;
	});
}
/**
* When and where a candidate sits one chosen contrôle unit (issue 16): date inside the session's contrôle window
* (when set), hour, room; refused when the room is already booked at that date and hour for another candidate.
* All parts empty: the slot is removed. Written in the journal once the deliberation is open.
*/
async function setControleSlot(db, candidateId, unit, slot) {
	return db.transaction("rw", [
		db.sessions,
		db.candidates,
		db.deliberations,
		db.juryNotes,
		db.audit
	], async () => {
		const candidate = await requireCandidate(db, candidateId);
		const session = await requireSession(db, candidate.sessionId);
		const deliberation = await load(db, session.id);
		refuseWhenClosed(deliberation);
		const name = `${candidate.nom} ${candidate.prenom}`.trim();
		const before = await noteOf(db, candidateId, session.id);
		if (!before.controleUnits.includes(unit)) throw new UserError(`${name} : l'épreuve de contrôle ${unit} n'est pas choisie ; choisissez-la avant de fixer sa convocation.`);
		const checked = checkControleSlot(slot, {
			from: session.controleFrom,
			to: session.controleTo
		});
		if (!checked.ok) throw new UserError(`Convocation de ${name} au contrôle ${unit} : ${checked.error}.`);
		const value = checked.value;
		const empty = value.date === null && value.time === "" && value.room === "";
		if (!empty) for (const other of await db.juryNotes.where("sessionId").equals(session.id).toArray()) for (const [code, booked] of Object.entries(other.schedule ?? {})) {
			if (other.candidateId === candidateId && code === unit || !sameRoomAndTime(value, booked)) continue;
			const who = other.candidateId === candidateId ? name : await db.candidates.get(other.candidateId).then((c) => c ? `${c.nom} ${c.prenom}`.trim() : "un autre candidat");
			throw new UserError(`Convocation de ${name} au contrôle ${unit} : la salle ${value.room} est déjà réservée le ${formatControleSlot(value).split(",")[0]} pour ${who} (contrôle ${code}).`);
		}
		const schedule = { ...before.schedule ?? {} };
		if (empty) delete schedule[unit];
		else schedule[unit] = value;
		const note = {
			...before,
			schedule
		};
		if (Object.keys(schedule).length === 0) delete note.schedule;
		await db.juryNotes.put(note);
		const was = formatControleSlot(before.schedule?.[unit]);
		const now = formatControleSlot(empty ? null : value);
		if (was !== now) await logJuryChoice(db, deliberation, candidate, `Convocation au contrôle ${unit}`, was, now);
		return note;
	});
}
/** The jury notes of a session (candidates without a note have none). */
async function listJuryNotes(db, sessionId) {
	return db.juryNotes.where("sessionId").equals(sessionId).toArray();
}
// src/ui/state/jury.svelte.ts
var JuryState = class {
	db;
	sessionId;
	#deliberation = state(defaultDeliberation(0));
	get deliberation() {
		return get(this.#deliberation);
	}
	set deliberation(value) {
		set(this.#deliberation, value);
	}
	#audit = state([]);
	get audit() {
		return get(this.#audit);
	}
	set audit(value) {
		set(this.#audit, value);
	}
	#notes = state([]);
	get notes() {
		return get(this.#notes);
	}
	set notes(value) {
		set(this.#notes, value);
	}
	#ready = state(false);
	get ready() {
		return get(this.#ready);
	}
	set ready(value) {
		set(this.#ready, value, true);
	}
	#phase = user_derived(() => this.deliberation.phase);
	get phase() {
		return get(this.#phase);
	}
	set phase(value) {
		set(this.#phase, value);
	}
	#notesByCandidate = user_derived(() => new Map(this.notes.map((n) => [n.candidateId, n])));
	get notesByCandidate() {
		return get(this.#notesByCandidate);
	}
	set notesByCandidate(value) {
		set(this.#notesByCandidate, value);
	}
	#report;
	#subscriptions;
	constructor(db, sessionId, report = () => {}) {
		this.db = db;
		this.sessionId = sessionId;
		this.deliberation = defaultDeliberation(sessionId);
		this.#report = report;
		const fail = (error) => this.#report(errorNotice(error));
		this.#subscriptions = [
			liveQuery(() => db.deliberations.get(sessionId)).subscribe({
				next: (d) => {
					this.deliberation = d ?? defaultDeliberation(sessionId);
					this.ready = true;
				},
				error: fail
			}),
			liveQuery(() => listAudit(db, sessionId)).subscribe({
				next: (v) => this.audit = v,
				error: fail
			}),
			liveQuery(() => listJuryNotes(db, sessionId)).subscribe({
				next: (v) => this.notes = v,
				error: fail
			})
		];
	}
	stop() {
		this.#subscriptions.forEach((s) => s.unsubscribe());
	}
	note(candidateId) {
		return this.notesByCandidate.get(candidateId) ?? null;
	}
	/** Only the contrôle marks can change once the 1er groupe is closed; nothing once the deliberation is. */
	get closed() {
		return this.phase === "second_groupe_clos";
	}
	async #act(action, success) {
		return await runAction(async () => (await action(), true), this.#report, success) === true;
	}
	setJuryMember(name) {
		return this.#act(() => setJuryMember(this.db, this.sessionId, name), `Membre du jury : ${name.trim()}.`);
	}
	setJury(jury) {
		return this.#act(() => setJury(this.db, this.sessionId, jury), "Composition du jury enregistrée.");
	}
	open() {
		return this.#act(() => openDeliberation(this.db, this.sessionId), "Délibération ouverte : toute modification de note demande un motif.");
	}
	closeFirstGroup() {
		return this.#act(() => closeFirstGroup(this.db, this.sessionId), "1er groupe clos : seules les notes de contrôle peuvent être saisies.");
	}
	close() {
		return this.#act(() => closeDeliberation(this.db, this.sessionId), "Délibération close : les notes ne peuvent plus être modifiées.");
	}
	/** Goes back one phase from `from` (the phase the user saw), with a reason. */
	reopen(reason, from = this.phase) {
		return this.#act(() => reopen(this.db, this.sessionId, reason, from), "Délibération rouverte (motif inscrit au journal).");
	}
	setLivretExamined(candidateId, examined) {
		return this.#act(() => setLivretExamined(this.db, candidateId, examined));
	}
	setControleUnits(candidateId, units) {
		return this.#act(() => setControleUnits(this.db, candidateId, units));
	}
	/** Date, hour and room of a chosen contrôle unit (issue 16); the refusal's French message, shown by the field, or null. */
	async setControleSlot(candidateId, unit, slot) {
		try {
			await setControleSlot(this.db, candidateId, unit, slot);
			return null;
		} catch (error) {
			if (error instanceof UserError) return error.message;
			this.#report(errorNotice(error));
			return "La convocation n’a pas pu être enregistrée.";
		}
	}
};
/**
* The JuryState of the workspace's open session, for a component: `given()` when the parent passes one,
* else one of its own, replaced when the open session changes and stopped with the component.
* Call during component initialisation (it uses $effect).
*/
function useJury(workspace, given = () => void 0) {
	return useSessionState(workspace, (ws, sessionId) => new JuryState(ws.db, sessionId, (notice) => {
		ws.notice = notice;
	}), given);
}
export { DELIBERATION_PHASES as n, filterAudit as r, useJury as t };
