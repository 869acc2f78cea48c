/**
 * Evaluation grids as PDF (docs/regles.md « Documents du jury »; circular annexes 5, 10, 11, 13, 16, 17, 20,
 * 21, 23): filled in, one candidate per page (a long grid goes on over the next page), or blank. Laid out
 * like the annexe: its banner, title and subtitle, the identification boxes, the observation boxes where
 * the annexe puts them, the criteria table with the TI / I / S / TS columns and the level ticked (E22:
 * the degrees of success of columns A, B, C with the points circled), the mark boxes, the legend, and the
 * commission's names and signature spaces. Every text of the grid is the annexe's, verbatim (grids data); a
 * grid carried over from another circular (preset 2025) prints its `sourceNote` under the annexe line.
 *
 * The unit's mark printed is the marks table's (given as `mark`), the one the relevé shows: the grid
 * never computes it, except E22 and E4 CCF, whose total is the sum of the parts printed, blank until every
 * part is marked; a different mark in the marks table is then printed on a line of its own, never as the total.
 */
import { shownNumero } from '../../domain/numero.ts';
import type { jsPDF } from 'jspdf';
import type { CellInput, CellHookData, RowInput } from 'jspdf-autotable';
import { formatHundredthsShort } from '../../domain/exact.ts';
import {
  evaluationMark,
  gridLayout,
  LEVELS,
  NON_MOBILISE,
  partHundredths,
  type GridDefinition,
  type GridEvaluation,
  type GridPart,
  type ObservationField,
} from '../../domain/grids/index.ts';
import { formatMark, type Mark } from '../../domain/marks.ts';
import {
  academieLabel,
  contentWidth,
  createDocument,
  drawTable,
  ensureSpace,
  FONT,
  finishDocument,
  isoToFrenchDate,
  MARGIN,
  pageWidth,
  type PdfOptions,
  type PdfSession,
  writeText,
} from './document.ts';

export interface GridPdfInput {
  grid: GridDefinition;
  /** Null: a blank grid. */
  candidate: { numero: string; nom: string; prenom: string } | null;
  etablissement: { name: string; uai: string } | null;
  evaluation: GridEvaluation | null;
  /** The unit's mark from the marks table (a number or a code), or null. */
  mark: Mark | null;
}

export const GRIDS_TITLE = "Grilles d'évaluation";

/** One grid per candidate (a new page for each), in the order given. */
export async function evaluationGridsPdf(session: PdfSession, inputs: GridPdfInput[], options: PdfOptions = {}): Promise<Uint8Array> {
  const doc = createDocument({ title: GRIDS_TITLE, session });
  if (inputs.length === 0) writeText(doc, 'Aucun candidat : aucune grille à imprimer.', MARGIN.left, MARGIN.top + 10);
  inputs.forEach((input, i) => {
    if (i > 0) doc.addPage();
    drawGrid(doc, session, input);
  });
  const units = [...new Set(inputs.map((i) => i.grid.unitCode))].join(', ');
  return finishDocument(doc, units ? `${GRIDS_TITLE} — ${units}` : GRIDS_TITLE, session, options);
}

/** The blank grids (to print and fill in by hand), one after the other. */
export async function blankGridsPdf(session: PdfSession, grids: readonly GridDefinition[], options: PdfOptions = {}): Promise<Uint8Array> {
  return evaluationGridsPdf(
    session,
    grids.map((grid) => ({ grid, candidate: null, etablissement: null, evaluation: null, mark: null })),
    options,
  );
}

const TICK = 'X';
const CHOSEN_FILL: [number, number, number] = [215, 228, 242];

/** `DUPONT Léa`. */
const fullName = (c: { nom: string; prenom: string }) => `${c.nom.toLocaleUpperCase('fr')} ${c.prenom}`.trim();

/** What goes in an identification box of the annexe (matched on its words: the boxes differ between annexes). */
function identificationValue(label: string, session: PdfSession, input: GridPdfInput): string {
  const { candidate } = input;
  if (/acad/i.test(label)) return session.academie;
  if (/^session/i.test(label)) return '';
  if (!candidate) return '';
  if (/N°/i.test(label)) return shownNumero(candidate.numero);
  if (/nom/i.test(label)) return fullName(candidate);
  return '';
}

/** `Session 2024` is printed with the session's own year (the grids are the 2024 circular's). */
function identificationLabel(label: string, session: PdfSession): string {
  return label.replace(/^(Session\s*:?\s*)\d{4}$/i, `$1${session.year}`);
}

