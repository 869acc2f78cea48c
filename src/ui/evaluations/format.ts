/** Small pure helpers of the grids tab: dates typed JJ/MM/AAAA, marks of parts, names. */
import { parseTypedDate } from '../../domain/dates.ts';
import type { Parsed } from '../../domain/marks.ts';

/**
 * The date of an épreuve typed `JJ/MM/AAAA` (also `5/3/2025`, `05.03.2025`, `05-03-2025`) → ISO; empty → null.
 * Unlike a birth date, it may be in the future (a grid prepared before the oral).
 */
export function parseExamDate(text: string): Parsed<string | null> {
  // Read once the field is left or Entrée pressed (never while typed): « 14/5/24 » is the 14th of May 2024.
  const parsed = parseTypedDate(text, { shortYear: true });
  if (parsed.ok && parsed.value !== null && parsed.value < '2000') return { ok: false, error: `le ${text.trim()} n'existe pas dans le calendrier` };
  return parsed;
}

/** `DUPONT Léa`: the surname in capitals, as on the annexes' documents. */
export function candidateName(candidate: { nom: string; prenom: string }): string {
  return `${candidate.nom.toLocaleUpperCase('fr')} ${candidate.prenom}`.trim();
}
