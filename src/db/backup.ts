/**
 * Backups (docs/sauvegarde.md): reading sessions out of the database into a backup file, restoring a file,
 * and counting the changes made since the last backup.
 *
 * Restoring checks the WHOLE file with the database's own check functions (the same as for a typed or
 * imported value) before writing anything, then writes everything in one transaction: a refused or failed
 * restore leaves the database exactly as it was. Ids are never taken from the file: every row gets a new id,
 * and the references between rows are remapped. A session of the file that is already in the database (same
 * creation time) is either replaced (it keeps its id, so an open tab stays on it) or kept next to the restored
 * copy, which is then named « … (restaurée) ».
 */
import type { DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Dexie, Middleware, DBCore } from 'dexie';
import {
  checkConformityData,
  checkConformitySettings,
  conformityDataOf,
  conformityUnits,
  type ConformityRecord,
  type ConformitySettings,
} from '../domain/conformity.ts';
import { checkControleSlot } from '../domain/jury.ts';
import type { LivretRecord } from '../domain/livret.ts';
import type { Parsed } from '../domain/marks.ts';
import type { Regulation } from '../domain/regulation.ts';
import {
  DELIBERATION_PHASE_LABELS,
  type AuditEntry,
  type Candidate,
  type ControleSlot,
  type Deliberation,
  type Etablissement,
  type EvaluationRecord,
  type ExamSession,
  type JuryNote,
  type MarkRecord,
  type NvByConformity,
} from '../domain/session.ts';
import { readBackup, writeBackup, type BackupContent, type BackupFile, type BackupSetting } from '../io/backup.ts';
import { candidateName, checkCandidate, fromStored, numeroTakenMessage, toStored, type CandidateFields } from './candidates.ts';
import type { DelibDatabase } from './database.ts';
import { UserError } from './errors.ts';
import { checkEvaluationRecord } from './evaluations.ts';
import { checkLivretRecord } from './livrets.ts';
import { checkEtablissement, ensureUniqueUai, type EtablissementFields } from './etablissements.ts';
import { checkMarkRecord, resolveUnit, type MarkContent } from './marks.ts';
import { checkSession, deleteSession, type SessionInput } from './sessions.ts';
import { OPEN_SESSION_ID } from './settings.ts';
import { isQuotaError } from './storage.ts';
import { plural, regulationOf, text, within } from './validate.ts';

/** The tables a backup holds, every row of the sessions it covers. */
export const BACKED_UP_TABLES = [
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
] as const;

/**
 * Tables left out on purpose (a test checks that every table of the schema is in one list or the other):
 * - `imports`: the undo of the last import only makes sense in the database where the import was made;
 * - `settings`: this browser's own settings (open session, backup counter); the settings that belong to a
 *   session (`SESSION_SETTINGS`) are saved, in the file's `settings` list.
 */
export const NOT_BACKED_UP_TABLES = ['imports', 'settings'] as const;

/**
 * Settings that belong to a session, stored under `<prefix>:<sessionId>`, with their check.
 * A new per-session setting must be added here to be saved and restored.
 */
const SESSION_SETTINGS: Readonly<Record<string, (value: unknown, regulation: Regulation) => unknown>> = {
  conformity: (value, regulation) => {
    if (typeof value !== 'object' || value === null) throw new UserError('réglages de conformité invalides.');
    return orThrow(checkConformitySettings(value as ConformitySettings, conformityUnits(regulation)));
  },
};

const SESSION_SETTING_KEY = /^([A-Za-z][\w-]*):(\d+)$/;

/** Settings key of this browser: changes counted since the last backup (a number). */
export const CHANGES_SINCE_BACKUP = 'changesSinceBackup';
/** Settings key of this browser: when the last backup of every session was made (ISO), absent if never. */
export const LAST_BACKUP_AT = 'lastBackupAt';

type Id = number;

// --- export ------------------------------------------------------------------------------------------

/** Which sessions to save: every one, or one by id. */
export type BackupScope = 'all' | { sessionId: number };

/**
 * Reads the sessions of `scope` with all their rows, in one read transaction (a consistent snapshot even if
 * another tab writes meanwhile), sorted so that the same data always gives the same file.
 */
