/**
 * Relevé de notes (docs/regles.md « Documents du jury »): one candidate per page, with every unit, its
 * coefficient, mark (or AB / ABJ / NV / DI with their French wording), points, the épreuve de
 * contrôle, the total, the moyennes (R3: truncated) and the jury's decision.
 *
 * Printed before the jury has decided the candidate (`releveIsFinal`), the same sheet is provisional: its title says
 * so, with the deliberation's phase in the PV's words, the decision reads « Résultat calculé (sous réserve de la
 * délibération) », and a framed line replaces « Fait à … » and the president's signature.
 */
import { shownNumero } from '../../domain/numero.ts';
import type { jsPDF } from 'jspdf';
import type { CellInput } from 'jspdf-autotable';
import { averageHundredths, formatHundredthsFixed } from '../../domain/exact.ts';
import { controleCoveredText, type CandidateResult, type ControleLine, type UnitLine } from '../../domain/results.ts';
import type { DeliberationPhase } from '../../domain/session.ts';
import {
  centreLine,
  createDocument,
  decisionText,
  drawHeader,
  drawKeyValues,
  drawNotForSignature,
  drawSectionTitle,
  drawSignatureBlocks,
  drawTable,
  ensureSpace,
  FONT,
  finishDocument,
  formatCoefficient,
  formatMarkValue,
  formatMoyenne,
  formatPoints,
  formatTotalPoints,
  isoToFrenchDate,
  MARGIN,
  placeAndDate,
  type PdfOptions,
  type PdfSession,
  PROVISIONAL_NOTE,
  specialMarkLabel,
  writeText,
} from './document.ts';

export interface ReleveInput {
  session: PdfSession;
  candidate: { numero: string; nom: string; prenom: string; dateNaissance: string | null };
  etablissement: { name: string; uai: string } | null;
  result: CandidateResult;
  /** R8: units whose mark is kept from an earlier session, by unit code → year it was obtained. */
  benefices: Record<string, number>;
  /** Who signs and when (« Fait à [session place], le [date] », the jury president); dotted blanks when absent. */
  jury?: { president: string; date: string | null };
  /**
   * The deliberation's phase, as for the PV: the relevé is provisional until the jury has decided the candidate
   * (`releveIsFinal`). Absent: closed, as the PV.
   */
  phase?: DeliberationPhase;
}

export const RELEVE_TITLE = 'Relevé de notes';
export const RELEVE_PROVISIONAL_TITLE = 'Relevé de notes provisoire';
/** What a provisional relevé prints in place of « Fait à … » and the president's signature. */
export const RELEVE_NOT_FOR_SIGNATURE =
  'Relevé provisoire, édité avant la décision du jury : le résultat est calculé d’après les notes saisies et ne vaut pas relevé de notes officiel. ' +
  'Ne pas le signer ni le remettre au candidat comme résultat de l’examen.';

/**
 * Whether the jury has decided the candidate's result, so that the relevé states it as the jury's decision: once the
 * 1er groupe is closed when it decided everything (admis, ajourné, éliminé, NV… — all but the contrôle), once the
 * deliberation is closed for everyone. No phase: closed.
 */
export function releveIsFinal(result: Pick<CandidateResult, 'firstGroupDecision'>, phase: DeliberationPhase | undefined): boolean {
  switch (phase ?? 'second_groupe_clos') {
    case 'second_groupe_clos':
      return true;
    case 'premier_groupe_clos':
      return result.firstGroupDecision !== 'CONTROLE';
    default:
      return false;
  }
}

