import { A as append, C as each, E as if_block, F as text, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, P as props_id, Q as state, T as key, V as untrack, Y as sibling, Z as set, at as next, d as set_attribute, et as user_derived, h as init_select, j as comment, k as set_text, m as bind_select_value, nt as pop, ot as reset, q as first_child, rt as push, z as get } from "./disclose-version-DzsNc0kE.js";
import { t as ImportWizard } from "./ImportWizard-Dx8_Cr2H.js";
import { t as LIVRET_CLOSED_MESSAGE } from "./livrets-c3adzeOm.js";
import { a as livretsReadOnly, i as classViews, n as downloadLivretPdf, o as templateOf, r as classFigures, s as useLivrets, t as LivretCandidate } from "./LivretCandidate-BpHxWn40.js";
import { n as LIVRET_AVIS, o as applyLivretChanges, s as emptyLivret, t as AVIS_LABELS, u as parseLivretAvis } from "./livret-PcoQAaJt.js";
import { a as columnValue, c as formatLivretAverage, l as isYearColumn, n as COLUMN_SHORT_LABELS, r as LIVRET_COLUMNS, t as COLUMN_LABELS, u as parseLivretMark } from "./livret-stats-hc6XJB1X.js";
import { r as SPREADSHEET_OPTIONS, t as Grid } from "./Grid-BTS68q7C.js";
// src/ui/livret/LivretGrid.svelte
var root$2 = from_html(`<div class="livret-grid svelte-1iduf5n"><div class="grid-box svelte-1iduf5n"><!></div> <p class="refusal svelte-1iduf5n" role="alert" aria-live="assertive"> </p> <p class="legend svelte-1iduf5n">Une note de 0 à 20 par semestre (<kbd>12,5</kbd> ou <kbd>12.5</kbd>) ; vide : pas de note. Les moyennes annuelles (en gras) sont calculées : moyenne des
    semestres saisis, tronquée au centième. <kbd>Entrée</kbd> valide et descend, <kbd>Tab</kbd> passe à droite, <kbd>Échap</kbd> annule.</p></div>`);
