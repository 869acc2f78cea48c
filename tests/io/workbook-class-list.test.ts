/**
 * A class list saved by a real spreadsheet program (LibreOffice, scripts/workbook-fixtures.ts), nom and prénom in one
 * « Élève » column: imported as the same list written as CSV is, each line split, the unsplittable one refused.
 */
import * as XLSX from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { btsCcst2024 as regulation } from '../../src/domain/presets/index.ts';
import { fileKind } from '../../src/io/file-kind.ts';
import { autoMap, importFields } from '../../src/io/import/fields.ts';
import { buildPlan } from '../../src/io/import/plan.ts';
import { readWorkbookSource } from '../../src/io/import/read.ts';
import { parseWorkbook, type XlsxLibrary } from '../../src/io/workbook.ts';
import { emptySnapshot } from './import-helpers.ts';

function classListPlan() {
  const bytes = new Uint8Array(readFileSync('tests/fixtures/workbooks/liste-classe.xlsx'));
  const kind = fileKind(bytes);
  if (kind.kind !== 'workbook') throw new Error('liste-classe.xlsx is not a workbook');
  const source = readWorkbookSource(parseWorkbook(XLSX as XlsxLibrary, bytes, kind.format), 'liste-classe.xlsx');
  const mapping = autoMap(source.records[source.headerIndex]!.cells, importFields(regulation));
  return { source, mapping, plan: buildPlan(source, mapping, emptySnapshot(regulation, 2026), 'keep') };
}

describe('a class list workbook with an « Élève » column', () => {
  it('maps « Élève » to the names in one column, « Né(e) le » and « N° candidat » to theirs, and leaves « Classe » out', () => {
    const { mapping } = classListPlan();
    expect(mapping).toEqual(['nom_prenom', 'date_naissance', 'numero', null]);
  });

  it('creates each candidate with the nom and prénom of its line, and refuses only the line whose names cannot be told apart', () => {
    const { plan } = classListPlan();
    expect(plan.newCandidates.map((c) => [c.data.numero, c.data.nom, c.data.prenom, c.data.dateNaissance])).toEqual([
      ['2431000001', 'DUPONT', 'Léa', '2005-06-08'],
      ['2431000002', 'LE GOFF', 'Björn', '2004-11-23'],
      ['2431000003', "d'ARTAGNAN", 'Charles', '2006-01-31'],
      ['2431000004', 'DUPONT', 'J.', '2005-02-14'],
      ['2431000005', 'de GAULLE', 'Anne', '2005-09-05'],
    ]);
    const refused = plan.rows.filter((r) => r.errors.length > 0);
    expect(refused.map((r) => [r.line, r.errors.map((e) => `${e.column} : ${e.message}`)])).toEqual([
      [7, [expect.stringMatching(/^Élève : « Le Goff Yann » : le nom ne se distingue pas du prénom ; écrivez le nom en majuscules/)]],
    ]);
  });

  it('says on each line that the number typed as a number lost its leading zero, and that « DUPONT J. » has only an initial for a prénom', () => {
    const { plan } = classListPlan();
    const lostZero = (n: number) => `numéro « 243100000${n} » : un zéro de tête semble perdu (0243100000${n} ?)`;
    expect(plan.rows.map((r) => r.warnings)).toEqual([
      [lostZero(1)],
      [lostZero(2)],
      [lostZero(3)],
      [lostZero(4), "« DUPONT J. » : le prénom n'est qu'une initiale (J.) ; complétez-le dans l'onglet Candidats"],
      [lostZero(5)],
      [lostZero(6)],
    ]);
  });
});
