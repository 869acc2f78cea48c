/**
 * A block of cells chosen like a spreadsheet's: Shift+arrows or Shift+click grow it from the focused cell, any
 * other move of the focus (an arrow, a click, Tab) or Échap ends it, and Ctrl+C copies it (Grid.svelte). AG Grid's
 * own cell ranges are not in its community edition. The block is drawn by a class on its cells
 * (`cellClassRules`, given to every column by Grid.svelte).
 */
import type { CellClassParams, GridApi, IRowNode } from 'ag-grid-community';
import { blockBounds, blockSize, copyRefusal, tsvText, type BlockBounds, type CellCorner } from './cell-block.ts';

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);
/** AG Grid's check-box column (Candidats, Établissements): Shift+click there is its own, choosing rows. */
export const SELECTION_COLUMN = 'ag-Grid-SelectionColumn';

/** A Shift+click with the main button on a cell of the body (not a pinned row, not the check-box column). */
function isShiftClickOnBody(event: MouseEvent): boolean {
  const cell = (event.target as HTMLElement).closest?.('.ag-cell');
  return event.shiftKey && event.button === 0 && !!cell && !cell.closest('.ag-row-pinned') && cell.getAttribute('col-id') !== SELECTION_COLUMN;
}

export const IN_BLOCK_CLASS = 'cell-in-block';

export class CellBlockSelection<TData> {
  #api: GridApi<TData> | null = null;
  #anchor: CellCorner | null = null;
  #bounds: BlockBounds | null = null;
  #columns = new Set<string>();
  /** The block's other corner: the focused cell when it was last grown. */
  #corner: CellCorner | null = null;
  /** A Shift+click is under way: the focus it moves grows the block instead of ending it. */
  #clicked = false;
  /**
   * A Shift+move was handed to AG Grid and its focus may land later: from far down the grid, Ctrl+Home first brings
   * the first row into view, then focuses it. That focus grows the block (unless a key or a click comes first).
   */
  #moving = false;
  readonly #erase: ((bounds: BlockBounds) => void) | undefined;
  /** The grid's rows have check boxes: Ctrl+A is AG Grid's, choosing every row (Candidats, Établissements). */
  #selectsRows = false;
  /** For screen readers: the block's size while there is one. */
  status = $state('');
  /** Why Ctrl+C copied nothing (a block too large for the clipboard), shown under the grid until the block changes. */
  refusal = $state('');

  /**
   * `erase`: Suppr on a block, given by a grid's owner that empties blocks (every grid where values are typed). Without it,
   * Suppr acts on the focused cell alone, as AG Grid does, and ends the block.
   */
  constructor(erase?: (bounds: BlockBounds) => void) {
    this.#erase = erase;
  }

  /**
   * Given the grid once created; its `onCellFocused` and `onDisplayedColumnsChanged` call `focused` and `redraw`.
   * `selectsRows`: the grid's rows have check boxes.
   */
  attach(api: GridApi<TData>, selectsRows: boolean): void {
    this.#api = api;
    this.#selectsRows = selectsRows;
  }

  /** The block of more than one cell chosen now, or null. */
  get bounds(): BlockBounds | null {
    const bounds = this.#bounds;
    return bounds && (bounds.top !== bounds.bottom || bounds.columns.length > 1) ? bounds : null;
  }

  /** Whether a cell is inside the block (for `cellClassRules`). */
  readonly inBlock = (params: CellClassParams<TData>): boolean => {
    const bounds = this.#bounds;
    const index = params.node.rowIndex;
    return (
      bounds !== null &&
      !params.node.rowPinned &&
      index !== null &&
      index >= bounds.top &&
      index <= bounds.bottom &&
      this.#columns.has(params.column.getColId())
    );
  };

