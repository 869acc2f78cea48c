/**
 * The wiring shared by the grids that edit stored records in place (candidates, établissements): each row
 * holds one record; an edit shows at once, is stored through the workspace, and is put back if the database
 * refuses it (its notice says why). Text columns are checked as typed (validatedTextColumn) and their refusal
 * is announced in `refusal`, next to the grid; select columns offer a fixed list of labelled values.
 */
import type { ColDef, GridApi, GridOptions, ValueSetterParams } from 'ag-grid-community';
import type { Parsed } from '../../domain/marks.ts';
import { SPREADSHEET_OPTIONS } from './ag-grid.ts';
import { validatedTextColumn } from './validated-column.ts';
import { keepDraft, keptDraft } from '../state/unsaved-drafts.ts';
import { expectedBefore, sameFields, written, type Direction, type EditHistory, type RecordChange } from '../state/edit-history.ts';
import type { UndoAction } from '../state/actions.ts';
import { CellBlockSelection } from './cell-block-selection.svelte.ts';
import { pasteStart, pasteTargetFrom, type BlockBounds } from './cell-block.ts';
import { pastedCells, type PastedRowTarget } from '../../io/import/paste.ts';

export interface EditableRecords<Row extends { id: number }, Record> {
  /** The record a row shows. */
  read: (row: Row) => Record;
  /** Puts a record in a row (shown at once, before the database answers). */
  write: (row: Row, record: Record) => void;
  /** Stores the changes of one or several records, in one transaction; false when the database refused them. */
  update: (updates: RecordUpdate<Record>[]) => Promise<boolean>;
  /** Who the row is, for the refusal messages (« Dupont Léa (0012) »). */
  who: (row: Row) => string;
  /** Where the changes entered in the grid are kept for Ctrl+Z and Ctrl+Y (the workspace's: it outlives the screen). */
  history?: EditHistory<RecordChange<Record>>;
}

/** The changes of one record, as stored. */
export interface RecordUpdate<Record> {
  id: number;
  changes: Partial<Record>;
}

/** A row and the changes entered in it. */
interface RowEntry<Row, Record> {
  row: Row;
  changes: Partial<Record>;
}

/**
 * How a value is entered in a cell of a column when pasted (or emptied, `text` ''): the changes, or why not, in French,
 * naming the column and the row (« Né(e) le, Dupont Léa (0012) : … »).
 */
export type CellEntry<Row, Record> = (row: Row, text: string) => Parsed<Partial<Record>>;

/**
 * A blank row pinned under the grid where new records are typed like in a spreadsheet: its cells are checked as
 * typed but nothing is stored until the row is validated (Enter), once `missing` says nothing is missing.
 */
export interface DraftRow<Row, Record> {
  blank: () => Row;
  /** What the record still lacks to be stored, in French, or null. */
  missing: (record: Record) => string | null;
  /** Stores the record; false when the database refused it (its notice says why). */
  add: (record: Record) => Promise<boolean>;
  /** The column where typing starts again on the next blank row. */
  firstColumn: string;
  /**
   * Where the row typed and not stored yet is kept while the grid is away (another tab opened), e.g.
   * `candidats:3`; the grid shows it again when it comes back.
   */
  keptAs: () => string;
  /** Whether the row holds nothing typed. */
  isBlank: (record: Record) => boolean;
}

export interface TextColumnSpec<Row, Record> {
  colId: string;
  headerName: string;
  width: number;
  display: (record: Record) => string;
  /** The typed text (in `row`) as the changes to store, or the French reason it is refused. */
  parse: (text: string, row: Row | undefined) => Parsed<Partial<Record>>;
  extra?: Partial<ColDef<Row>>;
}

/** What a delete confirmation asks (fixed when it opens) and what confirming does. */
export interface DeleteConfirmation {
  title: string;
  message: string;
  /** Deletes; resolves to how to put the rows back (the notice's « Annuler »), or null when nothing was deleted. */
  run: () => Promise<UndoAction | null>;
}

/** Said when the grid comes back with a blank row typed earlier and not stored. */
export const UNSAVED_DRAFT = 'Nouvelle ligne pas encore enregistrée : complétez-la puis appuyez sur Entrée.';

export class EditableGrid<Row extends { id: number }, Record extends object> {
  api: GridApi<Row> | undefined;
  /** The last refused entry, announced next to the grid (the editor's own tooltip only shows on hover). */
  refusal = $state('');
  readonly #records: EditableRecords<Row, Record>;
  readonly #draft: DraftRow<Row, Record> | undefined;
  /** The blank row being typed (pinned under the grid), when the grid has one. */
  draftRow: Row | null = null;

