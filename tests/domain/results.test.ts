import { describe, expect, it } from 'vitest';
import { averageHundredths, formatHundredthsFixed } from '../../src/domain/exact.ts';
import { computeResult, formatAverage, type CandidateResult } from '../../src/domain/results.ts';
import { candidate, ccst } from './factories.ts';

const result = (marks: Record<string, string> = {}, controle: Record<string, string> = {}, base?: string) =>
  computeResult(candidate(marks, controle, base === undefined ? {} : { base }), ccst);

const moyenne = (r: CandidateResult) => (r.firstGroup ? formatAverage(r.firstGroup) : null);
const finale = (r: CandidateResult) => (r.final ? formatAverage(r.final) : null);
const pro = (r: CandidateResult) => (r.professional ? formatAverage(r.professional) : null);
const total = (r: CandidateResult) => (r.final ? formatHundredthsFixed(Math.floor(r.final.points / 100)) : null);

describe('R3 averages', () => {
  it('R3: all marks at 10 give 10,00 over a divisor of 25 and 250 points', () => {
    const r = result();
    expect(moyenne(r)).toBe('10,00');
    expect(total(r)).toBe('250,00');
    expect(r.firstGroup?.divisor).toBe(2500);
  });

  it('R3: moyenne = Σ coef × mark / Σ coef, to the hundredth', () => {
    const r = result({ E1: '13,07' });
    expect(total(r)).toBe('259,21');
    expect(moyenne(r)).toBe('10,36'); // 259,21 / 25 = 10,3684
  });

  it('R3: 1,5 coefficients with two-decimal marks are exact (no 14,999999…)', () => {
    // 1,5 × 10,01 + 1,5 × 9,99 is exactly 30: in binary floating point it is not.
    const r = result({ E21: '10,01', E22: '9,99' });
    expect(moyenne(r)).toBe('10,00');
    expect(r.decision).toBe('ADMIS');
  });

  it('R3: display truncates — 9,9952 shows 9,99, never 10,00, and is not ADMIS', () => {
    const r = result({ E1: '9,97', E3: '9,99' }); // 249,88 / 25
    expect(moyenne(r)).toBe('9,99');
    expect(r.decision).toBe('CONTROLE');
  });

  it('R3: DI leaves the unit out of the total and the divisor', () => {
    const r = result({ E1: 'DI', E3: '6,5' }); // (220 − 10,5) / 22
    expect(r.firstGroup?.divisor).toBe(2200);
    expect(total(r)).toBe('209,50');
    expect(moyenne(r)).toBe('9,52');
    expect(r.lines.find((l) => l.unit.code === 'E1')?.role).toBe('dispensed');
    // The same marks with E1 at 0 would be counted over 25: DI really changes the divisor.
    expect(moyenne(result({ E1: '0', E3: '6,5' }))).toBe('8,38');
  });

  it('R3: ABJ counts as 0 at its coefficient', () => {
    const r = result({ E1: 'ABJ' }, {}, '12'); // 22 × 12 / 25
    expect(r.firstGroup?.divisor).toBe(2500);
    expect(moyenne(r)).toBe('10,56');
    expect(r.decision).toBe('ADMIS');
  });

  it('R3: moyenne professionnelle over E4, E5, U61, U62 only', () => {
    const r = result({ E4: '12', E5: '8', U61: '10', U62: '11', E1: '20' }); // 167 / 16
    expect(pro(r)).toBe('10,43');
    expect(r.professional?.divisor).toBe(1600);
  });

  it('R3: ABJ in the professional domain counts 0 in the moyenne professionnelle', () => {
    expect(pro(result({ U62: 'ABJ' }))).toBe('8,12'); // 130 / 16 = 8,125
  });

  it('R3: no moyenne générale while a compulsory unit is empty, AB or NV', () => {
    expect(result({ E1: '' }).firstGroup).toBeNull();
    expect(result({ E1: 'AB' }).firstGroup).toBeNull();
    expect(result({ E4: 'NV' }).firstGroup).toBeNull();
  });

  it('R3: moyenne professionnelle is given for an ELIMINE candidate whose professional marks are complete', () => {
    const r = result({ E1: 'AB' });
    expect(pro(r)).toBe('10,00');
    expect(result({ U61: 'NV' }).professional).toBeNull();
  });

  it('R3: the breakdown lists every unit with its coefficient and points', () => {
    const r = result({ E4: '12,5', EF1: '14' });
    const e4 = r.lines.find((l) => l.unit.code === 'E4');
    expect(e4).toMatchObject({ role: 'counted', coefficient: 600, points: 600 * 1250 });
    expect(r.lines.find((l) => l.unit.code === 'EF1')).toMatchObject({ role: 'bonus', points: 400 * 100 });
    expect(r.explanation.join(' ')).toContain('Total 269,00 points, dont 4,00 de bonus facultatif ÷ 25');
  });
});

