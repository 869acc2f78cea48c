const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./ReasonDialog-LApH5RpP.js","./ReasonDialog-PS_U5Yt9.js","./disclose-version-DzsNc0kE.js","./Dialog-B-_s7kvy.js","./Dialog-CuOMghcx.css","./ReasonDialog-Drd0tGF0.css","./NvDialog-CooQcvFp.js","./NvDialog-Cy0235VO.js","./conformity-CRa_d-4n.js","./dates-qyPr0vLJ.js","./stage-C1uuiMv2.js","./NvDialog-CzTuxCm5.css","./CandidatesGrid-BMGq1Zha.js","./dates-BZmzPFtD.js","./regulation-CUY09-RS.js","./checks-CTzZ-No0.js","./session-D2Rp9qN2.js","./numero-lCn5603m.js","./paste-DqitN-2x.js","./fields-UMAQitue.js","./marks-B5B9zhMh.js","./exact-Cpdw3sSx.js","./csv-ViKb-jGC.js","./rolldown-runtime-CO0Nlsmt.js","./file-check-Dc5zDjQx.js","./headers-DmUZuWP7.js","./TextField-DCofANVc.js","./GridScreen-BR0BagXk.js","./unsaved-drafts-BwnCVRMY.js","./Grid-BTS68q7C.js","./Grid-ENSAbHVH.css","./ConfirmDialog-BlEctrLr.js","./ConfirmDialog-BkA556lj.css","./CandidatesGrid-gcGm-X6m.css","./EtablissementsGrid-Cd9ZZ6HX.js","./ImportWizard-CBOzbWfr.js","./ImportWizard-Dx8_Cr2H.js","./livret-PcoQAaJt.js","./presets-Cf2HfyzO.js","./livret-stats-hc6XJB1X.js","./cells-DxylALqc.js","./text-gjivuZnp.js","./download-61WZdJOK.js","./workbook-pFU-4uMH.js","./preload-helper-CALLvQDj.js","./ImportWizard-D9_YiKO6.css","./SessionDialog-g1MVwulQ.js","./RegulationEditor-a9_doLwD.js","./regulation-data-CNGROMi6.js","./RegulationEditor-B8CW48qX.css","./SessionDialog-RTlOw072.css","./RegulationDialog-CV_3n3aD.js","./session-regulation-CrYn_B5i.js","./results-CXJABGNk.js","./candidates-Dyu0TMUA.js","./validate-CipAkb3j.js","./marks-CjJ86PdP.js","./grids-BLNduPl5.js","./RegulationDialog-WvrCtMpO.css","./ConformityView-CpyzJf61.js","./conformity-D6pSmONf.js","./actions-BpN36JFP.js","./storage-CeWyakf3.js","./session-state.svelte-B_E1wRI0.js","./ConformityView-CF8DOQQf.css","./EvaluationsView-Adb1y8g0.js","./evaluations-Dy1dyfQu.js","./EvaluationsView-Bh3NwUto.css","./LivretView-sihcI1Kx.js","./livrets-c3adzeOm.js","./LivretCandidate-BpHxWn40.js","./livret-chart-Qq4g49-4.js","./LivretCandidate-BAyVmHa9.css","./LivretView-C2vMEAQI.css","./JuryView-DynZqeea.js","./jury-stats-C8-Wcio5.js","./jury-UInpj3f5.js","./jury.svelte-i4VcooCb.js","./format-N4ce8ly4.js","./LivretCheckbox-3JMIPUIL.js","./LivretCheckbox-B5N0Af9R.css","./JuryView-CWbnVGJI.css","./ControleView-DQXNyNUY.js","./SessionSettings-CkLN0TFx.js","./SessionSettings-BdiEKNSm.css","./ControleView-caOVTRpb.css","./AuditView-BdA_2z4c.js","./AuditView-lMLyeLm2.css","./DocumentsView-DJ_T966f.js","./font-coverage-check-DfJDK05E.js","./DocumentsView-CqqaMDMZ.css","./BackupView-DxEIrp_L.js","./counter-DZzejMC4.js","./export-Cqf3bT4x.js","./etablissements-1LXKyuA5.js","./sessions-BYURtC4F.js","./actions-DOj0eUvr.js","./BackupView-DJXrxPY_.css","./xlsx-export-MA3Xvn5S.js","./ExplanationPanel-DSp6dHXd.js","./ExplanationPanel-C7Nc50Pr.css"])))=>i.map(i=>d[i]);
import { A as append, C as each, D as await_block, E as if_block, G as $window, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, P as props_id, Q as state, R as event, T as key, V as untrack, Y as sibling, Z as set, at as next, c as bind_value, d as set_attribute, et as user_derived, g as select_option, h as init_select, i as bind_property, j as comment, k as set_text, m as bind_select_value, nt as pop, ot as reset, p as set_value, q as first_child, r as prop, rt as push, tt as remove_textarea_child, u as remove_input_defaults, v as set_class, x as component, z as get } from "./disclose-version-DzsNc0kE.js";
import { n as pastedTable } from "./paste-DqitN-2x.js";
import { n as DECISION_LABELS, t as DECISIONS } from "./results-CXJABGNk.js";
import { t as ConfirmDialog } from "./ConfirmDialog-BlEctrLr.js";
import { n as downloadText, r as safeFileName } from "./download-61WZdJOK.js";
import { n as DELIBERATION_PHASES, t as useJury } from "./jury.svelte-i4VcooCb.js";
import { n as DELIBERATION_PHASE_LABELS, o as controleKey } from "./session-D2Rp9qN2.js";
import { t as Dialog } from "./Dialog-B-_s7kvy.js";
import { i as formatHundredthsFixed, n as averageHundredths, s as pointsToHundredths } from "./exact-Cpdw3sSx.js";
import { a as parseControleMark, o as parseMark, r as formatMark, t as EMPTY } from "./marks-B5B9zhMh.js";
import { r as SPREADSHEET_OPTIONS, t as Grid } from "./Grid-BTS68q7C.js";
import { d as conformityUnits } from "./conformity-CRa_d-4n.js";
import { t as __vitePreload } from "./preload-helper-CALLvQDj.js";
import { n as importSummary } from "./workspace.svelte-t4J-l37F.js";
// src/ui/jury/DeliberationBar.svelte
var root$3 = from_html(`<button type="button" class="primary svelte-swe1ou"> </button>`);
var root_1$2 = from_html(`<button type="button" class="svelte-swe1ou">Rouvrir…</button>`);
var root_2$2 = from_html(`<p class="field-error"> </p>`);
var root_3$2 = from_html(`<form novalidate=""><div class="fields"><p class="hint"> </p> <div class="field"><label class="svelte-swe1ou">Motif de la réouverture</label> <textarea rows="3" class="svelte-swe1ou"></textarea> <!></div></div> <div class="actions svelte-swe1ou"><button type="button">Annuler</button> <button type="submit" class="primary">Rouvrir</button></div></form>`);
var root_4$2 = from_html(`<section class="deliberation-bar svelte-swe1ou"><h2 class="visually-hidden">Délibération</h2> <p class="phase svelte-swe1ou"><span>Étape :</span> <strong class="svelte-swe1ou"> </strong></p> <form class="member svelte-swe1ou"><label class="svelte-swe1ou"><span class="visually-hidden">Membre du jury (inscrit au journal)</span> <input type="text" placeholder="Membre du jury (journal)" autocomplete="name" class="svelte-swe1ou"/></label> <button type="submit" class="svelte-swe1ou"> </button></form> <div class="actions svelte-swe1ou"><!> <!></div> <details class="jury-members svelte-swe1ou"><summary class="svelte-swe1ou">Jury (pour le procès-verbal)</summary> <form class="svelte-swe1ou"><label class="svelte-swe1ou"><span>Président du jury</span> <input type="text"/></label> <label class="svelte-swe1ou"><span>Membres du jury (un par ligne)</span> <textarea rows="3" class="svelte-swe1ou"></textarea></label> <label class="svelte-swe1ou"><span>Date de la délibération</span> <input type="date"/></label> <button type="submit" class="svelte-swe1ou">Enregistrer le jury</button></form></details></section> <!> <!>`, 1);
function DeliberationBar($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	let workspace = prop($$props, "workspace", 7);
	const juryRef = useJury(() => workspace(), () => $$props.jury);
	const jury = user_derived(() => juryRef.current);
	const phase = user_derived(() => get(jury)?.phase ?? "preparation");
	const deliberation = user_derived(() => get(jury)?.deliberation ?? null);
	let memberDraft = state(null);
	const memberValue = user_derived(() => get(memberDraft) ?? workspace().member.name);
	const memberSaved = user_derived(() => workspace().member.name !== "");
	function saveMember(event) {
		event.preventDefault();
		if (!get(jury) || get(memberDraft) === null) return;
		const refused = workspace().member.set(get(memberDraft));
		workspace().notice = refused ? {
			kind: "error",
			text: refused
		} : {
			kind: "info",
			text: `Membre du jury de cet onglet : ${workspace().member.name}.`
		};
		if (!refused) set(memberDraft, null);
	}
	let juryDraft = state(null);
	const juryValue = user_derived(() => get(juryDraft) ?? {
		president: get(deliberation)?.president ?? "",
		members: (get(deliberation)?.members ?? []).join("\n"),
		date: get(deliberation)?.date ?? ""
	});
	function editJury(field, value) {
		set(juryDraft, {
			...get(juryValue),
			[field]: value
		}, true);
	}
	async function saveJury(event) {
		event.preventDefault();
		if (!get(jury) || get(juryDraft) === null) return;
		if (await get(jury).setJury({
			president: get(juryDraft).president,
			members: get(juryDraft).members.split(/\r?\n|;/),
			date: get(juryDraft).date || null
		})) set(juryDraft, null);
	}
	const NEXT = {
		preparation: {
			label: "Ouvrir la délibération",
			title: "Ouvrir la délibération",
			message: () => "Une fois la délibération ouverte, toute modification de note demande un motif et est inscrite au journal, avec le nom du membre du jury.",
			run: (j) => j.open()
		},
		premier_groupe: {
			label: "Clore le 1er groupe",
			title: "Clore le 1er groupe",
			message: () => {
				const incomplete = workspace().views.filter((v) => v.result.decision === "INCOMPLET").length;
				const warning = incomplete > 0 ? ` Attention : ${incomplete} candidat${incomplete > 1 ? "s sont" : " est"} encore incomplet${incomplete > 1 ? "s" : ""}.` : "";
				const unexamined = workspace().views.filter((v) => v.result.decision === "AJOURNE" && !get(jury)?.notesByCandidate.get(v.id)?.livretExamined).length;
				return `Les notes du 1er groupe ne pourront plus être modifiées (sauf réouverture avec un motif) ; les notes de l'épreuve de contrôle pourront être saisies.${warning}${unexamined > 0 ? ` Attention : ${unexamined} candidat${unexamined > 1 ? "s" : ""} ajourné${unexamined > 1 ? "s" : ""} sans livret scolaire examiné (art. D643-26) : voir l'onglet Jury.` : ""}`;
			},
			run: (j) => j.closeFirstGroup()
		},
		premier_groupe_clos: {
			label: "Clore la délibération",
			title: "Clore la délibération",
			message: () => {
				const waiting = workspace().views.filter((v) => v.result.decision === "CONTROLE").length;
				return `Plus aucune note ne pourra être modifiée (sauf réouverture avec un motif).${waiting > 0 ? ` Attention : ${waiting} candidat${waiting > 1 ? "s" : ""} autorisé${waiting > 1 ? "s" : ""} à l'épreuve de contrôle sans résultat : la clôture sera refusée tant qu'il manque une note ou AB pour une épreuve choisie.` : ""}`;
			},
			run: (j) => j.close()
		}
	};
	const next$1 = user_derived(() => NEXT[get(phase)] ?? null);
	let confirming = state(false);
	let reopening = state(false);
	let reason = state("");
	let reasonError = state("");
	/** The phase the user saw when asking: the db refuses if another tab moved it meanwhile. */
	let reopenFrom = state("preparation");
	const reopenTo = user_derived(() => DELIBERATION_PHASES[Math.max(0, DELIBERATION_PHASES.indexOf(get(reopenFrom)) - 1)]);
	function askReopen() {
		set(reason, "");
		set(reasonError, "");
		set(reopenFrom, get(phase), true);
		set(reopening, true);
	}
	async function submitReopen(event) {
		event.preventDefault();
		if (!get(jury)) return;
		if (get(reason).trim() === "") {
			set(reasonError, "Le motif de la réouverture est obligatoire.");
			return;
		}
		if (await get(jury).reopen(get(reason), get(reopenFrom))) set(reopening, false);
	}
	var fragment = root_4$2();
	var section = first_child(fragment);
	var h2 = child(section);
	var p = sibling(h2, 2);
	var strong = sibling(child(p), 2);
	var text = only_child(strong, true);
	reset(p);
	var form = sibling(p, 2);
	var label = child(form);
	var input = sibling(child(label), 2);
	remove_input_defaults(input);
	reset(label);
	var button = sibling(label, 2);
	var text_1 = only_child(button, true);
	reset(form);
	var div = sibling(form, 2);
	var node = child(div);
	var consequent = ($$anchor) => {
		var button_1 = root$3();
		var text_2 = only_child(button_1, true);
		template_effect(() => {
			button_1.disabled = !get(jury) || !get(memberSaved) || workspace().loading;
			set_attribute(button_1, "title", workspace().loading ? "Disponible quand la session est chargée" : get(memberSaved) ? void 0 : "Indiquez d’abord le nom du membre du jury");
			set_text(text_2, get(next$1).label);
		});
		delegated("click", button_1, () => set(confirming, true));
		append($$anchor, button_1);
	};
	if_block(node, ($$render) => {
		if (get(next$1)) $$render(consequent);
	});
	var node_1 = sibling(node, 2);
	var consequent_1 = ($$anchor) => {
		var button_2 = root_1$2();
		template_effect(() => button_2.disabled = !get(jury));
		delegated("click", button_2, askReopen);
		append($$anchor, button_2);
	};
	if_block(node_1, ($$render) => {
		if (get(phase) !== "preparation") $$render(consequent_1);
	});
	reset(div);
	var details = sibling(div, 2);
	var form_1 = sibling(child(details), 2);
	var label_1 = child(form_1);
	var input_1 = sibling(child(label_1), 2);
	remove_input_defaults(input_1);
	reset(label_1);
	var label_2 = sibling(label_1, 2);
	var textarea = sibling(child(label_2), 2);
	remove_textarea_child(textarea);
	reset(label_2);
	var label_3 = sibling(label_2, 2);
	var input_2 = sibling(child(label_3), 2);
	remove_input_defaults(input_2);
	reset(label_3);
	var button_3 = sibling(label_3, 2);
	reset(form_1);
	reset(details);
	reset(section);
	var node_2 = sibling(section, 2);
	var consequent_2 = ($$anchor) => {
		{
			let $0 = user_derived(() => get(next$1).message());
			ConfirmDialog($$anchor, {
				get title() {
					return get(next$1).title;
				},
				get message() {
					return get($0);
				},
				get confirmLabel() {
					return get(next$1).label;
				},
				danger: false,
				onconfirm: async () => {
					if (get(jury)) await get(next$1).run(get(jury));
				},
				get open() {
					return get(confirming);
				},
				set open($$value) {
					set(confirming, $$value, true);
				}
			});
		}
	};
	if_block(node_2, ($$render) => {
		if (get(next$1)) $$render(consequent_2);
	});
	var node_3 = sibling(node_2, 2);
	Dialog(node_3, {
		title: "Rouvrir la délibération",
		get open() {
			return get(reopening);
		},
		set open($$value) {
			set(reopening, $$value, true);
		},
		children: ($$anchor, $$slotProps) => {
			var form_2 = root_3$2();
			var div_1 = child(form_2);
			var p_1 = child(div_1);
			var text_3 = only_child(p_1);
			var div_2 = sibling(p_1, 2);
			var label_4 = child(div_2);
			var textarea_1 = sibling(label_4, 2);
			remove_textarea_child(textarea_1);
			var node_4 = sibling(textarea_1, 2);
			var consequent_3 = ($$anchor) => {
				var p_2 = root_2$2();
				var text_4 = only_child(p_2, true);
				template_effect(() => {
					set_attribute(p_2, "id", `${uid}-reason-error`);
					set_text(text_4, get(reasonError));
				});
				append($$anchor, p_2);
			};
			if_block(node_4, ($$render) => {
				if (get(reasonError)) $$render(consequent_3);
			});
			reset(div_2);
			reset(div_1);
			var div_3 = sibling(div_1, 2);
			var button_4 = child(div_3);
			next(2);
			reset(div_3);
			reset(form_2);
			template_effect(() => {
				set_text(text_3, `Retour à l'étape précédente : « ${DELIBERATION_PHASE_LABELS[get(reopenFrom)] ?? ""} » → « ${DELIBERATION_PHASE_LABELS[get(reopenTo)] ?? ""} ». Le motif est inscrit au journal.`);
				set_attribute(label_4, "for", `${uid}-reason`);
				set_attribute(textarea_1, "id", `${uid}-reason`);
				set_attribute(textarea_1, "aria-invalid", get(reasonError) ? "true" : void 0);
				set_attribute(textarea_1, "aria-describedby", get(reasonError) ? `${uid}-reason-error` : void 0);
			});
			event("submit", form_2, submitReopen);
			bind_value(textarea_1, () => get(reason), ($$value) => set(reason, $$value));
			delegated("click", button_4, () => set(reopening, false));
			append($$anchor, form_2);
		},
		$$slots: { default: true }
	});
	template_effect(() => {
		set_attribute(section, "aria-labelledby", `${uid}-title`);
		set_attribute(h2, "id", `${uid}-title`);
		set_attribute(p, "data-phase", get(phase));
		set_text(text, DELIBERATION_PHASE_LABELS[get(phase)]);
		set_value(input, get(memberValue));
		input.disabled = !get(jury);
		button.disabled = !get(jury) || get(memberDraft) === null;
		set_text(text_1, get(memberSaved) ? "Modifier" : "Enregistrer");
		set_value(input_1, get(juryValue).president);
		set_value(textarea, get(juryValue).members);
		set_value(input_2, get(juryValue).date);
		button_3.disabled = !get(jury) || get(juryDraft) === null;
	});
	event("submit", form, saveMember);
	delegated("input", input, (e) => set(memberDraft, e.currentTarget.value, true));
	event("submit", form_1, saveJury);
	delegated("input", input_1, (e) => editJury("president", e.currentTarget.value));
	delegated("input", textarea, (e) => editJury("members", e.currentTarget.value));
	delegated("input", input_2, (e) => editJury("date", e.currentTarget.value));
	append($$anchor, fragment);
	pop();
}
delegate(["input", "click"]);
// src/ui/MarksGrid.svelte
var root$2 = from_html(`<div class="marks-grid svelte-w7bhu8"><!> <!> <!></div>`);
function MarksGrid($$anchor, $$props) {
	push($$props, true);
	/** The last refused entry (bound: WorkspaceView shows it in the status line, always on screen). */
	let workspace = prop($$props, "workspace", 7), refusal = prop($$props, "refusal", 15, "");
	let api;
	const DOMAIN_TITLES = {
		general: "Domaine général",
		professional: "Domaine professionnel",
		optional: "Facultatives"
	};
	const average = (avg) => avg ? formatHundredthsFixed(averageHundredths(avg)) : "";
	const who = (view) => `${view.candidate.nom} ${view.candidate.prenom} (${view.candidate.numero})`;
	function markColumn(key, headerName, headerTooltip, parse, unit) {
		return {
			colId: key,
			headerName,
			headerTooltip,
			width: 56,
			editable: (p) => workspace().canEdit(key) && (unit ? true : p.data?.result.firstGroupDecision === "CONTROLE" || key in (p.data?.marks ?? {})),
			valueGetter: (p) => formatMark(p.data?.marks[key]?.value ?? EMPTY),
			valueSetter: (p) => {
				const parsed = parse(String(p.newValue ?? ""));
				if (!parsed.ok || !p.data) return false;
				save(p.data, key, parsed.value);
				return true;
			},
			cellEditorParams: { getValidationErrors: (v) => {
				const parsed = parse(String(v.value ?? ""));
				const view = v.cellEditorParams.data;
				refusal(parsed.ok ? "" : `${headerName}, ${who(view)} : ${parsed.error}. Corrigez la saisie ou appuyez sur Échap pour annuler.`);
				return parsed.ok ? null : [parsed.error];
			} },
			cellClass: (p) => {
				const record = p.data?.marks[key];
				const classes = ["mark-cell"];
				if (unit && p.data?.forms[unit.code] === "CCF") classes.push("form-ccf");
				if (record?.sousReserve) classes.push("mark-reserve");
				if (record?.benefice) classes.push("mark-benefice");
				if (record && record.value.kind !== "number" && record.value.kind !== "empty") classes.push(`mark-${record.value.kind}`);
				return classes;
			},
			tooltip: (p) => {
				const view = p.data;
				if (!view) return void 0;
				const record = view.marks[key];
				const parts = [headerTooltip];
				if (unit) parts.push(view.forms[unit.code] === "CCF" ? "CCF" : "ponctuel");
				if (record?.sousReserve) parts.push("sous réserve de vérification");
				if (record?.benefice) parts.push(`bénéfice de la session ${record.benefice.year}`);
				return parts.join(" — ");
			}
		};
	}
	/** Stores a mark typed in the grid, asking the jury's reason first once the deliberation is open. */
	let reasonRequest = state(null);
	/** The dialogs are loaded when first asked for, then stay (their closing keeps its focus handling). */
	let reasonDialogUsed = state(false);
	let nvDialogUsed = state(false);
	function askReason(change) {
		set(reasonDialogUsed, true);
		return new Promise((resolve) => set(reasonRequest, {
			change,
			resolve
		}, true));
	}
	/** NV typed on a unit checked for conformity: its annexe 4 reasons are asked, and stored with it (issue 16). */
	let nvRequest = state(null);
	const conformityCodes = new Set(conformityUnits(untrack(() => $$props.regulation)).map((s) => s.code));
	async function save(view, key, value) {
		refusal("");
		const before = view.marks[key];
		if (value.kind === "NV" && before?.value.kind !== "NV" && conformityCodes.has(key)) {
			set(nvDialogUsed, true);
			const answer = await new Promise((resolve) => set(nvRequest, {
				what: `${key} de ${who(view)}`,
				resolve
			}, true));
			if (answer === null) {
				refreshRow(view);
				return;
			}
			await workspace().setNvWithReasons(view.id, key, answer.items, answer.other);
			return;
		}
		let reason;
		if (workspace().needsReason(key, before)) {
			const asked = await askReason(`${key.startsWith("controle_") ? `contrôle ${key.slice(9)}` : key} de ${who(view)} : ${formatMark(before?.value ?? EMPTY) || "(vide)"} → ${formatMark(value) || "(vide)"}`);
			if (asked === null) {
				refreshRow(view);
				return;
			}
			reason = asked;
		}
		await workspace().setMark(view.id, key, value, reason);
	}
	function refreshRow(view) {
		const node = api?.getRowNode(String(view.id));
		if (node) api?.refreshCells({
			rowNodes: [node],
			force: true
		});
	}
	const units = untrack(() => $$props.regulation);
	/**
	* Widths fit the content at the theme's 14 px (a mark in 56 px, the 11-digit numéro in 106): at 1366 px the
	* identity, the 8 compulsory units, the moyenne that decided and the decision are on screen without scrolling.
	* Optional units and the contrôle are column groups that open on demand (one summary column when closed);
	* their short group titles never truncate (the full title is in the tooltip).
	*/
	const optionalUnits = units.units.filter((u) => u.domain === "optional");
	const unitColumn = (u) => markColumn(u.code, u.code, u.coefficient === null ? `${u.name} (bonus au-dessus de 10)` : `${u.name} (coefficient ${String(u.coefficient).replace(".", ",")})`, (text) => parseMark(text, u, $$props.regulation), u);
	const open = (column) => ({
		...column,
		columnGroupShow: "open"
	});
	const options = {
		columnDefs: [
			{
				headerName: "Candidat",
				children: [
					{
						colId: "numero",
						headerName: "N°",
						pinned: "left",
						width: 116,
						valueGetter: (p) => p.data?.candidate.numero
					},
					{
						colId: "nom",
						headerName: "Nom",
						pinned: "left",
						width: 118,
						valueGetter: (p) => p.data?.candidate.nom,
						tooltip: true
					},
					{
						colId: "prenom",
						headerName: "Prénom",
						pinned: "left",
						width: 100,
						valueGetter: (p) => p.data?.candidate.prenom,
						tooltip: true
					}
				]
			},
			...["general", "professional"].map((domain) => ({
				headerName: DOMAIN_TITLES[domain],
				children: units.units.filter((u) => u.domain === domain).map(unitColumn)
			})),
			...optionalUnits.length > 0 ? [{
				groupId: "optional",
				headerName: "Facult.",
				headerTooltip: "Épreuves facultatives (bonus au-dessus de 10) : cliquez pour afficher ou masquer leurs notes",
				openByDefault: false,
				children: [{
					colId: "bonus",
					headerName: "Bonus",
					headerTooltip: "Points des épreuves facultatives ajoutés au total (ouvrez le groupe pour les notes)",
					columnGroupShow: "closed",
					width: 104,
					type: "rightAligned",
					valueGetter: (p) => p.data && p.data.result.bonus > 0 ? formatHundredthsFixed(pointsToHundredths(p.data.result.bonus)) : ""
				}, ...optionalUnits.map((u) => open(unitColumn(u)))]
			}] : [],
			{
				groupId: "controle",
				headerName: "Contrôle",
				headerTooltip: "Épreuve de contrôle : cliquez pour afficher ou masquer ses notes",
				openByDefault: false,
				children: [{
					colId: "controleCount",
					headerName: "Notes",
					headerTooltip: "Notes de l’épreuve de contrôle saisies (ouvrez le groupe pour les voir)",
					columnGroupShow: "closed",
					width: 112,
					cellClass: "mark-cell",
					valueGetter: (p) => {
						const view = p.data;
						if (!view || view.result.firstGroupDecision !== "CONTROLE") return "";
						return `${units.controle.units.filter((u) => controleKey(u.code) in view.marks).length}/${units.controle.units.length}`;
					}
				}, ...units.controle.units.map((u) => open(markColumn(controleKey(u.code), `Ctrl ${u.code}`, `Épreuve de contrôle : ${u.name}`, (text) => parseControleMark(text, $$props.regulation))))]
			},
			{
				headerName: "Résultat",
				children: [
					{
						colId: "moyennePremier",
						headerName: "Moy. 1er gr.",
						headerTooltip: "Moyenne générale du 1er groupe (tronquée au centième), avant l’épreuve de contrôle",
						width: 112,
						type: "rightAligned",
						valueGetter: (p) => average(p.data?.result.firstGroup ?? null)
					},
					{
						colId: "total",
						headerName: "Total",
						headerTooltip: "Total des points (coefficient × note, bonus compris), après l’épreuve de contrôle le cas échéant",
						width: 76,
						type: "rightAligned",
						valueGetter: (p) => p.data?.result.final ? formatHundredthsFixed(pointsToHundredths(p.data.result.final.points)) : ""
					},
					{
						colId: "moyennePro",
						headerName: "Moy. pro",
						headerTooltip: `Moyenne du domaine professionnel (${units.units.filter((u) => u.domain === "professional").map((u) => u.code).join(", ")})`,
						width: 94,
						type: "rightAligned",
						valueGetter: (p) => average(p.data?.result.professional ?? null)
					},
					{
						colId: "motif",
						headerName: "Motif",
						flex: 1,
						minWidth: 200,
						valueGetter: (p) => p.data?.result.reason,
						tooltip: true
					}
				]
			},
			{
				headerName: "Décision",
				children: [{
					colId: "moyenne",
					headerName: "Moyenne",
					pinned: "right",
					headerTooltip: "Moyenne qui a décidé : après l’épreuve de contrôle quand elle a eu lieu, sinon celle du 1er groupe (tronquée au centième)",
					width: 96,
					type: "rightAligned",
					valueGetter: (p) => average(p.data?.result.final ?? null),
					tooltip: (p) => p.data && p.data.result.controle.length > 0 ? `Après l’épreuve de contrôle (1er groupe : ${average(p.data.result.firstGroup)})` : void 0
				}, {
					colId: "decision",
					headerName: "Décision",
					pinned: "right",
					width: 182,
					valueGetter: (p) => p.data?.result.decision,
					valueFormatter: (p) => p.value ? DECISION_LABELS[p.value] : "",
					cellClass: (p) => ["decision", `decision-${p.value}`]
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
			const view = api?.getDisplayedRowAtIndex(event.rowIndex)?.data;
			if (view) workspace().selectedCandidateId = view.id;
		},
		onCellEditingStopped: () => {
			refusal("");
		}
	};
	var div = root$2();
	var node_1 = child(div);
	Grid(node_1, {
		get options() {
			return options;
		},
		get rows() {
			return workspace().gridViews;
		},
		label: "Notes des candidats",
		onready: (a) => api = a
	});
	var node_2 = sibling(node_1, 2);
	var consequent = ($$anchor) => {
		var fragment = comment();
		var node_3 = first_child(fragment);
		await_block(node_3, () => __vitePreload(() => import("./ReasonDialog-LApH5RpP.js"), __vite__mapDeps([0,1,2,3,4,5]), import.meta.url), null, ($$anchor, $$source) => {
			var $$value = user_derived(() => {
				var { default: ReasonDialog } = get($$source);
				return { ReasonDialog };
			});
			var ReasonDialog = user_derived(() => get($$value).ReasonDialog);
			var fragment_1 = comment();
			var node_4 = first_child(fragment_1);
			component(node_4, () => get(ReasonDialog), ($$anchor, ReasonDialog_1) => {
				ReasonDialog_1($$anchor, {
					get request() {
						return get(reasonRequest);
					},
					set request($$value) {
						set(reasonRequest, $$value, true);
					}
				});
			});
			append($$anchor, fragment_1);
		});
		append($$anchor, fragment);
	};
	if_block(node_2, ($$render) => {
		if (get(reasonDialogUsed)) $$render(consequent);
	});
	var node_5 = sibling(node_2, 2);
	var consequent_1 = ($$anchor) => {
		var fragment_2 = comment();
		var node_6 = first_child(fragment_2);
		await_block(node_6, () => __vitePreload(() => import("./NvDialog-CooQcvFp.js"), __vite__mapDeps([6,7,2,8,9,10,3,4,11]), import.meta.url), null, ($$anchor, $$source) => {
			var $$value = user_derived(() => {
				var { default: NvDialog } = get($$source);
				return { NvDialog };
			});
			var NvDialog = user_derived(() => get($$value).NvDialog);
			var fragment_3 = comment();
			var node_7 = first_child(fragment_3);
			component(node_7, () => get(NvDialog), ($$anchor, NvDialog_1) => {
				NvDialog_1($$anchor, {
					get request() {
						return get(nvRequest);
					},
					set request($$value) {
						set(nvRequest, $$value, true);
					}
				});
			});
			append($$anchor, fragment_3);
		});
		append($$anchor, fragment_2);
	};
	if_block(node_5, ($$render) => {
		if (get(nvDialogUsed)) $$render(consequent_1);
	});
	reset(div);
	append($$anchor, div);
	pop();
}
// src/ui/StatusBar.svelte
var root$1 = from_html(`<span> <strong>calcul…</strong></span>`);
var root_1$1 = from_html(`<span class="loading svelte-1h7dsph" role="status">Chargement…</span> <!>`, 1);
var root_2$1 = from_html(`<span> <strong> </strong></span>`);
var root_3$1 = from_html(`<span> </span> <!>`, 1);
var root_4$1 = from_html(`<footer class="status-bar svelte-1h7dsph" aria-label="Décomptes"><p class="refusal svelte-1h7dsph" role="alert" aria-live="assertive"> </p> <!> <details class="legend svelte-1h7dsph"><summary class="svelte-1h7dsph">Légende et saisie</summary> <div class="legend-body svelte-1h7dsph"><p class="svelte-1h7dsph"><span class="swatch ccf svelte-1h7dsph" aria-hidden="true"></span> épreuve en CCF (sinon ponctuelle)</p> <p class="svelte-1h7dsph"><span class="swatch reserve svelte-1h7dsph" aria-hidden="true"></span> sous réserve de vérification</p> <p class="svelte-1h7dsph"><em>italique</em> : note conservée d'une session antérieure (bénéfice)</p> <p class="svelte-1h7dsph">Saisie : une note de 0 à 20 (<kbd>12,5</kbd>), <kbd>AB</kbd>, <kbd>ABJ</kbd>, <kbd>NV</kbd> ou <kbd>DI</kbd> ; <kbd>Entrée</kbd> valide et descend, <kbd>Tab</kbd> passe à droite, <kbd>Échap</kbd> annule, <kbd>Ctrl+I</kbd> ouvre le détail du calcul du candidat sélectionné.</p></div></details></footer>`);
function StatusBar($$anchor, $$props) {
	push($$props, true);
	let refusal = prop($$props, "refusal", 3, "");
	const shown = user_derived(() => $$props.workspace.visibleViews.length);
	const total = user_derived(() => $$props.workspace.views.length);
	var footer = root_4$1();
	var p = child(footer);
	var text = only_child(p, true);
	var node = sibling(p, 2);
	var consequent = ($$anchor) => {
		var fragment = root_1$1();
		var span = first_child(fragment);
		var node_1 = sibling(span, 2);
		each(node_1, 16, () => DECISIONS, (decision) => decision, ($$anchor, decision) => {
			var span_1 = root$1();
			var text_1 = child(span_1);
			next();
			reset(span_1);
			template_effect(() => {
				set_class(span_1, 1, `count decision-${decision ?? ""}`, "svelte-1h7dsph");
				set_attribute(span_1, "data-decision", decision);
				set_text(text_1, `${DECISION_LABELS[decision] ?? ""} : `);
			});
			append($$anchor, span_1);
		});
		template_effect(() => set_attribute(span, "title", `Les ${$$props.workspace.gridViews.length ?? ""} premiers candidats sont affichés ; la saisie des notes sera possible dès que toute la session sera lue.`));
		append($$anchor, fragment);
	};
	var consequent_1 = ($$anchor) => {
		var fragment_1 = root_3$1();
		var span_2 = first_child(fragment_1);
		var text_2 = only_child(span_2, true);
		var node_2 = sibling(span_2, 2);
		each(node_2, 16, () => DECISIONS, (decision) => decision, ($$anchor, decision) => {
			var span_3 = root_2$1();
			var text_3 = child(span_3);
			var strong = sibling(text_3);
			var text_4 = only_child(strong, true);
			reset(span_3);
			template_effect(() => {
				set_class(span_3, 1, `count decision-${decision ?? ""}`, "svelte-1h7dsph");
				set_attribute(span_3, "data-decision", decision);
				set_text(text_3, `${DECISION_LABELS[decision] ?? ""} : `);
				set_text(text_4, $$props.workspace.counts[decision]);
			});
			append($$anchor, span_3);
		});
		template_effect(() => set_text(text_2, get(shown) === get(total) ? `${get(total)} candidats` : `${get(shown)} candidats affichés sur ${get(total)}`));
		append($$anchor, fragment_1);
	};
	if_block(node, ($$render) => {
		if (!refusal() && $$props.workspace.loading) $$render(consequent);
		else if (!refusal()) $$render(consequent_1, 1);
	});
	next(2);
	reset(footer);
	template_effect(() => set_text(text, refusal()));
	append($$anchor, footer);
	pop();
}
// src/ui/WorkspaceView.svelte
var root = from_html(`<option> </option>`);
var root_1 = from_html(`<p class="last-import svelte-k2wnjy"> <button type="button" class="svelte-k2wnjy">Annuler le dernier import</button></p>`);
var root_2 = from_html(`<div class="import-area svelte-k2wnjy"><!></div>`);
var root_3 = from_html(`<button type="button" role="tab" class="svelte-k2wnjy"> </button>`);
var root_4 = from_html(`<p class="loading-note svelte-k2wnjy">Chargement de la session : les exports seront disponibles à la fin du calcul.</p>`);
var root_5 = from_html(`<aside class="side svelte-k2wnjy" id="explanation-panel" aria-label="Détail du calcul"><button type="button" class="close-panel svelte-k2wnjy" aria-label="Fermer le détail du calcul">×</button> <!></aside>`);
var root_6 = from_html(`<div class="panel fill svelte-k2wnjy" id="panel-notes" role="tabpanel" aria-labelledby="tab-notes"><div class="toolbar svelte-k2wnjy"><label class="svelte-k2wnjy"><span>Rechercher</span> <input type="search" placeholder="Nom ou numéro" class="svelte-k2wnjy"/></label> <label class="svelte-k2wnjy"><span>Établissement</span> <select class="svelte-k2wnjy"><option>Tous</option><!></select></label> <label class="svelte-k2wnjy"><span>Décision</span> <select class="svelte-k2wnjy"><option>Toutes</option><!></select></label> <span class="spacer"></span> <button type="button" class="panel-toggle svelte-k2wnjy" aria-controls="explanation-panel" aria-keyshortcuts="Control+I" title="Ctrl+I : ouvrir ou fermer le détail du calcul du candidat sélectionné">Détail du calcul</button> <details class="menu right svelte-k2wnjy"><summary class="svelte-k2wnjy">Exporter…</summary> <div class="menu-items svelte-k2wnjy" role="group" aria-label="Exports CSV et Excel"><!> <button type="button" class="svelte-k2wnjy">Exporter les résultats (CSV)</button> <button type="button" class="svelte-k2wnjy">Exporter les résultats (.xlsx)</button> <button type="button" class="svelte-k2wnjy">Exporter la session complète (CSV)</button> <button type="button" class="svelte-k2wnjy">Exporter la session complète (.xlsx)</button> <label class="svelte-k2wnjy"><span>Feuille de notes d'une épreuve</span> <select class="svelte-k2wnjy"><option>— choisir —</option><!></select></label> <button type="button" class="svelte-k2wnjy">Exporter la feuille (CSV)</button> <button type="button" class="svelte-k2wnjy">Exporter la feuille (.xlsx)</button></div></details></div> <div><div class="grid-area svelte-k2wnjy"><!></div> <!></div> <!></div>`);
var root_7 = from_html(`<div class="panel svelte-k2wnjy" role="tabpanel"><p class="loading-note svelte-k2wnjy" role="status">Chargement de la session : calcul…</p></div>`);
var root_8 = from_html(`<div class="panel fill svelte-k2wnjy" id="panel-candidats" role="tabpanel" aria-labelledby="tab-candidats"><!></div>`);
var root_9 = from_html(`<div class="panel svelte-k2wnjy" id="panel-grilles" role="tabpanel" aria-labelledby="tab-grilles"><!></div>`);
var root_10 = from_html(`<div class="panel svelte-k2wnjy" id="panel-livret" role="tabpanel" aria-labelledby="tab-livret"><!></div>`);
var root_11 = from_html(`<div class="panel svelte-k2wnjy" id="panel-conformite" role="tabpanel" aria-labelledby="tab-conformite"><!></div>`);
var root_12 = from_html(`<div class="panel fill svelte-k2wnjy" id="panel-etablissements" role="tabpanel" aria-labelledby="tab-etablissements"><!></div>`);
var root_13 = from_html(`<div class="panel svelte-k2wnjy" id="panel-jury" role="tabpanel" aria-labelledby="tab-jury"><!></div>`);
var root_14 = from_html(`<div class="panel svelte-k2wnjy" id="panel-controle" role="tabpanel" aria-labelledby="tab-controle"><!></div>`);
var root_15 = from_html(`<div class="panel svelte-k2wnjy" id="panel-journal" role="tabpanel" aria-labelledby="tab-journal"><!></div>`);
var root_16 = from_html(`<div class="panel svelte-k2wnjy" id="panel-sauvegarde" role="tabpanel" aria-labelledby="tab-sauvegarde"><!></div>`);
var root_17 = from_html(`<div class="panel svelte-k2wnjy" id="panel-documents" role="tabpanel" aria-labelledby="tab-documents"><!></div>`);
var root_18 = from_html(`<div class="workspace svelte-k2wnjy"><div class="topbar svelte-k2wnjy"><label class="session-pick svelte-k2wnjy"><span class="visually-hidden">Session</span> <select class="svelte-k2wnjy"></select></label> <details class="menu svelte-k2wnjy"><summary class="svelte-k2wnjy">Session…</summary> <div class="menu-items svelte-k2wnjy"><button type="button" class="svelte-k2wnjy">Nouvelle session</button> <button type="button" class="svelte-k2wnjy">Charger un exemple</button> <button type="button" class="svelte-k2wnjy">Réglementation</button> <button type="button" class="svelte-k2wnjy">Supprimer la session</button></div></details> <button type="button" class="svelte-k2wnjy">Importer un fichier</button> <!></div> <!> <!> <div class="tabs svelte-k2wnjy" role="tablist" aria-label="Vues de la session"></div> <!></div> <!> <!> <!>`, 1);
function WorkspaceView($$anchor, $$props) {
	push($$props, true);
	let workspace = prop($$props, "workspace", 7);
	const TABS = [
		{
			id: "notes",
			label: "Notes et résultats"
		},
		{
			id: "candidats",
			label: "Candidats"
		},
		{
			id: "etablissements",
			label: "Établissements"
		},
		{
			id: "grilles",
			label: "Grilles d'évaluation"
		},
		{
			id: "livret",
			label: "Livret scolaire"
		},
		{
			id: "conformite",
			label: "Conformité des dossiers"
		},
		{
			id: "jury",
			label: "Jury"
		},
		{
			id: "controle",
			label: "Épreuve de contrôle"
		},
		{
			id: "journal",
			label: "Journal"
		},
		{
			id: "documents",
			label: "Documents (PDF)"
		},
		{
			id: "sauvegarde",
			label: "Sauvegarde"
		}
	];
	const onDemand = {
		candidats: () => __vitePreload(() => import("./CandidatesGrid-BMGq1Zha.js"), __vite__mapDeps([12,2,13,9,14,15,16,17,18,19,20,21,22,23,24,25,8,10,26,3,4,27,28,29,30,31,32,33]), import.meta.url),
		etablissements: () => __vitePreload(() => import("./EtablissementsGrid-Cd9ZZ6HX.js"), __vite__mapDeps([34,2,15,14,16,17,26,3,4,27,28,29,30,31,32]), import.meta.url),
		importWizard: () => __vitePreload(() => import("./ImportWizard-CBOzbWfr.js"), __vite__mapDeps([35,36,2,22,23,19,20,21,16,24,25,8,9,10,13,17,37,38,39,40,15,14,41,42,43,44,45]), import.meta.url),
		sessionDialog: () => __vitePreload(() => import("./SessionDialog-g1MVwulQ.js"), __vite__mapDeps([46,2,26,3,4,38,10,15,14,16,17,47,48,49,50]), import.meta.url),
		regulationDialog: () => __vitePreload(() => import("./RegulationDialog-CV_3n3aD.js"), __vite__mapDeps([51,2,52,48,14,53,21,20,16,54,55,23,9,38,10,41,15,17,56,57,47,49,3,4,42,58]), import.meta.url)
	};
	let sessionDialogLoaded = state(false);
	let editingRegulation = state(false);
	let regulationDialogLoaded = state(false);
	const views = {
		conformite: () => __vitePreload(() => import("./ConformityView-CpyzJf61.js"), __vite__mapDeps([59,2,8,9,10,20,21,60,55,23,38,41,56,15,14,16,17,57,31,3,4,32,1,5,61,62,42,63,29,30,7,11,44,64]), import.meta.url),
		grilles: () => __vitePreload(() => import("./EvaluationsView-Adb1y8g0.js"), __vite__mapDeps([65,2,42,1,3,4,5,63,57,38,10,9,21,20,55,23,41,66,14,56,15,16,17,61,62,13,44,67]), import.meta.url),
		livret: () => __vitePreload(() => import("./LivretView-sihcI1Kx.js"), __vite__mapDeps([68,2,36,22,23,19,20,21,16,24,25,8,9,10,13,17,37,38,39,40,15,14,41,42,43,44,45,69,55,70,71,61,62,63,72,29,30,73]), import.meta.url),
		jury: () => __vitePreload(() => import("./JuryView-DynZqeea.js"), __vite__mapDeps([74,2,21,75,14,53,20,76,16,77,55,23,9,38,10,41,17,56,15,57,61,62,63,78,79,80,44,81]), import.meta.url),
		controle: () => __vitePreload(() => import("./ControleView-DQXNyNUY.js"), __vite__mapDeps([82,2,76,21,20,14,53,16,77,55,23,9,38,10,41,17,56,15,57,61,62,63,78,83,84,85]), import.meta.url),
		journal: () => __vitePreload(() => import("./AuditView-BdA_2z4c.js"), __vite__mapDeps([86,2,77,55,23,9,38,10,41,20,21,17,53,14,16,56,15,57,76,61,62,63,22,42,44,87]), import.meta.url),
		documents: () => __vitePreload(() => import("./DocumentsView-DJ_T966f.js"), __vite__mapDeps([88,2,42,89,83,84,44,90]), import.meta.url),
		sauvegarde: () => __vitePreload(() => import("./BackupView-DxEIrp_L.js"), __vite__mapDeps([91,2,55,23,9,38,10,41,92,8,93,54,15,14,16,17,20,21,56,57,76,53,66,69,37,94,95,48,62,96,42,44,97]), import.meta.url)
	};
	const jury = useJury(() => workspace());
	let tab = state("notes");
	let creating = state(false);
	let importing = state(false);
	/** Rows pasted in the Candidats screen, imported through the same preview as a file. */
	let pasted = state(void 0);
	function importPasted(text) {
		set(pasted, {
			bytes: new TextEncoder().encode(pastedTable(text, $$props.regulation)),
			name: "collage"
		});
		set(importing, true);
	}
	let confirmingDelete = state(false);
	let sheetUnit = state("");
	let sessionMenu = state(false);
	let exportMenu = state(false);
	/** The explanation panel: on demand (button or Ctrl+I), the grid takes its width back when it is closed. */
	let explaining = state(false);
	/** A refused entry in the marks grid, shown in the status line under it. */
	let refusal = state("");
	function selectTab(id) {
		if (id === get(tab)) return;
		set(tab, id, true);
		workspace().notice = null;
	}
	/** Arrow keys move along the tabs (WAI-ARIA tabs pattern), Home/End to the first/last. */
	function onTabKey(event) {
		const index = TABS.findIndex((t) => t.id === get(tab));
		const next = event.key === "ArrowRight" ? (index + 1) % TABS.length : event.key === "ArrowLeft" ? (index - 1 + TABS.length) % TABS.length : event.key === "Home" ? 0 : event.key === "End" ? TABS.length - 1 : -1;
		if (next < 0) return;
		event.preventDefault();
		selectTab(TABS[next].id);
		document.getElementById(`tab-${TABS[next].id}`)?.focus();
	}
	/** A menu closes when the user clicks elsewhere or presses Escape (focus back on its button). */
	function closeMenus(event) {
		if (!get(sessionMenu) && !get(exportMenu)) return;
		if (event instanceof KeyboardEvent) {
			if (event.key !== "Escape") return;
			(event.target?.closest?.("details.menu"))?.querySelector("summary")?.focus();
			set(sessionMenu, set(exportMenu, false), true);
			return;
		}
		const inside = event.target?.closest?.("details.menu");
		if (!inside || !inside.contains(event.target)) set(sessionMenu, set(exportMenu, false), true);
		else if (inside.classList.contains("right")) set(sessionMenu, false);
		else set(exportMenu, false);
	}
	/** Ctrl+I (⌘+I) in the notes screen opens or closes the explanation of the selected candidate. */
	function onMarksKey(event) {
		if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "i") {
			event.preventDefault();
			set(explaining, !get(explaining));
		}
	}
	const sessionName = () => workspace().session?.name ?? "session";
	async function exportResults() {
		downloadText(`${safeFileName(`resultats-${sessionName()}`)}.csv`, await workspace().resultsCsv());
	}
	async function exportSession() {
		downloadText(`${safeFileName(`session-${sessionName()}`)}.csv`, await workspace().sessionCsv());
	}
	async function exportUnitSheet() {
		if (!get(sheetUnit)) return;
		downloadText(`${safeFileName(`notes-${get(sheetUnit)}-${sessionName()}`)}.csv`, await workspace().unitSheetCsv(get(sheetUnit)));
	}
	/** The same files as Excel workbooks (numbers as numbers, candidate numbers and codes as text). */
	async function exportXlsx(kind) {
		if (kind === "unit" && !get(sheetUnit)) return;
		const base = {
			results: "resultats",
			session: "session",
			unit: `notes-${get(sheetUnit)}`
		}[kind];
		const sheet = {
			results: "Résultats",
			session: "Session",
			unit: get(sheetUnit)
		}[kind];
		const { downloadXlsx } = await __vitePreload(async () => {
			const { downloadXlsx } = await import("./xlsx-export-MA3Xvn5S.js");
			return { downloadXlsx };
		}, __vite__mapDeps([98,42,44]), import.meta.url);
		await downloadXlsx(`${safeFileName(`${base}-${sessionName()}`)}.xlsx`, await workspace().exportTable(kind, get(sheetUnit)), sheet);
	}
	function onDecisionFilter(event) {
		const value = event.currentTarget.value;
		workspace().filters.decision = value === "" ? null : value;
	}
	function onEtablissementFilter(event) {
		const value = event.currentTarget.value;
		workspace().filters.etablissementId = value === "" ? null : Number(value);
	}
	var fragment = root_18();
	event("click", $window, closeMenus);
	event("keydown", $window, closeMenus);
	var div = first_child(fragment);
	var div_1 = child(div);
	var label = child(div_1);
	var select = sibling(child(label), 2);
	each(select, 21, () => workspace().sessions, (s) => s.id, ($$anchor, s) => {
		var option = root();
		var text_1 = only_child(option);
		var option_value = {};
		template_effect(() => {
			set_text(text_1, `${get(s).name ?? ""}${get(s).academie ? ` — ${get(s).academie}` : ""}`);
			if (option_value !== (option_value = get(s).id)) option.value = (option.__value = option_value) ?? "";
		});
		append($$anchor, option);
	});
	reset(select);
	var select_value;
	init_select(select);
	reset(label);
	var details = sibling(label, 2);
	var div_2 = sibling(child(details), 2);
	var button = child(div_2);
	var button_1 = sibling(button, 2);
	var button_2 = sibling(button_1, 2);
	var button_3 = sibling(button_2, 2);
	reset(div_2);
	reset(details);
	var button_4 = sibling(details, 2);
	var node = sibling(button_4, 2);
	var consequent = ($$anchor) => {
		DeliberationBar($$anchor, {
			get workspace() {
				return workspace();
			},
			get jury() {
				return jury.current;
			}
		});
	};
	if_block(node, ($$render) => {
		if (jury.current) $$render(consequent);
	});
	reset(div_1);
	var node_1 = sibling(div_1, 2);
	var consequent_1 = ($$anchor) => {
		var p = root_1();
		var text_2 = child(p);
		var button_5 = sibling(text_2);
		reset(p);
		template_effect(($0, $1) => set_text(text_2, `Dernier import : « ${workspace().lastImport.fileName ?? ""} », le ${$0 ?? ""}
      (${$1 ?? ""}). `), [() => new Date(workspace().lastImport.appliedAt).toLocaleString("fr-FR"), () => importSummary(workspace().lastImport)]);
		delegated("click", button_5, () => workspace().undoLastImport());
		append($$anchor, p);
	};
	if_block(node_1, ($$render) => {
		if (workspace().lastImport) $$render(consequent_1);
	});
	var node_2 = sibling(node_1, 2);
	var consequent_3 = ($$anchor) => {
		const snapshot = user_derived(() => workspace().snapshot());
		var fragment_2 = comment();
		var node_3 = first_child(fragment_2);
		var consequent_2 = ($$anchor) => {
			var div_3 = root_2();
			var node_4 = child(div_3);
			await_block(node_4, () => onDemand.importWizard(), null, ($$anchor, $$source) => {
				var $$value = user_derived(() => {
					var { default: ImportWizard } = get($$source);
					return { ImportWizard };
				});
				var ImportWizard = user_derived(() => get($$value).ImportWizard);
				var fragment_3 = comment();
				var node_5 = first_child(fragment_3);
				key(node_5, () => get(pasted), ($$anchor) => {
					var fragment_4 = comment();
					var node_6 = first_child(fragment_4);
					{
						let $0 = user_derived(() => workspace().session?.name ?? "");
						component(node_6, () => get(ImportWizard), ($$anchor, ImportWizard_1) => {
							ImportWizard_1($$anchor, {
								get target() {
									return get($0);
								},
								get snapshot() {
									return get(snapshot);
								},
								get pasted() {
									return get(pasted);
								},
								apply: (plan, fileName, onProgress, signal) => workspace().applyImport(plan, fileName, onProgress, signal),
								onclose: () => (set(importing, false), set(pasted, void 0))
							});
						});
					}
					append($$anchor, fragment_4);
				});
				append($$anchor, fragment_3);
			});
			reset(div_3);
			append($$anchor, div_3);
		};
		if_block(node_3, ($$render) => {
			if (get(snapshot)) $$render(consequent_2);
		});
		append($$anchor, fragment_2);
	};
	if_block(node_2, ($$render) => {
		if (get(importing)) $$render(consequent_3);
	});
	var div_4 = sibling(node_2, 2);
	each(div_4, 21, () => TABS, (t) => t.id, ($$anchor, t) => {
		var button_6 = root_3();
		var text_3 = only_child(button_6, true);
		template_effect(() => {
			set_attribute(button_6, "id", `tab-${get(t).id ?? ""}`);
			set_attribute(button_6, "aria-selected", get(tab) === get(t).id);
			set_attribute(button_6, "aria-controls", `panel-${get(t).id ?? ""}`);
			set_attribute(button_6, "tabindex", get(tab) === get(t).id ? 0 : -1);
			set_text(text_3, get(t).label);
		});
		delegated("click", button_6, () => selectTab(get(t).id));
		delegated("keydown", button_6, onTabKey);
		append($$anchor, button_6);
	});
	reset(div_4);
	var node_7 = sibling(div_4, 2);
	var consequent_6 = ($$anchor) => {
		var div_5 = root_6();
		var div_6 = child(div_5);
		var label_1 = child(div_6);
		var input = sibling(child(label_1), 2);
		remove_input_defaults(input);
		reset(label_1);
		var label_2 = sibling(label_1, 2);
		var select_1 = sibling(child(label_2), 2);
		var option_1 = child(select_1);
		option_1.value = option_1.__value = "";
		var node_8 = sibling(option_1);
		each(node_8, 17, () => workspace().etablissements, (e) => e.id, ($$anchor, e) => {
			var option_2 = root();
			var text_4 = only_child(option_2, true);
			var option_2_value = {};
			template_effect(() => {
				set_text(text_4, get(e).name);
				if (option_2_value !== (option_2_value = get(e).id)) option_2.value = (option_2.__value = option_2_value) ?? "";
			});
			append($$anchor, option_2);
		});
		reset(select_1);
		var select_1_value;
		init_select(select_1);
		reset(label_2);
		var label_3 = sibling(label_2, 2);
		var select_2 = sibling(child(label_3), 2);
		var option_3 = child(select_2);
		option_3.value = option_3.__value = "";
		var node_9 = sibling(option_3);
		each(node_9, 16, () => DECISIONS, (d) => d, ($$anchor, d) => {
			var option_4 = root();
			var text_5 = only_child(option_4, true);
			var option_4_value = {};
			template_effect(() => {
				set_text(text_5, DECISION_LABELS[d]);
				if (option_4_value !== (option_4_value = d)) option_4.value = (option_4.__value = option_4_value) ?? "";
			});
			append($$anchor, option_4);
		});
		reset(select_2);
		var select_2_value;
		init_select(select_2);
		reset(label_3);
		var button_7 = sibling(label_3, 4);
		var details_1 = sibling(button_7, 2);
		var div_7 = sibling(child(details_1), 2);
		var node_10 = child(div_7);
		var consequent_4 = ($$anchor) => {
			var p_1 = root_4();
			append($$anchor, p_1);
		};
		if_block(node_10, ($$render) => {
			if (workspace().loading) $$render(consequent_4);
		});
		var button_8 = sibling(node_10, 2);
		var button_9 = sibling(button_8, 2);
		var button_10 = sibling(button_9, 2);
		var button_11 = sibling(button_10, 2);
		var label_4 = sibling(button_11, 2);
		var select_3 = sibling(child(label_4), 2);
		var option_5 = child(select_3);
		option_5.value = option_5.__value = "";
		var node_11 = sibling(option_5);
		each(node_11, 17, () => $$props.regulation.units, (u) => u.code, ($$anchor, u) => {
			var option_6 = root();
			var text_6 = only_child(option_6);
			var option_6_value = {};
			template_effect(() => {
				set_text(text_6, `${get(u).code ?? ""} — ${get(u).name ?? ""}`);
				if (option_6_value !== (option_6_value = get(u).code)) option_6.value = (option_6.__value = option_6_value) ?? "";
			});
			append($$anchor, option_6);
		});
		reset(select_3);
		init_select(select_3);
		reset(label_4);
		var button_12 = sibling(label_4, 2);
		var button_13 = sibling(button_12, 2);
		reset(div_7);
		reset(details_1);
		reset(div_6);
		var div_8 = sibling(div_6, 2);
		let classes;
		var div_9 = child(div_8);
		var node_12 = child(div_9);
		key(node_12, () => $$props.regulation.id, ($$anchor) => {
			MarksGrid($$anchor, {
				get workspace() {
					return workspace();
				},
				get regulation() {
					return $$props.regulation;
				},
				get refusal() {
					return get(refusal);
				},
				set refusal($$value) {
					set(refusal, $$value, true);
				}
			});
		});
		reset(div_9);
		var node_13 = sibling(div_9, 2);
		var consequent_5 = ($$anchor) => {
			var aside = root_5();
			var button_14 = child(aside);
			var node_14 = sibling(button_14, 2);
			await_block(node_14, () => __vitePreload(() => import("./ExplanationPanel-DSp6dHXd.js"), __vite__mapDeps([99,2,21,20,53,14,100]), import.meta.url), null, ($$anchor, $$source) => {
				var $$value = user_derived(() => {
					var { default: ExplanationPanel } = get($$source);
					return { ExplanationPanel };
				});
				var ExplanationPanel = user_derived(() => get($$value).ExplanationPanel);
				var fragment_6 = comment();
				var node_15 = first_child(fragment_6);
				component(node_15, () => get(ExplanationPanel), ($$anchor, ExplanationPanel_1) => {
					ExplanationPanel_1($$anchor, {
						get view() {
							return workspace().selectedVisible;
						},
						get regulation() {
							return $$props.regulation;
						}
					});
				});
				append($$anchor, fragment_6);
			});
			reset(aside);
			delegated("click", button_14, () => set(explaining, false));
			append($$anchor, aside);
		};
		if_block(node_13, ($$render) => {
			if (get(explaining)) $$render(consequent_5);
		});
		reset(div_8);
		StatusBar(sibling(div_8, 2), {
			get workspace() {
				return workspace();
			},
			get refusal() {
				return get(refusal);
			}
		});
		reset(div_5);
		template_effect(() => {
			if (select_1_value !== (select_1_value = workspace().filters.etablissementId ?? "")) select_1.value = (select_1.__value = select_1_value) ?? "", select_option(select_1, select_1_value);
			if (select_2_value !== (select_2_value = workspace().filters.decision ?? "")) select_2.value = (select_2.__value = select_2_value) ?? "", select_option(select_2, select_2_value);
			set_attribute(button_7, "aria-expanded", get(explaining));
			button_8.disabled = workspace().loading;
			button_9.disabled = workspace().loading;
			button_10.disabled = workspace().loading;
			button_11.disabled = workspace().loading;
			button_12.disabled = !get(sheetUnit) || workspace().loading;
			button_13.disabled = !get(sheetUnit) || workspace().loading;
			classes = set_class(div_8, 1, "marks-layout svelte-k2wnjy", null, classes, { explaining: get(explaining) });
		});
		bind_value(input, () => workspace().filters.search, ($$value) => workspace().filters.search = $$value);
		delegated("change", select_1, onEtablissementFilter);
		delegated("change", select_2, onDecisionFilter);
		delegated("click", button_7, () => set(explaining, !get(explaining)));
		delegated("click", button_8, () => (set(exportMenu, false), exportResults()));
		delegated("click", button_9, () => (set(exportMenu, false), exportXlsx("results")));
		delegated("click", button_10, () => (set(exportMenu, false), exportSession()));
		delegated("click", button_11, () => (set(exportMenu, false), exportXlsx("session")));
		bind_select_value(select_3, () => get(sheetUnit), ($$value) => set(sheetUnit, $$value));
		delegated("click", button_12, exportUnitSheet);
		delegated("click", button_13, () => exportXlsx("unit"));
		bind_property("open", "toggle", details_1, ($$value) => set(exportMenu, $$value), () => get(exportMenu));
		delegated("keydown", div_8, onMarksKey);
		append($$anchor, div_5);
	};
	var consequent_7 = ($$anchor) => {
		var div_10 = root_7();
		template_effect(() => {
			set_attribute(div_10, "id", `panel-${get(tab) ?? ""}`);
			set_attribute(div_10, "aria-labelledby", `tab-${get(tab) ?? ""}`);
		});
		append($$anchor, div_10);
	};
	var consequent_8 = ($$anchor) => {
		var div_11 = root_8();
		var node_17 = child(div_11);
		await_block(node_17, () => onDemand.candidats(), null, ($$anchor, $$source) => {
			var $$value = user_derived(() => {
				var { default: CandidatesGrid } = get($$source);
				return { CandidatesGrid };
			});
			var CandidatesGrid = user_derived(() => get($$value).CandidatesGrid);
			var fragment_7 = comment();
			var node_18 = first_child(fragment_7);
			component(node_18, () => get(CandidatesGrid), ($$anchor, CandidatesGrid_1) => {
				CandidatesGrid_1($$anchor, {
					get workspace() {
						return workspace();
					},
					onpaste: importPasted
				});
			});
			append($$anchor, fragment_7);
		});
		reset(div_11);
		append($$anchor, div_11);
	};
	var consequent_9 = ($$anchor) => {
		var div_12 = root_9();
		var node_19 = child(div_12);
		await_block(node_19, () => views.grilles(), null, ($$anchor, $$source) => {
			var $$value = user_derived(() => {
				var { default: EvaluationsView } = get($$source);
				return { EvaluationsView };
			});
			var EvaluationsView = user_derived(() => get($$value).EvaluationsView);
			var fragment_8 = comment();
			var node_20 = first_child(fragment_8);
			component(node_20, () => get(EvaluationsView), ($$anchor, EvaluationsView_1) => {
				EvaluationsView_1($$anchor, { get workspace() {
					return workspace();
				} });
			});
			append($$anchor, fragment_8);
		});
		reset(div_12);
		append($$anchor, div_12);
	};
	var consequent_10 = ($$anchor) => {
		var div_13 = root_10();
		var node_21 = child(div_13);
		await_block(node_21, () => views.livret(), null, ($$anchor, $$source) => {
			var $$value = user_derived(() => {
				var { default: LivretView } = get($$source);
				return { LivretView };
			});
			var LivretView = user_derived(() => get($$value).LivretView);
			var fragment_9 = comment();
			var node_22 = first_child(fragment_9);
			component(node_22, () => get(LivretView), ($$anchor, LivretView_1) => {
				LivretView_1($$anchor, { get workspace() {
					return workspace();
				} });
			});
			append($$anchor, fragment_9);
		});
		reset(div_13);
		append($$anchor, div_13);
	};
	var consequent_11 = ($$anchor) => {
		var div_14 = root_11();
		var node_23 = child(div_14);
		await_block(node_23, () => views.conformite(), null, ($$anchor, $$source) => {
			var $$value = user_derived(() => {
				var { default: ConformityView } = get($$source);
				return { ConformityView };
			});
			var ConformityView = user_derived(() => get($$value).ConformityView);
			var fragment_10 = comment();
			var node_24 = first_child(fragment_10);
			component(node_24, () => get(ConformityView), ($$anchor, ConformityView_1) => {
				ConformityView_1($$anchor, { get workspace() {
					return workspace();
				} });
			});
			append($$anchor, fragment_10);
		});
		reset(div_14);
		append($$anchor, div_14);
	};
	var consequent_12 = ($$anchor) => {
		var div_15 = root_12();
		var node_25 = child(div_15);
		await_block(node_25, () => onDemand.etablissements(), null, ($$anchor, $$source) => {
			var $$value = user_derived(() => {
				var { default: EtablissementsGrid } = get($$source);
				return { EtablissementsGrid };
			});
			var EtablissementsGrid = user_derived(() => get($$value).EtablissementsGrid);
			var fragment_11 = comment();
			var node_26 = first_child(fragment_11);
			component(node_26, () => get(EtablissementsGrid), ($$anchor, EtablissementsGrid_1) => {
				EtablissementsGrid_1($$anchor, { get workspace() {
					return workspace();
				} });
			});
			append($$anchor, fragment_11);
		});
		reset(div_15);
		append($$anchor, div_15);
	};
	var consequent_14 = ($$anchor) => {
		var div_16 = root_13();
		var node_27 = child(div_16);
		await_block(node_27, () => views.jury(), null, ($$anchor, $$source) => {
			var $$value = user_derived(() => {
				var { default: JuryView } = get($$source);
				return { JuryView };
			});
			var JuryView = user_derived(() => get($$value).JuryView);
			var fragment_12 = comment();
			var node_28 = first_child(fragment_12);
			var consequent_13 = ($$anchor) => {
				var fragment_13 = comment();
				var node_29 = first_child(fragment_13);
				component(node_29, () => get(JuryView), ($$anchor, JuryView_1) => {
					JuryView_1($$anchor, {
						get workspace() {
							return workspace();
						},
						get jury() {
							return jury.current;
						}
					});
				});
				append($$anchor, fragment_13);
			};
			if_block(node_28, ($$render) => {
				if (jury.current) $$render(consequent_13);
			});
			append($$anchor, fragment_12);
		});
		reset(div_16);
		append($$anchor, div_16);
	};
	var consequent_16 = ($$anchor) => {
		var div_17 = root_14();
		var node_30 = child(div_17);
		await_block(node_30, () => views.controle(), null, ($$anchor, $$source) => {
			var $$value = user_derived(() => {
				var { default: ControleView } = get($$source);
				return { ControleView };
			});
			var ControleView = user_derived(() => get($$value).ControleView);
			var fragment_14 = comment();
			var node_31 = first_child(fragment_14);
			var consequent_15 = ($$anchor) => {
				var fragment_15 = comment();
				var node_32 = first_child(fragment_15);
				component(node_32, () => get(ControleView), ($$anchor, ControleView_1) => {
					ControleView_1($$anchor, {
						get workspace() {
							return workspace();
						},
						get jury() {
							return jury.current;
						}
					});
				});
				append($$anchor, fragment_15);
			};
			if_block(node_31, ($$render) => {
				if (jury.current) $$render(consequent_15);
			});
			append($$anchor, fragment_14);
		});
		reset(div_17);
		append($$anchor, div_17);
	};
	var consequent_18 = ($$anchor) => {
		var div_18 = root_15();
		var node_33 = child(div_18);
		await_block(node_33, () => views.journal(), null, ($$anchor, $$source) => {
			var $$value = user_derived(() => {
				var { default: AuditView } = get($$source);
				return { AuditView };
			});
			var AuditView = user_derived(() => get($$value).AuditView);
			var fragment_16 = comment();
			var node_34 = first_child(fragment_16);
			var consequent_17 = ($$anchor) => {
				var fragment_17 = comment();
				var node_35 = first_child(fragment_17);
				component(node_35, () => get(AuditView), ($$anchor, AuditView_1) => {
					AuditView_1($$anchor, {
						get workspace() {
							return workspace();
						},
						get jury() {
							return jury.current;
						}
					});
				});
				append($$anchor, fragment_17);
			};
			if_block(node_34, ($$render) => {
				if (jury.current) $$render(consequent_17);
			});
			append($$anchor, fragment_16);
		});
		reset(div_18);
		append($$anchor, div_18);
	};
	var consequent_19 = ($$anchor) => {
		var div_19 = root_16();
		var node_36 = child(div_19);
		await_block(node_36, () => views.sauvegarde(), null, ($$anchor, $$source) => {
			var $$value = user_derived(() => {
				var { default: BackupView } = get($$source);
				return { BackupView };
			});
			var BackupView = user_derived(() => get($$value).BackupView);
			var fragment_18 = comment();
			var node_37 = first_child(fragment_18);
			component(node_37, () => get(BackupView), ($$anchor, BackupView_1) => {
				BackupView_1($$anchor, { get workspace() {
					return workspace();
				} });
			});
			append($$anchor, fragment_18);
		});
		reset(div_19);
		append($$anchor, div_19);
	};
	var consequent_20 = ($$anchor) => {
		var div_20 = root_17();
		var node_38 = child(div_20);
		await_block(node_38, () => views.documents(), null, ($$anchor, $$source) => {
			var $$value = user_derived(() => {
				var { default: DocumentsView } = get($$source);
				return { DocumentsView };
			});
			var DocumentsView = user_derived(() => get($$value).DocumentsView);
			var fragment_19 = comment();
			var node_39 = first_child(fragment_19);
			component(node_39, () => get(DocumentsView), ($$anchor, DocumentsView_1) => {
				DocumentsView_1($$anchor, {
					get workspace() {
						return workspace();
					},
					get regulation() {
						return $$props.regulation;
					}
				});
			});
			append($$anchor, fragment_19);
		});
		reset(div_20);
		append($$anchor, div_20);
	};
	if_block(node_7, ($$render) => {
		if (get(tab) === "notes") $$render(consequent_6);
		else if (workspace().loading) $$render(consequent_7, 1);
		else if (get(tab) === "candidats") $$render(consequent_8, 2);
		else if (get(tab) === "grilles") $$render(consequent_9, 3);
		else if (get(tab) === "livret") $$render(consequent_10, 4);
		else if (get(tab) === "conformite") $$render(consequent_11, 5);
		else if (get(tab) === "etablissements") $$render(consequent_12, 6);
		else if (get(tab) === "jury") $$render(consequent_14, 7);
		else if (get(tab) === "controle") $$render(consequent_16, 8);
		else if (get(tab) === "journal") $$render(consequent_18, 9);
		else if (get(tab) === "sauvegarde") $$render(consequent_19, 10);
		else if (get(tab) === "documents") $$render(consequent_20, 11);
	});
	reset(div);
	var node_40 = sibling(div, 2);
	var consequent_21 = ($$anchor) => {
		var fragment_20 = comment();
		var node_41 = first_child(fragment_20);
		await_block(node_41, () => onDemand.regulationDialog(), null, ($$anchor, $$source) => {
			var $$value = user_derived(() => {
				var { default: RegulationDialog } = get($$source);
				return { RegulationDialog };
			});
			var RegulationDialog = user_derived(() => get($$value).RegulationDialog);
			var fragment_21 = comment();
			var node_42 = first_child(fragment_21);
			component(node_42, () => get(RegulationDialog), ($$anchor, RegulationDialog_1) => {
				RegulationDialog_1($$anchor, {
					get workspace() {
						return workspace();
					},
					get open() {
						return get(editingRegulation);
					},
					set open($$value) {
						set(editingRegulation, $$value, true);
					}
				});
			});
			append($$anchor, fragment_21);
		});
		append($$anchor, fragment_20);
	};
	if_block(node_40, ($$render) => {
		if (get(regulationDialogLoaded)) $$render(consequent_21);
	});
	var node_43 = sibling(node_40, 2);
	var consequent_22 = ($$anchor) => {
		var fragment_22 = comment();
		var node_44 = first_child(fragment_22);
		await_block(node_44, () => onDemand.sessionDialog(), null, ($$anchor, $$source) => {
			var $$value = user_derived(() => {
				var { default: SessionDialog } = get($$source);
				return { SessionDialog };
			});
			var SessionDialog = user_derived(() => get($$value).SessionDialog);
			var fragment_23 = comment();
			var node_45 = first_child(fragment_23);
			component(node_45, () => get(SessionDialog), ($$anchor, SessionDialog_1) => {
				SessionDialog_1($$anchor, {
					get workspace() {
						return workspace();
					},
					get open() {
						return get(creating);
					},
					set open($$value) {
						set(creating, $$value, true);
					}
				});
			});
			append($$anchor, fragment_23);
		});
		append($$anchor, fragment_22);
	};
	if_block(node_43, ($$render) => {
		if (get(sessionDialogLoaded)) $$render(consequent_22);
	});
	var node_46 = sibling(node_43, 2);
	{
		let $0 = user_derived(() => `Supprimer la session « ${workspace().session?.name ?? ""} », ses établissements, ses ${workspace().candidates.length} candidats et toutes leurs notes ? Cette suppression est définitive.`);
		ConfirmDialog(node_46, {
			title: "Supprimer la session",
			get message() {
				return get($0);
			},
			confirmLabel: "Supprimer définitivement",
			onconfirm: () => workspace().deleteOpenSession(),
			get open() {
				return get(confirmingDelete);
			},
			set open($$value) {
				set(confirmingDelete, $$value, true);
			}
		});
	}
	template_effect(() => {
		if (select_value !== (select_value = workspace().openSessionId ?? "")) select.value = (select.__value = select_value) ?? "", select_option(select, select_value);
		set_attribute(button_4, "aria-expanded", get(importing));
		button_4.disabled = workspace().loading;
		set_attribute(button_4, "title", workspace().loading ? "Disponible quand la session est chargée" : void 0);
	});
	delegated("change", select, (e) => workspace().openSession(Number(e.currentTarget.value)));
	delegated("click", button, () => (set(creating, set(sessionDialogLoaded, true), true), set(sessionMenu, false)));
	delegated("click", button_1, () => (set(sessionMenu, false), workspace().loadExample()));
	delegated("click", button_2, () => (set(sessionMenu, false), set(editingRegulation, set(regulationDialogLoaded, true), true)));
	delegated("click", button_3, () => (set(sessionMenu, false), set(confirmingDelete, true)));
	bind_property("open", "toggle", details, ($$value) => set(sessionMenu, $$value), () => get(sessionMenu));
	delegated("click", button_4, () => (set(pasted, void 0), set(importing, !get(importing))));
	append($$anchor, fragment);
	pop();
}
delegate([
	"change",
	"click",
	"keydown"
]);
export { WorkspaceView as default };
