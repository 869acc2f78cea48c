/**
 * The shared base of every PDF the jury signs (relevés, PV, conformity notices, contrôle lists):
 * A4 page, header (académie, session, diploma), footer (« Page n / N », generation date), signature
 * blocks, tables (jspdf-autotable, French, headers repeated on every page), and the number formats of
 * the results engine (docs/regles.md R3: 2 decimals truncated, decimal comma).
 *
 * No DOM and no database: plain data in, bytes out, so the same code runs in the browser and in Node.
 * jsPDF is imported statically here; the UI loads these modules with `await import(...)` so jsPDF
 * stays out of the main bundle.
 *
 * Text goes through `pdfText()` first: jsPDF's built-in Helvetica only knows the Windows-1252
 * repertoire, so text within it stays in Helvetica, and text with other letters (`Nguyễn`, `Łukasz`, `محمد`)
 * is written with the embedded Unicode font (fonts.ts). Symbols outside Windows-1252 get a readable
 * equivalent (`≥` → `>=`), and characters no font has (emoji) a visible `?`, never a wrong glyph.
 */
import { jsPDF } from 'jspdf';
import { __createTable, autoTable, type CellDef, type CellInput, type RowInput, type UserOptions } from 'jspdf-autotable';
import { type Average, formatHundredthsFixed, formatHundredthsShort, formatPointsExact, pointsToHundredths } from '../../domain/exact.ts';
import { type ControleMark, type Mark, SPECIAL_LABELS } from '../../domain/marks.ts';
import { type CandidateResult, DECISION_LABELS, formatAverage } from '../../domain/results.ts';
import type { DeliberationPhase } from '../../domain/session.ts';
import { isoToFrenchDate } from '../dates.ts';
import { fixCharacterCollection, isCoveredByUnicodeFont, registerUnicodeFont, restoreTypedLetters, UNICODE_FONT } from './fonts.ts';

export { isoToFrenchDate };

/** What every document says about its session (header, footer). */
export interface PdfSession {
  name: string;
  academie: string;
  year: number;
  /** Full name of the diploma, e.g. `BTS Conseil et commercialisation de solutions techniques`. */
  diploma: string;
  /** Where the documents are signed (« Fait à Toulouse »), from the session settings; dots when empty. */
  place?: string;
  /** Centre d'examen and its address (convocations, relevés), from the session settings. */
  centre?: string;
  centreAddress?: string;
}

/** « Lycée X — 1 rue Y, Toulouse »: the centre d'examen and its address, or null when the session names no centre. */
export function centreLine(session: PdfSession): string | null {
  const centre = session.centre?.trim();
  return centre ? [centre, session.centreAddress?.trim()].filter(Boolean).join(' — ') : null;
}

/** Options shared by every generator; all optional. */
export interface PdfOptions {
  /** Date printed in the footer (« édité le … »); now by default. Fixed in tests. */
  generatedAt?: Date;
}

export type Orientation = 'portrait' | 'landscape';

/** Page margins, in mm. The bottom one leaves room for the footer. */
export const MARGIN: Readonly<Record<'top' | 'right' | 'bottom' | 'left', number>> = { top: 15, right: 14, bottom: 18, left: 14 };

/** Font sizes, in points. Readable when printed: nothing under 7 pt. */
export const FONT: Readonly<Record<'title' | 'heading' | 'body' | 'table' | 'small' | 'tiny', number>> = {
  title: 15,
  heading: 11.5,
  body: 9.5,
  table: 9,
  small: 8,
  tiny: 7,
};

const GREY: [number, number, number] = [90, 90, 90];
const BLACK: [number, number, number] = [0, 0, 0];
const LINE_GREY: [number, number, number] = [150, 150, 150];
const HEAD_FILL: [number, number, number] = [228, 228, 228];

// ---------------------------------------------------------------------------------------------
// Text sanitizer
// ---------------------------------------------------------------------------------------------

