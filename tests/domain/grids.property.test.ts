import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ccst2024Grids,
  evaluationGaps,
  evaluationMark,
  levelProfile,
  summarizeDegrees,
  summarizeLevels,
  validateEvaluation,
  type GridDefinition,
  type GridEvaluation,
} from '../../src/domain/grids/index.ts';

const gridArb = fc.constantFrom(...ccst2024Grids);

/** Plausible values mixed with anything at all (an evaluation may come from an old file). */
const weird = fc.oneof(
  fc.anything(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e300, 0.1, -1, Number.MAX_SAFE_INTEGER + 2),
  fc.constant(Object.create(null) as unknown),
  fc.bigInt(),
);

function evaluationArb(grid: GridDefinition): fc.Arbitrary<GridEvaluation> {
  const criterionIds = grid.parts.flatMap((p) => p.criteria.map((c) => c.id));
  const key = fc.oneof(fc.constantFrom(...criterionIds, 'c0', '__proto__', 'toString'), fc.string());
  const rating = fc.oneof(fc.constantFrom('TI', 'I', 'S', 'TS', 'NM', 'ti', '', null), weird);
  const partKey = fc.oneof(fc.constantFrom(...grid.parts.map((p) => p.id), 'D', 'constructor'), fc.string());
  const partEntry = fc.oneof(
    fc.record(
      {
        degree: fc.oneof(fc.integer({ min: -1, max: 6 }), fc.constant(null), weird),
        hundredths: fc.oneof(fc.integer({ min: -200, max: 2200 }), fc.double(), fc.constant(null), weird),
        bonus: fc.oneof(fc.boolean(), weird),
      },
      { requiredKeys: [] },
    ),
    weird,
  );
  const member = fc.oneof(
    fc.record({ name: fc.oneof(fc.string(), weird), quality: fc.oneof(fc.string(), weird), signed: fc.oneof(fc.boolean(), weird) }, { requiredKeys: [] }),
    weird,
  );
  const evaluation = fc.record(
    {
      gridId: fc.oneof(fc.constant(grid.id), fc.constantFrom(...ccst2024Grids.map((g) => g.id)), weird),
      levels: fc.oneof(fc.dictionary(key, rating), weird),
      parts: fc.oneof(fc.dictionary(partKey, partEntry), weird),
      markHundredths: fc.oneof(fc.integer({ min: -100, max: 2500 }), fc.double(), fc.constant(null), weird),
      observations: fc.oneof(
        fc.dictionary(fc.oneof(fc.constantFrom(...grid.fields.observations.map((f) => f.id)), fc.string()), fc.oneof(fc.string(), weird)),
        weird,
      ),
      date: fc.oneof(fc.constant(null), fc.constantFrom('2024-05-14', '2024-02-29', '2023-02-29', '14/05/2024'), fc.string(), weird),
      members: fc.oneof(fc.array(member, { maxLength: 5 }), weird),
    },
    { requiredKeys: [] },
  );
  return fc.oneof({ weight: 9, arbitrary: evaluation }, { weight: 1, arbitrary: weird }) as unknown as fc.Arbitrary<GridEvaluation>;
}

const pair = gridArb.chain((grid) => fc.tuple(fc.constant(grid), evaluationArb(grid)));

describe('grid evaluations never throw', () => {
  it('validateEvaluation returns French strings for any evaluation', () => {
    fc.assert(
      fc.property(pair, ([grid, ev]) => {
        const errors = validateEvaluation(grid, ev);
        expect(Array.isArray(errors)).toBe(true);
        for (const e of errors) expect(typeof e).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('evaluationMark is null or a whole number of hundredths within 0–20, and gaps / summaries never throw', () => {
    fc.assert(
      fc.property(
        pair,
        fc.array(
          fc.tuple(gridArb, fc.anything()).map(([_grid, x]) => x as GridEvaluation),
          { maxLength: 3 },
        ),
        ([grid, ev], others) => {
          const mark = evaluationMark(grid, ev);
          if (mark !== null) {
            expect(mark.kind).toBe('number');
            expect(Number.isSafeInteger(mark.hundredths)).toBe(true);
            expect(mark.hundredths).toBeGreaterThanOrEqual(0);
            expect(mark.hundredths).toBeLessThanOrEqual(grid.mark.max * 100);
          }
          evaluationGaps(grid, ev);
          levelProfile(grid, ev);
          summarizeLevels(grid, [ev, ...others]);
          summarizeDegrees(grid, [ev, ...others]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('a valid E22 evaluation always has its mark', () => {
  const e22 = ccst2024Grids.find((g) => g.id === 'ccst-2024-e22')!;
  const partArb = (partId: string) => {
    const part = e22.parts.find((p) => p.id === partId)!;
    const degrees = part.scoring.kind === 'degrees' ? part.scoring.degrees : [];
    return fc
      .tuple(fc.constantFrom(...degrees), fc.boolean())
      .chain(([d, bonus]) => fc.constantFrom(...d.points).map((p) => ({ degree: d.degree, hundredths: p * 100, bonus, max: part.max! })));
  };

  it('mark = Σ min(max, points + bonus), never above 20, and no error', () => {
    fc.assert(
      fc.property(partArb('A'), partArb('B'), partArb('C'), (a, b, c) => {
        const strip = ({ degree, hundredths, bonus }: typeof a) => ({ degree, hundredths, bonus });
        const ev: GridEvaluation = {
          gridId: e22.id,
          levels: {},
          parts: { A: strip(a), B: strip(b), C: strip(c) },
          markHundredths: null,
          observations: {},
          date: null,
          members: [],
        };
        expect(validateEvaluation(e22, ev)).toEqual([]);
        const expected = [a, b, c].reduce((sum, p) => sum + Math.min(p.max * 100, p.hundredths + (p.bonus ? 100 : 0)), 0);
        expect(evaluationMark(e22, ev)).toEqual({ kind: 'number', hundredths: expected });
        expect(expected).toBeLessThanOrEqual(2000);
        expect(expected % 100).toBe(0);
      }),
    );
  });
});
