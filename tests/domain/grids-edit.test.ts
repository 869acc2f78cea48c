// Editing a filled-in grid (src/domain/grids/edit.ts): each change sets values, the E22 degree keeps only
// the points the annexe allows, and derivedMarkChange says what the grid does to the marks table's mark:
// only a new sum of the parts (E22, E4 CCF) writes a mark, only a removed part clears it, and nothing else
// (a level, an observation, any change on a commission grid) ever touches it.
import { describe, expect, it } from 'vitest';
import {
  derivedMarkChange,
  emptyEvaluation,
  gridFor,
  gridLayout,
  isBlankEvaluation,
  changedEntries,
  holdsEntries,
  isEvaluated,
  withEntries,
  sumFormula,
  unratedCount,
  withDate,
  withDegree,
  withLevel,
  withMembers,
  withObservation,
  withPart,
  type GridDefinition,
  type GridEvaluation,
} from '../../src/domain/grids/index.ts';
import { numberMark, specialMark } from '../../src/domain/marks.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';

const grid = (unit: string, form: 'CCF' | 'ponctuel' = 'CCF') => gridFor(unit, form, btsCcst2024)!;
const E22 = grid('E22');
const E4 = grid('E4');
const U61 = grid('U61');
const part = (g: GridDefinition, id: string) => g.parts.find((p) => p.id === id)!;

function allRated(g: GridDefinition, ev: GridEvaluation = emptyEvaluation(g)): GridEvaluation {
  return g.parts.flatMap((p) => p.criteria).reduce((e, c) => withLevel(e, c.id, 'S'), ev);
}

describe('changes', () => {
  it('set and clear a level, an observation, the date, the members (an empty name is no member)', () => {
    let ev = withLevel(withLevel(emptyEvaluation(U61), 'c1', 'TS'), 'c2', 'NM');
    expect(ev.levels).toEqual({ c1: 'TS', c2: 'NM' });
    ev = withLevel(ev, 'c1', null);
    expect(ev.levels).toEqual({ c2: 'NM' });
    ev = withObservation(ev, 'entretien', 'Bien');
    expect(withObservation(ev, 'entretien', '  ').observations).toEqual({});
    ev = withMembers(withDate(ev, '2025-05-20'), [
      { name: ' M. Petit ', quality: ' Professeur ', signed: true },
      { name: '', quality: 'x', signed: false },
    ]);
    expect(ev.members).toEqual([{ name: 'M. Petit', quality: 'Professeur', signed: true }]);
    expect(isBlankEvaluation(ev)).toBe(false);
    expect(isBlankEvaluation(emptyEvaluation(E22))).toBe(true);
  });

  it('E22 degree: drops points the new degree does not allow, keeps those it does', () => {
    const A = part(E22, 'A');
    let ev = withPart(withDegree(emptyEvaluation(E22), A, 1), 'A', { hundredths: 200 });
    expect(withDegree(ev, A, 1).parts.A).toEqual({ degree: 1, hundredths: 200, bonus: false }); // applied again: unchanged
    ev = withDegree(ev, A, 4);
    expect(ev.parts.A).toEqual({ degree: 4, hundredths: null, bonus: false });
    expect(withDegree(ev, A, 2).parts.A).toEqual({ degree: 2, hundredths: null, bonus: false }); // 3 points, implied
    expect(withDegree(ev, A, null).parts.A).toEqual({ degree: null, hundredths: null, bonus: false });
  });

  it('sumFormula names the parts', () => {
    expect(sumFormula(E22)).toBe('A + B + C');
    expect(sumFormula(E4)).toBe('Situation 1 + Situation 2');
  });
});

describe('derivedMarkChange', () => {
  const e4 = (s1: number | null, s2: number | null) => withPart(withPart(emptyEvaluation(E4), 'S1', { hundredths: s1 }), 'S2', { hundredths: s2 });

  it('a complete new sum is the mark; the same sum or a level change writes nothing', () => {
    expect(derivedMarkChange(E4, e4(700, null), e4(700, 500), null)).toEqual({ kind: 'set', mark: numberMark(1200) });
    expect(derivedMarkChange(E4, e4(700, 500), e4(800, 500), numberMark(1200))).toEqual({ kind: 'set', mark: numberMark(1300) });
    expect(derivedMarkChange(E4, e4(700, 500), withLevel(e4(700, 500), 'c1', 'S'), specialMark('AB'))).toBeNull();
    expect(derivedMarkChange(E4, null, e4(700, 500), numberMark(1200))).toBeNull(); // already the mark
  });

  it('a removed part clears the mark only if it was the old sum', () => {
    expect(derivedMarkChange(E4, e4(700, 500), e4(700, null), numberMark(1200))).toEqual({ kind: 'clear' });
    expect(derivedMarkChange(E4, e4(700, 500), e4(700, null), specialMark('ABJ'))).toBeNull();
    expect(derivedMarkChange(E4, e4(700, 500), e4(700, null), null)).toBeNull();
  });

  it('never on a commission grid', () => {
    expect(derivedMarkChange(U61, null, { ...emptyEvaluation(U61), markHundredths: 1400 }, null)).toBeNull();
  });
});