/** The Windows-1252 characters of 0x80–0x9F that jsPDF's standard fonts render. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Readable replacements for characters Helvetica cannot render (checked before decomposition). */
const FALLBACKS: Readonly<Record<string, string>> = {
  '≥': '>=',
  '≤': '<=',
  '≠': '<>',
  '≈': '~',
  '→': '->',
  '←': '<-',
  '⇒': '=>',
  '↔': '<->',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '―': '—',
  '⁄': '/',
  '∕': '/',
  '′': "'",
  '″': '"',
  '‛': "'",
  '‟': '"',
  '✓': 'X',
  '✔': 'X',
  '✗': 'X',
  '✘': 'X',
  '☐': '[ ]',
  '☑': '[X]',
  '☒': '[X]',
  '№': 'N°',
  '∞': 'infini',
  ẞ: 'SS',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŀ: 'L',
  ŀ: 'l',
  Ŧ: 'T',
  ŧ: 't',
  Ŋ: 'N',
  ŋ: 'n',
  ſ: 's',
  ĸ: 'k',
  Ə: 'E',
  ə: 'e',
  Ɛ: 'E',
  ɛ: 'e',
};

/** Every space but the newline becomes a plain space (NBSP and NNBSP from `Intl`, tabs, em spaces…). */
const SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
/** Invisible characters: zero-width spaces and joiners, BOM, soft hyphen, other controls. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern finds
const INVISIBLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;

/** True when jsPDF's standard fonts render `ch` (Windows-1252, printable). */
export function isRenderable(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  if (ch.length !== 1 && code > 0xffff) return false;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa1 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch) || ch === '\n';
}

const allRenderable = (text: string) => [...text].every(isRenderable);

function fallbackFor(ch: string): string {
  const table = FALLBACKS[ch];
  if (table !== undefined) return table;
  // Accented letters outside Latin-1 (ễ, ș, ő, č): keep as many accents as Helvetica has (ễ → ê, ș → s).
  const decomposed = [...ch.normalize('NFD')];
  for (let keep = decomposed.length - 1; keep >= 1; keep--) {
    const candidate = decomposed.slice(0, keep).join('').normalize('NFC');
    if (allRenderable(candidate)) return candidate;
  }
  // Compatibility forms: ligatures (ﬁ → fi), full-width letters, superscripts.
  const compat = ch.normalize('NFKC');
  if (compat !== ch && allRenderable(compat)) return compat;
  const compatBase = [...ch.normalize('NFKD')].filter(isRenderable).join('');
  if (compatBase !== '') return compatBase;
  return '?';
}

/** Letters, marks and digits: what a name is made of. */
const LETTER = /^[\p{L}\p{M}\p{N}]$/u;

/** True when `ch` is a letter the embedded Unicode font draws (ł, ễ, ș, Greek, Cyrillic, Hebrew, Arabic…). */
export function isUnicodeLetter(ch: string): boolean {
  // Compatibility forms (ligatures like ﬁ, full-width letters) are written as their plain letters instead.
  return LETTER.test(ch) && ch.normalize('NFKC') === ch && isCoveredByUnicodeFont(ch.codePointAt(0)!);
}

/**
 * Makes any text safe for the documents' fonts: every kind of space → ' ', invisible characters removed,
 * letters kept as typed (Windows-1252 in Helvetica, the others with the embedded Unicode font), symbols
 * outside Windows-1252 → a readable equivalent (`≥` → `>=`), and anything no font has (emoji, CJK) → `?`.
 * With `latinOnly` (the PDF's metadata), letters outside Windows-1252 get their closest equivalent too
 * (`ł` → `l`, `ễ` → `ê`).
 */
export function pdfText(text: string | number | null | undefined, latinOnly = false): string {
  if (text === null || text === undefined) return '';
  const normalized = String(text).replace(/\r\n?/g, '\n').replace(SPACES, ' ').replace(INVISIBLE, '').normalize('NFC');
  let out = '';
  for (const ch of normalized) out += isRenderable(ch) || (!latinOnly && isUnicodeLetter(ch)) ? ch : fallbackFor(ch);
  return out;
}

/** True when `text` (already through `pdfText`) needs the embedded Unicode font. */
export function needsUnicodeFont(text: string): boolean {
  return !allRenderable(text);
}

/**
 * Selects the font for `text` (already through `pdfText`): Helvetica when it is enough, so the layouts stay
 * as they are, or the embedded Unicode font. Returns the family.
 */