describe('R4 optional units', () => {
  it('R4: a bonus lifts a candidate from 9,80 (AJOURNE) to exactly 10,00 (ADMIS)', () => {
    const without = result({ E5: '8,75' }); // 245 / 25, pro 155 / 16 = 9,68
    expect(moyenne(without)).toBe('9,80');
    expect(without.decision).toBe('AJOURNE');
    const withBonus = result({ E5: '8,75', EF1: '15' });
    expect(moyenne(withBonus)).toBe('10,00');
    expect(withBonus.firstGroup?.divisor).toBe(2500);
    expect(withBonus.decision).toBe('ADMIS');
  });

  it('R4: only the points above 10 count; a mark under 10 adds nothing', () => {
    expect(result({ EF2: '8' }).bonus).toBe(0);
    expect(result({ EF2: '10,25' }).bonus).toBe(25 * 100);
    expect(result({ EF1: '12', EF2: '11', EF3: '13,5' }).bonus).toBe((200 + 100 + 350) * 100);
  });

  it('R4: AB and ABJ on an optional unit are ignored (not ELIMINE)', () => {
    const r = result({ EF3: 'AB', EF1: 'ABJ' });
    expect(r.decision).toBe('ADMIS');
    expect(r.bonus).toBe(0);
    expect(r.lines.find((l) => l.unit.code === 'EF3')?.role).toBe('ignored');
  });

  it('R4: the bonus is not part of the moyenne professionnelle', () => {
    expect(pro(result({ EF1: '20' }))).toBe('10,00');
  });
});

describe('R5 decision, first group', () => {
  it('R5.1: AB on a compulsory unit → ELIMINE, even with NV and empty units elsewhere', () => {
    const r = result({ E1: 'AB', E4: 'NV', E3: '' });
    expect(r.decision).toBe('ELIMINE');
    expect(r.blockingUnits).toEqual(['E1']);
    expect(r.reason).toBe('AB en E1');
  });

  it('R5.2: NV → NV, before an empty unit', () => {
    const r = result({ U61: 'NV', E3: '' });
    expect(r.decision).toBe('NV');
    expect(r.blockingUnits).toEqual(['U61']);
  });

  it('R5.3: an empty compulsory unit → INCOMPLET, naming the missing units', () => {
    const r = result({ E3: '', U62: '' });
    expect(r.decision).toBe('INCOMPLET');
    expect(r.blockingUnits).toEqual(['E3', 'U62']);
    expect(r.reason).toBe('manque E3, U62');
  });

  it('R5.3: an empty optional unit is simply not taken', () => {
    expect(result({ EF1: '' }).decision).toBe('ADMIS');
  });

  it('R5.4: exactly 10,00 reached with two-decimal marks → ADMIS', () => {
    const r = result({ E1: '9,99', E3: '10,01' });
    expect(moyenne(r)).toBe('10,00');
    expect(r.decision).toBe('ADMIS');
  });

  it('R5.4: 9,9994 — the closest to 10 two-decimal marks can get — is not ADMIS (exact comparison, no tolerance)', () => {
    const r = result({ E21: '9,99' }); // 249,985 / 25
    expect(r.firstGroup).toEqual({ points: 2_499_850, divisor: 2500 });
    expect(moyenne(r)).toBe('9,99');
    expect(r.decision).toBe('CONTROLE');
  });

  it('R5.5: exactly 8,00 with pro ≥ 10 → CONTROLE; 7,99… → AJOURNE', () => {
    const pros = { E4: '11', E5: '11', U61: '11', U62: '11', E21: '0', E22: '0' };
    const at8 = result({ ...pros, E1: '3,99', E3: '4,01' });
    expect(moyenne(at8)).toBe('8,00');
    expect(at8.decision).toBe('CONTROLE');
    const below = result({ ...pros, E1: '3,99', E3: '4' });
    expect(moyenne(below)).toBe('7,99');
    expect(below.decision).toBe('AJOURNE');
    expect(below.reason).toBe('moyenne < 8');
  });

  it('R5.5: pro exactly 10,00 → CONTROLE; pro 9,9975 (shown 9,99) → AJOURNE', () => {
    const gen = { E1: '9', E21: '9', E22: '9', E3: '9' };
    const at10 = result({ ...gen, E4: '9,98', E5: '10,03' });
    expect(pro(at10)).toBe('10,00');
    expect(at10.decision).toBe('CONTROLE');
    const below = result({ ...gen, E4: '9,98', E5: '10,02' });
    expect(pro(below)).toBe('9,99');
    expect(below.decision).toBe('AJOURNE');
    expect(below.reason).toBe('pro < 10');
  });

  it('R5.6: under 8 → AJOURNE', () => {
    expect(result({}, {}, '7').decision).toBe('AJOURNE');
  });

  it('R5: the explanation says what decided', () => {
    expect(result().explanation.at(-1)).toBe('Moyenne générale 10,00 ≥ 10 : admis.');
    expect(result({ E4: 'NV' }).explanation[0]).toContain('non valide (NV) en E4');
  });
});

