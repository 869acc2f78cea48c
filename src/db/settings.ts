/** Key/value settings of the app, kept in the database (schema v2). */
import type { DelibDatabase } from './database.ts';

/** Id of the session the user last opened (a number), absent when none. */
export const OPEN_SESSION_ID = 'openSessionId';

export async function getSetting<T>(db: DelibDatabase, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

/** Stores a structured-cloneable value; `undefined` removes the setting. */
export async function setSetting(db: DelibDatabase, key: string, value: unknown): Promise<void> {
  if (value === undefined) await db.settings.delete(key);
  else await db.settings.put({ key, value });
}
