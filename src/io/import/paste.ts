/**
 * Rows pasted from a spreadsheet (the clipboard holds them as tab-separated text) become an import source like
 * a file. Rows copied without their heading get one: numéro, nom, prénom, date de naissance, in that order
 * (the usual order of a class list; the preview's column choices correct it), or nom, prénom, date de naissance
 * when the first column is not made of numbers.
 */
import { countOf } from '../../domain/count.ts';
import type { Regulation } from '../../domain/regulation.ts';
import { type CsvCell, writeCsv } from '../csv.ts';
import { CHECK_ANSWERS, parseCheck, type Check } from '../../domain/conformity.ts';
import { livretHolds, type LivretChange, type LivretPeriod, type LivretRecord, type LivretTemplate, parseLivretAvis } from '../../domain/livret.ts';
import type { Parsed } from '../../domain/marks.ts';
import { normalizeHeader } from '../headers.ts';
import { autoMap, importFields } from './fields.ts';
import { splitFullName } from './full-name.ts';
import { isLivretHeader, parseAvis, parseLivretCell, parsePix } from './livret.ts';

/** True when the clipboard text is a block of cells (a tab or a line break), not a value for one cell. */
export function isPastedBlock(text: string): boolean {
  return /\t|\n./.test(text.trim());
}

/** The headings given to pasted lines that have none: the numbers' if each line starts with one, then the names. */
const NUMERO_HEADING = 'N° candidat';
const NAMES_HEADINGS = ['Nom', 'Prénom', 'Date de naissance'];
const FULL_NAME_HEADINGS = ['Nom et prénom', 'Date de naissance'];

/**
 * Column `index` holds nom and prénom together (`DUPONT Léa`, a class list's « Élève » copied without its heading):
 * every cell has two words or more, and most of them split as splitFullName splits them (the others then say how to
 * write their name). A nom of two words in a Nom column (`LE GOFF`, `Da Silva`) does not split: it stays a nom.
 */
function holdsFullNames(lines: readonly string[], index: number): boolean {
  const cells = lines.map((line) => (line.split('\t')[index] ?? '').trim()).filter((cell) => cell !== '');
  if (cells.length === 0 || cells.some((cell) => cell.split(/\s+/).length < 2)) return false;
  return cells.filter((cell) => splitFullName(cell).ok).length * 2 >= cells.length;
}

function pastedLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines;
}

/** The fields a file would read in the first pasted line, as headings (none: a line of values). */
function headingFields(lines: readonly string[], regulation: Regulation): string[] {
  return autoMap(lines[0]?.split('\t') ?? [], importFields(regulation)).filter((key) => key !== null);
}

/** Headings that name the numbers or the names (`Élève`: both in one column): what a list of candidates needs. */
const namesCandidates = (fields: readonly string[]) => fields.includes('numero') || fields.includes('nom') || fields.includes('nom_prenom');

/** Every line starts with a number (the numbers file). */
const startsWithNumbers = (lines: readonly string[]) => lines.length > 0 && lines.every((line) => /^\s*\d+\s*$/.test(line.split('\t')[0] ?? ''));

/**
 * What rows pasted in the Candidats screen look like: with a line of headings a file would have (`headings`), each
 * line starting with a candidate's number (`numeros`, as the numbers file), or neither (`cells`).
 */
export function pastedRowsKind(text: string, regulation: Regulation): 'headings' | 'numeros' | 'cells' {
  const lines = pastedLines(text);
  // Headings that name neither the numbers nor the names cannot make a list of candidates (the import would ask for
  // them): a column copied with its heading (« Langue », then languages) is cells, its heading left out (pastedBlock).
  if (namesCandidates(headingFields(lines, regulation))) return 'headings';
  return startsWithNumbers(lines) ? 'numeros' : 'cells';
}

/**
 * Whether the pasted text is a sheet copied whole (a teacher's marks, a class's livret): its first line holds two
 * headings a file would have or more, one of them naming the numbers or the names. Such a paste on the notes or
 * livret grid is read as the file it is; a column of answers (« N », « O ») is not one.
 */
export function isPastedSheet(text: string, regulation: Regulation): boolean {
  const fields = headingFields(pastedLines(text), regulation);
  return isPastedBlock(text) && fields.length >= 2 && namesCandidates(fields);
}

/**
 * isPastedSheet on the livret grid: its first line read as a livret file's header is too, so that « Élève » or « Nom »
 * beside « Avis » or a subject's semester (headings a candidates file does not have) makes a class's sheet.
 */
