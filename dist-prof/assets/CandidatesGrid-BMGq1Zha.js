import { A as append, C as each, E as if_block, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, P as props_id, Q as state, X as proxy, Y as sibling, Z as set, at as next, d as set_attribute, et as user_derived, g as select_option, h as init_select, j as comment, k as set_text, m as bind_select_value, nt as pop, o as bind_checked, ot as reset, q as first_child, rt as push, u as remove_input_defaults, z as get } from "./disclose-version-DzsNc0kE.js";
import { n as parseFrenchDate, t as isoToFrenchDate } from "./dates-BZmzPFtD.js";
import { a as parseOptionalUnits } from "./regulation-CUY09-RS.js";
import { u as numeroTakenMessage } from "./checks-CTzZ-No0.js";
import { i as isNumeroPending, s as shownNumero } from "./numero-lCn5603m.js";
import { t as isPastedBlock } from "./paste-DqitN-2x.js";
import { a as takeRefusal, n as FormDialog, t as TextField } from "./TextField-DCofANVc.js";
import { l as defaultUnitForm, u as sitsUnit } from "./marks-B5B9zhMh.js";
import { i as STATUT_LABELS } from "./session-D2Rp9qN2.js";
import { n as EditableGrid, t as GridScreen } from "./GridScreen-BR0BagXk.js";
import { n as PINNED_ROW_MODULES } from "./Grid-BTS68q7C.js";
// src/ui/CandidatesGrid.svelte
var root = from_html(`<span class="paste-hint svelte-mt11ww">Ctrl+V : coller des lignes copiées d’un tableur · Entrée sur la dernière ligne : candidat suivant</span>`);
var root_1 = from_html(`<div class="form-choice svelte-mt11ww"><label> </label> <select><option> </option><option>CCF</option><option>Ponctuel</option></select></div>`);
var root_2 = from_html(`<section class="forms-panel svelte-mt11ww"><h3 class="svelte-mt11ww"> </h3> <p class="hint svelte-mt11ww"> </p> <div class="forms-list svelte-mt11ww"></div></section>`);
var root_3 = from_html(`<option> </option>`);
var root_4 = from_html(`<!> <label class="pending-choice svelte-mt11ww"><input type="checkbox"/> Numéro à venir (pas encore attribué : à saisir ou importer avant la délibération)</label> <!> <!> <!> <div class="field"><label>Établissement</label> <select><option>(aucun)</option><!></select></div> <div class="field"><label>Statut</label> <select></select></div> <!>`, 1);
var root_5 = from_html(`<!> <!>`, 1);
function CandidatesGrid($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	const STATUTS = Object.keys(STATUT_LABELS);
	const NO_ETABLISSEMENT = "";
	let selectedIds = state(proxy([]));
	const selectedViews = user_derived(() => {
		const ids = new Set(get(selectedIds));
		return $$props.workspace.views.filter((v) => ids.has(v.id));
	});
	const single = user_derived(() => get(selectedViews).length === 1 ? get(selectedViews)[0] : null);
	const who = (view) => `${view.candidate.nom} ${view.candidate.prenom} (${shownNumero(view.candidate.numero)})`.replace(/\s+/g, " ");
	const etablissementName = (id) => id === NO_ETABLISSEMENT ? "(aucun)" : $$props.workspace.etablissements.find((e) => String(e.id) === id)?.name ?? "(inconnu)";
	/** The units a candidate sits in CCF: compulsory ones, and the optional ones they registered for. */
	function ccfUnits(view) {
		const regulation = $$props.workspace.regulation;
		if (!regulation) return [];
		return regulation.units.filter((u) => view.forms[u.code] === "CCF" && sitsUnit(view.candidate, u)).map((u) => u.code);
	}
	/** The blank row under the grid, where candidates are typed one after the other (Enter stores the row). */
	function blankRow() {
		const only = $$props.workspace.etablissements.length === 1 ? $$props.workspace.etablissements[0] : void 0;
		return {
			id: 0,
			candidate: {
				sessionId: $$props.workspace.openSessionId ?? 0,
				numero: "",
				nom: "",
				prenom: "",
				dateNaissance: null,
				etablissementId: only?.id ?? null,
				statut: "scolaire",
				langueVivante: "",
				optionalUnits: [],
				formOverrides: {}
			},
			etablissement: only ?? null,
			marks: {},
			forms: {}
		};
	}
	const grid = new EditableGrid({
		read: (view) => view.candidate,
		write: (view, candidate) => view.candidate = candidate,
		update: (id, changes) => $$props.workspace.updateCandidate(id, changes),
		who
	}, {
		blank: blankRow,
		firstColumn: "nom",
		keptAs: () => `candidats:${$$props.workspace.openSessionId ?? 0}`,
		isBlank: (c) => [
			c.numero,
			c.nom,
			c.prenom,
			c.langueVivante
		].every((text) => text.trim() === "") && c.dateNaissance === null,
		missing: (c) => c.nom.trim() === "" ? "le nom est obligatoire." : numeroTakenMessage(c.numero.trim(), $$props.workspace.candidates),
		add: async ({ id: _id, sessionId: _s, ...fields }) => {
			if (await $$props.workspace.addCandidate(fields) !== void 0) return true;
			grid.refusal = `Nouvelle ligne : ${takeRefusal($$props.workspace, "le candidat n'a pas pu être ajouté.")}`;
			return false;
		}
	});
	const isDraft = (view) => grid.isDraft(view);
	/** An editable text column: `parse` turns the typed text into the changes to store, or a French error. */
	function textColumn(colId, headerName, width, display, parse, extra = {}) {
		return grid.textColumn({
			colId,
			headerName,
			width,
			display,
			parse,
			extra
		});
	}
	const requiredNom = (text) => text.trim() === "" ? {
		ok: false,
		error: "Le nom ne peut pas être vide"
	} : {
		ok: true,
		value: { nom: text.trim() }
	};
	const columnDefs = [
		textColumn("numero", "N°", 132, (c) => c.numero, (text) => ({
			ok: true,
			value: { numero: text.trim() }
		}), {
			pinned: "left",
			headerTooltip: "Numéro de candidat ; laissé vide : « numéro à venir » (à saisir ou importer avant la délibération)",
			valueFormatter: (p) => isDraft(p.data) ? "" : shownNumero(String(p.value ?? "")),
			cellClassRules: { "numero-pending": (p) => !isDraft(p.data) && isNumeroPending(String(p.value ?? "")) }
		}),
		textColumn("nom", "Nom", 150, (c) => c.nom, (text, view) => isDraft(view) && text.trim() === "" ? {
			ok: true,
			value: { nom: "" }
		} : requiredNom(text), { valueFormatter: (p) => isDraft(p.data) && !p.value ? "+ ajouter…" : String(p.value ?? "") }),
		textColumn("prenom", "Prénom", 130, (c) => c.prenom, (text) => ({
			ok: true,
			value: { prenom: text.trim() }
		})),
		textColumn("dateNaissance", "Date de naissance", 140, (c) => isoToFrenchDate(c.dateNaissance), (text) => {
			const parsed = parseFrenchDate(text);
			return parsed.ok ? {
				ok: true,
				value: { dateNaissance: parsed.value }
			} : parsed;
		}, { headerTooltip: "Date de naissance, au format JJ/MM/AAAA" }),
		{
			colId: "etablissement",
			headerName: "Établissement",
			width: 220,
			editable: true,
			valueGetter: (p) => p.data?.candidate.etablissementId == null ? NO_ETABLISSEMENT : String(p.data.candidate.etablissementId),
			valueFormatter: (p) => etablissementName(String(p.value ?? NO_ETABLISSEMENT)),
			tooltip: (p) => p.data?.etablissement ? `${p.data.etablissement.name}${p.data.etablissement.city ? `, ${p.data.etablissement.city}` : ""}` : void 0,
			cellEditorSelector: () => ({
				component: "agSelectCellEditor",
				params: { values: [NO_ETABLISSEMENT, ...$$props.workspace.etablissements.map((e) => String(e.id))] }
			}),
			valueSetter: (p) => {
				const value = String(p.newValue ?? NO_ETABLISSEMENT);
				const etablissementId = value === NO_ETABLISSEMENT ? null : Number(value);
				if (!p.data || p.data.candidate.etablissementId === etablissementId) return false;
				grid.save(p.data, { etablissementId });
				return true;
			}
		},
		grid.selectColumn("statut", "Statut", 170, STATUT_LABELS),
		textColumn("langueVivante", "Langue vivante", 130, (c) => c.langueVivante, (text) => ({
			ok: true,
			value: { langueVivante: text.trim() }
		}), { headerTooltip: "Langue vivante étrangère choisie par le candidat" }),
		textColumn("facultatives", "Facultatives", 130, (c) => c.optionalUnits.join(", "), (text) => {
			if (!$$props.workspace.regulation) return {
				ok: false,
				error: "Aucune session ouverte"
			};
			const parsed = parseOptionalUnits(text, $$props.workspace.regulation);
			return parsed.ok ? {
				ok: true,
				value: { optionalUnits: parsed.value }
			} : parsed;
		}, { headerTooltip: "Épreuves facultatives choisies, séparées par des virgules (par exemple EF1, EF3)" }),
		{
			colId: "ccf",
			headerName: "Épreuves en CCF",
			headerTooltip: "Épreuves évaluées en CCF pour ce candidat (selon son statut, son établissement et la forme choisie) ; les autres sont ponctuelles",
			width: 190,
			editable: false,
			valueGetter: (p) => p.data ? ccfUnits(p.data).join(", ") : ""
		}
	];
	const options = grid.options({
		columnDefs,
		rowSelection: {
			mode: "multiRow",
			checkboxes: true,
			headerCheckbox: true,
			enableClickSelection: false
		},
		selectionColumnDef: {
			pinned: "left",
			headerTooltip: "Sélection"
		},
		onSelectionChanged: () => {
			set(selectedIds, (grid.api?.getSelectedRows() ?? []).map((v) => v.id), true);
		}
	});
	function emptyForm() {
		const only = $$props.workspace.etablissements.length === 1 ? $$props.workspace.etablissements[0] : void 0;
		return {
			numero: "",
			numeroPending: false,
			nom: "",
			prenom: "",
			dateNaissance: "",
			etablissementId: only?.id !== void 0 ? String(only.id) : NO_ETABLISSEMENT,
			statut: "scolaire",
			langueVivante: ""
		};
	}
	let adding = state(false);
	let form = state(proxy(emptyForm()));
	let errors = state(proxy({}));
	function validateAdd() {
		const found = {};
		const numero = get(form).numeroPending ? "" : get(form).numero.trim();
		if (numero === "" && !get(form).numeroPending) found.numero = "Le numéro de candidat est obligatoire.";
		else {
			const taken = numeroTakenMessage(numero, $$props.workspace.candidates);
			if (taken) found.numero = taken;
		}
		if (get(form).nom.trim() === "") found.nom = "Le nom est obligatoire.";
		const date = parseFrenchDate(get(form).dateNaissance);
		if (!date.ok) found.dateNaissance = `${date.error}.`;
		return found;
	}
	async function storeAdd() {
		const date = parseFrenchDate(get(form).dateNaissance);
		return await $$props.workspace.addCandidate({
			numero: get(form).numeroPending ? "" : get(form).numero.trim(),
			nom: get(form).nom.trim(),
			prenom: get(form).prenom.trim(),
			dateNaissance: date.ok ? date.value : null,
			etablissementId: get(form).etablissementId === NO_ETABLISSEMENT ? null : Number(get(form).etablissementId),
			statut: get(form).statut,
			langueVivante: get(form).langueVivante.trim(),
			optionalUnits: [],
			formOverrides: {}
		}) !== void 0;
	}
	function askDelete() {
		const count = get(selectedViews).length;
		if (count === 0) return null;
		const ids = get(selectedViews).map((v) => v.id);
		return {
			title: count === 1 ? "Supprimer le candidat" : "Supprimer les candidats",
			message: count === 1 ? `Supprimer le candidat ${who(get(selectedViews)[0])} ? Ses notes seront supprimées aussi.` : `Supprimer les ${count} candidats sélectionnés ? Leurs notes seront supprimées aussi.`,
			run: async () => {
				await $$props.workspace.deleteCandidates(ids);
				grid.api?.deselectAll();
				set(selectedIds, [], true);
			}
		};
	}
	function pasteRows(event) {
		const text = event.clipboardData?.getData("text/plain") ?? "";
		if (!$$props.onpaste || !$$props.workspace.session || !isPastedBlock(text)) return;
		event.preventDefault();
		$$props.onpaste(text);
	}
	/** Units that may be assessed in CCF: compulsory ones, and the optional ones the candidate registered for. */
	const overridableUnits = user_derived(() => get(single) && $$props.workspace.regulation ? $$props.workspace.regulation.units.filter((u) => u.mayBeCcf && sitsUnit(get(single).candidate, u)) : []);
	const FORM_LABELS = {
		CCF: "CCF",
		ponctuel: "ponctuel"
	};
	async function setOverride(view, code, select) {
		const previous = view.candidate.formOverrides[code] ?? "";
		const formOverrides = { ...view.candidate.formOverrides };
		if (select.value === "CCF" || select.value === "ponctuel") formOverrides[code] = select.value;
		else delete formOverrides[code];
		if (!await $$props.workspace.updateCandidate(view.id, { formOverrides })) select.value = previous;
	}
	var fragment = root_5();
	var node = first_child(fragment);
	{
		const tools = ($$anchor) => {
			var span = root();
			append($$anchor, span);
		};
		let $0 = user_derived(() => !$$props.workspace.session);
		let $1 = user_derived(() => get(selectedViews).length > 0 ? ` (${get(selectedViews).length})` : "");
		let $2 = user_derived(() => get(selectedViews).length === 0);
		GridScreen(node, {
			name: "candidates",
			get grid() {
				return grid;
			},
			get options() {
				return options;
			},
			get modules() {
				return PINNED_ROW_MODULES;
			},
			get rows() {
				return $$props.workspace.views;
			},
			label: "Candidats de la session",
			addLabel: "Ajouter un candidat",
			onadd: () => set(adding, true),
			get disabled() {
				return get($0);
			},
			get deleteLabel() {
				return `Supprimer la sélection${get($1) ?? ""}`;
			},
			get deleteDisabled() {
				return get($2);
			},
			askDelete,
			onpaste: pasteRows,
			tools,
			children: ($$anchor, $$slotProps) => {
				var fragment_1 = comment();
				var node_1 = first_child(fragment_1);
				var consequent = ($$anchor) => {
					var section = root_2();
					var h3 = child(section);
					var text_1 = only_child(h3);
					var p_1 = sibling(h3, 2);
					var text_2 = only_child(p_1);
					var div = sibling(p_1, 2);
					each(div, 21, () => get(overridableUnits), (unit) => unit.code, ($$anchor, unit) => {
						const fallback = user_derived(() => defaultUnitForm(get(unit), get(single).candidate.statut, get(single).etablissement?.type ?? null));
						var div_1 = root_1();
						var label = child(div_1);
						var text_3 = only_child(label);
						var select_1 = sibling(label, 2);
						var option = child(select_1);
						var text_4 = only_child(option);
						option.value = option.__value = "";
						var option_1 = sibling(option);
						option_1.value = option_1.__value = "CCF";
						var option_2 = sibling(option_1);
						option_2.value = option_2.__value = "ponctuel";
						reset(select_1);
						var select_1_value;
						init_select(select_1);
						reset(div_1);
						template_effect(() => {
							set_attribute(label, "for", `${uid}-form-${get(unit).code ?? ""}`);
							set_text(text_3, `${get(unit).code ?? ""} — ${get(unit).name ?? ""}`);
							set_attribute(select_1, "id", `${uid}-form-${get(unit).code ?? ""}`);
							set_text(text_4, `Par défaut (${FORM_LABELS[get(fallback)] ?? ""})`);
							if (select_1_value !== (select_1_value = get(single).candidate.formOverrides[get(unit).code] ?? "")) select_1.value = (select_1.__value = select_1_value) ?? "", select_option(select_1, select_1_value);
						});
						delegated("change", select_1, (e) => setOverride(get(single), get(unit).code, e.currentTarget));
						append($$anchor, div_1);
					});
					reset(div);
					reset(section);
					template_effect(() => {
						set_attribute(section, "aria-labelledby", `${uid}-forms-title`);
						set_attribute(h3, "id", `${uid}-forms-title`);
						set_text(text_1, `Forme des épreuves — ${get(single).candidate.nom ?? ""} ${get(single).candidate.prenom ?? ""}`);
						set_text(text_2, `Par défaut, la forme découle du statut (${STATUT_LABELS[get(single).candidate.statut] ?? ""}) et de l’établissement (${get(single).etablissement?.name ?? "aucun" ?? ""}).`);
					});
					append($$anchor, section);
				};
				if_block(node_1, ($$render) => {
					if (get(single) && get(overridableUnits).length > 0) $$render(consequent);
				});
				append($$anchor, fragment_1);
			},
			$$slots: {
				tools: true,
				default: true
			}
		});
	}
	var node_2 = sibling(node, 2);
	FormDialog(node_2, {
		title: "Ajouter un candidat",
		submitLabel: "Ajouter",
		get workspace() {
			return $$props.workspace;
		},
		validate: validateAdd,
		store: storeAdd,
		refused: "Le candidat n'a pas pu être ajouté.",
		onopen: () => set(form, emptyForm(), true),
		get open() {
			return get(adding);
		},
		set open($$value) {
			set(adding, $$value, true);
		},
		get errors() {
			return get(errors);
		},
		set errors($$value) {
			set(errors, $$value, true);
		},
		children: ($$anchor, $$slotProps) => {
			var fragment_2 = root_4();
			var node_3 = first_child(fragment_2);
			var consequent_1 = ($$anchor) => {
				TextField($$anchor, {
					get uid() {
						return uid;
					},
					field: "numero",
					label: "Numéro de candidat",
					get error() {
						return get(errors).numero;
					},
					required: true,
					get value() {
						return get(form).numero;
					},
					set value($$value) {
						get(form).numero = $$value;
					}
				});
			};
			if_block(node_3, ($$render) => {
				if (!get(form).numeroPending) $$render(consequent_1);
			});
			var label_1 = sibling(node_3, 2);
			var input = child(label_1);
			remove_input_defaults(input);
			next();
			reset(label_1);
			var node_4 = sibling(label_1, 2);
			TextField(node_4, {
				get uid() {
					return uid;
				},
				field: "nom",
				label: "Nom",
				get error() {
					return get(errors).nom;
				},
				required: true,
				get value() {
					return get(form).nom;
				},
				set value($$value) {
					get(form).nom = $$value;
				}
			});
			var node_5 = sibling(node_4, 2);
			TextField(node_5, {
				get uid() {
					return uid;
				},
				field: "prenom",
				label: "Prénom",
				get value() {
					return get(form).prenom;
				},
				set value($$value) {
					get(form).prenom = $$value;
				}
			});
			var node_6 = sibling(node_5, 2);
			TextField(node_6, {
				get uid() {
					return uid;
				},
				field: "dateNaissance",
				label: "Date de naissance (facultatif)",
				get error() {
					return get(errors).dateNaissance;
				},
				hint: "Au format JJ/MM/AAAA, par exemple 05/03/2004.",
				inputmode: "numeric",
				placeholder: "JJ/MM/AAAA",
				get value() {
					return get(form).dateNaissance;
				},
				set value($$value) {
					get(form).dateNaissance = $$value;
				}
			});
			var div_2 = sibling(node_6, 2);
			var label_2 = child(div_2);
			var select_2 = sibling(label_2, 2);
			var option_3 = child(select_2);
			option_3.value = option_3.__value = NO_ETABLISSEMENT;
			var node_7 = sibling(option_3);
			each(node_7, 17, () => $$props.workspace.etablissements, (etablissement) => etablissement.id, ($$anchor, etablissement) => {
				var option_4 = root_3();
				var text_5 = only_child(option_4);
				var option_4_value = {};
				template_effect(($0) => {
					set_text(text_5, `${get(etablissement).name ?? ""}${get(etablissement).city ? ` (${get(etablissement).city})` : ""}`);
					if (option_4_value !== (option_4_value = $0)) option_4.value = (option_4.__value = option_4_value) ?? "";
				}, [() => String(get(etablissement).id)]);
				append($$anchor, option_4);
			});
			reset(select_2);
			init_select(select_2);
			reset(div_2);
			var div_3 = sibling(div_2, 2);
			var label_3 = child(div_3);
			var select_3 = sibling(label_3, 2);
			each(select_3, 20, () => STATUTS, (statut) => statut, ($$anchor, statut) => {
				var option_5 = root_3();
				var text_6 = only_child(option_5, true);
				var option_5_value = {};
				template_effect(() => {
					set_text(text_6, STATUT_LABELS[statut]);
					if (option_5_value !== (option_5_value = statut)) option_5.value = (option_5.__value = option_5_value) ?? "";
				});
				append($$anchor, option_5);
			});
			reset(select_3);
			init_select(select_3);
			reset(div_3);
			var node_8 = sibling(div_3, 2);
			TextField(node_8, {
				get uid() {
					return uid;
				},
				field: "langueVivante",
				label: "Langue vivante",
				get value() {
					return get(form).langueVivante;
				},
				set value($$value) {
					get(form).langueVivante = $$value;
				}
			});
			template_effect(() => {
				set_attribute(label_2, "for", `${uid}-etablissement`);
				set_attribute(select_2, "id", `${uid}-etablissement`);
				set_attribute(label_3, "for", `${uid}-statut`);
				set_attribute(select_3, "id", `${uid}-statut`);
			});
			bind_checked(input, () => get(form).numeroPending, ($$value) => get(form).numeroPending = $$value);
			bind_select_value(select_2, () => get(form).etablissementId, ($$value) => get(form).etablissementId = $$value);
			bind_select_value(select_3, () => get(form).statut, ($$value) => get(form).statut = $$value);
			append($$anchor, fragment_2);
		},
		$$slots: { default: true }
	});
	append($$anchor, fragment);
	pop();
}
delegate(["change"]);
export { CandidatesGrid as default };
