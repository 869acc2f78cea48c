import { describe, it, expect } from 'vitest';
import { mapHeaders, missingFields, normalizeHeader, type FieldDef } from '../../src/io/headers.ts';

const fields: FieldDef[] = [
  { key: 'numero', label: 'Numéro', synonyms: ['N° candidat', 'num', 'N°'] },
  { key: 'nom', label: 'Nom', synonyms: ['nom de famille'] },
  { key: 'prenom', label: 'Prénom', synonyms: [] },
  { key: 'E1', label: 'Culture générale', synonyms: ['contrôle E1'] },
];

describe('normalizeHeader', () => {
  it('ignores case, accents, spaces and punctuation', () => {
    expect(normalizeHeader('N° candidat')).toBe('ncandidat');
    expect(normalizeHeader('Nº candidat')).toBe('ncandidat');
    expect(normalizeHeader('Numéro')).toBe('numero');
    expect(normalizeHeader('Prénom')).toBe('prenom');
    expect(normalizeHeader('contrôle E1')).toBe('controlee1');
    expect(normalizeHeader('controle_E1')).toBe('controlee1');
    expect(normalizeHeader('\u00a0Note.E-1’ ')).toBe('notee1');
    expect(normalizeHeader("Œuvre d'Æsope")).toBe('oeuvredaesope');
    expect(normalizeHeader('')).toBe('');
  });
});

describe('mapHeaders', () => {
  it('maps spelling variants of a field to its key', () => {
    for (const h of ['N° candidat', 'Numéro', 'NUMERO', ' numero ', 'numéro', 'Num']) {
      expect(mapHeaders([h], fields).columns).toEqual(['numero']);
    }
    expect(mapHeaders(['Prénom'], fields).columns).toEqual(['prenom']);
    expect(mapHeaders(['controle_E1'], fields).columns).toEqual(['E1']);
  });

  it('maps shuffled columns and ignores unknown and empty ones', () => {
    const mapping = mapHeaders(['Prénom', 'Remarque', '', 'NOM', ' ', 'N°'], fields);
    expect(mapping).toEqual({
      columns: ['prenom', null, null, 'nom', null, 'numero'],
      ignored: [{ index: 1, header: 'Remarque' }],
      errors: [],
    });
  });

  it('reports two columns mapping to the same field', () => {
    const mapping = mapHeaders(['Nom', 'Prénom', 'NOM'], fields);
    expect(mapping.columns).toEqual(['nom', 'prenom', null]);
    expect(mapping.errors).toEqual([{ column: 'NOM', message: 'colonnes « Nom » et « NOM » : même champ « nom »' }]);
  });
});

describe('missingFields', () => {
  it('lists required fields without a column', () => {
    const mapping = mapHeaders(['nom', 'E1'], fields);
    expect(missingFields(mapping, ['numero', 'nom', 'prenom'])).toEqual(['numero', 'prenom']);
    expect(missingFields(mapping, [])).toEqual([]);
  });
});
