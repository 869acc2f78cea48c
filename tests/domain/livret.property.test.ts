import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAverages } from '../../src/domain/exact.ts';
import { LIVRET_AVIS, LIVRET_PERIODS, livretTemplateFor, type LivretRecord } from '../../src/domain/livret.ts';
import { profileChart } from '../../src/domain/livret-chart.ts';
import { classStatistics, cotation, LIVRET_COLUMNS, profile } from '../../src/domain/livret-stats.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';

const template = livretTemplateFor(btsCcst2024)!;
const subjectIds = template.subjects.map((s) => s.id);

const marksArb = fc.record(
  Object.fromEntries(LIVRET_PERIODS.map((p) => [p, fc.integer({ min: 0, max: 2000 })])) as Record<(typeof LIVRET_PERIODS)[number], fc.Arbitrary<number>>,
  { requiredKeys: [] },
);
const livretArb: fc.Arbitrary<Pick<LivretRecord, 'subjects' | 'avis'>> = fc.record({
  subjects: fc.dictionary(fc.constantFrom(...subjectIds), fc.record({ marks: marksArb, appreciation: fc.constant('') })),
  avis: fc.option(fc.constantFrom(...LIVRET_AVIS), { nil: null }),
});

describe('livret statistics, whatever the class', () => {
  it('never throws, counts what is there, and keeps the mean between the lowest and the highest', () => {
    fc.assert(
      fc.property(fc.array(livretArb, { maxLength: 40 }), (records) => {
        const stats = classStatistics(records, template.subjects);
        for (const id of subjectIds) {
          for (const column of LIVRET_COLUMNS) {
            const s = stats[id]![column];
            const expected = records.filter((r) => {
              const m = r.subjects[id]?.marks;
              if (column === 'a1') return m?.a1s1 !== undefined || m?.a1s2 !== undefined;
              if (column === 'a2') return m?.a2s1 !== undefined || m?.a2s2 !== undefined;
              return m?.[column] !== undefined;
            }).length;
            expect(s.count).toBe(expected);
            if (s.count === 0) {
              expect(s.mean).toBeNull();
              continue;
            }
            expect(compareAverages(s.min!, s.mean!)).toBeLessThanOrEqual(0);
            expect(compareAverages(s.mean!, s.max!)).toBeLessThanOrEqual(0);
            expect(s.min!.points).toBeGreaterThanOrEqual(0);
            expect(compareAverages(s.max!, { points: 200000, divisor: 100 })).toBeLessThanOrEqual(0);
          }
        }
      }),
    );
  });

  it('gives cotation percentages that add up to exactly 100, each within 1 of its exact share', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom(...LIVRET_AVIS), { nil: null }), { maxLength: 200 }), (avis) => {
        const c = cotation(avis);
        const total = avis.filter((a) => a !== null).length;
        expect(c.total).toBe(total);
        if (total === 0) {
          expect(c.percents).toBeNull();
          return;
        }
        const percents = c.percents!;
        expect(LIVRET_AVIS.reduce((sum, a) => sum + percents[a], 0)).toBe(100);
        for (const a of LIVRET_AVIS) {
          expect(Math.abs(percents[a] * total - c.counts[a] * 100)).toBeLessThan(total);
          if (c.counts[a] === 0) expect(percents[a]).toBe(0);
        }
      }),
    );
  });

  it('draws every plotted point inside the chart', () => {
    fc.assert(
      fc.property(livretArb, fc.array(livretArb, { maxLength: 10 }), (mine, others) => {
        const stats = classStatistics([mine, ...others], template.subjects);
        const box = { x: 5, y: 7, width: 180, height: 114 };
        const g = profileChart(profile(template.subjects, mine, stats), box);
        for (const p of [...g.class.points, ...g.candidate.points]) {
          expect(p.x).toBeGreaterThanOrEqual(box.x);
          expect(p.x).toBeLessThanOrEqual(box.x + box.width);
          expect(p.y).toBeGreaterThanOrEqual(box.y);
          expect(p.y).toBeLessThanOrEqual(box.y + box.height);
        }
      }),
    );
  });
});