export function isPastedLivretSheet(text: string, regulation: Regulation, template: LivretTemplate): boolean {
  return isPastedSheet(text, regulation) || (isPastedBlock(text) && isLivretHeader(pastedLines(text)[0]?.split('\t') ?? [], regulation, template));
}

/** The Candidats grid's column each field of a candidates file feeds. */
const CANDIDATE_COLUMN_OF_FIELD: Readonly<Record<string, string>> = {
  numero: 'numero',
  nom: 'nom',
  prenom: 'prenom',
  date_naissance: 'dateNaissance',
  etablissement_uai: 'etablissement',
  etablissement_nom: 'etablissement',
  statut: 'statut',
  langue_vivante: 'langueVivante',
  facultatives: 'facultatives',
};

/**
 * The column of a grid a heading copied with its column names, read as a file's heading is (« LV », « Né le »,
 * « E1 ») then turned into the grid's column by `columnOf` (null: the grid has none for that field).
 */
export function headingColumnAsInFiles<Key>(regulation: Regulation, columnOf: (field: string) => Key | null): (heading: string) => Key | null {
  const fields = importFields(regulation);
  return (heading) => {
    const field = autoMap([heading], fields)[0];
    return field === null || field === undefined ? null : columnOf(field);
  };
}

/** The Candidats grid's column a heading copied with its column names. */
export function candidateHeadingColumn(regulation: Regulation): (heading: string) => string | null {
  return headingColumnAsInFiles(regulation, (field) => CANDIDATE_COLUMN_OF_FIELD[field] ?? null);
}

/** The pasted text, with a heading line first when its first row is not one. */
export function pastedTable(text: string, regulation: Regulation): string {
  const lines = pastedLines(text);
  // Any heading a file would have is kept, even one that names no numbers nor names (the preview then asks for them).
  if (headingFields(lines, regulation).length > 0) return lines.join('\n') + '\n';
  const numbers = startsWithNumbers(lines);
  const names = [...(numbers ? [NUMERO_HEADING] : []), ...(holdsFullNames(lines, numbers ? 1 : 0) ? FULL_NAME_HEADINGS : NAMES_HEADINGS)];
  const heading = (lines[0]?.split('\t') ?? []).map((_, i) => names[i] ?? `Colonne ${i + 1}`);
  return [heading.join('\t'), ...lines].join('\n') + '\n';
}

/** A candidate of the notes grid, as a pasted line is matched to it (the same fields as a teacher's sheet). */
export interface PastedRowTarget {
  numero: string;
  nom: string;
  prenom: string;
}

/** Where marks are pasted in the notes grid: the column's unit key when it holds marks (E1, controle_E2). */
export type MarksPasteTarget = PasteTarget<string, PastedRowTarget>;

export type PastedMarks = { ok: true; table: string } | { ok: false; error: string };

/** Where cells are pasted in a grid: from the focused cell, rightwards and downwards, as displayed. */
interface PasteTarget<Key, Row> {
  /** The displayed columns from the focused one on: what a cell pasted there writes, or null for a column that takes nothing. */
  columns: readonly { key: Key | null; heading: string }[];
  /** The displayed row `offset` lines below the focused one (0: its own), or null past the last one. */
  rowAt: (offset: number) => Row | null;
  /** Why the cell of that row and column takes no value, as the grid locks it (e.g. a contrôle mark), or null. */
  locked?: (offset: number, key: Key) => string | null;
  /**
   * The column a heading copied with its column names (« Langue vivante » names the languages' column), or null when
   * it names none. Without it, a heading names the column shown with that heading (case, accents and signs aside).
   */
  headingColumn?: (heading: string) => Key | null;
  /** Every column of the grid as displayed, left of the paste too (the headings a paste may name); else `columns`. */
  everyColumn?: readonly { key: Key | null; heading: string }[];
}

/** What a grid's columns receive, in the refusals: « de notes »; where to stand to paste; what its rows are. */
interface PasteWording {
  takes: string;
  start: string;
  /** « candidat affiché », « candidats affichés » unless said. */
  shown?: readonly [string, string];
}

/** A row as the refusals name it: « Dupont Léa », or an établissement's name alone. */
const rowName = (row: PastedRowTarget) => [row.nom, row.prenom].filter((part) => part !== '').join(' ');

type PastedBlock<Key, Row> = { ok: true; keys: Key[]; rows: { row: Row; line: number; cells: string[] }[] } | { ok: false; error: string };

/**
 * Cells copied from a spreadsheet and pasted on a cell of a grid: line i, cell j go to the i-th displayed row and the
 * j-th displayed column from that cell on, as in a spreadsheet. A first line of headings copied with their columns is
 * left out when each heading falls on the column it names (see headingLine). Refused as a whole, saying why, when a
 * pasted column falls on a column that takes nothing or past the last one, or a line past the last row shown.
 */
