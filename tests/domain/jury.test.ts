import { describe, expect, it } from 'vitest';
import { averageHundredths } from '../../src/domain/exact.ts';
import {
  ceilDiv,
  checkControleSlot,
  describePointsNeeded,
  livretWarning,
  pointsNeeded,
  suggestControleUnits,
  unexaminedAjournes,
  whatIf,
  type PointsNeeded,
} from '../../src/domain/jury.ts';
import { computeResult } from '../../src/domain/results.ts';
import { candidate, ccst, mark } from './factories.ts';

const avg = (n: PointsNeeded) => ('average' in n ? averageHundredths(n.average) : null);

describe('ceilDiv', () => {
  it.each([
    [10, 5, 2],
    [11, 5, 3],
    [-11, 5, -2],
    [0, 7, 0],
    [4003, 400, 11],
  ])('⌈%i / %i⌉ = %i', (a, b, q) => expect(ceilDiv(a, b)).toBe(q));
});

describe('pointsNeeded on a first-group unit', () => {
  it('R5: the mark on E5 that reaches 10, the others as they are', () => {
    const c = candidate({ E5: '' });
    const n = pointsNeeded(c, ccst, 'admis', 'E5');
    expect(n).toMatchObject({ kind: 'mark', unit: 'E5', mark: 1000 });
    expect(avg(n)).toBe(1000);
    expect(describePointsNeeded(n, ccst)).toBe('10 en E5 (moyenne 10,00 ≥ 10).');
  });

  it('R3: rounds up to the hundredth — 10,01 in E5, since 10,00 leaves the total 0,03 short', () => {
    // E1 9,99 → total without E5 = 29,97 + 180 = 209,97; 4 × x ≥ 40,03 → x ≥ 10,0075.
    const c = candidate({ E1: '9,99', E5: '' });
    const n = pointsNeeded(c, ccst, 'admis', 'E5');
    expect(n).toMatchObject({ kind: 'mark', mark: 1001 });
    expect(computeResult(candidate({ E1: '9,99', E5: '10,01' }), ccst).decision).toBe('ADMIS');
    expect(computeResult(candidate({ E1: '9,99', E5: '10' }), ccst).decision).not.toBe('ADMIS');
  });

  it('a mark that replaces the current one: 13,17 in E4 for a candidate at 9 everywhere', () => {
    // others 9 × 19 = 171; 6 x ≥ 79 → x ≥ 13,1666…
    const n = pointsNeeded(candidate({}, {}, { base: '9' }), ccst, 'admis', 'E4');
    expect(n).toMatchObject({ kind: 'mark', unit: 'E4', mark: 1317, professional: null });
    expect(describePointsNeeded(n, ccst)).toBe('13,17 en E4 (moyenne 10,00 ≥ 10).');
  });

  it('any mark will do: 0 when the others already carry the candidate', () => {
    const n = pointsNeeded(candidate({ E5: '' }, {}, { base: '12' }), ccst, 'admis', 'E5');
    expect(n).toMatchObject({ kind: 'mark', mark: 0 });
    expect(describePointsNeeded(n, ccst)).toBe('Toute note en E5 suffit, même 0 (moyenne 10,08 ≥ 10).');
  });

  it('impossible even with 20, with the best moyenne reachable', () => {
    const n = pointsNeeded(candidate({ E21: '' }, {}, { base: '8' }), ccst, 'admis', 'E21');
    // 8 × 23,5 = 188 + 1,5 × 20 = 218 → 8,72 at best
    expect(n).toMatchObject({ kind: 'impossible', unit: 'E21' });
    expect(n.kind === 'impossible' && averageHundredths(n.best)).toBe(872);
    expect(describePointsNeeded(n, ccst)).toBe('Impossible même avec 20 en E21 (moyenne 8,72 au mieux).');
  });

  it('already reached', () => {
    const n = pointsNeeded(candidate({}, {}, { base: '11' }), ccst, 'admis', 'E1');
    expect(n).toMatchObject({ kind: 'reached', unit: 'E1' });
    expect(describePointsNeeded(n, ccst)).toBe('Déjà atteint (moyenne 11,00 ≥ 10).');
  });

  it('R4: counts the optional bonus as the engine does, and an optional unit gives its bonus', () => {
    // 9,9 everywhere = 247,5 points: EF1 must give a bonus of 2,5 → 12,5.
    const c = candidate({}, {}, { base: '9,9' });
    expect(pointsNeeded(c, ccst, 'admis', 'EF1')).toMatchObject({ kind: 'mark', unit: 'EF1', mark: 1250 });
    // With EF2 = 12 (bonus 2): 249,5 points, 0,5 missing; E1 needs 3 x ≥ 30,2 (instead of 29,7) → 10,07.
    const withBonus = candidate({ EF2: '12' }, {}, { base: '9,9' });
    expect(pointsNeeded(withBonus, ccst, 'admis', 'E1')).toMatchObject({ kind: 'mark', mark: 1007 });
    expect(pointsNeeded(withBonus, ccst, 'admis')).toMatchObject({ kind: 'points', points: 50 });
  });

  it('the contrôle band: 8 is reached, but the professional condition is not — and what E4 would need', () => {
    // 9 everywhere: moyenne 9 ≥ 8 but pro 9 < 10; pro others 90, 6 x ≥ 70 → 11,67 in E4.
    const c = candidate({}, {}, { base: '9' });
    const onE4 = pointsNeeded(c, ccst, 'controle', 'E4');
    expect(onE4).toMatchObject({ kind: 'reached', professional: { met: false, markNeeded: 1167 } });
    expect(describePointsNeeded(onE4, ccst)).toBe(
      'Déjà atteint (moyenne 9,00 ≥ 8) ; mais moyenne professionnelle 9,00 < 10 : pas d’épreuve de contrôle sans au moins 11,67 en E4.',
    );
    const onE1 = pointsNeeded(c, ccst, 'controle', 'E1');
    expect(onE1).toMatchObject({ kind: 'reached', professional: { met: false } });
    expect(onE1.kind === 'reached' && onE1.professional?.markNeeded).toBeUndefined();
    expect(describePointsNeeded(onE1, ccst)).toBe('Déjà atteint (moyenne 9,00 ≥ 8) ; mais moyenne professionnelle 9,00 < 10 : pas d’épreuve de contrôle.');
    const total = pointsNeeded(c, ccst, 'controle');
    // pro: 144 points over 16, needs 160 → 16 more points
    expect(total).toMatchObject({ kind: 'reached', professional: { met: false, pointsNeeded: 1600 } });
  });

  it('the contrôle band on a professional unit still to enter: 0 reaches 8, the pro condition needs 10', () => {
    const n = pointsNeeded(candidate({ E5: '' }), ccst, 'controle', 'E5');
    expect(n).toMatchObject({ kind: 'mark', mark: 0, professional: { met: false, markNeeded: 1000 } });
    expect(n.kind === 'mark' && n.professional && averageHundredths(n.professional.average!)).toBe(750);
    const met = pointsNeeded(candidate({ E5: '' }, {}, { base: '7' }), ccst, 'controle', 'E4');
    // E5 empty blocks: a decision needs every compulsory unit.
    expect(met).toMatchObject({ kind: 'blocked', reason: 'note manquante en E5' });
  });

  it('the contrôle band below 8, the pro condition met with the mark found', () => {
    // 7 everywhere but E4 empty and a strong pro domain: E5, U61, U62 at 14.
    const c = candidate({ E4: '', E5: '14', U61: '14', U62: '14' }, {}, { base: '7' });
    // others: 7 × 9 = 63 + 14 × 10 = 140 → 203; ≥ 200 already with 0 → mark 0; pro: 140 + 6x ≥ 160 → 3,34.
    const n = pointsNeeded(c, ccst, 'controle', 'E4');
    expect(n).toMatchObject({ kind: 'mark', mark: 0, professional: { met: false, markNeeded: 334 } });
    const admis = pointsNeeded(c, ccst, 'admis', 'E4');
    // 203 + 6x ≥ 250 → 7,84
    expect(admis).toMatchObject({ kind: 'mark', mark: 784, professional: null });
  });

  it.each([
    [{ E4: 'AB' }, 'E5', 'AB en E4 : candidat éliminé'],
    [{ U61: 'NV' }, 'E5', 'NV en U61 : diplôme non délivrable'],
    [{ E4: '', E3: '' }, 'E5', 'note manquante en E3, E4'],
    [{ E1: 'DI' }, 'E1', 'E1 : candidat dispensé de cette épreuve'],
    [{}, 'E9', 'épreuve inconnue : E9'],
  ])('blocked: %o on %s → %s', (marks, unit, reason) => {
    const n = pointsNeeded(candidate(marks as Record<string, string>), ccst, 'admis', unit);
    expect(n).toEqual({ kind: 'blocked', target: 'admis', unit, reason });
    expect(describePointsNeeded(n, ccst)).toBe(`Non calculable : ${reason}.`);
  });

  it('the unit itself may be AB or NV: the mark needed is what would replace it', () => {
    expect(pointsNeeded(candidate({ E5: 'AB' }), ccst, 'admis', 'E5')).toMatchObject({ kind: 'mark', mark: 1000 });
    expect(pointsNeeded(candidate({ E4: 'NV' }), ccst, 'admis', 'E4')).toMatchObject({ kind: 'mark', mark: 1000 });
  });
});

