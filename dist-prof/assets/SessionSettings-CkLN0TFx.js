import { A as append, E as if_block, H as template_effect, K as child, M as from_html, P as props_id, Q as state, R as event, W as user_pre_effect, X as proxy, Y as sibling, Z as set, c as bind_value, d as set_attribute, et as user_derived, nt as pop, ot as reset, q as first_child, r as prop, rt as push, u as remove_input_defaults, z as get } from "./disclose-version-DzsNc0kE.js";
// src/ui/jury/SessionSettings.svelte
var root = from_html(`<label class="svelte-108aneo"><span>Contrôle du</span> <input type="date"/></label> <label class="svelte-108aneo"><span>au</span> <input type="date"/></label>`, 1);
var root_1 = from_html(`<form class="session-settings svelte-108aneo" aria-label="Paramètres de la session pour les documents"><label class="svelte-108aneo"><span>Fait à (lieu)</span> <input type="text" placeholder="Toulouse" autocomplete="off"/></label> <label class="svelte-108aneo"><span>Centre d'examen</span> <input type="text" autocomplete="off"/></label> <label class="wide svelte-108aneo"><span>Adresse du centre</span> <input type="text" autocomplete="off" class="svelte-108aneo"/></label> <!> <button type="submit">Enregistrer</button></form>`);
function SessionSettings($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	let controle = prop($$props, "controle", 3, false);
	const read = () => ({
		place: $$props.workspace.session?.place ?? "",
		centre: $$props.workspace.session?.centre ?? "",
		centreAddress: $$props.workspace.session?.centreAddress ?? "",
		controleFrom: $$props.workspace.session?.controleFrom ?? "",
		controleTo: $$props.workspace.session?.controleTo ?? ""
	});
	let form = state(proxy(read()));
	let sessionId = state(null);
	user_pre_effect(() => {
		if ($$props.workspace.openSessionId !== get(sessionId)) {
			set(sessionId, $$props.workspace.openSessionId, true);
			set(form, read(), true);
		}
	});
	const changed = user_derived(() => JSON.stringify(get(form)) !== JSON.stringify(read()));
	async function save(event) {
		event.preventDefault();
		await $$props.workspace.updateSessionSettings({
			place: get(form).place,
			centre: get(form).centre,
			centreAddress: get(form).centreAddress,
			controleFrom: get(form).controleFrom || null,
			controleTo: get(form).controleTo || null
		});
	}
	var form_1 = root_1();
	var label = child(form_1);
	var input = sibling(child(label), 2);
	remove_input_defaults(input);
	reset(label);
	var label_1 = sibling(label, 2);
	var input_1 = sibling(child(label_1), 2);
	remove_input_defaults(input_1);
	reset(label_1);
	var label_2 = sibling(label_1, 2);
	var input_2 = sibling(child(label_2), 2);
	remove_input_defaults(input_2);
	reset(label_2);
	var node = sibling(label_2, 2);
	var consequent = ($$anchor) => {
		var fragment = root();
		var label_3 = first_child(fragment);
		var input_3 = sibling(child(label_3), 2);
		remove_input_defaults(input_3);
		reset(label_3);
		var label_4 = sibling(label_3, 2);
		var input_4 = sibling(child(label_4), 2);
		remove_input_defaults(input_4);
		reset(label_4);
		template_effect(() => {
			set_attribute(input_3, "id", `${uid}-from`);
			set_attribute(input_4, "id", `${uid}-to`);
		});
		bind_value(input_3, () => get(form).controleFrom, ($$value) => get(form).controleFrom = $$value);
		bind_value(input_4, () => get(form).controleTo, ($$value) => get(form).controleTo = $$value);
		append($$anchor, fragment);
	};
	if_block(node, ($$render) => {
		if (controle()) $$render(consequent);
	});
	var button = sibling(node, 2);
	reset(form_1);
	template_effect(() => {
		set_attribute(input, "id", `${uid}-place`);
		set_attribute(input_1, "id", `${uid}-centre`);
		set_attribute(input_2, "id", `${uid}-address`);
		button.disabled = !get(changed);
	});
	event("submit", form_1, save);
	bind_value(input, () => get(form).place, ($$value) => get(form).place = $$value);
	bind_value(input_1, () => get(form).centre, ($$value) => get(form).centre = $$value);
	bind_value(input_2, () => get(form).centreAddress, ($$value) => get(form).centreAddress = $$value);
	append($$anchor, form_1);
	pop();
}
export { SessionSettings as t };
