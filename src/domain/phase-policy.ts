/**
 * What the deliberation's phase allows for a mark (one policy for the db guard and the grid):
 * - in preparation, marks change freely;
 * - once the deliberation is open, every change needs the jury's reason (logged), except a contrôle mark entered
 *   for the first time after the 1er groupe is closed, the expected next step;
 * - a closed 1er groupe makes first-group marks read-only; a closed deliberation makes every mark read-only.
 */
import type { DeliberationPhase } from './session.ts';

/** A mark as stored before the change (null: none). */
type Before = { value: { kind: string } } | null | undefined;

/** Why this mark cannot be changed in this phase, in French (`label` e.g. « E1 », `name` the candidate), or null. */
export function markLockedMessage(phase: DeliberationPhase, controle: boolean, label: string, name: string): string | null {
  if (phase === 'second_groupe_clos') {
    return `La délibération est close : ${label} de ${name} ne peut plus être modifiée. Rouvrez la délibération (avec un motif) pour corriger.`;
  }
  if (phase === 'premier_groupe_clos' && !controle) {
    return `Le 1er groupe est clos : ${label} de ${name} ne peut plus être modifiée. Rouvrez le 1er groupe (avec un motif) pour corriger.`;
  }
  return null;
}

/** Whether a mark of this kind (first group or contrôle) can be changed in this phase. */
export function markEditable(phase: DeliberationPhase, controle: boolean): boolean {
  return markLockedMessage(phase, controle, '', '') === null;
}

/**
 * Entering a contrôle mark once the 1er groupe is closed is the expected next step, not a correction:
 * it is logged with an implied reason. Changing a contrôle mark already entered still needs one.
 */
export function isFirstControleEntry(phase: DeliberationPhase, controle: boolean, before: Before): boolean {
  return controle && phase === 'premier_groupe_clos' && (before == null || before.value.kind === 'empty');
}

/** Whether a typed change needs the jury's reason (the deliberation is open and it is not a first contrôle entry). */
export function markChangeNeedsReason(phase: DeliberationPhase, controle: boolean, before: Before): boolean {
  return phase !== 'preparation' && !isFirstControleEntry(phase, controle, before);
}