  constructor(records: EditableRecords<Row, Record>, draft?: DraftRow<Row, Record>) {
    this.#records = records;
    this.#draft = draft;
    if (draft) {
      const kept = keptDraft<Row>(draft.keptAs());
      this.draftRow = kept ?? draft.blank();
      if (kept) this.refusal = UNSAVED_DRAFT;
    }
  }

  isDraft(row: Row | undefined): boolean {
    return row !== undefined && row === this.draftRow;
  }

  /**
   * Validates the blank row: stored when complete (then a fresh blank row takes its place and typing goes on in
   * its first column), else the refusal says what is missing. True when stored.
   */
  async commitDraft(): Promise<boolean> {
    const draft = this.#draft;
    const row = this.draftRow;
    if (!draft || !row) return false;
    const record = this.#records.read(row);
    const missing = draft.missing(record);
    if (missing) {
      this.refusal = `Nouvelle ligne : ${missing} Complétez-la puis appuyez sur Entrée.`;
      return false;
    }
    if (!(await draft.add(record))) return false;
    this.refusal = '';
    this.draftRow = draft.blank();
    keepDraft(draft.keptAs(), null);
    const api = this.api;
    if (api && !api.isDestroyed()) {
      api.setGridOption('pinnedBottomRowData', [this.draftRow]);
      api.setFocusedCell(0, draft.firstColumn, 'bottom');
      api.startEditingCell({ rowIndex: 0, colKey: draft.firstColumn, rowPinned: 'bottom' });
    }
    return true;
  }