export async function collectBackup(db: DelibDatabase, scope: BackupScope): Promise<{ content: BackupContent; complete: boolean }> {
  return db.transaction('r', [...BACKED_UP_TABLES.map((t) => db.table(t)), db.settings], async () => {
    const all = await db.sessions.toArray();
    const sessions = scope === 'all' ? all : all.filter((s) => s.id === scope.sessionId);
    if (scope !== 'all' && sessions.length === 0) throw new UserError("Cette session n'existe pas (ou plus).");
    const ids = sessions.map((s) => s.id!);
    const bySession = <T>(table: { where(index: string): { anyOf(keys: readonly Id[]): { toArray(): Promise<T[]> } } }) =>
      table.where('sessionId').anyOf(ids).toArray();
    const idSet = new Set(ids);
    const settings = (await db.settings.toArray()).filter((s) => {
      const match = SESSION_SETTING_KEY.exec(s.key);
      return match !== null && Object.hasOwn(SESSION_SETTINGS, match[1]!) && idSet.has(Number(match[2]));
    });
    const content: BackupContent = {
      sessions: sortBy(sessions, (s) => s.id!),
      etablissements: sortBy(await bySession<Etablissement>(db.etablissements), (e) => e.id!),
      candidates: sortBy((await db.candidates.where('sessionId').anyOf(ids).toArray()).map(fromStored), (c) => c.id!),
      marks: (await bySession<MarkRecord>(db.marks)).sort((a, b) => a.candidateId - b.candidateId || compareText(a.unit, b.unit)),
      conformity: sortBy(await bySession<ConformityRecord>(db.conformity), (c) => c.candidateId),
      deliberations: sortBy(await bySession<Deliberation>(db.deliberations), (d) => d.sessionId),
      audit: sortBy(await bySession<AuditEntry>(db.audit), (a) => a.id!),
      juryNotes: sortBy(await bySession<JuryNote>(db.juryNotes), (n) => n.candidateId),
      evaluations: (await bySession<EvaluationRecord>(db.evaluations)).sort((a, b) => a.candidateId - b.candidateId || compareText(a.unit, b.unit)),
      livrets: sortBy(await bySession<LivretRecord>(db.livrets), (l) => l.candidateId),
      settings: settings.map((s): BackupSetting => ({ key: s.key, value: s.value })).sort((a, b) => compareText(a.key, b.key)),
    };
    return { content, complete: sessions.length === all.length };
  });
}

export interface BackupExport {
  text: string;
  createdAt: string;
  /** The sessions saved (name, candidates). */
  sessions: { name: string; candidates: number }[];
  /** True when the file holds every session of the database (the reminder's counter was reset). */
  complete: boolean;
}

/**
 * The backup file of `scope`. A backup of every session resets the count of changes since the last backup
 * (so does the backup of the only session there is).
 */
export async function exportBackup(db: DelibDatabase, scope: BackupScope, now: Date = new Date()): Promise<BackupExport> {
  const { content, complete } = await collectBackup(db, scope);
  if (content.sessions.length === 0) throw new UserError("Rien à sauvegarder : il n'y a encore aucune session.");
  const createdAt = now.toISOString();
  const text = await writeBackup(content, { schemaVersion: db.verno, createdAt });
  if (complete) await markBackedUp(db, createdAt);
  const candidates = new Map<number, number>();
  for (const c of content.candidates) candidates.set(c.sessionId, (candidates.get(c.sessionId) ?? 0) + 1);
  return {
    text,
    createdAt,
    sessions: content.sessions.map((s) => ({ name: s.name, candidates: candidates.get(s.id!) ?? 0 })),
    complete,
  };
}

/** Reads a backup file for this database (format, version, checksum); errors as values, in French. */
export async function readBackupFile(db: DelibDatabase, text: string): Promise<Parsed<BackupFile>> {
  if (!db.isOpen()) await db.open();
  return readBackup(text, { schemaVersion: db.verno });
}

// --- checks --------------------------------------------------------------------------------------

