/**
 * The backup file (docs/sauvegarde.md): one JSON file holding one session or every session, versioned and
 * checksummed. This module only knows the file: its envelope, its canonical form and checksum, its format
 * versions. What the records must be is checked by the database layer (src/db/backup.ts), with the same
 * check functions as every other write.
 *
 * ```json
 * { "format": "delib-sauvegarde", "version": 1, "schemaVersion": 4, "createdAt": "2025-06-30T12:00:00.000Z",
 *   "checksum": "sha256:…", "content": { "sessions": [], "etablissements": [], "candidates": [], "marks": [],
 *   "conformity": [], "deliberations": [], "audit": [], "juryNotes": [], "evaluations": [], "livrets": [],
 *   "settings": [] } }
 * ```
 * The checksum is the SHA-256 of the canonical JSON (keys sorted, no spaces) of everything but `checksum`:
 * re-indenting the file or reordering its keys keeps it valid, changing any value does not.
 */
import type { ConformityRecord } from '../domain/conformity.ts';
import type { Parsed } from '../domain/marks.ts';
import { bytesToHex } from '@noble/hashes/utils.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { pauses, type Pause } from './next-task.ts';
import { eachUtf8Piece } from './utf8-pieces.ts';
import type { LivretRecord } from '../domain/livret.ts';
import type { AuditEntry, Candidate, Deliberation, Etablissement, EvaluationRecord, ExamSession, JuryNote, MarkRecord } from '../domain/session.ts';

export const BACKUP_FORMAT = 'delib-sauvegarde';

/**
 * Version of the file format, raised when the envelope or the meaning of `content` changes in a way an older
 * reader could not follow. Every version ever written stays readable (see `upgradeContent`).
 * - 1: the first format (tests/fixtures/sauvegarde-v1.json was written by it).
 */
export const BACKUP_VERSION = 1;

/** A per-session setting, e.g. `conformity:12` (the number is the session's id in the file). */
export interface BackupSetting {
  key: string;
  value: unknown;
}

/** The records, as stored in the database (ids included: rows of the file refer to each other by them). */
export interface BackupContent {
  sessions: ExamSession[];
  etablissements: Etablissement[];
  candidates: Candidate[];
  marks: MarkRecord[];
  conformity: ConformityRecord[];
  deliberations: Deliberation[];
  audit: AuditEntry[];
  juryNotes: JuryNote[];
  evaluations: EvaluationRecord[];
  livrets: LivretRecord[];
  settings: BackupSetting[];
}

export const CONTENT_KEYS = [
  'sessions',
  'etablissements',
  'candidates',
  'marks',
  'conformity',
  'deliberations',
  'audit',
  'juryNotes',
  'evaluations',
  'livrets',
  'settings',
] as const satisfies readonly (keyof BackupContent)[];

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** Version of the database schema the records were read from (Dexie's `verno`). */
  schemaVersion: number;
  /** When the backup was made, ISO 8601 (UTC). */
  createdAt: string;
  /** `sha256:` and 64 lowercase hex digits. */
  checksum: string;
  content: BackupContent;
}

export type BackupHeader = Omit<BackupFile, 'checksum' | 'content'>;

export function emptyContent(): BackupContent {
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
    settings: [],
  };
}

/**
 * JSON with the keys of every object sorted (by UTF-16 code units) and no white space: the same data always
 * gives the same text. `undefined` properties are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`canonicalJson: ${value} has no JSON form`);
    const text = JSON.stringify(value);
    if (text === undefined) throw new Error(`canonicalJson: a ${typeof value} has no JSON form`);
    return text;
  }
  // Loops and concatenation, not map and join: a backup of 50,000 candidates is half a million records.
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (i > 0) text += ',';
      text += item === undefined || typeof item === 'function' ? 'null' : canonicalJson(item);
    }
    return `${text}]`;
  }
  const object = value as Record<string, unknown>;
  let text = '{';
  for (const key of Object.keys(object).sort()) {
    const item = object[key];
    if (item === undefined || typeof item === 'function') continue;
    if (text.length > 1) text += ',';
    text += `${quotedKey(key)}:${canonicalJson(item)}`;
  }
  return `${text}}`;
}

/** JSON.stringify of a key, kept for the few keys records have (a bounded cache: a file may hold any keys). */
const quotedKeys = new Map<string, string>();
function quotedKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (quotedKeys.size < 256) quotedKeys.set(key, quoted);
  }
  return quoted;
}

/** SHA-256 of the UTF-8 bytes of `text`, in lowercase hex. */
export async function sha256Hex(text: string): Promise<string> {
  return sha256HexOfParts([text], () => null);
}

