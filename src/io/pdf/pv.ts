/**
 * Procès-verbal de délibération (docs/regles.md « Documents du jury »): every candidate of the jury with
 * marks, moyennes (R3: truncated) and decision; counts per decision and pass rate; the date and the
 * jury's signatures; then the lists the jury hands over (admis, autorisés à l'épreuve de contrôle,
 * diplôme non délivré) and the audit trail as an annex.
 *
 * Also the list of candidates called to the épreuve de contrôle, with their chosen units.
 */
import { shownNumero } from '../../domain/numero.ts';
import type { jsPDF } from 'jspdf';
import type { CellInput, RowInput } from 'jspdf-autotable';
import { toHundredths } from '../../domain/exact.ts';
import { countOf, formatCount } from '../../domain/count.ts';
import { passRate, passRateText } from '../../domain/jury-stats.ts';
import { controleUnitsSat } from '../../domain/jury.ts';
import { type Decision, DECISION_LABELS, DECISIONS, type CandidateResult } from '../../domain/results.ts';
import { findUnit, type ControleUnitDef, type Regulation, type UnitDef } from '../../domain/regulation.ts';
import { type AuditEntry, type ControleSlot, DELIBERATION_PHASE_LABELS, type DeliberationPhase } from '../../domain/session.ts';
import {
  centreLine,
  contentBottom,
  contentWidth,
  createDocument,
  decisionText,
  drawHeader,
  drawKeyValues,
  drawSectionTitle,
  drawNotForSignature,
  drawSignatureBlocks,
  drawTable,
  ensureSpace,
  FONT,
  finishDocument,
  formatCoefficient,
  formatMarkValue,
  formatMoyenne,
  isoToFrenchDate,
  isoToFrenchDateTime,
  MARGIN,
  pageWidth,
  placeAndDate,
  type PdfOptions,
  type PdfSession,
  PROVISIONAL_NOTE,
  writeText,
} from './document.ts';

export interface PvRow {
  numero: string;
  nom: string;
  prenom: string;
  result: CandidateResult;
  /** R8, optional: units whose mark is a bénéfice, by unit code → year (marked `*` in the table). */
  benefices?: Record<string, number>;
}

export interface PvInput {
  session: PdfSession;
  jury: { president: string; members: string[]; date: string | null };
  regulation: Regulation;
  rows: PvRow[];
  audit: AuditEntry[];
  /** The deliberation's phase: before it is closed the PV is provisional and its title says so. */
  phase?: DeliberationPhase;
}

export const PV_TITLE = 'Procès-verbal de délibération';
export const PV_PROVISIONAL_TITLE = 'Procès-verbal provisoire de délibération';

export const CONVOCATIONS_TITLE = 'Épreuves de contrôle';
/** The summary of the convocations printed before the 1er groupe is closed. */
export const CONVOCATIONS_PROVISIONAL_TITLE = 'Épreuves de contrôle (provisoire)';
export const CONVOCATION_TITLE = 'Convocation à l’épreuve de contrôle';
export const CONVOCATION_PROVISIONAL_TITLE = 'Convocation provisoire à l’épreuve de contrôle';
/** Under the title of a convocation printed before the 1er groupe is closed. */
export const CONVOCATION_RESERVE = 'sous réserve de la délibération du 1er groupe';

/** Counts per decision (final, and after the first group), as printed in the PV's summary. */
export function decisionCounts(rows: { result: CandidateResult }[]): {
  final: Record<Decision, number>;
  firstGroup: Record<Decision, number>;
} {
  const zero = () => Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<Decision, number>;
  const final = zero();
  const firstGroup = zero();
  for (const { result } of rows) {
    final[result.decision]++;
    firstGroup[result.firstGroupDecision]++;
  }
  return { final, firstGroup };
}

const threshold = (points: number) => formatCoefficient(toHundredths(points));

