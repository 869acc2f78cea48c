/**
 * A refusal meant for the user, with a French message that can be shown as is.
 * Thrown inside `db.transaction(…)` it aborts the transaction, so nothing is half-written;
 * any other error is a bug or a storage failure, not something the user did.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/**
 * The user stopped the action (« Annuler » during an import). Thrown inside a transaction it aborts it: nothing is
 * written. Not reported as a failure: the view that cancelled says so itself.
 */
export class CancelledError extends Error {
  override name = 'CancelledError';
  constructor() {
    super("Import annulé : rien n'a été modifié.");
  }
}

/**
 * What an undo or a redo was to put back changed since (in another tab, by an import): nothing is written, and the
 * message says where and what it holds now.
 */
export class ChangedSinceError extends UserError {
  override name = 'ChangedSinceError';
}
