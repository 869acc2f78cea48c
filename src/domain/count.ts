/**
 * How the interface writes a number of things: `50 000 candidats`, as French does (a thin no-break space between
 * thousands, so a number is never cut at the end of a line), and the singular for 0 and 1 (`0 candidat`, `1 note`).
 */

/** Between groups of three digits: the narrow no-break space French typography and `Intl` (fr-FR) use. */
export const THOUSANDS_SEPARATOR = '\u202f';

/** `50 000`, `1 250 000`, `999`: a whole number with its thousands apart. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS_SEPARATOR);
}

/** `0 candidat`, `1 candidat`, `5 000 candidats`; `many` when the plural is not `one` + s (`nouveaux candidats`). */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n > 1 ? many : one}`;
}
