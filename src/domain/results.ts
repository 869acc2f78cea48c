/**
 * The results engine: marks → averages → jury decision (docs/regles.md R3–R6).
 * One engine for every view: the grid, the PDFs, the CSV export and the CLI all call `computeResult`.
 */
import { type Average, averageAtLeast, averageHundredths, formatHundredthsFixed, formatHundredthsShort, toHundredths } from './exact.ts';
import { type ControleMark, EMPTY, formatMark, type Mark } from './marks.ts';
import { type ControleUnitDef, isCompulsory, type Regulation, type UnitDef } from './regulation.ts';

export type Decision = 'ADMIS' | 'CONTROLE' | 'AJOURNE' | 'ELIMINE' | 'NV' | 'INCOMPLET';

export const DECISIONS: readonly Decision[] = ['ADMIS', 'CONTROLE', 'AJOURNE', 'ELIMINE', 'NV', 'INCOMPLET'];

export const DECISION_LABELS: Readonly<Record<Decision, string>> = {
  ADMIS: 'Admis',
  CONTROLE: 'Épreuve de contrôle',
  AJOURNE: 'Ajourné',
  ELIMINE: 'Éliminé',
  NV: 'Non valide',
  INCOMPLET: 'Incomplet',
};

export interface CandidateMarks {
  /** First-group marks by unit code; a code that is absent means empty. */
  marks: Readonly<Record<string, Mark | undefined>>;
  /** Épreuve de contrôle entries by contrôle unit code (E1, E2, E3 for CCST). */
  controle?: Readonly<Record<string, ControleMark | undefined>>;
}

/**
 * What one unit does to the result:
 * counted (a number, or ABJ as 0), dispensed (DI: out of total and divisor), missing (empty),
 * absent (AB), invalid (NV), bonus (optional unit with a number), ignored (optional, no bonus).
 */
export type UnitRole = 'counted' | 'dispensed' | 'missing' | 'absent' | 'invalid' | 'bonus' | 'ignored';

export interface UnitLine {
  unit: UnitDef;
  mark: Mark;
  role: UnitRole;
  /** Coefficient in hundredths (0 for optional units). */
  coefficient: number;
  /** What this unit adds to the total, in ten-thousandths: coefficient × mark, or the bonus (R4). */
  points: number;
}

export interface ControleLine {
  unit: ControleUnitDef;
  mark: ControleMark;
  /** The first-group mark it is compared with (for E2: the weighted mean of E21 and E22), exact. */
  firstGroup: Average;
  /** True when the contrôle mark is higher and replaces the first-group mark (R6). */
  replaced: boolean;
  /** The épreuves it covers that count in `firstGroup` (a dispensed one does not), in the regulation's order. */
  counted: string[];
}

/**
 * The épreuves a contrôle line stands for, as a jury reads them: « E2 » alone, or « E2 et E3 » when it covers several
 * that count (R6: compared with their weighted mean, replacing them together).
 */
export function controleCoveredText(line: ControleLine): string {
  const codes = line.counted;
  return codes.length < 2 ? (codes[0] ?? line.unit.code) : `${codes.slice(0, -1).join(', ')} et ${codes.at(-1)!}`;
}

export interface CandidateResult {
  /** The decision after the épreuve de contrôle when it has been taken, else the first-group one. */
  decision: Decision;
  firstGroupDecision: Decision;
  /** Short French reason for a grid cell, e.g. `AB en E4`, `moyenne ≥ 10`. */
  reason: string;
  /** Full French explanation, one sentence per step, for "Comment est calculée cette moyenne ?". */
  explanation: string[];
  /** Units that made the decision ELIMINE, NV or INCOMPLET (empty otherwise). */
  blockingUnits: string[];
  lines: UnitLine[];
  /** Sum of the optional bonuses, in ten-thousandths (R4). */
  bonus: number;
  /** Moyenne générale of the first group, bonus included; null unless every compulsory unit is counted or DI. */
  firstGroup: Average | null;
  /** Moyenne du domaine professionnel (no bonus); null unless every professional unit is a number, ABJ or DI. */
  professional: Average | null;
  /** Moyenne after the contrôle replacements; equal to `firstGroup` when there is no contrôle. */
  final: Average | null;
  controle: ControleLine[];
  /** Contrôle entries that break R6; when present the contrôle is not applied. */
  errors: ControleError[];
}

/** An R6 input error: `unit` is the contrôle unit at fault, or null when it is the set of entries. */
export interface ControleError {
  unit: string | null;
  message: string;
}

function lineFor(unit: UnitDef, mark: Mark, regulation: Regulation): UnitLine {
  const coefficient = unit.coefficient === null ? 0 : toHundredths(unit.coefficient);
  if (!isCompulsory(unit)) {
    if (mark.kind === 'number') {
      const bonus = Math.max(0, mark.hundredths - toHundredths(regulation.bonusBase)) * 100;
      return { unit, mark, role: 'bonus', coefficient, points: bonus };
    }
    return { unit, mark, role: 'ignored', coefficient, points: 0 };
  }
  switch (mark.kind) {
    case 'number':
      return { unit, mark, role: 'counted', coefficient, points: coefficient * mark.hundredths };
    case 'ABJ':
      return { unit, mark, role: 'counted', coefficient, points: 0 };
    case 'DI':
      return { unit, mark, role: 'dispensed', coefficient, points: 0 };
    case 'AB':
      return { unit, mark, role: 'absent', coefficient, points: 0 };
    case 'NV':
      return { unit, mark, role: 'invalid', coefficient, points: 0 };
    case 'empty':
      return { unit, mark, role: 'missing', coefficient, points: 0 };
  }
}

