// src/domain/regulation.ts
function isCompulsory(unit) {
	return unit.domain !== "optional";
}
function optionalUnits(regulation) {
	return regulation.units.filter((u) => u.domain === "optional");
}
/** `ef1, EF3` → `['EF1', 'EF3']` (regulation order, no duplicates), refusing codes that are not optional units. */
function parseOptionalUnits(text, regulation) {
	const optional = optionalUnits(regulation);
	const codes = text.split(/[\s,;+]+/).map((c) => c.trim().toUpperCase()).filter((c) => c !== "");
	const chosen = /* @__PURE__ */ new Set();
	for (const code of codes) {
		const unit = optional.find((u) => u.code.toUpperCase() === code || u.aliases?.some((a) => a.toUpperCase() === code));
		if (!unit) return {
			ok: false,
			error: `« ${code} » n'est pas une épreuve facultative de cette session (possibles : ${optional.map((u) => u.code).join(", ") || "aucune"})`
		};
		chosen.add(unit.code);
	}
	return {
		ok: true,
		value: optional.filter((u) => chosen.has(u.code)).map((u) => u.code)
	};
}
function findUnit(regulation, code) {
	return regulation.units.find((u) => u.code === code);
}
function findControleUnit(regulation, code) {
	return regulation.controle.units.find((u) => u.code === code);
}
var CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/**
* Checks a regulation's internal consistency (built-in presets, the editor, imported files); each fault
* names its field. Empty when valid. The shapes of the fields are checked by checkRegulationData.
*/
function regulationProblems(regulation) {
	const problems = [];
	const add = (field, message) => problems.push({
		field,
		message
	});
	if (regulation.id.trim() === "" || !CODE_PATTERN.test(regulation.id)) add("id", "identifiant attendu (lettres, chiffres, tirets), sans espace");
	if (regulation.name.trim() === "") add("name", "nom obligatoire");
	if (regulation.diploma.trim() === "") add("diploma", "intitulé du diplôme obligatoire");
	if (!Number.isInteger(regulation.firstSession) || regulation.firstSession < 2e3 || regulation.firstSession > 2100) add("firstSession", "année entière entre 2000 et 2100 attendue");
	if (!(regulation.maxMark > 0) || !hasAtMostTwoDecimals(regulation.maxMark)) add("maxMark", "note maximale positive attendue (2 décimales au plus)");
	const inRange = (field, value) => {
		if (!(value >= 0 && value <= regulation.maxMark) || !hasAtMostTwoDecimals(value)) {
			add(field, `nombre entre 0 et ${regulation.maxMark} attendu (2 décimales au plus)`);
			return false;
		}
		return true;
	};
	const names = /* @__PURE__ */ new Map();
	regulation.units.forEach((unit, index) => {
		const at = `units[${index}]`;
		const code = unit.code.trim().toUpperCase();
		if (code === "" || !CODE_PATTERN.test(unit.code)) add(`${at}.code`, "code attendu (lettres et chiffres, sans espace)");
		else if (code.startsWith("CONTROLE_")) add(`${at}.code`, `« ${unit.code} » : un code ne peut pas commencer par « controle_ »`);
		for (const [k, spelling] of [unit.code, ...unit.aliases ?? []].entries()) {
			const key = spelling.trim().toUpperCase();
			if (key === "") continue;
			const other = names.get(key);
			if (other !== void 0) add(k === 0 ? `${at}.code` : `${at}.aliases`, `« ${spelling} » déjà utilisé par l'épreuve ${other}`);
			else names.set(key, unit.code);
		}
		if (unit.name.trim() === "") add(`${at}.name`, `intitulé de l'épreuve ${unit.code} obligatoire`);
		if (unit.domain === "optional") {
			if (unit.coefficient !== null) add(`${at}.coefficient`, `épreuve facultative ${unit.code} : pas de coefficient attendu (null)`);
		} else if (unit.coefficient === null || !(unit.coefficient > 0) || unit.coefficient > 100 || !hasAtMostTwoDecimals(unit.coefficient)) add(`${at}.coefficient`, `épreuve ${unit.code} : coefficient invalide (nombre positif, 2 décimales au plus)`);
	});
	if (!regulation.units.some((u) => u.domain === "professional")) add("units", "aucune épreuve du domaine professionnel");
	const c = regulation.controle;
	if (!Number.isInteger(c.maxUnits) || c.maxUnits < 0 || c.maxUnits > c.units.length) add("controle.maxUnits", `nombre entier entre 0 et ${c.units.length} attendu`);
	const controleCodes = /* @__PURE__ */ new Set();
	const coveredBy = /* @__PURE__ */ new Map();
	c.units.forEach((cu, index) => {
		const at = `controle.units[${index}]`;
		const code = cu.code.trim().toUpperCase();
		if (code === "" || !CODE_PATTERN.test(cu.code)) add(`${at}.code`, "code attendu (lettres et chiffres, sans espace)");
		else if (controleCodes.has(code)) add(`${at}.code`, `épreuve de contrôle ${cu.code} définie deux fois`);
		controleCodes.add(code);
		if (cu.name.trim() === "") add(`${at}.name`, `intitulé de l'épreuve de contrôle ${cu.code} obligatoire`);
		if (cu.covers.length === 0) add(`${at}.covers`, `l'épreuve de contrôle ${cu.code} ne remplace aucune épreuve`);
		for (const covered of cu.covers) {
			const unit = findUnit(regulation, covered);
			if (!unit) add(`${at}.covers`, `contrôle ${cu.code} : épreuve ${covered} inconnue`);
			else if (unit.domain !== "general") add(`${at}.covers`, `contrôle ${cu.code} : l'épreuve ${covered} n'est pas du domaine général (${unit.domain === "optional" ? "facultative" : "professionnelle"})`);
			else if (coveredBy.has(covered)) add(`${at}.covers`, `l'épreuve ${covered} est déjà remplacée par le contrôle ${coveredBy.get(covered)}`);
			else coveredBy.set(covered, cu.code);
		}
	});
	const t = regulation.thresholds;
	const okAdmis = inRange("thresholds.admis", t.admis);
	const okControle = inRange("thresholds.controleMin", t.controleMin);
	inRange("thresholds.professionalMin", t.professionalMin);
	if (okAdmis && okControle && !(t.controleMin <= t.admis)) add("thresholds.controleMin", `seuils incohérents : le seuil du contrôle (${t.controleMin}) dépasse celui de l'admission (${t.admis})`);
	inRange("bonusBase", regulation.bonusBase);
	const codes = new Set(regulation.units.map((u) => u.code));
	(regulation.grids ?? []).forEach((grid, index) => {
		if (!codes.has(grid.unitCode)) add(`grids[${index}].unitCode`, `épreuve ${grid.unitCode} inconnue`);
	});
	(regulation.livret?.subjects ?? []).forEach((subject, index) => {
		for (const code of subject.units) if (!codes.has(code)) add(`livret.subjects[${index}].units`, `épreuve ${code} inconnue`);
	});
	(regulation.conformity ?? []).forEach((spec, index) => {
		const unit = findUnit(regulation, spec.code);
		if (!unit || !unit.nvAllowed) add(`conformity[${index}].code`, `épreuve ${spec.code} inconnue ou sans NV permis`);
	});
	const stage = regulation.stage;
	if (stage && !(stage.minWeeks >= 0 && stage.minWeeks <= stage.maxWeeks && stage.consecutiveYear1Weeks >= 0 && stage.consecutiveYear1Weeks <= stage.maxWeeks)) add("stage", "durées de stage incohérentes (minimum ≤ maximum)");
	return problems;
}
function hasAtMostTwoDecimals(x) {
	return Number.isFinite(x) && Math.abs(x * 100 - Math.round(x * 100)) < 1e-9;
}
export { parseOptionalUnits as a, optionalUnits as i, findUnit as n, regulationProblems as o, isCompulsory as r, findControleUnit as t };
