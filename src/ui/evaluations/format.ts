/** Small pure helpers of the grids tab: dates typed JJ/MM/AAAA, marks of parts, names. */
import type { Parsed } from '../../domain/marks.ts';

/**
 * The date of an épreuve typed `JJ/MM/AAAA` (also `5/3/2025`, `05.03.2025`, `05-03-2025`) → ISO; empty → null.
 * Unlike a birth date, it may be in the future (a grid prepared before the oral).
 */
export function parseExamDate(text: string): Parsed<string | null> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!match) return { ok: false, error: `« ${trimmed} » : date attendue au format JJ/MM/AAAA, par exemple 20/05/2025` };
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 2000) {
    return { ok: false, error: `le ${trimmed} n'existe pas dans le calendrier` };
  }
  return { ok: true, value: `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** `DUPONT Léa`: the surname in capitals, as on the annexes' documents. */
export function candidateName(candidate: { nom: string; prenom: string }): string {
  return `${candidate.nom.toLocaleUpperCase('fr')} ${candidate.prenom}`.trim();
}
