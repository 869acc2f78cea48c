import { a as isoToFrench, n as frenchDateParts, o as todayIso, t as calendarIso } from "./dates-qyPr0vLJ.js";
// src/io/dates.ts
/** French dates: shown and typed `JJ/MM/AAAA`, stored ISO `AAAA-MM-JJ`. */
/** `2004-03-05` → `05/03/2004`; null → ''. */
var isoToFrenchDate = isoToFrench;
/**
* A birth date typed `JJ/MM/AAAA` (also `5/3/2004`, `05.03.2004`, `05-03-2004`) → ISO `2004-03-05`;
* empty → null. Refuses impossible dates (31/02) and dates after today.
*/
function parseFrenchDate(text, today = /* @__PURE__ */ new Date()) {
	const trimmed = text.trim();
	if (trimmed === "") return {
		ok: true,
		value: null
	};
	const parts = frenchDateParts(trimmed);
	if (!parts) return {
		ok: false,
		error: "Date attendue au format JJ/MM/AAAA, par exemple 05/03/2004"
	};
	const iso = calendarIso(parts.year, parts.month, parts.day);
	if (!iso) return {
		ok: false,
		error: `Le ${trimmed} n'existe pas dans le calendrier`
	};
	if (parts.year < 1900) return {
		ok: false,
		error: "Année de naissance invalide (avant 1900)"
	};
	if (iso > todayIso(today)) return {
		ok: false,
		error: "La date de naissance est dans le futur"
	};
	return {
		ok: true,
		value: iso
	};
}
export { parseFrenchDate as n, isoToFrenchDate as t };