describe('R6 épreuve de contrôle', () => {
  // 232 / 25 = 9,28, pro 10: CONTROLE
  const controleCase = { E1: '6', E3: '8' };

  it('R6: without contrôle marks the decision stays CONTROLE', () => {
    const r = result(controleCase);
    expect(r.decision).toBe('CONTROLE');
    expect(finale(r)).toBe('9,28');
  });

  it('R6: a higher contrôle mark replaces the first-group mark at its coefficient → ADMIS', () => {
    const r = result(controleCase, { E1: '12' }); // + 3 × 6
    expect(finale(r)).toBe('10,00');
    expect(moyenne(r)).toBe('9,28');
    expect(r.firstGroupDecision).toBe('CONTROLE');
    expect(r.decision).toBe('ADMIS');
    expect(r.controle[0]).toMatchObject({ replaced: true });
    expect(r.explanation.join(' ')).toContain('Contrôle E1 : 12 remplace 6,00 (coefficient 3).');
  });

  it('R6: a lower contrôle mark does not replace (best of the two) → AJOURNE', () => {
    const r = result(controleCase, { E1: '5' });
    expect(finale(r)).toBe('9,28');
    expect(r.decision).toBe('AJOURNE');
    expect(r.controle[0]?.replaced).toBe(false);
  });

  it('R6: E2 is compared with the weighted mean of E21 and E22 and stands for both at coefficient 3', () => {
    const marks = { E1: '9', E3: '9', E21: '6', E22: '8' }; // 235 / 25 = 9,40; E2 = 7
    expect(result(marks).decision).toBe('CONTROLE');
    const r = result(marks, { E2: '12' }); // + 3 × (12 − 7)
    expect(r.controle[0] && averageHundredths(r.controle[0].firstGroup)).toBe(700);
    expect(finale(r)).toBe('10,00');
    expect(r.decision).toBe('ADMIS');
    expect(result(marks, { E2: '7' }).controle[0]?.replaced).toBe(false);
    const justAbove = result(marks, { E2: '7,01' });
    expect(justAbove.controle[0]?.replaced).toBe(true);
    expect(finale(justAbove)).toBe('9,40'); // 235,03 / 25
  });

  it('R6: a dispensed E21 stays dispensed; the E2 contrôle mark counts at E22 coefficient only', () => {
    const marks = { E21: 'DI', E22: '6', E1: '8', E3: '8' }; // (24 + 9 + 24 + 160) = 217 / 23,5 = 9,23
    const first = result(marks);
    expect(moyenne(first)).toBe('9,23');
    const r = result(marks, { E2: '16' }); // + 1,5 × 10
    expect(r.final?.divisor).toBe(2350);
    expect(finale(r)).toBe('9,87');
    // Regression: the coefficient was written "1,50" in the explanation.
    expect(r.explanation).toContain('Contrôle E2 : 16 remplace 6,00 (coefficient 1,5).');
    expect(first.explanation[0]).toContain('÷ 23,5 (somme des coefficients)');
  });

  it('R6: contrôle AB replaces nothing and the candidate is AJOURNE', () => {
    const r = result(controleCase, { E1: 'AB', E3: 'ab' });
    expect(finale(r)).toBe('9,28');
    expect(r.decision).toBe('AJOURNE');
    expect(r.errors).toEqual([]);
  });

  it('R6: the optional bonus stays in the recomputed moyenne', () => {
    const r = result({ ...controleCase, EF1: '12' }, { E1: '11' }); // 232 + 2 + 15 = 249
    expect(finale(r)).toBe('9,96');
  });

  it('R6: a contrôle mark for a candidate who is not CONTROLE is an error and is not applied', () => {
    const r = result({}, { E1: '15' });
    expect(r.errors[0]).toMatchObject({ unit: 'E1', message: expect.stringContaining("n'y est pas autorisé") });
    expect(r.decision).toBe('ADMIS');
    expect(finale(r)).toBe('10,00');
  });

  it('R6: more than two contrôle units, or a unit outside E1/E2/E3, is an error', () => {
    expect(result(controleCase, { E1: '12', E2: '12', E3: '12' }).errors[0]).toMatchObject({ unit: null, message: expect.stringContaining('2 au plus') });
    const outside = result(controleCase, { E4: '15' });
    expect(outside.errors[0]).toMatchObject({ unit: 'E4', message: expect.stringContaining('E4 impossible') });
    expect(outside.decision).toBe('CONTROLE');
  });
});
