/**
 * What a person chose in a tab for a session (the épreuve and class of the evaluation grids, the livret's class and
 * candidate), kept in this browser across reloads: a teacher coming back to her class found the first épreuve and the
 * first class again. Only in the browser's storage (not the database, not in backups): a choice of screen.
 */
const prefix = 'delib.choix';

const keyOf = (name: string, sessionId: number) => `${prefix}.${name}.${sessionId}`;

/**
 * A value kept in a browser storage (local: this browser; session: this tab), or null: none, unreadable, or the
 * storage refused (private browsing; even naming `localStorage` may throw then, hence the function).
 */
export function readKept<T>(storage: () => Storage, key: string): T | null {
  try {
    const text = storage().getItem(key);
    return text === null ? null : (JSON.parse(text) as T);
  } catch {
    return null;
  }
}

/** Keeps `value` there (null: forgets it); refused storage keeps it for this page only. */
export function keep(storage: () => Storage, key: string, value: unknown): void {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, JSON.stringify(value));
  } catch {
    // the value lives in the page alone
  }
}

/** The choice kept under `name` for the session, or null. */
export function rememberedChoice<T>(name: string, sessionId: number | null): T | null {
  return sessionId === null ? null : readKept<T>(() => localStorage, keyOf(name, sessionId));
}

/** Keeps `value` under `name` for the session. */
export function rememberChoice(name: string, sessionId: number | null, value: unknown): void {
  if (sessionId !== null) keep(() => localStorage, keyOf(name, sessionId), value);
}
