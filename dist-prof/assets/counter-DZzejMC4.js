import { c as checkConformitySettings, d as conformityUnits } from "./conformity-CRa_d-4n.js";
import { m as UserError } from "./validate-CipAkb3j.js";
// src/db/backup/tables.ts
/** What a backup holds and the helpers its parts share. */
/** The tables a backup holds, every row of the sessions it covers. */
var BACKED_UP_TABLES = [
	"sessions",
	"etablissements",
	"candidates",
	"candidateMarks",
	"conformity",
	"deliberations",
	"audit",
	"juryNotes",
	"evaluations",
	"livrets"
];
/**
* Settings that belong to a session, stored under `<prefix>:<sessionId>`, with their check.
* A new per-session setting must be added here to be saved and restored.
*/
var SESSION_SETTINGS = { conformity: (value, regulation) => {
	if (typeof value !== "object" || value === null) throw new UserError("réglages de conformité invalides.");
	return orThrow(checkConformitySettings(value, conformityUnits(regulation)));
} };
var SESSION_SETTING_KEY = /^([A-Za-z][\w-]*):(\d+)$/;
/** Settings key of this browser: changes counted since the last backup (a number). */
var CHANGES_SINCE_BACKUP = "changesSinceBackup";
/** Settings key of this browser: when the last backup of every session was made (ISO), absent if never. */
var LAST_BACKUP_AT = "lastBackupAt";
function orThrow(parsed) {
	if (!parsed.ok) throw new UserError(parsed.error);
	return parsed.value;
}
function sortBy(items, key) {
	return [...items].sort((a, b) => key(a) - key(b));
}
function compareText(a, b) {
	return a < b ? -1 : a > b ? 1 : 0;
}
// src/db/backup/counter.ts
async function backupStatus(db) {
	const [changes, last] = await db.settings.bulkGet([CHANGES_SINCE_BACKUP, LAST_BACKUP_AT]);
	return {
		changes: typeof changes?.value === "number" ? changes.value : 0,
		lastBackupAt: typeof last?.value === "string" ? last.value : null
	};
}
/** Records that every session was just saved: the counter starts again from 0. */
async function markBackedUp(db, at = (/* @__PURE__ */ new Date()).toISOString()) {
	await db.transaction("rw", db.settings, () => db.settings.bulkPut([{
		key: CHANGES_SINCE_BACKUP,
		value: 0
	}, {
		key: LAST_BACKUP_AT,
		value: at
	}]));
}
var COUNTED_TABLES = new Set(BACKED_UP_TABLES);
/**
* A Dexie addon that counts the changes made in this tab since the last backup: each committed transaction
* that wrote to a backed-up table adds 1 to the `changesSinceBackup` setting (one user action = one change,
* whatever its size). A transaction that itself resets the counter (a restore) is not counted.
* Install it when the database is created: `openDatabase(name, { addons: [countChangesSinceBackup] })`.
*/
var pendingCounts = /* @__PURE__ */ new WeakMap();
function countChangesSinceBackup(db) {
	const watched = /* @__PURE__ */ new WeakMap();
	const pending = /* @__PURE__ */ new Set();
	pendingCounts.set(db, pending);
	const increment = () => {
		if (!db.isOpen()) return Promise.resolve();
		return db.transaction("rw", "settings", async () => {
			const current = await db.table("settings").get(CHANGES_SINCE_BACKUP);
			const value = typeof current?.value === "number" ? current.value : 0;
			await db.table("settings").put({
				key: CHANGES_SINCE_BACKUP,
				value: value + 1
			});
		}).catch(() => {});
	};
	/** The state of a transaction, listening for its end the first time it is seen. */
	const stateOf = (trans) => {
		let state = watched.get(trans);
		if (!state) {
			const entry = {
				counted: false,
				resets: false
			};
			watched.set(trans, entry);
			const events = trans;
			if (events.addEventListener) {
				const listen = events.addEventListener.bind(events);
				const ended = new Promise((resolve) => {
					listen("complete", () => void (entry.counted && !entry.resets ? increment() : Promise.resolve()).then(resolve));
					listen("abort", () => resolve());
					listen("error", () => resolve());
				});
				pending.add(ended);
				ended.then(() => pending.delete(ended));
			}
			state = entry;
		}
		return state;
	};
	db.use({
		stack: "dbcore",
		name: "delib-changes-since-backup",
		create(down) {
			return {
				...down,
				table(name) {
					const table = down.table(name);
					const counted = COUNTED_TABLES.has(name);
					if (!counted && name !== "settings") return table;
					return {
						...table,
						mutate(req) {
							if (counted) stateOf(req.trans).counted = true;
							else if ((req.type === "put" || req.type === "add") && req.values.some((v) => v?.key === "changesSinceBackup")) stateOf(req.trans).resets = true;
							return table.mutate(req);
						}
					};
				}
			};
		}
	});
}
export { CHANGES_SINCE_BACKUP as a, SESSION_SETTING_KEY as c, sortBy as d, BACKED_UP_TABLES as i, compareText as l, countChangesSinceBackup as n, LAST_BACKUP_AT as o, markBackedUp as r, SESSION_SETTINGS as s, backupStatus as t, orThrow as u };
