import { o as regulationProblems } from "./regulation-CUY09-RS.js";
// src/domain/regulation-data.ts
/**
* Reads a regulation from plain data (a regulation file, a backup, a stored session) without trusting it:
* every field's shape is checked, then its consistency (regulationProblems). A bad regulation is refused
* whole, every fault named by its field (`units[3].coefficient : nombre attendu`).
*
* Fields beyond the core (grids, livret, conformity, stage) are optional; they are checked for the shape
* the app reads, and kept as given.
*/
var DOMAINS = [
	"general",
	"professional",
	"optional"
];
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function checkRegulationData(raw) {
	const errors = [];
	const fail = (field, message) => {
		errors.push(`${field} : ${message}`);
	};
	if (!isObject(raw)) return {
		ok: false,
		errors: ["réglementation : objet JSON attendu"]
	};
	const str = (obj, key, at) => {
		const v = obj[key];
		if (typeof v !== "string") return fail(at, v === void 0 ? "champ obligatoire absent" : "texte attendu") ?? "";
		return v;
	};
	const num = (obj, key, at) => {
		const v = obj[key];
		if (typeof v !== "number" || !Number.isFinite(v)) return fail(at, v === void 0 ? "champ obligatoire absent" : "nombre attendu") ?? 0;
		return v;
	};
	const bool = (obj, key, at) => {
		const v = obj[key];
		if (typeof v !== "boolean") return fail(at, v === void 0 ? "champ obligatoire absent" : "true ou false attendu") ?? false;
		return v;
	};
	const strings = (v, at) => {
		if (!Array.isArray(v)) return fail(at, "liste de textes attendue") ?? [];
		const out = [];
		v.forEach((item, i) => typeof item === "string" ? out.push(item) : fail(`${at}[${i}]`, "texte attendu"));
		return out;
	};
	const units = [];
	if (!Array.isArray(raw.units)) fail("units", raw.units === void 0 ? "champ obligatoire absent" : "liste attendue");
	else if (raw.units.length === 0) fail("units", "au moins une épreuve attendue");
	else raw.units.forEach((item, index) => {
		const at = `units[${index}]`;
		if (!isObject(item)) return fail(at, "objet attendu");
		const domain = item.domain;
		if (typeof domain !== "string" || !DOMAINS.includes(domain)) fail(`${at}.domain`, "« general », « professional » ou « optional » attendu");
		const coefficient = item.coefficient;
		if (coefficient !== null && (typeof coefficient !== "number" || !Number.isFinite(coefficient))) fail(`${at}.coefficient`, coefficient === void 0 ? "champ obligatoire absent (null pour une épreuve facultative)" : "nombre attendu (ou null pour une épreuve facultative)");
		const unit = {
			code: str(item, "code", `${at}.code`),
			name: str(item, "name", `${at}.name`),
			coefficient: typeof coefficient === "number" ? coefficient : null,
			domain: DOMAINS.includes(domain) ? domain : "general",
			mayBeCcf: bool(item, "mayBeCcf", `${at}.mayBeCcf`),
			nvAllowed: bool(item, "nvAllowed", `${at}.nvAllowed`),
			dispensable: bool(item, "dispensable", `${at}.dispensable`)
		};
		if (item.aliases !== void 0) unit.aliases = strings(item.aliases, `${at}.aliases`);
		units.push(unit);
	});
	const controleUnits = [];
	let maxUnits = 0;
	if (!isObject(raw.controle)) fail("controle", raw.controle === void 0 ? "champ obligatoire absent" : "objet attendu");
	else {
		maxUnits = num(raw.controle, "maxUnits", "controle.maxUnits");
		const list = raw.controle.units;
		if (!Array.isArray(list)) fail("controle.units", "liste attendue");
		else list.forEach((item, index) => {
			const at = `controle.units[${index}]`;
			if (!isObject(item)) return fail(at, "objet attendu");
			controleUnits.push({
				code: str(item, "code", `${at}.code`),
				name: str(item, "name", `${at}.name`),
				covers: strings(item.covers, `${at}.covers`)
			});
		});
	}
	let thresholds = {
		admis: 0,
		controleMin: 0,
		professionalMin: 0
	};
	if (!isObject(raw.thresholds)) fail("thresholds", raw.thresholds === void 0 ? "champ obligatoire absent" : "objet attendu");
	else {
		const t = raw.thresholds;
		thresholds = {
			admis: num(t, "admis", "thresholds.admis"),
			controleMin: num(t, "controleMin", "thresholds.controleMin"),
			professionalMin: num(t, "professionalMin", "thresholds.professionalMin")
		};
	}
	const regulation = {
		id: str(raw, "id", "id"),
		name: str(raw, "name", "name"),
		diploma: str(raw, "diploma", "diploma"),
		firstSession: num(raw, "firstSession", "firstSession"),
		units,
		controle: {
			units: controleUnits,
			maxUnits
		},
		thresholds,
		bonusBase: num(raw, "bonusBase", "bonusBase"),
		maxMark: num(raw, "maxMark", "maxMark")
	};
	if (raw.grids !== void 0 && raw.grids !== null) {
		if (!Array.isArray(raw.grids)) fail("grids", "liste attendue");
		else {
			raw.grids.forEach((g, i) => {
				const at = `grids[${i}]`;
				if (!isObject(g)) return fail(at, "objet attendu");
				str(g, "id", `${at}.id`);
				str(g, "unitCode", `${at}.unitCode`);
				str(g, "title", `${at}.title`);
				if (g.form !== "CCF" && g.form !== "ponctuel" && g.form !== "both") fail(`${at}.form`, "« CCF », « ponctuel » ou « both » attendu");
				if (!Array.isArray(g.parts)) fail(`${at}.parts`, "liste attendue");
				if (!isObject(g.mark)) fail(`${at}.mark`, "objet attendu");
				if (!isObject(g.fields)) fail(`${at}.fields`, "objet attendu");
			});
			regulation.grids = raw.grids;
		}
	}
	if (raw.livret !== void 0 && raw.livret !== null) {
		if (!isObject(raw.livret) || !Array.isArray(raw.livret.subjects)) fail("livret", "objet avec une liste « subjects » attendu");
		else {
			raw.livret.subjects.forEach((s, i) => {
				const at = `livret.subjects[${i}]`;
				if (!isObject(s)) return fail(at, "objet attendu");
				str(s, "id", `${at}.id`);
				str(s, "label", `${at}.label`);
				strings(s.units, `${at}.units`);
			});
			regulation.livret = raw.livret;
		}
	}
	if (raw.conformity !== void 0 && raw.conformity !== null) {
		if (!Array.isArray(raw.conformity)) fail("conformity", "liste attendue");
		else {
			raw.conformity.forEach((c, i) => {
				const at = `conformity[${i}]`;
				if (!isObject(c)) return fail(at, "objet attendu");
				str(c, "code", `${at}.code`);
				str(c, "noticeCode", `${at}.noticeCode`);
				if (!isObject(c.fiche)) fail(`${at}.fiche`, "objet attendu");
			});
			regulation.conformity = raw.conformity;
		}
	}
	if (raw.stage !== void 0 && raw.stage !== null) {
		if (!isObject(raw.stage)) fail("stage", "objet attendu");
		else regulation.stage = {
			minWeeks: num(raw.stage, "minWeeks", "stage.minWeeks"),
			maxWeeks: num(raw.stage, "maxWeeks", "stage.maxWeeks"),
			consecutiveYear1Weeks: num(raw.stage, "consecutiveYear1Weeks", "stage.consecutiveYear1Weeks")
		};
	}
	if (errors.length > 0) return {
		ok: false,
		errors
	};
	const problems = regulationProblems(regulation).map((p) => `${p.field} : ${p.message}`);
	return problems.length > 0 ? {
		ok: false,
		errors: problems
	} : {
		ok: true,
		value: regulation
	};
}
export { checkRegulationData as t };
