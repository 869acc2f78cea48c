// src/domain/dates.ts
/**
* Calendar dates, the one place that knows them: typed and shown `JJ/MM/AAAA`, stored ISO `AAAA-MM-JJ`.
* Dates are plain calendar days (no time zone): `today` is the local day of the computer.
*/
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** `JJ/MM/AAAA`, also `J/M/AAAA`, with `/`, `.` or `-`. */
var FRENCH_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
var pad = (n, width = 2) => String(n).padStart(width, "0");
/** ISO `AAAA-MM-JJ` of a day, or null when it does not exist in the calendar (31/02, month 13…). */
function calendarIso(year, month, day) {
	const date = new Date(Date.UTC(year, month - 1, day));
	date.setUTCFullYear(year);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
/** True for a real calendar date written `AAAA-MM-JJ`. */
function isIsoDate(text) {
	if (typeof text !== "string") return false;
	const match = ISO_DATE.exec(text);
	return match !== null && calendarIso(Number(match[1]), Number(match[2]), Number(match[3])) !== null;
}
/** The day, month and year of a text typed `JJ/MM/AAAA` (or `5/3/2004`, `05.03.2004`, `05-03-2004`), or null. */
function frenchDateParts(text) {
	const match = FRENCH_DATE.exec(text.trim());
	return match ? {
		day: Number(match[1]),
		month: Number(match[2]),
		year: Number(match[3])
	} : null;
}
/** The parts of an ISO `AAAA-MM-JJ` text (calendar not checked), or null. */
function isoDateParts(text) {
	const match = ISO_DATE.exec(text.trim());
	return match ? {
		day: Number(match[3]),
		month: Number(match[2]),
		year: Number(match[1])
	} : null;
}
/** `2004-03-05` → `05/03/2004`; null → ''; anything else unchanged. */
function isoToFrench(iso) {
	const match = iso ? ISO_DATE.exec(iso) : null;
	return match ? `${match[3]}/${match[2]}/${match[1]}` : iso ?? "";
}
/** Today's local calendar day, ISO. */
function todayIso(now = /* @__PURE__ */ new Date()) {
	return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
export { isoToFrench as a, isoDateParts as i, frenchDateParts as n, todayIso as o, isIsoDate as r, calendarIso as t };
