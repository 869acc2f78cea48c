/**
 * What a jury asks of the engine while deliberating (DESIGN.md: "points needed / what-if with placeholder
 * marks visibly not real"): the mark a candidate needs on a unit to reach 10 or the contrôle band, the
 * contrôle units where a mark gains most, and the result with placeholder marks. Pure and exact: every
 * threshold is compared on points / divisor (exact.ts), and a needed mark is rounded UP to the hundredth,
 * so that the mark given, put in, always reaches the target (and one hundredth less never does).
 * Every function is total: it never throws, whatever the marks.
 */
import { type Average, averageAtLeast, averageHundredths, formatHundredthsFixed, formatHundredthsShort, toHundredths } from './exact.ts';
import { type ControleMark, type Mark, numberMark } from './marks.ts';
import { findControleUnit, findUnit, isCompulsory, type ControleUnitDef, type Regulation } from './regulation.ts';
import { computeResult, type CandidateMarks, type CandidateResult, type Decision, type UnitLine } from './results.ts';
import { CONTROLE_PREFIX, controleKey, type ControleSlot, type JuryNote } from './session.ts';

/** `admis`: moyenne générale ≥ 10 (R5.4); `controle`: moyenne générale ≥ 8, the contrôle band (R5.5). */
export type JuryTarget = 'admis' | 'controle';

/** R5.5's second condition, reported with a `controle` target: moyenne professionnelle ≥ 10. */
export interface ProfessionalCondition {
  /** The moyenne professionnelle (with the mark found, when the unit is professional); null if not computable. */
  average: Average | null;
  met: boolean;
  /**
   * When the unit is professional and the condition is not met with the mark found: the smallest mark on
   * that unit that meets it (hundredths), or null when even the highest mark does not.
   */
  markNeeded?: number | null;
  /** Without a unit, when not met: the extra professional points needed (hundredths of a point, rounded up). */
  pointsNeeded?: number;
}

interface NeededBase {
  target: JuryTarget;
  /** The unit asked about: a unit code (`E5`), a contrôle key (`controle_E2`), or null for the total. */
  unit: string | null;
}

/**
 * The answer of `pointsNeeded`:
 * - `reached`: the current marks already reach the target;
 * - `mark`: the smallest mark (hundredths, 0 to maxMark) on the unit that reaches it;
 * - `impossible`: even the highest mark on the unit does not;
 * - `points`: without a unit, the extra total points needed (Σ coef × mark, in hundredths of a point);
 * - `blocked`: no answer can be computed (another unit AB / NV / empty, unit dispensed, no contrôle…).
 */
export type PointsNeeded =
  | (NeededBase & { kind: 'reached'; average: Average; professional: ProfessionalCondition | null })
  | (NeededBase & {
      kind: 'mark';
      unit: string;
      mark: number;
      /** The moyenne with that mark (the final one for a contrôle unit). */
      average: Average;
      professional: ProfessionalCondition | null;
      /** For a contrôle unit: the first-group mark it replaces (for E2, the weighted mean of E21 and E22). */
      replaces?: Average;
    })
  | (NeededBase & { kind: 'impossible'; unit: string; best: Average; professional: ProfessionalCondition | null; replaces?: Average })
  | (NeededBase & { kind: 'points'; unit: null; points: number; average: Average; professional: ProfessionalCondition | null })
  | (NeededBase & { kind: 'blocked'; reason: string });

/** ⌈a / b⌉ for integers, b > 0, without trusting a floating-point quotient near an integer. */
export function ceilDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  while (q * b < a) q++;
  while ((q - 1) * b >= a) q--;
  return q;
}

/** The exact average of the lines (non-dispensed), or null when none counts. */
function linesAverage(lines: readonly UnitLine[]): Average | null {
  let points = 0;
  let divisor = 0;
  for (const line of lines) {
    if (line.role === 'dispensed') continue;
    points += line.points;
    divisor += line.coefficient;
  }
  return divisor > 0 ? { points, divisor } : null;
}

function thresholdOf(regulation: Regulation, target: JuryTarget): number {
  return toHundredths(target === 'admis' ? regulation.thresholds.admis : regulation.thresholds.controleMin);
}

/** The first-group marks only: what R5 decides on (contrôle entries left out). */
const firstGroupOnly = (candidate: CandidateMarks): CandidateMarks => ({ marks: candidate.marks });

