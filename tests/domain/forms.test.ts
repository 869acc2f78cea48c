import { describe, expect, it } from 'vitest';
import { ccfEligible, defaultUnitForm, sitsUnit, unitForm, unitForms } from '../../src/domain/forms.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import { findUnit, type UnitDef } from '../../src/domain/regulation.ts';
import type { EtablissementType, Statut, UnitForm } from '../../src/domain/session.ts';

const ccst = btsCcst2024;
const unit = (code: string): UnitDef => {
  const found = findUnit(ccst, code);
  if (!found) throw new Error(`unknown unit ${code}`);
  return found;
};
const E4 = unit('E4');

const STATUTS: Statut[] = ['scolaire', 'apprenti', 'formation_continue', 'individuel', 'distance'];
const TYPES: (EtablissementType | null)[] = [
  'public',
  'prive_sous_contrat',
  'prive_hors_contrat',
  'cfa_habilite',
  'cfa_non_habilite',
  'greta',
  'distance',
  null,
];

const candidate = (statut: Statut, formOverrides: Record<string, UnitForm> = {}) => ({ statut, formOverrides });

describe('D643-19: CCF only for candidates trained in an établissement able to run it', () => {
  it('(a) scolaire in a public établissement: CCF', () => {
    expect(defaultUnitForm(E4, 'scolaire', 'public')).toBe('CCF');
  });

  it('(a) scolaire in a private établissement sous contrat: CCF', () => {
    expect(defaultUnitForm(E4, 'scolaire', 'prive_sous_contrat')).toBe('CCF');
  });

  it('scolaire in a private établissement hors contrat: ponctuel', () => {
    expect(defaultUnitForm(E4, 'scolaire', 'prive_hors_contrat')).toBe('ponctuel');
  });

  it('(b) apprenti in a CFA habilité: CCF', () => {
    expect(defaultUnitForm(E4, 'apprenti', 'cfa_habilite')).toBe('CCF');
  });

  it('apprenti in a CFA non habilité: ponctuel', () => {
    expect(defaultUnitForm(E4, 'apprenti', 'cfa_non_habilite')).toBe('ponctuel');
  });

  it('(c) formation continue in a GRETA: CCF', () => {
    expect(defaultUnitForm(E4, 'formation_continue', 'greta')).toBe('CCF');
  });

  it('(c) formation continue in a public établissement: CCF', () => {
    expect(defaultUnitForm(E4, 'formation_continue', 'public')).toBe('CCF');
  });

  it('formation continue in a private établissement (not habilité): ponctuel', () => {
    expect(defaultUnitForm(E4, 'formation_continue', 'prive_sous_contrat')).toBe('ponctuel');
    expect(defaultUnitForm(E4, 'formation_continue', 'prive_hors_contrat')).toBe('ponctuel');
  });

  it('candidat individuel: ponctuel, whatever the établissement', () => {
    for (const type of TYPES) expect(defaultUnitForm(E4, 'individuel', type)).toBe('ponctuel');
  });

  it('enseignement à distance: ponctuel, whatever the établissement', () => {
    for (const type of TYPES) expect(defaultUnitForm(E4, 'distance', type)).toBe('ponctuel');
  });

  it('no établissement: ponctuel, whatever the statut', () => {
    for (const statut of STATUTS) expect(defaultUnitForm(E4, statut, null)).toBe('ponctuel');
  });

  it('a statut that does not match the établissement is ponctuel (scolaire in a CFA, apprenti in a lycée)', () => {
    expect(defaultUnitForm(E4, 'scolaire', 'cfa_habilite')).toBe('ponctuel');
    expect(defaultUnitForm(E4, 'apprenti', 'public')).toBe('ponctuel');
  });

  it('exactly the three cases of D643-19 are eligible', () => {
    const eligible = STATUTS.flatMap((s) => TYPES.filter((t) => ccfEligible(s, t)).map((t) => `${s}/${t}`));
    expect(eligible.sort()).toEqual(
      ['apprenti/cfa_habilite', 'formation_continue/greta', 'formation_continue/public', 'scolaire/prive_sous_contrat', 'scolaire/public'].sort(),
    );
  });
});

describe('R1: units that may not be CCF', () => {
  it('E1, E3, E5 and EF1 are ponctuel for every statut and établissement', () => {
    const never = ccst.units.filter((u) => !u.mayBeCcf).map((u) => u.code);
    expect(never).toEqual(['E1', 'E3', 'E5', 'EF1']);
    for (const code of never) {
      for (const statut of STATUTS) {
        for (const type of TYPES) expect(defaultUnitForm(unit(code), statut, type)).toBe('ponctuel');
      }
    }
  });

  it('a CCF override on a unit that may not be CCF is ignored', () => {
    const c = candidate('scolaire', { E1: 'CCF', E5: 'CCF' });
    expect(unitForm(c, unit('E1'), 'public')).toBe('ponctuel');
    expect(unitForm(c, unit('E5'), 'public')).toBe('ponctuel');
  });
});

describe('form overrides', () => {
  it('a ponctuel override wins over a CCF default', () => {
    expect(unitForm(candidate('scolaire', { E4: 'ponctuel' }), E4, 'public')).toBe('ponctuel');
  });

  it('a CCF override wins over a ponctuel default on a unit that may be CCF', () => {
    expect(unitForm(candidate('individuel', { U61: 'CCF' }), unit('U61'), null)).toBe('CCF');
  });

  it('without an override, unitForm is the default form', () => {
    expect(unitForm(candidate('apprenti'), E4, 'cfa_habilite')).toBe('CCF');
    expect(unitForm(candidate('apprenti'), E4, 'cfa_non_habilite')).toBe('ponctuel');
  });
});

describe('unitForms', () => {
  it('gives every unit of the regulation, overrides applied', () => {
    const forms = unitForms(candidate('scolaire', { U62: 'ponctuel' }), ccst, 'public');
    expect(forms).toEqual({
      E1: 'ponctuel',
      E21: 'CCF',
      E22: 'CCF',
      E3: 'ponctuel',
      E4: 'CCF',
      E5: 'ponctuel',
      U61: 'CCF',
      U62: 'ponctuel',
      EF1: 'ponctuel',
      EF2: 'CCF',
      EF3: 'CCF',
    });
  });

  it('everything is ponctuel for a candidate of a private établissement hors contrat', () => {
    const forms = unitForms(candidate('scolaire'), ccst, 'prive_hors_contrat');
    expect(Object.values(forms).every((f) => f === 'ponctuel')).toBe(true);
    expect(Object.keys(forms)).toEqual(ccst.units.map((u) => u.code));
  });
});

describe('sitsUnit', () => {
  it('every compulsory unit; an optional one only when registered', () => {
    const e1 = { code: 'E1', domain: 'general' as const };
    const ef1 = { code: 'EF1', domain: 'optional' as const };
    expect(sitsUnit({ optionalUnits: [] }, e1)).toBe(true);
    expect(sitsUnit({ optionalUnits: [] }, ef1)).toBe(false);
    expect(sitsUnit({ optionalUnits: ['EF1'] }, ef1)).toBe(true);
  });
});
