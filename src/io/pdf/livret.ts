/**
 * Livret scolaire (circular annexe 3), per candidate: the recto (identity, établissement, semester marks
 * and yearly averages per subject with the appréciations, PIX, avis du conseil de classe, cotation de la
 * classe, the candidate's signature) and the verso (the year-2 profile chart, class in black and candidate
 * in red, drawn as vectors from the same geometry as the screen; the exam result; the jury president's
 * visa for the 1er and 2nd groupe). The recto is portrait and the verso landscape, as in the annexe. A
 * batch is each candidate's recto then verso, so it prints two-sided; each livret starts on an odd page.
 *
 * Plain data in, bytes out (no DOM, no database): runs in the browser and in Node. Loaded on demand.
 */
import { shownNumero } from '../../domain/numero.ts';
import type { jsPDF } from 'jspdf';
import type { CellInput, RowInput, UserOptions } from 'jspdf-autotable';
import { AVIS_LABELS, LIVRET_AVIS, type LivretRecord, type LivretSubject, type LivretTemplate } from '../../domain/livret.ts';
import { profileChart, type ChartSeries } from '../../domain/livret-chart.ts';
import {
  columnValue,
  formatLivretAverage,
  formatLivretAverageFixed,
  LIVRET_COLUMNS,
  profile,
  type ClassStatistics,
  type Cotation,
} from '../../domain/livret-stats.ts';
import type { CandidateResult } from '../../domain/results.ts';
import type { DeliberationPhase } from '../../domain/session.ts';
import {
  academieLabel,
  contentBottom,
  contentWidth,
  createDocument,
  decisionText,
  drawCheckBox,
  drawTable,
  finishDocument,
  FONT,
  formatMoyenne,
  isoToFrenchDate,
  MARGIN,
  pageWidth,
  pdfText,
  type PdfOptions,
  type PdfSession,
  tableHeight,
  textHeight,
  writeText,
} from './document.ts';

export interface LivretPdfInput {
  session: PdfSession;
  template: LivretTemplate;
  candidate: { numero: string; nom: string; prenom: string; dateNaissance: string | null; langueVivante: string };
  etablissement: { name: string; uai: string; city: string } | null;
  /** The candidate's livret, or null when nothing was entered. */
  livret: LivretRecord | null;
  /** The candidate's class (same établissement): statistics per subject and period, cotation. */
  stats: ClassStatistics;
  cotation: Cotation;
  /** The results engine's result, for « RÉSULTAT DE L’EXAMEN » (null: none yet). */
  result: CandidateResult | null;
  /**
   * Where the deliberation stands: the result is printed only once the 1er groupe is closed (before that it
   * is not a decision of the jury). Absent: printed (documents made outside a session).
   */
  phase?: DeliberationPhase;
  /** The jury president's name, printed in the visa box when known. */
  president?: string;
}

export const LIVRET_TITLE = 'Livret scolaire';

const BLACK: [number, number, number] = [0, 0, 0];
const RED: [number, number, number] = [220, 0, 0];
const GREY: [number, number, number] = [90, 90, 90];
const GRID_GREY: [number, number, number] = [175, 175, 175];

/** Every candidate's recto and verso, in the given order. */
export async function livretScolairePdf(inputs: LivretPdfInput[], options: PdfOptions = {}): Promise<Uint8Array> {
  const first = inputs[0];
  const session = first?.session ?? { name: '', academie: '', year: new Date().getFullYear(), diploma: '' };
  const doc = createDocument({ title: LIVRET_TITLE, session });
  if (!first) writeText(doc, 'Aucun candidat sélectionné.', MARGIN.left, MARGIN.top + 10);
  inputs.forEach((input, i) => {
    if (i > 0) startOnOddPage(doc);
    drawRecto(doc, input);
    // The verso is landscape, like the annexe's: nine columns wide enough for the subjects' names.
    doc.addPage('a4', 'landscape');
    drawVerso(doc, input);
  });
  return finishDocument(doc, LIVRET_TITLE, session, options);
}

/**
 * A new page for the next livret, on the front of a sheet: after a livret with an odd number of pages (a recto
 * that runs onto a second page), a blank page first, so that two-sided printing never puts a livret on the back
 * of another's.
 */
