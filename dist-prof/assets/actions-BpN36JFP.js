import { m as UserError, p as CancelledError } from "./validate-CipAkb3j.js";
import { i as storageErrorMessage } from "./storage-CeWyakf3.js";
// src/ui/state/actions.ts
/**
* How every state class and view runs a user action: one place that turns an error into the French notice the user
* reads (a refusal's own message, a full or closed storage explained, anything else with « Rien n'a été modifié »).
*/
/** The French text of a failed action. */
function errorText(error) {
	if (error instanceof UserError) return error.message;
	const storage = storageErrorMessage(error);
	if (storage) return storage;
	return `Opération impossible : ${error instanceof Error ? error.message : String(error)}. Rien n'a été modifié.`;
}
/** The notice of a failed action; unexpected errors also go to the console for whoever investigates. */
function errorNotice(error) {
	if (!(error instanceof UserError)) console.warn(error);
	return {
		kind: "error",
		text: errorText(error)
	};
}
/** Runs an action; reports `success` or the error; the action's value, or undefined when it failed. */
async function runAction(action, report, success) {
	try {
		const value = await action();
		if (success) report({
			kind: "info",
			text: success
		});
		return value;
	} catch (error) {
		if (!(error instanceof CancelledError)) report(errorNotice(error));
		return;
	}
}
export { runAction as n, errorNotice as t };
