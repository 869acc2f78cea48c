const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./LivretDialog-Bsg2hvA5.js","./disclose-version-DzsNc0kE.js","./LivretCheckbox-3JMIPUIL.js","./format-N4ce8ly4.js","./exact-Cpdw3sSx.js","./jury-UInpj3f5.js","./marks-B5B9zhMh.js","./regulation-CUY09-RS.js","./results-CXJABGNk.js","./session-D2Rp9qN2.js","./LivretCheckbox-B5N0Af9R.css","./LivretCandidate-BpHxWn40.js","./livret-PcoQAaJt.js","./presets-Cf2HfyzO.js","./stage-C1uuiMv2.js","./livret-stats-hc6XJB1X.js","./dates-BZmzPFtD.js","./dates-qyPr0vLJ.js","./livret-chart-Qq4g49-4.js","./validate-CipAkb3j.js","./rolldown-runtime-CO0Nlsmt.js","./text-gjivuZnp.js","./livrets-c3adzeOm.js","./actions-BpN36JFP.js","./storage-CeWyakf3.js","./session-state.svelte-B_E1wRI0.js","./download-61WZdJOK.js","./preload-helper-CALLvQDj.js","./LivretCandidate-BAyVmHa9.css","./LivretDialog-BkWuPZCU.css"])))=>i.map(i=>d[i]);
import { A as append, C as each, E as if_block, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, N as from_svg, P as props_id, Q as state, X as proxy, Y as sibling, Z as set, at as next, c as bind_value, ct as to_array, d as set_attribute, et as user_derived, g as select_option, h as init_select, j as comment, k as set_text, m as bind_select_value, nt as pop, ot as reset, p as set_value, q as first_child, r as prop, rt as push, u as remove_input_defaults, v as set_class, w as index, x as component, z as get } from "./disclose-version-DzsNc0kE.js";
import { a as formatHundredthsShort, c as toHundredths, t as averageAtLeast } from "./exact-Cpdw3sSx.js";
import { i as passRateText, n as nearThresholds, t as juryStatistics } from "./jury-stats-C8-Wcio5.js";
import { a as pointsNeeded, c as whatIf, i as livretWarning, r as describePointsNeeded, s as suggestControleUnits } from "./jury-UInpj3f5.js";
import { a as parseControleMark, o as parseMark, r as formatMark, s as parseMarkNumber } from "./marks-B5B9zhMh.js";
import { n as DECISION_LABELS, t as DECISIONS } from "./results-CXJABGNk.js";
import { t as useJury } from "./jury.svelte-i4VcooCb.js";
import { a as candidateMarksOf, o as controleKey } from "./session-D2Rp9qN2.js";
import { a as neededCell, i as candidateName, n as binLabel, r as candidateLabel, t as averageText } from "./format-N4ce8ly4.js";
import { t as LivretCheckbox } from "./LivretCheckbox-3JMIPUIL.js";
import { t as __vitePreload } from "./preload-helper-CALLvQDj.js";
// src/ui/jury/LivretLink.svelte
var root$3 = from_html(`<button type="button" class="livret-link">Livret <span class="visually-hidden"> </span></button> <!>`, 1);
function LivretLink($$anchor, $$props) {
	push($$props, true);
	let LivretDialog = state(null);
	let open = state(false);
	async function show() {
		set(LivretDialog, get(LivretDialog) ?? (await __vitePreload(async () => {
			const { default: __vite_default__ } = await import("./LivretDialog-Bsg2hvA5.js");
			return { default: __vite_default__ };
		}, __vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29]), import.meta.url)).default);
		set(open, true);
	}
	var fragment = root$3();
	var button = first_child(fragment);
	var span = sibling(child(button));
	var text = only_child(span);
	reset(button);
	var node = sibling(button, 2);
	var consequent = ($$anchor) => {
		var fragment_1 = comment();
		var node_1 = first_child(fragment_1);
		component(node_1, () => get(LivretDialog), ($$anchor, LivretDialog_1) => {
			LivretDialog_1($$anchor, {
				get workspace() {
					return $$props.workspace;
				},
				get jury() {
					return $$props.jury;
				},
				get candidateId() {
					return $$props.candidateId;
				},
				onclose: () => set(open, false)
			});
		});
		append($$anchor, fragment_1);
	};
	if_block(node, ($$render) => {
		if (get(open) && get(LivretDialog)) $$render(consequent);
	});
	template_effect(($0) => set_text(text, `scolaire de ${$0 ?? ""}`), [() => candidateName($$props.candidate)]);
	delegated("click", button, show);
	append($$anchor, fragment);
	pop();
}
delegate(["click"]);
// src/ui/jury/CandidateSimulation.svelte
var root$2 = from_html(`<option> </option>`);
var root_1$2 = from_html(`<p class="hint svelte-1p71z69">Choisissez un candidat (ou sélectionnez-le dans la grille des notes) pour voir ce qui lui manque.</p>`);
var root_2$2 = from_html(`<p class="warning svelte-1p71z69" role="note"> </p>`);
var root_3$2 = from_html(`<tr><th scope="row" class="svelte-1p71z69"> </th><td class="svelte-1p71z69"> </td><td class="svelte-1p71z69"> </td><td class="svelte-1p71z69"> </td></tr>`);
var root_4$2 = from_html(`<li> </li>`);
var root_5$1 = from_html(`<tr><th scope="row" class="svelte-1p71z69"> </th><td class="svelte-1p71z69"> </td><td class="svelte-1p71z69"> </td></tr>`);
var root_6$1 = from_html(`<table class="needed svelte-1p71z69"><caption class="svelte-1p71z69">Épreuves de contrôle, celles où une note rapporte le plus d'abord</caption><thead><tr><th scope="col" class="svelte-1p71z69">Épreuve</th><th scope="col" class="svelte-1p71z69">Note du 1er groupe</th><th scope="col" class="svelte-1p71z69">Note de contrôle pour être admis</th></tr></thead><tbody></tbody></table>`);
var root_7$1 = from_html(`<label class="svelte-1p71z69"><span> <span class="visually-hidden">(simulation)</span></span> <input type="text" inputmode="decimal" size="5" class="svelte-1p71z69"/></label>`);
var root_8$1 = from_html(`<p class="field-error svelte-1p71z69"> </p>`);
var root_9$1 = from_html(`<li class="field-error svelte-1p71z69"> </li>`);
var root_10$1 = from_html(`<div class="simulation svelte-1p71z69" role="status" aria-label="Résultat simulé"><p class="sim-label svelte-1p71z69">Simulation — non enregistrée</p> <p class="svelte-1p71z69"> <strong> </strong> <strong> </strong> </p> <ol class="steps svelte-1p71z69"><!> <!></ol></div>`);
var root_11$1 = from_html(`<p class="who svelte-1p71z69"><strong> </strong> <span> </span> <!> <!></p> <!> <table class="needed svelte-1p71z69"><caption class="svelte-1p71z69">Note minimale à obtenir sur une épreuve, les autres notes restant inchangées</caption><thead><tr><th scope="col" class="svelte-1p71z69">Épreuve</th><th scope="col" class="svelte-1p71z69">Note actuelle</th><th scope="col" class="svelte-1p71z69"> </th><th scope="col" class="svelte-1p71z69"> </th></tr></thead><tbody></tbody></table> <ul class="totals svelte-1p71z69"><!> <!></ul> <!> <fieldset class="simulation-inputs svelte-1p71z69"><legend class="svelte-1p71z69">Simulation : notes fictives (jamais enregistrées)</legend> <div class="sim-grid svelte-1p71z69"><!> <!></div> <!> <button type="button">Effacer la simulation</button></fieldset> <!>`, 1);
var root_12 = from_html(`<section class="candidate-sim svelte-1p71z69"><h3 class="svelte-1p71z69">Points nécessaires et simulation</h3> <label class="pick svelte-1p71z69"><span>Candidat</span> <select><option>— choisir un candidat —</option><!></select></label> <!></section>`);
function CandidateSimulation($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	let workspace = prop($$props, "workspace", 7);
	const view = user_derived(() => workspace().selected);
	const marks = user_derived(() => get(view) ? candidateMarksOf(Object.values(get(view).marks)) : null);
	function select(event) {
		const value = event.currentTarget.value;
		workspace().selectedCandidateId = value === "" ? null : Number(value);
	}
	const rows = user_derived(() => get(marks) && get(view) ? $$props.regulation.units.map((unit) => ({
		unit,
		current: get(view).marks[unit.code]?.value ?? null,
		admis: pointsNeeded(get(marks), $$props.regulation, "admis", unit.code),
		band: unit.domain === "optional" ? null : pointsNeeded(get(marks), $$props.regulation, "controle", unit.code)
	})) : []);
	const totalAdmis = user_derived(() => get(marks) ? pointsNeeded(get(marks), $$props.regulation, "admis") : null);
	const totalBand = user_derived(() => get(marks) ? pointsNeeded(get(marks), $$props.regulation, "controle") : null);
	const suggestions = user_derived(() => get(marks) && get(view)?.result.firstGroupDecision === "CONTROLE" ? suggestControleUnits(get(marks), $$props.regulation) : []);
	let drafts = state(proxy({
		candidateId: null,
		texts: {}
	}));
	const texts = user_derived(() => get(view) && get(drafts).candidateId === get(view).id ? get(drafts).texts : {});
	function setDraft(key, text) {
		if (!get(view)) return;
		if (get(drafts).candidateId !== get(view).id) set(drafts, {
			candidateId: get(view).id,
			texts: {}
		}, true);
		get(drafts).texts[key] = text;
	}
	function clear() {
		set(drafts, {
			candidateId: null,
			texts: {}
		}, true);
	}
	const parsed = user_derived(() => {
		const placeholders = {};
		const errors = {};
		for (const [key, text] of Object.entries(get(texts))) {
			if (text.trim() === "") continue;
			const result = key.startsWith("controle_") ? parseControleMark(text, $$props.regulation) : parseMark(text, $$props.regulation.units.find((u) => u.code === key), $$props.regulation);
			if (result.ok) placeholders[key] = result.value;
			else errors[key] = result.error;
		}
		return {
			placeholders,
			errors
		};
	});
	const simulation = user_derived(() => get(marks) && Object.keys(get(parsed).placeholders).length > 0 ? whatIf(get(marks), $$props.regulation, get(parsed).placeholders) : null);
	const simulating = user_derived(() => Object.values(get(texts)).some((t) => t.trim() !== ""));
	const showControle = user_derived(() => get(view) !== null && (get(view).result.firstGroupDecision === "CONTROLE" || get(simulation)?.result.firstGroupDecision === "CONTROLE"));
	const livret = user_derived(() => get(view) ? livretWarning(get(view).result.decision, $$props.jury.note(get(view).id)) : null);
	var section = root_12();
	var h3 = child(section);
	var label = sibling(h3, 2);
	var select_1 = sibling(child(label), 2);
	var option = child(select_1);
	option.value = option.__value = "";
	var node = sibling(option);
	each(node, 17, () => workspace().views, (v) => v.id, ($$anchor, v) => {
		var option_1 = root$2();
		var text_1 = only_child(option_1, true);
		var option_1_value = {};
		template_effect(($0) => {
			set_text(text_1, $0);
			if (option_1_value !== (option_1_value = get(v).id)) option_1.value = (option_1.__value = option_1_value) ?? "";
		}, [() => candidateLabel(get(v).candidate)]);
		append($$anchor, option_1);
	});
	reset(select_1);
	var select_1_value;
	init_select(select_1);
	reset(label);
	var node_1 = sibling(label, 2);
	var consequent = ($$anchor) => {
		var p = root_1$2();
		append($$anchor, p);
	};
	var alternate = ($$anchor) => {
		var fragment = root_11$1();
		var p_1 = first_child(fragment);
		var strong = child(p_1);
		var text_2 = only_child(strong, true);
		var text_3 = sibling(strong);
		var span = sibling(text_3);
		var text_4 = only_child(span, true);
		var node_2 = sibling(span, 2);
		LivretCheckbox(node_2, {
			get jury() {
				return $$props.jury;
			},
			get candidateId() {
				return get(view).id;
			},
			get candidate() {
				return get(view).candidate;
			}
		});
		LivretLink(sibling(node_2, 2), {
			get workspace() {
				return workspace();
			},
			get jury() {
				return $$props.jury;
			},
			get candidateId() {
				return get(view).id;
			},
			get candidate() {
				return get(view).candidate;
			}
		});
		reset(p_1);
		var node_4 = sibling(p_1, 2);
		var consequent_1 = ($$anchor) => {
			var p_2 = root_2$2();
			var text_5 = only_child(p_2, true);
			template_effect(() => set_text(text_5, get(livret)));
			append($$anchor, p_2);
		};
		if_block(node_4, ($$render) => {
			if (get(livret)) $$render(consequent_1);
		});
		var table = sibling(node_4, 2);
		var thead = sibling(child(table));
		var tr = child(thead);
		var th = sibling(child(tr), 2);
		var text_6 = only_child(th);
		var th_1 = sibling(th);
		var text_7 = only_child(th_1);
		reset(tr);
		reset(thead);
		var tbody = sibling(thead);
		each(tbody, 21, () => get(rows), (row) => row.unit.code, ($$anchor, row) => {
			var tr_1 = root_3$2();
			var th_2 = child(tr_1);
			var text_8 = only_child(th_2, true);
			var td = sibling(th_2);
			var text_9 = only_child(td, true);
			var td_1 = sibling(td);
			var text_10 = only_child(td_1, true);
			var td_2 = sibling(td_1);
			var text_11 = only_child(td_2, true);
			reset(tr_1);
			template_effect(($0, $1, $2, $3, $4) => {
				set_attribute(th_2, "title", get(row).unit.name);
				set_text(text_8, get(row).unit.code);
				set_text(text_9, $0);
				set_attribute(td_1, "title", $1);
				set_text(text_10, $2);
				set_attribute(td_2, "title", $3);
				set_text(text_11, $4);
			}, [
				() => get(row).current ? formatMark(get(row).current) || "—" : "—",
				() => describePointsNeeded(get(row).admis, $$props.regulation),
				() => neededCell(get(row).admis),
				() => get(row).band ? describePointsNeeded(get(row).band, $$props.regulation) : "",
				() => get(row).band ? neededCell(get(row).band) : ""
			]);
			append($$anchor, tr_1);
		});
		reset(tbody);
		reset(table);
		var ul = sibling(table, 2);
		var node_5 = child(ul);
		var consequent_2 = ($$anchor) => {
			var li = root_4$2();
			var text_12 = only_child(li);
			template_effect(($0) => set_text(text_12, `Pour être admis : ${$0 ?? ""}`), [() => describePointsNeeded(get(totalAdmis), $$props.regulation)]);
			append($$anchor, li);
		};
		if_block(node_5, ($$render) => {
			if (get(totalAdmis)) $$render(consequent_2);
		});
		var node_6 = sibling(node_5, 2);
		var consequent_3 = ($$anchor) => {
			var li_1 = root_4$2();
			var text_13 = only_child(li_1);
			template_effect(($0) => set_text(text_13, `Pour l'épreuve de contrôle : ${$0 ?? ""}`), [() => describePointsNeeded(get(totalBand), $$props.regulation)]);
			append($$anchor, li_1);
		};
		if_block(node_6, ($$render) => {
			if (get(totalBand)) $$render(consequent_3);
		});
		reset(ul);
		var node_7 = sibling(ul, 2);
		var consequent_4 = ($$anchor) => {
			var table_1 = root_6$1();
			var tbody_1 = sibling(child(table_1), 2);
			each(tbody_1, 21, () => get(suggestions), (s) => s.unit.code, ($$anchor, s) => {
				var tr_2 = root_5$1();
				var th_3 = child(tr_2);
				var text_14 = only_child(th_3, true);
				var td_3 = sibling(th_3);
				var text_15 = only_child(td_3, true);
				var td_4 = sibling(td_3);
				var text_16 = only_child(td_4, true);
				reset(tr_2);
				template_effect(($0, $1, $2) => {
					set_attribute(th_3, "title", get(s).unit.name);
					set_text(text_14, get(s).unit.code);
					set_text(text_15, $0);
					set_attribute(td_4, "title", $1);
					set_text(text_16, $2);
				}, [
					() => averageText(get(s).firstGroup),
					() => describePointsNeeded(get(s).needed, $$props.regulation),
					() => neededCell(get(s).needed)
				]);
				append($$anchor, tr_2);
			});
			reset(tbody_1);
			reset(table_1);
			append($$anchor, table_1);
		};
		if_block(node_7, ($$render) => {
			if (get(suggestions).length > 0) $$render(consequent_4);
		});
		var fieldset = sibling(node_7, 2);
		var div = sibling(child(fieldset), 2);
		var node_8 = child(div);
		each(node_8, 17, () => $$props.regulation.units, (unit) => unit.code, ($$anchor, unit) => {
			const error = user_derived(() => get(parsed).errors[get(unit).code]);
			var label_1 = root_7$1();
			var span_1 = child(label_1);
			var text_17 = child(span_1);
			next();
			reset(span_1);
			var input = sibling(span_1, 2);
			remove_input_defaults(input);
			reset(label_1);
			template_effect(($0) => {
				set_text(text_17, `${get(unit).code ?? ""} `);
				set_attribute(input, "placeholder", $0);
				set_value(input, get(texts)[get(unit).code] ?? "");
				set_attribute(input, "aria-invalid", get(error) ? "true" : void 0);
				set_attribute(input, "title", get(error));
			}, [() => formatMark(get(view).marks[get(unit).code]?.value ?? { kind: "empty" })]);
			delegated("input", input, (e) => setDraft(get(unit).code, e.currentTarget.value));
			append($$anchor, label_1);
		});
		var node_9 = sibling(node_8, 2);
		var consequent_5 = ($$anchor) => {
			var fragment_1 = comment();
			var node_10 = first_child(fragment_1);
			each(node_10, 17, () => $$props.regulation.controle.units, (unit) => unit.code, ($$anchor, unit) => {
				const key = user_derived(() => controleKey(get(unit).code));
				const error = user_derived(() => get(parsed).errors[get(key)]);
				var label_2 = root_7$1();
				var span_2 = child(label_2);
				var text_18 = child(span_2);
				next();
				reset(span_2);
				var input_1 = sibling(span_2, 2);
				remove_input_defaults(input_1);
				reset(label_2);
				template_effect(($0) => {
					set_text(text_18, `Contrôle ${get(unit).code ?? ""} `);
					set_attribute(input_1, "placeholder", $0);
					set_value(input_1, get(texts)[get(key)] ?? "");
					set_attribute(input_1, "aria-invalid", get(error) ? "true" : void 0);
					set_attribute(input_1, "title", get(error));
				}, [() => formatMark(get(view).marks[get(key)]?.value ?? { kind: "empty" })]);
				delegated("input", input_1, (e) => setDraft(get(key), e.currentTarget.value));
				append($$anchor, label_2);
			});
			append($$anchor, fragment_1);
		};
		if_block(node_9, ($$render) => {
			if (get(showControle)) $$render(consequent_5);
		});
		reset(div);
		var node_11 = sibling(div, 2);
		each(node_11, 17, () => Object.entries(get(parsed).errors), ([key, error]) => key, ($$anchor, $$item) => {
			var $$array = user_derived(() => to_array(get($$item), 2));
			let key = () => get($$array)[0];
			let error = () => get($$array)[1];
			var p_3 = root_8$1();
			var text_19 = only_child(p_3);
			template_effect(($0) => set_text(text_19, `${$0 ?? ""} : ${error() ?? ""}`), [() => key().replace("controle_", "contrôle ")]);
			append($$anchor, p_3);
		});
		var button = sibling(node_11, 2);
		reset(fieldset);
		var node_12 = sibling(fieldset, 2);
		var consequent_6 = ($$anchor) => {
			var div_1 = root_10$1();
			var p_4 = sibling(child(div_1), 2);
			var text_20 = child(p_4);
			var strong_1 = sibling(text_20);
			var text_21 = only_child(strong_1, true);
			var text_22 = sibling(strong_1);
			var strong_2 = sibling(text_22);
			var text_23 = only_child(strong_2, true);
			var text_24 = sibling(strong_2);
			reset(p_4);
			var ol = sibling(p_4, 2);
			var node_13 = child(ol);
			each(node_13, 17, () => get(simulation).result.explanation, index, ($$anchor, sentence) => {
				var li_2 = root_4$2();
				var text_25 = only_child(li_2, true);
				template_effect(() => set_text(text_25, get(sentence)));
				append($$anchor, li_2);
			});
			var node_14 = sibling(node_13, 2);
			each(node_14, 17, () => get(simulation).result.errors, index, ($$anchor, error) => {
				var li_3 = root_9$1();
				var text_26 = only_child(li_3);
				template_effect(() => set_text(text_26, `Épreuve de contrôle non prise en compte : ${get(error).message ?? ""}.`));
				append($$anchor, li_3);
			});
			reset(ol);
			reset(div_1);
			template_effect(($0, $1, $2) => {
				set_text(text_20, `Notes fictives en ${$0 ?? ""} : moyenne `);
				set_text(text_21, $1);
				set_text(text_22, ` (réelle ${$2 ?? ""}), décision `);
				set_class(strong_2, 1, `decision-${get(simulation).result.decision ?? ""}`, "svelte-1p71z69");
				set_text(text_23, DECISION_LABELS[get(simulation).result.decision]);
				set_text(text_24, ` (réelle : ${DECISION_LABELS[get(view).result.decision] ?? ""}).`);
			}, [
				() => get(simulation).placeholders.map((k) => k.replace("controle_", "contrôle ")).join(", "),
				() => averageText(get(simulation).result.final),
				() => averageText(get(view).result.final)
			]);
			append($$anchor, div_1);
		};
		if_block(node_12, ($$render) => {
			if (get(simulation)) $$render(consequent_6);
		});
		template_effect(($0, $1, $2) => {
			set_text(text_2, $0);
			set_text(text_3, `, n° ${get(view).candidate.numero ?? ""} — moyenne ${$1 ?? ""}, moyenne professionnelle ${$2 ?? ""}, `);
			set_class(span, 1, `decision decision-${get(view).result.decision ?? ""}`, "svelte-1p71z69");
			set_text(text_4, DECISION_LABELS[get(view).result.decision]);
			set_text(text_6, `Pour être admis (moyenne ≥ ${$$props.regulation.thresholds.admis ?? ""})`);
			set_text(text_7, `Pour l'épreuve de contrôle (moyenne ≥ ${$$props.regulation.thresholds.controleMin ?? ""})`);
			button.disabled = !get(simulating);
		}, [
			() => candidateName(get(view).candidate),
			() => averageText(get(view).result.firstGroup),
			() => averageText(get(view).result.professional)
		]);
		delegated("click", button, clear);
		append($$anchor, fragment);
	};
	if_block(node_1, ($$render) => {
		if (!get(view) || !get(marks)) $$render(consequent);
		else $$render(alternate, -1);
	});
	reset(section);
	template_effect(() => {
		set_attribute(section, "aria-labelledby", `${uid}-title`);
		set_attribute(h3, "id", `${uid}-title`);
		if (select_1_value !== (select_1_value = workspace().selectedCandidateId ?? "")) select_1.value = (select_1.__value = select_1_value) ?? "", select_option(select_1, select_1_value);
	});
	delegated("change", select_1, select);
	append($$anchor, section);
	pop();
}
delegate([
	"change",
	"input",
	"click"
]);
// src/ui/jury/Histogram.svelte
var root$1 = from_svg(`<rect></rect><text class="count svelte-1ehau4l" text-anchor="middle"> </text>`, 1);
var root_1$1 = from_svg(`<text class="tick svelte-1ehau4l" text-anchor="middle"> </text>`);
var root_2$1 = from_svg(`<line class="threshold svelte-1ehau4l"></line><text class="threshold-label svelte-1ehau4l"> </text>`, 1);
var root_3$1 = from_html(`<tr><th scope="row"> </th><td> </td></tr>`);
var root_4$1 = from_html(`<figure class="histogram svelte-1ehau4l"><svg role="img" preserveAspectRatio="xMidYMid meet" class="svelte-1ehau4l"><line class="axis svelte-1ehau4l"></line><line class="axis svelte-1ehau4l"></line><text class="tick svelte-1ehau4l" text-anchor="end"> </text><text class="tick svelte-1ehau4l" text-anchor="end">0</text><!><!><!></svg> <table class="visually-hidden"><caption> </caption><thead><tr><th scope="col">Moyenne</th><th scope="col">Candidats</th></tr></thead><tbody></tbody></table></figure>`);
function Histogram($$anchor, $$props) {
	push($$props, true);
	const LEFT = 36;
	const TOP = 18;
	const plotW = 594;
	const plotH = 172;
	const top = user_derived(() => $$props.bins.length > 0 ? $$props.bins[$$props.bins.length - 1].to : $$props.maxMark * 100);
	const maxCount = user_derived(() => Math.max(1, ...$$props.bins.map((b) => b.count)));
	const x = (hundredths) => LEFT + hundredths / get(top) * plotW;
	const y = (count) => 190 - count / get(maxCount) * plotH;
	const ticks = user_derived(() => Array.from({ length: Math.floor(get(top) / 200) + 1 }, (_, i) => i * 200));
	const zone = (bin) => bin.to <= ($$props.thresholds[0] ?? 0) ? "low" : bin.from >= ($$props.thresholds[$$props.thresholds.length - 1] ?? Infinity) ? "high" : "mid";
	var figure = root_4$1();
	var svg = child(figure);
	set_attribute(svg, "viewBox", "0 0 640 220");
	var line = child(svg);
	set_attribute(line, "x1", LEFT);
	set_attribute(line, "y1", 190);
	set_attribute(line, "x2", 630);
	set_attribute(line, "y2", 190);
	var line_1 = sibling(line);
	set_attribute(line_1, "x1", LEFT);
	set_attribute(line_1, "y1", TOP);
	set_attribute(line_1, "x2", LEFT);
	set_attribute(line_1, "y2", 190);
	var text = sibling(line_1);
	set_attribute(text, "x", 30);
	set_attribute(text, "y", 22);
	var text_1 = only_child(text, true);
	var text_2 = sibling(text);
	set_attribute(text_2, "x", 30);
	set_attribute(text_2, "y", 190);
	var node = sibling(text_2);
	each(node, 17, () => $$props.bins, (bin) => bin.from, ($$anchor, bin) => {
		var fragment = comment();
		var node_1 = first_child(fragment);
		var consequent = ($$anchor) => {
			var fragment_1 = root$1();
			var rect = first_child(fragment_1);
			var text_3 = sibling(rect);
			var text_4 = only_child(text_3, true);
			template_effect(($0, $1, $2, $3, $4, $5, $6) => {
				set_class(rect, 0, `bar ${$0 ?? ""}`, "svelte-1ehau4l");
				set_attribute(rect, "x", $1);
				set_attribute(rect, "y", $2);
				set_attribute(rect, "width", $3);
				set_attribute(rect, "height", $4);
				set_attribute(text_3, "x", $5);
				set_attribute(text_3, "y", $6);
				set_text(text_4, get(bin).count);
			}, [
				() => zone(get(bin)),
				() => x(get(bin).from) + 1,
				() => y(get(bin).count),
				() => Math.max(1, x(get(bin).to) - x(get(bin).from) - 2),
				() => 190 - y(get(bin).count),
				() => (x(get(bin).from) + x(get(bin).to)) / 2,
				() => y(get(bin).count) - 3
			]);
			append($$anchor, fragment_1);
		};
		if_block(node_1, ($$render) => {
			if (get(bin).count > 0) $$render(consequent);
		});
		append($$anchor, fragment);
	});
	var node_2 = sibling(node);
	each(node_2, 16, () => get(ticks), (t) => t, ($$anchor, t) => {
		var text_5 = root_1$1();
		set_attribute(text_5, "y", 206);
		var text_6 = only_child(text_5, true);
		template_effect(($0, $1) => {
			set_attribute(text_5, "x", $0);
			set_text(text_6, $1);
		}, [() => x(t), () => formatHundredthsShort(t)]);
		append($$anchor, text_5);
	});
	var node_3 = sibling(node_2);
	each(node_3, 16, () => $$props.thresholds, (t) => t, ($$anchor, t) => {
		var fragment_2 = root_2$1();
		var line_2 = first_child(fragment_2);
		set_attribute(line_2, "y1", 10);
		set_attribute(line_2, "y2", 190);
		var text_7 = sibling(line_2);
		set_attribute(text_7, "y", 16);
		var text_8 = only_child(text_7, true);
		template_effect(($0, $1, $2, $3) => {
			set_attribute(line_2, "x1", $0);
			set_attribute(line_2, "x2", $1);
			set_attribute(text_7, "x", $2);
			set_text(text_8, $3);
		}, [
			() => x(t),
			() => x(t),
			() => x(t) + 3,
			() => formatHundredthsShort(t)
		]);
		append($$anchor, fragment_2);
	});
	reset(svg);
	var table = sibling(svg, 2);
	var caption_1 = child(table);
	var text_9 = only_child(caption_1, true);
	var tbody = sibling(caption_1, 2);
	each(tbody, 21, () => $$props.bins, (bin) => bin.from, ($$anchor, bin) => {
		var tr = root_3$1();
		var th = child(tr);
		var text_10 = only_child(th, true);
		var td = sibling(th);
		var text_11 = only_child(td, true);
		reset(tr);
		template_effect(($0) => {
			set_text(text_10, $0);
			set_text(text_11, get(bin).count);
		}, [() => binLabel(get(bin), $$props.maxMark)]);
		append($$anchor, tr);
	});
	reset(tbody);
	reset(table);
	reset(figure);
	template_effect(() => {
		set_attribute(svg, "aria-label", $$props.summary);
		set_text(text_1, get(maxCount));
		set_text(text_9, $$props.caption);
	});
	append($$anchor, figure);
	pop();
}
// src/ui/jury/JuryView.svelte
var root = from_html(`<p class="hint svelte-1p9xe76">Ouvrez une session pour voir ses statistiques.</p>`);
var root_1 = from_html(`<tr><th scope="row"> </th><td class="num svelte-1p9xe76"> </td><td class="num svelte-1p9xe76"> </td></tr>`);
var root_2 = from_html(`<tr><th scope="row" class="svelte-1p9xe76"> </th><td class="num svelte-1p9xe76"> </td><td class="num svelte-1p9xe76"> </td><td class="num svelte-1p9xe76"> </td><td class="num svelte-1p9xe76"> </td><td class="num svelte-1p9xe76"> </td></tr>`);
var root_3 = from_html(`<p class="field-error svelte-1p9xe76"> </p>`);
var root_4 = from_html(`<p class="hint svelte-1p9xe76">Aucun candidat à cette distance d'un seuil.</p>`);
var root_5 = from_html(`<!> <!>`, 1);
var root_6 = from_html(`<tr><th scope="row" class="svelte-1p9xe76"> </th><td class="num svelte-1p9xe76"> </td><td class="num svelte-1p9xe76"> </td><td class="num svelte-1p9xe76"> </td><td> </td><td class="svelte-1p9xe76"><!></td><td class="svelte-1p9xe76"><button type="button">Détail <span class="visually-hidden"> </span></button></td></tr>`);
var root_7 = from_html(`<table class="data svelte-1p9xe76"><caption class="visually-hidden">Candidats dont la moyenne du 1er groupe est proche d'un seuil</caption><thead><tr><th scope="col" class="svelte-1p9xe76">Candidat</th><th scope="col" class="svelte-1p9xe76">Moyenne</th><th scope="col" class="svelte-1p9xe76">Seuil</th><th scope="col" class="svelte-1p9xe76">Écart</th><th scope="col" class="svelte-1p9xe76">Décision</th><th scope="col" class="svelte-1p9xe76">Livret</th><th scope="col" class="svelte-1p9xe76"><span class="visually-hidden">Actions</span></th></tr></thead><tbody></tbody></table>`);
var root_8 = from_html(`<li class="svelte-1p9xe76"> <!></li>`);
var root_9 = from_html(`<section class="livret-warning svelte-1p9xe76"><h3 class="svelte-1p9xe76"> </h3> <p class="svelte-1p9xe76">Le jury doit examiner le livret scolaire avant d'ajourner un candidat (art. D643-26).</p> <ul class="svelte-1p9xe76"></ul></section>`);
var root_10 = from_html(`<div class="columns svelte-1p9xe76"><section><h3 class="svelte-1p9xe76">Décisions</h3> <table class="data svelte-1p9xe76"><caption class="visually-hidden">Nombre de candidats par décision</caption><thead><tr><th scope="col" class="svelte-1p9xe76">Décision</th><th scope="col" class="svelte-1p9xe76">Après contrôle</th><th scope="col" class="svelte-1p9xe76">1er groupe</th></tr></thead><tbody><!><tr><th scope="row" class="svelte-1p9xe76">Total</th><td class="num svelte-1p9xe76"> </td><td class="num svelte-1p9xe76"> </td></tr></tbody></table> <p class="pass-rate svelte-1p9xe76">Taux de réussite : <strong> </strong> </p></section> <section><h3 class="svelte-1p9xe76">Répartition des moyennes du 1er groupe</h3> <label class="inline svelte-1p9xe76"><span>Classes de</span> <select><option>1 point</option><option>0,5 point</option></select></label> <!></section></div> <section><h3 class="svelte-1p9xe76">Moyenne par épreuve</h3> <table class="data svelte-1p9xe76"><caption class="visually-hidden">Moyenne de chaque épreuve sur les candidats de la session</caption><thead><tr><th scope="col" class="svelte-1p9xe76">Épreuve</th><th scope="col" class="svelte-1p9xe76">Moyenne</th><th scope="col" class="svelte-1p9xe76">Notes comptées</th><th scope="col" class="svelte-1p9xe76">dont ABJ (0)</th><th scope="col" class="svelte-1p9xe76">Dispensés</th><th scope="col" class="svelte-1p9xe76">Non comptés (AB, NV, vides)</th></tr></thead><tbody></tbody></table> <p class="hint svelte-1p9xe76">Notes chiffrées seulement ; une absence justifiée (ABJ) compte 0 sur une épreuve obligatoire ; les dispensés (DI) sont hors moyenne.</p></section> <section><h3 class="svelte-1p9xe76">Candidats proches d'un seuil</h3> <label class="inline svelte-1p9xe76"><span> </span> <input type="text" inputmode="decimal" size="5"/></label> <!> <!></section> <!> <!>`, 1);
var root_11 = from_html(`<section class="jury-view svelte-1p9xe76"><h2 class="svelte-1p9xe76">Délibération : chiffres du jury</h2> <!></section>`);
function JuryView($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	let workspace = prop($$props, "workspace", 7);
	const juryRef = useJury(() => workspace(), () => $$props.jury);
	const jury = user_derived(() => juryRef.current);
	const regulation = user_derived(() => workspace().regulation);
	let binWidth = state(100);
	let distanceText = state("0,50");
	const distance = user_derived(() => get(regulation) ? parseMarkNumber(get(distanceText), get(regulation).maxMark) : null);
	const stats = user_derived(() => get(regulation) ? juryStatistics(workspace().views.map((v) => v.result), get(regulation), { binWidth: get(binWidth) }) : null);
	const thresholds = user_derived(() => get(regulation) ? [toHundredths(get(regulation).thresholds.controleMin), toHundredths(get(regulation).thresholds.admis)] : []);
	const bands = user_derived(() => {
		const averages = workspace().views.flatMap((v) => v.result.firstGroup ? [v.result.firstGroup] : []);
		const [low = 0, high = 0] = get(thresholds);
		const below = averages.filter((a) => !averageAtLeast(a, low)).length;
		const above = averages.filter((a) => averageAtLeast(a, high)).length;
		return {
			total: averages.length,
			below,
			between: averages.length - below - above,
			above
		};
	});
	const histogramSummary = user_derived(() => `Histogramme des moyennes du 1er groupe de ${get(bands).total} candidats, par classes de ${get(binWidth) === 100 ? "1 point" : "0,5 point"} : ${get(bands).below} sous ${formatHundredthsShort(get(thresholds)[0] ?? 0)}, ${get(bands).between} de ${formatHundredthsShort(get(thresholds)[0] ?? 0)} à moins de ${formatHundredthsShort(get(thresholds)[1] ?? 0)}, ${get(bands).above} à ${formatHundredthsShort(get(thresholds)[1] ?? 0)} ou plus. Détail dans le tableau qui suit.`);
	const near = user_derived(() => get(regulation) && get(distance)?.ok ? nearThresholds(workspace().views, get(regulation), get(distance).value) : []);
	const livretMissing = user_derived(() => get(jury) ? workspace().views.filter((v) => livretWarning(v.result.decision, get(jury).note(v.id)) !== null) : []);
	const short = formatHundredthsShort;
	var section = root_11();
	var h2 = child(section);
	var node = sibling(h2, 2);
	var consequent = ($$anchor) => {
		var p = root();
		append($$anchor, p);
	};
	var alternate_1 = ($$anchor) => {
		var fragment = root_10();
		var div = first_child(fragment);
		var section_1 = child(div);
		var h3 = child(section_1);
		var table = sibling(h3, 2);
		var tbody = sibling(child(table), 2);
		var node_1 = child(tbody);
		each(node_1, 16, () => DECISIONS, (d) => d, ($$anchor, d) => {
			var tr = root_1();
			var th = child(tr);
			var text = only_child(th, true);
			var td = sibling(th);
			var text_1 = only_child(td, true);
			var td_1 = sibling(td);
			var text_2 = only_child(td_1, true);
			reset(tr);
			template_effect(() => {
				set_attribute(tr, "data-decision", d);
				set_class(th, 1, `decision-${d ?? ""}`, "svelte-1p9xe76");
				set_text(text, DECISION_LABELS[d]);
				set_text(text_1, get(stats).counts[d]);
				set_text(text_2, get(stats).firstGroupCounts[d]);
			});
			append($$anchor, tr);
		});
		var tr_1 = sibling(node_1);
		var td_2 = sibling(child(tr_1));
		var text_3 = only_child(td_2, true);
		var td_3 = sibling(td_2);
		var text_4 = only_child(td_3, true);
		reset(tr_1);
		reset(tbody);
		reset(table);
		var p_1 = sibling(table, 2);
		var strong = sibling(child(p_1));
		var text_5 = only_child(strong, true);
		var text_6 = sibling(strong);
		reset(p_1);
		reset(section_1);
		var section_2 = sibling(section_1, 2);
		var h3_1 = child(section_2);
		var label = sibling(h3_1, 2);
		var select = sibling(child(label), 2);
		var option = child(select);
		option.value = option.__value = 100;
		var option_1 = sibling(option);
		option_1.value = option_1.__value = 50;
		reset(select);
		init_select(select);
		reset(label);
		Histogram(sibling(label, 2), {
			get bins() {
				return get(stats).histogram;
			},
			get maxMark() {
				return get(regulation).maxMark;
			},
			get thresholds() {
				return get(thresholds);
			},
			get summary() {
				return get(histogramSummary);
			},
			caption: "Nombre de candidats par classe de moyenne du 1er groupe"
		});
		reset(section_2);
		reset(div);
		var section_3 = sibling(div, 2);
		var h3_2 = child(section_3);
		var table_1 = sibling(h3_2, 2);
		var tbody_1 = sibling(child(table_1), 2);
		each(tbody_1, 21, () => get(stats).unitMeans, (m) => m.unit.code, ($$anchor, m) => {
			var tr_2 = root_2();
			var th_1 = child(tr_2);
			var text_7 = only_child(th_1, true);
			var td_4 = sibling(th_1);
			var text_8 = only_child(td_4, true);
			var td_5 = sibling(td_4);
			var text_9 = only_child(td_5, true);
			var td_6 = sibling(td_5);
			var text_10 = only_child(td_6, true);
			var td_7 = sibling(td_6);
			var text_11 = only_child(td_7, true);
			var td_8 = sibling(td_7);
			var text_12 = only_child(td_8, true);
			reset(tr_2);
			template_effect(($0) => {
				set_attribute(th_1, "title", get(m).unit.name);
				set_text(text_7, get(m).unit.code);
				set_text(text_8, $0);
				set_text(text_9, get(m).counted);
				set_text(text_10, get(m).abj);
				set_text(text_11, get(m).dispensed);
				set_text(text_12, get(m).left);
			}, [() => averageText(get(m).mean)]);
			append($$anchor, tr_2);
		});
		reset(tbody_1);
		reset(table_1);
		next(2);
		reset(section_3);
		var section_4 = sibling(section_3, 2);
		var h3_3 = child(section_4);
		var label_1 = sibling(h3_3, 2);
		var span = child(label_1);
		var text_13 = only_child(span);
		var input = sibling(span, 2);
		remove_input_defaults(input);
		reset(label_1);
		var node_3 = sibling(label_1, 2);
		var consequent_1 = ($$anchor) => {
			var p_2 = root_3();
			var text_14 = only_child(p_2, true);
			template_effect(() => {
				set_attribute(p_2, "id", `${uid}-distance-error`);
				set_text(text_14, get(distance).error);
			});
			append($$anchor, p_2);
		};
		if_block(node_3, ($$render) => {
			if (get(distance) && !get(distance).ok) $$render(consequent_1);
		});
		var node_4 = sibling(node_3, 2);
		var consequent_2 = ($$anchor) => {
			var p_3 = root_4();
			append($$anchor, p_3);
		};
		var alternate = ($$anchor) => {
			var table_2 = root_7();
			var tbody_2 = sibling(child(table_2), 2);
			each(tbody_2, 21, () => get(near), (n) => n.item.id, ($$anchor, n) => {
				var tr_3 = root_6();
				var th_2 = child(tr_3);
				var text_15 = only_child(th_2);
				var td_9 = sibling(th_2);
				var text_16 = only_child(td_9, true);
				var td_10 = sibling(td_9);
				var text_17 = only_child(td_10, true);
				var td_11 = sibling(td_10);
				var text_18 = only_child(td_11, true);
				var td_12 = sibling(td_11);
				var text_19 = only_child(td_12, true);
				var td_13 = sibling(td_12);
				var node_5 = child(td_13);
				var consequent_3 = ($$anchor) => {
					var fragment_1 = root_5();
					var node_6 = first_child(fragment_1);
					LivretCheckbox(node_6, {
						get jury() {
							return get(jury);
						},
						get candidateId() {
							return get(n).item.id;
						},
						get candidate() {
							return get(n).item.candidate;
						}
					});
					LivretLink(sibling(node_6, 2), {
						get workspace() {
							return workspace();
						},
						get jury() {
							return get(jury);
						},
						get candidateId() {
							return get(n).item.id;
						},
						get candidate() {
							return get(n).item.candidate;
						}
					});
					append($$anchor, fragment_1);
				};
				if_block(node_5, ($$render) => {
					if (get(jury)) $$render(consequent_3);
				});
				reset(td_13);
				var td_14 = sibling(td_13);
				var button = child(td_14);
				var span_1 = sibling(child(button));
				var text_20 = only_child(span_1);
				reset(button);
				reset(td_14);
				reset(tr_3);
				template_effect(($0, $1, $2, $3, $4) => {
					set_text(text_15, `${get(n).item.candidate.numero ?? ""} ${$0 ?? ""}`);
					set_text(text_16, $1);
					set_text(text_17, $2);
					set_text(text_18, $3);
					set_class(td_12, 1, `decision-${get(n).item.result.decision ?? ""}`, "svelte-1p9xe76");
					set_text(text_19, DECISION_LABELS[get(n).item.result.decision]);
					set_text(text_20, `de ${$4 ?? ""}`);
				}, [
					() => candidateName(get(n).item.candidate),
					() => averageText(get(n).average),
					() => short(get(n).threshold),
					() => get(n).side === "below" ? `manque ${short(get(n).gap)}` : `+${short(get(n).gap)}`,
					() => candidateName(get(n).item.candidate)
				]);
				delegated("click", button, () => workspace().selectedCandidateId = get(n).item.id);
				append($$anchor, tr_3);
			});
			reset(tbody_2);
			reset(table_2);
			append($$anchor, table_2);
		};
		if_block(node_4, ($$render) => {
			if (get(near).length === 0) $$render(consequent_2);
			else $$render(alternate, -1);
		});
		reset(section_4);
		var node_8 = sibling(section_4, 2);
		var consequent_5 = ($$anchor) => {
			var section_5 = root_9();
			var h3_4 = child(section_5);
			var text_21 = only_child(h3_4);
			var ul = sibling(h3_4, 4);
			each(ul, 21, () => get(livretMissing), (v) => v.id, ($$anchor, v) => {
				var li = root_8();
				var text_22 = child(li);
				var node_9 = sibling(text_22);
				var consequent_4 = ($$anchor) => {
					var fragment_2 = root_5();
					var node_10 = first_child(fragment_2);
					LivretCheckbox(node_10, {
						get jury() {
							return get(jury);
						},
						get candidateId() {
							return get(v).id;
						},
						get candidate() {
							return get(v).candidate;
						}
					});
					LivretLink(sibling(node_10, 2), {
						get workspace() {
							return workspace();
						},
						get jury() {
							return get(jury);
						},
						get candidateId() {
							return get(v).id;
						},
						get candidate() {
							return get(v).candidate;
						}
					});
					append($$anchor, fragment_2);
				};
				if_block(node_9, ($$render) => {
					if (get(jury)) $$render(consequent_4);
				});
				reset(li);
				template_effect(($0, $1) => set_text(text_22, `${get(v).candidate.numero ?? ""}
              ${$0 ?? ""} — moyenne ${$1 ?? ""} `), [() => candidateName(get(v).candidate), () => averageText(get(v).result.final)]);
				append($$anchor, li);
			});
			reset(ul);
			reset(section_5);
			template_effect(() => {
				set_attribute(section_5, "aria-labelledby", `${uid}-livret`);
				set_attribute(h3_4, "id", `${uid}-livret`);
				set_text(text_21, `Ajournés dont le livret n'a pas été examiné (${get(livretMissing).length ?? ""})`);
			});
			append($$anchor, section_5);
		};
		if_block(node_8, ($$render) => {
			if (get(livretMissing).length > 0) $$render(consequent_5);
		});
		var node_12 = sibling(node_8, 2);
		var consequent_6 = ($$anchor) => {
			CandidateSimulation($$anchor, {
				get workspace() {
					return workspace();
				},
				get jury() {
					return get(jury);
				},
				get regulation() {
					return get(regulation);
				}
			});
		};
		if_block(node_12, ($$render) => {
			if (get(jury)) $$render(consequent_6);
		});
		template_effect(($0, $1, $2) => {
			set_attribute(section_1, "aria-labelledby", `${uid}-decisions`);
			set_attribute(h3, "id", `${uid}-decisions`);
			set_text(text_3, get(stats).total);
			set_text(text_4, get(stats).total);
			set_text(text_5, $0);
			set_text(text_6, ` — ${get(stats).passRate.admis ?? ""} admis sur ${get(stats).passRate.over ?? ""} candidats ayant une décision (tous sauf les incomplets ; éliminés et non valides compris).`);
			set_attribute(section_2, "aria-labelledby", `${uid}-histogram`);
			set_attribute(h3_1, "id", `${uid}-histogram`);
			set_attribute(section_3, "aria-labelledby", `${uid}-means`);
			set_attribute(h3_2, "id", `${uid}-means`);
			set_attribute(section_4, "aria-labelledby", `${uid}-near`);
			set_attribute(h3_3, "id", `${uid}-near`);
			set_text(text_13, `À moins de (points) de ${$1 ?? ""} ou ${$2 ?? ""}`);
			set_attribute(input, "aria-invalid", get(distance) && !get(distance).ok ? "true" : void 0);
			set_attribute(input, "aria-describedby", get(distance) && !get(distance).ok ? `${uid}-distance-error` : void 0);
		}, [
			() => passRateText(get(stats).passRate),
			() => short(get(thresholds)[0] ?? 0),
			() => short(get(thresholds)[1] ?? 0)
		]);
		bind_select_value(select, () => get(binWidth), ($$value) => set(binWidth, $$value));
		bind_value(input, () => get(distanceText), ($$value) => set(distanceText, $$value));
		append($$anchor, fragment);
	};
	if_block(node, ($$render) => {
		if (!get(regulation) || !get(stats)) $$render(consequent);
		else $$render(alternate_1, -1);
	});
	reset(section);
	template_effect(() => {
		set_attribute(section, "aria-labelledby", `${uid}-title`);
		set_attribute(h2, "id", `${uid}-title`);
	});
	append($$anchor, section);
	pop();
}
delegate(["click"]);
export { JuryView as default };