/**
 * sha256Hex of the parts joined, encoded and hashed a piece at a time, with pauses. Not Web Crypto's digest: it takes
 * the whole text's bytes at once (80 MB joined, then hashed in one task of the page: 0.7–1.1 s there).
 */
async function sha256HexOfParts(parts: readonly string[], pause: Pause): Promise<string> {
  const hash = sha256.create();
  await eachUtf8Piece(parts, pause, (piece) => hash.update(piece));
  return bytesToHex(hash.digest());
}

/**
 * The checksum of a file: over everything but the checksum itself, the SHA-256 of
 * canonicalJson({ format, version, schemaVersion, createdAt, content }). Made record by record, with pauses
 * (`pause`) so that half a million records never hold the page at once.
 */
export async function checksumOf(header: BackupHeader, content: unknown, pause: Pause = () => null): Promise<string> {
  const { format, version, schemaVersion, createdAt } = header;
  if (content === null || typeof content !== 'object' || Array.isArray(content)) {
    return `sha256:${await sha256Hex(canonicalJson({ format, version, schemaVersion, createdAt, content }))}`;
  }
  const parts: string[] = ['{"content":'];
  // canonicalJson(content), each list's records one by one.
  const object = content as Record<string, unknown>;
  let first = true;
  parts.push('{');
  for (const key of Object.keys(object).sort()) {
    const rows = object[key];
    if (rows === undefined || typeof rows === 'function') continue;
    parts.push(`${first ? '' : ','}${quotedKey(key)}:`);
    first = false;
    if (!Array.isArray(rows)) {
      parts.push(canonicalJson(rows));
      continue;
    }
    parts.push('[');
    for (let i = 0; i < rows.length; i++) {
      const waiting = pause();
      if (waiting) await waiting;
      const row: unknown = rows[i];
      parts.push(`${i > 0 ? ',' : ''}${row === undefined || typeof row === 'function' ? 'null' : canonicalJson(row)}`);
    }
    parts.push(']');
  }
  parts.push('}');
  const rest = canonicalJson({ createdAt, format, schemaVersion, version });
  parts.push(rest === '{}' ? '}' : `,${rest.slice(1)}`);
  return `sha256:${await sha256HexOfParts(parts, pause)}`;
}

/**
 * The text of a backup file. Readable and compact: the envelope indented, one record per line.
 * Records are written as given (the caller sorts them); the checksum does not depend on this layout.
 */
export async function writeBackup(content: BackupContent, meta: { schemaVersion: number; createdAt: string }, pause: Pause = pauses()): Promise<string> {
  return (await writeBackupParts(content, meta, pause)).join('');
}

/**
 * writeBackup's text as the parts that make it, in order (a record's line each): a backup of 50,000 candidates is
 * 80 MB of text, and joining it into one string held the page for a second.
 */
export async function writeBackupParts(content: BackupContent, meta: { schemaVersion: number; createdAt: string }, pause: Pause = pauses()): Promise<string[]> {
  const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion: meta.schemaVersion, createdAt: meta.createdAt };
  const checksum = await checksumOf(header, content, pause);
  const parts = [
    [
      '{',
      `  "format": ${JSON.stringify(header.format)},`,
      `  "version": ${header.version},`,
      `  "schemaVersion": ${header.schemaVersion},`,
      `  "createdAt": ${JSON.stringify(header.createdAt)},`,
      `  "checksum": ${JSON.stringify(checksum)},`,
      '  "content": {\n',
    ].join('\n'),
  ];
  for (const [index, key] of CONTENT_KEYS.entries()) {
    const rows = content[key] as readonly unknown[];
    parts.push(`${index > 0 ? ',\n' : ''}    ${JSON.stringify(key)}: ${rows.length === 0 ? '[]' : '['}`);
    for (const [i, row] of rows.entries()) {
      const waiting = pause();
      if (waiting) await waiting;
      parts.push(`${i > 0 ? ',' : ''}\n      ${JSON.stringify(keysFirst(row))}`);
    }
    if (rows.length > 0) parts.push('\n    ]');
  }
  parts.push('\n  }\n}\n');
  return parts;
}

/** A record with its keys (`id`, `sessionId`, `candidateId`, `key`) first, for the eye: the checksum ignores key order. */
function keysFirst(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
  const first: Record<string, unknown> = {};
  for (const key of ['id', 'sessionId', 'candidateId', 'key']) if (key in row) first[key] = (row as Record<string, unknown>)[key];
  return { ...first, ...row };
}

/**
 * JSON.parse of a backup's text, record by record with pauses when the text is laid out as writeBackupParts writes
 * it (one record per line): JSON.parse of a 50,000-candidate backup at once (80 MB) held the page for over a second.
 * The text may come in pieces, as a file is read (joining 80 MB of them took 0.7 s). Any other layout (a file
 * reformatted by another tool) is parsed in one go; either way the value is JSON.parse's, and a text that is not JSON
 * throws as JSON.parse does.
 */
