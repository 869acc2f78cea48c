import { A as append, C as each, E as if_block, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, P as props_id, Y as sibling, c as bind_value, ct as to_array, d as set_attribute, et as user_derived, h as init_select, k as set_text, m as bind_select_value, nt as pop, o as bind_checked, ot as reset, q as first_child, r as prop, rt as push, u as remove_input_defaults, v as set_class, w as index, z as get } from "./disclose-version-DzsNc0kE.js";
import { t as checkRegulationData } from "./regulation-data-CNGROMi6.js";
// src/ui/regulation/draft.ts
/**
* The regulation editor's working copy: every field as the user types it (coefficients `1,5`), turned back
* into plain regulation data for the checks (checkRegulationData) and the save. Faults are keyed by field
* (`units[3].coefficient`) so each shows next to its input.
*/
var frNumber = (n) => n === null ? "" : String(n).replace(".", ",");
var list = (text) => text.split(/[\s,;+]+/).map((s) => s.trim()).filter((s) => s !== "");
/** `12,5` → 12.5; empty or not a number → NaN (the checks then name the field). */
function parseDecimal(text) {
	const t = text.trim().replace(",", ".");
	return t === "" || !/^-?\d+(\.\d+)?$/.test(t) ? NaN : Number(t);
}
function draftOf(regulation) {
	return {
		base: regulation,
		id: regulation.id,
		name: regulation.name,
		diploma: regulation.diploma,
		firstSession: String(regulation.firstSession),
		units: regulation.units.map((u) => ({
			code: u.code,
			name: u.name,
			coefficient: frNumber(u.coefficient),
			domain: u.domain,
			mayBeCcf: u.mayBeCcf,
			nvAllowed: u.nvAllowed,
			dispensable: u.dispensable,
			aliases: (u.aliases ?? []).join(", ")
		})),
		controle: regulation.controle.units.map((c) => ({
			code: c.code,
			name: c.name,
			covers: c.covers.join(", ")
		})),
		maxUnits: String(regulation.controle.maxUnits),
		admis: frNumber(regulation.thresholds.admis),
		controleMin: frNumber(regulation.thresholds.controleMin),
		professionalMin: frNumber(regulation.thresholds.professionalMin),
		bonusBase: frNumber(regulation.bonusBase),
		maxMark: frNumber(regulation.maxMark)
	};
}
/** A blank regulation: one general and one professional unit to fill in, the usual BTS thresholds. */
function blankDraft(year) {
	return {
		base: null,
		id: `reglementation-${year}`,
		name: `Réglementation ${year}`,
		diploma: "BTS",
		firstSession: String(year),
		units: [{
			code: "U1",
			name: "",
			coefficient: "",
			domain: "general",
			mayBeCcf: false,
			nvAllowed: false,
			dispensable: true,
			aliases: ""
		}, {
			code: "U2",
			name: "",
			coefficient: "",
			domain: "professional",
			mayBeCcf: false,
			nvAllowed: false,
			dispensable: false,
			aliases: ""
		}],
		controle: [],
		maxUnits: "0",
		admis: "10",
		controleMin: "8",
		professionalMin: "10",
		bonusBase: "10",
		maxMark: "20"
	};
}
function emptyUnit() {
	return {
		code: "",
		name: "",
		coefficient: "",
		domain: "general",
		mayBeCcf: false,
		nvAllowed: false,
		dispensable: false,
		aliases: ""
	};
}
/** The draft as plain regulation data (not yet checked). */
function dataOfDraft(draft) {
	const units = draft.units.map((u) => {
		const aliases = list(u.aliases);
		return {
			code: u.code.trim(),
			name: u.name.trim(),
			coefficient: u.domain === "optional" && u.coefficient.trim() === "" ? null : parseDecimal(u.coefficient),
			domain: u.domain,
			mayBeCcf: u.mayBeCcf,
			nvAllowed: u.nvAllowed,
			dispensable: u.dispensable,
			...aliases.length > 0 ? { aliases } : {}
		};
	});
	const codes = new Set(units.map((u) => u.code));
	const nv = new Set(units.filter((u) => u.nvAllowed).map((u) => u.code));
	const data = {
		id: draft.id.trim(),
		name: draft.name.trim(),
		diploma: draft.diploma.trim(),
		firstSession: parseDecimal(draft.firstSession),
		units,
		controle: {
			units: draft.controle.map((c) => ({
				code: c.code.trim(),
				name: c.name.trim(),
				covers: list(c.covers)
			})),
			maxUnits: parseDecimal(draft.maxUnits)
		},
		thresholds: {
			admis: parseDecimal(draft.admis),
			controleMin: parseDecimal(draft.controleMin),
			professionalMin: parseDecimal(draft.professionalMin)
		},
		bonusBase: parseDecimal(draft.bonusBase),
		maxMark: parseDecimal(draft.maxMark)
	};
	const base = draft.base;
	if (base?.grids) data.grids = base.grids.filter((g) => codes.has(g.unitCode));
	if (base?.livret) data.livret = {
		...base.livret,
		subjects: base.livret.subjects.map((s) => ({
			...s,
			units: s.units.filter((u) => codes.has(u))
		}))
	};
	if (base?.conformity) data.conformity = base.conformity.filter((c) => nv.has(c.code));
	if (base?.stage) data.stage = base.stage;
	return JSON.parse(JSON.stringify(data));
}
function checkDraft(draft) {
	const result = checkRegulationData(dataOfDraft(draft));
	const byField = /* @__PURE__ */ new Map();
	if (result.ok) return {
		regulation: result.value,
		byField,
		all: []
	};
	for (const line of result.errors) {
		const at = line.indexOf(" : ");
		const field = at > 0 ? line.slice(0, at) : "";
		const message = at > 0 ? line.slice(at + 3) : line;
		byField.set(field, [...byField.get(field) ?? [], message]);
	}
	return {
		regulation: null,
		byField,
		all: result.errors
	};
}
function unitOut(u) {
	return {
		code: u.code,
		name: u.name,
		coefficient: u.coefficient,
		domain: u.domain,
		mayBeCcf: u.mayBeCcf,
		nvAllowed: u.nvAllowed,
		dispensable: u.dispensable,
		...u.aliases && u.aliases.length > 0 ? { aliases: [...u.aliases] } : {}
	};
}
/** The file's text: pretty-printed JSON (2 spaces), ending with a newline. */
function regulationFileText(regulation) {
	const out = {
		format: 1,
		id: regulation.id,
		name: regulation.name,
		diploma: regulation.diploma,
		firstSession: regulation.firstSession,
		units: regulation.units.map(unitOut),
		controle: {
			units: regulation.controle.units.map((c) => ({
				code: c.code,
				name: c.name,
				covers: [...c.covers]
			})),
			maxUnits: regulation.controle.maxUnits
		},
		thresholds: {
			admis: regulation.thresholds.admis,
			controleMin: regulation.thresholds.controleMin,
			professionalMin: regulation.thresholds.professionalMin
		},
		bonusBase: regulation.bonusBase,
		maxMark: regulation.maxMark
	};
	if (regulation.stage) out.stage = regulation.stage;
	if (regulation.conformity) out.conformity = regulation.conformity;
	if (regulation.livret) out.livret = regulation.livret;
	if (regulation.grids && regulation.grids.length > 0) out.grids = regulation.grids;
	return `${JSON.stringify(out, null, 2)}\n`;
}
/** `reglementation-bts-ccst-2025.json`. */
function regulationFileName(regulation) {
	return `reglementation-${regulation.id.replace(/[^A-Za-z0-9_.-]+/g, "-")}.json`;
}
/** Reads a regulation file (bytes or text); every fault in French, naming its field. */
function readRegulationFile(input) {
	let text;
	if (typeof input === "string") text = input;
	else try {
		text = new TextDecoder("utf-8", { fatal: true }).decode(input);
	} catch {
		return {
			ok: false,
			errors: ["le fichier n'est pas un texte UTF-8 (enregistrez-le en UTF-8)"]
		};
	}
	text = text.replace(/^\uFEFF/, "");
	let raw;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		return {
			ok: false,
			errors: [`le fichier n'est pas un JSON valide (${error.message})`]
		};
	}
	if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return {
		ok: false,
		errors: ["le fichier doit contenir un objet JSON { … }"]
	};
	const format = raw.format;
	if (format === void 0) return {
		ok: false,
		errors: ["format : champ obligatoire absent (1 pour ce fichier)"]
	};
	if (format !== 1) return {
		ok: false,
		errors: [`format : version ${JSON.stringify(format)} non prise en charge (cette version de Délib lit la version 1)`]
	};
	const { format: _format, ...rest } = raw;
	return checkRegulationData(rest);
}
// src/ui/regulation/RegulationEditor.svelte
var root = from_html(`<span class="field-error svelte-acvlli"> </span>`);
var root_1 = from_html(`<div class="field svelte-acvlli"><label> </label> <input type="text"/> <!></div>`);
var root_2 = from_html(`<option> </option>`);
var root_3 = from_html(`<tr class="problems"><td colspan="9" class="svelte-acvlli"><span class="field-error svelte-acvlli" role="status"> </span></td></tr>`);
var root_4 = from_html(`<tr><td class="svelte-acvlli"><input class="code svelte-acvlli" type="text"/></td><td class="svelte-acvlli"><input class="name svelte-acvlli" type="text"/></td><td class="svelte-acvlli"><input class="coef svelte-acvlli" type="text" inputmode="decimal"/></td><td class="svelte-acvlli"><select></select></td><td class="check svelte-acvlli"><input type="checkbox"/></td><td class="check svelte-acvlli"><input type="checkbox"/></td><td class="check svelte-acvlli"><input type="checkbox"/></td><td class="svelte-acvlli"><input class="aliases svelte-acvlli" type="text"/></td><td class="svelte-acvlli"><button type="button" class="remove svelte-acvlli">×</button></td></tr> <!>`, 1);
var root_5 = from_html(`<p class="field-error svelte-acvlli"> </p>`);
var root_6 = from_html(`<tr class="problems"><td colspan="4" class="svelte-acvlli"><span class="field-error svelte-acvlli" role="status"> </span></td></tr>`);
var root_7 = from_html(`<tr><td class="svelte-acvlli"><input class="code svelte-acvlli" type="text"/></td><td class="svelte-acvlli"><input class="name svelte-acvlli" type="text"/></td><td class="svelte-acvlli"><input class="covers svelte-acvlli" type="text"/></td><td class="svelte-acvlli"><button type="button" class="remove svelte-acvlli">×</button></td></tr> <!>`, 1);
var root_8 = from_html(`<div class="field svelte-acvlli"><label> </label> <input class="small svelte-acvlli" type="text" inputmode="decimal"/> <!></div>`);
var root_9 = from_html(`<p class="summary svelte-acvlli" role="status"> </p>`);
var root_10 = from_html(`<div class="regulation-editor svelte-acvlli"><p class="warning svelte-acvlli">Réglementation à vérifier sur la circulaire nationale de la session : les valeurs proposées par Délib sont lues dans les textes officiels ou, à défaut,
    déduites (le détail figure dans la documentation, « Réglementation »). Cette copie appartient à la session ; la modifier ne change aucune autre session.</p> <fieldset class="svelte-acvlli"><legend class="svelte-acvlli">Réglementation</legend> <div class="row svelte-acvlli"></div></fieldset> <fieldset class="svelte-acvlli"><legend class="svelte-acvlli">Épreuves</legend> <table class="units svelte-acvlli" aria-label="Épreuves de la réglementation"><thead><tr><th scope="col" class="svelte-acvlli">Code</th><th scope="col" class="svelte-acvlli">Intitulé</th><th scope="col" class="svelte-acvlli">Coefficient</th><th scope="col" class="svelte-acvlli">Domaine</th><th scope="col" class="svelte-acvlli">CCF possible</th><th scope="col" class="svelte-acvlli">NV permis</th><th scope="col" class="svelte-acvlli">DI permis</th><th scope="col" class="svelte-acvlli">Autres codes</th><th scope="col" class="svelte-acvlli"><span class="visually-hidden svelte-acvlli">Supprimer</span></th></tr></thead><tbody></tbody></table> <!> <button type="button">Ajouter une épreuve</button></fieldset> <fieldset class="svelte-acvlli"><legend class="svelte-acvlli">Épreuves de contrôle</legend> <table class="units svelte-acvlli" aria-label="Épreuves de contrôle"><thead><tr><th scope="col" class="svelte-acvlli">Code</th><th scope="col" class="svelte-acvlli">Intitulé</th><th scope="col" class="svelte-acvlli">Remplace les épreuves</th><th scope="col" class="svelte-acvlli"><span class="visually-hidden svelte-acvlli">Supprimer</span></th></tr></thead><tbody></tbody></table> <button type="button">Ajouter une épreuve de contrôle</button></fieldset> <fieldset class="svelte-acvlli"><legend class="svelte-acvlli">Seuils</legend> <div class="row svelte-acvlli"></div></fieldset> <!></div>`);
