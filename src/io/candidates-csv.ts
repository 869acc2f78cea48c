/**
 * Reads the candidates-and-marks file (one row per candidate) into domain values.
 * Errors are values with their place (line, column), in French; nothing is guessed.
 */
import { type ControleMark, type Mark, parseControleMark, parseMark } from '../domain/marks.ts';
import { notANumeroMessage, numeroWithoutZeros } from '../domain/numero.ts';
import type { Regulation } from '../domain/regulation.ts';
import { controleKey } from '../domain/session.ts';
import { type CsvRecord, readCsv, writeCsv, type Delimiter } from './csv.ts';
import { HEADER_ONLY_MESSAGE, mixedSeparatorMessage, raggedRowMessage } from './file-check.ts';
import { type FieldDef, fullNameColumn, mapHeaders, missingFields } from './headers.ts';
import { splitFullName } from './import/full-name.ts';

export interface CandidateRow {
  /** Physical line of the file where the row starts (1 = header line when it is the first). */
  line: number;
  numero: string;
  nom: string;
  prenom: string;
  marks: Record<string, Mark>;
  controle: Record<string, ControleMark>;
}

export interface InputError {
  line: number;
  /** The column as headed in the file, or null for a whole-line or whole-file problem. */
  column: string | null;
  message: string;
}

export const IDENTITY_FIELDS: readonly FieldDef[] = [
  {
    key: 'numero',
    label: 'Numéro',
    synonyms: ['N° candidat', 'Numéro candidat', 'Numéro de candidat', 'N°', 'No', 'Num', 'Num candidat'],
    // A row-order column (`N°` holding 1, 2, 3…) next to `N° candidat` does not take the numero.
    generic: ['N°', 'No', 'Num'],
  },
  { key: 'nom', label: 'Nom', synonyms: ['Nom de famille', 'Nom candidat'] },
  { key: 'prenom', label: 'Prénom', synonyms: ['Prénoms', 'Prénom candidat'] },
];

export { controleKey };

/** Every column the file may hold for a regulation: identity, units, contrôle units. */
export function candidateFields(regulation: Regulation): FieldDef[] {
  return [
    ...IDENTITY_FIELDS,
    ...regulation.units.map((u) => ({ key: u.code, label: u.code, synonyms: u.aliases ?? [], mark: true })),
    ...regulation.controle.units.map((u) => ({
      key: controleKey(u.code),
      mark: true,
      label: `contrôle ${u.code}`,
      synonyms: [`ctrl ${u.code}`, `${u.code} contrôle`, `oral de contrôle ${u.code}`, `2nd groupe ${u.code}`],
    })),
  ];
}

/** Required columns: identity and every compulsory unit. */
export function requiredColumns(regulation: Regulation): string[] {
  return ['numero', 'nom', 'prenom', ...regulation.units.filter((u) => u.domain !== 'optional').map((u) => u.code)];
}

export function formatInputError(error: InputError): string {
  const place = error.column === null ? `ligne ${error.line}` : `ligne ${error.line}, colonne ${error.column}`;
  return `${place} : ${error.message}`;
}

export interface CandidatesFile {
  rows: CandidateRow[];
  errors: InputError[];
  /** Heading of each mapped column as written in the file, by field key (`numero`, `E4`, `controle_E2`…). */
  headings: Record<string, string>;
}

export function readCandidatesCsv(text: string, regulation: Regulation): CandidatesFile {
  const csv = readCsv(text);
  const errors: InputError[] = csv.errors.map((e) => ({ line: e.line, column: null, message: e.message }));
  return readCandidatesTable(csv.header, csv.records, errors, regulation, csv.delimiter);
}

/**
 * The same reading from records already split into cells (a CSV file's, or a workbook sheet's). `delimiter`: the
 * CSV's, whose lines are also checked for extra cells and mixed separators (a workbook's cells need no such check).
 */