  /**
   * A new blank row in place of the blank row while nothing is typed in it: what a new row starts with has changed
   * (e.g. the établissement chosen in the screen's filter). A row being typed is kept as it is.
   */
  renewBlankDraft(): void {
    const draft = this.#draft;
    const row = this.draftRow;
    const api = this.api;
    // Before the grid is made, its options already hold the blank row (made when the screen opened).
    if (!draft || !row || !api || api.isDestroyed() || !draft.isBlank(this.#records.read(row))) return;
    this.draftRow = draft.blank();
    api.setGridOption('pinnedBottomRowData', [this.draftRow]);
  }

  /** The focus on the blank row's first cell, not editing it: typing starts the entry, Ctrl+V pastes rows. */
  focusDraft(): void {
    const draft = this.#draft;
    const api = this.api;
    if (!draft || !api || api.isDestroyed()) return;
    api.setFocusedCell(0, draft.firstColumn, 'bottom');
  }

  /**
   * Shows the change entered in `column` at once, stores it, and puts the row back if the database refuses it
   * (notice). It is kept for Ctrl+Z as it is entered, with its write (a refused one is dropped when undone).
   */
  async save(row: Row, changes: Partial<Record>, column?: string): Promise<void> {
    await this.#saveRows([{ row, changes }], column);
  }

  /** `save` for several rows at once (a block filled or emptied): one write, one Ctrl+Z. */
  async #saveRows(entries: RowEntry<Row, Record>[], column?: string): Promise<void> {
    const records = entries.map(({ row, changes }) => {
      const current = this.#records.read(row) as { [key: string]: unknown };
      const before = Object.fromEntries(Object.keys(changes).map((key) => [key, current[key]])) as Partial<Record>;
      return { id: row.id, before, after: changes };
    });
    const draft = entries.some(({ row }) => this.isDraft(row));
    const stored = this.#store(entries);
    if (!draft) this.#records.history?.entered({ records, column, stored });
    await stored;
  }

  /** True once stored (the blank row only keeps what is typed). */
  async #store(entries: RowEntry<Row, Record>[]): Promise<boolean> {
    this.refusal = '';
    const draft = this.#draft;
    const [first] = entries;
    if (draft && first && this.isDraft(first.row)) {
      // The blank row keeps what is typed; it is stored as a whole once validated.
      const record = { ...this.#records.read(first.row), ...first.changes };
      this.#records.write(first.row, record);
      keepDraft(draft.keptAs(), draft.isBlank(record) ? null : first.row);
      return false;
    }
    const previous = entries.map(({ row }) => this.#records.read(row));
    entries.forEach(({ row, changes }, i) => this.#records.write(row, { ...previous[i]!, ...changes }));
    if (entries.length > 1) this.#refreshRows(entries);
    const stored = await this.#records.update(entries.map(({ row, changes }) => ({ id: row.id, changes })));
    if (!stored) {
      entries.forEach(({ row }, i) => this.#records.write(row, previous[i]!));
      this.#refreshRows(entries);
    }
    return stored;
  }

  #refreshRows(entries: RowEntry<Row, Record>[]): void {
    const api = this.api;
    if (!api || api.isDestroyed()) return;
    const rowNodes = entries.flatMap(({ row }) => api.getRowNode(String(row.id)) ?? []);
    if (rowNodes.length > 0) api.refreshCells({ rowNodes, force: true });
  }

  /** The change Ctrl+Z would put back now (compared, not read: a deletion made after it is undone first). */
  lastChange(): unknown {
    return this.#records.history?.last;
  }

  /**
   * Ctrl+Z puts back the last change entered in this grid, Ctrl+Y enters it again, with the focus on its cell. A
   * record changed since (another tab, an import, a dialog) is left as it is, and the refusal line says so.
   */
  async undoOrRedo(direction: Direction): Promise<void> {
    await this.#records.history?.putBack(direction, (change) => this.#undoOrRedo(direction, change));
  }

  async #undoOrRedo(direction: Direction, change: RecordChange<Record>): Promise<'done' | 'not done' | 'stale'> {
    const entries: RowEntry<Row, Record>[] = [];
    const block = change.records.length > 1;
    for (const record of change.records) {
      const row = this.api?.getRowNode(String(record.id))?.data;
      if (!row || !sameFields(this.#records.read(row), expectedBefore(direction, record))) {
        const nothing = `rien n'est ${direction === 'undo' ? 'annulé' : 'rétabli'}`;
        this.refusal = !row
          ? `${block ? 'Une ligne du bloc' : 'La ligne'} n'est plus dans la grille : ${nothing}.`
          : block
            ? `${this.#records.who(row)} : la fiche a changé depuis ; ${nothing} dans le bloc.`
            : `${this.#records.who(row)} : la fiche a changé depuis ; elle est laissée telle quelle.`;
        return 'stale';
      }
      entries.push({ row, changes: written(direction, record) });
    }
    const firstIndex = entries[0] ? this.api?.getRowNode(String(entries[0].row.id))?.rowIndex : null;
    if (firstIndex !== null && firstIndex !== undefined && change.column) this.api?.setFocusedCell(firstIndex, change.column);
    const done = await this.#store(entries);
    if (done) this.#refreshRows(entries);
    return done ? 'done' : 'not done';
  }

  /** An editable text column: the typed text is parsed into the changes to store, or refused in French. */
  textColumn(spec: TextColumnSpec<Row, Record>): ColDef<Row> {
    const { read, who } = this.#records;
    this.#entries.set(spec.colId, (row, text) => {
      const parsed = spec.parse(text, row);
      return parsed.ok ? parsed : { ok: false, error: `${spec.headerName}, ${this.isDraft(row) ? 'nouvelle ligne' : who(row)} : ${parsed.error}.` };
    });
    return validatedTextColumn<Row, Partial<Record>>({
      colId: spec.colId,
      headerName: spec.headerName,
      width: spec.width,
      extra: spec.extra,
      parse: spec.parse,
      display: (row) => spec.display(read(row)),
      unchanged: (row, changes) => sameFields(read(row), changes),
      save: (row, changes) => void this.save(row, changes, spec.colId),
      who: (row) => (this.isDraft(row) ? 'nouvelle ligne' : who(row)),
      refuse: (message) => {
        this.refusal = message;
      },
    });
  }

  /** An editable column choosing one of `labels`' keys, shown by its label. */
  selectColumn<Key extends keyof Record & string>(
    key: Key,
    headerName: string,
    width: number,
    labels: { [value: string]: string },
    extra: Partial<ColDef<Row>> = {},
  ): ColDef<Row> {
    const values = Object.keys(labels);
    this.#entries.set(key, (row, text) => {
      const value = values.find((v) => v.toLowerCase() === text.toLowerCase() || labels[v]!.toLowerCase() === text.toLowerCase());
      if (value !== undefined) return { ok: true, value: { [key]: value } as unknown as Partial<Record> };
      const who = this.isDraft(row) ? 'nouvelle ligne' : this.#records.who(row);
      return { ok: false, error: `${headerName}, ${who} : « ${text} » n'est pas l'une des valeurs (${Object.values(labels).join(', ')}).` };
    });
    return {
      colId: key,
      headerName,
      width,
      editable: true,
      valueGetter: (p) => (p.data ? this.#records.read(p.data)[key] : undefined),
      valueFormatter: (p) => labels[String(p.value)] ?? String(p.value ?? ''),
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values },
      valueSetter: (p: ValueSetterParams<Row>) => {
        const value = p.newValue as Record[Key];
        if (!p.data || !values.includes(String(value)) || this.#records.read(p.data)[key] === value) return false;
        void this.save(p.data, { [key]: value } as unknown as Partial<Record>, key);
        return true;
      },
      ...extra,
    };
  }

