import { A as append, C as each, E as if_block, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, Q as state, U as user_effect, W as user_pre_effect, X as proxy, Y as sibling, Z as set, et as user_derived, it as snapshot, j as comment, k as set_text, nt as pop, ot as reset, q as first_child, r as prop, rt as push, w as index, z as get } from "./disclose-version-DzsNc0kE.js";
import { n as regulationEditable, t as previewSessionRegulation } from "./session-regulation-CrYn_B5i.js";
import { n as DECISION_LABELS } from "./results-CXJABGNk.js";
import { i as regulationFileText, n as readRegulationFile, o as checkDraft, r as regulationFileName, s as draftOf, t as RegulationEditor } from "./RegulationEditor-a9_doLwD.js";
import { t as Dialog } from "./Dialog-B-_s7kvy.js";
import { n as downloadText } from "./download-61WZdJOK.js";
// src/ui/regulation/RegulationDialog.svelte
var root = from_html(`<p class="locked svelte-1fgkbeb" role="status">La délibération est ouverte : la réglementation de la session est en lecture seule.</p>`);
var root_1 = from_html(`<p class="svelte-1fgkbeb">Corrigez les problèmes signalés pour voir l’effet sur les décisions.</p>`);
var root_2 = from_html(`<li> </li>`);
var root_3 = from_html(`<p class="field-error svelte-1fgkbeb">Cette réglementation ne convient pas aux données de la session :</p> <ul class="field-error svelte-1fgkbeb"></ul>`, 1);
var root_4 = from_html(`<ul class="svelte-1fgkbeb"><!> <!></ul>`);
var root_5 = from_html(`<p class="changes svelte-1fgkbeb"><strong> </strong></p> <!>`, 1);
var root_6 = from_html(`<p class="field-error svelte-1fgkbeb"> </p>`);
var root_7 = from_html(`<section class="preview svelte-1fgkbeb" aria-live="polite" aria-label="Effet sur les décisions"><!></section>`);
var root_8 = from_html(`<ul class="field-error svelte-1fgkbeb" role="alert"></ul>`);
var root_9 = from_html(`<label class="file-button svelte-1fgkbeb">Importer un fichier de réglementation… <input type="file" accept=".json,application/json" class="svelte-1fgkbeb"/></label>`);
var root_10 = from_html(`<button type="button" class="primary">Enregistrer</button>`);
var root_11 = from_html(`<div class="regulation-dialog svelte-1fgkbeb"><!> <!> <div class="footer svelte-1fgkbeb"><!> <!> <div class="actions svelte-1fgkbeb"><button type="button">Exporter la réglementation (JSON)</button> <!> <span class="spacer"></span> <button type="button"> </button> <!></div></div></div>`);
function RegulationDialog($$anchor, $$props) {
	push($$props, true);
	let open = prop($$props, "open", 15, false);
	let draft = state(null);
	let editable = state(false);
	let preview = state(null);
	let previewError = state("");
	let fileErrors = state(proxy([]));
	let saving = state(false);
	let wasOpen = false;
	user_pre_effect(() => {
		if (open() && !wasOpen && $$props.workspace.regulation && $$props.workspace.openSessionId !== null) {
			set(draft, draftOf(structuredClone(snapshot($$props.workspace.regulation))), true);
			set(preview, null);
			set(fileErrors, [], true);
			const id = $$props.workspace.openSessionId;
			set(editable, false);
			regulationEditable($$props.workspace.db, id).then((ok) => set(editable, ok, true));
		}
		wasOpen = open();
	});
	const check = user_derived(() => get(draft) ? checkDraft(get(draft)) : null);
	user_effect(() => {
		const regulation = get(check)?.regulation;
		const sessionId = $$props.workspace.openSessionId;
		if (!open() || !get(editable) || !regulation || sessionId === null) {
			set(preview, null);
			return;
		}
		let stale = false;
		const timer = setTimeout(() => {
			previewSessionRegulation($$props.workspace.db, sessionId, regulation).then((p) => {
				if (!stale) {
					set(preview, p, true);
					set(previewError, "");
				}
			}, (error) => {
				if (!stale) set(previewError, error instanceof Error ? error.message : String(error), true);
			});
		}, 250);
		return () => {
			stale = true;
			clearTimeout(timer);
		};
	});
	function exportFile() {
		const regulation = get(check)?.regulation ?? $$props.workspace.regulation;
		if (regulation) downloadText(regulationFileName(regulation), regulationFileText(regulation), "application/json;charset=utf-8");
	}
	async function importFile(event) {
		const input = event.currentTarget;
		const file = input.files?.[0];
		input.value = "";
		if (!file) return;
		const read = readRegulationFile(new Uint8Array(await file.arrayBuffer()));
		if (!read.ok) {
			set(fileErrors, read.errors.map((e) => `${file.name} : ${e}`), true);
			return;
		}
		set(fileErrors, [], true);
		set(draft, draftOf(read.value), true);
	}
	async function save() {
		if (!get(check)?.regulation) return;
		set(saving, true);
		const saved = await $$props.workspace.saveRegulation(get(check).regulation);
		set(saving, false);
		if (saved) open(false);
	}
	const changesText = (p) => p.changes.length === 0 ? `Aucune décision ne change (${p.candidates} candidat${p.candidates > 1 ? "s" : ""}).` : `${p.changes.length} décision${p.changes.length > 1 ? "s changent" : " change"} sur ${p.candidates} candidat${p.candidates > 1 ? "s" : ""}.`;
	Dialog($$anchor, {
		title: "Réglementation de la session",
		get open() {
			return open();
		},
		set open($$value) {
			open($$value);
		},
		children: ($$anchor, $$slotProps) => {
			var fragment_1 = comment();
			var node = first_child(fragment_1);
			var consequent_11 = ($$anchor) => {
				var div = root_11();
				var node_1 = child(div);
				var consequent = ($$anchor) => {
					var p_1 = root();
					append($$anchor, p_1);
				};
				if_block(node_1, ($$render) => {
					if (!get(editable)) $$render(consequent);
				});
				var node_2 = sibling(node_1, 2);
				{
					let $0 = user_derived(() => !get(editable));
					RegulationEditor(node_2, {
						get readonly() {
							return get($0);
						},
						get draft() {
							return get(draft);
						},
						set draft($$value) {
							set(draft, $$value, true);
						}
					});
				}
				var div_1 = sibling(node_2, 2);
				var node_3 = child(div_1);
				var consequent_7 = ($$anchor) => {
					var section = root_7();
					var node_4 = child(section);
					var consequent_1 = ($$anchor) => {
						var p_2 = root_1();
						append($$anchor, p_2);
					};
					var consequent_5 = ($$anchor) => {
						var fragment_2 = comment();
						var node_5 = first_child(fragment_2);
						var consequent_2 = ($$anchor) => {
							var fragment_3 = root_3();
							var ul = sibling(first_child(fragment_3), 2);
							each(ul, 21, () => get(preview).conflicts.slice(0, 5), index, ($$anchor, c) => {
								var li = root_2();
								var text = only_child(li, true);
								template_effect(() => set_text(text, get(c)));
								append($$anchor, li);
							});
							reset(ul);
							append($$anchor, fragment_3);
						};
						var alternate = ($$anchor) => {
							var fragment_4 = root_5();
							var p_3 = first_child(fragment_4);
							var strong = child(p_3);
							var text_1 = only_child(strong, true);
							reset(p_3);
							var node_6 = sibling(p_3, 2);
							var consequent_4 = ($$anchor) => {
								var ul_1 = root_4();
								var node_7 = child(ul_1);
								each(node_7, 17, () => get(preview).changes.slice(0, 5), (c) => c.candidateId, ($$anchor, c) => {
									var li_1 = root_2();
									var text_2 = only_child(li_1);
									template_effect(() => set_text(text_2, `${get(c).numero ?? ""} ${get(c).name ?? ""} : ${DECISION_LABELS[get(c).before] ?? ""} → ${DECISION_LABELS[get(c).after] ?? ""}`));
									append($$anchor, li_1);
								});
								var node_8 = sibling(node_7, 2);
								var consequent_3 = ($$anchor) => {
									var li_2 = root_2();
									var text_3 = only_child(li_2);
									template_effect(() => set_text(text_3, `… et ${get(preview).changes.length - 5} autres`));
									append($$anchor, li_2);
								};
								if_block(node_8, ($$render) => {
									if (get(preview).changes.length > 5) $$render(consequent_3);
								});
								reset(ul_1);
								append($$anchor, ul_1);
							};
							if_block(node_6, ($$render) => {
								if (get(preview).changes.length > 0) $$render(consequent_4);
							});
							template_effect(($0) => set_text(text_1, $0), [() => changesText(get(preview))]);
							append($$anchor, fragment_4);
						};
						if_block(node_5, ($$render) => {
							if (get(preview).conflicts.length > 0) $$render(consequent_2);
							else $$render(alternate, -1);
						});
						append($$anchor, fragment_2);
					};
					var consequent_6 = ($$anchor) => {
						var p_4 = root_6();
						var text_4 = only_child(p_4, true);
						template_effect(() => set_text(text_4, get(previewError)));
						append($$anchor, p_4);
					};
					if_block(node_4, ($$render) => {
						if (get(check) && !get(check).regulation) $$render(consequent_1);
						else if (get(preview)) $$render(consequent_5, 1);
						else if (get(previewError)) $$render(consequent_6, 2);
					});
					reset(section);
					append($$anchor, section);
				};
				if_block(node_3, ($$render) => {
					if (get(editable)) $$render(consequent_7);
				});
				var node_9 = sibling(node_3, 2);
				var consequent_8 = ($$anchor) => {
					var ul_2 = root_8();
					each(ul_2, 21, () => get(fileErrors), index, ($$anchor, e) => {
						var li_3 = root_2();
						var text_5 = only_child(li_3, true);
						template_effect(() => set_text(text_5, get(e)));
						append($$anchor, li_3);
					});
					reset(ul_2);
					append($$anchor, ul_2);
				};
				if_block(node_9, ($$render) => {
					if (get(fileErrors).length > 0) $$render(consequent_8);
				});
				var div_2 = sibling(node_9, 2);
				var button = child(div_2);
				var node_10 = sibling(button, 2);
				var consequent_9 = ($$anchor) => {
					var label = root_9();
					var input_1 = sibling(child(label));
					reset(label);
					delegated("change", input_1, importFile);
					append($$anchor, label);
				};
				if_block(node_10, ($$render) => {
					if (get(editable)) $$render(consequent_9);
				});
				var button_1 = sibling(node_10, 4);
				var text_6 = only_child(button_1, true);
				var node_11 = sibling(button_1, 2);
				var consequent_10 = ($$anchor) => {
					var button_2 = root_10();
					template_effect(() => button_2.disabled = get(saving) || !get(check)?.regulation || (get(preview)?.conflicts.length ?? 0) > 0);
					delegated("click", button_2, save);
					append($$anchor, button_2);
				};
				if_block(node_11, ($$render) => {
					if (get(editable)) $$render(consequent_10);
				});
				reset(div_2);
				reset(div_1);
				reset(div);
				template_effect(() => set_text(text_6, get(editable) ? "Annuler" : "Fermer"));
				delegated("click", button, exportFile);
				delegated("click", button_1, () => open(false));
				append($$anchor, div);
			};
			if_block(node, ($$render) => {
				if (get(draft)) $$render(consequent_11);
			});
			append($$anchor, fragment_1);
		},
		$$slots: { default: true }
	});
	pop();
}
delegate(["click", "change"]);
export { RegulationDialog as default };
