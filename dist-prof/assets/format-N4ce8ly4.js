import { a as formatHundredthsShort, i as formatHundredthsFixed, n as averageHundredths } from "./exact-Cpdw3sSx.js";
import "./jury-UInpj3f5.js";
// src/ui/jury/format.ts
/** Short French wording shared by the jury views. */
/** An exact average as shown everywhere: 2 decimals, truncated (R3). */
var averageText = (a) => a ? formatHundredthsFixed(averageHundredths(a)) : "—";
var candidateLabel = (c) => `${c.numero} — ${c.nom} ${c.prenom}`.trim();
var candidateName = (c) => `${c.nom} ${c.prenom}`.trim();
function professionalSuffix(p) {
	if (!p || p.met) return "";
	if (typeof p.markNeeded === "number") return ` ; pro ≥ 10 avec ${formatHundredthsShort(p.markNeeded)}`;
	if (p.markNeeded === null) return " ; pro < 10 même avec 20";
	return " ; pro < 10";
}
/** A table cell for a `pointsNeeded` answer: `12,34`, `atteint`, `impossible`, `—`. */
function neededCell(n) {
	switch (n.kind) {
		case "blocked": return "—";
		case "reached": return `atteint${professionalSuffix(n.professional)}`;
		case "mark": return `${n.mark === 0 ? "toute note" : formatHundredthsShort(n.mark)}${professionalSuffix(n.professional)}`;
		case "impossible": return `impossible (${averageText(n.best)} au mieux)${professionalSuffix(n.professional)}`;
		case "points": return `${formatHundredthsFixed(n.points)} points${professionalSuffix(n.professional)}`;
	}
}
/** `de 8 à moins de 9`; the last regular bin includes the maximum: `de 19 à 20`. */
function binLabel(bin, maxMark) {
	const from = formatHundredthsShort(bin.from);
	const to = formatHundredthsShort(bin.to);
	return bin.to === maxMark * 100 ? `de ${from} à ${to}` : `de ${from} à moins de ${to}`;
}
export { neededCell as a, candidateName as i, binLabel as n, candidateLabel as r, averageText as t };