const juryDate = (date: string | null) => (date ? isoToFrenchDate(date) : '…… / …… / ……………');

/** The PV of a jury, landscape. */
export async function pvDeliberationPdf(input: PvInput, options: PdfOptions = {}): Promise<Uint8Array> {
  const { session, jury, regulation, rows, audit } = input;
  const phase = input.phase ?? 'second_groupe_clos';
  const provisional = phase !== 'second_groupe_clos';
  const title = provisional ? PV_PROVISIONAL_TITLE : PV_TITLE;
  const doc = createDocument({ title, session, orientation: 'landscape' });
  const subtitle = `Délibération du ${juryDate(jury.date)}${provisional ? ` — ${PROVISIONAL_NOTE[phase]}` : ''}`;
  let y = drawHeader(doc, { session, title, subtitle });

  y = drawKeyValues(
    doc,
    y - 2,
    [
      ...(centreLine(session) ? [['Centre d’examen', centreLine(session)!] as [string, string]] : []),
      ['Président du jury', jury.president || '……………………………………'],
      ['Membres du jury', jury.members.length > 0 ? jury.members.join(' ; ') : '……………………………………'],
      [
        'Règlement appliqué',
        `${regulation.name} — admis : moyenne générale d’au moins ${threshold(regulation.thresholds.admis)} ; épreuve de contrôle : moyenne générale d’au moins ${threshold(regulation.thresholds.controleMin)} et moyenne professionnelle d’au moins ${threshold(regulation.thresholds.professionalMin)}`,
      ],
      ['Candidats délibérés', formatCount(rows.length)],
    ],
    { labelWidth: 45, fontSize: FONT.small + 0.5 },
  );

  y = drawCandidatesTable(doc, y, regulation, rows);

  // The summary, the date and the signatures stay together on one page.
  const signers = jury.members.length > 0 ? jury.members : ['', ''];
  const wanted = 95 + Math.ceil((signers.length + 1) / 4) * 33;
  y = ensureSpace(doc, y, Math.min(wanted, contentBottom(doc) - MARGIN.top - 10));
  y = drawSummary(doc, y, rows, provisional);
  if (convocationsProvisional(phase)) {
    // Before the 1er groupe is closed the jury has decided nothing: not offered for signature, as the relevés then.
    drawNotForSignature(
      doc,
      y + 5,
      'Procès-verbal provisoire, édité avant la clôture du 1er groupe : il ne vaut pas procès-verbal de délibération. Ne pas le signer.',
    );
  } else {
    y = drawSectionTitle(doc, y + 5, 'Signatures', 50);
    y = writeText(doc, placeAndDate(session.place, jury.date), MARGIN.left, y + 2, { size: FONT.body });
    const blocks = [{ label: 'Le président du jury', name: jury.president }, ...signers.map((name) => ({ label: 'Membre du jury', name }))];
    drawSignatureBlocks(doc, y + 2, blocks, { perRow: 4, height: 28 });
  }

  drawLists(doc, session, rows);
  drawAudit(doc, audit);
  return finishDocument(doc, title, session, options);
}

/** Units shown as columns: every compulsory unit, and the optional ones someone took. */
function shownUnits(regulation: Regulation, rows: PvRow[]): UnitDef[] {
  return regulation.units.filter(
    (unit) => unit.domain !== 'optional' || rows.some((r) => r.result.lines.some((l) => l.unit.code === unit.code && l.mark.kind !== 'empty')),
  );
}

function markCell(row: PvRow, unit: UnitDef): string {
  const line = row.result.lines.find((l) => l.unit.code === unit.code);
  if (!line) return '';
  const text = formatMarkValue(line.mark);
  return row.benefices?.[unit.code] !== undefined && text !== '' ? `${text}*` : text;
}

