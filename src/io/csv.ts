// CSV reading (PapaParse) and French-Excel-style writing. Pure: runs in the browser and in Node.
import Papa from 'papaparse';

export type Delimiter = ';' | ',' | '\t';

/** `line` is the 1-based physical line where the record starts. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvReadResult {
  delimiter: Delimiter;
  header: CsvRecord | null;
  records: CsvRecord[];
  errors: { line: number; message: string }[];
}

/** A `{ number }` cell is an already formatted number (e.g. "12,5"), never formula-escaped; null = empty. */
export type CsvCell = string | null | { number: string };

const QUOTE = 34;
const CR = 13;
const LF = 10;

// A text starting with one of these (after any apostrophes) is prefixed with "'" by the writer, and
// the reader removes that prefix. Including the apostrophes makes the escape reversible.
const FORMULA_START = /^'*[=+\-@\t\r]/;

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Delimiter of the first line that holds something other than whitespace and delimiters. */
export function detectDelimiter(text: string): Delimiter {
  text = stripBom(text);
  let inQuotes = false;
  let fieldStart = true;
  let content = false;
  let semicolon = false;
  let tab = false;
  let comma = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const wasFieldStart = fieldStart;
    fieldStart = false;
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') inQuotes = false;
    } else if (c === '"' && wasFieldStart) {
      // Like PapaParse, a quote opens a quoted field only at the start of a field.
      inQuotes = content = true;
    } else if (c === '\r' || c === '\n') {
      if (content) break;
      semicolon = tab = comma = false;
      fieldStart = true;
    } else if (c === ';' || c === '\t' || c === ',') {
      if (c === ';') semicolon = true;
      else if (c === '\t') tab = true;
      else comma = true;
      fieldStart = true;
    } else if (!/\s/.test(c)) {
      content = true;
    }
  }
  if (!content) return ';';
  return semicolon ? ';' : tab ? '\t' : comma ? ',' : ';';
}

const isBoundary = (c: string | undefined, delimiter: string) => c === delimiter || c === '\r' || c === '\n';

/** Index just after the closing quote of the quoted field opening at `open`, as PapaParse sees it. */
function skipQuoted(text: string, open: number, delimiter: string): number {
  let q = open;
  for (;;) {
    q = text.indexOf('"', q + 1);
    if (q === -1 || q === text.length - 1) return text.length;
    if (text.charCodeAt(q + 1) === QUOTE) {
      q++;
      continue;
    }
    // A closing quote is followed by optional spaces, then a delimiter or a line break; otherwise
    // PapaParse reports a malformed quote and keeps looking for a later closing quote.
    let j = q + 1;
    while (j < text.length && /\s/.test(text[j]!) && !isBoundary(text[j], delimiter)) j++;
    if (isBoundary(text[j], delimiter)) return q + 1;
  }
}

/**
 * PapaParse handles a single kind of line break per file: turn every record break (CRLF, LF or
 * lone CR outside quotes) into LF. Each break stays exactly one break, so physical line numbers
 * are unchanged; line breaks inside quoted fields are kept as they are.
 */
function normalizeRecordBreaks(text: string, delimiter: string): string {
  if (!text.includes('\r')) return text;
  if (!text.includes('"')) return text.replace(/\r\n?/g, '\n');
  const parts: string[] = [];
  let last = 0;
  let fieldStart = true;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (fieldStart && c === QUOTE) {
      i = skipQuoted(text, i, delimiter);
      fieldStart = false;
    } else if (c === CR) {
      parts.push(text.slice(last, i), '\n');
      i += text.charCodeAt(i + 1) === LF ? 2 : 1;
      last = i;
      fieldStart = true;
    } else {
      fieldStart = c === LF || text[i] === delimiter;
      i++;
    }
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/** Returns a function giving the physical line at a text offset (fast for increasing offsets). */
function lineCounter(text: string): (offset: number) => number {
  let pos = 0;
  let line = 1;
  return (offset) => {
    if (offset < pos) {
      pos = 0;
      line = 1;
    }
    for (; pos < offset; pos++) {
      const c = text.charCodeAt(pos);
      if (c === LF || (c === CR && text.charCodeAt(pos + 1) !== LF)) line++;
    }
    return line;
  };
}

function unescapeCell(cell: string): string {
  return cell.charCodeAt(0) === 39 && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

function frenchError(code: string | undefined, message: string): string {
  switch (code) {
    case 'MissingQuotes':
      return 'guillemet non fermé';
    case 'InvalidQuotes':
      return 'guillemet mal placé : du texte suit un guillemet fermant';
    default:
      return `ligne mal formée (${message})`;
  }
}

/** `onProgress`: the fraction of the text read so far, every few thousand records (a progress bar). */
/**
 * `onRecord`: given each record after the header as soon as it is read, instead of keeping them in `records` (which
 * is then empty): a large file read once, without holding every record.
 */
export function readCsv(
  text: string,
  options?: { delimiter?: Delimiter; onProgress?: (fraction: number) => void; onRecord?: (record: CsvRecord, header: CsvRecord) => void },
): CsvReadResult {
  const delimiter = options?.delimiter ?? detectDelimiter(text);
  const input = normalizeRecordBreaks(stripBom(text), delimiter);
  const lineAt = lineCounter(input);
  const result: CsvReadResult = { delimiter, header: null, records: [], errors: [] };
  let start = 0;
  let rows = 0;
  const onProgress = options?.onProgress;
  const onRecord = options?.onRecord;
  try {
    Papa.parse<string[]>(input, {
      delimiter,
      newline: '\n',
      quoteChar: '"',
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      step: (row) => {
        const line = lineAt(start);
        for (const e of row.errors) {
          const message = frenchError(e.code, e.message);
          const errorLine = e.index === undefined ? line : lineAt(Math.max(start, e.index));
          const previous = result.errors[result.errors.length - 1];
          if (previous?.line !== errorLine || previous.message !== message) {
            result.errors.push({ line: errorLine, message });
          }
        }
        start = row.meta.cursor;
        if (onProgress && ++rows % 4096 === 0) onProgress(start / input.length);
        const cells = row.data;
        if (cells.every((c) => c.trim() === '')) return;
        for (let i = 0; i < cells.length; i++) cells[i] = unescapeCell(cells[i]!);
        const record = { line, cells };
        if (!result.header) result.header = record;
        else if (onRecord) onRecord(record, result.header);
        else result.records.push(record);
      },
    });
  } catch (e) {
    result.errors.push({ line: lineAt(start), message: `lecture impossible (${String(e)})` });
  }
  return result;
}

function formatCell(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'string' ? (FORMULA_START.test(cell) ? `'${cell}` : cell) : cell.number;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** French Excel CSV: BOM, ';', CRLF after every row, minimal quoting, formula-injection escape. */
export function writeCsv(rows: CsvCell[][]): string {
  const lines = rows.map(csvLine);
  return CSV_BOM + lines.join('');
}

/** What writeCsv starts with. */
export const CSV_BOM = '\uFEFF';

/** One row as writeCsv writes it, its CRLF included (a CSV written line by line: BOM, then each line). */
export function csvLine(row: readonly CsvCell[]): string {
  return row.map(formatCell).join(';') + '\r\n';
}

export function csvBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
