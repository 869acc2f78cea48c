/**
 * Workbooks made by a real spreadsheet program (LibreOffice, scripts/workbook-fixtures.ts): read as the
 * equivalent CSV is, written back as .xlsx with numbers where marks are and text where codes and numbers are.
 */
import * as XLSX from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { btsCcst2024 as regulation } from '../../src/domain/presets/index.ts';
import { resultsFromCandidatesFile, resultsFromWorkbook } from '../../src/io/results-file.ts';
import { binaryFileMessage, fileKind } from '../../src/io/file-kind.ts';
import { autoMap, importFields } from '../../src/io/import/fields.ts';
import { buildPlan } from '../../src/io/import/plan.ts';
import { readImportSource, readWorkbookSource } from '../../src/io/import/read.ts';
import type { ImportSource, SessionSnapshot } from '../../src/io/import/types.ts';
import { sessionTable, unitSheetTable } from '../../src/io/session-csv.ts';
import { auditTable } from '../../src/io/audit-csv.ts';
import { resultsTable } from '../../src/io/results-csv.ts';
import { numberCellText, parseWorkbook, WorkbookError, type XlsxLibrary } from '../../src/io/workbook.ts';
import { sheetName, writeXlsx } from '../../src/io/workbook-write.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { applyPlan, contentOf, emptySnapshot, exampleSnapshot } from './import-helpers.ts';

