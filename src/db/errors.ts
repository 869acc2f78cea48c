/**
 * A refusal meant for the user, with a French message that can be shown as is.
 * Thrown inside `db.transaction(…)` it aborts the transaction, so nothing is half-written;
 * any other error is a bug or a storage failure, not something the user did.
 */
export class UserError extends Error {
  override name = 'UserError';
}
