/** Backups, export: the sessions of a scope with all their rows, as a backup file. */
import { type ConformityRecord } from '../../domain/conformity.ts';
import type { LivretRecord } from '../../domain/livret.ts';
import type { Parsed } from '../../domain/marks.ts';
import { type AuditEntry, type Deliberation, type Etablissement, type EvaluationRecord, type JuryNote } from '../../domain/session.ts';
import { readBackup, writeBackupParts, type BackupContent, type BackupFile, type BackupSetting } from '../../io/backup.ts';
import { candidatesOfSession, fromStored } from '../candidates.ts';
import type { DelibDatabase, MarkBlock } from '../database.ts';
import { UserError } from '../errors.ts';
import { BACKED_UP_TABLES, type Id, SESSION_SETTINGS, SESSION_SETTING_KEY, compareText, sortBy } from './tables.ts';
import { markBackedUp } from './counter.ts';
import { markBlocksOfSessions, marksOfBlocks } from '../marks.ts';
import { pauses } from '../../io/next-task.ts';

/** Which sessions to save: every one, or one by id. */
export type BackupScope = 'all' | { sessionId: number };

/**
 * Reads the sessions of `scope` with all their rows, in one read transaction (a consistent snapshot even if
 * another tab writes meanwhile), sorted so that the same data always gives the same file.
 */
export async function collectBackup(db: DelibDatabase, scope: BackupScope): Promise<{ content: BackupContent; complete: boolean }> {
  const { content, markBlocks, sessionIds, complete } = await readBackupTables(db, scope);
  // The marks are decoded once the transaction is over: their decoding pauses.
  return { content: { ...content, marks: await marksOfBlocks(markBlocks, sessionIds, pauses()) }, complete };
}

/** collectBackup's read: every list but the marks, whose stored blocks are given as they are. */
function readBackupTables(
  db: DelibDatabase,
  scope: BackupScope,
): Promise<{ content: BackupContent; markBlocks: MarkBlock[]; sessionIds: number[]; complete: boolean }> {
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
      candidates: sortBy((await Promise.all(ids.map((id) => candidatesOfSession(db, id).toArray()))).flat().map(fromStored), (c) => c.id!),
      marks: [],
      conformity: sortBy(await bySession<ConformityRecord>(db.conformity), (c) => c.candidateId),
      deliberations: sortBy(await bySession<Deliberation>(db.deliberations), (d) => d.sessionId),
      audit: sortBy(await bySession<AuditEntry>(db.audit), (a) => a.id!),
      juryNotes: sortBy(await bySession<JuryNote>(db.juryNotes), (n) => n.candidateId),
      evaluations: (await bySession<EvaluationRecord>(db.evaluations)).sort((a, b) => a.candidateId - b.candidateId || compareText(a.unit, b.unit)),
      livrets: sortBy(await bySession<LivretRecord>(db.livrets), (l) => l.candidateId),
      settings: settings.map((s): BackupSetting => ({ key: s.key, value: s.value })).sort((a, b) => compareText(a.key, b.key)),
    };
    return { content, markBlocks: await markBlocksOfSessions(db, ids), sessionIds: ids, complete: sessions.length === all.length };
  });
}

export interface BackupExport {
  /** The file's text, in parts (writeBackupParts): 80 MB for 50,000 candidates. */
  parts: readonly string[];
  /** The parts joined (made when read). */
  readonly text: string;
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
  const parts = await writeBackupParts(content, { schemaVersion: db.verno, createdAt });
  if (complete) await markBackedUp(db, createdAt);
  const candidates = new Map<number, number>();
  for (const c of content.candidates) candidates.set(c.sessionId, (candidates.get(c.sessionId) ?? 0) + 1);
  return {
    parts,
    get text() {
      return parts.join('');
    },
    createdAt,
    sessions: content.sessions.map((s) => ({ name: s.name, candidates: candidates.get(s.id!) ?? 0 })),
    complete,
  };
}

/**
 * Reads a backup file for this database (format, version, checksum); errors as values, in French. The text may come
 * in pieces, as the file is read.
 */
export async function readBackupFile(db: DelibDatabase, text: string | readonly string[]): Promise<Parsed<BackupFile>> {
  if (!db.isOpen()) await db.open();
  return readBackup(text, { schemaVersion: db.verno });
}
