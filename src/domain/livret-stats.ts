/**
 * The figures of the livret scolaire (annexe 3): yearly averages, class statistics per subject and period,
 * the cotation de la classe, and the year-2 profile drawn on the verso. Pure and exact (exact.ts): every
 * average is an `Average` fraction; nothing is rounded until it is displayed.
 *
 * Display: averages are truncated to the hundredth like the results engine (R3: 12,499 shows `12,49`,
 * never `12,5`), then written in their shortest exact form like a typed mark (`12,5`, `12`, `12,05`).
 */
import { type Average, averageHundredths, compareAverages, formatHundredthsFixed, formatHundredthsShort } from './exact.ts';
import {
  LIVRET_AVIS,
  type LivretAvis,
  type LivretPeriod,
  PERIOD_SHORT_LABELS,
  type LivretRecord,
  type LivretSubject,
  type LivretYear,
  YEAR_PERIODS,
} from './livret.ts';
import { type Parsed, parseMarkNumber } from './marks.ts';

/** A column of the livret's marks table: a semester, or the yearly average (`a1`, `a2`). */
export type LivretColumn = LivretPeriod | 'a1' | 'a2';

/** In the annexe's order: 1re année S1, S2, moyenne; 2e année S1, S2, moyenne. */
export const LIVRET_COLUMNS: readonly LivretColumn[] = Object.freeze(['a1s1', 'a1s2', 'a1', 'a2s1', 'a2s2', 'a2'] as const);

export const COLUMN_SHORT_LABELS: Readonly<Record<LivretColumn, string>> = Object.freeze({
  ...PERIOD_SHORT_LABELS,
  a1: 'Moy. 1A',
  a2: 'Moy. 2A',
});

export const COLUMN_LABELS: Readonly<Record<LivretColumn, string>> = Object.freeze({
  a1s1: '1re année, 1er semestre',
  a1s2: '1re année, 2e semestre',
  a1: '1re année, moyenne',
  a2s1: '2e année, 1er semestre',
  a2s2: '2e année, 2e semestre',
  a2: '2e année, moyenne',
});

export const isYearColumn = (column: LivretColumn): column is 'a1' | 'a2' => column === 'a1' || column === 'a2';

/** A mark in hundredths as an exact average (coefficient 1 = 100 hundredths). */
const markAverage = (hundredths: number): Average => ({ points: hundredths * 100, divisor: 100 });

type Marks = Partial<Record<LivretPeriod, number>>;

/**
 * The yearly average of a subject: the mean of the year's semesters that have a mark (one semester present:
 * that mark; none: null). Exact: (S1 + S2) / 2 is kept as a fraction.
 */
export function yearAverage(marks: Marks | undefined, year: LivretYear): Average | null {
  const present = YEAR_PERIODS[year].map((p) => marks?.[p]).filter((m): m is number => m !== undefined);
  if (present.length === 0) return null;
  return { points: present.reduce((sum, m) => sum + m, 0) * 100, divisor: present.length * 100 };
}

