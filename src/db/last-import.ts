/**
 * The undo record of a session's last import, as the workspace watches it. Apart from src/db/imports.ts so that
 * opening a session does not load the code that applies and undoes imports (it is loaded when one is applied).
 */
import type { ImportUndo } from '../domain/import-undo.ts';
import type { DelibDatabase, StoredImport } from './database.ts';

/** The undo record of the last import of the session, if there is one to undo. */
export async function lastImport(db: DelibDatabase, sessionId: number): Promise<ImportUndo | undefined> {
  const record = await db.imports.where('sessionId').equals(sessionId).last();
  return record && toUndo(record);
}

export function toUndo(record: StoredImport): ImportUndo {
  const { written: _written, ...undo } = record;
  return undo;
}
