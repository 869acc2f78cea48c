// src/ui/state/unsaved-drafts.ts
/**
* Rows typed in a grid's blank row and not stored yet (the row is stored on Enter). Kept here, outside the grid,
* so that opening another tab (which removes the grid) does not lose them; while one holds something, leaving the
* page asks for confirmation as a pending write does (pending-writes.ts). Memory only: a reload accepted by the
* user drops them.
*/
var drafts = /* @__PURE__ */ new Map();
/** Keeps the row typed under `key` (e.g. `candidats:3`), or forgets it (null). */
function keepDraft(key, row) {
	if (row === null) drafts.delete(key);
	else drafts.set(key, row);
}
/** The row kept under `key`, if any. */
function keptDraft(key) {
	return drafts.get(key);
}
/** Whether a blank row somewhere holds something typed and not stored. */
function hasUnsavedDrafts() {
	return drafts.size > 0;
}
export { keepDraft as n, keptDraft as r, hasUnsavedDrafts as t };
