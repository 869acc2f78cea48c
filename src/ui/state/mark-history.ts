/**
 * Ctrl+Z and Ctrl+Y in the notes grid, as in a spreadsheet: the marks typed, pasted or cleared in this tab, latest
 * last. Each change is put back through the same write as an entry (its rules, its reason during the deliberation),
 * and only while the cell still holds what the change left there: a mark changed since (another tab, an import) is
 * never overwritten by an undo.
 */
import { formatMark, type ControleMark, type Mark } from '../../domain/marks.ts';

export interface MarkChange {
  candidateId: number;
  /** Unit key: `E4`, `controle_E1`. */
  unit: string;
  before: Mark | ControleMark;
  after: Mark | ControleMark;
}

/** Changes kept for Ctrl+Z (the oldest go first). */
export const MARK_HISTORY_LIMIT = 100;

export class MarkHistory {
  #undo: MarkChange[] = [];
  #redo: MarkChange[] = [];

  /** A mark entered: it can be undone; what was undone before it can no longer be redone. */
  entered(change: MarkChange): void {
    if (sameMark(change.before, change.after)) return;
    this.#undo.push(change);
    if (this.#undo.length > MARK_HISTORY_LIMIT) this.#undo.shift();
    this.#redo = [];
  }

  /** The change Ctrl+Z puts back (`undo`) or Ctrl+Y makes again, taken off its list until `settle` says how it went. */
  take(direction: 'undo' | 'redo'): MarkChange | undefined {
    return (direction === 'undo' ? this.#undo : this.#redo).pop();
  }

  /**
   * After `take`: done, the change goes to the other list (undone, it can be redone); not done (refused, its reason
   * not given), it goes back where it was; stale (the cell changed since), it is dropped.
   */
  settle(direction: 'undo' | 'redo', change: MarkChange, outcome: 'done' | 'not done' | 'stale'): void {
    if (outcome === 'stale') return;
    const [from, to] = direction === 'undo' ? [this.#undo, this.#redo] : [this.#redo, this.#undo];
    (outcome === 'done' ? to : from).push(change);
  }

  clear(): void {
    this.#undo = [];
    this.#redo = [];
  }
}

/** The value a change expects in its cell before it is undone or redone. */
export function expectedBefore(direction: 'undo' | 'redo', change: MarkChange): Mark | ControleMark {
  return direction === 'undo' ? change.after : change.before;
}

/** The value a change writes when it is undone or redone. */
export function written(direction: 'undo' | 'redo', change: MarkChange): Mark | ControleMark {
  return direction === 'undo' ? change.before : change.after;
}

export function sameMark(a: Mark | ControleMark, b: Mark | ControleMark): boolean {
  return formatMark(a) === formatMark(b);
}