function controleCell(result: CandidateResult): string {
  if (result.controle.length > 0) {
    return result.controle.map((l) => `${l.unit.code} : ${formatMarkValue(l.mark)}${l.replaced ? ' (retenue)' : ''}`).join('\n');
  }
  return result.decision === 'CONTROLE' ? 'en attente' : '';
}

function decisionCell(result: CandidateResult): string {
  const label = decisionText(result);
  return ['ELIMINE', 'NV', 'INCOMPLET'].includes(result.decision) && result.reason ? `${label}\n(${result.reason})` : label;
}

function drawCandidatesTable(doc: jsPDF, y: number, regulation: Regulation, rows: PvRow[]): number {
  const units = shownUnits(regulation, rows);
  const head: CellInput[] = [
    'N° candidat',
    'Nom',
    'Prénom',
    ...units.map((u) => `${u.code}\n${u.coefficient === null ? '(fac.)' : `(${formatCoefficient(toHundredths(u.coefficient))})`}`),
    'Contrôle',
    'Moy. 1er groupe',
    'Moy. pro',
    'Moy. finale',
    'Décision',
  ];
  const body: RowInput[] = rows.map((row) => [
    shownNumero(row.numero),
    row.nom.toLocaleUpperCase('fr'),
    row.prenom,
    ...units.map((u) => markCell(row, u)),
    controleCell(row.result),
    formatMoyenne(row.result.firstGroup),
    formatMoyenne(row.result.professional),
    { content: formatMoyenne(row.result.final), styles: { fontStyle: 'bold' } },
    { content: decisionCell(row.result), styles: { fontStyle: 'bold' } },
  ]);
  const unitStyles = Object.fromEntries(units.map((_, i) => [3 + i, { halign: 'center' as const, cellWidth: 10.5 }]));
  const after = 3 + units.length;
  if (rows.length === 0) body.push([{ content: 'Aucun candidat.', colSpan: head.length }]);
  y = drawTable(doc, y, {
    continuation: PV_TITLE,
    head: [head],
    body,
    styles: { fontSize: FONT.small - 0.5, cellPadding: { top: 1.1, bottom: 1.1, left: 1.2, right: 1.2 } },
    headStyles: { fontSize: FONT.tiny, valign: 'middle' },
    columnStyles: {
      0: { cellWidth: 19 },
      1: { cellWidth: 'auto', minCellWidth: 18 },
      2: { cellWidth: 'auto', minCellWidth: 15 },
      ...unitStyles,
      [after]: { cellWidth: 20, fontSize: FONT.tiny },
      [after + 1]: { cellWidth: 14, halign: 'right' },
      [after + 2]: { cellWidth: 13, halign: 'right' },
      [after + 3]: { cellWidth: 14, halign: 'right' },
      [after + 4]: { cellWidth: 27 },
    },
  });
  const legend =
    'Notes sur 20, coefficient entre parenthèses (fac. : épreuve facultative, seuls les points au-dessus de 10 comptent) ; moyennes tronquées à deux décimales. AB : absence non justifiée ; ABJ : absence justifiée (compte 0) ; ' +
    'NV : non valide ; DI : dispensé ; * : bénéfice d’une session antérieure. Moy. finale : après l’épreuve de contrôle le cas échéant.';
  return writeText(doc, legend, MARGIN.left, y - 1, { size: FONT.tiny, color: [90, 90, 90], maxWidth: contentWidth(doc) }) + 3;
}