function drawGrid(doc: jsPDF, session: PdfSession, input: GridPdfInput): void {
  const { grid, candidate, evaluation } = input;
  const blank = candidate === null;
  const firstPage = doc.getNumberOfPages();
  const left = MARGIN.left;
  const right = pageWidth(doc) - MARGIN.right;
  const center = pageWidth(doc) / 2;
  const width = contentWidth(doc);
  const layout = gridLayout(grid);

  // Banner, title, subtitle, as the annexe. A grid carried over from another circular says so under the annexe
  // line: that line then goes up into the top margin (where the pages a grid goes on to print theirs), so that
  // the note takes none of the grid's room (annexe 5 only just fits on its page).
  const note = grid.sourceNote;
  let y = note ? MARGIN.top - 5 : MARGIN.top;
  writeText(doc, academieLabel(session.academie), left, y, { size: FONT.small, style: 'bold' });
  writeText(doc, `Annexe ${grid.annexe}`, right, y, { size: FONT.small, style: 'bold', align: 'right' });
  if (note) y = Math.max(MARGIN.top, writeText(doc, note, left, y + 3.8, { size: FONT.small, style: 'italic', color: [60, 60, 60], maxWidth: width }) - 2.5);
  y += 6;
  if (grid.header) y = writeText(doc, grid.header, center, y, { size: FONT.body, style: 'bold', align: 'center', maxWidth: width });
  y = writeText(doc, grid.title, center, y + 1, { size: FONT.heading + 0.5, style: 'bold', align: 'center', maxWidth: width });
  if (grid.subtitle) y = writeText(doc, grid.subtitle, center, y + 0.5, { size: FONT.body, style: 'italic', align: 'center', maxWidth: width });
  y += 2;

  // Identification boxes, then the date of the épreuve.
  const identification: RowInput[] = grid.fields.identification.map((label) => [
    identificationLabel(label, session).replace(/\s*:$/, ''),
    identificationValue(label, session, input),
  ]);
  if (grid.fields.date !== null) identification.push([grid.fields.date.replace(/\s*:$/, ''), evaluation?.date ? isoToFrenchDate(evaluation.date) : '']);
  if (input.etablissement)
    identification.push(['Établissement', [input.etablissement.name, input.etablissement.uai && `(${input.etablissement.uai})`].filter(Boolean).join(' ')]);
  y = drawTable(doc, y, {
    body: identification,
    alternateRowStyles: {},
    styles: { fontSize: FONT.body, minCellHeight: blank ? 8 : 6 },
    columnStyles: { 0: { cellWidth: 62, fontStyle: 'bold' }, 1: { fontStyle: 'bold' } },
  });

  for (const line of grid.instructions) y = writeText(doc, line, left, y, { size: FONT.small, style: 'italic', maxWidth: width }) + 1;
  if (grid.instructions.length > 0) y += 2;

  for (const field of layout.before) y = drawObservation(doc, y, field, field.headings, evaluation, blank);

  if (grid.parts.every((p) => p.scoring.kind === 'degrees')) {
    y = drawDegreesTable(doc, y, grid, evaluation, blank);
  } else {
    for (const part of grid.parts) {
      const several = grid.parts.length > 1;
      if (several) {
        y = ensureSpace(doc, y, 30);
        y = writeText(doc, part.title, left, y + 1, { size: FONT.heading, style: 'bold', maxWidth: width }) + 1;
      }
      for (const field of layout.byPart.get(part.id) ?? []) y = drawObservation(doc, y, field, field.headings.slice(1), evaluation, blank);
      if (part.criteria.length > 0) y = drawCriteriaTable(doc, y, grid, part, evaluation);
      if (grid.mark.kind === 'sum' && part.markLabel) {
        const hundredths = evaluation ? partHundredths(grid, part.id, evaluation.parts[part.id]) : null;
        y = drawMarkBoxes(doc, y, [[part.markLabel, hundredths === null ? '' : formatHundredthsShort(hundredths)]]);
      }
    }
  }

  // The unit's mark: the marks table's; on a grid that sums its parts, the sum.
  const markText = input.mark ? formatMark(input.mark) : '';
  const sum = grid.mark.kind === 'sum' && evaluation ? evaluationMark(grid, evaluation) : null;
  const totalText = grid.mark.kind === 'sum' ? (sum ? formatMark(sum) : '') : markText;
  if (grid.mark.kind === 'sum' && grid.parts.every((p) => p.scoring.kind === 'levels')) {
    const boxes: [string, string][] = grid.parts.map((p) => {
      const hundredths = evaluation ? partHundredths(grid, p.id, evaluation.parts[p.id]) : null;
      return [`${p.label.toLocaleUpperCase('fr')} SUR ${p.max ?? ''} POINTS`, hundredths === null ? '' : formatHundredthsShort(hundredths)];
    });
    const heading = layout.after.find((f) => f.headings.length > 0)?.headings[0];
    if (heading) {
      y = ensureSpace(doc, y, 30);
      y = writeText(doc, heading, left, y + 1, { size: FONT.heading, style: 'bold' }) + 1;
    }
    y = drawMarkBoxes(doc, y, [...boxes, [grid.mark.label, totalText]], true);
  } else if (grid.mark.kind === 'commission' || grid.parts.every((p) => p.scoring.kind === 'degrees')) {
    y = drawMarkBoxes(doc, y, [[grid.mark.label.replace(/\s*:$/, ''), totalText]], true);
  }
  if (markText !== totalText && markText !== '') y = drawTableMark(doc, y, markText);

  for (const field of layout.after) {
    const headings = grid.mark.kind === 'sum' ? field.headings.slice(1) : field.headings;
    y = drawObservation(doc, y, field, headings, evaluation, blank, blank ? 40 : 18);
  }

  drawCommission(doc, y, grid, evaluation);

  // Pages the grid went on to: say whose grid it is at the top.
  const lastPage = doc.getNumberOfPages();
  if (lastPage > firstPage) {
    const who = candidate ? `${fullName(candidate)} (n° ${shownNumero(candidate.numero)})` : 'grille vierge';
    for (let page = firstPage + 1; page <= lastPage; page++) {
      doc.setPage(page);
      writeText(doc, `${grid.unitCode} — ${who} (suite)`, left, MARGIN.top - 5, { size: FONT.small, style: 'bold', color: [90, 90, 90] });
    }
    doc.setPage(lastPage);
  }
}