function startOnOddPage(doc: jsPDF): void {
  if (doc.getNumberOfPages() % 2 === 1) doc.addPage('a4', 'portrait');
  doc.addPage('a4', 'portrait');
}

const upper = (text: string) => text.toLocaleUpperCase('fr');
const fullName = (c: LivretPdfInput['candidate']) => `${upper(c.nom)} ${c.prenom}`.trim();

function topLine(doc: jsPDF, input: LivretPdfInput, left: string): number {
  const y = MARGIN.top;
  writeText(doc, left, MARGIN.left, y, { size: FONT.body, style: 'bold' });
  writeText(doc, `SESSION ${input.session.year}`, pageWidth(doc) - MARGIN.right, y, { size: FONT.body, style: 'bold', align: 'right' });
  return y;
}

// ---------------------------------------------------------------------------------------------
// Recto
// ---------------------------------------------------------------------------------------------

/**
 * A way of drawing the marks table: font sizes (pt), cell padding and column widths (mm; the appréciations
 * take what is left). The first is the usual one; the next ones, smaller and tighter, give the appréciations
 * a wider column, down to the smallest legible size (6.5 pt).
 */
interface MarksLayout {
  font: number;
  appreciation: number;
  head: number;
  /** Cell padding above and below the text. */
  padding: number;
  /** Cell padding on the sides: 1 mm at least, as autotable lets a line of text run about 0.5 mm into it. */
  sidePadding: number;
  subject: number;
  semester: number;
  average: number;
}

const MARKS_LAYOUTS: readonly MarksLayout[] = [
  { font: FONT.small, appreciation: FONT.tiny, head: FONT.tiny + 0.5, padding: 1.2, sidePadding: 1.2, subject: 52, semester: 13, average: 14 },
  { font: 7.5, appreciation: 7, head: 7, padding: 1, sidePadding: 1, subject: 46, semester: 12.5, average: 13 },
  { font: 7.5, appreciation: 6.75, head: 7, padding: 0.8, sidePadding: 1, subject: 42, semester: 12, average: 12.5 },
  { font: 7, appreciation: 6.5, head: 6.5, padding: 0.7, sidePadding: 1, subject: 38, semester: 11.5, average: 12 },
  { font: 7, appreciation: 6.5, head: 6.5, padding: 0.6, sidePadding: 1, subject: 34, semester: 11, average: 11.5 },
];

/** Where the content starts on a page the recto goes on to, below its heading. */
const CONTINUATION_TOP = MARGIN.top + 16;

/** A part of the recto under the marks table, never split across two pages. */
interface RectoBlock {
  /** From the y it is drawn at to its lowest edge (mm). */
  height: number;
  /** Room left below it before the next block (mm). */
  gap: number;
  draw: (y: number) => void;
}

/**
 * The recto: identity, the marks table, then PIX, the avis du conseil de classe, the cotation and the signature.
 * The table takes the largest layout with which the recto fits on its page; when none does (very long
 * appréciations), what does not fit goes on to the next page, whose heading names the candidate.
 */
function drawRecto(doc: jsPDF, input: LivretPdfInput): void {
  const tableTop = drawRectoTop(doc, input);
  const blocks = [pixBlock(doc, input), avisBlock(doc, input), cotationBlock(doc, input)];
  const layout = chooseMarksLayout(doc, input, tableTop, blocks);
  let y = drawTable(doc, tableTop, marksTable(doc, input, layout));
  for (const block of blocks) {
    if (y + block.height > contentBottom(doc)) {
      doc.addPage('a4', 'portrait');
      drawRectoContinuation(doc, input);
      y = CONTINUATION_TOP + 3;
    }
    block.draw(y);
    y += block.height + block.gap;
  }
}

/**
 * The layout keeping the most blocks on the first page with the table, the largest among equals; the smallest
 * when the table itself runs onto another page whatever its layout.
 */
