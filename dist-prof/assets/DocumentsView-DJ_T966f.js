const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./releve-R7VO6nR9.js","./numero-lCn5603m.js","./exact-Cpdw3sSx.js","./document-BF6LPEVe.js","./rolldown-runtime-CO0Nlsmt.js","./typeof-Cu5n2cyR.js","./preload-helper-CALLvQDj.js","./marks-B5B9zhMh.js","./results-CXJABGNk.js","./regulation-CUY09-RS.js","./dates-BZmzPFtD.js","./dates-qyPr0vLJ.js","./font-coverage-check-DfJDK05E.js","./pv-BzoniYqh.js","./jury-stats-C8-Wcio5.js","./session-D2Rp9qN2.js","./grille-CqHs3PGt.js","./grids-BLNduPl5.js","./presets-Cf2HfyzO.js","./stage-C1uuiMv2.js","./grids-CIQLbCmV.js"])))=>i.map(i=>d[i]);
import { A as append, C as each, E as if_block, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, Q as state, Y as sibling, Z as set, at as next, et as user_derived, j as comment, k as set_text, nt as pop, ot as reset, q as first_child, rt as push, z as get } from "./disclose-version-DzsNc0kE.js";
import { r as safeFileName, t as downloadBytes } from "./download-61WZdJOK.js";
import { n as uncoveredCharacters } from "./font-coverage-check-DfJDK05E.js";
import { t as SessionSettings } from "./SessionSettings-CkLN0TFx.js";
import { t as __vitePreload } from "./preload-helper-CALLvQDj.js";
// src/ui/UnprintableNames.svelte
var root$1 = from_html(`<li> </li>`);
var root_1$1 = from_html(`<div class="unprintable svelte-pf70wo" role="note" aria-labelledby="unprintable-title"><p id="unprintable-title" class="svelte-pf70wo"><strong> </strong> </p> <ul class="svelte-pf70wo"><!> <!></ul></div>`);
function UnprintableNames($$anchor, $$props) {
	push($$props, true);
	const affected = user_derived(() => $$props.candidates.flatMap((c) => {
		const characters = uncoveredCharacters(`${c.nom} ${c.prenom}`);
		return characters.length > 0 ? [{
			candidate: c,
			characters
		}] : [];
	}));
	const LISTED = 10;
	var fragment = comment();
	var node = first_child(fragment);
	var consequent_1 = ($$anchor) => {
		var div = root_1$1();
		var p = child(div);
		var strong = child(p);
		var text = only_child(strong);
		var text_1 = sibling(strong);
		reset(p);
		var ul = sibling(p, 2);
		var node_1 = child(ul);
		each(node_1, 17, () => get(affected).slice(0, LISTED), ({ candidate, characters }) => candidate.id ?? candidate.numero, ($$anchor, $$item) => {
			let candidate = () => get($$item).candidate;
			let characters = () => get($$item).characters;
			var li = root$1();
			var text_2 = only_child(li);
			template_effect(($0) => set_text(text_2, `${candidate().numero ?? ""} — ${candidate().nom ?? ""} ${candidate().prenom ?? ""} : ${$0 ?? ""}`), [() => characters().join(" ")]);
			append($$anchor, li);
		});
		var node_2 = sibling(node_1, 2);
		var consequent = ($$anchor) => {
			var li_1 = root$1();
			var text_3 = only_child(li_1);
			template_effect(() => set_text(text_3, `… et ${get(affected).length - LISTED} autres`));
			append($$anchor, li_1);
		};
		if_block(node_2, ($$render) => {
			if (get(affected).length > LISTED) $$render(consequent);
		});
		reset(ul);
		reset(div);
		template_effect(() => {
			set_text(text, `${get(affected).length === 1 ? "Un nom contient" : `${get(affected).length} noms contiennent`} des caractères qu'aucune police des PDF ne sait imprimer`);
			set_text(text_1, ` : ils seront remplacés par « ? » dans les documents. Corrigez ${get(affected).length === 1 ? "ce nom" : "ces noms"} dans l'onglet des candidats avant d'imprimer si
      besoin.`);
		});
		append($$anchor, div);
	};
	if_block(node, ($$render) => {
		if (get(affected).length > 0) $$render(consequent_1);
	});
	append($$anchor, fragment);
	pop();
}
// src/ui/DocumentsView.svelte
var root = from_html(`<p role="alert" class="error svelte-1ix4vvh"> </p>`);
var root_1 = from_html(`<section class="documents" aria-labelledby="documents-title"><h2 id="documents-title">Documents à signer</h2> <p class="hint">« Fait à … » et l'en-tête des convocations viennent de ces paramètres ; le président et la date, de la barre de délibération.</p> <!> <!> <ul class="svelte-1ix4vvh"><li class="svelte-1ix4vvh"><button type="button">Relevés de notes (PDF)</button> <span class="svelte-1ix4vvh"> </span></li> <li class="svelte-1ix4vvh"><button type="button">Procès-verbal de délibération (PDF)</button> <span class="svelte-1ix4vvh">tous les candidats, décomptes par décision, signatures du président et des membres, journal en annexe, listes des admis, des candidats à l'épreuve de
        contrôle et des diplômes non délivrés</span></li> <li class="svelte-1ix4vvh"><button type="button">Convocations à l'épreuve de contrôle (PDF)</button> <span class="svelte-1ix4vvh">une convocation par candidat autorisé (centre, adresse, date, heure et salle de chaque épreuve choisie, pièces à apporter), puis le tableau
        récapitulatif</span></li> <li class="svelte-1ix4vvh"><button type="button">Grilles d'évaluation vierges (PDF)</button> <span class="svelte-1ix4vvh">toutes les grilles de la circulaire, à imprimer ; les grilles remplies, candidat par candidat, sont dans l'onglet « Grilles d'évaluation »</span></li></ul> <p role="status" aria-live="polite"> </p> <!></section>`);