/** An observation box: its headings, its label, and the text (or room to write). */
function drawObservation(
  doc: jsPDF,
  y: number,
  field: ObservationField,
  headings: readonly string[],
  evaluation: GridEvaluation | null,
  blank: boolean,
  height = blank ? 30 : 16,
): number {
  const text = evaluation?.observations[field.id] ?? '';
  const head: RowInput[] = [...headings.map((h) => [h]), [field.label]];
  return drawTable(doc, ensureSpace(doc, y, 25), {
    head,
    body: [[text]],
    rowPageBreak: 'auto',
    alternateRowStyles: {},
    headStyles: { halign: 'left', fontSize: FONT.body, minCellHeight: 0 },
    styles: { fontSize: FONT.body, minCellHeight: text ? Math.min(height, 12) : height, valign: 'top' },
  });
}

/** The criteria of a part, one row each, with the TI I S TS columns and an X in the column rated. */
function drawCriteriaTable(doc: jsPDF, y: number, grid: GridDefinition, part: GridPart, evaluation: GridEvaluation | null): number {
  const headLabel = part.id === 'criteres' ? part.title : 'Critères d’évaluation';
  const body: CellInput[][] = part.criteria.map((criterion) => {
    const rating = evaluation?.levels[criterion.id];
    const text = rating === NON_MOBILISE ? `${criterion.text} (non mobilisé)` : criterion.text;
    return [text, ...LEVELS.map((level) => (rating === level ? TICK : ''))];
  });
  const end = drawTable(doc, ensureSpace(doc, y, 25), {
    head: [[headLabel, ...LEVELS]],
    body,
    alternateRowStyles: {},
    headStyles: { fontSize: FONT.body },
    styles: { fontSize: FONT.body },
    columnStyles: Object.fromEntries([
      [0, { cellWidth: 'auto' }],
      ...LEVELS.map((_, i) => [i + 1, { cellWidth: 13, halign: 'center', fontStyle: 'bold', fontSize: FONT.heading }]),
    ]),
  });
  if (!grid.scale?.legend) return end;
  return writeText(doc, grid.scale.legend, MARGIN.left, end - 2, { size: FONT.small, style: 'italic', maxWidth: contentWidth(doc) }) + 2;
}

