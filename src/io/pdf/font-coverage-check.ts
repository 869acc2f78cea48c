/**
 * Which characters the PDF documents can print: Windows-1252 with jsPDF's Helvetica, and every character of
 * the embedded Unicode font (font-coverage.ts, generated with the font). No jsPDF and no font file here: the
 * UI uses it to warn, before printing, about names with characters no font has (emoji, CJK…).
 */
import { UNICODE_FONT_RANGES } from './font-coverage.ts';

/** True when the embedded Unicode font draws the character whose code point is `code`. */
export function isCoveredByUnicodeFont(code: number): boolean {
  let lo = 0;
  let hi = UNICODE_FONT_RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = UNICODE_FONT_RANGES[mid]!;
    if (code < first) hi = mid - 1;
    else if (code > last) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Spaces and invisible characters: written as a space or dropped, never a problem. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern finds
const HARMLESS = /[\s\u00ad\u200b-\u200f\u2060-\u2064\ufeff\u0000-\u001f\u007f-\u009f]/u;

/**
 * The distinct characters of `text` that no PDF font prints (they come out as « ? »), in order of appearance.
 * Characters with a readable stand-in (`≥` → `>=`, ligatures) do not count.
 */
export function uncoveredCharacters(text: string): string[] {
  const out: string[] = [];
  for (const ch of text.normalize('NFC')) {
    if (HARMLESS.test(ch) || isCoveredByUnicodeFont(ch.codePointAt(0)!)) continue;
    const compat = ch.normalize('NFKD');
    if (compat !== ch && [...compat].every((c) => isCoveredByUnicodeFont(c.codePointAt(0)!))) continue;
    if (!out.includes(ch)) out.push(ch);
  }
  return out;
}
