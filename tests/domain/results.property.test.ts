import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAverages } from '../../src/domain/exact.ts';
import type { ControleMark, Mark } from '../../src/domain/marks.ts';
import { computeResult, type CandidateMarks, type Decision } from '../../src/domain/results.ts';
import { ccst } from './factories.ts';

const anyMark: fc.Arbitrary<Mark> = fc.oneof(
  fc.integer({ min: 0, max: 2000 }).map((hundredths): Mark => ({ kind: 'number', hundredths })),
  fc.constantFrom<Mark>({ kind: 'empty' }, { kind: 'AB' }, { kind: 'ABJ' }, { kind: 'NV' }, { kind: 'DI' }),
);
const anyControle: fc.Arbitrary<ControleMark> = fc.oneof(
  fc.integer({ min: 0, max: 2000 }).map((hundredths): ControleMark => ({ kind: 'number', hundredths })),
  fc.constantFrom<ControleMark>({ kind: 'empty' }, { kind: 'AB' }),
);

/** Marks a valid file can hold on a unit that leads to a moyenne: a number, ABJ, or DI where allowed. */
function countableMark(code: string): fc.Arbitrary<Mark> {
  const unit = ccst.units.find((u) => u.code === code)!;
  const options: fc.Arbitrary<Mark>[] = [
    fc.integer({ min: 0, max: 2000 }).map((hundredths): Mark => ({ kind: 'number', hundredths })),
    fc.constant<Mark>({ kind: 'ABJ' }),
  ];
  if (unit.dispensable) options.push(fc.constant<Mark>({ kind: 'DI' }));
  if (unit.domain === 'optional') options.push(fc.constant<Mark>({ kind: 'empty' }), fc.constant<Mark>({ kind: 'AB' }));
  return fc.oneof(...options);
}

const countableCandidate: fc.Arbitrary<Record<string, Mark>> = fc.record(Object.fromEntries(ccst.units.map((u) => [u.code, countableMark(u.code)])));

const RANK: Partial<Record<Decision, number>> = { AJOURNE: 0, CONTROLE: 1, ADMIS: 2 };

describe('engine properties', () => {
  it('R3–R6: never throws, whatever the marks and contrôle entries', () => {
    const allMarks = fc.record(Object.fromEntries(ccst.units.map((u) => [u.code, anyMark])));
    const controle = fc.dictionary(fc.constantFrom('E1', 'E2', 'E3', 'E4', 'X'), anyControle, { maxKeys: 4 });
    fc.assert(
      fc.property(allMarks, controle, (marks, ctrl) => {
        const r = computeResult({ marks, controle: ctrl }, ccst);
        expect(r.reason).not.toBe('');
      }),
      { numRuns: 3000 },
    );
  });

  it('R3: the moyenne (without bonus) lies between the lowest and highest counted mark', () => {
    fc.assert(
      fc.property(countableCandidate, (marks) => {
        const r = computeResult({ marks }, ccst);
        const counted = r.lines.filter((l) => l.role === 'counted');
        if (!r.firstGroup) return; // everything dispensed is impossible here: professional units are not dispensable
        const values = counted.map((l) => (l.mark.kind === 'number' ? l.mark.hundredths : 0));
        const withoutBonus = { points: r.firstGroup.points - r.bonus, divisor: r.firstGroup.divisor };
        expect(withoutBonus.points).toBeGreaterThanOrEqual(Math.min(...values) * withoutBonus.divisor);
        expect(withoutBonus.points).toBeLessThanOrEqual(Math.max(...values) * withoutBonus.divisor);
      }),
      { numRuns: 2000 },
    );
  });

  it('R3/R5: raising one mark never lowers the moyenne nor the decision', () => {
    const raise = fc.record({
      marks: countableCandidate,
      code: fc.constantFrom(...ccst.units.map((u) => u.code)),
      delta: fc.integer({ min: 1, max: 2000 }),
    });
    fc.assert(
      fc.property(raise, ({ marks, code, delta }) => {
        const before = marks[code]!;
        const from = before.kind === 'number' ? before.hundredths : before.kind === 'ABJ' ? 0 : null;
        if (from === null) return;
        const raised: CandidateMarks = {
          marks: { ...marks, [code]: { kind: 'number', hundredths: Math.min(2000, from + delta) } },
        };
        const a = computeResult({ marks }, ccst);
        const b = computeResult(raised, ccst);
        expect(compareAverages(b.firstGroup!, a.firstGroup!)).toBeGreaterThanOrEqual(0);
        if (a.professional && b.professional) {
          expect(compareAverages(b.professional, a.professional)).toBeGreaterThanOrEqual(0);
        }
        expect(RANK[b.decision]!).toBeGreaterThanOrEqual(RANK[a.decision]!);
      }),
      { numRuns: 2000 },
    );
  });

  it('R6: a contrôle never lowers the moyenne, and the final decision is ADMIS or AJOURNE', () => {
    const ctrl = fc.dictionary(fc.constantFrom('E1', 'E2', 'E3'), anyControle, { maxKeys: 2 });
    fc.assert(
      fc.property(countableCandidate, ctrl, (marks, controle) => {
        const r = computeResult({ marks, controle }, ccst);
        if (r.firstGroupDecision !== 'CONTROLE' || r.controle.length === 0) return;
        expect(r.errors).toEqual([]);
        expect(compareAverages(r.final!, r.firstGroup!)).toBeGreaterThanOrEqual(0);
        expect(['ADMIS', 'AJOURNE']).toContain(r.decision);
      }),
      { numRuns: 3000 },
    );
  });
});
