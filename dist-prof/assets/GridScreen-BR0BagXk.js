import { A as append, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, Q as state, R as event, S as snippet, Y as sibling, Z as set, a as bind_this, et as user_derived, k as set_text, nt as pop, ot as reset, q as first_child, r as prop, rt as push, st as noop, v as set_class, z as get } from "./disclose-version-DzsNc0kE.js";
import { n as keepDraft, r as keptDraft } from "./unsaved-drafts-BwnCVRMY.js";
import { i as keepFocus } from "./TextField-DCofANVc.js";
import { r as SPREADSHEET_OPTIONS, t as Grid } from "./Grid-BTS68q7C.js";
import { t as ConfirmDialog } from "./ConfirmDialog-BlEctrLr.js";
// src/ui/grid/validated-column.ts
function validatedTextColumn(column) {
	const { colId, headerName, width, display, parse, unchanged, save, who, refuse, extra = {} } = column;
	return {
		colId,
		headerName,
		width,
		editable: true,
		valueGetter: (p) => p.data ? display(p.data) : "",
		valueSetter: (p) => {
			const parsed = parse(String(p.newValue ?? ""), p.data);
			if (!parsed.ok || !p.data || unchanged(p.data, parsed.value)) return false;
			save(p.data, parsed.value);
			return true;
		},
		cellEditorParams: { getValidationErrors: (v) => {
			const row = v.cellEditorParams.data;
			const parsed = parse(String(v.value ?? ""), row);
			refuse(parsed.ok ? "" : `${headerName}, ${who(row)} : ${parsed.error}. Corrigez la saisie ou appuyez sur Échap pour annuler.`);
			return parsed.ok ? null : [parsed.error];
		} },
		...extra
	};
}
// src/ui/grid/editable-grid.svelte.ts
var UNSAVED_DRAFT = "Nouvelle ligne pas encore enregistrée : complétez-la puis appuyez sur Entrée.";
var EditableGrid = class {
	api;
	#refusal = state("");
	get refusal() {
		return get(this.#refusal);
	}
	set refusal(value) {
		set(this.#refusal, value, true);
	}
	#records;
	#draft;
	draftRow = null;
	constructor(records, draft) {
		this.#records = records;
		this.#draft = draft;
		if (draft) {
			const kept = keptDraft(draft.keptAs());
			this.draftRow = kept ?? draft.blank();
			if (kept) this.refusal = UNSAVED_DRAFT;
		}
	}
	isDraft(row) {
		return row !== void 0 && row === this.draftRow;
	}
	/**
	* Validates the blank row: stored when complete (then a fresh blank row takes its place and typing goes on in
	* its first column), else the refusal says what is missing. True when stored.
	*/
	async commitDraft() {
		const draft = this.#draft;
		const row = this.draftRow;
		if (!draft || !row) return false;
		const record = this.#records.read(row);
		const missing = draft.missing(record);
		if (missing) {
			this.refusal = `Nouvelle ligne : ${missing} Complétez-la puis appuyez sur Entrée.`;
			return false;
		}
		if (!await draft.add(record)) return false;
		this.refusal = "";
		this.draftRow = draft.blank();
		keepDraft(draft.keptAs(), null);
		const api = this.api;
		if (api && !api.isDestroyed()) {
			api.setGridOption("pinnedBottomRowData", [this.draftRow]);
			api.setFocusedCell(0, draft.firstColumn, "bottom");
			api.startEditingCell({
				rowIndex: 0,
				colKey: draft.firstColumn,
				rowPinned: "bottom"
			});
		}
		return true;
	}
	/** Shows the change at once, stores it, and puts the row back if the database refuses it (notice). */
	async save(row, changes) {
		this.refusal = "";
		const previous = this.#records.read(row);
		const draft = this.#draft;
		if (draft && this.isDraft(row)) {
			const record = {
				...previous,
				...changes
			};
			this.#records.write(row, record);
			keepDraft(draft.keptAs(), draft.isBlank(record) ? null : row);
			return;
		}
		this.#records.write(row, {
			...previous,
			...changes
		});
		if (!await this.#records.update(row.id, changes)) {
			this.#records.write(row, previous);
			const node = this.api?.getRowNode(String(row.id));
			if (node) this.api?.refreshCells({
				rowNodes: [node],
				force: true
			});
		}
	}
	/** An editable text column: the typed text is parsed into the changes to store, or refused in French. */
	textColumn(spec) {
		const { read, who } = this.#records;
		return validatedTextColumn({
			colId: spec.colId,
			headerName: spec.headerName,
			width: spec.width,
			extra: spec.extra,
			parse: spec.parse,
			display: (row) => spec.display(read(row)),
			unchanged: (row, changes) => sameValues(read(row), changes),
			save: (row, changes) => void this.save(row, changes),
			who: (row) => this.isDraft(row) ? "nouvelle ligne" : who(row),
			refuse: (message) => {
				this.refusal = message;
			}
		});
	}
	/** An editable column choosing one of `labels`' keys, shown by its label. */
	selectColumn(key, headerName, width, labels, extra = {}) {
		const values = Object.keys(labels);
		return {
			colId: key,
			headerName,
			width,
			editable: true,
			valueGetter: (p) => p.data ? this.#records.read(p.data)[key] : void 0,
			valueFormatter: (p) => labels[String(p.value)] ?? String(p.value ?? ""),
			cellEditor: "agSelectCellEditor",
			cellEditorParams: { values },
			valueSetter: (p) => {
				const value = p.newValue;
				if (!p.data || !values.includes(String(value)) || this.#records.read(p.data)[key] === value) return false;
				this.save(p.data, { [key]: value });
				return true;
			},
			...extra
		};
	}
	/** The grid options every such grid shares, plus its own (columns, selection…). */
	options(own) {
		return {
			getRowId: (p) => this.isDraft(p.data) ? "nouvelle-ligne" : String(p.data.id),
			...this.#draft ? {
				pinnedBottomRowData: this.draftRow ? [this.draftRow] : [],
				onCellKeyDown: (event) => {
					if (event.event?.key !== "Enter" || event.node.rowPinned !== "bottom") return;
					const editing = event.api.getEditingCells().length > 0;
					setTimeout(() => {
						if (editing || !event.api.getEditingCells().length) this.commitDraft();
					});
				}
			} : {},
			defaultColDef: {
				sortable: true,
				resizable: true,
				suppressMovable: true
			},
			...SPREADSHEET_OPTIONS,
			onCellValueChanged: (event) => {
				this.api?.refreshCells({
					rowNodes: [event.node],
					force: true
				});
			},
			onCellEditingStopped: () => {
				this.refusal = "";
			},
			...own
		};
	}
};
function sameValues(record, changes) {
	return Object.entries(changes).every(([key, value]) => JSON.stringify(record[key]) === JSON.stringify(value));
}
// src/ui/grid/GridScreen.svelte
var root = from_html(`<div><div class="grid-screen-toolbar"><button type="button" class="primary"> </button> <button type="button"> </button> <!></div> <div class="grid-screen-area"><!></div> <p class="grid-screen-refusal" role="alert" aria-live="assertive"> </p> <!></div> <!>`, 1);
function GridScreen($$anchor, $$props) {
	push($$props, true);
	/** No session open: nothing to add to. */
	/** More toolbar buttons, after the two. */
	/** AG Grid modules this grid alone needs. */
	/** What comes below the grid (a panel about the selection). */
	/** A paste anywhere in the screen outside a field being edited (e.g. rows copied from a spreadsheet). */
	let grid = prop($$props, "grid", 7);
	function paste(event) {
		if (event.target?.closest("input, textarea, select, [contenteditable=\"true\"]")) return;
		$$props.onpaste?.(event);
	}
	let addButton = state(void 0);
	let confirming = state(false);
	let pending = state(null);
	function ask() {
		set(pending, $$props.askDelete(), true);
		if (get(pending)) set(confirming, true);
	}
	var fragment = root();
	var div = first_child(fragment);
	var div_1 = child(div);
	var button = child(div_1);
	var text = only_child(button, true);
	bind_this(button, ($$value) => set(addButton, $$value), () => get(addButton));
	var button_1 = sibling(button, 2);
	var text_1 = only_child(button_1, true);
	var node = sibling(button_1, 2);
	snippet(node, () => $$props.tools ?? noop);
	reset(div_1);
	var div_2 = sibling(div_1, 2);
	var node_1 = child(div_2);
	Grid(node_1, {
		get options() {
			return $$props.options;
		},
		get rows() {
			return $$props.rows;
		},
		get label() {
			return $$props.label;
		},
		get modules() {
			return $$props.modules;
		},
		onready: (api) => grid().api = api
	});
	reset(div_2);
	var p = sibling(div_2, 2);
	var text_2 = only_child(p, true);
	var node_2 = sibling(p, 2);
	snippet(node_2, () => $$props.children ?? noop);
	reset(div);
	var node_3 = sibling(div, 2);
	{
		let $0 = user_derived(() => get(pending)?.title ?? "");
		let $1 = user_derived(() => get(pending)?.message ?? "");
		ConfirmDialog(node_3, {
			get title() {
				return get($0);
			},
			get message() {
				return get($1);
			},
			confirmLabel: "Supprimer",
			onclose: () => keepFocus(get(addButton)),
			onconfirm: () => get(pending)?.run(),
			get open() {
				return get(confirming);
			},
			set open($$value) {
				set(confirming, $$value, true);
			}
		});
	}
	template_effect(() => {
		set_class(div, 1, `${$$props.name ?? ""} grid-screen`);
		button.disabled = $$props.disabled;
		set_text(text, $$props.addLabel);
		button_1.disabled = $$props.deleteDisabled;
		set_text(text_1, $$props.deleteLabel);
		set_text(text_2, grid().refusal);
	});
	event("paste", div, paste);
	delegated("click", button, function(...$$args) {
		$$props.onadd?.apply(this, $$args);
	});
	delegated("click", button_1, ask);
	append($$anchor, fragment);
	pop();
}
delegate(["click"]);
export { EditableGrid as n, GridScreen as t };