describe('isEvaluated (teacher mode progress)', () => {
  it('commission grid: every criterion rated (or non mobilisé) and a mark in the marks table', () => {
    const rated = withLevel(allRated(U61), 'c3', 'NM');
    expect(unratedCount(U61, rated)).toBe(0);
    expect(isEvaluated(U61, rated, numberMark(1200))).toBe(true);
    expect(isEvaluated(U61, rated, null)).toBe(false);
    expect(isEvaluated(U61, withLevel(rated, 'c1', null), numberMark(1200))).toBe(false);
    expect(isEvaluated(U61, null, null)).toBe(false);
  });

  it('a code (absent, NV…) needs no rating', () => {
    expect(isEvaluated(U61, null, specialMark('AB'))).toBe(true);
    expect(isEvaluated(U61, null, specialMark('NV'))).toBe(true);
  });

  it('sum grids: every criterion and every part', () => {
    expect(isEvaluated(E4, withPart(withPart(allRated(E4), 'S1', { hundredths: 700 }), 'S2', { hundredths: 500 }), numberMark(1200))).toBe(true);
    expect(isEvaluated(E4, withPart(allRated(E4), 'S1', { hundredths: 700 }), numberMark(1200))).toBe(false);
    const e22 = withPart(withPart(withPart(emptyEvaluation(E22), 'A', { degree: 2 }), 'B', { degree: 2 }), 'C', { degree: 2, hundredths: 300 });
    expect(isEvaluated(E22, e22, numberMark(900))).toBe(true);
  });
});

describe('gridLayout: where each observation box goes, as in the annexe', () => {
  it('E4 CCF: each situation’s boxes with it, the conclusion after the mark', () => {
    const layout = gridLayout(E4);
    expect(layout.before).toEqual([]);
    expect(layout.byPart.get('S1')!.map((f) => f.id)).toEqual(['s1-presentation', 's1-entretien']);
    expect(layout.byPart.get('S2')!.map((f) => f.id)).toEqual(['s2-simulation', 's2-entretien']);
    expect(layout.after.map((f) => f.id)).toEqual(['conclusion']);
  });

  it('U61 and EF3: observations before the criteria; appreciation after', () => {
    expect(gridLayout(U61).before.map((f) => f.id)).toEqual(['presentation', 'entretien']);
    const ef3 = gridLayout(grid('EF3'));
    expect(ef3.before.map((f) => f.id)).toEqual(['organisation', 'activites', 'questions']);
    expect(ef3.after.map((f) => f.id)).toEqual(['appreciation']);
    expect(gridLayout(E22).after.map((f) => f.id)).toEqual(['appreciation']);
    expect(gridLayout(grid('E5', 'ponctuel')).after.map((f) => f.id)).toEqual(['commentaires']);
  });
});

describe('the entries a change made (Ctrl+Z puts them back only where nobody changed them since)', () => {
  it('names each entry changed, whatever order the entries were made in; a blank part, an emptied text or the mark are none', () => {
    const a = withLevel(withLevel(emptyEvaluation(U61), 'c1', 'TS'), 'c2', 'S');
    const b = withLevel(withLevel(emptyEvaluation(U61), 'c2', 'S'), 'c1', 'TS');
    expect(changedEntries(a, b)).toEqual([]);
    expect(changedEntries(a, withLevel(withDate(b, '2024-05-13'), 'c3', 'I'))).toEqual([{ kind: 'level', id: 'c3' }, { kind: 'date' }]);
    expect(changedEntries(a, withObservation(withObservation(a, 'obs', 'Bien'), 'obs', ''))).toEqual([]);
    expect(changedEntries(a, withMembers(a, [{ name: 'M. Petit', quality: 'Professeur', signed: false }]))).toEqual([{ kind: 'members' }]);
    const e22 = emptyEvaluation(E22);
    expect(changedEntries(e22, { ...e22, parts: {}, markHundredths: 1200 })).toEqual([]);
    expect(changedEntries(e22, withDegree(e22, part(E22, 'A'), 3))).toEqual([{ kind: 'part', id: 'A' }]);
  });

  it('puts back only those entries, and checks only those: another criterion changed since is kept and does not refuse', () => {
    const before = withLevel(emptyEvaluation(U61), 'c1', 'S');
    const after = withLevel(before, 'c2', 'TS');
    const entries = changedEntries(before, after); // c2
    // Since then, another tab rated c1 TI: c2 still holds TS, so it can be undone, and c1 stays TI.
    const stored = withLevel(after, 'c1', 'TI');
    expect(holdsEntries(stored, after, entries)).toBe(true);
    expect(withEntries(stored, before, entries).levels).toEqual({ c1: 'TI' });
    // Had c2 been changed since, the undo would not hold.
    expect(holdsEntries(withLevel(after, 'c2', 'I'), after, entries)).toBe(false);
  });
});
