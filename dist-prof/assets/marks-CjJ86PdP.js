import { n as beneficeProblem, t as beneficeLockProblem } from "./checks-CTzZ-No0.js";
import { a as parseControleMark, c as unregisteredOptionalMessage, d as unitForm, o as parseMark, r as formatMark } from "./marks-B5B9zhMh.js";
import { n as findUnit, t as findControleUnit } from "./regulation-CUY09-RS.js";
import { t as CONTROLE_PREFIX } from "./session-D2Rp9qN2.js";
import { a as requireSession, i as requireCandidate, m as UserError, o as sessionRegulation, r as regulationOf, u as Dexie } from "./validate-CipAkb3j.js";
import { a as formatHundredthsShort } from "./exact-Cpdw3sSx.js";
import { b as evaluationMark, l as sumFormula, n as gridFor, r as gridsFor, t as gridById } from "./grids-BLNduPl5.js";
import { n as getPreset } from "./presets-Cf2HfyzO.js";
// src/db/search-key.ts
/** Text normalization for searching candidates (and the `searchKey` of schema v2–v6, dropped in v7). */
var LIGATURES = {
	œ: "oe",
	æ: "ae",
	ß: "ss"
};
/** Lower case, accents and ligatures removed, runs of spaces collapsed: `  Œillet  Léa` → `oeillet lea`. */
function normalizeSearchText(text) {
	return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[œæß]/g, (c) => LIGATURES[c] ?? c).replace(/[\s\u00a0\u202f]+/g, " ").trim();
}
/** The stored `searchKey` of a candidate: normalized "numero nom prenom". */
function candidateSearchKey(c) {
	return normalizeSearchText(`${c.numero} ${c.nom} ${c.prenom}`);
}
// src/db/database.ts
/**
* The Dexie database: schema versions and the table types.
* A schema version, once released, is never edited: a change is a new version with its upgrade.
*/
/** Version 1, as first released. Kept forever: Dexie needs it to upgrade a v1 database. */
var SCHEMA_V1 = {
	sessions: "++id",
	etablissements: "++id, sessionId",
	candidates: "++id, sessionId, [sessionId+numero], etablissementId",
	marks: "[candidateId+unit], sessionId, candidateId"
};
/** Version 2: what changes from v1 (Dexie keeps the tables not listed). */
var SCHEMA_V2 = {
	settings: "key",
	candidates: "++id, sessionId, [sessionId+numero], etablissementId, [sessionId+searchKey]"
};
/** Version 3: the undo record of the last import of each session (no data to migrate). */
var SCHEMA_V3 = { imports: "++id, sessionId" };
/**
* Version 4: dossier conformity per candidate (R7), the deliberation state per session, its audit trail,
* and the jury's notes per candidate (livret examined, contrôle units chosen). New tables only.
*/
var SCHEMA_V4 = {
	conformity: "candidateId, sessionId",
	deliberations: "sessionId",
	audit: "++id, sessionId, candidateId",
	juryNotes: "candidateId, sessionId"
};
/**
* Version 5: the evaluation grids filled in per candidate and unit (issue 7) and the livret scolaire per
* candidate (issue 8). New tables only; the unit's mark stays in `marks`.
*/
var SCHEMA_V5 = {
	evaluations: "[candidateId+unit], sessionId, candidateId",
	livrets: "candidateId, sessionId"
};
/**
* Version 6: each session keeps its own copy of its regulation (`ExamSession.regulation`, issue 17), so a
* preset that changes never changes a session's results. No new index; the upgrade copies each session's
* preset into it.
*/
var SCHEMA_V6 = {};
/**
* Version 7: the candidates' `searchKey` (and its index), kept up to date on every write since v2 but read by no
* screen (the grids filter the rows they hold), is dropped; the upgrade removes the field from every candidate.
*/
var SCHEMA_V7 = { candidates: "++id, sessionId, [sessionId+numero], etablissementId" };
/**
* Version 8: one marks record per candidate instead of one per mark (IndexedDB costs about the same per record
* whatever its size, and a candidate has ~8 marks). The upgrade moves every row of `marks` into its candidate's
* record in one pass, then Dexie drops `marks`. Only `marks.ts` writes `candidateMarks` (the backup's export and the
* marks feed also read it, by session), and gives the rest of the app the MarkRecord rows it has always seen.
*/
var SCHEMA_V8 = {
	candidateMarks: "candidateId, sessionId",
	marks: null
};
/** The v8 upgrade: every mark row of `rows` into its candidate's record (pure, exported for its test). */
function groupMarkRows(rows) {
	const byCandidate = /* @__PURE__ */ new Map();
	for (const { sessionId, candidateId, unit, ...content } of rows) {
		let record = byCandidate.get(candidateId);
		if (!record) byCandidate.set(candidateId, record = {
			sessionId,
			candidateId,
			marks: {}
		});
		record.marks[unit] = content;
	}
	return [...byCandidate.values()];
}
var DelibDatabase = class extends Dexie {
	sessions;
	etablissements;
	candidates;
	/** Written by `marks.ts` only, which gives the rest of the app MarkRecord rows (see SCHEMA_V8). */
	candidateMarks;
	settings;
	imports;
	conformity;
	deliberations;
	audit;
	juryNotes;
	evaluations;
	livrets;
	/** Set by the UI to ask the user to reload; may also be given to the constructor. */
	onVersionChange;
	/**
	* The jury member who types through this connection, i.e. in this tab or window (each tab opens its own),
	* written in the audit trail. null: not managed per connection (CLI, tests), the deliberation's stored
	* `juryMember` is used. The app sets a string, empty until the tab's user says who they are: two tabs never
	* credit each other's changes. Not stored in the database (see ui/state/tab-member.svelte.ts).
	*/
	juryMember = null;
	constructor(name, options = {}) {
		const { onVersionChange, ...dexieOptions } = options;
		super(name, {
			cache: "disabled",
			...dexieOptions
		});
		this.onVersionChange = onVersionChange ?? null;
		this.version(1).stores(SCHEMA_V1);
		this.version(2).stores(SCHEMA_V2).upgrade((tx) => tx.table("candidates").toCollection().modify((c) => {
			c.searchKey = candidateSearchKey(c);
		}));
		this.version(3).stores(SCHEMA_V3);
		this.version(4).stores(SCHEMA_V4);
		this.version(5).stores(SCHEMA_V5);
		this.version(6).stores(SCHEMA_V6).upgrade((tx) => tx.table("sessions").toCollection().modify((session) => {
			const preset = getPreset(session.presetId);
			if (!session.regulation && preset) session.regulation = structuredClone(preset);
		}));
		this.version(7).stores(SCHEMA_V7).upgrade((tx) => tx.table("candidates").toCollection().modify((c) => {
			delete c.searchKey;
		}));
		this.version(8).stores(SCHEMA_V8).upgrade(async (tx) => {
			const rows = await tx.table("marks").toArray();
			await tx.table("candidateMarks").bulkAdd(groupMarkRows(rows));
			await tx.table("marks").clear();
		});
		this.on("versionchange", () => {
			this.close({ disableAutoOpen: true });
			this.onVersionChange?.();
			return false;
		});
	}
};
/**
* Who the audit trail credits for a change made through `db`: the connection's (tab's) jury member when the app
* manages one, else the deliberation's stored member; '' when nobody said who they are.
*/
function juryMemberOf(db, deliberation) {
	return (db.juryMember ?? deliberation?.juryMember ?? "").trim();
}
function openDatabase(name = "delib", options = {}) {
	return new DelibDatabase(name, options);
}
// src/domain/phase-policy.ts
/** Why this mark cannot be changed in this phase, in French (`label` e.g. « E1 », `name` the candidate), or null. */
function markLockedMessage(phase, controle, label, name) {
	if (phase === "second_groupe_clos") return `La délibération est close : ${label} de ${name} ne peut plus être modifiée. Rouvrez la délibération (avec un motif) pour corriger.`;
	if (phase === "premier_groupe_clos" && !controle) return `Le 1er groupe est clos : ${label} de ${name} ne peut plus être modifiée. Rouvrez le 1er groupe (avec un motif) pour corriger.`;
	return null;
}
/** Whether a mark of this kind (first group or contrôle) can be changed in this phase. */
function markEditable(phase, controle) {
	return markLockedMessage(phase, controle, "", "") === null;
}
/**
* Entering a contrôle mark once the 1er groupe is closed is the expected next step, not a correction:
* it is logged with an implied reason. Changing a contrôle mark already entered still needs one.
*/
function isFirstControleEntry(phase, controle, before) {
	return controle && phase === "premier_groupe_clos" && (before == null || before.value.kind === "empty");
}
/** Whether a typed change needs the jury's reason (the deliberation is open and it is not a first contrôle entry). */
function markChangeNeedsReason(phase, controle, before) {
	return phase !== "preparation" && !isFirstControleEntry(phase, controle, before);
}
// src/db/guard.ts
/** What markGuard reads: the deliberation, the audit trail, R7's NV, and the grids that sum parts (with the candidates' forms). */
var guardTables = (db) => [
	db.deliberations,
	db.audit,
	db.conformity,
	db.evaluations,
	db.sessions,
	db.candidates,
	db.etablissements
];
function markText(content) {
	if (!content) return "";
	const flags = [content.sousReserve ? "sous réserve" : "", content.benefice ? `bénéfice ${content.benefice.year}` : ""].filter(Boolean).join(", ");
	return `${formatMark(content.value)}${flags ? ` (${flags})` : ""}`;
}
/** Reads what the checks need for one session, once per transaction. */
async function markGuard(db, sessionId, origin) {
	const deliberation = await db.deliberations.get(sessionId);
	const phase = deliberation?.phase ?? "preparation";
	const nvByCandidate = new Map((await db.conformity.where("sessionId").equals(sessionId).toArray()).map((c) => [c.candidateId, c.nv]));
	const sums = await gridSums(db, sessionId);
	const session = await db.sessions.get(sessionId);
	const regulation = session ? sessionRegulation(session) : void 0;
	const unitByCode = new Map((regulation?.units ?? []).map((u) => [u.code, u]));
	const pending = [];
	const at = (/* @__PURE__ */ new Date()).toISOString();
	return {
		phase,
		check(candidate, unit, before, after) {
			const controle = unit.startsWith(CONTROLE_PREFIX);
			const label = controle ? `contrôle ${unit.slice(CONTROLE_PREFIX.length)}` : unit;
			const nameOf = () => `${candidate.nom} ${candidate.prenom}`.trim();
			if (!markEditable(phase, controle)) throw new UserError(markLockedMessage(phase, controle, label, nameOf()));
			const def = controle || !regulation ? void 0 : unitByCode.get(unit);
			const unregistered = def && after ? unregisteredOptionalMessage(def, after.value, candidate.optionalUnits) : null;
			if (unregistered && origin.source !== "annulation") throw new UserError(`${label} de ${nameOf()} : ${unregistered}.`);
			const nv = nvByCandidate.size === 0 ? void 0 : nvByCandidate.get(candidate.id)?.[unit];
			if (nv && origin.source !== "conformite" && origin.source !== "annulation" && after?.value.kind !== "NV") throw new UserError(`${label} de ${nameOf()} : dossier non conforme (${nv.reasons.join(" ; ")}), la note reste NV. Rendez le dossier conforme pour saisir une note.`);
			const sum = sums.size === 0 ? void 0 : sums.get(sumKey(candidate.id, unit));
			const changed = !(before?.value.kind === "number" && after?.value.kind === "number" && before.value.hundredths === after.value.hundredths);
			if (sum && changed && after?.value.kind === "number" && after.value.hundredths !== sum.hundredths) throw new UserError(`${label} de ${nameOf()} : la note est la somme ${sum.formula} de la grille d'évaluation (${formatHundredthsShort(sum.hundredths)}) ; modifiez la grille.`);
			if (phase === "preparation") return;
			const name = nameOf();
			const reason = origin.reason?.trim() || (origin.source === "import" ? `Import du fichier « ${origin.fileName ?? ""} »` : origin.source === "conformite" ? "Conformité du dossier" : "") || (isFirstControleEntry(phase, controle, before) ? "Saisie de l'épreuve de contrôle" : "");
			if (!reason) throw new UserError(`Délibération ouverte : indiquez le motif de la modification de ${label} de ${name}.`);
			const who = juryMemberOf(db, deliberation);
			if (!who) throw new UserError("Délibération ouverte : indiquez d’abord le nom du membre du jury qui saisit.");
			pending.push({
				sessionId,
				at,
				who,
				kind: "note",
				candidateId: candidate.id,
				numero: candidate.numero,
				name,
				unit: label,
				before: markText(before),
				after: markText(after),
				reason
			});
		},
		async flush() {
			if (pending.length > 0) await db.audit.bulkAdd(pending.splice(0));
		}
	};
}
var sumKey = (candidateId, unit) => `${candidateId}|${unit}`;
/**
* The complete sums of the session's grids that sum parts (E22, E4 CCF), by candidate and unit. A grid
* that is no longer the candidate's (the form of E4 changed since) is left out: it no longer binds the mark.
*/
async function gridSums(db, sessionId) {
	const sums = /* @__PURE__ */ new Map();
	const session = await db.sessions.get(sessionId);
	const regulation = session ? sessionRegulation(session) : void 0;
	if (!regulation) return sums;
	const sumUnits = new Set(gridsFor(regulation).filter((g) => g.mark.kind === "sum").map((g) => g.unitCode));
	if (sumUnits.size === 0) return sums;
	const complete = (await db.evaluations.where("sessionId").equals(sessionId).filter((r) => sumUnits.has(r.unit)).toArray()).flatMap((record) => {
		const grid = gridById(record.evaluation?.gridId, regulation);
		const mark = grid?.mark.kind === "sum" ? evaluationMark(grid, record.evaluation) : null;
		return grid && mark ? [{
			record,
			grid,
			hundredths: mark.hundredths
		}] : [];
	});
	if (complete.length === 0) return sums;
	const candidates = await db.candidates.bulkGet([...new Set(complete.map((c) => c.record.candidateId))]);
	const byId = new Map(candidates.flatMap((c) => c?.id === void 0 ? [] : [[c.id, c]]));
	const etablissements = new Map((await db.etablissements.where("sessionId").equals(sessionId).toArray()).map((e) => [e.id, e.type]));
	for (const { record, grid, hundredths } of complete) {
		const candidate = byId.get(record.candidateId);
		const unit = findUnit(regulation, record.unit);
		if (!candidate || !unit) continue;
		const type = candidate.etablissementId === null ? null : etablissements.get(candidate.etablissementId) ?? null;
		if (gridFor(unit.code, unitForm(candidate, unit, type), regulation)?.id !== grid.id) continue;
		sums.set(sumKey(record.candidateId, record.unit), {
			hundredths,
			formula: sumFormula(grid)
		});
	}
	return sums;
}
// src/db/marks.ts
/** Marks of the candidates: first group (`E4`) and épreuve de contrôle (`controle_E2`). */
/** A unit code of the regulation, or `controle_<code>` of one of its contrôle units. */
function resolveUnit(regulation, unit) {
	if (unit.startsWith("controle_")) {
		const def = findControleUnit(regulation, unit.slice(CONTROLE_PREFIX.length));
		if (def) return {
			kind: "controle",
			def,
			label: `contrôle ${def.code}`
		};
	} else {
		const def = findUnit(regulation, unit);
		if (def) return {
			kind: "unit",
			def,
			label: def.code
		};
	}
	throw new UserError(`Épreuve inconnue : « ${unit} ».`);
}
/** The value, if R2 allows it on that unit (a contrôle unit takes a mark, `AB` or nothing: R6). */
function checkMarkValue(target, value, regulation) {
	if (typeof value !== "object" || value === null) throw new UserError(`${target.label} : valeur de note invalide.`);
	const text = formatMark(value);
	const parsed = target.kind === "unit" ? parseMark(text, target.def, regulation) : parseControleMark(text, regulation);
	if (!parsed.ok) throw new UserError(parsed.error);
	if (!sameMark(parsed.value, value)) throw new UserError(`${target.label} : valeur de note invalide.`);
	return parsed.value;
}
function sameMark(a, b) {
	if (a.kind !== b.kind) return false;
	return a.kind !== "number" || b.kind === "number" && a.hundredths === b.hundredths;
}
/** R8: a bénéfice is a year of an earlier session, at most 5 years back, on a first-group mark ≥ 10. */
function checkBenefice(benefice, target, value, session) {
	if (benefice === null) return null;
	const problem = beneficeProblem(benefice, {
		label: target.label,
		controle: target.kind === "controle"
	}, value, session.year);
	if (problem) throw new UserError(problem);
	return { year: benefice.year };
}
/** Checks a whole record (unit, value, flags) against its session; returns the normalized content. */
function checkMarkRecord(record, session) {
	const regulation = regulationOf(session);
	const target = resolveUnit(regulation, record.unit);
	const value = checkMarkValue(target, record.value, regulation);
	return {
		value,
		sousReserve: checkSousReserve(record.sousReserve ?? false),
		benefice: checkBenefice(record.benefice ?? null, target, value, session)
	};
}
function checkSousReserve(flag) {
	if (typeof flag !== "boolean") throw new UserError("« Sous réserve » doit être oui ou non.");
	return flag;
}
/**
* Sets the value of a mark, keeping its flags. An empty value without flags removes the record.
* Returns the record as stored, or null when there is none left.
*/
async function setMark(db, input) {
	return db.transaction("rw", [
		db.sessions,
		db.candidates,
		db.candidateMarks,
		...guardTables(db)
	], async () => {
		const { session, candidate, target, existing } = await load(db, input.candidateId, input.unit);
		const regulation = regulationOf(session);
		const value = checkMarkValue(target, input.value, regulation);
		const benefice = existing?.benefice ?? null;
		const locked = benefice && beneficeLockProblem(target.label, benefice, value);
		if (locked) throw new UserError(locked);
		const sousReserve = existing?.sousReserve ?? false;
		return write(db, {
			sessionId: session.id,
			candidateId: input.candidateId,
			unit: input.unit
		}, candidate, existing, {
			value,
			sousReserve,
			benefice
		}, {
			source: "saisie",
			reason: input.reason
		});
	});
}
/** Sets or clears the flags of a mark (R7 sous réserve, R8 bénéfice), keeping its value. */
async function setMarkFlags(db, input) {
	return db.transaction("rw", [
		db.sessions,
		db.candidates,
		db.candidateMarks,
		...guardTables(db)
	], async () => {
		const { session, candidate, target, existing } = await load(db, input.candidateId, input.unit);
		const value = existing?.value ?? { kind: "empty" };
		const sousReserve = checkSousReserve(input.sousReserve ?? existing?.sousReserve ?? false);
		const benefice = checkBenefice(input.benefice === void 0 ? existing?.benefice ?? null : input.benefice, target, value, session);
		return write(db, {
			sessionId: session.id,
			candidateId: input.candidateId,
			unit: input.unit
		}, candidate, existing, {
			value,
			sousReserve,
			benefice
		}, {
			source: "saisie",
			reason: input.reason
		});
	});
}
async function load(db, candidateId, unit) {
	const candidate = await requireCandidate(db, candidateId);
	const session = await requireSession(db, candidate.sessionId);
	return {
		session,
		candidate,
		target: resolveUnit(regulationOf(session), unit),
		existing: await getMark(db, candidateId, unit)
	};
}
var isBlank = (content) => content.value.kind === "empty" && !content.sousReserve && content.benefice === null;
async function write(db, keys, candidate, existing, content, origin) {
	if (existing ? sameContent(existing, content) : isBlank(content)) return existing ?? null;
	const guard = await markGuard(db, keys.sessionId, origin);
	guard.check(candidate, keys.unit, existing ?? null, isBlank(content) ? null : content);
	await guard.flush();
	if (isBlank(content)) {
		await deleteMark(db, keys.candidateId, keys.unit);
		return null;
	}
	const record = {
		...keys,
		...content,
		updatedAt: (/* @__PURE__ */ new Date()).toISOString()
	};
	await putMark(db, record);
	return record;
}
function sameContent(a, b) {
	return sameMark(a.value, b.value) && a.sousReserve === b.sousReserve && (a.benefice?.year ?? null) === (b.benefice?.year ?? null);
}
/** Marks grouped by candidate id, then by unit. */
function marksByCandidate(marks) {
	const byCandidate = /* @__PURE__ */ new Map();
	for (const mark of marks) {
		let units = byCandidate.get(mark.candidateId);
		if (!units) byCandidate.set(mark.candidateId, units = {});
		units[mark.unit] = mark;
	}
	return byCandidate;
}
/** The table holding the marks, to list in a transaction that reads or writes marks. */
var marksTable = (db) => db.candidateMarks;
var byUnit = (a, b) => a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0;
/** The rows of a candidate's record, by unit code (the order of the old `[candidateId+unit]` key). */
function rowsOf(stored) {
	if (!stored) return [];
	const { sessionId, candidateId } = stored;
	return Object.entries(stored.marks).map(([unit, mark]) => ({
		sessionId,
		candidateId,
		unit,
		...mark
	})).sort(byUnit);
}
/**
* A stored candidate record as the unit → MarkRecord map the screens use (units in code order), without copying:
* the record's own mark objects become the MarkRecords (their keys added), and its `marks` object the map when its
* units are already in code order. For records read only to become this map —
* the marks feed's read of a whole session, 400,000 marks at 50,000 candidates, where the copies doubled the work of
* the garbage collector. `stored` is not to be used afterwards.
*/
function adoptMarksByUnit(stored) {
	const { sessionId, candidateId, marks } = stored;
	const units = Object.keys(marks);
	let sorted = true;
	for (let i = 1; i < units.length && sorted; i++) sorted = units[i - 1] < units[i];
	const own = sorted ? marks : {};
	if (!sorted) units.sort();
	for (const unit of units) {
		const record = marks[unit];
		record.sessionId = sessionId;
		record.candidateId = candidateId;
		record.unit = unit;
		own[unit] = record;
	}
	return own;
}
function contentOf(record) {
	const { sessionId: _s, candidateId: _c, unit: _u, ...content } = record;
	return content;
}
/** One mark, or undefined. */
async function getMark(db, candidateId, unit) {
	return rowsOf(await db.candidateMarks.get(candidateId)).find((m) => m.unit === unit);
}
/** The marks at these keys, in their order (undefined where there is none). */
async function getMarks(db, keys) {
	const ids = [...new Set(keys.map(([candidateId]) => candidateId))];
	const stored = new Map(ids.map((id, i) => [id, i]));
	const found = await db.candidateMarks.bulkGet(ids);
	return keys.map(([candidateId, unit]) => {
		const record = found[stored.get(candidateId)];
		const mark = record?.marks[unit];
		return record && mark ? {
			sessionId: record.sessionId,
			candidateId,
			unit,
			...mark
		} : void 0;
	});
}
/** A candidate's marks, by unit code. */
async function candidateMarkRows(db, candidateId) {
	return rowsOf(await db.candidateMarks.get(candidateId));
}
/** The marks of these candidates, by candidate in the given order, then by unit code. */
async function marksOfCandidates(db, candidateIds) {
	return (await db.candidateMarks.bulkGet([...new Set(candidateIds)])).flatMap(rowsOf);
}
/** The marks of a session, by candidate id then unit code. */
async function listMarks(db, sessionId) {
	return flattenMarks(await db.candidateMarks.where("sessionId").equals(sessionId).toArray());
}
/** Stored candidate records as MarkRecord rows, by candidate id then unit code. */
function flattenMarks(records) {
	return [...records].sort((a, b) => a.candidateId - b.candidateId).flatMap(rowsOf);
}
/**
* Deletes the marks at `deletes` (none there: nothing happens), then writes `puts` (replacing the marks at the same
* keys), keeping the candidates' other marks: one read and one write of each candidate's record.
*/
async function changeMarks(db, puts, deletes = []) {
	if (puts.length === 0 && deletes.length === 0) return;
	await db.transaction("rw", db.candidateMarks, async () => {
		const ids = [.../* @__PURE__ */ new Set([...deletes.map(([candidateId]) => candidateId), ...puts.map((r) => r.candidateId)])];
		const found = await db.candidateMarks.bulkGet(ids);
		const next = /* @__PURE__ */ new Map();
		ids.forEach((id, i) => {
			const old = found[i];
			if (old) next.set(id, {
				...old,
				marks: { ...old.marks }
			});
		});
		const changed = /* @__PURE__ */ new Set();
		for (const [candidateId, unit] of deletes) {
			const target = next.get(candidateId);
			if (target && unit in target.marks) {
				delete target.marks[unit];
				changed.add(candidateId);
			}
		}
		for (const record of puts) {
			let target = next.get(record.candidateId);
			if (!target) next.set(record.candidateId, target = {
				sessionId: record.sessionId,
				candidateId: record.candidateId,
				marks: {}
			});
			if (target.sessionId !== record.sessionId) throw new Error("changeMarks: a mark of another session");
			target.marks[record.unit] = contentOf(record);
			changed.add(record.candidateId);
		}
		const records = [...changed].map((id) => next.get(id));
		const emptied = records.filter((r) => Object.keys(r.marks).length === 0).map((r) => r.candidateId);
		const kept = records.filter((r) => Object.keys(r.marks).length > 0);
		if (emptied.length > 0) await db.candidateMarks.bulkDelete(emptied);
		if (kept.length > 0) await db.candidateMarks.bulkPut(kept);
	});
}
/** Writes these marks (see changeMarks). */
async function putMarks(db, records) {
	await changeMarks(db, records);
}
/** Writes one mark (see changeMarks). */
async function putMark(db, record) {
	await changeMarks(db, [record]);
}
/** Deletes the marks at these keys (see changeMarks). */
async function deleteMarks(db, keys) {
	await changeMarks(db, [], keys);
}
/** Deletes one mark (see deleteMarks). */
async function deleteMark(db, candidateId, unit) {
	await deleteMarks(db, [[candidateId, unit]]);
}
/** Deletes every mark of these candidates. */
async function deleteCandidatesMarks(db, candidateIds) {
	await db.candidateMarks.bulkDelete([...candidateIds]);
}
/** Deletes every mark of a session. */
async function deleteSessionMarks(db, sessionId) {
	await db.candidateMarks.where("sessionId").equals(sessionId).delete();
}
/**
* Writes the marks of candidates that have none yet (just created, e.g. by an import): one write of each candidate's
* record, no read, no copy (an import of 50,000 candidates builds the records as they are stored). A record already
* there for one of them is replaced. Returns the table's own promise, not an async function's: a caller may start
* this write before awaiting an earlier one in the same transaction.
*/
function addNewCandidatesMarks(db, records) {
	return db.candidateMarks.bulkPut(records.filter((r) => Object.keys(r.marks).length > 0));
}
export { markChangeNeedsReason as C, normalizeSearchText as D, openDatabase as E, markText as S, juryMemberOf as T, putMarks as _, checkMarkRecord as a, guardTables as b, deleteSessionMarks as c, getMarks as d, listMarks as f, putMark as g, marksTable as h, changeMarks as i, flattenMarks as l, marksOfCandidates as m, adoptMarksByUnit as n, deleteCandidatesMarks as o, marksByCandidate as p, candidateMarkRows as r, deleteMark as s, addNewCandidatesMarks as t, getMark as u, setMark as v, markEditable as w, markGuard as x, setMarkFlags as y };