describe('pointsNeeded without a unit: the extra total points', () => {
  it('rounds up to the hundredth of a point', () => {
    // 9 everywhere: 225 points, 250 needed → 25 points
    const n = pointsNeeded(candidate({}, {}, { base: '9' }), ccst, 'admis');
    expect(n).toMatchObject({ kind: 'points', unit: null, points: 2500 });
    expect(describePointsNeeded(n, ccst)).toBe('25,00 points de plus au total (moyenne 9,00 < 10).');
    // E1 at 9,99: 3 × 9,99 = 29,97 → 0,03 point missing
    const few = pointsNeeded(candidate({ E1: '9,99' }), ccst, 'admis');
    expect(few).toMatchObject({ kind: 'points', points: 3 });
    // Below 2, French writes the singular: « 0,03 point », never « 0,03 points ».
    expect(describePointsNeeded(few, ccst)).toMatch(/^0,03 point de plus au total/);
  });

  it('is blocked for an INCOMPLET candidate', () => {
    expect(pointsNeeded(candidate({ E4: '' }), ccst, 'admis')).toMatchObject({ kind: 'blocked', reason: 'note manquante en E4' });
  });
});

describe('pointsNeeded on a contrôle unit (R6)', () => {
  // E1 6, E3 8, the rest 10: 232 / 25 = 9,28, pro 10 → CONTROLE
  const controle = (ctrl: Record<string, string> = {}, marks: Record<string, string> = {}) => candidate({ E1: '6', E3: '8', ...marks }, ctrl);

  it('the smallest contrôle mark that reaches 10, and what it replaces', () => {
    const n = pointsNeeded(controle(), ccst, 'admis', 'controle_E1');
    expect(n).toMatchObject({ kind: 'mark', unit: 'controle_E1', mark: 1200 });
    expect(n.kind === 'mark' && averageHundredths(n.replaces!)).toBe(600);
    expect(describePointsNeeded(n, ccst)).toBe('12 au contrôle E1 (moyenne 10,00 ≥ 10, remplace 6,00).');
    expect(pointsNeeded(controle(), ccst, 'admis', 'controle_E2')).toMatchObject({ kind: 'mark', mark: 1600 });
    expect(pointsNeeded(controle(), ccst, 'admis', 'controle_E3')).toMatchObject({ kind: 'mark', mark: 1400 });
  });

  it('the target is always admis: the contrôle band target is the same question', () => {
    expect(pointsNeeded(controle(), ccst, 'controle', 'controle_E1')).toMatchObject({ kind: 'mark', target: 'admis', mark: 1200 });
  });

  it('E2 stands for E21 + E22 at their non-dispensed coefficient: E22 dispensed leaves 1,5', () => {
    // divisor 23,5, points 217; E2 covers E21 only (15 points, coef 1,5): (18 + 15) / 1,5 = 22 > 20
    const c = controle({}, { E22: 'DI' });
    const n = pointsNeeded(c, ccst, 'admis', 'controle_E2');
    expect(n).toMatchObject({ kind: 'impossible', unit: 'controle_E2' });
    expect(n.kind === 'impossible' && averageHundredths(n.best)).toBe(987); // (217 + 15) / 23,5
    expect(describePointsNeeded(n, ccst)).toBe('Impossible même avec 20 au contrôle E2 (moyenne 9,87 au mieux).');
    expect(pointsNeeded(c, ccst, 'admis', 'controle_E1')).toMatchObject({ kind: 'mark', mark: 1200 });
  });

  it('with a first contrôle mark in, the second unit needs less', () => {
    // E1 11 replaces 6: +15 → 247; E3: (3 + 24) / 3 = 9 > 8
    expect(pointsNeeded(controle({ E1: '11' }), ccst, 'admis', 'controle_E3')).toMatchObject({ kind: 'mark', mark: 900 });
    // a contrôle mark below the first-group mark replaces nothing
    expect(pointsNeeded(controle({ E1: '5' }), ccst, 'admis', 'controle_E3')).toMatchObject({ kind: 'mark', mark: 1400 });
  });

  it('already reached once a contrôle mark brought the candidate to 10', () => {
    expect(pointsNeeded(controle({ E1: '12' }), ccst, 'admis', 'controle_E1')).toMatchObject({ kind: 'reached' });
    expect(pointsNeeded(controle({ E1: '12' }), ccst, 'admis', 'controle_E3')).toMatchObject({ kind: 'reached' });
  });

  it('blocked: not a CONTROLE candidate, a third unit, an unknown unit, a dispensed unit', () => {
    expect(pointsNeeded(candidate(), ccst, 'admis', 'controle_E1')).toMatchObject({
      kind: 'blocked',
      reason: "pas d'épreuve de contrôle : décision du 1er groupe ADMIS",
    });
    expect(pointsNeeded(controle({ E1: '7', E2: '9' }), ccst, 'admis', 'controle_E3')).toMatchObject({
      kind: 'blocked',
      reason: 'déjà 2 épreuves de contrôle saisies (2 au plus)',
    });
    expect(pointsNeeded(controle(), ccst, 'admis', 'controle_E4')).toMatchObject({ kind: 'blocked', reason: "pas d'épreuve de contrôle en E4" });
    expect(pointsNeeded(controle({}, { E21: 'DI', E22: 'DI' }), ccst, 'admis', 'controle_E2')).toMatchObject({
      kind: 'blocked',
      reason: 'E21 et E22 : candidat dispensé, pas de contrôle en E2',
    });
  });
});