/** One session of a file, every row checked and normalized; references still use the file's ids. */
export interface CheckedSession {
  fileId: Id;
  session: SessionInput & { createdAt: string };
  etablissements: { fileId: Id; fields: EtablissementFields }[];
  /** `fields.etablissementId` is the file id of the établissement (or null). */
  candidates: { fileId: Id; fields: CandidateFields }[];
  marks: (MarkContent & { candidateId: Id; unit: string; updatedAt: string })[];
  conformity: ConformityRecord[];
  deliberation: Deliberation | null;
  audit: AuditEntry[];
  juryNotes: JuryNote[];
  evaluations: EvaluationRecord[];
  livrets: LivretRecord[];
  /** Per-session settings: `prefix` and checked value (the key is rebuilt with the new session id). */
  settings: { prefix: string; value: unknown }[];
}

/**
 * Checks every record of a backup with the database's rules, and that the rows refer to each other correctly;
 * throws a UserError that says where (« Sauvegarde, candidat n° 12 (« 0012 ») : … »). Writes nothing.
 */
export function checkBackupContent(content: BackupContent): CheckedSession[] {
  const sessions = new Map<Id, CheckedSession & { regulation: Regulation; specs: ReturnType<typeof conformityUnits> }>();
  for (const [index, raw] of content.sessions.entries()) {
    within(`Sauvegarde, session n° ${index + 1}`, () => {
      const fileId = fileIdOf(raw.id, 'la session');
      if (sessions.has(fileId)) throw new UserError(`identifiant ${fileId} donné deux fois.`);
      const session = checkSession(raw);
      if (typeof raw.createdAt !== 'string' || Number.isNaN(Date.parse(raw.createdAt))) throw new UserError('date de création invalide.');
      const regulation = regulationOf(session);
      sessions.set(fileId, {
        fileId,
        session: { ...session, createdAt: raw.createdAt },
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
        settings: [],
      });
    });
  }
  const sessionOf = (sessionId: unknown) => {
    const session = typeof sessionId === 'number' ? sessions.get(sessionId) : undefined;
    if (!session) throw new UserError(`session n° ${String(sessionId)} absente de la sauvegarde.`);
    return session;
  };

  const etablissements = new Map<Id, { sessionId: Id; fields: EtablissementFields }>();
  for (const [index, raw] of content.etablissements.entries()) {
    within(`Sauvegarde, établissement n° ${index + 1}`, () => {
      const fileId = fileIdOf(raw.id, "l'établissement");
      if (etablissements.has(fileId)) throw new UserError(`identifiant ${fileId} donné deux fois.`);
      const session = sessionOf(raw.sessionId);
      const fields = checkEtablissement(raw);
      ensureUniqueUai(fields, session.etablissements.map((e) => e.fields));
      session.etablissements.push({ fileId, fields });
      etablissements.set(fileId, { sessionId: session.fileId, fields });
    });
  }

  const candidates = new Map<Id, { sessionId: Id; fields: CandidateFields }>();
  for (const [index, raw] of content.candidates.entries()) {
    const numero = typeof raw.numero === 'string' ? ` (« ${raw.numero.trim()} »)` : '';
    within(`Sauvegarde, candidat n° ${index + 1}${numero}`, () => {
      const fileId = fileIdOf(raw.id, 'le candidat');
      if (candidates.has(fileId)) throw new UserError(`identifiant ${fileId} donné deux fois.`);
      const session = sessionOf(raw.sessionId);
      const fields = checkCandidate(raw, session.regulation);
      if (fields.etablissementId !== null && etablissements.get(fields.etablissementId)?.sessionId !== session.fileId) {
        throw new UserError(`établissement n° ${fields.etablissementId} absent de la sauvegarde ou d'une autre session.`);
      }
      const other = session.candidates.find((c) => c.fields.numero === fields.numero);
      if (other) throw new UserError(numeroTakenMessage(fields.numero, other.fields));
      session.candidates.push({ fileId, fields });
      candidates.set(fileId, { sessionId: session.fileId, fields });
    });
  }
  /** The candidate `candidateId` of the file, in `session`. */
  const candidateOf = (candidateId: unknown, session: { fileId: Id }) => {
    const candidate = typeof candidateId === 'number' ? candidates.get(candidateId) : undefined;
    if (!candidate || candidate.sessionId !== session.fileId) {
      throw new UserError(`candidat n° ${String(candidateId)} absent de la sauvegarde ou d'une autre session.`);
    }
    return candidate;
  };

  const marks = new Set<string>();
  for (const [index, raw] of content.marks.entries()) {
    const place = `Sauvegarde, note n° ${index + 1}`;
    const { session, candidate } = within(place, () => {
      const session = sessionOf(raw.sessionId);
      return { session, candidate: candidateOf(raw.candidateId, session) };
    });
    within(`${place}, ${candidateName(candidate.fields)} (« ${candidate.fields.numero} »), ${String(raw.unit)}`, () => {
      if (typeof raw.unit !== 'string') throw new UserError('épreuve manquante.');
      const key = `${String(raw.candidateId)}\u0000${raw.unit}`;
      if (marks.has(key)) throw new UserError('note donnée deux fois.');
      marks.add(key);
      const content = checkMarkRecord(raw, session.session);
      // An empty mark without flags is "not entered": no record, as when typed in the grid.
      if (content.value.kind === 'empty' && !content.sousReserve && content.benefice === null) return;
      const updatedAt = typeof raw.updatedAt === 'string' ? raw.updatedAt : new Date().toISOString();
      session.marks.push({ ...content, candidateId: raw.candidateId, unit: raw.unit, updatedAt });
    });
  }

  const conformity = new Set<Id>();
  for (const [index, raw] of content.conformity.entries()) {
    const place = `Sauvegarde, conformité n° ${index + 1}`;
    const { session, candidate } = within(place, () => {
      const session = sessionOf(raw.sessionId);
      return { session, candidate: candidateOf(raw.candidateId, session) };
    });
    within(`${place}, ${candidateName(candidate.fields)}`, () => {
      if (conformity.has(raw.candidateId)) throw new UserError('dossier donné deux fois.');
      conformity.add(raw.candidateId);
      session.conformity.push(checkConformityRecord(raw, session));
    });
  }

  for (const [index, raw] of content.deliberations.entries()) {
    within(`Sauvegarde, délibération n° ${index + 1}`, () => {
      const session = sessionOf(raw.sessionId);
      if (session.deliberation) throw new UserError('délibération donnée deux fois pour la même session.');
      session.deliberation = checkDeliberation(raw);
    });
  }

  const auditIds = new Set<Id>();
  for (const [index, raw] of content.audit.entries()) {
    within(`Sauvegarde, journal n° ${index + 1}`, () => {
      const session = sessionOf(raw.sessionId);
      const id = fileIdOf(raw.id, 'la ligne du journal');
      if (auditIds.has(id)) throw new UserError(`identifiant ${id} donné deux fois.`);
      auditIds.add(id);
      session.audit.push(checkAuditEntry(raw));
    });
  }

  const notes = new Set<Id>();
  for (const [index, raw] of content.juryNotes.entries()) {
    const place = `Sauvegarde, note du jury n° ${index + 1}`;
    const { session, candidate } = within(place, () => {
      const session = sessionOf(raw.sessionId);
      return { session, candidate: candidateOf(raw.candidateId, session) };
    });
    within(`${place}, ${candidateName(candidate.fields)}`, () => {
      if (notes.has(raw.candidateId)) throw new UserError('notes du jury données deux fois.');
      notes.add(raw.candidateId);
      session.juryNotes.push(checkJuryNote(raw, session.regulation));
    });
  }

  const evaluationKeys = new Set<string>();
  for (const [index, raw] of content.evaluations.entries()) {
    const place = `Sauvegarde, grille d'évaluation n° ${index + 1}`;
    const { session, candidate } = within(place, () => {
      const session = sessionOf(raw.sessionId);
      return { session, candidate: candidateOf(raw.candidateId, session) };
    });
    within(`${place}, ${candidateName(candidate.fields)}`, () => {
      const key = `${raw.candidateId}|${String(raw.unit)}`;
      if (evaluationKeys.has(key)) throw new UserError(`grille de ${String(raw.unit)} donnée deux fois.`);
      evaluationKeys.add(key);
      session.evaluations.push(checkEvaluationRecord(raw, session.regulation));
    });
  }

  const livrets = new Set<Id>();
  for (const [index, raw] of content.livrets.entries()) {
    const place = `Sauvegarde, livret scolaire n° ${index + 1}`;
    const { session, candidate } = within(place, () => {
      const session = sessionOf(raw.sessionId);
      return { session, candidate: candidateOf(raw.candidateId, session) };
    });
    within(`${place}, ${candidateName(candidate.fields)}`, () => {
      if (livrets.has(raw.candidateId)) throw new UserError('livret scolaire donné deux fois.');
      livrets.add(raw.candidateId);
      session.livrets.push(checkLivretRecord(raw));
    });
  }

  const settingKeys = new Set<string>();
  for (const [index, raw] of content.settings.entries()) {
    within(`Sauvegarde, réglage n° ${index + 1}`, () => {
      const match = typeof raw.key === 'string' ? SESSION_SETTING_KEY.exec(raw.key) : null;
      const check = match ? SESSION_SETTINGS[match[1]!] : undefined;
      if (!match || !check) throw new UserError(`réglage inconnu : « ${String(raw.key)} ».`);
      if (settingKeys.has(raw.key)) throw new UserError(`réglage « ${raw.key} » donné deux fois.`);
      settingKeys.add(raw.key);
      const session = sessionOf(Number(match[2]));
      session.settings.push({ prefix: match[1]!, value: check(raw.value, session.regulation) });
    });
  }

  return [...sessions.values()].map(({ regulation: _regulation, specs: _specs, ...session }) => session);
}

