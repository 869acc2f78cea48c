/** What a backup holds and the helpers its parts share. */
import { checkConformitySettings, conformityUnits, type ConformitySettings } from '../../domain/conformity.ts';
import type { Parsed } from '../../domain/marks.ts';
import type { Regulation } from '../../domain/regulation.ts';
import { UserError } from '../errors.ts';

/** The tables a backup holds, every row of the sessions it covers. */
export const BACKED_UP_TABLES = [
  'sessions',
  'etablissements',
  'candidates',
  // The marks, one record per block of candidates since schema v10 (the file keeps a `marks` list of rows: marks.ts).
  'markBlocks',
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
export const SESSION_SETTINGS: Readonly<Record<string, (value: unknown, regulation: Regulation) => unknown>> = {
  conformity: (value, regulation) => {
    if (typeof value !== 'object' || value === null) throw new UserError('réglages de conformité invalides.');
    return orThrow(checkConformitySettings(value as ConformitySettings, conformityUnits(regulation)));
  },
};

export const SESSION_SETTING_KEY = /^([A-Za-z][\w-]*):(\d+)$/;

/** Settings key of this browser: changes counted since the last backup (a number). */
export const CHANGES_SINCE_BACKUP = 'changesSinceBackup';
/** Settings key of this browser: when the last backup of every session was made (ISO), absent if never. */
export const LAST_BACKUP_AT = 'lastBackupAt';

export type Id = number;

export function orThrow<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new UserError(parsed.error);
  return parsed.value;
}

export function sortBy<T>(items: readonly T[], key: (item: T) => number): T[] {
  return [...items].sort((a, b) => key(a) - key(b));
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
