import { i as optionalUnits, n as findUnit } from "./regulation-CUY09-RS.js";
import { i as STATUT_LABELS, r as ETABLISSEMENT_TYPE_LABELS } from "./session-D2Rp9qN2.js";
import { i as isNumeroPending } from "./numero-lCn5603m.js";
/** R8: true for a mark that may be kept by bénéfice (a number ≥ 10). */
function keepableMark(value) {
	return value.kind === "number" && value.hundredths >= 1e3;
}
/** R8: the years a bénéfice may come from for a session of `sessionYear`. */
function beneficeYears(sessionYear) {
	return {
		first: sessionYear - 5,
		last: sessionYear - 1
	};
}
/**
* R8: why `benefice` cannot be set on this mark, or null. A bénéfice is a year of an earlier session,
* at most 5 years back, on a first-group mark ≥ 10 (never on the épreuve de contrôle).
*/
function beneficeProblem(benefice, unit, value, sessionYear) {
	if (unit.controle) return "Le bénéfice d'une note ne s'applique pas à l'épreuve de contrôle.";
	const { first, last } = beneficeYears(sessionYear);
	const year = benefice.year;
	if (!Number.isInteger(year) || year < first || year > last) return `Bénéfice en ${unit.label} : l'année doit être celle d'une session antérieure, de ${first} à ${last} (5 ans au plus).`;
	if (!keepableMark(value)) return `Bénéfice en ${unit.label} : seule une note d'au moins 10 peut être conservée.`;
	return null;
}
/** R8: why a mark kept by bénéfice cannot become `value` (renouncing is final, so the bénéfice goes first), or null. */
function beneficeLockProblem(label, benefice, value) {
	if (keepableMark(value)) return null;
	return `${label} : cette note est conservée par bénéfice (session ${benefice.year}) et doit rester une note d'au moins 10. Retirez d'abord le bénéfice.`;
}
/** The optional units chosen, in regulation order without duplicates, if they all are optional units. */
function checkOptionalUnits(codes, regulation) {
	const optional = optionalUnits(regulation).map((u) => u.code);
	for (const code of codes) if (!optional.includes(code)) return {
		ok: false,
		error: `« ${code} » n'est pas une épreuve facultative de cette session (épreuves facultatives : ${optional.join(", ")}).`
	};
	return {
		ok: true,
		value: optional.filter((code) => codes.includes(code))
	};
}
var FORMS = ["CCF", "ponctuel"];
/** Per-unit form overrides, if every unit exists and may take that form (a unit never in CCF stays ponctuel). */
function checkFormOverrides(overrides, regulation) {
	const checked = {};
	for (const [code, form] of Object.entries(overrides)) {
		const unit = findUnit(regulation, code);
		if (!unit) return {
			ok: false,
			error: `Épreuve inconnue : « ${code} ».`
		};
		if (typeof form !== "string" || !FORMS.includes(form)) return {
			ok: false,
			error: `${code} : forme d'évaluation inconnue « ${String(form)} ».`
		};
		if (form === "CCF" && !unit.mayBeCcf) return {
			ok: false,
			error: `${code} ne peut pas être évaluée en CCF.`
		};
		checked[code] = form;
	}
	return {
		ok: true,
		value: checked
	};
}
function isStatut(value) {
	return typeof value === "string" && Object.hasOwn(STATUT_LABELS, value);
}
function isEtablissementType(value) {
	return typeof value === "string" && Object.hasOwn(ETABLISSEMENT_TYPE_LABELS, value);
}
/** Code UAI: 7 digits and a check letter, optionally after one letter (`0310044E`, `E0313029Z`). */
var UAI = /^[A-Z]?\d{7}[A-Z]$/;
/** The UAI trimmed and upper-cased; empty stays empty (an établissement may have no UAI). */
function checkUai(raw) {
	const uai = raw.trim().toUpperCase();
	if (uai !== "" && !UAI.test(uai)) return {
		ok: false,
		error: `Le code UAI « ${raw.trim()} » n'est pas valide (7 chiffres et une lettre, par exemple 0310044E).`
	};
	return {
		ok: true,
		value: uai
	};
}
/** A session's year: a whole number from 2000 to 2100. */
function checkSessionYear(year) {
	if (typeof year !== "number" || !Number.isInteger(year) || year < 2e3 || year > 2100) return {
		ok: false,
		error: "L'année de la session doit être un nombre entier entre 2000 et 2100."
	};
	return {
		ok: true,
		value: year
	};
}
/**
* Candidate numbers are unique in a session: the French refusal when `numero` is already another candidate's
* (`exceptId`: the candidate being edited), or null. An empty numero (« numéro à venir ») is never taken.
*/
function numeroTakenMessage(numero, candidates, exceptId) {
	if (isNumeroPending(numero)) return null;
	const other = candidates.find((c) => c.numero === numero && (exceptId === void 0 || c.id !== exceptId));
	return other ? numeroHolderMessage(numero, other) : null;
}
/** `Le numéro « 0012 » est déjà celui de Dupont Léa.` */
function numeroHolderMessage(numero, other) {
	return `Le numéro « ${numero} » est déjà celui de ${`${other.nom} ${other.prenom}`.trim()}.`;
}
export { checkSessionYear as a, isStatut as c, checkOptionalUnits as i, numeroHolderMessage as l, beneficeProblem as n, checkUai as o, checkFormOverrides as r, isEtablissementType as s, beneficeLockProblem as t, numeroTakenMessage as u };
