/** Ctrl+Z and Ctrl+Y in the livret's class grid: the values typed, pasted or cleared in this tab (see edit-history.ts). */
import { livretChangeUndoing, type LivretChange, type LivretRecord } from '../../domain/livret.ts';
import { EditHistory, type Direction } from './edit-history.ts';

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

/** The entry for `updates` made to the livrets as `livretOf` gives them before they are written. */
export function livretEdit(
  updates: readonly { candidateId: number; changes: LivretChange[] }[],
  livretOf: (candidateId: number) => LivretRecord | null,
  colId: string,
  stored: Promise<boolean>,
): LivretEdit {
  const candidates = updates.map(({ candidateId, changes }) => {
    const record = livretOf(candidateId);
    return { candidateId, before: changes.map((change) => livretChangeUndoing(record, change)), after: changes };
  });
  return { candidates, colId, stored };
}

/**
 * What undoing (or redoing) the entry writes, each candidate's changes with what its livret must hold for them to be
 * written (what the entry left there, or what it found).
 */
export function livretUndoUpdates(direction: Direction, edit: LivretEdit): { candidateId: number; changes: LivretChange[]; expected: LivretChange[] }[] {
  return edit.candidates.map(({ candidateId, before, after }) =>
    direction === 'undo' ? { candidateId, changes: before, expected: after } : { candidateId, changes: after, expected: before },
  );
}
