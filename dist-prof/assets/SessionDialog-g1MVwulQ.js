import { A as append, C as each, E as if_block, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, P as props_id, Q as state, U as user_effect, X as proxy, Y as sibling, Z as set, at as next, c as bind_value, d as set_attribute, f as set_checked, g as select_option, h as init_select, k as set_text, nt as pop, ot as reset, q as first_child, r as prop, rt as push, u as remove_input_defaults, w as index, z as get } from "./disclose-version-DzsNc0kE.js";
import { n as FormDialog, r as describedBy, t as TextField } from "./TextField-DCofANVc.js";
import { i as presets, r as presetForYear } from "./presets-Cf2HfyzO.js";
import { a as checkSessionYear } from "./checks-CTzZ-No0.js";
import { a as blankDraft, n as readRegulationFile, o as checkDraft, s as draftOf, t as RegulationEditor } from "./RegulationEditor-a9_doLwD.js";
// src/ui/regulation/RegulationSource.svelte
var root$1 = from_html(`<option> </option>`);
var root_1$1 = from_html(`<div class="field svelte-iyzpvy"><label>Réglementation</label> <select></select></div>`);
var root_2 = from_html(`<li> </li>`);
var root_3 = from_html(`<div class="field-error svelte-iyzpvy" role="alert"><p class="svelte-iyzpvy"> </p> <ul class="svelte-iyzpvy"></ul></div>`);
var root_4 = from_html(`<p class="hint svelte-iyzpvy"> </p>`);
var root_5 = from_html(`<div class="field svelte-iyzpvy"><label>Fichier de réglementation</label> <input type="file" accept=".json,application/json"/></div> <!>`, 1);
var root_6 = from_html(`<p class="field-error svelte-iyzpvy" role="alert"> </p>`);
var root_7 = from_html(`<fieldset class="source svelte-iyzpvy"><legend>Réglementation</legend> <div class="choices svelte-iyzpvy" role="radiogroup" aria-label="Origine de la réglementation"><label><input type="radio"/> Réglementation intégrée</label> <label><input type="radio"/> Fichier de réglementation (JSON)</label> <label><input type="radio"/> Vierge</label></div> <!> <p class="hint svelte-iyzpvy"> </p> <!> <button type="button" class="svelte-iyzpvy"> </button> <!></fieldset>`);
function RegulationSource($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	let draft = prop($$props, "draft", 15), error = prop($$props, "error", 3, "");
	const presetList = Object.values(presets);
	let source = state("preset");
	let presetId = state(proxy(draft().id));
	let fileName = state("");
	let fileErrors = state(proxy([]));
	let editing = state(false);
	let pickedByHand = false;
	user_effect(() => {
		const y = $$props.year;
		if (get(source) !== "preset" || pickedByHand || y === null || !Number.isInteger(y)) return;
		const preset = presetForYear(y);
		if (preset.id !== get(presetId)) {
			set(presetId, preset.id, true);
			draft(draftOf(structuredClone(preset)));
		}
	});
	function choosePreset(id) {
		pickedByHand = true;
		set(presetId, id, true);
		const preset = presets[id];
		if (preset) draft(draftOf(structuredClone(preset)));
	}
	function chooseSource(next) {
		set(source, next, true);
		set(fileErrors, [], true);
		if (next === "preset") choosePreset(get(presetId));
		if (next === "blank") {
			draft(blankDraft($$props.year ?? (/* @__PURE__ */ new Date()).getFullYear()));
			set(editing, true);
		}
	}
	async function readFile(event) {
		const file = event.currentTarget.files?.[0];
		if (!file) return;
		set(fileName, file.name, true);
		const read = readRegulationFile(new Uint8Array(await file.arrayBuffer()));
		if (!read.ok) {
			set(fileErrors, read.errors, true);
			return;
		}
		set(fileErrors, [], true);
		draft(draftOf(read.value));
	}
	var fieldset = root_7();
	var div = sibling(child(fieldset), 2);
	var label = child(div);
	var input_1 = child(label);
	remove_input_defaults(input_1);
	next();
	reset(label);
	var label_1 = sibling(label, 2);
	var input_2 = child(label_1);
	remove_input_defaults(input_2);
	next();
	reset(label_1);
	var label_2 = sibling(label_1, 2);
	var input_3 = child(label_2);
	remove_input_defaults(input_3);
	next();
	reset(label_2);
	reset(div);
	var node = sibling(div, 2);
	var consequent = ($$anchor) => {
		var div_1 = root_1$1();
		var label_3 = child(div_1);
		var select = sibling(label_3, 2);
		each(select, 21, () => presetList, (preset) => preset.id, ($$anchor, preset) => {
			var option = root$1();
			var text = only_child(option, true);
			var option_value = {};
			template_effect(() => {
				set_text(text, get(preset).name);
				if (option_value !== (option_value = get(preset).id)) option.value = (option.__value = option_value) ?? "";
			});
			append($$anchor, option);
		});
		reset(select);
		var select_value;
		init_select(select);
		reset(div_1);
		template_effect(() => {
			set_attribute(label_3, "for", `${uid}-preset`);
			set_attribute(select, "id", `${uid}-preset`);
			if (select_value !== (select_value = get(presetId))) select.value = (select.__value = select_value) ?? "", select_option(select, select_value);
		});
		delegated("change", select, (e) => choosePreset(e.currentTarget.value));
		append($$anchor, div_1);
	};
	var consequent_3 = ($$anchor) => {
		var fragment = root_5();
		var div_2 = first_child(fragment);
		var label_4 = child(div_2);
		var input_4 = sibling(label_4, 2);
		reset(div_2);
		var node_1 = sibling(div_2, 2);
		var consequent_1 = ($$anchor) => {
			var div_3 = root_3();
			var p = child(div_3);
			var text_1 = only_child(p);
			var ul = sibling(p, 2);
			each(ul, 21, () => get(fileErrors), index, ($$anchor, e) => {
				var li = root_2();
				var text_2 = only_child(li, true);
				template_effect(() => set_text(text_2, get(e)));
				append($$anchor, li);
			});
			reset(ul);
			reset(div_3);
			template_effect(() => set_text(text_1, `« ${get(fileName) ?? ""} » est refusé :`));
			append($$anchor, div_3);
		};
		var consequent_2 = ($$anchor) => {
			var p_1 = root_4();
			var text_3 = only_child(p_1);
			template_effect(() => set_text(text_3, `« ${get(fileName) ?? ""} » : ${draft().name ?? ""}, ${draft().units.length ?? ""} épreuves.`));
			append($$anchor, p_1);
		};
		if_block(node_1, ($$render) => {
			if (get(fileErrors).length > 0) $$render(consequent_1);
			else if (get(fileName)) $$render(consequent_2, 1);
		});
		template_effect(() => {
			set_attribute(label_4, "for", `${uid}-file`);
			set_attribute(input_4, "id", `${uid}-file`);
			set_attribute(input_4, "aria-invalid", get(fileErrors).length > 0 ? "true" : void 0);
		});
		delegated("change", input_4, readFile);
		append($$anchor, fragment);
	};
	if_block(node, ($$render) => {
		if (get(source) === "preset") $$render(consequent);
		else if (get(source) === "file") $$render(consequent_3, 1);
	});
	var p_2 = sibling(node, 2);
	var text_4 = only_child(p_2);
	var node_2 = sibling(p_2, 2);
	var consequent_4 = ($$anchor) => {
		var p_3 = root_6();
		var text_5 = only_child(p_3, true);
		template_effect(() => set_text(text_5, error()));
		append($$anchor, p_3);
	};
	if_block(node_2, ($$render) => {
		if (error()) $$render(consequent_4);
	});
	var button = sibling(node_2, 2);
	var text_6 = only_child(button, true);
	var node_3 = sibling(button, 2);
	var consequent_5 = ($$anchor) => {
		RegulationEditor($$anchor, {
			get draft() {
				return draft();
			},
			set draft($$value) {
				draft($$value);
			}
		});
	};
	if_block(node_3, ($$render) => {
		if (get(editing)) $$render(consequent_5);
	});
	reset(fieldset);
	template_effect(($0) => {
		set_attribute(input_1, "name", `${uid}-source`);
		set_checked(input_1, get(source) === "preset");
		set_attribute(input_2, "name", `${uid}-source`);
		set_checked(input_2, get(source) === "file");
		set_attribute(input_3, "name", `${uid}-source`);
		set_checked(input_3, get(source) === "blank");
		set_text(text_4, `${draft().name ?? ""} — ${$0 ?? ""}. À vérifier sur la circulaire nationale de la session ; la session garde sa propre copie,
    modifiable jusqu’à l’ouverture de la délibération.`);
		set_attribute(button, "aria-expanded", get(editing));
		set_text(text_6, get(editing) ? "Masquer la réglementation" : "Voir et modifier la réglementation");
	}, [() => draft().units.map((u) => u.code).join(", ")]);
	delegated("change", input_1, () => chooseSource("preset"));
	delegated("change", input_2, () => chooseSource("file"));
	delegated("change", input_3, () => chooseSource("blank"));
	delegated("click", button, () => set(editing, !get(editing)));
	append($$anchor, fieldset);
	pop();
}
delegate(["change", "click"]);
// src/ui/SessionDialog.svelte
var root = from_html(`<p class="field-error"> </p>`);
var root_1 = from_html(`<!> <!> <div class="field"><label>Année de la session</label> <input type="number" min="2000" max="2100" step="1" inputmode="numeric" aria-required="true"/> <!></div> <!> <!>`, 1);
function SessionDialog($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	let open = prop($$props, "open", 15, false);
	function emptyForm() {
		return {
			name: "",
			academie: "",
			year: (/* @__PURE__ */ new Date()).getFullYear(),
			depositDeadline: ""
		};
	}
	let form = state(proxy(emptyForm()));
	const newDraft = () => draftOf(structuredClone(presetForYear((/* @__PURE__ */ new Date()).getFullYear())));
	let draft = state(proxy(newDraft()));
	let errors = state(proxy({}));
	function reset$1() {
		set(form, emptyForm(), true);
		set(draft, newDraft(), true);
	}
	function validate() {
		const found = {};
		if (get(form).name.trim() === "") found.name = "Le nom de la session est obligatoire.";
		const year = get(form).year;
		if (year === null || year === void 0) found.year = "L'année est obligatoire (un nombre entier, par exemple 2025).";
		else {
			const checked = checkSessionYear(year);
			if (!checked.ok) found.year = checked.error;
		}
		const checked = checkDraft(get(draft));
		if (!checked.regulation) found.presetId = `La réglementation a ${checked.all.length > 1 ? `${checked.all.length} problèmes` : "un problème"} : ${checked.all.join(" ; ")}.`;
		if (get(form).depositDeadline !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(get(form).depositDeadline)) found.depositDeadline = "La date limite n'est pas une date valide.";
		return found;
	}
	async function store() {
		return $$props.workspace.createSession({
			name: get(form).name.trim(),
			academie: get(form).academie.trim(),
			year: get(form).year,
			presetId: get(draft).id,
			regulation: checkDraft(get(draft)).regulation ?? void 0,
			depositDeadline: get(form).depositDeadline === "" ? null : get(form).depositDeadline
		});
	}
	const describe = (field, hint) => describedBy(uid, field, hint, Boolean(get(errors)[field]));
	FormDialog($$anchor, {
		title: "Nouvelle session",
		submitLabel: "Créer la session",
		get workspace() {
			return $$props.workspace;
		},
		validate,
		store,
		refused: "La session n'a pas pu être créée.",
		onopen: reset$1,
		get open() {
			return open();
		},
		set open($$value) {
			open($$value);
		},
		get errors() {
			return get(errors);
		},
		set errors($$value) {
			set(errors, $$value, true);
		},
		children: ($$anchor, $$slotProps) => {
			var fragment_1 = root_1();
			var node = first_child(fragment_1);
			TextField(node, {
				get uid() {
					return uid;
				},
				field: "name",
				label: "Nom de la session",
				get error() {
					return get(errors).name;
				},
				hint: "Par exemple « BTS CCST 2025 — centre de Toulouse ».",
				required: true,
				get value() {
					return get(form).name;
				},
				set value($$value) {
					get(form).name = $$value;
				}
			});
			var node_1 = sibling(node, 2);
			TextField(node_1, {
				get uid() {
					return uid;
				},
				field: "academie",
				label: "Académie",
				get value() {
					return get(form).academie;
				},
				set value($$value) {
					get(form).academie = $$value;
				}
			});
			var div = sibling(node_1, 2);
			var label = child(div);
			var input = sibling(label, 2);
			remove_input_defaults(input);
			var node_2 = sibling(input, 2);
			var consequent = ($$anchor) => {
				var p = root();
				var text = only_child(p, true);
				template_effect(() => {
					set_attribute(p, "id", `${uid}-year-error`);
					set_text(text, get(errors).year);
				});
				append($$anchor, p);
			};
			if_block(node_2, ($$render) => {
				if (get(errors).year) $$render(consequent);
			});
			reset(div);
			var node_3 = sibling(div, 2);
			RegulationSource(node_3, {
				get year() {
					return get(form).year;
				},
				get error() {
					return get(errors).presetId;
				},
				get draft() {
					return get(draft);
				},
				set draft($$value) {
					set(draft, $$value, true);
				}
			});
			var node_4 = sibling(node_3, 2);
			TextField(node_4, {
				get uid() {
					return uid;
				},
				field: "depositDeadline",
				type: "date",
				label: "Date limite de dépôt des dossiers (facultatif)",
				get error() {
					return get(errors).depositDeadline;
				},
				hint: "Dossiers des épreuves professionnelles ; un dossier déposé après cette date est non valide (NV).",
				get value() {
					return get(form).depositDeadline;
				},
				set value($$value) {
					get(form).depositDeadline = $$value;
				}
			});
			template_effect(($0) => {
				set_attribute(label, "for", `${uid}-year`);
				set_attribute(input, "id", `${uid}-year`);
				set_attribute(input, "aria-invalid", get(errors).year ? "true" : void 0);
				set_attribute(input, "aria-describedby", $0);
			}, [() => describe("year")]);
			bind_value(input, () => get(form).year, ($$value) => get(form).year = $$value);
			append($$anchor, fragment_1);
		},
		$$slots: { default: true }
	});
	pop();
}
export { SessionDialog as default };
