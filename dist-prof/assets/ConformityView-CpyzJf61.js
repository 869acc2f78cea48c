const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./notice-tTdMutkp.js","./numero-lCn5603m.js","./conformity-CRa_d-4n.js","./dates-qyPr0vLJ.js","./stage-C1uuiMv2.js","./document-BF6LPEVe.js","./rolldown-runtime-CO0Nlsmt.js","./typeof-Cu5n2cyR.js","./preload-helper-CALLvQDj.js","./exact-Cpdw3sSx.js","./marks-B5B9zhMh.js","./results-CXJABGNk.js","./regulation-CUY09-RS.js","./dates-BZmzPFtD.js","./font-coverage-check-DfJDK05E.js"])))=>i.map(i=>d[i]);
import { A as append, B as tick, C as each, E as if_block, F as text, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, P as props_id, Q as state, S as snippet, T as key, U as user_effect, V as untrack, X as proxy, Y as sibling, Z as set, a as bind_this, at as next, c as bind_value, ct as to_array, d as set_attribute, et as user_derived, f as set_checked, g as select_option, h as init_select, j as comment, k as set_text, m as bind_select_value, nt as pop, ot as reset, p as set_value, q as first_child, r as prop, rt as push, st as noop, tt as remove_textarea_child, u as remove_input_defaults, v as set_class, w as index, z as get } from "./disclose-version-DzsNc0kE.js";
import { _ as lateNoticeText, a as PARCOURS_LABELS, b as stageRuleOf, d as conformityUnits, f as defaultConformitySettings, h as frenchDate, i as CONFORMITY_STATUS_LABELS, l as conformityDataOf, m as evaluateConformity, o as buildNotice, p as defaultParcours, v as lateNotices } from "./conformity-CRa_d-4n.js";
import { r as formatMark } from "./marks-B5B9zhMh.js";
import { a as refreshConformity, c as updateConformity, i as markPiecesConformes, n as getConformitySettings, o as setConformitySettings, r as listConformity, t as ReasonNeeded } from "./conformity-D6pSmONf.js";
import { t as ConfirmDialog } from "./ConfirmDialog-BlEctrLr.js";
import { t as ReasonDialog } from "./ReasonDialog-PS_U5Yt9.js";
import { t as errorNotice } from "./actions-BpN36JFP.js";
import { o as todayIso } from "./dates-qyPr0vLJ.js";
import { D as normalizeSearchText } from "./marks-CjJ86PdP.js";
import { r as safeFileName, t as downloadBytes } from "./download-61WZdJOK.js";
import { f as liveQuery } from "./validate-CipAkb3j.js";
import { t as useSessionState } from "./session-state.svelte-B_E1wRI0.js";
import { a as parseDuration, i as formatWeeks, r as formatDurationShort, s as periodProblems } from "./stage-C1uuiMv2.js";
import { r as SPREADSHEET_OPTIONS, t as Grid } from "./Grid-BTS68q7C.js";
import { t as NvDialog } from "./NvDialog-Cy0235VO.js";
import { t as __vitePreload } from "./preload-helper-CALLvQDj.js";
// src/ui/state/conformity.svelte.ts
var NV_WITHOUT_REASON = "NV sans motif";
var CONFORMITY_FILTER_LABELS = {
	all: "Tous les candidats",
	nv: "Tous les NV (avec ou sans motif)",
	nv_sans_motif: "NV sans motif (à compléter)",
	non_conforme: "Non conformes",
	sous_reserve: "À vérifier (sous réserve)",
	a_controler: "À contrôler (incomplets)",
	conforme: "Conformes"
};
var ConformityState = class {
	db;
	sessionId;
	#records = state([]);
	get records() {
		return get(this.#records);
	}
	set records(value) {
		set(this.#records, value);
	}
	#settings = state(defaultConformitySettings());
	get settings() {
		return get(this.#settings);
	}
	set settings(value) {
		set(this.#settings, value);
	}
	#error = state(null);
	get error() {
		return get(this.#error);
	}
	set error(value) {
		set(this.#error, value, true);
	}
	#subscriptions = [];
	constructor(db, sessionId) {
		this.db = db;
		this.sessionId = sessionId;
	}
	start() {
		const fail = (error) => this.error = error instanceof Error ? error.message : String(error);
		this.#subscriptions = [liveQuery(() => listConformity(this.db, this.sessionId)).subscribe({
			next: (v) => this.records = v,
			error: fail
		}), liveQuery(() => getConformitySettings(this.db, this.sessionId)).subscribe({
			next: (v) => this.settings = v,
			error: fail
		})];
	}
	stop() {
		this.#subscriptions.forEach((s) => s.unsubscribe());
		this.#subscriptions = [];
	}
};
/** One row per candidate, in the workspace's order. */
function conformityRows(views, records, session, regulation) {
	const specs = conformityUnits(regulation);
	const rule = stageRuleOf(regulation);
	const byCandidate = new Map(records.map((r) => [r.candidateId, r]));
	return views.map((view) => {
		const record = byCandidate.get(view.id) ?? null;
		const data = conformityDataOf(record, specs);
		const evaluation = evaluateConformity(data, {
			statut: view.candidate.statut,
			depositDeadline: session.depositDeadline,
			forms: view.forms,
			benefices: new Set(specs.map((s) => s.code).filter((code) => view.marks[code]?.benefice)),
			specs,
			rule
		});
		const nvWithoutReason = evaluation.units.filter((u) => view.marks[u.code]?.value.kind === "NV" && u.status !== "non_conforme").map((u) => u.code);
		return {
			id: view.id,
			view,
			record,
			data,
			evaluation,
			stale: isStale(record, evaluation),
			nvWithoutReason
		};
	});
}
function isStale(record, evaluation) {
	const nv = record?.nv ?? {};
	for (const unit of evaluation.units) {
		const stored = nv[unit.code];
		if (unit.status === "non_conforme" !== Boolean(stored)) return true;
		if (stored && stored.reasons.join("\n") !== unit.nvReasons.join("\n")) return true;
	}
	return false;
}
function rowMatches(row, filter) {
	if (filter === "all") return true;
	if (filter === "nv_sans_motif") return row.nvWithoutReason.length > 0;
	if (filter === "nv") return row.nvWithoutReason.length > 0 || row.evaluation.units.some((u) => u.status === "non_conforme");
	return new Set(row.evaluation.units.map((u) => u.status)).has(filter);
}
// src/ui/conformity/ConformityGrid.svelte
var root$3 = from_html(`<div class="conformity-grid svelte-4wutkz"><!> <p class="refusal svelte-4wutkz" role="alert" aria-live="assertive"> </p></div>`);
function ConformityGrid($$anchor, $$props) {
	push($$props, true);
	/** Receives, once the grid exists, a function that gives the focus back to its current cell. */
	let api;
	/** A check not verified yet shows as an empty cell. */
	const checkText = (check) => check === null ? "" : check ? "oui" : "non";
	/** What a typed check means: oui / non / not verified, or undefined when it is none of them. */
	function checkOf(text) {
		const typed = String(text ?? "").trim().toLowerCase();
		if ([
			"o",
			"oui",
			"1",
			"x",
			"v"
		].includes(typed)) return true;
		if ([
			"n",
			"non",
			"0"
		].includes(typed)) return false;
		if ([
			"",
			"?",
			"non vérifié",
			"non verifie"
		].includes(typed)) return null;
	}
	/** The last refused entry, shown under the grid. */
	let refusal = state("");
	const unitOf = (row, code) => row?.evaluation.units.find((u) => u.code === code);
	function checkColumn(code, colId, headerName, headerTooltip, key) {
		return {
			colId: `${code}-${colId}`,
			headerName,
			headerTooltip: `${code} : ${headerTooltip}`,
			width: 84,
			editable: true,
			valueGetter: (p) => p.data ? checkText(p.data.data.units[code][key(p.data)]) : "",
			cellEditorParams: { getValidationErrors: (v) => {
				const ok = checkOf(v.value) !== void 0;
				const c = v.cellEditorParams.data.view.candidate;
				set(refusal, ok ? "" : `${code} ${headerName}, ${c.nom} ${c.prenom} (${c.numero}) : « ${String(v.value ?? "").trim()} » n'est pas une réponse (O = oui, N = non, vide = non vérifié). Corrigez ou appuyez sur Échap.`, true);
				return ok ? null : ["O = oui, N = non, vide = non vérifié"];
			} },
			valueSetter: (p) => {
				if (!p.data) return false;
				const name = key(p.data);
				const value = checkOf(p.newValue);
				if (value === void 0 || p.data.data.units[code][name] === value) return false;
				$$props.onchange(p.data, { units: { [code]: { [name]: value } } });
				return true;
			},
			cellClass: (p) => ["check-cell", p.value === "non" ? "check-no" : p.value === "oui" ? "check-yes" : "check-unset"]
		};
	}
	const units = untrack(() => $$props.specs);
	const weeks = untrack(() => $$props.consecutiveWeeks);
	const columnDefs = [
		{
			headerName: "Candidat",
			children: [
				{
					colId: "numero",
					headerName: "N°",
					pinned: "left",
					width: 118,
					valueGetter: (p) => p.data?.view.candidate.numero
				},
				{
					colId: "nom",
					headerName: "Nom",
					pinned: "left",
					width: 115,
					valueGetter: (p) => p.data?.view.candidate.nom
				},
				{
					colId: "prenom",
					headerName: "Prénom",
					pinned: "left",
					width: 105,
					valueGetter: (p) => p.data?.view.candidate.prenom
				}
			]
		},
		{
			colId: "etablissement",
			headerName: "Établissement",
			width: 160,
			valueGetter: (p) => p.data?.view.etablissement?.name ?? ""
		},
		{
			headerName: "Stage",
			children: [
				{
					colId: "parcours",
					headerName: "Parcours",
					width: 105,
					valueGetter: (p) => p.data ? p.data.evaluation.parcours === "stage" ? "Stage" : "Expérience" : "",
					headerTooltip: "Stage (attestations de stage) ou expérience professionnelle (certificats de travail)"
				},
				{
					colId: "total",
					headerName: "Total",
					width: 170,
					headerTooltip: "Durée totale des stages sur les deux années (14 à 16 semaines ; 7 h = 1 jour, 22 jours = 1 mois, 5 jours = 1 semaine)",
					valueGetter: (p) => p.data && p.data.evaluation.stage.stagePeriods > 0 ? formatWeeks(p.data.evaluation.stage.totalDays100) : "",
					cellClass: (p) => p.data && p.data.evaluation.stage.stagePeriods > 0 && !p.data.evaluation.stage.durationOk ? ["check-no"] : []
				},
				{
					colId: "consecutives",
					headerName: `${weeks} sem. 1re année`,
					width: 165,
					headerTooltip: `Au moins ${weeks} semaines consécutives de stage en 1re année`,
					valueGetter: (p) => {
						const stage = p.data?.evaluation.stage;
						if (!stage || stage.stagePeriods === 0) return "";
						return stage.longestYear1Days100 >= weeks * 500 ? "oui" : "non";
					},
					cellClass: (p) => ["check-cell", p.value === "non" ? "check-no" : p.value === "oui" ? "check-yes" : "check-unset"]
				}
			]
		},
		...units.map((spec) => ({
			headerName: spec.code,
			children: [
				checkColumn(spec.code, "pieces", "Pièces", "attestation(s) de stage ou certificat(s) de travail, selon le parcours", (row) => row.evaluation.parcours === "stage" ? "attestations" : "certificats"),
				checkColumn(spec.code, "signed", "Signées", "attestations ou certificats signés", () => "signed"),
				checkColumn(spec.code, "stamped", "Visées", "attestations ou certificats visés (cachet)", () => "stamped"),
				checkColumn(spec.code, "fiche", "Fiche", spec.fiche.label, () => "fiche"),
				...spec.dossier ? [checkColumn(spec.code, "dossier", "Dossier", spec.dossier.label, () => "dossier")] : [],
				{
					colId: `${spec.code}-depot`,
					headerName: "Dépôt",
					headerTooltip: `${spec.code} : date de dépôt du dossier`,
					width: 105,
					valueGetter: (p) => {
						const date = p.data?.data.units[spec.code]?.depositDate;
						return date ? frenchDate(date) : "";
					},
					cellClass: (p) => unitOf(p.data, spec.code)?.failures.some((f) => f.detail.startsWith("dossier déposé hors délai")) ? ["check-no"] : []
				},
				{
					colId: `${spec.code}-status`,
					headerName: "Statut",
					headerTooltip: `${spec.code} : statut de conformité`,
					width: 130,
					valueGetter: (p) => {
						if (p.data?.nvWithoutReason.includes(spec.code)) return NV_WITHOUT_REASON;
						const unit = unitOf(p.data, spec.code);
						return unit ? CONFORMITY_STATUS_LABELS[unit.status] : "";
					},
					tooltip: (p) => {
						if (p.data?.nvWithoutReason.includes(spec.code)) return "Note NV sans motif au dossier : donnez le motif (annexe 4) pour imprimer la notice.";
						const unit = unitOf(p.data, spec.code);
						if (!unit) return void 0;
						if (unit.status === "non_conforme") return unit.nvReasons.join(" ; ");
						if (unit.status === "a_controler") return `Reste à vérifier : ${unit.missing.join(", ")}`;
					},
					cellClass: (p) => ["status", `status-${p.data?.nvWithoutReason.includes(spec.code) ? "non_conforme" : unitOf(p.data, spec.code)?.status ?? ""}`]
				}
			]
		}))
	];
	/** The focus back on the grid: on its current cell, or on the first candidate's name. */
	function focusGrid() {
		if (!api) return;
		const focused = api.getFocusedCell();
		if (focused) api.setFocusedCell(focused.rowIndex, focused.column, focused.rowPinned);
		else if (api.getDisplayedRowCount() > 0) api.setFocusedCell(0, "nom");
	}
	function ready(created) {
		api = created;
		$$props.onready?.(focusGrid);
	}
	const options = {
		columnDefs,
		getRowId: (p) => String(p.data.id),
		suppressColumnVirtualisation: true,
		defaultColDef: {
			sortable: true,
			resizable: true,
			suppressMovable: true
		},
		...SPREADSHEET_OPTIONS,
		onCellEditingStopped: () => {
			set(refusal, "");
		},
		onCellFocused: (event) => {
			if (event.rowIndex === null || event.rowIndex === void 0) return;
			const row = api?.getDisplayedRowAtIndex(event.rowIndex)?.data;
			if (row) $$props.onselect(row.id);
		},
		onRowClicked: (event) => {
			if (event.data) $$props.onselect(event.data.id);
		}
	};
	var div = root$3();
	var node = child(div);
	Grid(node, {
		get options() {
			return options;
		},
		get rows() {
			return $$props.rows;
		},
		label: "Conformité des dossiers",
		onready: ready
	});
	var p_1 = sibling(node, 2);
	var text_1 = only_child(p_1, true);
	reset(div);
	template_effect(() => set_text(text_1, get(refusal)));
	append($$anchor, div);
	pop();
}
// src/ui/conformity/PeriodsEditor.svelte
var root$2 = from_html(`<p class="hint svelte-1oa70l4"> </p>`);
var root_1$2 = from_html(`<option>—</option>`);
var root_2$2 = from_html(`<tr class="error-row svelte-1oa70l4"><td colspan="7" class="svelte-1oa70l4"><p class="field-error svelte-1oa70l4"> </p></td></tr>`);
var root_3$2 = from_html(`<tr><td class="svelte-1oa70l4"><select><option> </option><option> </option></select></td><td class="svelte-1oa70l4"><input type="text"/></td><td class="svelte-1oa70l4"><select><option>1re année</option><option>2e année</option><!></select></td><td class="svelte-1oa70l4"><input type="date"/></td><td class="svelte-1oa70l4"><input type="date"/></td><td class="svelte-1oa70l4"><input type="text" class="duration svelte-1oa70l4" placeholder="6 sem"/></td><td class="svelte-1oa70l4"><button type="button">Supprimer</button></td></tr> <!>`, 1);
var root_4$2 = from_html(`<table class="svelte-1oa70l4"><thead><tr><th scope="col" class="svelte-1oa70l4">Document</th><th scope="col" class="svelte-1oa70l4">Organisme</th><th scope="col" class="svelte-1oa70l4">Année</th><th scope="col" class="svelte-1oa70l4">Du</th><th scope="col" class="svelte-1oa70l4">Au</th><th scope="col" class="svelte-1oa70l4">Durée écrite</th><th scope="col" class="svelte-1oa70l4"><span class="visually-hidden">Supprimer</span></th></tr></thead><tbody></tbody></table>`);
var root_5$2 = from_html(`<span class="ok svelte-1oa70l4">Durée suffisante.</span>`);
var root_6$2 = from_html(`<p class="summary svelte-1oa70l4">Stage : <strong> </strong> <!></p>`);
var root_7$2 = from_html(`<p class="summary svelte-1oa70l4">Expérience professionnelle (certificats de travail) : <strong> </strong>.</p>`);
var root_8$2 = from_html(`<li> </li>`);
var root_9$2 = from_html(`<ul class="shortfalls svelte-1oa70l4"></ul>`);
var root_10$2 = from_html(`<ul class="warnings svelte-1oa70l4"></ul>`);
var root_11$2 = from_html(`<section class="periods svelte-1oa70l4"><h3 class="svelte-1oa70l4"> </h3> <!> <button type="button">Ajouter une période</button> <!> <!> <!> <!> <p class="hint svelte-1oa70l4"> </p></section>`);
function PeriodsEditor($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	const toDraft = (p) => ({
		kind: p.kind,
		organisme: p.organisme,
		year: p.year === null ? "" : String(p.year),
		start: p.start ?? "",
		end: p.end ?? "",
		duration: formatDurationShort(p.duration)
	});
	let drafts = state(proxy([]));
	let errors = state(proxy([]));
	/** What the lines show (as stored periods), and the stored periods last received. */
	let shown = null;
	let received = null;
	user_effect(() => {
		const key = JSON.stringify($$props.periods);
		untrack(() => {
			if (key === received) return;
			received = key;
			if (key === shown) return;
			shown = key;
			set(drafts, $$props.periods.map(toDraft), true);
			set(errors, [], true);
		});
	});
	function read(draft) {
		if (draft.duration.trim() === "") return { error: "indiquez la durée écrite sur le document (par exemple 6 sem, 30 j, 1,5 mois ou 140 h)" };
		const duration = parseDuration(draft.duration);
		if (!duration.ok) return { error: duration.error };
		const period = {
			kind: draft.kind,
			organisme: draft.organisme.trim(),
			year: draft.kind === "stage" ? draft.year === "2" ? 2 : 1 : null,
			start: draft.start || null,
			end: draft.end || null,
			duration: duration.value
		};
		const problems = periodProblems(period);
		return problems.length > 0 ? { error: problems.join(", ") } : { period };
	}
	async function save() {
		const results = get(drafts).map(read);
		set(errors, results.map((r) => "error" in r ? r.error : ""), true);
		if (get(errors).some((e) => e !== "")) return;
		const next = results.map((r) => r.period);
		shown = JSON.stringify(next);
		if (!await $$props.onsave(next)) {
			shown = JSON.stringify($$props.periods);
			set(drafts, $$props.periods.map(toDraft), true);
		}
	}
	function add() {
		get(drafts).push({
			kind: $$props.parcours === "stage" ? "stage" : "travail",
			organisme: "",
			year: "1",
			start: "",
			end: "",
			duration: ""
		});
		get(errors).push("");
	}
	async function remove(index) {
		get(drafts).splice(index, 1);
		get(errors).splice(index, 1);
		await save();
	}
	const documentLabel = (kind) => kind === "stage" ? "Attestation de stage" : "Certificat de travail";
	var section = root_11$2();
	var h3 = child(section);
	var text = only_child(h3, true);
	var node = sibling(h3, 2);
	var consequent = ($$anchor) => {
		var p_1 = root$2();
		var text_1 = only_child(p_1);
		template_effect(() => set_text(text_1, `Aucune période saisie. Ajoutez une ligne par attestation${$$props.parcours === "stage" ? " de stage" : " ou certificat de travail"}.`));
		append($$anchor, p_1);
	};
	var alternate = ($$anchor) => {
		var table = root_4$2();
		var tbody = sibling(child(table));
		each(tbody, 21, () => get(drafts), index, ($$anchor, draft, i) => {
			var fragment = root_3$2();
			var tr = first_child(fragment);
			var td = child(tr);
			var select = child(td);
			set_attribute(select, "aria-label", `Document de la période ${i + 1}`);
			var option = child(select);
			var text_2 = only_child(option, true);
			option.value = option.__value = "stage";
			var option_1 = sibling(option);
			var text_3 = only_child(option_1, true);
			option_1.value = option_1.__value = "travail";
			reset(select);
			init_select(select);
			reset(td);
			var td_1 = sibling(td);
			var input = child(td_1);
			remove_input_defaults(input);
			set_attribute(input, "aria-label", `Organisme de la période ${i + 1}`);
			reset(td_1);
			var td_2 = sibling(td_1);
			var select_1 = child(td_2);
			set_attribute(select_1, "aria-label", `Année de la période ${i + 1}`);
			var option_2 = child(select_1);
			option_2.value = option_2.__value = "1";
			var option_3 = sibling(option_2);
			option_3.value = option_3.__value = "2";
			var node_1 = sibling(option_3);
			var consequent_1 = ($$anchor) => {
				var option_4 = root_1$2();
				option_4.value = option_4.__value = "";
				append($$anchor, option_4);
			};
			if_block(node_1, ($$render) => {
				if (get(draft).kind !== "stage") $$render(consequent_1);
			});
			reset(select_1);
			init_select(select_1);
			reset(td_2);
			var td_3 = sibling(td_2);
			var input_1 = child(td_3);
			remove_input_defaults(input_1);
			set_attribute(input_1, "aria-label", `Début de la période ${i + 1}`);
			reset(td_3);
			var td_4 = sibling(td_3);
			var input_2 = child(td_4);
			remove_input_defaults(input_2);
			set_attribute(input_2, "aria-label", `Fin de la période ${i + 1}`);
			reset(td_4);
			var td_5 = sibling(td_4);
			var input_3 = child(td_5);
			remove_input_defaults(input_3);
			set_attribute(input_3, "aria-label", `Durée de la période ${i + 1}`);
			reset(td_5);
			var td_6 = sibling(td_5);
			var button = child(td_6);
			set_attribute(button, "aria-label", `Supprimer la période ${i + 1}`);
			reset(td_6);
			reset(tr);
			var node_2 = sibling(tr, 2);
			var consequent_2 = ($$anchor) => {
				var tr_1 = root_2$2();
				var td_7 = child(tr_1);
				var p_2 = child(td_7);
				var text_4 = only_child(p_2);
				reset(td_7);
				reset(tr_1);
				template_effect(() => {
					set_attribute(p_2, "id", `${uid}-error-${i}`);
					set_text(text_4, `Période ${i + 1} : ${get(errors)[i] ?? ""}.`);
				});
				append($$anchor, tr_1);
			};
			if_block(node_2, ($$render) => {
				if (get(errors)[i]) $$render(consequent_2);
			});
			template_effect(($0, $1) => {
				set_text(text_2, $0);
				set_text(text_3, $1);
				select_1.disabled = get(draft).kind !== "stage";
				set_attribute(input_3, "aria-invalid", get(errors)[i] ? "true" : void 0);
				set_attribute(input_3, "aria-describedby", get(errors)[i] ? `${uid}-error-${i}` : void 0);
			}, [() => documentLabel("stage"), () => documentLabel("travail")]);
			delegated("change", select, save);
			bind_select_value(select, () => get(draft).kind, ($$value) => get(draft).kind = $$value);
			delegated("change", input, save);
			bind_value(input, () => get(draft).organisme, ($$value) => get(draft).organisme = $$value);
			delegated("change", select_1, save);
			bind_select_value(select_1, () => get(draft).year, ($$value) => get(draft).year = $$value);
			delegated("change", input_1, save);
			bind_value(input_1, () => get(draft).start, ($$value) => get(draft).start = $$value);
			delegated("change", input_2, save);
			bind_value(input_2, () => get(draft).end, ($$value) => get(draft).end = $$value);
			delegated("change", input_3, save);
			bind_value(input_3, () => get(draft).duration, ($$value) => get(draft).duration = $$value);
			delegated("click", button, () => remove(i));
			append($$anchor, fragment);
		});
		reset(tbody);
		reset(table);
		append($$anchor, table);
	};
	if_block(node, ($$render) => {
		if (get(drafts).length === 0) $$render(consequent);
		else $$render(alternate, -1);
	});
	var button_1 = sibling(node, 2);
	var node_3 = sibling(button_1, 2);
	var consequent_4 = ($$anchor) => {
		var p_3 = root_6$2();
		var strong = sibling(child(p_3));
		var text_5 = only_child(strong, true);
		var text_6 = sibling(strong);
		var node_4 = sibling(text_6);
		var consequent_3 = ($$anchor) => {
			var span = root_5$2();
			append($$anchor, span);
		};
		if_block(node_4, ($$render) => {
			if ($$props.summary.durationOk) $$render(consequent_3);
		});
		reset(p_3);
		template_effect(($0, $1, $2, $3) => {
			set_text(text_5, $0);
			set_text(text_6, ` (${$$props.rule.minWeeks ?? ""} à ${$$props.rule.maxWeeks ?? ""} semaines requises) — 1re année
      ${$1 ?? ""}, dont ${$2 ?? ""} consécutives (${$$props.rule.consecutiveYear1Weeks ?? ""} requises) ; 2e année ${$3 ?? ""}. `);
		}, [
			() => formatWeeks($$props.summary.totalDays100),
			() => formatWeeks($$props.summary.year1Days100),
			() => formatWeeks($$props.summary.longestYear1Days100),
			() => formatWeeks($$props.summary.year2Days100)
		]);
		append($$anchor, p_3);
	};
	if_block(node_3, ($$render) => {
		if ($$props.summary.stagePeriods > 0) $$render(consequent_4);
	});
	var node_5 = sibling(node_3, 2);
	var consequent_5 = ($$anchor) => {
		var p_4 = root_7$2();
		var strong_1 = sibling(child(p_4));
		var text_7 = only_child(strong_1, true);
		next();
		reset(p_4);
		template_effect(($0) => set_text(text_7, $0), [() => formatWeeks($$props.summary.workDays100)]);
		append($$anchor, p_4);
	};
	if_block(node_5, ($$render) => {
		if ($$props.summary.workPeriods > 0) $$render(consequent_5);
	});
	var node_6 = sibling(node_5, 2);
	var consequent_6 = ($$anchor) => {
		var ul = root_9$2();
		each(ul, 20, () => $$props.summary.shortfalls, (shortfall) => shortfall, ($$anchor, shortfall) => {
			var li = root_8$2();
			var text_8 = only_child(li);
			template_effect(() => set_text(text_8, `Durée de stage insuffisante : ${shortfall ?? ""}.`));
			append($$anchor, li);
		});
		reset(ul);
		append($$anchor, ul);
	};
	if_block(node_6, ($$render) => {
		if ($$props.summary.shortfalls.length > 0) $$render(consequent_6);
	});
	var node_7 = sibling(node_6, 2);
	var consequent_7 = ($$anchor) => {
		var ul_1 = root_10$2();
		each(ul_1, 20, () => $$props.summary.warnings, (warning) => warning, ($$anchor, warning) => {
			var li_1 = root_8$2();
			var text_9 = only_child(li_1);
			template_effect(() => set_text(text_9, `${warning ?? ""}.`));
			append($$anchor, li_1);
		});
		reset(ul_1);
		append($$anchor, ul_1);
	};
	if_block(node_7, ($$render) => {
		if ($$props.summary.warnings.length > 0) $$render(consequent_7);
	});
	var p_5 = sibling(node_7, 2);
	var text_10 = only_child(p_5);
	reset(section);
	template_effect(($0) => {
		set_attribute(section, "aria-labelledby", `${uid}-title`);
		set_attribute(h3, "id", `${uid}-title`);
		set_text(text, $$props.parcours === "stage" ? "Périodes de stage" : "Certificats de travail");
		set_text(text_10, `Conversions (annexe 25) : 7 h de présence = 1 jour, 22 jours = 1 mois ; 5 jours = 1 semaine (${$0 ?? ""}). En heures, seules les tranches complètes
    de 7 h comptent.`);
	}, [() => formatWeeks(500)]);
	delegated("click", button_1, add);
	append($$anchor, section);
	pop();
}
delegate(["change", "click"]);
// src/ui/conformity/ConformityPanel.svelte
var root$1 = from_html(`<button type="button" class="close-panel svelte-1oyucwt" aria-label="Fermer le dossier du candidat" aria-keyshortcuts="Control+I" title="Fermer (Ctrl+I)">×</button>`);
var root_1$1 = from_html(`<th scope="col" class="svelte-1oyucwt"> </th>`);
var root_2$1 = from_html(`<span class="none svelte-1oyucwt" aria-hidden="true">—</span><span class="visually-hidden">sans objet</span>`, 1);
var root_3$1 = from_html(`<span class="annexe svelte-1oyucwt"> </span>`);
var root_4$1 = from_html(`<select><option>non vérifié</option><option>oui</option><option>non</option></select> <!> <!>`, 1);
var root_5$1 = from_html(`<td class="svelte-1oyucwt"><!></td>`);
var root_6$1 = from_html(`<tr><th scope="row" class="svelte-1oyucwt"> </th><!></tr>`);
var root_7$1 = from_html(`<input type="number" min="0" step="1" class="pages svelte-1oyucwt"/>`);
var root_8$1 = from_html(`<tr><th scope="row" class="svelte-1oyucwt">Pages hors annexes</th><!></tr>`);
var root_9$1 = from_html(`<td class="svelte-1oyucwt"><input type="date" class="svelte-1oyucwt"/></td>`);
var root_10$1 = from_html(`<td class="svelte-1oyucwt"><input type="text" class="svelte-1oyucwt"/></td>`);
var root_11$1 = from_html(`<input type="text" placeholder="motif du doute" class="svelte-1oyucwt"/>`);
var root_12 = from_html(`<td class="svelte-1oyucwt"><label class="doubt svelte-1oyucwt"><input type="checkbox" class="svelte-1oyucwt"/> <span> </span></label> <!></td>`);
var root_13 = from_html(`<td> </td>`);
var root_14 = from_html(`<span class="unit-warnings svelte-1oyucwt"> </span>`);
var root_15 = from_html(`<li><strong> </strong> <!> <!></li>`);
var root_16 = from_html(`<span class="hint svelte-1oyucwt">Aucune épreuve non conforme : pas de notice à envoyer.</span>`);
var root_17 = from_html(`<li> </li>`);
var root_18 = from_html(`<ul class="late svelte-1oyucwt" role="alert"></ul>`);
var root_19 = from_html(`<section class="conformity-panel svelte-1oyucwt"><div class="head svelte-1oyucwt"><h2 class="svelte-1oyucwt"> </h2> <!></div> <p class="hint svelte-1oyucwt"> <!> <!></p> <!> <label class="inline svelte-1oyucwt"><span>Parcours</span> <select class="svelte-1oyucwt"><option> </option><option> </option><option> </option></select></label> <!> <h3 class="svelte-1oyucwt">Pièces du dossier (annexe 4)</h3> <div class="table-scroll svelte-1oyucwt"><table class="checklist svelte-1oyucwt"><thead class="svelte-1oyucwt"><tr><th scope="col" class="svelte-1oyucwt">Pièce</th><!></tr></thead><tbody><!><!><tr><th scope="row" class="svelte-1oyucwt">Date de dépôt</th><!></tr><tr><th scope="row" class="svelte-1oyucwt">Autres (à préciser)</th><!></tr><tr><th scope="row" class="svelte-1oyucwt">Doute : sous réserve de vérification</th><!></tr><tr><th scope="row" class="svelte-1oyucwt">Statut</th><!></tr></tbody></table></div> <ul class="verdicts svelte-1oyucwt" aria-label="Statut de chaque épreuve"></ul> <div class="notice-actions svelte-1oyucwt"><button type="button">Notice de non-conformité (PDF)</button> <!></div> <!></section>`);
function ConformityPanel($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	const candidate = user_derived(() => $$props.row.view.candidate);
	const units = user_derived(() => $$props.row.evaluation.units);
	const parcours = user_derived(() => $$props.row.evaluation.parcours);
	const nonConformes = user_derived(() => get(units).filter((u) => u.status === "non_conforme"));
	const late = user_derived(() => lateNotices(get(nonConformes).map((u) => u.code), $$props.settings.orals, $$props.noticeDate));
	const checkText = (check) => check === null ? "" : check ? "oui" : "non";
	const checkOf = (text) => text === "oui" ? true : text === "non" ? false : null;
	const checkRows = user_derived(() => [
		get(parcours) === "stage" ? {
			key: "attestations",
			label: "Attestation(s) de stage"
		} : {
			key: "certificats",
			label: "Certificat(s) de travail"
		},
		{
			key: "signed",
			label: get(parcours) === "stage" ? "Attestation(s) signée(s)" : "Certificat(s) signé(s)"
		},
		{
			key: "stamped",
			label: get(parcours) === "stage" ? "Attestation(s) visée(s) (cachet)" : "Certificat(s) visé(s) (cachet)"
		},
		{
			key: "fiche",
			label: "Fiche descriptive"
		},
		{
			key: "dossier",
			label: "Dossier"
		}
	]);
	/** Saves `changes`; if refused, puts the element back to what is stored. */
	async function save(changes, element, stored) {
		if (!await $$props.onchange(changes)) {
			if (element instanceof HTMLInputElement && element.type === "checkbox") element.checked = Boolean(stored);
			else element.value = String(stored);
		}
	}
	const unitChange = (code, change) => ({ units: { [code]: change } });
	function setCheck(code, key, select) {
		const stored = checkText($$props.row.data.units[code][key]);
		save(unitChange(code, { [key]: checkOf(select.value) }), select, stored);
	}
	function setDate(code, input) {
		const stored = $$props.row.data.units[code].depositDate ?? "";
		save(unitChange(code, { depositDate: input.value === "" ? null : input.value }), input, stored);
	}
	function setPages(code, input) {
		const stored = $$props.row.data.units[code].pages;
		const text = input.value.trim();
		const pages = text === "" ? null : Number(text);
		if (pages !== null && !(Number.isInteger(pages) && pages >= 0)) {
			input.value = stored === null ? "" : String(stored);
			return;
		}
		save(unitChange(code, { pages }), input, stored === null ? "" : String(stored));
	}
	function setText(code, key, input) {
		const stored = $$props.row.data.units[code][key];
		if (input.value.trim() === stored) return;
		save(unitChange(code, { [key]: input.value }), input, stored);
	}
	function setDoubt(code, input) {
		const stored = $$props.row.data.units[code].doubt;
		save(unitChange(code, { doubt: input.checked }), input, stored);
	}
	function setParcours(select) {
		const stored = $$props.row.data.parcours ?? "";
		save({ parcours: select.value === "" ? null : select.value }, select, stored);
	}
	const savePeriods = (periods) => $$props.onchange({ periods });
	var section = root_19();
	var div = child(section);
	var h2 = child(div);
	var text_1 = only_child(h2);
	var node = sibling(h2, 2);
	var consequent = ($$anchor) => {
		var button = root$1();
		delegated("click", button, function(...$$args) {
			$$props.onclose?.apply(this, $$args);
		});
		append($$anchor, button);
	};
	if_block(node, ($$render) => {
		if ($$props.onclose) $$render(consequent);
	});
	reset(div);
	var p = sibling(div, 2);
	var text_2 = child(p);
	var node_1 = sibling(text_2);
	each(node_1, 19, () => get(units), (unit) => unit.code, ($$anchor, unit, i) => {
		next();
		var text_3 = text();
		template_effect(() => set_text(text_3, `${get(unit).code ?? ""} en ${get(unit).form === "CCF" ? "CCF" : "ponctuel"}${get(i) < get(units).length - 1 ? ", " : ""}`));
		append($$anchor, text_3);
	});
	var node_2 = sibling(node_1, 2);
	var consequent_1 = ($$anchor) => {
		var text_4 = text();
		template_effect(($0) => set_text(text_4, `· date limite de dépôt : ${$0 ?? ""}`), [() => frenchDate($$props.depositDeadline)]);
		append($$anchor, text_4);
	};
	var alternate = ($$anchor) => {
		var text_5 = text("· pas de date limite de dépôt pour la session");
		append($$anchor, text_5);
	};
	if_block(node_2, ($$render) => {
		if ($$props.depositDeadline) $$render(consequent_1);
		else $$render(alternate, -1);
	});
	reset(p);
	var node_3 = sibling(p, 2);
	snippet(node_3, () => $$props.children ?? noop);
	var label = sibling(node_3, 2);
	var select_1 = sibling(child(label), 2);
	var option = child(select_1);
	var text_6 = only_child(option);
	option.value = option.__value = "";
	var option_1 = sibling(option);
	var text_7 = only_child(option_1, true);
	option_1.value = option_1.__value = "stage";
	var option_2 = sibling(option_1);
	var text_8 = only_child(option_2, true);
	option_2.value = option_2.__value = "experience";
	reset(select_1);
	var select_1_value;
	init_select(select_1);
	reset(label);
	var node_4 = sibling(label, 2);
	PeriodsEditor(node_4, {
		get periods() {
			return $$props.row.data.periods;
		},
		get summary() {
			return $$props.row.evaluation.stage;
		},
		get rule() {
			return $$props.rule;
		},
		get parcours() {
			return get(parcours);
		},
		onsave: savePeriods
	});
	var div_1 = sibling(node_4, 4);
	var table = child(div_1);
	var thead = child(table);
	var tr = child(thead);
	var node_5 = sibling(child(tr));
	each(node_5, 17, () => get(units), (unit) => unit.code, ($$anchor, unit) => {
		var th = root_1$1();
		var text_9 = only_child(th, true);
		template_effect(() => set_text(text_9, get(unit).code));
		append($$anchor, th);
	});
	reset(tr);
	reset(thead);
	var tbody = sibling(thead);
	var node_6 = child(tbody);
	each(node_6, 17, () => get(checkRows), (check) => check.key, ($$anchor, check) => {
		var tr_1 = root_6$1();
		var th_1 = child(tr_1);
		var text_10 = only_child(th_1, true);
		var node_7 = sibling(th_1);
		each(node_7, 17, () => get(units), (unit) => unit.code, ($$anchor, unit) => {
			var td = root_5$1();
			var node_8 = child(td);
			var consequent_2 = ($$anchor) => {
				var fragment_2 = root_2$1();
				next();
				append($$anchor, fragment_2);
			};
			var alternate_1 = ($$anchor) => {
				var fragment_3 = root_4$1();
				var select_2 = first_child(fragment_3);
				var option_3 = child(select_2);
				option_3.value = option_3.__value = "";
				var option_4 = sibling(option_3);
				option_4.value = option_4.__value = "oui";
				var option_5 = sibling(option_4);
				option_5.value = option_5.__value = "non";
				reset(select_2);
				var select_2_value;
				init_select(select_2);
				var node_9 = sibling(select_2, 2);
				var consequent_3 = ($$anchor) => {
					var span = root_3$1();
					var text_11 = only_child(span);
					template_effect(() => set_text(text_11, `annexe ${get(unit).ficheAnnexe ?? ""}`));
					append($$anchor, span);
				};
				if_block(node_9, ($$render) => {
					if (get(check).key === "fiche" && get(unit).ficheAnnexe !== null) $$render(consequent_3);
				});
				var node_10 = sibling(node_9, 2);
				var consequent_4 = ($$anchor) => {
					var span_1 = root_3$1();
					var text_12 = only_child(span_1);
					template_effect(() => set_text(text_12, `${get(unit).spec.dossier.maxPages ?? ""} p. max`));
					append($$anchor, span_1);
				};
				if_block(node_10, ($$render) => {
					if (get(check).key === "dossier" && get(unit).spec.dossier) $$render(consequent_4);
				});
				template_effect(($0, $1) => {
					set_attribute(select_2, "aria-label", `${get(check).label ?? ""} ${get(unit).code ?? ""}`);
					set_class(select_2, 1, `check-${$0 ?? ""}`, "svelte-1oyucwt");
					if (select_2_value !== (select_2_value = $1)) select_2.value = (select_2.__value = select_2_value) ?? "", select_option(select_2, select_2_value);
				}, [() => checkText($$props.row.data.units[get(unit).code][get(check).key]) || "unset", () => checkText($$props.row.data.units[get(unit).code][get(check).key])]);
				delegated("change", select_2, (e) => setCheck(get(unit).code, get(check).key, e.currentTarget));
				append($$anchor, fragment_3);
			};
			if_block(node_8, ($$render) => {
				if (get(check).key === "dossier" && !get(unit).spec.dossier) $$render(consequent_2);
				else $$render(alternate_1, -1);
			});
			reset(td);
			append($$anchor, td);
		});
		reset(tr_1);
		template_effect(() => set_text(text_10, get(check).label));
		append($$anchor, tr_1);
	});
	var node_11 = sibling(node_6);
	var consequent_6 = ($$anchor) => {
		var tr_2 = root_8$1();
		var node_12 = sibling(child(tr_2));
		each(node_12, 17, () => get(units), (unit) => unit.code, ($$anchor, unit) => {
			var td_1 = root_5$1();
			var node_13 = child(td_1);
			var consequent_5 = ($$anchor) => {
				var input_1 = root_7$1();
				remove_input_defaults(input_1);
				template_effect(() => {
					set_attribute(input_1, "aria-label", `Pages hors annexes ${get(unit).code ?? ""}`);
					set_value(input_1, $$props.row.data.units[get(unit).code].pages ?? "");
				});
				delegated("change", input_1, (e) => setPages(get(unit).code, e.currentTarget));
				append($$anchor, input_1);
			};
			var alternate_2 = ($$anchor) => {
				var fragment_4 = root_2$1();
				next();
				append($$anchor, fragment_4);
			};
			if_block(node_13, ($$render) => {
				if (get(unit).spec.dossier) $$render(consequent_5);
				else $$render(alternate_2, -1);
			});
			reset(td_1);
			append($$anchor, td_1);
		});
		reset(tr_2);
		append($$anchor, tr_2);
	};
	var d = user_derived(() => get(units).some((u) => u.spec.dossier));
	if_block(node_11, ($$render) => {
		if (get(d)) $$render(consequent_6);
	});
	var tr_3 = sibling(node_11);
	var node_14 = sibling(child(tr_3));
	each(node_14, 17, () => get(units), (unit) => unit.code, ($$anchor, unit) => {
		var td_2 = root_9$1();
		var input_2 = child(td_2);
		remove_input_defaults(input_2);
		reset(td_2);
		template_effect(() => {
			set_attribute(input_2, "aria-label", `Date de dépôt ${get(unit).code ?? ""}`);
			set_value(input_2, $$props.row.data.units[get(unit).code].depositDate ?? "");
		});
		delegated("change", input_2, (e) => setDate(get(unit).code, e.currentTarget));
		append($$anchor, td_2);
	});
	reset(tr_3);
	var tr_4 = sibling(tr_3);
	var node_15 = sibling(child(tr_4));
	each(node_15, 17, () => get(units), (unit) => unit.code, ($$anchor, unit) => {
		var td_3 = root_10$1();
		var input_3 = child(td_3);
		remove_input_defaults(input_3);
		reset(td_3);
		template_effect(() => {
			set_attribute(input_3, "aria-label", `Autres motifs ${get(unit).code ?? ""}`);
			set_value(input_3, $$props.row.data.units[get(unit).code].other);
		});
		delegated("change", input_3, (e) => setText(get(unit).code, "other", e.currentTarget));
		append($$anchor, td_3);
	});
	reset(tr_4);
	var tr_5 = sibling(tr_4);
	var node_16 = sibling(child(tr_5));
	each(node_16, 17, () => get(units), (unit) => unit.code, ($$anchor, unit) => {
		var td_4 = root_12();
		var label_1 = child(td_4);
		var input_4 = child(label_1);
		remove_input_defaults(input_4);
		var span_2 = sibling(input_4, 2);
		var text_13 = only_child(span_2);
		reset(label_1);
		var node_17 = sibling(label_1, 2);
		var consequent_7 = ($$anchor) => {
			var input_5 = root_11$1();
			remove_input_defaults(input_5);
			template_effect(() => {
				set_attribute(input_5, "aria-label", `Motif du doute ${get(unit).code ?? ""}`);
				set_value(input_5, $$props.row.data.units[get(unit).code].doubtNote);
			});
			delegated("change", input_5, (e) => setText(get(unit).code, "doubtNote", e.currentTarget));
			append($$anchor, input_5);
		};
		if_block(node_17, ($$render) => {
			if ($$props.row.data.units[get(unit).code].doubt) $$render(consequent_7);
		});
		reset(td_4);
		template_effect(() => {
			set_checked(input_4, $$props.row.data.units[get(unit).code].doubt);
			set_text(text_13, `Doute ${get(unit).code ?? ""}`);
		});
		delegated("change", input_4, (e) => setDoubt(get(unit).code, e.currentTarget));
		append($$anchor, td_4);
	});
	reset(tr_5);
	var tr_6 = sibling(tr_5);
	var node_18 = sibling(child(tr_6));
	each(node_18, 17, () => get(units), (unit) => unit.code, ($$anchor, unit) => {
		var td_5 = root_13();
		var text_14 = only_child(td_5, true);
		template_effect(() => {
			set_class(td_5, 1, `status status-${get(unit).status ?? ""}`, "svelte-1oyucwt");
			set_attribute(td_5, "data-unit", get(unit).code);
			set_text(text_14, CONFORMITY_STATUS_LABELS[get(unit).status]);
		});
		append($$anchor, td_5);
	});
	reset(tr_6);
	reset(tbody);
	reset(table);
	reset(div_1);
	var ul = sibling(div_1, 2);
	each(ul, 21, () => get(units), (unit) => unit.code, ($$anchor, unit) => {
		const nv = user_derived(() => $$props.row.record?.nv[get(unit).code]);
		var li = root_15();
		var strong = child(li);
		var text_15 = only_child(strong);
		var node_19 = sibling(strong, 2);
		var consequent_8 = ($$anchor) => {
			var text_16 = text();
			template_effect(($0, $1) => set_text(text_16, `— ${$0 ?? ""}. La note est NV${$1 ?? ""}.`), [() => get(unit).nvReasons.join(" ; "), () => get(nv)?.replaced ? ` (elle remplace ${formatMark(get(nv).replaced.value) || "une note vide"}, rétablie si le dossier redevient conforme)` : ""]);
			append($$anchor, text_16);
		};
		var consequent_9 = ($$anchor) => {
			var text_17 = text();
			template_effect(() => set_text(text_17, `— le candidat est interrogé ; la note est mise sous réserve de vérification${$$props.row.data.units[get(unit).code].doubtNote ? ` (${$$props.row.data.units[get(unit).code].doubtNote})` : ""}.`));
			append($$anchor, text_17);
		};
		var consequent_10 = ($$anchor) => {
			var text_18 = text();
			template_effect(($0) => set_text(text_18, `— reste à vérifier : ${$0 ?? ""}.`), [() => get(unit).missing.join(", ")]);
			append($$anchor, text_18);
		};
		var consequent_11 = ($$anchor) => {
			var text_19 = text("— note conservée d'une session antérieure : pas de dossier à contrôler.");
			append($$anchor, text_19);
		};
		if_block(node_19, ($$render) => {
			if (get(unit).status === "non_conforme") $$render(consequent_8);
			else if (get(unit).status === "sous_reserve") $$render(consequent_9, 1);
			else if (get(unit).status === "a_controler") $$render(consequent_10, 2);
			else if (get(unit).status === "non_concerne") $$render(consequent_11, 3);
		});
		var node_20 = sibling(node_19, 2);
		var consequent_12 = ($$anchor) => {
			var span_3 = root_14();
			var text_20 = only_child(span_3);
			template_effect(($0) => set_text(text_20, `À vérifier : ${$0 ?? ""}.`), [() => get(unit).warnings.join(" ; ")]);
			append($$anchor, span_3);
		};
		if_block(node_20, ($$render) => {
			if (get(unit).warnings.length > 0 && get(unit).status !== "non_concerne") $$render(consequent_12);
		});
		reset(li);
		template_effect(() => {
			set_class(li, 1, `status-${get(unit).status ?? ""}`, "svelte-1oyucwt");
			set_text(text_15, `${get(unit).code ?? ""} : ${CONFORMITY_STATUS_LABELS[get(unit).status] ?? ""}`);
		});
		append($$anchor, li);
	});
	reset(ul);
	var div_2 = sibling(ul, 2);
	var button_1 = child(div_2);
	var node_21 = sibling(button_1, 2);
	var consequent_13 = ($$anchor) => {
		var span_4 = root_16();
		append($$anchor, span_4);
	};
	if_block(node_21, ($$render) => {
		if (get(nonConformes).length === 0) $$render(consequent_13);
	});
	reset(div_2);
	var node_22 = sibling(div_2, 2);
	var consequent_14 = ($$anchor) => {
		var ul_1 = root_18();
		each(ul_1, 21, () => get(late), (item) => item.unit, ($$anchor, item) => {
			var li_1 = root_17();
			var text_21 = only_child(li_1, true);
			template_effect(($0) => set_text(text_21, $0), [() => lateNoticeText(get(item))]);
			append($$anchor, li_1);
		});
		reset(ul_1);
		append($$anchor, ul_1);
	};
	if_block(node_22, ($$render) => {
		if (get(late).length > 0) $$render(consequent_14);
	});
	reset(section);
	template_effect(($0) => {
		set_attribute(section, "aria-labelledby", `${uid}-title`);
		set_attribute(h2, "id", `${uid}-title`);
		set_text(text_1, `Dossier de ${get(candidate).nom ?? ""} ${get(candidate).prenom ?? ""} (${get(candidate).numero ?? ""})`);
		set_text(text_2, `${$$props.row.view.etablissement?.name ?? "Sans établissement" ?? ""} · `);
		set_text(text_6, `Par défaut : ${$0 ?? ""}`);
		set_text(text_7, PARCOURS_LABELS.stage);
		set_text(text_8, PARCOURS_LABELS.experience);
		if (select_1_value !== (select_1_value = $$props.row.data.parcours ?? "")) select_1.value = (select_1.__value = select_1_value) ?? "", select_option(select_1, select_1_value);
		button_1.disabled = get(nonConformes).length === 0;
	}, [() => PARCOURS_LABELS[defaultParcours(get(candidate).statut)]]);
	delegated("change", select_1, (e) => setParcours(e.currentTarget));
	delegated("click", button_1, function(...$$args) {
		$$props.onnotice?.apply(this, $$args);
	});
	append($$anchor, section);
	pop();
}
delegate(["click", "change"]);
// src/ui/conformity/ConformityView.svelte
var root = from_html(`<label class="svelte-1vbgkra"><span> </span> <input type="date"/></label>`);
var root_1 = from_html(`<option> </option>`);
var root_2 = from_html(`<button type="button" class="svelte-1vbgkra"> </button>`);
var root_3 = from_html(`<button type="button" class="panel-toggle svelte-1vbgkra" aria-keyshortcuts="Control+I" title="Ctrl+I : ouvrir le dossier du candidat sélectionné (et y entrer), ou le fermer">Dossier du candidat</button>`);
var root_4 = from_html(`<p class="banner-warning svelte-1vbgkra" role="status"> </p>`);
var root_5 = from_html(`<p class="banner-warning svelte-1vbgkra" role="alert"> </p>`);
var root_6 = from_html(`<button type="button"> </button>`);
var root_7 = from_html(`<p class="banner-warning svelte-1vbgkra" role="status"> <!></p>`);
var root_8 = from_html(`<div class="side svelte-1vbgkra"><!></div>`);
var root_9 = from_html(`; <span class="status-non_conforme svelte-1vbgkra"> </span>`, 1);
var root_10 = from_html(`<span class="hint svelte-1vbgkra">Choisissez un candidat dans la grille : son dossier (stages, pièces) s'ouvre à droite.</span>`);
var root_11 = from_html(`<!> <!> <div class="conformity-view svelte-1vbgkra"><details class="settings svelte-1vbgkra"><summary class="svelte-1vbgkra">Dates des oraux, contrôleurs et date des notices</summary> <div class="settings-grid svelte-1vbgkra"><!> <label class="svelte-1vbgkra"><span>Date d'envoi des notices</span> <input type="date"/></label> <label class="controllers svelte-1vbgkra"><span>Noms des contrôleurs (un par ligne)</span> <textarea rows="3" class="svelte-1vbgkra"></textarea></label></div> <p class="hint svelte-1vbgkra">Le candidat et son établissement doivent être informés au moins une semaine avant le début de l'épreuve concernée : Délib signale les notices qui
      arriveraient trop tard.</p></details> <div class="toolbar svelte-1vbgkra"><label class="svelte-1vbgkra"><span>Rechercher</span> <input type="search" placeholder="Nom ou numéro" class="svelte-1vbgkra"/></label> <label class="svelte-1vbgkra"><span>Afficher</span> <select class="svelte-1vbgkra"></select></label> <button type="button" title="Coche « oui » toutes les pièces (attestations ou certificats, signature, visa, fiche, dossier) des candidats affichés" class="svelte-1vbgkra"> </button> <button type="button" class="svelte-1vbgkra">Toutes les notices (PDF)</button> <!> <span class="spacer"></span> <!></div> <!> <!> <!> <div><div class="grid-area svelte-1vbgkra"><!></div> <!></div> <div class="status-line svelte-1vbgkra"><p class="counts svelte-1vbgkra" aria-live="polite"><span class="status-non_conforme svelte-1vbgkra"> </span>, <span class="status-sous_reserve svelte-1vbgkra"> </span> <!>.</p> <!></div> <!></div>`, 1);
function ConformityView($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	let workspace = prop($$props, "workspace", 7);
	/** The live conformity data of the open session; replaced when another session is opened. */
	const liveRef = useSessionState(() => workspace(), (ws, sessionId) => {
		const created = new ConformityState(ws.db, sessionId);
		created.start();
		return created;
	});
	const live = user_derived(() => liveRef.current);
	const regulation = user_derived(() => workspace().regulation);
	const session = user_derived(() => workspace().session);
	const specs = user_derived(() => get(regulation) ? conformityUnits(get(regulation)) : []);
	const rule = user_derived(() => get(regulation) ? stageRuleOf(get(regulation)) : null);
	const rows = user_derived(() => get(live) && get(session) && get(regulation) && get(live).sessionId === get(session).id ? conformityRows(workspace().views, get(live).records, get(session), get(regulation)) : []);
	let filter = state("all");
	let search = state("");
	let selectedId = state(null);
	/** The candidate's dossier beside the grid: shown for the selected row unless closed (×, Ctrl+I, or the toolbar button). */
	let panelOpen = state(true);
	let side = state(null);
	/** Gives the focus back to the grid's current cell (set by the grid once it exists). */
	let focusGrid = null;
	let noticeDate = state(proxy(todayIso()));
	const visible = user_derived(() => {
		const words = normalizeSearchText(get(search));
		return get(rows).filter((row) => {
			if (!rowMatches(row, get(filter))) return false;
			if (!words) return true;
			const c = row.view.candidate;
			return normalizeSearchText(`${c.numero} ${c.nom} ${c.prenom} ${c.prenom} ${c.nom}`).includes(words);
		});
	});
	const selected = user_derived(() => get(rows).find((r) => r.id === get(selectedId)) ?? null);
	const panelShown = user_derived(() => get(panelOpen) && get(selected) !== null);
	function closePanel() {
		set(panelOpen, false);
		focusGrid?.();
	}
	/** Ctrl+I (⌘+I): from the grid, opens the selected candidate's dossier and moves into it; from the dossier, closes it. */
	async function onLayoutKey(event) {
		if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== "i") return;
		event.preventDefault();
		if (get(panelShown) && get(side)?.contains(event.target)) {
			closePanel();
			return;
		}
		set(panelOpen, true);
		await tick();
		get(side)?.querySelector("select, input")?.focus();
	}
	/** A new search or filter starts from no candidate: the dossier never shows someone the grid no longer lists. */
	function resetSelection() {
		set(selectedId, null);
	}
	const counts = user_derived(() => {
		const count = (f) => get(rows).filter((r) => rowMatches(r, f)).length;
		return {
			non_conforme: count("non_conforme"),
			sous_reserve: count("sous_reserve"),
			a_controler: count("a_controler"),
			nv_sans_motif: count("nv_sans_motif")
		};
	});
	const stale = user_derived(() => get(rows).filter((r) => r.stale).length);
	/** An NV stored without reason: its annexe 4 reasons are asked and written with it (issue 16). */
	let nvRequest = state(null);
	async function completeNv(row, code) {
		const c = row.view.candidate;
		const answer = await new Promise((resolve) => set(nvRequest, {
			what: `${code} de ${c.nom} ${c.prenom}`,
			resolve
		}, true));
		if (answer) await workspace().setNvWithReasons(row.id, code, answer.items, answer.other);
	}
	function fail(error) {
		workspace().notice = errorNotice(error);
	}
	/** What the change did to the marks, in a sentence (nothing when no mark changed). */
	function markSummary(result) {
		return result.marks.map((m) => {
			if (m.after?.value.kind === "NV" && m.before?.value.kind !== "NV") return `${m.unit} : dossier non conforme, la note est NV`;
			if (m.before?.value.kind === "NV" && m.after?.value.kind !== "NV") return m.after && m.after.value.kind !== "empty" ? `${m.unit} : la note ${formatMark(m.after.value)} est rétablie` : `${m.unit} : le NV est levé`;
			if (m.after?.sousReserve && !m.before?.sousReserve) return `${m.unit} : note sous réserve de vérification`;
			if (m.before?.sousReserve && !m.after?.sousReserve) return `${m.unit} : réserve levée`;
			return `${m.unit} : note modifiée`;
		}).join(" ; ");
	}
	/** The jury's reason for marks a conformity change alters while the deliberation is open (like any mark change). */
	let reasonRequest = state(null);
	/**
	* Runs a conformity write that asks for the jury's reason first when it would change marks during the
	* deliberation (the db says so by rolling back with ReasonNeeded); null when the user cancels.
	*/
	async function withReason(write) {
		try {
			return await write({ requireReason: true });
		} catch (error) {
			if (!(error instanceof ReasonNeeded)) throw error;
			const reason = await new Promise((resolve) => set(reasonRequest, {
				change: error.change,
				resolve
			}, true));
			if (reason === null) return null;
			return write({
				reason,
				requireReason: true
			});
		}
	}
	async function change(row, changes) {
		try {
			const result = await withReason((options) => updateConformity(workspace().db, row.id, changes, options));
			if (result === null) return false;
			const summary = markSummary(result);
			const c = row.view.candidate;
			if (summary) workspace().notice = {
				kind: "info",
				text: `${c.nom} ${c.prenom} (${c.numero}) — ${summary}.`
			};
			return true;
		} catch (error) {
			fail(error);
			return false;
		}
	}
	let confirmingAll = state(false);
	/** « Tout conforme »: every piece checked for the candidates the filters show, in one transaction. */
	async function allConforme() {
		if (!get(session)?.id || get(visible).length === 0) return;
		try {
			const ids = get(visible).map((r) => r.id);
			const results = await withReason((options) => markPiecesConformes(workspace().db, get(session).id, ids, options));
			if (results === null) return;
			const restored = results.filter((r) => r.marks.length > 0).length;
			workspace().notice = {
				kind: "info",
				text: `Pièces conformes pour ${ids.length} candidat${ids.length > 1 ? "s" : ""}${restored > 0 ? ` ; notes changées pour ${restored}` : ""}.`
			};
		} catch (error) {
			fail(error);
		}
	}
	async function refresh() {
		if (!get(session)?.id) return;
		try {
			const changed = await refreshConformity(workspace().db, get(session).id);
			workspace().notice = {
				kind: "info",
				text: `Conformité réévaluée : ${changed.length} candidat${changed.length > 1 ? "s" : ""} dont les notes changent.`
			};
		} catch (error) {
			fail(error);
		}
	}
	async function saveSettings(next) {
		if (!get(session)?.id || !get(live)) return;
		try {
			await setConformitySettings(workspace().db, get(session).id, {
				...get(live).settings,
				...next
			});
		} catch (error) {
			fail(error);
		}
	}
	function setOral(code, input) {
		if (!get(live)) return;
		saveSettings({ orals: {
			...get(live).settings.orals,
			[code]: input.value === "" ? null : input.value
		} });
	}
	function setControllers(textarea) {
		saveSettings({ controllers: textarea.value.split("\n") });
	}
	function noticeOf(row) {
		if (!get(session) || !get(regulation) || !get(live)) return null;
		const c = row.view.candidate;
		return buildNotice({
			session: get(session),
			regulation: get(regulation),
			candidate: {
				numero: c.numero,
				nom: c.nom,
				prenom: c.prenom,
				dateNaissance: c.dateNaissance
			},
			etablissement: row.view.etablissement ? {
				name: row.view.etablissement.name,
				uai: row.view.etablissement.uai
			} : null,
			evaluation: row.evaluation,
			controllers: get(live).settings.controllers,
			date: get(noticeDate)
		});
	}
	let exporting = state(false);
	async function downloadNotices(list, fileName) {
		if (list.length === 0) return;
		set(exporting, true);
		try {
			const { conformityNoticePdf, conformityNoticesPdf } = await __vitePreload(async () => {
				const { conformityNoticePdf, conformityNoticesPdf } = await import("./notice-tTdMutkp.js");
				return {
					conformityNoticePdf,
					conformityNoticesPdf
				};
			}, __vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14]), import.meta.url);
			const bytes = list.length === 1 ? await conformityNoticePdf(list[0]) : await conformityNoticesPdf(list);
			downloadBytes(`${safeFileName(fileName)}.pdf`, bytes);
		} catch (error) {
			fail(error);
		} finally {
			set(exporting, false);
		}
	}
	function noticeForSelected() {
		if (!get(selected)) return;
		const notice = noticeOf(get(selected));
		const c = get(selected).view.candidate;
		if (notice) downloadNotices([notice], `notice-conformite-${c.numero}-${c.nom}`);
	}
	const allNotices = user_derived(() => get(rows).map(noticeOf).filter((n) => n !== null));
	const lateCount = user_derived(() => get(live) ? get(rows).filter((r) => lateNotices(r.evaluation.units.filter((u) => u.status === "non_conforme").map((u) => u.code), get(live).settings.orals, get(noticeDate)).length > 0).length : 0);
	function allNoticesPdf() {
		downloadNotices(get(allNotices), `notices-conformite-${get(session)?.name ?? "session"}`);
	}
	var fragment = root_11();
	var node = first_child(fragment);
	ReasonDialog(node, {
		get request() {
			return get(reasonRequest);
		},
		set request($$value) {
			set(reasonRequest, $$value, true);
		}
	});
	var node_1 = sibling(node, 2);
	{
		let $0 = user_derived(() => `Cocher « oui » pour toutes les pièces du dossier (attestations ou certificats, signature, visa, fiche descriptive, dossier) des ${get(visible).length} candidat${get(visible).length > 1 ? "s" : ""} affiché${get(visible).length > 1 ? "s" : ""} ? Les durées de stage, le nombre de pages et les dates de dépôt restent à saisir.`);
		ConfirmDialog(node_1, {
			title: "Tout conforme",
			get message() {
				return get($0);
			},
			confirmLabel: "Tout conforme",
			danger: false,
			onconfirm: allConforme,
			get open() {
				return get(confirmingAll);
			},
			set open($$value) {
				set(confirmingAll, $$value, true);
			}
		});
	}
	var div = sibling(node_1, 2);
	var details = child(div);
	var div_1 = sibling(child(details), 2);
	var node_2 = child(div_1);
	each(node_2, 17, () => get(specs), (spec) => spec.code, ($$anchor, spec) => {
		var label_1 = root();
		var span = child(label_1);
		var text = only_child(span);
		var input_1 = sibling(span, 2);
		remove_input_defaults(input_1);
		reset(label_1);
		template_effect(() => {
			set_text(text, `Oral ${get(spec).code ?? ""} (premier jour)`);
			set_value(input_1, get(live)?.settings.orals[get(spec).code] ?? "");
		});
		delegated("change", input_1, (e) => setOral(get(spec).code, e.currentTarget));
		append($$anchor, label_1);
	});
	var label_2 = sibling(node_2, 2);
	var input_2 = sibling(child(label_2), 2);
	remove_input_defaults(input_2);
	reset(label_2);
	var label_3 = sibling(label_2, 2);
	var textarea_1 = sibling(child(label_3), 2);
	remove_textarea_child(textarea_1);
	reset(label_3);
	reset(div_1);
	next(2);
	reset(details);
	var div_2 = sibling(details, 2);
	var label_4 = child(div_2);
	var input_3 = sibling(child(label_4), 2);
	remove_input_defaults(input_3);
	reset(label_4);
	var label_5 = sibling(label_4, 2);
	var select = sibling(child(label_5), 2);
	each(select, 21, () => Object.entries(CONFORMITY_FILTER_LABELS), ([value, label]) => value, ($$anchor, $$item) => {
		var $$array = user_derived(() => to_array(get($$item), 2));
		let value = () => get($$array)[0];
		let label = () => get($$array)[1];
		var option = root_1();
		var text_1 = only_child(option, true);
		var option_value = {};
		template_effect(() => {
			set_text(text_1, label());
			if (option_value !== (option_value = value())) option.value = (option.__value = option_value) ?? "";
		});
		append($$anchor, option);
	});
	reset(select);
	init_select(select);
	reset(label_5);
	var button = sibling(label_5, 2);
	var text_2 = only_child(button);
	var button_1 = sibling(button, 2);
	var node_3 = sibling(button_1, 2);
	var consequent = ($$anchor) => {
		var button_2 = root_2();
		var text_3 = only_child(button_2);
		template_effect(() => set_text(text_3, `Mettre à jour les NV (${get(stale) ?? ""})`));
		delegated("click", button_2, refresh);
		append($$anchor, button_2);
	};
	if_block(node_3, ($$render) => {
		if (get(stale) > 0) $$render(consequent);
	});
	var node_4 = sibling(node_3, 4);
	var consequent_1 = ($$anchor) => {
		var button_3 = root_3();
		template_effect(() => set_attribute(button_3, "aria-expanded", get(panelShown)));
		delegated("click", button_3, () => get(panelShown) ? closePanel() : set(panelOpen, true));
		append($$anchor, button_3);
	};
	if_block(node_4, ($$render) => {
		if (get(selected)) $$render(consequent_1);
	});
	reset(div_2);
	var node_5 = sibling(div_2, 2);
	var consequent_2 = ($$anchor) => {
		var p = root_4();
		var text_4 = only_child(p);
		template_effect(() => set_text(text_4, `${get(stale) ?? ""} dossier${get(stale) > 1 ? "s" : ""} ne correspond${get(stale) > 1 ? "ent" : ""} plus aux NV enregistrés (date limite, forme d'une épreuve ou bénéfice modifiés depuis)
      : « Mettre à jour les NV » les applique.`));
		append($$anchor, p);
	};
	if_block(node_5, ($$render) => {
		if (get(stale) > 0) $$render(consequent_2);
	});
	var node_6 = sibling(node_5, 2);
	var consequent_3 = ($$anchor) => {
		var p_1 = root_5();
		var text_5 = only_child(p_1);
		template_effect(() => set_text(text_5, `${get(lateCount) ?? ""} notice${get(lateCount) > 1 ? "s" : ""} arriverai${get(lateCount) > 1 ? "ent" : "t"} moins d'une semaine avant l'oral concerné.`));
		append($$anchor, p_1);
	};
	if_block(node_6, ($$render) => {
		if (get(lateCount) > 0) $$render(consequent_3);
	});
	var node_7 = sibling(node_6, 2);
	var consequent_4 = ($$anchor) => {
		var p_2 = root_5();
		var text_6 = only_child(p_2);
		template_effect(() => set_text(text_6, `Lecture impossible : ${get(live).error ?? ""}`));
		append($$anchor, p_2);
	};
	if_block(node_7, ($$render) => {
		if (get(live)?.error) $$render(consequent_4);
	});
	var div_3 = sibling(node_7, 2);
	let classes;
	var div_4 = child(div_3);
	var node_8 = child(div_4);
	var consequent_5 = ($$anchor) => {
		var fragment_1 = comment();
		var node_9 = first_child(fragment_1);
		key(node_9, () => get(regulation).id, ($$anchor) => {
			ConformityGrid($$anchor, {
				get rows() {
					return get(visible);
				},
				get specs() {
					return get(specs);
				},
				get consecutiveWeeks() {
					return get(rule).consecutiveYear1Weeks;
				},
				onchange: change,
				onselect: (id) => set(selectedId, id, true),
				onready: (focus) => focusGrid = focus
			});
		});
		append($$anchor, fragment_1);
	};
	if_block(node_8, ($$render) => {
		if (get(regulation) && get(rule)) $$render(consequent_5);
	});
	reset(div_4);
	var node_10 = sibling(div_4, 2);
	var consequent_7 = ($$anchor) => {
		var div_5 = root_8();
		var node_11 = child(div_5);
		{
			let $0 = user_derived(() => get(session)?.depositDeadline ?? null);
			ConformityPanel(node_11, {
				get row() {
					return get(selected);
				},
				get depositDeadline() {
					return get($0);
				},
				get settings() {
					return get(live).settings;
				},
				get noticeDate() {
					return get(noticeDate);
				},
				get rule() {
					return get(rule);
				},
				onchange: (changes) => change(get(selected), changes),
				onnotice: noticeForSelected,
				onclose: closePanel,
				children: ($$anchor, $$slotProps) => {
					var fragment_3 = comment();
					var node_12 = first_child(fragment_3);
					var consequent_6 = ($$anchor) => {
						var p_3 = root_7();
						var text_7 = child(p_3);
						var node_13 = sibling(text_7);
						each(node_13, 16, () => get(selected).nvWithoutReason, (code) => code, ($$anchor, code) => {
							var button_4 = root_6();
							var text_8 = only_child(button_4);
							template_effect(() => set_text(text_8, `Donner le motif du NV en ${code ?? ""}`));
							delegated("click", button_4, () => completeNv(get(selected), code));
							append($$anchor, button_4);
						});
						reset(p_3);
						template_effect(($0) => set_text(text_7, `NV sans motif en ${$0 ?? ""}. `), [() => get(selected).nvWithoutReason.join(", ")]);
						append($$anchor, p_3);
					};
					if_block(node_12, ($$render) => {
						if (get(selected).nvWithoutReason.length > 0) $$render(consequent_6);
					});
					append($$anchor, fragment_3);
				},
				$$slots: { default: true }
			});
		}
		reset(div_5);
		bind_this(div_5, ($$value) => set(side, $$value), () => get(side));
		append($$anchor, div_5);
	};
	if_block(node_10, ($$render) => {
		if (get(panelShown) && get(selected) && get(live) && get(rule)) $$render(consequent_7);
	});
	reset(div_3);
	var div_6 = sibling(div_3, 2);
	var p_4 = child(div_6);
	var span_1 = child(p_4);
	var text_9 = only_child(span_1);
	var span_2 = sibling(span_1, 2);
	var text_10 = only_child(span_2);
	var text_11 = sibling(span_2);
	var node_14 = sibling(text_11);
	var consequent_8 = ($$anchor) => {
		var fragment_4 = root_9();
		var span_3 = sibling(first_child(fragment_4));
		var text_12 = only_child(span_3);
		template_effect(() => set_text(text_12, `${get(counts).nv_sans_motif ?? ""} NV sans motif à compléter`));
		append($$anchor, fragment_4);
	};
	if_block(node_14, ($$render) => {
		if (get(counts).nv_sans_motif > 0) $$render(consequent_8);
	});
	next();
	reset(p_4);
	var node_15 = sibling(p_4, 2);
	var consequent_9 = ($$anchor) => {
		var span_4 = root_10();
		append($$anchor, span_4);
	};
	if_block(node_15, ($$render) => {
		if (!get(selected)) $$render(consequent_9);
	});
	reset(div_6);
	var node_16 = sibling(div_6, 2);
	NvDialog(node_16, {
		get request() {
			return get(nvRequest);
		},
		set request($$value) {
			set(nvRequest, $$value, true);
		}
	});
	reset(div);
	template_effect(($0) => {
		set_value(textarea_1, $0);
		button.disabled = get(visible).length === 0 || workspace().phase === "premier_groupe_clos" || workspace().phase === "second_groupe_clos";
		set_text(text_2, `Tout conforme (${get(visible).length ?? ""})`);
		button_1.disabled = get(allNotices).length === 0 || get(exporting);
		classes = set_class(div_3, 1, "conformity-layout svelte-1vbgkra", null, classes, { "with-panel": get(panelShown) });
		set_attribute(div_4, "id", `${uid}-grid`);
		set_text(text_9, `${get(counts).non_conforme ?? ""} non conforme${get(counts).non_conforme > 1 ? "s" : ""}`);
		set_text(text_10, `${get(counts).sous_reserve ?? ""} sous réserve`);
		set_text(text_11, `,
      ${get(counts).a_controler ?? ""} à contrôler, sur ${get(rows).length ?? ""} candidats`);
	}, [() => (get(live)?.settings.controllers ?? []).join("\n")]);
	bind_value(input_2, () => get(noticeDate), ($$value) => set(noticeDate, $$value));
	delegated("change", textarea_1, (e) => setControllers(e.currentTarget));
	delegated("input", input_3, resetSelection);
	bind_value(input_3, () => get(search), ($$value) => set(search, $$value));
	delegated("change", select, resetSelection);
	bind_select_value(select, () => get(filter), ($$value) => set(filter, $$value));
	delegated("click", button, () => set(confirmingAll, true));
	delegated("click", button_1, allNoticesPdf);
	delegated("keydown", div_3, onLayoutKey);
	append($$anchor, fragment);
	pop();
}
delegate([
	"change",
	"input",
	"click",
	"keydown"
]);
export { ConformityView as default };
