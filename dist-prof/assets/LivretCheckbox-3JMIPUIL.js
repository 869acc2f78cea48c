import { A as append, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, Y as sibling, et as user_derived, f as set_checked, k as set_text, nt as pop, ot as reset, rt as push, u as remove_input_defaults, z as get } from "./disclose-version-DzsNc0kE.js";
import { i as candidateName } from "./format-N4ce8ly4.js";
// src/ui/jury/LivretCheckbox.svelte
var root = from_html(`<label class="livret svelte-134gwkg"><input type="checkbox"/> Livret examiné <span class="visually-hidden"> </span></label>`);
function LivretCheckbox($$anchor, $$props) {
	push($$props, true);
	const checked = user_derived(() => $$props.jury.note($$props.candidateId)?.livretExamined ?? false);
	async function change(event) {
		const input = event.currentTarget;
		if (!await $$props.jury.setLivretExamined($$props.candidateId, input.checked)) input.checked = get(checked);
	}
	var label = root();
	var input_1 = child(label);
	remove_input_defaults(input_1);
	var span = sibling(input_1, 2);
	var text = only_child(span);
	reset(label);
	template_effect(($0) => {
		set_checked(input_1, get(checked));
		input_1.disabled = $$props.jury.closed;
		set_text(text, `— ${$0 ?? ""}`);
	}, [() => candidateName($$props.candidate)]);
	delegated("change", input_1, change);
	append($$anchor, label);
	pop();
}
delegate(["change"]);
export { LivretCheckbox as t };