function checkConformityRecord(raw: ConformityRecord, session: { session: SessionInput; specs: ReturnType<typeof conformityUnits> }): ConformityRecord {
  const { specs } = session;
  const data = orThrow(checkConformityData(conformityDataOf(raw, specs), specs));
  const codes = new Set(specs.map((s) => s.code));
  if (typeof raw.nv !== 'object' || raw.nv === null || Array.isArray(raw.nv)) throw new UserError('liste des NV invalide.');
  const nv: Record<string, NvByConformity> = {};
  for (const [unit, entry] of Object.entries(raw.nv)) {
    if (!codes.has(unit)) throw new UserError(`NV en ${unit} : pas de contrôle de conformité pour cette épreuve.`);
    if (typeof entry !== 'object' || entry === null) throw new UserError(`NV en ${unit} invalide.`);
    if (!Array.isArray(entry.reasons) || entry.reasons.some((r) => typeof r !== 'string')) throw new UserError(`NV en ${unit} : motifs invalides.`);
    const replaced = entry.replaced === null || entry.replaced === undefined ? null : checkMarkRecord({ unit, ...entry.replaced }, session.session);
    nv[unit] = { reasons: [...entry.reasons], replaced };
  }
  const reserve = raw.reserve ?? [];
  if (!Array.isArray(reserve) || reserve.some((u) => typeof u !== 'string' || !codes.has(u))) throw new UserError('liste des réserves invalide.');
  const record: ConformityRecord = { ...raw, nv, parcours: data.parcours, periods: data.periods, units: data.units, reserve: [...reserve] };
  if (raw.updatedAt !== undefined && typeof raw.updatedAt !== 'string') throw new UserError('date de mise à jour invalide.');
  return record;
}

