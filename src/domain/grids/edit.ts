/**
 * Editing a filled-in grid, and how it relates to the unit's mark (issue 7).
 *
 * The mark lives in the marks table (one source of truth). A grid whose mark is a sum of parts (E22 =
 * A + B + C, E4 CCF = S1 + S2) gives that mark once every part is entered: `derivedMarkChange` says what
 * a change of the parts does to the stored mark. Other grids never touch the mark: the commission types it.
 *
 * Pure: each function returns a new evaluation (the stored one is never mutated).
 */
import type { Mark } from '../marks.ts';
import { allowedPoints, evaluationMark, gridCriteria, type CommissionMember, type GridEvaluation, type PartEntry } from './evaluation.ts';
import type { GridDefinition, GridPart, Rating } from './types.ts';

/** `A + B + C`, `Situation 1 + Situation 2`: the formula of a grid whose mark is a sum, for messages. */
export function sumFormula(grid: GridDefinition): string {
  return grid.parts.map((p) => p.label).join(' + ');
}

/** The level of one criterion set (or cleared with null). */
export function withLevel(evaluation: GridEvaluation, criterionId: string, rating: Rating | null): GridEvaluation {
  const levels = { ...evaluation.levels };
  if (rating === null) delete levels[criterionId];
  else levels[criterionId] = rating;
  return { ...evaluation, levels };
}

const blankPart = (): PartEntry => ({ degree: null, hundredths: null, bonus: false });

/** One part's entry changed (`degree`, `hundredths`, `bonus`), the others kept. */
export function withPart(evaluation: GridEvaluation, partId: string, change: Partial<PartEntry>): GridEvaluation {
  const current = evaluation.parts[partId] ?? blankPart();
  return { ...evaluation, parts: { ...evaluation.parts, [partId]: { ...current, ...change } } };
}

/**
 * The degree of success of an E22 part chosen (annexe 5). Points the new degree does not allow are
 * dropped; a degree allowing one value only (degree 2 of A: 3 points) needs no points.
 */
export function withDegree(evaluation: GridEvaluation, part: GridPart, degree: number | null): GridEvaluation {
  const current = evaluation.parts[part.id] ?? blankPart();
  if (degree === null) return withPart(evaluation, part.id, { degree: null, hundredths: null });
  const allowed = allowedPoints(part, degree);
  const kept = current.hundredths !== null && allowed.length > 1 && allowed.includes(current.hundredths / 100) ? current.hundredths : null;
  return withPart(evaluation, part.id, { degree, hundredths: kept });
}

export function withObservation(evaluation: GridEvaluation, fieldId: string, text: string): GridEvaluation {
  const observations = { ...evaluation.observations };
  if (text.trim() === '') delete observations[fieldId];
  else observations[fieldId] = text;
  return { ...evaluation, observations };
}

export function withDate(evaluation: GridEvaluation, date: string | null): GridEvaluation {
  return { ...evaluation, date };
}

/** Members with a name only (a box left empty is no member). */
export function withMembers(evaluation: GridEvaluation, members: readonly CommissionMember[]): GridEvaluation {
  return {
    ...evaluation,
    members: members.map((m) => ({ name: m.name.trim(), quality: m.quality.trim(), signed: m.signed })).filter((m) => m.name !== ''),
  };
}

/** True when nothing is entered: such an evaluation is not worth a record. */
export function isBlankEvaluation(evaluation: GridEvaluation): boolean {
  const partsBlank = Object.values(evaluation.parts).every((p) => p.degree === null && p.hundredths === null && !p.bonus);
  return (
    Object.keys(evaluation.levels).length === 0 &&
    partsBlank &&
    Object.values(evaluation.observations).every((t) => t.trim() === '') &&
    evaluation.date === null &&
    evaluation.members.length === 0
  );
}

/**
 * Whether two evaluations of one grid hold the same entries, whatever order they were made in (Ctrl+Z puts an
 * evaluation back only where nobody changed it since). `markHundredths` is left aside: the mark lives in the marks
 * table, and the stored evaluation never holds one.
 */
export function sameEvaluation(a: GridEvaluation, b: GridEvaluation): boolean {
  return entriesKey(a) === entriesKey(b);
}

function entriesKey(evaluation: GridEvaluation): string {
  const sorted = <T>(record: Readonly<Record<string, T>>) => Object.entries(record).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const parts = sorted(evaluation.parts)
    .filter(([, p]) => p.degree !== null || p.hundredths !== null || p.bonus)
    .map(([id, p]) => [id, p.degree, p.hundredths, p.bonus]);
  const observations = sorted(evaluation.observations).filter(([, text]) => text.trim() !== '');
  const members = evaluation.members.map((m) => [m.name, m.quality, m.signed]);
  return JSON.stringify([evaluation.gridId, sorted(evaluation.levels), parts, observations, evaluation.date, members]);
}

/** What a change of a grid does to the stored mark: nothing, a new mark (the sum), or clearing it. */
export type DerivedMarkChange = { kind: 'set'; mark: Extract<Mark, { kind: 'number' }> } | { kind: 'clear' } | null;

const sameNumber = (mark: Mark | null | undefined, hundredths: number) => mark?.kind === 'number' && mark.hundredths === hundredths;

/**
 * On a grid whose mark is a sum (E22, E4 CCF): when the sum of the parts changes, it becomes the unit's
 * mark; when a part is removed, a stored mark that was the old sum is cleared (the sum is no longer known).
 * A change that leaves the sum as it was (a level, an observation) never touches the mark, so a code
 * entered in the marks grid (AB for an absent candidate) stays. Null on commission grids.
 */
export function derivedMarkChange(
  grid: GridDefinition,
  before: GridEvaluation | null,
  after: GridEvaluation,
  current: Mark | null | undefined,
): DerivedMarkChange {
  if (grid.mark.kind !== 'sum') return null;
  const oldSum = before ? evaluationMark(grid, before) : null;
  const newSum = evaluationMark(grid, after);
  if (newSum !== null) {
    if (oldSum !== null && oldSum.hundredths === newSum.hundredths) return null;
    return sameNumber(current, newSum.hundredths) ? null : { kind: 'set', mark: newSum };
  }
  if (oldSum !== null && sameNumber(current, oldSum.hundredths)) return { kind: 'clear' };
  return null;
}

/** Criteria without a level (nor « non mobilisé »). */
export function unratedCount(grid: GridDefinition, evaluation: GridEvaluation | null): number {
  return gridCriteria(grid).filter(({ criterion }) => !evaluation?.levels[criterion.id]).length;
}

/**
 * « Évalué » in the teacher's progress: every criterion rated (or non mobilisé) and a mark (on a sum grid,
 * every part entered). A code in the marks table (AB, ABJ, NV, DI) also counts: there is nothing to rate.
 */
export function isEvaluated(grid: GridDefinition, evaluation: GridEvaluation | null, mark: Mark | null | undefined): boolean {
  if (mark && mark.kind !== 'empty' && mark.kind !== 'number') return true;
  if (unratedCount(grid, evaluation) > 0) return false;
  if (grid.mark.kind === 'sum') return evaluation !== null && evaluationMark(grid, evaluation) !== null;
  return mark?.kind === 'number';
}
