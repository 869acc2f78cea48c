import { A as append, C as each, E as if_block, H as template_effect, J as only_child, K as child, M as from_html, Y as sibling, d as set_attribute, et as user_derived, k as set_text, nt as pop, ot as reset, q as first_child, rt as push, v as set_class, w as index, z as get } from "./disclose-version-DzsNc0kE.js";
import { a as formatHundredthsShort, i as formatHundredthsFixed, n as averageHundredths, o as formatPointsExact, s as pointsToHundredths } from "./exact-Cpdw3sSx.js";
import { n as SPECIAL_LABELS, r as formatMark } from "./marks-B5B9zhMh.js";
import { n as DECISION_LABELS } from "./results-CXJABGNk.js";
// src/ui/ExplanationPanel.svelte
var root = from_html(`<p class="hint svelte-1i2luez">Sélectionnez une cellule d'un candidat dans la grille des notes pour voir le détail de son calcul.</p>`);
var root_1 = from_html(`<tr><th scope="row" class="svelte-1i2luez"> </th><td class="svelte-1i2luez"> </td><td class="svelte-1i2luez"> </td><td class="svelte-1i2luez"> </td><td class="num svelte-1i2luez"> </td></tr>`);
var root_2 = from_html(`<dt class="svelte-1i2luez">Total des points</dt> <dd class="svelte-1i2luez"> </dd> <dt class="svelte-1i2luez">Diviseur (somme des coefficients comptés)</dt> <dd class="svelte-1i2luez"> </dd>`, 1);
var root_3 = from_html(`<dt class="svelte-1i2luez">Moyenne après l'épreuve de contrôle</dt> <dd class="svelte-1i2luez"> </dd>`, 1);
var root_4 = from_html(`<li> </li>`);
var root_5 = from_html(`<li class="error svelte-1i2luez"> </li>`);
var root_6 = from_html(`<p class="who svelte-1i2luez"><strong> </strong> <span> </span></p> <table class="svelte-1i2luez"><caption class="visually-hidden">Détail des points par épreuve</caption><thead><tr><th scope="col" class="svelte-1i2luez">Épreuve</th><th scope="col" class="svelte-1i2luez">Coef.</th><th scope="col" class="svelte-1i2luez">Note</th><th scope="col" class="svelte-1i2luez">Calcul</th><th scope="col" class="svelte-1i2luez">Points</th></tr></thead><tbody></tbody></table> <dl class="svelte-1i2luez"><!> <dt class="svelte-1i2luez">Moyenne générale</dt> <dd class="svelte-1i2luez"> </dd> <dt class="svelte-1i2luez">Moyenne du domaine professionnel</dt> <dd class="svelte-1i2luez"> </dd> <!></dl> <p class="thresholds svelte-1i2luez"> </p> <h3 class="svelte-1i2luez">Ce qui a décidé</h3> <ol class="steps svelte-1i2luez"><!> <!></ol>`, 1);
var root_7 = from_html(`<section class="explanation svelte-1i2luez" aria-labelledby="explanation-title"><h2 id="explanation-title" class="svelte-1i2luez">Comment est calculée cette moyenne ?</h2> <!></section>`);
function ExplanationPanel($$anchor, $$props) {
	push($$props, true);
	const fixed = (hundredths) => formatHundredthsFixed(hundredths);
	const short = formatHundredthsShort;
	const average = (avg) => avg ? fixed(averageHundredths(avg)) : "—";
	const points = (p) => fixed(pointsToHundredths(p));
	const threshold = (points) => String(points).replace(".", ",");
	function effect(line) {
		switch (line.role) {
			case "counted": return line.mark.kind === "ABJ" ? "absence justifiée : compte 0" : `${short(line.coefficient)} × ${formatMark(line.mark)}`;
			case "dispensed": return "dispensé : hors total et hors diviseur";
			case "missing": return "note à saisir";
			case "absent": return `${SPECIAL_LABELS.AB} : éliminatoire`;
			case "invalid": return `${SPECIAL_LABELS.NV} : diplôme non délivrable`;
			case "bonus": return `bonus : points au-dessus de ${threshold($$props.regulation.bonusBase)}`;
			case "ignored": return line.mark.kind === "empty" ? "non présentée" : `${formatMark(line.mark)} : sans effet`;
		}
	}
	const counted = (line) => line.role === "counted" || line.role === "bonus";
	const divisor = user_derived(() => $$props.view?.result.firstGroup?.divisor ?? null);
	var section = root_7();
	var node = sibling(child(section), 2);
	var consequent = ($$anchor) => {
		var p_1 = root();
		append($$anchor, p_1);
	};
	var alternate = ($$anchor) => {
		const result = user_derived(() => $$props.view.result);
		var fragment = root_6();
		var p_2 = first_child(fragment);
		var strong = child(p_2);
		var text = only_child(strong);
		var text_1 = sibling(strong);
		var span = sibling(text_1);
		var text_2 = only_child(span, true);
		reset(p_2);
		var table = sibling(p_2, 2);
		var tbody = sibling(child(table), 2);
		each(tbody, 21, () => get(result).lines, (line) => line.unit.code, ($$anchor, line) => {
			var tr = root_1();
			let classes;
			var th = child(tr);
			var text_3 = only_child(th, true);
			var td = sibling(th);
			var text_4 = only_child(td, true);
			var td_1 = sibling(td);
			var text_5 = only_child(td_1, true);
			var td_2 = sibling(td_1);
			var text_6 = only_child(td_2, true);
			var td_3 = sibling(td_2);
			var text_7 = only_child(td_3, true);
			reset(tr);
			template_effect(($0, $1, $2, $3, $4) => {
				classes = set_class(tr, 1, "svelte-1i2luez", null, classes, { muted: $0 });
				set_attribute(th, "title", get(line).unit.name);
				set_text(text_3, get(line).unit.code);
				set_text(text_4, $1);
				set_text(text_5, $2);
				set_text(text_6, $3);
				set_text(text_7, $4);
			}, [
				() => !counted(get(line)),
				() => get(line).unit.coefficient === null ? "—" : short(get(line).coefficient),
				() => formatMark(get(line).mark) || "—",
				() => effect(get(line)),
				() => counted(get(line)) ? formatPointsExact(get(line).points) : ""
			]);
			append($$anchor, tr);
		});
		reset(tbody);
		reset(table);
		var dl = sibling(table, 2);
		var node_1 = child(dl);
		var consequent_1 = ($$anchor) => {
			var fragment_1 = root_2();
			var dd = sibling(first_child(fragment_1), 2);
			var text_8 = only_child(dd);
			var dd_1 = sibling(dd, 4);
			var text_9 = only_child(dd_1, true);
			template_effect(($0, $1, $2) => {
				set_text(text_8, `${$0 ?? ""}${$1 ?? ""}`);
				set_text(text_9, $2);
			}, [
				() => points(get(result).firstGroup.points),
				() => get(result).bonus > 0 ? ` (dont bonus ${points(get(result).bonus)})` : "",
				() => short(get(divisor))
			]);
			append($$anchor, fragment_1);
		};
		if_block(node_1, ($$render) => {
			if (get(result).firstGroup && get(divisor) !== null) $$render(consequent_1);
		});
		var dd_2 = sibling(node_1, 4);
		var text_10 = only_child(dd_2, true);
		var dd_3 = sibling(dd_2, 4);
		var text_11 = only_child(dd_3, true);
		var node_2 = sibling(dd_3, 2);
		var consequent_2 = ($$anchor) => {
			var fragment_2 = root_3();
			var dd_4 = sibling(first_child(fragment_2), 2);
			var text_12 = only_child(dd_4, true);
			template_effect(($0) => set_text(text_12, $0), [() => average(get(result).final)]);
			append($$anchor, fragment_2);
		};
		if_block(node_2, ($$render) => {
			if (get(result).controle.length > 0) $$render(consequent_2);
		});
		reset(dl);
		var p_3 = sibling(dl, 2);
		var text_13 = only_child(p_3);
		var ol = sibling(p_3, 4);
		var node_3 = child(ol);
		each(node_3, 17, () => get(result).explanation, index, ($$anchor, sentence) => {
			var li = root_4();
			var text_14 = only_child(li, true);
			template_effect(() => set_text(text_14, get(sentence)));
			append($$anchor, li);
		});
		var node_4 = sibling(node_3, 2);
		each(node_4, 17, () => get(result).errors, index, ($$anchor, error) => {
			var li_1 = root_5();
			var text_15 = only_child(li_1);
			template_effect(() => set_text(text_15, `Épreuve de contrôle non prise en compte : ${get(error).message ?? ""}.`));
			append($$anchor, li_1);
		});
		reset(ol);
		template_effect(($0, $1, $2, $3, $4, $5) => {
			set_text(text, `${$$props.view.candidate.nom ?? ""} ${$$props.view.candidate.prenom ?? ""}`);
			set_text(text_1, `, n° ${$$props.view.candidate.numero ?? ""} `);
			set_class(span, 1, `decision decision-${get(result).decision ?? ""}`, "svelte-1i2luez");
			set_text(text_2, DECISION_LABELS[get(result).decision]);
			set_text(text_10, $0);
			set_text(text_11, $1);
			set_text(text_13, `Seuils : admis à partir de ${$2 ?? ""} ; épreuve de contrôle de ${$3 ?? ""}
      à ${$4 ?? ""} si la moyenne professionnelle atteint ${$5 ?? ""}. Les moyennes sont
      tronquées au centième.`);
		}, [
			() => average(get(result).firstGroup),
			() => average(get(result).professional),
			() => threshold($$props.regulation.thresholds.admis),
			() => threshold($$props.regulation.thresholds.controleMin),
			() => threshold($$props.regulation.thresholds.admis),
			() => threshold($$props.regulation.thresholds.professionalMin)
		]);
		append($$anchor, fragment);
	};
	if_block(node, ($$render) => {
		if (!$$props.view) $$render(consequent);
		else $$render(alternate, -1);
	});
	reset(section);
	append($$anchor, section);
	pop();
}
export { ExplanationPanel as default };