function checkDeliberation(raw: Deliberation): Deliberation {
  if (!Object.hasOwn(DELIBERATION_PHASE_LABELS, raw.phase)) throw new UserError(`étape inconnue : « ${String(raw.phase)} ».`);
  if (!Array.isArray(raw.members) || raw.members.some((m) => typeof m !== 'string')) throw new UserError('membres du jury invalides.');
  if (raw.date !== null && (typeof raw.date !== 'string' || Number.isNaN(Date.parse(raw.date)))) throw new UserError('date invalide.');
  return {
    ...raw,
    juryMember: text(raw.juryMember, 'Le membre du jury', false),
    president: text(raw.president, 'Le président du jury', false),
    members: raw.members.map((m) => m.trim()),
  };
}

function checkAuditEntry(raw: AuditEntry): AuditEntry {
  if (raw.kind !== 'note' && raw.kind !== 'phase' && raw.kind !== 'jury') throw new UserError(`type de ligne inconnu : « ${String(raw.kind)} ».`);
  if (typeof raw.at !== 'string' || Number.isNaN(Date.parse(raw.at))) throw new UserError('date invalide.');
  if (raw.candidateId !== null && !Number.isInteger(raw.candidateId)) throw new UserError('candidat invalide.');
  for (const key of ['who', 'numero', 'name', 'unit', 'before', 'after', 'reason'] as const) {
    if (typeof raw[key] !== 'string') throw new UserError(`« ${key} » : texte attendu.`);
  }
  return { ...raw };
}