function chooseMarksLayout(doc: jsPDF, input: LivretPdfInput, tableTop: number, blocks: RectoBlock[]): MarksLayout {
  const kept = MARKS_LAYOUTS.map((layout) => blocksKept(tableTop + tableHeight(doc, marksTable(doc, input, layout)), blocks, contentBottom(doc)));
  const best = Math.max(...kept);
  return best < 0 ? MARKS_LAYOUTS.at(-1)! : MARKS_LAYOUTS[kept.indexOf(best)]!;
}

/**
 * How many blocks fit on the page after a table ending at `tableBottom`; -1 when the table itself does not (a table
 * stops 2 mm above the content's bottom, TABLE_DEFAULTS, and drawTable leaves 5 mm under it).
 */
function blocksKept(tableBottom: number, blocks: RectoBlock[], bottom: number): number {
  if (tableBottom > bottom - 2) return -1;
  let y = tableBottom + 5;
  let kept = 0;
  for (const block of blocks) {
    if (y + block.height > bottom) break;
    y += block.height + block.gap;
    kept++;
  }
  return kept;
}

/** Heading of a page the recto goes on to, above CONTINUATION_TOP: the candidate's name and number, as on the verso. */
function drawRectoContinuation(doc: jsPDF, input: LivretPdfInput): void {
  const y = topLine(doc, input, `${fullName(input.candidate)} — n° ${shownNumero(input.candidate.numero)}`);
  writeText(doc, 'LIVRET SCOLAIRE (recto, suite)', pageWidth(doc) / 2, y + 8, { size: FONT.title, style: 'bold', align: 'center' });
}

/** Title, identity and the établissement's box; returns the y of the marks table. */
function drawRectoTop(doc: jsPDF, input: LivretPdfInput): number {
  const { template, candidate, etablissement } = input;
  const left = MARGIN.left;
  const width = contentWidth(doc);
  let y = topLine(doc, input, academieLabel(input.session.academie) || 'Annexe 3');
  y = writeText(doc, 'LIVRET SCOLAIRE (recto)', pageWidth(doc) / 2, y + 8, { size: FONT.title, style: 'bold', align: 'center' });

  // Identity (left) and établissement (right, the box where the school stamps).
  const boxWidth = 64;
  const boxX = left + width - boxWidth;
  const top = y + 1;
  let ly = writeText(doc, `EXAMEN : ${template.examen}`, left, top + 4, { style: 'bold' });
  ly = writeText(doc, `SPÉCIALITÉ : ${template.specialite}`, left, ly, { style: 'bold', maxWidth: width - boxWidth - 4 });
  ly += 1.5;
  const identity: [string, string][] = [
    ['NOM (en lettres capitales) : ', upper(candidate.nom)],
    ['Prénom : ', candidate.prenom],
    ['Date de naissance : ', candidate.dateNaissance ? isoToFrenchDate(candidate.dateNaissance) : ''],
    ['Langue vivante étrangère 1 (obligatoire) : ', candidate.langueVivante],
    ['N° de candidat : ', shownNumero(candidate.numero)],
  ];
  for (const [label, value] of identity) {
    writeText(doc, label, left, ly, { color: GREY });
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(FONT.body);
    const x = left + doc.getTextWidth(pdfText(label));
    ly = writeText(doc, value, x, ly, { style: 'bold' });
  }
  const boxHeight = Math.max(ly - top, 30);
  doc.setDrawColor(...BLACK);
  doc.setLineWidth(0.3);
  doc.rect(boxX, top, boxWidth, boxHeight, 'S');
  let by = writeText(doc, 'ÉTABLISSEMENT (cachet)', boxX + 2, top + 4.5, { size: FONT.small, style: 'bold' });
  if (etablissement) {
    by = writeText(doc, etablissement.name, boxX + 2, by + 1, { maxWidth: boxWidth - 4 });
    const place = [etablissement.city, etablissement.uai && `UAI ${etablissement.uai}`].filter(Boolean).join(' — ');
    if (place) writeText(doc, place, boxX + 2, by, { size: FONT.small, maxWidth: boxWidth - 4 });
  }
  return top + boxHeight + 4;
}

/**
 * Marks: semesters of both years, yearly averages, appréciations. The pages the table runs onto repeat its head
 * under the candidate's name.
 */
