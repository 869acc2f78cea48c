import { describe, it, expect } from 'vitest';
import { btsCcst2024, btsCcst2025 } from '../../src/domain/presets/index.ts';
import { mapHeaders, missingFields, normalizeHeader, type FieldDef } from '../../src/io/headers.ts';
import { autoMap, importFields, regulationForHeader } from '../../src/io/import/fields.ts';

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

describe('mark headings dressed as a teacher writes them (`Note E4`, `E4 /20`)', () => {
  const marks: FieldDef[] = [
    { key: 'E4', label: 'E4', synonyms: [], mark: true },
    { key: 'U61', label: 'U61', synonyms: ['E61'], mark: true },
    { key: 'controle_E1', label: 'contrôle E1', synonyms: [], mark: true },
    { key: 'numero', label: 'Numéro', synonyms: [] },
  ];
  const one = (h: string, defs: FieldDef[] = marks) => mapHeaders([h], defs).columns[0];

  it('maps a mark field with « Note », « Notes », « Note de », « Note d’ » before and a scale of 20 after', () => {
    for (const h of ['Note E4', 'NOTE E4', 'Notes E4', 'Note de E4', "Note d'E4", 'Note d’E4', 'note_E4', 'Note : E4', 'NoteE4']) {
      expect(one(h), h).toBe('E4');
    }
    for (const h of [
      'E4 /20',
      'E4/20',
      'E4 / 20',
      'E4 (/20)',
      'E4 ( / 20 )',
      'E4 sur 20',
      'E4 (sur 20)',
      'Note E4 /20',
      'Note E4 sur 20',
      'Note de E4 (/20)',
    ]) {
      expect(one(h), h).toBe('E4');
    }
    expect(one('Note U61')).toBe('U61');
    expect(one('Note E61 /20')).toBe('U61');
    expect(one('Note contrôle E1 /20')).toBe('controle_E1');
  });

  it('leaves a heading alone that is not a mark, or not out of 20', () => {
    for (const h of ['Note', 'Notes', 'Note de vie scolaire', 'Note /20', 'Moyenne /20', 'E4 /10', 'E4 sur 10', 'E4 /200', 'Note E5', 'Note Numéro', 'E4 20']) {
      expect(one(h), h).toBeNull();
    }
    // Only a field marked as a mark is dressed.
    expect(one('Note E1', fields)).toBeNull();
  });

  it('keeps a heading that names two marks once undressed unmapped', () => {
    // `Note DE4` reads `notede4`: `Note` + `DE4`, or `Note d'` + `E4`.
    expect(one('Note DE4', [...marks, { key: 'DE4', label: 'DE4', synonyms: [], mark: true }])).toBeNull();
    expect(one('DE4', [...marks, { key: 'DE4', label: 'DE4', synonyms: [], mark: true }])).toBe('DE4');
  });

  it('counts a dressed heading as its field: a second column for it is an error', () => {
    expect(mapHeaders(['E4', 'Note E4'], marks).errors).toEqual([{ column: 'Note E4', message: 'colonnes « E4 » et « Note E4 » : même champ « E4 »' }]);
  });
});

describe('a teacher’s mark columns in the import wizard (autoMap)', () => {
  const map = (header: string, regulation = btsCcst2025) => autoMap(header.split(';'), importFields(regulation));

  it('maps `Note E4`, `E4 /20`… to the units of the 2025 regulation', () => {
    expect(map('N° candidat;Nom;Prénom;Note E4;Note E6')).toEqual(['numero', 'nom', 'prenom', 'E4', 'E6']);
    expect(map('Numéro;NOM;Prénom;E4 /20;E6 /20')).toEqual(['numero', 'nom', 'prenom', 'E4', 'E6']);
    expect(map('N° candidat;Nom;Prénom;E4 (/20);Note E6 /20;E7 sur 20;Note d’E8')).toEqual(['numero', 'nom', 'prenom', 'E4', 'E6', 'E7', 'E8']);
    expect(map('N° candidat;Nom;Prénom;Note contrôle E1;contrôle LVA /20')).toEqual(['numero', 'nom', 'prenom', 'controle_E1', 'controle_LVA']);
  });

  it('maps every unit of every preset, under its code or alias, dressed every way', () => {
    for (const regulation of [btsCcst2024, btsCcst2025]) {
      const fieldsOf = importFields(regulation);
      for (const unit of regulation.units) {
        for (const code of [unit.code, ...(unit.aliases ?? [])]) {
          for (const h of [
            `Note ${code}`,
            `Notes ${code}`,
            `Note de ${code}`,
            `Note d'${code}`,
            `${code} /20`,
            `${code} (/20)`,
            `${code} sur 20`,
            `Note ${code} /20`,
          ]) {
            expect(autoMap([h], fieldsOf), `${regulation.id} ${h}`).toEqual([unit.code]);
          }
        }
      }
    }
  });

  it('maps `Note U61` to the 2024 unit, and chooses the regulation by such columns', () => {
    expect(map('N° candidat;Nom;Prénom;Note U61;Note E62 /20', btsCcst2024)).toEqual(['numero', 'nom', 'prenom', 'U61', 'U62']);
    const choices = [{ regulation: btsCcst2024 }, { regulation: btsCcst2025 }];
    expect(regulationForHeader(['N° candidat', 'Nom', 'Prénom', 'Note U61', 'Note U62'], choices, choices[1]!)).toBe(choices[0]);
    expect(regulationForHeader(['N° candidat', 'Nom', 'Prénom', 'Note E7', 'Note E8 /20'], choices, choices[0]!)).toBe(choices[1]);
  });

  it('does not take `Note de vie scolaire`, `Notes` or a mark on another scale for a unit', () => {
    expect(map('N° candidat;Nom;Prénom;Note de vie scolaire;Notes;Note;E4 /10;Note /20')).toEqual(['numero', 'nom', 'prenom', null, null, null, null, null]);
    expect(map('N° candidat;Notes conservées')).toEqual(['numero', 'benefices']);
  });
});
