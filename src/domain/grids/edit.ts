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
 * One entry of a filled-in grid: a criterion's level, a part's degree, points and bonus, an observation, the date, or
 * the commission (its members as a whole).
 */
export type GridEntry = { kind: 'level' | 'part' | 'observation'; id: string } | { kind: 'date' | 'members' };

function entryValue(evaluation: GridEvaluation, entry: GridEntry): string {
  switch (entry.kind) {
    case 'level':
      return evaluation.levels[entry.id] ?? '';
    case 'part': {
      const part = evaluation.parts[entry.id] ?? blankPart();
      return JSON.stringify([part.degree, part.hundredths, part.bonus]);
    }
    case 'observation':
      return (evaluation.observations[entry.id] ?? '').trim() === '' ? '' : evaluation.observations[entry.id]!;
    case 'date':
      return evaluation.date ?? '';
    case 'members':
      return JSON.stringify(evaluation.members.map((m) => [m.name, m.quality, m.signed]));
  }
}

/**
 * The entries in which two evaluations of one grid differ, whatever order they were made in. `markHundredths` is left
 * aside: the mark lives in the marks table, and the stored evaluation never holds one.
 */
export function changedEntries(from: GridEvaluation, to: GridEvaluation): GridEntry[] {
  const ids = (a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>) => [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const all: GridEntry[] = [
    ...ids(from.levels, to.levels).map((id): GridEntry => ({ kind: 'level', id })),
    ...ids(from.parts, to.parts).map((id): GridEntry => ({ kind: 'part', id })),
    ...ids(from.observations, to.observations).map((id): GridEntry => ({ kind: 'observation', id })),
    { kind: 'date' },
    { kind: 'members' },
  ];
  return all.filter((entry) => entryValue(from, entry) !== entryValue(to, entry));
}

/** Whether `evaluation` holds `model`'s values in `entries` (Ctrl+Z puts entries back only where nobody changed them). */
export function holdsEntries(evaluation: GridEvaluation, model: GridEvaluation, entries: readonly GridEntry[]): boolean {
  return entries.every((entry) => entryValue(evaluation, entry) === entryValue(model, entry));
}

/** `evaluation` with `model`'s values in `entries`, its other entries kept. */
export function withEntries(evaluation: GridEvaluation, model: GridEvaluation, entries: readonly GridEntry[]): GridEvaluation {
  return entries.reduce((ev, entry) => {
    switch (entry.kind) {
      case 'level':
        return withLevel(ev, entry.id, model.levels[entry.id] ?? null);
      case 'part':
        return withPart(ev, entry.id, model.parts[entry.id] ?? blankPart());
      case 'observation':
        return withObservation(ev, entry.id, model.observations[entry.id] ?? '');
      case 'date':
        return withDate(ev, model.date);
      case 'members':
        return { ...ev, members: model.members };
    }
  }, evaluation);
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
