/** One row of the workspace: a candidate with its établissement, marks, forms and live result. */
import { unitForms } from '../../domain/forms.ts';
import type { Regulation } from '../../domain/regulation.ts';
import { computeResult, DECISIONS, type CandidateResult, type Decision } from '../../domain/results.ts';
import { candidateMarksOf, type Candidate, type Etablissement, type MarkRecord, type UnitForm } from '../../domain/session.ts';
import { marksByCandidate } from '../../db/marks.ts';
import type { ResultsRow } from '../../io/results-csv.ts';
import { nextTask } from '../../io/next-task.ts';

export interface CandidateView {
  id: number;
  candidate: Candidate;
  etablissement: Etablissement | null;
  /** Stored marks by unit key (`E4`, `controle_E1`). */
  marks: Record<string, MarkRecord>;
  forms: Record<string, UnitForm>;
  result: CandidateResult;
}

/** A session's marks: candidate id → unit key → record. */
export type MarksByCandidate = ReadonlyMap<number, Record<string, MarkRecord>>;

const NO_MARKS: Record<string, MarkRecord> = Object.freeze({}) as Record<string, MarkRecord>;

// The order of compareNumero (localeCompare 'fr', numeric) with one collator: sorting 50,000 rows calls it ~800,000 times.
const numeroOrder = new Intl.Collator('fr', { numeric: true }).compare;

export function resultOf(marks: Record<string, MarkRecord>, regulation: Regulation): CandidateResult {
  return computeResult(candidateMarksOf(Object.values(marks)), regulation);
}

export function buildCandidateViews(
  candidates: readonly Candidate[],
  marks: readonly MarkRecord[],
  etablissements: readonly Etablissement[],
  regulation: Regulation,
): CandidateView[] {
  return buildViews(candidates, marksByCandidate(marks), etablissements, regulation);
}

/**
 * Every row, sorted by numero. A row of `previous` whose candidate, établissement and marks are the same objects is
 * kept as it is; one whose marks only are the same keeps its result (the engine depends on the marks alone).
 */
export function buildViews(
  candidates: readonly Candidate[],
  marks: MarksByCandidate,
  etablissements: readonly Etablissement[],
  regulation: Regulation,
  previous: readonly CandidateView[] = [],
): CandidateView[] {
  const make = viewMaker(marks, etablissements, regulation, previous);
  return byNumero(candidates.map(make));
}

/** A large session's rows are built in slices of about this many milliseconds each (buildViewsInSlices). */
export const SLICE_MS = 30;
/**
 * Up to this many candidates, the rows are built in one go: about 13 µs a candidate on a 2-core machine, 5,000 in
 * 0.06–0.07 s, one task well under the 0.2 s a frozen page may last (issue 19). Built in slices, the same 5,000 rows
 * were ready 0.1 s later: the grid was given the rows of each slice before the whole.
 */
export const VIEW_SLICE = 5000;

/**
 * The rows of `buildViews`, computed slice by slice, each slice its own task of about SLICE_MS (50,000 in one go hold
 * the page for half a second or more). `marks` is read at each slice (a map updated in place, as the marks feed's):
 * marks changed during the build must be patched afterwards (patchViews) by the caller, which knows which.
 * `onSlice` gets the rows built so far (in the candidates' order); `goOn` false stops the build (result null).
 */
export async function buildViewsInSlices(
  candidates: readonly Candidate[],
  marks: MarksByCandidate,
  etablissements: readonly Etablissement[],
  regulation: Regulation,
  previous: readonly CandidateView[],
  { goOn, onSlice, sliceMs = SLICE_MS }: { goOn: () => boolean; onSlice?: (views: readonly CandidateView[]) => void; sliceMs?: number },
): Promise<CandidateView[] | null> {
  const make = viewMaker(marks, etablissements, regulation, previous);
  const views: CandidateView[] = [];
  let next = 0;
  while (next < candidates.length) {
    await nextTask();
    if (!goOn()) return null;
    const until = performance.now() + sliceMs;
    // The clock is read every 50 candidates (a few hundred microseconds of the engine).
    do {
      const end = Math.min(next + 50, candidates.length);
      for (; next < end; next++) views.push(make(candidates[next]!));
    } while (next < candidates.length && performance.now() < until);
    onSlice?.(views);
  }
  await nextTask();
  return goOn() ? byNumero(views) : null;
}