/** The relevés of `inputs`, one candidate per page, in the given order. */
export async function releveDeNotesPdf(inputs: ReleveInput[], options: PdfOptions = {}): Promise<Uint8Array> {
  const first = inputs[0];
  const session = first?.session ?? { name: '', academie: '', year: new Date().getFullYear(), diploma: '' };
  // The footer's title says « provisoire » when every sheet is.
  const title = inputs.length > 0 && inputs.every((i) => !releveIsFinal(i.result, i.phase)) ? RELEVE_PROVISIONAL_TITLE : RELEVE_TITLE;
  const doc = createDocument({ title, session });
  if (!first) {
    const y = drawHeader(doc, { session, title: RELEVE_TITLE });
    writeText(doc, 'Aucun candidat sélectionné.', MARGIN.left, y + 4);
  }
  inputs.forEach((input, i) => {
    if (i > 0) doc.addPage();
    const page = doc.getNumberOfPages();
    drawReleve(doc, input, false);
    if (doc.getNumberOfPages() > page) {
      // Too long for one page (contrôle, optional units, bénéfices): its signature went alone onto the next one, where a
      // sheet handed out can be lost. Drawn again, tighter, on a page put in its place.
      const drawn = doc.getNumberOfPages() - page + 1;
      doc.insertPage(page);
      drawReleve(doc, input, true);
      for (let n = 0; n < drawn; n++) doc.deletePage(page + 1);
      doc.setPage(doc.getNumberOfPages());
    }
  });
  return finishDocument(doc, title, session, options);
}

