import { describe, expect, it } from 'vitest';
import { checkSessionYear, numeroTakenMessage } from '../../src/domain/checks.ts';

describe('checks shared by the forms and the database', () => {
  it('a session year is a whole number from 2000 to 2100', () => {
    expect(checkSessionYear(2026)).toEqual({ ok: true, value: 2026 });
    for (const bad of [1999, 2101, 2025.5, Number.NaN, '2025']) {
      expect(checkSessionYear(bad)).toEqual({ ok: false, error: "L'année de la session doit être un nombre entier entre 2000 et 2100." });
    }
  });

  it('a candidate number already used names its holder, except the candidate being edited', () => {
    const candidates = [
      { id: 1, numero: '0012', nom: 'Dupont', prenom: 'Léa' },
      { id: 2, numero: '0013', nom: 'Martin', prenom: '' },
    ];
    expect(numeroTakenMessage('0012', candidates)).toBe('Le numéro « 0012 » est déjà celui de Dupont Léa.');
    expect(numeroTakenMessage('0013', candidates)).toBe('Le numéro « 0013 » est déjà celui de Martin.');
    expect(numeroTakenMessage('0012', candidates, 1)).toBeNull();
    expect(numeroTakenMessage('0099', candidates)).toBeNull();
  });
});