describe('suggestControleUnits', () => {
  it('orders the contrôle units by what a 20 would gain: lowest first-group mark × coefficient first', () => {
    const s = suggestControleUnits(candidate({ E1: '6', E3: '8' }), ccst);
    expect(s.map((x) => x.unit.code)).toEqual(['E1', 'E3', 'E2']);
    expect(s.map((x) => x.gain)).toEqual([420000, 360000, 300000]);
    expect(s.map((x) => x.needed.kind === 'mark' && x.needed.mark)).toEqual([1200, 1400, 1600]);
  });

  it('with a chosen target mark, and the dispensed unit last', () => {
    const s = suggestControleUnits(candidate({ E1: '6', E3: '8', E21: 'DI', E22: 'DI' }), ccst, 1200);
    expect(s.map((x) => x.unit.code)).toEqual(['E1', 'E3', 'E2']);
    expect(s.map((x) => x.gain)).toEqual([180000, 120000, 0]);
    expect(s[2]!.firstGroup).toBeNull();
  });
});

describe('whatIf', () => {
  it('replaces and fills units with placeholders, says which, and stores nothing', () => {
    const real = candidate({ E5: '', E1: '6', E3: '8' });
    const frozen = structuredClone(real);
    const w = whatIf(real, ccst, { E5: mark('10', 'E5'), E1: mark('14', 'E1'), controle_E3: { kind: 'number', hundredths: 1500 }, X9: mark('1', 'E1') });
    expect(w.placeholders).toEqual(['E1', 'E5', 'controle_E3']);
    expect(w.ignored).toEqual(['X9']);
    // E1 14 → 42 + 15 + 15 + 24 + 160 = 256 → ADMIS, so the contrôle entry is an error, not applied
    expect(w.result.decision).toBe('ADMIS');
    expect(w.result.errors).toHaveLength(1);
    expect(real).toEqual(frozen);
    expect(computeResult(real, ccst).decision).toBe('INCOMPLET');
  });

  it('simulates a contrôle mark for a CONTROLE candidate', () => {
    const w = whatIf(candidate({ E1: '6', E3: '8' }), ccst, { controle_E1: { kind: 'number', hundredths: 1200 } });
    expect(w.result.decision).toBe('ADMIS');
    expect(w.result.controle[0]?.replaced).toBe(true);
  });

  it('ignores empty placeholders and non-contrôle marks on a contrôle key', () => {
    const w = whatIf(candidate(), ccst, { E1: { kind: 'empty' }, controle_E1: { kind: 'ABJ' } });
    expect(w.placeholders).toEqual([]);
    expect(w.ignored).toEqual(['controle_E1']);
  });
});