function checkJuryNote(raw: JuryNote, regulation: Regulation): JuryNote {
  if (typeof raw.livretExamined !== 'boolean') throw new UserError('« livret examiné » doit être oui ou non.');
  const codes = regulation.controle.units.map((u) => u.code);
  const units = raw.controleUnits;
  if (!Array.isArray(units) || units.some((u) => typeof u !== 'string' || !codes.includes(u)) || new Set(units).size !== units.length) {
    throw new UserError(`épreuves de contrôle invalides (épreuves possibles : ${codes.join(', ')}).`);
  }
  if (units.length > regulation.controle.maxUnits) {
    throw new UserError(`au plus ${plural(regulation.controle.maxUnits, 'épreuve')} de contrôle.`);
  }
  if (raw.schedule === undefined) return { ...raw, controleUnits: [...units] };
  // Convocations to the contrôle (issue 16): one slot per chosen unit, each checked like a typed one.
  if (typeof raw.schedule !== 'object' || raw.schedule === null || Array.isArray(raw.schedule)) throw new UserError('convocations invalides.');
  const schedule: Record<string, ControleSlot> = {};
  for (const [code, slot] of Object.entries(raw.schedule)) {
    if (!units.includes(code)) throw new UserError(`convocation au contrôle ${code} : épreuve non choisie.`);
    const checked = checkControleSlot(typeof slot === 'object' && slot !== null ? slot : { date: 1 }, {});
    if (!checked.ok) throw new UserError(`convocation au contrôle ${code} : ${checked.error}.`);
    schedule[code] = checked.value;
  }
  return { ...raw, controleUnits: [...units], schedule };
}

function fileIdOf(id: unknown, what: string): Id {
  if (!Number.isSafeInteger(id) || (id as number) < 1) throw new UserError(`identifiant de ${what} invalide.`);
  return id as Id;
}

// --- restore -------------------------------------------------------------------------------------

/** What to do with a session of the file that is already in the database. */
export type RestoreChoice = 'replace' | 'copy' | 'skip';

export interface RestorePreviewSession {
  /** Id of the session in the file: the key of the choices. */
  fileId: Id;
  name: string;
  academie: string;
  year: number;
  candidates: number;
  marks: number;
  /** The session of the database it would replace (same creation time), or null: it is added. */
  existing: { id: Id; name: string } | null;
}

export interface RestorePreview {
  createdAt: string;
  sessions: RestorePreviewSession[];
}

/** Checks the whole file against this database's rules and says what restoring it would do. Writes nothing. */
export async function previewRestore(db: DelibDatabase, file: BackupFile): Promise<RestorePreview> {
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
        existing: match ? { id: match.id!, name: match.name } : null,
      };
    }),
  };
}

export interface RestoredSession {
  fileId: Id;
  /** Id of the session in the database. */
  id: Id;
  name: string;
  action: 'added' | 'replaced' | 'copied';
}