function LivretGrid($$anchor, $$props) {
	push($$props, true);
	/** Called with the candidate of the focused row. */
	let refusal = state("");
	let api;
	const NO_AVIS = "—";
	const who = (row) => `${row.view.candidate.nom} ${row.view.candidate.prenom} (${row.view.candidate.numero})`;
	function refreshRow(row) {
		const node = api?.getRowNode(String(row.id));
		if (node) api?.refreshCells({
			rowNodes: [node],
			force: true
		});
	}
	/** Shows the change at once, stores it (one transaction), and puts the row back if it is refused. */
	async function save(row, changes) {
		set(refusal, "");
		const previous = row.livret;
		row.livret = applyLivretChanges(row.livret ?? emptyLivret($$props.livrets.sessionId, row.id), changes);
		refreshRow(row);
		if (!await $$props.livrets.save(row.id, changes)) {
			row.livret = previous;
			refreshRow(row);
		}
	}
	function markColumn(subject, column) {
		const year = isYearColumn(column);
		const title = `${subject.label} — ${COLUMN_LABELS[column]}`;
		return {
			colId: `${subject.id}.${column}`,
			headerName: year ? "Moy." : column.endsWith("s1") ? "S1" : "S2",
			headerTooltip: year ? `${title} (calculée : moyenne des semestres saisis)` : title,
			width: year ? 76 : 70,
			type: "rightAligned",
			editable: () => !year && !$$props.readOnly,
			valueGetter: (p) => formatLivretAverage(columnValue(p.data?.livret?.subjects[subject.id]?.marks, column)),
			valueSetter: (p) => {
				const parsed = parseLivretMark(String(p.newValue ?? ""));
				if (!parsed.ok || !p.data || year) return false;
				save(p.data, [{
					kind: "mark",
					subject: subject.id,
					period: column,
					value: parsed.value
				}]);
				return true;
			},
			cellEditorParams: { getValidationErrors: (v) => {
				const parsed = parseLivretMark(String(v.value ?? ""));
				const row = v.cellEditorParams.data;
				set(refusal, parsed.ok ? "" : `${subject.short} ${COLUMN_SHORT_LABELS[column]}, ${who(row)} : ${parsed.error}. Corrigez la saisie ou appuyez sur Échap pour annuler.`, true);
				return parsed.ok ? null : [parsed.error];
			} },
			cellClass: (_p) => year ? ["year-average"] : ["semester-mark"]
		};
	}
	const options = {
		columnDefs: [
			{
				headerName: "Candidat",
				children: [
					{
						colId: "numero",
						headerName: "N°",
						pinned: "left",
						width: 125,
						valueGetter: (p) => p.data?.view.candidate.numero
					},
					{
						colId: "nom",
						headerName: "Nom",
						pinned: "left",
						width: 130,
						valueGetter: (p) => p.data?.view.candidate.nom
					},
					{
						colId: "prenom",
						headerName: "Prénom",
						pinned: "left",
						width: 110,
						valueGetter: (p) => p.data?.view.candidate.prenom
					}
				]
			},
			...untrack(() => $$props.template.subjects).map((subject) => ({
				headerName: subject.short,
				headerTooltip: `${subject.label}${subject.optional ? " (enseignement facultatif)" : ""}`,
				children: [1, 2].map((y) => ({
					headerName: y === 1 ? "1re année" : "2e année",
					headerTooltip: `${subject.label}, ${y === 1 ? "1re" : "2e"} année`,
					children: LIVRET_COLUMNS.filter((c) => c.startsWith(`a${y}`)).map((column) => markColumn(subject, column))
				}))
			})),
			{
				headerName: "Conseil de classe",
				children: [{
					colId: "avis",
					headerName: "Avis",
					headerTooltip: "Avis du conseil de classe : tapez TF, F ou D (ou 1, 2, 3), Entrée valide",
					width: 220,
					editable: () => !$$props.readOnly,
					valueGetter: (p) => p.data?.livret?.avis ? AVIS_LABELS[p.data.livret.avis] : NO_AVIS,
					valueSetter: (p) => {
						const parsed = parseLivretAvis(String(p.newValue ?? ""));
						if (!p.data || !parsed.ok) return false;
						save(p.data, [{
							kind: "avis",
							value: parsed.value
						}]);
						return true;
					},
					cellEditorParams: { getValidationErrors: (v) => {
						const parsed = parseLivretAvis(String(v.value ?? ""));
						const row = v.cellEditorParams.data;
						set(refusal, parsed.ok ? "" : `Avis, ${who(row)} : ${parsed.error}. Corrigez la saisie ou appuyez sur Échap pour annuler.`, true);
						return parsed.ok ? null : [parsed.error];
					} }
				}, {
					colId: "pix",
					headerName: "PIX",
					headerTooltip: "Certification de compétences numériques (PIX)",
					width: 80,
					editable: () => !$$props.readOnly,
					cellEditor: "agSelectCellEditor",
					cellEditorParams: { values: ["Non", "Oui"] },
					valueGetter: (p) => p.data?.livret?.pix ? "Oui" : "Non",
					valueSetter: (p) => {
						if (!p.data) return false;
						save(p.data, [{
							kind: "pix",
							value: p.newValue === "Oui"
						}]);
						return true;
					}
				}]
			}
		],
		getRowId: (p) => String(p.data.id),
		suppressColumnVirtualisation: true,
		defaultColDef: {
			sortable: false,
			resizable: true,
			suppressMovable: true
		},
		...SPREADSHEET_OPTIONS,
		onCellFocused: (event) => {
			if (event.rowIndex === null || event.rowIndex === void 0) return;
			const row = api?.getDisplayedRowAtIndex(event.rowIndex)?.data;
			if (row) $$props.onselect?.(row.id);
		},
		onCellEditingStopped: () => {
			set(refusal, "");
		}
	};
	var div = root$2();
	var div_1 = child(div);
	var node_1 = child(div_1);
	Grid(node_1, {
		get options() {
			return options;
		},
		get rows() {
			return $$props.rows;
		},
		label: "Notes semestrielles de la classe",
		onready: (a) => api = a
	});
	reset(div_1);
	var p_1 = sibling(div_1, 2);
	var text = only_child(p_1, true);
	next(2);
	reset(div);
	template_effect(() => set_text(text, get(refusal)));
	append($$anchor, div);
	pop();
}
// src/ui/livret/LivretStats.svelte
var root$1 = from_html(`<th scope="col" class="svelte-64db0a"> </th>`);
var root_1$1 = from_html(`<strong> </strong> <span class="range svelte-64db0a"> </span>`, 1);
var root_2$1 = from_html(`<td class="num svelte-64db0a"><!></td>`);
var root_3$1 = from_html(`<tr><th scope="row" class="svelte-64db0a"> </th><!></tr>`);
var root_4$1 = from_html(`<td class="num svelte-64db0a"> <span class="range svelte-64db0a"> </span></td>`);
var root_5$1 = from_html(`<section class="livret-stats svelte-64db0a"><h3 class="svelte-64db0a"> </h3> <div class="scroll svelte-64db0a"><table class="stats svelte-64db0a"><caption class="svelte-64db0a">Moyenne de la classe, note la plus basse et la plus haute, nombre de notes, par matière et par période</caption><thead><tr><th scope="col" class="svelte-64db0a">Enseignement</th><!></tr></thead><tbody></tbody></table></div> <table class="cotation svelte-64db0a"><caption class="svelte-64db0a">Cotation de la classe : avis (en pourcentage)</caption><thead><tr></tr></thead><tbody><tr></tr></tbody></table> <p class="hint svelte-64db0a"> </p></section>`);
function LivretStats($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	const short = formatLivretAverage;
	var section = root_5$1();
	var h3 = child(section);
	var text$1 = only_child(h3);
	var div = sibling(h3, 2);
	var table = child(div);
	var thead = sibling(child(table));
	var tr = child(thead);
	var node = sibling(child(tr));
	each(node, 16, () => LIVRET_COLUMNS, (column) => column, ($$anchor, column) => {
		var th = root$1();
		var text_1 = only_child(th, true);
		template_effect(() => {
			set_attribute(th, "title", COLUMN_LABELS[column]);
			set_text(text_1, COLUMN_SHORT_LABELS[column]);
		});
		append($$anchor, th);
	});
	reset(tr);
	reset(thead);
	var tbody = sibling(thead);
	each(tbody, 21, () => $$props.template.subjects, (subject) => subject.id, ($$anchor, subject) => {
		var tr_1 = root_3$1();
		var th_1 = child(tr_1);
		var text_2 = only_child(th_1, true);
		var node_1 = sibling(th_1);
		each(node_1, 16, () => LIVRET_COLUMNS, (column) => column, ($$anchor, column) => {
			const s = user_derived(() => $$props.figures.stats[get(subject).id]?.[column]);
			var td = root_2$1();
			var node_2 = child(td);
			var consequent = ($$anchor) => {
				var fragment = root_1$1();
				var strong = first_child(fragment);
				var text_3 = only_child(strong, true);
				var span = sibling(strong, 2);
				var text_4 = only_child(span);
				template_effect(($0, $1, $2) => {
					set_text(text_3, $0);
					set_text(text_4, `${$1 ?? ""} à ${$2 ?? ""}, ${get(s).count ?? ""} note${get(s).count > 1 ? "s" : ""}`);
				}, [
					() => short(get(s).mean),
					() => short(get(s).min),
					() => short(get(s).max)
				]);
				append($$anchor, fragment);
			};
			var alternate = ($$anchor) => {
				var text_5 = text("—");
				append($$anchor, text_5);
			};
			if_block(node_2, ($$render) => {
				if (get(s) && get(s).count > 0) $$render(consequent);
				else $$render(alternate, -1);
			});
			reset(td);
			append($$anchor, td);
		});
		reset(tr_1);
		template_effect(() => {
			set_attribute(th_1, "title", get(subject).label);
			set_text(text_2, get(subject).short);
		});
		append($$anchor, tr_1);
	});
	reset(tbody);
	reset(table);
	reset(div);
	var table_1 = sibling(div, 2);
	var thead_1 = sibling(child(table_1));
	var tr_2 = child(thead_1);
	each(tr_2, 20, () => LIVRET_AVIS, (a) => a, ($$anchor, a) => {
		var th_2 = root$1();
		var text_6 = only_child(th_2, true);
		template_effect(() => set_text(text_6, AVIS_LABELS[a]));
		append($$anchor, th_2);
	});
	reset(tr_2);
	reset(thead_1);
	var tbody_1 = sibling(thead_1);
	var tr_3 = child(tbody_1);
	each(tr_3, 20, () => LIVRET_AVIS, (a) => a, ($$anchor, a) => {
		var td_1 = root_4$1();
		var text_7 = child(td_1);
		var span_1 = sibling(text_7);
		var text_8 = only_child(span_1);
		reset(td_1);
		template_effect(() => {
			set_text(text_7, `${$$props.figures.cotation.percents ? `${$$props.figures.cotation.percents[a]} %` : "—"} `);
			set_text(text_8, `(${$$props.figures.cotation.counts[a] ?? ""})`);
		});
		append($$anchor, td_1);
	});
	reset(tr_3);
	reset(tbody_1);
	reset(table_1);
	var p = sibling(table_1, 2);
	var text_9 = only_child(p, true);
	reset(section);
	template_effect(() => {
		set_attribute(section, "aria-labelledby", `${uid}-title`);
		set_attribute(h3, "id", `${uid}-title`);
		set_text(text$1, `Statistiques de la classe — ${$$props.className ?? ""}`);
		set_text(text_9, $$props.figures.cotation.total === 0 ? "Aucun avis du conseil de classe saisi pour cette classe." : `Sur ${$$props.figures.cotation.total} candidat${$$props.figures.cotation.total > 1 ? "s" : ""} de la classe ayant un avis ; pourcentages entiers dont la somme fait 100.`);
	});
	append($$anchor, section);
	pop();
}
// src/ui/livret/LivretView.svelte
var root = from_html(`<p class="hint svelte-1oeqpxq">La réglementation de cette session n'a pas de modèle de livret scolaire.</p>`);
var root_1 = from_html(`<p>Chargement des livrets…</p>`);
var root_2 = from_html(`<p class="hint svelte-1oeqpxq">Aucun candidat dans cette session : ajoutez des candidats pour saisir leur livret.</p>`);
var root_3 = from_html(`<p class="readonly svelte-1oeqpxq" role="note"> </p>`);
var root_4 = from_html(`<option> </option>`);
var root_5 = from_html(`<p role="alert" class="error svelte-1oeqpxq"> </p>`);
var root_6 = from_html(`<p class="last-import svelte-1oeqpxq"> <button type="button">Annuler l’import du livret</button></p>`);
var root_7 = from_html(`<!> <div class="toolbar svelte-1oeqpxq"><label class="svelte-1oeqpxq"><span>Classe (établissement)</span> <select></select></label> <button type="button">Importer les notes du livret (CSV)</button> <button type="button">Livrets de la classe (PDF)</button> <span role="status" aria-live="polite"> </span></div> <!> <!> <!> <section><h3 class="svelte-1oeqpxq"> </h3> <!></section> <!> <section class="candidate svelte-1oeqpxq"><h3 class="svelte-1oeqpxq">Livret d'un candidat</h3> <label class="pick svelte-1oeqpxq"><span>Candidat</span> <select></select></label> <!></section>`, 1);
var root_8 = from_html(`<section class="livret-view svelte-1oeqpxq"><h2 class="svelte-1oeqpxq">Livret scolaire</h2> <!></section>`);
function LivretView($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	const livretsRef = useLivrets(() => $$props.workspace);
	const livrets = user_derived(() => livretsRef.current);
	const template = user_derived(() => templateOf($$props.workspace));
	const readOnly = user_derived(() => livretsReadOnly($$props.workspace));
	/** The classes: établissements with candidates, then the candidates without one (key `none`). */
	const classes = user_derived(() => {
		const list = $$props.workspace.etablissements.map((e) => ({
			key: String(e.id),
			name: e.name,
			count: $$props.workspace.views.filter((v) => v.candidate.etablissementId === e.id).length
		})).filter((c) => c.count > 0);
		const alone = $$props.workspace.views.filter((v) => v.candidate.etablissementId === null).length;
		return alone > 0 ? [...list, {
			key: "none",
			name: "Candidats sans établissement",
			count: alone
		}] : list;
	});
	let chosenClass = state("");
	const classKey = user_derived(() => get(classes).some((c) => c.key === get(chosenClass)) ? get(chosenClass) : get(classes)[0]?.key ?? "");
	const className = user_derived(() => get(classes).find((c) => c.key === get(classKey))?.name ?? "");
	const members = user_derived(() => get(classKey) === "" ? [] : classViews($$props.workspace.views, get(classKey) === "none" ? null : Number(get(classKey))));
	const rows = user_derived(() => get(livrets) ? get(members).map((v) => ({
		id: v.id,
		view: v,
		livret: get(livrets).get(v.id)
	})) : []);
	const figures = user_derived(() => get(template) && get(livrets) ? classFigures(get(template), get(members), get(livrets).byCandidate) : null);
	let chosenCandidate = state(null);
	const candidateId = user_derived(() => get(members).some((v) => v.id === get(chosenCandidate)) ? get(chosenCandidate) : get(members)[0]?.id ?? null);
	let importing = state(false);
	let lastImport = state(null);
	let busy = state(false);
	let error = state("");
	async function applyImport(plan, fileName) {
		if (!get(livrets)) return false;
		const restore = await get(livrets).applyImport(plan, fileName);
		if (restore) set(lastImport, {
			fileName,
			restore
		});
		return restore !== null;
	}
	async function undoImport() {
		if (!get(livrets) || !get(lastImport)) return;
		if (await get(livrets).restore(get(lastImport).restore, get(lastImport).fileName)) set(lastImport, null);
	}
	async function classPdf() {
		if (!get(livrets)) return;
		set(busy, true);
		set(error, await downloadLivretPdf($$props.workspace, get(livrets), get(members).map((v) => v.id), get(className)) ?? "", true);
		set(busy, false);
	}
	var section = root_8();
	var h2 = child(section);
	var node = sibling(h2, 2);
	var consequent = ($$anchor) => {
		var p = root();
		append($$anchor, p);
	};
	var consequent_1 = ($$anchor) => {
		var p_1 = root_1();
		append($$anchor, p_1);
	};
	var consequent_2 = ($$anchor) => {
		var p_2 = root_2();
		append($$anchor, p_2);
	};
	var alternate = ($$anchor) => {
		var fragment = root_7();
		var node_1 = first_child(fragment);
		var consequent_3 = ($$anchor) => {
			var p_3 = root_3();
			var text = only_child(p_3, true);
			template_effect(() => set_text(text, LIVRET_CLOSED_MESSAGE));
			append($$anchor, p_3);
		};
		if_block(node_1, ($$render) => {
			if (get(readOnly)) $$render(consequent_3);
		});
		var div = sibling(node_1, 2);
		var label = child(div);
		var select = sibling(child(label), 2);
		each(select, 21, () => get(classes), (c) => c.key, ($$anchor, c) => {
			var option = root_4();
			var text_1 = only_child(option);
			var option_value = {};
			template_effect(() => {
				set_text(text_1, `${get(c).name ?? ""} (${get(c).count ?? ""})`);
				if (option_value !== (option_value = get(c).key)) option.value = (option.__value = option_value) ?? "";
			});
			append($$anchor, option);
		});
		reset(select);
		init_select(select);
		reset(label);
		var button = sibling(label, 2);
		var button_1 = sibling(button, 2);
		var span = sibling(button_1, 2);
		var text_2 = only_child(span, true);
		reset(div);
		var node_2 = sibling(div, 2);
		var consequent_4 = ($$anchor) => {
			var p_4 = root_5();
			var text_3 = only_child(p_4, true);
			template_effect(() => set_text(text_3, get(error)));
			append($$anchor, p_4);
		};
		if_block(node_2, ($$render) => {
			if (get(error)) $$render(consequent_4);
		});
		var node_3 = sibling(node_2, 2);
		var consequent_5 = ($$anchor) => {
			var p_5 = root_6();
			var text_4 = child(p_5);
			var button_2 = sibling(text_4);
			reset(p_5);
			template_effect(() => set_text(text_4, `Dernier import du livret : « ${get(lastImport).fileName ?? ""} » (${get(lastImport).restore.length ?? ""} livret${get(lastImport).restore.length > 1 ? "s" : ""}). `));
			delegated("click", button_2, undoImport);
			append($$anchor, p_5);
		};
		if_block(node_3, ($$render) => {
			if (get(lastImport)) $$render(consequent_5);
		});
		var node_4 = sibling(node_3, 2);
		var consequent_7 = ($$anchor) => {
			const snapshot = user_derived(() => $$props.workspace.snapshot());
			var fragment_1 = comment();
			var node_5 = first_child(fragment_1);
			var consequent_6 = ($$anchor) => {
				{
					let $0 = user_derived(() => $$props.workspace.session?.name ?? "");
					let $1 = user_derived(() => ({
						template: get(template),
						sessionId: get(livrets).sessionId,
						records: get(livrets).records,
						apply: applyImport
					}));
					ImportWizard($$anchor, {
						get target() {
							return get($0);
						},
						get snapshot() {
							return get(snapshot);
						},
						get livret() {
							return get($1);
						},
						onclose: () => set(importing, false)
					});
				}
			};
			if_block(node_5, ($$render) => {
				if (get(snapshot)) $$render(consequent_6);
			});
			append($$anchor, fragment_1);
		};
		if_block(node_4, ($$render) => {
			if (get(importing) && !get(readOnly)) $$render(consequent_7);
		});
		var section_1 = sibling(node_4, 2);
		var h3 = child(section_1);
		var text_5 = only_child(h3);
		var node_6 = sibling(h3, 2);
		key(node_6, () => get(template).regulationId, ($$anchor) => {
			LivretGrid($$anchor, {
				get rows() {
					return get(rows);
				},
				get template() {
					return get(template);
				},
				get livrets() {
					return get(livrets);
				},
				get readOnly() {
					return get(readOnly);
				},
				onselect: (id) => set(chosenCandidate, id, true)
			});
		});
		reset(section_1);
		var node_7 = sibling(section_1, 2);
		var consequent_8 = ($$anchor) => {
			LivretStats($$anchor, {
				get template() {
					return get(template);
				},
				get figures() {
					return get(figures);
				},
				get className() {
					return get(className);
				}
			});
		};
		if_block(node_7, ($$render) => {
			if (get(figures)) $$render(consequent_8);
		});
		var section_2 = sibling(node_7, 2);
		var h3_1 = child(section_2);
		var label_1 = sibling(h3_1, 2);
		var select_1 = sibling(child(label_1), 2);
		each(select_1, 21, () => get(members), (v) => v.id, ($$anchor, v) => {
			var option_1 = root_4();
			var text_6 = only_child(option_1);
			var option_1_value = {};
			template_effect(() => {
				set_text(text_6, `${get(v).candidate.numero ?? ""} — ${get(v).candidate.nom ?? ""} ${get(v).candidate.prenom ?? ""}`);
				if (option_1_value !== (option_1_value = get(v).id)) option_1.value = (option_1.__value = option_1_value) ?? "";
			});
			append($$anchor, option_1);
		});
		reset(select_1);
		init_select(select_1);
		reset(label_1);
		var node_8 = sibling(label_1, 2);
		var consequent_9 = ($$anchor) => {
			LivretCandidate($$anchor, {
				get workspace() {
					return $$props.workspace;
				},
				get livrets() {
					return get(livrets);
				},
				get candidateId() {
					return get(candidateId);
				},
				level: 3
			});
		};
		if_block(node_8, ($$render) => {
			if (get(candidateId) !== null) $$render(consequent_9);
		});
		reset(section_2);
		template_effect(() => {
			set_attribute(button, "aria-expanded", get(importing));
			button.disabled = get(readOnly);
			button_1.disabled = get(busy) || get(members).length === 0;
			set_text(text_2, get(busy) ? "Préparation du document…" : "");
			set_attribute(section_1, "aria-labelledby", `${uid}-grid`);
			set_attribute(h3, "id", `${uid}-grid`);
			set_text(text_5, `Notes semestrielles — ${get(className) ?? ""}`);
			set_attribute(section_2, "aria-labelledby", `${uid}-candidate`);
			set_attribute(h3_1, "id", `${uid}-candidate`);
		});
		bind_select_value(select, () => get(classKey), (v) => set(chosenClass, v, true));
		delegated("click", button, () => set(importing, !get(importing)));
		delegated("click", button_1, classPdf);
		bind_select_value(select_1, () => get(candidateId) ?? "", (v) => set(chosenCandidate, v === "" ? null : Number(v), true));
		append($$anchor, fragment);
	};
	if_block(node, ($$render) => {
		if (!get(template)) $$render(consequent);
		else if (!get(livrets) || !get(livrets).ready) $$render(consequent_1, 1);
		else if (get(classes).length === 0) $$render(consequent_2, 2);
		else $$render(alternate, -1);
	});
	reset(section);
	template_effect(() => {
		set_attribute(section, "aria-labelledby", `${uid}-title`);
		set_attribute(h2, "id", `${uid}-title`);
	});
	append($$anchor, section);
	pop();
}
delegate(["click"]);
export { LivretView as default };
