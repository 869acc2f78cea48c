/**
 * Reading workbooks (.xlsx, .xls, .ods) into the records the CSV path reads, with SheetJS Community Edition
 * (`@e965/xlsx`). The library is 7.8 MB on disk: the app loads it with `import()` only when a workbook is
 * opened or written (loadXlsx); the functions here take it as an argument and only import its types.
 *
 * Cells become the text the rest of the import reads, without guessing anything from a locale:
 * a number cell is its exact value (`13,87`; a candidate number `2431000001` stays all digits), a date cell
 * `JJ/MM/AAAA`, a text cell its text (`AB`, `02431000001`), an error cell its code (`#DIV/0!`).
 * Line numbers are the sheet's row numbers (as the spreadsheet shows them); blank rows are skipped, and
 * a merged title row is a row with one cell, skipped like a CSV title line by the header detection.
 */
import type * as Xlsx from '@e965/xlsx';
import type { CsvRecord } from './csv.ts';
import { formatCount } from '../domain/count.ts';
import { IMPORT_LIMITS } from './file-check.ts';
import type { WorkbookFormat } from './file-kind.ts';

export type XlsxLibrary = typeof Xlsx;

/** Loads the workbook library (a separate chunk in the app). */
export const loadXlsx = (): Promise<XlsxLibrary> => import('@e965/xlsx');

export interface WorkbookSheet {
  name: string;
  /** Every non-blank row, with its row number as `line`; every row as wide as the sheet. */
  records: CsvRecord[];
}

export interface Workbook {
  format: WorkbookFormat;
  sheets: WorkbookSheet[];
}

/** A workbook that cannot be read, with the French reason. */
export class WorkbookError extends Error {}

/** `2431000001`, `13,87`, `9,75`: a number cell as the rest of the import reads it, French decimal comma. */
export function numberCellText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
  // A mark typed 13,87 is stored as the double nearest 13.87: give back its two decimals exactly.
  const hundredths = Math.round(value * 100);
  if (Math.abs(value * 100 - hundredths) < 1e-6) {
    const sign = hundredths < 0 ? '-' : '';
    const abs = Math.abs(hundredths);
    const cents = abs % 100;
    const whole = Math.floor(abs / 100);
    return cents === 0 ? `${sign}${whole}` : `${sign}${whole},${String(cents).padStart(2, '0').replace(/0$/, '')}`;
  }
  // More decimals (a formula's 13,866666…): shown as it is, so that the mark reader refuses it clearly.
  return String(value).replace('.', ',');
}

const pad = (n: number) => String(n).padStart(2, '0');

function cellText(xlsx: XlsxLibrary, cell: Xlsx.CellObject | undefined, date1904: boolean): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  switch (cell.t) {
    case 's':
      return String(cell.v);
    case 'b':
      return cell.v ? 'VRAI' : 'FAUX';
    case 'e':
      return cell.w ?? '#ERREUR';
    case 'd': {
      const date = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
    }
    case 'n': {
      const value = cell.v as number;
      if (cell.z !== undefined && xlsx.SSF.is_date(cell.z)) {
        const parts = xlsx.SSF.parse_date_code(value, { date1904 }) as { y: number; m: number; d: number } | null;
        if (parts) return `${pad(parts.d)}/${pad(parts.m)}/${parts.y}`;
      }
      return numberCellText(value);
    }
    default:
      return cell.w ?? String(cell.v);
  }
}

/** Rows the library reads from each sheet: one more than Délib accepts, to know that a sheet has too many. */
const SHEET_ROWS = IMPORT_LIMITS.maxLines + 1;

/**
 * The sheet's records. Refused (WorkbookError) over the limits of a CSV file (docs/limites.md): a row reaching
 * the rows the library was asked to read (the sheet has more), or a filled cell beyond the columns Délib reads.
 * Only filled cells count: a sheet whose declared size is the whole grid (formatted columns) is read as its cells.
 */