describe('livretWarning (D643-26)', () => {
  it('warns before an AJOURNE whose livret was not examined, and only then', () => {
    expect(livretWarning('AJOURNE', null)).toContain('D643\u201126');
    expect(livretWarning('AJOURNE', { livretExamined: false })).toContain('Livret scolaire non examiné');
    expect(livretWarning('AJOURNE', { livretExamined: true })).toBeNull();
    expect(livretWarning('ADMIS', null)).toBeNull();
    expect(livretWarning('CONTROLE', undefined)).toBeNull();
  });

  it('writes « art. D643-26 » with a non-breaking space and hyphen (U+2011): never cut as « D643- / 26 » on screen', () => {
    expect(livretWarning('AJOURNE', null)).toContain('(art.\u00a0D643\u201126)');
  });
});

describe('unexaminedAjournes (D643-26: the livret examined before an ajournement)', () => {
  const sent = computeResult(candidate({ E1: '6', E3: '8' }, { E1: '2' }), ccst); // 9,28, the contrôle mark not higher
  const candidates = [
    { id: 1, result: computeResult(candidate({}, {}, { base: '6' }), ccst) },
    { id: 2, result: sent },
    { id: 3, result: computeResult(candidate({}, {}, { base: '12' }), ccst) },
    { id: 4, result: computeResult(candidate({}, {}, { base: '5' }), ccst) },
  ];
  const examined = new Map([[4, { livretExamined: true }]]);
  const noteOf = (id: number) => examined.get(id);

  it('the contrôle candidate with contrôle marks is not ajourné at the 1er groupe’s closing, but is at the final closing', () => {
    expect(sent.firstGroupDecision).toBe('CONTROLE');
    expect(sent.decision).toBe('AJOURNE');
    expect(unexaminedAjournes(candidates, noteOf, 'premier_groupe').map((c) => c.id)).toEqual([1]);
    expect(unexaminedAjournes(candidates, noteOf, 'deliberation').map((c) => c.id)).toEqual([1, 2]);
  });

  it('leaves out the ajournés whose livret was examined, and counts those without a note', () => {
    expect(candidates[3]!.result.firstGroupDecision).toBe('AJOURNE');
    expect(unexaminedAjournes(candidates, () => null, 'premier_groupe').map((c) => c.id)).toEqual([1, 4]);
    expect(unexaminedAjournes(candidates, () => ({ livretExamined: true }), 'deliberation')).toEqual([]);
  });
});