/** Σ coefficient × mark over the lines, or null when one of them is not counted or none is. */
function weightedAverage(lines: UnitLine[]): Average | null {
  let points = 0;
  let divisor = 0;
  for (const line of lines) {
    if (line.role === 'dispensed') continue;
    if (line.role !== 'counted') return null;
    points += line.points;
    divisor += line.coefficient;
  }
  return divisor > 0 ? { points, divisor } : null;
}

const codes = (lines: UnitLine[]) => lines.map((l) => l.unit.code).join(', ');

/** Formats an average for text: `9,99` (truncated, R3). */
export function formatAverage(avg: Average): string {
  return formatHundredthsFixed(averageHundredths(avg));
}

function thresholdText(points: number): string {
  return formatHundredthsShort(toHundredths(points));
}

/** Computes a candidate's result per R3–R6. Pure, total: never throws on any marks. */
export function computeResult(candidate: CandidateMarks, regulation: Regulation): CandidateResult {
  const lines = regulation.units.map((unit) => lineFor(unit, candidate.marks[unit.code] ?? EMPTY, regulation));
  const compulsory = lines.filter((l) => isCompulsory(l.unit));
  const professional = weightedAverage(lines.filter((l) => l.unit.domain === 'professional'));
  const bonus = lines.reduce((sum, l) => (l.role === 'bonus' ? sum + l.points : sum), 0);
  const t = regulation.thresholds;

  const absent = compulsory.filter((l) => l.role === 'absent');
  const invalid = compulsory.filter((l) => l.role === 'invalid');
  const missing = compulsory.filter((l) => l.role === 'missing');
  const base = weightedAverage(compulsory);
  const firstGroup = base && { points: base.points + bonus, divisor: base.divisor };

  const result: CandidateResult = {
    decision: 'INCOMPLET',
    firstGroupDecision: 'INCOMPLET',
    reason: '',
    explanation: [],
    blockingUnits: [],
    lines,
    bonus,
    firstGroup,
    professional,
    final: firstGroup,
    controle: [],
    errors: [],
  };
  const decide = (decision: Decision, reason: string, sentence: string, blocking: UnitLine[] = []) => {
    result.decision = result.firstGroupDecision = decision;
    result.reason = reason;
    result.explanation.push(sentence);
    result.blockingUnits = blocking.map((l) => l.unit.code);
  };

  // R5, in order: the first rule that applies wins.
  if (absent.length > 0) {
    decide('ELIMINE', `AB en ${codes(absent)}`, `Absence non justifiée (AB) en ${codes(absent)} : candidat éliminé.`, absent);
  } else if (invalid.length > 0) {
    decide('NV', `NV en ${codes(invalid)}`, `Épreuve non valide (NV) en ${codes(invalid)} : le diplôme ne peut pas être délivré.`, invalid);
  } else if (missing.length > 0) {
    decide('INCOMPLET', `manque ${codes(missing)}`, `Note manquante en ${codes(missing)} : aucune décision possible.`, missing);
  } else if (!firstGroup) {
    decide('INCOMPLET', 'aucune épreuve comptée', 'Toutes les épreuves obligatoires sont dispensées : aucune moyenne possible.');
  } else {
    result.explanation.push(describeAverage(firstGroup, base!, bonus));
    if (professional) result.explanation.push(`Moyenne du domaine professionnel : ${formatAverage(professional)}.`);
    const admis = toHundredths(t.admis);
    const controleMin = toHundredths(t.controleMin);
    const proMin = toHundredths(t.professionalMin);
    const avg = formatAverage(firstGroup);
    if (averageAtLeast(firstGroup, admis)) {
      decide('ADMIS', `moyenne ≥ ${thresholdText(t.admis)}`, `Moyenne générale ${avg} ≥ ${thresholdText(t.admis)} : admis.`);
    } else if (averageAtLeast(firstGroup, controleMin) && professional && averageAtLeast(professional, proMin)) {
      decide(
        'CONTROLE',
        `${thresholdText(t.controleMin)} ≤ moyenne < ${thresholdText(t.admis)}, pro ≥ ${thresholdText(t.professionalMin)}`,
        `Moyenne générale ${avg} entre ${thresholdText(t.controleMin)} et ${thresholdText(t.admis)} et moyenne professionnelle ${formatAverage(professional)} ≥ ${thresholdText(t.professionalMin)} : autorisé à passer l'épreuve de contrôle.`,
      );
    } else if (!averageAtLeast(firstGroup, controleMin)) {
      decide('AJOURNE', `moyenne < ${thresholdText(t.controleMin)}`, `Moyenne générale ${avg} < ${thresholdText(t.controleMin)} : ajourné.`);
    } else {
      decide(
        'AJOURNE',
        `pro < ${thresholdText(t.professionalMin)}`,
        `Moyenne générale ${avg} < ${thresholdText(t.admis)} et moyenne professionnelle ${professional ? formatAverage(professional) : 'non calculable'} < ${thresholdText(t.professionalMin)} : ajourné, sans épreuve de contrôle.`,
      );
    }
  }

  applyControle(candidate, regulation, result);
  return result;
}

