/**
 * Statistics a jury looks at over the results of a session: decisions and pass rate, the distribution of
 * the moyennes, the mean of each unit, the candidates close to a threshold. Pure and exact (exact.ts):
 * averages stay fractions, bins and distances are decided on integers.
 */
import { type Average, averageHundredths, toHundredths } from './exact.ts';
import { isCompulsory, type Regulation, type UnitDef } from './regulation.ts';
import { DECISIONS, type CandidateResult, type Decision } from './results.ts';

export type DecisionCounts = Record<Decision, number>;

/** How many of each decision (every decision present, 0 included). */
export function countByDecision(decisions: Iterable<Decision>): DecisionCounts {
  const counts = Object.fromEntries(DECISIONS.map((d) => [d, 0])) as DecisionCounts;
  for (const d of decisions) counts[d]++;
  return counts;
}

/**
 * Taux de réussite = ADMIS / candidates with a decision other than INCOMPLET (ELIMINE and NV are counted
 * in the denominator: they sat the session and did not pass). Decisions after the épreuve de contrôle.
 * The one definition of the rate (docs/documents.md): the PV, the Jury tab and the statistics all use it.
 */
export interface PassRate {
  admis: number;
  /** Candidates with a decision other than INCOMPLET. */
  over: number;
  /** Tenths of a percent, truncated (`60,0 %` → 600); null when `over` is 0. */
  perMille: number | null;
}

export function passRate(counts: DecisionCounts): PassRate {
  const over = DECISIONS.reduce((sum, d) => (d === 'INCOMPLET' ? sum : sum + counts[d]), 0);
  const admis = counts.ADMIS;
  return { admis, over, perMille: over === 0 ? null : Math.floor((admis * 1000) / over) };
}

/** `600` → `60,0 %`. */
export function formatPerMille(perMille: number): string {
  return `${Math.floor(perMille / 10)},${perMille % 10} %`;
}

/** The pass rate as every screen and document writes it: `77,3 %` (one decimal, truncated), `—` without candidates. */
export function passRateText(rate: PassRate): string {
  return rate.perMille === null ? '—' : formatPerMille(rate.perMille);
}

export interface HistogramBin {
  /** Lower bound, in hundredths, included. */
  from: number;
  /** Upper bound, in hundredths: excluded, except for the last bin where it is included. */
  to: number;
  count: number;
}

/**
 * Bins of `width` hundredths (100 = 1 point, 50 = half a point) from 0 to the maximum mark; the last bin
 * includes the maximum, and bins are added above it when a bonus (R4) took a moyenne higher.
 * Bin of an average = ⌊truncated moyenne / width⌋ = ⌊points / (divisor × width)⌋, exactly.
 */
export function histogram(averages: readonly Average[], width: number, maxMark: number): HistogramBin[] {
  const step = Math.max(1, Math.round(width));
  const max = maxMark * 100;
  const standard = Math.ceil(max / step);
  const index = (a: Average) => {
    const h = Math.max(0, averageHundredths(a));
    return h === max ? standard - 1 : Math.floor(h / step);
  };
  let count = standard;
  for (const a of averages) count = Math.max(count, index(a) + 1);
  const bins: HistogramBin[] = Array.from({ length: count }, (_, i) => ({ from: i * step, to: (i + 1) * step, count: 0 }));
  for (const a of averages) bins[index(a)]!.count++;
  return bins;
}

/**
 * Mean of one unit over the candidates: numbers only, ABJ as 0 on a compulsory unit (as the engine counts
 * it), DI left out (out of the divisor too), AB / NV / empty left out.
 */
export interface UnitMean {
  unit: UnitDef;
  /** Marks in the mean (numbers, and ABJ on a compulsory unit). */
  counted: number;
  /** Of which ABJ counted as 0. */
  abj: number;
  dispensed: number;
  /** AB, NV, empty (and ABJ on an optional unit): not in the mean. */
  left: number;
  /** points = Σ marks (hundredths), divisor = counted: the mean in hundredths, exact; null when nothing counted. */
  mean: Average | null;
}

