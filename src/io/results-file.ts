/**
 * From the bytes of a candidates file to the results CSV: decode, read, compute, check R6, write.
 * Shared by the CLI and the app so both produce the same bytes for the same input.
 */
import type { Regulation } from '../domain/regulation.ts';
import { computeResult, type ControleError } from '../domain/results.ts';
import {
  type CandidateRow,
  type CandidatesFile,
  controleKey,
  formatInputError,
  type InputError,
  readCandidatesCsv,
  readCandidatesTable,
  candidatesTableReader,
} from './candidates-csv.ts';
import { decodeBytes, type TextEncodingName } from './decode.ts';
import { checkFileSize, checkTableShape } from './file-check.ts';
import { readWorkbookSource } from './import/read.ts';
import { csvLine, CSV_BOM, detectDelimiter, readCsv } from './csv.ts';
import { RESULTS_COLUMNS, resultsCells, type ResultsRow, writeResultsCsv } from './results-csv.ts';
import type { Workbook } from './workbook.ts';

export type ResultsFileOutcome = { ok: true; csv: string; rows: ResultsRow[] } | { ok: false; errors: InputError[]; messages: string[] };
/** The same without the rows (resultsCsvFromCandidatesFile). */
export type ResultsCsvOutcome = { ok: true; csv: string } | { ok: false; errors: InputError[]; messages: string[] };

/** Computes every candidate; contrôle entries that break R6 become input errors at their cell. */
export function computeRows(rows: CandidateRow[], regulation: Regulation, headings: Record<string, string>): { results: ResultsRow[]; errors: InputError[] } {
  const errors: InputError[] = [];
  const results: ResultsRow[] = [];
  for (const row of rows) {
    const result = computeResult({ marks: row.marks, controle: row.controle }, regulation);
    for (const e of result.errors) errors.push(controleError(row.line, e, headings));
    results.push({ numero: row.numero, nom: row.nom, prenom: row.prenom, result });
  }
  return { results, errors };
}

/** An R6 error of a row, at its contrôle column as headed in the file. */
function controleError(line: number, error: ControleError, headings: Record<string, string>): InputError {
  const column = error.unit === null ? null : (headings[controleKey(error.unit)] ?? `contrôle ${error.unit}`);
  return { line, column, message: error.message };
}

/** A whole-file refusal (no line): the message as the wizard shows it. */
function refused(message: string): ResultsFileOutcome {
  return { ok: false, errors: [{ line: 0, column: null, message }], messages: [message] };
}

/**
 * The file's text, or its refusal: over the size limit, or a pathological shape (millions of columns, an unclosed
 * quote), refused before parsing so that it never takes the memory.
 */
function checkedText(bytes: Uint8Array, encoding: TextEncodingName | undefined): string | ReturnType<typeof refused> {
  const sizeProblem = checkFileSize(bytes.length);
  if (sizeProblem) return refused(sizeProblem);
  const { text } = decodeBytes(bytes, encoding);
  const shapeProblem = checkTableShape(text);
  return shapeProblem ? refused(shapeProblem) : text;
}

export function resultsFromCandidatesFile(bytes: Uint8Array, regulation: Regulation, encoding?: TextEncodingName): ResultsFileOutcome {
  const text = checkedText(bytes, encoding);
  if (typeof text !== 'string') return text;
  return resultsFromCandidates(readCandidatesCsv(text, regulation), regulation);
}

/**
 * The same from a workbook's sheet (by name; default: the first with a candidate-number heading), rows
 * above its header (a title) skipped. Messages name the sheet: `feuille « Notes », ligne 5, colonne E4 : …`.
 */
export function resultsFromWorkbook(workbook: Workbook, regulation: Regulation, sheet?: string): ResultsFileOutcome {
  if (sheet !== undefined && !workbook.sheets.some((s) => s.name === sheet)) {
    const message = `feuille « ${sheet} » absente du classeur (feuilles : ${workbook.sheets.map((s) => `« ${s.name} »`).join(', ')})`;
    return { ok: false, errors: [{ line: 1, column: null, message }], messages: [message] };
  }
  const source = readWorkbookSource(workbook, '', sheet === undefined ? {} : { sheet });
  const records = source.records.slice(source.headerIndex);
  const file = readCandidatesTable(records[0] ?? null, records.slice(1), [], regulation);
  const outcome = resultsFromCandidates(file, regulation);
  if (outcome.ok) return outcome;
  const where = `feuille « ${source.workbook!.sheet} », `;
  return { ...outcome, messages: outcome.messages.map((m) => where + m) };
}