function pastedBlock<Key, Row extends PastedRowTarget>(text: string, target: PasteTarget<Key, Row>, wording: PasteWording): PastedBlock<Key, Row> {
  const lines = pastedLines(text);
  let cells = lines.map((line) => line.split('\t').map((cell) => cell.trim()));
  const width = Math.max(0, ...cells.map((line) => line.length));
  const first = target.columns[0];
  if (lines.length === 0 || !first) return { ok: false, error: 'Collage : le presse-papiers ne contient aucune cellule.' };
  if (first.key === null) return pasteRefused(`la colonne « ${first.heading} » ne reçoit pas ${wording.takes} ; placez-vous sur ${wording.start}, puis collez`);
  const keys: Key[] = [];
  const columns = countOf(width, 'colonne collée', 'colonnes collées');
  for (let j = 0; j < width; j++) {
    const column = target.columns[j];
    if (!column)
      return pasteRefused(`${columns} à partir de « ${first.heading} », mais ${countOf(j, 'colonne', 'colonnes')} seulement jusqu'au bord de la grille`);
    if (column.key === null)
      return pasteRefused(`${columns} à partir de « ${first.heading} » : la ${j + 1}e tomberait sur « ${column.heading} », qui ne reçoit pas ${wording.takes}`);
    keys.push(column.key);
  }
  const heading = headingLine(cells, target);
  if (heading === 'elsewhere') return pasteRefused(misplacedHeadings(cells[0]!, target));
  const skipped = heading === 'here' ? 1 : 0;
  cells = cells.slice(skipped);
  const rows: { row: Row; line: number; cells: string[] }[] = [];
  for (const [i, line] of cells.entries()) {
    const row = target.rowAt(i);
    if (!row) {
      const from = target.rowAt(0)!;
      return pasteRefused(
        `${countOf(cells.length, 'ligne collée', 'lignes collées')} à partir de ${rowName(from)}, mais ${countOf(i, ...(wording.shown ?? ['candidat affiché', 'candidats affichés']))} seulement jusqu'à la fin de la liste`,
      );
    }
    const values = keys.map((_, j) => line[j] ?? '');
    const number = i + 1 + skipped;
    for (const [j, value] of values.entries()) {
      const why = value === '' ? null : (target.locked?.(i, keys[j]!) ?? null);
      if (why) return pasteRefused(`ligne ${number} (${rowName(row)}), colonne « ${target.columns[j]!.heading} » : ${why}`);
    }
    rows.push({ row, line: number, cells: values });
  }
  return { ok: true, keys, rows };
}

/** The column a pasted heading names: the target's own reading, else the column shown with that heading. */
function namedColumn<Key, Row>(heading: string, target: PasteTarget<Key, Row>): Key | null {
  if (target.headingColumn) return target.headingColumn(heading);
  const wanted = normalizeHeader(heading);
  return (target.everyColumn ?? target.columns).find((column) => column.key !== null && normalizeHeader(column.heading) === wanted)?.key ?? null;
}

/** Whether a pasted heading names the column it falls on (its heading as shown, or as the target reads it). */
function namesItsColumn<Key, Row>(heading: string, column: PasteTarget<Key, Row>['columns'][number], target: PasteTarget<Key, Row>): boolean {
  return normalizeHeader(heading) === normalizeHeader(column.heading) || (column.key !== null && namedColumn(heading, target) === column.key);
}

/**
 * Whether the first pasted line is a line of headings copied with their columns (lines follow it, and each of its
 * cells that is not empty names a column): `here` when each falls on the column it names (the line is left out, as the
 * user meant: « Langue » then languages, pasted on « Langue »), `elsewhere` when one falls on another column (its
 * values would go under the wrong heading: refused), null when it is a line of values.
 */
function headingLine<Key, Row>(cells: readonly string[][], target: PasteTarget<Key, Row>): 'here' | 'elsewhere' | null {
  const line = cells[0]!;
  if (cells.length < 2 || line.every((cell) => cell === '')) return null;
  let here = true;
  for (const [j, cell] of line.entries()) {
    if (cell === '') continue;
    if (namesItsColumn(cell, target.columns[j]!, target)) continue;
    if (namedColumn(cell, target) === null) return null;
    here = false;
  }
  return here ? 'here' : 'elsewhere';
}