function sheetRecords(xlsx: XlsxLibrary, name: string, sheet: Xlsx.WorkSheet, date1904: boolean): CsvRecord[] {
  const ref = sheet['!ref'];
  if (!ref) return [];
  const range = xlsx.utils.decode_range(ref);
  const data = (sheet as Xlsx.DenseSheet)['!data'] ?? [];
  if (range.e.r + 1 >= SHEET_ROWS) {
    throw new WorkbookError(
      `feuille « ${name} » : plus de ${formatCount(IMPORT_LIMITS.maxLines)} lignes. Délib en lit au plus ${formatCount(IMPORT_LIMITS.maxLines)} par feuille : découpez-la en plusieurs fichiers`,
    );
  }
  // As wide as the sheet; a sheet wider than Délib reads: as wide as its filled cells, if they fit.
  let width = range.e.c + 1 <= IMPORT_LIMITS.maxColumns ? range.e.c + 1 : 0;
  for (let r = range.s.r; r <= range.e.r && width < range.e.c + 1; r++) {
    const row = data[r];
    if (!row) continue;
    for (let c = Math.min(row.length, range.e.c + 1) - 1; c >= width; c--) {
      if (cellText(xlsx, row[c], date1904).trim() === '') continue;
      if (c >= IMPORT_LIMITS.maxColumns) {
        throw new WorkbookError(
          `feuille « ${name} », ligne ${r + 1} : plus de ${IMPORT_LIMITS.maxColumns} colonnes. Délib lit au plus ${IMPORT_LIMITS.maxColumns} colonnes : ce classeur n'est sans doute pas un tableau de candidats`,
        );
      }
      width = c + 1;
      break;
    }
  }
  const records: CsvRecord[] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row = data[r];
    if (!row) continue;
    const cells: string[] = new Array<string>(width);
    let blank = true;
    for (let c = 0; c < width; c++) {
      const text = cellText(xlsx, row[c], date1904);
      cells[c] = text;
      if (blank && text.trim() !== '') blank = false;
    }
    if (!blank) records.push({ line: r + 1, cells });
  }
  return records;
}

/**
 * An .ods file can say « this cell, repeated over 2,000,000 columns » or « this row, repeated 10,000,000 times » in
 * a few bytes, and the library would then build every copy (a minute and gigabytes for the rows, whatever
 * `sheetRows` says). Refused before parsing: a filled cell repeated over more columns, or a row with a filled cell
 * repeated over more rows, than Délib reads. Empty repeated cells and rows, which LibreOffice writes to the end of
 * each row and of each sheet, cost nothing and are left alone.
 */
function checkOdsRepeats(xlsx: XlsxLibrary, bytes: Uint8Array): void {
  let content: unknown;
  try {
    const zip = xlsx.CFB.read(bytes, { type: 'array' });
    content = xlsx.CFB.find(zip, '/content.xml')?.content;
  } catch {
    return; // the library's own reading says what is wrong
  }
  if (!(content instanceof Uint8Array) && !Array.isArray(content)) return;
  const xml = new TextDecoder().decode(content instanceof Uint8Array ? content : new Uint8Array(content as number[]));
  const filled = (cell: string) => cell.includes('office:value-type') || cell.includes('<text:');
  for (const [, attributes, cells] of xml.matchAll(/<table:table-row\b([^>]*[^/>])?>([\s\S]*?)<\/table:table-row>/g)) {
    const repeated = /table:number-rows-repeated="(\d+)"/.exec(attributes ?? '');
    if (!repeated || Number(repeated[1]) <= IMPORT_LIMITS.maxLines || !filled(cells!)) continue;
    throw new WorkbookError(
      `une ligne remplie y est répétée ${formatCount(Number(repeated[1]))} fois. Délib lit au plus ${formatCount(IMPORT_LIMITS.maxLines)} lignes par feuille : découpez-la en plusieurs fichiers`,
    );
  }
  // A cell: `<table:table-cell …/>` (its value, if any, in its attributes) or `<table:table-cell …>…</table:table-cell>`.
  for (const [cell] of xml.matchAll(/<table:table-cell\b[^>]*\/>|<table:table-cell\b[^>]*>[\s\S]*?<\/table:table-cell>/g)) {
    const repeated = /^<[^>]*table:number-columns-repeated="(\d+)"/.exec(cell);
    if (!repeated || Number(repeated[1]) <= IMPORT_LIMITS.maxColumns || !filled(cell)) continue;
    throw new WorkbookError(
      `une cellule remplie y est répétée sur ${formatCount(Number(repeated[1]))} colonnes. Délib lit au plus ${IMPORT_LIMITS.maxColumns} colonnes : ce classeur n'est sans doute pas un tableau de candidats`,
    );
  }
}

/** Reads every sheet; throws WorkbookError (French message) for a file the library cannot read. */
export function parseWorkbook(xlsx: XlsxLibrary, bytes: Uint8Array, format: WorkbookFormat): Workbook {
  if (format === 'ods') checkOdsRepeats(xlsx, bytes);
  let book: Xlsx.WorkBook;
  try {
    book = xlsx.read(bytes, { type: 'array', dense: true, cellNF: true, cellHTML: false, cellFormula: false, sheetRows: SHEET_ROWS });
  } catch (error) {
    const text = String(error);
    if (/password|encrypt|ECMA-376 Encrypted/i.test(text)) {
      throw new WorkbookError('classeur protégé par un mot de passe : ouvrez-le, retirez la protection (ou enregistrez-le en CSV), puis importez-le à nouveau');
    }
    throw new WorkbookError(
      `classeur illisible (fichier abîmé ou format non reconnu : ${text.replace(/^Error: /, '')}) : ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau`,
    );
  }
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const sheets = book.SheetNames.map((name) => ({ name, records: sheetRecords(xlsx, name, book.Sheets[name]!, date1904) }));
  if (sheets.length === 0) throw new WorkbookError('classeur sans feuille');
  return { format, sheets };
}
