/** Ctrl+Z and Ctrl+Y in the notes grid: the marks typed, pasted alone or cleared in this tab (see edit-history.ts). */
import { formatMark, type ControleMark, type Mark } from '../../domain/marks.ts';
import { EditHistory, type Change } from './edit-history.ts';

export interface MarkChange extends Change<Mark | ControleMark> {
  candidateId: number;
  /** Unit key: `E4`, `controle_E1`. */
  unit: string;
}

export class MarkHistory extends EditHistory<MarkChange> {
  constructor() {
    super((change) => sameMark(change.before, change.after));
  }
}

export function sameMark(a: Mark | ControleMark, b: Mark | ControleMark): boolean {
  return formatMark(a) === formatMark(b);
}
