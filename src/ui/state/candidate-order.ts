import { compareAverages, type Average } from '../../domain/exact.ts';
import type { ControleMark, Mark } from '../../domain/marks.ts';
import { compareNumero, isNumeroPending } from '../../domain/numero.ts';
import { DECISIONS } from '../../domain/results.ts';
import type { CandidateView } from './candidate-view.ts';

/**
 * The orders a grid's rows can be sorted in, as AG Grid comparators (`comparator(valueA, valueB, nodeA, nodeB,
 * isDescending)`: the grid reverses the result when descending). Whatever the direction, rows without a value come
 * last (a candidate without moyenne is not « the lowest »), and rows with the same value are in the class list's
 * order (nom, prénom).
 */
export type RowComparator = (a: CandidateView | undefined, b: CandidateView | undefined, descending: boolean) => number;

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Two rows by nom, then prénom, then numéro (French order: « Émery » with the E, case aside; a missing row last). */
export function byName(a: CandidateView | undefined, b: CandidateView | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  const [x, y] = [a.candidate, b.candidate];
  return collator.compare(x.nom, y.nom) || collator.compare(x.prenom, y.prenom) || collator.compare(x.numero, y.numero);
}

/** A row's place in an order: its rank among rows with a value, or null (last, whichever the direction). */
type Ranked<T> = { value: T } | null;

function ordered<T>(rank: (view: CandidateView) => Ranked<T>, compare: (x: T, y: T) => number): RowComparator {
  return (a, b, descending) => {
    // The grid reverses what this returns when descending: what must not follow the direction is reversed first.
    const fixed = descending ? -1 : 1;
    if (!a || !b) return fixed * byName(a, b);
    const [x, y] = [rank(a), rank(b)];
    if (x === null || y === null) return x === y ? fixed * byName(a, b) : fixed * (x === null ? 1 : -1);
    return compare(x.value, y.value) || fixed * byName(a, b);
  };
}

/** By an average (exactly, not by its two shown decimals). */
export function byAverage(average: (view: CandidateView) => Average | null): RowComparator {
  return ordered((view) => {
    const value = average(view);
    return value ? { value } : null;
  }, compareAverages);
}

/** By a number of points (a total, a bonus); none, or `blankWhenZero` and zero, as missing. */
export function byPoints(points: (view: CandidateView) => number | null, blankWhenZero = false): RowComparator {
  return ordered(
    (view) => {
      const value = points(view);
      return value === null || (blankWhenZero && value === 0) ? null : { value };
    },
    (x, y) => x - y,
  );
}

/**
 * By a unit's mark: the marks by value; AB, ABJ, DI and NV after every mark (they are not marks of 0 to a reader
 * looking for the best or the lowest), empty cells last.
 */
export function byMark(key: string): RowComparator {
  const rank = (mark: Mark | ControleMark | undefined): Ranked<number> => (mark?.kind === 'number' ? { value: mark.hundredths } : null);
  const special = (view: CandidateView) => {
    const kind = view.marks[key]?.value.kind;
    return kind !== undefined && kind !== 'number' && kind !== 'empty';
  };
  const byValue = ordered(
    (view) => rank(view.marks[key]?.value),
    (x, y) => x - y,
  );
  return (a, b, descending) => {
    if (a && b && rank(a.marks[key]?.value) === null && rank(b.marks[key]?.value) === null && special(a) !== special(b)) {
      return (descending ? -1 : 1) * (special(a) ? -1 : 1);
    }
    return byValue(a, b, descending);
  };
}

/** Highest moyenne (the one that decided) first, without one last, then by name: the order within a decision. */
const byFinalAverage = byAverage((view) => view.result.final);

/** By decision (in the order of the counts: Admis first), then by the moyenne that decided, highest first. */
export const byDecision: RowComparator = (a, b, descending) => {
  const fixed = descending ? -1 : 1;
  if (!a || !b) return fixed * byName(a, b);
  const rank = DECISIONS.indexOf(a.result.decision) - DECISIONS.indexOf(b.result.decision);
  // byFinalAverage's order when descending, as the grid would give it: taken whatever the decision's direction.
  return rank || fixed * -byFinalAverage(a, b, true);
};

/** By numéro (digits as numbers); candidates whose number is still to come last. */
export const byNumero: RowComparator = ordered((view) => (isNumeroPending(view.candidate.numero) ? null : { value: view.candidate.numero }), compareNumero);
