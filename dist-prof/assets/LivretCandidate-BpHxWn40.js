const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./livret-DJF_tGsZ.js","./numero-lCn5603m.js","./livret-PcoQAaJt.js","./presets-Cf2HfyzO.js","./stage-C1uuiMv2.js","./livret-chart-Qq4g49-4.js","./livret-stats-hc6XJB1X.js","./exact-Cpdw3sSx.js","./marks-B5B9zhMh.js","./dates-BZmzPFtD.js","./dates-qyPr0vLJ.js","./document-BF6LPEVe.js","./rolldown-runtime-CO0Nlsmt.js","./typeof-Cu5n2cyR.js","./preload-helper-CALLvQDj.js","./results-CXJABGNk.js","./regulation-CUY09-RS.js","./font-coverage-check-DfJDK05E.js"])))=>i.map(i=>d[i]);
import { A as append, C as each, E as if_block, F as text, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, N as from_svg, P as props_id, Q as state, Y as sibling, Z as set, at as next, b as element, d as set_attribute, et as user_derived, f as set_checked, j as comment, k as set_text, l as attribute_effect, nt as pop, ot as reset, p as set_value, q as first_child, r as prop, rt as push, tt as remove_textarea_child, u as remove_input_defaults, v as set_class, w as index, z as get } from "./disclose-version-DzsNc0kE.js";
import { l as livretTemplateFor, n as LIVRET_AVIS, t as AVIS_LABELS } from "./livret-PcoQAaJt.js";
import { a as columnValue, c as formatLivretAverage, d as profile, i as classStatistics, n as COLUMN_SHORT_LABELS, o as cotation, r as LIVRET_COLUMNS, t as COLUMN_LABELS } from "./livret-stats-hc6XJB1X.js";
import { t as isoToFrenchDate } from "./dates-BZmzPFtD.js";
import { t as profileChart } from "./livret-chart-Qq4g49-4.js";
import { f as liveQuery } from "./validate-CipAkb3j.js";
import { a as restoreLivrets, i as listLivrets, n as applyLivretImport, o as updateLivrets, t as LIVRET_CLOSED_MESSAGE } from "./livrets-c3adzeOm.js";
import { n as runAction, t as errorNotice } from "./actions-BpN36JFP.js";
import { t as useSessionState } from "./session-state.svelte-B_E1wRI0.js";
import { r as safeFileName, t as downloadBytes } from "./download-61WZdJOK.js";
import { t as __vitePreload } from "./preload-helper-CALLvQDj.js";
// src/ui/livret/LivretChart.svelte
var root$1 = from_svg(`<line></line><text class="tick svelte-10yhik3" text-anchor="end"> </text>`, 1);
var root_1$1 = from_svg(`<line class="grid svelte-10yhik3"></line><text class="number svelte-10yhik3" text-anchor="middle"> </text><text class="subject svelte-10yhik3" text-anchor="middle"> </text>`, 1);
var root_2$1 = from_svg(`<line class="svelte-10yhik3"></line>`);
var root_3$1 = from_svg(`<rect width="10" height="10" class="svelte-10yhik3"></rect>`);
var root_4$1 = from_svg(`<circle r="5" class="svelte-10yhik3"></circle>`);
var root_5$1 = from_html(`<tr><td class="svelte-10yhik3"> </td><th scope="row" class="svelte-10yhik3"> </th><td class="num svelte-10yhik3"> </td><td class="num candidate-value svelte-10yhik3"> </td></tr>`);
var root_6$1 = from_html(`<figure class="profile svelte-10yhik3"><svg role="img" preserveAspectRatio="xMidYMid meet" data-chart="profil" class="svelte-10yhik3"><title> </title><desc> </desc><!><!><rect class="frame svelte-10yhik3"></rect><g class="series class svelte-10yhik3" data-series="classe"><!><!></g><g class="series candidate svelte-10yhik3" data-series="candidat"><!><!></g></svg> <table class="values svelte-10yhik3"><caption class="svelte-10yhik3">Valeurs du graphique (moyennes de 2e année)</caption><thead><tr><th scope="col" class="svelte-10yhik3">N°</th><th scope="col" class="svelte-10yhik3">Matière</th><th scope="col" class="svelte-10yhik3">Classe</th><th scope="col" class="svelte-10yhik3">Candidat</th></tr></thead><tbody></tbody></table> <figcaption class="svelte-10yhik3"><span class="key class svelte-10yhik3" aria-hidden="true"></span> Profil de la classe en noir <span class="key candidate svelte-10yhik3" aria-hidden="true"></span> Profil du candidat en rouge — seuls les résultats de la 2e année sont pris en compte.</figcaption></figure>`);
function LivretChart($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	const LEFT = 30;
	const TOP = 26;
	const geometry = user_derived(() => profileChart($$props.points, {
		x: LEFT,
		y: TOP,
		width: 724,
		height: 358
	}));
	const listed = (which) => $$props.points.filter((p) => p[which] !== null).map((p) => `${p.subject.short} ${formatLivretAverage(p[which])}`).join(", ") || "aucune moyenne de 2e année";
	const description = user_derived(() => `Moyennes de 2e année par matière, sur une échelle de 1 à 20. Profil de la classe (en noir) : ${listed("class")}. Profil du candidat (en rouge) : ${listed("candidate")}. Détail dans le tableau qui suit.`);
	var figure = root_6$1();
	var svg = child(figure);
	set_attribute(svg, "viewBox", "0 0 760 420");
	var title = child(svg);
	var text = only_child(title);
	var desc = sibling(title);
	var text_1 = only_child(desc, true);
	var node = sibling(desc);
	each(node, 17, () => get(geometry).rows, (row) => row.value, ($$anchor, row) => {
		var fragment = root$1();
		var line = first_child(fragment);
		let classes;
		var text_2 = sibling(line);
		var text_3 = only_child(text_2, true);
		template_effect(() => {
			classes = set_class(line, 0, "grid svelte-10yhik3", null, classes, { ten: get(row).value === 10 });
			set_attribute(line, "x1", get(geometry).box.x);
			set_attribute(line, "y1", get(row).y);
			set_attribute(line, "x2", get(geometry).box.x + get(geometry).box.width);
			set_attribute(line, "y2", get(row).y);
			set_attribute(text_2, "x", get(geometry).box.x - 5);
			set_attribute(text_2, "y", get(row).y + 4);
			set_text(text_3, get(row).value);
		});
		append($$anchor, fragment);
	});
	var node_1 = sibling(node);
	each(node_1, 17, () => get(geometry).columns, (column) => column.number, ($$anchor, column) => {
		var fragment_1 = root_1$1();
		var line_1 = first_child(fragment_1);
		var text_4 = sibling(line_1);
		var text_5 = only_child(text_4, true);
		var text_6 = sibling(text_4);
		var text_7 = only_child(text_6, true);
		template_effect(() => {
			set_attribute(line_1, "x1", get(column).left);
			set_attribute(line_1, "y1", get(geometry).box.y - 14);
			set_attribute(line_1, "x2", get(column).left);
			set_attribute(line_1, "y2", get(geometry).box.y + get(geometry).box.height);
			set_attribute(text_4, "x", get(column).center);
			set_attribute(text_4, "y", get(geometry).box.y - 12);
			set_text(text_5, get(column).number);
			set_attribute(text_6, "x", get(column).center);
			set_attribute(text_6, "y", get(geometry).box.y + get(geometry).box.height + 20);
			set_text(text_7, get(column).subject.short);
		});
		append($$anchor, fragment_1);
	});
	var rect = sibling(node_1);
	var g = sibling(rect);
	var node_2 = child(g);
	each(node_2, 17, () => get(geometry).class.segments, index, ($$anchor, s) => {
		var line_2 = root_2$1();
		template_effect(() => {
			set_attribute(line_2, "x1", get(s).x1);
			set_attribute(line_2, "y1", get(s).y1);
			set_attribute(line_2, "x2", get(s).x2);
			set_attribute(line_2, "y2", get(s).y2);
		});
		append($$anchor, line_2);
	});
	var node_3 = sibling(node_2);
	each(node_3, 17, () => get(geometry).class.points, (p) => p.subjectId, ($$anchor, p) => {
		var rect_1 = root_3$1();
		template_effect(() => {
			set_attribute(rect_1, "x", get(p).x - 5);
			set_attribute(rect_1, "y", get(p).y - 5);
			set_attribute(rect_1, "data-subject", get(p).subjectId);
			set_attribute(rect_1, "data-value", get(p).hundredths);
		});
		append($$anchor, rect_1);
	});
	reset(g);
	var g_1 = sibling(g);
	var node_4 = child(g_1);
	each(node_4, 17, () => get(geometry).candidate.segments, index, ($$anchor, s) => {
		var line_3 = root_2$1();
		template_effect(() => {
			set_attribute(line_3, "x1", get(s).x1);
			set_attribute(line_3, "y1", get(s).y1);
			set_attribute(line_3, "x2", get(s).x2);
			set_attribute(line_3, "y2", get(s).y2);
		});
		append($$anchor, line_3);
	});
	var node_5 = sibling(node_4);
	each(node_5, 17, () => get(geometry).candidate.points, (p) => p.subjectId, ($$anchor, p) => {
		var circle = root_4$1();
		template_effect(() => {
			set_attribute(circle, "cx", get(p).x);
			set_attribute(circle, "cy", get(p).y);
			set_attribute(circle, "data-subject", get(p).subjectId);
			set_attribute(circle, "data-value", get(p).hundredths);
		});
		append($$anchor, circle);
	});
	reset(g_1);
	reset(svg);
	var table = sibling(svg, 2);
	var tbody = sibling(child(table), 2);
	each(tbody, 23, () => $$props.points, (p) => p.subject.id, ($$anchor, p, i) => {
		var tr = root_5$1();
		var td = child(tr);
		var text_8 = only_child(td, true);
		var th = sibling(td);
		var text_9 = only_child(th, true);
		var td_1 = sibling(th);
		var text_10 = only_child(td_1, true);
		var td_2 = sibling(td_1);
		var text_11 = only_child(td_2, true);
		reset(tr);
		template_effect(($0, $1) => {
			set_text(text_8, get(i) + 1);
			set_attribute(th, "title", get(p).subject.label);
			set_text(text_9, get(p).subject.short);
			set_text(text_10, $0);
			set_text(text_11, $1);
		}, [() => formatLivretAverage(get(p).class) || "—", () => formatLivretAverage(get(p).candidate) || "—"]);
		append($$anchor, tr);
	});
	reset(tbody);
	reset(table);
	next(2);
	reset(figure);
	template_effect(() => {
		set_attribute(svg, "aria-labelledby", `${uid}-title`);
		set_attribute(svg, "aria-describedby", `${uid}-desc`);
		set_attribute(title, "id", `${uid}-title`);
		set_text(text, `Profil de 2e année de ${$$props.name ?? ""} et de sa classe`);
		set_attribute(desc, "id", `${uid}-desc`);
		set_text(text_1, get(description));
		set_attribute(rect, "x", get(geometry).box.x);
		set_attribute(rect, "y", get(geometry).box.y - 24);
		set_attribute(rect, "width", get(geometry).box.width);
		set_attribute(rect, "height", get(geometry).box.height + 24);
	});
	append($$anchor, figure);
	pop();
}
// src/ui/livret/livret.svelte.ts
var LivretState = class {
	db;
	sessionId;
	#records = state([]);
	get records() {
		return get(this.#records);
	}
	set records(value) {
		set(this.#records, value);
	}
	#ready = state(false);
	get ready() {
		return get(this.#ready);
	}
	set ready(value) {
		set(this.#ready, value, true);
	}
	#byCandidate = user_derived(() => new Map(this.records.map((r) => [r.candidateId, r])));
	get byCandidate() {
		return get(this.#byCandidate);
	}
	set byCandidate(value) {
		set(this.#byCandidate, value);
	}
	#report;
	#subscription;
	constructor(db, sessionId, report = () => {}) {
		this.db = db;
		this.sessionId = sessionId;
		this.#report = report;
		this.#subscription = liveQuery(() => listLivrets(db, sessionId)).subscribe({
			next: (records) => {
				this.records = records;
				this.ready = true;
			},
			error: (error) => this.#report(errorNotice(error))
		});
	}
	stop() {
		this.#subscription.unsubscribe();
	}
	get(candidateId) {
		return this.byCandidate.get(candidateId) ?? null;
	}
	#act(action, success) {
		return runAction(action, this.#report, success);
	}
	/** Changes to one or more livrets, in one transaction; false when refused (nothing written). */
	async update(updates) {
		return await this.#act(() => updateLivrets(this.db, this.sessionId, updates)) !== void 0;
	}
	save(candidateId, changes) {
		return this.update([{
			candidateId,
			changes
		}]);
	}
	/** Writes an import's livrets as previewed; returns how to undo it, or null when refused. */
	async applyImport(plan, fileName) {
		const count = plan.writes.length;
		return await this.#act(() => applyLivretImport(this.db, this.sessionId, plan.writes), `Import de « ${fileName} » appliqué : ${count} livret${count > 1 ? "s" : ""} scolaire${count > 1 ? "s" : ""} mis à jour.`) ?? null;
	}
	async restore(restore, fileName) {
		return await this.#act(() => restoreLivrets(this.db, this.sessionId, restore), `Import du livret « ${fileName} » annulé : les livrets d'avant sont rétablis.`) !== void 0;
	}
};
/**
* The LivretState of the workspace's open session, for a component: replaced when the open session
* changes and stopped with the component. Call during component initialisation (it uses $effect).
*/
function useLivrets(workspace) {
	return useSessionState(workspace, (ws, sessionId) => new LivretState(ws.db, sessionId, (notice) => {
		ws.notice = notice;
	}));
}
/** The livret template of the workspace's regulation, or null. */
function templateOf(workspace) {
	return workspace.regulation ? livretTemplateFor(workspace.regulation) : null;
}
/** A class: the candidates of one établissement (`null`: candidates without établissement). */
function classViews(views, etablissementId) {
	return views.filter((v) => v.candidate.etablissementId === etablissementId);
}
function classFigures(template, views, livrets) {
	const records = views.flatMap((v) => {
		const r = livrets.get(v.id);
		return r ? [r] : [];
	});
	return {
		stats: classStatistics(records, template.subjects),
		cotation: cotation(records.map((r) => r.avis))
	};
}
/** True when the livrets cannot change (closed deliberation). */
var livretsReadOnly = (workspace) => workspace.phase === "second_groupe_clos";
// src/ui/livret/pdf.ts
async function livretPdf(workspace, livrets, candidateIds) {
	const template = templateOf(workspace);
	if (!template || !workspace.session || !workspace.regulation) throw new Error("pas de livret scolaire pour cette session");
	const { livretScolairePdf } = await __vitePreload(async () => {
		const { livretScolairePdf } = await import("./livret-DJF_tGsZ.js");
		return { livretScolairePdf };
	}, __vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]), import.meta.url);
	const session = {
		name: workspace.session.name,
		academie: workspace.session.academie,
		year: workspace.session.year,
		diploma: workspace.regulation.diploma
	};
	const byClass = /* @__PURE__ */ new Map();
	const figuresOf = (etablissementId) => {
		let figures = byClass.get(etablissementId);
		if (!figures) {
			figures = classFigures(template, classViews(workspace.views, etablissementId), livrets.byCandidate);
			byClass.set(etablissementId, figures);
		}
		return figures;
	};
	const views = new Map(workspace.views.map((v) => [v.id, v]));
	return livretScolairePdf(candidateIds.flatMap((id) => {
		const view = views.get(id);
		if (!view) return [];
		const { numero, nom, prenom, dateNaissance, langueVivante, etablissementId } = view.candidate;
		const figures = figuresOf(etablissementId);
		return [{
			session,
			template,
			candidate: {
				numero,
				nom,
				prenom,
				dateNaissance,
				langueVivante
			},
			etablissement: view.etablissement ? {
				name: view.etablissement.name,
				uai: view.etablissement.uai,
				city: view.etablissement.city
			} : null,
			livret: livrets.get(id),
			stats: figures.stats,
			cotation: figures.cotation,
			result: view.result,
			phase: workspace.phase,
			president: workspace.deliberation?.president || void 0
		}];
	}));
}
/** Makes the PDF and offers it for download; returns an error message in French, or null. */
async function downloadLivretPdf(workspace, livrets, candidateIds, label) {
	try {
		const bytes = await livretPdf(workspace, livrets, candidateIds);
		downloadBytes(`${safeFileName(`livret-scolaire-${label}`)}.pdf`, bytes);
		return null;
	} catch (e) {
		return `Le livret n'a pas pu être produit : ${e instanceof Error ? e.message : String(e)}.`;
	}
}
// src/ui/livret/LivretCandidate.svelte
var root = from_html(`<p class="hint svelte-1hetb2c">Choisissez un candidat pour voir son livret.</p>`);
var root_1 = from_html(`<p class="readonly svelte-1hetb2c" role="note"> </p>`);
var root_2 = from_html(`<th scope="col" class="svelte-1hetb2c"> </th>`);
var root_3 = from_html(`<tr class="section svelte-1hetb2c"><th scope="rowgroup" class="svelte-1hetb2c"> </th></tr>`);
var root_4 = from_html(`<span class="class-mean svelte-1hetb2c"><span class="visually-hidden">, classe :</span> </span>`);
var root_5 = from_html(`<td> <!></td>`);
var root_6 = from_html(`<textarea rows="2" class="svelte-1hetb2c"></textarea>`);
var root_7 = from_html(`<!> <tr><th scope="row" class="svelte-1hetb2c"> </th><!><td class="appreciation svelte-1hetb2c"><!></td></tr>`, 1);
var root_8 = from_html(`<label><input type="radio"/> </label>`);
var root_9 = from_html(`<p role="alert" class="error svelte-1hetb2c"> </p>`);
var root_10 = from_html(`<section class="livret-candidate svelte-1hetb2c"><!> <p class="identity svelte-1hetb2c"> </p> <!> <div class="scroll svelte-1hetb2c"><table class="marks svelte-1hetb2c"><caption class="svelte-1hetb2c">Notes semestrielles, moyennes annuelles (moyenne de la classe en petit) et appréciations</caption><thead><tr><th scope="col" class="svelte-1hetb2c">Enseignement</th><!><th scope="col" class="svelte-1hetb2c">Appréciation</th></tr></thead><tbody></tbody></table></div> <p class="hint svelte-1hetb2c">Appréciations : suivez les consignes de rédaction de l'annexe 3bis (anonymat des délibérations du jury).</p> <div class="fields svelte-1hetb2c"><label class="check svelte-1hetb2c"><input type="checkbox"/> Certification de compétences numériques (PIX)</label> <fieldset class="avis svelte-1hetb2c"><legend>Avis du conseil de classe</legend> <!> <label><input type="radio" value=""/> Pas d'avis</label></fieldset> <label class="observations svelte-1hetb2c"><span>Observations éventuelles</span> <textarea rows="2" class="svelte-1hetb2c"></textarea></label></div> <!> <p><button type="button"> </button> <span role="status" aria-live="polite"> </span></p> <!></section>`);
function LivretCandidate($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	let level = prop($$props, "level", 3, 3);
	const template = user_derived(() => templateOf($$props.workspace));
	const view = user_derived(() => $$props.workspace.views.find((v) => v.id === $$props.candidateId) ?? null);
	const record = user_derived(() => $$props.livrets.get($$props.candidateId));
	const readOnly = user_derived(() => livretsReadOnly($$props.workspace));
	const figures = user_derived(() => get(template) && get(view) ? classFigures(get(template), classViews($$props.workspace.views, get(view).candidate.etablissementId), $$props.livrets.byCandidate) : null);
	const points = user_derived(() => get(template) && get(figures) ? profile(get(template).subjects, get(record), get(figures).stats) : []);
	const name = user_derived(() => get(view) ? `${get(view).candidate.nom} ${get(view).candidate.prenom}`.trim() : "");
	let busy = state(false);
	let error = state("");
	function save(changes) {
		$$props.livrets.save($$props.candidateId, changes);
	}
	async function pdf() {
		if (!get(view)) return;
		set(busy, true);
		set(error, await downloadLivretPdf($$props.workspace, $$props.livrets, [$$props.candidateId], `${get(view).candidate.numero}-${get(name)}`) ?? "", true);
		set(busy, false);
	}
	var fragment = comment();
	var node = first_child(fragment);
	var consequent = ($$anchor) => {
		var p = root();
		append($$anchor, p);
	};
	var alternate_1 = ($$anchor) => {
		var section = root_10();
		var node_1 = child(section);
		element(node_1, () => `h${level()}`, false, ($$element, $$anchor) => {
			attribute_effect($$element, () => ({
				id: `${uid}-title`,
				class: "title"
			}), void 0, void 0, void 0, "svelte-1hetb2c");
			var text$1 = text();
			template_effect(() => set_text(text$1, `Livret scolaire de ${get(name) ?? ""}`));
			append($$anchor, text$1);
		});
		var p_1 = sibling(node_1, 2);
		var text_1 = only_child(p_1);
		var node_2 = sibling(p_1, 2);
		var consequent_1 = ($$anchor) => {
			var p_2 = root_1();
			var text_2 = only_child(p_2, true);
			template_effect(() => set_text(text_2, LIVRET_CLOSED_MESSAGE));
			append($$anchor, p_2);
		};
		if_block(node_2, ($$render) => {
			if (get(readOnly)) $$render(consequent_1);
		});
		var div = sibling(node_2, 2);
		var table = child(div);
		var thead = sibling(child(table));
		var tr = child(thead);
		var node_3 = sibling(child(tr));
		each(node_3, 16, () => LIVRET_COLUMNS, (column) => column, ($$anchor, column) => {
			var th = root_2();
			var text_3 = only_child(th, true);
			template_effect(() => {
				set_attribute(th, "title", COLUMN_LABELS[column]);
				set_text(text_3, COLUMN_SHORT_LABELS[column]);
			});
			append($$anchor, th);
		});
		next();
		reset(tr);
		reset(thead);
		var tbody = sibling(thead);
		each(tbody, 23, () => get(template).subjects, (subject) => subject.id, ($$anchor, subject, i) => {
			const entry = user_derived(() => get(record)?.subjects[get(subject).id]);
			var fragment_2 = root_7();
			var node_4 = first_child(fragment_2);
			var consequent_2 = ($$anchor) => {
				var tr_1 = root_3();
				var th_1 = child(tr_1);
				var text_4 = only_child(th_1, true);
				reset(tr_1);
				template_effect(() => {
					set_attribute(th_1, "colspan", LIVRET_COLUMNS.length + 2);
					set_text(text_4, get(subject).optional ? "Enseignements facultatifs" : "Enseignements obligatoires");
				});
				append($$anchor, tr_1);
			};
			if_block(node_4, ($$render) => {
				if (get(i) === 0 || get(subject).optional !== get(template).subjects[get(i) - 1].optional) $$render(consequent_2);
			});
			var tr_2 = sibling(node_4, 2);
			var th_2 = child(tr_2);
			var text_5 = only_child(th_2, true);
			var node_5 = sibling(th_2);
			each(node_5, 16, () => LIVRET_COLUMNS, (column) => column, ($$anchor, column) => {
				const classMean = user_derived(() => formatLivretAverage(get(figures).stats[get(subject).id]?.[column].mean));
				var td = root_5();
				let classes;
				var text_6 = child(td);
				var node_6 = sibling(text_6);
				var consequent_3 = ($$anchor) => {
					var span = root_4();
					var text_7 = sibling(child(span));
					reset(span);
					template_effect(() => set_text(text_7, ` ${get(classMean) ?? ""}`));
					append($$anchor, span);
				};
				if_block(node_6, ($$render) => {
					if (get(classMean)) $$render(consequent_3);
				});
				reset(td);
				template_effect(($0) => {
					classes = set_class(td, 1, "num svelte-1hetb2c", null, classes, { year: column === "a1" || column === "a2" });
					set_text(text_6, `${$0 ?? ""} `);
				}, [() => formatLivretAverage(columnValue(get(entry)?.marks, column)) || "—"]);
				append($$anchor, td);
			});
			var td_1 = sibling(node_5);
			var node_7 = child(td_1);
			var consequent_4 = ($$anchor) => {
				var text_8 = text();
				template_effect(() => set_text(text_8, get(entry)?.appreciation ?? ""));
				append($$anchor, text_8);
			};
			var alternate = ($$anchor) => {
				var textarea = root_6();
				remove_textarea_child(textarea);
				template_effect(() => {
					set_attribute(textarea, "aria-label", `Appréciation en ${get(subject).label ?? ""}`);
					set_value(textarea, get(entry)?.appreciation ?? "");
				});
				delegated("change", textarea, (e) => save([{
					kind: "appreciation",
					subject: get(subject).id,
					text: e.currentTarget.value
				}]));
				append($$anchor, textarea);
			};
			if_block(node_7, ($$render) => {
				if (get(readOnly)) $$render(consequent_4);
				else $$render(alternate, -1);
			});
			reset(td_1);
			reset(tr_2);
			template_effect(() => set_text(text_5, get(subject).label));
			append($$anchor, fragment_2);
		});
		reset(tbody);
		reset(table);
		reset(div);
		var div_1 = sibling(div, 4);
		var label = child(div_1);
		var input = child(label);
		remove_input_defaults(input);
		next();
		reset(label);
		var fieldset = sibling(label, 2);
		var node_8 = sibling(child(fieldset), 2);
		each(node_8, 16, () => LIVRET_AVIS, (avis) => avis, ($$anchor, avis) => {
			var label_1 = root_8();
			var input_1 = child(label_1);
			remove_input_defaults(input_1);
			var text_9 = sibling(input_1);
			reset(label_1);
			template_effect(() => {
				set_attribute(input_1, "name", `${uid}-avis`);
				set_value(input_1, avis);
				set_checked(input_1, get(record)?.avis === avis);
				set_text(text_9, ` ${AVIS_LABELS[avis] ?? ""}`);
			});
			delegated("change", input_1, () => save([{
				kind: "avis",
				value: avis
			}]));
			append($$anchor, label_1);
		});
		var label_2 = sibling(node_8, 2);
		var input_2 = child(label_2);
		remove_input_defaults(input_2);
		next();
		reset(label_2);
		reset(fieldset);
		var label_3 = sibling(fieldset, 2);
		var textarea_1 = sibling(child(label_3), 2);
		remove_textarea_child(textarea_1);
		reset(label_3);
		reset(div_1);
		var node_9 = sibling(div_1, 2);
		LivretChart(node_9, {
			get points() {
				return get(points);
			},
			get name() {
				return get(name);
			}
		});
		var p_3 = sibling(node_9, 2);
		var button = child(p_3);
		var text_10 = only_child(button);
		var span_1 = sibling(button, 2);
		var text_11 = only_child(span_1, true);
		reset(p_3);
		var node_10 = sibling(p_3, 2);
		var consequent_5 = ($$anchor) => {
			var p_4 = root_9();
			var text_12 = only_child(p_4, true);
			template_effect(() => set_text(text_12, get(error)));
			append($$anchor, p_4);
		};
		if_block(node_10, ($$render) => {
			if (get(error)) $$render(consequent_5);
		});
		reset(section);
		template_effect(($0) => {
			set_attribute(section, "aria-labelledby", `${uid}-title`);
			set_text(text_1, `N° ${get(view).candidate.numero ?? ""}${$0 ?? ""}
      — ${get(view).etablissement?.name ?? "sans établissement" ?? ""}${get(view).candidate.langueVivante ? ` — langue vivante étrangère 1 : ${get(view).candidate.langueVivante}` : ""}`);
			set_checked(input, get(record)?.pix ?? false);
			input.disabled = get(readOnly);
			fieldset.disabled = get(readOnly);
			set_attribute(input_2, "name", `${uid}-avis`);
			set_checked(input_2, !get(record)?.avis);
			set_value(textarea_1, get(record)?.observations ?? "");
			textarea_1.disabled = get(readOnly);
			button.disabled = get(busy);
			set_text(text_10, `Livret de ${get(name) ?? ""} (PDF)`);
			set_text(text_11, get(busy) ? "Préparation du document…" : "");
		}, [() => get(view).candidate.dateNaissance ? ` — né(e) le ${isoToFrenchDate(get(view).candidate.dateNaissance)}` : ""]);
		delegated("change", input, (e) => save([{
			kind: "pix",
			value: e.currentTarget.checked
		}]));
		delegated("change", input_2, () => save([{
			kind: "avis",
			value: null
		}]));
		delegated("change", textarea_1, (e) => save([{
			kind: "observations",
			text: e.currentTarget.value
		}]));
		delegated("click", button, pdf);
		append($$anchor, section);
	};
	if_block(node, ($$render) => {
		if (!get(template) || !get(view) || !get(figures)) $$render(consequent);
		else $$render(alternate_1, -1);
	});
	append($$anchor, fragment);
	pop();
}
delegate(["change", "click"]);
export { livretsReadOnly as a, classViews as i, downloadLivretPdf as n, templateOf as o, classFigures as r, useLivrets as s, LivretCandidate as t };
