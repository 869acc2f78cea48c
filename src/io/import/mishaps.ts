/**
 * What a spreadsheet program does to a file on the way, caught in the preview and never stored silently:
 * candidate numbers that lost their leading zeros (a number cell), letters replaced by `?` (a save in
 * Windows-1252 of a name it cannot hold, such as « Nguyễn »). Two-digit years are read in cells.ts.
 */

/**
 * The usual length of a candidate number (11 digits, `02431000001`): the reference when neither the session
 * nor the file gives one.
 */
export const USUAL_NUMERO_LENGTH = 11;

/** At most this many zeros are taken as lost (a number 3 digits shorter is another number). */
const MAX_LOST_ZEROS = 2;

const ALL_DIGITS = /^\d+$/;

function mostCommonLength(numeros: Iterable<string>): number | null {
  const counts = new Map<number, number>();
  for (const n of numeros) if (ALL_DIGITS.test(n)) counts.set(n.length, (counts.get(n.length) ?? 0) + 1);
  let best: number | null = null;
  for (const [length, count] of counts) {
    if (best === null || count > counts.get(best)! || (count === counts.get(best)! && length > best)) best = length;
  }
  return best;
}

/**
 * The length the all-digit candidate numbers should have: the most common one in the session; else that of
 * the file's numbers that kept a leading zero (it only survives in a text cell, so they have their full
 * length); else the file's most common one, unless every number of the file is one or two digits short of
 * the usual length (then the usual length).
 */
export function referenceNumeroLength(sessionNumeros: Iterable<string>, fileNumeros: readonly string[]): number | null {
  const session = mostCommonLength(sessionNumeros);
  if (session !== null) return session;
  const zeroLed = mostCommonLength(fileNumeros.filter((n) => n.length > 1 && n.startsWith('0')));
  if (zeroLed !== null) return zeroLed;
  const file = mostCommonLength(fileNumeros);
  if (file === null) return null;
  const digits = fileNumeros.filter((n) => ALL_DIGITS.test(n));
  const allShort = digits.length > 0 && digits.every((n) => n.length < USUAL_NUMERO_LENGTH && n.length >= USUAL_NUMERO_LENGTH - MAX_LOST_ZEROS);
  return allShort ? USUAL_NUMERO_LENGTH : file;
}

/** Below this length, numbers are a school's own numbering (1, 2… 150): their lengths differ for no loss. */
const MIN_REFERENCE_LENGTH = 6;

/** The number with its lost zeros back (`2431000001` → `02431000001`), or null when it does not look truncated. */
export function withLostZeros(numero: string, reference: number | null): string | null {
  if (reference === null || reference < MIN_REFERENCE_LENGTH || !ALL_DIGITS.test(numero)) return null;
  const missing = reference - numero.length;
  return missing >= 1 && missing <= MAX_LOST_ZEROS ? '0'.repeat(missing) + numero : null;
}

const LOST = /[?\uFFFD]/u;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when `after` is `before` with letters replaced by `?` or U+FFFD (« Nguyễn » → « Nguy?n »): each of them
 * stands for one to three non-ASCII characters (a letter and its combining accents).
 */
export function lettersLost(before: string, after: string): boolean {
  if (before === after || !LOST.test(after) || LOST.test(before)) return false;
  const pattern = [...after.normalize('NFC')].map((ch) => (LOST.test(ch) ? '[^\\x00-\\x7F]{1,3}' : escapeRegExp(ch))).join('');
  return new RegExp(`^${pattern}$`, 'u').test(before.normalize('NFC'));
}

/** A new text that looks damaged: U+FFFD anywhere, or a `?` right after a letter (« Nguy?n », « Th? »). */
export function looksDamaged(text: string): boolean {
  return text.includes('\uFFFD') || (text.includes('?') && /\p{L}\?/u.test(text));
}
