/**
 * The Unicode font of the PDF documents: DejaVu Sans (regular and bold), cut down to the scripts a candidate's
 * name may be written in (Latin with its extensions and Vietnamese, Greek, Cyrillic, Hebrew, Arabic). See
 * scripts/pdf-fonts.py and fonts/LICENSE-DejaVu.txt.
 *
 * jsPDF's built-in Helvetica only knows Windows-1252: text within it keeps Helvetica (the layouts do not move),
 * text with any other letter (`Nguyễn`, `Łukasz`, `محمد`) is written with DejaVu Sans, embedded (jsPDF keeps
 * only the glyphs used). The fonts are files next to the PDF code: this module waits for them when it is first
 * imported (top-level await), i.e. when the UI does `await import('…/pdf/releve.ts')`, so the generators stay
 * synchronous. The service worker precaches them with the rest of the app.
 */
import type { jsPDF } from 'jspdf';
import { UNICODE_FONT_RANGES } from './font-coverage.ts';

export { isCoveredByUnicodeFont, uncoveredCharacters } from './font-coverage-check.ts';

/** The family name the documents use for the embedded font. */
export const UNICODE_FONT = 'DejaVuSans';

async function loadFile(url: URL): Promise<string> {
  let bytes: Uint8Array;
  const node = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
  if (url.protocol === 'file:' || node) {
    // Node (tests, CLI): read the file. The specifier is a variable so that bundlers leave it alone. Under a DOM
    // emulation (jsdom) the URL is the dev server's (/src/io/pdf/fonts/…): the same path from the project root.
    const fs = 'node:fs/promises';
    const { readFile } = (await import(/* @vite-ignore */ fs)) as typeof import('node:fs/promises');
    bytes = new Uint8Array(await readFile(url.protocol === 'file:' ? url : `${process.cwd()}${decodeURIComponent(url.pathname)}`));
  } else {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`La police des PDF n'a pas pu être chargée (${response.status}).`);
    bytes = new Uint8Array(await response.arrayBuffer());
  }
  // jsPDF takes a font as a "binary string" (one char per byte).
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return binary;
}

const [REGULAR, BOLD] = await Promise.all([
  loadFile(new URL('./fonts/DejaVuSans-pdf.ttf', import.meta.url)),
  loadFile(new URL('./fonts/DejaVuSans-Bold-pdf.ttf', import.meta.url)),
]);

const registered = new WeakSet<jsPDF>();

/** Hebrew, Arabic and their presentation forms: text written right to left. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** A letter or digit written left to right (Latin, Greek, Cyrillic…, digits): a mixed text. */
const LEFT_TO_RIGHT = /(?![\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc])[\p{L}\p{N}]/u;

/** The text as a PDF string in UTF-16BE with its byte-order mark, in hexadecimal. */
function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/**
 * Makes the Unicode font available in `doc` (once per document; italic styles use the upright faces).
 *
 * Right-to-left names: jsPDF shapes Arabic letters (initial, medial, final forms) and lays Hebrew and Arabic runs
 * out in display order, so the page reads right. Text extraction (copy, search, pdftotext) reads the glyphs as
 * laid out and puts right-to-left runs back in reading order, except a text made only of right-to-left letters
 * (a lone `אבי` came back reversed); such a text is marked with its letters in display order (`/ActualText`,
 * PDF 1.5 marked content), which extraction then puts back in reading order.
 */
export function registerUnicodeFont(doc: jsPDF): void {
  if (registered.has(doc)) return;
  registered.add(doc);
  const text = doc.text.bind(doc) as (...args: unknown[]) => jsPDF;
  const write = (line: string) => (doc.internal as unknown as { write(line: string): void }).write(line);
  (doc as { text: unknown }).text = (value: unknown, ...rest: unknown[]) => {
    if (typeof value !== 'string' && !(Array.isArray(value) && value.length === 1 && typeof value[0] === 'string')) return text(value, ...rest);
    const typed = String(Array.isArray(value) ? value[0] : value);
    if (!RIGHT_TO_LEFT.test(typed) || LEFT_TO_RIGHT.test(typed)) return text(value, ...rest);
    write(`/Span << /ActualText ${utf16Hex([...typed].reverse().join(''))} >> BDC`);
    const result = text(value, ...rest);
    write('EMC');
    return result;
  };
  doc.addFileToVFS('DejaVuSans-pdf.ttf', REGULAR);
  doc.addFileToVFS('DejaVuSans-Bold-pdf.ttf', BOLD);
  doc.addFont('DejaVuSans-pdf.ttf', UNICODE_FONT, 'normal', 'Identity-H');
  doc.addFont('DejaVuSans-pdf.ttf', UNICODE_FONT, 'italic', 'Identity-H');
  doc.addFont('DejaVuSans-Bold-pdf.ttf', UNICODE_FONT, 'bold', 'Identity-H');
  doc.addFont('DejaVuSans-Bold-pdf.ttf', UNICODE_FONT, 'bolditalic', 'Identity-H');
}

/**
 * Makes the text of the PDF (copy, search, pdftotext) give back the letters as typed: jsPDF records, for each
 * glyph, the character it was asked to draw, i.e. for Arabic the contextual presentation form (U+FE70…) it
 * chose; this maps each of those back to its letter (`ﻣ` → `م`). Call once the document is complete.
 */
export function restoreTypedLetters(doc: jsPDF): void {
  if (!registered.has(doc)) return;
  const getFont = (doc.internal as unknown as { getFont(family: string, style: string): { metadata?: { toUnicode?: Record<string, number> } } }).getFont;
  for (const style of ['normal', 'bold', 'italic', 'bolditalic']) {
    const toUnicode = getFont(UNICODE_FONT, style)?.metadata?.toUnicode;
    if (!toUnicode) continue;
    for (const [glyph, code] of Object.entries(toUnicode)) {
      if (code < 0xfb50 || code > 0xfeff) continue;
      const letter = String.fromCharCode(code).normalize('NFKC');
      if (letter.length === 1) toUnicode[glyph] = letter.charCodeAt(0);
    }
  }
}

const WRONG_ORDERING = '/Ordering (Identity-H)';
const RIGHT_ORDERING = '/Ordering (Identity)  '; // same length: the cross-reference offsets stay right

/**
 * jsPDF names the character collection of an embedded font `Identity-H` (its encoding) instead of `Identity`;
 * readers cope, some with a warning (poppler: « Unknown character collection 'Adobe-Identity-H' »). Fixed in
 * place in the finished bytes (the font dictionaries are not compressed).
 */
export function fixCharacterCollection(bytes: Uint8Array): Uint8Array {
  const wrong = [...WRONG_ORDERING].map((c) => c.charCodeAt(0));
  outer: for (let i = bytes.indexOf(wrong[0]!); i !== -1 && i <= bytes.length - wrong.length; i = bytes.indexOf(wrong[0]!, i + 1)) {
    for (let j = 1; j < wrong.length; j++) if (bytes[i + j] !== wrong[j]) continue outer;
    for (let j = 0; j < wrong.length; j++) bytes[i + j] = RIGHT_ORDERING.charCodeAt(j);
  }
  return bytes;
}

export { UNICODE_FONT_RANGES };
