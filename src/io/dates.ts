/** French dates: shown and typed `JJ/MM/AAAA`, stored ISO `AAAA-MM-JJ`. */
import type { Parsed } from '../domain/marks.ts';

/** `2004-03-05` → `05/03/2004`; null → ''. */
export function isoToFrenchDate(iso: string | null): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : (iso ?? '');
}

/**
 * A birth date typed `JJ/MM/AAAA` (also `5/3/2004`, `05.03.2004`, `05-03-2004`) → ISO `2004-03-05`;
 * empty → null. Refuses impossible dates (31/02) and dates after today.
 */
export function parseFrenchDate(text: string, today = new Date()): Parsed<string | null> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!match) return { ok: false, error: 'Date attendue au format JJ/MM/AAAA, par exemple 05/03/2004' };
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, error: `Le ${trimmed} n'existe pas dans le calendrier` };
  }
  if (year < 1900) return { ok: false, error: 'Année de naissance invalide (avant 1900)' };
  const iso = `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const todayIso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  if (iso > todayIso) return { ok: false, error: 'La date de naissance est dans le futur' };
  return { ok: true, value: iso };
}
