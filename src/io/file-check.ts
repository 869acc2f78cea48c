/**
 * What an imported table file must be before it is parsed, and the diagnosis of the usual bad files, shared by
 * the import wizard and the CLI so both say the same thing (docs/limites.md):
 *
 * - before reading anything: the file's size (`checkFileSize`, from `File.size` or `stat`, nothing read yet);
 * - before parsing: empty, and a line too long or with too many columns (`checkTableText`: one pass over the
 *   text, no cell is built: a 2,000,000-column header is refused in milliseconds instead of freezing the tab);
 * - after parsing: a file with its header only, rows with more cells than the header (`raggedRowMessage`),
 *   rows written with another separator than the header (`mixedSeparatorMessage`).
 *
 * UTF-16 without a byte-order mark is recognised by decode.ts (its NUL bytes), so it reads like any other file.
 */
import { formatCount } from '../domain/count.ts';
import { detectDelimiter, type Delimiter } from './csv.ts';

export const IMPORT_LIMITS = {
  /** File size, in bytes (10 Mo: a session of 50,000 candidates with all their marks takes about 5 Mo). */
  maxBytes: 10 * 1024 * 1024,
  /** Lines (records) of the file. */
  maxLines: 100_000,
  /** Cells in a line. */
  maxColumns: 500,
  /** Characters in a line. */
  maxLineLength: 20_000,
} as const;

export const DELIMITER_NAMES: Readonly<Record<Delimiter, string>> = { ';': '« ; »', ',': '« , »', '\t': 'tabulation' };

/** `10 Mo`, `2,5 Mo`, `800 Ko`. */
function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '').replace('.', ',')} Mo`;
  return `${Math.max(1, Math.round(bytes / 1024))} Ko`;
}

/** French refusal for a file over the size limit, or null. Call before reading the file. */
export function checkFileSize(bytes: number): string | null {
  if (bytes === 0) return "Le fichier est vide (0 octet) : il ne contient ni ligne d'en-tête ni candidat.";
  if (bytes > IMPORT_LIMITS.maxBytes) {
    return (
      `Le fichier est trop gros : ${size(bytes)}, au plus ${size(IMPORT_LIMITS.maxBytes)}. ` +
      "Vérifiez qu'il s'agit bien du bon fichier (un tableau de candidats), ou découpez-le en plusieurs fichiers."
    );
  }
  return null;
}

/** checkTableText with the delimiter guessed from the start only: the first line may be millions of characters long. */
export function checkTableShape(text: string): string | null {
  return checkTableText(text, detectDelimiter(text.slice(0, 65_536)));
}

/**
 * French refusal for a decoded text that is empty or whose shape would make parsing freeze the page (a line too
 * long, too many columns, too many lines), or null. One pass, counting separators outside quotes; a quote left
 * open runs until the end of the file and is caught by the line length.
 */
export function checkTableText(text: string, delimiter: Delimiter): string | null {
  if (text.trim() === '') return "Le fichier est vide : il ne contient ni ligne d'en-tête ni candidat.";
  const sep = delimiter.charCodeAt(0);
  let line = 1;
  let lines = 0;
  let lineStart = 0;
  let cells = 1;
  let inQuotes = false;
  let content = false;
  const tooLong = (at: number) =>
    `Ligne ${line} : plus de ${formatCount(IMPORT_LIMITS.maxLineLength)} caractères` +
    (inQuotes ? ' : un guillemet « " » ouvert n\'est jamais refermé' : '') +
    `. Délib lit au plus ${formatCount(IMPORT_LIMITS.maxLineLength)} caractères par ligne${inQuotes ? '' : ` (${formatCount(at)} ici)`}.`;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      inQuotes = !inQuotes;
    } else if (!inQuotes && (c === 10 || c === 13)) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (content) lines++;
      if (lines > IMPORT_LIMITS.maxLines) {
        return `Le fichier a plus de ${formatCount(IMPORT_LIMITS.maxLines)} lignes : Délib en lit au plus ${formatCount(IMPORT_LIMITS.maxLines)} par fichier. Découpez-le en plusieurs fichiers.`;
      }
      line++;
      lineStart = i + 1;
      cells = 1;
      content = false;
      continue;
    } else if (!inQuotes && c === sep) {
      cells++;
      if (cells > IMPORT_LIMITS.maxColumns) {
        return `Ligne ${line} : plus de ${IMPORT_LIMITS.maxColumns} colonnes. Délib lit au plus ${IMPORT_LIMITS.maxColumns} colonnes : ce fichier n'est sans doute pas un tableau de candidats (ou le séparateur ${DELIMITER_NAMES[delimiter]} n'est pas le bon).`;
      }
    }
    if (c > 32) content = true;
    if (i - lineStart >= IMPORT_LIMITS.maxLineLength) {
      // A quote opened and never closed: count the line where it opened.
      return tooLong(i - lineStart);
    }
  }
  return null;
}

/** French message for a file that has its header and nothing else. */
export const HEADER_ONLY_MESSAGE = "Le fichier ne contient que la ligne d'en-tête : aucun candidat à lire.";

/** The row message when a row has more filled cells than the header has columns (the wizard and the CLI). */
export function raggedRowMessage(cells: number, columns: number, delimiter: Delimiter): string {
  return `la ligne a ${cells} cellules pour ${columns} colonnes d'en-tête : une valeur contient peut-être un séparateur ${DELIMITER_NAMES[delimiter]} sans guillemets`;
}

/**
 * When a row looks written with another separator than the header (a single cell holding `0001,Dupont,Léa,12`
 * under a `;` header), the row message that says so; otherwise null.
 */
export function mixedSeparatorMessage(cells: readonly string[], columns: number, delimiter: Delimiter): string | null {
  if (columns < 2) return null;
  // The one cell that holds something, if only one does (counted without a new array: this runs on every line).
  let filled: string | null = null;
  for (const cell of cells) {
    if (cell.trim() === '') continue;
    if (filled !== null) return null;
    filled = cell;
  }
  if (filled === null) return null;
  for (const other of [';', ',', '\t'] as const) {
    if (other === delimiter) continue;
    const parts = filled.split(other).length;
    if (parts >= Math.min(columns, 3)) {
      return `les valeurs de cette ligne sont séparées par ${DELIMITER_NAMES[other]} alors que l'en-tête utilise ${DELIMITER_NAMES[delimiter]} : enregistrez le fichier avec un seul séparateur`;
    }
  }
  return null;
}
