/** Step 1 of an import: bytes → records, with the encoding, delimiter and header row detected. */
import { presets } from '../../domain/presets/index.ts';
import { type CsvRecord, type Delimiter, detectDelimiter, readCsv } from '../csv.ts';
import { decodeBytes } from '../decode.ts';
import type { Workbook } from '../workbook.ts';
import { autoMap, importFields } from './fields.ts';
import type { ImportField, ImportSource, ReadOptions } from './types.ts';

/** How many records may stand above the header (a title, a date, a blank-looking line…). */
const HEADER_SEARCH = 10;

// The file is read before the user says which session it is for: the header is recognised with the
// fields of every built-in regulation.
let allFields: ImportField[] | undefined;
const knownFields = () => (allFields ??= Object.values(presets).flatMap(importFields));

/** The first of the first records whose cells map to at least 2 fields, one of them `numero`; or null. */
export function detectHeaderIndex(records: readonly CsvRecord[], fields: readonly ImportField[] = knownFields()): number | null {
  for (let i = 0; i < Math.min(records.length, HEADER_SEARCH); i++) {
    const mapped = autoMap(records[i]!.cells, fields).filter((k) => k !== null);
    if (mapped.length >= 2 && mapped.includes('numero')) return i;
  }
  return null;
}

function read(text: string, delimiter: Delimiter, onProgress?: (fraction: number) => void) {
  const csv = readCsv(text, { delimiter, onProgress });
  const records = csv.header ? [csv.header, ...csv.records] : [];
  return { delimiter, records, errors: csv.errors, headerIndex: detectHeaderIndex(records) };
}

/** `onProgress`: the fraction of the text parsed so far (the import worker's progress bar). */
export function readImportSource(bytes: Uint8Array, fileName: string, options: ReadOptions = {}, onProgress?: (fraction: number) => void): ImportSource {
  const { text, encoding } = decodeBytes(bytes, options.encoding);
  let result = read(text, options.delimiter ?? detectDelimiter(text), onProgress);
  if (!options.delimiter && result.headerIndex === null) {
    // The delimiter is detected on the first line, which may be a title: try the others.
    for (const other of [';', ',', '\t'] as const) {
      if (other === result.delimiter) continue;
      const attempt = read(text, other);
      if (attempt.headerIndex !== null) {
        result = attempt;
        break;
      }
    }
  }
  const last = Math.max(0, result.records.length - 1);
  const forced = options.headerIndex;
  const headerIndex = forced !== undefined && Number.isInteger(forced) ? Math.min(Math.max(forced, 0), last) : (result.headerIndex ?? 0);
  return {
    fileName,
    encoding,
    delimiter: result.delimiter,
    headerIndex,
    records: result.records,
    readErrors: result.errors,
  };
}

/**
 * Step 1 for a workbook (src/io/workbook.ts): the records of one sheet, by default the first sheet with a
 * candidate-number heading (or the first sheet), its header row detected as for a CSV file.
 */
export function readWorkbookSource(workbook: Workbook, fileName: string, options: ReadOptions = {}): ImportSource {
  const detected = workbook.sheets.map((s) => detectHeaderIndex(s.records));
  let index = options.sheet === undefined ? -1 : workbook.sheets.findIndex((s) => s.name === options.sheet);
  if (index < 0)
    index = Math.max(
      0,
      detected.findIndex((h) => h !== null),
    );
  const sheet = workbook.sheets[index]!;
  const last = Math.max(0, sheet.records.length - 1);
  const forced = options.headerIndex;
  const headerIndex = forced !== undefined && Number.isInteger(forced) ? Math.min(Math.max(forced, 0), last) : (detected[index] ?? 0);
  return {
    fileName,
    encoding: 'utf-8',
    delimiter: ';',
    headerIndex,
    records: sheet.records,
    readErrors: [],
    workbook: { format: workbook.format, sheet: sheet.name, sheets: workbook.sheets.map((s) => s.name) },
  };
}
