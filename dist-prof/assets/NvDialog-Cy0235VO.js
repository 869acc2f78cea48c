import { A as append, C as each, E as if_block, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, P as props_id, Q as state, R as event, U as user_effect, X as proxy, Y as sibling, Z as set, at as next, c as bind_value, d as set_attribute, et as user_derived, k as set_text, nt as pop, ot as reset, r as prop, rt as push, s as bind_group, u as remove_input_defaults, z as get } from "./disclose-version-DzsNc0kE.js";
import { n as ANNEXE4_ITEMS, r as ANNEXE4_WORDING } from "./conformity-CRa_d-4n.js";
import { t as Dialog } from "./Dialog-B-_s7kvy.js";
// src/ui/conformity/NvDialog.svelte
var root = from_html(`<label><input type="checkbox"/> </label>`);
var root_1 = from_html(`<label class="other svelte-18n3wcd"><span>Préciser</span> <input type="text" autocomplete="off" class="svelte-18n3wcd"/></label>`);
var root_2 = from_html(`<p class="error svelte-18n3wcd" role="alert"> </p>`);
var root_3 = from_html(`<form novalidate=""><p class="what svelte-18n3wcd"> </p> <fieldset class="svelte-18n3wcd"><legend class="svelte-18n3wcd">Après vérification, la candidature ne peut être retenue pour les motifs :</legend> <!> <!></fieldset> <p class="hint svelte-18n3wcd">Le motif est inscrit au dossier (onglet « Conformité des dossiers ») et au journal ; la notice de l'annexe 4 peut ensuite être imprimée.</p> <!> <div class="actions svelte-18n3wcd"><button type="button">Annuler</button> <button type="submit" class="primary">Enregistrer le NV</button></div></form>`);
function NvDialog($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	const binding_group = [];
	let request = prop($$props, "request", 15, null);
	let items = state(proxy([]));
	let other = state("");
	let error = state("");
	let open = state(false);
	let answered = false;
	user_effect(() => {
		if (request() && !get(open)) {
			set(items, [], true);
			set(other, "");
			set(error, "");
			answered = false;
			set(open, true);
		}
	});
	function submit(event) {
		event.preventDefault();
		if (!event.submitter && get(items).length === 0) return;
		if (get(items).length === 0) {
			set(error, "Cochez au moins un motif de l'annexe 4.");
			return;
		}
		if (get(items).includes("autres") && get(other).trim() === "") {
			set(error, "Précisez le motif « autres ».");
			return;
		}
		answered = true;
		request()?.resolve({
			items: ANNEXE4_ITEMS.filter((i) => get(items).includes(i)),
			other: get(other).trim()
		});
		set(open, false);
	}
	function closed() {
		if (!answered) request()?.resolve(null);
		request(null);
	}
	Dialog($$anchor, {
		title: "Motif du NV (annexe 4)",
		onclose: closed,
		get open() {
			return get(open);
		},
		set open($$value) {
			set(open, $$value, true);
		},
		children: ($$anchor, $$slotProps) => {
			var form = root_3();
			var p = child(form);
			var text = only_child(p);
			var fieldset = sibling(p, 2);
			var node = sibling(child(fieldset), 2);
			each(node, 18, () => ANNEXE4_ITEMS, (item) => item, ($$anchor, item, i) => {
				var label = root();
				var input = child(label);
				remove_input_defaults(input);
				var input_value;
				var text_1 = sibling(input);
				reset(label);
				template_effect(() => {
					set_attribute(input, "data-autofocus", get(i) === 0 ? true : void 0);
					if (input_value !== (input_value = item)) input.value = (input.__value = input_value) ?? "";
					set_text(text_1, ` ${ANNEXE4_WORDING[item] ?? ""}`);
				});
				delegated("change", input, () => set(error, ""));
				bind_group(binding_group, [], input, () => {
					return get(items);
				}, ($$value) => set(items, $$value));
				append($$anchor, label);
			});
			var node_1 = sibling(node, 2);
			var consequent = ($$anchor) => {
				var label_1 = root_1();
				var input_1 = sibling(child(label_1), 2);
				remove_input_defaults(input_1);
				reset(label_1);
				template_effect(() => set_attribute(input_1, "id", `${uid}-other`));
				bind_value(input_1, () => get(other), ($$value) => set(other, $$value));
				append($$anchor, label_1);
			};
			var d = user_derived(() => get(items).includes("autres"));
			if_block(node_1, ($$render) => {
				if (get(d)) $$render(consequent);
			});
			reset(fieldset);
			var node_2 = sibling(fieldset, 4);
			var consequent_1 = ($$anchor) => {
				var p_1 = root_2();
				var text_2 = only_child(p_1, true);
				template_effect(() => {
					set_attribute(p_1, "id", `${uid}-error`);
					set_text(text_2, get(error));
				});
				append($$anchor, p_1);
			};
			if_block(node_2, ($$render) => {
				if (get(error)) $$render(consequent_1);
			});
			var div = sibling(node_2, 2);
			var button = child(div);
			next(2);
			reset(div);
			reset(form);
			template_effect(() => {
				set_text(text, `${request()?.what ?? "" ?? ""} : non valide (NV)`);
				set_attribute(fieldset, "aria-describedby", get(error) ? `${uid}-error` : void 0);
			});
			event("submit", form, submit);
			delegated("click", button, () => set(open, false));
			append($$anchor, form);
		},
		$$slots: { default: true }
	});
	pop();
}
delegate(["change", "click"]);
export { NvDialog as t };