/** A cell of the marks table: the semester's mark or the yearly average, null when missing. */
export function columnValue(marks: Marks | undefined, column: LivretColumn): Average | null {
  if (column === 'a1') return yearAverage(marks, 1);
  if (column === 'a2') return yearAverage(marks, 2);
  const mark = marks?.[column];
  return mark === undefined ? null : markAverage(mark);
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/** The exact mean of averages (each a fraction), or null for none. */
export function meanOfAverages(values: readonly Average[]): Average | null {
  if (values.length === 0) return null;
  // Common denominator: the divisors are 100 or 200 here, so this stays small.
  const common = values.reduce((l, v) => (l / gcd(l, v.divisor)) * v.divisor, 1);
  const points = values.reduce((sum, v) => sum + v.points * (common / v.divisor), 0);
  const divisor = common * values.length;
  const g = gcd(points, divisor) || 1;
  return { points: points / g, divisor: divisor / g };
}

/** Statistics of one column of one subject over a class (candidates without that value left out). */
export interface ColumnStats {
  count: number;
  mean: Average | null;
  min: Average | null;
  max: Average | null;
}

export function columnStats(values: readonly (Average | null)[]): ColumnStats {
  const present = values.filter((v): v is Average => v !== null);
  let min: Average | null = null;
  let max: Average | null = null;
  for (const v of present) {
    if (min === null || compareAverages(v, min) < 0) min = v;
    if (max === null || compareAverages(v, max) > 0) max = v;
  }
  return { count: present.length, mean: meanOfAverages(present), min, max };
}

/** By subject id, then by column. */
export type ClassStatistics = Record<string, Record<LivretColumn, ColumnStats>>;

/** Class average, lowest, highest and count of every subject and column over the livrets of a class. */
export function classStatistics(records: readonly Pick<LivretRecord, 'subjects'>[], subjects: readonly Pick<LivretSubject, 'id'>[]): ClassStatistics {
  const stats: ClassStatistics = {};
  for (const subject of subjects) {
    const marks = records.map((r) => r.subjects[subject.id]?.marks);
    stats[subject.id] = Object.fromEntries(LIVRET_COLUMNS.map((column) => [column, columnStats(marks.map((m) => columnValue(m, column)))])) as Record<
      LivretColumn,
      ColumnStats
    >;
  }
  return stats;
}

/** Cotation de la classe: how many candidates of the class got each avis, and the percentages. */
export interface Cotation {
  /** Candidates with an avis (the others are left out). */
  total: number;
  counts: Record<LivretAvis, number>;
  /** Whole percentages adding up to exactly 100; null when no candidate has an avis. */
  percents: Record<LivretAvis, number> | null;
}

/**
 * Percentages by the largest-remainder method: each avis gets the integer part of its share, then the
 * points still missing to reach 100 go to the largest remainders (ties: in the annexe's order). So the
 * three figures always add up to 100, and each is its exact share rounded down or up.
 */
export function cotation(avis: Iterable<LivretAvis | null | undefined>): Cotation {
  const counts = Object.fromEntries(LIVRET_AVIS.map((a) => [a, 0])) as Record<LivretAvis, number>;
  let total = 0;
  for (const a of avis) {
    if (a === null || a === undefined || !(a in counts)) continue;
    counts[a]++;
    total++;
  }
  if (total === 0) return { total, counts, percents: null };
  const percents = Object.fromEntries(LIVRET_AVIS.map((a) => [a, Math.floor((counts[a] * 100) / total)])) as Record<LivretAvis, number>;
  let missing = 100 - LIVRET_AVIS.reduce((sum, a) => sum + percents[a], 0);
  const byRemainder = [...LIVRET_AVIS].sort((a, b) => ((counts[b] * 100) % total) - ((counts[a] * 100) % total));
  for (const a of byRemainder) {
    if (missing === 0) break;
    percents[a]++;
    missing--;
  }
  return { total, counts, percents };
}

/** The year-2 profile drawn on the verso: per subject, the candidate's yearly average and the class mean. */
export interface ProfilePoint {
  subject: LivretSubject;
  candidate: Average | null;
  class: Average | null;
}

/** Only year-2 results count (annexe 3: « Le graphique ne prendra en compte que les résultats de la 2ème année »). */
export function profile(subjects: readonly LivretSubject[], record: Pick<LivretRecord, 'subjects'> | null | undefined, stats: ClassStatistics): ProfilePoint[] {
  return subjects.map((subject) => ({
    subject,
    candidate: yearAverage(record?.subjects[subject.id]?.marks, 2),
    class: stats[subject.id]?.a2.mean ?? null,
  }));
}

/** An average as the livret shows it: truncated to the hundredth, shortest writing (`12,5`); '' when null. */
export function formatLivretAverage(avg: Average | null | undefined): string {
  return avg ? formatHundredthsShort(averageHundredths(avg)) : '';
}

/**
 * An average in a table of averages (the livret's verso and its chart): always two decimals, so that the figures of a
 * row line up (`11,40` beside `11,09`, not `11,4`); '' without one.
 */
export function formatLivretAverageFixed(avg: Average | null | undefined): string {
  return avg ? formatHundredthsFixed(averageHundredths(avg)) : '';
}

/** The hundredths an average is displayed (and plotted) with: truncated (R3). */
export function displayedHundredths(avg: Average): number {
  return averageHundredths(avg);
}

/** What the livret accepts in a mark cell: a number 0–20 (`12,5`, `12.5`) or nothing (missing semester). */
export function parseLivretMark(raw: string): Parsed<number | null> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  return parseMarkNumber(text, 20);
}
