/** Ctrl+Z and Ctrl+Y in the livret's class grid: the values typed, pasted or cleared in this tab (see edit-history.ts). */
// Types only: the workspace holds this history from its start, the livret's code loads with its tab (livret-edits.ts).
import type { LivretChange } from '../../domain/livret.ts';
import { EditHistory } from './edit-history.ts';

/** The changes of one candidate's livret: as entered (`after`), and what each replaced (`before`). */
export interface LivretCandidateChange {
  candidateId: number;
  before: LivretChange[];
  after: LivretChange[];
}

/** One entry: a cell typed or cleared, or a block pasted (one Ctrl+Z puts the whole block back). */
export interface LivretEdit {
  candidates: LivretCandidateChange[];
  /** The grid column of its first cell, focused when it is undone or redone. */
  colId: string;
  stored?: Promise<boolean>;
}

export class LivretHistory extends EditHistory<LivretEdit> {
  constructor() {
    super((edit) => edit.candidates.every((c) => JSON.stringify(c.before) === JSON.stringify(c.after)));
  }
}
