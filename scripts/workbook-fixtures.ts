// Makes the spreadsheet fixtures of tests/fixtures/workbooks/ with a real spreadsheet program: this script
// writes flat-ODS XML (.fods), then LibreOffice (headless) saves it as .xlsx, .ods and as CSV the way a teacher
// would. Run it after changing the data: `npx tsx scripts/workbook-fixtures.ts` (needs `soffice`, e.g. Debian's
// libreoffice-calc-nogui). The outputs are committed; the tests read them and never need LibreOffice.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const OUT = 'tests/fixtures/workbooks';

/** A cell: a number (float cell), a text, a date (`{ date: 'AAAA-MM-JJ' }`) or empty. */
type Cell = number | string | { date: string } | null;

interface Sheet {
  name: string;
  /** A title merged over the header's width, above a blank row (like a teacher's heading). */
  title?: string;
  rows: Cell[][];
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function cellXml(cell: Cell): string {
  if (cell === null) return '<table:table-cell/>';
  if (typeof cell === 'number') {
    return `<table:table-cell office:value-type="float" office:value="${cell}"><text:p>${String(cell).replace('.', ',')}</text:p></table:table-cell>`;
  }
  if (typeof cell === 'string') return `<table:table-cell office:value-type="string"><text:p>${escape(cell)}</text:p></table:table-cell>`;
  const [y, m, d] = cell.date.split('-');
  return `<table:table-cell table:style-name="ce_date" office:value-type="date" office:date-value="${cell.date}"><text:p>${d}/${m}/${y}</text:p></table:table-cell>`;
}

/** `shortYear`: dates shown JJ/MM/AA, as LibreOffice's French short date format does. */
function fods(sheets: Sheet[], shortYear = false): string {
  const tables = sheets.map((sheet) => {
    const width = Math.max(...sheet.rows.map((r) => r.length));
    const title = sheet.title
      ? `<table:table-row><table:table-cell table:number-columns-spanned="${width}" office:value-type="string"><text:p>${escape(sheet.title)}</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="${width - 1}"/></table:table-row><table:table-row><table:table-cell/></table:table-row>`
      : '';
    const rows = sheet.rows.map((r) => `<table:table-row>${r.map(cellXml).join('')}</table:table-row>`).join('\n');
    return `<table:table table:name="${escape(sheet.name)}">${title}\n${rows}</table:table>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:date-style style:name="N_DATE"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year${shortYear ? '' : ' number:style="long"'}/></number:date-style>
<style:style style:name="ce_date" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_DATE"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
${tables.join('\n')}
</office:spreadsheet></office:body></office:document>
`;
}

const HEADER = ['numero', 'nom', 'prenom', 'date_naissance', 'E1', 'E21', 'E22', 'E3', 'E4', 'E5', 'U61', 'U62'];

/**
 * Six candidates as a teacher's spreadsheet holds them: numbers typed as numbers (so 02431000001 became
 * 2431000001), one typed as text (its zero kept), marks as numbers, codes as text, accents, a Vietnamese name.
 */
const CANDIDATES: Cell[][] = [
  [2431000001, 'Dupont', 'Léa', { date: '2005-06-08' }, 12, 13.5, 14, 11, 12, 13, 15, 14],
  [2431000002, 'Lefèvre', 'François', { date: '2004-11-23' }, 'AB', 10, 10, 9.75, 12.25, 8, 11, 10],
  ['02431000003', 'Garçon', 'Hélène', { date: '2006-01-31' }, 15, 16, 15.5, 14, 17, 16.5, 18, 17],
  [2431000004, 'Nguyễn', 'Thị Ánh', { date: '2005-02-14' }, 'DI', 12, 11, 'ABJ', 13, 12, 'NV', 14],
  [2431000005, 'Cœur', 'Zoé', { date: '1998-09-05' }, 8.5, 9, 7.25, 10, 9.5, 8, 9, 10.5],
  [2431000006, 'Bélanger', 'Noël', { date: '2005-12-24' }, 10, 10, 10, 10, 10, 10, 10, 10],
];

/** The same file as a CSV written by hand (what the workbook holds, shown as a spreadsheet shows it). */
function equivalentCsv(): string {
  const text = (cell: Cell) => {
    if (cell === null) return '';
    if (typeof cell === 'number') return String(cell).replace('.', ',');
    if (typeof cell === 'string') return cell;
    const [y, m, d] = cell.date.split('-');
    return `${d}/${m}/${y}`;
  };
  return '\uFEFF' + [HEADER, ...CANDIDATES].map((r) => r.map(text).join(';') + '\r\n').join('');
}

const notes: Sheet[] = [
  {
    name: 'Consignes',
    rows: [['Saisir une note sur 20 (deux décimales au plus), ou AB, ABJ, DI, NV.'], ['Ne pas modifier les en-têtes.']],
  },
  { name: 'Notes BTS', title: 'BTS CCST — session 2026 — notes du lycée Jean Moulin', rows: [HEADER, ...CANDIDATES] },
];

/**
 * A class list as school software exports it: nom and prénom in one « Élève » column (the nom in capitals, before or
 * after the prénom, a particle, an initial), numbers typed as numbers, a column Délib has no field for; the last line's
 * names cannot be told apart.
 */
const classList: Sheet[] = [
  {
    name: 'Liste des élèves',
    rows: [
      ['Élève', 'Né(e) le', 'N° candidat', 'Classe'],
      ['DUPONT Léa', { date: '2005-06-08' }, 2431000001, 'BTS CCST 2'],
      ['Björn LE GOFF', { date: '2004-11-23' }, 2431000002, 'BTS CCST 2'],
      ["d'ARTAGNAN Charles", { date: '2006-01-31' }, 2431000003, 'BTS CCST 2'],
      ['DUPONT J.', { date: '2005-02-14' }, 2431000004, 'BTS CCST 2'],
      ['de GAULLE Anne', { date: '2005-09-05' }, 2431000005, 'BTS CCST 2'],
      ['Le Goff Yann', { date: '2005-12-24' }, 2431000006, 'BTS CCST 2'],
    ],
  },
];

const work = mkdtempSync(join(tmpdir(), 'delib-fixtures-'));
const soffice = (args: string[]) =>
  execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', ...args], { stdio: 'inherit' });
try {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(work, 'notes-bts.fods'), fods(notes));
  soffice(['--convert-to', 'xlsx', '--outdir', work, join(work, 'notes-bts.fods')]);
  soffice(['--convert-to', 'ods', '--outdir', work, join(work, 'notes-bts.fods')]);
  soffice(['--convert-to', 'xls', '--outdir', work, join(work, 'notes-bts.fods')]);
  writeFileSync(join(OUT, 'notes-bts.csv'), equivalentCsv());
  writeFileSync(join(work, 'liste-classe.fods'), fods(classList));
  soffice(['--convert-to', 'xlsx', '--outdir', work, join(work, 'liste-classe.fods')]);

  // The session re-saved as CSV by LibreOffice in Windows-1252 ("ANSI") with the French short date JJ/MM/AA:
  // « Nguyễn » becomes « Nguy?n » and every birth date has a two-digit year.
  writeFileSync(join(work, 'session-ansi-aa.fods'), fods([{ name: 'Session', rows: [HEADER, ...CANDIDATES] }], true));
  soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):59,34,ANSI,1,,1036', '--outdir', work, join(work, 'session-ansi-aa.fods')]);

  for (const name of ['notes-bts.xlsx', 'notes-bts.ods', 'notes-bts.xls', 'session-ansi-aa.csv', 'liste-classe.xlsx'])
    copyFileSync(join(work, name), join(OUT, name));
  console.log(readdirSync(OUT).join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