const xlsx = XLSX as XlsxLibrary;
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/workbooks/${name}`));
const read = (name: string) => {
  const bytes = fixture(name);
  const kind = fileKind(bytes);
  if (kind.kind !== 'workbook') throw new Error(`${name} is not a workbook`);
  return parseWorkbook(xlsx, bytes, kind.format);
};

function plan(source: ImportSource, snapshot: SessionSnapshot, options = {}) {
  const mapping = autoMap(source.records[source.headerIndex]?.cells ?? [], importFields(regulation));
  return buildPlan(source, mapping, snapshot, 'keep', options);
}

describe('fileKind', () => {
  it('tells workbooks, text and other binary files apart by their bytes, whatever their name', () => {
    expect(fileKind(fixture('notes-bts.xlsx'))).toMatchObject({ kind: 'workbook', format: 'xlsx' });
    expect(fileKind(fixture('notes-bts.ods'))).toMatchObject({ kind: 'workbook', format: 'ods' });
    expect(fileKind(fixture('notes-bts.xls'))).toMatchObject({ kind: 'workbook', format: 'xls' });
    expect(fileKind(fixture('notes-bts.csv'))).toEqual({ kind: 'text' });
    expect(fileKind(fixture('session-ansi-aa.csv'))).toEqual({ kind: 'text' });
    expect(fileKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatchObject({ kind: 'workbook', format: 'xls' });
    expect(fileKind(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toEqual({ kind: 'binary', label: 'un document PDF' });
    expect(fileKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toEqual({ kind: 'binary', label: 'une image' });
    const docx = new TextEncoder().encode('PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml');
    expect(fileKind(docx)).toEqual({ kind: 'binary', label: 'un document Word (.docx)' });
    const noise = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256);
    expect(fileKind(noise).kind).toBe('binary');
    // UTF-16 without BOM is text (one NUL byte in two), for the CSV reader to decode.
    const utf16 = new Uint8Array([...'numero;nom\r\n001;Zoé\r\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(fileKind(utf16)).toEqual({ kind: 'text' });
  });

  it('says in French what the file is and what to do', () => {
    expect(binaryFileMessage('un document PDF')).toMatch(/^ce fichier n'est pas un tableau de notes : c'est un document PDF\. Importez un fichier CSV/);
    expect(binaryFileMessage('un document PDF')).toContain('« Enregistrer sous »');
  });
});

describe('reading a workbook', () => {
  it('gives numbers as numbers, codes and zero-led numbers as text, dates as dates, accents intact (.xlsx, .ods, .xls alike)', () => {
    for (const name of ['notes-bts.xlsx', 'notes-bts.ods', 'notes-bts.xls']) {
      const book = read(name);
      expect(book.sheets.map((s) => s.name)).toEqual(['Consignes', 'Notes BTS']);
      const [title, header, first, second, third, fourth] = book.sheets[1]!.records;
      expect(title).toMatchObject({ line: 1, cells: ['BTS CCST — session 2026 — notes du lycée Jean Moulin', '', '', '', '', '', '', '', '', '', '', ''] });
      expect(header!.line).toBe(3);
      expect(first).toEqual({ line: 4, cells: ['2431000001', 'Dupont', 'Léa', '08/06/2005', '12', '13,5', '14', '11', '12', '13', '15', '14'] });
      expect(second!.cells.slice(0, 8)).toEqual(['2431000002', 'Lefèvre', 'François', '23/11/2004', 'AB', '10', '10', '9,75']);
      expect(third!.cells[0]).toBe('02431000003');
      expect(fourth!.cells).toEqual(['2431000004', 'Nguyễn', 'Thị Ánh', '14/02/2005', 'DI', '12', '11', 'ABJ', '13', '12', 'NV', '14']);
    }
  });

  it('chooses the first sheet with a candidate-number heading and skips the merged title row', () => {
    const source = readWorkbookSource(read('notes-bts.xlsx'), 'notes-bts.xlsx');
    expect(source.workbook).toEqual({ format: 'xlsx', sheet: 'Notes BTS', sheets: ['Consignes', 'Notes BTS'] });
    expect(source.records[source.headerIndex]!.line).toBe(3);
    const chosen = readWorkbookSource(read('notes-bts.xlsx'), 'notes-bts.xlsx', { sheet: 'Consignes' });
    expect(chosen.workbook!.sheet).toBe('Consignes');
    expect(chosen.records[0]!.cells[0]).toContain('Saisir une note');
  });

  it('numbers: exact hundredths with a decimal comma; more decimals are kept for the mark reader to refuse', () => {
    expect(numberCellText(13.87)).toBe('13,87');
    expect(numberCellText(0.1 + 0.2)).toBe('0,3');
    expect(numberCellText(9.05)).toBe('9,05');
    expect(numberCellText(2431000001)).toBe('2431000001');
    expect(numberCellText(12.866666666)).toBe('12,866666666');
  });

  it('refuses a damaged workbook with a French reason', () => {
    const broken = fixture('notes-bts.xlsx').subarray(0, 3000);
    expect(() => parseWorkbook(xlsx, broken, 'xlsx')).toThrow(WorkbookError);
    expect(() => parseWorkbook(xlsx, broken, 'xlsx')).toThrow(/classeur illisible .* enregistrez-le à nouveau/);
  });
});

describe('a workbook gives what the equivalent CSV gives', () => {
  it('results (the CLI engine): the same bytes from .xlsx, .ods, .xls and .csv', () => {
    const csv = resultsFromCandidatesFile(fixture('notes-bts.csv'), regulation);
    expect(csv.ok).toBe(true);
    for (const name of ['notes-bts.xlsx', 'notes-bts.ods', 'notes-bts.xls']) expect(resultsFromWorkbook(read(name), regulation)).toEqual(csv);
    if (csv.ok) expect(csv.csv).toContain('2431000004;Nguyễn;Thị Ánh;;;;;NV;NV en U61');
  });

  it('import (the wizard): the same session from .xlsx, .ods, .xls and .csv', () => {
    const empty = emptySnapshot(regulation, 2026);
    const fromCsv = plan(readImportSource(fixture('notes-bts.csv'), 'notes-bts.csv'), empty);
    expect(fromCsv.rows.flatMap((r) => r.errors)).toEqual([]);
    expect(fromCsv.counts.new).toBe(6);
    const expected = contentOf(applyPlan(empty, fromCsv));
    for (const name of ['notes-bts.xlsx', 'notes-bts.ods', 'notes-bts.xls']) {
      const fromBook = plan(readWorkbookSource(read(name), name), empty);
      expect(fromBook.counts).toEqual(fromCsv.counts);
      expect(contentOf(applyPlan(empty, fromBook))).toEqual(expected);
    }
    expect(expected.find((c) => c.nom === 'Nguyễn')).toMatchObject({ prenom: 'Thị Ánh', dateNaissance: '2005-02-14' });
  });
});

describe('writing .xlsx', () => {
  it('session → .xlsx → re-import gives the same session; re-imported into itself, nothing changes', () => {
    const example = exampleSnapshot(buildExampleSession(regulation));
    const bytes = writeXlsx(xlsx, sessionTable(example), 'Session');
    expect(fileKind(bytes)).toMatchObject({ kind: 'workbook', format: 'xlsx' });
    const source = readWorkbookSource(parseWorkbook(xlsx, bytes, 'xlsx'), 'session.xlsx');
    const empty = emptySnapshot(regulation, example.year);
    const fresh = plan(source, empty);
    expect(fresh.rows.flatMap((r) => r.errors)).toEqual([]);
    expect(fresh.lostZeros).toBeUndefined();
    expect(contentOf(applyPlan(empty, fresh))).toEqual(contentOf(example));
    expect(plan(source, example).counts).toEqual({ new: 0, updated: 0, unchanged: example.candidates.length, error: 0 });
  });

  it('results .xlsx: number cells with two decimals for averages, text cells for numbers and codes; bold frozen header, fitted widths', () => {
    const outcome = resultsFromWorkbook(read('notes-bts.xlsx'), regulation);
    if (!outcome.ok) throw new Error(outcome.messages.join('\n'));
    const rows = outcome.rows.map((r, i) => (i === 2 ? { ...r, numero: '0012' } : r));
    const bytes = writeXlsx(xlsx, resultsTable(rows), 'Résultats');
    const book = XLSX.read(bytes, { cellNF: true, cellStyles: true });
    const sheet = book.Sheets['Résultats']!;
    expect(sheet['A1']).toMatchObject({ t: 's', v: 'numero' });
    expect(sheet['A2']).toMatchObject({ t: 's', v: '2431000001' });
    expect(sheet['A4']).toMatchObject({ t: 's', v: '0012' });
    expect(sheet['D2']).toMatchObject({ t: 'n', v: 12.85, z: '0.00' });
    expect(sheet['G2']).toMatchObject({ t: 'n', v: 321.25, z: '0.00' });
    expect(sheet['D3']).toBeUndefined(); // no average: an empty cell, as in the CSV
    expect(sheet['H3']).toMatchObject({ t: 's', v: 'ELIMINE' });
    expect(sheet['I3']).toMatchObject({ t: 's', v: 'AB en E1' });
    const widths = (sheet['!cols'] ?? []).map((c) => c.wch ?? 0);
    expect(widths[0]).toBeGreaterThanOrEqual(10);
    expect(widths[8]).toBeGreaterThan(widths[7]!);
    // What SheetJS CE cannot write, added to the XML: a bold font on the header, and the frozen first row.
    const zip = XLSX.CFB.read(bytes, { type: 'array' });
    const part = (path: string) => new TextDecoder().decode(zip.FileIndex[zip.FullPaths.indexOf(`Root Entry/${path}`)]!.content as Uint8Array);
    expect(part('xl/worksheets/sheet1.xml')).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    const style = /<c r="A1" s="(\d+)"/.exec(part('xl/worksheets/sheet1.xml'))![1];
    const xf = [...part('xl/styles.xml').matchAll(/<xf [^>]*\/>/g)].map((m) => m[0]).filter((x) => x.includes('xfId='))[Number(style)]!;
    const fontId = Number(/fontId="(\d+)"/.exec(xf)![1]);
    const fonts = [...part('xl/styles.xml').matchAll(/<font>([\s\S]*?)<\/font>/g)].map((m) => m[1]!);
    expect(fonts[fontId]).toContain('<b/>');
  });

  it('unit sheet and journal .xlsx: the same cells as their CSV, marks as numbers, everything else as text', () => {
    const example = exampleSnapshot(buildExampleSession(regulation));
    const unit = unitSheetTable(example, 'E4');
    const sheet = XLSX.read(writeXlsx(xlsx, unit, 'E4')).Sheets['E4']!;
    const rows = XLSX.utils.sheet_to_json<(string | number)[]>(sheet, { header: 1, raw: true, defval: '' });
    expect(rows).toHaveLength(unit.length);
    unit.forEach((row, r) =>
      row.forEach((cell, c) => {
        const got = rows[r]![c];
        if (cell === null) expect(got).toBe('');
        else if (typeof cell === 'string') expect(got).toBe(cell);
        else expect(got).toBe(Number(cell.number.replace(',', '.')));
      }),
    );
    const entry = {
      sessionId: 1,
      at: '2025-06-27T08:05:00.000Z',
      who: 'Mme Durand',
      kind: 'note' as const,
      candidateId: 1,
      numero: '0012',
      name: 'Dupont Léa',
      unit: 'E4',
      before: '9,5',
      after: '=10',
      reason: 'erreur de report',
    };
    const journal = XLSX.read(writeXlsx(xlsx, auditTable([entry], { timeZone: 'Europe/Paris' }), 'Journal')).Sheets['Journal']!;
    expect(XLSX.utils.sheet_to_json<string[]>(journal, { header: 1 })).toEqual([
      ['Quand', 'Qui', 'Numéro', 'Candidat', 'Épreuve', 'Avant', 'Après', 'Motif'],
      ['27/06/2025 10:05', 'Mme Durand', '0012', 'Dupont Léa', 'E4', '9,5', '=10', 'erreur de report'],
    ]);
    expect(journal['G2']).toMatchObject({ t: 's', v: '=10' }); // a text, never a formula
  });

  it('sheet names: at most 31 characters, none of []:*?/\\', () => {
    expect(sheetName('notes E4/E5 : [brouillon]?')).toBe('notes E4 E5 brouillon');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });
});
