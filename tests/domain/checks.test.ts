import { describe, expect, it } from 'vitest';
import {
  beneficeLockProblem,
  beneficeProblem,
  checkFormOverrides,
  checkOptionalUnits,
  checkUai,
  uaiLetterDoubt,
  isEtablissementType,
  isStatut,
  keepableMark,
} from '../../src/domain/checks.ts';
import { ccst, mark } from './factories.ts';

const E1 = { label: 'E1', controle: false };

describe('R8 bénéfice', () => {
  it('accepts a year 1 to 5 years back on a mark ≥ 10', () => {
    for (const year of [2019, 2023]) expect(beneficeProblem({ year }, E1, mark('10', 'E1'), 2024)).toBeNull();
  });

  it.each([2018, 2024, 2025, 2022.5])('refuses the year %s for a session of 2024', (year) => {
    expect(beneficeProblem({ year }, E1, mark('15', 'E1'), 2024)).toBe(
      "Bénéfice en E1 : l'année doit être celle d'une session antérieure, de 2019 à 2023 (5 ans au plus).",
    );
  });

  it.each(['9,99', 'AB', 'ABJ', 'DI', ''])('refuses « %s »: only a mark ≥ 10 is kept', (text) => {
    expect(beneficeProblem({ year: 2023 }, E1, mark(text, 'E1'), 2024)).toBe("Bénéfice en E1 : seule une note d'au moins 10 peut être conservée.");
    expect(keepableMark(mark(text, 'E1'))).toBe(false);
  });

  it('never applies to the épreuve de contrôle', () => {
    expect(beneficeProblem({ year: 2023 }, { label: 'contrôle E1', controle: true }, { kind: 'number', hundredths: 1500 }, 2024)).toBe(
      "Le bénéfice d'une note ne s'applique pas à l'épreuve de contrôle.",
    );
  });

  it('a mark kept by bénéfice must stay ≥ 10', () => {
    expect(beneficeLockProblem('E3', { year: 2022 }, mark('10', 'E3'))).toBeNull();
    expect(beneficeLockProblem('E3', { year: 2022 }, mark('', 'E3'))).toBe(
      "E3 : cette note est conservée par bénéfice (session 2022) et doit rester une note d'au moins 10. Retirez d'abord le bénéfice (« Détail du calcul », « Renoncer au bénéfice »).",
    );
  });
});

describe('candidate fields', () => {
  it('optional units: regulation order, no duplicates, only optional units', () => {
    expect(checkOptionalUnits(['EF3', 'EF1', 'EF3'], ccst)).toEqual({ ok: true, value: ['EF1', 'EF3'] });
    expect(checkOptionalUnits(['E4'], ccst)).toEqual({
      ok: false,
      error: "« E4 » n'est pas une épreuve facultative de cette session (épreuves facultatives : EF1, EF2, EF3).",
    });
  });

  it('form overrides: known unit, known form, CCF only where the regulation allows it', () => {
    expect(checkFormOverrides({ E4: 'ponctuel', U61: 'CCF', E1: 'ponctuel' }, ccst)).toEqual({
      ok: true,
      value: { E4: 'ponctuel', U61: 'CCF', E1: 'ponctuel' },
    });
    expect(checkFormOverrides({ E1: 'CCF' }, ccst)).toEqual({ ok: false, error: 'E1 ne peut pas être évaluée en CCF.' });
    expect(checkFormOverrides({ E9: 'CCF' }, ccst)).toEqual({ ok: false, error: 'Épreuve inconnue : « E9 ».' });
    expect(checkFormOverrides({ E4: 'oral' }, ccst)).toEqual({ ok: false, error: "E4 : forme d'évaluation inconnue « oral »." });
  });

  it('statut, type and UAI', () => {
    expect(isStatut('apprenti')).toBe(true);
    expect(isStatut('Apprenti')).toBe(false);
    expect(isStatut('toString')).toBe(false);
    expect(isEtablissementType('cfa_habilite')).toBe(true);
    expect(checkUai(' 0310044e ')).toEqual({ ok: true, value: '0310044E' });
    expect(checkUai('')).toEqual({ ok: true, value: '' });
    expect(checkUai('031004')).toEqual({
      ok: false,
      error: "Le code UAI « 031004 » n'est pas valide (7 chiffres et une lettre, par exemple 0310044E).",
    });
  });

  it("a UAI whose check letter is not its digits' is a doubt (said, not refused)", () => {
    // Real codes: the letter is the remainder of the 7 digits by 23, in ABCDEFGHJKLMNPRSTUVWXYZ.
    for (const uai of ['0310044E', '0810004P', '0311177L', '0121371A', '0313029Z', '0750654D']) expect(uaiLetterDoubt(uai), uai).toBeNull();
    expect(uaiLetterDoubt('0310044F')).toBe(
      'Le code UAI « 0310044F » semble mal recopié : avec les chiffres 0310044, la lettre de contrôle est E. Vérifiez-le (il est enregistré tel quel).',
    );
    // Two digits swapped.
    expect(uaiLetterDoubt('0301044E')).toMatch(/la lettre de contrôle est /);
    expect(uaiLetterDoubt('')).toBeNull();
    expect(uaiLetterDoubt('E0313029Z')).toBeNull();
  });
});
