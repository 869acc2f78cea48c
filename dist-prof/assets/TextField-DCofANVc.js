import { A as append, B as tick, E as if_block, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, Q as state, R as event, S as snippet, W as user_pre_effect, X as proxy, Y as sibling, Z as set, a as bind_this, c as bind_value, d as set_attribute, et as user_derived, k as set_text, nt as pop, ot as reset, r as prop, rt as push, u as remove_input_defaults, z as get } from "./disclose-version-DzsNc0kE.js";
import { t as Dialog } from "./Dialog-B-_s7kvy.js";
// src/ui/form-helpers.ts
/** `aria-describedby` of a field: its hint and its error message, when present. */
function describedBy(uid, field, hint, hasError) {
	return [hint ? `${uid}-${field}-hint` : "", hasError ? `${uid}-${field}-error` : ""].filter(Boolean).join(" ") || void 0;
}
/**
* The database's refusal of the last action, taken out of the page-wide notice so that it is shown
* in the dialog, where the user is looking, rather than behind the modal.
*/
function takeRefusal(workspace, fallback) {
	const notice = workspace.notice;
	if (notice?.kind !== "error") return fallback;
	workspace.notice = null;
	return notice.text;
}
/** After a confirmation closes, a button it disabled (the rows are gone) must not leave the focus nowhere. */
function keepFocus(fallback) {
	const active = document.activeElement;
	if (!active || active === document.body || active.closest("dialog") || active.disabled) fallback?.focus();
}
// src/ui/FormDialog.svelte
var root$1 = from_html(`<form novalidate=""><div class="fields"><!></div> <p class="form-error" role="alert"> </p> <div class="actions"><button type="button">Annuler</button> <button type="submit" class="primary"> </button></div></form>`);
function FormDialog($$anchor, $$props) {
	push($$props, true);
	/** The French message of each wrong field (none: the form may be stored). */
	/** Stores the form; false when the database refused it (its reason is in workspace.notice). */
	/** Shown when the database refused without a reason. */
	let open = prop($$props, "open", 15, false), errors = prop($$props, "errors", 31, () => proxy({}));
	let formError = state("");
	let saving = state(false);
	let formElement = state(void 0);
	let wasOpen = false;
	user_pre_effect(() => {
		if (open() && !wasOpen) {
			errors({});
			set(formError, "");
			$$props.onopen?.();
		}
		wasOpen = open();
	});
	async function submit(event) {
		event.preventDefault();
		set(formError, "");
		errors($$props.validate());
		if (Object.keys(errors()).length > 0) {
			await tick();
			get(formElement)?.querySelector("[aria-invalid=\"true\"]")?.focus();
			return;
		}
		set(saving, true);
		const stored = await $$props.store();
		set(saving, false);
		if (stored) {
			open(false);
			return;
		}
		set(formError, takeRefusal($$props.workspace, $$props.refused), true);
	}
	Dialog($$anchor, {
		get title() {
			return $$props.title;
		},
		get open() {
			return open();
		},
		set open($$value) {
			open($$value);
		},
		children: ($$anchor, $$slotProps) => {
			var form = root$1();
			var div = child(form);
			var node = child(div);
			snippet(node, () => $$props.children);
			reset(div);
			var p = sibling(div, 2);
			var text = only_child(p, true);
			var div_1 = sibling(p, 2);
			var button = child(div_1);
			var button_1 = sibling(button, 2);
			var text_1 = only_child(button_1, true);
			reset(div_1);
			reset(form);
			bind_this(form, ($$value) => set(formElement, $$value), () => get(formElement));
			template_effect(() => {
				set_text(text, get(formError));
				button_1.disabled = get(saving);
				set_text(text_1, $$props.submitLabel);
			});
			event("submit", form, submit);
			delegated("click", button, () => open(false));
			append($$anchor, form);
		},
		$$slots: { default: true }
	});
	pop();
}
delegate(["click"]);
// src/ui/TextField.svelte
var root = from_html(`<input type="date"/>`);
var root_1 = from_html(`<input type="text" autocomplete="off"/>`);
var root_2 = from_html(`<span class="hint"> </span>`);
var root_3 = from_html(`<p class="field-error"> </p>`);
var root_4 = from_html(`<div class="field"><label> </label> <!> <!> <!></div>`);
function TextField($$anchor, $$props) {
	push($$props, true);
	let value = prop($$props, "value", 15), required = prop($$props, "required", 3, false), type = prop($$props, "type", 3, "text");
	const id = user_derived(() => `${$$props.uid}-${$$props.field}`);
	var div = root_4();
	var label_1 = child(div);
	var text = only_child(label_1, true);
	var node = sibling(label_1, 2);
	var consequent = ($$anchor) => {
		var input = root();
		remove_input_defaults(input);
		template_effect(($0) => {
			set_attribute(input, "id", get(id));
			set_attribute(input, "aria-required", required() ? "true" : void 0);
			set_attribute(input, "aria-invalid", $$props.error ? "true" : void 0);
			set_attribute(input, "aria-describedby", $0);
		}, [() => describedBy($$props.uid, $$props.field, Boolean($$props.hint), Boolean($$props.error))]);
		bind_value(input, value);
		append($$anchor, input);
	};
	var alternate = ($$anchor) => {
		var input_1 = root_1();
		remove_input_defaults(input_1);
		template_effect(($0) => {
			set_attribute(input_1, "id", get(id));
			set_attribute(input_1, "inputmode", $$props.inputmode);
			set_attribute(input_1, "placeholder", $$props.placeholder);
			set_attribute(input_1, "spellcheck", $$props.spellcheck);
			set_attribute(input_1, "aria-required", required() ? "true" : void 0);
			set_attribute(input_1, "aria-invalid", $$props.error ? "true" : void 0);
			set_attribute(input_1, "aria-describedby", $0);
		}, [() => describedBy($$props.uid, $$props.field, Boolean($$props.hint), Boolean($$props.error))]);
		bind_value(input_1, value);
		append($$anchor, input_1);
	};
	if_block(node, ($$render) => {
		if (type() === "date") $$render(consequent);
		else $$render(alternate, -1);
	});
	var node_1 = sibling(node, 2);
	var consequent_1 = ($$anchor) => {
		var span = root_2();
		var text_1 = only_child(span, true);
		template_effect(() => {
			set_attribute(span, "id", `${get(id) ?? ""}-hint`);
			set_text(text_1, $$props.hint);
		});
		append($$anchor, span);
	};
	if_block(node_1, ($$render) => {
		if ($$props.hint) $$render(consequent_1);
	});
	var node_2 = sibling(node_1, 2);
	var consequent_2 = ($$anchor) => {
		var p = root_3();
		var text_2 = only_child(p, true);
		template_effect(() => {
			set_attribute(p, "id", `${get(id) ?? ""}-error`);
			set_text(text_2, $$props.error);
		});
		append($$anchor, p);
	};
	if_block(node_2, ($$render) => {
		if ($$props.error) $$render(consequent_2);
	});
	reset(div);
	template_effect(() => {
		set_attribute(label_1, "for", get(id));
		set_text(text, $$props.label);
	});
	append($$anchor, div);
	pop();
}
export { takeRefusal as a, keepFocus as i, FormDialog as n, describedBy as r, TextField as t };
