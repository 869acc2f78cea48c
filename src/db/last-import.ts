/**
 * The last import of a session, as the workspace watches it. Apart from src/db/imports.ts so that opening a session
 * does not load the code that applies and undoes imports (it is loaded when one is applied).
 */
import type { ImportUndo, LastImport } from '../domain/import-undo.ts';
import type { DelibDatabase, StoredImport } from './database.ts';
import { decodeTouchedMark, splitTouchedMarks } from './marks-codec.ts';

/** The session's last import, if there is one to undo: what « Dernier import » says, without the marks it touched. */
export async function lastImport(db: DelibDatabase, sessionId: number): Promise<LastImport | undefined> {
  const record = await db.imports.where('sessionId').equals(sessionId).last();
  if (!record) return undefined;
  const { id, fileName, appliedAt, summary } = record;
  return { id, sessionId, fileName, appliedAt, summary, candidates: record.candidates ?? candidatesOf(record) };
}

/** How many candidates undoing the import removes or changes. */
export function candidatesOf(undo: ImportUndo): number {
  return new Set([...undo.createdCandidateIds, ...undo.updatedCandidates.map((c) => c.id), ...undo.marks.map((m) => m.candidateId)]).size;
}

/**
 * The undo record as the app sees it. `marks`: the touched marks already decoded, if they are (a record's text of
 * them is decoded otherwise, in one go).
 */
export function toUndo(record: StoredImport, marks?: ImportUndo['marks']): ImportUndo {
  const { written: _written, touched, candidates: _candidates, ...undo } = record;
  if (touched === undefined) return undo;
  return { ...undo, marks: marks ?? splitTouchedMarks(touched).map((entry) => decodeTouchedMark(entry, record.sessionId)) };
}