function professionalCondition(average: Average | null, regulation: Regulation): ProfessionalCondition {
  const min = toHundredths(regulation.thresholds.professionalMin);
  return { average, met: average !== null && averageAtLeast(average, min) };
}

/**
 * The smallest mark on `unit` that makes the candidate reach `target`, exactly as `computeResult` would
 * decide (bonus included). `unit`:
 * - a unit of the regulation (`E5`, or an optional `EF1` whose bonus counts): the other marks stay;
 * - a contrôle key (`controle_E2`, R6): the smallest contrôle mark that brings the final moyenne to the
 *   admis threshold, for a CONTROLE candidate; it replaces the first-group mark only when higher (for E2,
 *   the weighted mean of E21 and E22 at their non-dispensed coefficient). The target is then always `admis`;
 * - omitted: the extra total points needed.
 * With `controle` the professional condition (R5.5) is reported beside the mark.
 */
export function pointsNeeded(candidate: CandidateMarks, regulation: Regulation, target: JuryTarget, unit?: string): PointsNeeded {
  if (unit === undefined || unit === '') return totalPointsNeeded(candidate, regulation, target);
  if (unit.startsWith(CONTROLE_PREFIX)) return controleMarkNeeded(candidate, regulation, unit);
  return unitMarkNeeded(candidate, regulation, target, unit);
}

function blocked(target: JuryTarget, unit: string | null, reason: string): PointsNeeded {
  return { kind: 'blocked', target, unit, reason };
}

/** Why no moyenne can be computed from a result: its decision's reason, in a sentence. */
function blockingReason(result: CandidateResult): string {
  switch (result.firstGroupDecision) {
    case 'ELIMINE':
      return `${result.reason} : candidat éliminé`;
    case 'NV':
      return `${result.reason} : diplôme non délivrable`;
    default:
      return result.reason.startsWith('manque') ? `note manquante en ${result.blockingUnits.join(', ')}` : result.reason;
  }
}

function totalPointsNeeded(candidate: CandidateMarks, regulation: Regulation, target: JuryTarget): PointsNeeded {
  const current = computeResult(firstGroupOnly(candidate), regulation);
  if (!current.firstGroup) return blocked(target, null, blockingReason(current));
  let professional: ProfessionalCondition | null = null;
  if (target === 'controle') {
    professional = professionalCondition(current.professional, regulation);
    if (!professional.met && current.professional) {
      const min = toHundredths(regulation.thresholds.professionalMin);
      professional.pointsNeeded = ceilDiv(min * current.professional.divisor - current.professional.points, 100);
    }
  }
  const deficit = thresholdOf(regulation, target) * current.firstGroup.divisor - current.firstGroup.points;
  if (deficit <= 0) return { kind: 'reached', target, unit: null, average: current.firstGroup, professional };
  return { kind: 'points', target, unit: null, points: ceilDiv(deficit, 100), average: current.firstGroup, professional };
}

function unitMarkNeeded(candidate: CandidateMarks, regulation: Regulation, target: JuryTarget, code: string): PointsNeeded {
  const def = findUnit(regulation, code);
  if (!def) return blocked(target, code, `épreuve inconnue : ${code}`);
  if (candidate.marks[code]?.kind === 'DI') return blocked(target, code, `${code} : candidat dispensé de cette épreuve`);
  const max = regulation.maxMark * 100;
  const threshold = thresholdOf(regulation, target);

  // With 0 on the unit, every other unit as it is: if that decides nothing, another unit blocks.
  const zero = computeResult({ marks: { ...candidate.marks, [code]: numberMark(0) } }, regulation);
  if (!zero.firstGroup) return blocked(target, code, blockingReason(zero));
  const base = zero.firstGroup;
  const line = zero.lines.find((l) => l.unit.code === code)!;
  const compulsory = isCompulsory(def);
  const coefficient = line.coefficient;
  const bonusBase = toHundredths(regulation.bonusBase);
  /** What a mark x on the unit adds to the total, as the engine counts it (R3, or the R4 bonus). */
  const gain = (x: number) => (compulsory ? coefficient * x : Math.max(0, x - bonusBase) * 100);
  const withMark = (x: number): Average => ({ points: base.points + gain(x), divisor: base.divisor });

  const proAt = (x: number): ProfessionalCondition | null => {
    if (target !== 'controle') return null;
    if (def.domain !== 'professional' || !zero.professional) return professionalCondition(zero.professional, regulation);
    const pro0 = zero.professional;
    const condition = professionalCondition({ points: pro0.points + coefficient * x, divisor: pro0.divisor }, regulation);
    if (!condition.met) {
      const needed = Math.max(0, ceilDiv(toHundredths(regulation.thresholds.professionalMin) * pro0.divisor - pro0.points, coefficient));
      condition.markNeeded = needed <= max ? needed : null;
    }
    return condition;
  };

  const current = computeResult(firstGroupOnly(candidate), regulation);
  if (current.firstGroup && averageAtLeast(current.firstGroup, threshold)) {
    const own = candidate.marks[code];
    const x = own?.kind === 'number' ? own.hundredths : 0;
    return { kind: 'reached', target, unit: code, average: current.firstGroup, professional: proAt(x) };
  }

  const deficit = threshold * base.divisor - base.points;
  let mark: number;
  if (deficit <= 0) mark = 0;
  else if (compulsory) mark = ceilDiv(deficit, coefficient);
  else mark = bonusBase + ceilDiv(deficit, 100);
  if (mark > max) return { kind: 'impossible', target, unit: code, best: withMark(max), professional: proAt(max) };
  return { kind: 'mark', target, unit: code, mark, average: withMark(mark), professional: proAt(mark) };
}

