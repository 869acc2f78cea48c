/** French dates: shown and typed `JJ/MM/AAAA`, stored ISO `AAAA-MM-JJ`. */
import { calendarIso, frenchDateParts, isoToFrench, todayIso } from '../domain/dates.ts';
import type { Parsed } from '../domain/marks.ts';

/** `2004-03-05` → `05/03/2004`; null → ''. */
export const isoToFrenchDate = isoToFrench;

/**
 * A birth date typed `JJ/MM/AAAA` (also `5/3/2004`, `05.03.2004`, `05-03-2004`) → ISO `2004-03-05`;
 * empty → null. Refuses impossible dates (31/02) and dates after today.
 */
export function parseFrenchDate(text: string, today = new Date()): Parsed<string | null> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const parts = frenchDateParts(trimmed);
  if (!parts) return { ok: false, error: 'Date attendue au format JJ/MM/AAAA, par exemple 05/03/2004' };
  const iso = calendarIso(parts.year, parts.month, parts.day);
  if (!iso) return { ok: false, error: `Le ${trimmed} n'existe pas dans le calendrier` };
  if (parts.year < 1900) return { ok: false, error: 'Année de naissance invalide (avant 1900)' };
  if (iso > todayIso(today)) return { ok: false, error: 'La date de naissance est dans le futur' };
  return { ok: true, value: iso };
}