/**
 * The headings of a candidates file, to choose its regulation by its columns (regulationForHeader): the first record
 * of a CSV, or the header of the workbook's sheet that resultsFromWorkbook reads.
 */
export function candidatesFileHeadings(file: { bytes: Uint8Array; encoding?: TextEncodingName } | { workbook: Workbook; sheet?: string }): string[] {
  if ('workbook' in file) {
    const source = readWorkbookSource(file.workbook, '', file.sheet === undefined ? {} : { sheet: file.sheet });
    return source.records[source.headerIndex]?.cells ?? [];
  }
  // Its first line alone is decoded (a file of 50,000 candidates is decoded once more by the results' reading).
  // (In UTF-16 little-endian, the line feed's second byte is the 0 after it.)
  const lineFeed = file.bytes.indexOf(0x0a);
  const end = lineFeed < 0 ? file.bytes.length : lineFeed + (file.bytes[lineFeed + 1] === 0 ? 2 : 1);
  const { text } = decodeBytes(file.bytes.subarray(0, end), file.encoding);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return readCsv(firstLine).header?.cells ?? [];
}

/**
 * The results CSV of a candidates file, as resultsFromCandidatesFile gives it (same bytes, same errors), without
 * keeping the file's records, rows or results: each candidate is read, computed and written as soon as PapaParse
 * gives its record, and only its line of text is kept (the CLI writing a CSV; at 50,000 candidates, holding them all
 * cost more in garbage collection than computing them). A file refused whole (a quote left open, a header in error,
 * no candidate) is read again by resultsFromCandidatesFile, which says why.
 */
export function resultsCsvFromCandidatesFile(bytes: Uint8Array, regulation: Regulation, encoding?: TextEncodingName): ResultsCsvOutcome {
  const text = checkedText(bytes, encoding);
  if (typeof text !== 'string') return text;
  const delimiter = detectDelimiter(text);
  const rowErrors: InputError[] = [];
  const controleErrors: { line: number; error: ControleError }[] = [];
  const lines = [CSV_BOM, csvLine(RESULTS_COLUMNS)];
  let reader: ReturnType<typeof candidatesTableReader> | undefined;
  let records = 0;
  const csv = readCsv(text, {
    delimiter,
    onRecord: (record, header) => {
      reader ??= candidatesTableReader(header, rowErrors, regulation, delimiter);
      if (!reader.read) return;
      records++;
      const before = rowErrors.length;
      const row = reader.read(record);
      // Rows with their own errors are not computed (as in resultsFromCandidates).
      if (!row || rowErrors.length !== before) return;
      const result = computeResult({ marks: row.marks, controle: row.controle }, regulation);
      for (const error of result.errors) controleErrors.push({ line: row.line, error });
      lines.push(csvLine(resultsCells({ numero: row.numero, nom: row.nom, prenom: row.prenom, result })));
    },
  });
  if (csv.errors.length > 0 || !reader?.read || records === 0) {
    const outcome = resultsFromCandidatesFile(bytes, regulation, encoding);
    return outcome.ok ? { ok: true, csv: outcome.csv } : outcome;
  }
  const headings = reader.headings;
  const computed = controleErrors.map(({ line, error }) => controleError(line, error, headings));
  const errors = [...rowErrors, ...computed].sort((a, b) => a.line - b.line);
  if (errors.length > 0) return { ok: false, errors, messages: errors.map(formatInputError) };
  return { ok: true, csv: lines.join('') };
}

function resultsFromCandidates(file: CandidatesFile, regulation: Regulation): ResultsFileOutcome {
  // Rows with their own errors are not computed: a half-read row would add misleading contrôle errors.
  const linesInError = new Set(file.errors.map((e) => e.line));
  const computed = computeRows(
    file.rows.filter((row) => !linesInError.has(row.line)),
    regulation,
    file.headings,
  );
  const errors = [...file.errors, ...computed.errors].sort((a, b) => a.line - b.line);
  if (errors.length > 0) return { ok: false, errors, messages: errors.map(formatInputError) };
  return { ok: true, csv: writeResultsCsv(computed.results), rows: computed.results };
}
