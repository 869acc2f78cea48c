/**
 * The last import of a session, as the workspace watches it. Apart from src/db/imports.ts so that opening a session
 * does not load the code that applies and undoes imports (it is loaded when one is applied).
 */
import type { ImportUndo, LastImport } from '../domain/import-undo.ts';
import type { DelibDatabase } from './database.ts';

/** The session's last import, if there is one to undo: what « Dernier import » says, without the marks it touched. */
export async function lastImport(db: DelibDatabase, sessionId: number): Promise<LastImport | undefined> {
  const record = await db.imports.where('sessionId').equals(sessionId).last();
  return record ? lastImportOf(record, record.candidates) : undefined;
}

/** What « Dernier import » says of an import's undo record (`candidates`: their count, when the record keeps it). */
export function lastImportOf(undo: ImportUndo, candidates = candidatesOf(undo)): LastImport {
  const { id, sessionId, fileName, appliedAt, summary } = undo;
  return { id, sessionId, fileName, appliedAt, summary, candidates };
}

/** How many candidates undoing the import removes or changes. */
export function candidatesOf(undo: ImportUndo): number {
  return new Set([...undo.createdCandidateIds, ...undo.updatedCandidates.map((c) => c.id), ...undo.marks.map((m) => m.candidateId)]).size;
}
