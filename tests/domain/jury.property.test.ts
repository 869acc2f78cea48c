import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageAtLeast } from '../../src/domain/exact.ts';
import { pointsNeeded, suggestControleUnits, whatIf, type JuryTarget } from '../../src/domain/jury.ts';
import type { ControleMark, Mark } from '../../src/domain/marks.ts';
import { computeResult, type CandidateMarks } from '../../src/domain/results.ts';
import { ccst } from './factories.ts';

const number = (hundredths: number): Mark => ({ kind: 'number', hundredths });
const anyMark: fc.Arbitrary<Mark> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 2000 }).map(number) },
  { weight: 1, arbitrary: fc.constantFrom<Mark>({ kind: 'empty' }, { kind: 'AB' }, { kind: 'ABJ' }, { kind: 'NV' }, { kind: 'DI' }) },
);
const anyControle: fc.Arbitrary<ControleMark> = fc.oneof(
  fc.integer({ min: 0, max: 2000 }).map((hundredths): ControleMark => ({ kind: 'number', hundredths })),
  fc.constantFrom<ControleMark>({ kind: 'empty' }, { kind: 'AB' }),
);
/** Numbers (or ABJ, or DI where allowed) on every compulsory unit: a moyenne always exists. */
const countable = (code: string): fc.Arbitrary<Mark> => {
  const unit = ccst.units.find((u) => u.code === code)!;
  const options = [fc.integer({ min: 0, max: 2000 }).map(number), fc.constant<Mark>({ kind: 'ABJ' })];
  if (unit.dispensable) options.push(fc.constant<Mark>({ kind: 'DI' }));
  if (unit.domain === 'optional') options.push(fc.constant<Mark>({ kind: 'empty' }));
  return fc.oneof(...options);
};
const anyCandidate = fc.record(Object.fromEntries(ccst.units.map((u) => [u.code, anyMark])));
const countableCandidate = fc.record(Object.fromEntries(ccst.units.map((u) => [u.code, countable(u.code)])));
/** Mostly CONTROLE candidates: general marks around 8–10, professional ones around 10–14 (DI and ABJ now and then). */
const nearControle = fc.record(
  Object.fromEntries(
    ccst.units.map((u) => {
      const range = u.domain === 'professional' ? { min: 1000, max: 1600 } : { min: 400, max: 1400 };
      return [u.code, fc.oneof({ weight: 8, arbitrary: fc.integer(range).map(number) }, { weight: 1, arbitrary: countable(u.code) })];
    }),
  ),
);
const unitCode = fc.constantFrom(...ccst.units.map((u) => u.code));
const target = fc.constantFrom<JuryTarget>('admis', 'controle');
const thresholdOf = (t: JuryTarget) => (t === 'admis' ? 1000 : 800);

/** The first-group moyenne with `unit` set to `hundredths` reaches the target (computeResult decides). */
function reaches(marks: Record<string, Mark>, unit: string, hundredths: number, t: JuryTarget): boolean {
  const fg = computeResult({ marks: { ...marks, [unit]: number(hundredths) } }, ccst).firstGroup;
  return fg !== null && averageAtLeast(fg, thresholdOf(t));
}

