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

export interface EditableRecords<Row extends { id: number }, Record> {
  /** The record a row shows. */
  read: (row: Row) => Record;
  /** Puts a record in a row (shown at once, before the database answers). */
  write: (row: Row, record: Record) => void;
  /** Stores the changes; false when the database refused them. */
  update: (id: number, changes: Partial<Record>) => Promise<boolean>;
  /** Who the row is, for the refusal messages (« Dupont Léa (0012) »). */
  who: (row: Row) => string;
}

export interface TextColumnSpec<Row, Record> {
  colId: string;
  headerName: string;
  width: number;
  display: (record: Record) => string;
  /** The typed text as the changes to store, or the French reason it is refused. */
  parse: (text: string) => Parsed<Partial<Record>>;
  extra?: Partial<ColDef<Row>>;
}

/** What a delete confirmation asks (fixed when it opens) and what confirming does. */
export interface DeleteConfirmation {
  title: string;
  message: string;
  run: () => Promise<void>;
}

export class EditableGrid<Row extends { id: number }, Record extends object> {
  api: GridApi<Row> | undefined;
  /** The last refused entry, announced next to the grid (the editor's own tooltip only shows on hover). */
  refusal = $state('');
  readonly #records: EditableRecords<Row, Record>;

  constructor(records: EditableRecords<Row, Record>) {
    this.#records = records;
  }

  /** Shows the change at once, stores it, and puts the row back if the database refuses it (notice). */
  async save(row: Row, changes: Partial<Record>): Promise<void> {
    this.refusal = '';
    const previous = this.#records.read(row);
    this.#records.write(row, { ...previous, ...changes });
    const stored = await this.#records.update(row.id, changes);
    if (!stored) {
      this.#records.write(row, previous);
      const node = this.api?.getRowNode(String(row.id));
      if (node) this.api?.refreshCells({ rowNodes: [node], force: true });
    }
  }

  /** An editable text column: the typed text is parsed into the changes to store, or refused in French. */
  textColumn(spec: TextColumnSpec<Row, Record>): ColDef<Row> {
    const { read, who } = this.#records;
    return validatedTextColumn<Row, Partial<Record>>({
      colId: spec.colId,
      headerName: spec.headerName,
      width: spec.width,
      extra: spec.extra,
      parse: spec.parse,
      display: (row) => spec.display(read(row)),
      unchanged: (row, changes) => sameValues(read(row), changes),
      save: (row, changes) => void this.save(row, changes),
      who,
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
        void this.save(p.data, { [key]: value } as unknown as Partial<Record>);
        return true;
      },
      ...extra,
    };
  }

  /** The grid options every such grid shares, plus its own (columns, selection…). */
  options(own: GridOptions<Row>): GridOptions<Row> {
    return {
      getRowId: (p) => String(p.data.id),
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

function sameValues(record: object, changes: object): boolean {
  return Object.entries(changes).every(([key, value]) => JSON.stringify((record as { [k: string]: unknown })[key]) === JSON.stringify(value));
}
