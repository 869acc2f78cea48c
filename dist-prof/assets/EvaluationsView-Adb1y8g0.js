const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./grille-CqHs3PGt.js","./numero-lCn5603m.js","./exact-Cpdw3sSx.js","./grids-BLNduPl5.js","./presets-Cf2HfyzO.js","./stage-C1uuiMv2.js","./dates-qyPr0vLJ.js","./marks-B5B9zhMh.js","./document-BF6LPEVe.js","./rolldown-runtime-CO0Nlsmt.js","./typeof-Cu5n2cyR.js","./preload-helper-CALLvQDj.js","./results-CXJABGNk.js","./regulation-CUY09-RS.js","./dates-BZmzPFtD.js","./font-coverage-check-DfJDK05E.js"])))=>i.map(i=>d[i]);
import { A as append, B as tick, C as each, E as if_block, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, P as props_id, Q as state, R as event, T as key, U as user_effect, V as untrack, W as user_pre_effect, X as proxy, Y as sibling, Z as set, _ as set_style, a as bind_this, at as next, d as set_attribute, et as user_derived, f as set_checked, g as select_option, h as init_select, j as comment, k as set_text, n as onMount, nt as pop, ot as reset, p as set_value, q as first_child, r as prop, rt as push, st as noop, tt as remove_textarea_child, u as remove_input_defaults, v as set_class, w as index, z as get } from "./disclose-version-DzsNc0kE.js";
import { r as safeFileName, t as downloadBytes } from "./download-61WZdJOK.js";
import { t as ReasonDialog } from "./ReasonDialog-PS_U5Yt9.js";
import { t as useSessionState } from "./session-state.svelte-B_E1wRI0.js";
import { C as partHundredths, O as DEGREES, T as summarizeLevels, _ as allowedPoints, a as gridLayout, b as evaluationMark, c as isEvaluated, d as withDate, f as withDegree, g as withPart, h as withObservation, i as LEVEL_WORDS, j as RATINGS, l as sumFormula, m as withMembers, n as gridFor, o as derivedMarkChange, p as withLevel, r as gridsFor, v as emptyEvaluation, w as summarizeDegrees } from "./grids-BLNduPl5.js";
import { f as liveQuery } from "./validate-CipAkb3j.js";
import { n as listEvaluations, r as updateEvaluation } from "./evaluations-Dy1dyfQu.js";
import { t as errorNotice } from "./actions-BpN36JFP.js";
import { d as unitForm, o as parseMark, r as formatMark, s as parseMarkNumber, t as EMPTY, u as sitsUnit } from "./marks-B5B9zhMh.js";
import { n as frenchDateParts, t as calendarIso } from "./dates-qyPr0vLJ.js";
import { a as formatHundredthsShort } from "./exact-Cpdw3sSx.js";
import { t as isoToFrenchDate } from "./dates-BZmzPFtD.js";
import { t as __vitePreload } from "./preload-helper-CALLvQDj.js";
// src/ui/evaluations/ClassSummary.svelte
var root$3 = from_html(`<p>Aucun candidat de cette sélection n'a de grille pour cette épreuve.</p>`);
var root_1$3 = from_html(`<th scope="col" class="svelte-1idiyzu"><abbr class="svelte-1idiyzu"> </abbr></th>`);
var root_2$3 = from_html(`<td class="svelte-1idiyzu"> </td>`);
var root_3$3 = from_html(`<tr><th scope="row" class="svelte-1idiyzu"> </th><!><td class="unrated svelte-1idiyzu"> </td></tr>`);
var root_4$2 = from_html(`<table class="svelte-1idiyzu"><caption class="svelte-1idiyzu"> </caption><thead class="svelte-1idiyzu"><tr><th scope="col" class="svelte-1idiyzu">Critère</th><!><th scope="col" class="svelte-1idiyzu">Non évalué</th></tr></thead><tbody class="svelte-1idiyzu"></tbody></table>`);
var root_5$2 = from_html(`<th scope="col" class="svelte-1idiyzu"> </th>`);
var root_6$2 = from_html(`<table class="svelte-1idiyzu"><caption class="svelte-1idiyzu"> </caption><thead class="svelte-1idiyzu"><tr><th scope="col" class="svelte-1idiyzu">Colonne</th><!><th scope="col" class="svelte-1idiyzu">Non évalué</th></tr></thead><tbody class="svelte-1idiyzu"></tbody></table>`);
var root_7$2 = from_html(`<div class="summary svelte-1idiyzu"><!> <!></div>`);
var root_8$2 = from_html(`<!> <!>`, 1);
function ClassSummary($$anchor, $$props) {
	push($$props, true);
	const groups = user_derived(() => {
		const byGrid = /* @__PURE__ */ new Map();
		for (const row of $$props.rows) {
			if (!row.grid) continue;
			const group = byGrid.get(row.grid.id) ?? {
				grid: row.grid,
				rows: []
			};
			group.rows.push(row);
			byGrid.set(row.grid.id, group);
		}
		return [...byGrid.values()].map(({ grid, rows }) => {
			const evaluations = rows.map((r) => r.evaluation ?? emptyEvaluation(grid));
			return {
				grid,
				count: rows.length,
				levels: summarizeLevels(grid, evaluations),
				degrees: summarizeDegrees(grid, evaluations)
			};
		});
	});
	/** Background of a cell: the larger the share of the candidates rated, the darker (never so dark that the text fades). */
	function shade(count, total) {
		if (total === 0 || count === 0) return "";
		return `background: hsl(210 60% ${Math.round(95 - count / total * 33)}%)`;
	}
	const plural = (n, word) => `${n} ${word}${n > 1 ? "s" : ""}`;
	const formLabel = (grid) => grid.form === "both" ? "" : grid.form === "CCF" ? ", CCF" : ", forme ponctuelle";
	var fragment = root_8$2();
	var node = first_child(fragment);
	var consequent = ($$anchor) => {
		var p = root$3();
		append($$anchor, p);
	};
	if_block(node, ($$render) => {
		if (get(groups).length === 0) $$render(consequent);
	});
	var node_1 = sibling(node, 2);
	each(node_1, 17, () => get(groups), (group) => group.grid.id, ($$anchor, group) => {
		var div = root_7$2();
		var node_2 = child(div);
		var consequent_1 = ($$anchor) => {
			var table = root_4$2();
			var caption = child(table);
			var text = only_child(caption);
			var thead = sibling(caption);
			var tr = child(thead);
			var node_3 = sibling(child(tr));
			each(node_3, 16, () => RATINGS, (r) => r, ($$anchor, r) => {
				var th = root_1$3();
				var abbr = child(th);
				var text_1 = only_child(abbr, true);
				reset(th);
				template_effect(() => {
					set_attribute(abbr, "title", LEVEL_WORDS[r]);
					set_text(text_1, r);
				});
				append($$anchor, th);
			});
			next();
			reset(tr);
			reset(thead);
			var tbody = sibling(thead);
			each(tbody, 21, () => get(group).levels, (line) => line.criterionId, ($$anchor, line) => {
				var tr_1 = root_3$3();
				var th_1 = child(tr_1);
				var text_2 = only_child(th_1, true);
				var node_4 = sibling(th_1);
				each(node_4, 16, () => RATINGS, (r) => r, ($$anchor, r) => {
					var td = root_2$3();
					var text_3 = only_child(td, true);
					template_effect(($0) => {
						set_style(td, $0);
						set_text(text_3, get(line).counts[r]);
					}, [() => shade(get(line).counts[r], get(line).total - get(line).unrated)]);
					append($$anchor, td);
				});
				var td_1 = sibling(node_4);
				var text_4 = only_child(td_1, true);
				reset(tr_1);
				template_effect(() => {
					set_text(text_2, get(line).text);
					set_text(text_4, get(line).unrated);
				});
				append($$anchor, tr_1);
			});
			reset(tbody);
			reset(table);
			template_effect(($0, $1) => set_text(text, `Niveaux par critère — ${get(group).grid.unitCode ?? ""}${$0 ?? ""} (annexe ${get(group).grid.annexe ?? ""}), ${$1 ?? ""}`), [() => formLabel(get(group).grid), () => plural(get(group).count, "candidat")]);
			append($$anchor, table);
		};
		if_block(node_2, ($$render) => {
			if (get(group).levels.length > 0) $$render(consequent_1);
		});
		var node_5 = sibling(node_2, 2);
		var consequent_2 = ($$anchor) => {
			var table_1 = root_6$2();
			var caption_1 = child(table_1);
			var text_5 = only_child(caption_1);
			var thead_1 = sibling(caption_1);
			var tr_2 = child(thead_1);
			var node_6 = sibling(child(tr_2));
			each(node_6, 16, () => DEGREES, (d) => d, ($$anchor, d) => {
				var th_2 = root_5$2();
				var text_6 = only_child(th_2);
				template_effect(() => set_text(text_6, `Degré ${d ?? ""}`));
				append($$anchor, th_2);
			});
			next();
			reset(tr_2);
			reset(thead_1);
			var tbody_1 = sibling(thead_1);
			each(tbody_1, 21, () => get(group).degrees, (line) => line.partId, ($$anchor, line) => {
				var tr_3 = root_3$3();
				var th_3 = child(tr_3);
				var text_7 = only_child(th_3);
				var node_7 = sibling(th_3);
				each(node_7, 16, () => DEGREES, (d) => d, ($$anchor, d) => {
					var td_2 = root_2$3();
					var text_8 = only_child(td_2, true);
					template_effect(($0) => {
						set_style(td_2, $0);
						set_text(text_8, get(line).counts[d]);
					}, [() => shade(get(line).counts[d], get(line).total - get(line).unrated)]);
					append($$anchor, td_2);
				});
				var td_3 = sibling(node_7);
				var text_9 = only_child(td_3, true);
				reset(tr_3);
				template_effect(() => {
					set_text(text_7, `${get(line).partId ?? ""} — ${get(line).title ?? ""}`);
					set_text(text_9, get(line).unrated);
				});
				append($$anchor, tr_3);
			});
			reset(tbody_1);
			reset(table_1);
			template_effect(($0) => set_text(text_5, `Degrés de réussite par colonne — ${get(group).grid.unitCode ?? ""} (annexe ${get(group).grid.annexe ?? ""}), ${$0 ?? ""}`), [() => plural(get(group).count, "candidat")]);
			append($$anchor, table_1);
		};
		if_block(node_5, ($$render) => {
			if (get(group).degrees.length > 0) $$render(consequent_2);
		});
		reset(div);
		append($$anchor, div);
	});
	append($$anchor, fragment);
	pop();
}
// src/ui/evaluations/evaluations.svelte.ts
function gradedUnits(regulation) {
	const codes = new Set(gridsFor(regulation).map((g) => g.unitCode));
	return regulation.units.filter((u) => codes.has(u.code));
}
/** The grids of a unit (one, or CCF and ponctuel). */
function unitGrids(regulation, unit) {
	return gridsFor(regulation).filter((g) => g.unitCode === unit);
}
var recordKey = (candidateId, unit) => `${candidateId}|${unit}`;
var byNumero = new Intl.Collator("fr", { numeric: true });
/**
* The candidates who sit `unit` (an optional unit: those registered for it) in the chosen class, ordered
* by numéro, each with the grid of their form, their evaluation and their mark.
*/
function teacherRows(input) {
	const { regulation, unit, choice } = input;
	const etablissements = new Map(input.etablissements.map((e) => [e.id, e]));
	const marks = new Map(input.marks.filter((m) => m.unit === unit.code).map((m) => [m.candidateId, m]));
	return input.candidates.filter((c) => c.id !== void 0).filter((c) => sitsUnit(c, unit)).filter((c) => choice === "all" || (choice === "none" ? c.etablissementId === null : c.etablissementId === choice)).sort((a, b) => byNumero.compare(a.numero, b.numero)).map((candidate) => {
		const etablissement = candidate.etablissementId === null ? null : etablissements.get(candidate.etablissementId) ?? null;
		const form = unitForm(candidate, unit, etablissement?.type ?? null);
		const grid = gridFor(unit.code, form, regulation) ?? null;
		const stored = input.records.get(recordKey(candidate.id, unit.code))?.evaluation;
		const evaluation = grid && stored?.gridId === grid.id ? stored : null;
		const mark = marks.get(candidate.id) ?? null;
		return {
			candidate,
			etablissement,
			form,
			grid,
			evaluation,
			mark,
			evaluated: grid !== null && isEvaluated(grid, evaluation, mark?.value)
		};
	});
}
/** What the teacher last chose, kept while the tab is closed and reopened (per session). */
var teacherChoice = proxy({
	sessionId: null,
	unit: "",
	choice: "all",
	candidateId: null
});
var EvaluationsState = class {
	workspace;
	sessionId;
	askReason;
	#records = state([]);
	get records() {
		return get(this.#records);
	}
	set records(value) {
		set(this.#records, value);
	}
	#byKey = user_derived(() => new Map(this.records.map((r) => [recordKey(r.candidateId, r.unit), r])));
	get byKey() {
		return get(this.#byKey);
	}
	set byKey(value) {
		set(this.#byKey, value);
	}
	#error = state("");
	get error() {
		return get(this.#error);
	}
	set error(value) {
		set(this.#error, value, true);
	}
	#subscription = null;
	constructor(workspace, sessionId, askReason) {
		this.workspace = workspace;
		this.sessionId = sessionId;
		this.askReason = askReason;
	}
	start() {
		this.#subscription = liveQuery(() => listEvaluations(this.workspace.db, this.sessionId)).subscribe({
			next: (records) => this.records = records,
			error: (error) => this.#fail(error)
		});
	}
	stop() {
		this.#subscription?.unsubscribe();
		this.#subscription = null;
	}
	#fail(error) {
		this.error = errorNotice(error).text;
	}
	/**
	* Applies a change to a candidate's grid and stores it at once (one transaction). When it moves the
	* unit's mark (E22, E4 CCF) once the deliberation is open, the jury's reason is asked first.
	*/
	async update(row, change) {
		const grid = row.grid;
		if (!grid) return false;
		this.error = "";
		const unit = grid.unitCode;
		let reason;
		const before = row.evaluation;
		const derived = derivedMarkChange(grid, before, change(before ?? emptyEvaluation(grid), grid), row.mark?.value);
		if (derived && this.workspace.needsReason(unit, row.mark ?? void 0)) {
			const from = formatMark(row.mark?.value ?? EMPTY) || "(vide)";
			const to = derived.kind === "set" ? formatMark(derived.mark) : "(vide)";
			const asked = await this.askReason(`${unit} de ${row.candidate.nom} ${row.candidate.prenom} (${row.candidate.numero}) : ${from} → ${to}`);
			if (asked === null) return false;
			reason = asked;
		}
		try {
			await updateEvaluation(this.workspace.db, {
				candidateId: row.candidate.id,
				unit,
				change,
				reason
			});
			return true;
		} catch (error) {
			this.#fail(error);
			return false;
		}
	}
};
// src/ui/evaluations/format.ts
/** Small pure helpers of the grids tab: dates typed JJ/MM/AAAA, marks of parts, names. */
/**
* The date of an épreuve typed `JJ/MM/AAAA` (also `5/3/2025`, `05.03.2025`, `05-03-2025`) → ISO; empty → null.
* Unlike a birth date, it may be in the future (a grid prepared before the oral).
*/
function parseExamDate(text) {
	const trimmed = text.trim();
	if (trimmed === "") return {
		ok: true,
		value: null
	};
	const parts = frenchDateParts(trimmed);
	if (!parts) return {
		ok: false,
		error: `« ${trimmed} » : date attendue au format JJ/MM/AAAA, par exemple 20/05/2025`
	};
	const iso = parts.year < 2e3 ? null : calendarIso(parts.year, parts.month, parts.day);
	return iso ? {
		ok: true,
		value: iso
	} : {
		ok: false,
		error: `le ${trimmed} n'existe pas dans le calendrier`
	};
}
/** `DUPONT Léa`: the surname in capitals, as on the annexes' documents. */
function candidateName(candidate) {
	return `${candidate.nom.toLocaleUpperCase("fr")} ${candidate.prenom}`.trim();
}
// src/ui/evaluations/CommitInput.svelte
var root$2 = from_html(`<textarea class="svelte-vamz7d"></textarea>`);
var root_1$2 = from_html(`<input type="text" autocomplete="off" class="svelte-vamz7d"/>`);
var root_2$2 = from_html(`<p class="error svelte-vamz7d" role="alert"> </p>`);
var root_3$2 = from_html(`<div><label> </label> <!> <!></div>`);
function CommitInput($$anchor, $$props) {
	push($$props, true);
	/** The stored value, as text. */
	/** A stop of the grid's keyboard navigation (↑/↓); its text is selected on focus, so typing replaces it. */
	/** Visually hidden label (the layout shows it elsewhere). */
	let multiline = prop($$props, "multiline", 3, false), rows = prop($$props, "rows", 3, 3), readonly = prop($$props, "readonly", 3, false), stop = prop($$props, "stop", 3, false), inputmode = prop($$props, "inputmode", 3, "text"), hideLabel = prop($$props, "hideLabel", 3, false);
	let text = user_derived(() => $$props.value);
	let error = state("");
	let busy = false;
	let timer;
	/** What was last stored, and over which stored value: leaving the field again before it shows does not store twice. */
	let last = {
		value: "",
		text: ""
	};
	/** Gone (the teacher moved on to the next candidate while the value was being stored): nothing left to show. */
	let destroyed = false;
	/**
	* The stored value and the text, kept outside the reactive graph for `store`: when the next candidate's grid
	* replaces this one, the input fires its change event after the field is destroyed, and reading its props or
	* `text` then would read stale values (Svelte's derived_inert warning); what was typed is still stored.
	*/
	const plain = {
		value: "",
		text: ""
	};
	user_pre_effect(() => {
		plain.value = plain.text = $$props.value;
	});
	async function store() {
		clearTimeout(timer);
		const { value: stored, text: typed } = plain;
		if (busy || typed === stored || last.value === stored && last.text === typed) return;
		busy = true;
		try {
			const result = await $$props.commit(typed);
			if (destroyed) return;
			if (result === void 0) {
				set(text, plain.text = $$props.value);
				set(error, "");
			} else {
				set(error, result ?? "", true);
				if (result === null) last = {
					value: stored,
					text: typed
				};
			}
		} finally {
			busy = false;
		}
	}
	function oninput(event) {
		set(text, plain.text = event.currentTarget.value);
		set(error, "");
		if (multiline()) {
			clearTimeout(timer);
			timer = setTimeout(() => void store(), 800);
		}
	}
	function onkeydown(event) {
		if (!multiline() && event.key === "Enter") {
			event.preventDefault();
			store();
		}
	}
	user_effect(() => () => {
		clearTimeout(timer);
		destroyed = true;
	});
	var div = root_3$2();
	let classes;
	var label_1 = child(div);
	let classes_1;
	var text_1 = only_child(label_1, true);
	var node = sibling(label_1, 2);
	var consequent = ($$anchor) => {
		var textarea = root$2();
		remove_textarea_child(textarea);
		template_effect(() => {
			set_attribute(textarea, "id", $$props.id);
			set_attribute(textarea, "rows", rows());
			set_attribute(textarea, "placeholder", $$props.placeholder);
			textarea.readOnly = readonly();
			set_value(textarea, get(text));
			set_attribute(textarea, "aria-invalid", get(error) ? "true" : void 0);
			set_attribute(textarea, "aria-describedby", get(error) ? `${$$props.id}-error` : void 0);
		});
		delegated("input", textarea, oninput);
		delegated("change", textarea, store);
		append($$anchor, textarea);
	};
	var alternate = ($$anchor) => {
		var input = root_1$2();
		remove_input_defaults(input);
		template_effect(() => {
			set_attribute(input, "id", $$props.id);
			set_attribute(input, "size", $$props.size);
			set_attribute(input, "placeholder", $$props.placeholder);
			input.readOnly = readonly();
			set_attribute(input, "inputmode", inputmode());
			set_attribute(input, "data-stop", stop() ? "" : void 0);
			set_value(input, get(text));
			set_attribute(input, "aria-invalid", get(error) ? "true" : void 0);
			set_attribute(input, "aria-describedby", get(error) ? `${$$props.id}-error` : void 0);
		});
		event("focus", input, function(...$$args) {
			(stop() ? (e) => e.currentTarget.select() : void 0)?.apply(this, $$args);
		});
		delegated("input", input, oninput);
		delegated("keydown", input, onkeydown);
		delegated("change", input, store);
		append($$anchor, input);
	};
	if_block(node, ($$render) => {
		if (multiline()) $$render(consequent);
		else $$render(alternate, -1);
	});
	var node_1 = sibling(node, 2);
	var consequent_1 = ($$anchor) => {
		var p = root_2$2();
		var text_2 = only_child(p, true);
		template_effect(() => {
			set_attribute(p, "id", `${$$props.id ?? ""}-error`);
			set_text(text_2, get(error));
		});
		append($$anchor, p);
	};
	if_block(node_1, ($$render) => {
		if (get(error)) $$render(consequent_1);
	});
	reset(div);
	template_effect(() => {
		classes = set_class(div, 1, "field svelte-vamz7d", null, classes, { multiline: multiline() });
		set_attribute(label_1, "for", $$props.id);
		classes_1 = set_class(label_1, 1, "", null, classes_1, { "visually-hidden": hideLabel() });
		set_text(text_1, $$props.label);
	});
	append($$anchor, div);
	pop();
}
delegate([
	"input",
	"change",
	"keydown"
]);
// src/ui/evaluations/GridForm.svelte
var root$1 = from_html(`<p class="heading svelte-dyiwjs"> </p>`);
var root_1$1 = from_html(`<div class="observation"><!> <!></div>`);
var root_2$1 = from_html(`<p class="banner svelte-dyiwjs"> </p>`);
var root_3$1 = from_html(`<p class="subtitle svelte-dyiwjs"> </p>`);
var root_4$1 = from_html(`<p class="instruction svelte-dyiwjs"> </p>`);
var root_5$1 = from_html(`<div class="member svelte-dyiwjs"><!> <!></div>`);
var root_6$1 = from_html(`<button type="button" class="take svelte-dyiwjs">Reprendre la date et la commission du candidat précédent</button>`);
var root_7$1 = from_html(`<fieldset class="commission svelte-dyiwjs"><legend>Épreuve et commission</legend> <div class="commission-fields svelte-dyiwjs"><!> <!></div> <!></fieldset>`);
var root_8$1 = from_html(`<p class="description svelte-dyiwjs"> </p>`);
var root_9$1 = from_html(`<span class="svelte-dyiwjs"> </span>`);
var root_10$1 = from_html(`<span class="cell svelte-dyiwjs"><input type="radio" class="svelte-dyiwjs"/></span>`);
var root_11 = from_html(`<div role="radiogroup" data-stop="" data-group="level"><span class="text svelte-dyiwjs"> </span> <!></div>`);
var root_12 = from_html(`<p class="legend svelte-dyiwjs"> </p>`);
var root_13 = from_html(`<div class="criteria svelte-dyiwjs"><div class="criteria-head svelte-dyiwjs" aria-hidden="true"><span class="svelte-dyiwjs"> </span> <!></div> <!></div> <!>`, 1);
var root_14 = from_html(`<label><input type="radio"/> <span class="degree-head svelte-dyiwjs"> </span> <span class="degree-text"> </span></label>`);
var root_15 = from_html(`<label><input type="radio"/> </label>`);
var root_16 = from_html(`<div class="points svelte-dyiwjs" role="radiogroup" data-stop="" data-group="points"><span>Points :</span> <!></div>`);
var root_17 = from_html(`<p class="points svelte-dyiwjs"> </p>`);
var root_18 = from_html(`<label class="bonus svelte-dyiwjs"><input type="checkbox"/> </label>`);
var root_19 = from_html(`<div class="degrees svelte-dyiwjs" role="radiogroup" data-stop="" data-group="degree"></div> <!> <!> <p class="part-mark svelte-dyiwjs"> <strong> </strong></p>`, 1);
var root_20 = from_html(`<div class="part-mark svelte-dyiwjs"><!></div>`);
var root_21 = from_html(`<section class="part svelte-dyiwjs"><h4> </h4> <!> <!> <!> <!></section>`);
var root_22 = from_html(`— note enregistrée : <strong> </strong>`, 1);
var root_23 = from_html(`<p> <strong> </strong> <!></p> <p class="hint svelte-dyiwjs">La note est la somme des parties : elle s'inscrit dans le tableau des notes dès que chaque partie est notée.</p>`, 1);
var root_24 = from_html(`<!> <p class="hint svelte-dyiwjs">La note de la commission, celle du tableau des notes (Entrée enregistre ; AB, ABJ, NV… acceptés).</p>`, 1);
var root_25 = from_html(`<div class="grid-form svelte-dyiwjs" role="group"><header class="annexe svelte-dyiwjs"><!> <p class="title svelte-dyiwjs"> </p> <!> <p class="source svelte-dyiwjs"> </p></header> <!> <!> <!> <!> <section class="mark svelte-dyiwjs"><h4 class="svelte-dyiwjs"> </h4> <!></section> <!></div>`);
function GridForm($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	const observationBox = ($$anchor, field = noop, showHeadings = noop) => {
		var div = root_1$1();
		var node = child(div);
		var consequent = ($$anchor) => {
			var fragment = comment();
			var node_1 = first_child(fragment);
			each(node_1, 17, () => field().headings, index, ($$anchor, heading) => {
				var p_1 = root$1();
				var text_1 = only_child(p_1, true);
				template_effect(() => set_text(text_1, get(heading)));
				append($$anchor, p_1);
			});
			append($$anchor, fragment);
		};
		if_block(node, ($$render) => {
			if (showHeadings()) $$render(consequent);
		});
		var node_2 = sibling(node, 2);
		{
			let $0 = user_derived(() => showHeadings() || field().headings.length === 0 ? field().label : `${field().headings.at(-1)} — ${field().label}`);
			let $1 = user_derived(() => get(shown).observations[field().id] ?? "");
			CommitInput(node_2, {
				get id() {
					return `${uid}-obs-${field().id ?? ""}`;
				},
				get label() {
					return get($0);
				},
				get value() {
					return get($1);
				},
				multiline: true,
				get readonly() {
					return $$props.readonly;
				},
				commit: async (text) => refusal(await change((ev) => withObservation(ev, field().id, text)))
			});
		}
		reset(div);
		append($$anchor, div);
	};
	let autofocus = prop($$props, "autofocus", 3, false);
	let container = state(void 0);
	const grid = user_derived(() => $$props.row.grid);
	const layout = user_derived(() => gridLayout(get(grid)));
	const name = user_derived(() => candidateName($$props.row.candidate));
	let pending = state([]);
	const shown = user_derived(() => get(pending).reduce((ev, apply) => apply(ev, get(grid)), $$props.row.evaluation ?? emptyEvaluation(get(grid))));
	const mark = user_derived(() => $$props.row.mark?.value ?? EMPTY);
	const markText = user_derived(() => formatMark(get(mark)));
	function change(apply) {
		set(pending, [...get(pending), apply]);
		return $$props.evaluations.update($$props.row, apply).then((stored) => {
			const drop = () => set(pending, get(pending).filter((p) => p !== apply));
			if (stored) setTimeout(drop, 2e3);
			else drop();
			return stored;
		});
	}
	const refusal = async (stored) => stored ? null : $$props.evaluations.error || "Modification refusée.";
	const stops = () => get(container) ? [...get(container).querySelectorAll("[data-stop]")] : [];
	function focusStop(index) {
		const stop = stops()[index];
		if (!stop) return;
		(stop.matches("input[type=\"text\"]") ? stop : stop.querySelector("input:checked") ?? stop.querySelector("input"))?.focus();
	}
	onMount(() => {
		if (autofocus()) focusStop(0);
	});
	async function advance(from) {
		await tick();
		const index = stops().findIndex((s) => s === from || s.contains(from));
		if (index >= 0) focusStop(index + 1);
	}
	const LEVEL_KEYS = {
		"1": "TI",
		"2": "I",
		"3": "S",
		"4": "TS",
		"0": "NM",
		n: "NM",
		N: "NM"
	};
	function onkeydown(event) {
		const target = event.target;
		if (event.altKey || event.ctrlKey || event.metaKey || target.tagName === "TEXTAREA") return;
		if (event.key === "PageDown" || event.key === "PageUp") {
			event.preventDefault();
			$$props.onmove(event.key === "PageDown" ? 1 : -1);
			return;
		}
		const list = stops();
		const index = list.findIndex((s) => s === target || s.contains(target));
		if (index < 0) return;
		if (event.key === "ArrowDown" || event.key === "ArrowUp") {
			event.preventDefault();
			focusStop(index + (event.key === "ArrowDown" ? 1 : -1));
			return;
		}
		const group = list[index];
		const kind = group.dataset.group;
		if (!kind) return;
		if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
			event.preventDefault();
			$$props.onmove(event.key === "ArrowRight" ? 1 : -1);
			return;
		}
		if ($$props.readonly) return;
		const clear = event.key === "Delete" || event.key === "Backspace";
		if (kind === "level") {
			const criterion = group.dataset.criterion;
			const rating = LEVEL_KEYS[event.key];
			if (!rating && !clear) return;
			event.preventDefault();
			change((ev) => withLevel(ev, criterion, rating ?? null));
			if (rating) advance(group);
			return;
		}
		const part = get(grid).parts.find((p) => p.id === group.dataset.part);
		if (!part) return;
		if (event.key === "b" || event.key === "B") {
			event.preventDefault();
			if (part.scoring.kind === "degrees" && part.scoring.bonus) toggleBonus(part);
			return;
		}
		const digit = /^[0-9]$/.test(event.key) ? Number(event.key) : null;
		if (kind === "degree") {
			if (clear || digit === 0) {
				event.preventDefault();
				change((ev) => withDegree(ev, part, null));
			} else if (digit !== null && digit <= 4) {
				event.preventDefault();
				change((ev) => withDegree(ev, part, digit));
				advance(group);
			}
		} else if (kind === "points" && digit !== null) {
			const degree = get(shown).parts[part.id]?.degree ?? null;
			if (degree === null || !allowedPoints(part, degree).includes(digit)) return;
			event.preventDefault();
			change((ev) => withPart(ev, part.id, { hundredths: digit * 100 }));
			advance(group);
		}
	}
	function toggleBonus(part) {
		const bonus = !(get(shown).parts[part.id]?.bonus ?? false);
		return change((ev) => withPart(ev, part.id, { bonus }));
	}
	function pick(event, apply) {
		event.preventDefault();
		if (!$$props.readonly) change(apply);
	}
	async function commitMark(text) {
		const parsed = parseMark(text, $$props.unit, $$props.regulation);
		if (!parsed.ok) return `${get(grid).mark.label} : ${parsed.error}`;
		if (formatMark(parsed.value) === get(markText)) return null;
		let reason;
		if ($$props.workspace.needsReason($$props.unit.code, $$props.row.mark ?? void 0)) {
			const asked = await $$props.evaluations.askReason(`${$$props.unit.code} de ${get(name)} (${$$props.row.candidate.numero}) : ${get(markText) || "(vide)"} → ${formatMark(parsed.value) || "(vide)"}`);
			if (asked === null) return void 0;
			reason = asked;
		}
		return await $$props.workspace.setMark($$props.row.candidate.id, $$props.unit.code, parsed.value, reason) ? null : $$props.workspace.notice?.text ?? "Note refusée.";
	}
	function partMarkText(part) {
		const hundredths = get(shown).parts[part.id]?.hundredths ?? null;
		return hundredths === null ? "" : formatHundredthsShort(hundredths);
	}
	async function commitPartMark(part, text) {
		let hundredths = null;
		if (text.trim() !== "") {
			const parsed = parseMarkNumber(text, part.max ?? 0);
			if (!parsed.ok) return `${part.label} : ${parsed.error}`;
			hundredths = parsed.value;
		}
		return refusal(await change((ev) => withPart(ev, part.id, { hundredths })));
	}
	async function commitDate(text) {
		const parsed = parseExamDate(text);
		if (!parsed.ok) return `${get(grid).fields.date ?? "Date"} : ${parsed.error}`;
		return refusal(await change((ev) => withDate(ev, parsed.value)));
	}
	const memberSlots = user_derived(() => get(grid).fields.members?.slots ?? Math.min(6, Math.max(2, get(shown).members.length + 1)));
	function slotsOf(ev) {
		return Array.from({ length: get(memberSlots) }, (_, i) => ev.members[i] ?? {
			name: "",
			quality: "",
			signed: false
		});
	}
	async function commitMember(index, field, text) {
		if (field === "quality" && text.trim() !== "" && !get(shown).members[index]) return `Membre ${index + 1} : indiquez d'abord son nom et prénom.`;
		return refusal(await change((ev) => {
			const list = slotsOf(ev);
			list[index] = {
				...list[index],
				[field]: text
			};
			return withMembers(ev, list);
		}));
	}
	const previousCommission = user_derived(() => {
		const ev = $$props.previous?.evaluation;
		if (!ev) return null;
		const date = get(grid).fields.date !== null ? ev.date : null;
		const members = get(grid).fields.members !== null ? ev.members.slice(0, get(grid).fields.members.slots ?? void 0) : [];
		return date || members.length > 0 ? {
			date,
			members
		} : null;
	});
	function takePrevious() {
		const from = get(previousCommission);
		if (!from) return;
		change((ev) => withMembers(from.date ? withDate(ev, from.date) : ev, from.members.length > 0 ? from.members : ev.members));
	}
	const levelWords = (level) => level === "NM" ? LEVEL_WORDS.NM : get(grid).scale?.levels.find((l) => l.level === level)?.label ?? LEVEL_WORDS[level];
	const partSum = user_derived(() => get(grid).mark.kind === "sum" ? evaluationMark(get(grid), get(shown)) : null);
	var div_1 = root_25();
	var header = child(div_1);
	var node_3 = child(header);
	var consequent_1 = ($$anchor) => {
		var p_2 = root_2$1();
		var text_2 = only_child(p_2, true);
		template_effect(() => set_text(text_2, get(grid).header));
		append($$anchor, p_2);
	};
	if_block(node_3, ($$render) => {
		if (get(grid).header) $$render(consequent_1);
	});
	var p_3 = sibling(node_3, 2);
	var text_3 = only_child(p_3, true);
	var node_4 = sibling(p_3, 2);
	var consequent_2 = ($$anchor) => {
		var p_4 = root_3$1();
		var text_4 = only_child(p_4, true);
		template_effect(() => set_text(text_4, get(grid).subtitle));
		append($$anchor, p_4);
	};
	if_block(node_4, ($$render) => {
		if (get(grid).subtitle) $$render(consequent_2);
	});
	var p_5 = sibling(node_4, 2);
	var text_5 = only_child(p_5);
	reset(header);
	var node_5 = sibling(header, 2);
	each(node_5, 17, () => get(grid).instructions, index, ($$anchor, line) => {
		var p_6 = root_4$1();
		var text_6 = only_child(p_6, true);
		template_effect(() => set_text(text_6, get(line)));
		append($$anchor, p_6);
	});
	var node_6 = sibling(node_5, 2);
	var consequent_6 = ($$anchor) => {
		var fieldset = root_7$1();
		var div_2 = sibling(child(fieldset), 2);
		var node_7 = child(div_2);
		var consequent_3 = ($$anchor) => {
			{
				let $0 = user_derived(() => get(grid).fields.date.replace(/\s*:$/, ""));
				let $1 = user_derived(() => isoToFrenchDate(get(shown).date));
				CommitInput($$anchor, {
					get id() {
						return `${uid}-date`;
					},
					get label() {
						return `${get($0) ?? ""} (JJ/MM/AAAA)`;
					},
					get value() {
						return get($1);
					},
					placeholder: "JJ/MM/AAAA",
					size: 11,
					get readonly() {
						return $$props.readonly;
					},
					commit: commitDate
				});
			}
		};
		if_block(node_7, ($$render) => {
			if (get(grid).fields.date !== null) $$render(consequent_3);
		});
		var node_8 = sibling(node_7, 2);
		var consequent_4 = ($$anchor) => {
			var fragment_2 = comment();
			var node_9 = first_child(fragment_2);
			each(node_9, 17, () => ({ length: get(memberSlots) }), index, ($$anchor, _, i) => {
				var div_3 = root_5$1();
				var node_10 = child(div_3);
				{
					let $0 = user_derived(() => get(shown).members[i]?.name ?? "");
					CommitInput(node_10, {
						get id() {
							return `${uid}-member-${i}-name`;
						},
						label: `Membre ${i + 1} : nom et prénom`,
						get value() {
							return get($0);
						},
						size: 22,
						get readonly() {
							return $$props.readonly;
						},
						commit: (text) => commitMember(i, "name", text)
					});
				}
				var node_11 = sibling(node_10, 2);
				{
					let $0 = user_derived(() => get(shown).members[i]?.quality ?? "");
					CommitInput(node_11, {
						get id() {
							return `${uid}-member-${i}-quality`;
						},
						label: `Membre ${i + 1} : qualité`,
						get value() {
							return get($0);
						},
						size: 18,
						get readonly() {
							return $$props.readonly;
						},
						commit: (text) => commitMember(i, "quality", text)
					});
				}
				reset(div_3);
				append($$anchor, div_3);
			});
			append($$anchor, fragment_2);
		};
		if_block(node_8, ($$render) => {
			if (get(grid).fields.members !== null) $$render(consequent_4);
		});
		reset(div_2);
		var node_12 = sibling(div_2, 2);
		var consequent_5 = ($$anchor) => {
			var button = root_6$1();
			delegated("click", button, takePrevious);
			append($$anchor, button);
		};
		if_block(node_12, ($$render) => {
			if (get(previousCommission) && !$$props.readonly) $$render(consequent_5);
		});
		reset(fieldset);
		append($$anchor, fieldset);
	};
	if_block(node_6, ($$render) => {
		if (get(grid).fields.date !== null || get(grid).fields.members !== null) $$render(consequent_6);
	});
	var node_13 = sibling(node_6, 2);
	each(node_13, 17, () => get(layout).before, (field) => field.id, ($$anchor, field) => {
		observationBox($$anchor, () => get(field), () => true);
	});
	var node_14 = sibling(node_13, 2);
	each(node_14, 17, () => get(grid).parts, (part) => part.id, ($$anchor, part) => {
		var section = root_21();
		var h4 = child(section);
		let classes;
		var text_7 = only_child(h4);
		var node_15 = sibling(h4, 2);
		var consequent_7 = ($$anchor) => {
			var p_7 = root_8$1();
			var text_8 = only_child(p_7, true);
			template_effect(() => set_text(text_8, get(part).description));
			append($$anchor, p_7);
		};
		if_block(node_15, ($$render) => {
			if (get(part).description) $$render(consequent_7);
		});
		var node_16 = sibling(node_15, 2);
		each(node_16, 17, () => get(layout).byPart.get(get(part).id) ?? [], (field) => field.id, ($$anchor, field) => {
			observationBox($$anchor, () => get(field), () => false);
		});
		var node_17 = sibling(node_16, 2);
		var consequent_9 = ($$anchor) => {
			var fragment_5 = root_13();
			var div_4 = first_child(fragment_5);
			var div_5 = child(div_4);
			var span = child(div_5);
			var text_9 = only_child(span, true);
			var node_18 = sibling(span, 2);
			each(node_18, 16, () => RATINGS, (r) => r, ($$anchor, r) => {
				var span_1 = root_9$1();
				var text_10 = only_child(span_1, true);
				template_effect(($0) => {
					set_attribute(span_1, "title", $0);
					set_text(text_10, r);
				}, [() => levelWords(r)]);
				append($$anchor, span_1);
			});
			reset(div_5);
			var node_19 = sibling(div_5, 2);
			each(node_19, 17, () => get(part).criteria, (criterion) => criterion.id, ($$anchor, criterion) => {
				const rating = user_derived(() => get(shown).levels[get(criterion).id] ?? null);
				var div_6 = root_11();
				let classes_1;
				var span_2 = child(div_6);
				var text_11 = only_child(span_2, true);
				var node_20 = sibling(span_2, 2);
				each(node_20, 16, () => RATINGS, (r) => r, ($$anchor, r) => {
					var span_3 = root_10$1();
					var input = child(span_3);
					remove_input_defaults(input);
					reset(span_3);
					template_effect(($0) => {
						set_attribute(input, "name", `${uid}-c-${get(criterion).id ?? ""}`);
						set_value(input, r);
						set_checked(input, get(rating) === r);
						input.disabled = $$props.readonly;
						set_attribute(input, "aria-label", `${r ?? ""} : ${$0 ?? ""}`);
					}, [() => levelWords(r)]);
					delegated("click", input, (e) => pick(e, (ev) => withLevel(ev, get(criterion).id, r)));
					append($$anchor, span_3);
				});
				reset(div_6);
				template_effect(() => {
					classes_1 = set_class(div_6, 1, "criterion svelte-dyiwjs", null, classes_1, { rated: get(rating) !== null });
					set_attribute(div_6, "aria-labelledby", `${uid}-c-${get(criterion).id ?? ""}`);
					set_attribute(div_6, "data-criterion", get(criterion).id);
					set_attribute(span_2, "id", `${uid}-c-${get(criterion).id ?? ""}`);
					set_text(text_11, get(criterion).text);
				});
				append($$anchor, div_6);
			});
			reset(div_4);
			var node_21 = sibling(div_4, 2);
			var consequent_8 = ($$anchor) => {
				var p_8 = root_12();
				var text_12 = only_child(p_8, true);
				template_effect(() => set_text(text_12, get(grid).scale.legend));
				append($$anchor, p_8);
			};
			if_block(node_21, ($$render) => {
				if (get(grid).scale?.legend) $$render(consequent_8);
			});
			template_effect(() => set_text(text_9, get(grid).parts.length === 1 ? get(part).title : "Critères d’évaluation"));
			append($$anchor, fragment_5);
		};
		if_block(node_17, ($$render) => {
			if (get(part).criteria.length > 0) $$render(consequent_9);
		});
		var node_22 = sibling(node_17, 2);
		var consequent_13 = ($$anchor) => {
			const entry = user_derived(() => get(shown).parts[get(part).id] ?? {
				degree: null,
				hundredths: null,
				bonus: false
			});
			const allowed = user_derived(() => get(entry).degree === null ? [] : allowedPoints(get(part), get(entry).degree));
			const partMark = user_derived(() => partHundredths(get(grid), get(part).id, get(entry)));
			var fragment_6 = root_19();
			var div_7 = first_child(fragment_6);
			each(div_7, 21, () => get(part).scoring.degrees, (d) => d.degree, ($$anchor, d) => {
				var label = root_14();
				let classes_2;
				var input_1 = child(label);
				remove_input_defaults(input_1);
				var span_4 = sibling(input_1, 2);
				var text_13 = only_child(span_4);
				var span_5 = sibling(span_4, 2);
				var text_14 = only_child(span_5, true);
				reset(label);
				template_effect(() => {
					classes_2 = set_class(label, 1, "degree svelte-dyiwjs", null, classes_2, { chosen: get(entry).degree === get(d).degree });
					set_attribute(input_1, "name", `${uid}-deg-${get(part).id ?? ""}`);
					set_value(input_1, get(d).degree);
					set_checked(input_1, get(entry).degree === get(d).degree);
					input_1.disabled = $$props.readonly;
					set_attribute(input_1, "aria-label", `Degré ${get(d).degree ?? ""} (${get(d).pointsText ?? ""})`);
					set_text(text_13, `Degré ${get(d).degree ?? ""} — ${get(d).pointsText ?? ""}`);
					set_text(text_14, get(d).descriptor);
				});
				delegated("click", input_1, (e) => pick(e, (ev) => withDegree(ev, get(part), get(d).degree)));
				append($$anchor, label);
			});
			reset(div_7);
			var node_23 = sibling(div_7, 2);
			var consequent_10 = ($$anchor) => {
				var div_8 = root_16();
				var node_24 = sibling(child(div_8), 2);
				each(node_24, 16, () => get(allowed), (p) => p, ($$anchor, p) => {
					var label_1 = root_15();
					var input_2 = child(label_1);
					remove_input_defaults(input_2);
					var text_15 = sibling(input_2);
					reset(label_1);
					template_effect(() => {
						set_attribute(input_2, "name", `${uid}-pts-${get(part).id ?? ""}`);
						set_value(input_2, p);
						set_checked(input_2, get(entry).hundredths === p * 100);
						input_2.disabled = $$props.readonly;
						set_text(text_15, ` ${p ?? ""} point${p > 1 ? "s" : ""}`);
					});
					delegated("click", input_2, (e) => pick(e, (ev) => withPart(ev, get(part).id, { hundredths: p * 100 })));
					append($$anchor, label_1);
				});
				reset(div_8);
				template_effect(() => {
					set_attribute(div_8, "aria-label", `${get(part).label ?? ""} : points au degré ${get(entry).degree ?? ""}`);
					set_attribute(div_8, "data-part", get(part).id);
				});
				append($$anchor, div_8);
			};
			var consequent_11 = ($$anchor) => {
				var p_9 = root_17();
				var text_16 = only_child(p_9);
				template_effect(() => set_text(text_16, `Points : ${get(allowed)[0] ?? ""} (seule valeur au degré ${get(entry).degree ?? ""})`));
				append($$anchor, p_9);
			};
			if_block(node_23, ($$render) => {
				if (get(allowed).length > 1) $$render(consequent_10);
				else if (get(allowed).length === 1) $$render(consequent_11, 1);
			});
			var node_25 = sibling(node_23, 2);
			var consequent_12 = ($$anchor) => {
				var label_2 = root_18();
				var input_3 = child(label_2);
				remove_input_defaults(input_3);
				var text_17 = sibling(input_3);
				reset(label_2);
				template_effect(() => {
					set_checked(input_3, get(entry).bonus);
					input_3.disabled = $$props.readonly;
					set_text(text_17, ` ${get(part).scoring.bonus.text ?? ""} (+${get(part).scoring.bonus.points ?? ""} pt)`);
				});
				delegated("click", input_3, (e) => {
					e.preventDefault();
					if (!$$props.readonly) toggleBonus(get(part));
				});
				append($$anchor, label_2);
			};
			if_block(node_25, ($$render) => {
				if (get(part).scoring.bonus) $$render(consequent_12);
			});
			var p_10 = sibling(node_25, 2);
			var text_18 = child(p_10);
			var strong = sibling(text_18);
			var text_19 = only_child(strong, true);
			reset(p_10);
			template_effect(($0) => {
				set_attribute(div_7, "aria-label", `${get(part).label ?? ""} — ${get(part).title ?? ""} : degré de réussite`);
				set_attribute(div_7, "data-part", get(part).id);
				set_text(text_18, `${get(part).markLabel ?? get(part).label ?? ""} : `);
				set_text(text_19, $0);
			}, [() => get(partMark) === null ? "—" : formatHundredthsShort(get(partMark))]);
			append($$anchor, fragment_6);
		};
		var consequent_14 = ($$anchor) => {
			var div_9 = root_20();
			var node_26 = child(div_9);
			{
				let $0 = user_derived(() => get(part).label);
				let $1 = user_derived(() => get(part).markLabel ?? "Note");
				let $2 = user_derived(() => partMarkText(get(part)));
				CommitInput(node_26, {
					get id() {
						return `${uid}-part-mark-${get(part).id ?? ""}`;
					},
					get label() {
						return `${get($0) ?? ""} — ${get($1) ?? ""}`;
					},
					get value() {
						return get($2);
					},
					size: 6,
					inputmode: "decimal",
					stop: true,
					get readonly() {
						return $$props.readonly;
					},
					commit: (text) => commitPartMark(get(part), text)
				});
			}
			reset(div_9);
			append($$anchor, div_9);
		};
		if_block(node_22, ($$render) => {
			if (get(part).scoring.kind === "degrees") $$render(consequent_13);
			else if (get(grid).mark.kind === "sum") $$render(consequent_14, 1);
		});
		reset(section);
		template_effect(() => {
			set_attribute(section, "aria-labelledby", `${uid}-part-${get(part).id ?? ""}`);
			set_attribute(h4, "id", `${uid}-part-${get(part).id ?? ""}`);
			classes = set_class(h4, 1, "svelte-dyiwjs", null, classes, { "visually-hidden": get(grid).parts.length === 1 });
			set_text(text_7, `${get(grid).parts.length > 1 && get(part).label !== get(part).title ? `${get(part).label} — ` : ""}${get(part).title ?? ""}`);
		});
		append($$anchor, section);
	});
	var section_1 = sibling(node_14, 2);
	var h4_1 = child(section_1);
	var text_20 = only_child(h4_1);
	var node_27 = sibling(h4_1, 2);
	var consequent_16 = ($$anchor) => {
		var fragment_7 = root_23();
		var p_11 = first_child(fragment_7);
		var text_21 = child(p_11);
		var strong_1 = sibling(text_21);
		var text_22 = only_child(strong_1, true);
		var node_28 = sibling(strong_1, 2);
		var consequent_15 = ($$anchor) => {
			var fragment_8 = root_22();
			var strong_2 = sibling(first_child(fragment_8));
			var text_23 = only_child(strong_2, true);
			template_effect(() => set_text(text_23, get(markText)));
			append($$anchor, fragment_8);
		};
		var d_1 = user_derived(() => get(markText) && (!get(partSum) || formatMark(get(partSum)) !== get(markText)));
		if_block(node_28, ($$render) => {
			if (get(d_1)) $$render(consequent_15);
		});
		reset(p_11);
		next(2);
		template_effect(($0, $1) => {
			set_text(text_21, `${get(grid).mark.label ?? ""}${$0 ?? ""} : `);
			set_text(text_22, $1);
		}, [() => get(grid).mark.label.includes(sumFormula(get(grid))) ? "" : ` (${sumFormula(get(grid))})`, () => get(partSum) ? formatMark(get(partSum)) : "—"]);
		append($$anchor, fragment_7);
	};
	var alternate = ($$anchor) => {
		var fragment_9 = root_24();
		CommitInput(first_child(fragment_9), {
			get id() {
				return `${uid}-mark-input`;
			},
			get label() {
				return `${get(grid).mark.label ?? ""} (${$$props.unit.code ?? ""})`;
			},
			get value() {
				return get(markText);
			},
			size: 6,
			inputmode: "decimal",
			stop: true,
			get readonly() {
				return $$props.readonly;
			},
			commit: commitMark
		});
		next(2);
		append($$anchor, fragment_9);
	};
	if_block(node_27, ($$render) => {
		if (get(grid).mark.kind === "sum") $$render(consequent_16);
		else $$render(alternate, -1);
	});
	reset(section_1);
	var node_30 = sibling(section_1, 2);
	each(node_30, 17, () => get(layout).after, (field) => field.id, ($$anchor, field) => {
		observationBox($$anchor, () => get(field), () => true);
	});
	reset(div_1);
	bind_this(div_1, ($$value) => set(container, $$value), () => get(container));
	template_effect(() => {
		set_attribute(div_1, "aria-label", `Grille ${get(grid).unitCode ?? ""} de ${get(name) ?? ""}`);
		set_text(text_3, get(grid).title);
		set_text(text_5, `Annexe ${get(grid).annexe ?? ""} de la circulaire`);
		set_attribute(section_1, "aria-labelledby", `${uid}-mark`);
		set_attribute(h4_1, "id", `${uid}-mark`);
		set_text(text_20, `Note de l’épreuve ${$$props.unit.code ?? ""}`);
	});
	delegated("keydown", div_1, onkeydown);
	append($$anchor, div_1);
	pop();
}
delegate(["keydown", "click"]);
// src/ui/evaluations/EvaluationsView.svelte
var root = from_html(`<p>La réglementation de cette session n'a pas de grille d'évaluation.</p>`);
var root_1 = from_html(`<option> </option>`);
var root_2 = from_html(`<button type="button"> </button>`);
var root_3 = from_html(`<p role="alert" class="error svelte-13ik90"> </p>`);
var root_4 = from_html(`<div class="candidate-bar svelte-13ik90"><button type="button">← Candidat précédent</button> <div class="field svelte-13ik90"><label> </label> <select></select></div> <button type="button">Candidat suivant →</button></div> <h3 class="who svelte-13ik90"> <span class="muted svelte-13ik90"> </span></h3>`, 1);
var root_5 = from_html(`<p class="notice svelte-13ik90"> </p>`);
var root_6 = from_html(`<p> </p>`);
var root_7 = from_html(`<div class="form-area"><!></div>`);
var root_8 = from_html(`<!> <!> <details class="help svelte-13ik90"><summary>Saisie au clavier</summary> <ul><li><kbd>↑</kbd> / <kbd>↓</kbd> : critère (ou note) précédent / suivant ;</li> <li>sur un critère : <kbd>1</kbd> TI, <kbd>2</kbd> I, <kbd>3</kbd> S, <kbd>4</kbd> TS, <kbd>0</kbd> ou <kbd>N</kbd> non mobilisé, <kbd>Suppr</kbd> efface
            ; le curseur passe au critère suivant ;</li> <li>grille à degrés de réussite (langue vivante) : <kbd>1</kbd> à <kbd>4</kbd> le degré, puis les points permis par la grille, <kbd>B</kbd> le point de bonus
            ;</li> <li>dans une note : <kbd>Entrée</kbd> enregistre ;</li> <li><kbd>←</kbd> / <kbd>→</kbd> (sur un critère) ou <kbd>Page préc.</kbd> / <kbd>Page suiv.</kbd> : candidat précédent / suivant.</li></ul> <p>Tout est enregistré à chaque saisie : il n'y a rien à valider.</p></details>`, 1);
var root_9 = from_html(`<div class="toolbar svelte-13ik90"><div class="field svelte-13ik90"><label>Épreuve</label> <select></select></div> <div class="field svelte-13ik90"><label>Classe (établissement)</label> <select><option> </option><!></select></div> <div class="modes svelte-13ik90" role="group" aria-label="Affichage"><button type="button" class="svelte-13ik90">Saisie (mode enseignant)</button> <button type="button" class="svelte-13ik90">Synthèse de la classe</button></div></div> <div class="toolbar svelte-13ik90" role="group" aria-label="Grilles en PDF"><button type="button">Grilles remplies (PDF)</button> <!> <span class="pdf-status" role="status"> </span></div> <!> <div class="sticky-head svelte-13ik90"><p class="progress svelte-13ik90" role="status" aria-live="polite" aria-atomic="true"><strong> </strong> <span class="muted svelte-13ik90"> </span></p> <!></div> <!> <!>`, 1);
var root_10 = from_html(`<section class="evaluations svelte-13ik90"><h2 class="svelte-13ik90">Grilles d'évaluation</h2> <!></section> <!>`, 1);
function EvaluationsView($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	let reasonRequest = state(null);
	const askReason = (change) => new Promise((resolve) => set(reasonRequest, {
		change,
		resolve
	}, true));
	/** The live grids of the open session; replaced when another session is opened. */
	const liveRef = useSessionState(() => $$props.workspace, (ws, sessionId) => {
		const created = new EvaluationsState(ws, sessionId, askReason);
		created.start();
		return created;
	});
	const live = user_derived(() => liveRef.current);
	user_pre_effect(() => {
		const sessionId = $$props.workspace.openSessionId;
		untrack(() => {
			if (teacherChoice.sessionId !== sessionId) Object.assign(teacherChoice, {
				sessionId,
				unit: "",
				choice: "all",
				candidateId: null
			});
		});
	});
	const regulation = user_derived(() => $$props.workspace.regulation);
	const units = user_derived(() => get(regulation) ? gradedUnits(get(regulation)) : []);
	const unit = user_derived(() => get(units).find((u) => u.code === teacherChoice.unit) ?? get(units)[0] ?? null);
	const grids = user_derived(() => get(regulation) && get(unit) ? unitGrids(get(regulation), get(unit).code) : []);
	const classes = user_derived(() => {
		const counts = /* @__PURE__ */ new Map();
		for (const c of $$props.workspace.candidates) counts.set(c.etablissementId, (counts.get(c.etablissementId) ?? 0) + 1);
		const list = [...$$props.workspace.etablissements].filter((e) => e.id !== void 0).sort((a, b) => a.name.localeCompare(b.name, "fr")).map((e) => ({
			value: String(e.id),
			label: `${e.name}${e.city ? ` (${e.city})` : ""} — ${counts.get(e.id) ?? 0}`
		}));
		if (counts.has(null)) list.push({
			value: "none",
			label: `Sans établissement — ${counts.get(null)}`
		});
		return list;
	});
	const rows = user_derived(() => get(regulation) && get(unit) && get(live) ? teacherRows({
		regulation: get(regulation),
		unit: get(unit),
		choice: teacherChoice.choice,
		candidates: $$props.workspace.candidates,
		etablissements: $$props.workspace.etablissements,
		marks: $$props.workspace.marks,
		records: get(live).byKey
	}) : []);
	const current = user_derived(() => get(rows).find((r) => r.candidate.id === teacherChoice.candidateId) ?? get(rows)[0] ?? null);
	const index = user_derived(() => get(current) ? get(rows).indexOf(get(current)) : -1);
	const done = user_derived(() => get(rows).filter((r) => r.evaluated).length);
	const readonly = user_derived(() => get(unit) ? !$$props.workspace.canEdit(get(unit).code) : true);
	let mode = state("saisie");
	/** True when the candidate changed from the keyboard: the new grid takes the focus. */
	let focusGrid = state(false);
	function show(candidateId, focus) {
		teacherChoice.candidateId = candidateId;
		set(focusGrid, focus, true);
		if (get(live)) get(live).error = "";
	}
	let head = state(void 0);
	let formArea = state(void 0);
	/** Next/previous candidate: their grid starts from its first criterion, just under the sticky header. */
	async function move(delta, focus = true) {
		const next = get(rows)[get(index) + delta];
		if (!next) return;
		show(next.candidate.id, focus);
		await tick();
		scrollToFirstCriterion();
	}
	/** Brings the first criterion just under the sticky header (the form's top when it has no criterion). */
	function scrollToFirstCriterion() {
		if (!get(formArea)) return;
		const criterion = [...get(formArea).querySelectorAll("[role=\"radiogroup\"], [role=\"radiogroup\"] *")].find((e) => e.getBoundingClientRect().height > 0);
		const target = criterion?.closest("tr") ?? criterion ?? get(formArea);
		let scroller = get(formArea).parentElement;
		while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
		if (!scroller) return target.scrollIntoView({ block: "start" });
		const headHeight = get(head)?.getBoundingClientRect().height ?? 0;
		const offset = target.getBoundingClientRect().top - scroller.getBoundingClientRect().top - headHeight - 8;
		scroller.scrollTop += offset;
	}
	function chooseUnit(event) {
		teacherChoice.unit = event.currentTarget.value;
		teacherChoice.candidateId = null;
	}
	function chooseClass(event) {
		const value = event.currentTarget.value;
		teacherChoice.choice = value === "all" || value === "none" ? value : Number(value);
		teacherChoice.candidateId = null;
	}
	let busy = state(false);
	let pdfError = state("");
	const pdfSession = () => ({
		name: $$props.workspace.session?.name ?? "",
		academie: $$props.workspace.session?.academie ?? "",
		year: $$props.workspace.session?.year ?? (/* @__PURE__ */ new Date()).getFullYear(),
		diploma: get(regulation)?.diploma ?? ""
	});
	async function generate(file, make) {
		set(busy, true);
		set(pdfError, "");
		try {
			downloadBytes(`${safeFileName(`${file}-${$$props.workspace.session?.name ?? "session"}`)}.pdf`, await make());
		} catch (e) {
			set(pdfError, `Le document n'a pas pu être produit : ${e instanceof Error ? e.message : String(e)}.`);
		} finally {
			set(busy, false);
		}
	}
	const filledPdf = () => generate(`grilles-${get(unit)?.code ?? ""}`, async () => {
		const { evaluationGridsPdf } = await __vitePreload(async () => {
			const { evaluationGridsPdf } = await import("./grille-CqHs3PGt.js");
			return { evaluationGridsPdf };
		}, __vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15]), import.meta.url);
		return evaluationGridsPdf(pdfSession(), get(rows).flatMap((r) => r.grid ? [{
			grid: r.grid,
			candidate: {
				numero: r.candidate.numero,
				nom: r.candidate.nom,
				prenom: r.candidate.prenom
			},
			etablissement: r.etablissement ? {
				name: r.etablissement.name,
				uai: r.etablissement.uai
			} : null,
			evaluation: r.evaluation,
			mark: r.mark?.value ?? null
		}] : []));
	});
	const blankPdf = (grid) => generate(`grille-vierge-${grid.unitCode}${grid.form === "both" ? "" : `-${grid.form}`}`, async () => {
		const { blankGridsPdf } = await __vitePreload(async () => {
			const { blankGridsPdf } = await import("./grille-CqHs3PGt.js");
			return { blankGridsPdf };
		}, __vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15]), import.meta.url);
		return blankGridsPdf(pdfSession(), [grid]);
	});
	const formName = (grid) => grid.form === "CCF" ? "CCF" : grid.form === "ponctuel" ? "ponctuelle" : "";
	const formLabel = (form) => form === "CCF" ? "contrôle en cours de formation" : "forme ponctuelle";
	var fragment = root_10();
	var section = first_child(fragment);
	var h2 = child(section);
	var node = sibling(h2, 2);
	var consequent = ($$anchor) => {
		var p = root();
		append($$anchor, p);
	};
	var alternate_2 = ($$anchor) => {
		var fragment_1 = root_9();
		var div = first_child(fragment_1);
		var div_1 = child(div);
		var label = child(div_1);
		var select = sibling(label, 2);
		each(select, 21, () => get(units), (u) => u.code, ($$anchor, u) => {
			var option = root_1();
			var text = only_child(option);
			var option_value = {};
			template_effect(() => {
				set_text(text, `${get(u).code ?? ""} — ${get(u).name ?? ""}`);
				if (option_value !== (option_value = get(u).code)) option.value = (option.__value = option_value) ?? "";
			});
			append($$anchor, option);
		});
		reset(select);
		var select_value;
		init_select(select);
		reset(div_1);
		var div_2 = sibling(div_1, 2);
		var label_1 = child(div_2);
		var select_1 = sibling(label_1, 2);
		var option_1 = child(select_1);
		var text_1 = only_child(option_1);
		option_1.value = option_1.__value = "all";
		var node_1 = sibling(option_1);
		each(node_1, 17, () => get(classes), (c) => c.value, ($$anchor, c) => {
			var option_2 = root_1();
			var text_2 = only_child(option_2, true);
			var option_2_value = {};
			template_effect(() => {
				set_text(text_2, get(c).label);
				if (option_2_value !== (option_2_value = get(c).value)) option_2.value = (option_2.__value = option_2_value) ?? "";
			});
			append($$anchor, option_2);
		});
		reset(select_1);
		var select_1_value;
		init_select(select_1);
		reset(div_2);
		var div_3 = sibling(div_2, 2);
		var button = child(div_3);
		var button_1 = sibling(button, 2);
		reset(div_3);
		reset(div);
		var div_4 = sibling(div, 2);
		var button_2 = child(div_4);
		var node_2 = sibling(button_2, 2);
		each(node_2, 17, () => get(grids), (grid) => grid.id, ($$anchor, grid) => {
			var button_3 = root_2();
			var text_3 = only_child(button_3);
			template_effect(($0) => {
				button_3.disabled = get(busy);
				set_text(text_3, `Grille vierge ${get(grid).unitCode ?? ""} ${$0 ?? ""} (PDF)`);
			}, [() => formName(get(grid))]);
			delegated("click", button_3, () => blankPdf(get(grid)));
			append($$anchor, button_3);
		});
		var span = sibling(node_2, 2);
		var text_4 = only_child(span, true);
		reset(div_4);
		var node_3 = sibling(div_4, 2);
		var consequent_1 = ($$anchor) => {
			var p_1 = root_3();
			var text_5 = only_child(p_1, true);
			template_effect(() => set_text(text_5, get(pdfError)));
			append($$anchor, p_1);
		};
		if_block(node_3, ($$render) => {
			if (get(pdfError)) $$render(consequent_1);
		});
		var div_5 = sibling(node_3, 2);
		var p_2 = child(div_5);
		var strong = child(p_2);
		var text_6 = only_child(strong);
		var span_1 = sibling(strong, 2);
		var text_7 = only_child(span_1);
		reset(p_2);
		var node_4 = sibling(p_2, 2);
		var consequent_2 = ($$anchor) => {
			var fragment_2 = root_4();
			var div_6 = first_child(fragment_2);
			var button_4 = child(div_6);
			var div_7 = sibling(button_4, 2);
			var label_2 = child(div_7);
			var text_8 = only_child(label_2);
			var select_2 = sibling(label_2, 2);
			each(select_2, 21, () => get(rows), (r) => r.candidate.id, ($$anchor, r) => {
				var option_3 = root_1();
				var text_9 = only_child(option_3);
				var option_3_value = {};
				template_effect(($0) => {
					set_text(text_9, `${get(r).evaluated ? "✓ " : ""}${get(r).candidate.numero ?? ""} — ${$0 ?? ""}`);
					if (option_3_value !== (option_3_value = get(r).candidate.id)) option_3.value = (option_3.__value = option_3_value) ?? "";
				}, [() => candidateName(get(r).candidate)]);
				append($$anchor, option_3);
			});
			reset(select_2);
			var select_2_value;
			init_select(select_2);
			reset(div_7);
			var button_5 = sibling(div_7, 2);
			reset(div_6);
			var h3 = sibling(div_6, 2);
			var text_10 = child(h3);
			var span_2 = sibling(text_10);
			var text_11 = only_child(span_2);
			reset(h3);
			template_effect(($0, $1) => {
				button_4.disabled = get(index) <= 0;
				set_attribute(label_2, "for", `${uid}-candidate`);
				set_text(text_8, `Candidat ${get(index) + 1} sur ${get(rows).length ?? ""}`);
				set_attribute(select_2, "id", `${uid}-candidate`);
				if (select_2_value !== (select_2_value = get(current).candidate.id)) select_2.value = (select_2.__value = select_2_value) ?? "", select_option(select_2, select_2_value);
				button_5.disabled = get(index) >= get(rows).length - 1;
				set_text(text_10, `${$0 ?? ""} `);
				set_text(text_11, `— n° ${get(current).candidate.numero ?? ""}${get(current).etablissement ? ` — ${get(current).etablissement.name}` : ""} — ${$1 ?? ""}${get(current).evaluated ? " — évalué" : ""}`);
			}, [() => candidateName(get(current).candidate), () => formLabel(get(current).form)]);
			delegated("click", button_4, () => move(-1, false));
			delegated("change", select_2, (e) => show(Number(e.currentTarget.value), false));
			delegated("click", button_5, () => move(1, false));
			append($$anchor, fragment_2);
		};
		if_block(node_4, ($$render) => {
			if (get(mode) === "saisie" && get(current)) $$render(consequent_2);
		});
		reset(div_5);
		bind_this(div_5, ($$value) => set(head, $$value), () => get(head));
		var node_5 = sibling(div_5, 2);
		var consequent_3 = ($$anchor) => {
			var p_3 = root_5();
			var text_12 = only_child(p_3);
			template_effect(() => set_text(text_12, `La délibération ne permet plus de modifier ${get(unit).code ?? ""} : les grilles sont en lecture seule.`));
			append($$anchor, p_3);
		};
		if_block(node_5, ($$render) => {
			if (get(readonly)) $$render(consequent_3);
		});
		var node_6 = sibling(node_5, 2);
		var consequent_4 = ($$anchor) => {
			ClassSummary($$anchor, { get rows() {
				return get(rows);
			} });
		};
		var consequent_5 = ($$anchor) => {
			var p_4 = root_6();
			var text_13 = only_child(p_4);
			template_effect(() => set_text(text_13, `Aucun candidat de cette sélection ne passe ${get(unit).code ?? ""}.`));
			append($$anchor, p_4);
		};
		var alternate_1 = ($$anchor) => {
			var fragment_4 = root_8();
			var node_7 = first_child(fragment_4);
			var consequent_6 = ($$anchor) => {
				var p_5 = root_3();
				var text_14 = only_child(p_5, true);
				template_effect(() => set_text(text_14, get(live).error));
				append($$anchor, p_5);
			};
			if_block(node_7, ($$render) => {
				if (get(live)?.error) $$render(consequent_6);
			});
			var node_8 = sibling(node_7, 2);
			var consequent_7 = ($$anchor) => {
				var div_8 = root_7();
				var node_9 = child(div_8);
				key(node_9, () => get(current).candidate.id, ($$anchor) => {
					{
						let $0 = user_derived(() => ({
							...get(current),
							grid: get(current).grid
						}));
						let $1 = user_derived(() => get(rows)[get(index) - 1] ?? null);
						GridForm($$anchor, {
							get workspace() {
								return $$props.workspace;
							},
							get evaluations() {
								return get(live);
							},
							get regulation() {
								return get(regulation);
							},
							get unit() {
								return get(unit);
							},
							get row() {
								return get($0);
							},
							get previous() {
								return get($1);
							},
							get readonly() {
								return get(readonly);
							},
							onmove: (delta) => move(delta),
							get autofocus() {
								return get(focusGrid);
							}
						});
					}
				});
				reset(div_8);
				bind_this(div_8, ($$value) => set(formArea, $$value), () => get(formArea));
				append($$anchor, div_8);
			};
			var alternate = ($$anchor) => {
				var p_6 = root_6();
				var text_15 = only_child(p_6);
				template_effect(($0) => set_text(text_15, `${get(unit).code ?? ""} en ${$0 ?? ""} : la circulaire ne donne pas de grille d'évaluation pour cette forme.`), [() => formLabel(get(current).form)]);
				append($$anchor, p_6);
			};
			if_block(node_8, ($$render) => {
				if (get(current).grid && get(live) && get(regulation)) $$render(consequent_7);
				else $$render(alternate, -1);
			});
			next(2);
			append($$anchor, fragment_4);
		};
		if_block(node_6, ($$render) => {
			if (get(mode) === "synthese") $$render(consequent_4);
			else if (!get(current)) $$render(consequent_5, 1);
			else $$render(alternate_1, -1);
		});
		template_effect(($0) => {
			set_attribute(label, "for", `${uid}-unit`);
			set_attribute(select, "id", `${uid}-unit`);
			if (select_value !== (select_value = get(unit).code)) select.value = (select.__value = select_value) ?? "", select_option(select, select_value);
			set_attribute(label_1, "for", `${uid}-class`);
			set_attribute(select_1, "id", `${uid}-class`);
			set_text(text_1, `Tous les établissements — ${$$props.workspace.candidates.length ?? ""}`);
			if (select_1_value !== (select_1_value = $0)) select_1.value = (select_1.__value = select_1_value) ?? "", select_option(select_1, select_1_value);
			set_attribute(button, "aria-pressed", get(mode) === "saisie");
			set_attribute(button_1, "aria-pressed", get(mode) === "synthese");
			button_2.disabled = get(busy) || get(rows).length === 0;
			set_text(text_4, get(busy) ? "Préparation du document…" : "");
			set_text(text_6, `${get(done) ?? ""} / ${get(rows).length ?? ""} évalués`);
			set_text(text_7, `— ${get(unit).code ?? ""}, ${get(rows).length === 1 ? "1 candidat" : `${get(rows).length} candidats`} dans la sélection`);
		}, [() => String(teacherChoice.choice)]);
		delegated("change", select, chooseUnit);
		delegated("change", select_1, chooseClass);
		delegated("click", button, () => set(mode, "saisie"));
		delegated("click", button_1, () => set(mode, "synthese"));
		delegated("click", button_2, filledPdf);
		append($$anchor, fragment_1);
	};
	if_block(node, ($$render) => {
		if (!get(unit)) $$render(consequent);
		else $$render(alternate_2, -1);
	});
	reset(section);
	var node_10 = sibling(section, 2);
	ReasonDialog(node_10, {
		get request() {
			return get(reasonRequest);
		},
		set request($$value) {
			set(reasonRequest, $$value, true);
		}
	});
	template_effect(() => {
		set_attribute(section, "aria-labelledby", `${uid}-title`);
		set_attribute(h2, "id", `${uid}-title`);
	});
	append($$anchor, fragment);
	pop();
}
delegate(["change", "click"]);
export { EvaluationsView as default };
