/** Backups, restore: a checked file written in one transaction, ids remapped, sessions replaced or copied. */
import { type Candidate, type ExamSession, type MarkRecord } from '../../domain/session.ts';
import { type RestoreChoice, restoredSessionNames } from '../../domain/session-names.ts';
import { type BackupFile } from '../../io/backup.ts';
import { toStored } from '../candidates.ts';
import type { DelibDatabase } from '../database.ts';
import { UserError } from '../errors.ts';
import { deleteSession } from '../sessions.ts';
import { putMarks } from '../marks.ts';
import { chunks } from '../chunks.ts';
import { OPEN_SESSION_ID } from '../settings.ts';
import { isQuotaError } from '../storage.ts';
import { CHANGES_SINCE_BACKUP, type Id, LAST_BACKUP_AT, sortBy } from './tables.ts';
import { type CheckedSession, checkBackupContent, checkBackupContentPausing } from './check.ts';

export type { RestoreChoice };

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
  /** The names of the sessions in the database: what the restored ones will be called depends on them (restoredSessionNames). */
  here: { name: string }[];
}

/** The files whose preview was made, checked: nothing in a file changes once it is read. */
const checkedFiles = new WeakMap<BackupFile, CheckedSession[]>();

/** Checks the whole file against this database's rules and says what restoring it would do. Writes nothing. */
export async function previewRestore(db: DelibDatabase, file: BackupFile): Promise<RestorePreview> {
  const checked = await checkBackupContentPausing(file.content);
  checkedFiles.set(file, checked);
  const existing = await db.sessions.toArray();
  return {
    createdAt: file.createdAt,
    here: existing.map((e) => ({ name: e.name })),
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
      // Checked by its preview already (pausing, outside the transaction), or here.
      const checked = checkedFiles.get(file) ?? checkBackupContent(file.content);
      const existing = await db.sessions.toArray();
      const openId = (await db.settings.get(OPEN_SESSION_ID))?.value;
      const matchOf = (item: CheckedSession) => existing.find((e) => e.createdAt === item.session.createdAt) ?? null;
      const names = restoredSessionNames(
        checked.map((item) => ({ fileId: item.fileId, name: item.session.name, existing: matchOf(item) })),
        existing,
        choices,
      );
      const restored: RestoredSession[] = [];
      for (const item of checked) {
        const match = matchOf(item);
        const name = names.get(item.fileId);
        if (name === undefined) continue; // left out
        let session: ExamSession;
        let action: RestoredSession['action'];
        if (match && choices[item.fileId] === 'replace') {
          await deleteSession(db, match.id!); // every row of every table that belongs to it
          session = { ...item.session, name, id: match.id! };
          action = 'replaced';
        } else if (match) {
          session = { ...item.session, name, createdAt: now.toISOString() };
          action = 'copied';
        } else {
          session = { ...item.session, name };
          action = 'added';
        }
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

/** Candidates written per request by a restore (their marks: eight times as many). */
const RESTORE_CHUNK = 500;

/** Writes one checked session with new ids for its rows; returns the session's id. */
async function writeSession(db: DelibDatabase, session: ExamSession, item: CheckedSession): Promise<Id> {
  const sessionId = await db.sessions.add(session);
  const etablissementIds = await db.etablissements.bulkAdd(
    item.etablissements.map((e) => ({ ...e.fields, sessionId })),
    { allKeys: true },
  );
  const etablissementId = new Map(item.etablissements.map((e, i) => [e.fileId, etablissementIds[i]!]));
  const candidates = item.candidates.map((c): Candidate => ({
    ...c.fields,
    sessionId,
    etablissementId: c.fields.etablissementId === null ? null : etablissementId.get(c.fields.etablissementId)!,
  }));
  // A few hundred records per request: each request's records are copied in one task (50,000 candidates at once
  // held the page for 2 s), and the page paints between two of them.
  const candidateIds: Id[] = [];
  for (const chunk of chunks(candidates, RESTORE_CHUNK)) candidateIds.push(...(await db.candidates.bulkAdd(chunk.map(toStored), { allKeys: true })));
  const candidateId = new Map(item.candidates.map((c, i) => [c.fileId, candidateIds[i]!]));
  const newCandidate = (id: Id) => candidateId.get(id)!;

  const marks = item.marks.map((m): MarkRecord => ({ ...m, sessionId, candidateId: newCandidate(m.candidateId) }));
  for (const chunk of chunks(marks, RESTORE_CHUNK * 8)) await putMarks(db, chunk);
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