describe('pointsNeeded properties', () => {
  it('never throws, on any marks, units and contrôle entries', () => {
    const key = fc.oneof(unitCode, fc.constantFrom('controle_E1', 'controle_E2', 'controle_E3', 'controle_E4', 'X', ''), fc.constant(undefined));
    const controle = fc.dictionary(fc.constantFrom('E1', 'E2', 'E3', 'E4'), anyControle, { maxKeys: 3 });
    fc.assert(
      fc.property(anyCandidate, controle, target, key, (marks, ctrl, t, unit) => {
        const c: CandidateMarks = { marks, controle: ctrl };
        pointsNeeded(c, ccst, t, unit);
        suggestControleUnits(c, ccst);
        whatIf(c, ccst, { E1: number(1000), controle_E2: { kind: 'AB' } });
      }),
      { numRuns: 400 },
    );
  });

  it('the mark found, put in, reaches the target, and one hundredth less does not (unless 0)', () => {
    fc.assert(
      fc.property(countableCandidate, unitCode, target, (marks, unit, t) => {
        const n = pointsNeeded({ marks }, ccst, t, unit);
        if (n.kind === 'mark') {
          expect(reaches(marks, unit, n.mark, t)).toBe(true);
          if (n.mark > 0) expect(reaches(marks, unit, n.mark - 1, t)).toBe(false);
          expect(n.mark).toBeLessThanOrEqual(2000);
          if (n.professional && !n.professional.met && typeof n.professional.markNeeded === 'number') {
            // the pro mark found meets R5.5 exactly
            const pro = (x: number) => computeResult({ marks: { ...marks, [unit]: number(x) } }, ccst).professional!;
            expect(averageAtLeast(pro(n.professional.markNeeded), 1000)).toBe(true);
            if (n.professional.markNeeded > 0) expect(averageAtLeast(pro(n.professional.markNeeded - 1), 1000)).toBe(false);
          }
        } else if (n.kind === 'impossible') {
          expect(reaches(marks, unit, 2000, t)).toBe(false);
        } else if (n.kind === 'reached') {
          const fg = computeResult({ marks }, ccst).firstGroup;
          expect(fg && averageAtLeast(fg, thresholdOf(t))).toBe(true);
        } else {
          // on countable marks only a dispensed unit (or a unit with nothing else counted) blocks
          expect(n.kind).toBe('blocked');
          expect(marks[unit]?.kind).toBe('DI');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('the extra total points needed are exact, rounded up to the hundredth of a point', () => {
    fc.assert(
      fc.property(countableCandidate, target, (marks, t) => {
        const n = pointsNeeded({ marks }, ccst, t);
        const fg = computeResult({ marks }, ccst).firstGroup;
        const needed = fg ? thresholdOf(t) * fg.divisor : 0;
        if (!fg) {
          expect(n.kind).toBe('blocked');
        } else if (n.kind === 'reached') {
          expect(fg.points).toBeGreaterThanOrEqual(needed);
        } else {
          expect(n.kind).toBe('points');
          const points = n.kind === 'points' ? n.points : NaN;
          expect(fg.points + points * 100).toBeGreaterThanOrEqual(needed);
          expect(fg.points + (points - 1) * 100).toBeLessThan(needed);
        }
      }),
    );
  });

  it('monotonic: a better mark elsewhere never raises the mark needed; the contrôle band never needs more than 10', () => {
    fc.assert(
      fc.property(countableCandidate, unitCode, unitCode, fc.integer({ min: 0, max: 2000 }), (marks, unit, other, raise) => {
        const needed = (m: Record<string, Mark>, t: JuryTarget) => {
          const n = pointsNeeded({ marks: m }, ccst, t, unit);
          return n.kind === 'mark' ? n.mark : n.kind === 'reached' ? -1 : n.kind === 'impossible' ? 9999 : null;
        };
        const before = needed(marks, 'admis');
        const band = needed(marks, 'controle');
        if (before !== null && band !== null && band >= 0 && before >= 0) expect(band).toBeLessThanOrEqual(before);
        const current = marks[other];
        if (other === unit || current?.kind !== 'number' || current.hundredths >= raise) return;
        const after = needed({ ...marks, [other]: number(raise) }, 'admis');
        if (before !== null && after !== null) expect(after).toBeLessThanOrEqual(before);
      }),
      { numRuns: 800 },
    );
  });

  it('R6: the contrôle mark found, put in, makes the candidate ADMIS, and one hundredth less does not', () => {
    const controleKey = fc.constantFrom('E1', 'E2', 'E3');
    fc.assert(
      fc.property(fc.oneof(countableCandidate, nearControle), controleKey, fc.option(fc.tuple(controleKey, anyControle)), (marks, code, other) => {
        const controle: Record<string, ControleMark> = other && other[0] !== code ? { [other[0]]: other[1] } : {};
        const c: CandidateMarks = { marks, controle };
        const n = pointsNeeded(c, ccst, 'admis', `controle_${code}`);
        const decisionWith = (y: number) => computeResult({ marks, controle: { ...controle, [code]: { kind: 'number', hundredths: y } } }, ccst).decision;
        if (n.kind === 'mark') {
          expect(decisionWith(n.mark)).toBe('ADMIS');
          expect(decisionWith(n.mark - 1)).toBe('AJOURNE');
        } else if (n.kind === 'impossible') {
          expect(decisionWith(2000)).toBe('AJOURNE');
        } else if (n.kind === 'blocked' && computeResult({ marks }, ccst).decision === 'CONTROLE') {
          // blocked for a CONTROLE candidate: only when this unit's (or the other entry's) units are all dispensed
          const dispensed = (c: string) => ccst.controle.units.find((u) => u.code === c)!.covers.every((u) => marks[u]?.kind === 'DI');
          expect(dispensed(code) || (other !== null && other[1].kind !== 'empty' && dispensed(other[0]))).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