function marksTable(doc: jsPDF, input: LivretPdfInput, layout: MarksLayout): UserOptions {
  const { template, livret } = input;
  const cells = (subject: LivretSubject): CellInput[] => {
    const entry = livret?.subjects[subject.id];
    return [
      subject.label,
      ...LIVRET_COLUMNS.map((column) => {
        const text = formatLivretAverage(columnValue(entry?.marks, column));
        return column === 'a1' || column === 'a2' ? { content: text, styles: { fontStyle: 'bold' as const } } : text;
      }),
      { content: entry?.appreciation ?? '', styles: { fontSize: layout.appreciation } },
    ];
  };
  const compulsory = template.subjects.filter((s) => !s.optional);
  const optional = template.subjects.filter((s) => s.optional);
  const body: RowInput[] = [
    ...compulsory.map(cells),
    [{ content: 'ENSEIGNEMENTS FACULTATIFS', colSpan: 8, styles: { fontStyle: 'bold', fillColor: [228, 228, 228], halign: 'left' } }],
    ...optional.map(cells),
  ];
  const { semester, average, padding, sidePadding } = layout;
  return {
    head: [
      [
        { content: 'ENSEIGNEMENTS OBLIGATOIRES', rowSpan: 2, styles: { valign: 'middle', halign: 'left' } },
        { content: '1ère année', colSpan: 3 },
        { content: '2ème année', colSpan: 3 },
        { content: 'Appréciations', rowSpan: 2, styles: { valign: 'middle' } },
      ],
      ['1er Sem', '2ème Sem', 'Moyenne', '1er Sem', '2ème Sem', 'Moyenne'],
    ],
    body,
    margin: { top: CONTINUATION_TOP, right: MARGIN.right, bottom: MARGIN.bottom + 2, left: MARGIN.left },
    styles: { fontSize: layout.font, cellPadding: { top: padding, bottom: padding, left: sidePadding, right: sidePadding } },
    headStyles: { fontSize: layout.head },
    alternateRowStyles: {},
    columnStyles: {
      0: { cellWidth: layout.subject },
      1: { cellWidth: semester, halign: 'center' },
      2: { cellWidth: semester, halign: 'center' },
      3: { cellWidth: average, halign: 'center' },
      4: { cellWidth: semester, halign: 'center' },
      5: { cellWidth: semester, halign: 'center' },
      6: { cellWidth: average, halign: 'center' },
      7: { cellWidth: 'auto' },
    },
    didDrawPage: (data) => {
      if (data.pageNumber > 1) drawRectoContinuation(doc, input);
    },
  };
}

/** The PIX check box. */
function pixBlock(doc: jsPDF, input: LivretPdfInput): RectoBlock {
  const left = MARGIN.left;
  return {
    height: 4 + textHeight(doc, 'cocher', { size: FONT.small }),
    gap: 3,
    draw: (y) => {
      drawCheckBox(doc, left, y - 2.5, input.livret?.pix ?? false);
      writeText(doc, 'Certification de compétences numériques (PIX)', left + 6, y, { style: 'bold' });
      writeText(doc, 'cocher la case pour attester de la certification', left + 6, y + 4, { size: FONT.small, color: GREY });
    },
  };
}

/** The avis du conseil de classe: tick boxes and observations, in a box. */
function avisBlock(doc: jsPDF, input: LivretPdfInput): RectoBlock {
  const { livret } = input;
  const left = MARGIN.left;
  const width = contentWidth(doc);
  const observations = livret?.observations ?? '';
  const observationsHeight = observations ? textHeight(doc, observations, { size: FONT.small, maxWidth: width - 4 }) : 0;
  const ticksY = 5 + textHeight(doc, 'AVIS', { style: 'bold' }) + textHeight(doc, '(Observations)', { size: FONT.small }) + 1;
  const height = Math.max(ticksY + 5 + observationsHeight, 24);
  return {
    height,
    gap: 4,
    draw: (top) => {
      doc.setDrawColor(...BLACK);
      doc.setLineWidth(0.3);
      const ay = writeText(doc, 'AVIS DU CONSEIL DE CLASSE', left + 2, top + 5, { style: 'bold' });
      writeText(doc, '(Observations éventuelles)', left + 2, ay, { size: FONT.small, color: GREY });
      let ax = left + 2;
      for (const avis of LIVRET_AVIS) {
        drawCheckBox(doc, ax, top + ticksY - 2.8, livret?.avis === avis);
        writeText(doc, AVIS_LABELS[avis], ax + 5, top + ticksY);
        doc.setFont('helvetica', 'normal');
        doc.setFontSize(FONT.body);
        ax += 5 + doc.getTextWidth(pdfText(AVIS_LABELS[avis])) + 8;
      }
      if (observations) writeText(doc, observations, left + 2, top + ticksY + 5, { size: FONT.small, maxWidth: width - 4 });
      doc.rect(left, top, width, height, 'S');
    },
  };
}