function RegulationEditor($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	let draft = prop($$props, "draft", 15), readonly = prop($$props, "readonly", 3, false);
	const check = user_derived(() => checkDraft(draft()));
	const faults = (field) => get(check).byField.get(field) ?? [];
	const rowFaults = (prefix) => [...get(check).byField.entries()].filter(([f]) => f === prefix || f.startsWith(`${prefix}.`)).flatMap(([, m]) => m);
	const DOMAINS = [
		{
			value: "general",
			label: "Général"
		},
		{
			value: "professional",
			label: "Professionnel"
		},
		{
			value: "optional",
			label: "Facultatif"
		}
	];
	var div = root_10();
	var fieldset = sibling(child(div), 2);
	var div_1 = sibling(child(fieldset), 2);
	each(div_1, 20, () => [
		["name", "Nom"],
		["diploma", "Diplôme"],
		["id", "Identifiant"],
		["firstSession", "Première session"]
	], ([key, label]) => key, ($$anchor, $$item) => {
		var $$array = user_derived(() => to_array($$item, 2));
		let key = () => get($$array)[0];
		let label = () => get($$array)[1];
		var div_2 = root_1();
		var label_1 = child(div_2);
		var text = only_child(label_1, true);
		var input = sibling(label_1, 2);
		remove_input_defaults(input);
		let classes;
		var node = sibling(input, 2);
		var consequent = ($$anchor) => {
			var span = root();
			var text_1 = only_child(span, true);
			template_effect(($0) => {
				set_attribute(span, "id", `${uid}-${key() ?? ""}-error`);
				set_text(text_1, $0);
			}, [() => faults(key()).join(" ; ")]);
			append($$anchor, span);
		};
		var d_1 = user_derived(() => faults(key()).length > 0);
		if_block(node, ($$render) => {
			if (get(d_1)) $$render(consequent);
		});
		reset(div_2);
		template_effect(($0, $1) => {
			set_attribute(label_1, "for", `${uid}-${key() ?? ""}`);
			set_text(text, label());
			set_attribute(input, "id", `${uid}-${key() ?? ""}`);
			set_attribute(input, "aria-invalid", $0);
			set_attribute(input, "aria-describedby", $1);
			classes = set_class(input, 1, "svelte-acvlli", null, classes, { wide: key() === "name" || key() === "diploma" });
		}, [() => faults(key()).length > 0 ? "true" : void 0, () => faults(key()).length > 0 ? `${uid}-${key()}-error` : void 0]);
		bind_value(input, () => draft()[key()], ($$value) => draft(draft()[key()] = $$value, true));
		append($$anchor, div_2);
	});
	reset(div_1);
	reset(fieldset);
	var fieldset_1 = sibling(fieldset, 2);
	var table = sibling(child(fieldset_1), 2);
	var tbody = sibling(child(table));
	each(tbody, 21, () => draft().units, index, ($$anchor, unit, i) => {
		const problems = user_derived(() => rowFaults(`units[${i}]`));
		var fragment = root_4();
		var tr = first_child(fragment);
		let classes_1;
		var td = child(tr);
		var input_1 = child(td);
		remove_input_defaults(input_1);
		set_attribute(input_1, "aria-label", `Code de l’épreuve ${i + 1}`);
		reset(td);
		var td_1 = sibling(td);
		var input_2 = child(td_1);
		remove_input_defaults(input_2);
		reset(td_1);
		var td_2 = sibling(td_1);
		var input_3 = child(td_2);
		remove_input_defaults(input_3);
		reset(td_2);
		var td_3 = sibling(td_2);
		var select = child(td_3);
		each(select, 21, () => DOMAINS, (d) => d.value, ($$anchor, d) => {
			var option = root_2();
			var text_2 = only_child(option, true);
			var option_value = {};
			template_effect(() => {
				set_text(text_2, get(d).label);
				if (option_value !== (option_value = get(d).value)) option.value = (option.__value = option_value) ?? "";
			});
			append($$anchor, option);
		});
		reset(select);
		init_select(select);
		reset(td_3);
		var td_4 = sibling(td_3);
		var input_4 = child(td_4);
		remove_input_defaults(input_4);
		reset(td_4);
		var td_5 = sibling(td_4);
		var input_5 = child(td_5);
		remove_input_defaults(input_5);
		reset(td_5);
		var td_6 = sibling(td_5);
		var input_6 = child(td_6);
		remove_input_defaults(input_6);
		reset(td_6);
		var td_7 = sibling(td_6);
		var input_7 = child(td_7);
		remove_input_defaults(input_7);
		reset(td_7);
		var td_8 = sibling(td_7);
		var button = only_child(td_8);
		reset(tr);
		var node_1 = sibling(tr, 2);
		var consequent_1 = ($$anchor) => {
			var tr_1 = root_3();
			var td_9 = child(tr_1);
			var span_1 = child(td_9);
			var text_3 = only_child(span_1, true);
			reset(td_9);
			reset(tr_1);
			template_effect(($0) => set_text(text_3, $0), [() => get(problems).join(" ; ")]);
			append($$anchor, tr_1);
		};
		if_block(node_1, ($$render) => {
			if (get(problems).length > 0) $$render(consequent_1);
		});
		template_effect(($0, $1, $2) => {
			classes_1 = set_class(tr, 1, "svelte-acvlli", null, classes_1, { invalid: get(problems).length > 0 });
			set_attribute(input_1, "aria-invalid", $0);
			set_attribute(input_2, "aria-label", `Intitulé de l’épreuve ${get(unit).code ?? ""}`);
			set_attribute(input_2, "aria-invalid", $1);
			input_3.disabled = get(unit).domain === "optional";
			set_attribute(input_3, "aria-label", `Coefficient de ${get(unit).code ?? ""}`);
			set_attribute(input_3, "aria-invalid", $2);
			set_attribute(select, "aria-label", `Domaine de ${get(unit).code ?? ""}`);
			set_attribute(input_4, "aria-label", `${get(unit).code ?? ""} : CCF possible`);
			set_attribute(input_5, "aria-label", `${get(unit).code ?? ""} : NV permis`);
			set_attribute(input_6, "aria-label", `${get(unit).code ?? ""} : DI permis`);
			set_attribute(input_7, "aria-label", `Autres codes de ${get(unit).code ?? ""}`);
			set_attribute(button, "aria-label", `Supprimer l’épreuve ${get(unit).code ?? ""}`);
		}, [
			() => faults(`units[${i}].code`).length > 0 ? "true" : void 0,
			() => faults(`units[${i}].name`).length > 0 ? "true" : void 0,
			() => faults(`units[${i}].coefficient`).length > 0 ? "true" : void 0
		]);
		bind_value(input_1, () => get(unit).code, ($$value) => get(unit).code = $$value);
		bind_value(input_2, () => get(unit).name, ($$value) => get(unit).name = $$value);
		bind_value(input_3, () => get(unit).coefficient, ($$value) => get(unit).coefficient = $$value);
		delegated("change", select, () => get(unit).domain === "optional" && (get(unit).coefficient = ""));
		bind_select_value(select, () => get(unit).domain, ($$value) => get(unit).domain = $$value);
		bind_checked(input_4, () => get(unit).mayBeCcf, ($$value) => get(unit).mayBeCcf = $$value);
		bind_checked(input_5, () => get(unit).nvAllowed, ($$value) => get(unit).nvAllowed = $$value);
		bind_checked(input_6, () => get(unit).dispensable, ($$value) => get(unit).dispensable = $$value);
		bind_value(input_7, () => get(unit).aliases, ($$value) => get(unit).aliases = $$value);
		delegated("click", button, () => draft().units.splice(i, 1));
		append($$anchor, fragment);
	});
	reset(tbody);
	reset(table);
	var node_2 = sibling(table, 2);
	var consequent_2 = ($$anchor) => {
		var p = root_5();
		var text_4 = only_child(p, true);
		template_effect(($0) => set_text(text_4, $0), [() => faults("units").join(" ; ")]);
		append($$anchor, p);
	};
	var d_2 = user_derived(() => faults("units").length > 0);
	if_block(node_2, ($$render) => {
		if (get(d_2)) $$render(consequent_2);
	});
	var button_1 = sibling(node_2, 2);
	reset(fieldset_1);
	var fieldset_2 = sibling(fieldset_1, 2);
	var table_1 = sibling(child(fieldset_2), 2);
	var tbody_1 = sibling(child(table_1));
	each(tbody_1, 21, () => draft().controle, index, ($$anchor, cu, i) => {
		const problems = user_derived(() => rowFaults(`controle.units[${i}]`));
		var fragment_1 = root_7();
		var tr_2 = first_child(fragment_1);
		let classes_2;
		var td_10 = child(tr_2);
		var input_8 = child(td_10);
		remove_input_defaults(input_8);
		set_attribute(input_8, "aria-label", `Code du contrôle ${i + 1}`);
		reset(td_10);
		var td_11 = sibling(td_10);
		var input_9 = child(td_11);
		remove_input_defaults(input_9);
		reset(td_11);
		var td_12 = sibling(td_11);
		var input_10 = child(td_12);
		remove_input_defaults(input_10);
		reset(td_12);
		var td_13 = sibling(td_12);
		var button_2 = only_child(td_13);
		reset(tr_2);
		var node_3 = sibling(tr_2, 2);
		var consequent_3 = ($$anchor) => {
			var tr_3 = root_6();
			var td_14 = child(tr_3);
			var span_2 = child(td_14);
			var text_5 = only_child(span_2, true);
			reset(td_14);
			reset(tr_3);
			template_effect(($0) => set_text(text_5, $0), [() => get(problems).join(" ; ")]);
			append($$anchor, tr_3);
		};
		if_block(node_3, ($$render) => {
			if (get(problems).length > 0) $$render(consequent_3);
		});
		template_effect(($0) => {
			classes_2 = set_class(tr_2, 1, "svelte-acvlli", null, classes_2, { invalid: get(problems).length > 0 });
			set_attribute(input_9, "aria-label", `Intitulé du contrôle ${get(cu).code ?? ""}`);
			set_attribute(input_10, "aria-label", `Épreuves remplacées par le contrôle ${get(cu).code ?? ""}`);
			set_attribute(input_10, "aria-invalid", $0);
			set_attribute(button_2, "aria-label", `Supprimer le contrôle ${get(cu).code ?? ""}`);
		}, [() => faults(`controle.units[${i}].covers`).length > 0 ? "true" : void 0]);
		bind_value(input_8, () => get(cu).code, ($$value) => get(cu).code = $$value);
		bind_value(input_9, () => get(cu).name, ($$value) => get(cu).name = $$value);
		bind_value(input_10, () => get(cu).covers, ($$value) => get(cu).covers = $$value);
		delegated("click", button_2, () => draft().controle.splice(i, 1));
		append($$anchor, fragment_1);
	});
	reset(tbody_1);
	reset(table_1);
	var button_3 = sibling(table_1, 2);
	reset(fieldset_2);
	var fieldset_3 = sibling(fieldset_2, 2);
	var div_3 = sibling(child(fieldset_3), 2);
	each(div_3, 20, () => [
		[
			"maxUnits",
			"controle.maxUnits",
			"Épreuves de contrôle au plus"
		],
		[
			"admis",
			"thresholds.admis",
			"Admis à partir de"
		],
		[
			"controleMin",
			"thresholds.controleMin",
			"Contrôle à partir de"
		],
		[
			"professionalMin",
			"thresholds.professionalMin",
			"Moyenne professionnelle exigée pour le contrôle"
		],
		[
			"bonusBase",
			"bonusBase",
			"Facultatives : points au-dessus de"
		]
	], ([key, field, label]) => key, ($$anchor, $$item) => {
		var $$array_1 = user_derived(() => to_array($$item, 3));
		let key = () => get($$array_1)[0];
		let field = () => get($$array_1)[1];
		let label = () => get($$array_1)[2];
		var div_4 = root_8();
		var label_2 = child(div_4);
		var text_6 = only_child(label_2, true);
		var input_11 = sibling(label_2, 2);
		remove_input_defaults(input_11);
		var node_4 = sibling(input_11, 2);
		var consequent_4 = ($$anchor) => {
			var span_3 = root();
			var text_7 = only_child(span_3, true);
			template_effect(($0) => {
				set_attribute(span_3, "id", `${uid}-${key() ?? ""}-error`);
				set_text(text_7, $0);
			}, [() => faults(field()).join(" ; ")]);
			append($$anchor, span_3);
		};
		var d_3 = user_derived(() => faults(field()).length > 0);
		if_block(node_4, ($$render) => {
			if (get(d_3)) $$render(consequent_4);
		});
		reset(div_4);
		template_effect(($0, $1) => {
			set_attribute(label_2, "for", `${uid}-${key() ?? ""}`);
			set_text(text_6, label());
			set_attribute(input_11, "id", `${uid}-${key() ?? ""}`);
			set_attribute(input_11, "aria-invalid", $0);
			set_attribute(input_11, "aria-describedby", $1);
		}, [() => faults(field()).length > 0 ? "true" : void 0, () => faults(field()).length > 0 ? `${uid}-${key()}-error` : void 0]);
		bind_value(input_11, () => draft()[key()], ($$value) => draft(draft()[key()] = $$value, true));
		append($$anchor, div_4);
	});
	reset(div_3);
	reset(fieldset_3);
	var node_5 = sibling(fieldset_3, 2);
	var consequent_5 = ($$anchor) => {
		var p_1 = root_9();
		var text_8 = only_child(p_1, true);
		template_effect(() => set_text(text_8, get(check).all.length === 1 ? "1 problème à corriger" : `${get(check).all.length} problèmes à corriger`));
		append($$anchor, p_1);
	};
	if_block(node_5, ($$render) => {
		if (get(check).all.length > 0) $$render(consequent_5);
	});
	reset(div);
	template_effect(() => {
		fieldset.disabled = readonly();
		fieldset_1.disabled = readonly();
		fieldset_2.disabled = readonly();
		fieldset_3.disabled = readonly();
	});
	delegated("click", button_1, () => draft().units.push(emptyUnit()));
	delegated("click", button_3, () => draft().controle.push({
		code: "",
		name: "",
		covers: ""
	}));
	append($$anchor, div);
	pop();
}
delegate(["change", "click"]);
export { blankDraft as a, regulationFileText as i, readRegulationFile as n, checkDraft as o, regulationFileName as r, draftOf as s, RegulationEditor as t };
