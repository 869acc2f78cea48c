// R9 (sessions 2025 and later): the bts-ccst-2025 preset and the engine on it.
import { describe, expect, it } from 'vitest';
import { toHundredths } from '../../src/domain/exact.ts';
import { conformityUnits, stageRuleOf } from '../../src/domain/conformity.ts';
import { gridFor, gridsFor, validateGrid } from '../../src/domain/grids/index.ts';
import { livretTemplateFor } from '../../src/domain/livret.ts';
import { btsCcst2024, btsCcst2025, getPreset, presetForYear, presetYearMismatch, presets } from '../../src/domain/presets/index.ts';
import { checkRegulationData } from '../../src/domain/regulation-data.ts';
import { compulsoryUnits, professionalUnits, validateRegulation, type Regulation } from '../../src/domain/regulation.ts';
import { computeResult, formatAverage } from '../../src/domain/results.ts';
import { candidate } from './factories.ts';

const reg = btsCcst2025;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('R9 preset bts-ccst-2025', () => {
  it('R9: both built-in presets pass validateRegulation and read back from plain data unchanged', () => {
    expect(Object.keys(presets).sort()).toEqual(['bts-ccst-2024', 'bts-ccst-2025']);
    for (const preset of Object.values(presets)) {
      expect(validateRegulation(preset), preset.id).toEqual([]);
      const back = checkRegulationData(JSON.parse(JSON.stringify(preset)));
      expect(back).toEqual({ ok: true, value: JSON.parse(JSON.stringify(preset)) });
    }
  });

  it('R9: units E1–E8 with the 2024 coefficients, general then professional, NV on E5, E7, E8, DI on the general units', () => {
    expect(reg.units.map((u) => [u.code, u.coefficient, u.domain])).toEqual([
      ['E1', 3, 'general'],
      ['E2', 1.5, 'general'],
      ['E3', 1.5, 'general'],
      ['E4', 3, 'general'],
      ['E5', 6, 'professional'],
      ['E6', 4, 'professional'],
      ['E7', 3, 'professional'],
      ['E8', 3, 'professional'],
      ['EF1', null, 'optional'],
      ['EF2', null, 'optional'],
      ['EF3', null, 'optional'],
    ]);
    expect(reg.units.find((u) => u.code === 'E5')!.name).toBe('Conception et commercialisation de solutions technico-commerciales');
    expect(sum(compulsoryUnits(reg).map((u) => toHundredths(u.coefficient!)))).toBe(2500);
    expect(sum(professionalUnits(reg).map((u) => toHundredths(u.coefficient!)))).toBe(1600);
    expect(reg.units.filter((u) => u.nvAllowed).map((u) => u.code)).toEqual(['E5', 'E7', 'E8']);
    expect(reg.units.filter((u) => u.dispensable).map((u) => u.code)).toEqual(['E1', 'E2', 'E3', 'E4']);
  });

  it('R9: contrôle among the general units only (E1, LVE A = E2 + E3, E4 CEJM), two at most', () => {
    expect(reg.controle.units.map((c) => [c.code, c.covers])).toEqual([
      ['E1', ['E1']],
      ['LVA', ['E2', 'E3']],
      ['E4', ['E4']],
    ]);
    expect(reg.controle.maxUnits).toBe(2);
    for (const c of reg.controle.units) for (const code of c.covers) expect(reg.units.find((u) => u.code === code)!.domain).toBe('general');
  });

  it('R9: grids, livret and conformity carried over under the new numbers, read from the regulation itself', () => {
    expect([...new Set(gridsFor(reg).map((g) => g.unitCode))]).toEqual(['E3', 'E5', 'E6', 'E7', 'E8', 'EF3']);
    expect(gridFor('E5', 'CCF', reg)!.title).toBe('EPREUVE E5 : CONCEPTION ET COMMERCIALISATION DE SOLUTIONS TECHNICO-COMMERCIALES');
    expect(gridFor('E7', 'ponctuel', reg)!.id).toBe('ccst-2025-e7-ponctuel');
    expect(gridFor('E8', 'CCF', reg)!.title).toContain('EPREUVE E8');
    expect(new Set(gridsFor(reg).map((g) => g.id)).size).toBe(gridsFor(reg).length);
    expect(livretTemplateFor(reg)!.subjects.flatMap((s) => s.units)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'EF1', 'EF2']);
    expect(conformityUnits(reg).map((s) => s.code)).toEqual(['E5', 'E7', 'E8']);
    expect(stageRuleOf(reg)).toEqual({ minWeeks: 14, maxWeeks: 16, consecutiveYear1Weeks: 4 });
    // A regulation without its own lists: every NV unit is checked, no grid, no livret.
    const bare: Regulation = { ...reg, grids: undefined, livret: undefined, conformity: undefined };
    expect(gridsFor(bare)).toEqual([]);
    expect(livretTemplateFor(bare)).toBeNull();
    expect(conformityUnits(bare).map((s) => s.code)).toEqual(['E5', 'E7', 'E8']);
  });

  it('R9: each carried-over grid says where its texts come from (its sourceNote, shown and printed); the 2024 grids say nothing', () => {
    for (const grid of gridsFor(reg)) {
      expect(grid.sourceNote, grid.id).toBe(
        `Grille de la session 2024 (annexe ${grid.annexe} de la circulaire 2024) reprise avec la numérotation 2025 : à vérifier sur la circulaire de la session.`,
      );
      expect(validateGrid(grid), grid.id).toEqual([]);
    }
    for (const grid of gridsFor(btsCcst2024)) expect(grid.sourceNote, grid.id).toBeUndefined();
    const e5 = gridFor('E5', 'CCF', reg)!;
    expect(validateGrid({ ...e5, sourceNote: '  ' })).toEqual([`${e5.id} : la note sur l’origine des textes de la grille est vide`]);
  });

  it('R9: a session year picks its preset', () => {
    expect(presetForYear(2024).id).toBe('bts-ccst-2024');
    expect(presetForYear(2025).id).toBe('bts-ccst-2025');
    expect(presetForYear(2027).id).toBe('bts-ccst-2025');
    expect(getPreset('constructor')).toBeUndefined();
  });

  it('R9: says when the preset chosen is not the one of the session year', () => {
    expect(presetYearMismatch(btsCcst2024, 2024)).toBeNull();
    expect(presetYearMismatch(btsCcst2025, 2027)).toBeNull();
    expect(presetYearMismatch(btsCcst2024, null)).toBeNull();
    expect(presetYearMismatch(btsCcst2024, 2027)).toBe(`« ${btsCcst2024.name} » ne s'applique plus à la session 2027 : c'est « ${btsCcst2025.name} ».`);
    expect(presetYearMismatch(btsCcst2025, 2024)).toBe(
      `« ${btsCcst2025.name} » s'applique à partir de la session 2025 ; pour la session 2024, c'est « ${btsCcst2024.name} ».`,
    );
  });
});