/** Makes one candidate's row (see buildViews). */
function viewMaker(
  marks: MarksByCandidate,
  etablissements: readonly Etablissement[],
  regulation: Regulation,
  previous: readonly CandidateView[],
): (candidate: Candidate) => CandidateView {
  const etabById = new Map(etablissements.map((e) => [e.id!, e]));
  const before = new Map(previous.map((v) => [v.id, v]));
  const make = (candidate: Candidate): CandidateView => {
    const id = candidate.id!;
    const etablissement = candidate.etablissementId === null ? null : (etabById.get(candidate.etablissementId) ?? null);
    const own = marks.get(id) ?? NO_MARKS;
    const old = before.get(id);
    if (old && old.candidate === candidate && old.etablissement === etablissement && old.marks === own) return old;
    return {
      id,
      candidate,
      etablissement,
      marks: own,
      forms:
        old && old.candidate === candidate && old.etablissement === etablissement ? old.forms : unitForms(candidate, regulation, etablissement?.type ?? null),
      result: old && old.marks === own ? old.result : resultOf(own, regulation),
    };
  };
  return make;
}

/** The rows in numero order (the candidates come from the database by numero, most often already in it: checked in one pass). */
function byNumero(views: CandidateView[]): CandidateView[] {
  const order = (a: CandidateView, b: CandidateView) => numeroOrder(a.candidate.numero, b.candidate.numero);
  for (let i = 1; i < views.length; i++) if (order(views[i - 1]!, views[i]!) > 0) return views.sort(order);
  return views;
}

/**
 * The rows after the marks of `changed` candidates changed: only theirs are recomputed (new objects, so that the
 * grid sees which rows to redraw); the others and the order are kept. Gives the same rows as `buildViews`.
 */
export function patchViews(views: readonly CandidateView[], changed: Iterable<number>, marks: MarksByCandidate, regulation: Regulation): CandidateView[] {
  const next = views.slice();
  const positions = positionsOf(views);
  const counts = countCache.get(views);
  const nextCounts = counts ? { ...counts } : null;
  for (const id of changed) {
    const index = positions.get(id);
    if (index === undefined) continue; // not a row (yet): the next rebuild adds it
    const view = next[index]!;
    const own = marks.get(id) ?? NO_MARKS;
    if (own === view.marks) continue;
    const patched = { ...view, marks: own, result: resultOf(own, regulation) };
    next[index] = patched;
    if (nextCounts) {
      nextCounts[view.result.decision]--;
      nextCounts[patched.result.decision]++;
    }
  }
  positionCache.set(next, positions);
  if (nextCounts) countCache.set(next, nextCounts);
  return next;
}

/** The counts of a rows array, kept so that a patch (one mark typed) updates them instead of counting 50,000 rows again. */
const countCache = new WeakMap<readonly CandidateView[], Readonly<Record<Decision, number>>>();

const positionCache = new WeakMap<readonly CandidateView[], Map<number, number>>();

/** Candidate id → index in `views` (cached per array: patches keep the order, so it is carried over). */
function positionsOf(views: readonly CandidateView[]): Map<number, number> {
  let positions = positionCache.get(views);
  if (!positions) {
    positions = new Map(views.map((v, index) => [v.id, index]));
    positionCache.set(views, positions);
  }
  return positions;
}

export function countDecisions(views: readonly CandidateView[]): Record<Decision, number> {
  const known = countCache.get(views);
  if (known) return { ...known };
  const counts = Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<Decision, number>;
  for (const v of views) counts[v.result.decision]++;
  countCache.set(views, { ...counts });
  return counts;
}

export function resultsRows(views: readonly CandidateView[]): ResultsRow[] {
  return views.map((v) => ({ numero: v.candidate.numero, nom: v.candidate.nom, prenom: v.candidate.prenom, result: v.result }));
}