/** The refusal of a line of headings whose first misplaced heading falls on another column than the one it names. */
function misplacedHeadings<Key, Row>(line: readonly string[], target: PasteTarget<Key, Row>): string {
  const j = line.findIndex((cell, index) => cell !== '' && !namesItsColumn(cell, target.columns[index]!, target));
  return (
    `la 1re ligne collée est une ligne d'en-tête, et « ${line[j]} » y tomberait sur la colonne « ${target.columns[j]!.heading} » : ` +
    `collez à partir de la colonne « ${line[j]} », ou sans la ligne d'en-tête`
  );
}

const pasteRefused = (why: string) => ({ ok: false as const, error: `Collage refusé : ${why}. Rien n'a été collé.` });

/** Where cells are pasted in a grid of records (Candidats): a column's key is its id. */
export type CellsPasteTarget<Row extends PastedRowTarget> = PasteTarget<string, Row>;

export type PastedCells<Row> = { ok: true; cells: { row: Row; colId: string; text: string }[] } | { ok: false; error: string };

/**
 * Cells copied from a spreadsheet and pasted on cells of a grid of records (pastedBlock): the values to enter, each in
 * its row and column, as typed there (the grid checks them). An empty pasted cell leaves its cell as it is, as in the
 * other grids. `start`: where to stand to paste, said when the first column takes nothing; `shown`: what the rows are
 * (« établissement affiché », « établissements affichés »; candidates unless said).
 */
export function pastedCells<Row extends PastedRowTarget>(
  text: string,
  target: CellsPasteTarget<Row>,
  start: string,
  shown?: readonly [string, string],
): PastedCells<Row> {
  const block = pastedBlock(text, target, { takes: 'de valeurs', start, shown });
  if (!block.ok) return block;
  return {
    ok: true,
    cells: block.rows.flatMap(({ row, cells }) => cells.flatMap((text, j) => (text === '' ? [] : [{ row, colId: block.keys[j]!, text }]))),
  };
}

/**
 * Cells copied from a spreadsheet and pasted on a cell of the notes grid (pastedBlock): they become a teacher's sheet
 * (numero, nom, prenom, then the units: the file « Exporter… » gives for one unit), imported through the same preview
 * as a file.
 */
export function pastedMarks(text: string, target: MarksPasteTarget): PastedMarks {
  const block = pastedBlock(text, target, { takes: 'de notes', start: "la première note à remplir (une colonne d'épreuve)" });
  if (!block.ok) return block;
  const table: CsvCell[][] = [['numero', 'nom', 'prenom', ...block.keys]];
  for (const { row, cells } of block.rows) table.push([row.numero, row.nom, row.prenom, ...cells]);
  return { ok: true, table: writeCsv(table) };
}

/**
 * Suppr on a block of the notes grid: the block's candidates and mark columns as a sheet of empty cells, imported
 * with empty cells that clear the mark. The preview shows what goes, and the import's checks apply (a mark kept by
 * bénéfice is not cleared); « Annuler le dernier import » puts the marks back.
 */
export function erasedMarks(rows: readonly PastedRowTarget[], keys: readonly string[]): string {
  const table: CsvCell[][] = [['numero', 'nom', 'prenom', ...keys]];
  for (const row of rows) table.push([row.numero, row.nom, row.prenom, ...keys.map(() => '')]);
  return writeCsv(table);
}

/** A cell of the livret's class grid that takes a pasted value: a semester mark, the avis, PIX. */
export type LivretPasteColumn = { kind: 'mark'; subject: string; period: LivretPeriod } | { kind: 'avis' } | { kind: 'pix' };

/** A candidate of the livret's class grid. */
export interface LivretPasteRow extends PastedRowTarget {
  candidateId: number;
}

/** Where cells are pasted in the livret's class grid. */
export type LivretPasteTarget = PasteTarget<LivretPasteColumn, LivretPasteRow>;

export type PastedLivret = { ok: true; updates: { candidateId: number; changes: LivretChange[] }[]; count: number } | { ok: false; error: string };

/**
 * Cells copied from a spreadsheet and pasted on a cell of the livret's class grid (pastedBlock): the changes they
 * make, per candidate, each value read as if typed in its cell (a mark `12,5`, an avis `TF` or its wording, PIX
 * `Oui`/`Non`). An empty pasted cell leaves the cell as it is, as in the notes grid. Refused as a whole at the first
 * value that cannot be read, saying where.
 */
