const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./xlsx-export-MA3Xvn5S.js","./download-61WZdJOK.js","./preload-helper-CALLvQDj.js"])))=>i.map(i=>d[i]);
import { A as append, C as each, E as if_block, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, P as props_id, Q as state, Y as sibling, Z as set, c as bind_value, d as set_attribute, et as user_derived, h as init_select, k as set_text, m as bind_select_value, nt as pop, ot as reset, rt as push, u as remove_input_defaults, v as set_class, z as get } from "./disclose-version-DzsNc0kE.js";
import { r as filterAudit, t as useJury } from "./jury.svelte-i4VcooCb.js";
import { r as writeCsv } from "./csv-ViKb-jGC.js";
import { n as downloadText, r as safeFileName } from "./download-61WZdJOK.js";
import { t as __vitePreload } from "./preload-helper-CALLvQDj.js";
// src/io/audit-csv.ts
var AUDIT_COLUMNS = [
	"Quand",
	"Qui",
	"Numéro",
	"Candidat",
	"Épreuve",
	"Avant",
	"Après",
	"Motif"
];
/** What the Épreuve column says for a change of phase. */
var PHASE_LABEL = "Phase de la délibération";
/**
* `2025-06-27T08:05:00.000Z` → `27/06/2025 10:05` in the given time zone (default: the computer's).
* An unreadable date is written as it is stored.
*/
function formatAuditTime(iso, timeZone) {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	const parts = new Intl.DateTimeFormat("fr-FR", {
		timeZone,
		year: "numeric",
		month: "2-digit",
		day: "2-digit",
		hour: "2-digit",
		minute: "2-digit",
		hourCycle: "h23"
	}).formatToParts(date);
	const part = (type) => parts.find((p) => p.type === type)?.value ?? "";
	return `${part("day")}/${part("month")}/${part("year")} ${part("hour")}:${part("minute")}`;
}
function auditCells(entry, timeZone) {
	return [
		formatAuditTime(entry.at, timeZone),
		entry.who,
		entry.numero,
		entry.name,
		entry.kind === "phase" ? PHASE_LABEL : entry.unit,
		entry.before,
		entry.after,
		entry.reason
	];
}
/** The audit trail as CSV text (BOM, `;`, CRLF; text cells formula-escaped by writeCsv). */
function writeAuditCsv(entries, options = {}) {
	return writeCsv(auditTable(entries, options));
}
/** The audit trail as a table (header first): the CSV and the .xlsx export write it. */
function auditTable(entries, options = {}) {
	const table = [[...AUDIT_COLUMNS]];
	for (const entry of entries) table.push(auditCells(entry, options.timeZone));
	return table;
}
// src/ui/jury/AuditView.svelte
var root = from_html(`<option> </option>`);
var root_1 = from_html(`<p class="hint svelte-1gmwdct">Rien au journal : les modifications de notes y sont inscrites dès que la délibération est ouverte.</p>`);
var root_2 = from_html(`<tr><td class="when svelte-1gmwdct"><time> </time></td><td class="svelte-1gmwdct"> </td><td class="svelte-1gmwdct"> </td><td class="svelte-1gmwdct"> </td><td class="svelte-1gmwdct"> </td><td class="svelte-1gmwdct"> </td><td class="svelte-1gmwdct"> </td></tr>`);
var root_3 = from_html(`<table class="data svelte-1gmwdct"><caption class="visually-hidden">Journal de la délibération, le plus récent en premier</caption><thead><tr><th scope="col" class="svelte-1gmwdct">Quand</th><th scope="col" class="svelte-1gmwdct">Qui</th><th scope="col" class="svelte-1gmwdct">Candidat</th><th scope="col" class="svelte-1gmwdct">Épreuve</th><th scope="col" class="svelte-1gmwdct">Avant</th><th scope="col" class="svelte-1gmwdct">Après</th><th scope="col" class="svelte-1gmwdct">Motif</th></tr></thead><tbody></tbody></table>`);
var root_4 = from_html(`<section class="audit-view svelte-1gmwdct"><h2 class="svelte-1gmwdct">Journal de la délibération</h2> <div class="toolbar svelte-1gmwdct"><label class="svelte-1gmwdct"><span>Candidat</span> <input type="search" placeholder="Nom ou numéro"/></label> <label class="svelte-1gmwdct"><span>Épreuve</span> <select><option>Toutes</option><option> </option><!></select></label> <label class="svelte-1gmwdct"><span>Membre du jury</span> <select><option>Tous</option><!></select></label> <button type="button">Exporter le journal (CSV)</button> <button type="button" aria-label="Exporter le journal (.xlsx)">(.xlsx)</button></div> <p class="count svelte-1gmwdct" aria-live="polite"> </p> <!></section>`);
function AuditView($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	const juryRef = useJury(() => $$props.workspace, () => $$props.jury);
	const jury = user_derived(() => juryRef.current);
	const entries = user_derived(() => get(jury)?.audit ?? []);
	const PHASES = "__phase";
	let search = state("");
	let unit = state("");
	let who = state("");
	const units = user_derived(() => [...new Set(get(entries).filter((e) => e.kind === "note").map((e) => e.unit))].sort());
	const members = user_derived(() => [...new Set(get(entries).map((e) => e.who))].sort((a, b) => a.localeCompare(b, "fr")));
	const filter = user_derived(() => ({
		search: get(search),
		who: get(who),
		...get(unit) === PHASES ? { kind: "phase" } : { unit: get(unit) }
	}));
	const shown = user_derived(() => filterAudit(get(entries), get(filter)));
	const newestFirst = user_derived(() => [...get(shown)].reverse());
	function exportCsv() {
		const name = $$props.workspace.session?.name ?? "session";
		downloadText(`${safeFileName(`journal-deliberation-${name}`)}.csv`, writeAuditCsv(get(shown)));
	}
	async function exportXlsx() {
		const name = $$props.workspace.session?.name ?? "session";
		const { downloadXlsx } = await __vitePreload(async () => {
			const { downloadXlsx } = await import("./xlsx-export-MA3Xvn5S.js");
			return { downloadXlsx };
		}, __vite__mapDeps([0,1,2]), import.meta.url);
		await downloadXlsx(`${safeFileName(`journal-deliberation-${name}`)}.xlsx`, auditTable(get(shown)), "Journal");
	}
	var section = root_4();
	var h2 = child(section);
	var div = sibling(h2, 2);
	var label = child(div);
	var input = sibling(child(label), 2);
	remove_input_defaults(input);
	reset(label);
	var label_1 = sibling(label, 2);
	var select = sibling(child(label_1), 2);
	var option = child(select);
	option.value = option.__value = "";
	var option_1 = sibling(option);
	var text = only_child(option_1, true);
	option_1.value = option_1.__value = PHASES;
	var node = sibling(option_1);
	each(node, 16, () => get(units), (u) => u, ($$anchor, u) => {
		var option_2 = root();
		var text_1 = only_child(option_2, true);
		var option_2_value = {};
		template_effect(() => {
			set_text(text_1, u);
			if (option_2_value !== (option_2_value = u)) option_2.value = (option_2.__value = option_2_value) ?? "";
		});
		append($$anchor, option_2);
	});
	reset(select);
	init_select(select);
	reset(label_1);
	var label_2 = sibling(label_1, 2);
	var select_1 = sibling(child(label_2), 2);
	var option_3 = child(select_1);
	option_3.value = option_3.__value = "";
	var node_1 = sibling(option_3);
	each(node_1, 16, () => get(members), (m) => m, ($$anchor, m) => {
		var option_4 = root();
		var text_2 = only_child(option_4, true);
		var option_4_value = {};
		template_effect(() => {
			set_text(text_2, m);
			if (option_4_value !== (option_4_value = m)) option_4.value = (option_4.__value = option_4_value) ?? "";
		});
		append($$anchor, option_4);
	});
	reset(select_1);
	init_select(select_1);
	reset(label_2);
	var button = sibling(label_2, 2);
	var button_1 = sibling(button, 2);
	reset(div);
	var p = sibling(div, 2);
	var text_3 = only_child(p, true);
	var node_2 = sibling(p, 2);
	var consequent = ($$anchor) => {
		var p_1 = root_1();
		append($$anchor, p_1);
	};
	var alternate = ($$anchor) => {
		var table = root_3();
		var tbody = sibling(child(table), 2);
		each(tbody, 21, () => get(newestFirst), (e) => e.id, ($$anchor, e) => {
			var tr = root_2();
			let classes;
			var td = child(tr);
			var time = child(td);
			var text_4 = only_child(time, true);
			reset(td);
			var td_1 = sibling(td);
			var text_5 = only_child(td_1, true);
			var td_2 = sibling(td_1);
			var text_6 = only_child(td_2, true);
			var td_3 = sibling(td_2);
			var text_7 = only_child(td_3, true);
			var td_4 = sibling(td_3);
			var text_8 = only_child(td_4, true);
			var td_5 = sibling(td_4);
			var text_9 = only_child(td_5, true);
			var td_6 = sibling(td_5);
			var text_10 = only_child(td_6, true);
			reset(tr);
			template_effect(($0) => {
				classes = set_class(tr, 1, "svelte-1gmwdct", null, classes, { phase: get(e).kind === "phase" });
				set_attribute(time, "datetime", get(e).at);
				set_text(text_4, $0);
				set_text(text_5, get(e).who);
				set_text(text_6, get(e).kind === "phase" ? "" : `${get(e).numero} ${get(e).name}`);
				set_text(text_7, get(e).kind === "phase" ? PHASE_LABEL : get(e).unit);
				set_text(text_8, get(e).before);
				set_text(text_9, get(e).after);
				set_text(text_10, get(e).reason);
			}, [() => formatAuditTime(get(e).at)]);
			append($$anchor, tr);
		});
		reset(tbody);
		reset(table);
		append($$anchor, table);
	};
	if_block(node_2, ($$render) => {
		if (get(entries).length === 0) $$render(consequent);
		else $$render(alternate, -1);
	});
	reset(section);
	template_effect(() => {
		set_attribute(section, "aria-labelledby", `${uid}-title`);
		set_attribute(h2, "id", `${uid}-title`);
		set_text(text, PHASE_LABEL);
		button.disabled = get(shown).length === 0;
		button_1.disabled = get(shown).length === 0;
		set_text(text_3, get(shown).length === get(entries).length ? `${get(entries).length} entrée${get(entries).length > 1 ? "s" : ""}` : `${get(shown).length} entrées affichées sur ${get(entries).length}`);
	});
	bind_value(input, () => get(search), ($$value) => set(search, $$value));
	bind_select_value(select, () => get(unit), ($$value) => set(unit, $$value));
	bind_select_value(select_1, () => get(who), ($$value) => set(who, $$value));
	delegated("click", button, exportCsv);
	delegated("click", button_1, exportXlsx);
	append($$anchor, section);
	pop();
}
delegate(["click"]);
export { AuditView as default };
