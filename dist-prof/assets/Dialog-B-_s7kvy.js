import { A as append, E as if_block, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, P as props_id, R as event, S as snippet, U as user_effect, Y as sibling, a as bind_this, d as set_attribute, j as comment, k as set_text, nt as pop, ot as reset, q as first_child, r as prop, rt as push } from "./disclose-version-DzsNc0kE.js";
// src/ui/Dialog.svelte
var root = from_html(`<dialog class="dialog svelte-1v9wgu6"><h2 class="dialog-title svelte-1v9wgu6"> </h2> <!></dialog>`);
function Dialog($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	let open = prop($$props, "open", 15, false);
	const titleId = `${uid}-title`;
	let dialog;
	let opener = null;
	const FOCUSABLE = "input:not([type=\"hidden\"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])";
	user_effect(() => {
		if (open() && !dialog.open) {
			opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
			dialog.showModal();
			(dialog.querySelector("[data-autofocus]") ?? dialog.querySelector(FOCUSABLE))?.focus();
		} else if (!open() && dialog.open) dialog.close();
	});
	function handleClose() {
		open(false);
		if (opener?.isConnected && !opener.disabled) opener.focus();
		opener = null;
		$$props.onclose?.();
	}
	function handleCancel(event) {
		event.preventDefault();
		open(false);
	}
	function handleKeydown(event) {
		if (event.key === "Escape" && !event.defaultPrevented) {
			event.preventDefault();
			open(false);
		}
	}
	var dialog_1 = root();
	var h2 = child(dialog_1);
	var text = only_child(h2, true);
	var node = sibling(h2, 2);
	var consequent = ($$anchor) => {
		var fragment = comment();
		var node_1 = first_child(fragment);
		snippet(node_1, () => $$props.children);
		append($$anchor, fragment);
	};
	if_block(node, ($$render) => {
		if (open()) $$render(consequent);
	});
	reset(dialog_1);
	bind_this(dialog_1, ($$value) => dialog = $$value, () => dialog);
	template_effect(() => {
		set_attribute(dialog_1, "aria-labelledby", titleId);
		set_attribute(dialog_1, "aria-describedby", $$props.describedBy);
		set_attribute(h2, "id", titleId);
		set_text(text, $$props.title);
	});
	event("close", dialog_1, handleClose);
	event("cancel", dialog_1, handleCancel);
	delegated("keydown", dialog_1, handleKeydown);
	append($$anchor, dialog_1);
	pop();
}
delegate(["keydown"]);
export { Dialog as t };
