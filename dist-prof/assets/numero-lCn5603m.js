// src/domain/numero.ts
/** Candidate numbers: how they sort and how a number that lost its leading zeros is recognised. */
/** Candidate numbers sort as numbers when they are, so `2` comes before `10`. */
function compareNumero(a, b) {
	return a.localeCompare(b, "fr", { numeric: true });
}
/**
* `02431000001` → `2431000001`: an all-digit number without its leading zeros (Excel drops them when
* it opens a CSV file); null when the number is not all digits.
*/
function numeroWithoutZeros(numero) {
	return /^\d+$/.test(numero) ? numero.replace(/^0+(?=\d)/, "") : null;
}
/**
* A candidate may be entered before their exam number is known: their numero is then empty, shown
* as « numéro à venir » (grid, PDFs), never matched to an import row by number, and given by hand or by an
* import that matches them on nom + prénom + date de naissance (accepted by the user, never silently).
*/
var NUMERO_PENDING_LABEL = "numéro à venir";
function isNumeroPending(numero) {
	return numero.trim() === "";
}
/** The numero as shown to a person: the number, or « numéro à venir ». */
function shownNumero(numero) {
	return isNumeroPending(numero) ? NUMERO_PENDING_LABEL : numero;
}
/** How many candidates a refusal names before « et N autres ». */
var PENDING_LISTED = 10;
/**
* A deliberation decides on numbered candidates (the PV lists them by number): the French refusal
* (`refusal`: « Impossible d'ouvrir la délibération ») while some candidates still wait for their number,
* naming them; null when all have one.
*/
function pendingNumerosMessage(refusal, candidates) {
	const pending = candidates.filter((c) => isNumeroPending(c.numero));
	if (pending.length === 0) return null;
	const names = pending.slice(0, PENDING_LISTED).map((c) => `${c.nom} ${c.prenom}`.trim());
	const more = pending.length > PENDING_LISTED ? ` et ${pending.length - PENDING_LISTED} autre(s)` : "";
	return `${refusal} : ${pending.length === 1 ? "1 candidat n'a pas encore de numéro" : `${pending.length} candidats n'ont pas encore de numéro`} (« ${NUMERO_PENDING_LABEL} ») : ${names.join(", ")}${more}. Saisissez leur numéro (onglet « Candidats ») ou importez le fichier des numéros.`;
}
/**
* Nom + prénom + date de naissance, compared without case, accents or extra spaces: how a row of a file is
* matched to a candidate still waiting for their number. Null when one of the three is missing (no match then).
*/
function identityKey(c) {
	const norm = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[\s'’-]+/g, " ").trim();
	const nom = norm(c.nom);
	const prenom = norm(c.prenom);
	if (nom === "" || prenom === "" || !c.dateNaissance) return null;
	return `${nom}\u0000${prenom}\u0000${c.dateNaissance}`;
}
export { numeroWithoutZeros as a, isNumeroPending as i, compareNumero as n, pendingNumerosMessage as o, identityKey as r, shownNumero as s, NUMERO_PENDING_LABEL as t };