function drawSummary(doc: jsPDF, y: number, rows: PvRow[], provisional: boolean): number {
  const { final, firstGroup } = decisionCounts(rows);
  y = drawSectionTitle(doc, y + 3, 'Récapitulatif des décisions', 70);
  const body: RowInput[] = DECISIONS.map((d) => [DECISION_LABELS[d], formatCount(firstGroup[d]), formatCount(final[d])]);
  y = drawTable(doc, y, {
    head: [['Décision', 'À l’issue du 1er groupe', 'Décision finale']],
    body,
    foot: [['Total', formatCount(rows.length), formatCount(rows.length)]],
    tableWidth: 140,
    columnStyles: { 1: { halign: 'center' }, 2: { halign: 'center', fontStyle: 'bold' } },
    footStyles: { halign: 'center' },
  });
  const rate = passRate(final);
  const notes: [string, string][] = [
    ['Taux de réussite', `${passRateText(rate)} (${formatCount(rate.admis)} admis sur ${countOf(rate.over, 'candidat')} ayant une décision)`],
  ];
  const pending = final.CONTROLE + final.INCOMPLET;
  if (pending > 0 && (provisional || final.CONTROLE > 0)) {
    notes.push([
      'Résultats provisoires',
      `${countOf(final.CONTROLE, 'candidat')} en attente de l’épreuve de contrôle, ${countOf(final.INCOMPLET, 'candidat')} sans décision (note manquante)`,
    ]);
  } else if (final.INCOMPLET > 0) {
    // The deliberation is closed (no candidate waits for the contrôle then): those without a mark have no decision.
    notes.push(['Sans décision', `${countOf(final.INCOMPLET, 'candidat')} (note manquante à la clôture)`]);
  }
  return drawKeyValues(doc, y - 2, notes, { labelWidth: 45, boldValues: true });
}

function identity(row: PvRow): CellInput[] {
  return [shownNumero(row.numero), row.nom.toLocaleUpperCase('fr'), row.prenom];
}

function listTable(doc: jsPDF, y: number, title: string, head: string[], body: RowInput[], columnStyles: Record<number, object> = {}): number {
  if (body.length === 0) return writeText(doc, 'Aucun candidat.', MARGIN.left, y + 2, { size: FONT.body, style: 'italic' });
  return drawTable(doc, y, {
    continuation: title,
    head: [head],
    body,
    styles: { cellPadding: { top: 1, bottom: 1, left: 1.6, right: 1.6 } },
    columnStyles: { 0: { cellWidth: 30 }, ...columnStyles },
  });
}

export const LIST_TITLES = {
  admis: 'Liste des admis',
  controle: "Candidats autorisés à l'épreuve de contrôle",
  refused: 'Diplôme non délivré (éliminés, non valides)',
} as const;

function drawLists(doc: jsPDF, session: PdfSession, rows: PvRow[]): void {
  const admis = rows.filter((r) => r.result.decision === 'ADMIS');
  doc.addPage();
  let y = drawHeader(doc, { session, title: LIST_TITLES.admis, subtitle: countOf(admis.length, 'candidat') });
  listTable(
    doc,
    y,
    LIST_TITLES.admis,
    ['N° candidat', 'Nom', 'Prénom', 'Moyenne', 'Observation'],
    admis.map((r) => [...identity(r), formatMoyenne(r.result.final), r.result.controle.length > 0 ? 'admis après l’épreuve de contrôle' : '']),
    { 3: { halign: 'right', cellWidth: 25 } },
  );

  const controle = rows.filter((r) => r.result.firstGroupDecision === 'CONTROLE');
  doc.addPage();
  y = drawHeader(doc, { session, title: LIST_TITLES.controle, subtitle: countOf(controle.length, 'candidat') });
  listTable(
    doc,
    y,
    LIST_TITLES.controle,
    ['N° candidat', 'Nom', 'Prénom', 'Moy. 1er groupe', 'Moy. pro', 'Épreuve(s) de contrôle', 'Moy. après contrôle', 'Décision'],
    controle.map((r) => [
      ...identity(r),
      formatMoyenne(r.result.firstGroup),
      formatMoyenne(r.result.professional),
      controleCell(r.result),
      r.result.controle.length > 0 ? formatMoyenne(r.result.final) : '',
      decisionText(r.result),
    ]),
    { 3: { halign: 'right' }, 4: { halign: 'right' }, 6: { halign: 'right' } },
  );

  const refused = rows.filter((r) => r.result.decision === 'ELIMINE' || r.result.decision === 'NV');
  doc.addPage();
  y = drawHeader(doc, {
    session,
    title: LIST_TITLES.refused,
    subtitle: `${countOf(refused.length, 'candidat')} : absence non justifiée (éliminé) ou épreuve non valide (NV)`,
  });
  listTable(
    doc,
    y,
    LIST_TITLES.refused,
    ['N° candidat', 'Nom', 'Prénom', 'Décision', 'Motif'],
    refused.map((r) => [...identity(r), decisionText(r.result), r.result.reason]),
  );
}

