import { describe, expect, it } from 'vitest';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import { isPastedBlock, pastedTable } from '../../src/io/import/paste.ts';
import { planText, smallSnapshot } from './import-helpers.ts';

describe('rows pasted from a spreadsheet', () => {
  it('are a block when they hold a tab or several lines; one value is not', () => {
    expect(isPastedBlock('0012\tDupont')).toBe(true);
    expect(isPastedBlock('Dupont\nMartin\n')).toBe(true);
    expect(isPastedBlock('Dupont\n')).toBe(false);
    expect(isPastedBlock('12,5')).toBe(false);
  });

  it('keep their own heading when they have one', () => {
    expect(pastedTable('Numéro\tNom\r\n0099\tPetit\r\n\r\n', btsCcst2024)).toBe('Numéro\tNom\n0099\tPetit\n');
  });

  it('get numéro, nom, prénom, date de naissance as heading when copied without one, and go through the same preview', () => {
    const text = pastedTable('0099\tPetit\tJade\t05/03/2004\n0100\tRoux\tAnna\t\n', btsCcst2024);
    expect(text.split('\n')[0]).toBe('N° candidat\tNom\tPrénom\tDate de naissance');
    const plan = planText(text, smallSnapshot());
    expect(plan.rows.map((r) => [r.line, r.numero, r.name, r.status])).toEqual([
      [2, '0099', 'Petit Jade', 'new'],
      [3, '0100', 'Roux Anna', 'new'],
    ]);
    expect(pastedTable('Petit\tJade\n', btsCcst2024).split('\n')[0]).toBe('Nom\tPrénom');
  });
});
