/** Candidate numbers: how they sort and how a number that lost its leading zeros is recognised. */

/** Candidate numbers sort as numbers when they are, so `2` comes before `10`. */
export function compareNumero(a: string, b: string): number {
  return a.localeCompare(b, 'fr', { numeric: true });
}

/**
 * `02431000001` → `2431000001`: an all-digit number without its leading zeros (Excel drops them when
 * it opens a CSV file); null when the number is not all digits.
 */
export function numeroWithoutZeros(numero: string): string | null {
  return /^\d+$/.test(numero) ? numero.replace(/^0+(?=\d)/, '') : null;
}
