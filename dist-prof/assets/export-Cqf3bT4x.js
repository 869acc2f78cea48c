import "./conformity-CRa_d-4n.js";
import { o as fromStored } from "./candidates-Dyu0TMUA.js";
import { m as UserError } from "./validate-CipAkb3j.js";
import { c as SESSION_SETTING_KEY, d as sortBy, i as BACKED_UP_TABLES, l as compareText, r as markBackedUp, s as SESSION_SETTINGS } from "./counter-DZzejMC4.js";
import { l as flattenMarks } from "./marks-CjJ86PdP.js";
// src/io/backup.ts
var BACKUP_FORMAT = "delib-sauvegarde";
var CONTENT_KEYS = [
	"sessions",
	"etablissements",
	"candidates",
	"marks",
	"conformity",
	"deliberations",
	"audit",
	"juryNotes",
	"evaluations",
	"livrets",
	"settings"
];
function emptyContent() {
	return {
		sessions: [],
		etablissements: [],
		candidates: [],
		marks: [],
		conformity: [],
		deliberations: [],
		audit: [],
		juryNotes: [],
		evaluations: [],
		livrets: [],
		settings: []
	};
}
/**
* JSON with the keys of every object sorted (by UTF-16 code units) and no white space: the same data always
* gives the same text. `undefined` properties are left out, as JSON.stringify does.
*/
function canonicalJson(value) {
	if (value === null || typeof value !== "object") {
		if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`canonicalJson: ${value} has no JSON form`);
		const text = JSON.stringify(value);
		if (text === void 0) throw new Error(`canonicalJson: a ${typeof value} has no JSON form`);
		return text;
	}
	if (Array.isArray(value)) return `[${value.map((item) => item === void 0 || typeof item === "function" ? "null" : canonicalJson(item)).join(",")}]`;
	const object = value;
	return `{${Object.keys(object).filter((key) => object[key] !== void 0 && typeof object[key] !== "function").sort().map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`).join(",")}}`;
}
/** SHA-256 of the UTF-8 bytes of `text`, in lowercase hex (Web Crypto: browsers and Node ≥ 20). */
async function sha256Hex(text) {
	const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
	return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}
/** The checksum of a file: over everything but the checksum itself. */
async function checksumOf(header, content) {
	const { format, version, schemaVersion, createdAt } = header;
	return `sha256:${await sha256Hex(canonicalJson({
		format,
		version,
		schemaVersion,
		createdAt,
		content
	}))}`;
}
/**
* The text of a backup file. Readable and compact: the envelope indented, one record per line.
* Records are written as given (the caller sorts them); the checksum does not depend on this layout.
*/
async function writeBackup(content, meta) {
	const header = {
		format: BACKUP_FORMAT,
		version: 1,
		schemaVersion: meta.schemaVersion,
		createdAt: meta.createdAt
	};
	const checksum = await checksumOf(header, content);
	const tables = CONTENT_KEYS.map((key) => {
		const rows = content[key];
		const body = rows.length === 0 ? "[]" : `[\n${rows.map((row) => `      ${JSON.stringify(keysFirst(row))}`).join(",\n")}\n    ]`;
		return `    ${JSON.stringify(key)}: ${body}`;
	});
	return [
		"{",
		`  "format": ${JSON.stringify(header.format)},`,
		`  "version": ${header.version},`,
		`  "schemaVersion": ${header.schemaVersion},`,
		`  "createdAt": ${JSON.stringify(header.createdAt)},`,
		`  "checksum": ${JSON.stringify(checksum)},`,
		"  \"content\": {",
		tables.join(",\n"),
		"  }",
		"}",
		""
	].join("\n");
}
/** A record with its keys (`id`, `sessionId`, `candidateId`, `key`) first, for the eye: the checksum ignores key order. */
function keysFirst(row) {
	if (typeof row !== "object" || row === null || Array.isArray(row)) return row;
	const first = {};
	for (const key of [
		"id",
		"sessionId",
		"candidateId",
		"key"
	]) if (key in row) first[key] = row[key];
	return {
		...first,
		...row
	};
}
var NOT_A_BACKUP = "Ce fichier n'est pas une sauvegarde Délib";
/**
* Reads and checks a backup file's envelope: JSON, format, version, schema version, checksum, and that the
* content has exactly the known lists. Older format versions are brought up to the current one. The records
* themselves are checked by the database layer before anything is written. Never throws.
*/
async function readBackup(text, options) {
	const fail = (error) => ({
		ok: false,
		error
	});
	let raw;
	try {
		raw = JSON.parse(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
	} catch {
		return fail(`${NOT_A_BACKUP} : son contenu n'est pas du JSON lisible (fichier tronqué ou d'un autre type ?).`);
	}
	if (!isObject(raw) || raw.format !== "delib-sauvegarde") return fail(`${NOT_A_BACKUP} (format « ${BACKUP_FORMAT} » attendu).`);
	const { version, schemaVersion, createdAt, checksum, content } = raw;
	if (!Number.isInteger(version) || version < 1) return fail("Sauvegarde illisible : numéro de version du format invalide.");
	if (version > 1) return fail(`Cette sauvegarde a été faite par une version plus récente de Délib (format ${String(version)}, celle-ci lit jusqu'au format 1) : mettez Délib à jour pour la restaurer.`);
	if (!Number.isInteger(schemaVersion) || schemaVersion < 1) return fail("Sauvegarde illisible : version du schéma invalide.");
	if (schemaVersion > options.schemaVersion) return fail(`Cette sauvegarde vient d'une version plus récente de Délib (schéma ${String(schemaVersion)}, celle-ci connaît jusqu'au schéma ${options.schemaVersion}) : mettez Délib à jour pour la restaurer.`);
	if (typeof createdAt !== "string" || Number.isNaN(Date.parse(createdAt))) return fail("Sauvegarde illisible : date de création invalide.");
	if (typeof checksum !== "string" || !/^sha256:[0-9a-f]{64}$/.test(checksum)) return fail("Sauvegarde illisible : somme de contrôle absente ou mal formée.");
	if (!isObject(content)) return fail("Sauvegarde illisible : contenu absent.");
	const header = {
		format: BACKUP_FORMAT,
		version,
		schemaVersion,
		createdAt
	};
	let expected;
	try {
		expected = await checksumOf(header, content);
	} catch {
		return fail("Sauvegarde illisible : contenu invalide.");
	}
	if (expected !== checksum) return fail("Sauvegarde endommagée ou modifiée : sa somme de contrôle ne correspond pas à son contenu. Rien n'a été restauré ; reprenez une autre copie du fichier.");
	const upgraded = upgradeContent(header.version, content);
	if (!upgraded.ok) return upgraded;
	return {
		ok: true,
		value: {
			...header,
			version: 1,
			checksum,
			content: upgraded.value
		}
	};
}
/**
* Brings the content of a file of format `version` to the current format. Version 1 is the current one
* (schema 5 added the `evaluations` and `livrets` lists: a file made before lacks them, they are empty):
* a later version adds its step here (e.g. `if (version < 2) content = fromV1(content)`), so old files keep
* restoring. Lists a file of this version may lack (tables added to the schema since) are empty.
*/
function upgradeContent(version, content) {
	const known = new Set(CONTENT_KEYS);
	const unknown = Object.keys(content).filter((key) => !known.has(key));
	if (unknown.length > 0) return {
		ok: false,
		error: `Sauvegarde illisible : contenu inconnu (${unknown.map((k) => `« ${k} »`).join(", ")}).`
	};
	const result = emptyContent();
	for (const key of CONTENT_KEYS) {
		const rows = content[key];
		if (rows === void 0) continue;
		if (!Array.isArray(rows) || !rows.every(isObject)) return {
			ok: false,
			error: `Sauvegarde illisible : « ${key} » doit être une liste d'enregistrements.`
		};
		result[key] = rows;
	}
	return {
		ok: true,
		value: result
	};
}
function isObject(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
// src/db/backup/export.ts
/**
* Reads the sessions of `scope` with all their rows, in one read transaction (a consistent snapshot even if
* another tab writes meanwhile), sorted so that the same data always gives the same file.
*/
async function collectBackup(db, scope) {
	return db.transaction("r", [...BACKED_UP_TABLES.map((t) => db.table(t)), db.settings], async () => {
		const all = await db.sessions.toArray();
		const sessions = scope === "all" ? all : all.filter((s) => s.id === scope.sessionId);
		if (scope !== "all" && sessions.length === 0) throw new UserError("Cette session n'existe pas (ou plus).");
		const ids = sessions.map((s) => s.id);
		const bySession = (table) => table.where("sessionId").anyOf(ids).toArray();
		const idSet = new Set(ids);
		const settings = (await db.settings.toArray()).filter((s) => {
			const match = SESSION_SETTING_KEY.exec(s.key);
			return match !== null && Object.hasOwn(SESSION_SETTINGS, match[1]) && idSet.has(Number(match[2]));
		});
		return {
			content: {
				sessions: sortBy(sessions, (s) => s.id),
				etablissements: sortBy(await bySession(db.etablissements), (e) => e.id),
				candidates: sortBy((await db.candidates.where("sessionId").anyOf(ids).toArray()).map(fromStored), (c) => c.id),
				marks: flattenMarks(await db.candidateMarks.where("sessionId").anyOf(ids).toArray()),
				conformity: sortBy(await bySession(db.conformity), (c) => c.candidateId),
				deliberations: sortBy(await bySession(db.deliberations), (d) => d.sessionId),
				audit: sortBy(await bySession(db.audit), (a) => a.id),
				juryNotes: sortBy(await bySession(db.juryNotes), (n) => n.candidateId),
				evaluations: (await bySession(db.evaluations)).sort((a, b) => a.candidateId - b.candidateId || compareText(a.unit, b.unit)),
				livrets: sortBy(await bySession(db.livrets), (l) => l.candidateId),
				settings: settings.map((s) => ({
					key: s.key,
					value: s.value
				})).sort((a, b) => compareText(a.key, b.key))
			},
			complete: sessions.length === all.length
		};
	});
}
/**
* The backup file of `scope`. A backup of every session resets the count of changes since the last backup
* (so does the backup of the only session there is).
*/
async function exportBackup(db, scope, now = /* @__PURE__ */ new Date()) {
	const { content, complete } = await collectBackup(db, scope);
	if (content.sessions.length === 0) throw new UserError("Rien à sauvegarder : il n'y a encore aucune session.");
	const createdAt = now.toISOString();
	const text = await writeBackup(content, {
		schemaVersion: db.verno,
		createdAt
	});
	if (complete) await markBackedUp(db, createdAt);
	const candidates = /* @__PURE__ */ new Map();
	for (const c of content.candidates) candidates.set(c.sessionId, (candidates.get(c.sessionId) ?? 0) + 1);
	return {
		text,
		createdAt,
		sessions: content.sessions.map((s) => ({
			name: s.name,
			candidates: candidates.get(s.id) ?? 0
		})),
		complete
	};
}
/** Reads a backup file for this database (format, version, checksum); errors as values, in French. */
async function readBackupFile(db, text) {
	if (!db.isOpen()) await db.open();
	return readBackup(text, { schemaVersion: db.verno });
}
export { exportBackup as n, readBackupFile as r, collectBackup as t };