export function useFontFor(doc: jsPDF, text: string, style: Style = 'normal'): string {
  const family = needsUnicodeFont(text) ? UNICODE_FONT : 'helvetica';
  if (family === UNICODE_FONT) registerUnicodeFont(doc);
  doc.setFont(family, style);
  return family;
}

type Style = 'normal' | 'bold' | 'italic' | 'bolditalic';

// ---------------------------------------------------------------------------------------------
// Number and mark formats (the engine's: never re-implemented)
// ---------------------------------------------------------------------------------------------

/** A moyenne as the engine shows it: `9,99` (2 decimals truncated, R3), or `placeholder` when null. */
export function formatMoyenne(avg: Average | null | undefined, placeholder = '—'): string {
  return avg ? formatAverage(avg) : placeholder;
}

/** Total of points of an average, truncated to 2 decimals like the results CSV: `249,91`. */
export function formatTotalPoints(avg: Average | null | undefined, placeholder = '—'): string {
  return avg ? formatHundredthsFixed(pointsToHundredths(avg.points)) : placeholder;
}

/** Points of one unit, exact (`10,875`): the same writing as the screens (domain/exact.ts). */
export function formatPoints(tenThousandths: number): string {
  return formatPointsExact(tenThousandths);
}

/** A coefficient (hundredths) in its shortest exact writing: `3`, `1,5`. */
export function formatCoefficient(hundredths: number): string {
  return formatHundredthsShort(hundredths);
}

/** A mark for a document: `12,50` (2 decimals, exact), `AB`, `ABJ`, `NV`, `DI`, or '' when empty. */
export function formatMarkValue(mark: Mark | ControleMark): string {
  switch (mark.kind) {
    case 'empty':
      return '';
    case 'number':
      return formatHundredthsFixed(mark.hundredths);
    default:
      return mark.kind;
  }
}

/** French wording of a special mark (`absence non justifiée`…), or null for a number or empty. */
export function specialMarkLabel(mark: Mark | ControleMark): string | null {
  return mark.kind === 'number' || mark.kind === 'empty' ? null : SPECIAL_LABELS[mark.kind];
}

/** The jury's decision for a document: `Admis`, `Admis après l'épreuve de contrôle`, … */
export function decisionText(result: CandidateResult, long = false): string {
  const label = DECISION_LABELS[result.decision];
  if (result.controle.length > 0 && (result.decision === 'ADMIS' || result.decision === 'AJOURNE')) {
    return `${label} après l'épreuve de contrôle`;
  }
  if (result.decision === 'CONTROLE') return long ? "Autorisé(e) à passer l'épreuve de contrôle" : label;
  if (result.decision === 'INCOMPLET' && long) return 'Incomplet : résultat en attente (note manquante)';
  return label;
}

