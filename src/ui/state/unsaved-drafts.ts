/**
 * Rows typed in a grid's blank row and not stored yet (the row is stored on Enter), and texts typed in a field stored
 * after a pause in typing (CommitInput: `champ:<id>`) during that pause. Kept here, outside the grid,
 * so that opening another tab (which removes the grid) does not lose them; while one holds something, leaving the
 * page asks for confirmation as a pending write does (pending-writes.ts). Memory only: a reload accepted by the
 * user drops them.
 */
const drafts = new Map<string, unknown>();

/** Keeps the row typed under `key` (`grid:sessionId`, e.g. `candidats:3`), or forgets it (null). */
export function keepDraft(key: string, row: unknown): void {
  if (row === null) drafts.delete(key);
  else drafts.set(key, row);
}

/** The row kept under `key`, if any. */
export function keptDraft<Row>(key: string): Row | undefined {
  return drafts.get(key) as Row | undefined;
}

/** Whether a blank row somewhere holds something typed and not stored. */
export function hasUnsavedDrafts(): boolean {
  return drafts.size > 0;
}

/** Forgets the rows typed in a session's grids (the session is deleted: nothing is left to store them in). */
export function forgetSessionDrafts(sessionId: number): void {
  for (const key of [...drafts.keys()]) if (key.endsWith(`:${sessionId}`)) drafts.delete(key);
}
