import { A as append, E as if_block, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, P as props_id, R as event, Y as sibling, a as bind_this, d as set_attribute, et as user_derived, k as set_text, n as onMount, nt as pop, ot as reset, q as first_child, rt as push, z as get } from "./disclose-version-DzsNc0kE.js";
import { t as LivretCheckbox } from "./LivretCheckbox-3JMIPUIL.js";
import { s as useLivrets, t as LivretCandidate } from "./LivretCandidate-BpHxWn40.js";
// src/ui/livret/LivretDialog.svelte
var root = from_html(`<p>Chargement du livret…</p>`);
var root_1 = from_html(`<p class="examined svelte-rwkvrf"><!></p> <!>`, 1);
var root_2 = from_html(`<p>Ce candidat n'existe plus.</p>`);
var root_3 = from_html(`<dialog class="livret-dialog svelte-rwkvrf"><div class="head svelte-rwkvrf"><h2 class="svelte-rwkvrf"> </h2> <button type="button" data-autofocus="">Fermer</button></div> <!></dialog>`);
function LivretDialog($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	const livretsRef = useLivrets(() => $$props.workspace);
	const view = user_derived(() => $$props.workspace.views.find((v) => v.id === $$props.candidateId) ?? null);
	const name = user_derived(() => get(view) ? `${get(view).candidate.nom} ${get(view).candidate.prenom}`.trim() : "");
	let dialog;
	let opener = null;
	onMount(() => {
		opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
		dialog.showModal();
		dialog.querySelector("[data-autofocus]")?.focus();
	});
	function handleClose() {
		if (opener?.isConnected) opener.focus();
		$$props.onclose();
	}
	function handleCancel(event) {
		event.preventDefault();
		dialog.close();
	}
	var dialog_1 = root_3();
	var div = child(dialog_1);
	var h2 = child(div);
	var text = only_child(h2);
	var button = sibling(h2, 2);
	reset(div);
	var node = sibling(div, 2);
	var consequent_1 = ($$anchor) => {
		var fragment = root_1();
		var p = first_child(fragment);
		var node_1 = child(p);
		LivretCheckbox(node_1, {
			get jury() {
				return $$props.jury;
			},
			get candidateId() {
				return $$props.candidateId;
			},
			get candidate() {
				return get(view).candidate;
			}
		});
		reset(p);
		var node_2 = sibling(p, 2);
		var consequent = ($$anchor) => {
			LivretCandidate($$anchor, {
				get workspace() {
					return $$props.workspace;
				},
				get livrets() {
					return livretsRef.current;
				},
				get candidateId() {
					return $$props.candidateId;
				},
				level: 3
			});
		};
		var alternate = ($$anchor) => {
			var p_1 = root();
			append($$anchor, p_1);
		};
		if_block(node_2, ($$render) => {
			if (livretsRef.current?.ready) $$render(consequent);
			else $$render(alternate, -1);
		});
		append($$anchor, fragment);
	};
	var alternate_1 = ($$anchor) => {
		var p_2 = root_2();
		append($$anchor, p_2);
	};
	if_block(node, ($$render) => {
		if (get(view)) $$render(consequent_1);
		else $$render(alternate_1, -1);
	});
	reset(dialog_1);
	bind_this(dialog_1, ($$value) => dialog = $$value, () => dialog);
	template_effect(() => {
		set_attribute(dialog_1, "aria-labelledby", `${uid}-title`);
		set_attribute(h2, "id", `${uid}-title`);
		set_text(text, `Livret scolaire — ${get(name) ?? ""}`);
	});
	event("close", dialog_1, handleClose);
	event("cancel", dialog_1, handleCancel);
	delegated("click", button, () => dialog.close());
	append($$anchor, dialog_1);
	pop();
}
delegate(["click"]);
export { LivretDialog as default };
