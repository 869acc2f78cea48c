const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./example-session-C7zPcFUS.js","./exact-Cpdw3sSx.js","./marks-B5B9zhMh.js","./presets-Cf2HfyzO.js","./stage-C1uuiMv2.js","./regulation-CUY09-RS.js","./results-CXJABGNk.js","./session-D2Rp9qN2.js","./grids-BLNduPl5.js","./dates-qyPr0vLJ.js","./livret-PcoQAaJt.js","./imports-BGOGJLXp.js","./numero-lCn5603m.js","./candidates-Dyu0TMUA.js","./validate-CipAkb3j.js","./rolldown-runtime-CO0Nlsmt.js","./text-gjivuZnp.js","./checks-CTzZ-No0.js","./marks-CjJ86PdP.js","./etablissements-1LXKyuA5.js","./conformity-D6pSmONf.js","./conformity-CRa_d-4n.js","./last-import-2R46sbpf.js","./session-regulation-DOdON6EM.js","./session-regulation-CrYn_B5i.js","./regulation-data-CNGROMi6.js","./session-csv-CWMD_zE4.js","./csv-ViKb-jGC.js","./cells-DxylALqc.js","./dates-BZmzPFtD.js","./headers-DmUZuWP7.js","./results-csv-BStdo_NF.js"])))=>i.map(i=>d[i]);
import { $ as update, Q as state, X as proxy, Z as set, et as user_derived, z as get } from "./disclose-version-DzsNc0kE.js";
import { d as RangeSet, f as liveQuery, u as Dexie } from "./validate-CipAkb3j.js";
import { f as unitForms, r as formatMark } from "./marks-B5B9zhMh.js";
import { n as getPreset } from "./presets-Cf2HfyzO.js";
import { a as candidateMarksOf, t as CONTROLE_PREFIX } from "./session-D2Rp9qN2.js";
import { a as deleteCandidates, d as updateCandidate, l as restoreCandidates, r as candidatesPage, s as listCandidates, t as addCandidate } from "./candidates-Dyu0TMUA.js";
import { a as listEtablissements, o as updateEtablissement, r as deleteEtablissement, t as addEtablissement } from "./etablissements-1LXKyuA5.js";
import { C as markChangeNeedsReason, D as normalizeSearchText, m as marksOfCandidates, n as adoptMarksByUnit, p as marksByCandidate, v as setMark, w as markEditable, y as setMarkFlags } from "./marks-CjJ86PdP.js";
import { r as listConformity, s as setNvWithReasons } from "./conformity-D6pSmONf.js";
import { a as listSessions, c as getSetting, i as deleteSession, l as setSetting, n as createSession, o as updateSession, r as createSessionWithContent } from "./sessions-BYURtC4F.js";
import { a as storageFailure } from "./storage-CeWyakf3.js";
import { n as runAction, t as errorNotice } from "./actions-BpN36JFP.js";
import { t as lastImport } from "./last-import-2R46sbpf.js";
import { r as computeResult, t as DECISIONS } from "./results-CXJABGNk.js";
import { t as hasUnsavedDrafts } from "./unsaved-drafts-BwnCVRMY.js";
import { n as checkName } from "./text-gjivuZnp.js";
import { t as __vitePreload } from "./preload-helper-CALLvQDj.js";
// src/ui/state/pending-writes.ts
var pending = 0;
var listeners = /* @__PURE__ */ new Set();
function change(delta) {
	pending += delta;
	for (const listener of listeners) listener(pending);
}
/** Called with the count each time it changes; returns the unsubscribe function. */
function onPendingWrites(listener) {
	listeners.add(listener);
	return () => listeners.delete(listener);
}
/** Resolves once no write is pending (at once when none is). */
function whenNoPendingWrites() {
	if (pending === 0) return Promise.resolve();
	return new Promise((resolve) => {
		const stop = onPendingWrites((count) => {
			if (count > 0) return;
			stop();
			resolve();
		});
	});
}
/** Counts `work` as a pending write until it settles. */
async function trackWrite(work) {
	change(1);
	try {
		return await work();
	} finally {
		change(-1);
	}
}
/** Dexie addon: every read-write transaction counts as pending until it completes or aborts. */
function trackPendingWrites(db) {
	db.use({
		stack: "dbcore",
		name: "pendingWrites",
		create: (down) => ({
			...down,
			transaction(stores, mode, options) {
				const tx = down.transaction(stores, mode, options);
				const events = tx;
				if (mode === "readwrite" && typeof events.addEventListener === "function") {
					change(1);
					let open = true;
					const done = () => {
						if (!open) return;
						open = false;
						change(-1);
					};
					for (const type of ["complete", "abort"]) events.addEventListener(type, done);
				}
				return tx;
			}
		})
	});
}
/**
* While a write is pending, or a grid's blank row holds something typed and not stored (unsaved-drafts.ts), asks
* the browser to confirm before leaving the page. Returns the function that removes the handler.
*/
function confirmLeavingWhileWriting(target = window) {
	const handler = (event) => {
		if (pending === 0 && !hasUnsavedDrafts()) return;
		event.preventDefault();
		try {
			event.returnValue = "Une modification est en cours d’enregistrement.";
		} catch {}
	};
	target.addEventListener("beforeunload", handler);
	return () => target.removeEventListener("beforeunload", handler);
}
// src/ui/state/candidate-view.ts
/** One row of the workspace: a candidate with its établissement, marks, forms and live result. */
var NO_MARKS = Object.freeze({});
var numeroOrder = new Intl.Collator("fr", { numeric: true }).compare;
function resultOf(marks, regulation) {
	return computeResult(candidateMarksOf(Object.values(marks)), regulation);
}
/**
* Every row, sorted by numero. A row of `previous` whose candidate, établissement and marks are the same objects is
* kept as it is; one whose marks only are the same keeps its result (the engine depends on the marks alone).
*/
function buildViews(candidates, marks, etablissements, regulation, previous = []) {
	const etabById = new Map(etablissements.map((e) => [e.id, e]));
	const before = new Map(previous.map((v) => [v.id, v]));
	const views = candidates.map((candidate) => {
		const id = candidate.id;
		const etablissement = candidate.etablissementId === null ? null : etabById.get(candidate.etablissementId) ?? null;
		const own = marks.get(id) ?? NO_MARKS;
		const old = before.get(id);
		if (old && old.candidate === candidate && old.etablissement === etablissement && old.marks === own) return old;
		return {
			id,
			candidate,
			etablissement,
			marks: own,
			forms: old && old.candidate === candidate && old.etablissement === etablissement ? old.forms : unitForms(candidate, regulation, etablissement?.type ?? null),
			result: old && old.marks === own ? old.result : resultOf(own, regulation)
		};
	});
	const byNumero = (a, b) => numeroOrder(a.candidate.numero, b.candidate.numero);
	for (let i = 1; i < views.length; i++) if (byNumero(views[i - 1], views[i]) > 0) return views.sort(byNumero);
	return views;
}
/**
* The rows after the marks of `changed` candidates changed: only theirs are recomputed (new objects, so that the
* grid sees which rows to redraw); the others and the order are kept. Gives the same rows as `buildViews`.
*/
function patchViews(views, changed, marks, regulation) {
	const next = views.slice();
	const positions = positionsOf(views);
	const counts = countCache.get(views);
	const nextCounts = counts ? { ...counts } : null;
	for (const id of changed) {
		const index = positions.get(id);
		if (index === void 0) continue;
		const view = next[index];
		const own = marks.get(id) ?? NO_MARKS;
		if (own === view.marks) continue;
		const patched = {
			...view,
			marks: own,
			result: resultOf(own, regulation)
		};
		next[index] = patched;
		if (nextCounts) {
			nextCounts[view.result.decision]--;
			nextCounts[patched.result.decision]++;
		}
	}
	positionCache.set(next, positions);
	if (nextCounts) countCache.set(next, nextCounts);
	return next;
}
/** The counts of a rows array, kept so that a patch (one mark typed) updates them instead of counting 50,000 rows again. */
var countCache = /* @__PURE__ */ new WeakMap();
var positionCache = /* @__PURE__ */ new WeakMap();
/** Candidate id → index in `views` (cached per array: patches keep the order, so it is carried over). */
function positionsOf(views) {
	let positions = positionCache.get(views);
	if (!positions) {
		positions = new Map(views.map((v, index) => [v.id, index]));
		positionCache.set(views, positions);
	}
	return positions;
}
function countDecisions(views) {
	const known = countCache.get(views);
	if (known) return { ...known };
	const counts = Object.fromEntries(DECISIONS.map((d) => [d, 0]));
	for (const v of views) counts[v.result.decision]++;
	countCache.set(views, { ...counts });
	return counts;
}
function resultsRows(views) {
	return views.map((v) => ({
		numero: v.candidate.numero,
		nom: v.candidate.nom,
		prenom: v.candidate.prenom,
		result: v.result
	}));
}
// src/ui/state/marks-feed.ts
/**
* The marks of the open session, kept in memory and followed change by change.
*
* A liveQuery over the session's marks would read all of them again after every edit: 500,000 records at 50,000
* candidates, seconds of a frozen page per mark typed. Instead, the marks are read once, then Dexie's global
* `storagemutated` event (fired after each committed transaction, in this tab and, through a BroadcastChannel, in
* the others) says which primary keys (candidate ids, one record per candidate since schema v8) of the
* `candidateMarks` table changed: only those candidates' marks are read again. When Dexie knows a range only
* (bulk writes of 50 records or more, deletes by range, another tab
* coming back from the back/forward cache), everything is read again, as liveQuery would.
*/
/** The candidates whose marks a commit touched: their ids, `all` when only a range is known, null when none. */
function touchedCandidates(parts, dbName) {
	if ("all" in parts) return "all";
	const tree = parts[`idb://${dbName}/candidateMarks/`];
	if (!tree) return null;
	const ids = /* @__PURE__ */ new Set();
	for (const { from, to } of RangeSet(tree)) {
		if (typeof from !== "number" || from !== to) return "all";
		ids.add(from);
	}
	return ids.size > 0 ? ids : null;
}
var MarksFeed = class {
	#db;
	#sessionId;
	#onChange;
	#onError;
	#marks = /* @__PURE__ */ new Map();
	#pending = "all";
	#running = false;
	#stopped = false;
	/** Marks written by this tab and not committed yet, shown meanwhile (key: `candidateId\0unit`; null: no mark). */
	#optimistic = /* @__PURE__ */ new Map();
	constructor(db, sessionId, onChange, onError) {
		this.#db = db;
		this.#sessionId = sessionId;
		this.#onChange = onChange;
		this.#onError = onError;
		Dexie.on.storagemutated.subscribe(this.#onMutated);
		this.#drain();
	}
	stop() {
		this.#stopped = true;
		Dexie.on.storagemutated.unsubscribe(this.#onMutated);
	}
	/**
	* Shows `record` (null: no mark) for that candidate and unit at once, before the write commits. `settle()` (the
	* returned function) ends it; the candidate's marks are then read again, whether the write was stored or refused.
	*/
	optimistic(candidateId, unit, record) {
		const key = `${candidateId}\u0000${unit}`;
		this.#optimistic.set(key, record);
		this.#apply(/* @__PURE__ */ new Set([candidateId]), /* @__PURE__ */ new Map([[candidateId, this.#withOptimistic(candidateId, Object.values(this.#marks.get(candidateId) ?? {}))]]));
		return () => {
			if (this.#optimistic.get(key) === record) this.#optimistic.delete(key);
			this.#schedule(/* @__PURE__ */ new Set([candidateId]));
		};
	}
	#onMutated = (parts) => {
		const touched = touchedCandidates(parts, this.#db.name);
		if (touched) this.#schedule(touched);
	};
	#schedule(touched) {
		if (this.#stopped) return;
		if (touched === "all" || this.#pending === "all") this.#pending = "all";
		else if (this.#pending === null) this.#pending = new Set(touched);
		else for (const id of touched) this.#pending.add(id);
		this.#drain();
	}
	/** Reads what changed, one read at a time, until nothing is pending (a change during a read is read after it). */
	async #drain() {
		if (this.#running) return;
		this.#running = true;
		try {
			while (this.#pending !== null && !this.#stopped) {
				const wanted = this.#pending;
				this.#pending = null;
				if (wanted === "all") {
					const stored = await readSessionRecords(this.#db, this.#sessionId);
					if (this.#stopped) return;
					this.#marks = new Map(stored.map((record) => [record.candidateId, adoptMarksByUnit(record)]));
					const ids = new Set([...this.#optimistic.keys()].map((key) => Number(key.split("\0")[0])));
					for (const id of ids) this.#marks.set(id, this.#withOptimistic(id, Object.values(this.#marks.get(id) ?? {})));
					this.#onChange({
						marks: this.#marks,
						changed: "all"
					});
				} else {
					const ids = [...wanted];
					const records = await marksOfCandidates(this.#db, ids);
					if (this.#stopped) return;
					const byCandidate = new Map(ids.map((id) => [id, []]));
					for (const record of records) if (record.sessionId === this.#sessionId) byCandidate.get(record.candidateId)?.push(record);
					this.#apply(wanted, new Map([...byCandidate].map(([id, own]) => [id, this.#withOptimistic(id, own)])));
				}
			}
		} catch (error) {
			if (!this.#stopped) this.#onError(error);
		} finally {
			this.#running = false;
		}
	}
	#apply(changed, fresh) {
		for (const [id, own] of fresh) if (Object.keys(own).length === 0) this.#marks.delete(id);
		else this.#marks.set(id, own);
		this.#onChange({
			marks: this.#marks,
			changed
		});
	}
	/** A candidate's records as a unit → record map, with this tab's uncommitted writes over them. */
	#withOptimistic(candidateId, records) {
		const own = {};
		for (const record of records) own[record.unit] = record;
		const prefix = `${candidateId}\u0000`;
		for (const [key, record] of this.#optimistic) {
			if (!key.startsWith(prefix)) continue;
			const unit = key.slice(prefix.length);
			if (record) own[unit] = record;
			else delete own[unit];
		}
		return own;
	}
};
/** Parallel reads of this many ranges of candidates. */
var READ_CHUNKS = 16;
/** The session's stored marks records (one per candidate with marks), read as readSessionMarks says. */
async function readSessionRecords(db, sessionId) {
	return db.transaction("r", [db.candidates, db.candidateMarks], async () => {
		const [first, last] = await Promise.all([db.candidates.where("sessionId").equals(sessionId).first(), db.candidates.where("sessionId").equals(sessionId).last()]);
		if (!first?.id || !last?.id) return [];
		const from = first.id;
		const step = Math.max(1, Math.ceil((last.id + 1 - from) / READ_CHUNKS));
		const ranges = [];
		for (let low = from; low <= last.id; low += step) ranges.push([low, low + step]);
		return (await Promise.all(ranges.map(([low, high]) => db.candidateMarks.where(":id").between(low, high, true, false).toArray()))).flat().filter((m) => m.sessionId === sessionId);
	});
}
// src/ui/state/tab-member.svelte.ts
var KEY = "delib.juryMember";
function defaultStorage() {
	try {
		return typeof sessionStorage === "undefined" ? null : sessionStorage;
	} catch {
		return null;
	}
}
var TabMember = class {
	#name = state("");
	get name() {
		return get(this.#name);
	}
	set name(value) {
		set(this.#name, value, true);
	}
	#db;
	#storage;
	constructor(db, storage = defaultStorage()) {
		this.#db = db;
		this.#storage = storage;
		let saved;
		try {
			saved = storage?.getItem(KEY) ?? "";
		} catch {
			saved = "";
		}
		this.name = checkName(saved, "Le nom du membre du jury", false).ok ? saved.trim() : "";
		db.juryMember = this.name;
	}
	/** Sets this tab's member; returns the French reason when the name is refused (empty, control characters, too long). */
	set(name) {
		const checked = checkName(name, "Le nom du membre du jury", true);
		if (!checked.ok) return checked.message;
		this.name = checked.value;
		this.#db.juryMember = checked.value;
		try {
			this.#storage?.setItem(KEY, checked.value);
		} catch {}
		return null;
	}
};
// src/ui/state/workspace.svelte.ts
var Workspace = class {
	db;
	#sessions = state([]);
	get sessions() {
		return get(this.#sessions);
	}
	set sessions(value) {
		set(this.#sessions, value);
	}
	#openSessionId = state(null);
	get openSessionId() {
		return get(this.#openSessionId);
	}
	set openSessionId(value) {
		set(this.#openSessionId, value, true);
	}
	#etablissements = state([]);
	get etablissements() {
		return get(this.#etablissements);
	}
	set etablissements(value) {
		set(this.#etablissements, value);
	}
	#candidates = state([]);
	get candidates() {
		return get(this.#candidates);
	}
	set candidates(value) {
		set(this.#candidates, value);
	}
	#conformity = state([]);
	get conformity() {
		return get(this.#conformity);
	}
	set conformity(value) {
		set(this.#conformity, value);
	}
	#ready = state(false);
	get ready() {
		return get(this.#ready);
	}
	set ready(value) {
		set(this.#ready, value, true);
	}
	#storageProblem = state(null);
	get storageProblem() {
		return get(this.#storageProblem);
	}
	set storageProblem(value) {
		set(this.#storageProblem, value);
	}
	#notice = state(null);
	get notice() {
		return get(this.#notice);
	}
	set notice(value) {
		set(this.#notice, value, true);
	}
	#undo = state(null);
	get undo() {
		return get(this.#undo);
	}
	set undo(value) {
		set(this.#undo, value);
	}
	#lastImport = state(null);
	get lastImport() {
		return get(this.#lastImport);
	}
	set lastImport(value) {
		set(this.#lastImport, value);
	}
	#deliberation = state(null);
	get deliberation() {
		return get(this.#deliberation);
	}
	set deliberation(value) {
		set(this.#deliberation, value);
	}
	#phase = user_derived(() => this.deliberation?.phase ?? "preparation");
	get phase() {
		return get(this.#phase);
	}
	set phase(value) {
		set(this.#phase, value);
	}
	#filters = state(proxy({
		search: "",
		etablissementId: null,
		decision: null
	}));
	get filters() {
		return get(this.#filters);
	}
	set filters(value) {
		set(this.#filters, value, true);
	}
	#selectedCandidateId = state(null);
	get selectedCandidateId() {
		return get(this.#selectedCandidateId);
	}
	set selectedCandidateId(value) {
		set(this.#selectedCandidateId, value, true);
	}
	#session = user_derived(() => this.sessions.find((s) => s.id === this.openSessionId) ?? null);
	get session() {
		return get(this.#session);
	}
	set session(value) {
		set(this.#session, value);
	}
	#regulation = user_derived(() => this.#stableRegulation(this.session ? this.session.regulation ?? getPreset(this.session.presetId) ?? null : null));
	get regulation() {
		return get(this.#regulation);
	}
	set regulation(value) {
		set(this.#regulation, value);
	}
	#lastRegulation = null;
	#stableRegulation(regulation) {
		if (!regulation) return null;
		const json = JSON.stringify(regulation);
		if (this.#lastRegulation?.json === json) return this.#lastRegulation.regulation;
		this.#lastRegulation = {
			json,
			regulation
		};
		return regulation;
	}
	/** The marks of the open session, by candidate then unit; updated in place by the feed (see #marksVersion). */
	#marks = /* @__PURE__ */ new Map();
	#marksFeed = null;
	/** Bumped at each change of #marks; false until the first full read (no rows are built from missing marks). */
	#marksVersion = state(0);
	#marksLoaded = state(false);
	/** True once the open session's candidates have been read whole. */
	#candidatesLoaded = state(false);
	/**
	* The first rows of the grid (FIRST_PAGE candidates by numero, each with all of its marks), read before the rest of
	* a large session: shown while the whole session is being read. Null once everything is read.
	*/
	/** Bumped by each #watch and by stop(): a read started for an earlier one is dropped. */
	#generation = 0;
	/** What #watch reads once the open session is loaded whole (the last import's record); null once started. */
	#afterLoad = null;
	#firstPage = state(null);
	/** Candidates whose marks changed since `views` was last computed (`all`: every one). */
	#dirty = "all";
	#memo = null;
	#_marks = user_derived(
		/** Every mark record of the open session (made on demand from the marks by candidate). */
		() => {
			get(this.#marksVersion);
			const all = [];
			for (const own of this.#marks.values()) for (const record of Object.values(own)) all.push(record);
			return all;
		}
	);
	get marks() {
		return get(this.#_marks);
	}
	set marks(value) {
		set(this.#_marks, value);
	}
	#views = user_derived(() => this.#computeViews(this.candidates, this.etablissements, this.regulation, get(this.#marksVersion)));
	get views() {
		return get(this.#views);
	}
	set views(value) {
		set(this.#views, value);
	}
	#visibleViews = user_derived(() => this.filterViews(this.views, this.filters));
	get visibleViews() {
		return get(this.#visibleViews);
	}
	set visibleViews(value) {
		set(this.#visibleViews, value);
	}
	#loading = user_derived(() => this.openSessionId !== null && !(get(this.#candidatesLoaded) && get(this.#marksLoaded)));
	get loading() {
		return get(this.#loading);
	}
	set loading(value) {
		set(this.#loading, value);
	}
	#firstViews = user_derived(() => {
		const page = get(this.#firstPage);
		if (!page || !this.regulation || page.sessionId !== this.openSessionId) return [];
		return buildViews(page.candidates, marksByCandidate(page.marks), this.etablissements, this.regulation);
	});
	get firstViews() {
		return get(this.#firstViews);
	}
	set firstViews(value) {
		set(this.#firstViews, value);
	}
	#gridViews = user_derived(() => this.loading ? this.filterViews(this.firstViews, this.filters) : this.visibleViews);
	get gridViews() {
		return get(this.#gridViews);
	}
	set gridViews(value) {
		set(this.#gridViews, value);
	}
	#counts = user_derived(() => countDecisions(this.visibleViews));
	get counts() {
		return get(this.#counts);
	}
	set counts(value) {
		set(this.#counts, value);
	}
	#selected = user_derived(() => this.views.find((v) => v.id === this.selectedCandidateId) ?? null);
	get selected() {
		return get(this.#selected);
	}
	set selected(value) {
		set(this.#selected, value);
	}
	#selectedVisible = user_derived(() => this.visibleViews.find((v) => v.id === this.selectedCandidateId) ?? null);
	get selectedVisible() {
		return get(this.#selectedVisible);
	}
	set selectedVisible(value) {
		set(this.#selectedVisible, value);
	}
	#sessionSubscription = null;
	#dataSubscriptions = [];
	member;
	#saved = /* @__PURE__ */ new Map();
	#marksChannel;
	constructor(db) {
		this.db = db;
		this.member = new TabMember(db);
		this.#marksChannel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(`delib-marks/${db.name}`);
		if (this.#marksChannel) this.#marksChannel.onmessage = (event) => this.#savedElsewhere(event.data);
	}
	/** Starts listening to the database; call once. */
	async start() {
		let saved;
		try {
			saved = await getSetting(this.db, "openSessionId");
		} catch (error) {
			this.storageProblem = storageFailure(error);
			console.warn(error);
			return;
		}
		this.#sessionSubscription = liveQuery(() => listSessions(this.db)).subscribe({
			next: (sessions) => {
				this.sessions = sessions;
				if (this.openSessionId !== null && !sessions.some((s) => s.id === this.openSessionId)) this.#watch(null);
				if (!this.ready) {
					this.ready = true;
					const initial = sessions.find((s) => s.id === saved) ?? sessions[0];
					if (initial?.id !== void 0) this.#watch(initial.id);
				}
			},
			error: (error) => {
				if (this.ready) this.notice = errorNotice(error);
				else this.storageProblem = storageFailure(error);
			}
		});
	}
	stop() {
		this.#generation++;
		this.#marksChannel?.close();
		this.#sessionSubscription?.unsubscribe();
		this.#dataSubscriptions.forEach((s) => s.unsubscribe());
		this.#marksFeed?.stop();
	}
	#watch(sessionId) {
		this.#dataSubscriptions.forEach((s) => s.unsubscribe());
		this.#dataSubscriptions = [];
		if (sessionId !== this.openSessionId) this.filters = {
			search: "",
			etablissementId: null,
			decision: null
		};
		this.openSessionId = sessionId;
		this.selectedCandidateId = null;
		this.etablissements = [];
		this.candidates = [];
		this.#marksFeed?.stop();
		this.#marksFeed = null;
		this.#marks = /* @__PURE__ */ new Map();
		set(this.#marksLoaded, false);
		set(this.#candidatesLoaded, false);
		set(this.#firstPage, null);
		this.#afterLoad = null;
		this.#dirty = "all";
		update(this.#marksVersion);
		this.lastImport = null;
		this.deliberation = null;
		if (sessionId === null) {
			this.#generation++;
			return;
		}
		const generation = ++this.#generation;
		const watch = (query, assign) => liveQuery(query).subscribe({
			next: assign,
			error: (error) => {
				this.notice = errorNotice(error);
			}
		});
		this.#dataSubscriptions = [watch(() => listEtablissements(this.db, sessionId), (v) => this.etablissements = v), watch(() => this.db.deliberations.get(sessionId), (v) => this.deliberation = v ?? null)];
		this.#afterLoad = () => {
			if (generation !== this.#generation) return;
			this.#dataSubscriptions.push(watch(() => lastImport(this.db, sessionId), (v) => this.lastImport = v ?? null));
		};
		const readWhole = () => {
			if (generation !== this.#generation) return;
			this.#dataSubscriptions.push(watch(() => listCandidates(this.db, sessionId), (v) => {
				this.candidates = v;
				set(this.#candidatesLoaded, true);
				this.#loaded();
			}), watch(() => listConformity(this.db, sessionId), (v) => this.conformity = v));
			this.#marksFeed = new MarksFeed(this.db, sessionId, (change) => this.#marksChanged(change), (error) => {
				this.notice = errorNotice(error);
			});
		};
		candidatesPage(this.db, sessionId, 100).then(({ candidates, marks }) => {
			if (generation === this.#generation) set(this.#firstPage, {
				sessionId,
				candidates,
				marks
			});
			readWhole();
		}, () => readWhole());
	}
	#marksChanged({ marks, changed }) {
		this.#marks = marks;
		if (changed === "all") this.#dirty = "all";
		else if (this.#dirty !== "all") for (const id of changed) this.#dirty.add(id);
		if (changed === "all") set(this.#marksLoaded, true);
		update(this.#marksVersion);
		this.#loaded();
	}
	/** Once everything is read, the first rows are the grid's own: their separate copy is dropped. */
	#loaded() {
		if (!(get(this.#candidatesLoaded) && get(this.#marksLoaded))) return;
		set(this.#firstPage, null);
		const afterLoad = this.#afterLoad;
		this.#afterLoad = null;
		if (afterLoad) afterPaint(afterLoad);
	}
	#computeViews(candidates, etablissements, regulation, _version) {
		if (!regulation || !get(this.#marksLoaded) || !get(this.#candidatesLoaded)) {
			this.#memo = null;
			this.#dirty = "all";
			return [];
		}
		const memo = this.#memo;
		const dirty = this.#dirty;
		this.#dirty = /* @__PURE__ */ new Set();
		let views;
		if (memo && dirty !== "all" && memo.candidates === candidates && memo.etablissements === etablissements && memo.regulation === regulation) views = dirty.size === 0 ? memo.views : patchViews(memo.views, dirty, this.#marks, regulation);
		else views = buildViews(candidates, this.#marks, etablissements, regulation, memo?.regulation === regulation ? memo.views : []);
		this.#memo = {
			candidates,
			etablissements,
			regulation,
			views
		};
		return views;
	}
	async openSession(sessionId) {
		this.#watch(sessionId);
		await setSetting(this.db, "openSessionId", sessionId);
	}
	/**
	* Runs a user action; a refusal (UserError) or failure becomes a French notice, never a half-write. It counts as a
	* pending write until it settles (the page asks before closing meanwhile).
	*/
	#act(action, success) {
		return runAction(() => trackWrite(action), (notice) => {
			this.notice = notice;
		}, success);
	}
	async loadExample() {
		const example = await this.#act(async () => (await __vitePreload(async () => {
			const { buildExampleSession } = await import("./example-session-C7zPcFUS.js");
			return { buildExampleSession };
		}, __vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10]), import.meta.url)).buildExampleSession());
		if (!example) return;
		const id = await this.#act(() => createSessionWithContent(this.db, example), `Session d'exemple chargée : ${example.candidates.length} candidats fictifs.`);
		if (id !== void 0) await this.openSession(id);
	}
	/**
	* Creates a session named after the file and imports the plan into it, in one transaction: if the
	* import is refused, no empty session is left behind.
	*/
	async importIntoNewSession(plan, fileName, presetId, onProgress, signal) {
		const name = fileName.replace(/\.[^.]+$/, "") || "Session importée";
		const id = await this.#act(() => __vitePreload(async () => {
			const { applyImportPlan } = await import("./imports-BGOGJLXp.js");
			return { applyImportPlan };
		}, __vite__mapDeps([11,12,7,13,14,15,9,3,4,16,17,5,2,1,18,8,19,20,21,22]), import.meta.url).then(({ applyImportPlan }) => this.db.transaction("rw", this.db.tables, async () => {
			const sessionId = await createSession(this.db, {
				name,
				academie: "",
				year: (/* @__PURE__ */ new Date()).getFullYear(),
				presetId,
				depositDeadline: null
			});
			await applyImportPlan(this.db, sessionId, plan, fileName, onProgress, signal);
			return sessionId;
		})));
		if (id === void 0) return false;
		this.notice = {
			kind: "info",
			text: `Session « ${name} » créée à partir de « ${fileName} ».`
		};
		await this.openSession(id);
		return true;
	}
	/** Replaces the open session's regulation (issue 17: checked whole, refused once the deliberation is open). */
	async saveRegulation(regulation) {
		const sessionId = this.openSessionId;
		if (sessionId === null) return false;
		const { updateSessionRegulation } = await __vitePreload(async () => {
			const { updateSessionRegulation } = await import("./session-regulation-DOdON6EM.js");
			return { updateSessionRegulation };
		}, __vite__mapDeps([23,24,25,5,6,1,2,7,13,14,15,9,3,4,16,17,12,18,8]), import.meta.url);
		return await this.#act(() => updateSessionRegulation(this.db, sessionId, regulation), "Réglementation de la session enregistrée.") !== void 0;
	}
	async createSession(data) {
		const id = await this.#act(() => createSession(this.db, data), `Session « ${data.name} » créée.`);
		if (id === void 0) return false;
		await this.openSession(id);
		return true;
	}
	async deleteOpenSession() {
		const id = this.openSessionId;
		if (id === null) return;
		const name = this.session?.name ?? "";
		await this.#act(() => deleteSession(this.db, id), `Session « ${name} » supprimée.`);
		const next = this.sessions.find((s) => s.id !== id);
		this.#watch(next?.id ?? null);
		await setSetting(this.db, "openSessionId", next?.id ?? null);
	}
	/** Whether a unit's marks can be changed in the current phase (the db refuses anyway: this is for the grid). */
	canEdit(unit) {
		return !this.loading && markEditable(this.phase, unit.startsWith("controle_"));
	}
	/** Once the deliberation is open, a change needs the jury's reason (logged in the audit trail). */
	needsReason(unit, before) {
		return markChangeNeedsReason(this.phase, unit.startsWith(CONTROLE_PREFIX), before);
	}
	/**
	* Stores a mark. The row and the counts show it at once, before the write commits; if the write is refused, they
	* go back to what is stored.
	*/
	async setMark(candidateId, unit, value, reason) {
		const settle = this.#showMark(candidateId, unit, value);
		try {
			const done = await this.#act(async () => {
				await setMark(this.db, {
					candidateId,
					unit,
					value,
					reason
				});
				return true;
			});
			if (done === true && this.notice?.kind === "error") this.notice = null;
			if (done === true) this.#announceSaved(candidateId, unit, value);
			return done === true;
		} finally {
			settle?.();
		}
	}
	/**
	* NV with its annexe 4 reasons (typed in the grid, or given later for an NV without reason): the dossier's
	* conformity record and the NV in one transaction. False if refused (nothing written).
	*/
	async setNvWithReasons(candidateId, unit, items, other) {
		const settle = this.#showMark(candidateId, unit, { kind: "NV" });
		try {
			return await this.#act(async () => {
				await setNvWithReasons(this.db, {
					candidateId,
					unit,
					items,
					other
				});
				return true;
			}, `${unit} : NV enregistré avec son motif ; la notice est disponible dans l'onglet « Conformité des dossiers ».`) === true;
		} finally {
			settle?.();
		}
	}
	#announceSaved(candidateId, unit, value) {
		const sessionId = this.openSessionId;
		if (sessionId === null) return;
		this.#saved.set(`${candidateId}\0${unit}`, value);
		const message = {
			sessionId,
			candidateId,
			unit,
			value,
			member: this.member.name
		};
		try {
			this.#marksChannel?.postMessage(message);
		} catch {}
	}
	#savedElsewhere(message) {
		if (!message || message.sessionId !== this.openSessionId) return;
		const key = `${message.candidateId}\0${message.unit}`;
		const mine = this.#saved.get(key);
		if (!mine || formatMark(mine) === formatMark(message.value)) return;
		this.#saved.delete(key);
		const candidate = this.candidates.find((c) => c.id === message.candidateId);
		const who = candidate ? `${candidate.nom} ${candidate.prenom} (${candidate.numero})` : `candidat n° ${message.candidateId}`;
		const label = message.unit.startsWith("controle_") ? `contrôle ${message.unit.slice(CONTROLE_PREFIX.length)}` : message.unit;
		const show = (mark) => formatMark(mark) || "vide";
		this.notice = {
			kind: "error",
			text: `Note remplacée depuis un autre onglet : ${label} de ${who} — vous aviez saisi « ${show(mine)} », ${message.member ? `${message.member} a enregistré` : "un autre onglet a enregistré"} « ${show(message.value)} » juste après. C’est cette dernière note qui est enregistrée : vérifiez-la.`
		};
	}
	/** The mark as db/marks.ts's setMark will store it (flags kept; empty without flags: no record). */
	#showMark(candidateId, unit, value) {
		const sessionId = this.openSessionId;
		if (!this.#marksFeed || sessionId === null) return null;
		const before = this.#marks.get(candidateId)?.[unit];
		const record = before ? {
			...before,
			value
		} : {
			sessionId,
			candidateId,
			unit,
			value,
			sousReserve: false,
			benefice: null,
			updatedAt: ""
		};
		const blank = value.kind === "empty" && !record.sousReserve && record.benefice === null;
		return this.#marksFeed.optimistic(candidateId, unit, blank ? null : record);
	}
	async setMarkFlags(candidateId, unit, flags) {
		await this.#act(() => setMarkFlags(this.db, {
			candidateId,
			unit,
			...flags
		}));
	}
	async addCandidate(data) {
		const sessionId = this.openSessionId;
		if (sessionId === null) return void 0;
		return this.#act(() => addCandidate(this.db, {
			...data,
			sessionId
		}), `Candidat ${data.nom} ${data.prenom} ajouté.`);
	}
	async updateCandidate(id, changes) {
		return await this.#act(async () => {
			await updateCandidate(this.db, id, changes);
			return true;
		}) === true;
	}
	async deleteCandidates(ids) {
		const removed = await this.#act(() => deleteCandidates(this.db, ids));
		if (!removed) return;
		const count = removed.candidates.length;
		const label = count === 1 ? "1 candidat supprimé" : `${count} candidats supprimés`;
		this.notice = {
			kind: "info",
			text: `${label}, avec ses notes.`
		};
		this.undo = {
			label,
			run: async () => {
				this.undo = null;
				await this.#act(() => restoreCandidates(this.db, removed), "Suppression annulée : candidats et notes rétablis.");
			}
		};
	}
	async addEtablissement(data) {
		const sessionId = this.openSessionId;
		if (sessionId === null) return void 0;
		return this.#act(() => addEtablissement(this.db, {
			...data,
			sessionId
		}), `Établissement ${data.name} ajouté.`);
	}
	async updateEtablissement(id, changes) {
		return await this.#act(async () => {
			await updateEtablissement(this.db, id, changes);
			return true;
		}) === true;
	}
	async deleteEtablissement(id) {
		await this.#act(() => deleteEtablissement(this.db, id), "Établissement supprimé.");
	}
	/** Session settings the documents print (lieu, centre, address, contrôle window); false if refused. */
	async updateSessionSettings(changes) {
		const id = this.openSessionId;
		if (id === null) return false;
		return await this.#act(async () => {
			await updateSession(this.db, id, changes);
			return true;
		}, "Paramètres de la session enregistrés.") === true;
	}
	/** The open session as the import compares files with it. */
	snapshot() {
		if (!this.session || !this.regulation || this.loading) return null;
		return {
			regulation: this.regulation,
			year: this.session.year,
			etablissements: this.etablissements,
			candidates: this.candidates,
			marks: this.marks,
			conformity: this.conformity,
			depositDeadline: this.session.depositDeadline
		};
	}
	/** Writes exactly what the preview showed, in one transaction; false if refused or cancelled by `signal` (nothing written). */
	async applyImport(plan, fileName, onProgress, signal) {
		const sessionId = this.openSessionId;
		if (sessionId === null) return false;
		const undo = await this.#act(async () => (await __vitePreload(async () => {
			const { applyImportPlan } = await import("./imports-BGOGJLXp.js");
			return { applyImportPlan };
		}, __vite__mapDeps([11,12,7,13,14,15,9,3,4,16,17,5,2,1,18,8,19,20,21,22]), import.meta.url)).applyImportPlan(this.db, sessionId, plan, fileName, onProgress, signal));
		if (!undo) return false;
		this.notice = {
			kind: "info",
			text: `Import de « ${fileName} » appliqué : ${importSummary(undo)}.`
		};
		return true;
	}
	async undoLastImport() {
		const sessionId = this.openSessionId;
		if (sessionId === null) return;
		const undone = await this.#act(async () => (await __vitePreload(async () => {
			const { undoLastImport } = await import("./imports-BGOGJLXp.js");
			return { undoLastImport };
		}, __vite__mapDeps([11,12,7,13,14,15,9,3,4,16,17,5,2,1,18,8,19,20,21,22]), import.meta.url)).undoLastImport(this.db, sessionId));
		if (undone) this.notice = {
			kind: "info",
			text: `Import de « ${undone.fileName} » annulé : les valeurs d'avant sont rétablies.`
		};
	}
	/** The full session as CSV (identity, établissement, every mark and flag): it re-imports identically. */
	async sessionCsv() {
		const snapshot = this.snapshot();
		return snapshot ? (await __vitePreload(async () => {
			const { writeSessionCsv } = await import("./session-csv-CWMD_zE4.js");
			return { writeSessionCsv };
		}, __vite__mapDeps([26,2,1,12,27,15,28,17,5,7,29,9,30]), import.meta.url)).writeSessionCsv(snapshot) : "";
	}
	/** A teacher's sheet for one unit: numéro, nom, prénom and the unit, for the candidates shown. */
	async unitSheetCsv(unit) {
		const snapshot = this.snapshot();
		const shown = this.visibleViews.map((v) => v.id);
		return snapshot ? (await __vitePreload(async () => {
			const { writeUnitSheetCsv } = await import("./session-csv-CWMD_zE4.js");
			return { writeUnitSheetCsv };
		}, __vite__mapDeps([26,2,1,12,27,15,28,17,5,7,29,9,30]), import.meta.url)).writeUnitSheetCsv(snapshot, unit, shown) : "";
	}
	/** The results CSV of every candidate of the session (not only the filtered ones), as the CLI writes it. */
	async resultsCsv() {
		const rows = resultsRows(this.views);
		return (await __vitePreload(async () => {
			const { writeResultsCsv } = await import("./results-csv-BStdo_NF.js");
			return { writeResultsCsv };
		}, __vite__mapDeps([31,1,27,15]), import.meta.url)).writeResultsCsv(rows);
	}
	/** The same three files as tables, for the .xlsx export (src/ui/xlsx-export.ts). */
	async exportTable(kind, unit = "") {
		if (kind === "results") return (await __vitePreload(async () => {
			const { resultsTable } = await import("./results-csv-BStdo_NF.js");
			return { resultsTable };
		}, __vite__mapDeps([31,1,27,15]), import.meta.url)).resultsTable(resultsRows(this.views));
		const snapshot = this.snapshot();
		if (!snapshot) return [];
		const io = await __vitePreload(() => import("./session-csv-CWMD_zE4.js"), __vite__mapDeps([26,2,1,12,27,15,28,17,5,7,29,9,30]), import.meta.url);
		return kind === "session" ? io.sessionTable(snapshot) : io.unitSheetTable(snapshot, unit, this.visibleViews.map((v) => v.id));
	}
	filterViews(views, filters) {
		const search = normalizeSearchText(filters.search);
		if (!search && filters.etablissementId === null && filters.decision === null) return views;
		return views.filter((v) => {
			if (filters.etablissementId !== null && v.candidate.etablissementId !== filters.etablissementId) return false;
			if (filters.decision !== null && v.result.decision !== filters.decision) return false;
			if (!search) return true;
			return searchText(v.candidate).includes(search);
		});
	}
};
/** Runs `run` once the next frame is painted, or after 200 ms at the latest (a hidden tab paints no frame). */
function afterPaint(run) {
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		run();
	};
	if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(once, 0));
	setTimeout(once, 200);
}
var searchTexts = /* @__PURE__ */ new WeakMap();
function searchText(c) {
	let text = searchTexts.get(c);
	if (text === void 0) {
		text = normalizeSearchText(`${c.numero} ${c.nom} ${c.prenom} ${c.prenom} ${c.nom}`);
		searchTexts.set(c, text);
	}
	return text;
}
function importSummary(undo) {
	const { newCandidates, updatedCandidates, marks } = undo.summary;
	const plural = (n, word) => `${n} ${word}${n > 1 ? "s" : ""}`;
	const conformity = undo.summary.conformity ? `, ${plural(undo.summary.conformity, "dossier")} de conformité` : "";
	return `${plural(newCandidates, "candidat")} créé${newCandidates > 1 ? "s" : ""}, ${plural(updatedCandidates, "candidat")} modifié${updatedCandidates > 1 ? "s" : ""}, ${plural(marks, "note")} écrite${marks > 1 ? "s" : ""}${conformity}`;
}
export { whenNoPendingWrites as a, trackPendingWrites as i, importSummary as n, confirmLeavingWhileWriting as r, Workspace as t };
