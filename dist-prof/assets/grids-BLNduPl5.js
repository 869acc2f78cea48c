import { i as presets, n as getPreset } from "./presets-Cf2HfyzO.js";
import { r as isIsoDate } from "./dates-qyPr0vLJ.js";
import { a as formatHundredthsShort } from "./exact-Cpdw3sSx.js";
import { i as numberMark } from "./marks-B5B9zhMh.js";
// src/domain/grids/types.ts
var LEVELS = Object.freeze([
	"TI",
	"I",
	"S",
	"TS"
]);
/** `NM`: non mobilisé — "tous les critères d’évaluation ne sont pas nécessairement mobilisés". */
var NON_MOBILISE = "NM";
var RATINGS = Object.freeze([...LEVELS, "NM"]);
var DEGREES = Object.freeze([
	1,
	2,
	3,
	4
]);
// src/domain/grids/evaluation.ts
/**
* A filled-in grid (one candidate, one unit) and the pure functions over it.
*
* The unit's mark is the commission's (R2b, docs/regles.md « Documents du jury »): it is never computed from the
* TI / I / S / TS levels. Only where the annexe sums parts is the mark a sum:
* - E22 (annexe 5): A (/6) + B (/6) + C (/8), each part the whole points allowed for the chosen degree
*   of success, plus its bonus point, within the part's maximum;
* - E4 CCF (annexe 10): situation 1 (/10) + situation 2 (/10), each the commission's mark.
*
* Errors are French strings; no function here throws, whatever the evaluation holds (it may come from
* a file or a database written by an older version).
*/
/** A blank evaluation of a grid. */
function emptyEvaluation(grid) {
	const parts = {};
	if (grid.mark.kind === "sum") for (const part of grid.parts) parts[part.id] = {
		degree: null,
		hundredths: null,
		bonus: false
	};
	return {
		gridId: grid.id,
		levels: {},
		parts,
		markHundredths: null,
		observations: {},
		date: null,
		members: []
	};
}
/** Every criterion of the grid, in order, with the part it belongs to. */
function gridCriteria(grid) {
	return grid.parts.flatMap((part) => part.criteria.map((criterion) => ({
		part,
		criterion
	})));
}
/** The whole points annexe 5 allows for a degree of a part ([] when the part is not scored by degrees). */
function allowedPoints(part, degree) {
	if (part.scoring.kind !== "degrees") return [];
	return part.scoring.degrees.find((d) => d.degree === degree)?.points ?? [];
}
/** `[3]` → `3 points exactement`; `[1, 2]` → `1 ou 2 points`. */
function pointsPhrase(points) {
	if (points.length === 1) return `${points[0]} point${points[0] === 1 ? "" : "s"} exactement`;
	return `${points.slice(0, -1).join(", ")} ou ${points[points.length - 1]} points`;
}
function isRecord(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** A short, never-throwing rendering of any value for an error message. */
function show(value) {
	if (typeof value === "string") return value.length > 40 ? `${value.slice(0, 40)}…` : value;
	if (typeof value === "number" || typeof value === "boolean" || value === null || value === void 0) return String(value);
	try {
		const json = JSON.stringify(value);
		if (typeof json === "string") return json.length > 40 ? `${json.slice(0, 40)}…` : json;
	} catch {}
	return typeof value;
}
function ownEntries(value) {
	return isRecord(value) ? Object.entries(value) : [];
}
function ownValue(record, key) {
	return isRecord(record) && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : void 0;
}
function isRating(value) {
	return typeof value === "string" && RATINGS.includes(value);
}
function isDegree(value) {
	return typeof value === "number" && DEGREES.includes(value);
}
/** Checks one part's entry and computes the part's mark (null when not complete or not valid). */
function readPart(grid, part, entry) {
	const errors = [];
	const max = (part.max ?? 0) * 100;
	if (entry === void 0 || entry === null) return {
		errors,
		hundredths: null
	};
	if (!isRecord(entry)) return {
		errors: [`${part.label} : saisie illisible (${show(entry)})`],
		hundredths: null
	};
	const degree = ownValue(entry, "degree") ?? null;
	const points = ownValue(entry, "hundredths") ?? null;
	const bonus = ownValue(entry, "bonus") ?? false;
	if (typeof bonus !== "boolean") errors.push(`${part.label} : bonus « ${show(bonus)} » illisible (oui ou non)`);
	if (points !== null && !(typeof points === "number" && Number.isSafeInteger(points))) {
		const decimals = typeof points === "number" && Number.isFinite(points);
		errors.push(decimals ? `${part.label} : ${part.scoring.kind === "degrees" ? "points entiers seulement" : "2 décimales au plus"}` : `${part.label} : points « ${show(points)} » illisibles`);
		return {
			errors,
			hundredths: null
		};
	}
	if (part.scoring.kind === "degrees") {
		const scoring = part.scoring;
		if (bonus === true && !scoring.bonus) errors.push(`${part.label} : pas de bonus dans cette colonne`);
		if (degree !== null && !isDegree(degree)) {
			errors.push(`${part.label} : degré « ${show(degree)} » inconnu (1 à 4)`);
			return {
				errors,
				hundredths: null
			};
		}
		if (points !== null && points % 100 !== 0) {
			errors.push(`${part.label} : points entiers seulement, sans décimale`);
			return {
				errors,
				hundredths: null
			};
		}
		if (degree === null) {
			if (points !== null) errors.push(`${part.label} : indiquer le degré de réussite (1 à 4) correspondant aux points`);
			return {
				errors,
				hundredths: null
			};
		}
		const allowed = allowedPoints(part, degree);
		let circled;
		if (points === null) circled = allowed.length === 1 ? (allowed[0] ?? 0) * 100 : null;
		else if (!allowed.includes(points / 100)) {
			errors.push(`${part.label} : au degré ${degree}, ${pointsPhrase(allowed)} (et non ${formatHundredthsShort(points)})`);
			circled = null;
		} else circled = points;
		if (circled === null || errors.length > 0) return {
			errors,
			hundredths: null
		};
		const withBonus = circled + (bonus === true && scoring.bonus ? scoring.bonus.points * 100 : 0);
		return {
			errors,
			hundredths: Math.min(max, withBonus)
		};
	}
	if (degree !== null || bonus === true) errors.push(`${part.label} : ni degré ni bonus dans cette partie`);
	if (points === null) return {
		errors,
		hundredths: null
	};
	if (points < 0 || points > max) {
		errors.push(`${part.label} : une note entre 0 et ${part.max ?? 0} (et non ${formatHundredthsShort(points)})`);
		return {
			errors,
			hundredths: null
		};
	}
	if (grid.mark.kind === "sum" && grid.mark.wholePoints && points % 100 !== 0) {
		errors.push(`${part.label} : points entiers seulement, sans décimale`);
		return {
			errors,
			hundredths: null
		};
	}
	return {
		errors,
		hundredths: errors.length > 0 ? null : points
	};
}
/** A part's mark in hundredths (E22: circled points + bonus, within the part's maximum), or null. */
function partHundredths(grid, partId, entry) {
	const part = grid.parts.find((p) => p.id === partId);
	return part ? readPart(grid, part, entry).hundredths : null;
}
/** Sum of the parts when every part is complete and valid. */
function sumOfParts(grid, parts) {
	const errors = [];
	let total = 0;
	let complete = true;
	for (const part of grid.parts) {
		const result = readPart(grid, part, ownValue(parts, part.id));
		errors.push(...result.errors);
		if (result.hundredths === null) complete = false;
		else total += result.hundredths;
	}
	return {
		errors,
		hundredths: complete && errors.length === 0 ? total : null
	};
}
function partsFormula(grid) {
	return grid.parts.map((p) => p.label).join(" + ");
}
/**
* What is wrong in an evaluation, in French (empty when nothing is). Things not filled in yet are not
* errors: see `evaluationGaps`. Never throws.
*/
function validateEvaluation(grid, evaluation) {
	const ev = evaluation;
	if (!isRecord(ev)) return ["évaluation illisible"];
	const errors = [];
	const gridId = ownValue(ev, "gridId");
	if (gridId !== grid.id) errors.push(`évaluation faite sur la grille « ${show(gridId)} », et non sur « ${grid.id} »`);
	const levels = ownValue(ev, "levels");
	if (levels !== void 0 && levels !== null && !isRecord(levels)) errors.push("niveaux des critères illisibles");
	const criteria = new Map(gridCriteria(grid).map(({ criterion }, i) => [criterion.id, {
		criterion,
		n: i + 1
	}]));
	for (const [id, rating] of ownEntries(levels)) {
		const known = criteria.get(id);
		if (!known) errors.push(`critère inconnu : « ${show(id)} »`);
		else if (rating !== null && rating !== void 0 && !isRating(rating)) errors.push(`critère ${known.n} (${show(known.criterion.text)}) : niveau « ${show(rating)} » inconnu (TI, I, S, TS ou non mobilisé)`);
	}
	const parts = ownValue(ev, "parts");
	if (parts !== void 0 && parts !== null && !isRecord(parts)) errors.push("notes des parties illisibles");
	const mark = ownValue(ev, "markHundredths") ?? null;
	const max = grid.mark.max * 100;
	if (grid.mark.kind === "sum") {
		const partIds = new Set(grid.parts.map((p) => p.id));
		for (const [id] of ownEntries(parts)) if (!partIds.has(id)) errors.push(`partie inconnue : « ${show(id)} »`);
		const sum = sumOfParts(grid, parts);
		errors.push(...sum.errors);
		if (mark !== null && mark !== sum.hundredths) errors.push(sum.hundredths === null ? `la note de l’épreuve est ${partsFormula(grid)} : noter chaque partie plutôt que saisir « ${show(mark)} »` : `la note de l’épreuve est ${partsFormula(grid)} = ${formatHundredthsShort(sum.hundredths)}, et non « ${show(mark)} »`);
	} else {
		for (const [id, entry] of ownEntries(parts)) if (entry !== null && entry !== void 0) errors.push(`cette grille ne décompose pas la note : partie « ${show(id)} » en trop`);
		if (mark !== null) {
			if (typeof mark !== "number" || !Number.isFinite(mark)) errors.push(`note « ${show(mark)} » illisible`);
			else if (!Number.isSafeInteger(mark)) errors.push("note : 2 décimales au plus");
			else if (mark < 0 || mark > max) errors.push(`note : entre 0 et ${grid.mark.max} (et non ${formatHundredthsShort(mark)})`);
		}
	}
	const observations = ownValue(ev, "observations");
	if (observations !== void 0 && observations !== null && !isRecord(observations)) errors.push("observations illisibles");
	const fieldIds = new Set(grid.fields.observations.map((f) => f.id));
	for (const [id, text] of ownEntries(observations)) if (!fieldIds.has(id)) errors.push(`champ d’observation inconnu : « ${show(id)} »`);
	else if (typeof text !== "string" && text !== null && text !== void 0) errors.push(`observation « ${show(id)} » illisible`);
	const date = ownValue(ev, "date") ?? null;
	if (date !== null && !(typeof date === "string" && isIsoDate(date))) errors.push(`date « ${show(date)} » invalide (attendu AAAA-MM-JJ)`);
	const members = ownValue(ev, "members");
	if (members !== void 0 && members !== null) {
		if (!Array.isArray(members)) errors.push("membres de la commission illisibles");
		else {
			const slots = grid.fields.members?.slots ?? null;
			if (slots !== null && members.length > slots) errors.push(`${slots} membres de la commission au plus sur cette grille`);
			members.forEach((member, i) => {
				if (!isRecord(member)) {
					errors.push(`membre ${i + 1} : saisie illisible`);
					return;
				}
				const name = ownValue(member, "name");
				if (typeof name !== "string" || name.trim() === "") errors.push(`membre ${i + 1} : nom et prénom manquants`);
				const quality = ownValue(member, "quality");
				if (quality !== void 0 && quality !== null && typeof quality !== "string") errors.push(`membre ${i + 1} : qualité illisible`);
				const signed = ownValue(member, "signed");
				if (signed !== void 0 && typeof signed !== "boolean") errors.push(`membre ${i + 1} : émargement illisible`);
			});
		}
	}
	return errors;
}
/** What is still to be filled in, in French (empty when complete). Never throws. */
function evaluationGaps(grid, evaluation) {
	const ev = evaluation;
	if (!isRecord(ev)) return ["évaluation vide"];
	const gaps = [];
	const levels = ownValue(ev, "levels");
	const unrated = gridCriteria(grid).filter(({ criterion }) => !isRating(ownValue(levels, criterion.id))).length;
	if (unrated > 0) gaps.push(unrated === 1 ? "1 critère sans niveau" : `${unrated} critères sans niveau`);
	if (grid.mark.kind === "sum") {
		const parts = ownValue(ev, "parts");
		for (const part of grid.parts) if (readPart(grid, part, ownValue(parts, part.id)).hundredths === null) gaps.push(`${part.label} : note à donner`);
	} else if ((ownValue(ev, "markHundredths") ?? null) === null) gaps.push("note de la commission à donner");
	if (grid.fields.date !== null && (ownValue(ev, "date") ?? null) === null) gaps.push("date à indiquer");
	if (grid.fields.members !== null) {
		const members = ownValue(ev, "members");
		if (!Array.isArray(members) || members.length === 0) gaps.push("membres de la commission à indiquer");
	}
	return gaps;
}
/**
* The unit's mark from a grid: E22 = A + B + C, E4 CCF = S1 + S2, any other grid the commission's mark
* as entered (never derived from the levels). Null when incomplete or when the figures are not valid.
*/
function evaluationMark(grid, evaluation) {
	const ev = evaluation;
	if (!isRecord(ev) || ownValue(ev, "gridId") !== grid.id) return null;
	if (grid.mark.kind === "sum") {
		const sum = sumOfParts(grid, ownValue(ev, "parts"));
		return sum.hundredths === null ? null : numberMark(sum.hundredths + 0);
	}
	const mark = ownValue(ev, "markHundredths");
	if (typeof mark !== "number" || !Number.isSafeInteger(mark) || mark < 0 || mark > grid.mark.max * 100) return null;
	return numberMark(mark + 0);
}
/** Per criterion, how many candidates at each level (evaluations of other grids are left out). */
function summarizeLevels(grid, evaluations) {
	const mine = evaluations.filter((ev) => isRecord(ev) && ownValue(ev, "gridId") === grid.id);
	return gridCriteria(grid).map(({ part, criterion }) => {
		const counts = {
			TI: 0,
			I: 0,
			S: 0,
			TS: 0,
			NM: 0
		};
		let unrated = 0;
		for (const ev of mine) {
			const rating = ownValue(ownValue(ev, "levels"), criterion.id);
			if (isRating(rating)) counts[rating] += 1;
			else unrated += 1;
		}
		return {
			criterionId: criterion.id,
			partId: part.id,
			text: criterion.text,
			counts,
			unrated,
			total: mine.length
		};
	});
}
/** Per part scored by degrees (E22), how many candidates at each degree. */
function summarizeDegrees(grid, evaluations) {
	const mine = evaluations.filter((ev) => isRecord(ev) && ownValue(ev, "gridId") === grid.id);
	return grid.parts.filter((part) => part.scoring.kind === "degrees").map((part) => {
		const counts = {
			1: 0,
			2: 0,
			3: 0,
			4: 0
		};
		let unrated = 0;
		for (const ev of mine) {
			const degree = ownValue(ownValue(ownValue(ev, "parts"), part.id), "degree");
			if (isDegree(degree)) counts[degree] += 1;
			else unrated += 1;
		}
		return {
			partId: part.id,
			title: part.title,
			counts,
			unrated,
			total: mine.length
		};
	});
}
/** How many criteria of one evaluation are at each level: the candidate's profile. */
function levelProfile(grid, evaluation) {
	const counts = {
		TI: 0,
		I: 0,
		S: 0,
		TS: 0,
		NM: 0
	};
	const levels = isRecord(evaluation) ? ownValue(evaluation, "levels") : void 0;
	for (const { criterion } of gridCriteria(grid)) {
		const rating = ownValue(levels, criterion.id);
		if (isRating(rating)) counts[rating] += 1;
	}
	return counts;
}
/** Checks a grid definition's consistency; French messages, empty when valid (run on every built-in grid). */
function validateGrid(grid) {
	const problems = [];
	const ids = /* @__PURE__ */ new Set();
	for (const { criterion } of gridCriteria(grid)) {
		if (ids.has(criterion.id)) problems.push(`${grid.id} : critère ${criterion.id} défini deux fois`);
		ids.add(criterion.id);
		if (criterion.text.trim() === "") problems.push(`${grid.id} : critère ${criterion.id} sans texte`);
	}
	if (new Set(grid.parts.map((p) => p.id)).size !== grid.parts.length) problems.push(`${grid.id} : deux parties ont le même identifiant`);
	if (new Set(grid.fields.observations.map((f) => f.id)).size !== grid.fields.observations.length) problems.push(`${grid.id} : deux champs d’observation ont le même identifiant`);
	if (grid.scale !== null && grid.scale.levels.map((l) => l.level).join() !== LEVELS.join()) problems.push(`${grid.id} : l’échelle doit être TI, I, S, TS`);
	const hasDegrees = grid.parts.some((p) => p.scoring.kind === "degrees");
	if (grid.scale === null && gridCriteria(grid).length > 0) problems.push(`${grid.id} : critères sans échelle de niveaux`);
	if (hasDegrees && grid.mark.kind !== "sum") problems.push(`${grid.id} : des degrés de réussite sans somme des parties`);
	if (grid.mark.kind === "sum") {
		let total = 0;
		for (const part of grid.parts) {
			if (part.max === null || !(part.max > 0)) {
				problems.push(`${grid.id} : partie ${part.id} sans maximum`);
				continue;
			}
			total += part.max;
			if (part.scoring.kind === "degrees") {
				if (part.scoring.degrees.map((d) => d.degree).join() !== DEGREES.join()) problems.push(`${grid.id} : partie ${part.id}, degrés attendus 1 à 4`);
				let previous = 0;
				for (const d of part.scoring.degrees) for (const p of d.points) {
					if (!Number.isInteger(p) || p <= previous || p > part.max) problems.push(`${grid.id} : partie ${part.id}, degré ${d.degree} : points ${p} incohérents`);
					previous = p;
				}
			}
		}
		if (total !== grid.mark.max) problems.push(`${grid.id} : les maxima des parties font ${total}, et non ${grid.mark.max}`);
	}
	return problems;
}
// src/domain/grids/edit.ts
/** `A + B + C`, `Situation 1 + Situation 2`: the formula of a grid whose mark is a sum, for messages. */
function sumFormula(grid) {
	return grid.parts.map((p) => p.label).join(" + ");
}
/** The level of one criterion set (or cleared with null). */
function withLevel(evaluation, criterionId, rating) {
	const levels = { ...evaluation.levels };
	if (rating === null) delete levels[criterionId];
	else levels[criterionId] = rating;
	return {
		...evaluation,
		levels
	};
}
var blankPart = () => ({
	degree: null,
	hundredths: null,
	bonus: false
});
/** One part's entry changed (`degree`, `hundredths`, `bonus`), the others kept. */
function withPart(evaluation, partId, change) {
	const current = evaluation.parts[partId] ?? blankPart();
	return {
		...evaluation,
		parts: {
			...evaluation.parts,
			[partId]: {
				...current,
				...change
			}
		}
	};
}
/**
* The degree of success of an E22 part chosen (annexe 5). Points the new degree does not allow are
* dropped; a degree allowing one value only (degree 2 of A: 3 points) needs no points.
*/
function withDegree(evaluation, part, degree) {
	const current = evaluation.parts[part.id] ?? blankPart();
	if (degree === null) return withPart(evaluation, part.id, {
		degree: null,
		hundredths: null
	});
	const allowed = allowedPoints(part, degree);
	const kept = current.hundredths !== null && allowed.length > 1 && allowed.includes(current.hundredths / 100) ? current.hundredths : null;
	return withPart(evaluation, part.id, {
		degree,
		hundredths: kept
	});
}
function withObservation(evaluation, fieldId, text) {
	const observations = { ...evaluation.observations };
	if (text.trim() === "") delete observations[fieldId];
	else observations[fieldId] = text;
	return {
		...evaluation,
		observations
	};
}
function withDate(evaluation, date) {
	return {
		...evaluation,
		date
	};
}
/** Members with a name only (a box left empty is no member). */
function withMembers(evaluation, members) {
	return {
		...evaluation,
		members: members.map((m) => ({
			name: m.name.trim(),
			quality: m.quality.trim(),
			signed: m.signed
		})).filter((m) => m.name !== "")
	};
}
/** True when nothing is entered: such an evaluation is not worth a record. */
function isBlankEvaluation(evaluation) {
	const partsBlank = Object.values(evaluation.parts).every((p) => p.degree === null && p.hundredths === null && !p.bonus);
	return Object.keys(evaluation.levels).length === 0 && partsBlank && Object.values(evaluation.observations).every((t) => t.trim() === "") && evaluation.date === null && evaluation.members.length === 0;
}
var sameNumber = (mark, hundredths) => mark?.kind === "number" && mark.hundredths === hundredths;
/**
* On a grid whose mark is a sum (E22, E4 CCF): when the sum of the parts changes, it becomes the unit's
* mark; when a part is removed, a stored mark that was the old sum is cleared (the sum is no longer known).
* A change that leaves the sum as it was (a level, an observation) never touches the mark, so a code
* entered in the marks grid (AB for an absent candidate) stays. Null on commission grids.
*/
function derivedMarkChange(grid, before, after, current) {
	if (grid.mark.kind !== "sum") return null;
	const oldSum = before ? evaluationMark(grid, before) : null;
	const newSum = evaluationMark(grid, after);
	if (newSum !== null) {
		if (oldSum !== null && oldSum.hundredths === newSum.hundredths) return null;
		return sameNumber(current, newSum.hundredths) ? null : {
			kind: "set",
			mark: newSum
		};
	}
	if (oldSum !== null && sameNumber(current, oldSum.hundredths)) return { kind: "clear" };
	return null;
}
/** Criteria without a level (nor « non mobilisé »). */
function unratedCount(grid, evaluation) {
	return gridCriteria(grid).filter(({ criterion }) => !evaluation?.levels[criterion.id]).length;
}
/**
* « Évalué » in the teacher's progress: every criterion rated (or non mobilisé) and a mark (on a sum grid,
* every part entered). A code in the marks table (AB, ABJ, NV, DI) also counts: there is nothing to rate.
*/
function isEvaluated(grid, evaluation, mark) {
	if (mark && mark.kind !== "empty" && mark.kind !== "number") return true;
	if (unratedCount(grid, evaluation) > 0) return false;
	if (grid.mark.kind === "sum") return evaluation !== null && evaluationMark(grid, evaluation) !== null;
	return mark?.kind === "number";
}
// src/domain/grids/layout.ts
var CLOSING = /* @__PURE__ */ new Set([
	"conclusion",
	"appreciation",
	"commentaires"
]);
function gridLayout(grid) {
	const byPart = new Map(grid.parts.map((p) => [p.id, []]));
	const before = [];
	const after = [];
	for (const field of grid.fields.observations) {
		const part = grid.parts.find((p) => field.headings[0] === p.title);
		if (part) byPart.get(part.id).push(field);
		else if (CLOSING.has(field.id)) after.push(field);
		else before.push(field);
	}
	return {
		before,
		byPart,
		after
	};
}
/** The words of each level for a control or a column: the grid's legend, else the usual ones. */
var LEVEL_WORDS = {
	TI: "Très insuffisant",
	I: "Insuffisant",
	S: "Satisfaisant",
	TS: "Très satisfaisant",
	NM: "Non mobilisé"
};
// src/domain/grids/index.ts
/**
* Which grids a regulation has, and which grid serves a unit in a given form.
*
* Grids are part of the regulation object (`Regulation.grids`, optional): a session's copy of its
* regulation carries them, so they never change under a closed session. A preset id is accepted where
* only the built-in grids are meant (tests, documents of a preset).
*/
function regulationFor(regulation) {
	return typeof regulation === "string" ? getPreset(regulation) : regulation;
}
/** Every grid of a regulation (empty when it has none). */
function gridsFor(regulation) {
	return regulationFor(regulation)?.grids ?? [];
}
/** The grid with this id in a regulation (by default: in any built-in preset). */
function gridById(id, regulation) {
	if (regulation) return (regulation.grids ?? []).find((g) => g.id === id);
	for (const preset of Object.values(presets)) {
		const grid = (preset.grids ?? []).find((g) => g.id === id);
		if (grid) return grid;
	}
}
/**
* The grid a commission fills in for a unit taken in a form, or undefined when the circular gives none
* (units without a grid in the regulation). The unit may be named by one of its aliases.
*/
function gridFor(unitCode, form, regulation) {
	let code = unitCode.trim().toUpperCase();
	const found = regulationFor(regulation);
	if (found) {
		const unit = found.units.find((u) => u.code.toUpperCase() === code || (u.aliases ?? []).some((a) => a.toUpperCase() === code));
		if (unit) code = unit.code.toUpperCase();
	}
	return gridsFor(regulation).find((g) => g.unitCode.toUpperCase() === code && (g.form === form || g.form === "both"));
}
export { NON_MOBILISE as A, partHundredths as C, validateGrid as D, validateEvaluation as E, DEGREES as O, levelProfile as S, summarizeLevels as T, allowedPoints as _, gridLayout as a, evaluationMark as b, isEvaluated as c, withDate as d, withDegree as f, withPart as g, withObservation as h, LEVEL_WORDS as i, RATINGS as j, LEVELS as k, sumFormula as l, withMembers as m, gridFor as n, derivedMarkChange as o, withLevel as p, gridsFor as r, isBlankEvaluation as s, gridById as t, unratedCount as u, emptyEvaluation as v, summarizeDegrees as w, gridCriteria as x, evaluationGaps as y };