export function readCandidatesTable(
  header: CsvRecord | null,
  records: readonly CsvRecord[],
  errors: InputError[],
  regulation: Regulation,
  delimiter?: Delimiter,
): CandidatesFile {
  const reader = candidatesTableReader(header, errors, regulation, delimiter);
  if (!reader.read) return { rows: [], errors, headings: reader.headings };
  // The same diagnosis as the import wizard (io/file-check.ts).
  if (records.every((r) => r.cells.every((c) => c.trim() === ''))) {
    return { rows: [], errors: [{ line: header!.line, column: null, message: lowerFirst(HEADER_ONLY_MESSAGE) }], headings: reader.headings };
  }
  const rows: CandidateRow[] = [];
  for (const record of records) {
    const row = reader.read(record);
    if (row) rows.push(row);
  }
  return { rows, errors, headings: reader.headings };
}

/**
 * readCandidatesTable in two steps, for a file read record by record: the header's checks (their errors added to
 * `errors`; `read` is null when there are any), then `read` for each record after the header, which adds that
 * record's errors to `errors` and gives its row (null for a line that cannot be split into cells, or whose « numéro »
 * holds no digit: a line of total or of title).
 */
export function candidatesTableReader(
  header: CsvRecord | null,
  errors: InputError[],
  regulation: Regulation,
  delimiter?: Delimiter,
): { headings: Record<string, string>; read: ((record: CsvRecord) => CandidateRow | null) | null } {
  if (!header) {
    errors.push({ line: 1, column: null, message: "fichier vide : la ligne d'en-tête (numero;nom;prenom;E1;…) est absente" });
    return { headings: {}, read: null };
  }
  const fields = candidateFields(regulation);
  const mapping = mapHeaders(header.cells, fields);
  for (const e of mapping.errors) errors.push({ line: header.line, column: null, message: e.message });
  // A class list's « Élève » (nom and prénom together), without a Nom or Prénom column: each line's cell is split as
  // the import wizard splits it (full-name.ts).
  const fullNameAt = fullNameColumn(header.cells);
  const fullName = fullNameAt >= 0 ? header.cells[fullNameAt]!.trim() : null;
  const splitColumn = fullNameAt >= 0 && !mapping.columns.includes('nom') && !mapping.columns.includes('prenom') ? fullNameAt : -1;
  for (const key of missingFields(mapping, requiredColumns(regulation))) {
    if (splitColumn >= 0 && (key === 'nom' || key === 'prenom')) continue;
    const together = fullName !== null && (key === 'nom' || key === 'prenom');
    const message = together
      ? `colonne obligatoire absente : « ${fullName} » réunit nom et prénom, gardez-la seule ou séparez-les en deux colonnes (nom ; prenom)`
      : 'colonne obligatoire absente';
    errors.push({ line: header.line, column: key, message });
  }
  const headerText = (index: number) => (header.cells[index] ?? '').trim();
  const headings: Record<string, string> = {};
  mapping.columns.forEach((key, index) => {
    if (key !== null) headings[key] = headerText(index);
  });
  if (splitColumn >= 0) headings.nom = headings.prenom = headerText(splitColumn);
  if (errors.length > 0) return { headings, read: null };

  const unitByCode = new Map(regulation.units.map((u) => [u.code, u]));
  const controleByKey = new Map(regulation.controle.units.map((u) => [controleKey(u.code), u.code]));
  // What each mapped column holds, worked out once for every row.
  const columns = mapping.columns.flatMap((key, index) =>
    key === null ? [] : [{ key, index, unit: unitByCode.get(key), controleCode: controleByKey.get(key) }],
  );
  /** By number without its leading zeros (`2431000062` is `02431000062` given again): its first line and spelling. */
  const firstLineOfNumero = new Map<string, { line: number; numero: string }>();
  const numeroColumn = headings.numero ?? 'numero';
  const numeroIndex = mapping.columns.indexOf('numero');

  const read = (record: CsvRecord): CandidateRow | null => {
    // A CSV line with more cells than the header, or cut by another separator: the same diagnosis as the wizard.
    const unreadable =
      delimiter === undefined
        ? null
        : hasTextFrom(record.cells, header.cells.length)
          ? raggedRowMessage(record.cells.length, header.cells.length, delimiter)
          : mixedSeparatorMessage(record.cells, header.cells.length, delimiter);
    if (unreadable) {
      errors.push({ line: record.line, column: null, message: unreadable });
      return null;
    }
    // A line of total or of title (`Total`, `Moyenne` in the numero column): one message, no row.
    const notANumero = notANumeroMessage(record.cells[numeroIndex] ?? '');
    if (notANumero) {
      errors.push({ line: record.line, column: numeroColumn, message: `${notANumero} : supprimez cette ligne` });
      return null;
    }
    const row: CandidateRow = { line: record.line, numero: '', nom: '', prenom: '', marks: {}, controle: {} };
    for (const { key, index, unit, controleCode } of columns) {
      const cell = record.cells[index] ?? '';
      if (key === 'numero') row.numero = cell.trim();
      else if (key === 'nom') row.nom = cell;
      else if (key === 'prenom') row.prenom = cell;
      else if (unit) {
        const parsed = parseMark(cell, unit, regulation);
        if (parsed.ok) row.marks[unit.code] = parsed.value;
        else errors.push({ line: record.line, column: headerText(index), message: parsed.error });
      } else if (controleCode) {
        const parsed = parseControleMark(cell, regulation);
        if (parsed.ok) row.controle[controleCode] = parsed.value;
        else errors.push({ line: record.line, column: headerText(index), message: parsed.error });
      }
    }
    if (row.numero === '') {
      errors.push({ line: record.line, column: numeroColumn, message: 'numéro de candidat manquant' });
    } else {
      const key = numeroWithoutZeros(row.numero) ?? row.numero;
      const first = firstLineOfNumero.get(key);
      if (first !== undefined) {
        const spelled = first.numero === row.numero ? '' : ` (« ${first.numero} », aux zéros de tête près)`;
        errors.push({ line: record.line, column: numeroColumn, message: `numéro « ${row.numero} » déjà présent ligne ${first.line}${spelled}` });
      } else {
        firstLineOfNumero.set(key, { line: record.line, numero: row.numero });
      }
    }
    if (splitColumn >= 0) {
      const split = splitFullName(record.cells[splitColumn] ?? '');
      if (split.ok) [row.nom, row.prenom] = [split.nom, split.prenom];
      else {
        errors.push({ line: record.line, column: headerText(splitColumn), message: split.message });
        return row;
      }
    }
    if (row.nom.trim() === '') {
      errors.push({ line: record.line, column: headings.nom ?? 'nom', message: 'nom manquant' });
    }
    return row;
  };
  return { headings, read };
}

/** True when a cell from `start` on holds more than spaces. */
function hasTextFrom(cells: readonly string[], start: number): boolean {
  for (let i = start; i < cells.length; i++) if (cells[i]!.trim() !== '') return true;
  return false;
}

/** `Le fichier…` → `le fichier…`, without the final period: shown after `fichier : ligne N : `. */
function lowerFirst(message: string): string {
  return (message[0]!.toLowerCase() + message.slice(1)).replace(/\.$/, '');
}

/** Writes candidates with their marks (as typed) in the input format: it reads back identically. */
export function writeCandidatesCsv(
  regulation: Regulation,
  candidates: Iterable<{ numero: string; nom: string; prenom: string; marks: Record<string, string> }>,
): string {
  const codes = regulation.units.map((u) => u.code);
  const table: string[][] = [['numero', 'nom', 'prenom', ...codes]];
  for (const c of candidates) table.push([c.numero, c.nom, c.prenom, ...codes.map((code) => c.marks[code] ?? '')]);
  return writeCsv(table);
}
