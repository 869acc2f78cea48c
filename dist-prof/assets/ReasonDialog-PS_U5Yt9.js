import { A as append, E as if_block, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, P as props_id, Q as state, R as event, U as user_effect, Y as sibling, Z as set, a as bind_this, at as next, c as bind_value, d as set_attribute, k as set_text, nt as pop, ot as reset, r as prop, rt as push, tt as remove_textarea_child, z as get } from "./disclose-version-DzsNc0kE.js";
import { t as Dialog } from "./Dialog-B-_s7kvy.js";
// src/ui/ReasonDialog.svelte
var root = from_html(`<p class="error svelte-j0d9rm"> </p>`);
var root_1 = from_html(`<form novalidate=""><p class="change svelte-j0d9rm"> </p> <label class="svelte-j0d9rm">Motif (noté au journal de la délibération)</label> <p class="hint svelte-j0d9rm"><kbd>Entrée</kbd> enregistre, <kbd>Maj+Entrée</kbd> va à la ligne, <kbd>Échap</kbd> annule.</p> <textarea rows="3" aria-keyshortcuts="Enter" data-autofocus="" class="svelte-j0d9rm"></textarea> <!> <div class="actions svelte-j0d9rm"><button type="button">Annuler la modification</button> <button type="submit" class="primary">Enregistrer</button></div></form>`);
function ReasonDialog($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	let request = prop($$props, "request", 15, null);
	let reason = state("");
	let error = state("");
	let open = state(false);
	let answered = false;
	user_effect(() => {
		if (request() && !get(open)) {
			set(reason, "");
			set(error, "");
			answered = false;
			set(open, true);
		}
	});
	let field = state(void 0);
	let form = state(void 0);
	function submit(event) {
		event.preventDefault();
		if (get(reason).trim() === "") {
			set(error, "Le motif est obligatoire pendant la délibération.");
			get(field)?.focus();
			return;
		}
		answered = true;
		request()?.resolve(get(reason).trim());
		set(open, false);
	}
	/**
	* The Enter that validated the cell opens this dialog, and the browser then types its new line into the field
	* that just took the focus: a reason never starts with an empty line.
	*/
	function onInput() {
		if (/^\r?\n$/.test(get(reason))) set(reason, "");
	}
	/** Enter validates (as everywhere in the grid); Shift+Enter makes a new line. */
	function onKey(event) {
		if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
			event.preventDefault();
			get(form)?.requestSubmit();
		}
	}
	function closed() {
		if (!answered) request()?.resolve(null);
		request(null);
	}
	Dialog($$anchor, {
		title: "Motif de la modification",
		onclose: closed,
		get open() {
			return get(open);
		},
		set open($$value) {
			set(open, $$value, true);
		},
		children: ($$anchor, $$slotProps) => {
			var form_1 = root_1();
			var p = child(form_1);
			var text = only_child(p, true);
			var label = sibling(p, 2);
			var p_1 = sibling(label, 2);
			var textarea = sibling(p_1, 2);
			remove_textarea_child(textarea);
			bind_this(textarea, ($$value) => set(field, $$value), () => get(field));
			var node = sibling(textarea, 2);
			var consequent = ($$anchor) => {
				var p_2 = root();
				var text_1 = only_child(p_2, true);
				template_effect(() => {
					set_attribute(p_2, "id", `${uid}-error`);
					set_text(text_1, get(error));
				});
				append($$anchor, p_2);
			};
			if_block(node, ($$render) => {
				if (get(error)) $$render(consequent);
			});
			var div = sibling(node, 2);
			var button = child(div);
			next(2);
			reset(div);
			reset(form_1);
			bind_this(form_1, ($$value) => set(form, $$value), () => get(form));
			template_effect(() => {
				set_text(text, request()?.change ?? "");
				set_attribute(label, "for", `${uid}-reason`);
				set_attribute(p_1, "id", `${uid}-hint`);
				set_attribute(textarea, "id", `${uid}-reason`);
				set_attribute(textarea, "aria-invalid", get(error) ? "true" : void 0);
				set_attribute(textarea, "aria-describedby", get(error) ? `${uid}-hint ${uid}-error` : `${uid}-hint`);
			});
			event("submit", form_1, submit);
			delegated("keydown", textarea, onKey);
			delegated("input", textarea, onInput);
			bind_value(textarea, () => get(reason), ($$value) => set(reason, $$value));
			delegated("click", button, () => set(open, false));
			append($$anchor, form_1);
		},
		$$slots: { default: true }
	});
	pop();
}
delegate([
	"keydown",
	"input",
	"click"
]);
export { ReasonDialog as t };
