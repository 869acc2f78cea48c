/** Ctrl+Z and Ctrl+Y in the conformity grid: the checks typed, pasted or cleared in this tab (see edit-history.ts). */
import type { Check, CheckItem } from '../../domain/conformity.ts';
import { EditHistory, type Change } from './edit-history.ts';

export interface CheckChange extends Change<Check> {
  candidateId: number;
  /** The unit (E4, U61…) and the item of its checklist. */
  code: string;
  item: CheckItem;
  /** The grid column, focused when the change is undone or redone. */
  colId: string;
}

export function checkHistory(): EditHistory<CheckChange> {
  return new EditHistory((change) => change.before === change.after);
}
