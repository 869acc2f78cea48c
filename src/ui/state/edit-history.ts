/**
 * Ctrl+Z and Ctrl+Y in a grid, as in a spreadsheet: the changes entered in this tab, latest last. Each change is put
 * back through the same write as an entry (its rules, its reason during the deliberation), and only while what it
 * changed still holds what it left there: a value changed since (another tab, an import) is never overwritten.
 */

export type Direction = 'undo' | 'redo';

/** Ctrl+Z: undo; Ctrl+Y or Ctrl+Maj+Z: redo (⌘ on a Mac); anything else: null. */
export function undoRedoKey(event: KeyboardEvent): Direction | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const letter = event.key.toLowerCase();
  if (letter === 'z') return event.shiftKey ? 'redo' : 'undo';
  return letter === 'y' && !event.shiftKey ? 'redo' : null;
}

/** One change: what it found and what it left, and its write (false: refused, the change never happened). */
export interface Change<Value> {
  before: Value;
  after: Value;
  stored?: Promise<boolean>;
}

/** What the change expects to find before it is undone or redone (what it left, or what it found). */
export function expectedBefore<Value>(direction: Direction, change: Change<Value>): Value {
  return direction === 'undo' ? change.after : change.before;
}

/** What undoing or redoing the change writes. */
export function written<Value>(direction: Direction, change: Change<Value>): Value {
  return direction === 'undo' ? change.before : change.after;
}

/** Changes kept for Ctrl+Z (the oldest go first). */
export const EDIT_HISTORY_LIMIT = 100;

export class EditHistory<C extends { stored?: Promise<boolean> }> {
  #undo: C[] = [];
  #redo: C[] = [];
  #running: Promise<unknown> = Promise.resolve();

  /** `changesNothing`: an entry that leaves things as they were, not kept. */
  constructor(private readonly changesNothing: (change: C) => boolean) {}

  /**
   * A change entered, kept as it is entered (before its write is stored: a Ctrl+Z pressed at once undoes it, not the
   * one before): it can be undone; what was undone before it can no longer be redone.
   */
  entered(change: C): void {
    if (this.changesNothing(change)) return;
    this.#undo.push(change);
    if (this.#undo.length > EDIT_HISTORY_LIMIT) this.#undo.shift();
    this.#redo = [];
  }

  /** The change Ctrl+Z puts back (`undo`) or Ctrl+Y makes again, taken off its list until `settle` says how it went. */
  take(direction: Direction): C | undefined {
    return (direction === 'undo' ? this.#undo : this.#redo).pop();
  }

  /**
   * `take`, once that change's own write is stored; a change whose write was refused never happened: it is dropped
   * (undefined).
   */
  async takeStored(direction: Direction): Promise<C | undefined> {
    const change = this.take(direction);
    if (change?.stored && !(await change.stored)) return undefined;
    return change;
  }

  /** Runs the undos and redos one after the other: a second Ctrl+Z waits until the first is stored. */
  serially(task: () => Promise<void>): Promise<void> {
    const next = this.#running.then(task, task);
    this.#running = next.catch(() => undefined);
    return next;
  }

  /**
   * After `take`: done, the change goes to the other list (undone, it can be redone); not done (refused, its reason
   * not given), it goes back where it was; stale (changed since), it is dropped.
   */
  settle(direction: Direction, change: C, outcome: 'done' | 'not done' | 'stale'): void {
    if (outcome === 'stale') return;
    const [from, to] = direction === 'undo' ? [this.#undo, this.#redo] : [this.#redo, this.#undo];
    (outcome === 'done' ? to : from).push(change);
  }

  /**
   * Ctrl+Z (`undo`) or Ctrl+Y (`redo`): the last change, once its own write is stored, goes back through `run`, which
   * says how it went (`settle`); after the Ctrl+Z or Ctrl+Y before it (`serially`).
   */
  putBack(direction: Direction, run: (change: C) => Promise<'done' | 'not done' | 'stale'>): Promise<void> {
    return this.serially(async () => {
      const change = await this.takeStored(direction);
      if (change) this.settle(direction, change, await run(change));
    });
  }

  /** The last change entered (or redone): what Ctrl+Z would put back now. */
  get last(): C | undefined {
    return this.#undo.at(-1);
  }

  clear(): void {
    this.#undo = [];
    this.#redo = [];
  }
}

/** How putting a change back went: written, refused (its notice given), or changed since (`message` says where). */
export type PutBack = { outcome: 'done' | 'not done' } | { outcome: 'stale'; message: string };

/**
 * Ctrl+Z or Ctrl+Y on a grid cell that is not being edited: the change goes back through `putBack` (once its own write
 * is stored; two in a row run one after the other). Returns the line to show under the grid (empty, or why nothing
 * was put back), or null for another key or a key typed in an editor (the text's own undo).
 */
export async function undoRedoOnCell<C extends { stored?: Promise<boolean> }>(
  event: KeyboardEvent,
  history: EditHistory<C>,
  putBack: (direction: Direction, change: C) => Promise<PutBack>,
): Promise<string | null> {
  const direction = undoRedoKey(event);
  if (!direction || !(event.target as HTMLElement).classList.contains('ag-cell')) return null;
  event.preventDefault();
  event.stopPropagation();
  let message = '';
  await history.putBack(direction, async (change) => {
    const result = await putBack(direction, change);
    message = result.outcome === 'stale' ? `${result.message} ; rien n'est ${direction === 'undo' ? 'annulé' : 'rétabli'}.` : '';
    return result.outcome;
  });
  return message;
}

/** The fields of one record a change entered, before and after. */
export interface RecordEdit<Record> extends Change<Partial<Record>> {
  id: number;
}

/**
 * A change entered in a grid of records: one cell typed, or a block of cells filled or emptied at once (one write,
 * one Ctrl+Z); `column`: where it was typed (the block's first column), where the focus goes back.
 */
export interface RecordChange<Record> {
  records: RecordEdit<Record>[];
  column?: string;
  stored?: Promise<boolean>;
}

/** The undo history of a grid of records (candidates, établissements). */
export function recordHistory<Record>(): EditHistory<RecordChange<Record>> {
  return new EditHistory((change) => change.records.every((record) => sameFields(record.before, record.after)));
}

/** Whether `record` holds every field of `fields` with the same value. */
export function sameFields(record: object, fields: object): boolean {
  return Object.entries(fields).every(([key, value]) => JSON.stringify((record as { [k: string]: unknown })[key]) === JSON.stringify(value));
}
