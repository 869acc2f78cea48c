// src/db/last-import.ts
/** The undo record of the last import of the session, if there is one to undo. */
async function lastImport(db, sessionId) {
	const record = await db.imports.where("sessionId").equals(sessionId).last();
	return record && toUndo(record);
}
function toUndo(record) {
	const { written: _written, ...undo } = record;
	return undo;
}
export { toUndo as n, lastImport as t };