/** Annexe 5: the three columns A, B, C, their four degrees, the points circled, the bonus and the notes. */
function drawDegreesTable(doc: jsPDF, y: number, grid: GridDefinition, evaluation: GridEvaluation | null, blank: boolean): number {
  const parts = grid.parts;
  const chosen = new Set<string>();
  const head: RowInput[] = [parts.map((p) => [p.title, p.description].filter(Boolean).join('\n'))];
  const body: CellInput[][] = [1, 2, 3, 4].map((degree) =>
    parts.map((part) => {
      const def = part.scoring.kind === 'degrees' ? part.scoring.degrees.find((d) => d.degree === degree) : undefined;
      const entry = evaluation?.parts[part.id];
      const picked = entry?.degree === degree;
      if (picked) chosen.add(`${degree}|${part.id}`);
      const points = picked ? partPoints(part, entry?.hundredths ?? null, degree) : null;
      const circled = picked ? `\n${TICK} retenu${points === null ? '' : ` : ${points} pt${points > 1 ? 's' : ''}`}` : '';
      return `Degré ${degree}\n${def?.descriptor ?? ''}\n${def?.pointsText ?? ''}${circled}`;
    }),
  );
  body.push(
    parts.map((part) => {
      const bonus = part.scoring.kind === 'degrees' ? part.scoring.bonus : null;
      if (!bonus) return '';
      return `${bonus.text} : ${bonus.points} pt${evaluation?.parts[part.id]?.bonus ? `\n${TICK} accordé` : ''}`;
    }),
  );
  body.push(
    parts.map((part) => {
      const hundredths = evaluation ? partHundredths(grid, part.id, evaluation.parts[part.id]) : null;
      return `${part.markLabel ?? part.label} : ${hundredths === null ? (blank ? '' : '—') : formatHundredthsShort(hundredths)}`;
    }),
  );
  const columnWidth = contentWidth(doc) / parts.length;
  return drawTable(doc, y, {
    head,
    body,
    alternateRowStyles: {},
    headStyles: { fontSize: FONT.small, halign: 'left', valign: 'top' },
    styles: { fontSize: FONT.small, valign: 'top' },
    columnStyles: Object.fromEntries(parts.map((_, i) => [i, { cellWidth: columnWidth }])),
    didParseCell: (data: CellHookData) => {
      if (data.section !== 'body' || data.row.index > 3) return;
      const part = parts[data.column.index];
      if (part && chosen.has(`${data.row.index + 1}|${part.id}`)) {
        data.cell.styles.fillColor = CHOSEN_FILL;
        data.cell.styles.fontStyle = 'bold';
      }
    },
  });
}

/** The points circled for a degree: the ones entered, or the only value the degree allows. */
function partPoints(part: GridPart, hundredths: number | null, degree: number): number | null {
  if (hundredths !== null) return hundredths / 100;
  const allowed = part.scoring.kind === 'degrees' ? (part.scoring.degrees.find((d) => d.degree === degree)?.points ?? []) : [];
  return allowed.length === 1 ? (allowed[0] ?? null) : null;
}

/** Mark boxes: label, then the mark (empty for a blank grid). */
function drawMarkBoxes(doc: jsPDF, y: number, boxes: [string, string][], strong = false): number {
  return drawTable(doc, ensureSpace(doc, y, 10 * boxes.length + 5), {
    body: boxes,
    alternateRowStyles: {},
    styles: { fontSize: strong ? FONT.body + 1 : FONT.body, minCellHeight: 8 },
    columnStyles: {
      0: { fontStyle: 'bold', halign: 'right' },
      1: { cellWidth: 35, halign: 'center', fontStyle: 'bold', fontSize: strong ? FONT.heading + 1 : FONT.heading },
    },
  });
}

/**
 * The marks table's mark when it is not the total of the grid's parts (a part not marked yet, a code entered in the
 * marks table): said for what it is, under the total.
 */
function drawTableMark(doc: jsPDF, y: number, markText: string): number {
  const top = ensureSpace(doc, y, 10);
  return (
    writeText(doc, `Note du tableau des notes : ${markText}`, pageWidth(doc) - MARGIN.right, top + 2, { size: FONT.body + 1, style: 'bold', align: 'right' }) +
    3
  );
}

/** The commission: names and qualities in the boxes the annexe prints, with room to sign. */
function drawCommission(doc: jsPDF, y: number, grid: GridDefinition, evaluation: GridEvaluation | null): number {
  const field = grid.fields.members;
  if (!field) return y;
  const members = evaluation?.members ?? [];
  const top = ensureSpace(doc, y, 45);
  if (field.slots !== null) {
    const rows: CellInput[][] = Array.from({ length: field.slots }, (_, i) => {
      const member = members[i];
      return [member?.name ?? '', member?.quality ?? '', ''];
    });
    return drawTable(doc, top, {
      head: [[{ content: field.label, colSpan: 3, styles: { halign: 'left' } }], [...field.perMember, 'Signature']],
      body: rows,
      alternateRowStyles: {},
      headStyles: { minCellHeight: 0 },
      styles: { fontSize: FONT.body, minCellHeight: 14, valign: 'top' },
      columnStyles: { 2: { cellWidth: 55 } },
    });
  }
  // Annexe 23: a free space for the members, then the signatures.
  const names = members.map((m) => [m.name, m.quality].filter(Boolean).join(', ')).join('\n');
  return drawTable(doc, top, {
    head: [[field.label, grid.fields.signatures ?? 'Signatures']],
    body: [[names, '']],
    alternateRowStyles: {},
    headStyles: { halign: 'left', minCellHeight: 0 },
    styles: { fontSize: FONT.body, minCellHeight: 25, valign: 'top' },
  });
}