export function unitMeans(results: readonly Pick<CandidateResult, 'lines'>[], regulation: Regulation): UnitMean[] {
  return regulation.units.map((unit) => {
    const stat: UnitMean = { unit, counted: 0, abj: 0, dispensed: 0, left: 0, mean: null };
    let sum = 0;
    for (const result of results) {
      const mark = result.lines.find((l) => l.unit.code === unit.code)?.mark;
      if (mark?.kind === 'number') {
        stat.counted++;
        sum += mark.hundredths;
      } else if (mark?.kind === 'ABJ' && isCompulsory(unit)) {
        stat.counted++;
        stat.abj++;
      } else if (mark?.kind === 'DI') stat.dispensed++;
      else stat.left++;
    }
    stat.mean = stat.counted > 0 ? { points: sum, divisor: stat.counted } : null;
    return stat;
  });
}

export interface NearThreshold<T> {
  item: T;
  /** First-group moyenne (R5 decides on it). */
  average: Average;
  /** The threshold it is close to, in hundredths (the contrôle minimum or the admis threshold). */
  threshold: number;
  side: 'below' | 'above';
  /**
   * Distance to the threshold in hundredths of a point: below, rounded UP (what is missing: 9,996 is
   * 0,01 below 10); above, truncated (the margin).
   */
  gap: number;
}

/**
 * The candidates whose first-group moyenne is within `distance` hundredths of the contrôle minimum (8)
 * or the admis threshold (10), below or above (a moyenne equal to a threshold is above it, gap 0). Each
 * candidate appears once, with the nearest threshold (the higher one on a tie). Highest moyenne first.
 */
export function nearThresholds<T extends { result: Pick<CandidateResult, 'firstGroup'> }>(
  items: readonly T[],
  regulation: Regulation,
  distance: number,
): NearThreshold<T>[] {
  const thresholds = [toHundredths(regulation.thresholds.admis), toHundredths(regulation.thresholds.controleMin)];
  const near: NearThreshold<T>[] = [];
  for (const item of items) {
    const average = item.result.firstGroup;
    if (!average) continue;
    let best: NearThreshold<T> | null = null;
    let bestDiff = Infinity;
    for (const threshold of thresholds) {
      const diff = average.points - threshold * average.divisor; // sign: above (≥ 0) or below
      const abs = Math.abs(diff);
      if (abs > distance * average.divisor || abs >= bestDiff) continue;
      bestDiff = abs;
      const side = diff >= 0 ? 'above' : 'below';
      // Integer quotients: a correctly rounded division never crosses an integer, so floor / ceil are exact.
      const gap = side === 'above' ? Math.floor(abs / average.divisor) : Math.ceil(abs / average.divisor);
      best = { item, average, threshold, side, gap };
    }
    if (best) near.push(best);
  }
  return near.sort((a, b) => b.average.points * a.average.divisor - a.average.points * b.average.divisor);
}

/** Everything the jury view shows, over the results of a session. */
export interface JuryStatistics {
  total: number;
  /** Decisions after the épreuve de contrôle. */
  counts: DecisionCounts;
  /** Decisions of the 1er groupe. */
  firstGroupCounts: DecisionCounts;
  passRate: PassRate;
  /** Of the first-group moyennes (candidates with one). */
  histogram: HistogramBin[];
  unitMeans: UnitMean[];
}

export function juryStatistics(results: readonly CandidateResult[], regulation: Regulation, options: { binWidth?: number } = {}): JuryStatistics {
  const counts = countByDecision(results.map((r) => r.decision));
  const firstGroupCounts = countByDecision(results.map((r) => r.firstGroupDecision));
  const averages = results.flatMap((r) => (r.firstGroup ? [r.firstGroup] : []));
  return {
    total: results.length,
    counts,
    firstGroupCounts,
    passRate: passRate(counts),
    histogram: histogram(averages, options.binWidth ?? 100, regulation.maxMark),
    unitMeans: unitMeans(results, regulation),
  };
}
