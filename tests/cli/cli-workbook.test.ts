/** `delib results` on workbooks (.xlsx, .ods made by LibreOffice) and on files that are no table. */
import * as XLSX from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/workbooks/${name}`));

function memoryIo(files: Record<string, Uint8Array>) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, Uint8Array> };
  const io: CliIo = {
    readFile(path) {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return file;
    },
    writeFile(path, data) {
      out.written[path] = data;
    },
    stdout(data) {
      out.stdout += typeof data === 'string' ? data : new TextDecoder('utf-8', { ignoreBOM: true }).decode(data);
    },
    stderr(text) {
      out.stderr += text;
    },
  };
  return { io, out };
}

describe('delib results on workbooks', () => {
  it('reads .xlsx and .ods (the sheet with candidate numbers, below its title) as the equivalent CSV', () => {
    const files = { 'notes.csv': fixture('notes-bts.csv'), 'notes.xlsx': fixture('notes-bts.xlsx'), 'notes.ods': fixture('notes-bts.ods') };
    const run = (name: string) => {
      const { io, out } = memoryIo(files);
      expect(runCli(['results', name], io)).toBe(0);
      expect(out.stderr).toBe('');
      return out.stdout;
    };
    const csv = run('notes.csv');
    expect(csv).toContain('2431000001;Dupont;Léa;12,85;13,18;12,85;321,25;ADMIS;moyenne ≥ 10\r\n');
    expect(csv).toContain('02431000003;Garçon;Hélène;');
    expect(run('notes.xlsx')).toBe(csv);
    expect(run('notes.ods')).toBe(csv);
  });

  it('--feuille chooses the sheet; a sheet without the columns or an unknown sheet: exit 1, nothing written', () => {
    const { io, out } = memoryIo({ 'notes.xlsx': fixture('notes-bts.xlsx') });
    expect(runCli(['results', 'notes.xlsx', '--feuille', 'Notes BTS', '--out', 'r.csv'], io)).toBe(0);
    expect(Object.keys(out.written)).toEqual(['r.csv']);
    const other = memoryIo({ 'notes.xlsx': fixture('notes-bts.xlsx') });
    expect(runCli(['results', 'notes.xlsx', '--feuille', 'Consignes', '--out', 'r.csv'], other.io)).toBe(1);
    expect(other.out.written).toEqual({});
    expect(other.out.stderr.split('\n')[0]).toBe('notes.xlsx : feuille « Consignes », ligne 1, colonne numero : colonne obligatoire absente');
    const unknown = memoryIo({ 'notes.xlsx': fixture('notes-bts.xlsx') });
    expect(runCli(['results', 'notes.xlsx', '--feuille', 'Notes'], unknown.io)).toBe(1);
    expect(unknown.out.stderr).toBe('notes.xlsx : feuille « Notes » absente du classeur (feuilles : « Consignes », « Notes BTS »)\n');
  });

  it('--out RESULTATS.xlsx writes a workbook: averages as numbers, candidate numbers as text', () => {
    const { io, out } = memoryIo({ 'notes.ods': fixture('notes-bts.ods') });
    expect(runCli(['results', 'notes.ods', '--out', 'resultats.xlsx'], io)).toBe(0);
    const sheet = XLSX.read(out.written['resultats.xlsx']!).Sheets['Résultats']!;
    expect(sheet['A4']).toMatchObject({ t: 's', v: '02431000003' });
    expect(sheet['D2']).toMatchObject({ t: 'n', v: 12.85 });
    expect(sheet['H3']).toMatchObject({ t: 's', v: 'ELIMINE' });
  });

  it('a PDF, a Word document or a damaged workbook: a French message saying what it is and what to do, exit 1, nothing written', () => {
    const files = {
      'notes.pdf': new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj'),
      'notes.csv': new TextEncoder().encode('PK\u0003\u0004\u0014\u0000word/document.xml'),
      'notes.xlsx': fixture('notes-bts.xlsx').subarray(0, 3000),
    };
    const { io, out } = memoryIo(files);
    for (const name of Object.keys(files)) expect(runCli(['results', name, '--out', 'r.csv'], io)).toBe(1);
    expect(out.written).toEqual({});
    const lines = out.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(
      "notes.pdf : ce fichier n'est pas un tableau de notes : c'est un document PDF. Importez un fichier CSV (texte), ou un classeur .xlsx, .xls ou .ods : dans Excel ou LibreOffice, « Enregistrer sous » puis « CSV (séparateur : point-virgule) » ou « Classeur Excel (.xlsx) ».",
    );
    expect(lines[1]).toMatch(/^notes\.csv : ce fichier n'est pas un tableau de notes : c'est un document Word \(\.docx\)\./);
    expect(lines[2]).toMatch(/^notes\.xlsx : un classeur Excel \(\.xlsx\) : classeur illisible .* enregistrez-le à nouveau$/);
  });
});