function DocumentsView($$anchor, $$props) {
	push($$props, true);
	let busy = state(null);
	let error = state("");
	const pdfSession = () => ({
		name: $$props.workspace.session?.name ?? "",
		academie: $$props.workspace.session?.academie ?? "",
		year: $$props.workspace.session?.year ?? (/* @__PURE__ */ new Date()).getFullYear(),
		diploma: $$props.regulation.diploma,
		place: $$props.workspace.session?.place ?? "",
		centre: $$props.workspace.session?.centre ?? "",
		centreAddress: $$props.workspace.session?.centreAddress ?? ""
	});
	const juryOf = () => ({
		president: $$props.workspace.deliberation?.president ?? "",
		date: $$props.workspace.deliberation?.date ?? null
	});
	const benefices = (view) => Object.fromEntries(Object.values(view.marks).flatMap((m) => m.benefice ? [[m.unit, m.benefice.year]] : []));
	async function generate(label, file, make) {
		set(busy, label, true);
		set(error, "");
		try {
			downloadBytes(`${safeFileName(`${file}-${$$props.workspace.session?.name ?? "session"}`)}.pdf`, await make());
		} catch (e) {
			set(error, `Le document n'a pas pu être produit : ${e instanceof Error ? e.message : String(e)}.`);
		} finally {
			set(busy, null);
		}
	}
	const releves = () => generate("releves", "releves-de-notes", async () => {
		const { releveDeNotesPdf } = await __vitePreload(async () => {
			const { releveDeNotesPdf } = await import("./releve-R7VO6nR9.js");
			return { releveDeNotesPdf };
		}, __vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12]), import.meta.url);
		return releveDeNotesPdf($$props.workspace.visibleViews.map((v) => ({
			session: pdfSession(),
			candidate: {
				numero: v.candidate.numero,
				nom: v.candidate.nom,
				prenom: v.candidate.prenom,
				dateNaissance: v.candidate.dateNaissance
			},
			etablissement: v.etablissement ? {
				name: v.etablissement.name,
				uai: v.etablissement.uai
			} : null,
			result: v.result,
			benefices: benefices(v),
			jury: juryOf()
		})));
	});
	const pv = () => generate("pv", "pv-deliberation", async () => {
		const { pvDeliberationPdf } = await __vitePreload(async () => {
			const { pvDeliberationPdf } = await import("./pv-BzoniYqh.js");
			return { pvDeliberationPdf };
		}, __vite__mapDeps([13,1,2,14,9,8,7,15,10,11,3,4,5,6,12]), import.meta.url);
		const sessionId = $$props.workspace.openSessionId;
		const audit = await $$props.workspace.db.audit.where("sessionId").equals(sessionId).sortBy("at");
		const d = $$props.workspace.deliberation;
		return pvDeliberationPdf({
			session: pdfSession(),
			jury: {
				president: d?.president ?? "",
				members: d?.members ?? [],
				date: d?.date ?? null
			},
			regulation: $$props.regulation,
			rows: $$props.workspace.views.map((v) => ({
				numero: v.candidate.numero,
				nom: v.candidate.nom,
				prenom: v.candidate.prenom,
				result: v.result,
				benefices: benefices(v)
			})),
			audit,
			phase: d?.phase ?? "preparation"
		});
	});
	const convocations = () => generate("convocations", "convocations-controle", async () => {
		const { convocationsControlePdf } = await __vitePreload(async () => {
			const { convocationsControlePdf } = await import("./pv-BzoniYqh.js");
			return { convocationsControlePdf };
		}, __vite__mapDeps([13,1,2,14,9,8,7,15,10,11,3,4,5,6,12]), import.meta.url);
		const notes = new Map((await $$props.workspace.db.juryNotes.where("sessionId").equals($$props.workspace.openSessionId).toArray()).map((n) => [n.candidateId, n]));
		return convocationsControlePdf({
			session: pdfSession(),
			regulation: $$props.regulation,
			rows: $$props.workspace.views.map((v) => ({
				numero: v.candidate.numero,
				nom: v.candidate.nom,
				prenom: v.candidate.prenom,
				result: v.result,
				controleUnits: notes.get(v.id)?.controleUnits ?? [],
				schedule: notes.get(v.id)?.schedule,
				dateNaissance: v.candidate.dateNaissance
			})),
			date: $$props.workspace.session?.controleFrom ?? null,
			jury: juryOf()
		});
	});
	const blankGrids = () => generate("grilles", "grilles-vierges", async () => {
		const [{ blankGridsPdf }, { gridsFor }] = await Promise.all([__vitePreload(() => import("./grille-CqHs3PGt.js"), __vite__mapDeps([16,1,2,17,18,19,11,7,3,4,5,6,8,9,10,12]), import.meta.url), __vitePreload(() => import("./grids-CIQLbCmV.js"), __vite__mapDeps([20,18,19,17,11,2,7]), import.meta.url)]);
		return blankGridsPdf(pdfSession(), gridsFor($$props.regulation));
	});
	const shown = user_derived(() => $$props.workspace.visibleViews.length);
	var section = root_1();
	var node = sibling(child(section), 4);
	SessionSettings(node, { get workspace() {
		return $$props.workspace;
	} });
	var node_1 = sibling(node, 2);
	UnprintableNames(node_1, { get candidates() {
		return $$props.workspace.candidates;
	} });
	var ul = sibling(node_1, 2);
	var li = child(ul);
	var button = child(li);
	var span = sibling(button, 2);
	var text = only_child(span);
	reset(li);
	var li_1 = sibling(li, 2);
	var button_1 = child(li_1);
	next(2);
	reset(li_1);
	var li_2 = sibling(li_1, 2);
	var button_2 = child(li_2);
	next(2);
	reset(li_2);
	var li_3 = sibling(li_2, 2);
	var button_3 = child(li_3);
	next(2);
	reset(li_3);
	reset(ul);
	var p = sibling(ul, 2);
	var text_1 = only_child(p, true);
	var node_2 = sibling(p, 2);
	var consequent = ($$anchor) => {
		var p_1 = root();
		var text_2 = only_child(p_1, true);
		template_effect(() => set_text(text_2, get(error)));
		append($$anchor, p_1);
	};
	if_block(node_2, ($$render) => {
		if (get(error)) $$render(consequent);
	});
	reset(section);
	template_effect(() => {
		button.disabled = get(busy) !== null || get(shown) === 0;
		set_text(text, `un relevé par page, pour les ${get(shown) ?? ""} candidats affichés dans l'onglet des notes (filtres compris)`);
		button_1.disabled = get(busy) !== null;
		button_2.disabled = get(busy) !== null;
		button_3.disabled = get(busy) !== null;
		set_text(text_1, get(busy) ? "Préparation du document…" : "");
	});
	delegated("click", button, releves);
	delegated("click", button_1, pv);
	delegated("click", button_2, convocations);
	delegated("click", button_3, blankGrids);
	append($$anchor, section);
	pop();
}
delegate(["click"]);
export { DocumentsView as default };
