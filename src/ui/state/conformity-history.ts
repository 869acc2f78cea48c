/**
 * Ctrl+Z and Ctrl+Y in the conformity grid: the checks typed, pasted or cleared in this tab (see edit-history.ts). A
 * block pasted, filled or emptied at once is one entry: one Ctrl+Z puts it all back.
 */
import type { ExpectedChecks } from '../../db/conformity.ts';
import type { Check, CheckItem, ConformityChanges } from '../../domain/conformity.ts';
import { EditHistory, expectedBefore, written, type Change, type Direction } from './edit-history.ts';

/** One check of one candidate: the unit (E4, U61…) and the item of its checklist, what it held and what it was given. */
export interface CheckCellChange extends Change<Check> {
  candidateId: number;
  code: string;
  item: CheckItem;
}

export interface CheckChange {
  checks: CheckCellChange[];
  /** The grid column of the first check, focused (on its candidate's row) when the change is undone or redone. */
  colId: string;
  stored?: Promise<boolean>;
}

export function checkHistory(): EditHistory<CheckChange> {
  return new EditHistory((change) => change.checks.every((check) => check.before === check.after));
}

/** The checks written to one candidate in a change: with `expected` (Ctrl+Z, Ctrl+Y), only where they still hold it. */
export interface ChecksWrite {
  candidateId: number;
  changes: ConformityChanges;
  expected?: ExpectedChecks;
}

/**
 * The checks of a change, per candidate in the order of their first check: what undoing (`undo`) or redoing them writes,
 * expecting what the other way left.
 */
export function checksByCandidate(checks: readonly CheckCellChange[], direction: Direction): Required<ChecksWrite>[] {
  const byCandidate = new Map<number, Required<ChecksWrite>>();
  for (const check of checks) {
    let entry = byCandidate.get(check.candidateId);
    if (!entry) byCandidate.set(check.candidateId, (entry = { candidateId: check.candidateId, changes: { units: {} }, expected: {} }));
    const units = entry.changes.units!;
    units[check.code] = { ...units[check.code], [check.item]: written(direction, check) };
    entry.expected[check.code] = { ...entry.expected[check.code], [check.item]: expectedBefore(direction, check) };
  }
  return [...byCandidate.values()];
}
