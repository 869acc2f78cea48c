import { A as append, C as each, E as if_block, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, P as props_id, Q as state, X as proxy, Y as sibling, Z as set, c as bind_value, d as set_attribute, et as user_derived, f as set_checked, k as set_text, nt as pop, ot as reset, p as set_value, q as first_child, rt as push, u as remove_input_defaults, v as set_class, w as index, z as get } from "./disclose-version-DzsNc0kE.js";
import { r as describePointsNeeded, s as suggestControleUnits } from "./jury-UInpj3f5.js";
import { a as parseControleMark, r as formatMark } from "./marks-B5B9zhMh.js";
import { n as DECISION_LABELS } from "./results-CXJABGNk.js";
import { a as candidateMarksOf, o as controleKey } from "./session-D2Rp9qN2.js";
import { t as useJury } from "./jury.svelte-i4VcooCb.js";
import { a as neededCell, i as candidateName, t as averageText } from "./format-N4ce8ly4.js";
import { t as SessionSettings } from "./SessionSettings-CkLN0TFx.js";
// src/ui/jury/ControleView.svelte
var root = from_html(`<p class="hint svelte-1kmq4aa">Ouvrez une session.</p>`);
var root_1 = from_html(`<label class="reason svelte-1kmq4aa"><span>Motif inscrit au journal pour les notes de contrôle</span> <input type="text"/></label>`);
var root_2 = from_html(`<p class="hint svelte-1kmq4aa">Aucun candidat n'est autorisé à l'épreuve de contrôle.</p>`);
var root_3 = from_html(`<span class="suggested svelte-1kmq4aa">conseillée</span>`);
var root_4 = from_html(`<span class="hint svelte-1kmq4aa">(note saisie : effacez-la pour retirer l'épreuve)</span>`);
var root_5 = from_html(`<label class="choice svelte-1kmq4aa"><input type="checkbox"/> <span><strong> </strong> <!> <!></span></label>`);
var root_6 = from_html(`<p class="field-error svelte-1kmq4aa"> </p>`);
var root_7 = from_html(`<p class="field-error svelte-1kmq4aa" role="alert"> </p>`);
var root_8 = from_html(`<div class="unit-row svelte-1kmq4aa"><label class="svelte-1kmq4aa"><span> </span> <input type="text" inputmode="decimal" size="6"/></label> <div class="slot svelte-1kmq4aa" role="group"><label class="svelte-1kmq4aa"><span>Date</span> <input type="date"/></label> <label class="svelte-1kmq4aa"><span>Heure</span> <input type="text" inputmode="numeric" placeholder="HH:MM" size="5"/></label> <label class="svelte-1kmq4aa"><span>Salle</span> <input type="text" size="8"/></label></div></div> <!> <!>`, 1);
var root_9 = from_html(`<div class="units svelte-1kmq4aa" role="group"></div>`);
var root_10 = from_html(`<tr><th scope="row" class="svelte-1kmq4aa"> </th><td class="svelte-1kmq4aa"> </td><td class="svelte-1kmq4aa"> </td><td class="svelte-1kmq4aa"> </td></tr>`);
var root_11 = from_html(`<table class="data svelte-1kmq4aa"><caption class="visually-hidden"> </caption><thead><tr><th scope="col" class="svelte-1kmq4aa">Épreuve</th><th scope="col" class="svelte-1kmq4aa">1er groupe</th><th scope="col" class="svelte-1kmq4aa">Contrôle</th><th scope="col" class="svelte-1kmq4aa">Effet</th></tr></thead><tbody></tbody></table>`);
var root_12 = from_html(`<li> </li>`);
var root_13 = from_html(`<details><summary>Comment est calculée cette moyenne ?</summary> <ol class="steps svelte-1kmq4aa"></ol></details>`);
var root_14 = from_html(`<article class="candidate svelte-1kmq4aa"><h3 class="svelte-1kmq4aa"> <span class="meta svelte-1kmq4aa"> </span></h3> <fieldset class="svelte-1kmq4aa"><legend> </legend> <!></fieldset> <!> <!> <p class="outcome svelte-1kmq4aa">Moyenne finale <strong> </strong> : <strong> </strong></p> <!> <!></article>`);
var root_15 = from_html(`<p class="hint svelte-1kmq4aa"> </p> <!> <!> <!> <!>`, 1);
var root_16 = from_html(`<section class="controle-view svelte-1kmq4aa"><h2 class="svelte-1kmq4aa">Épreuve de contrôle</h2> <!></section>`);
function ControleView($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	const juryRef = useJury(() => $$props.workspace, () => $$props.jury);
	const jury = user_derived(() => juryRef.current);
	const regulation = user_derived(() => $$props.workspace.regulation);
	const candidates = user_derived(() => $$props.workspace.views.filter((v) => v.result.firstGroupDecision === "CONTROLE"));
	const max = user_derived(() => get(regulation)?.controle.maxUnits ?? 0);
	/** Once the deliberation is open every mark change needs a reason: this one, by default. */
	let reason = state("Épreuve de contrôle");
	const needsReason = user_derived(() => (get(jury)?.phase ?? "preparation") !== "preparation");
	let drafts = proxy({});
	let errors = proxy({});
	const draftKey = (id, code) => `${id}:${code}`;
	const hasMark = (view, code) => (view.marks[controleKey(code)]?.value.kind ?? "empty") !== "empty";
	function chosenOf(view) {
		const chosen = new Set(get(jury)?.note(view.id)?.controleUnits ?? []);
		for (const unit of get(regulation)?.controle.units ?? []) if (hasMark(view, unit.code)) chosen.add(unit.code);
		return (get(regulation)?.controle.units ?? []).map((u) => u.code).filter((c) => chosen.has(c));
	}
	async function toggle(view, code, event) {
		const input = event.currentTarget;
		if (!get(jury)) return;
		const current = get(jury).note(view.id)?.controleUnits ?? [];
		const next = input.checked ? [...current, code] : current.filter((c) => c !== code);
		if (!await get(jury).setControleUnits(view.id, next)) input.checked = !input.checked;
	}
	async function commit(view, code) {
		if (!get(regulation)) return;
		const key = draftKey(view.id, code);
		const text = drafts[key];
		if (text === void 0) return;
		const parsed = parseControleMark(text, get(regulation));
		if (!parsed.ok) {
			errors[key] = parsed.error;
			return;
		}
		delete errors[key];
		if (await $$props.workspace.setMark(view.id, controleKey(code), parsed.value, get(needsReason) ? get(reason) : void 0)) delete drafts[key];
	}
	let slotDrafts = proxy({});
	let slotErrors = proxy({});
	const storedSlot = (view, code) => get(jury)?.note(view.id)?.schedule?.[code] ?? {
		date: null,
		time: "",
		room: ""
	};
	const slotOf = (view, code) => slotDrafts[draftKey(view.id, code)] ?? storedSlot(view, code);
	function editSlot(view, code, part, value) {
		const key = draftKey(view.id, code);
		slotDrafts[key] = {
			...slotOf(view, code),
			[part]: part === "date" ? value || null : value
		};
	}
	async function saveSlot(view, code) {
		const key = draftKey(view.id, code);
		const draft = slotDrafts[key];
		if (!draft || !get(jury)) return;
		const error = await get(jury).setControleSlot(view.id, code, draft);
		if (error) slotErrors[key] = error;
		else delete slotErrors[key];
	}
	function slotKeydown(event, view, code) {
		if (event.key === "Enter") {
			event.preventDefault();
			saveSlot(view, code);
		}
	}
	function onKeydown(event, view, code) {
		if (event.key === "Enter") {
			event.preventDefault();
			commit(view, code);
		}
	}
	var section = root_16();
	var h2 = child(section);
	var node = sibling(h2, 2);
	var consequent = ($$anchor) => {
		var p = root();
		append($$anchor, p);
	};
	var alternate = ($$anchor) => {
		var fragment = root_15();
		var p_1 = first_child(fragment);
		var text_1 = only_child(p_1);
		var node_1 = sibling(p_1, 2);
		SessionSettings(node_1, {
			get workspace() {
				return $$props.workspace;
			},
			controle: true
		});
		var node_2 = sibling(node_1, 2);
		var consequent_1 = ($$anchor) => {
			var label = root_1();
			var input_1 = sibling(child(label), 2);
			remove_input_defaults(input_1);
			reset(label);
			bind_value(input_1, () => get(reason), ($$value) => set(reason, $$value));
			append($$anchor, label);
		};
		if_block(node_2, ($$render) => {
			if (get(needsReason)) $$render(consequent_1);
		});
		var node_3 = sibling(node_2, 2);
		var consequent_2 = ($$anchor) => {
			var p_2 = root_2();
			append($$anchor, p_2);
		};
		if_block(node_3, ($$render) => {
			if (get(candidates).length === 0) $$render(consequent_2);
		});
		var node_4 = sibling(node_3, 2);
		each(node_4, 17, () => get(candidates), (view) => view.id, ($$anchor, view) => {
			const marks = user_derived(() => candidateMarksOf(Object.values(get(view).marks)));
			const suggestions = user_derived(() => suggestControleUnits(get(marks), get(regulation)));
			const chosen = user_derived(() => chosenOf(get(view)));
			const result = user_derived(() => get(view).result);
			const started = user_derived(() => get(regulation).controle.units.some((u) => hasMark(get(view), u.code)));
			var article = root_14();
			var h3 = child(article);
			var text_2 = child(h3);
			var span = sibling(text_2);
			var text_3 = only_child(span);
			reset(h3);
			var fieldset = sibling(h3, 2);
			var legend = child(fieldset);
			var text_4 = only_child(legend);
			var node_5 = sibling(legend, 2);
			each(node_5, 19, () => get(suggestions), (s) => s.unit.code, ($$anchor, s, i) => {
				const checked = user_derived(() => get(chosen).includes(get(s).unit.code));
				const locked = user_derived(() => hasMark(get(view), get(s).unit.code));
				var label_1 = root_5();
				var input_2 = child(label_1);
				remove_input_defaults(input_2);
				var span_1 = sibling(input_2, 2);
				var strong = child(span_1);
				var text_5 = only_child(strong, true);
				var text_6 = sibling(strong);
				var node_6 = sibling(text_6);
				var consequent_3 = ($$anchor) => {
					var span_2 = root_3();
					append($$anchor, span_2);
				};
				if_block(node_6, ($$render) => {
					if (get(i) < get(max) && get(s).firstGroup !== null && !get(started)) $$render(consequent_3);
				});
				var node_7 = sibling(node_6, 2);
				var consequent_4 = ($$anchor) => {
					var span_3 = root_4();
					append($$anchor, span_3);
				};
				if_block(node_7, ($$render) => {
					if (get(locked)) $$render(consequent_4);
				});
				reset(span_1);
				reset(label_1);
				template_effect(($0, $1, $2) => {
					set_attribute(label_1, "title", $0);
					set_checked(input_2, get(checked));
					input_2.disabled = !get(jury) || get(jury).closed || get(locked) || !get(checked) && get(chosen).length >= get(max) || get(s).firstGroup === null;
					set_text(text_5, get(s).unit.code);
					set_text(text_6, ` — ${get(s).unit.name ?? ""} : 1er groupe ${$1 ?? ""} ;
                ${$2 ?? ""} `);
				}, [
					() => describePointsNeeded(get(s).needed, get(regulation)),
					() => averageText(get(s).firstGroup),
					() => get(s).needed.kind === "mark" ? `${neededCell(get(s).needed)} pour être admis` : get(s).needed.kind === "blocked" ? get(s).needed.reason : neededCell(get(s).needed)
				]);
				delegated("change", input_2, (e) => toggle(get(view), get(s).unit.code, e));
				append($$anchor, label_1);
			});
			reset(fieldset);
			var node_8 = sibling(fieldset, 2);
			var consequent_7 = ($$anchor) => {
				var div = root_9();
				each(div, 20, () => get(chosen), (code) => code, ($$anchor, code) => {
					const key = user_derived(() => draftKey(get(view).id, code));
					const stored = user_derived(() => get(view).marks[controleKey(code)]?.value);
					const slot = user_derived(() => slotOf(get(view), code));
					var fragment_1 = root_8();
					var div_1 = first_child(fragment_1);
					var label_2 = child(div_1);
					var span_4 = child(label_2);
					var text_7 = only_child(span_4);
					var input_3 = sibling(span_4, 2);
					remove_input_defaults(input_3);
					reset(label_2);
					var div_2 = sibling(label_2, 2);
					var label_3 = child(div_2);
					var input_4 = sibling(child(label_3), 2);
					remove_input_defaults(input_4);
					reset(label_3);
					var label_4 = sibling(label_3, 2);
					var input_5 = sibling(child(label_4), 2);
					remove_input_defaults(input_5);
					reset(label_4);
					var label_5 = sibling(label_4, 2);
					var input_6 = sibling(child(label_5), 2);
					remove_input_defaults(input_6);
					reset(label_5);
					reset(div_2);
					reset(div_1);
					var node_9 = sibling(div_1, 2);
					var consequent_5 = ($$anchor) => {
						var p_3 = root_6();
						var text_8 = only_child(p_3, true);
						template_effect(() => {
							set_attribute(p_3, "id", `${uid}-${get(key) ?? ""}-error`);
							set_text(text_8, errors[get(key)]);
						});
						append($$anchor, p_3);
					};
					if_block(node_9, ($$render) => {
						if (errors[get(key)]) $$render(consequent_5);
					});
					var node_10 = sibling(node_9, 2);
					var consequent_6 = ($$anchor) => {
						var p_4 = root_7();
						var text_9 = only_child(p_4, true);
						template_effect(() => {
							set_attribute(p_4, "id", `${uid}-${get(key) ?? ""}-slot-error`);
							set_text(text_9, slotErrors[get(key)]);
						});
						append($$anchor, p_4);
					};
					if_block(node_10, ($$render) => {
						if (slotErrors[get(key)]) $$render(consequent_6);
					});
					template_effect(($0) => {
						set_text(text_7, `Note de contrôle ${code ?? ""}`);
						set_value(input_3, $0);
						input_3.disabled = !get(jury) || get(jury).closed;
						set_attribute(input_3, "aria-invalid", errors[get(key)] ? "true" : void 0);
						set_attribute(input_3, "aria-describedby", errors[get(key)] ? `${uid}-${get(key)}-error` : void 0);
						set_attribute(div_2, "aria-label", `Convocation au contrôle ${code ?? ""}`);
						set_attribute(input_4, "min", $$props.workspace.session?.controleFrom ?? void 0);
						set_attribute(input_4, "max", $$props.workspace.session?.controleTo ?? void 0);
						set_value(input_4, get(slot).date ?? "");
						input_4.disabled = !get(jury) || get(jury).closed;
						set_attribute(input_4, "aria-invalid", slotErrors[get(key)] ? "true" : void 0);
						set_attribute(input_4, "aria-describedby", slotErrors[get(key)] ? `${uid}-${get(key)}-slot-error` : void 0);
						set_value(input_5, get(slot).time);
						input_5.disabled = !get(jury) || get(jury).closed;
						set_value(input_6, get(slot).room);
						input_6.disabled = !get(jury) || get(jury).closed;
					}, [() => drafts[get(key)] ?? (get(stored) ? formatMark(get(stored)) : "")]);
					delegated("input", input_3, (e) => drafts[get(key)] = e.currentTarget.value);
					delegated("change", input_3, () => commit(get(view), code));
					delegated("keydown", input_3, (e) => onKeydown(e, get(view), code));
					delegated("input", input_4, (e) => editSlot(get(view), code, "date", e.currentTarget.value));
					delegated("change", input_4, () => saveSlot(get(view), code));
					delegated("keydown", input_4, (e) => slotKeydown(e, get(view), code));
					delegated("input", input_5, (e) => editSlot(get(view), code, "time", e.currentTarget.value));
					delegated("change", input_5, () => saveSlot(get(view), code));
					delegated("keydown", input_5, (e) => slotKeydown(e, get(view), code));
					delegated("input", input_6, (e) => editSlot(get(view), code, "room", e.currentTarget.value));
					delegated("change", input_6, () => saveSlot(get(view), code));
					delegated("keydown", input_6, (e) => slotKeydown(e, get(view), code));
					append($$anchor, fragment_1);
				});
				reset(div);
				template_effect(($0) => set_attribute(div, "aria-label", `Notes et convocations de ${$0 ?? ""}`), [() => candidateName(get(view).candidate)]);
				append($$anchor, div);
			};
			if_block(node_8, ($$render) => {
				if (get(chosen).length > 0) $$render(consequent_7);
			});
			var node_11 = sibling(node_8, 2);
			var consequent_8 = ($$anchor) => {
				var table = root_11();
				var caption = child(table);
				var text_10 = only_child(caption);
				var tbody = sibling(caption, 2);
				each(tbody, 21, () => get(result).controle, (line) => line.unit.code, ($$anchor, line) => {
					var tr = root_10();
					var th = child(tr);
					var text_11 = only_child(th, true);
					var td = sibling(th);
					var text_12 = only_child(td, true);
					var td_1 = sibling(td);
					var text_13 = only_child(td_1, true);
					var td_2 = sibling(td_1);
					var text_14 = only_child(td_2, true);
					reset(tr);
					template_effect(($0, $1, $2) => {
						set_text(text_11, get(line).unit.code);
						set_text(text_12, $0);
						set_text(text_13, $1);
						set_text(text_14, $2);
					}, [
						() => averageText(get(line).firstGroup),
						() => formatMark(get(line).mark),
						() => get(line).replaced ? `remplace ${averageText(get(line).firstGroup)}` : "note du 1er groupe conservée"
					]);
					append($$anchor, tr);
				});
				reset(tbody);
				reset(table);
				template_effect(($0) => set_text(text_10, `Effet des notes de contrôle de ${$0 ?? ""}`), [() => candidateName(get(view).candidate)]);
				append($$anchor, table);
			};
			if_block(node_11, ($$render) => {
				if (get(result).controle.length > 0) $$render(consequent_8);
			});
			var p_5 = sibling(node_11, 2);
			var strong_1 = sibling(child(p_5));
			var text_15 = only_child(strong_1, true);
			var strong_2 = sibling(strong_1, 2);
			var text_16 = only_child(strong_2, true);
			reset(p_5);
			var node_12 = sibling(p_5, 2);
			each(node_12, 17, () => get(result).errors, index, ($$anchor, error) => {
				var p_6 = root_6();
				var text_17 = only_child(p_6);
				template_effect(() => set_text(text_17, `Épreuve de contrôle non prise en compte : ${get(error).message ?? ""}.`));
				append($$anchor, p_6);
			});
			var node_13 = sibling(node_12, 2);
			var consequent_9 = ($$anchor) => {
				var details = root_13();
				var ol = sibling(child(details), 2);
				each(ol, 21, () => get(result).explanation, index, ($$anchor, sentence) => {
					var li = root_12();
					var text_18 = only_child(li, true);
					template_effect(() => set_text(text_18, get(sentence)));
					append($$anchor, li);
				});
				reset(ol);
				reset(details);
				append($$anchor, details);
			};
			if_block(node_13, ($$render) => {
				if (get(result).controle.length > 0) $$render(consequent_9);
			});
			reset(article);
			template_effect(($0, $1, $2) => {
				set_attribute(article, "aria-labelledby", `${uid}-c${get(view).id ?? ""}`);
				set_attribute(h3, "id", `${uid}-c${get(view).id ?? ""}`);
				set_text(text_2, `${get(view).candidate.numero ?? ""}
          ${$0 ?? ""} `);
				set_text(text_3, `— moyenne du 1er groupe ${$1 ?? ""}`);
				set_text(text_4, `Épreuves choisies (${get(max) ?? ""} au plus), les plus rentables d'abord`);
				set_text(text_15, $2);
				set_class(strong_2, 1, `decision-${get(result).decision ?? ""}`, "svelte-1kmq4aa");
				set_text(text_16, get(result).controle.length > 0 ? DECISION_LABELS[get(result).decision] : "en attente des notes de contrôle");
			}, [
				() => candidateName(get(view).candidate),
				() => averageText(get(result).firstGroup),
				() => averageText(get(result).final)
			]);
			append($$anchor, article);
		});
		template_effect(($0) => set_text(text_1, `Candidats autorisés à l'épreuve de contrôle (moyenne entre ${get(regulation).thresholds.controleMin ?? ""} et ${get(regulation).thresholds.admis ?? ""}, moyenne professionnelle ≥ ${get(regulation).thresholds.professionalMin ?? ""}) : ${get(max) ?? ""} épreuves au plus parmi
      ${$0 ?? ""}. Chaque note de contrôle remplace celle du 1er groupe si elle est plus haute.`), [() => get(regulation).controle.units.map((u) => u.code).join(", ")]);
		append($$anchor, fragment);
	};
	if_block(node, ($$render) => {
		if (!get(regulation)) $$render(consequent);
		else $$render(alternate, -1);
	});
	reset(section);
	template_effect(() => {
		set_attribute(section, "aria-labelledby", `${uid}-title`);
		set_attribute(h2, "id", `${uid}-title`);
	});
	append($$anchor, section);
	pop();
}
delegate([
	"change",
	"input",
	"keydown"
]);
export { ControleView as default };
