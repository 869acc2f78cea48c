import { describe, expect, it } from 'vitest';
import { toHundredths } from '../../src/domain/exact.ts';
import { presets } from '../../src/domain/presets/index.ts';
import { compulsoryUnits, professionalUnits, validateRegulation } from '../../src/domain/regulation.ts';
import { ccst } from './factories.ts';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('R1 units of the CCST 2024 preset', () => {
  it('R1: every built-in preset is consistent', () => {
    for (const preset of Object.values(presets)) expect(validateRegulation(preset)).toEqual([]);
  });

  it('R1: units, coefficients and domains as in the circular', () => {
    const table = ccst.units.map((u) => [u.code, u.coefficient, u.domain]);
    expect(table).toEqual([
      ['E1', 3, 'general'],
      ['E21', 1.5, 'general'],
      ['E22', 1.5, 'general'],
      ['E3', 3, 'general'],
      ['E4', 6, 'professional'],
      ['E5', 4, 'professional'],
      ['U61', 3, 'professional'],
      ['U62', 3, 'professional'],
      ['EF1', null, 'optional'],
      ['EF2', null, 'optional'],
      ['EF3', null, 'optional'],
    ]);
  });

  it('R1: compulsory coefficients add up to 25, professional ones to 16', () => {
    expect(sum(compulsoryUnits(ccst).map((u) => toHundredths(u.coefficient!)))).toBe(2500);
    expect(sum(professionalUnits(ccst).map((u) => toHundredths(u.coefficient!)))).toBe(1600);
  });

  it('R1: NV only on E4, U61, U62; DI only on the general units', () => {
    expect(ccst.units.filter((u) => u.nvAllowed).map((u) => u.code)).toEqual(['E4', 'U61', 'U62']);
    expect(ccst.units.filter((u) => u.dispensable).map((u) => u.code)).toEqual(['E1', 'E21', 'E22', 'E3']);
  });

  it('R1: E2 = E21 + E22 for the contrôle; contrôle units are E1, E2, E3, two at most', () => {
    expect(ccst.controle.units.map((u) => [u.code, u.covers])).toEqual([
      ['E1', ['E1']],
      ['E2', ['E21', 'E22']],
      ['E3', ['E3']],
    ]);
    expect(ccst.controle.maxUnits).toBe(2);
  });

  it('R1: a malformed preset is reported, not silently used', () => {
    const broken = { ...ccst, units: [...ccst.units, { ...ccst.units[0]!, coefficient: 1.005 }] };
    expect(validateRegulation(broken)).toContain("units[11].code : « E1 » déjà utilisé par l'épreuve E1");
    expect(validateRegulation(broken)).toContain('units[11].coefficient : épreuve E1 : coefficient invalide (nombre positif, 2 décimales au plus)');
  });
});

describe('issue 16: E4 is named as in the national circular (its §E4, annexes 4, 10 and 11)', () => {
  it('« Conception et commercialisation de solutions technico-commerciales », not « négociation »', async () => {
    const { btsCcst2024 } = await import('../../src/domain/presets/index.ts');
    expect(btsCcst2024.units.find((u) => u.code === 'E4')?.name).toBe('Conception et commercialisation de solutions technico-commerciales');
  });
});

describe('sameRegulation: a session’s copy compared with the regulation provided', () => {
  it('is the same whatever the order of its fields, and differs once a coefficient changes', async () => {
    const { sameRegulation } = await import('../../src/domain/regulation.ts');
    const { btsCcst2024: preset } = await import('../../src/domain/presets/index.ts');
    const reordered = Object.fromEntries(Object.entries(structuredClone(preset)).reverse()) as typeof preset;
    expect(sameRegulation(reordered, preset)).toBe(true);
    const changed = structuredClone(preset);
    changed.units[0]!.coefficient = 4;
    expect(sameRegulation(changed, preset)).toBe(false);
  });

  it('is the same when only the grids’ note on their source differs (a 2025 session made before the grids said it)', async () => {
    const { sameRegulation } = await import('../../src/domain/regulation.ts');
    const { btsCcst2025: preset } = await import('../../src/domain/presets/index.ts');
    expect(preset.grids!.some((g) => g.sourceNote)).toBe(true);
    const older = { ...structuredClone(preset), grids: preset.grids!.map(({ sourceNote: _note, ...grid }) => grid) };
    expect(sameRegulation(older, preset)).toBe(true);
    const criterionChanged = structuredClone(older);
    criterionChanged.grids[0]!.title = 'Autre grille';
    expect(sameRegulation(criterionChanged, preset)).toBe(false);
  });
});
