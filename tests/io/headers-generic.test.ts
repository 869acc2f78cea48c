import { describe, expect, it } from 'vitest';
import { IDENTITY_FIELDS } from '../../src/io/candidates-csv.ts';
import { mapHeaders } from '../../src/io/headers.ts';

const map = (header: string) => mapHeaders(header.split(';'), [...IDENTITY_FIELDS]);

describe('generic headings (`N°`)', () => {
  it('give way, without an error, to a column naming the field by a specific heading', () => {
    expect(map('N°;N° INE;N° candidat;Nom;Prénom')).toEqual({
      columns: [null, null, 'numero', 'nom', 'prenom'],
      ignored: [
        { index: 0, header: 'N°' },
        { index: 1, header: 'N° INE' },
      ],
      errors: [],
    });
    expect(map('No;Nom;Numéro').columns).toEqual([null, 'nom', 'numero']);
  });

  it('still name the field alone; two specific headings, or two generic ones, are still an error', () => {
    expect(map('N°;Nom').columns).toEqual(['numero', 'nom']);
    expect(map('numero;N° candidat').errors).toEqual([{ column: 'N° candidat', message: 'colonnes « numero » et « N° candidat » : même champ « numero »' }]);
    expect(map('N°;Num').errors).toEqual([{ column: 'Num', message: 'colonnes « N° » et « Num » : même champ « numero »' }]);
  });
});
