import { describe, expect, it } from 'vitest';
import { csvBytes } from '../../src/io/csv.ts';
import { encodeWindows1252 } from '../../src/io/decode.ts';
import { autoMap, importFields } from '../../src/io/import/fields.ts';
import { readImportSource } from '../../src/io/import/read.ts';
import { ccst } from '../domain/factories.ts';

const fields = importFields(ccst);
const map = (header: string[]) => autoMap(header, fields);

describe('importFields / autoMap', () => {
  it('has identity, établissement, every unit, every contrôle unit and the flags, in groups', () => {
    const keys = fields.map((f) => f.key);
    expect(keys.slice(0, 12)).toEqual([
      'numero',
      'nom',
      'prenom',
      'nom_prenom',
      'date_naissance',
      'statut',
      'langue_vivante',
      'facultatives',
      'formes',
      'etablissement_uai',
      'etablissement_nom',
      'etablissement_ville',
    ]);
    expect(keys[12]).toBe('etablissement_type');
    expect(keys).toContain('U62');
    expect(keys).toContain('EF3');
    expect(keys.filter((k) => k.startsWith('controle_'))).toEqual(['controle_E1', 'controle_E2', 'controle_E3']);
    expect(keys.slice(-2)).toEqual(['sous_reserve', 'benefices']);
    expect(fields.find((f) => f.key === 'E4')?.group).toBe('notes');
    expect(fields.find((f) => f.key === 'controle_E2')?.group).toBe('controle');
  });

  it('recognises French spellings whatever their case, accents and spaces', () => {
    expect(
      map([
        'N° candidat',
        'NOM DE FAMILLE',
        'prénom',
        'Né(e) le',
        'Statut',
        'LV',
        'RNE',
        'Etablissement',
        'Ville',
        "Type d'établissement",
        'E61',
        'Contrôle E1',
        'Sous réserve',
        'Bénéfices',
      ]),
    ).toEqual([
      'numero',
      'nom',
      'prenom',
      'date_naissance',
      'statut',
      'langue_vivante',
      'etablissement_uai',
      'etablissement_nom',
      'etablissement_ville',
      'etablissement_type',
      'U61',
      'controle_E1',
      'sous_reserve',
      'benefices',
    ]);
    expect(map(['Numéro', 'Langue', 'Code établissement', 'UAI', 'Date de naissance'])).toEqual([
      'numero',
      'langue_vivante',
      'etablissement_uai',
      null,
      'date_naissance',
    ]);
  });

  it('ignores unknown columns; of two columns for one field the first wins', () => {
    expect(map(['numero', 'Classe', 'U61', 'E61', ''])).toEqual(['numero', null, 'U61', null, null]);
  });

  it('maps the headers of the full export back to their fields', () => {
    const keys = fields.map((f) => f.key);
    expect(map(keys)).toEqual(keys);
  });
});

describe('readImportSource', () => {
  it('finds the header below title rows and keeps physical line numbers', () => {
    const text = 'Notes de U61 — BTS CCST\r\nClasse : BTS2;;\r\n\r\nN° candidat;Nom;U61\r\n0012;Dupont;14\r\n0013;Martin;12,5\r\n';
    const source = readImportSource(csvBytes(text), 'u61.csv');
    expect(source).toMatchObject({ fileName: 'u61.csv', encoding: 'utf-8', delimiter: ';', headerIndex: 2, readErrors: [] });
    expect(source.records.map((r) => r.line)).toEqual([1, 2, 4, 5, 6]);
    expect(source.records[2]?.cells).toEqual(['N° candidat', 'Nom', 'U61']);
  });

  it('needs numero and another known field to take a row as the header', () => {
    expect(readImportSource(csvBytes('numero;Classe\nnumero;E4\n1;12\n'), 'f.csv').headerIndex).toBe(1);
    expect(readImportSource(csvBytes('a;b\n1;2\n'), 'f.csv').headerIndex).toBe(0);
  });

  it('tries the other delimiters when the first line is a title with a comma', () => {
    const source = readImportSource(csvBytes('Relevé, session 2024\nnumero;nom;E4\n1;A;12,5\n'), 'f.csv');
    expect(source.delimiter).toBe(';');
    expect(source.headerIndex).toBe(1);
    expect(source.records[2]?.cells).toEqual(['1', 'A', '12,5']);
  });

  it('reads Windows-1252 files and honours forced options', () => {
    const bytes = encodeWindows1252('numéro;prénom\n1;Léa\n');
    const source = readImportSource(bytes, 'f.csv');
    expect(source.encoding).toBe('windows-1252');
    expect(source.records[1]?.cells).toEqual(['1', 'Léa']);
    const forced = readImportSource(csvBytes('numero,nom\n1,A\n'), 'f.csv', { delimiter: ';', headerIndex: 9, encoding: 'utf-8' });
    expect(forced).toMatchObject({ delimiter: ';', headerIndex: 1 });
  });

  it('reports an unterminated quote with its line', () => {
    const source = readImportSource(csvBytes('numero;nom\n1;"Dupont\n2;Martin\n'), 'f.csv');
    expect(source.readErrors).toEqual([{ line: 2, message: 'guillemet non fermé' }]);
  });

  it('gives an empty source for an empty file', () => {
    expect(readImportSource(new Uint8Array(), 'f.csv')).toMatchObject({ headerIndex: 0, records: [] });
  });
});
