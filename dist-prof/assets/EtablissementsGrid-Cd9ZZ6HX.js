import { A as append, C as each, H as template_effect, J as only_child, K as child, M as from_html, P as props_id, Q as state, X as proxy, Y as sibling, Z as set, d as set_attribute, et as user_derived, h as init_select, k as set_text, m as bind_select_value, nt as pop, ot as reset, q as first_child, rt as push, z as get } from "./disclose-version-DzsNc0kE.js";
import { o as checkUai } from "./checks-CTzZ-No0.js";
import { r as ETABLISSEMENT_TYPE_LABELS } from "./session-D2Rp9qN2.js";
import { n as FormDialog, t as TextField } from "./TextField-DCofANVc.js";
import { n as EditableGrid, t as GridScreen } from "./GridScreen-BR0BagXk.js";
// src/ui/EtablissementsGrid.svelte
var root = from_html(`<option> </option>`);
var root_1 = from_html(`<!> <!> <!> <div class="field"><label>Type</label> <select></select></div>`, 1);
var root_2 = from_html(`<!> <!>`, 1);
function EtablissementsGrid($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	const TYPES = Object.keys(ETABLISSEMENT_TYPE_LABELS);
	let selectedId = state(null);
	const rows = user_derived(() => {
		const counts = /* @__PURE__ */ new Map();
		for (const c of $$props.workspace.candidates) if (c.etablissementId !== null) counts.set(c.etablissementId, (counts.get(c.etablissementId) ?? 0) + 1);
		return $$props.workspace.etablissements.map((e) => ({
			id: e.id,
			etablissement: e,
			candidates: counts.get(e.id) ?? 0
		}));
	});
	const selected = user_derived(() => get(rows).find((r) => r.id === get(selectedId)) ?? null);
	/** The code UAI as stored (upper case), or the French message the database would give (domain checkUai). */
	function parseUai(text) {
		const uai = checkUai(text);
		return uai.ok ? uai : {
			ok: false,
			error: uai.error.replace(/\.$/, "")
		};
	}
	const grid = new EditableGrid({
		read: (row) => row.etablissement,
		write: (row, etablissement) => row.etablissement = etablissement,
		update: (id, changes) => $$props.workspace.updateEtablissement(id, changes),
		who: (row) => row.etablissement.name
	});
	function textColumn(key, headerName, width, parse, extra = {}) {
		return grid.textColumn({
			colId: key,
			headerName,
			width,
			extra,
			display: (e) => e[key] ?? "",
			parse: (text) => {
				const parsed = parse(text);
				return parsed.ok ? {
					ok: true,
					value: { [key]: parsed.value }
				} : parsed;
			}
		});
	}
	const columnDefs = [
		textColumn("uai", "UAI", 120, parseUai, { headerTooltip: "Code UAI (ex-RNE) : 7 chiffres et une lettre, par exemple 0310044E" }),
		textColumn("name", "Nom", 260, (text) => text.trim() === "" ? {
			ok: false,
			error: "Le nom de l'établissement ne peut pas être vide"
		} : {
			ok: true,
			value: text.trim()
		}),
		textColumn("city", "Ville", 160, (text) => ({
			ok: true,
			value: text.trim()
		})),
		grid.selectColumn("type", "Type", 210, ETABLISSEMENT_TYPE_LABELS),
		{
			colId: "candidates",
			headerName: "Candidats",
			headerTooltip: "Nombre de candidats rattachés à cet établissement",
			width: 110,
			type: "rightAligned",
			editable: false,
			valueGetter: (p) => p.data?.candidates ?? 0
		}
	];
	const options = grid.options({
		columnDefs,
		rowSelection: {
			mode: "singleRow",
			checkboxes: true,
			enableClickSelection: false
		},
		selectionColumnDef: {
			pinned: "left",
			headerName: "Choix",
			headerTooltip: "Sélection",
			width: 80
		},
		onSelectionChanged: () => {
			set(selectedId, grid.api?.getSelectedRows()[0]?.id ?? null, true);
		}
	});
	const emptyForm = () => ({
		uai: "",
		name: "",
		city: "",
		type: "public"
	});
	let adding = state(false);
	let form = state(proxy(emptyForm()));
	let errors = state(proxy({}));
	function validate() {
		const found = {};
		const uai = parseUai(get(form).uai);
		if (!uai.ok) found.uai = `${uai.error}.`;
		else if (uai.value !== "") {
			const other = $$props.workspace.etablissements.find((e) => e.uai === uai.value);
			if (other) found.uai = `Le code UAI « ${uai.value} » est déjà celui de l'établissement ${other.name}.`;
		}
		if (get(form).name.trim() === "") found.name = "Le nom de l'établissement est obligatoire.";
		return found;
	}
	async function store() {
		const uai = parseUai(get(form).uai);
		return await $$props.workspace.addEtablissement({
			uai: uai.ok ? uai.value : "",
			name: get(form).name.trim(),
			city: get(form).city.trim(),
			type: get(form).type
		}) !== void 0;
	}
	function askDelete() {
		if (!get(selected)) return null;
		const id = get(selected).id;
		return {
			title: "Supprimer l’établissement",
			message: `Supprimer l’établissement « ${get(selected).etablissement.name} » ? Cette suppression ne peut pas être annulée.`,
			run: async () => {
				await $$props.workspace.deleteEtablissement(id);
				if ($$props.workspace.notice?.kind === "error") return;
				grid.api?.deselectAll();
				set(selectedId, null);
			}
		};
	}
	var fragment = root_2();
	var node = first_child(fragment);
	{
		let $0 = user_derived(() => !$$props.workspace.session);
		let $1 = user_derived(() => !get(selected));
		GridScreen(node, {
			name: "etablissements",
			get grid() {
				return grid;
			},
			get options() {
				return options;
			},
			get rows() {
				return get(rows);
			},
			label: "Établissements de la session",
			addLabel: "Ajouter un établissement",
			onadd: () => set(adding, true),
			get disabled() {
				return get($0);
			},
			deleteLabel: "Supprimer",
			get deleteDisabled() {
				return get($1);
			},
			askDelete
		});
	}
	var node_1 = sibling(node, 2);
	FormDialog(node_1, {
		title: "Ajouter un établissement",
		submitLabel: "Ajouter",
		get workspace() {
			return $$props.workspace;
		},
		validate,
		store,
		refused: "L'établissement n'a pas pu être ajouté.",
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
			var fragment_1 = root_1();
			var node_2 = first_child(fragment_1);
			TextField(node_2, {
				get uid() {
					return uid;
				},
				field: "uai",
				label: "Code UAI (facultatif)",
				get error() {
					return get(errors).uai;
				},
				hint: "7 chiffres et une lettre, par exemple 0310044E.",
				spellcheck: false,
				get value() {
					return get(form).uai;
				},
				set value($$value) {
					get(form).uai = $$value;
				}
			});
			var node_3 = sibling(node_2, 2);
			TextField(node_3, {
				get uid() {
					return uid;
				},
				field: "name",
				label: "Nom",
				get error() {
					return get(errors).name;
				},
				required: true,
				get value() {
					return get(form).name;
				},
				set value($$value) {
					get(form).name = $$value;
				}
			});
			var node_4 = sibling(node_3, 2);
			TextField(node_4, {
				get uid() {
					return uid;
				},
				field: "city",
				label: "Ville",
				get value() {
					return get(form).city;
				},
				set value($$value) {
					get(form).city = $$value;
				}
			});
			var div = sibling(node_4, 2);
			var label = child(div);
			var select = sibling(label, 2);
			each(select, 20, () => TYPES, (type) => type, ($$anchor, type) => {
				var option = root();
				var text_1 = only_child(option, true);
				var option_value = {};
				template_effect(() => {
					set_text(text_1, ETABLISSEMENT_TYPE_LABELS[type]);
					if (option_value !== (option_value = type)) option.value = (option.__value = option_value) ?? "";
				});
				append($$anchor, option);
			});
			reset(select);
			init_select(select);
			reset(div);
			template_effect(() => {
				set_attribute(label, "for", `${uid}-type`);
				set_attribute(select, "id", `${uid}-type`);
			});
			bind_select_value(select, () => get(form).type, ($$value) => get(form).type = $$value);
			append($$anchor, fragment_1);
		},
		$$slots: { default: true }
	});
	append($$anchor, fragment);
	pop();
}
export { EtablissementsGrid as default };