/** The first-group average a contrôle unit is compared with (R6), from the lines of a result. */
function coveredAverage(result: CandidateResult, unit: ControleUnitDef): Average | null {
  return linesAverage(result.lines.filter((l) => unit.covers.includes(l.unit.code)));
}

function controleMarkNeeded(candidate: CandidateMarks, regulation: Regulation, key: string): PointsNeeded {
  const target: JuryTarget = 'admis';
  const code = key.slice(CONTROLE_PREFIX.length);
  const unit = findControleUnit(regulation, code);
  if (!unit) return blocked(target, key, `pas d'épreuve de contrôle en ${code}`);
  const others: Record<string, ControleMark> = {};
  for (const [other, mark] of Object.entries(candidate.controle ?? {})) {
    if (other !== code && mark && mark.kind !== 'empty') others[other] = mark;
  }
  const base = computeResult({ marks: candidate.marks, controle: others }, regulation);
  if (base.firstGroupDecision !== 'CONTROLE') {
    return blocked(target, key, `pas d'épreuve de contrôle : décision du 1er groupe ${base.firstGroupDecision}`);
  }
  if (base.errors.length > 0) return blocked(target, key, base.errors[0]!.message);
  if (Object.keys(others).length >= regulation.controle.maxUnits) {
    return blocked(target, key, `déjà ${Object.keys(others).length} épreuves de contrôle saisies (${regulation.controle.maxUnits} au plus)`);
  }
  const covered = coveredAverage(base, unit);
  if (!covered) return blocked(target, key, `${unit.covers.join(' et ')} : candidat dispensé, pas de contrôle en ${code}`);
  const final = base.final!;
  const threshold = thresholdOf(regulation, target);
  const max = regulation.maxMark * 100;

  const current = computeResult(candidate, regulation);
  if (current.errors.length === 0 && current.final && averageAtLeast(current.final, threshold) && current.controle.length > 0) {
    return { kind: 'reached', target, unit: key, average: current.final, professional: null };
  }
  const deficit = threshold * final.divisor - final.points;
  if (deficit <= 0) return { kind: 'reached', target, unit: key, average: final, professional: null };
  // Replaced only when higher (R6): y × D > first-group points, which the smallest y reaching 10 always is.
  const withMark = (y: number): Average => ({
    points: final.points + Math.max(0, y * covered.divisor - covered.points),
    divisor: final.divisor,
  });
  const mark = ceilDiv(deficit + covered.points, covered.divisor);
  if (mark > max) return { kind: 'impossible', target, unit: key, best: withMark(max), professional: null, replaces: covered };
  return { kind: 'mark', target, unit: key, mark, average: withMark(mark), professional: null, replaces: covered };
}

// --- contrôle suggestions -----------------------------------------------------------------------

export interface ControleSuggestion {
  unit: ControleUnitDef;
  /** The first-group mark it would replace (for E2 the weighted mean of E21 and E22); null when dispensed. */
  firstGroup: Average | null;
  /** What the chosen mark would add to the total if it replaced the first-group mark (ten-thousandths). */
  gain: number;
  /** The contrôle mark needed to reach the admis threshold with this unit (R6), as `pointsNeeded` says. */
  needed: PointsNeeded;
}