export function pastedLivret(text: string, target: LivretPasteTarget): PastedLivret {
  const block = pastedBlock(text, target, { takes: 'de valeurs', start: "la première cellule à remplir (un semestre, l'avis ou PIX)" });
  if (!block.ok) return block;
  const updates: { candidateId: number; changes: LivretChange[] }[] = [];
  let count = 0;
  for (const { row, line, cells } of block.rows) {
    const changes: LivretChange[] = [];
    for (const [j, raw] of cells.entries()) {
      if (raw === '') continue;
      const column = block.keys[j]!;
      const change = livretPasteChange(column, raw);
      if (!change.ok) return pasteRefused(`ligne ${line} (${rowName(row)}), colonne « ${target.columns[j]!.heading} » : ${change.error}`);
      if (change.value) changes.push(change.value);
    }
    // Each line is another candidate shown: one update per line.
    if (changes.length === 0) continue;
    updates.push({ candidateId: row.candidateId, changes });
    count += changes.length;
  }
  return { ok: true, updates, count };
}

/**
 * Suppr on a block of the livret's class grid: the changes that empty its cells that take a value (a semester mark,
 * the avis; PIX back to « non »), per candidate, leaving out the cells already empty.
 */
export function erasedLivret(
  rows: readonly { candidateId: number; livret: LivretRecord | null }[],
  columns: readonly LivretPasteColumn[],
): { updates: { candidateId: number; changes: LivretChange[] }[]; count: number } {
  const updates: { candidateId: number; changes: LivretChange[] }[] = [];
  let count = 0;
  for (const { candidateId, livret } of rows) {
    const changes = columns.map(emptied).filter((change) => !livretHolds(livret, change));
    if (changes.length === 0) continue;
    updates.push({ candidateId, changes });
    count += changes.length;
  }
  return { updates, count };
}

function emptied(column: LivretPasteColumn): LivretChange {
  switch (column.kind) {
    case 'mark':
      return { ...column, value: null };
    case 'avis':
      return { kind: 'avis', value: null };
    case 'pix':
      return { kind: 'pix', value: false };
  }
}

/**
 * A value pasted in a livret cell, read as typing it there reads it, and as the livret's import reads what school
 * software writes (`Abs`, `NN`, `Disp` where a semester has no mark: nothing changes, as for an empty cell; `Fav`,
 * `DFP`); null: nothing to write.
 */
function livretPasteChange(column: LivretPasteColumn, raw: string): Parsed<LivretChange | null> {
  switch (column.kind) {
    case 'mark': {
      const parsed = parseLivretCell(raw);
      if (!parsed.ok) return parsed;
      return { ok: true, value: parsed.value === null ? null : { ...column, value: parsed.value } };
    }
    case 'avis': {
      const typed = parseLivretAvis(raw);
      const parsed = typed.ok ? typed : parseAvis(raw);
      if (parsed.ok) return { ok: true, value: { kind: 'avis', value: parsed.value } };
      return { ok: false, error: typed.ok ? parsed.error : typed.error };
    }
    case 'pix': {
      const parsed = parsePix(raw);
      return parsed.ok ? { ok: true, value: { kind: 'pix', value: parsed.value === true } } : parsed;
    }
  }
}

/** A candidate of the conformity grid. */
export interface ChecksPasteRow extends PastedRowTarget {
  candidateId: number;
}

/** Where cells are pasted in the conformity grid; a column's key is its id (a check column: `E4-fiche`). */
export type ChecksPasteTarget = PasteTarget<string, ChecksPasteRow>;

export type PastedChecks = { ok: true; cells: { row: ChecksPasteRow; colId: string; value: Check }[] } | { ok: false; error: string };

/**
 * Cells copied from a spreadsheet and pasted on a cell of the conformity grid (pastedBlock): each value read as typed in
 * its check cell (O, N, oui, non, x, présent, ?…). An empty pasted cell leaves the check as it is, as in the other
 * grids. Refused as a whole at the first value that is not an answer, saying where.
 */
export function pastedChecks(text: string, target: ChecksPasteTarget): PastedChecks {
  const block = pastedBlock(text, target, { takes: 'de réponse', start: 'la première case à remplir (Pièces, Signées, Visées, Fiche ou Dossier)' });
  if (!block.ok) return block;
  const cells: { row: ChecksPasteRow; colId: string; value: Check }[] = [];
  for (const { row, line, cells: values } of block.rows) {
    for (const [j, raw] of values.entries()) {
      if (raw === '') continue;
      const check = parseCheck(raw);
      if (!check.ok)
        return pasteRefused(`ligne ${line} (${rowName(row)}), colonne « ${target.columns[j]!.heading} » : « ${raw} » n'est pas une réponse (${CHECK_ANSWERS})`);
      cells.push({ row, colId: block.keys[j]!, value: check.value });
    }
  }
  return { ok: true, cells };
}
