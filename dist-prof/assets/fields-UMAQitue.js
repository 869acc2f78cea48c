import { f as unitForms, r as formatMark } from "./marks-B5B9zhMh.js";
import { o as controleKey } from "./session-D2Rp9qN2.js";
import "./csv-ViKb-jGC.js";
import "./file-check-Dc5zDjQx.js";
import { n as normalizeHeader, t as mapHeaders } from "./headers-DmUZuWP7.js";
import { a as PARCOURS_LABELS, b as stageRuleOf, d as conformityUnits, i as CONFORMITY_STATUS_LABELS, l as conformityDataOf, m as evaluateConformity, y as mergeConformity } from "./conformity-CRa_d-4n.js";
import { i as isoDateParts, n as frenchDateParts, t as calendarIso } from "./dates-qyPr0vLJ.js";
import { o as parseDurationList, r as formatDurationShort } from "./stage-C1uuiMv2.js";
import { t as isoToFrenchDate } from "./dates-BZmzPFtD.js";
// src/io/candidates-csv.ts
var IDENTITY_FIELDS = [
	{
		key: "numero",
		label: "Numéro",
		synonyms: [
			"N° candidat",
			"Numéro candidat",
			"Numéro de candidat",
			"N°",
			"No",
			"Num",
			"Num candidat"
		]
	},
	{
		key: "nom",
		label: "Nom",
		synonyms: ["Nom de famille", "Nom candidat"]
	},
	{
		key: "prenom",
		label: "Prénom",
		synonyms: ["Prénoms", "Prénom candidat"]
	}
];
/** Every column the file may hold for a regulation: identity, units, contrôle units. */
function candidateFields(regulation) {
	return [
		...IDENTITY_FIELDS,
		...regulation.units.map((u) => ({
			key: u.code,
			label: u.code,
			synonyms: u.aliases ?? []
		})),
		...regulation.controle.units.map((u) => ({
			key: controleKey(u.code),
			label: `contrôle ${u.code}`,
			synonyms: [
				`ctrl ${u.code}`,
				`${u.code} contrôle`,
				`oral de contrôle ${u.code}`,
				`2nd groupe ${u.code}`
			]
		}))
	];
}
// src/io/import/conformity.ts
/**
* The dossier conformity columns of an imported file (R7): the fields, the reading of their cells, and the
* conformity part of a plan row. The row gives changes applied onto the candidate's record when the import is
* applied (src/db/imports.ts → src/db/conformity.ts), so a non-conforme unit gets its NV in the same transaction.
*
* Candidate columns: `parcours` (stage / expérience), `stage_annee1` and `stage_annee2` (weeks of stage of that
* year: `6`, `4+2` for two separate periods, `30 j`, `1,5 mois`, `140 h`), `attestations`, `certificats`,
* `signatures`, `visas` (oui / non, for every unit), `depot` (deposit date of every unit).
* Unit columns: `fiche_E4`, `dossier_U62`, `pages_U62`, `depot_U61`, `autres_E4`… (they win over the candidate
* columns). An empty cell changes nothing (or clears the value with the 'clear' policy).
*/
var fail = (error) => ({
	ok: false,
	error
});
/** Spellings of a unit code in headers: `U61` and its aliases (`E61`). */
function unitNames(regulation, code) {
	return [code, ...regulation.units.find((u) => u.code === code)?.aliases ?? []];
}
var field = (key, label, synonyms) => ({
	key,
	label,
	synonyms,
	group: "conformite"
});
/** The conformity fields of a regulation (none when it has no unit to check). */
function conformityFields(regulation) {
	const specs = conformityUnits(regulation);
	if (specs.length === 0) return [];
	const fields = [
		field("parcours", "Parcours (stage / expérience)", [
			"Parcours",
			"Stage ou expérience",
			"Type de parcours"
		]),
		field("stage_annee1", "Stage 1re année (semaines)", [
			"Stage 1re année",
			"Stage 1ère année",
			"Stage première année",
			"Stage année 1",
			"Semaines de stage 1re année",
			"Semaines 1re année",
			"Stage 1A"
		]),
		field("stage_annee2", "Stage 2e année (semaines)", [
			"Stage 2e année",
			"Stage 2ème année",
			"Stage deuxième année",
			"Stage année 2",
			"Semaines de stage 2e année",
			"Semaines 2e année",
			"Stage 2A"
		]),
		field("attestations", "Attestations de stage", [
			"Attestation de stage",
			"Attestations",
			"Attestations présentes"
		]),
		field("certificats", "Certificats de travail", ["Certificat de travail", "Certificats"]),
		field("signatures", "Documents signés", [
			"Signés",
			"Signature",
			"Signatures",
			"Attestations signées"
		]),
		field("visas", "Documents visés (cachet)", [
			"Visés",
			"Visa",
			"Visas",
			"Cachet",
			"Cachets",
			"Attestations visées"
		]),
		field("depot", "Date de dépôt", [
			"Date dépôt",
			"Dépôt",
			"Date de dépôt du dossier",
			"Déposé le",
			"Dossier déposé le"
		])
	];
	for (const spec of specs) {
		const names = unitNames(regulation, spec.code);
		const each = (forms) => names.flatMap(forms);
		fields.push(field(`fiche_${spec.code}`, `Fiche descriptive ${spec.code}`, each((n) => [`Fiche ${n}`, `Fiche descriptive ${n}`])));
		if (spec.dossier) {
			fields.push(field(`dossier_${spec.code}`, `Dossier ${spec.code}`, each((n) => [`Dossier ${n}`])));
			fields.push(field(`pages_${spec.code}`, `Pages du dossier ${spec.code}`, each((n) => [
				`Pages ${n}`,
				`Nombre de pages ${n}`,
				`Pages dossier ${n}`
			])));
		}
		fields.push(field(`depot_${spec.code}`, `Date de dépôt ${spec.code}`, each((n) => [`Dépôt ${n}`, `Date dépôt ${n}`])));
		fields.push(field(`autres_${spec.code}`, `Autres motifs ${spec.code}`, each((n) => [`Autres ${n}`, `Autre motif ${n}`])));
	}
	return fields;
}
var YES = /* @__PURE__ */ new Set([
	"oui",
	"o",
	"yes",
	"y",
	"x",
	"1",
	"vrai",
	"present",
	"presente",
	"presents",
	"presentes",
	"ok",
	"fait"
]);
var NO = /* @__PURE__ */ new Set([
	"non",
	"n",
	"no",
	"0",
	"faux",
	"absent",
	"absente",
	"absents",
	"absentes"
]);
var UNKNOWN = /* @__PURE__ */ new Set([
	"",
	"averifier",
	"nonverifie",
	"inconnu"
]);
/** `oui`, `non`, `x`, `1`, `0`, `présent`… → true / false; `?` or `à vérifier` → null (not checked). */
function parseCheck(cell) {
	const text = cell.trim();
	if (text === "?" || text === "✓" || text === "✗") return {
		ok: true,
		value: text === "?" ? null : text === "✓"
	};
	const key = normalizeHeader(text);
	if (YES.has(key)) return {
		ok: true,
		value: true
	};
	if (NO.has(key)) return {
		ok: true,
		value: false
	};
	if (UNKNOWN.has(key)) return {
		ok: true,
		value: null
	};
	return fail(`« ${text} » : oui ou non attendu`);
}
function formatCheck(check) {
	return check === null ? "" : check ? "oui" : "non";
}
/** `JJ/MM/AAAA` (also `J/M/AAAA`, `.` or `-`) or ISO `AAAA-MM-JJ` → ISO. */
function parseDate(cell) {
	const text = cell.trim();
	const parts = isoDateParts(text) ?? frenchDateParts(text);
	if (!parts) return fail(`« ${text} » : date attendue au format JJ/MM/AAAA`);
	const iso = calendarIso(parts.year, parts.month, parts.day);
	return iso ? {
		ok: true,
		value: iso
	} : fail(`le ${text} n'existe pas dans le calendrier`);
}
function parseParcours(cell) {
	const key = normalizeHeader(cell);
	if (key.startsWith("stage") || key === "attestation" || key === "attestations") return {
		ok: true,
		value: "stage"
	};
	if (key.startsWith("experience") || key.startsWith("certificat") || key === "travail") return {
		ok: true,
		value: "experience"
	};
	return fail(`« ${cell.trim()} » : parcours « stage » ou « expérience » attendu`);
}
function parsePages(cell) {
	const text = cell.trim();
	if (!/^\d{1,5}$/.test(text)) return fail(`« ${text} » : nombre de pages entier attendu`);
	return {
		ok: true,
		value: Number(text)
	};
}
/** `4+2` → two year-`year` stage periods without dates (each a period of its own: not contiguous). */
function parseYear(cell, year) {
	const text = cell.trim();
	if (/^0+(?:[.,]0+)?$/.test(text)) return {
		ok: true,
		value: []
	};
	const durations = parseDurationList(text);
	if (!durations.ok) return durations;
	if (durations.value.some((d) => d.amount === 0)) return fail(`« ${text} » : une période ne peut pas durer 0`);
	return {
		ok: true,
		value: durations.value.map((duration) => ({
			kind: "stage",
			organisme: "",
			year,
			start: null,
			end: null,
			duration
		}))
	};
}
function formatYear(periods, year) {
	return periods.filter((p) => p.kind === "stage" && p.year === year).map((p) => formatDurationShort(p.duration)).join(" + ");
}
/** The conformity part of a plan row; problems are reported through `error`. */
function planRowConformity(input) {
	const specs = conformityUnits(input.regulation);
	const result = {
		changes: null,
		cellChanges: [],
		nvAfter: /* @__PURE__ */ new Map()
	};
	if (specs.length === 0) return result;
	const changes = {};
	const units = {};
	let any = false;
	/** Reads a mapped cell: undefined = leave as it is; null = clear; else the parsed value. */
	const read = (key, parse) => {
		const raw = input.cell(key);
		if (raw === void 0) return void 0;
		if (raw.trim() === "") return input.emptyCells === "clear" ? null : void 0;
		const parsed = parse(raw);
		if (!parsed.ok) {
			input.error(key, parsed.error);
			return;
		}
		return parsed.value;
	};
	const setUnits = (specsToSet, name, value) => {
		for (const spec of specsToSet) units[spec.code] = {
			...units[spec.code],
			[name]: value
		};
		any = true;
	};
	const parcours = read("parcours", parseParcours);
	if (parcours !== void 0) {
		changes.parcours = parcours;
		any = true;
	}
	for (const year of [1, 2]) {
		const periods = read(`stage_annee${year}`, (t) => parseYear(t, year));
		if (periods === void 0) continue;
		changes.stageYears = {
			...changes.stageYears,
			[year]: periods ?? []
		};
		any = true;
	}
	const common = [
		[
			"attestations",
			"attestations",
			parseCheck
		],
		[
			"certificats",
			"certificats",
			parseCheck
		],
		[
			"signatures",
			"signed",
			parseCheck
		],
		[
			"visas",
			"stamped",
			parseCheck
		],
		[
			"depot",
			"depositDate",
			parseDate
		]
	];
	for (const [key, name, parse] of common) {
		const value = read(key, parse);
		if (value !== void 0) setUnits(specs, name, value);
	}
	for (const spec of specs) {
		const own = [
			[
				`fiche_${spec.code}`,
				"fiche",
				parseCheck
			],
			[
				`depot_${spec.code}`,
				"depositDate",
				parseDate
			],
			[
				`autres_${spec.code}`,
				"other",
				(t) => ({
					ok: true,
					value: t.trim()
				})
			]
		];
		if (spec.dossier) own.push([
			`dossier_${spec.code}`,
			"dossier",
			parseCheck
		], [
			`pages_${spec.code}`,
			"pages",
			parsePages
		]);
		for (const [key, name, parse] of own) {
			const value = read(key, parse);
			if (value === void 0) continue;
			setUnits([spec], name, name === "other" && value === null ? "" : value);
		}
	}
	if (Object.keys(units).length > 0) changes.units = units;
	if (!any) {
		if (input.stored) for (const [code, nv] of Object.entries(input.stored.nv)) result.nvAfter.set(code, nv.reasons);
		return result;
	}
	const before = conformityDataOf(input.stored ?? null, specs);
	const after = mergeConformity(before, changes);
	const known = input.stored !== void 0;
	result.changes = known && JSON.stringify(before) === JSON.stringify(after) ? null : changes;
	const show = (label, was, now) => {
		if (!known || was !== now) result.cellChanges.push({
			field: "conformite",
			label,
			before: known ? was : "",
			after: now
		});
	};
	if (changes.parcours !== void 0) show(input.label("parcours"), before.parcours ? PARCOURS_LABELS[before.parcours] : "", after.parcours ? PARCOURS_LABELS[after.parcours] : "");
	for (const year of [1, 2]) if (changes.stageYears?.[year] !== void 0) show(input.label(`stage_annee${year}`), formatYear(before.periods, year), formatYear(after.periods, year));
	const shown = {
		attestations: formatCheck,
		certificats: formatCheck,
		signed: formatCheck,
		stamped: formatCheck,
		fiche: formatCheck,
		dossier: formatCheck,
		pages: (v) => v === null ? "" : String(v),
		depositDate: (v) => isoToFrenchDate(v),
		other: (v) => v,
		declared: (v) => (v ?? []).join(", ")
	};
	const NAMES = {
		attestations: "attestations",
		certificats: "certificats",
		signed: "signés",
		stamped: "visés",
		fiche: "fiche descriptive",
		dossier: "dossier",
		pages: "pages",
		depositDate: "dépôt",
		other: "autres motifs",
		declared: "motifs de NV"
	};
	for (const spec of specs) for (const name of Object.keys(units[spec.code] ?? {})) {
		const format = shown[name];
		show(`${spec.code} ${NAMES[name]}`, format(before.units[spec.code][name]), format(after.units[spec.code][name]));
	}
	if (input.candidate && input.depositDeadline !== void 0) {
		const evaluate = (data) => evaluateConformity(data, {
			statut: input.candidate.statut,
			depositDeadline: input.depositDeadline ?? null,
			forms: unitForms(input.candidate, input.regulation, input.etablissement?.type ?? null),
			benefices: new Set(input.marks.filter((m) => m.benefice).map((m) => m.unit)),
			specs,
			rule: stageRuleOf(input.regulation)
		});
		const was = known ? evaluate(before) : null;
		const now = evaluate(after);
		for (const unit of now.units) {
			const previous = was?.units.find((u) => u.code === unit.code);
			const text = (status) => `${CONFORMITY_STATUS_LABELS[status]}${status === "non_conforme" ? " (NV)" : ""}`;
			if (unit.status === "non_conforme") result.nvAfter.set(unit.code, unit.nvReasons);
			if (previous && previous.status === unit.status) continue;
			const replaced = input.stored?.nv[unit.code]?.replaced;
			const restored = previous?.status === "non_conforme" && unit.status !== "non_conforme" ? ` — note rétablie : ${replaced ? formatMark(replaced.value) || "(vide)" : "(vide)"}` : "";
			result.cellChanges.push({
				field: "conformite",
				label: `Conformité ${unit.code}`,
				before: previous ? text(previous.status) : "",
				after: `${text(unit.status)}${restored}`
			});
		}
	} else if (input.stored) for (const [code, nv] of Object.entries(input.stored.nv)) result.nvAfter.set(code, nv.reasons);
	return result;
}
// src/io/import/fields.ts
var identity = (key) => IDENTITY_FIELDS.find((f) => f.key === key);
var IDENTITY = [
	{
		...identity("numero"),
		label: "N° candidat",
		synonyms: ["Numéro", ...identity("numero").synonyms],
		group: "identite"
	},
	{
		...identity("nom"),
		group: "identite"
	},
	{
		...identity("prenom"),
		group: "identite"
	},
	{
		key: "date_naissance",
		label: "Date de naissance",
		synonyms: [
			"Né(e) le",
			"Né le",
			"Née le",
			"Date naissance",
			"Naissance",
			"Date de naiss"
		],
		group: "identite"
	},
	{
		key: "statut",
		label: "Statut",
		synonyms: ["Statut du candidat", "Statut candidat"],
		group: "identite"
	},
	{
		key: "langue_vivante",
		label: "Langue vivante",
		synonyms: [
			"LV",
			"LVE",
			"Langue",
			"LV1",
			"Langue vivante étrangère"
		],
		group: "identite"
	},
	{
		key: "facultatives",
		label: "Épreuves facultatives",
		synonyms: [
			"Facultatives",
			"Options",
			"Épreuves facultatives choisies"
		],
		group: "identite"
	},
	{
		key: "formes",
		label: "Formes d'évaluation",
		synonyms: [
			"Formes",
			"Forme",
			"Forme des épreuves"
		],
		group: "identite"
	}
];
var ETABLISSEMENT = [
	{
		key: "etablissement_uai",
		label: "UAI",
		synonyms: [
			"RNE",
			"Code UAI",
			"Code RNE",
			"Code établissement",
			"UAI établissement",
			"N° UAI"
		],
		group: "etablissement"
	},
	{
		key: "etablissement_nom",
		label: "Établissement",
		synonyms: [
			"Nom de l'établissement",
			"Nom établissement",
			"Établissement d'origine",
			"Lycée",
			"Centre de formation"
		],
		group: "etablissement"
	},
	{
		key: "etablissement_ville",
		label: "Ville",
		synonyms: ["Ville de l'établissement", "Commune"],
		group: "etablissement"
	},
	{
		key: "etablissement_type",
		label: "Type d'établissement",
		synonyms: ["Type établissement", "Type de l'établissement"],
		group: "etablissement"
	}
];
var INDICATEURS = [{
	key: "sous_reserve",
	label: "Sous réserve",
	synonyms: [
		"Sous réserve de vérification",
		"Réserve",
		"Réserves"
	],
	group: "indicateurs"
}, {
	key: "benefices",
	label: "Bénéfices",
	synonyms: [
		"Bénéfice",
		"Bénéfices de notes",
		"Notes conservées"
	],
	group: "indicateurs"
}];
/**
* Identity, établissement, every unit (`E61` for U61…), every contrôle unit (`contrôle E1`), flags, and the
* dossier conformity columns (R7: src/io/import/conformity.ts).
*/
function importFields(regulation) {
	const unitCodes = new Set(regulation.units.map((u) => u.code));
	const marks = candidateFields(regulation).filter((f) => !IDENTITY_FIELDS.includes(f)).map((f) => ({
		...f,
		group: unitCodes.has(f.key) ? "notes" : "controle"
	}));
	return [
		...IDENTITY,
		...ETABLISSEMENT,
		...marks,
		...conformityFields(regulation),
		...INDICATEURS
	];
}
/** Field per column from the header's spelling; when two columns name the same field, the first wins. */
function autoMap(header, fields) {
	return mapHeaders([...header], [...fields]).columns;
}
export { planRowConformity as i, importFields as n, conformityFields as r, autoMap as t };
