/**
 * Where the histogram writes a bar's count: above the bar, as large as fits its width (a count never runs over its
 * neighbour's: at 50,000 candidates in half-point classes, bars are 13 units wide and counts have four digits).
 * Widths are estimated from the glyphs (digits at 0.64 em, a little wider than DejaVu Sans and Segoe UI draw them).
 */

/** The count labels' usual size, and the smallest still read easily; below it, the bar has no label (its title says the count). */
export const LABEL_SIZE = 11;
export const LABEL_MIN_SIZE = 8;

const DIGIT_EM = 0.64;
const SPACE_EM = 0.25;

/** The width of `text` (digits and thin spaces) at `size`, never less than it is drawn. */
export function labelWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += /\d/.test(ch) ? DIGIT_EM : SPACE_EM;
  return em * size;
}

/** The size at which `text` fits in `room` (at most LABEL_SIZE), or null when even LABEL_MIN_SIZE is too wide. */
export function labelSize(text: string, room: number): number | null {
  const size = Math.min(LABEL_SIZE, Math.floor((room / labelWidth(text, 1)) * 10) / 10);
  return size >= LABEL_MIN_SIZE ? size : null;
}