/** The name of a restored copy: « BTS 2025 (restaurée) », then « … (restaurée 2) » if that is taken too. */
export function copyName(name: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const candidate = `${name} (restaurée${n === 1 ? '' : ` ${n}`})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Restores a backup file in one transaction. Sessions of the file not in the database are added; one already
 * there is kept next to a copy (`copy`, the default), replaced (`replace`) or left out (`skip`), per
 * `choices[fileId]`. Everything is checked before the first write; a refusal or a full disk writes nothing.
 */
export async function restoreBackup(
  db: DelibDatabase,
  file: BackupFile,
  choices: Readonly<Record<Id, RestoreChoice>> = {},
  now: Date = new Date(),
): Promise<RestoredSession[]> {
  try {
    return await db.transaction('rw', db.tables, async () => {
      const checked = checkBackupContent(file.content);
      const existing = await db.sessions.toArray();
      const names = new Set(existing.map((s) => s.name));
      const openId = (await db.settings.get(OPEN_SESSION_ID))?.value;
      const restored: RestoredSession[] = [];
      for (const item of checked) {
        const match = existing.find((e) => e.createdAt === item.session.createdAt);
        const choice = choices[item.fileId];
        if (choice === 'skip') continue;
        let session: ExamSession;
        let action: RestoredSession['action'];
        if (match && choice === 'replace') {
          await deleteSession(db, match.id!); // every row of every table that belongs to it
          names.delete(match.name);
          session = { ...item.session, id: match.id! };
          action = 'replaced';
        } else if (match) {
          session = { ...item.session, name: copyName(item.session.name, names), createdAt: now.toISOString() };
          action = 'copied';
        } else {
          session = { ...item.session };
          action = 'added';
        }
        names.add(session.name);
        const id = await writeSession(db, session, item);
        restored.push({ fileId: item.fileId, id, name: session.name, action });
        if (action === 'replaced' && openId === id) await db.settings.put({ key: OPEN_SESSION_ID, value: id });
      }
      // Restored into an empty browser: the database is now exactly the backup.
      if (existing.length === 0 && restored.length === checked.length) {
        await db.settings.bulkPut([
          { key: CHANGES_SINCE_BACKUP, value: 0 },
          { key: LAST_BACKUP_AT, value: file.createdAt },
        ]);
      }
      return restored;
    });
  } catch (error) {
    if (isQuotaError(error)) {
      throw new UserError(
        "Restauration impossible : l'espace de stockage de ce navigateur est plein. Rien n'a été restauré et vos données sont restées comme avant. " +
          'Libérez de la place (supprimez une ancienne session déjà sauvegardée) puis recommencez.',
      );
    }
    throw error;
  }
}

/** Writes one checked session with new ids for its rows; returns the session's id. */
async function writeSession(db: DelibDatabase, session: ExamSession, item: CheckedSession): Promise<Id> {
  const sessionId = await db.sessions.add(session);
  const etablissementIds = await db.etablissements.bulkAdd(
    item.etablissements.map((e) => ({ ...e.fields, sessionId })),
    { allKeys: true },
  );
  const etablissementId = new Map(item.etablissements.map((e, i) => [e.fileId, etablissementIds[i]!]));
  const candidates = item.candidates.map(
    (c): Candidate => ({
      ...c.fields,
      sessionId,
      etablissementId: c.fields.etablissementId === null ? null : etablissementId.get(c.fields.etablissementId)!,
    }),
  );
  const candidateIds = await db.candidates.bulkAdd(candidates.map(toStored), { allKeys: true });
  const candidateId = new Map(item.candidates.map((c, i) => [c.fileId, candidateIds[i]!]));
  const newCandidate = (id: Id) => candidateId.get(id)!;

  await db.marks.bulkAdd(item.marks.map((m): MarkRecord => ({ ...m, sessionId, candidateId: newCandidate(m.candidateId) })));
  await db.conformity.bulkAdd(item.conformity.map((c) => ({ ...c, sessionId, candidateId: newCandidate(c.candidateId) })));
  if (item.deliberation) await db.deliberations.add({ ...item.deliberation, sessionId });
  await db.audit.bulkAdd(
    sortBy(item.audit, (a) => a.id!).map(({ id: _id, ...a }) => ({
      ...a,
      sessionId,
      // A line about a candidate deleted before the backup keeps its numero and name, without a link.
      candidateId: a.candidateId === null ? null : (candidateId.get(a.candidateId) ?? null),
    })),
  );
  await db.juryNotes.bulkAdd(item.juryNotes.map((n) => ({ ...n, sessionId, candidateId: newCandidate(n.candidateId) })));
  await db.evaluations.bulkAdd(item.evaluations.map((e) => ({ ...e, sessionId, candidateId: newCandidate(e.candidateId) })));
  await db.livrets.bulkAdd(item.livrets.map((l) => ({ ...l, sessionId, candidateId: newCandidate(l.candidateId) })));
  await db.settings.bulkPut(item.settings.map((s) => ({ key: `${s.prefix}:${sessionId}`, value: s.value })));
  return sessionId;
}

// --- changes since the last backup ----------------------------------------------------------------

export interface BackupStatus {
  /** Write actions (transactions) on the data since the last complete backup, in this browser. */
  changes: number;
  /** When the last complete backup was made, or null if never. */
  lastBackupAt: string | null;
}

export async function backupStatus(db: DelibDatabase): Promise<BackupStatus> {
  const [changes, last] = await db.settings.bulkGet([CHANGES_SINCE_BACKUP, LAST_BACKUP_AT]);
  return {
    changes: typeof changes?.value === 'number' ? changes.value : 0,
    lastBackupAt: typeof last?.value === 'string' ? last.value : null,
  };
}

/** Records that every session was just saved: the counter starts again from 0. */
export async function markBackedUp(db: DelibDatabase, at: string = new Date().toISOString()): Promise<void> {
  await db.transaction('rw', db.settings, () =>
    db.settings.bulkPut([
      { key: CHANGES_SINCE_BACKUP, value: 0 },
      { key: LAST_BACKUP_AT, value: at },
    ]),
  );
}

const COUNTED_TABLES = new Set<string>(BACKED_UP_TABLES);

/**
 * A Dexie addon that counts the changes made in this tab since the last backup: each committed transaction
 * that wrote to a backed-up table adds 1 to the `changesSinceBackup` setting (one user action = one change,
 * whatever its size). A transaction that itself resets the counter (a restore) is not counted.
 * Install it when the database is created: `openDatabase(name, { addons: [countChangesSinceBackup] })`.
 */
export function countChangesSinceBackup(db: Dexie): void {
  const watched = new WeakMap<DBCoreTransaction, { counted: boolean; resets: boolean }>();

  const increment = () => {
    if (!db.isOpen()) return; // closed for another tab's upgrade: that tab's data is what counts now
    db.transaction('rw', 'settings', async () => {
      const current = (await db.table('settings').get(CHANGES_SINCE_BACKUP)) as { value?: unknown } | undefined;
      const value = typeof current?.value === 'number' ? current.value : 0;
      await db.table('settings').put({ key: CHANGES_SINCE_BACKUP, value: value + 1 });
    }).catch(() => {
      // The counter is a reminder, never a reason for an action to fail.
    });
  };

  /** The state of a transaction, listening for its commit the first time it is seen. */
  const stateOf = (trans: DBCoreTransaction) => {
    let state = watched.get(trans);
    if (!state) {
      const entry = { counted: false, resets: false };
      watched.set(trans, entry);
      // Dexie's DBCore transaction is the IDBTransaction itself.
      const events = trans as unknown as Partial<Pick<IDBTransaction, 'addEventListener'>>;
      events.addEventListener?.('complete', () => {
        if (entry.counted && !entry.resets) increment();
      });
      state = entry;
    }
    return state;
  };

  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'delib-changes-since-backup',
    create(down) {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const table = down.table(name);
          const counted = COUNTED_TABLES.has(name);
          if (!counted && name !== 'settings') return table;
          return {
            ...table,
            mutate(req: DBCoreMutateRequest) {
              if (counted) stateOf(req.trans).counted = true;
              else if ((req.type === 'put' || req.type === 'add') && req.values.some((v) => (v as { key?: unknown } | null)?.key === CHANGES_SINCE_BACKUP)) {
                stateOf(req.trans).resets = true;
              }
              return table.mutate(req);
            },
          };
        },
      };
    },
  };
  db.use(middleware);
}

// --- helpers -------------------------------------------------------------------------------------

function orThrow<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new UserError(parsed.error);
  return parsed.value;
}

function sortBy<T>(items: readonly T[], key: (item: T) => number): T[] {
  return [...items].sort((a, b) => key(a) - key(b));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
