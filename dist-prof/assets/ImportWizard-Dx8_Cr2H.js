const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./xlsx-export-MA3Xvn5S.js","./download-61WZdJOK.js","./preload-helper-CALLvQDj.js"])))=>i.map(i=>d[i]);
import { A as append, C as each, E as if_block, F as text, H as template_effect, I as delegate, J as only_child, K as child, L as delegated, M as from_html, P as props_id, Q as state, R as event, U as user_effect, V as untrack, X as proxy, Y as sibling, Z as set, a as bind_this, at as next, ct as to_array, d as set_attribute, et as user_derived, g as select_option, h as init_select, it as snapshot, j as comment, k as set_text, m as bind_select_value, n as onMount, nt as pop, o as bind_checked, ot as reset, p as set_value, q as first_child, rt as push, s as bind_group, st as noop, u as remove_input_defaults, v as set_class, w as index, z as get } from "./disclose-version-DzsNc0kE.js";
import { n as readCsv, r as writeCsv, t as detectDelimiter } from "./csv-ViKb-jGC.js";
import { i as planRowConformity, n as importFields, r as conformityFields, t as autoMap } from "./fields-UMAQitue.js";
import { a as numeroWithoutZeros, i as isNumeroPending, r as identityKey, t as NUMERO_PENDING_LABEL } from "./numero-lCn5603m.js";
import { i as PERIOD_LABELS, n as LIVRET_AVIS, o as applyLivretChanges, s as emptyLivret, t as AVIS_LABELS } from "./livret-PcoQAaJt.js";
import { c as formatLivretAverage, u as parseLivretMark } from "./livret-stats-hc6XJB1X.js";
import { n as normalizeHeader } from "./headers-DmUZuWP7.js";
import { a as formatUnitList, c as parseEtablissementType, d as parseUnitList, f as unitKeys, i as formatOptionalUnits, l as parseFormOverrides, n as formatBirthDate, o as parseBenefices, r as formatFormOverrides, s as parseBirthDate, t as formatBenefices, u as parseStatut } from "./cells-DxylALqc.js";
import { a as parseOptionalUnits, n as findUnit } from "./regulation-CUY09-RS.js";
import { i as STATUT_LABELS, t as CONTROLE_PREFIX } from "./session-D2Rp9qN2.js";
import { a as mixedSeparatorMessage, i as checkTableShape, o as raggedRowMessage, r as checkFileSize, t as HEADER_ONLY_MESSAGE } from "./file-check-Dc5zDjQx.js";
import { n as checkName, r as checkText, t as TEXT_MAX_LENGTH } from "./text-gjivuZnp.js";
import { n as beneficeProblem, o as checkUai, t as beneficeLockProblem } from "./checks-CTzZ-No0.js";
import { a as parseControleMark, c as unregisteredOptionalMessage, o as parseMark, r as formatMark, t as EMPTY } from "./marks-B5B9zhMh.js";
import { n as downloadText, r as safeFileName } from "./download-61WZdJOK.js";
import { i as parseWorkbook, n as loadXlsx, t as WorkbookError } from "./workbook-pFU-4uMH.js";
import { i as presets } from "./presets-Cf2HfyzO.js";
import { t as __vitePreload } from "./preload-helper-CALLvQDj.js";
// src/io/import/livret.ts
/**
* Import of the livret scolaire's marks (annexe 3) from a school software export: one row per student,
* columns per subject × semester. Such exports often have two header rows — the subject on the first
* (written once over a merged cell, so only above its first column), the semester on the second
* (`S1`, `Sem 2`, `1er semestre`, `S3`…) — and abbreviated subject names (`CGE`, `LV1`, `CEJM`…).
* The two rows are combined into one column name per column (`CGE S1`), which the mapping step maps to
* a (subject, semester) field, with suggestions from the subjects' abbreviations.
*
* Students are matched to candidates by candidate number when the file has one; otherwise by nom, prénom
* and date de naissance together (school software does not know exam numbers). Never by position, and
* an import never creates a candidate. Pure and total: every problem is an error of its row.
*/
var IDENTITY_KEYS = [
	"numero",
	"nom",
	"prenom",
	"date_naissance"
];
/** `livret.cge.a1s1`, `livret.cge.appreciation`. */
var markFieldKey = (subject, period) => `livret.${subject}.${period}`;
var appreciationFieldKey = (subject) => `livret.${subject}.appreciation`;
/** The subject and what a `livret.…` key feeds, or null for another key. */
function parseFieldKey(key) {
	const match = /^livret\.([^.]+)\.(a1s1|a1s2|a2s1|a2s2|appreciation)$/.exec(key);
	return match ? {
		subject: match[1],
		what: match[2]
	} : null;
}
/** Identity (to find the candidate), the avis, PIX and observations, and every subject × semester and appréciation. */
function livretImportFields(regulation, template) {
	const identity = importFields(regulation).filter((f) => IDENTITY_KEYS.includes(f.key)).map((f) => ({
		key: f.key,
		label: f.label,
		synonyms: f.synonyms,
		group: "identite"
	}));
	const general = [
		{
			key: "avis",
			label: "Avis du conseil de classe",
			synonyms: [
				"Avis",
				"Avis conseil de classe",
				"Avis du conseil",
				"Avis CC",
				"Avis pour l’examen"
			],
			group: "livret"
		},
		{
			key: "pix",
			label: "Certification PIX",
			synonyms: [
				"PIX",
				"Certification de compétences numériques",
				"Compétences numériques"
			],
			group: "livret"
		},
		{
			key: "observations",
			label: "Observations",
			synonyms: [
				"Observation",
				"Obs",
				"Observations éventuelles",
				"Remarques"
			],
			group: "livret"
		}
	];
	const subjects = template.subjects.flatMap((subject) => [...[
		"a1s1",
		"a1s2",
		"a2s1",
		"a2s2"
	].map((period) => ({
		key: markFieldKey(subject.id, period),
		label: `${subject.short} — ${PERIOD_LABELS[period]}`,
		synonyms: [],
		group: "matiere",
		subject
	})), {
		key: appreciationFieldKey(subject.id),
		label: `${subject.short} — appréciation`,
		synonyms: [],
		group: "matiere",
		subject
	}]);
	return [
		...identity,
		...general,
		...subjects
	];
}
/** Why a mapping cannot give a plan (empty when it can), in French. */
function livretMappingProblems(mapping, fields) {
	const problems = [];
	const has = (key) => mapping.includes(key);
	if (!has("numero") && !(has("nom") && has("prenom") && has("date_naissance"))) problems.push("Choisissez la colonne du numéro de candidat, ou à défaut les trois colonnes nom, prénom et date de naissance (les élèves sont reconnus ainsi, jamais par leur position).");
	const known = new Map(fields.map((f) => [f.key, f]));
	const columns = /* @__PURE__ */ new Map();
	mapping.forEach((key, index) => {
		if (key !== null) columns.set(key, [...columns.get(key) ?? [], index + 1]);
	});
	for (const [key, numbers] of columns) {
		const field = known.get(key);
		if (!field) problems.push(`Colonne ${numbers.join(", ")} : champ inconnu « ${key} ».`);
		else if (numbers.length > 1) problems.push(`« ${field.label} » est choisi pour plusieurs colonnes (${numbers.join(" et ")}) : gardez-en une.`);
	}
	if (![...columns.keys()].some((k) => k.startsWith("livret.") || k === "avis" || k === "pix" || k === "observations")) problems.push("Aucune colonne de note, d’appréciation ou d’avis n’est choisie.");
	return problems;
}
/** Lower case, no accents, words of letters and digits separated by one space: `1ère Sem.` → `1ere sem`. */
function words(text) {
	return text.toLowerCase().replace(/œ/g, "oe").normalize("NFD").replace(/\p{M}/gu, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
var SEMESTER_PATTERNS = [/\b(?:s|sem|semestre)\s?([1-4])\b/, /\b([1-4])\s?(?:er|re|ere|e|eme|nd|nde)?\s?(?:s|sem|semestre)\b/];
var YEAR_PATTERNS = [/\b([12])\s?(?:er|re|ere|e|eme|nd|nde)?\s?(?:a|an|annee)\b/, /\b(?:a|an|annee|bts)\s?([12])\b/];
var APPRECIATION = /\b(?:app|appr|apprec|appreciations?|commentaires?)\b/;
var AVERAGE = /\b(?:moy|moyenne|moyennes|annuelle|annuel|mg)\b/;
function readHeaderPeriod(text) {
	let rest = ` ${words(text)} `;
	const take = (patterns) => {
		for (const pattern of patterns) {
			const match = pattern.exec(rest);
			if (match) {
				rest = rest.replace(match[0], " ");
				return Number(match[1]);
			}
		}
		return null;
	};
	const semester = take(SEMESTER_PATTERNS);
	const year = take(YEAR_PATTERNS);
	const appreciation = APPRECIATION.test(rest);
	if (appreciation) rest = rest.replace(APPRECIATION, " ");
	const average = AVERAGE.test(rest);
	if (average) rest = rest.replace(AVERAGE, " ");
	return {
		semester,
		year,
		appreciation,
		average,
		rest: rest.replace(/\s+/g, " ").trim()
	};
}
/** True when a cell of a header's second row names a period (`S1`, `Sem 2`, `Moy`, `Appréciation`…). */
function isPeriodCell(text) {
	const p = readHeaderPeriod(text);
	return (p.semester !== null || p.appreciation || p.average || p.year !== null) && p.rest === "";
}
/**
* One name per column from the header row(s). With two rows, a cell of the second row that names a period
* takes the subject written above it or, when that cell is empty (merged cell), the last subject written
* to its left: `CGE | (vide)` over `S1 | S2` gives `CGE S1`, `CGE S2`.
*/
function combineHeaderRows(records, headerIndex, headerRows) {
	const top = records[headerIndex]?.cells ?? [];
	if (headerRows === 1) return top.map((c) => c.trim());
	const bottom = records[headerIndex + 1]?.cells ?? [];
	const names = [];
	let carried = "";
	for (let i = 0; i < Math.max(top.length, bottom.length); i++) {
		const above = (top[i] ?? "").trim();
		const below = (bottom[i] ?? "").trim();
		const periodBelow = below !== "" && isPeriodCell(below);
		if (above !== "") carried = periodBelow || below === "" ? above : "";
		const subject = above !== "" ? above : periodBelow ? carried : "";
		names.push([subject, below].filter((t) => t !== "").join(" "));
	}
	return names;
}
/** How many header rows a file seems to have from `headerIndex`: 2 when the next row names periods. */
function detectHeaderRows(records, headerIndex) {
	return (records[headerIndex + 1]?.cells ?? []).filter((c) => c.trim() !== "" && isPeriodCell(c)).length >= 2 ? 2 : 1;
}
/**
* The subject a header's text names, from the subjects' labels and abbreviations: the whole text, a word
* of it, or its beginning; the longest spelling wins (`Langue vivante facultative` over `Langue vivante`).
*/
function matchSubject(text, subjects) {
	const wanted = words(text);
	if (wanted === "") return null;
	const compact = wanted.replace(/ /g, "");
	const tokens = new Set(wanted.split(" "));
	let best = null;
	for (const subject of subjects) for (const spelling of [
		subject.label,
		subject.chartLabel,
		subject.short,
		...subject.abbreviations
	]) {
		const w = words(spelling);
		const c = w.replace(/ /g, "");
		if (c === "") continue;
		let score = 0;
		if (c === compact) score = 1e3 + c.length;
		else if (!w.includes(" ") && tokens.has(w)) score = 100 + c.length;
		else if (c.length >= 6 && compact.startsWith(c)) score = c.length;
		if (score > 0 && (!best || score > best.score)) best = {
			subject,
			score
		};
	}
	return best?.subject ?? null;
}
/** Suggested field of each column, from its (combined) name; the first column to name a field wins. */
function livretAutoMap(header, regulation, template, options) {
	const fields = livretImportFields(regulation, template);
	const byName = /* @__PURE__ */ new Map();
	for (const f of fields) {
		if (f.group === "matiere") continue;
		for (const name of [
			f.key,
			f.label,
			...f.synonyms
		]) {
			const n = normalizeHeader(name);
			if (n && !byName.has(n)) byName.set(n, f.key);
		}
	}
	const read = header.map(readHeaderPeriod);
	const fourSemesters = read.some((p) => p.semester === 3 || p.semester === 4);
	const taken = /* @__PURE__ */ new Set();
	return header.map((text, i) => {
		let key = byName.get(normalizeHeader(text)) ?? null;
		if (key === null) {
			const p = read[i];
			const subject = p.rest === "" ? null : matchSubject(p.rest, template.subjects);
			if (subject && p.appreciation) key = appreciationFieldKey(subject.id);
			else if (subject && p.semester !== null && !p.average) {
				const year = p.semester > 2 ? 2 : p.year ?? (fourSemesters ? 1 : options.year);
				const half = p.semester % 2 === 1 ? 1 : 2;
				key = markFieldKey(subject.id, `a${year}s${half}`);
			}
		}
		if (key === null || taken.has(key)) return null;
		taken.add(key);
		return key;
	});
}
/** The first of the first 10 records that names at least two fields (an identity one among them), or 0. */
function detectLivretHeader(records, regulation, template) {
	for (let i = 0; i < Math.min(records.length, 10); i++) {
		const rows = detectHeaderRows(records, i);
		const keys = livretAutoMap(combineHeaderRows(records, i, rows), regulation, template, { year: 2 }).filter((k) => k !== null);
		if (keys.length >= 2 && keys.some((k) => IDENTITY_KEYS.includes(k))) return i;
	}
	return 0;
}
/** What school software writes where a semester has no mark: read as an empty cell. */
var NO_MARK = /* @__PURE__ */ new Set([
	"",
	"nn",
	"nonnote",
	"nnote",
	"abs",
	"absent",
	"absente",
	"disp",
	"dispense",
	"dispensee",
	"ne",
	"nonevalue"
]);
/** A mark cell: a number 0–20 (`12,5`, `12.5`), or null for an empty cell or `-`, `NN`, `Abs`, `Disp`. */
function parseLivretCell(raw) {
	const text = raw.trim();
	if (text === "-" || text === "—" || NO_MARK.has(normalizeHeader(text))) return {
		ok: true,
		value: null
	};
	const parsed = parseLivretMark(text);
	if (parsed.ok) return parsed;
	return {
		ok: false,
		error: `${parsed.error} (une note de 0 à 20, ou une cellule vide si le semestre n'a pas de note)`
	};
}
var AVIS_SYNONYMS = {
	tf: "tres_favorable",
	tresfavorable: "tres_favorable",
	tresfav: "tres_favorable",
	f: "favorable",
	fav: "favorable",
	favorable: "favorable",
	dfp: "doit_faire_ses_preuves",
	dfpe: "doit_faire_ses_preuves",
	doitfairesespreuves: "doit_faire_ses_preuves",
	doitfairesespreuvesalexamen: "doit_faire_ses_preuves",
	doitfaireespreuves: "doit_faire_ses_preuves"
};
function parseAvis(raw) {
	const wanted = normalizeHeader(raw);
	if (wanted === "") return {
		ok: true,
		value: null
	};
	const found = AVIS_SYNONYMS[wanted] ?? LIVRET_AVIS.find((a) => normalizeHeader(AVIS_LABELS[a]) === wanted);
	if (found) return {
		ok: true,
		value: found
	};
	return {
		ok: false,
		error: `avis « ${raw.trim()} » inconnu (possibles : Très favorable ou TF, Favorable ou F, Doit faire ses preuves ou DFP)`
	};
}
var YES = /* @__PURE__ */ new Set([
	"oui",
	"o",
	"x",
	"1",
	"vrai",
	"true",
	"yes",
	"acquis",
	"acquise",
	"certifie",
	"certifiee",
	"obtenu",
	"obtenue"
]);
var NO = /* @__PURE__ */ new Set([
	"non",
	"n",
	"0",
	"faux",
	"false",
	"no",
	"nonacquis",
	"nonacquise",
	"nonobtenu"
]);
function parsePix(raw) {
	const wanted = normalizeHeader(raw);
	if (wanted === "") return {
		ok: true,
		value: null
	};
	if (YES.has(wanted)) return {
		ok: true,
		value: true
	};
	if (NO.has(wanted)) return {
		ok: true,
		value: false
	};
	return {
		ok: false,
		error: `certification PIX « ${raw.trim()} » : oui ou non attendu`
	};
}
var showMark = (hundredths) => hundredths === void 0 ? "" : formatLivretAverage({
	points: hundredths * 100,
	divisor: 100
});
/** `Le nom…` → `le nom…`, no final period: messages are shown after `colonne X : `. */
function asRowMessage$1(message) {
	const text = message.replace(/\.$/, "");
	return /^\p{Lu}[\p{Ll}']/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
var personKey = (nom, prenom, date) => `${normalizeHeader(nom)}\u0000${normalizeHeader(prenom)}\u0000${date ?? ""}`;
/**
* The file compared with the session's livrets, row by row: the preview shows the rows, and applying
* writes exactly `writes`. `header` is the combined column names (combineHeaderRows); the data starts
* after the header row(s).
*/
function buildLivretPlan(source, headerRows, header, mapping, context, emptyCells = "keep") {
	const plan = {
		rows: [],
		counts: {
			new: 0,
			updated: 0,
			unchanged: 0,
			error: 0
		},
		emptyCells,
		writes: []
	};
	const fields = livretImportFields(context.regulation, context.template);
	const fieldByKey = new Map(fields.map((f) => [f.key, f]));
	const records = source.records.slice(source.headerIndex + headerRows);
	const add = (row) => {
		plan.rows.push(row);
		plan.counts[row.status]++;
	};
	const problems = livretMappingProblems(mapping, fields);
	const column = /* @__PURE__ */ new Map();
	mapping.forEach((key, index) => {
		if (key !== null && !column.has(key)) column.set(key, index);
	});
	const cellOf = (record, key) => {
		const index = column.get(key);
		return index === void 0 ? void 0 : record.cells[index] ?? "";
	};
	if (problems.length > 0) {
		for (const record of records) {
			const text = (key) => (cellOf(record, key) ?? "").trim();
			add({
				line: record.line,
				numero: text("numero"),
				name: `${text("nom")} ${text("prenom")}`.trim(),
				status: "error",
				changes: [],
				errors: problems.map((message) => ({
					line: record.line,
					column: null,
					message
				})),
				cells: record.cells
			});
		}
		return plan;
	}
	const byNumero = /* @__PURE__ */ new Map();
	const byShortNumero = /* @__PURE__ */ new Map();
	const byPerson = /* @__PURE__ */ new Map();
	for (const c of context.candidates) {
		byNumero.set(c.numero, c);
		const short = numeroWithoutZeros(c.numero);
		if (short !== null) byShortNumero.set(short, [...byShortNumero.get(short) ?? [], c]);
		const key = personKey(c.nom, c.prenom, c.dateNaissance);
		byPerson.set(key, [...byPerson.get(key) ?? [], c]);
	}
	const stored = new Map(context.livrets.map((l) => [l.candidateId, l]));
	const lineOfCandidate = /* @__PURE__ */ new Map();
	const dataKeys = [...column.keys()].filter((k) => !IDENTITY_KEYS.includes(k));
	const heading = (key) => header[column.get(key) ?? -1]?.trim() || (fieldByKey.get(key)?.label ?? key);
	for (const record of records) {
		const line = record.line;
		const errors = [];
		const error = (key, message) => errors.push({
			line,
			column: key === null ? null : heading(key),
			message: asRowMessage$1(message)
		});
		const text = (key) => (cellOf(record, key) ?? "").trim();
		let candidate;
		if (column.has("numero")) {
			const numero = text("numero");
			const short = numeroWithoutZeros(numero);
			const close = short === null ? [] : byShortNumero.get(short) ?? [];
			candidate = byNumero.get(numero) ?? (close.length === 1 ? close[0] : void 0);
			if (!numero) error("numero", "numéro de candidat manquant");
			else if (!candidate) error("numero", `numéro « ${numero} » inconnu dans cette session (l'import du livret ne crée pas de candidat)`);
		} else {
			const nom = text("nom");
			const prenom = text("prenom");
			const date = parseBirthDate(text("date_naissance"));
			if (!nom || !prenom) error(nom ? "prenom" : "nom", "nom et prénom sont nécessaires pour reconnaître l’élève");
			else if (!date.ok) error("date_naissance", date.error);
			else if (date.value === null) error("date_naissance", "date de naissance manquante : elle est nécessaire pour reconnaître l’élève sans numéro");
			else {
				const found = byPerson.get(personKey(nom, prenom, date.value)) ?? [];
				const who = `« ${nom} ${prenom} » né(e) le ${formatBirthDate(date.value)}`;
				if (found.length === 0) error("nom", `aucun candidat ${who} dans cette session (l'import du livret ne crée pas de candidat)`);
				else if (found.length > 1) error("nom", `plusieurs candidats ${who} : ajoutez la colonne du numéro de candidat`);
				else candidate = found[0];
			}
		}
		if (candidate) {
			const first = lineOfCandidate.get(candidate.id);
			if (first !== void 0) error(column.has("numero") ? "numero" : "nom", `le candidat ${candidate.numero} est déjà dans le fichier ligne ${first}`);
			else lineOfCandidate.set(candidate.id, line);
		}
		const before = candidate ? stored.get(candidate.id) ?? null : null;
		const current = before ?? emptyLivret(context.sessionId, candidate?.id ?? 0);
		const changes = [];
		const shown = [];
		const show = (key, was, now) => shown.push({
			field: key,
			label: heading(key),
			before: was,
			after: now
		});
		for (const key of dataKeys) {
			const cell = text(key);
			const target = parseFieldKey(key);
			if (target && target.what !== "appreciation") {
				const period = target.what;
				const parsed = parseLivretCell(cell);
				if (!parsed.ok) {
					error(key, parsed.error);
					continue;
				}
				const was = current.subjects[target.subject]?.marks[period];
				const value = parsed.value ?? (emptyCells === "clear" ? null : was);
				if (value === was || value === null && was === void 0) continue;
				changes.push({
					kind: "mark",
					subject: target.subject,
					period,
					value: value ?? null
				});
				show(key, showMark(was), showMark(value ?? void 0));
			} else if (target) {
				const was = current.subjects[target.subject]?.appreciation ?? "";
				const now = cell === "" && emptyCells === "keep" ? was : cell;
				if (now === was) continue;
				changes.push({
					kind: "appreciation",
					subject: target.subject,
					text: now
				});
				show(key, was, now);
			} else if (key === "avis") {
				const parsed = parseAvis(cell);
				if (!parsed.ok) {
					error(key, parsed.error);
					continue;
				}
				const now = parsed.value ?? (emptyCells === "clear" ? null : current.avis);
				if (now === current.avis) continue;
				changes.push({
					kind: "avis",
					value: now
				});
				show(key, current.avis ? AVIS_LABELS[current.avis] : "", now ? AVIS_LABELS[now] : "");
			} else if (key === "pix") {
				const parsed = parsePix(cell);
				if (!parsed.ok) {
					error(key, parsed.error);
					continue;
				}
				const now = parsed.value ?? (emptyCells === "clear" ? false : current.pix);
				if (now === current.pix) continue;
				changes.push({
					kind: "pix",
					value: now
				});
				show(key, current.pix ? "oui" : "non", now ? "oui" : "non");
			} else if (key === "observations") {
				const now = cell === "" && emptyCells === "keep" ? current.observations : cell;
				if (now === current.observations) continue;
				changes.push({
					kind: "observations",
					text: now
				});
				show(key, current.observations, now);
			}
		}
		const status = errors.length > 0 ? "error" : changes.length === 0 ? "unchanged" : before ? "updated" : "new";
		const name = candidate ? `${candidate.nom} ${candidate.prenom}`.trim() : `${text("nom")} ${text("prenom")}`.trim();
		add({
			line,
			numero: candidate?.numero ?? text("numero"),
			name,
			status,
			changes: shown,
			errors,
			cells: record.cells
		});
		if (status === "error" || changes.length === 0 || !candidate) continue;
		plan.writes.push({
			line,
			candidateId: candidate.id,
			before,
			after: applyLivretChanges(current, changes)
		});
	}
	return plan;
}
// src/io/file-kind.ts
var WORKBOOK_LABELS = {
	xlsx: "un classeur Excel (.xlsx)",
	xls: "un classeur Excel 97-2003 (.xls)",
	ods: "un classeur LibreOffice / OpenOffice (.ods)"
};
var workbook = (format) => ({
	kind: "workbook",
	format,
	label: WORKBOOK_LABELS[format]
});
var startsWith$1 = (bytes, prefix) => prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
/** Latin-1 view of the first bytes (enough to find the names of a zip's first entries). */
function head(bytes, length) {
	let text = "";
	for (let i = 0; i < Math.min(length, bytes.length); i++) text += String.fromCharCode(bytes[i]);
	return text;
}
/** Names stored in a zip's local headers and central directory (at its end): enough to tell its kind. */
function zipText(bytes) {
	const tail = bytes.length > 65536 ? bytes.subarray(bytes.length - 65536) : bytes;
	return head(bytes, 4096) + head(tail, tail.length);
}
/**
* Text when its bytes look like text: no NUL byte (except UTF-16's, one byte in two) and almost no control
* character. UTF-16 with or without BOM counts as text (decoding it is the CSV reader's business).
*/
function looksLikeText(bytes) {
	const sample = bytes.subarray(0, 8192);
	if (sample.length === 0) return true;
	const nul = [0, 0];
	let control = 0;
	for (let i = 0; i < sample.length; i++) {
		const b = sample[i];
		if (b === 0) nul[i % 2]++;
		else if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 26 && b !== 27) control++;
	}
	const half = sample.length / 2;
	if (nul[0] > .3 * half && nul[1] < .02 * half || nul[1] > .3 * half && nul[0] < .02 * half) return control < .01 * sample.length;
	return nul[0] + nul[1] === 0 && control <= Math.max(2, .01 * sample.length);
}
function fileKind(bytes) {
	if (startsWith$1(bytes, [
		80,
		75,
		3,
		4
	]) || startsWith$1(bytes, [
		80,
		75,
		5,
		6
	])) {
		const names = zipText(bytes);
		if (names.includes("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")) return workbook("ods");
		if (names.includes("xl/workbook.xml") || names.includes("xl/workbook.bin")) return workbook("xlsx");
		if (names.includes("word/")) return {
			kind: "binary",
			label: "un document Word (.docx)"
		};
		if (names.includes("ppt/")) return {
			kind: "binary",
			label: "une présentation PowerPoint (.pptx)"
		};
		if (names.includes("mimetypeapplication/vnd.oasis.opendocument.text")) return {
			kind: "binary",
			label: "un document texte LibreOffice (.odt)"
		};
		return {
			kind: "binary",
			label: "une archive compressée (.zip)"
		};
	}
	if (startsWith$1(bytes, [
		208,
		207,
		17,
		224,
		161,
		177,
		26,
		225
	])) return workbook("xls");
	if (startsWith$1(bytes, [
		37,
		80,
		68,
		70
	])) return {
		kind: "binary",
		label: "un document PDF"
	};
	if (startsWith$1(bytes, [
		137,
		80,
		78,
		71
	]) || startsWith$1(bytes, [
		255,
		216,
		255
	]) || startsWith$1(bytes, [
		71,
		73,
		70,
		56
	])) return {
		kind: "binary",
		label: "une image"
	};
	const start = head(bytes, 2048).replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart();
	if (start.startsWith("<?xml") && start.includes("opendocument:xmlns:office")) return workbook("ods");
	if (start.startsWith("<?xml") && start.includes("urn:schemas-microsoft-com:office:spreadsheet")) return workbook("xls");
	return looksLikeText(bytes) ? { kind: "text" } : {
		kind: "binary",
		label: "un fichier binaire (ni du texte, ni un classeur)"
	};
}
/** What to do with a file that is no table: one French sentence, for the wizard and the CLI. */
function binaryFileMessage(label) {
	return `ce fichier n'est pas un tableau de notes : c'est ${label}. Importez un fichier CSV (texte), ou un classeur .xlsx, .xls ou .ods : dans Excel ou LibreOffice, « Enregistrer sous » puis « CSV (séparateur : point-virgule) » ou « Classeur Excel (.xlsx) ».`;
}
// src/io/import/etablissements.ts
/**
* Finds the établissement a row names, among the session's or those the import creates.
* By UAI when the row gives one (the name is then not compared), else by name (case-, accent- and
* spacing-insensitive). An unknown one is created only when the row gives its name and type.
*/
var norm = (text) => normalizeHeader(text);
function etablissementLabel(e) {
	return e.uai ? `${e.name} (${e.uai})` : e.name;
}
var EtablissementResolver = class {
	/** The établissements to create, in the order of the first row that uses each. */
	created = [];
	createdIndex = /* @__PURE__ */ new Map();
	/** First description of each établissement to create, by key (`uai:…` or `nom:…`), rows in error included. */
	described = /* @__PURE__ */ new Map();
	describedByName = /* @__PURE__ */ new Map();
	byUai = /* @__PURE__ */ new Map();
	byName = /* @__PURE__ */ new Map();
	constructor(existing) {
		for (const e of existing) {
			if (e.uai) this.byUai.set(e.uai.toUpperCase(), e);
			const list = this.byName.get(norm(e.name)) ?? [];
			list.push(e);
			this.byName.set(norm(e.name), list);
		}
	}
	resolve(cells, line) {
		const name = cells.nom ?? "";
		if (!cells.uai && !name) {
			if (cells.ville || cells.type) return {
				kind: "error",
				field: "etablissement_nom",
				message: "établissement : indiquez son code UAI ou son nom"
			};
			return { kind: "none" };
		}
		let uai = "";
		let key;
		if (cells.uai) {
			const checked = checkUai(cells.uai);
			if (!checked.ok) return {
				kind: "error",
				field: "etablissement_uai",
				message: checked.error
			};
			uai = checked.value;
			const found = this.byUai.get(uai);
			if (found) return {
				kind: "existing",
				etablissement: found
			};
			key = `uai:${uai}`;
		} else {
			const found = this.byName.get(norm(name)) ?? [];
			if (found.length === 1) return {
				kind: "existing",
				etablissement: found[0]
			};
			if (found.length > 1) return {
				kind: "error",
				field: "etablissement_nom",
				message: `plusieurs établissements s'appellent « ${name} » : indiquez leur code UAI`
			};
			key = this.describedByName.get(norm(name)) ?? `nom:${norm(name)}`;
		}
		const seen = this.described.get(key);
		if (seen) return this.sameAs(seen, key, cells);
		if (!name || !cells.type) return {
			kind: "error",
			field: uai ? "etablissement_uai" : "etablissement_nom",
			message: `établissement inconnu : « ${uai || name} » (pour le créer, donnez son nom et son type)`
		};
		const type = parseEtablissementType(cells.type);
		if (!type.ok) return {
			kind: "error",
			field: "etablissement_type",
			message: type.error
		};
		const data = {
			uai,
			name,
			city: cells.ville ?? "",
			type: type.value
		};
		this.described.set(key, {
			data,
			line
		});
		if (!this.describedByName.has(norm(name))) this.describedByName.set(norm(name), key);
		return {
			kind: "new",
			key,
			data
		};
	}
	/** A later row naming an établissement to create must not describe it differently. */
	sameAs(seen, key, cells) {
		const type = cells.type ? parseEtablissementType(cells.type) : null;
		if (cells.nom && norm(cells.nom) !== norm(seen.data.name) || cells.ville && norm(cells.ville) !== norm(seen.data.city) || type && (!type.ok || type.value !== seen.data.type)) return {
			kind: "error",
			field: key.startsWith("uai:") ? "etablissement_uai" : "etablissement_nom",
			message: `l'établissement « ${etablissementLabel(seen.data)} » est décrit autrement ligne ${seen.line} (nom, ville ou type)`
		};
		return {
			kind: "new",
			key,
			data: seen.data
		};
	}
	/** Called for the rows without error only: an établissement is created when a valid row uses it. */
	commit(resolution, keep) {
		switch (resolution.kind) {
			case "existing": return { id: resolution.etablissement.id };
			case "new": {
				let index = this.createdIndex.get(resolution.key);
				if (index === void 0) {
					index = this.created.push(resolution.data) - 1;
					this.createdIndex.set(resolution.key, index);
				}
				return { newIndex: index };
			}
			default: return keep === null ? null : { id: keep };
		}
	}
};
// src/io/import/plan-marks.ts
/**
* The marks part of a plan row: mark cells, `sous_reserve` and `benefices`, compared with the stored
* records of the candidate. A record is written only if its content changes.
*/
var isEmpty = (cell) => cell.trim() === "";
var keysOf = /* @__PURE__ */ new WeakMap();
function regulationKeys(regulation) {
	let known = keysOf.get(regulation);
	if (!known) {
		const keys = unitKeys(regulation);
		known = {
			keys,
			units: new Map(keys.map((key) => [key, findUnit(regulation, key)]))
		};
		keysOf.set(regulation, known);
	}
	return known;
}
/** Two flag lists gathered in regulation order are equal when their items are (no need to format them). */
var sameList = (a, b) => a.length === b.length && a.every((item, i) => item === b[i]);
var sameYears = (a, b) => a.size === b.size && [...a].every(([key, year]) => b.get(key) === year);
function sameMark(a, b) {
	return a.kind === b.kind && (a.kind !== "number" || b.kind === "number" && a.hundredths === b.hundredths);
}
function sameContent(a, b) {
	if (a === null || b === null) return a === b;
	return sameMark(a.value, b.value) && a.sousReserve === b.sousReserve && (a.benefice?.year ?? null) === (b.benefice?.year ?? null);
}
/**
* Flags: a non-empty `sous_reserve` cell lists every unit sous réserve (the others are not); an empty one
* changes nothing, or clears them all with the 'clear' policy. A `benefices` cell adds or corrects
* bénéfices and never removes one (R8: renouncing is final, it is done in the app).
*/
function planRowMarks(input) {
	const { regulation } = input;
	const sousReserve = readSousReserve(input);
	const benefices = readBenefices(input);
	const result = {
		writes: [],
		changes: []
	};
	const flagsBefore = {
		reserve: [],
		benefices: /* @__PURE__ */ new Map()
	};
	const flagsAfter = {
		reserve: [],
		benefices: /* @__PURE__ */ new Map()
	};
	for (const key of regulationKeys(regulation).keys) {
		const before = input.stored(key);
		const beforeContent = before && {
			value: before.value,
			sousReserve: before.sousReserve,
			benefice: before.benefice
		};
		const after = plannedContent(input, key, beforeContent, sousReserve, benefices);
		if (before?.sousReserve) flagsBefore.reserve.push(key);
		if (before?.benefice) flagsBefore.benefices.set(key, before.benefice.year);
		const kept = after === "error" ? beforeContent : after;
		if (kept?.sousReserve) flagsAfter.reserve.push(key);
		if (kept?.benefice) flagsAfter.benefices.set(key, kept.benefice.year);
		if (after === "error" || sameContent(beforeContent, after)) continue;
		result.writes.push({
			unit: key,
			before,
			after
		});
		const valueBefore = beforeContent?.value ?? EMPTY;
		const valueAfter = after?.value ?? EMPTY;
		if (!sameMark(valueBefore, valueAfter)) result.changes.push({
			field: key,
			label: input.label(key),
			before: formatMark(valueBefore),
			after: formatMark(valueAfter)
		});
	}
	const reserve = sameList(flagsBefore.reserve, flagsAfter.reserve) ? null : [formatUnitList(flagsBefore.reserve, regulation), formatUnitList(flagsAfter.reserve, regulation)];
	if (reserve && reserve[0] !== reserve[1]) result.changes.push({
		field: "sous_reserve",
		label: input.label("sous_reserve"),
		before: reserve[0],
		after: reserve[1]
	});
	const kept = sameYears(flagsBefore.benefices, flagsAfter.benefices) ? null : [formatBenefices(flagsBefore.benefices, regulation), formatBenefices(flagsAfter.benefices, regulation)];
	if (kept && kept[0] !== kept[1]) result.changes.push({
		field: "benefices",
		label: input.label("benefices"),
		before: kept[0],
		after: kept[1]
	});
	return result;
}
/** The units sous réserve after the import, or null to leave the flags as they are. */
function readSousReserve(input) {
	const text = input.cell("sous_reserve");
	if (text === void 0) return null;
	if (isEmpty(text)) return input.emptyCells === "clear" ? /* @__PURE__ */ new Set() : null;
	const parsed = parseUnitList(text, input.regulation);
	if (!parsed.ok) {
		input.error("sous_reserve", parsed.error);
		return null;
	}
	return new Set(parsed.value);
}
function readBenefices(input) {
	const text = input.cell("benefices");
	if (text === void 0 || isEmpty(text)) return /* @__PURE__ */ new Map();
	const parsed = parseBenefices(text, input.regulation);
	if (!parsed.ok) {
		input.error("benefices", parsed.error);
		return /* @__PURE__ */ new Map();
	}
	return parsed.value;
}
/** The content of one unit's record after the import (null: no record), or 'error' (reported). */
function plannedContent(input, key, before, sousReserve, benefices) {
	const controle = key.startsWith(CONTROLE_PREFIX);
	let value = before?.value ?? EMPTY;
	const raw = input.cell(key);
	if (raw !== void 0 && !isEmpty(raw)) {
		const unit = regulationKeys(input.regulation).units.get(key);
		const parsed = unit ? parseMark(raw, unit, input.regulation) : parseControleMark(raw, input.regulation);
		if (!parsed.ok) {
			input.error(key, parsed.error);
			return "error";
		}
		value = parsed.value;
		const refused = unit && !sameMark(value, before?.value ?? EMPTY) ? unregisteredOptionalMessage(unit, value, input.optionalUnits) : null;
		if (refused) {
			input.error(key, refused);
			return "error";
		}
	} else if (raw !== void 0 && input.emptyCells === "clear") value = EMPTY;
	const flagged = sousReserve ? sousReserve.has(key) : before?.sousReserve ?? false;
	let benefice = before?.benefice ?? null;
	const year = benefices.get(key);
	const label = input.label(key);
	if (year !== void 0 && year !== benefice?.year) {
		benefice = { year };
		const problem = beneficeProblem(benefice, {
			label,
			controle
		}, value, input.year);
		if (problem) {
			input.error("benefices", problem);
			return "error";
		}
	} else if (benefice && !sameMark(value, before.value)) {
		const problem = beneficeLockProblem(label, benefice, value);
		if (problem) {
			input.error(key, problem);
			return "error";
		}
	}
	if (value.kind === "empty" && !flagged && benefice === null) return null;
	return {
		value,
		sousReserve: flagged,
		benefice
	};
}
/** At most this many zeros are taken as lost (a number 3 digits shorter is another number). */
var MAX_LOST_ZEROS = 2;
var ALL_DIGITS = /^\d+$/;
function mostCommonLength(numeros) {
	const counts = /* @__PURE__ */ new Map();
	for (const n of numeros) if (ALL_DIGITS.test(n)) counts.set(n.length, (counts.get(n.length) ?? 0) + 1);
	let best = null;
	for (const [length, count] of counts) if (best === null || count > counts.get(best) || count === counts.get(best) && length > best) best = length;
	return best;
}
/**
* The length the all-digit candidate numbers should have: the most common one in the session; else that of
* the file's numbers that kept a leading zero (it only survives in a text cell, so they have their full
* length); else the file's most common one, unless every number of the file is one or two digits short of
* the usual length (then the usual length).
*/
function referenceNumeroLength(sessionNumeros, fileNumeros) {
	const session = mostCommonLength(sessionNumeros);
	if (session !== null) return session;
	const zeroLed = mostCommonLength(fileNumeros.filter((n) => n.length > 1 && n.startsWith("0")));
	if (zeroLed !== null) return zeroLed;
	const file = mostCommonLength(fileNumeros);
	if (file === null) return null;
	const digits = fileNumeros.filter((n) => ALL_DIGITS.test(n));
	return digits.length > 0 && digits.every((n) => n.length < 11 && n.length >= 9) ? 11 : file;
}
/** Below this length, numbers are a school's own numbering (1, 2… 150): their lengths differ for no loss. */
var MIN_REFERENCE_LENGTH = 6;
/** The number with its lost zeros back (`2431000001` → `02431000001`), or null when it does not look truncated. */
function withLostZeros(numero, reference) {
	if (reference === null || reference < MIN_REFERENCE_LENGTH || !ALL_DIGITS.test(numero)) return null;
	const missing = reference - numero.length;
	return missing >= 1 && missing <= MAX_LOST_ZEROS ? "0".repeat(missing) + numero : null;
}
var LOST = /[?\uFFFD]/u;
var escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
* True when `after` is `before` with letters replaced by `?` or U+FFFD (« Nguyễn » → « Nguy?n »): each of them
* stands for one to three non-ASCII characters (a letter and its combining accents).
*/
function lettersLost(before, after) {
	if (before === after || !LOST.test(after) || LOST.test(before)) return false;
	const pattern = [...after.normalize("NFC")].map((ch) => LOST.test(ch) ? "[^\\x00-\\x7F]{1,3}" : escapeRegExp(ch)).join("");
	return new RegExp(`^${pattern}$`, "u").test(before.normalize("NFC"));
}
/** A new text that looks damaged: U+FFFD anywhere, or a `?` right after a letter (« Nguy?n », « Th? »). */
function looksDamaged(text) {
	return text.includes("�") || /\p{L}\?/u.test(text);
}
// src/io/import/plan.ts
/** Why a mapping cannot give a plan (empty when it can), in French, for the wizard and for the rows. */
function mappingProblems(mapping, fields) {
	const problems = [];
	if (!mapping.includes("numero") && !mapping.includes("nom")) problems.push("La colonne du numéro de candidat n'est pas choisie.");
	const known = new Map(fields.map((f) => [f.key, f]));
	const columns = /* @__PURE__ */ new Map();
	mapping.forEach((key, index) => {
		if (key !== null) columns.set(key, [...columns.get(key) ?? [], index + 1]);
	});
	for (const [key, numbers] of columns) {
		const field = known.get(key);
		if (!field && key.startsWith("controle_")) {
			const possible = fields.filter((f) => f.group === "controle").map((f) => f.key.slice(CONTROLE_PREFIX.length));
			problems.push(`Colonne ${numbers.join(", ")} : ${key.slice(CONTROLE_PREFIX.length)} n'est pas une épreuve de contrôle de cette session (possibles : ${possible.join(", ") || "aucune"}).`);
		} else if (!field) problems.push(`Colonne ${numbers.join(", ")} : champ inconnu « ${key} ».`);
		else if (numbers.length > 1) problems.push(`« ${field.label} » est choisi pour plusieurs colonnes (${numbers.join(" et ")}) : gardez-en une.`);
	}
	return problems;
}
/** The candidate fields of the file: key, label, how the value is shown. */
var IDENTITY_SHOWN = [
	{
		key: "nom",
		show: (c) => c.nom
	},
	{
		key: "prenom",
		show: (c) => c.prenom
	},
	{
		key: "date_naissance",
		show: (c) => formatBirthDate(c.dateNaissance)
	},
	{
		key: "statut",
		show: (c) => STATUT_LABELS[c.statut]
	},
	{
		key: "langue_vivante",
		show: (c) => c.langueVivante
	},
	{
		key: "facultatives",
		show: (c, r) => formatOptionalUnits(c.optionalUnits, r)
	},
	{
		key: "formes",
		show: (c, r) => formatFormOverrides(c.formOverrides, r)
	}
];
var NEW_CANDIDATE = {
	nom: "",
	prenom: "",
	dateNaissance: null,
	statut: "scolaire",
	langueVivante: "",
	optionalUnits: [],
	formOverrides: {}
};
/** `2,431E+11`: what Excel writes for a long number it took for a numeric value. */
var EXCEL_SCIENTIFIC = /^\d+(?:[.,]\d+)?E\+\d+$/i;
/** `Le nom…` → `le nom…`, no final period: messages are shown after `colonne X : `. */
function asRowMessage(message) {
	const text = message.replace(/\.$/, "");
	return /^\p{Lu}[\p{Ll}']/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
var Planner = class {
	source;
	snapshot;
	emptyCells;
	options;
	plan;
	regulation;
	fields;
	column = /* @__PURE__ */ new Map();
	byNumero = /* @__PURE__ */ new Map();
	byNumeroWithoutZeros = /* @__PURE__ */ new Map();
	/** Candidates still waiting for their number (« numéro à venir »), by nom + prénom + date de naissance. */
	pendingByIdentity = /* @__PURE__ */ new Map();
	/** The candidates « numéro à venir » already matched by a row (a second row with the same identity is not). */
	claimedPending = /* @__PURE__ */ new Set();
	/** Rows without a number are recognised by nom + prénom, and the date de naissance when both have one (withoutNumero). */
	pendingByName = /* @__PURE__ */ new Map();
	numberedByName = /* @__PURE__ */ new Map();
	linesWithoutNumero = /* @__PURE__ */ new Map();
	marks = /* @__PURE__ */ new Map();
	marksByCandidate = /* @__PURE__ */ new Map();
	conformity;
	etablissements;
	firstLineOf = /* @__PURE__ */ new Map();
	lineOfCandidate = /* @__PURE__ */ new Map();
	/** The length all-digit candidate numbers should have (null: no all-digit number anywhere). */
	numeroLength = null;
	constructor(source, mapping, snapshot, emptyCells, options = {}) {
		this.source = source;
		this.snapshot = snapshot;
		this.emptyCells = emptyCells;
		this.options = options;
		this.regulation = snapshot.regulation;
		this.fields = new Map(importFields(this.regulation).map((f) => [f.key, f]));
		mapping.forEach((key, index) => {
			if (key !== null && !this.column.has(key)) this.column.set(key, index);
		});
		for (const c of snapshot.candidates) {
			const name = nameKey(c);
			if (name !== null) {
				const byName = isNumeroPending(c.numero) ? this.pendingByName : this.numberedByName;
				byName.set(name, [...byName.get(name) ?? [], c]);
			}
			if (isNumeroPending(c.numero)) {
				const key = identityKey(c);
				if (key !== null) this.pendingByIdentity.set(key, [...this.pendingByIdentity.get(key) ?? [], c]);
				continue;
			}
			this.byNumero.set(c.numero, c);
			const short = numeroWithoutZeros(c.numero);
			if (short !== null) this.byNumeroWithoutZeros.set(short, [...this.byNumeroWithoutZeros.get(short) ?? [], c]);
		}
		for (const m of snapshot.marks) {
			this.marks.set(`${m.candidateId}\u0000${m.unit}`, m);
			this.marksByCandidate.set(m.candidateId, [...this.marksByCandidate.get(m.candidateId) ?? [], m]);
		}
		this.conformity = snapshot.conformity ? new Map(snapshot.conformity.map((c) => [c.candidateId, c])) : null;
		this.etablissements = new EtablissementResolver(snapshot.etablissements);
		this.plan = {
			rows: [],
			counts: {
				new: 0,
				updated: 0,
				unchanged: 0,
				error: 0
			},
			emptyCells,
			newEtablissements: this.etablissements.created,
			newCandidates: [],
			candidateUpdates: [],
			markWrites: []
		};
		const conformityKeys = new Set(conformityFields(this.regulation).map((f) => f.key));
		if ([...this.column.keys()].some((k) => conformityKeys.has(k))) this.plan.conformityWrites = [];
	}
	/** Looks at every number of the file once, before the rows: which ones lost their leading zeros. */
	prepare(records) {
		const numeros = records.map((r) => (this.cellOf(r, "numero") ?? "").trim());
		this.numeroLength = referenceNumeroLength(this.snapshot.candidates.map((c) => c.numero), numeros);
	}
	get header() {
		return this.source.records[this.source.headerIndex]?.cells ?? [];
	}
	/** The column of a field as headed in the file (its label when the heading is blank). */
	heading(key) {
		const index = this.column.get(key);
		return (index === void 0 ? "" : (this.header[index] ?? "").trim()) || (this.fields.get(key)?.label ?? key);
	}
	label(key) {
		return this.fields.get(key)?.label ?? key;
	}
	cellOf(record, key) {
		const index = this.column.get(key);
		return index === void 0 ? void 0 : record.cells[index] ?? "";
	}
	/** The stored candidate of a number; else the one whose all-digit number only differs by leading zeros. */
	find(numero) {
		const exact = this.byNumero.get(numero);
		if (exact) return exact;
		const short = numeroWithoutZeros(numero);
		const close = short === null ? [] : this.byNumeroWithoutZeros.get(short) ?? [];
		return close.length === 1 ? close[0] : void 0;
	}
	addRow(row) {
		this.plan.rows.push(row);
		this.plan.counts[row.status]++;
	}
	planRecord(record, readErrors) {
		const line = record.line;
		const errors = readErrors.map((message) => ({
			line,
			column: null,
			message
		}));
		const error = (key, message) => errors.push({
			line,
			column: key === null ? null : this.heading(key),
			message: asRowMessage(message)
		});
		const cell = (key) => this.cellOf(record, key);
		const filled = (key) => {
			const text = cell(key)?.trim();
			return text ? text : void 0;
		};
		let numero = (cell("numero") ?? "").trim();
		const warnings = [];
		const restored = this.byNumero.has(numero) ? null : withLostZeros(numero, this.numeroLength);
		if (restored !== null && this.find(numero)?.numero !== restored) {
			(this.plan.lostZeros ??= {
				lines: [],
				length: this.numeroLength,
				restored: !!this.options.restoreZeros
			}).lines.push(line);
			if (this.options.restoreZeros) {
				warnings.push(`numéro « ${numero} » : zéro de tête rétabli (${restored})`);
				numero = restored;
			} else warnings.push(`numéro « ${numero} » : ${restored.length - numero.length > 1 ? "des zéros de tête semblent perdus" : "un zéro de tête semble perdu"} (${restored} ?)`);
		}
		const unreadable = record.cells.slice(this.header.length).some((c) => c.trim() !== "") ? raggedRowMessage(record.cells.length, this.header.length, this.source.delimiter) : mixedSeparatorMessage(record.cells, this.header.length, this.source.delimiter) ?? (this.isHeaderAgain(record) ? "ligne identique à l'en-tête (fichiers mis bout à bout ?)" : null);
		if (unreadable) {
			error(null, unreadable);
			this.addRow({
				line,
				numero,
				name: "",
				status: "error",
				changes: [],
				errors,
				cells: record.cells
			});
			return;
		}
		let existing = numero ? this.find(numero) : void 0;
		let matched;
		if (numero && !existing && !EXCEL_SCIENTIFIC.test(numero)) {
			matched = this.pendingMatch(cell);
			if (matched) {
				(this.plan.pendingNumeros ??= {
					lines: [],
					accepted: !!this.options.matchPendingNumeros
				}).lines.push(line);
				const who = `${matched.nom} ${matched.prenom}`.trim();
				if (this.options.matchPendingNumeros) {
					existing = matched;
					warnings.push(`${who} (${NUMERO_PENDING_LABEL}) reconnu par nom, prénom et date de naissance : reçoit le numéro ${numero}`);
				} else error("numero", `numéro « ${numero} » inconnu, mais ${who} (${NUMERO_PENDING_LABEL}) a les mêmes nom, prénom et date de naissance : cochez « Donner leur numéro aux candidats reconnus » pour le lui attribuer`);
			}
		}
		if (!numero) {
			const without = this.withoutNumero(cell, line);
			if ("error" in without) error("numero", without.error);
			else if (without.pending) {
				matched = existing = without.pending;
				warnings.push(`${existing.nom} ${existing.prenom} (${NUMERO_PENDING_LABEL}) déjà saisi : sa fiche est complétée`.replace(/\s+/g, " "));
			} else warnings.push(`nouveau candidat sans numéro (${NUMERO_PENDING_LABEL})`);
		} else if (!existing && EXCEL_SCIENTIFIC.test(numero)) error("numero", `numéro « ${numero} » abîmé par Excel (notation scientifique) : mettez la colonne au format Texte et recopiez les numéros`);
		else {
			const first = this.firstLineOf.get(numero);
			const sameCandidate = existing && this.lineOfCandidate.get(existing.id);
			if (first !== void 0) error("numero", `numéro « ${numero} » déjà présent ligne ${first}`);
			else if (sameCandidate !== void 0) error("numero", `le candidat ${existing.numero} est déjà dans le fichier ligne ${sameCandidate}`);
			if (first === void 0) this.firstLineOf.set(numero, line);
			if (existing && sameCandidate === void 0) this.lineOfCandidate.set(existing.id, line);
		}
		const before = existing ?? {
			...NEW_CANDIDATE,
			numero
		};
		const corrects = existing !== void 0 && existing.numero !== numero && numero.length > existing.numero.length;
		const data = {
			...before,
			numero: existing && !corrects ? existing.numero : numero
		};
		for (const [key, prop] of [
			["nom", "nom"],
			["prenom", "prenom"],
			["langue_vivante", "langueVivante"]
		]) {
			const text = filled(key);
			if (text === void 0 || matched && existing === matched && key !== "langue_vivante") continue;
			const checked = key === "langue_vivante" ? checkText(text, "La langue vivante", {
				multiline: true,
				max: TEXT_MAX_LENGTH
			}) : checkName(text, key === "nom" ? "Le nom" : "Le prénom", false);
			if (checked.ok) data[prop] = checked.value;
			else error(key, checked.message);
		}
		const parse = (key, parser, set) => {
			const text = filled(key);
			if (text === void 0) return;
			const parsed = parser(text);
			if (parsed.ok) set(parsed.value);
			else error(key, parsed.error);
		};
		parse("date_naissance", (t) => parseBirthDate(t, this.snapshot.year), (v) => data.dateNaissance = v);
		parse("statut", parseStatut, (v) => data.statut = v);
		parse("facultatives", (t) => parseOptionalUnits(t, this.regulation), (v) => data.optionalUnits = v);
		parse("formes", (t) => parseFormOverrides(t, this.regulation), (v) => data.formOverrides = v);
		if (!existing && !this.column.has("facultatives")) data.optionalUnits = this.regulation.units.filter((u) => u.domain === "optional" && (filled(u.code) ?? "") !== "").map((u) => u.code);
		if (numero && !existing && !matched && data.nom === "") {
			const why = this.column.has("nom") ? "le nom est vide" : "ajoutez les colonnes nom et prénom pour le créer";
			error("numero", `numéro « ${numero} » inconnu dans cette session : ${why}`);
		}
		const damaged = [
			"nom",
			"prenom",
			"langue_vivante"
		].filter((key) => {
			const prop = key === "langue_vivante" ? "langueVivante" : key;
			return existing ? lettersLost(before[prop], data[prop]) : looksDamaged(data[prop]);
		});
		if (damaged.length > 0) {
			(this.plan.encodingLoss ??= {
				lines: [],
				accepted: !!this.options.acceptEncodingLoss
			}).lines.push(line);
			const message = `lettres remplacées par « ? » (${damaged.map((key) => {
				const prop = key === "langue_vivante" ? "langueVivante" : key;
				return existing ? `« ${before[prop]} » → « ${data[prop]} »` : `« ${data[prop]} »`;
			}).join(", ")}) : le fichier a sans doute perdu ses accents à l'enregistrement (CSV Windows-1252)`;
			if (this.options.acceptEncodingLoss) warnings.push(message);
			else error(damaged[0], `${message} ; enregistrez-le en CSV UTF-8 ou en .xlsx, ou cochez « appliquer quand même »`);
		}
		const changes = [];
		if (existing && corrects) changes.push({
			field: "numero",
			label: this.label("numero"),
			before: existing.numero,
			after: data.numero
		});
		for (const { key, show } of IDENTITY_SHOWN) {
			const was = existing ? show(before, this.regulation) : "";
			const now = show(data, this.regulation);
			if (was !== now) changes.push({
				field: key,
				label: this.label(key),
				before: was,
				after: now
			});
		}
		const etablissement = this.etablissements.resolve({
			uai: filled("etablissement_uai"),
			nom: filled("etablissement_nom"),
			ville: filled("etablissement_ville"),
			type: filled("etablissement_type")
		}, line);
		if (etablissement.kind === "error") error(etablissement.field, etablissement.message);
		const etablissementChange = this.etablissementChange(existing ?? null, etablissement);
		if (etablissementChange) changes.push(etablissementChange);
		const candidateChanged = changes.length > 0;
		const rowMarks = planRowMarks({
			regulation: this.regulation,
			year: this.snapshot.year,
			emptyCells: this.emptyCells,
			cell,
			stored: (unit) => existing ? this.marks.get(`${existing.id}\u0000${unit}`) ?? null : null,
			optionalUnits: data.optionalUnits,
			error,
			label: (key) => this.label(key)
		});
		changes.push(...rowMarks.changes);
		const etablissementType = etablissement.kind === "existing" ? etablissement.etablissement.type : etablissement.kind === "new" ? etablissement.data.type : this.snapshot.etablissements.find((e) => e.id === existing?.etablissementId)?.type ?? null;
		const conformity = planRowConformity({
			regulation: this.regulation,
			emptyCells: this.emptyCells,
			cell,
			error,
			label: (key) => this.label(key),
			candidate: data,
			etablissement: etablissementType === null ? null : { type: etablissementType },
			marks: existing ? this.marksByCandidate.get(existing.id) ?? [] : [],
			stored: this.conformity ? existing ? this.conformity.get(existing.id) ?? null : null : void 0,
			depositDeadline: this.snapshot.depositDeadline
		});
		changes.push(...conformity.cellChanges);
		for (const write of rowMarks.writes) {
			const reasons = conformity.nvAfter.get(write.unit);
			if (reasons && write.after?.value.kind !== "NV") error(write.unit, `dossier non conforme (${reasons.join(" ; ")}) : la note reste NV ; rendez le dossier conforme pour saisir une note`);
		}
		const status = errors.length > 0 ? "error" : !existing ? "new" : changes.length > 0 ? "updated" : "unchanged";
		const name = `${data.nom} ${data.prenom}`.trim();
		this.addRow({
			line,
			numero: data.numero,
			name,
			status,
			changes,
			errors,
			cells: record.cells,
			...warnings.length ? { warnings } : {},
			...matched && existing === matched ? { matchedPending: true } : {}
		});
		if (status === "error") return;
		let target;
		if (!existing) {
			const to = this.etablissements.commit(etablissement, null);
			target = { newIndex: this.plan.newCandidates.push({
				line,
				data,
				etablissement: to
			}) - 1 };
		} else {
			target = { id: existing.id };
			const to = this.etablissements.commit(etablissement, existing.etablissementId);
			if (candidateChanged) {
				const after = {
					...existing,
					...data,
					etablissementId: to && "id" in to ? to.id : null
				};
				const update = {
					line,
					before: existing,
					after,
					...to && "newIndex" in to ? { newEtablissement: to.newIndex } : {}
				};
				this.plan.candidateUpdates.push(update);
			}
		}
		for (const write of rowMarks.writes) this.plan.markWrites.push({
			line,
			candidate: target,
			...write
		});
		if (conformity.changes) {
			const before = this.conformity ? existing ? this.conformity.get(existing.id) ?? null : null : void 0;
			this.plan.conformityWrites?.push({
				line,
				candidate: target,
				changes: conformity.changes,
				...before !== void 0 ? { before } : {}
			});
		}
	}
	/**
	* A row without a number: refused unless the user accepts rows without numbers (createPendingNumeros); then it is
	* the candidate « numéro à venir » entered with the same name (and date de naissance), or a new one. A name that a
	* numbered candidate of the session already has is refused: the file needs its numbers to update that candidate.
	*/
	withoutNumero(cell, line) {
		const parsedDate = parseBirthDate((cell("date_naissance") ?? "").trim(), this.snapshot.year);
		const date = parsedDate.ok ? parsedDate.value : null;
		const nom = (cell("nom") ?? "").trim();
		const prenom = (cell("prenom") ?? "").trim();
		const name = nameKey({
			nom,
			prenom
		});
		if (name === null) return { error: "numéro de candidat manquant" };
		const accepted = !!this.options.createPendingNumeros;
		(this.plan.withoutNumero ??= {
			lines: [],
			accepted
		}).lines.push(line);
		if (!accepted) return { error: `numéro de candidat manquant : cochez « Ajouter les lignes sans numéro (${NUMERO_PENDING_LABEL}) » pour créer ce candidat` };
		const same = (list) => (list ?? []).filter((c) => sameBirth(c.dateNaissance, date));
		const earlier = same(this.linesWithoutNumero.get(name))[0];
		this.linesWithoutNumero.set(name, [...this.linesWithoutNumero.get(name) ?? [], {
			line,
			dateNaissance: date
		}]);
		if (earlier) return { error: `sans numéro, et mêmes nom, prénom et date de naissance que la ligne ${earlier.line}` };
		const numbered = same(this.numberedByName.get(name))[0];
		if (numbered) {
			const who = `${numbered.nom} ${numbered.prenom}`.trim();
			return { error: `déjà dans la session avec le numéro ${numbered.numero} (${who}) : ajoutez la colonne des numéros pour compléter sa fiche` };
		}
		const pending = same(this.pendingByName.get(name));
		if (pending.length > 1) return { error: `plusieurs candidats ${NUMERO_PENDING_LABEL} s'appellent ${nom} ${prenom} : donnez-leur un numéro dans la grille` };
		return { pending: pending[0] ?? null };
	}
	/** The one candidate waiting for their number whose nom + prénom + date de naissance are the row's, not yet matched. */
	pendingMatch(cell) {
		if (this.pendingByIdentity.size === 0) return void 0;
		const date = parseBirthDate((cell("date_naissance") ?? "").trim(), this.snapshot.year);
		const key = identityKey({
			nom: cell("nom") ?? "",
			prenom: cell("prenom") ?? "",
			dateNaissance: date.ok ? date.value : null
		});
		const found = key === null ? [] : this.pendingByIdentity.get(key) ?? [];
		if (found.length !== 1 || this.claimedPending.has(found[0].id)) return void 0;
		this.claimedPending.add(found[0].id);
		return found[0];
	}
	etablissementChange(existing, resolution) {
		if (resolution.kind === "none" || resolution.kind === "error") return null;
		const currentId = existing?.etablissementId ?? null;
		if (resolution.kind === "existing" && resolution.etablissement.id === currentId) return null;
		const current = this.snapshot.etablissements.find((e) => e.id === currentId);
		const after = resolution.kind === "existing" ? etablissementLabel(resolution.etablissement) : `${etablissementLabel(resolution.data)} (nouvel établissement)`;
		return {
			field: this.column.has("etablissement_uai") ? "etablissement_uai" : "etablissement_nom",
			label: "Établissement",
			before: current ? etablissementLabel(current) : "",
			after
		};
	}
	#normalizedHeader = null;
	isHeaderAgain(record) {
		const header = this.#normalizedHeader ??= this.header.map((h) => normalizeHeader(h));
		return record.cells.length <= header.length && header.every((h, i) => h === normalizeHeader(record.cells[i] ?? ""));
	}
	/** Every row in error with the same messages: the mapping itself is wrong. */
	refuseAll(records, problems) {
		for (const record of records) {
			const text = (key) => (this.cellOf(record, key) ?? "").trim();
			this.addRow({
				line: record.line,
				numero: text("numero"),
				name: `${text("nom")} ${text("prenom")}`.trim(),
				status: "error",
				changes: [],
				errors: problems.map((message) => ({
					line: record.line,
					column: null,
					message
				})),
				cells: record.cells
			});
		}
	}
};
function buildPlan(source, mapping, snapshot, emptyCells = "keep", options = {}) {
	const planner = new Planner(source, mapping, snapshot, emptyCells, options);
	const records = source.records.slice(source.headerIndex + 1);
	const problems = mappingProblems(mapping, importFields(snapshot.regulation));
	if (problems.length > 0) {
		planner.refuseAll(records, problems);
		return planner.plan;
	}
	planner.prepare(records);
	records.forEach((record, n) => {
		const end = records[n + 1]?.line ?? Number.POSITIVE_INFINITY;
		const readErrors = source.readErrors.filter((e) => e.line >= record.line && e.line < end).map((e) => e.message);
		planner.planRecord(record, readErrors);
	});
	return planner.plan;
}
/** Nom + prénom compared as identityKey does (without case, accents or extra spaces); null without a nom. */
function nameKey(c) {
	if (c.nom.trim() === "") return null;
	return identityKey({
		nom: c.nom,
		prenom: c.prenom.trim() || "-",
		dateNaissance: "-"
	});
}
/** Two birth dates that may be the same person's: equal, or one of them unknown. */
function sameBirth(a, b) {
	return a === null || b === null || a === b;
}
// src/io/decode.ts
var CP1252_80_9F = [
	8364,
	129,
	8218,
	402,
	8222,
	8230,
	8224,
	8225,
	710,
	8240,
	352,
	8249,
	338,
	141,
	381,
	143,
	144,
	8216,
	8217,
	8220,
	8221,
	8226,
	8211,
	8212,
	732,
	8482,
	353,
	8250,
	339,
	157,
	382,
	376
];
var CP1252_TO_UNICODE = /* @__PURE__ */ new Uint16Array(256);
var UNICODE_TO_CP1252 = /* @__PURE__ */ new Map();
for (let b = 0; b < 256; b++) {
	const cp = b >= 128 && b < 160 ? CP1252_80_9F[b - 128] : b;
	CP1252_TO_UNICODE[b] = cp;
	UNICODE_TO_CP1252.set(cp, b);
}
var BOMS = [
	{
		encoding: "utf-8",
		bytes: [
			239,
			187,
			191
		]
	},
	{
		encoding: "utf-16le",
		bytes: [255, 254]
	},
	{
		encoding: "utf-16be",
		bytes: [254, 255]
	}
];
function startsWith(bytes, prefix) {
	return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}
function decodeWindows1252(bytes) {
	const parts = [];
	const CHUNK = 8192;
	for (let start = 0; start < bytes.length; start += CHUNK) {
		const end = Math.min(start + CHUNK, bytes.length);
		const units = new Uint16Array(end - start);
		for (let i = start; i < end; i++) units[i - start] = CP1252_TO_UNICODE[bytes[i]];
		parts.push(String.fromCharCode(...units));
	}
	return parts.join("");
}
function decodeWith(bytes, encoding) {
	switch (encoding) {
		case "windows-1252": return decodeWindows1252(bytes);
		case "utf-16be": {
			const swapped = new Uint8Array(bytes.length);
			for (let i = 0; i + 1 < bytes.length; i += 2) {
				swapped[i] = bytes[i + 1];
				swapped[i + 1] = bytes[i];
			}
			if (bytes.length % 2) swapped[bytes.length - 1] = bytes[bytes.length - 1];
			return new TextDecoder("utf-16le", { ignoreBOM: true }).decode(swapped);
		}
		default: return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
	}
}
/**
* UTF-16 without a byte-order mark (some exports do that): text in Latin letters then has a NUL byte in every
* other position (the high byte), which no UTF-8 or Windows-1252 text has. Looks at the first 4 Ko.
*/
function utf16WithoutBom(bytes) {
	const pairs = Math.min(bytes.length, 4096) >> 1;
	if (pairs < 2) return null;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < pairs; i++) {
		if (bytes[2 * i] === 0) evenZeros++;
		if (bytes[2 * i + 1] === 0) oddZeros++;
	}
	if (oddZeros >= pairs * .4 && evenZeros <= pairs * .05) return "utf-16le";
	if (evenZeros >= pairs * .4 && oddZeros <= pairs * .05) return "utf-16be";
	return null;
}
function decodeBytes(bytes, forced) {
	const bom = BOMS.find((b) => startsWith(bytes, b.bytes) && (!forced || forced === b.encoding));
	if (bom) return {
		text: decodeWith(bytes.subarray(bom.bytes.length), bom.encoding),
		encoding: bom.encoding,
		hadBom: true
	};
	if (forced) return {
		text: decodeWith(bytes, forced),
		encoding: forced,
		hadBom: false
	};
	const utf16 = utf16WithoutBom(bytes);
	if (utf16) return {
		text: decodeWith(bytes, utf16),
		encoding: utf16,
		hadBom: false
	};
	try {
		return {
			text: new TextDecoder("utf-8", {
				fatal: true,
				ignoreBOM: true
			}).decode(bytes),
			encoding: "utf-8",
			hadBom: false
		};
	} catch {
		return {
			text: decodeWindows1252(bytes),
			encoding: "windows-1252",
			hadBom: false
		};
	}
}
// src/io/import/read.ts
/** Step 1 of an import: bytes → records, with the encoding, delimiter and header row detected. */
/** How many records may stand above the header (a title, a date, a blank-looking line…). */
var HEADER_SEARCH = 10;
var allFields;
var knownFields = () => allFields ??= Object.values(presets).flatMap(importFields);
/** The first of the first records whose cells map to at least 2 fields, one of them `numero`; or null. */
function detectHeaderIndex(records, fields = knownFields()) {
	for (let i = 0; i < Math.min(records.length, HEADER_SEARCH); i++) {
		const mapped = autoMap(records[i].cells, fields).filter((k) => k !== null);
		if (mapped.length >= 2 && mapped.includes("numero")) return i;
	}
	return null;
}
function read(text, delimiter, onProgress) {
	const csv = readCsv(text, {
		delimiter,
		onProgress
	});
	const records = csv.header ? [csv.header, ...csv.records] : [];
	return {
		delimiter,
		records,
		errors: csv.errors,
		headerIndex: detectHeaderIndex(records)
	};
}
/** `onProgress`: the fraction of the text parsed so far (the import worker's progress bar). */
function readImportSource(bytes, fileName, options = {}, onProgress) {
	const { text, encoding } = decodeBytes(bytes, options.encoding);
	let result = read(text, options.delimiter ?? detectDelimiter(text), onProgress);
	if (!options.delimiter && result.headerIndex === null) for (const other of [
		";",
		",",
		"	"
	]) {
		if (other === result.delimiter) continue;
		const attempt = read(text, other);
		if (attempt.headerIndex !== null) {
			result = attempt;
			break;
		}
	}
	const last = Math.max(0, result.records.length - 1);
	const forced = options.headerIndex;
	const headerIndex = forced !== void 0 && Number.isInteger(forced) ? Math.min(Math.max(forced, 0), last) : result.headerIndex ?? 0;
	return {
		fileName,
		encoding,
		delimiter: result.delimiter,
		headerIndex,
		records: result.records,
		readErrors: result.errors
	};
}
/**
* Step 1 for a workbook (src/io/workbook.ts): the records of one sheet, by default the first sheet with a
* candidate-number heading (or the first sheet), its header row detected as for a CSV file.
*/
function readWorkbookSource(workbook, fileName, options = {}) {
	const detected = workbook.sheets.map((s) => detectHeaderIndex(s.records));
	let index = options.sheet === void 0 ? -1 : workbook.sheets.findIndex((s) => s.name === options.sheet);
	if (index < 0) index = Math.max(0, detected.findIndex((h) => h !== null));
	const sheet = workbook.sheets[index];
	const last = Math.max(0, sheet.records.length - 1);
	const forced = options.headerIndex;
	return {
		fileName,
		encoding: "utf-8",
		delimiter: ";",
		headerIndex: forced !== void 0 && Number.isInteger(forced) ? Math.min(Math.max(forced, 0), last) : detected[index] ?? 0,
		records: sheet.records,
		readErrors: [],
		workbook: {
			format: workbook.format,
			sheet: sheet.name,
			sheets: workbook.sheets.map((s) => s.name)
		}
	};
}
// src/io/import/work.ts
/** The session's long lists, sent by the page in slices before the request (one message of 400,000 marks would
* freeze the page while it is copied), and how many items per slice. */
var SNAPSHOT_PARTS = {
	candidates: 5e3,
	marks: 2e4,
	conformity: 5e3
};
/** The page's side: the messages that send `snapshot` (its slices, then the session without its long lists). */
function snapshotMessages(snapshot, sizes = SNAPSHOT_PARTS) {
	const parts = [];
	for (const [list, size] of Object.entries(sizes)) {
		const items = snapshot[list] ?? [];
		for (let start = 0; start < items.length; start += size) parts.push({
			kind: "snapshot-part",
			list,
			items: items.slice(start, start + size)
		});
	}
	return {
		parts,
		snapshot: {
			...snapshot,
			candidates: [],
			marks: [],
			...snapshot.conformity ? { conformity: [] } : {}
		}
	};
}
/** How many records of the file come back to the page: the header choice shows the first 10, the mapping 3 samples. */
var HEAD_RECORDS = 10;
var SAMPLE_RECORDS = 3;
/**
* The plan's lists sent in slices, and how many items per slice: each read by the page in a few milliseconds, so
* that no task of the page nears 200 ms even on a loaded machine (slices 2.5 times larger gave tasks of 150 to
* 230 ms while a 20,000-row plan arrived: tests/e2e/import-background.test.ts).
*/
var PLAN_PARTS = {
	rows: 100,
	newCandidates: 1e3,
	candidateUpdates: 500,
	markWrites: 1e3,
	conformityWrites: 1e3,
	/** The livret plan's writes. */
	writes: 500
};
/** Puts back the plan's lists from the `part` messages received before `done` (the page's side of the protocol). */
var PlanAssembler = class {
	#lists = /* @__PURE__ */ new Map();
	add(reply) {
		const key = `${reply.plan}.${reply.list}`;
		const list = this.#lists.get(key) ?? [];
		for (const item of reply.items) list.push(item);
		this.#lists.set(key, list);
	}
	/** The result with its plans' lists filled. */
	finish(result) {
		const finished = { ...result };
		for (const kind of ["plan", "livretPlan"]) {
			const plan = result[kind];
			if (!plan) continue;
			const filled = { ...plan };
			for (const list of Object.keys(PLAN_PARTS)) {
				const items = this.#lists.get(`${kind}.${list}`);
				if (items) filled[list] = items;
			}
			finished[kind] = filled;
		}
		return finished;
	}
};
/** Share of the progress bar: decoding and checking the file, then parsing it, then comparing it with the session. */
var DECODED = 10;
var PARSED = 80;
/** A result with nothing read: the file cannot be read (`fileProblem`). */
var unreadable = (fileProblem) => ({
	fileProblem,
	source: null,
	recordCount: 0,
	header: [],
	mapping: [],
	problems: [],
	plan: null,
	headerRows: 1,
	livretPlan: null
});
/** What the worker keeps between requests. */
var ImportWork = class {
	loadLibrary;
	#file = null;
	#snapshot = null;
	#livret = null;
	/** The file's shape problem, checked once per file ('' when none). */
	#fileProblem = null;
	/** The workbook parsed from the file's bytes, once per file. */
	#workbook = null;
	#read = null;
	/** The session's slices received for the next request. */
	#snapshotParts = /* @__PURE__ */ new Map();
	/** The workbook library, once loaded. */
	#xlsx = null;
	/** The messages waiting for a request that is loading the workbook library (handled in order after it). */
	#queue = null;
	/** `loadLibrary`: how the workbook library is loaded (a dynamic import, a chunk of its own in the app). */
	constructor(loadLibrary = loadXlsx) {
		this.loadLibrary = loadLibrary;
	}
	/**
	* Keeps a slice of the session, or answers a request: progress messages, then `done` or `failed`. Never throws,
	* never rejects. Synchronous, except while the workbook library is loaded (the first request of a workbook): the
	* returned promise then settles once answered, and the messages received meanwhile are handled after it, in order.
	*/
	handle(message, post) {
		if (this.#queue) return this.#enqueue(() => this.#handleNow(message, post));
		const later = this.#handleNow(message, post);
		if (later) return this.#enqueue(() => later);
	}
	#enqueue(step) {
		const queue = (this.#queue ?? Promise.resolve()).then(step);
		this.#queue = queue;
		queue.then(() => {
			if (this.#queue === queue) this.#queue = null;
		});
		return queue;
	}
	#handleNow(message, post) {
		if (message.kind === "snapshot-part") {
			const list = this.#snapshotParts.get(message.list) ?? [];
			for (const item of message.items) list.push(item);
			this.#snapshotParts.set(message.list, list);
			return;
		}
		const request = message;
		const { id } = request;
		let shown = -1;
		const progress = (step, percent) => {
			const rounded = Math.floor(percent);
			if (rounded === shown) return;
			shown = rounded;
			post({
				id,
				kind: "progress",
				step,
				percent: rounded
			});
		};
		const answer = () => {
			try {
				this.#post(id, this.#run(request, progress), post);
			} catch (error) {
				post({
					id,
					kind: "failed",
					message: error instanceof Error ? error.message : String(error)
				});
			}
		};
		try {
			this.#accept(request);
		} catch (error) {
			post({
				id,
				kind: "failed",
				message: error instanceof Error ? error.message : String(error)
			});
			return;
		}
		if (this.#file?.kind === "workbook" && !this.#xlsx && this.#fileProblem === null) {
			progress("classeur", 0);
			return this.loadLibrary().then((xlsx) => {
				this.#xlsx = xlsx;
				answer();
			}, (error) => post({
				id,
				kind: "failed",
				message: error instanceof Error ? error.message : String(error)
			}));
		}
		answer();
	}
	/** Posts the plans' long lists in slices, then `done` with the rest. */
	#post(id, result, post) {
		for (const kind of ["plan", "livretPlan"]) {
			const plan = result[kind];
			if (!plan) continue;
			const rest = { ...plan };
			for (const [list, size] of Object.entries(PLAN_PARTS)) {
				const items = plan[list];
				if (!items) continue;
				for (let start = 0; start < items.length; start += size) post({
					id,
					kind: "part",
					plan: kind,
					list,
					items: items.slice(start, start + size)
				});
				rest[list] = [];
			}
			result[kind] = rest;
		}
		post({
			id,
			kind: "done",
			result
		});
	}
	/** Keeps what the request gives for the next ones: the file, the session, the livret side. */
	#accept(request) {
		if (request.file) {
			this.#file = request.file;
			this.#fileProblem = null;
			this.#workbook = null;
			this.#read = null;
		}
		if (request.snapshot && request.snapshotInParts) {
			const parts = this.#snapshotParts;
			this.#snapshotParts = /* @__PURE__ */ new Map();
			const snapshot = {
				...request.snapshot,
				candidates: [],
				marks: []
			};
			for (const [list, items] of parts) snapshot[list] = items;
			this.#snapshot = snapshot;
		} else if (request.snapshot) this.#snapshot = request.snapshot;
		if (request.livretContext) this.#livret = request.livretContext;
		if (!this.#file || !this.#snapshot) throw new Error("import worker: no file or no session snapshot received");
		if (request.livret && !this.#livret) throw new Error("import worker: no livret context received");
	}
	#run(request, progress) {
		const file = this.#file;
		const snapshot = this.#snapshot;
		progress(file.kind === "workbook" && !this.#workbook ? "classeur" : "lecture", 0);
		const fileProblem = this.#checkFile(file);
		if (fileProblem) return unreadable(fileProblem);
		progress("lecture", DECODED);
		const key = JSON.stringify([
			request.options.encoding,
			request.options.delimiter,
			request.options.headerIndex,
			request.options.sheet
		]);
		if (this.#read?.key !== key) {
			const source = file.kind === "workbook" ? readWorkbookSource(this.#workbook, file.name, request.options) : readImportSource(file.bytes, file.name, request.options, (fraction) => progress("lecture", DECODED + fraction * 70));
			this.#read = {
				key,
				source
			};
		}
		const read = this.#read.source;
		progress("comparaison", PARSED);
		const result = request.livret ? this.#planLivret(read, request, request.livret, snapshot) : this.#plan(read, request, snapshot);
		progress("comparaison", 100);
		return result;
	}
	#plan(read, request, snapshot) {
		const fields = importFields(snapshot.regulation);
		const header = read.records[read.headerIndex]?.cells ?? [];
		const mapping = request.mapping ?? autoMap(header, fields);
		const problems = mappingProblems(mapping, fields);
		const plan = problems.length === 0 ? buildPlan(read, mapping, snapshot, request.emptyCells, request.planOptions) : null;
		return {
			fileProblem: "",
			source: {
				...read,
				records: read.records.slice(0, Math.max(HEAD_RECORDS, read.headerIndex + 1 + SAMPLE_RECORDS))
			},
			recordCount: read.records.length,
			header,
			mapping,
			problems,
			plan,
			headerRows: 1,
			livretPlan: null
		};
	}
	/** The livret mode: the header found among the subjects' names (unless chosen), on one or two rows. */
	#planLivret(source, request, choices, snapshot) {
		const { template, sessionId, records } = this.#livret;
		const { regulation } = snapshot;
		const read = request.options.headerIndex === void 0 ? {
			...source,
			headerIndex: detectLivretHeader(source.records, regulation, template)
		} : source;
		const headerRows = choices.headerRows ?? detectHeaderRows(read.records, read.headerIndex);
		const header = combineHeaderRows(read.records, read.headerIndex, headerRows);
		const mapping = request.mapping ?? livretAutoMap(header, regulation, template, { year: choices.year });
		const problems = livretMappingProblems(mapping, livretImportFields(regulation, template));
		const livretPlan = problems.length === 0 ? buildLivretPlan(read, headerRows, header, mapping, {
			regulation,
			template,
			sessionId,
			candidates: snapshot.candidates,
			livrets: records
		}, request.emptyCells) : null;
		return {
			fileProblem: "",
			source: {
				...read,
				records: read.records.slice(0, Math.max(HEAD_RECORDS, read.headerIndex + headerRows + SAMPLE_RECORDS))
			},
			recordCount: read.records.length,
			header,
			mapping,
			problems,
			plan: null,
			headerRows,
			livretPlan
		};
	}
	/**
	* Empty, a line too long, too many columns or lines: refused before parsing (docs/limites.md). A workbook is
	* parsed here, once: the library bounds the rows it reads and parseWorkbook refuses a sheet over the limits.
	*/
	#checkFile(file) {
		if (this.#fileProblem === null) {
			let problem = "";
			if (file.kind === "text") {
				const { text } = decodeBytes(file.bytes);
				const shape = checkTableShape(text);
				if (shape) problem = `« ${file.name} » : ${shape}`;
			} else try {
				this.#workbook = parseWorkbook(this.#xlsx, file.bytes, file.format);
			} catch (error) {
				const why = error instanceof WorkbookError ? error.message : `classeur illisible (${String(error)})`;
				problem = `« ${file.name} » est ${file.label} : ${why}`;
			}
			this.#fileProblem = problem;
		}
		return this.#fileProblem;
	}
};
// src/ui/import/import-runner.ts
/**
* Runs the import's reading and planning (src/io/import/work.ts) in a Web Worker, so a large file never freezes
* the page; where Workers are unavailable (the jsdom tests), on the main thread after yielding once.
* One runner per file: `cancel()` ends the worker at once (the file is then forgotten).
*/
/** Rejects the requests of a cancelled runner. */
var ImportRunCancelled = class extends Error {
	name = "ImportRunCancelled";
};
var ImportRunner = class {
	file;
	#worker = null;
	#local = null;
	#pending = /* @__PURE__ */ new Map();
	#nextId = 0;
	#fileSent = false;
	#snapshotSent = null;
	#livretSent = null;
	#cancelled = false;
	/** The messages are posted in order, a request after the session's slices it needs. */
	#sending = Promise.resolve();
	constructor(file) {
		this.file = file;
		if (typeof Worker === "undefined") {
			this.#local = new ImportWork();
			return;
		}
		this.#worker = new Worker(new URL(
			/* @vite-ignore */
			new URL("import.worker-BpBNsukq.js", import.meta.url).href,
			"" + import.meta.url
		), {
			type: "module",
			name: "import"
		});
		this.#worker.onmessage = (event) => this.#receive(event.data);
		this.#worker.onerror = (event) => {
			event.preventDefault();
			this.#failAll(new Error(event.message || "le lecteur de fichiers ne démarre pas"));
		};
	}
	/**
	* Reads and plans with these choices; the file, the snapshot and the livret context (livret mode) are sent only
	* when new (the context: when one of its parts is another object).
	*/
	run(request, snapshot, onProgress, livretContext) {
		if (this.#cancelled) return Promise.reject(new ImportRunCancelled());
		const id = ++this.#nextId;
		const message = {
			...request,
			id
		};
		const transfer = [];
		if (!this.#fileSent) {
			message.file = this.file;
			this.#fileSent = true;
			const bytes = this.file.bytes;
			if (this.#worker && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) transfer.push(bytes.buffer);
		}
		const sent = this.#livretSent;
		if (livretContext && (!sent || sent.template !== livretContext.template || sent.sessionId !== livretContext.sessionId || sent.records !== livretContext.records)) {
			message.livretContext = livretContext;
			this.#livretSent = livretContext;
		}
		const newSnapshot = this.#snapshotSent !== snapshot;
		if (newSnapshot) {
			message.snapshot = snapshot;
			this.#snapshotSent = snapshot;
		}
		return new Promise((resolve, reject) => {
			this.#pending.set(id, {
				resolve,
				reject,
				onProgress,
				parts: new PlanAssembler()
			});
			if (this.#worker) {
				const send = async () => {
					if (newSnapshot) {
						const split = snapshotMessages(snapshot);
						for (const part of split.parts) {
							if (!this.#worker) return;
							this.#worker.postMessage(part);
							await new Promise((next) => setTimeout(next, 0));
						}
						message.snapshot = split.snapshot;
						message.snapshotInParts = true;
					}
					this.#worker?.postMessage(message, transfer);
				};
				this.#sending = this.#sending.then(send).catch((error) => this.#failAll(error instanceof Error ? error : new Error(String(error))));
			} else setTimeout(() => {
				if (!this.#cancelled) this.#local.handle(message, (reply) => this.#receive(reply));
			}, 0);
		});
	}
	/** Stops at once: the worker is ended, every request still running is rejected with ImportRunCancelled. */
	cancel() {
		if (this.#cancelled) return;
		this.#cancelled = true;
		this.#worker?.terminate();
		this.#worker = null;
		this.#failAll(new ImportRunCancelled());
	}
	#receive(reply) {
		const pending = this.#pending.get(reply.id);
		if (!pending) return;
		if (reply.kind === "progress") {
			pending.onProgress({
				step: reply.step,
				percent: reply.percent
			});
			return;
		}
		if (reply.kind === "part") {
			pending.parts.add(reply);
			return;
		}
		this.#pending.delete(reply.id);
		if (reply.kind === "done") pending.resolve(pending.parts.finish(reply.result));
		else pending.reject(new Error(reply.message));
	}
	#failAll(error) {
		const pending = [...this.#pending.values()];
		this.#pending.clear();
		for (const p of pending) p.reject(error);
	}
};
// src/ui/import/ImportWizard.svelte
var root = from_html(`<span> </span> <progress max="100" class="svelte-lipxrm"></progress>`, 1);
var root_1 = from_html(`<span> </span> <progress max="100" class="svelte-lipxrm"> </progress>`, 1);
var root_2 = from_html(`<div class="reading svelte-lipxrm"><div class="progress svelte-lipxrm"><!></div> <button type="button">Annuler</button></div>`);
var root_3 = from_html(`<p class="hint svelte-lipxrm">Une ligne par élève, reconnu par son numéro de candidat ou, à défaut, par ses nom, prénom et date de naissance ensemble ; une colonne par matière et
        semestre (notes de 0 à 20, cellule vide : pas de note). Les exports des logiciels de vie scolaire à deux lignes d'en-tête (la matière, puis S1 / S2)
        sont reconnus.</p>`);
var root_4 = from_html(`<p class="hint svelte-lipxrm">Candidats (numéro, nom, prénom, établissement, statut…) et/ou notes (une colonne par épreuve). Les lignes sont reconnues par le numéro de candidat,
        jamais par leur position.</p>`);
var root_5 = from_html(`<p class="errors file-problem svelte-lipxrm" role="alert"> </p>`);
var root_6 = from_html(`<p class="notice svelte-lipxrm" role="status"> </p>`);
var root_7 = from_html(`<option> </option>`);
var root_8 = from_html(`<label class="svelte-lipxrm"><span>Feuille du classeur</span> <select></select></label>`);
var root_9 = from_html(`<label class="svelte-lipxrm"><span>Encodage</span> <select></select></label> <label class="svelte-lipxrm"><span>Séparateur</span> <select></select></label>`, 1);
var root_10 = from_html(`<label class="svelte-lipxrm"><span>Lignes d'en-tête</span> <select><option>une ligne</option><option>deux lignes (matière, puis semestre)</option></select></label> <label class="svelte-lipxrm"><span>Colonnes « S1 » et « S2 » sans année</span> <select><option>1re année</option><option>2e année</option></select></label>`, 1);
var root_11 = from_html(`<p class="hint svelte-lipxrm">Un fichier qui numérote les semestres S1 à S4 donne S1–S2 en 1re année et S3–S4 en 2e année ; les colonnes « Moyenne » sont ignorées (Délib calcule les
        moyennes annuelles).</p>`);
var root_12 = from_html(`<li> </li>`);
var root_13 = from_html(`<ul class="errors svelte-lipxrm" role="alert"></ul>`);
var root_14 = from_html(`<optgroup></optgroup>`);
var root_15 = from_html(`<tr><th scope="row" class="svelte-lipxrm"> </th><td class="sample svelte-lipxrm"> </td><td class="svelte-lipxrm"><select><option>— ignorée —</option><!></select></td></tr>`);
var root_16 = from_html(`<p class="errors svelte-lipxrm" role="alert"> </p>`);
var root_17 = from_html(`<div class="mishap svelte-lipxrm" role="group" aria-label="Zéros de tête perdus"><p class="svelte-lipxrm"> </p> <label><input type="checkbox"/> </label></div>`);
var root_18 = from_html(`<div class="mishap svelte-lipxrm" role="group" aria-label="Perte d'encodage probable"><p class="svelte-lipxrm"> </p> <label><input type="checkbox"/> </label></div>`);
var root_19 = from_html(`<div class="mishap svelte-lipxrm" role="group" aria-label="Candidats « numéro à venir » reconnus"><p class="svelte-lipxrm"> </p> <label><input type="checkbox"/> Donner leur numéro aux candidats reconnus</label></div>`);
var root_20 = from_html(`<div class="mishap svelte-lipxrm" role="group" aria-label="Lignes sans numéro de candidat"><p class="svelte-lipxrm"> </p> <label><input type="checkbox"/> Ajouter les lignes sans numéro (numéro à venir)</label></div>`);
var root_21 = from_html(`<div> </div>`);
var root_22 = from_html(`<div class="warning svelte-lipxrm"> </div>`);
var root_23 = from_html(`<tr><td class="svelte-lipxrm"> </td><td class="svelte-lipxrm"> </td><td class="svelte-lipxrm"> </td><td class="svelte-lipxrm"> </td><td class="svelte-lipxrm"><!> <!></td></tr>`);
var root_24 = from_html(`<p class="hint svelte-lipxrm"> </p>`);
var root_25 = from_html(`<p role="status"> </p>`);
var root_26 = from_html(`<button type="button">Annuler</button>`);
var root_27 = from_html(`<div class="progress svelte-lipxrm"><span> </span> <progress class="svelte-lipxrm"> </progress></div> <!>`, 1);
var root_28 = from_html(`<p> </p>`);
var root_29 = from_html(`<button type="button" class="primary"> </button>`);
var root_30 = from_html(`<button type="button" class="primary">Importer</button>`);
var root_31 = from_html(`<button type="button">Exporter les lignes en erreur (CSV)</button> <button type="button" aria-label="Exporter les lignes en erreur (.xlsx)">(.xlsx)</button>`, 1);
var root_32 = from_html(`<h3 class="svelte-lipxrm">3. Aperçu</h3> <fieldset class="empty-cells svelte-lipxrm"><legend> </legend> <label><input type="radio"/> laissent la note enregistrée en place</label> <label><input type="radio"/> effacent la note enregistrée</label></fieldset> <!> <!> <!> <!> <p class="counts" aria-live="polite"><strong> </strong> : <span class="status-new svelte-lipxrm"> </span>, <span class="status-updated svelte-lipxrm"> </span>, <span> </span>, <span class="status-error svelte-lipxrm"> </span>. <!></p> <label class="filter svelte-lipxrm"><span>Afficher</span> <select><option>toutes les lignes</option><!></select></label>  <div class="preview-scroll svelte-lipxrm" role="region" aria-label="Aperçu ligne par ligne" tabindex="0"><table class="preview svelte-lipxrm"><caption class="visually-hidden">Aperçu de l'import, ligne par ligne</caption><thead><tr><th scope="col" class="svelte-lipxrm">Ligne</th><th scope="col" class="svelte-lipxrm">Numéro</th><th scope="col" class="svelte-lipxrm">Candidat</th><th scope="col" class="svelte-lipxrm">Effet</th><th scope="col" class="svelte-lipxrm">Détail</th></tr></thead><tbody></tbody></table></div> <!> <div class="actions svelte-lipxrm"><!> <!> <!></div>`, 1);
var root_33 = from_html(`<h3 class="svelte-lipxrm"> </h3> <div class="options svelte-lipxrm"><!> <label class="svelte-lipxrm"><span>Ligne d'en-tête</span> <select></select></label> <!></div> <!> <!> <h3 class="svelte-lipxrm">2. Colonnes</h3> <table class="mapping svelte-lipxrm"><caption class="visually-hidden">Correspondance des colonnes du fichier</caption><thead><tr><th scope="col" class="svelte-lipxrm">Colonne du fichier</th><th scope="col" class="svelte-lipxrm">Exemples</th><th scope="col" class="svelte-lipxrm">Champ de Délib</th></tr></thead><tbody></tbody></table> <!> <!> <!>`, 1);
var root_34 = from_html(`<section class="wizard svelte-lipxrm" aria-labelledby="import-title"><div class="title-row svelte-lipxrm"><h2 id="import-title" class="svelte-lipxrm"> </h2> <button type="button">Fermer l'import</button></div> <div role="group" aria-label="Fichier à importer"><label class="svelte-lipxrm"><span>Choisir un fichier CSV (ou le déposer ici) <span class="formats svelte-lipxrm">— ou un classeur Excel (.xlsx, .xls) ou LibreOffice (.ods)</span></span> <input type="file"/></label> <!></div> <!> <!> <!> <!></section>`);
function ImportWizard($$anchor, $$props) {
	const uid = props_id();
	push($$props, true);
	const binding_group = [];
	const readProgress = ($$anchor, p = noop) => {
		var div = root_2();
		var div_1 = child(div);
		var node = child(div_1);
		var consequent = ($$anchor) => {
			var fragment = root();
			var span = first_child(fragment);
			var text = only_child(span, true);
			var progress_1 = sibling(span, 2);
			template_effect(() => {
				set_attribute(span, "id", `${uid}-reading`);
				set_text(text, READ_STEPS[p().step]);
				set_attribute(progress_1, "aria-labelledby", `${uid}-reading`);
			});
			append($$anchor, fragment);
		};
		var alternate = ($$anchor) => {
			var fragment_1 = root_1();
			var span_1 = first_child(fragment_1);
			var text_1 = only_child(span_1);
			var progress_2 = sibling(span_1, 2);
			var text_2 = only_child(progress_2);
			template_effect(() => {
				set_attribute(span_1, "id", `${uid}-reading`);
				set_text(text_1, `${READ_STEPS[p().step] ?? ""} ${p().percent ?? ""} %`);
				set_value(progress_2, p().percent);
				set_attribute(progress_2, "aria-labelledby", `${uid}-reading`);
				set_text(text_2, `${p().percent ?? ""} %`);
			});
			append($$anchor, fragment_1);
		};
		if_block(node, ($$render) => {
			if (p().step === "classeur") $$render(consequent);
			else $$render(alternate, -1);
		});
		reset(div_1);
		var button = sibling(div_1, 2);
		reset(div);
		delegated("click", button, cancelReading);
		append($$anchor, div);
	};
	const ACCEPT = ".csv,.txt,.xlsx,.xls,.ods,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet";
	const ENCODINGS = [
		{
			value: "utf-8",
			label: "UTF-8"
		},
		{
			value: "windows-1252",
			label: "Windows-1252 (Excel, ANSI)"
		},
		{
			value: "utf-16le",
			label: "UTF-16 LE"
		},
		{
			value: "utf-16be",
			label: "UTF-16 BE"
		}
	];
	const DELIMITERS = [
		{
			value: ";",
			label: "point-virgule ( ; )"
		},
		{
			value: ",",
			label: "virgule ( , )"
		},
		{
			value: "	",
			label: "tabulation"
		}
	];
	const STATUS_LABELS = {
		new: "nouveau",
		updated: "modifié",
		unchanged: "inchangé",
		error: "erreur"
	};
	const MATCHED_LABEL = "rattaché (numéro à venir)";
	const PREVIEW_ROWS = 200;
	const CANCELLED = "Import annulé : rien n'a été modifié.";
	const READ_STEPS = {
		lecture: "Lecture…",
		classeur: "Lecture du classeur…",
		comparaison: "Comparaison avec la session…"
	};
	let fileProblem = state("");
	let restoreZeros = state(false);
	let acceptEncodingLoss = state(false);
	let matchPendingNumeros = state(false);
	let createPendingNumeros = state(false);
	let fileName = state("");
	let options = state(proxy({}));
	let emptyCells = state("keep");
	let statusFilter = state("all");
	let applying = state(false);
	let progress = state(proxy({
		done: 0,
		total: 0
	}));
	let applied = state(false);
	let dragging = state(false);
	let headerRowsChoice = state(null);
	let year = state(2);
	let file = state(null);
	let runner = null;
	let requestId = 0;
	let work = state(null);
	let reading = state(null);
	let userMapping = state(null);
	let applyAbort = null;
	let notice = state("");
	let fileInput = state(void 0);
	const fields = user_derived(() => importFields($$props.snapshot.regulation));
	const livretFields = user_derived(() => $$props.livret ? livretImportFields($$props.snapshot.regulation, $$props.livret.template) : []);
	const groups = user_derived(() => $$props.livret ? [
		{
			group: "identite",
			label: "Identité (pour reconnaître l’élève)",
			fields: get(livretFields).filter((f) => f.group === "identite")
		},
		{
			group: "livret",
			label: "Livret",
			fields: get(livretFields).filter((f) => f.group === "livret")
		},
		...$$props.livret.template.subjects.map((s) => ({
			group: s.id,
			label: `${s.short} — ${s.label}`,
			fields: get(livretFields).filter((f) => f.subject?.id === s.id)
		}))
	] : [
		"identite",
		"etablissement",
		"notes",
		"controle",
		"indicateurs",
		"conformite"
	].map((group) => ({
		group,
		label: {
			identite: "Identité",
			etablissement: "Établissement",
			notes: "Notes",
			controle: "Épreuve de contrôle",
			indicateurs: "Indicateurs",
			conformite: "Conformité des dossiers"
		}[group],
		fields: get(fields).filter((f) => f.group === group)
	})));
	const source = user_derived(() => get(work)?.source ?? null);
	const read = user_derived(() => get(source));
	const headerRows = user_derived(() => get(work)?.headerRows ?? 1);
	const header = user_derived(() => get(read) ? get(work)?.header ?? [] : []);
	const mapping = user_derived(() => get(work)?.mapping ?? []);
	const dataRecords = user_derived(() => get(read) ? get(read).records.slice(get(read).headerIndex + get(headerRows)) : []);
	const dataCount = user_derived(() => !get(read) ? 0 : Math.max(0, (get(work)?.recordCount ?? 0) - get(read).headerIndex - get(headerRows)));
	const problems = user_derived(() => get(read) ? get(work)?.problems ?? mappingProblems(get(mapping), get(fields)) : []);
	const plan = user_derived(() => get(work)?.plan ?? null);
	const livretPlan = user_derived(() => get(work)?.livretPlan ?? null);
	const livretContext = user_derived(() => $$props.livret ? {
		template: $$props.livret.template,
		sessionId: $$props.livret.sessionId,
		records: $$props.livret.records
	} : void 0);
	const preview = user_derived(() => get(plan) ?? get(livretPlan));
	const shownRows = user_derived(() => get(preview) ? get(preview).rows.filter((r) => get(statusFilter) === "all" || r.status === get(statusFilter)) : []);
	const validRows = user_derived(() => get(preview) ? get(preview).rows.length - get(preview).counts.error : 0);
	const writes = user_derived(() => get(plan) ? get(plan).newCandidates.length + get(plan).candidateUpdates.length + get(plan).markWrites.length + (get(plan).conformityWrites?.length ?? 0) : get(livretPlan)?.writes.length ?? 0);
	user_effect(() => {
		if (!get(file) || !runner) return;
		const request = {
			options: snapshot(get(options)),
			mapping: get(userMapping),
			emptyCells: get(emptyCells),
			planOptions: {
				restoreZeros: get(restoreZeros),
				acceptEncodingLoss: get(acceptEncodingLoss),
				matchPendingNumeros: get(matchPendingNumeros),
				createPendingNumeros: get(createPendingNumeros)
			},
			...$$props.livret ? { livret: {
				headerRows: get(headerRowsChoice),
				year: get(year)
			} } : {}
		};
		const target = $$props.snapshot;
		const context = get(livretContext);
		if (untrack(() => get(applying) || get(applied))) return;
		const id = ++requestId;
		set(reading, {
			step: "lecture",
			percent: 0
		});
		runner.run(request, target, (p) => {
			if (id === requestId) set(reading, p);
		}, context).then((result) => {
			if (id !== requestId) return;
			set(reading, null);
			if (result.fileProblem) {
				forgetFile();
				set(fileProblem, result.fileProblem, true);
			} else set(work, result);
		}, (error) => {
			if (id !== requestId || error instanceof ImportRunCancelled) return;
			forgetFile();
			set(fileProblem, `« ${get(fileName)} » : lecture impossible (${error instanceof Error ? error.message : String(error)}).`);
		});
	});
	user_effect(() => () => runner?.cancel());
	/** Back to the file choice: the worker is ended, nothing of the file is kept. */
	function forgetFile() {
		runner?.cancel();
		runner = null;
		requestId++;
		set(file, null);
		set(work, null);
		set(reading, null);
		set(userMapping, null);
	}
	/** « Annuler » while the file is read or compared: nothing was written; the file can be chosen again. */
	function cancelReading() {
		forgetFile();
		set(notice, CANCELLED);
		if (get(fileInput)) {
			get(fileInput).value = "";
			get(fileInput).focus();
		}
	}
	/** « Annuler » while the plan is written: the transaction is aborted, the database is as before. */
	function cancelApply() {
		applyAbort?.abort();
	}
	async function load(chosen) {
		forgetFile();
		set(fileName, chosen.name, true);
		set(options, {}, true);
		set(headerRowsChoice, null);
		set(applied, false);
		set(notice, "");
		set(fileProblem, "");
		set(restoreZeros, set(acceptEncodingLoss, set(matchPendingNumeros, set(createPendingNumeros, false), true), true), true);
		const tooBig = checkFileSize(chosen.size);
		if (tooBig) {
			set(fileProblem, `« ${chosen.name} » : ${tooBig}`);
			return;
		}
		let content;
		try {
			content = new Uint8Array(await chosen.arrayBuffer());
		} catch {
			set(fileProblem, `« ${chosen.name} » n'a pas pu être lu : le fichier a peut-être été déplacé, supprimé ou ouvert par un autre logiciel. Choisissez-le à nouveau.`);
			return;
		}
		const kind = fileKind(content);
		if (kind.kind === "binary") {
			set(fileProblem, `« ${chosen.name} » : ${binaryFileMessage(kind.label)}`);
			return;
		}
		startReading(kind.kind === "workbook" ? {
			kind: "workbook",
			name: chosen.name,
			bytes: content,
			format: kind.format,
			label: kind.label
		} : {
			kind: "text",
			name: chosen.name,
			bytes: content
		});
	}
	/** Reads and plans `chosen` in the worker: a text file's or a workbook's bytes (its name: what to call it). */
	function startReading(chosen) {
		runner = new ImportRunner(chosen);
		set(file, chosen);
	}
	onMount(() => {
		if ($$props.pasted) load(new File([$$props.pasted.bytes], $$props.pasted.name, { type: "text/plain" }));
	});
	/** A new encoding or delimiter changes the records: the header row is detected again. */
	function setReading(change) {
		set(userMapping, null);
		set(options, "headerIndex" in change ? {
			...get(options),
			...change
		} : {
			...get(options),
			...change,
			headerIndex: void 0
		}, true);
	}
	function setField(index, key) {
		set(userMapping, get(mapping).with(index, key === "" ? null : key));
	}
	/** Livret mode: another number of header rows or another year gives other headings, recognised again. */
	function setLivretReading(change) {
		set(userMapping, null);
		if (change.headerRows) set(headerRowsChoice, change.headerRows, true);
		if (change.year) set(year, change.year, true);
	}
	/** `12 000` (a plain space between thousands). */
	const thousands = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
	/** French agreement: `1 nouveau candidat`, `0 inchangé`, `3 modifiés` (0 and 1 take the singular). */
	const plural = (n, one, many) => `${n} ${n > 1 ? many : one}`;
	/** `Lignes 4, 5, 7.` / `Ligne 5.` (the first eight). */
	const lineList = (lines) => `${lines.length > 1 ? "Lignes" : "Ligne"} ${lines.slice(0, 8).join(", ")}${lines.length > 8 ? "…" : ""}.`;
	function onFileInput(event) {
		const file = event.currentTarget.files?.[0];
		if (file) load(file);
	}
	function onDrop(event) {
		event.preventDefault();
		set(dragging, false);
		const file = event.dataTransfer?.files?.[0];
		if (file) load(file);
	}
	function sample(index) {
		return get(dataRecords).slice(0, 3).map((r) => r.cells[index] ?? "").filter((c) => c.trim() !== "").join(" · ");
	}
	async function run() {
		if ($$props.livret && get(livretPlan)) {
			set(applying, true);
			set(progress, {
				done: 0,
				total: get(writes)
			}, true);
			const ok = await $$props.livret.apply(get(livretPlan), get(fileName));
			set(applying, false);
			set(applied, ok, true);
			return;
		}
		if (!get(plan) || !$$props.apply) return;
		set(applying, true);
		set(notice, "");
		set(progress, {
			done: 0,
			total: get(writes)
		}, true);
		const abort = applyAbort = new AbortController();
		const ok = await $$props.apply(get(plan), get(fileName), (done, total) => set(progress, {
			done,
			total
		}, true), abort.signal);
		applyAbort = null;
		set(applying, false);
		set(applied, ok, true);
		if (!ok && abort.signal.aborted) set(notice, CANCELLED);
	}
	function errorTable() {
		const rows = get(preview) ? get(preview).rows.filter((r) => r.status === "error") : [];
		return [[
			...get(header),
			"ligne",
			"erreurs"
		], ...rows.map((r) => [
			...r.cells,
			String(r.line),
			r.errors.map((e) => e.column ? `${e.column} : ${e.message}` : e.message).join(" | ")
		])];
	}
	const errorFileName = () => `${safeFileName(get(fileName).replace(/\.[^.]+$/, ""))}-erreurs`;
	function exportErrors() {
		if (!get(preview) || !get(read)) return;
		downloadText(`${errorFileName()}.csv`, writeCsv(errorTable()));
	}
	async function exportErrorsXlsx() {
		if (!get(preview) || !get(read)) return;
		const { downloadXlsx } = await __vitePreload(async () => {
			const { downloadXlsx } = await import("./xlsx-export-MA3Xvn5S.js");
			return { downloadXlsx };
		}, __vite__mapDeps([0,1,2]), import.meta.url);
		await downloadXlsx(`${errorFileName()}.xlsx`, errorTable(), "Lignes en erreur");
	}
	var section = root_34();
	var div_2 = child(section);
	var h2 = child(div_2);
	var text_3 = only_child(h2);
	var button_1 = sibling(h2, 2);
	reset(div_2);
	var div_3 = sibling(div_2, 2);
	let classes;
	var label_1 = child(div_3);
	var input = sibling(child(label_1), 2);
	set_attribute(input, "accept", ACCEPT);
	bind_this(input, ($$value) => set(fileInput, $$value), () => get(fileInput));
	reset(label_1);
	var node_1 = sibling(label_1, 2);
	var consequent_1 = ($$anchor) => {
		var p_1 = root_3();
		append($$anchor, p_1);
	};
	var alternate_1 = ($$anchor) => {
		var p_2 = root_4();
		append($$anchor, p_2);
	};
	if_block(node_1, ($$render) => {
		if ($$props.livret) $$render(consequent_1);
		else $$render(alternate_1, -1);
	});
	reset(div_3);
	var node_2 = sibling(div_3, 2);
	var consequent_2 = ($$anchor) => {
		var p_3 = root_5();
		var text_4 = only_child(p_3, true);
		template_effect(() => set_text(text_4, get(fileProblem)));
		append($$anchor, p_3);
	};
	if_block(node_2, ($$render) => {
		if (get(fileProblem)) $$render(consequent_2);
	});
	var node_3 = sibling(node_2, 2);
	var consequent_3 = ($$anchor) => {
		readProgress($$anchor, () => get(reading));
	};
	if_block(node_3, ($$render) => {
		if (get(reading) && !get(preview)) $$render(consequent_3);
	});
	var node_4 = sibling(node_3, 2);
	var consequent_4 = ($$anchor) => {
		var p_4 = root_6();
		var text_5 = only_child(p_4, true);
		template_effect(() => set_text(text_5, get(notice)));
		append($$anchor, p_4);
	};
	if_block(node_4, ($$render) => {
		if (get(notice) && !get(preview)) $$render(consequent_4);
	});
	var node_5 = sibling(node_4, 2);
	var consequent_27 = ($$anchor) => {
		var fragment_3 = root_33();
		var h3 = first_child(fragment_3);
		var text_6 = only_child(h3);
		var div_4 = sibling(h3, 2);
		var node_6 = child(div_4);
		var consequent_5 = ($$anchor) => {
			var label_2 = root_8();
			var select = sibling(child(label_2), 2);
			each(select, 20, () => get(source).workbook.sheets, (name) => name, ($$anchor, name) => {
				var option = root_7();
				var text_7 = only_child(option, true);
				var option_value = {};
				template_effect(() => {
					set_text(text_7, name);
					if (option_value !== (option_value = name)) option.value = (option.__value = option_value) ?? "";
				});
				append($$anchor, option);
			});
			reset(select);
			var select_value;
			init_select(select);
			reset(label_2);
			template_effect(() => {
				if (select_value !== (select_value = get(source).workbook.sheet)) select.value = (select.__value = select_value) ?? "", select_option(select, select_value);
			});
			delegated("change", select, (e) => setReading({ sheet: e.currentTarget.value }));
			append($$anchor, label_2);
		};
		var alternate_2 = ($$anchor) => {
			var fragment_4 = root_9();
			var label_3 = first_child(fragment_4);
			var select_1 = sibling(child(label_3), 2);
			each(select_1, 21, () => ENCODINGS, (enc) => enc.value, ($$anchor, enc) => {
				var option_1 = root_7();
				var text_8 = only_child(option_1, true);
				var option_1_value = {};
				template_effect(() => {
					set_text(text_8, get(enc).label);
					if (option_1_value !== (option_1_value = get(enc).value)) option_1.value = (option_1.__value = option_1_value) ?? "";
				});
				append($$anchor, option_1);
			});
			reset(select_1);
			var select_1_value;
			init_select(select_1);
			reset(label_3);
			var label_4 = sibling(label_3, 2);
			var select_2 = sibling(child(label_4), 2);
			each(select_2, 21, () => DELIMITERS, (d) => d.value, ($$anchor, d) => {
				var option_2 = root_7();
				var text_9 = only_child(option_2, true);
				var option_2_value = {};
				template_effect(() => {
					set_text(text_9, get(d).label);
					if (option_2_value !== (option_2_value = get(d).value)) option_2.value = (option_2.__value = option_2_value) ?? "";
				});
				append($$anchor, option_2);
			});
			reset(select_2);
			var select_2_value;
			init_select(select_2);
			reset(label_4);
			template_effect(() => {
				if (select_1_value !== (select_1_value = get(source).encoding)) select_1.value = (select_1.__value = select_1_value) ?? "", select_option(select_1, select_1_value);
				if (select_2_value !== (select_2_value = get(source).delimiter)) select_2.value = (select_2.__value = select_2_value) ?? "", select_option(select_2, select_2_value);
			});
			delegated("change", select_1, (e) => setReading({ encoding: e.currentTarget.value }));
			delegated("change", select_2, (e) => setReading({ delimiter: e.currentTarget.value }));
			append($$anchor, fragment_4);
		};
		if_block(node_6, ($$render) => {
			if (get(source).workbook) $$render(consequent_5);
			else $$render(alternate_2, -1);
		});
		var label_5 = sibling(node_6, 2);
		var select_3 = sibling(child(label_5), 2);
		each(select_3, 21, () => get(source).records.slice(0, 10), index, ($$anchor, record, i) => {
			var option_3 = root_7();
			var text_10 = only_child(option_3);
			option_3.value = option_3.__value = i;
			template_effect(($0) => set_text(text_10, `ligne ${get(record).line ?? ""} : ${$0 ?? ""}`), [() => get(record).cells.filter(Boolean).slice(0, 4).join(" ; ")]);
			append($$anchor, option_3);
		});
		reset(select_3);
		var select_3_value;
		init_select(select_3);
		reset(label_5);
		var node_7 = sibling(label_5, 2);
		var consequent_6 = ($$anchor) => {
			var fragment_5 = root_10();
			var label_6 = first_child(fragment_5);
			var select_4 = sibling(child(label_6), 2);
			var option_4 = child(select_4);
			option_4.value = option_4.__value = 1;
			var option_5 = sibling(option_4);
			option_5.value = option_5.__value = 2;
			reset(select_4);
			var select_4_value;
			init_select(select_4);
			reset(label_6);
			var label_7 = sibling(label_6, 2);
			var select_5 = sibling(child(label_7), 2);
			var option_6 = child(select_5);
			option_6.value = option_6.__value = 1;
			var option_7 = sibling(option_6);
			option_7.value = option_7.__value = 2;
			reset(select_5);
			var select_5_value;
			init_select(select_5);
			reset(label_7);
			template_effect(() => {
				if (select_4_value !== (select_4_value = get(headerRows))) select_4.value = (select_4.__value = select_4_value) ?? "", select_option(select_4, select_4_value);
				if (select_5_value !== (select_5_value = get(year))) select_5.value = (select_5.__value = select_5_value) ?? "", select_option(select_5, select_5_value);
			});
			delegated("change", select_4, (e) => setLivretReading({ headerRows: Number(e.currentTarget.value) }));
			delegated("change", select_5, (e) => setLivretReading({ year: Number(e.currentTarget.value) }));
			append($$anchor, fragment_5);
		};
		if_block(node_7, ($$render) => {
			if ($$props.livret) $$render(consequent_6);
		});
		reset(div_4);
		var node_8 = sibling(div_4, 2);
		var consequent_7 = ($$anchor) => {
			var p_5 = root_11();
			append($$anchor, p_5);
		};
		if_block(node_8, ($$render) => {
			if ($$props.livret) $$render(consequent_7);
		});
		var node_9 = sibling(node_8, 2);
		var consequent_8 = ($$anchor) => {
			var ul = root_13();
			each(ul, 21, () => get(source).readErrors, index, ($$anchor, e) => {
				var li = root_12();
				var text_11 = only_child(li);
				template_effect(() => set_text(text_11, `ligne ${get(e).line ?? ""} : ${get(e).message ?? ""}`));
				append($$anchor, li);
			});
			reset(ul);
			append($$anchor, ul);
		};
		if_block(node_9, ($$render) => {
			if (get(source).readErrors.length > 0) $$render(consequent_8);
		});
		var table = sibling(node_9, 4);
		var tbody = sibling(child(table), 2);
		each(tbody, 21, () => get(header), index, ($$anchor, heading, index) => {
			var tr = root_15();
			let classes_1;
			var th = child(tr);
			var text_12 = only_child(th, true);
			var td = sibling(th);
			var text_13 = only_child(td, true);
			var td_1 = sibling(td);
			var select_6 = child(td_1);
			var option_8 = child(select_6);
			option_8.value = option_8.__value = "";
			var node_10 = sibling(option_8);
			each(node_10, 17, () => get(groups), (g) => g.group, ($$anchor, g) => {
				var optgroup = root_14();
				each(optgroup, 21, () => get(g).fields, (f) => f.key, ($$anchor, f) => {
					var option_9 = root_7();
					var text_14 = only_child(option_9, true);
					var option_9_value = {};
					template_effect(() => {
						set_text(text_14, get(f).label);
						if (option_9_value !== (option_9_value = get(f).key)) option_9.value = (option_9.__value = option_9_value) ?? "";
					});
					append($$anchor, option_9);
				});
				reset(optgroup);
				template_effect(() => set_attribute(optgroup, "label", get(g).label));
				append($$anchor, optgroup);
			});
			reset(select_6);
			var select_6_value;
			init_select(select_6);
			reset(td_1);
			reset(tr);
			template_effect(($0) => {
				classes_1 = set_class(tr, 1, "svelte-lipxrm", null, classes_1, { ignored: get(mapping)[index] === null });
				set_text(text_12, get(heading) || `(colonne ${index + 1} sans titre)`);
				set_text(text_13, $0);
				set_attribute(select_6, "aria-label", `Champ pour la colonne « ${get(heading) || index + 1} »`);
				if (select_6_value !== (select_6_value = get(mapping)[index] ?? "")) select_6.value = (select_6.__value = select_6_value) ?? "", select_option(select_6, select_6_value);
			}, [() => sample(index)]);
			delegated("change", select_6, (e) => setField(index, e.currentTarget.value));
			append($$anchor, tr);
		});
		reset(tbody);
		reset(table);
		var node_11 = sibling(table, 2);
		var consequent_9 = ($$anchor) => {
			var p_6 = root_16();
			var text_15 = only_child(p_6, true);
			template_effect(() => set_text(text_15, HEADER_ONLY_MESSAGE));
			append($$anchor, p_6);
		};
		if_block(node_11, ($$render) => {
			if (!$$props.livret && get(dataCount) === 0) $$render(consequent_9);
		});
		var node_12 = sibling(node_11, 2);
		var consequent_10 = ($$anchor) => {
			var ul_1 = root_13();
			each(ul_1, 21, () => get(problems), index, ($$anchor, p) => {
				var li_1 = root_12();
				var text_16 = only_child(li_1, true);
				template_effect(() => set_text(text_16, get(p)));
				append($$anchor, li_1);
			});
			reset(ul_1);
			append($$anchor, ul_1);
		};
		if_block(node_12, ($$render) => {
			if (get(problems).length > 0) $$render(consequent_10);
		});
		var node_13 = sibling(node_12, 2);
		var consequent_26 = ($$anchor) => {
			var fragment_6 = root_32();
			var fieldset = sibling(first_child(fragment_6), 2);
			var legend = child(fieldset);
			var text_17 = only_child(legend, true);
			var label_8 = sibling(legend, 2);
			var input_1 = child(label_8);
			remove_input_defaults(input_1);
			input_1.value = input_1.__value = "keep";
			next();
			reset(label_8);
			var label_9 = sibling(label_8, 2);
			var input_2 = child(label_9);
			remove_input_defaults(input_2);
			input_2.value = input_2.__value = "clear";
			next();
			reset(label_9);
			reset(fieldset);
			var node_14 = sibling(fieldset, 2);
			var consequent_11 = ($$anchor) => {
				var div_5 = root_17();
				var p_7 = child(div_5);
				var text_18 = only_child(p_7);
				var label_10 = sibling(p_7, 2);
				var input_3 = child(label_10);
				remove_input_defaults(input_3);
				var text_19 = sibling(input_3);
				reset(label_10);
				reset(div_5);
				template_effect(($0, $1) => {
					set_text(text_18, `${$0 ?? ""} que les autres (${get(plan).lostZeros.length ?? ""} chiffres) : un tableur a sans doute supprimé les zéros de tête en les lisant comme des nombres. ${$1 ?? ""}`);
					set_text(text_19, ` Rétablir les zéros de tête (${get(plan).lostZeros.length ?? ""} chiffres)`);
				}, [() => plural(get(plan).lostZeros.lines.length, "numéro de candidat est plus court", "numéros de candidat sont plus courts"), () => lineList(get(plan).lostZeros.lines)]);
				bind_checked(input_3, () => get(restoreZeros), ($$value) => set(restoreZeros, $$value));
				append($$anchor, div_5);
			};
			if_block(node_14, ($$render) => {
				if (get(plan)?.lostZeros) $$render(consequent_11);
			});
			var node_15 = sibling(node_14, 2);
			var consequent_12 = ($$anchor) => {
				var div_6 = root_18();
				var p_8 = child(div_6);
				var text_20 = only_child(p_8);
				var label_11 = sibling(p_8, 2);
				var input_4 = child(label_11);
				remove_input_defaults(input_4);
				var text_21 = sibling(input_4);
				reset(label_11);
				reset(div_6);
				template_effect(($0, $1) => {
					set_text(text_20, `${$0 ?? ""} des lettres remplacées par « ? » : le fichier a sans doute été enregistré dans un encodage
            qui ne les contient pas (CSV Windows-1252). ${get(plan).encodingLoss.lines.length > 1 ? get(plan).encodingLoss.accepted ? "Elles seront importées telles quelles." : "Elles ne sont pas importées : enregistrez le fichier en « CSV UTF-8 » ou en .xlsx." : get(plan).encodingLoss.accepted ? "Elle sera importée telle quelle." : "Elle n’est pas importée : enregistrez le fichier en « CSV UTF-8 » ou en .xlsx."}
            ${$1 ?? ""}`);
					set_text(text_21, ` Appliquer quand même ${get(plan).encodingLoss.lines.length > 1 ? "ces lignes" : "cette ligne"} (les « ? » seront enregistrés)`);
				}, [() => plural(get(plan).encodingLoss.lines.length, "ligne a", "lignes ont"), () => lineList(get(plan).encodingLoss.lines)]);
				bind_checked(input_4, () => get(acceptEncodingLoss), ($$value) => set(acceptEncodingLoss, $$value));
				append($$anchor, div_6);
			};
			if_block(node_15, ($$render) => {
				if (get(plan)?.encodingLoss) $$render(consequent_12);
			});
			var node_16 = sibling(node_15, 2);
			var consequent_13 = ($$anchor) => {
				var div_7 = root_19();
				var p_9 = child(div_7);
				var text_22 = only_child(p_9);
				var label_12 = sibling(p_9, 2);
				var input_5 = child(label_12);
				remove_input_defaults(input_5);
				next();
				reset(label_12);
				reset(div_7);
				template_effect(($0, $1) => set_text(text_22, `${$0 ?? ""} un numéro inconnu mais les mêmes nom, prénom et date de naissance qu’un candidat saisi
            « numéro à venir ». ${get(plan).pendingNumeros.accepted ? "Le numéro du fichier lui sera attribué (ligne « rattaché »)." : `Rien n’est rattaché sans votre accord : ${get(plan).pendingNumeros.lines.length > 1 ? "ces lignes restent" : "cette ligne reste"} en erreur.`}
            ${$1 ?? ""}`), [() => plural(get(plan).pendingNumeros.lines.length, "ligne a", "lignes ont"), () => lineList(get(plan).pendingNumeros.lines)]);
				bind_checked(input_5, () => get(matchPendingNumeros), ($$value) => set(matchPendingNumeros, $$value));
				append($$anchor, div_7);
			};
			if_block(node_16, ($$render) => {
				if (get(plan)?.pendingNumeros) $$render(consequent_13);
			});
			var node_17 = sibling(node_16, 2);
			var consequent_14 = ($$anchor) => {
				var div_8 = root_20();
				var p_10 = child(div_8);
				var text_23 = only_child(p_10);
				var label_13 = sibling(p_10, 2);
				var input_6 = child(label_13);
				remove_input_defaults(input_6);
				next();
				reset(label_13);
				reset(div_8);
				template_effect(($0, $1) => set_text(text_23, `${$0 ?? ""} pas de numéro de candidat. ${get(plan).withoutNumero.accepted ? "Chacune devient un candidat « numéro à venir » (ou complète celui du même nom déjà saisi ainsi) ; le numéro se donne plus tard, dans la grille ou par l’import du fichier des numéros." : `Sans votre accord, ${get(plan).withoutNumero.lines.length > 1 ? "elles restent" : "elle reste"} en erreur.`}
            ${$1 ?? ""}`), [() => plural(get(plan).withoutNumero.lines.length, "ligne n’a", "lignes n’ont"), () => lineList(get(plan).withoutNumero.lines)]);
				bind_checked(input_6, () => get(createPendingNumeros), ($$value) => set(createPendingNumeros, $$value));
				append($$anchor, div_8);
			};
			if_block(node_17, ($$render) => {
				if (get(plan)?.withoutNumero) $$render(consequent_14);
			});
			var p_11 = sibling(node_17, 2);
			var strong = child(p_11);
			var text_24 = only_child(strong, true);
			var span_2 = sibling(strong, 2);
			var text_25 = only_child(span_2, true);
			var span_3 = sibling(span_2, 2);
			var text_26 = only_child(span_3, true);
			var span_4 = sibling(span_3, 2);
			var text_27 = only_child(span_4, true);
			var span_5 = sibling(span_4, 2);
			var text_28 = only_child(span_5);
			var node_18 = sibling(span_5, 2);
			var consequent_15 = ($$anchor) => {
				var text_29 = text();
				template_effect(($0) => set_text(text_29, `${$0 ?? ""}.`), [() => plural(get(plan).newEtablissements.length, "établissement sera créé", "établissements seront créés")]);
				append($$anchor, text_29);
			};
			if_block(node_18, ($$render) => {
				if (get(plan) && get(plan).newEtablissements.length > 0) $$render(consequent_15);
			});
			reset(p_11);
			var label_14 = sibling(p_11, 2);
			var select_7 = sibling(child(label_14), 2);
			var option_10 = child(select_7);
			option_10.value = option_10.__value = "all";
			var node_19 = sibling(option_10);
			each(node_19, 17, () => Object.entries(STATUS_LABELS), ([value, label]) => value, ($$anchor, $$item) => {
				var $$array = user_derived(() => to_array(get($$item), 2));
				let value = () => get($$array)[0];
				let label = () => get($$array)[1];
				var option_11 = root_7();
				var text_30 = only_child(option_11, true);
				var option_11_value = {};
				template_effect(() => {
					set_text(text_30, label());
					if (option_11_value !== (option_11_value = value())) option_11.value = (option_11.__value = option_11_value) ?? "";
				});
				append($$anchor, option_11);
			});
			reset(select_7);
			init_select(select_7);
			reset(label_14);
			var div_9 = sibling(label_14, 2);
			var table_1 = child(div_9);
			var tbody_1 = sibling(child(table_1), 2);
			each(tbody_1, 21, () => get(shownRows).slice(0, PREVIEW_ROWS), (row) => row.line, ($$anchor, row) => {
				var tr_1 = root_23();
				var td_2 = child(tr_1);
				var text_31 = only_child(td_2, true);
				var td_3 = sibling(td_2);
				var text_32 = only_child(td_3, true);
				var td_4 = sibling(td_3);
				var text_33 = only_child(td_4, true);
				var td_5 = sibling(td_4);
				var text_34 = only_child(td_5, true);
				var td_6 = sibling(td_5);
				var node_20 = child(td_6);
				var consequent_16 = ($$anchor) => {
					var fragment_8 = comment();
					var node_21 = first_child(fragment_8);
					each(node_21, 17, () => get(row).errors, index, ($$anchor, e) => {
						var div_10 = root_21();
						var text_35 = only_child(div_10);
						template_effect(() => set_text(text_35, `${get(e).column ? `colonne ${get(e).column} : ` : ""}${get(e).message ?? ""}`));
						append($$anchor, div_10);
					});
					append($$anchor, fragment_8);
				};
				var alternate_3 = ($$anchor) => {
					var text_36 = text();
					template_effect(($0) => set_text(text_36, $0), [() => get(row).changes.map((c) => `${c.label} : ${c.before || "(vide)"} → ${c.after || "(vide)"}`).join(" ; ")]);
					append($$anchor, text_36);
				};
				if_block(node_20, ($$render) => {
					if (get(row).status === "error") $$render(consequent_16);
					else $$render(alternate_3, -1);
				});
				var node_22 = sibling(node_20, 2);
				each(node_22, 17, () => get(row).warnings ?? [], index, ($$anchor, w) => {
					var div_11 = root_22();
					var text_37 = only_child(div_11, true);
					template_effect(() => set_text(text_37, get(w)));
					append($$anchor, div_11);
				});
				reset(td_6);
				reset(tr_1);
				template_effect(() => {
					set_class(tr_1, 1, `status-${get(row).status ?? ""}`, "svelte-lipxrm");
					set_text(text_31, get(row).line);
					set_text(text_32, get(row).numero);
					set_text(text_33, get(row).name);
					set_text(text_34, get(row).matchedPending ? MATCHED_LABEL : STATUS_LABELS[get(row).status]);
				});
				append($$anchor, tr_1);
			});
			reset(tbody_1);
			reset(table_1);
			reset(div_9);
			var node_23 = sibling(div_9, 2);
			var consequent_17 = ($$anchor) => {
				var p_12 = root_24();
				var text_38 = only_child(p_12);
				template_effect(() => set_text(text_38, `… et ${get(shownRows).length - PREVIEW_ROWS} autres lignes.`));
				append($$anchor, p_12);
			};
			if_block(node_23, ($$render) => {
				if (get(shownRows).length > PREVIEW_ROWS) $$render(consequent_17);
			});
			var div_12 = sibling(node_23, 2);
			var node_24 = child(div_12);
			var consequent_18 = ($$anchor) => {
				var p_13 = root_25();
				var text_39 = only_child(p_13);
				template_effect(() => set_text(text_39, `Import appliqué. Vous pouvez l'annuler avec « ${$$props.livret ? "Annuler l’import du livret" : "Annuler le dernier import"} ».`));
				append($$anchor, p_13);
			};
			var consequent_20 = ($$anchor) => {
				var fragment_10 = root_27();
				var div_13 = first_child(fragment_10);
				var span_6 = child(div_13);
				var text_40 = only_child(span_6);
				var progress_3 = sibling(span_6, 2);
				var text_41 = only_child(progress_3);
				reset(div_13);
				var node_25 = sibling(div_13, 2);
				var consequent_19 = ($$anchor) => {
					var button_2 = root_26();
					delegated("click", button_2, cancelApply);
					append($$anchor, button_2);
				};
				if_block(node_25, ($$render) => {
					if (!$$props.livret) $$render(consequent_19);
				});
				template_effect(($0, $1) => {
					set_attribute(span_6, "id", `${uid}-applying`);
					set_text(text_40, `Application… ${$0 ?? ""} / ${$1 ?? ""}`);
					set_attribute(progress_3, "max", get(progress).total || 1);
					set_value(progress_3, get(progress).done);
					set_attribute(progress_3, "aria-labelledby", `${uid}-applying`);
					set_text(text_41, `${get(progress).done ?? ""} / ${get(progress).total ?? ""}`);
				}, [() => thousands(get(progress).done), () => thousands(get(progress).total)]);
				append($$anchor, fragment_10);
			};
			var consequent_21 = ($$anchor) => {
				readProgress($$anchor, () => get(reading));
			};
			var consequent_22 = ($$anchor) => {
				var p_14 = root_28();
				var text_42 = only_child(p_14);
				template_effect(() => set_text(text_42, `Rien à importer : ${get(preview).counts.error > 0 ? "toutes les lignes sont en erreur." : "le fichier ne change rien."}`));
				append($$anchor, p_14);
			};
			var consequent_23 = ($$anchor) => {
				var button_3 = root_29();
				var text_43 = only_child(button_3);
				template_effect(() => set_text(text_43, `Importer ${get(validRows) > 1 ? `les ${get(validRows)} lignes valides` : "la ligne valide"}
            (${get(preview).counts.error > 1 ? `les ${get(preview).counts.error} lignes en erreur sont ignorées` : "la ligne en erreur est ignorée"})`));
				delegated("click", button_3, run);
				append($$anchor, button_3);
			};
			var alternate_4 = ($$anchor) => {
				var button_4 = root_30();
				delegated("click", button_4, run);
				append($$anchor, button_4);
			};
			if_block(node_24, ($$render) => {
				if (get(applied)) $$render(consequent_18);
				else if (get(applying)) $$render(consequent_20, 1);
				else if (get(reading)) $$render(consequent_21, 2);
				else if (get(writes) === 0) $$render(consequent_22, 3);
				else if (get(preview).counts.error > 0) $$render(consequent_23, 4);
				else $$render(alternate_4, -1);
			});
			var node_26 = sibling(node_24, 2);
			var consequent_24 = ($$anchor) => {
				var p_15 = root_6();
				var text_44 = only_child(p_15, true);
				template_effect(() => set_text(text_44, get(notice)));
				append($$anchor, p_15);
			};
			if_block(node_26, ($$render) => {
				if (get(notice)) $$render(consequent_24);
			});
			var node_27 = sibling(node_26, 2);
			var consequent_25 = ($$anchor) => {
				var fragment_12 = root_31();
				var button_5 = first_child(fragment_12);
				var button_6 = sibling(button_5, 2);
				delegated("click", button_5, exportErrors);
				delegated("click", button_6, exportErrorsXlsx);
				append($$anchor, fragment_12);
			};
			if_block(node_27, ($$render) => {
				if (get(preview).counts.error > 0) $$render(consequent_25);
			});
			reset(div_12);
			template_effect(($0, $1, $2, $3) => {
				set_text(text_17, $$props.livret ? "Cellules vides" : "Cellules de note vides");
				set_text(text_24, $0);
				set_text(text_25, $1);
				set_text(text_26, $2);
				set_text(text_27, $3);
				set_text(text_28, `${get(preview).counts.error ?? ""} en erreur`);
			}, [
				() => plural(get(preview).rows.length, "ligne", "lignes"),
				() => $$props.livret ? plural(get(preview).counts.new, "nouveau livret", "nouveaux livrets") : plural(get(preview).counts.new, "nouveau candidat", "nouveaux candidats"),
				() => plural(get(preview).counts.updated, "modifié", "modifiés"),
				() => plural(get(preview).counts.unchanged, "inchangé", "inchangés")
			]);
			bind_group(binding_group, [], input_1, () => get(emptyCells), ($$value) => set(emptyCells, $$value));
			bind_group(binding_group, [], input_2, () => get(emptyCells), ($$value) => set(emptyCells, $$value));
			bind_select_value(select_7, () => get(statusFilter), ($$value) => set(statusFilter, $$value));
			append($$anchor, fragment_6);
		};
		if_block(node_13, ($$render) => {
			if (get(preview)) $$render(consequent_26);
		});
		template_effect(() => {
			set_text(text_6, `1. Lecture du fichier « ${get(fileName) ?? ""} »`);
			if (select_3_value !== (select_3_value = get(read).headerIndex)) select_3.value = (select_3.__value = select_3_value) ?? "", select_option(select_3, select_3_value);
		});
		delegated("change", select_3, (e) => setReading({ headerIndex: Number(e.currentTarget.value) }));
		append($$anchor, fragment_3);
	};
	if_block(node_5, ($$render) => {
		if (get(source) && get(read)) $$render(consequent_27);
	});
	reset(section);
	template_effect(() => {
		set_text(text_3, `${$$props.livret ? "Importer les notes du livret scolaire" : "Importer un fichier"}${$$props.target ? ` dans « ${$$props.target} »` : ""}`);
		classes = set_class(div_3, 1, "drop svelte-lipxrm", null, classes, { dragging: get(dragging) });
	});
	delegated("click", button_1, function(...$$args) {
		$$props.onclose?.apply(this, $$args);
	});
	event("dragover", div_3, (e) => {
		e.preventDefault();
		set(dragging, true);
	});
	event("dragleave", div_3, () => set(dragging, false));
	event("drop", div_3, onDrop);
	delegated("change", input, onFileInput);
	append($$anchor, section);
	pop();
}
delegate(["click", "change"]);
export { ImportWizard as t };