function describeAverage(total: Average, base: Average, bonus: number): string {
  const parts = [`Total ${formatHundredthsFixed(Math.floor(total.points / 100))} points`];
  if (bonus > 0) parts.push(`dont ${formatHundredthsFixed(Math.floor(bonus / 100))} de bonus facultatif`);
  return `${parts.join(', ')} ÷ ${formatHundredthsShort(base.divisor)} (somme des coefficients) = moyenne générale ${formatAverage(total)}.`;
}

/** R6: best of the first-group and contrôle marks, at the unit's coefficient; then ADMIS or AJOURNE. */
function applyControle(candidate: CandidateMarks, regulation: Regulation, result: CandidateResult): void {
  const entries = Object.entries(candidate.controle ?? {}).filter(
    (entry): entry is [string, Exclude<ControleMark, { kind: 'empty' }>] => entry[1] !== undefined && entry[1].kind !== 'empty',
  );
  if (entries.length === 0) return;

  const errors: ControleError[] = [];
  if (result.firstGroupDecision !== 'CONTROLE') {
    for (const [code] of entries) {
      errors.push({
        unit: code,
        message: `épreuve de contrôle saisie alors que le candidat n'y est pas autorisé (décision du 1er groupe : ${result.firstGroupDecision})`,
      });
    }
  }
  const allowed = regulation.controle.units.map((u) => u.code).join(', ');
  if (entries.length > regulation.controle.maxUnits) {
    errors.push({
      unit: null,
      message: `${entries.length} épreuves de contrôle saisies : ${regulation.controle.maxUnits} au plus (parmi ${allowed})`,
    });
  }
  const lines: ControleLine[] = [];
  for (const [code, mark] of entries) {
    const unit = regulation.controle.units.find((u) => u.code === code);
    if (!unit) {
      errors.push({ unit: code, message: `épreuve de contrôle ${code} impossible (seulement ${allowed})` });
      continue;
    }
    const covered = result.lines.filter((l) => unit.covers.includes(l.unit.code));
    const firstGroup = weightedAverage(covered);
    if (!firstGroup) {
      errors.push({
        unit: code,
        message: `épreuve de contrôle ${code} impossible : ${unit.covers.join(' et ')} sans note du 1er groupe (dispensé)`,
      });
      continue;
    }
    const replaced = mark.kind === 'number' && mark.hundredths * firstGroup.divisor > firstGroup.points;
    const counted = covered.filter((l) => l.role !== 'dispensed').map((l) => l.unit.code);
    lines.push({ unit, mark, firstGroup, replaced, counted });
  }
  if (errors.length > 0 || !result.firstGroup) {
    result.errors = errors;
    return;
  }

  let points = result.firstGroup.points;
  for (const line of lines) {
    const mean = formatHundredthsFixed(averageHundredths(line.firstGroup));
    // Several épreuves covered (R6, R9): the mark is compared with their weighted mean, which is said as such.
    const several = line.counted.length > 1;
    const covered = controleCoveredText(line);
    const before = several ? `la moyenne de ${covered}, ${mean}` : mean;
    const coef = formatHundredthsShort(line.firstGroup.divisor);
    if (line.mark.kind === 'AB') {
      const kept = several ? `les notes de ${covered} (moyenne ${mean}) sont conservées` : `la note du 1er groupe ${mean} est conservée`;
      result.explanation.push(`Contrôle ${line.unit.code} : absent (AB), ${kept}.`);
    } else if (line.replaced && line.mark.kind === 'number') {
      points += line.mark.hundredths * line.firstGroup.divisor - line.firstGroup.points;
      result.explanation.push(`Contrôle ${line.unit.code} : ${formatMark(line.mark)} remplace ${before} (coefficient ${coef}).`);
    } else {
      const kept = several ? ' : leurs notes sont conservées' : ', la note du 1er groupe est conservée';
      result.explanation.push(`Contrôle ${line.unit.code} : ${formatMark(line.mark)} ne dépasse pas ${before}${kept}.`);
    }
  }
  const final: Average = { points, divisor: result.firstGroup.divisor };
  const admis = averageAtLeast(final, toHundredths(regulation.thresholds.admis));
  const threshold = thresholdText(regulation.thresholds.admis);
  result.controle = lines;
  result.final = final;
  result.decision = admis ? 'ADMIS' : 'AJOURNE';
  result.reason = admis ? 'admis après contrôle' : 'ajourné après contrôle';
  result.explanation.push(`Moyenne après l'épreuve de contrôle ${formatAverage(final)} ${admis ? '≥' : '<'} ${threshold} : ${admis ? 'admis' : 'ajourné'}.`);
}
