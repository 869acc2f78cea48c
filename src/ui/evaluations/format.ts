/** Small pure helpers of the grids tab: dates typed JJ/MM/AAAA, marks of parts, names. */
import { calendarIso, frenchDateParts } from '../../domain/dates.ts';
import type { Parsed } from '../../domain/marks.ts';

/**
 * The date of an épreuve typed `JJ/MM/AAAA` (also `5/3/2025`, `05.03.2025`, `05-03-2025`) → ISO; empty → null.
 * Unlike a birth date, it may be in the future (a grid prepared before the oral).
 */
export function parseExamDate(text: string): Parsed<string | null> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const parts = frenchDateParts(trimmed);
  if (!parts) return { ok: false, error: `« ${trimmed} » : date attendue au format JJ/MM/AAAA, par exemple 20/05/2025` };
  const iso = parts.year < 2000 ? null : calendarIso(parts.year, parts.month, parts.day);
  return iso ? { ok: true, value: iso } : { ok: false, error: `le ${trimmed} n'existe pas dans le calendrier` };
}

/** `DUPONT Léa`: the surname in capitals, as on the annexes' documents. */
export function candidateName(candidate: { nom: string; prenom: string }): string {
  return `${candidate.nom.toLocaleUpperCase('fr')} ${candidate.prenom}`.trim();
}