/**
 * The contrôle units, the ones where a mark gains most first: gain = coefficient × (targetMark − first-group
 * mark), i.e. the lowest first-group mark × coefficient. `targetMark` in hundredths, default the maximum
 * mark. Dispensed units (no first-group mark) come last, with no gain. Ties keep the regulation's order.
 */
export function suggestControleUnits(candidate: CandidateMarks, regulation: Regulation, targetMark?: number): ControleSuggestion[] {
  const mark = targetMark ?? regulation.maxMark * 100;
  const fg = computeResult(firstGroupOnly(candidate), regulation);
  const suggestions = regulation.controle.units.map((unit, order) => {
    const firstGroup = fg.firstGroup ? coveredAverage(fg, unit) : null;
    const gain = firstGroup ? Math.max(0, mark * firstGroup.divisor - firstGroup.points) : 0;
    return { order, suggestion: { unit, firstGroup, gain, needed: pointsNeeded(candidate, regulation, 'admis', controleKey(unit.code)) } };
  });
  suggestions.sort((a, b) => {
    const availability = Number(b.suggestion.firstGroup !== null) - Number(a.suggestion.firstGroup !== null);
    return availability || b.suggestion.gain - a.suggestion.gain || a.order - b.order;
  });
  return suggestions.map((s) => s.suggestion);
}

// --- what-if ------------------------------------------------------------------------------------

export interface WhatIf {
  /** The result with the placeholder marks: never stored, shown as a simulation. */
  result: CandidateResult;
  /** Keys that held a placeholder (unit codes, then `controle_…`), in the regulation's order. */
  placeholders: string[];
  /** Keys given that are neither a unit nor a contrôle unit of the regulation, or a contrôle key with a non-contrôle mark. */
  ignored: string[];
}

/**
 * `computeResult` with placeholder marks replacing (or filling) the given units: unit codes (`E5`) and
 * contrôle keys (`controle_E1`). An empty placeholder leaves the unit as it is. Pure: nothing is stored.
 */
export function whatIf(candidate: CandidateMarks, regulation: Regulation, placeholders: Readonly<Record<string, Mark | ControleMark | undefined>>): WhatIf {
  const marks: Record<string, Mark | undefined> = { ...candidate.marks };
  const controle: Record<string, ControleMark | undefined> = { ...candidate.controle };
  const applied = new Set<string>();
  const ignored: string[] = [];
  for (const [key, mark] of Object.entries(placeholders)) {
    if (!mark || mark.kind === 'empty') continue;
    if (key.startsWith(CONTROLE_PREFIX)) {
      const code = key.slice(CONTROLE_PREFIX.length);
      if (!findControleUnit(regulation, code) || (mark.kind !== 'number' && mark.kind !== 'AB')) {
        ignored.push(key);
        continue;
      }
      controle[code] = mark;
    } else {
      if (!findUnit(regulation, key)) {
        ignored.push(key);
        continue;
      }
      marks[key] = mark;
    }
    applied.add(key);
  }
  const order = [...regulation.units.map((u) => u.code), ...regulation.controle.units.map((u) => controleKey(u.code))];
  return {
    result: computeResult({ marks, controle }, regulation),
    placeholders: order.filter((k) => applied.has(k)),
    ignored,
  };
}

// --- livret (D643-26) -----------------------------------------------------------------------------

/**
 * docs/regles.md « Documents du jury »: the livret scolaire must be examined before an AJOURNE (D643-26).
 * Returns the warning to show, or null when there is nothing to say.
 */
export function livretWarning(decision: Decision, note: Pick<JuryNote, 'livretExamined'> | null | undefined): string | null {
  if (decision !== 'AJOURNE' || note?.livretExamined) return null;
  // A non-breaking hyphen (U+2011) and space: the reference never wraps as « D643- / 26 » on screen.
  return 'Livret scolaire non examiné : le jury doit l’examiner avant d’ajourner le candidat (art.\u00a0D643\u201126).';
}

/**
 * The closing a D643-26 warning comes before: the 1er groupe's (its ajournés are those of the first-group decision: a
 * candidate sent to the contrôle is not ajourné there, whatever contrôle marks are already typed), or the
 * deliberation's (the final decision, contrôle marks included: the step that makes the ajournements final).
 */
export type LivretClosing = 'premier_groupe' | 'deliberation';

/**
 * D643-26: the candidates ajournés at `closing` whose livret scolaire has not been examined, in the order given.
 * `noteOf` gives a candidate's jury note (none: not examined).
 */
