/**
 * A block of cells, as a spreadsheet selects one: from the cell where Shift+arrows or Shift+click started (the
 * anchor) to the focused cell. Rows are the grid's displayed row indexes, columns its displayed columns in their
 * order on screen (pinned ones included). Ctrl+C copies the block as a spreadsheet's clipboard holds it.
 */
import { formatCount } from '../../domain/count.ts';

/** A cell of the grid's body: its displayed row and its column. */
export interface CellCorner {
  rowIndex: number;
  colId: string;
}

export interface BlockBounds {
  top: number;
  bottom: number;
  /** The columns of the block, in their order on screen. */
  columns: string[];
}

/** The rows and columns between two corners, or null when a corner's column is no longer shown. */
export function blockBounds(anchor: CellCorner, focus: CellCorner, displayedColumns: readonly string[]): BlockBounds | null {
  const from = displayedColumns.indexOf(anchor.colId);
  const to = displayedColumns.indexOf(focus.colId);
  if (from < 0 || to < 0) return null;
  return {
    top: Math.min(anchor.rowIndex, focus.rowIndex),
    bottom: Math.max(anchor.rowIndex, focus.rowIndex),
    columns: displayedColumns.slice(Math.min(from, to), Math.max(from, to) + 1),
  };
}

/**
 * The most cells Ctrl+C copies at once: each is read as shown (a few microseconds) in one task, since the clipboard is
 * filled during the copy event; 250,000 cells hold the page well under a second.
 */
export const MAX_COPIED_CELLS = 250_000;

/** Why a block is not copied (too many cells for one task), in French, or null. */
export function copyRefusal(bounds: BlockBounds, max = MAX_COPIED_CELLS): string | null {
  const cells = (bounds.bottom - bounds.top + 1) * bounds.columns.length;
  if (cells <= max) return null;
  return `Bloc trop grand pour le presse-papiers (${formatCount(cells)} cellules, ${formatCount(max)} au plus) : rien n'a été copié. « Exporter… » écrit le tableau entier dans un fichier.`;
}

/** « 3 lignes × 2 colonnes ». */
export function blockSize(bounds: BlockBounds): string {
  const rows = bounds.bottom - bounds.top + 1;
  const columns = bounds.columns.length;
  return `${rows} ligne${rows > 1 ? 's' : ''} × ${columns} colonne${columns > 1 ? 's' : ''}`;
}

/** A cell as a spreadsheet's clipboard holds it: quoted (quotes doubled) when it holds a tab, a line break or a quote. */
function tsvCell(text: string): string {
  return /[\t\r\n"]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of cells as a spreadsheet copies them: cells separated by tabs, rows by CRLF (as Excel's, without a last one). */
export function tsvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(tsvCell).join('\t')).join('\r\n');
}

/** One value on every cell of a block, as the clipboard text of that block (a value pasted on a chosen block fills it). */
export function filledText(value: string, bounds: BlockBounds): string {
  const row = bounds.columns.map(() => value);
  return tsvText(Array.from({ length: bounds.bottom - bounds.top + 1 }, () => row));
}

/** Where a paste starts: the block's first cell when a block is chosen (as in a spreadsheet), else the focused cell. */
export function pasteStart(bounds: BlockBounds | null, focused: CellCorner): CellCorner {
  return bounds ? { rowIndex: bounds.top, colId: bounds.columns[0]! } : focused;
}

/**
 * Where cells pasted from a spreadsheet go, as in a spreadsheet: the columns from the start cell's on (`columns`: the
 * grid's, as displayed) and the displayed rows from its own down (`rowAtIndex`); null when its column is not there.
 * `everyColumn`: all of them, for the headings a paste may name.
 */
export function pasteTargetFrom<Key, Row>(
  start: CellCorner,
  columns: readonly { colId: string; heading: string; key: Key | null }[],
  rowAtIndex: (index: number) => Row | null,
): {
  columns: { colId: string; heading: string; key: Key | null }[];
  everyColumn: readonly { heading: string; key: Key | null }[];
  rowAt: (offset: number) => Row | null;
} | null {
  const from = columns.findIndex((column) => column.colId === start.colId);
  return from < 0 ? null : { columns: columns.slice(from), everyColumn: columns, rowAt: (offset) => rowAtIndex(start.rowIndex + offset) };
}
