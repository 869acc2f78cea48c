import { describe, expect, it } from 'vitest';
import { formatInputError, readCandidatesCsv } from '../../src/io/candidates-csv.ts';
import { ccst } from '../domain/factories.ts';

const HEADER = 'numero;nom;prenom;E1;E21;E22;E3;E4;E5;U61;U62';
const read = (text: string) => readCandidatesCsv(text, ccst);
const messages = (text: string) => read(text).errors.map(formatInputError);

describe('reading the candidates file', () => {
  it('maps French headings whatever their case, accents and spaces, in any order', () => {
    const text = 'U62;E5;Prénom;NOM;E4;N° candidat;E3;e22;E21;e1;E61\n14;13;Léa;Dupont;12;001;11;14;13,5;12;15\n';
    const { rows, errors } = read(text);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ line: 2, numero: '001', nom: 'Dupont', prenom: 'Léa' });
    expect(rows[0]?.marks.E21).toEqual({ kind: 'number', hundredths: 1350 });
    expect(rows[0]?.marks.U61).toEqual({ kind: 'number', hundredths: 1500 }); // E61 is U61's other name
  });

  it('ignores unknown columns and reads the optional and contrôle columns', () => {
    const { rows, errors } = read(`${HEADER};Classe;EF1;Contrôle E2\n001;A;B;10;10;10;10;10;10;10;10;BTS2;14;ab\n`);
    expect(errors).toEqual([]);
    expect(rows[0]?.marks.EF1).toEqual({ kind: 'number', hundredths: 1400 });
    expect(rows[0]?.controle.E2).toEqual({ kind: 'AB' });
  });

  it('reads marks headed as a teacher writes them (« Note E4 », « E4 /20 », « Note contrôle E2 ») as the import wizard does', () => {
    const text =
      'N° candidat;Nom;Prénom;Note E1;E21 /20;E22 (/20);Note E3;Note E4 /20;E5 sur 20;Note U61;Note d’U62;Note contrôle E2\n001;A;B;10;11;12;13;14;15;16;17;9\n';
    const { rows, errors } = read(text);
    expect(errors).toEqual([]);
    expect(Object.values(rows[0]!.marks).map((m) => (m.kind === 'number' ? m.hundredths / 100 : m.kind))).toEqual([10, 11, 12, 13, 14, 15, 16, 17]);
    expect(rows[0]?.controle.E2).toEqual({ kind: 'number', hundredths: 900 });
  });

  it('reports a missing compulsory column with the header line', () => {
    expect(messages('numero;nom;prenom;E1;E21;E22;E3;E4;E5;U61\n')).toEqual(['ligne 1, colonne U62 : colonne obligatoire absente']);
  });

  it('reads a class list’s « Élève » column (nom and prénom together) as the import wizard does, refusing what it cannot split', () => {
    const text = 'numero;Élève;E1;E21;E22;E3;E4;E5;U61;U62\n001;DUPONT Léa;10;10;10;10;10;10;10;10\n002;Le Goff Björn;10;10;10;10;10;10;10;10\n';
    const { rows, errors } = read(text);
    expect(rows.map((r) => `${r.numero} ${r.nom} / ${r.prenom}`)).toEqual(['001 DUPONT / Léa', '002  / ']);
    expect(errors.map(formatInputError)).toEqual([
      'ligne 3, colonne Élève : « Le Goff Björn » : le nom ne se distingue pas du prénom ; écrivez le nom en majuscules (DUPONT Léa), séparez-les par une virgule (Dupont, Léa) ou mettez-les dans deux colonnes',
    ]);
    // With a Nom column too, the two are not read together: said.
    expect(messages('numero;nom;Élève;E1;E21;E22;E3;E4;E5;U61;U62\n')).toEqual([
      'ligne 1, colonne prenom : colonne obligatoire absente : « Élève » réunit nom et prénom, gardez-la seule ou séparez-les en deux colonnes (nom ; prenom)',
    ]);
  });

  it('reports every R2 error with its line and the column as headed in the file', () => {
    const text = `${HEADER.replace('E4', 'e4')}\n\n001;A;B;21;10;10;10;DI;10;10;10\n002;C;D;10;10;10;NV;10;10;10;12,345\n`;
    expect(messages(text)).toEqual([
      'ligne 3, colonne E1 : « 21 » : note supérieure à 20',
      'ligne 3, colonne e4 : DI impossible en E4 (dispense seulement en E1, E21, E22, E3)',
      'ligne 4, colonne E3 : NV impossible en E3 (seulement en E4, U61, U62)',
      'ligne 4, colonne U62 : « 12,345 » : 2 décimales au plus',
    ]);
  });

  it('refuses a duplicated numero, a missing numero and a missing nom', () => {
    const text = `${HEADER}\n001;A;B;10;10;10;10;10;10;10;10\n002;;B;10;10;10;10;10;10;10;10\n 001 ;C;D;10;10;10;10;10;10;10;10\n;E;F;10;10;10;10;10;10;10;10\n`;
    expect(messages(text)).toEqual([
      'ligne 3, colonne nom : nom manquant',
      'ligne 4, colonne numero : numéro « 001 » déjà présent ligne 2',
      'ligne 5, colonne numero : numéro de candidat manquant',
    ]);
  });

  it('keeps names exactly as read, with quoted ; and "', () => {
    const { rows } = read(`${HEADER}\n001;"Le Gall; dit ""Bob""";Anne-Sophie ;10;10;10;10;10;10;10;10\n`);
    expect(rows[0]).toMatchObject({ nom: 'Le Gall; dit "Bob"', prenom: 'Anne-Sophie ' });
  });

  it('counts physical lines when a quoted name spans two lines', () => {
    const text = `${HEADER}\n001;"Nom\nsur deux lignes";B;10;10;10;10;10;10;10;10\n002;C;D;99;10;10;10;10;10;10;10\n`;
    expect(messages(text)).toEqual(['ligne 4, colonne E1 : « 99 » : note supérieure à 20']);
  });

  it('says the file is empty when there is no header', () => {
    expect(messages('\n\n')[0]).toContain('fichier vide');
  });
});
