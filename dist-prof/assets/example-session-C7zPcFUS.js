import { a as formatHundredthsShort, n as averageHundredths } from "./exact-Cpdw3sSx.js";
import { a as parseControleMark, f as unitForms, o as parseMark } from "./marks-B5B9zhMh.js";
import { a as btsCcst2024 } from "./presets-Cf2HfyzO.js";
import { r as isCompulsory } from "./regulation-CUY09-RS.js";
import { r as computeResult } from "./results-CXJABGNk.js";
import { o as controleKey } from "./session-D2Rp9qN2.js";
import { r as gridsFor } from "./grids-BLNduPl5.js";
import { l as livretTemplateFor, r as LIVRET_PERIODS } from "./livret-PcoQAaJt.js";
// src/sample/names.ts
/** Invented-name material for fictitious candidates (combinations, not real people). */
var NOMS = [
	"Martin",
	"Bernard",
	"Dubois",
	"Thomas",
	"Robert",
	"Richard",
	"Petit",
	"Durand",
	"Leroy",
	"Moreau",
	"Simon",
	"Laurent",
	"Lefèbvre",
	"Michel",
	"Garcia",
	"David",
	"Bertrand",
	"Roux",
	"Vincent",
	"Fournier",
	"Morel",
	"Girard",
	"André",
	"Lefèvre",
	"Mercier",
	"Dupont",
	"Lambert",
	"Bonnet",
	"François",
	"Martinez",
	"Legrand",
	"Garnier",
	"Faure",
	"Rousseau",
	"Blanc",
	"Guérin",
	"Müller",
	"Henry",
	"Roussel",
	"Nicolas",
	"Perrin",
	"Morin",
	"Mathieu",
	"Clément",
	"Gauthier",
	"Dumont",
	"Lopez",
	"Fontaine",
	"Chevalier",
	"Robin",
	"N'Diaye",
	"Le Goff",
	"Œillet",
	"Cazals",
	"Puech",
	"Fabre",
	"Vidal",
	"Bousquet",
	"Delpech",
	"Carrère",
	"Lafon",
	"Sabatier",
	"Baylac",
	"Marty",
	"Ferrand",
	"Pujol",
	"Soulié",
	"Castaing",
	"Benhamou",
	"Nguyen",
	"Da Silva",
	"Ben Saïd",
	"Lacoste",
	"Estève"
];
var PRENOMS = [
	"Léa",
	"Chloé",
	"Manon",
	"Inès",
	"Camille",
	"Sarah",
	"Zoé",
	"Jade",
	"Louise",
	"Lucie",
	"Noé",
	"Hugo",
	"Lucas",
	"Théo",
	"Nathan",
	"Enzo",
	"Louis",
	"Raphaël",
	"Gabriel",
	"Mathis",
	"Élodie",
	"Maël",
	"Anaïs",
	"Jérôme",
	"Clément",
	"Loïc",
	"Océane",
	"Yanis",
	"Sofiane",
	"Aïcha",
	"Björn",
	"Anne-Sophie",
	"Jean-Baptiste",
	"Cécile",
	"François",
	"Emma",
	"Axel",
	"Clara",
	"Baptiste",
	"Lina",
	"Quentin",
	"Margaux",
	"Romain",
	"Mélissa",
	"Kevin",
	"Pauline",
	"Adrien"
];
// src/sample/random.ts
/** A small seeded PRNG (mulberry32): the same seed always gives the same fictitious data. */
function seededRandom(seed) {
	let a = seed >>> 0;
	return () => {
		a = a + 1831565813 >>> 0;
		let t = a;
		t = Math.imul(t ^ t >>> 15, t | 1);
		t ^= t + Math.imul(t ^ t >>> 7, t | 61);
		return ((t ^ t >>> 14) >>> 0) / 4294967296;
	};
}
function pick(random, items) {
	return items[Math.floor(random() * items.length)];
}
// src/sample/example-session.ts
/**
* A complete fictitious jury to explore the product with: the 13 établissements and 170 candidates of
* the Toulouse 2023 circular (Toulouse circular 2023, "Les candidats"), invented names, and marks that show every
* case the jury meets (ADMIS, CONTROLE with and without contrôle marks, AJOURNE, ELIMINE, NV,
* INCOMPLET, ABJ, DI, sous réserve, bénéfice).
*
* Pure and deterministic: the same regulation always gives the same session, deep-equal.
* Every mark is built by the domain parser from what a user would type, so it is valid by construction.
*/
/**
* The Toulouse 2023 list, in the circular's order, names tidied. Euridice's code is printed
* `E0313029Z`: the leading `E` is an extraction artefact (a UAI is 7 digits and a check letter, and
* 0313029 gives Z). Cities not printed are the établissements' known towns (Limayrac, LGT Hessel and
* CFA Aspect in Toulouse, LPA Valentès in Mirande).
*/
var ETABLISSEMENTS = [
	{
		uai: "0121371A",
		name: "GRETA du Rouergue",
		city: "Rodez",
		type: "greta",
		count: 10,
		ef1: 0,
		level: -.3
	},
	{
		uai: "0310028M",
		name: "LGT Vincent Auriol",
		city: "Revel",
		type: "public",
		count: 8,
		ef1: 0,
		level: .2
	},
	{
		uai: "",
		name: "Enseignement à distance — résidant 31",
		city: "Toulouse",
		type: "distance",
		count: 1,
		ef1: 0,
		level: -.5,
		langue: "Espagnol"
	},
	{
		uai: "0310044E",
		name: "LPO Déodat",
		city: "Toulouse",
		type: "public",
		count: 11,
		ef1: 0,
		level: 0
	},
	{
		uai: "0310091F",
		name: "LP Hessel",
		city: "Toulouse",
		type: "public",
		count: 12,
		ef1: 0,
		level: -.4
	},
	{
		uai: "0311177L",
		name: "Limayrac",
		city: "Toulouse",
		type: "prive_sous_contrat",
		count: 19,
		ef1: 0,
		level: .4
	},
	{
		uai: "0311201M",
		name: "Lycée Myriam",
		city: "Toulouse",
		type: "public",
		count: 20,
		ef1: 19,
		level: .3
	},
	{
		uai: "0311902Z",
		name: "LGT Hessel",
		city: "Toulouse",
		type: "public",
		count: 20,
		ef1: 0,
		level: .1
	},
	{
		uai: "0312738H",
		name: "CFA Aspect Midi-Pyrénées",
		city: "Toulouse",
		type: "cfa_habilite",
		count: 18,
		ef1: 0,
		level: 0
	},
	{
		uai: "0313029Z",
		name: "Euridice",
		city: "Toulouse",
		type: "prive_hors_contrat",
		count: 11,
		ef1: 1,
		level: -.8,
		langue: "Anglais"
	},
	{
		uai: "0320025D",
		name: "LPO D'Artagnan",
		city: "Nogaro",
		type: "public",
		count: 8,
		ef1: 8,
		level: 0
	},
	{
		uai: "0320557G",
		name: "LPA Valentès",
		city: "Mirande",
		type: "public",
		count: 9,
		ef1: 7,
		level: -.2
	},
	{
		uai: "0810004P",
		name: "LPO Rascol",
		city: "Albi",
		type: "public",
		count: 23,
		ef1: 1,
		level: .2
	}
];
var STATUT_BY_TYPE = {
	public: "scolaire",
	prive_sous_contrat: "scolaire",
	prive_hors_contrat: "scolaire",
	cfa_habilite: "apprenti",
	cfa_non_habilite: "apprenti",
	greta: "formation_continue",
	distance: "distance"
};
/** Contrôle marks entered for two CONTROLE candidates: one admitted after it, one not. */
var CONTROLE_TRIES_ADMIS = [
	["14", "13,5"],
	["15,5", "15"],
	["17", "16,5"]
];
var CONTROLE_TRIES_AJOURNE = [
	["9", "AB"],
	["6,5", "AB"],
	["0", "AB"]
];
var SEED = 2024;
/** The example jury, deterministic: two builds are deep-equal. */
function buildExampleSession(regulation = btsCcst2024) {
	const random = seededRandom(SEED);
	const collator = new Intl.Collator("fr");
	const etablissements = ETABLISSEMENTS.map(({ uai, name, city, type }) => ({
		uai,
		name,
		city,
		type
	}));
	const usedNames = /* @__PURE__ */ new Set();
	const uniqueName = () => {
		for (;;) {
			const nom = pick(random, NOMS);
			const prenom = pick(random, PRENOMS);
			const key = `${nom}\u0000${prenom}`;
			if (!usedNames.has(key)) {
				usedNames.add(key);
				return {
					nom,
					prenom
				};
			}
		}
	};
	const optional = regulation.units.filter((u) => !isCompulsory(u));
	const languageOption = optional.find((u) => !u.mayBeCcf);
	const otherOptions = optional.filter((u) => u !== languageOption);
	const drafts = [];
	ETABLISSEMENTS.forEach((seed, etablissementRef) => {
		const statut = STATUT_BY_TYPE[seed.type];
		const group = [];
		for (let i = 0; i < seed.count; i++) {
			const { nom, prenom } = uniqueName();
			const r = random();
			const langueVivante = seed.langue ?? (r < .84 ? "Anglais" : r < .95 ? "Espagnol" : "Allemand");
			const year = 2002 + Math.floor(random() * 4);
			const month = 1 + Math.floor(random() * 12);
			const day = 1 + Math.floor(random() * 28);
			const level = 7 + random() * 7 + random() * 3 + seed.level;
			const proBias = (random() - .2) * 5;
			group.push({
				numero: "",
				nom,
				prenom,
				dateNaissance: `${year}-${pad2(month)}-${pad2(day)}`,
				statut,
				langueVivante,
				optionalUnits: [],
				formOverrides: {},
				etablissementRef,
				level,
				proBias
			});
		}
		group.sort((a, b) => collator.compare(a.nom, b.nom) || collator.compare(a.prenom, b.prenom));
		if (languageOption) for (const d of shuffled(random, group).slice(0, seed.ef1)) d.optionalUnits.push(languageOption.code);
		for (const d of group) {
			const forms = unitForms(d, regulation, seed.type);
			for (const unit of otherOptions) if (forms[unit.code] === "CCF" && random() < .04) d.optionalUnits.push(unit.code);
			d.optionalUnits.sort((a, b) => unitIndex(regulation, a) - unitIndex(regulation, b));
		}
		drafts.push(...group);
	});
	drafts.forEach((d, i) => d.numero = `02431${String(i + 1).padStart(6, "0")}`);
	const typed = drafts.map((d) => {
		const marks = /* @__PURE__ */ new Map();
		const forms = unitForms(d, regulation, ETABLISSEMENTS[d.etablissementRef].type);
		for (const unit of regulation.units) {
			if (!isCompulsory(unit) && !d.optionalUnits.includes(unit.code)) continue;
			let value;
			if (!isCompulsory(unit)) value = d.level + 1 + noise(random, 4);
			else {
				const bias = unit.domain === "professional" ? d.proBias / 2 : -d.proBias / 2;
				value = d.level + bias + (forms[unit.code] === "CCF" ? .4 : 0) + noise(random, 3.5);
			}
			const whole = gridsFor(regulation).some((g) => g.unitCode === unit.code && g.mark.kind === "sum" && g.mark.wholePoints && g.form === "both");
			marks.set(unit.code, {
				text: markText(value, whole ? 1 : .25),
				sousReserve: false,
				benefice: null
			});
		}
		return marks;
	});
	const special = seededRandom(2025);
	const used = /* @__PURE__ */ new Set();
	const take = (accept = () => true) => {
		const pool = drafts.map((d, i) => i).filter((i) => !used.has(i) && drafts[i].statut !== "distance" && accept(drafts[i]));
		const index = pick(special, pool);
		used.add(index);
		return index;
	};
	const set = (index, code, text, extra = {}) => {
		const marks = typed[index];
		const previous = marks.get(code);
		marks.set(code, {
			sousReserve: previous?.sousReserve ?? false,
			benefice: previous?.benefice ?? null,
			...extra,
			text
		});
	};
	const compulsory = regulation.units.filter(isCompulsory);
	const nvUnits = compulsory.filter((u) => u.nvAllowed);
	const dispensable = compulsory.filter((u) => u.dispensable && u.domain === "general");
	const writtenGeneral = dispensable.filter((u) => !u.mayBeCcf);
	const proWritten = compulsory.filter((u) => u.domain === "professional" && !u.mayBeCcf);
	const hasType = (type) => (d) => ETABLISSEMENTS[d.etablissementRef].type === type;
	set(take(), at(proWritten, 0, compulsory).code, "AB");
	set(take(), at(writtenGeneral, -1, compulsory).code, "AB");
	set(take(hasType("prive_hors_contrat")), at(nvUnits, 0, compulsory).code, "NV");
	set(take(), at(nvUnits, -1, compulsory).code, "NV");
	typed[take()].delete(at(nvUnits, 1, compulsory).code);
	typed[take()].delete(at(dispensable, 2, compulsory).code);
	set(take(), at(proWritten, 0, compulsory).code, "ABJ");
	set(take(), at(writtenGeneral, 0, compulsory).code, "ABJ");
	set(take(), at(dispensable, 1, compulsory).code, "ABJ");
	const dispensed = [
		take(hasType("greta")),
		take(hasType("greta")),
		take(hasType("greta"))
	];
	for (const [n, index] of dispensed.entries()) for (const unit of n === 0 ? dispensable : writtenGeneral) set(index, unit.code, "DI");
	if (languageOption) set(take((d) => d.optionalUnits.includes(languageOption.code)), languageOption.code, "AB");
	for (const unit of nvUnits.slice(0, 2)) {
		const index = take();
		set(index, unit.code, typed[index].get(unit.code).text, { sousReserve: true });
	}
	set(take(), at(writtenGeneral, -1, compulsory).code, "12,5", { benefice: { year: 2023 } });
	const marks = [];
	const perCandidate = typed.map((unitMarks, candidateRef) => {
		const parsed = {};
		for (const unit of regulation.units) {
			const entry = unitMarks.get(unit.code);
			if (!entry) continue;
			const value = parseOrThrow(entry.text, unit, regulation);
			parsed[unit.code] = value;
			marks.push({
				candidateRef,
				unit: unit.code,
				value,
				sousReserve: entry.sousReserve,
				benefice: entry.benefice
			});
		}
		return { marks: parsed };
	});
	const controle = drafts.map((_, i) => ({
		i,
		result: computeResult(perCandidate[i], regulation)
	})).filter(({ i, result }) => result.decision === "CONTROLE" && !used.has(i)).sort((a, b) => averageHundredths(b.result.firstGroup) - averageHundredths(a.result.firstGroup) || a.i - b.i);
	const median = controle[Math.floor(controle.length / 2)];
	const last = controle[controle.length - 1];
	if (median && last && median !== last) {
		enterControle(median.i, CONTROLE_TRIES_ADMIS, "ADMIS");
		enterControle(last.i, CONTROLE_TRIES_AJOURNE, "AJOURNE");
	}
	function enterControle(candidateRef, tries, wanted) {
		const candidate = perCandidate[candidateRef];
		const units = regulation.controle.units.map((cu) => ({
			cu,
			mark: Math.min(...cu.covers.map((code) => hundredthsOf(candidate.marks[code])))
		})).sort((a, b) => a.mark - b.mark).slice(0, regulation.controle.maxUnits).map((x) => x.cu.code);
		for (const texts of tries) {
			const entries = {};
			units.forEach((code, n) => entries[code] = parseControleOrThrow(texts[n] ?? "", regulation));
			if (computeResult({
				...candidate,
				controle: entries
			}, regulation).decision !== wanted) continue;
			for (const [code, value] of Object.entries(entries)) marks.push({
				candidateRef,
				unit: controleKey(code),
				value,
				sousReserve: false,
				benefice: null
			});
			return;
		}
	}
	const livrets = exampleLivrets(drafts, regulation);
	const candidates = drafts.map(({ level: _level, proBias: _proBias, ...candidate }) => candidate);
	return {
		session: {
			name: "BTS CCST — session 2024 (exemple)",
			academie: "Toulouse",
			year: 2024,
			presetId: regulation.id,
			depositDeadline: "2024-04-12",
			createdAt: "2024-01-15T08:00:00.000Z"
		},
		etablissements,
		candidates,
		marks,
		livrets
	};
}
/**
* Semester marks close to each student's level (professional subjects with the same bias as their units),
* the avis du conseil de classe following the year-2 level, PIX for most. Drawn from a random source of
* their own, so the candidates and marks above stay exactly as they were before livrets existed.
*/
function exampleLivrets(drafts, regulation) {
	const template = livretTemplateFor(regulation);
	if (!template) return [];
	const random = seededRandom(2026);
	const livrets = [];
	drafts.forEach((d, candidateRef) => {
		if (d.statut !== "scolaire" && d.statut !== "apprenti") return;
		const subjects = {};
		for (const subject of template.subjects) {
			if (subject.optional && !subject.units.some((u) => d.optionalUnits.includes(u))) continue;
			const professional = subject.units.some((u) => regulation.units.find((unit) => unit.code === u)?.domain === "professional");
			const base = d.level + (professional ? d.proBias / 2 : -d.proBias / 2);
			const marks = {};
			for (const [n, period] of LIVRET_PERIODS.entries()) {
				const value = Math.min(20, Math.max(0, base - .6 + n * .3 + noise(random, 2.5)));
				marks[period] = Math.round(value * 4) * 25;
			}
			subjects[subject.id] = {
				marks,
				appreciation: ""
			};
		}
		const avis = d.level >= 13.5 ? "tres_favorable" : d.level >= 10 ? "favorable" : "doit_faire_ses_preuves";
		livrets.push({
			candidateRef,
			subjects,
			pix: random() < .75,
			avis,
			observations: ""
		});
	});
	return livrets;
}
function pad2(n) {
	return String(n).padStart(2, "0");
}
function noise(random, spread) {
	return (random() - .5) * 2 * spread;
}
/** A mark as typed, rounded to `step` points and kept within 0–20. */
function markText(value, step) {
	return formatHundredthsShort(Math.round(Math.min(20, Math.max(0, value)) / step) * Math.round(step * 100));
}
function shuffled(random, items) {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j], copy[i]];
	}
	return copy;
}
function unitIndex(regulation, code) {
	return regulation.units.findIndex((u) => u.code === code);
}
/** `units[n]` (negative from the end), or a compulsory unit of the regulation when the list is short. */
function at(units, n, fallback) {
	return units.at(n) ?? units[0] ?? fallback[0];
}
function hundredthsOf(mark) {
	return mark?.kind === "number" ? mark.hundredths : mark?.kind === "ABJ" ? 0 : Number.POSITIVE_INFINITY;
}
function parseOrThrow(text, unit, regulation) {
	const parsed = parseMark(text, unit, regulation);
	if (!parsed.ok) throw new Error(`exemple : ${unit.code} « ${text} » : ${parsed.error}`);
	return parsed.value;
}
function parseControleOrThrow(text, regulation) {
	const parsed = parseControleMark(text, regulation);
	if (!parsed.ok) throw new Error(`exemple : contrôle « ${text} » : ${parsed.error}`);
	return parsed.value;
}
export { buildExampleSession };