function phaseText(value: string): string {
  return DELIBERATION_PHASE_LABELS[value as DeliberationPhase] ?? value;
}

function drawAudit(doc: jsPDF, audit: AuditEntry[]): void {
  doc.addPage();
  let y = drawSectionTitle(doc, MARGIN.top + 5, 'Annexe — Journal des modifications pendant la délibération');
  y = writeText(
    doc,
    'Toute modification d’une note après l’ouverture de la délibération et tout changement de phase, avec son auteur et son motif.',
    MARGIN.left,
    y + 1,
    { size: FONT.small, color: [90, 90, 90], maxWidth: contentWidth(doc) },
  );
  if (audit.length === 0) {
    writeText(doc, 'Aucune modification enregistrée.', MARGIN.left, y + 4, { size: FONT.body, style: 'italic' });
    return;
  }
  const sorted = [...audit].sort((a, b) => a.at.localeCompare(b.at));
  drawTable(doc, y + 2, {
    continuation: 'Annexe — Journal des modifications',
    head: [['Date et heure', 'Auteur', 'Objet', 'N° candidat', 'Candidat', 'Unité', 'Avant', 'Après', 'Motif']],
    body: sorted.map((e) => [
      isoToFrenchDateTime(e.at),
      e.who,
      e.kind === 'phase' ? 'Phase' : e.kind === 'jury' ? 'Jury' : 'Note',
      e.numero,
      e.name,
      e.unit,
      e.kind === 'phase' ? phaseText(e.before) : e.before,
      e.kind === 'phase' ? phaseText(e.after) : e.after,
      e.reason,
    ]),
    styles: { fontSize: FONT.small },
    columnStyles: {
      0: { cellWidth: 27 },
      1: { cellWidth: 30 },
      2: { cellWidth: 13 },
      3: { cellWidth: 21 },
      4: { cellWidth: 36 },
      5: { cellWidth: 13, halign: 'center' },
      6: { cellWidth: 24, halign: 'center' },
      7: { cellWidth: 24, halign: 'center' },
      8: { cellWidth: 'auto' },
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Épreuves de contrôle: the list of candidates called, with their units
// ---------------------------------------------------------------------------------------------

export interface ConvocationsRow {
  numero: string;
  nom: string;
  prenom: string;
  result: CandidateResult;
  /** Contrôle units chosen (JuryNote.controleUnits: E1, E2, E3); empty when not chosen yet. */
  controleUnits: string[];
  /** Date, hour and room of each chosen unit (JuryNote.schedule), when set. */
  schedule?: Record<string, ControleSlot>;
  /** ISO birth date, printed on the individual convocation when known. */
  dateNaissance?: string | null;
  /**
   * The candidate's langue vivante (Candidate.langueVivante: `Espagnol`), printed beside a language contrôle unit
   * (`LVA — Langue vivante étrangère A : Espagnol`) so that the centre can call the right examiner; empty: « langue
   * non renseignée »; absent (not given by the caller): the unit alone.
   */
  langueVivante?: string;
}

export interface ConvocationsInput {
  session: PdfSession;
  regulation: Regulation;
  rows: ConvocationsRow[];
  /** Date of the épreuves de contrôle, ISO, when known (the session's contrôle window start). */
  date?: string | null;
  /** Their last day, ISO, when they last more than one (the window's end). */
  until?: string | null;
  /** Who signs the convocations (the jury president) and when. */
  jury?: { president: string; date: string | null };
  /**
   * The deliberation's phase. Before the 1er groupe is closed the jury has authorised nobody yet: the convocations
   * are provisional (« sous réserve de la délibération du 1er groupe »), not signed. Absent: closed, as the PV.
   */
  phase?: DeliberationPhase;
}

/** Convocations printed before the jury has closed the 1er groupe, i.e. before it authorised anyone to the contrôle. */
export function convocationsProvisional(phase: DeliberationPhase | undefined): phase is 'preparation' | 'premier_groupe' {
  return phase === 'preparation' || phase === 'premier_groupe';
}

/** What a candidate brings to the épreuve de contrôle (printed on each convocation). */
export const CONVOCATION_BRING = [
  'la présente convocation ;',
  'une pièce d’identité officielle en cours de validité, avec photographie ;',
  'de quoi écrire (stylos) ; aucun document ni appareil électronique n’est autorisé, sauf indication contraire de l’examinateur.',
];

/**
 * The units a candidate sits: those the jury chose, and any unit that already holds a contrôle mark (a choice
 * made before the choices were recorded), in the regulation's order.
 */
export function convocationUnits(row: Pick<ConvocationsRow, 'controleUnits' | 'result'>, regulation: Regulation): string[] {
  return controleUnitsSat(
    row.controleUnits,
    row.result.controle.map((l) => l.unit.code),
    regulation.controle.units.map((u) => u.code),
  );
}

/**
 * The convocations to the épreuve de contrôle: one page per candidate authorised (first-group decision
 * CONTROLE; others in `rows` are left out) with the centre, its address, the date, hour and room of each chosen
 * unit and what to bring, signed by the president; then the summary table of every candidate called. Before the 1er
 * groupe is closed (`convocationsProvisional`), each says it is provisional and is not offered for signature.
 */
export async function convocationsControlePdf(input: ConvocationsInput, options: PdfOptions = {}): Promise<Uint8Array> {
  const { session, date } = input;
  const rows = input.rows.filter((r) => r.result.firstGroupDecision === 'CONTROLE');
  const title = convocationsProvisional(input.phase) ? CONVOCATIONS_PROVISIONAL_TITLE : CONVOCATIONS_TITLE;
  const doc = createDocument({ title, session });
  rows.forEach((row, i) => {
    if (i > 0) doc.addPage();
    drawConvocation(doc, input, row);
  });
  if (rows.length > 0) doc.addPage();
  drawConvocationsSummary(doc, input, rows, date ?? null);
  return finishDocument(doc, title, session, options);
}

/**
 * A contrôle unit is a language one when its name or the name of a unit it covers says « langue vivante » (the
 * regulation's own words: `LVA — Langue vivante étrangère A`, covering `E2 — Langue vivante étrangère A : écrit`;
 * 2024 `E2 — Langue vivante étrangère`). The regulations carry no other mark of it.
 */
function isLanguageControleUnit(regulation: Regulation, unit: ControleUnitDef): boolean {
  const names = [unit.name, ...unit.covers.map((code) => findUnit(regulation, code)?.name ?? '')];
  return names.some((name) => /\blangues?\s+vivantes?\b/i.test(name));
}

/** `E1 — Culture générale et expression`; a language unit with the candidate's language (`… : Espagnol`). */
const unitLabel = (regulation: Regulation, code: string, row: Pick<ConvocationsRow, 'langueVivante'>) => {
  const unit = regulation.controle.units.find((u) => u.code === code);
  if (!unit) return code;
  const label = `${unit.code} — ${unit.name}`;
  if (row.langueVivante === undefined || !isLanguageControleUnit(regulation, unit)) return label;
  return `${label} : ${row.langueVivante.trim() || 'langue non renseignée'}`;
};

function drawConvocation(doc: jsPDF, input: ConvocationsInput, row: ConvocationsRow): void {
  const { session, regulation, phase } = input;
  const provisional = convocationsProvisional(phase);
  let y = drawHeader(
    doc,
    provisional
      ? { session, title: CONVOCATION_PROVISIONAL_TITLE, subtitle: `Sous réserve de la délibération du 1er groupe — ${PROVISIONAL_NOTE[phase]}` }
      : { session, title: CONVOCATION_TITLE },
  );
  y = drawKeyValues(
    doc,
    y,
    [
      ['N° de candidat', shownNumero(row.numero)],
      ['Nom', row.nom.toLocaleUpperCase('fr')],
      ['Prénom', row.prenom],
      ...(row.dateNaissance ? [['Date de naissance', isoToFrenchDate(row.dateNaissance)] as [string, string]] : []),
      ['Centre d’examen', session.centre?.trim() || '……………………………………'],
      ['Adresse', session.centreAddress?.trim() || '……………………………………'],
    ],
    { labelWidth: 42 },
  );
  const moyenne = formatMoyenne(row.result.firstGroup);
  y = writeText(
    doc,
    provisional
      ? `Vos notes du 1er groupe (moyenne : ${moyenne}) vous permettent de passer l’épreuve de contrôle, ${CONVOCATION_RESERVE} : ` +
          `si le jury le confirme, vous serez convoqué(e) aux épreuves orales ci-dessous ; pour chacune, la meilleure des deux notes (1er groupe ou contrôle) est retenue.`
      : `Le jury vous autorise à passer l’épreuve de contrôle (moyenne du 1er groupe : ${moyenne}). ` +
          `Vous êtes convoqué(e) aux épreuves orales ci-dessous ; pour chacune, la meilleure des deux notes (1er groupe ou contrôle) est retenue.`,
    MARGIN.left,
    y,
    { size: FONT.body, maxWidth: contentWidth(doc) },
  );
  const units = convocationUnits(row, regulation);
  const allowed = regulation.controle.units.map((u) => u.code).join(', ');
  const body: RowInput[] =
    units.length > 0
      ? units.map((code) => {
          const slot = row.schedule?.[code];
          return [unitLabel(regulation, code, row), slot?.date ? isoToFrenchDate(slot.date) : 'à fixer', slot?.time || 'à fixer', slot?.room || 'à fixer'];
        })
      : [
          [
            {
              content: `Épreuves à choisir (${regulation.controle.maxUnits} parmi ${allowed}) : le centre vous communiquera la date, l’heure et la salle.`,
              colSpan: 4,
            },
          ],
        ];
  y = drawTable(doc, y + 2, {
    head: [['Épreuve de contrôle', 'Date', 'Heure', 'Salle']],
    body,
    styles: { fontSize: FONT.body },
    columnStyles: {
      0: { cellWidth: 'auto' },
      1: { cellWidth: 26, halign: 'center' },
      2: { cellWidth: 18, halign: 'center' },
      3: { cellWidth: 26, halign: 'center' },
    },
  });
  y = drawSectionTitle(doc, y + 3, 'Se munir de', 25);
  for (const item of CONVOCATION_BRING) y = writeText(doc, `• ${item}`, MARGIN.left + 2, y, { size: FONT.body, maxWidth: contentWidth(doc) - 4 });
  y = writeText(
    doc,
    'Présentez-vous quinze minutes avant l’heure indiquée. Une absence non justifiée est notée AB : la note du 1er groupe est alors conservée.',
    MARGIN.left,
    y + 2,
    {
      size: FONT.small,
      color: [90, 90, 90],
      maxWidth: contentWidth(doc),
    },
  );
  if (provisional) {
    drawNotForSignature(
      doc,
      y + 4,
      `Convocation provisoire, éditée avant la délibération du 1er groupe : elle ne vaut pas convocation. Ne pas la signer ni l’envoyer au candidat avant la décision du jury.`,
    );
    return;
  }
  y = ensureSpace(doc, y + 3, 35);
  const right = pageWidth(doc) - MARGIN.right;
  y = writeText(doc, placeAndDate(session.place, input.jury?.date ?? null), right, y + 2, { size: FONT.body, align: 'right' });
  drawSignatureBlocks(doc, y, [{ label: 'Le président du jury', name: input.jury?.president ?? '' }], { perRow: 2, height: 22, alignRight: true });
}

/** « du 01/07/2024 », or « du 01/07/2024 au 03/07/2024 » when they last several days (a single date read as the only one). */
function controlePeriod(from: string, until: string | null): string {
  return until && until !== from ? `du ${isoToFrenchDate(from)} au ${isoToFrenchDate(until)}` : `du ${isoToFrenchDate(from)}`;
}

function drawConvocationsSummary(doc: jsPDF, input: ConvocationsInput, rows: ConvocationsRow[], date: string | null): void {
  const { session, regulation } = input;
  const provisional = convocationsProvisional(input.phase);
  const allowed = regulation.controle.units.map((u) => u.code).join(', ');
  let y = drawHeader(doc, {
    session,
    title: provisional ? CONVOCATIONS_PROVISIONAL_TITLE : CONVOCATIONS_TITLE,
    subtitle:
      `Candidats convoqués (${formatCount(rows.length)})${date ? ` — épreuves ${controlePeriod(date, input.until ?? null)}` : ''}` +
      (provisional ? ` — ${CONVOCATION_RESERVE}` : ''),
  });
  y = writeText(
    doc,
    `Candidats dont la moyenne générale est d’au moins ${threshold(regulation.thresholds.controleMin)} et inférieure à ${threshold(regulation.thresholds.admis)}, et la moyenne ` +
      `professionnelle d’au moins ${threshold(regulation.thresholds.professionalMin)} : ${countOf(regulation.controle.maxUnits, 'épreuve orale', 'épreuves orales')} au plus, parmi ${allowed}.`,
    MARGIN.left,
    y,
    { size: FONT.small, maxWidth: contentWidth(doc) },
  );
  const body: RowInput[] = [];
  for (const row of rows) {
    const units = convocationUnits(row, regulation);
    const lines = units.length > 0 ? units : [null];
    lines.forEach((code, i) => {
      const slot = code ? row.schedule?.[code] : undefined;
      const cells: RowInput = [
        code ? unitLabel(regulation, code, row) : `à choisir (${regulation.controle.maxUnits} parmi ${allowed})`,
        slot?.date ? isoToFrenchDate(slot.date) : '',
        slot?.time ?? '',
        slot?.room ?? '',
      ];
      if (i === 0) {
        const span = { rowSpan: lines.length };
        cells.unshift({ content: shownNumero(row.numero), ...span }, { content: row.nom.toLocaleUpperCase('fr'), ...span }, { content: row.prenom, ...span });
      }
      body.push(cells);
    });
  }
  if (body.length === 0) {
    writeText(doc, 'Aucun candidat autorisé à passer l’épreuve de contrôle.', MARGIN.left, y + 4, { size: FONT.body, style: 'italic' });
    return;
  }
  drawTable(doc, y + 1, {
    continuation: 'Candidats convoqués aux épreuves de contrôle',
    head: [['N° candidat', 'Nom', 'Prénom', 'Épreuve de contrôle', 'Date', 'Heure', 'Salle']],
    body,
    rowPageBreak: 'avoid',
    styles: { minCellHeight: 8 },
    columnStyles: {
      0: { cellWidth: 23 },
      1: { cellWidth: 28 },
      2: { cellWidth: 22 },
      3: { cellWidth: 'auto' },
      4: { cellWidth: 20 },
      5: { cellWidth: 13 },
      6: { cellWidth: 15 },
    },
  });
}