/** Cotation de la classe (left) and the candidate's signature (right). */
function cotationBlock(doc: jsPDF, input: LivretPdfInput): RectoBlock {
  const { cotation } = input;
  const left = MARGIN.left;
  const half = (contentWidth(doc) - 4) / 2;
  const percent = (n: number | undefined) => (n === undefined ? '—' : `${n} %`);
  const table: UserOptions = {
    head: [[{ content: 'AVIS (en pourcentage)', colSpan: 3 }], LIVRET_AVIS.map((a) => AVIS_LABELS[a])],
    body: [LIVRET_AVIS.map((a) => ({ content: percent(cotation.percents?.[a]), styles: { halign: 'center' as const, fontStyle: 'bold' as const } }))],
    margin: { left, right: MARGIN.right + half + 4 },
    styles: { fontSize: FONT.small },
    headStyles: { fontSize: FONT.small },
    alternateRowStyles: {},
  };
  const classNote =
    cotation.total === 0 ? 'Aucun avis saisi dans la classe.' : `Sur ${cotation.total} élève${cotation.total > 1 ? 's' : ''} de la classe ayant un avis.`;
  // The note is written just under the table (drawTable leaves 5 mm below it).
  const noteY = 6 + tableHeight(doc, table) + 5 - 1.5;
  const height = Math.max(noteY + textHeight(doc, classNote, { size: FONT.tiny }), 30);
  return {
    height,
    gap: 0,
    draw: (top) => {
      writeText(doc, 'COTATION DE LA CLASSE', left, top + 4, { style: 'bold' });
      drawTable(doc, top + 6, table);
      writeText(doc, classNote, left, top + noteY, { size: FONT.tiny, color: GREY });
      const signX = left + half + 4;
      doc.setDrawColor(...BLACK);
      doc.setLineWidth(0.3);
      doc.rect(signX, top, half, height, 'S');
      const sy = writeText(doc, 'DATE  -  SIGNATURE  DU  CANDIDAT', signX + 2, top + 5, { style: 'bold', size: FONT.small + 0.5 });
      writeText(doc, '(Remarques éventuelles)', signX + 2, sy, { size: FONT.small, color: GREY });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Verso
// ---------------------------------------------------------------------------------------------

/**
 * Lines of `text` no wider than `width` at the current font, breaking at spaces, after hyphens and at soft
 * hyphens (U+00AD, written `-` when the line breaks there: `D’APPROFON-DISSEMENT` as in the annexe).
 */
function wrapLabel(doc: jsPDF, text: string, width: number): string[] {
  const parts: { text: string; space: boolean; soft: boolean }[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    word
      .split(/(?<=-)/)
      .forEach((piece, i) =>
        piece.split('\u00ad').forEach((bit, j, all) => parts.push({ text: pdfText(bit), space: i === 0 && j === 0, soft: j < all.length - 1 })),
      );
  }
  const lines: string[] = [];
  let line = '';
  let pendingSoft = false;
  const fits = (t: string) => doc.getTextWidth(t) <= width;
  for (const part of parts) {
    const joined = line === '' ? part.text : `${line}${part.space ? ' ' : ''}${part.text}`;
    if (fits(joined)) {
      line = joined;
      pendingSoft = part.soft;
      continue;
    }
    if (line !== '') lines.push(pendingSoft ? `${line}-` : line);
    // A single word wider than the column: cut it with a hyphen.
    let rest = part.text;
    while (!fits(rest) && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(`${rest.slice(0, cut)}-`)) cut--;
      lines.push(`${rest.slice(0, cut)}-`);
      rest = rest.slice(cut);
    }
    line = rest;
    pendingSoft = part.soft;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function drawSeries(doc: jsPDF, series: ChartSeries, color: [number, number, number], marker: 'square' | 'circle'): void {
  doc.setDrawColor(...color);
  doc.setFillColor(...color);
  doc.setLineWidth(0.6);
  for (const s of series.segments) doc.line(s.x1, s.y1, s.x2, s.y2);
  for (const p of series.points) {
    if (marker === 'circle') doc.circle(p.x, p.y, 1.1, 'F');
    else doc.rect(p.x - 1, p.y - 1, 2, 2, 'F');
  }
}

function drawVerso(doc: jsPDF, input: LivretPdfInput): void {
  const { candidate, template } = input;
  const left = MARGIN.left;
  const width = contentWidth(doc);
  let y = topLine(doc, input, `${fullName(candidate)} — n° ${shownNumero(candidate.numero)}`);
  y = writeText(doc, 'LIVRET SCOLAIRE (verso)', pageWidth(doc) / 2, y + 8, { size: FONT.title, style: 'bold', align: 'center' }) + 1;

  // The chart: column numbers, the subjects' names, then the 1–20 grid.
  const axis = 8;
  const points = profile(template.subjects, input.livret, input.stats);
  const columnWidth = (width - axis) / Math.max(points.length, 1);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(FONT.tiny);
  const labels = points.map((p) => wrapLabel(doc, p.subject.chartLabel, columnWidth - 1.5));
  const labelLines = Math.max(1, ...labels.map((l) => l.length));
  const lineHeight = FONT.tiny * 0.3528 * 1.2;
  const numbersY = y + 3;
  const labelsTop = numbersY + 2;
  const plotTop = labelsTop + labelLines * lineHeight + 3;
  const plotHeight = 86;
  const geometry = profileChart(points, { x: left + axis, y: plotTop, width: width - axis, height: plotHeight });

  doc.setDrawColor(...GRID_GREY);
  doc.setLineWidth(0.15);
  for (const row of geometry.rows) {
    doc.line(geometry.box.x, row.y, geometry.box.x + geometry.box.width, row.y);
    writeText(doc, String(row.value), left + axis - 1.5, row.y + 1, { size: FONT.tiny, align: 'right' });
  }
  for (const column of geometry.columns) {
    doc.setDrawColor(...GRID_GREY);
    doc.setLineWidth(0.15);
    doc.line(column.left, labelsTop - 5, column.left, plotTop + plotHeight);
    writeText(doc, String(column.number), column.center, numbersY, { size: FONT.small, style: 'bold', align: 'center' });
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(FONT.tiny);
    doc.setTextColor(...BLACK);
    doc.text(labels[column.number - 1] ?? [], column.center, labelsTop + lineHeight, { align: 'center', lineHeightFactor: 1.2 });
  }
  const boxRight = geometry.box.x + geometry.box.width;
  doc.line(boxRight, labelsTop - 5, boxRight, plotTop + plotHeight);
  doc.setDrawColor(...BLACK);
  doc.setLineWidth(0.3);
  doc.rect(geometry.box.x, labelsTop - 5, geometry.box.width, plotTop + plotHeight - (labelsTop - 5), 'S');
  drawSeries(doc, geometry.class, BLACK, 'square');
  drawSeries(doc, geometry.candidate, RED, 'circle');
  y = plotTop + plotHeight + 6;

  // Legend, as worded by the annexe.
  doc.setLineWidth(0.6);
  doc.setDrawColor(...BLACK);
  doc.line(left + axis, y - 1, left + axis + 8, y - 1);
  writeText(doc, 'Profil de la classe en noir', left + axis + 10, y);
  doc.setDrawColor(...RED);
  doc.line(left + axis + 62, y - 1, left + axis + 70, y - 1);
  writeText(doc, 'Profil du candidat en rouge', left + axis + 72, y, { color: RED });
  y = writeText(doc, 'Le graphique ne prendra en compte que les résultats de la 2ème année', left + axis + 130, y, { size: FONT.small, color: GREY }) + 1;

  // Bottom row: the plotted values as text (left), the exam result, the jury president's visa (right).
  const boxWidth = 66;
  const gap = 4;
  const boxTop = y;
  const boxHeight = 34;
  drawTable(doc, boxTop, {
    head: [['Moyennes de 2e année', ...points.map((_, i) => String(i + 1))]],
    body: [
      ['Classe', ...points.map((p) => formatLivretAverageFixed(p.class) || '—')],
      [
        { content: 'Candidat', styles: { textColor: RED } },
        ...points.map((p) => ({ content: formatLivretAverageFixed(p.candidate) || '—', styles: { textColor: RED } })),
      ],
    ],
    margin: { left, right: MARGIN.right + 2 * (boxWidth + gap) },
    styles: { fontSize: FONT.tiny + 0.5, halign: 'center', cellPadding: { top: 0.8, bottom: 0.8, left: 0.8, right: 0.8 } },
    headStyles: { fontSize: FONT.tiny + 0.5 },
    columnStyles: {
      0: { halign: 'left', cellWidth: 30 },
      ...Object.fromEntries(points.map((_, i) => [i + 1, { cellWidth: (width - 2 * (boxWidth + gap) - 30) / points.length }])),
    },
    alternateRowStyles: {},
  });

  const rx = left + width - 2 * boxWidth - gap;
  doc.setDrawColor(...BLACK);
  doc.setLineWidth(0.3);
  doc.rect(rx, boxTop, boxWidth, boxHeight, 'S');
  let ry = writeText(doc, 'RÉSULTAT DE L’EXAMEN', rx + boxWidth / 2, boxTop + 5, { style: 'bold', align: 'center' }) + 1.5;
  const decided = input.phase === undefined || input.phase === 'premier_groupe_clos' || input.phase === 'second_groupe_clos';
  const result = decided ? input.result : null;
  if (!decided) {
    writeText(doc, 'Résultat communiqué après la délibération du jury.', rx + 2.5, ry, { size: FONT.small, color: GREY, maxWidth: boxWidth - 5 });
  }
  if (result) {
    ry = writeText(doc, decisionText(result, true), rx + 2.5, ry, { size: FONT.heading, style: 'bold', maxWidth: boxWidth - 5 }) + 0.5;
    ry = writeText(doc, `Moyenne générale (1er groupe) : ${formatMoyenne(result.firstGroup)} / 20`, rx + 2.5, ry, { size: FONT.small, maxWidth: boxWidth - 5 });
    if (result.controle.length > 0 && result.final) {
      writeText(doc, `Moyenne après l'épreuve de contrôle : ${formatMoyenne(result.final)} / 20`, rx + 2.5, ry, { size: FONT.small, maxWidth: boxWidth - 5 });
    }
  }
  const vx = rx + boxWidth + gap;
  doc.setDrawColor(...BLACK);
  doc.setLineWidth(0.3);
  doc.rect(vx, boxTop, boxWidth, boxHeight, 'S');
  let vy = writeText(doc, 'VISA DU PRÉSIDENT DE JURY', vx + boxWidth / 2, boxTop + 5, { style: 'bold', align: 'center' });
  if (input.president) vy = writeText(doc, input.president, vx + boxWidth / 2, vy, { size: FONT.small, align: 'center', maxWidth: boxWidth - 5 });
  const groupTop = vy + 0.5;
  const groupHeight = (boxTop + boxHeight - groupTop - 1.5) / 2;
  for (const [i, label] of ['1er groupe :', '2nd groupe :'].entries()) {
    const gy = groupTop + i * groupHeight;
    doc.setDrawColor(...GRID_GREY);
    doc.setLineWidth(0.2);
    doc.rect(vx + 2, gy, boxWidth - 4, groupHeight - 1, 'S');
    writeText(doc, label, vx + 4, gy + 4, { size: FONT.small, style: 'bold' });
  }
}
