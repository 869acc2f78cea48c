import { a as formatHundredthsShort, c as toHundredths, i as formatHundredthsFixed, n as averageHundredths, t as averageAtLeast } from "./exact-Cpdw3sSx.js";
import { r as formatMark, t as EMPTY } from "./marks-B5B9zhMh.js";
import { r as isCompulsory } from "./regulation-CUY09-RS.js";
// src/domain/results.ts
/**
* The results engine: marks → averages → jury decision (docs/regles.md R3–R6).
* One engine for every view: the grid, the PDFs, the CSV export and the CLI all call `computeResult`.
*/
var DECISIONS = [
	"ADMIS",
	"CONTROLE",
	"AJOURNE",
	"ELIMINE",
	"NV",
	"INCOMPLET"
];
var DECISION_LABELS = {
	ADMIS: "Admis",
	CONTROLE: "Épreuve de contrôle",
	AJOURNE: "Ajourné",
	ELIMINE: "Éliminé",
	NV: "Non valide",
	INCOMPLET: "Incomplet"
};
function lineFor(unit, mark, regulation) {
	const coefficient = unit.coefficient === null ? 0 : toHundredths(unit.coefficient);
	if (!isCompulsory(unit)) {
		if (mark.kind === "number") return {
			unit,
			mark,
			role: "bonus",
			coefficient,
			points: Math.max(0, mark.hundredths - toHundredths(regulation.bonusBase)) * 100
		};
		return {
			unit,
			mark,
			role: "ignored",
			coefficient,
			points: 0
		};
	}
	switch (mark.kind) {
		case "number": return {
			unit,
			mark,
			role: "counted",
			coefficient,
			points: coefficient * mark.hundredths
		};
		case "ABJ": return {
			unit,
			mark,
			role: "counted",
			coefficient,
			points: 0
		};
		case "DI": return {
			unit,
			mark,
			role: "dispensed",
			coefficient,
			points: 0
		};
		case "AB": return {
			unit,
			mark,
			role: "absent",
			coefficient,
			points: 0
		};
		case "NV": return {
			unit,
			mark,
			role: "invalid",
			coefficient,
			points: 0
		};
		case "empty": return {
			unit,
			mark,
			role: "missing",
			coefficient,
			points: 0
		};
	}
}
/** Σ coefficient × mark over the lines, or null when one of them is not counted or none is. */
function weightedAverage(lines) {
	let points = 0;
	let divisor = 0;
	for (const line of lines) {
		if (line.role === "dispensed") continue;
		if (line.role !== "counted") return null;
		points += line.points;
		divisor += line.coefficient;
	}
	return divisor > 0 ? {
		points,
		divisor
	} : null;
}
var codes = (lines) => lines.map((l) => l.unit.code).join(", ");
/** Formats an average for text: `9,99` (truncated, R3). */
function formatAverage(avg) {
	return formatHundredthsFixed(averageHundredths(avg));
}
function thresholdText(points) {
	return formatHundredthsShort(toHundredths(points));
}
/** Computes a candidate's result per R3–R6. Pure, total: never throws on any marks. */
function computeResult(candidate, regulation) {
	const lines = regulation.units.map((unit) => lineFor(unit, candidate.marks[unit.code] ?? EMPTY, regulation));
	const compulsory = lines.filter((l) => isCompulsory(l.unit));
	const professional = weightedAverage(lines.filter((l) => l.unit.domain === "professional"));
	const bonus = lines.reduce((sum, l) => l.role === "bonus" ? sum + l.points : sum, 0);
	const t = regulation.thresholds;
	const absent = compulsory.filter((l) => l.role === "absent");
	const invalid = compulsory.filter((l) => l.role === "invalid");
	const missing = compulsory.filter((l) => l.role === "missing");
	const base = weightedAverage(compulsory);
	const firstGroup = base && {
		points: base.points + bonus,
		divisor: base.divisor
	};
	const result = {
		decision: "INCOMPLET",
		firstGroupDecision: "INCOMPLET",
		reason: "",
		explanation: [],
		blockingUnits: [],
		lines,
		bonus,
		firstGroup,
		professional,
		final: firstGroup,
		controle: [],
		errors: []
	};
	const decide = (decision, reason, sentence, blocking = []) => {
		result.decision = result.firstGroupDecision = decision;
		result.reason = reason;
		result.explanation.push(sentence);
		result.blockingUnits = blocking.map((l) => l.unit.code);
	};
	if (absent.length > 0) decide("ELIMINE", `AB en ${codes(absent)}`, `Absence non justifiée (AB) en ${codes(absent)} : candidat éliminé.`, absent);
	else if (invalid.length > 0) decide("NV", `NV en ${codes(invalid)}`, `Épreuve non valide (NV) en ${codes(invalid)} : le diplôme ne peut pas être délivré.`, invalid);
	else if (missing.length > 0) decide("INCOMPLET", `manque ${codes(missing)}`, `Note manquante en ${codes(missing)} : aucune décision possible.`, missing);
	else if (!firstGroup) decide("INCOMPLET", "aucune épreuve comptée", "Toutes les épreuves obligatoires sont dispensées : aucune moyenne possible.");
	else {
		result.explanation.push(describeAverage(firstGroup, base, bonus));
		if (professional) result.explanation.push(`Moyenne du domaine professionnel : ${formatAverage(professional)}.`);
		const admis = toHundredths(t.admis);
		const controleMin = toHundredths(t.controleMin);
		const proMin = toHundredths(t.professionalMin);
		const avg = formatAverage(firstGroup);
		if (averageAtLeast(firstGroup, admis)) decide("ADMIS", `moyenne ≥ ${thresholdText(t.admis)}`, `Moyenne générale ${avg} ≥ ${thresholdText(t.admis)} : admis.`);
		else if (averageAtLeast(firstGroup, controleMin) && professional && averageAtLeast(professional, proMin)) decide("CONTROLE", `${thresholdText(t.controleMin)} ≤ moyenne < ${thresholdText(t.admis)}, pro ≥ ${thresholdText(t.professionalMin)}`, `Moyenne générale ${avg} entre ${thresholdText(t.controleMin)} et ${thresholdText(t.admis)} et moyenne professionnelle ${formatAverage(professional)} ≥ ${thresholdText(t.professionalMin)} : autorisé à passer l'épreuve de contrôle.`);
		else if (!averageAtLeast(firstGroup, controleMin)) decide("AJOURNE", `moyenne < ${thresholdText(t.controleMin)}`, `Moyenne générale ${avg} < ${thresholdText(t.controleMin)} : ajourné.`);
		else decide("AJOURNE", `pro < ${thresholdText(t.professionalMin)}`, `Moyenne générale ${avg} < ${thresholdText(t.admis)} et moyenne professionnelle ${professional ? formatAverage(professional) : "non calculable"} < ${thresholdText(t.professionalMin)} : ajourné, sans épreuve de contrôle.`);
	}
	applyControle(candidate, regulation, result);
	return result;
}
function describeAverage(total, base, bonus) {
	const parts = [`Total ${formatHundredthsFixed(Math.floor(total.points / 100))} points`];
	if (bonus > 0) parts.push(`dont ${formatHundredthsFixed(Math.floor(bonus / 100))} de bonus facultatif`);
	return `${parts.join(", ")} ÷ ${formatHundredthsShort(base.divisor)} (somme des coefficients) = moyenne générale ${formatAverage(total)}.`;
}
/** R6: best of the first-group and contrôle marks, at the unit's coefficient; then ADMIS or AJOURNE. */
function applyControle(candidate, regulation, result) {
	const entries = Object.entries(candidate.controle ?? {}).filter((entry) => entry[1] !== void 0 && entry[1].kind !== "empty");
	if (entries.length === 0) return;
	const errors = [];
	if (result.firstGroupDecision !== "CONTROLE") for (const [code] of entries) errors.push({
		unit: code,
		message: `épreuve de contrôle saisie alors que le candidat n'y est pas autorisé (décision du 1er groupe : ${result.firstGroupDecision})`
	});
	const allowed = regulation.controle.units.map((u) => u.code).join(", ");
	if (entries.length > regulation.controle.maxUnits) errors.push({
		unit: null,
		message: `${entries.length} épreuves de contrôle saisies : ${regulation.controle.maxUnits} au plus (parmi ${allowed})`
	});
	const lines = [];
	for (const [code, mark] of entries) {
		const unit = regulation.controle.units.find((u) => u.code === code);
		if (!unit) {
			errors.push({
				unit: code,
				message: `épreuve de contrôle ${code} impossible (seulement ${allowed})`
			});
			continue;
		}
		const firstGroup = weightedAverage(result.lines.filter((l) => unit.covers.includes(l.unit.code)));
		if (!firstGroup) {
			errors.push({
				unit: code,
				message: `épreuve de contrôle ${code} impossible : ${unit.covers.join(" et ")} sans note du 1er groupe (dispensé)`
			});
			continue;
		}
		const replaced = mark.kind === "number" && mark.hundredths * firstGroup.divisor > firstGroup.points;
		lines.push({
			unit,
			mark,
			firstGroup,
			replaced
		});
	}
	if (errors.length > 0 || !result.firstGroup) {
		result.errors = errors;
		return;
	}
	let points = result.firstGroup.points;
	for (const line of lines) {
		const before = formatHundredthsFixed(averageHundredths(line.firstGroup));
		const coef = formatHundredthsShort(line.firstGroup.divisor);
		if (line.mark.kind === "AB") result.explanation.push(`Contrôle ${line.unit.code} : absent (AB), la note du 1er groupe ${before} est conservée.`);
		else if (line.replaced && line.mark.kind === "number") {
			points += line.mark.hundredths * line.firstGroup.divisor - line.firstGroup.points;
			result.explanation.push(`Contrôle ${line.unit.code} : ${formatMark(line.mark)} remplace ${before} (coefficient ${coef}).`);
		} else result.explanation.push(`Contrôle ${line.unit.code} : ${formatMark(line.mark)} ne dépasse pas ${before}, la note du 1er groupe est conservée.`);
	}
	const final = {
		points,
		divisor: result.firstGroup.divisor
	};
	const admis = averageAtLeast(final, toHundredths(regulation.thresholds.admis));
	const threshold = thresholdText(regulation.thresholds.admis);
	result.controle = lines;
	result.final = final;
	result.decision = admis ? "ADMIS" : "AJOURNE";
	result.reason = admis ? "admis après contrôle" : "ajourné après contrôle";
	result.explanation.push(`Moyenne après l'épreuve de contrôle ${formatAverage(final)} ${admis ? "≥" : "<"} ${threshold} : ${admis ? "admis" : "ajourné"}.`);
}
export { formatAverage as i, DECISION_LABELS as n, computeResult as r, DECISIONS as t };