export async function parseBackupJson(text: string | readonly string[], pause: Pause): Promise<unknown> {
  const pieces = typeof text === 'string' ? [text] : text;
  const fast = await parseBackupLines(new LineReader(pieces), pause);
  return fast === NOT_OUR_LAYOUT ? JSON.parse(pieces.join('')) : fast;
}

const NOT_OUR_LAYOUT = Symbol('not our layout');
/** `    "key": [`, or an empty list `    "key": []` (with a comma unless it is the last list). */
const LIST_OPENING = /^ {4}("(?:[^"\\]|\\.)*"): \[(\],?)?$/;
const JSON_WHITESPACE = /^[ \t\n\r]*$/;

/** The lines of a text given in pieces (a line may span pieces). */
class LineReader {
  #piece = 0;
  #at = 0;
  constructor(private readonly pieces: readonly string[]) {}

  /** The next line without its `\n`, or null at the end of the text. */
  next(): string | null {
    let start: string[] | null = null;
    while (this.#piece < this.pieces.length) {
      const piece = this.pieces[this.#piece]!;
      const end = piece.indexOf('\n', this.#at);
      if (end >= 0) {
        const line = piece.slice(this.#at, end);
        this.#at = end + 1;
        return start ? [...start, line].join('') : line;
      }
      if (this.#at < piece.length) (start ??= []).push(piece.slice(this.#at));
      this.#piece++;
      this.#at = 0;
    }
    return start ? start.join('') : null;
  }

  /** Whether what is left is JSON's white space only. */
  restIsWhitespace(): boolean {
    for (let i = this.#piece; i < this.pieces.length; i++) {
      if (!JSON_WHITESPACE.test(i === this.#piece ? this.pieces[i]!.slice(this.#at) : this.pieces[i]!)) return false;
    }
    return true;
  }
}

/** writeBackupParts' layout read line by line, or NOT_OUR_LAYOUT at the first line it does not expect. */
async function parseBackupLines(lines: LineReader, pause: Pause): Promise<unknown> {
  const json = (line: string): unknown => {
    try {
      return JSON.parse(line);
    } catch {
      return NOT_OUR_LAYOUT;
    }
  };
  if (lines.next() !== '{') return NOT_OUR_LAYOUT;
  // The envelope: `  "name": value,` lines until `  "content": {`, parsed as one small object.
  const envelopeLines = ['{'];
  let line = lines.next();
  for (; line !== null && line !== '  "content": {'; line = lines.next()) {
    if (!line.startsWith('  "') || !line.endsWith(',')) return NOT_OUR_LAYOUT;
    envelopeLines.push(line);
  }
  if (line === null) return NOT_OUR_LAYOUT;
  const envelope = json([...envelopeLines, '  "content": null', '}'].join('\n'));
  if (typeof envelope !== 'object' || envelope === null) return NOT_OUR_LAYOUT;
  // Each list: `    "key": [`, its records `      {…},` (the last without a comma), then `    ],` — or `    ]` for the
  // last list, which `  }` follows.
  const content: Record<string, unknown[]> = {};
  for (let more = true; more;) {
    const opening = LIST_OPENING.exec(lines.next() ?? '');
    const key = opening ? json(opening[1]!) : null;
    if (typeof key !== 'string' || key === '__proto__' || Object.hasOwn(content, key)) return NOT_OUR_LAYOUT;
    const rows: unknown[] = (content[key] = []);
    let closing = opening![2];
    while (closing === undefined) {
      const record = lines.next();
      if (record === null || !record.startsWith('      ')) return NOT_OUR_LAYOUT;
      const comma = record.endsWith(',');
      const row = json(record.slice(6, comma ? -1 : undefined));
      if (row === NOT_OUR_LAYOUT) return NOT_OUR_LAYOUT;
      rows.push(row);
      if (!comma) {
        const end = lines.next();
        if (end !== '    ]' && end !== '    ],') return NOT_OUR_LAYOUT;
        closing = end.trim();
      }
      const waiting = pause();
      if (waiting) await waiting;
    }
    more = closing === '],';
  }
  if (lines.next() !== '  }' || lines.next() !== '}' || !lines.restIsWhitespace()) return NOT_OUR_LAYOUT;
  return { ...envelope, content };
}

/** What the reader needs to know of the database that will receive the file. */
export interface ReadBackupOptions {
  /** The schema version of this Délib: a file from a newer schema is refused. */
  schemaVersion: number;
  /** The pauses of the checksum's loop (by default every 30 ms: a file of 50,000 candidates takes seconds). */
  pause?: Pause;
}

const NOT_A_BACKUP = "Ce fichier n'est pas une sauvegarde Délib";

/**
 * Reads and checks a backup file's envelope: JSON, format, version, schema version, checksum, and that the
 * content has exactly the known lists. Older format versions are brought up to the current one. The records
 * themselves are checked by the database layer before anything is written. Never throws.
 */
export async function readBackup(text: string | readonly string[], options: ReadBackupOptions): Promise<Parsed<BackupFile>> {
  const fail = (error: string): Parsed<BackupFile> => ({ ok: false, error });
  const pieces = typeof text === 'string' ? [text] : text;
  // A byte order mark (a file saved by a Windows editor) is not JSON.
  const first = pieces.findIndex((piece) => piece !== '');
  const withoutMark = first >= 0 && pieces[first]!.charCodeAt(0) === 0xfeff ? pieces.with(first, pieces[first]!.slice(1)) : pieces;
  if (withoutMark.every((piece) => piece.trim() === '')) return fail(`${NOT_A_BACKUP} : le fichier est vide.`);
  let raw: unknown;
  try {
    raw = await parseBackupJson(withoutMark, options.pause ?? pauses());
  } catch {
    return fail(`${NOT_A_BACKUP} : son contenu n'est pas du JSON lisible (fichier tronqué ou d'un autre type ?).`);
  }
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT) {
    return fail(`${NOT_A_BACKUP} (format « ${BACKUP_FORMAT} » attendu).`);
  }
  const { version, schemaVersion, createdAt, checksum, content } = raw;
  if (!Number.isInteger(version) || (version as number) < 1) return fail('Sauvegarde illisible : numéro de version du format invalide.');
  if ((version as number) > BACKUP_VERSION) {
    return fail(
      `Cette sauvegarde a été faite par une version plus récente de Délib (format ${String(version)}, celle-ci lit jusqu'au format ${BACKUP_VERSION}) : mettez Délib à jour pour la restaurer.`,
    );
  }
  if (!Number.isInteger(schemaVersion) || (schemaVersion as number) < 1) return fail('Sauvegarde illisible : version du schéma invalide.');
  if ((schemaVersion as number) > options.schemaVersion) {
    return fail(
      `Cette sauvegarde vient d'une version plus récente de Délib (schéma ${String(schemaVersion)}, celle-ci connaît jusqu'au schéma ${options.schemaVersion}) : mettez Délib à jour pour la restaurer.`,
    );
  }
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) return fail('Sauvegarde illisible : date de création invalide.');
  if (typeof checksum !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(checksum)) {
    return fail('Sauvegarde illisible : somme de contrôle absente ou mal formée.');
  }
  if (!isObject(content)) return fail('Sauvegarde illisible : contenu absent.');
  const header: BackupHeader = { format: BACKUP_FORMAT, version: version as number, schemaVersion: schemaVersion as number, createdAt };
  let expected: string;
  try {
    expected = await checksumOf(header, content, options.pause ?? pauses());
  } catch {
    return fail('Sauvegarde illisible : contenu invalide.');
  }
  if (expected !== checksum) {
    return fail(
      "Sauvegarde endommagée ou modifiée : sa somme de contrôle ne correspond pas à son contenu. Rien n'a été restauré ; reprenez une autre copie du fichier.",
    );
  }
  const upgraded = upgradeContent(header.version, content);
  if (!upgraded.ok) return upgraded;
  return { ok: true, value: { ...header, version: BACKUP_VERSION, checksum, content: upgraded.value } };
}

/**
 * Brings the content of a file of format `version` to the current format. Version 1 is the current one
 * (schema 5 added the `evaluations` and `livrets` lists: a file made before lacks them, they are empty):
 * a later version adds its step here (e.g. `if (version < 2) content = fromV1(content)`), so old files keep
 * restoring. Lists a file of this version may lack (tables added to the schema since) are empty.
 */
function upgradeContent(version: number, content: Record<string, unknown>): Parsed<BackupContent> {
  void version;
  const known = new Set<string>(CONTENT_KEYS);
  const unknown = Object.keys(content).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    return { ok: false, error: `Sauvegarde illisible : contenu inconnu (${unknown.map((k) => `« ${k} »`).join(', ')}).` };
  }
  const result = emptyContent();
  for (const key of CONTENT_KEYS) {
    const rows = content[key];
    if (rows === undefined) continue;
    if (!Array.isArray(rows) || !rows.every(isObject)) {
      return { ok: false, error: `Sauvegarde illisible : « ${key} » doit être une liste d'enregistrements.` };
    }
    (result[key] as unknown[]) = rows;
  }
  return { ok: true, value: result };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
