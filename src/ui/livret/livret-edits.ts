/** The entries of the livret grid's Ctrl+Z history (state/livret-history.ts): made, and undone or redone. */
import { livretChangeUndoing, type LivretChange, type LivretRecord } from '../../domain/livret.ts';
import type { Direction } from '../state/edit-history.ts';
import type { LivretEdit } from '../state/livret-history.ts';

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
