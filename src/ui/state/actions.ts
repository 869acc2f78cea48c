/**
 * How every state class and view runs a user action: one place that turns an error into the French notice the user
 * reads (a refusal's own message, a full or closed storage explained, anything else with « Rien n'a été modifié »).
 */
import { CancelledError, UserError } from '../../db/errors.ts';
import { storageErrorMessage } from '../../db/storage.ts';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
  /** « Annuler » for what this notice announces: it goes with the notice (never offered next to another one). */
  undo?: UndoAction;
  /** What the notice offers to do next (its label is the button's whole text), with it and gone with it. */
  next?: UndoAction;
}

export interface UndoAction {
  label: string;
  run: () => Promise<void>;
}

/** The French text of a failed action. */
export function errorText(error: unknown): string {
  if (error instanceof UserError) return error.message;
  // A full, closed or refused storage: what happened and what to do (db/storage.ts).
  const storage = storageErrorMessage(error);
  if (storage) return storage;
  return `Opération impossible : ${error instanceof Error ? error.message : String(error)}. Rien n'a été modifié.`;
}

/** The notice of a failed action; unexpected errors also go to the console for whoever investigates. */
export function errorNotice(error: unknown): Notice {
  if (!(error instanceof UserError)) console.warn(error);
  return { kind: 'error', text: errorText(error) };
}

/** Runs an action; reports `success` or the error; the action's value, or undefined when it failed. */
export async function runAction<T>(action: () => Promise<T>, report: (notice: Notice) => void, success?: string): Promise<T | undefined> {
  try {
    const value = await action();
    if (success) report({ kind: 'info', text: success });
    return value;
  } catch (error) {
    // Cancelled by the user: the view that cancelled says so, nothing to report.
    if (!(error instanceof CancelledError)) report(errorNotice(error));
    return undefined;
  }
}
