import { A as append, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, P as props_id, Q as state, Y as sibling, Z as set, d as set_attribute, k as set_text, nt as pop, ot as reset, q as first_child, r as prop, rt as push, v as set_class, y as clsx, z as get } from "./disclose-version-DzsNc0kE.js";
import { t as Dialog } from "./Dialog-B-_s7kvy.js";
// src/ui/ConfirmDialog.svelte
var root = from_html(`<p class="message svelte-1iwrpzm"> </p> <div class="actions"><button type="button" data-autofocus=""> </button> <button type="button"> </button></div>`, 1);
function ConfirmDialog($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	let open = prop($$props, "open", 15, false), cancelLabel = prop($$props, "cancelLabel", 3, "Annuler"), danger = prop($$props, "danger", 3, true);
	const messageId = `${uid}-message`;
	let busy = state(false);
	async function confirm() {
		set(busy, true);
		try {
			await $$props.onconfirm();
		} finally {
			set(busy, false);
			open(false);
		}
	}
	Dialog($$anchor, {
		get title() {
			return $$props.title;
		},
		get describedBy() {
			return messageId;
		},
		get onclose() {
			return $$props.onclose;
		},
		get open() {
			return open();
		},
		set open($$value) {
			open($$value);
		},
		children: ($$anchor, $$slotProps) => {
			var fragment_1 = root();
			var p = first_child(fragment_1);
			var text = only_child(p, true);
			var div = sibling(p, 2);
			var button = child(div);
			var text_1 = only_child(button, true);
			var button_1 = sibling(button, 2);
			var text_2 = only_child(button_1, true);
			reset(div);
			template_effect(() => {
				set_attribute(p, "id", messageId);
				set_text(text, $$props.message);
				button.disabled = get(busy);
				set_text(text_1, cancelLabel());
				set_class(button_1, 1, clsx(danger() ? "danger" : "primary"));
				button_1.disabled = get(busy);
				set_text(text_2, $$props.confirmLabel);
			});
			delegated("click", button, () => open(false));
			delegated("click", button_1, confirm);
			append($$anchor, fragment_1);
		},
		$$slots: { default: true }
	});
	pop();
}
delegate(["click"]);
export { ConfirmDialog as t };