  /** The block as a spreadsheet's clipboard text, or null when there is no block of more than one cell. */
  copyText(): string | null {
    const api = this.#api;
    const bounds = this.bounds;
    if (!api || !bounds) return null;
    const tooLarge = copyRefusal(bounds);
    if (tooLarge) {
      this.refusal = tooLarge;
      return '';
    }
    return tsvText(
      this.#rowNodes(bounds).map((rowNode) =>
        bounds.columns.map((colKey) => {
          const value: unknown = api.getCellValue({ rowNode, colKey, useFormatter: true });
          return value === null || value === undefined ? '' : String(value);
        }),
      ),
    );
  }

  /** The block's rows (their data), top to bottom; none without a block. */
  rows(): TData[] {
    const bounds = this.bounds;
    return bounds ? this.#rowNodes(bounds).flatMap((node) => (node.data === undefined ? [] : [node.data])) : [];
  }

  #rowNodes(bounds: BlockBounds): IRowNode<TData>[] {
    const nodes: IRowNode<TData>[] = [];
    for (let index = bounds.top; index <= bounds.bottom; index++) {
      const node = this.#api?.getDisplayedRowAtIndex(index);
      if (node) nodes.push(node);
    }
    return nodes;
  }

  /**
   * Shift+arrow on a cell grows the block by moving the focus as the arrow alone would, Ctrl+Shift+arrow as Ctrl+arrow
   * would (to the first or last row, or the first or last column, as a spreadsheet's Ctrl+Maj+flèche on a column
   * without gaps), Ctrl+Shift+Home / End to the grid's first or last cell (as Ctrl+Home / End go, through AG Grid's
   * own Home / End: Grid.svelte); Suppr and Échap as said below. Handled: true.
   */
  keydown(event: KeyboardEvent, cell: HTMLElement): boolean {
    const api = this.#api;
    if (!api) return false;
    this.#moving = false;
    // Suppr empties the block where the grid's owner does (AG Grid would clear the focused cell alone). Échap ends
    // the block; so does Suppr elsewhere (it acts on the focused cell alone, and the block drawn would say otherwise).
    const bounds = this.bounds;
    if (event.key === 'Delete' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey && bounds && this.#erase) {
      event.preventDefault();
      event.stopPropagation();
      this.#erase(bounds);
      return true;
    }
    if ((event.key === 'Escape' || event.key === 'Delete' || event.key === 'Backspace') && this.#anchor) {
      this.clear();
      // Échap ends the block and nothing else (the notes screen's Échap would also leave the grid).
      if (event.key === 'Escape') event.preventDefault();
      return false;
    }
    if (this.#selectAll(event)) return true;
    const toEdge = (event.key === 'Home' || event.key === 'End') && (event.ctrlKey || event.metaKey);
    if (!event.shiftKey || event.altKey || !(ARROWS.has(event.key) || toEdge)) return false;
    const focused = this.#focusedCorner();
    if (!focused) return false;
    event.preventDefault();
    event.stopPropagation();
    // Not into the row pinned under the last one (Candidats' « + ajouter… »; Ctrl+arrow stops at the last row).
    if (event.key === 'ArrowDown' && focused.rowIndex >= api.getDisplayedRowCount() - 1) return true;
    this.#anchorAt(focused);
    const { key, code, ctrlKey, metaKey } = event;
    const moves = toEdge ? { key, code } : { key, code, ctrlKey, metaKey };
    this.#moving = true;
    cell.dispatchEvent(new KeyboardEvent('keydown', { ...moves, bubbles: true, cancelable: true }));
    const landed = this.#focusedCorner() ?? this.#pastCheckBoxes();
    this.#growTo(landed);
    // Landed at once (the usual case): nothing more to wait for.
    if (landed && (landed.rowIndex !== focused.rowIndex || landed.colId !== focused.colId)) this.#moving = false;
    return true;
  }

  /**
   * After a move onto the check-box column (Ctrl+Shift+Home or Ctrl+Shift+← in Candidats): the focus goes to the
   * first column after it, on the same row, which is the block's corner (the check boxes choose rows, not cells).
   */
  #pastCheckBoxes(): CellCorner | null {
    const api = this.#api;
    const focused = api?.getFocusedCell();
    const first = api?.getAllDisplayedColumns().find((column) => column.getColId() !== SELECTION_COLUMN);
    if (!api || !focused || focused.rowPinned || !first || focused.column.getColId() !== SELECTION_COLUMN) return null;
    api.setFocusedCell(focused.rowIndex, first);
    return { rowIndex: focused.rowIndex, colId: first.getColId() };
  }

  /** Ctrl+A on a cell of a grid without check boxes: the whole grid as a block (the focus stays). Handled: true. */
  #selectAll(event: KeyboardEvent): boolean {
    const api = this.#api;
    if (!api || this.#selectsRows || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'a') return false;
    const focused = this.#focusedCorner();
    const columns = api.getAllDisplayedColumns().map((c) => c.getColId());
    const last = api.getDisplayedRowCount() - 1;
    if (!focused || columns.length === 0 || last < 0) return false;
    event.preventDefault();
    event.stopPropagation();
    this.#anchor = { rowIndex: 0, colId: columns[0]! };
    this.#growTo({ rowIndex: last, colId: columns[columns.length - 1]! });
    return true;
  }

  /**
   * Shift+click on a cell of the body grows the block to it (the click focuses it). Called on pointerdown, before
   * AG Grid, which moves the focus on pointerdown: on mousedown the anchor was already the clicked cell, and a
   * Shift+click chose that one cell unless a block was begun.
   */
  pointerdown(event: PointerEvent): void {
    this.#clicked = false;
    this.#moving = false;
    if (!isShiftClickOnBody(event)) return;
    const focused = this.#focusedCorner();
    if (!focused) return;
    // Not #anchorAt: the click may already have focused its cell (the block grows to it).
    this.#anchor ??= focused;
    this.#clicked = true;
  }

  /** Shift+click would otherwise select the page's text between the two cells. */
  mousedown(event: MouseEvent): void {
    if (isShiftClickOnBody(event)) event.preventDefault();
  }

  /**
   * The block goes on from `focused`, its corner; a focus elsewhere (a click whose focus AG Grid has not reported yet)
   * ends it first, and a new block starts there.
   */
  #anchorAt(focused: CellCorner): void {
    const corner = this.#corner;
    if (this.#anchor && corner && (corner.rowIndex !== focused.rowIndex || corner.colId !== focused.colId)) this.clear();
    this.#anchor ??= focused;
  }

  /** Ends the block (its cells drawn as the others again). */
  clear(): void {
    if (!this.#anchor && !this.#bounds) return;
    this.#anchor = null;
    this.#corner = null;
    this.#bounds = null;
    this.#columns = new Set();
    this.status = '';
    this.refusal = '';
    this.#refresh();
  }

  /** The focus moved: to the block's corner (a Shift+arrow, a Shift+click), or elsewhere, which ends the block. */
  focused(): void {
    if (!this.#anchor) return;
    const focused = this.#focusedCorner();
    const corner = this.#corner;
    if (focused && corner && focused.rowIndex === corner.rowIndex && focused.colId === corner.colId) return;
    if (this.#clicked && focused) {
      this.#clicked = false;
      this.#growTo(focused);
      return;
    }
    if (this.#moving) {
      this.#moving = false;
      this.#growTo(focused ?? this.#pastCheckBoxes());
      return;
    }
    this.clear();
  }

  /** The block drawn again, with the columns as they are now shown (a group folded may end it). */
  redraw(): void {
    if (this.#anchor && this.#corner) this.#growTo(this.#corner);
  }

  /** The focused cell of the grid's body (not a pinned row, not the check-box column), or null. */
  #focusedCorner(): CellCorner | null {
    const focused = this.#api?.getFocusedCell();
    if (!focused || focused.rowPinned || focused.column.getColId() === SELECTION_COLUMN) return null;
    return { rowIndex: focused.rowIndex, colId: focused.column.getColId() };
  }

  /** The block from the anchor to `corner`, drawn. */
  #growTo(corner: CellCorner | null): void {
    const api = this.#api;
    if (!api || !this.#anchor || !corner) return;
    const bounds = blockBounds(
      this.#anchor,
      corner,
      api.getAllDisplayedColumns().map((c) => c.getColId()),
    );
    if (!bounds) {
      this.clear();
      return;
    }
    this.#corner = corner;
    this.#bounds = bounds;
    this.#columns = new Set(bounds.columns);
    // Said to screen readers: what can be done with it here (a grid whose owner empties blocks also fills them).
    this.status = `Bloc de ${blockSize(bounds)} : ${this.#erase ? 'Ctrl+C le copie, Ctrl+V le remplit, Suppr le vide.' : 'Ctrl+C le copie.'}`;
    this.refusal = '';
    this.#refresh();
  }

  #refresh(): void {
    const api = this.#api;
    if (api && !api.isDestroyed()) api.refreshCells({ suppressFlash: true });
  }
}
