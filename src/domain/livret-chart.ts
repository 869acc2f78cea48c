/**
 * Geometry of the livret's profile chart (annexe 3, verso): one column per subject (1 to 9), a 1–20 scale,
 * the class profile (black) and the candidate's (red) as broken lines. Pure numbers in the caller's unit
 * (SVG user units on screen, millimetres in the PDF), so the screen and the printed document draw the same
 * chart from the same data.
 *
 * A value is plotted as displayed (truncated to the hundredth, R3). A missing value leaves a gap in its
 * line; a value under 1 sits on the bottom line of the scale (the table beside the chart gives it exactly).
 */
import type { LivretSubject } from './livret.ts';
import { displayedHundredths, type ProfilePoint } from './livret-stats.ts';

export const CHART_MIN = 1;
export const CHART_MAX = 20;

/** The plot area: the grid of subjects × marks, without the labels around it. */
export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartColumn {
  /** 1 to 9, as numbered on the annexe. */
  number: number;
  subject: LivretSubject;
  left: number;
  right: number;
  /** Where the column's values are plotted. */
  center: number;
}

export interface ChartPoint {
  subjectId: string;
  x: number;
  y: number;
  /** The plotted value, in hundredths (truncated). */
  hundredths: number;
}

export interface ChartSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ChartSeries {
  points: ChartPoint[];
  /** Lines between consecutive subjects that both have a value. */
  segments: ChartSegment[];
}

export interface ChartGeometry {
  box: ChartBox;
  columns: ChartColumn[];
  /** A horizontal line per whole mark, 1 (bottom) to 20 (top). */
  rows: { value: number; y: number }[];
  class: ChartSeries;
  candidate: ChartSeries;
}

/** The y of a mark in hundredths, clamped to the 1–20 scale. */
export function chartY(box: ChartBox, hundredths: number): number {
  const value = Math.min(Math.max(hundredths / 100, CHART_MIN), CHART_MAX);
  return box.y + ((CHART_MAX - value) / (CHART_MAX - CHART_MIN)) * box.height;
}

export function profileChart(points: readonly ProfilePoint[], box: ChartBox): ChartGeometry {
  const width = points.length > 0 ? box.width / points.length : box.width;
  const columns = points.map((p, i) => ({
    number: i + 1,
    subject: p.subject,
    left: box.x + i * width,
    right: box.x + (i + 1) * width,
    center: box.x + (i + 0.5) * width,
  }));
  const rows = Array.from({ length: CHART_MAX - CHART_MIN + 1 }, (_, i) => {
    const value = CHART_MAX - i;
    return { value, y: chartY(box, value * 100) };
  });
  const series = (pick: (p: ProfilePoint) => ProfilePoint['class']): ChartSeries => {
    const plotted = points.map((p, i) => {
      const avg = pick(p);
      if (!avg) return null;
      const hundredths = displayedHundredths(avg);
      return { subjectId: p.subject.id, x: columns[i]!.center, y: chartY(box, hundredths), hundredths };
    });
    const segments: ChartSegment[] = [];
    for (let i = 1; i < plotted.length; i++) {
      const a = plotted[i - 1];
      const b = plotted[i];
      if (a && b) segments.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
    }
    return { points: plotted.filter((p): p is ChartPoint => p !== null), segments };
  };
  return { box, columns, rows, class: series((p) => p.class), candidate: series((p) => p.candidate) };
}