/** One candidate's relevé; `tight`: smaller tables, for a sheet that would not fit its page otherwise. */
function drawReleve(doc: jsPDF, { session, candidate, etablissement, result, benefices, jury, phase }: ReleveInput, tight: boolean): void {
  const final = releveIsFinal(result, phase);
  let y = drawHeader(
    doc,
    final || phase === undefined
      ? { session, title: RELEVE_TITLE }
      : { session, title: RELEVE_PROVISIONAL_TITLE, subtitle: `Résultat provisoire : ${PROVISIONAL_NOTE[phase]}` },
  );
  const padding = tight ? { top: 0.7, bottom: 0.7, left: 1.4, right: 1.4 } : undefined;
  const tableStyles = tight ? { fontSize: FONT.small, cellPadding: padding } : {};

  // Candidate identity, two pairs per line (room for the date and signature at the bottom of the page).
  const label = (content: string): CellInput => ({ content, styles: { textColor: [90, 90, 90] } });
  const wide = (content: string): CellInput => ({ content, colSpan: 3 });
  y = drawTable(doc, y, {
    theme: 'plain',
    body: [
      [
        label('N° de candidat'),
        shownNumero(candidate.numero),
        label('Date de naissance'),
        candidate.dateNaissance ? isoToFrenchDate(candidate.dateNaissance) : 'non renseignée',
      ],
      [label('Nom'), candidate.nom.toLocaleUpperCase('fr'), label('Prénom'), candidate.prenom],
      [
        label('Établissement'),
        wide(
          etablissement
            ? [etablissement.name, etablissement.uai && `UAI ${etablissement.uai}`].filter(Boolean).join(' — ')
            : 'candidat individuel / non rattaché',
        ),
      ],
      [label('Spécialité'), wide(session.diploma)],
      // The centre that issues it, when the session names one (« Centre d'examen » in Documents or Épreuve de contrôle).
      ...(centreLine(session) ? [[label('Centre d’examen'), wide(centreLine(session)!)]] : []),
    ],
    styles: { fontSize: tight ? FONT.table : FONT.body, cellPadding: padding ?? { top: 0.9, bottom: 0.9, left: 1.6, right: 1.6 } },
    columnStyles: { 0: { cellWidth: 32 }, 1: { cellWidth: 60 }, 2: { cellWidth: 32 }, 3: { cellWidth: 'auto' } },
  });

  // Units.
  // A dispensed épreuve is not replaced nor kept by the contrôle: only the ones that count say it.
  const controleByUnit = new Map<string, ControleLine>();
  for (const line of result.controle) for (const code of line.counted) controleByUnit.set(code, line);
  const shown = result.lines.filter((l) => l.unit.domain !== 'optional' || l.mark.kind !== 'empty');
  const body: CellInput[][] = shown.map((line) => [
    line.unit.code,
    line.unit.name,
    line.unit.coefficient === null ? 'fac.' : formatCoefficient(line.coefficient),
    { content: formatMarkValue(line.mark) || '—', styles: { fontStyle: 'bold' } },
    pointsCell(line),
    observations(line, benefices, controleByUnit.get(line.unit.code)),
  ]);
  y = drawTable(doc, y, {
    head: [['Unité', 'Épreuve', 'Coef.', 'Note /20', 'Points', 'Observations']],
    body,
    styles: tableStyles,
    columnStyles: {
      0: { cellWidth: 13, fontStyle: 'bold' },
      1: { cellWidth: 70 },
      2: { cellWidth: 12, halign: 'center' },
      3: { cellWidth: 17, halign: 'center' },
      4: { cellWidth: 18, halign: 'right' },
      5: { cellWidth: 'auto', fontSize: tight ? FONT.tiny : FONT.small },
    },
  });

  // Épreuve de contrôle.
  if (result.controle.length > 0) {
    y = drawSectionTitle(doc, y + 1, 'Épreuve de contrôle', 25);
    y = drawTable(doc, y, {
      head: [['Épreuve', 'Coef.', 'Note du 1er groupe', 'Note de contrôle', 'Note retenue']],
      body: result.controle.map((line) => {
        const firstGroup = formatHundredthsFixed(averageHundredths(line.firstGroup));
        // The épreuves it stands for here: a dispensed one is not compared nor replaced (E2 for E22 alone).
        const covers = line.counted.length > 1 || line.counted[0] !== line.unit.code ? ` (${line.counted.join(' + ')})` : '';
        return [
          `${line.unit.code} — ${line.unit.name}${covers}`,
          formatCoefficient(line.firstGroup.divisor),
          firstGroup,
          controleMarkText(line),
          line.replaced ? `${formatMarkValue(line.mark)} (contrôle)` : `${firstGroup} (1er groupe)`,
        ];
      }),
      styles: tableStyles,
      columnStyles: { 1: { halign: 'center', cellWidth: 14 }, 2: { halign: 'center' }, 3: { halign: 'center' }, 4: { halign: 'center', fontStyle: 'bold' } },
    });
  }

  // Totals, moyennes, decision.
  y = drawSectionTitle(doc, y + 1, 'Résultat', 45);
  const rows: [string, string][] = [];
  const first = result.firstGroup;
  rows.push(['Total des points (1er groupe)', first ? `${formatTotalPoints(first)} pour ${formatCoefficient(first.divisor)} coefficients` : 'non calculable']);
  // French: « 1,5 point », « 2 points » (plural from 2 on).
  if (result.bonus > 0)
    rows.push(['dont épreuves facultatives', `+ ${formatPoints(result.bonus)} ${result.bonus < 20_000 ? 'point' : 'points'} au-dessus de 10`]);
  rows.push(['Moyenne générale (1er groupe)', first ? `${formatMoyenne(first)} / 20` : 'non calculable']);
  rows.push(['Moyenne du domaine professionnel', result.professional ? `${formatMoyenne(result.professional)} / 20` : 'non calculable']);
  if (result.controle.length > 0 && result.final) {
    rows.push([
      "Total des points après l'épreuve de contrôle",
      `${formatTotalPoints(result.final)} pour ${formatCoefficient(result.final.divisor)} coefficients`,
    ]);
    rows.push(["Moyenne générale après l'épreuve de contrôle", `${formatMoyenne(result.final)} / 20`]);
  }
  y = drawKeyValues(doc, y, rows, { labelWidth: 75 });

  const decisionRows: [string, string][] = [[final ? 'Décision du jury' : 'Résultat calculé\n(sous réserve de la délibération)', decisionText(result, true)]];
  if (['ELIMINE', 'NV', 'INCOMPLET'].includes(result.decision) && result.reason) decisionRows.push(['Motif', result.reason]);
  if (result.errors.length > 0) {
    decisionRows.push(['Épreuve de contrôle non prise en compte', result.errors.map((e) => e.message).join(' ; ')]);
  }
  y = drawKeyValues(doc, y - 3, decisionRows, { labelWidth: 75, fontSize: FONT.body + 1, boldValues: true });

  y = writeText(
    doc,
    'Moyennes et totaux tronqués à deux décimales (une moyenne de 9,996 est écrite 9,99). Points = coefficient × note, exacts. ' +
      'AB : absence non justifiée ; ABJ : absence justifiée (compte 0) ; NV : non valide ; DI : dispensé (hors total et coefficients).',
    MARGIN.left,
    y,
    { size: FONT.tiny, color: [90, 90, 90], maxWidth: doc.internal.pageSize.getWidth() - MARGIN.left - MARGIN.right },
  );

  if (!final) {
    drawNotForSignature(doc, y + 3, RELEVE_NOT_FOR_SIGNATURE);
    return;
  }
  // Date, place and the president's signature, as on a relevé printed by CYCLADES.
  y = ensureSpace(doc, y + 2, 28);
  const right = doc.internal.pageSize.getWidth() - MARGIN.right;
  y = writeText(doc, placeAndDate(session.place, jury?.date), right, y + 2, { size: FONT.body, align: 'right' });
  drawSignatureBlocks(doc, y, [{ label: 'Le président du jury', name: jury?.president ?? '' }], { perRow: 2, height: 20, alignRight: true });
}

