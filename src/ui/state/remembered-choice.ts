/**
 * What a person chose in a tab for a session (the épreuve and class of the evaluation grids, the livret's class and
 * candidate), kept in this browser across reloads: a teacher coming back to her class found the first épreuve and the
 * first class again. Only in the browser's local storage (not the database, not in backups): a choice of screen.
 */
const prefix = 'delib.choix';

const keyOf = (name: string, sessionId: number) => `${prefix}.${name}.${sessionId}`;

/** The choice kept under `name` for the session, or null (none, or storage refused). */
export function rememberedChoice<T>(name: string, sessionId: number | null): T | null {
  if (sessionId === null) return null;
  try {
    const text = localStorage.getItem(keyOf(name, sessionId));
    return text === null ? null : (JSON.parse(text) as T);
  } catch {
    return null;
  }
}

/** Keeps `value` under `name` for the session (nothing when storage is refused: private browsing). */
export function rememberChoice(name: string, sessionId: number | null, value: unknown): void {
  if (sessionId === null) return;
  try {
    localStorage.setItem(keyOf(name, sessionId), JSON.stringify(value));
  } catch {
    // the choice is kept for this page only
  }
}
