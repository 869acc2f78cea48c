// Issue 17: the regulation editor's working copy (typed values ↔ regulation data) and its faults by field.
import { describe, expect, it } from 'vitest';
import { btsCcst2024, btsCcst2025 } from '../../src/domain/presets/index.ts';
import { blankDraft, checkDraft, dataOfDraft, draftOf, emptyUnit, parseDecimal } from '../../src/ui/regulation/draft.ts';

describe('regulation draft', () => {
  it('a preset unchanged comes back as the same regulation, grids and livret included', () => {
    for (const preset of [btsCcst2024, btsCcst2025]) {
      const check = checkDraft(draftOf(preset));
      expect(check.all).toEqual([]);
      expect(check.regulation).toEqual(JSON.parse(JSON.stringify(preset)));
    }
    expect(draftOf(btsCcst2025).units[1]!.coefficient).toBe('1,5');
  });

  it('French decimals are read; anything else is refused at its field', () => {
    expect(parseDecimal('1,5')).toBe(1.5);
    expect(parseDecimal(' 12 ')).toBe(12);
    expect(parseDecimal('1,2,3')).toBeNaN();
    expect(parseDecimal('')).toBeNaN();
    const draft = draftOf(btsCcst2025);
    draft.units[0]!.coefficient = 'trois';
    draft.units[5]!.code = 'E1';
    draft.controle[2]!.covers = 'E4, E5';
    draft.controleMin = '12';
    const check = checkDraft(draft);
    expect(check.regulation).toBeNull();
    expect(check.byField.get('units[0].coefficient')).toEqual(['épreuve E1 : coefficient invalide (nombre positif, 2 décimales au plus)']);
    expect(check.byField.get('units[5].code')).toEqual(["« E1 » déjà utilisé par l'épreuve E1"]);
    expect(check.byField.get('controle.units[2].covers')).toEqual(["contrôle E4 : l'épreuve E5 n'est pas du domaine général (professionnelle)"]);
    expect(check.byField.get('thresholds.controleMin')).toEqual(["seuils incohérents : le seuil du contrôle (12) dépasse celui de l'admission (10)"]);
  });

  it('grids, livret and conformity follow the units still there', () => {
    const draft = draftOf(btsCcst2025);
    draft.units = draft.units.filter((u) => u.code !== 'E7');
    draft.units.find((u) => u.code === 'E8')!.nvAllowed = false;
    const data = dataOfDraft(draft) as { grids: { unitCode: string }[]; conformity: { code: string }[]; livret: { subjects: { units: string[] }[] } };
    expect(data.grids.some((g) => g.unitCode === 'E7')).toBe(false);
    expect(data.conformity.map((c) => c.code)).toEqual(['E5']);
    expect(data.livret.subjects.flatMap((s) => s.units)).not.toContain('E7');
    expect(checkDraft(draft).all).toEqual([]);
  });

  it('a blank regulation asks for its names and coefficients; filled in, it is valid', () => {
    const draft = blankDraft(2026);
    expect(checkDraft(draft).byField.get('units[0].name')).toEqual(["intitulé de l'épreuve U1 obligatoire"]);
    draft.units[0]!.name = 'Culture générale';
    draft.units[0]!.coefficient = '2';
    draft.units[1]!.name = 'Projet';
    draft.units[1]!.coefficient = '4';
    draft.units.push({ ...emptyUnit(), code: 'UF1', name: 'Option', domain: 'optional' });
    const check = checkDraft(draft);
    expect(check.all).toEqual([]);
    expect(check.regulation!.units.map((u) => [u.code, u.coefficient])).toEqual([
      ['U1', 2],
      ['U2', 4],
      ['UF1', null],
    ]);
  });
});