export function unexaminedAjournes<C extends { id: number; result: Pick<CandidateResult, 'decision' | 'firstGroupDecision'> }>(
  candidates: readonly C[],
  noteOf: (id: number) => Pick<JuryNote, 'livretExamined'> | null | undefined,
  closing: LivretClosing,
): C[] {
  return candidates.filter(
    (c) => (closing === 'premier_groupe' ? c.result.firstGroupDecision : c.result.decision) === 'AJOURNE' && !noteOf(c.id)?.livretExamined,
  );
}

// --- wording ------------------------------------------------------------------------------------

const avg = (a: Average) => formatHundredthsFixed(averageHundredths(a));
/** A mark in hundredths, as typed: `12,5`. */

function unitLabel(unit: string): string {
  return unit.startsWith(CONTROLE_PREFIX) ? `au contrôle ${unit.slice(CONTROLE_PREFIX.length)}` : `en ${unit}`;
}

function professionalText(p: ProfessionalCondition | null, regulation: Regulation, unit: string | null): string {
  if (!p || p.met) return '';
  const min = formatHundredthsShort(toHundredths(regulation.thresholds.professionalMin));
  const now = p.average ? `moyenne professionnelle ${avg(p.average)} < ${min}` : 'moyenne professionnelle non calculable';
  let then = ' : pas d’épreuve de contrôle';
  if (p.markNeeded === null) then += ` (même ${regulation.maxMark} ${unitLabel(unit ?? '')} ne suffit pas)`;
  else if (p.markNeeded !== undefined) then += ` sans au moins ${formatHundredthsShort(p.markNeeded)} ${unitLabel(unit ?? '')}`;
  else if (p.pointsNeeded !== undefined) then += ` sans ${pointsText(p.pointsNeeded)} de plus en épreuves professionnelles`;
  return ` ; mais ${now}${then}`;
}

/** One French sentence for a `pointsNeeded` answer, e.g. `12,34 en E5 (moyenne 10,00)`. */
export function describePointsNeeded(needed: PointsNeeded, regulation: Regulation): string {
  const threshold = formatHundredthsShort(thresholdOf(regulation, needed.target));
  switch (needed.kind) {
    case 'blocked':
      return `Non calculable : ${needed.reason}.`;
    case 'reached':
      return `Déjà atteint (moyenne ${avg(needed.average)} ≥ ${threshold})${professionalText(needed.professional, regulation, needed.unit)}.`;
    case 'points':
      return `${pointsText(needed.points)} de plus au total (moyenne ${avg(needed.average)} < ${threshold})${professionalText(needed.professional, regulation, null)}.`;
    case 'impossible':
      return `Impossible même avec ${regulation.maxMark} ${unitLabel(needed.unit)} (moyenne ${avg(needed.best)} au mieux)${professionalText(needed.professional, regulation, needed.unit)}.`;
    case 'mark': {
      const replaces = needed.replaces ? `, remplace ${avg(needed.replaces)}` : '';
      const what =
        needed.mark === 0 ? `Toute note ${unitLabel(needed.unit)} suffit, même 0` : `${formatHundredthsShort(needed.mark)} ${unitLabel(needed.unit)}`;
      return `${what} (moyenne ${avg(needed.average)} ≥ ${threshold}${replaces})${professionalText(needed.professional, regulation, needed.unit)}.`;
    }
  }
}

// --- the contrôle units a candidate sits (R6) -----------------------------------------------------

/** The units whose contrôle mark is entered (AB included). */
export function markedControleUnits(controle: Readonly<Record<string, ControleMark | undefined>>): string[] {
  return Object.keys(controle).filter((code) => (controle[code]?.kind ?? 'empty') !== 'empty');
}

/**
 * The contrôle units a candidate sits: those the jury chose, and any unit that already holds a contrôle mark (typed
 * before the choice was recorded), which therefore cannot be left out. In `order` (the regulation's units) when
 * given, else chosen first. The screen, its checks in the database, the closing check and the convocations all read
 * them here.
 */
export function controleUnitsSat(chosenUnits: readonly string[], marked: Iterable<string>, order?: readonly string[]): string[] {
  const units = new Set([...chosenUnits, ...marked]);
  return order ? order.filter((code) => units.has(code)) : [...units];
}

// --- closing the deliberation (R6) ---------------------------------------------------------------

/**
 * Why a candidate still waits for the épreuve de contrôle, or null when nothing is pending: a candidate
 * whose first-group decision is CONTROLE needs an outcome (a contrôle mark or AB) on each unit the jury
 * chose, and at least one chosen unit; contrôle entries that break R6 leave the decision open too.
 * The deliberation cannot be closed while one candidate is pending (issue 16).
 */