describe('controlePending (issue 16: closing the deliberation)', () => {
  it('waits for a choice, then for a mark or AB on each chosen unit; a unit that already holds a contrôle mark counts as chosen', async () => {
    const { controlePending } = await import('../../src/domain/jury.ts');
    const fg = computeResult(candidate({ E1: '6', E3: '8' }), ccst);
    expect(fg.firstGroupDecision).toBe('CONTROLE');
    expect(controlePending(fg, [], {})).toBe('épreuves de contrôle non choisies');
    expect(controlePending(fg, ['E1', 'E3'], { E1: { kind: 'number', hundredths: 1200 } })).toBe('ni note ni AB au contrôle E3');
    expect(controlePending(fg, ['E1', 'E3'], { E1: { kind: 'number', hundredths: 1200 }, E3: { kind: 'AB' } })).toBeNull();
    expect(controlePending(fg, [], { E2: { kind: 'AB' } })).toBeNull();
    expect(controlePending(computeResult(candidate({}, {}, { base: '12' }), ccst), [], {})).toBeNull();
  });
});

describe('checkControleSlot: the hour of a convocation as people write it (issue 16)', () => {
  const at = (time: string) => checkControleSlot({ date: '2025-07-03', time, room: 'B12' }, {});
  it('reads « 9h30 », « 9 h 30 », « 14H00 », « 9h » and « 9:30 » as HH:MM', () => {
    for (const [typed, read] of [
      ['9h30', '09:30'],
      ['9 h 30', '09:30'],
      ['14H00', '14:00'],
      ['9h', '09:00'],
      ['14 h', '14:00'],
      ['9:30', '09:30'],
      ['09:30', '09:30'],
    ]) {
      expect(at(typed!), typed).toEqual({ ok: true, value: { date: '2025-07-03', time: read, room: 'B12' } });
    }
  });
  it('refuses an hour that is not one, saying which field', () => {
    for (const typed of ['25h', '9h60', '930', 'midi', '9h3']) {
      const checked = at(typed);
      expect(checked, typed).toMatchObject({ ok: false, field: 'time', error: `« ${typed} » n'est pas une heure (HH:MM, par exemple 14:30)` });
    }
    expect(checkControleSlot({ date: '2025-07-05', time: '', room: '' }, { to: '2025-07-04' })).toMatchObject({ ok: false, field: 'date' });
  });
});