function pointsCell(line: UnitLine): string {
  switch (line.role) {
    case 'counted':
      return formatPoints(line.points);
    case 'bonus':
      return `+ ${formatPoints(line.points)}`;
    default:
      return '—';
  }
}

function controleMarkText(line: ControleLine): string {
  return line.mark.kind === 'AB' ? 'AB (absent)' : formatMarkValue(line.mark);
}

/**
 * What the épreuve de contrôle did to the épreuve(s) it covers, on each of their lines. Short, the mark in brackets
 * (« remplacée par l'épreuve de contrôle E1 : 12,00 » wrapped « : 12,00 » alone). A contrôle covering several
 * épreuves (E21 and E22 in 2024, E2 and E3 in 2025: R6, R9) is compared with their weighted mean and replaces them
 * together: the line says so, with that mean.
 */
function controleObservation(controle: ControleLine): string {
  const { code } = controle.unit;
  const mark = formatMarkValue(controle.mark);
  if (controle.counted.length < 2) {
    if (controle.replaced) return `remplacée par le contrôle ${code} (${mark})`;
    if (controle.mark.kind === 'AB') return `absent à l'épreuve de contrôle ${code} : note conservée`;
    return `contrôle ${code} : ${mark}, note du 1er groupe conservée`;
  }
  const together = controleCoveredText(controle);
  const mean = formatHundredthsFixed(averageHundredths(controle.firstGroup));
  if (controle.replaced) return `${together} (moyenne ${mean}) remplacées par le contrôle ${code} (${mark})`;
  if (controle.mark.kind === 'AB') return `absent à l'épreuve de contrôle ${code} : notes de ${together} conservées`;
  return `contrôle ${code} : ${mark}, notes de ${together} (moyenne ${mean}) conservées`;
}

function observations(line: UnitLine, benefices: Record<string, number>, controle: ControleLine | undefined): string {
  const notes: string[] = [];
  const special = specialMarkLabel(line.mark);
  switch (line.role) {
    case 'counted':
      if (line.mark.kind === 'ABJ') notes.push(`${special} : compte 0`);
      break;
    case 'dispensed':
      notes.push(`${special} : hors total et coefficients`);
      break;
    case 'absent':
      notes.push(`${special} : candidat éliminé`);
      break;
    case 'invalid':
      notes.push(`${special} : diplôme non délivré`);
      break;
    case 'missing':
      notes.push('note non saisie');
      break;
    case 'bonus':
      notes.push('épreuve facultative : points au-dessus de 10 ajoutés au total');
      break;
    case 'ignored':
      notes.push(`épreuve facultative${special ? ` : ${special}` : ''}, sans effet`);
      break;
  }
  const year = benefices[line.unit.code];
  if (year !== undefined) notes.push(`bénéfice ${year}`);
  if (controle) notes.push(controleObservation(controle));
  return notes.join(' ; ');
}