export function controlePending(
  result: Pick<CandidateResult, 'firstGroupDecision' | 'errors'>,
  chosenUnits: readonly string[],
  controle: Readonly<Record<string, ControleMark | undefined>>,
): string | null {
  if (result.firstGroupDecision !== 'CONTROLE') return null;
  const units = controleUnitsSat(chosenUnits, markedControleUnits(controle));
  if (units.length === 0) return 'épreuves de contrôle non choisies';
  const missing = units.filter((code) => (controle[code]?.kind ?? 'empty') === 'empty');
  if (missing.length > 0) return `ni note ni AB au contrôle ${missing.join(', ')}`;
  if (result.errors.length > 0) return result.errors[0]!.message;
  return null;
}

// --- contrôle schedule (issue 16) -----------------------------------------------------------------

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** An hour as people write it: « 9:30 », « 9h30 », « 9 h 30 », « 14H00 », « 9h » (minutes two digits, or none after h). */
const WRITTEN_TIME = /^(\d{1,2})\s*(?::\s*(\d{2})|[hH]\s*(\d{2})?)$/;

/** A convocation slot's part: where a refusal points. */
export type ControleSlotField = 'date' | 'time' | 'room';

/**
 * Checks one convocation slot and returns it normalized (hour `HH:MM`: `9:00`, `9h` → `09:00`; room trimmed), or a
 * French error and the field it is about. The date must fall inside the session's contrôle window when one is set.
 */
export function checkControleSlot(
  slot: { date?: unknown; time?: unknown; room?: unknown },
  window: { from?: string | null; to?: string | null },
): { ok: true; value: ControleSlot } | { ok: false; error: string; field: ControleSlotField } {
  const date = slot.date === '' || slot.date === undefined || slot.date === null ? null : slot.date;
  if (date !== null && (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))) {
    return { ok: false, field: 'date', error: 'date attendue au format JJ/MM/AAAA' };
  }
  const typed = typeof slot.time === 'string' ? slot.time.trim() : slot.time === undefined || slot.time === null ? '' : null;
  if (typed === null) return { ok: false, field: 'time', error: 'heure attendue au format HH:MM' };
  const written = WRITTEN_TIME.exec(typed);
  const time = written ? `${written[1]!.padStart(2, '0')}:${written[2] ?? written[3] ?? '00'}` : typed;
  if (time !== '' && !TIME.test(time)) return { ok: false, field: 'time', error: `« ${typed} » n'est pas une heure (HH:MM, par exemple 14:30)` };
  if (slot.room !== undefined && slot.room !== null && typeof slot.room !== 'string') return { ok: false, field: 'room', error: 'salle : texte attendu' };
  const room = typeof slot.room === 'string' ? slot.room.trim() : '';
  const fr = (iso: string) => iso.split('-').reverse().join('/');
  if (date !== null && window.from && date < window.from) {
    return { ok: false, field: 'date', error: `le ${fr(date)} est avant le début des épreuves de contrôle (${fr(window.from)})` };
  }
  if (date !== null && window.to && date > window.to) {
    return { ok: false, field: 'date', error: `le ${fr(date)} est après la fin des épreuves de contrôle (${fr(window.to)})` };
  }
  return { ok: true, value: { date, time, room } };
}

/** A refused convocation, as the contrôle tab and the database say it. */
export function controleSlotRefusal(name: string, unit: string, reason: string): string {
  return `Convocation de ${name} au contrôle ${unit} : ${reason}.`;
}

/** True when two slots are at the same date and hour (both set). */
export function sameTime(a: ControleSlot, b: ControleSlot): boolean {
  return a.date !== null && a.date === b.date && a.time !== '' && a.time === b.time;
}

/** True when two slots book the same room at the same date and hour (rooms compared case- and space-insensitively). */
export function sameRoomAndTime(a: ControleSlot, b: ControleSlot): boolean {
  const room = (r: string) => r.toLocaleLowerCase('fr').replace(/\s+/g, '');
  return sameTime(a, b) && a.room !== '' && room(a.room) === room(b.room);
}

/** « 1,00 point », « 0,50 point », « 2,25 points »: French puts below 2 in the singular. */
function pointsText(hundredths: number): string {
  return `${formatHundredthsFixed(hundredths)} point${hundredths < 200 ? '' : 's'}`;
}
