/**
 * Calendar dates, the one place that knows them: typed and shown `JJ/MM/AAAA`, stored ISO `AAAA-MM-JJ`.
 * Dates are plain calendar days (no time zone): `today` is the local day of the computer.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** `JJ/MM/AAAA`, also `J/M/AAAA`, with `/`, `.` or `-`. */
const FRENCH_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

import type { Parsed } from './marks.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO `AAAA-MM-JJ` of a day, or null when it does not exist in the calendar (31/02, month 13…). */
export function calendarIso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // years 0–99 would otherwise be read as 1900–1999
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** True for a real calendar date written `AAAA-MM-JJ`. */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const match = ISO_DATE.exec(text);
  return match !== null && calendarIso(Number(match[1]), Number(match[2]), Number(match[3])) !== null;
}

/** The day, month and year of a text typed `JJ/MM/AAAA` (or `5/3/2004`, `05.03.2004`, `05-03-2004`), or null. */
export function frenchDateParts(text: string): { day: number; month: number; year: number } | null {
  const match = FRENCH_DATE.exec(text.trim());
  return match ? { day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) } : null;
}

/** `JJ/MM/AA`: a year of two digits, read 20AA. */
const FRENCH_SHORT_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$/;

/**
 * A day typed `JJ/MM/AAAA` (also `5/3/2025`, `05.03.2025`, `05-03-2025`) → ISO `AAAA-MM-JJ`; empty → null.
 * `shortYear`: `15/04/25` is also read, as the 15th of April 2025 (the dates typed in Délib are this century's:
 * deposits, orals, deliberations; not for birth dates). Off while a date is being typed, where `15/04/20` is only
 * the start of `15/04/2025`. The French message says what was typed and what is expected.
 */
export function parseTypedDate(text: string, { shortYear = false }: { shortYear?: boolean } = {}): Parsed<string | null> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const short = shortYear ? FRENCH_SHORT_DATE.exec(trimmed) : null;
  const parts = short ? { day: Number(short[1]), month: Number(short[2]), year: 2000 + Number(short[3]) } : frenchDateParts(trimmed);
  if (!parts) return { ok: false, error: `« ${trimmed} » : date attendue au format JJ/MM/AAAA, par exemple 20/05/2025` };
  const iso = calendarIso(parts.year, parts.month, parts.day);
  return iso ? { ok: true, value: iso } : { ok: false, error: `le ${trimmed} n'existe pas dans le calendrier` };
}

/** The parts of an ISO `AAAA-MM-JJ` text (calendar not checked), or null. */
export function isoDateParts(text: string): { day: number; month: number; year: number } | null {
  const match = ISO_DATE.exec(text.trim());
  return match ? { day: Number(match[3]), month: Number(match[2]), year: Number(match[1]) } : null;
}

/** `2004-03-05` → `05/03/2004`; null → ''; anything else unchanged. */
export function isoToFrench(iso: string | null): string {
  const match = iso ? ISO_DATE.exec(iso) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : (iso ?? '');
}

/** Today's local calendar day, ISO. */
export function todayIso(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The BTS session a day prepares: its written exams are in May and June, so from September (the school year's
 * start) on, the next year's. 5 December 2026 → 2027; 10 March 2027 → 2027; 31 August 2027 → 2027.
 */
export function sessionYearOn(now: Date = new Date()): number {
  return now.getMonth() >= 8 ? now.getFullYear() + 1 : now.getFullYear();
}