  /** How a value pasted (or emptied) is entered in each column that takes one. */
  readonly #entries = new Map<string, CellEntry<Row, Record>>();

  /** A column built by hand takes a value pasted alone, and Suppr on a block: `enter` says how. */
  takesPaste(colId: string, enter: CellEntry<Row, Record>): void {
    this.#entries.set(colId, enter);
  }

  /**
   * The block of cells chosen with Shift (Grid.svelte draws it): one value pasted on it fills its cells, Suppr empties
   * them, each in one write that one Ctrl+Z puts back.
   */
  readonly block = new CellBlockSelection<Row>((bounds) => this.#eraseBlock(bounds));

  /**
   * One value pasted on the focused cell (not being edited), entered there as if typed, or on every cell of the block
   * chosen with Shift: the same checks, the refusal shown next to the grid (nothing is entered then). False when no
   * cell there takes a pasted value (the paste is then not the grid's).
   */
  pasteValue(text: string): boolean {
    const value = text.trim();
    const bounds = this.block.bounds;
    if (bounds) return this.#enterInBlock(bounds, value, 'fill');
    const api = this.api;
    const focused = api?.getFocusedCell();
    if (!api || !focused) return false;
    const node = focused.rowPinned === 'bottom' ? api.getPinnedBottomRow(focused.rowIndex) : api.getDisplayedRowAtIndex(focused.rowIndex);
    const enter = this.#entries.get(focused.column.getColId());
    if (!node?.data || !enter || !focused.column.isCellEditable(node)) return false;
    const parsed = enter(node.data, value);
    this.refusal = parsed.ok ? '' : `${parsed.error} Rien n'a été collé.`;
    if (parsed.ok && !sameFields(this.#records.read(node.data), parsed.value)) void this.save(node.data, parsed.value, focused.column.getColId());
    api.refreshCells({ rowNodes: [node], force: true });
    return true;
  }

  /**
   * Cells copied from a spreadsheet (lines × columns), pasted from the focused cell (or the block's first cell) down the
   * rows shown and rightwards, as in a spreadsheet: each entered as if typed in its cell, in one write that one Ctrl+Z
   * puts back; refused whole (nothing entered) at the first cell refused, the line under the grid saying where. An
   * empty pasted cell leaves its cell as it is. `startColumns`: the columns such a paste may start from; `named`: a
   * row as the refusals name it; `start`: where to stand to paste, in words; `shown`: what the rows are called
   * (candidates unless said); `headingColumn`: the column a heading copied with its column names, as a file's heading
   * is read (the first line of headings is then left out, pastedCells). False when the paste does not start on a
   * cell of a row in one of `startColumns` (the paste is then not the grid's).
   */
  pasteCells(
    text: string,
    {
      startColumns,
      named,
      start,
      shown,
      headingColumn,
    }: {
      startColumns: ReadonlySet<string>;
      named: (row: Row) => PastedRowTarget;
      start: string;
      shown?: readonly [string, string];
      headingColumn?: (heading: string) => string | null;
    },
  ): boolean {
    const api = this.api;
    const focused = api?.getFocusedCell();
    if (!api || !focused || focused.rowPinned) return false;
    const from = pasteStart(this.block.bounds, { rowIndex: focused.rowIndex, colId: focused.column.getColId() });
    if (!startColumns.has(from.colId)) return false;
    const columns = api.getAllDisplayedColumns().map((column) => {
      const colId = column.getColId();
      return { colId, heading: column.getColDef().headerName ?? colId, key: this.#entries.has(colId) ? colId : null };
    });
    const target = pasteTargetFrom(from, columns, (index) => {
      const data = api.getDisplayedRowAtIndex(index)?.data;
      return data ? { ...named(data), data } : null;
    });
    if (!target || !this.#entries.has(from.colId)) return false;
    const pasted = pastedCells(text, { ...target, headingColumn }, start, shown);
    if (!pasted.ok) {
      this.refusal = pasted.error;
      return true;
    }
    const changesByRow = new Map<Row, Partial<Record>>();
    for (const { row, colId, text: value } of pasted.cells) {
      const parsed = this.#entries.get(colId)!(row.data, value);
      if (!parsed.ok) {
        this.refusal = `${parsed.error} Rien n'a été collé.`;
        return true;
      }
      changesByRow.set(row.data, { ...changesByRow.get(row.data), ...parsed.value });
    }
    const entries = [...changesByRow].flatMap(([row, changes]) => (sameFields(this.#records.read(row), changes) ? [] : [{ row, changes }]));
    this.refusal = '';
    if (entries.length > 0) void this.#saveRows(entries, from.colId);
    return true;
  }

  /**
   * Suppr on a block: its cells emptied as Suppr empties one, in one write. A column whose cells cannot be empty (Nom,
   * Statut) is left as it is, and the line under the grid says so.
   */
  #eraseBlock(bounds: BlockBounds): void {
    this.#enterInBlock(bounds, '', 'erase');
  }

  /**
   * Enters `text` in every cell of the block whose column takes entries. A fill is refused whole at the first cell
   * that refuses it; an erase leaves the columns that cannot be emptied. False when no column of the block takes one.
   */
  #enterInBlock(bounds: BlockBounds, text: string, kind: 'fill' | 'erase'): boolean {
    const api = this.api;
    if (!api) return false;
    const columns = bounds.columns.flatMap((colId) => {
      const enter = this.#entries.get(colId);
      const column = api.getColumn(colId);
      return enter && column ? [{ colId, enter, column }] : [];
    });
    if (columns.length === 0) return false;
    const entries: RowEntry<Row, Record>[] = [];
    const kept = new Set<string>();
    for (let index = bounds.top; index <= bounds.bottom; index++) {
      const node = api.getDisplayedRowAtIndex(index);
      const row = node?.data;
      if (!node || !row) continue;
      let changes: Partial<Record> = {};
      for (const { colId, enter, column } of columns) {
        if (kept.has(colId) || !column.isCellEditable(node)) continue;
        const parsed = enter(row, text);
        if (parsed.ok) changes = { ...changes, ...parsed.value };
        else if (kind === 'erase') kept.add(colId);
        else {
          this.refusal = `${parsed.error} Rien n'a été collé.`;
          return true;
        }
      }
      if (!sameFields(this.#records.read(row), changes)) entries.push({ row, changes });
    }
    if (entries.length > 0) void this.#saveRows(entries, columns[0]!.colId);
    // After the write has begun (which clears the line): said while it is stored; a refusal replaces it.
    this.refusal = kept.size === 0 ? '' : this.#keptColumns(kept, entries.length > 0);
    return true;
  }

  /** Why Suppr left some columns of the block as they were (their cells cannot be empty). */
  #keptColumns(kept: Set<string>, erasedOthers: boolean): string {
    const names = [...kept].map((colId) => `« ${this.api?.getColumn(colId)?.getColDef().headerName ?? colId} »`);
    const which = names.length === 1 ? `La colonne ${names[0]} ne peut pas être vidée` : `Les colonnes ${names.join(', ')} ne peuvent pas être vidées`;
    return `${which} : ${names.length === 1 ? 'laissée telle quelle' : 'laissées telles quelles'}${erasedOthers ? ' ; les autres cellules du bloc sont vidées' : ''}.`;
  }

  /** The grid options every such grid shares, plus its own (columns, selection…). */
  options(own: GridOptions<Row>): GridOptions<Row> {
    const draft = this.#draft
      ? ({
          pinnedBottomRowData: this.draftRow ? [this.draftRow] : [],
          // Enter in the blank row validates it (after the cell's own value is taken). A value refused (a date that
          // does not exist…) keeps its cell in edit with the refusal said: the row is not stored without it.
          onCellKeyDown: (event) => {
            const key = (event.event as KeyboardEvent | undefined)?.key;
            if (key !== 'Enter' || event.node.rowPinned !== 'bottom') return;
            const colId = 'column' in event ? event.column.getColId() : null;
            const editing = event.api.getEditingCells().length > 0;
            setTimeout(() => {
              const editingNow = event.api.getEditingCells();
              const refused = editing && editingNow.some((cell) => cell.rowPinned === 'bottom' && cell.column?.getColId() === colId);
              if (!refused && (editing || editingNow.length === 0)) void this.commitDraft();
            });
          },
        } satisfies GridOptions<Row>)
      : {};
    return {
      getRowId: (p) => (this.isDraft(p.data) ? 'nouvelle-ligne' : String(p.data.id)),
      ...draft,
      defaultColDef: { sortable: true, resizable: true, suppressMovable: true },
      ...SPREADSHEET_OPTIONS,
      onCellValueChanged: (event) => {
        this.api?.refreshCells({ rowNodes: [event.node], force: true });
      },
      onCellEditingStopped: () => {
        this.refusal = '';
      },
      ...own,
    };
  }
}
