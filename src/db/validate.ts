/** Small checks shared by the repositories; each throws a UserError with a French message. */
import { isIsoDate } from '../domain/dates.ts';
import type { ExamSession } from '../domain/session.ts';
import { getPreset } from '../domain/presets/index.ts';
import type { Regulation } from '../domain/regulation.ts';
import type { DelibDatabase, StoredCandidate } from './database.ts';
import { UserError } from './errors.ts';
import { checkName, checkText, TEXT_MAX_LENGTH } from '../domain/text.ts';

export { isIsoDate } from '../domain/dates.ts';

/**
 * `value` trimmed; refused when empty and `required`, when it holds a control character (NUL, escape…), or when
 * longer than the limit (domain/text.ts: `name` for the names of people, establishments and sessions, one line
 * of NAME_MAX_LENGTH characters; otherwise TEXT_MAX_LENGTH, line breaks allowed).
 */
export function text(value: unknown, label: string, required: boolean, kind: 'name' | 'text' = 'text'): string {
  if (typeof value !== 'string') {
    if (!required && (value === undefined || value === null)) return '';
    throw new UserError(`${label} : texte attendu.`);
  }
  const checked = kind === 'name' ? checkName(value, label, required) : checkText(value, label, { required, max: TEXT_MAX_LENGTH, multiline: true });
  if (!checked.ok) throw new UserError(checked.message);
  return checked.value;
}

export function isoDateOrNull(value: unknown, message: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string' || !isIsoDate(value)) throw new UserError(message);
  return value;
}

export async function requireSession(db: DelibDatabase, id: number): Promise<ExamSession & { id: number }> {
  const session = await db.sessions.get(id);
  if (!session) throw new UserError("Cette session n'existe pas (ou plus).");
  return session as ExamSession & { id: number };
}

/** The session's own copy of its regulation (a record written before schema v6: its preset), or undefined. */
export function sessionRegulation(session: Pick<ExamSession, 'presetId' | 'regulation'>): Regulation | undefined {
  return session.regulation ?? getPreset(session.presetId);
}

export function regulationOf(session: Pick<ExamSession, 'presetId' | 'regulation'>): Regulation {
  const regulation = sessionRegulation(session);
  if (!regulation) throw new UserError(`Réglementation inconnue : « ${session.presetId} ».`);
  return regulation;
}

const NO_SUCH_CANDIDATE = "Ce candidat n'existe pas (ou plus).";

export async function requireCandidate(db: DelibDatabase, id: number): Promise<StoredCandidate & { id: number }> {
  const candidate = await db.candidates.get(id);
  if (!candidate) throw new UserError(NO_SUCH_CANDIDATE);
  return candidate as StoredCandidate & { id: number };
}

/** requireCandidate for many, in one request, in the order of `ids`. */
export async function requireCandidates(db: DelibDatabase, ids: readonly number[]): Promise<(StoredCandidate & { id: number })[]> {
  return (await db.candidates.bulkGet([...ids])).map((candidate, i) => {
    if (!candidate) throw new UserError(NO_SUCH_CANDIDATE);
    return { ...candidate, id: ids[i]! };
  });
}

/**
 * Runs `check`, prefixing the message of a UserError with where it happened (`Candidat « 0012 » : …`). `place` may
 * be a function, called only then (half a million records need no text each).
 */
export function within<T>(place: string | (() => string), check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`${typeof place === 'string' ? place : place()} : ${lowerFirst(error.message)}`);
    throw error;
  }
}

function lowerFirst(message: string): string {
  // `Le nom…` → `le nom…`, `L'année…` → `l'année…`; codes (`NV impossible…`, `E4 …`) stay as they are.
  return /^\p{Lu}[\p{Ll}']/u.test(message) ? message[0]!.toLowerCase() + message.slice(1) : message;
}

/** `within` for an async check: a UserError's message is prefixed with the place. */
export async function withinAsync<T>(place: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UserError) {
      return within(place, () => {
        throw error;
      });
    }
    throw error;
  }
}