describe('R3–R6 engine on bts-ccst-2025', () => {
  const c = (marks: Record<string, string>, controle: Record<string, string> = {}) => candidate(marks, controle, { regulation: reg });

  it('R3/R5: averages and decisions with the new codes', () => {
    const admis = computeResult(c({ E1: '12', E2: '13,5', E3: '14', E4: '11', E5: '12', E6: '13', E7: '15', E8: '14' }), reg);
    expect(admis.decision).toBe('ADMIS');
    expect(formatAverage(admis.firstGroup!)).toBe('12,85'); // same marks as the 2024 example of the CLI test
    expect(computeResult(c({ E5: 'NV' }), reg).decision).toBe('NV');
    expect(computeResult(c({ E2: 'AB' }), reg).decision).toBe('ELIMINE');
    expect(computeResult(c({ E8: '' }), reg).decision).toBe('INCOMPLET');
  });

  it('R6/R9: a CONTROLE candidate; one LVE contrôle mark stands for E2 and E3; the better mark kept', () => {
    const marks = { E1: '6', E2: '7', E3: '7', E4: '8', E5: '11', E6: '10', E7: '10', E8: '10' };
    const first = computeResult(c(marks), reg);
    expect(first.decision).toBe('CONTROLE');
    const after = computeResult(c(marks, { E1: '14', LVA: '15' }), reg);
    expect(after.firstGroupDecision).toBe('CONTROLE');
    expect(after.decision).toBe('ADMIS');
    // 14×3 + 15×3 + 8×3 + 11×6 + 10×4 + 10×3 + 10×3 = 277 → 11,08
    expect(formatAverage(after.final!)).toBe('11,08');
    const professional = computeResult(c(marks, { E5: '18' }), reg);
    expect(professional.errors.length).toBeGreaterThan(0);
  });

  it('R6/R9: the explanation and the contrôle line say the LVA mark was compared with the mean of E2 and E3', () => {
    const marks = { E1: '6', E2: '9', E3: '8', E4: '8', E5: '11', E6: '10', E7: '10', E8: '10' };
    const replaced = computeResult(c(marks, { LVA: '15' }), reg);
    expect(replaced.controle[0]).toMatchObject({ replaced: true, counted: ['E2', 'E3'] });
    expect(replaced.explanation).toContain('Contrôle LVA : 15 remplace la moyenne de E2 et E3, 8,50 (coefficient 3).');
    const kept = computeResult(c(marks, { LVA: '7' }), reg);
    expect(kept.explanation).toContain('Contrôle LVA : 7 ne dépasse pas la moyenne de E2 et E3, 8,50 : leurs notes sont conservées.');
    const absent = computeResult(c(marks, { LVA: 'AB' }), reg);
    expect(absent.explanation).toContain('Contrôle LVA : absent (AB), les notes de E2 et E3 (moyenne 8,50) sont conservées.');
    // E3 dispensed: the LVA mark stands for E2 alone, said as for one épreuve.
    const dispensed = computeResult(c({ ...marks, E3: 'DI' }, { LVA: '15' }), reg);
    expect(dispensed.controle[0]).toMatchObject({ replaced: true, counted: ['E2'] });
    expect(dispensed.explanation).toContain('Contrôle LVA : 15 remplace 9,00 (coefficient 1,5).');
  });

  it('the same marks give the same results under 2024 and 2025 codes (coefficients carried over)', () => {
    const rename: Record<string, string> = { E1: 'E1', E21: 'E2', E22: 'E3', E3: 'E4', E4: 'E5', E5: 'E6', U61: 'E7', U62: 'E8' };
    const values = ['9', '8,5', '12', '7', '10,25', '9,5', '11', '13'];
    const old = Object.fromEntries(Object.keys(rename).map((k, i) => [k, values[i]!]));
    const renamed = Object.fromEntries(Object.entries(rename).map(([_code, v], i) => [v, values[i]!]));
    const a = computeResult(candidate(old, {}, { regulation: btsCcst2024 }), btsCcst2024);
    const b = computeResult(c(renamed), reg);
    expect([b.decision, formatAverage(b.firstGroup!), formatAverage(b.professional!)]).toEqual([
      a.decision,
      formatAverage(a.firstGroup!),
      formatAverage(a.professional!),
    ]);
  });
});