/** `Toulouse` → `Académie de Toulouse`, `Orléans-Tours` → `Académie d'Orléans-Tours`; kept when already spelt out. */
export function academieLabel(academie: string): string {
  const name = academie.trim();
  if (name === '') return '';
  if (/^acad[ée]mie\b/i.test(name)) return name;
  const vowel = /^[aeiouyàâäéèêëîïôöûüœ]/i.test(name.normalize('NFC'));
  return vowel ? `Académie d'${name}` : `Académie de ${name}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A date and time in local time: `03/07/2024 à 14:05`. */
export function frenchDateTime(date: Date, separator = ' à '): string {
  return `${pad2(date.getDate())}/${pad2(date.getMonth() + 1)}/${date.getFullYear()}${separator}${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

/** An ISO timestamp (audit trail) in local time, `03/07/2024 14:05`; kept as is when not a date. */
export function isoToFrenchDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : frenchDateTime(date, ' ');
}

// ---------------------------------------------------------------------------------------------
// Document, header, footer
// ---------------------------------------------------------------------------------------------

export interface DocumentInfo {
  title: string;
  session: PdfSession;
  orientation?: Orientation;
}

/** A new A4 document in mm, Helvetica, French metadata. */
export function createDocument({ title, session, orientation = 'portrait' }: DocumentInfo): jsPDF {
  const doc = new jsPDF({ orientation, unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({
    title: pdfText(`${title} — ${session.name}`, true),
    subject: pdfText(`${session.diploma} — session ${session.year} — ${academieLabel(session.academie)}`, true),
    creator: 'Délib',
  });
  doc.setLanguage('fr-FR');
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(FONT.body);
  doc.setTextColor(...BLACK);
  return doc;
}

export const pageWidth = (doc: jsPDF) => doc.internal.pageSize.getWidth();
export const pageHeight = (doc: jsPDF) => doc.internal.pageSize.getHeight();
export const contentWidth = (doc: jsPDF) => pageWidth(doc) - MARGIN.left - MARGIN.right;
/** Lowest y where content may go (above the footer). */
export const contentBottom = (doc: jsPDF) => pageHeight(doc) - MARGIN.bottom;

export interface TextOptions {
  size?: number;
  style?: Style;
  align?: 'left' | 'center' | 'right';
  color?: [number, number, number];
  /** Wrap to this width (mm); the text then takes several lines. */
  maxWidth?: number;
}

const lineHeight = (size: number) => size * 0.3528 * 1.25;

/** Writes sanitized text at (x, y) (baseline); returns the y below its last line. */
export function writeText(doc: jsPDF, text: string, x: number, y: number, options: TextOptions = {}): number {
  const { size = FONT.body, style = 'normal', align = 'left', color = BLACK, maxWidth } = options;
  const clean = pdfText(text);
  useFontFor(doc, clean, style);
  doc.setFontSize(size);
  doc.setTextColor(...color);
  const lines: string[] = maxWidth ? doc.splitTextToSize(clean, maxWidth) : clean.split('\n');
  doc.text(lines, x, y, { align, lineHeightFactor: 1.25 });
  doc.setTextColor(...BLACK);
  return y + lines.length * lineHeight(size);
}

/** The height `writeText` gives `text` (its lines × the line height), without writing it. */
export function textHeight(doc: jsPDF, text: string, options: Pick<TextOptions, 'size' | 'style' | 'maxWidth'> = {}): number {
  const { size = FONT.body, style = 'normal', maxWidth } = options;
  const clean = pdfText(text);
  useFontFor(doc, clean, style);
  doc.setFontSize(size);
  const lines: string[] = maxWidth ? doc.splitTextToSize(clean, maxWidth) : clean.split('\n');
  return lines.length * lineHeight(size);
}

/** Starts a new page when fewer than `needed` mm are left below `y`; returns where to write. */
export function ensureSpace(doc: jsPDF, y: number, needed: number): number {
  if (y + needed <= contentBottom(doc)) return y;
  doc.addPage();
  return MARGIN.top + 5;
}

export interface HeaderOptions {
  session: PdfSession;
  /** Title of the document, written in capitals: `Relevé de notes`. */
  title: string;
  /** One line under the diploma, e.g. `Délibération du 03/07/2024`. */
  subtitle?: string;
}

/**
 * The header block: académie (left) and session year (right), the session's name, the document's
 * title and the diploma, then a rule. Returns the y where the content starts.
 */
export function drawHeader(doc: jsPDF, { session, title, subtitle }: HeaderOptions): number {
  const left = MARGIN.left;
  const right = pageWidth(doc) - MARGIN.right;
  const center = pageWidth(doc) / 2;
  let y = MARGIN.top;
  writeText(doc, academieLabel(session.academie), left, y, { size: FONT.body, style: 'bold' });
  writeText(doc, `Session ${session.year}`, right, y, { size: FONT.body, style: 'bold', align: 'right' });
  y += 4.5;
  writeText(doc, session.name, left, y, { size: FONT.small, color: GREY, maxWidth: contentWidth(doc) * 0.6 });
  y += 8;
  y = writeText(doc, title.toLocaleUpperCase('fr'), center, y, { size: FONT.title, style: 'bold', align: 'center' });
  y = writeText(doc, session.diploma, center, y + 0.5, { size: FONT.body + 0.5, align: 'center', maxWidth: contentWidth(doc) });
  if (subtitle) y = writeText(doc, subtitle, center, y, { size: FONT.body, align: 'center', maxWidth: contentWidth(doc) });
  y += 1;
  doc.setDrawColor(...LINE_GREY);
  doc.setLineWidth(0.3);
  doc.line(left, y, right, y);
  return y + 6;
}

/** A section title in bold, with room checked below it; returns the y under it. */
export function drawSectionTitle(doc: jsPDF, y: number, title: string, needed = 20): number {
  const top = ensureSpace(doc, y, needed);
  return writeText(doc, title, MARGIN.left, top, { size: FONT.heading, style: 'bold' }) + 1;
}

/**
 * Writes the footer on every page, once the document is complete: its title and session, and the
 * generation date under them, on the left; « Page n / N » on the right.
 */
export function drawFooters(doc: jsPDF, title: string, session: PdfSession, generatedAt: Date): void {
  const total = doc.getNumberOfPages();
  const left = MARGIN.left;
  for (let page = 1; page <= total; page++) {
    doc.setPage(page);
    // Measured per page: a document may mix portrait and landscape pages (the livret's recto and verso).
    const y = pageHeight(doc) - 9.5;
    const right = pageWidth(doc) - MARGIN.right;
    const width = contentWidth(doc) - 25;
    doc.setDrawColor(...LINE_GREY);
    doc.setLineWidth(0.2);
    doc.line(left, y - 4, right, y - 4);
    doc.setFontSize(FONT.tiny);
    const footerText = pdfText(`${title} — ${session.name}`);
    useFontFor(doc, footerText);
    const label: string = doc.splitTextToSize(footerText, width)[0] ?? '';
    writeText(doc, label, left, y, { size: FONT.tiny, color: GREY });
    writeText(doc, `Édité le ${frenchDateTime(generatedAt)} avec Délib`, left, y + 3.3, { size: FONT.tiny, color: GREY });
    writeText(doc, `Page ${page} / ${total}`, right, y + 1, { size: FONT.small, style: 'bold', align: 'right' });
  }
}

/** Adds the footers and returns the PDF's bytes. */
export function finishDocument(doc: jsPDF, title: string, session: PdfSession, options: PdfOptions = {}): Uint8Array {
  drawFooters(doc, title, session, options.generatedAt ?? new Date());
  restoreTypedLetters(doc);
  return fixCharacterCollection(new Uint8Array(doc.output('arraybuffer')));
}

// ---------------------------------------------------------------------------------------------
// « Fait à …, le … » and signature blocks
// ---------------------------------------------------------------------------------------------

/** « Fait à Toulouse, le 03/07/2024. », with dotted blanks for what the session does not say yet. */
export function placeAndDate(place: string | undefined, isoDate: string | null | undefined): string {
  const where = place?.trim() || '……………………………………';
  const when = isoDate ? isoToFrenchDate(isoDate) : '…… / …… / ……………';
  return `Fait à ${where}, le ${when}.`;
}

export interface SignatureBlock {
  /** Role, e.g. `Le président du jury`. */
  label: string;
  name?: string;
}

/**
 * Boxes to sign in, `perRow` per row (the role in bold, the name, room to sign). Moves to a new page
 * rather than splitting a row. Returns the y under the last row.
 */
export function drawSignatureBlocks(
  doc: jsPDF,
  y: number,
  blocks: SignatureBlock[],
  {
    perRow = 3,
    height = 30,
    gap = 5,
    alignRight = false,
  }: { perRow?: number; height?: number; gap?: number; /** Fill the rows from the right margin (one signer on the right). */ alignRight?: boolean } = {},
): number {
  const width = (contentWidth(doc) - gap * (perRow - 1)) / perRow;
  let top = y;
  for (let i = 0; i < blocks.length; i += perRow) {
    top = ensureSpace(doc, top, height);
    const row = blocks.slice(i, i + perRow);
    const first = alignRight ? perRow - row.length : 0;
    row.forEach((block, n) => {
      const x = MARGIN.left + (first + n) * (width + gap);
      doc.setDrawColor(...LINE_GREY);
      doc.setLineWidth(0.3);
      doc.rect(x, top, width, height, 'S');
      const ty = writeText(doc, block.label, x + 2.5, top + 5, { size: FONT.small + 0.5, style: 'bold', maxWidth: width - 5 });
      if (block.name) writeText(doc, block.name, x + 2.5, ty + 0.5, { size: FONT.body, maxWidth: width - 5 });
      writeText(doc, 'Signature :', x + 2.5, top + height - 3, { size: FONT.tiny, color: GREY });
    });
    top += height + gap;
  }
  return top;
}

/**
 * Where a document printed before the jury's decision stands, in the words of the provisional PV (« Procès-verbal
 * provisoire de délibération — délibération non ouverte »); empty once the deliberation is closed.
 */
export const PROVISIONAL_NOTE: Readonly<Record<DeliberationPhase, string>> = {
  preparation: 'délibération non ouverte',
  premier_groupe: 'délibération du 1er groupe en cours',
  premier_groupe_clos: "à l'issue du 1er groupe, épreuves de contrôle en cours",
  second_groupe_clos: '',
};

/**
 * In place of the signature blocks of a provisional document: `text` in bold, framed, across the page, so that
 * nobody signs it or hands it out as the jury's decision. Returns the y under the frame.
 */
export function drawNotForSignature(doc: jsPDF, y: number, text: string): number {
  const size = FONT.body;
  const padding = 2.5;
  const maxWidth = contentWidth(doc) - 2 * padding;
  const height = textHeight(doc, text, { size, style: 'bold', maxWidth }) + 2 * padding;
  const top = ensureSpace(doc, y, height);
  doc.setDrawColor(...BLACK);
  doc.setLineWidth(0.4);
  doc.rect(MARGIN.left, top, contentWidth(doc), height, 'S');
  // writeText's y is the first baseline: one cap height under the padding.
  writeText(doc, text, MARGIN.left + padding, top + padding + size * 0.3528 * 0.8, { size, style: 'bold', maxWidth });
  return top + height;
}

// ---------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------

function sanitizeCell(cell: CellInput): CellInput {
  if (typeof cell === 'string') return pdfText(cell);
  if (Array.isArray(cell)) return cell.map((c) => pdfText(c));
  if (cell !== null && typeof cell === 'object') {
    const def = cell as CellDef;
    if (typeof def.content === 'string') return { ...def, content: pdfText(def.content) };
    if (Array.isArray(def.content)) return { ...def, content: def.content.map((c) => pdfText(c)) };
  }
  return cell;
}

function sanitizeRows(rows: RowInput[] | undefined): RowInput[] | undefined {
  return rows?.map((row) =>
    Array.isArray(row) ? row.map(sanitizeCell) : Object.fromEntries(Object.entries(row as Record<string, CellInput>).map(([k, v]) => [k, sanitizeCell(v)])),
  );
}

/** The table style of every document: grid, readable sizes, grey bold headers repeated on each page. */
export const TABLE_DEFAULTS: UserOptions = {
  theme: 'grid',
  showHead: 'everyPage',
  rowPageBreak: 'avoid',
  margin: { top: MARGIN.top + 3, right: MARGIN.right, bottom: MARGIN.bottom + 2, left: MARGIN.left },
  styles: {
    font: 'helvetica',
    fontSize: FONT.table,
    cellPadding: { top: 1.4, bottom: 1.4, left: 1.6, right: 1.6 },
    lineColor: LINE_GREY,
    lineWidth: 0.2,
    textColor: 20,
    valign: 'middle',
    overflow: 'linebreak',
  },
  headStyles: { fillColor: HEAD_FILL, textColor: 0, fontStyle: 'bold', halign: 'center' },
  footStyles: { fillColor: HEAD_FILL, textColor: 0, fontStyle: 'bold' },
  alternateRowStyles: { fillColor: [248, 248, 248] },
};

/**
 * Draws a table with the shared style (`options` override it); every text cell goes through
 * `pdfText`. With `continuation`, pages the table continues onto are headed « <continuation> (suite) ».
 * Returns the y under the table.
 */
export function drawTable(doc: jsPDF, y: number, options: UserOptions & { continuation?: string }): number {
  autoTable(doc, tableOptions(doc, y, options));
  const last = (doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable;
  return (last?.finalY ?? y) + 5;
}

/**
 * The height of the table `drawTable` would draw, when it fits on the page (without the 5 mm it leaves under it),
 * worked out by autotable without drawing anything: to choose a layout before drawing (the livret's recto).
 */
export function tableHeight(doc: jsPDF, options: UserOptions): number {
  const table = __createTable(doc, tableOptions(doc, 0, options));
  return table.getHeadHeight(table.columns) + table.body.reduce((sum, row) => sum + row.height, 0) + table.getFootHeight(table.columns);
}

/** The autotable options of `drawTable`: the shared style, sanitized cells, the Unicode font where needed. */
function tableOptions(doc: jsPDF, y: number, options: UserOptions & { continuation?: string }): UserOptions {
  const { continuation, ...rest } = options;
  const didDrawPage = rest.didDrawPage;
  const didParseCell = rest.didParseCell;
  return {
    ...TABLE_DEFAULTS,
    ...rest,
    startY: y,
    didParseCell: (data) => {
      didParseCell?.(data);
      // A cell with letters outside Windows-1252 (a name like « Nguyễn Thảo ») is written with the Unicode font.
      if (data.cell.text.some(needsUnicodeFont)) {
        registerUnicodeFont(doc);
        data.cell.styles.font = UNICODE_FONT;
      }
      keepWordsWhole(doc, data.cell);
    },
    didDrawPage: (data) => {
      // On the pages a long table continues onto, say what it is above it.
      if (continuation && data.pageNumber > 1) {
        writeText(doc, `${continuation} (suite)`, MARGIN.left, MARGIN.top - 1, { size: FONT.small, style: 'bold', color: GREY });
      }
      return didDrawPage?.(data);
    },
    styles: { ...TABLE_DEFAULTS.styles, ...rest.styles },
    headStyles: { ...TABLE_DEFAULTS.headStyles, ...rest.headStyles },
    footStyles: { ...TABLE_DEFAULTS.footStyles, ...rest.footStyles },
    head: sanitizeRows(rest.head),
    body: sanitizeRows(rest.body),
    foot: sanitizeRows(rest.foot),
  };
}

/**
 * A column of fixed width is widened to its longest word (plus padding), so no word is ever split across
 * two lines (« Épreuv / es »); `auto` columns already get at least their longest word from autotable.
 */
function keepWordsWhole(
  doc: jsPDF,
  cell: {
    text: string[];
    colSpan: number;
    styles: { cellWidth: unknown; font: string; fontStyle: string; fontSize: number };
    padding: (side: 'horizontal') => number;
  },
): void {
  if (cell.colSpan > 1 || typeof cell.styles.cellWidth !== 'number') return;
  const words = cell.text
    .join(' ')
    .split(/[^\S\u00A0]+/)
    .filter((w) => w !== '');
  if (words.length === 0) return;
  doc.setFont(cell.styles.font, cell.styles.fontStyle);
  doc.setFontSize(cell.styles.fontSize);
  const longest = Math.max(...words.map((w) => doc.getTextWidth(w))) + cell.padding('horizontal') + 0.2;
  if (longest > cell.styles.cellWidth) cell.styles.cellWidth = longest;
}

/** A two-column label / value table without grid lines (identity blocks, totals). */
export function drawKeyValues(
  doc: jsPDF,
  y: number,
  rows: [string, string][],
  { labelWidth = 55, fontSize = FONT.body, boldValues = false }: { labelWidth?: number; fontSize?: number; boldValues?: boolean } = {},
): number {
  return drawTable(doc, y, {
    theme: 'plain',
    body: rows,
    styles: { fontSize, cellPadding: { top: 0.9, bottom: 0.9, left: 1.6, right: 1.6 } },
    columnStyles: {
      0: { cellWidth: labelWidth, textColor: GREY },
      1: { fontStyle: boldValues ? 'bold' : 'normal' },
    },
  });
}

/** Draws a check box of `size` mm whose top-left corner is (x, y); a ticked box holds a bold X. */
export function drawCheckBox(doc: jsPDF, x: number, y: number, ticked: boolean, size = 3.6): void {
  doc.setDrawColor(...BLACK);
  doc.setLineWidth(0.3);
  doc.rect(x, y, size, size, 'S');
  if (ticked) writeText(doc, 'X', x + size / 2, y + size * 0.82, { size: FONT.body + 0.5, style: 'bold', align: 'center' });
}
