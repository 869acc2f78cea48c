/**
 * An editable text column of a spreadsheet-like grid (candidates, établissements): the typed text is parsed as the
 * database would check it; a refusal is shown at once in French (where, what, how to cancel) and nothing is stored;
 * an accepted value that changes something is saved.
 */
import type { ColDef, ICellEditorParams, IErrorValidationParams, ValueSetterParams } from 'ag-grid-community';
import type { Parsed } from '../../domain/marks.ts';

export interface ValidatedTextColumn<Row, Value> {
  colId: string;
  headerName: string;
  width: number;
  /** The text shown (and edited) in the cell. */
  display: (row: Row) => string;
  /** The typed text (in `row`) as the value to store, or the French reason it is refused. */
  parse: (text: string, row: Row | undefined) => Parsed<Value>;
  /** True when storing `value` would change nothing. */
  unchanged: (row: Row, value: Value) => boolean;
  save: (row: Row, value: Value) => void;
  /** Who the row is, for the refusal message (« Dupont Léa (0012) »). */
  who: (row: Row) => string;
  /** Shows a refusal; '' clears it. */
  refuse: (message: string) => void;
  extra?: Partial<ColDef<Row>>;
}

export function validatedTextColumn<Row, Value>(column: ValidatedTextColumn<Row, Value>): ColDef<Row> {
  const { colId, headerName, width, display, parse, unchanged, save, who, refuse, extra = {} } = column;
  return {
    colId,
    headerName,
    width,
    editable: true,
    valueGetter: (p) => (p.data ? display(p.data) : ''),
    valueSetter: (p: ValueSetterParams<Row>) => {
      const parsed = parse(String(p.newValue ?? ''), p.data);
      // Not from the editor (which refuses in place, above): Suppr on the cell (`Nom` emptied). Said, not silent.
      if (!parsed.ok && p.data) refuse(`${headerName}, ${who(p.data)} : ${parsed.error}. La valeur enregistrée est gardée.`);
      if (!parsed.ok || !p.data || unchanged(p.data, parsed.value)) return false;
      save(p.data, parsed.value);
      return true;
    },
    cellEditorParams: {
      getValidationErrors: (v: IErrorValidationParams<Row>) => {
        const row = (v.cellEditorParams as ICellEditorParams<Row>).data;
        const parsed = parse(String(v.value ?? ''), row);
        refuse(parsed.ok ? '' : `${headerName}, ${who(row)} : ${parsed.error}. Corrigez la saisie ou appuyez sur Échap pour annuler.`);
        return parsed.ok ? null : [parsed.error];
      },
    },
    ...extra,
  };
}
