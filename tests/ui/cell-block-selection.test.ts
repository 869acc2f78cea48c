// The block of cells chosen with Shift, against a stand-in for AG Grid whose focus moves when the test says: AG Grid
// focuses the cell a key moves to at once, or later (from far down, Ctrl+Home first brings the first row into view),
// and reports a click's focus after the next key may already be pressed.
import { describe, expect, it } from 'vitest';
import type { GridApi } from 'ag-grid-community';
import { CellBlockSelection } from '../../src/ui/grid/cell-block-selection.svelte.ts';

const COLUMNS = ['numero', 'nom', 'E1', 'E2'];

/** `erase`: the grid's owner empties blocks (Suppr). */
function standIn(erase?: () => void) {
  let focus: { rowIndex: number; colId: string } | null = null;
  const api = {
    getFocusedCell: () => (focus ? { rowIndex: focus.rowIndex, rowPinned: null, column: { getColId: () => focus!.colId } } : null),
    getAllDisplayedColumns: () => COLUMNS.map((colId) => ({ getColId: () => colId })),
    getDisplayedRowCount: () => 170,
    refreshCells: () => {},
    isDestroyed: () => false,
  } as unknown as GridApi<unknown>;
  const block = new CellBlockSelection<unknown>(erase);
  block.attach(api, false);
  const focusOn = (rowIndex: number, colId: string) => (focus = { rowIndex, colId });
  /** A key on the focused cell; `lands`: where AG Grid puts the focus while handling it (nowhere yet: later). */
  const press = (init: KeyboardEventInit, lands?: [number, string]) => {
    const cell = { dispatchEvent: () => (lands ? focusOn(...lands) : undefined) } as unknown as HTMLElement;
    return block.keydown(new KeyboardEvent('keydown', init), cell);
  };
  return { block, focusOn, press };
}

describe('the block of cells chosen with Shift', () => {
  it('grows to where the focus lands later, as AG Grid focuses the first row once it has brought it into view', () => {
    const { block, focusOn, press } = standIn();
    focusOn(150, 'E1');
    expect(press({ key: 'Home', ctrlKey: true, shiftKey: true })).toBe(true);
    // Nothing moved yet: no block of more than one cell.
    expect(block.bounds).toBeNull();
    focusOn(0, 'numero');
    block.focused();
    expect(block.bounds).toEqual({ top: 0, bottom: 150, columns: ['numero', 'nom', 'E1'] });
    expect(block.status).toBe('Bloc de 151 lignes × 3 colonnes : Ctrl+C le copie.');
    // A focus moved by anything else afterwards (a click, an arrow) ends it, as before.
    focusOn(3, 'E2');
    block.focused();
    expect(block.bounds).toBeNull();
  });

  it('tells screen readers what the block takes: Ctrl+V and Suppr too where the grid empties blocks', () => {
    const { block, focusOn, press } = standIn(() => {});
    focusOn(0, 'E1');
    press({ key: 'ArrowRight', shiftKey: true }, [0, 'E2']);
    expect(block.status).toBe('Bloc de 1 ligne × 2 colonnes : Ctrl+C le copie, Ctrl+V le remplit, Suppr le vide.');
  });

  it('starts again from the cell a click focused, when AG Grid has not reported that focus before the next Shift+arrow', () => {
    const { block, focusOn, press } = standIn();
    focusOn(0, 'E1');
    press({ key: 'ArrowDown', shiftKey: true }, [1, 'E1']);
    expect(block.bounds).toEqual({ top: 0, bottom: 1, columns: ['E1'] });
    // A click on row 5, « nom »: focused, not reported yet; then Shift+↓ from there.
    focusOn(5, 'nom');
    press({ key: 'ArrowDown', shiftKey: true }, [6, 'nom']);
    expect(block.bounds).toEqual({ top: 5, bottom: 6, columns: ['nom'] });
    // The click's focus reported late changes nothing.
    block.focused();
    expect(block.bounds).toEqual({ top: 5, bottom: 6, columns: ['nom'] });
  });
});
