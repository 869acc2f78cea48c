/** Small helpers shared by the bench scripts: statistics, formatting, the table of figures. */
import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0…100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  if (p === 50 && sorted.length % 2 === 0) return (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** Median of `runs` timed calls after one warm-up call. */
export function time(fn: () => void, runs: number): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function timeAsync(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** `x`: a ratio of two times; `score`: a score from 0 to 1 (Lighthouse). */
export type Unit = 'ms' | 'MB' | 'kB' | 'x' | 'score';

export interface Figure {
  /** Pairs the 5,000 and 50,000 figures of one measure. */
  key: string;
  /** What was measured, in French, without the size. */
  label: string;
  /** Candidates in the session (null: the measure does not depend on it). */
  size: number | null;
  value: number;
  unit: Unit;
  /** The figure must stay at or under this (same unit), or at or above it with `atLeast`; null when there is no target. */
  target: number | null;
  atLeast?: boolean;
  /** How it was obtained: `médiane`, `p95 de 30 saisies`… */
  how: string;
}

export function format(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'ms') return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
  if (unit === 'kB') return `${value.toFixed(1)} kB`;
  if (unit === 'x') return `×${value.toFixed(2)}`;
  if (unit === 'score') return value.toFixed(2);
  return `${Math.round(value)} MB`;
}

export const meets = (f: Figure) => f.target === null || (f.atLeast ? f.value >= f.target : f.value <= f.target);

/** `≤ 300.0 kB`, `≥ 0.95`: the target as the tables show it. */
export const targetText = (f: Figure) => (f.target === null ? '—' : `${f.atLeast ? '≥' : '≤'} ${format(f.target, f.unit)}`);

export const thousands = (n: number) => n.toLocaleString('en-US');

/** French label with a normal space (the table is read in a terminal and in Markdown). */
export const fr = (n: number) => n.toLocaleString('fr-FR').replace(/[\u202f\u00a0]/g, ' ');
