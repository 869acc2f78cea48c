import { a as isoToFrench, r as isIsoDate } from "./dates-qyPr0vLJ.js";
import { c as stageSummary, n as DURATION_UNITS, s as periodProblems, t as CCST_STAGE_RULE } from "./stage-C1uuiMv2.js";
// src/domain/conformity.ts
/**
* Conformity of the professional dossiers (docs/regles.md R7; national circular 2024 annexe 4 and "Stages"; Toulouse circular 2023 §1.2).
*
* A record per candidate holds what the controllers checked: the candidate's parcours (stage, or professional
* experience with certificats de travail), the stage periods (src/domain/stage.ts) and, per unit (E4, U61,
* U62), the annexe 4 checklist. From it `evaluateConformity` gives each unit a status; `syncMarks` gives the
* mark writes that status implies (NV for a non-conforme unit, the replaced mark back when it is conforme
* again, the `sousReserve` flag while there is a doubt). `nv` is what the rest of the app relies on: the
* units this record forces to NV, and why (the guard refuses any other mark on them).
*
* Pure: no DOM, no database.
*/
var PARCOURS_LABELS = {
	stage: "Stage (attestations de stage)",
	experience: "Expérience professionnelle (certificats de travail)"
};
var ANNEXE4_ITEMS = [
	"attestation",
	"duree",
	"certificat",
	"visa",
	"ficheProjet",
	"ficheOuDossier",
	"autres"
];
/** Annexe 4's exact words. */
var ANNEXE4_WORDING = {
	attestation: "absence d'attestation(s) de stage",
	duree: "durée de stage insuffisante",
	certificat: "absence de certificat(s) de travail",
	visa: "certificat(s) ou attestation(s) non visé(s) ou non signé(s)",
	ficheProjet: "absence de fiche(s) descriptive(s) de projet",
	ficheOuDossier: "absence de fiche(s) descriptive(s) ou de dossier",
	autres: "autres (à préciser)"
};
var ANNEXE4_INTRO = "Après vérification, votre candidature ne peut être retenue pour les motifs ci-dessous :";
/** The units checked for a regulation: its own list, else every unit where NV is allowed, with generic items. */
function conformityUnits(regulation) {
	if (regulation.conformity) return regulation.conformity;
	return regulation.units.filter((u) => u.nvAllowed).map((u) => ({
		code: u.code,
		noticeCode: u.code,
		fiche: {
			label: "Fiche descriptive",
			annexe: null,
			missing: "ficheOuDossier"
		},
		dossier: null
	}));
}
/** The stage rule of a regulation (14–16 weeks, 4 consecutive in year 1 when it gives none, as CCST). */
function stageRuleOf(regulation) {
	return regulation.stage ?? CCST_STAGE_RULE;
}
function emptyChecklist() {
	return {
		attestations: null,
		certificats: null,
		signed: null,
		stamped: null,
		fiche: null,
		dossier: null,
		pages: null,
		depositDate: null,
		other: "",
		doubt: false,
		doubtNote: ""
	};
}
/** Scolaires and distance learners do stages; apprentis, formation continue and individuels justify experience. */
function defaultParcours(statut) {
	return statut === "scolaire" || statut === "distance" ? "stage" : "experience";
}
function parcoursOf(data, statut) {
	return data.parcours ?? defaultParcours(statut);
}
/** The data of a record (or of none), with every unit of `specs` present. */
function conformityDataOf(record, specs) {
	const units = {};
	for (const spec of specs) units[spec.code] = {
		...emptyChecklist(),
		...record?.units?.[spec.code] ?? {}
	};
	return {
		parcours: record?.parcours ?? null,
		periods: (record?.periods ?? []).map((p) => ({
			...p,
			duration: { ...p.duration }
		})),
		units
	};
}
function mergeConformity(data, changes) {
	const units = { ...data.units };
	for (const [code, change] of Object.entries(changes.units ?? {})) units[code] = {
		...emptyChecklist(),
		...data.units[code],
		...change
	};
	let periods = changes.periods === void 0 ? data.periods : changes.periods;
	for (const year of [1, 2]) {
		const replacement = changes.stageYears?.[year];
		if (replacement === void 0) continue;
		const at = periods.findIndex((p) => p.kind === "stage" && p.year === year);
		const kept = periods.filter((p) => !(p.kind === "stage" && p.year === year));
		const index = at === -1 ? kept.length : periods.slice(0, at).filter((p) => !(p.kind === "stage" && p.year === year)).length;
		periods = [
			...kept.slice(0, index),
			...replacement,
			...kept.slice(index)
		];
	}
	return {
		parcours: changes.parcours === void 0 ? data.parcours : changes.parcours,
		periods,
		units
	};
}
/** Nothing entered: no record is needed. */
function isEmptyData(data) {
	const empty = JSON.stringify(emptyChecklist());
	return data.parcours === null && data.periods.length === 0 && Object.values(data.units).every((u) => JSON.stringify({
		...emptyChecklist(),
		...u
	}) === empty);
}
/** `2024-04-12` → `12/04/2024`. */
var frenchDate = (iso) => isoToFrench(iso);
var isCheck = (v) => v === null || v === true || v === false;
/**
* Checks and normalizes what is about to be stored (texts trimmed, units limited to `specs`); the error names
* the place in French. Only structural problems are refused: a missing document is a finding, not an error.
*/
function checkConformityData(data, specs) {
	const fail = (error) => ({
		ok: false,
		error
	});
	if (data.parcours !== null && data.parcours !== "stage" && data.parcours !== "experience") return fail(`Parcours inconnu : « ${String(data.parcours)} ».`);
	if (!Array.isArray(data.periods)) return fail("Les périodes doivent être une liste.");
	const periods = [];
	for (const [index, raw] of data.periods.entries()) {
		const place = `Période ${index + 1}`;
		if (typeof raw !== "object" || raw === null) return fail(`${place} : période invalide.`);
		if (raw.kind !== "stage" && raw.kind !== "travail") return fail(`${place} : type inconnu (stage ou certificat de travail).`);
		const duration = raw.duration;
		if (typeof duration !== "object" || duration === null || !DURATION_UNITS.includes(duration.unit)) return fail(`${place} : unité de durée inconnue.`);
		if (!Number.isSafeInteger(duration.amount)) return fail(`${place} : durée invalide.`);
		for (const date of [raw.start, raw.end]) if (date !== null && !isIsoDate(date)) return fail(`${place} : date invalide (AAAA-MM-JJ attendu).`);
		const period = {
			kind: raw.kind,
			organisme: typeof raw.organisme === "string" ? raw.organisme.trim() : "",
			year: raw.kind === "stage" ? raw.year : raw.year === 1 || raw.year === 2 ? raw.year : null,
			start: raw.start,
			end: raw.end,
			duration: {
				amount: duration.amount,
				unit: duration.unit
			}
		};
		const problems = periodProblems(period);
		if (problems.length > 0) return fail(`${place} : ${problems.join(", ")}.`);
		periods.push(period);
	}
	const units = {};
	const known = new Set(specs.map((s) => s.code));
	for (const code of Object.keys(data.units ?? {})) if (!known.has(code)) return fail(`Épreuve « ${code} » : pas de contrôle de conformité pour cette épreuve.`);
	for (const spec of specs) {
		const raw = {
			...emptyChecklist(),
			...data.units?.[spec.code] ?? {}
		};
		const place = spec.code;
		for (const key of [
			"attestations",
			"certificats",
			"signed",
			"stamped",
			"fiche",
			"dossier"
		]) if (!isCheck(raw[key])) return fail(`${place} : « ${key} » doit être oui, non ou non vérifié.`);
		if (raw.pages !== null && !(Number.isInteger(raw.pages) && raw.pages >= 0 && raw.pages <= 1e4)) return fail(`${place} : le nombre de pages doit être un entier positif.`);
		if (raw.depositDate !== null && !isIsoDate(raw.depositDate)) return fail(`${place} : date de dépôt invalide (AAAA-MM-JJ attendu).`);
		if (typeof raw.other !== "string" || typeof raw.doubtNote !== "string") return fail(`${place} : texte attendu.`);
		if (typeof raw.doubt !== "boolean") return fail(`${place} : le doute doit être oui ou non.`);
		const declared = raw.declared ?? [];
		if (!Array.isArray(declared) || declared.some((item) => !ANNEXE4_ITEMS.includes(item))) return fail(`${place} : motifs de NV inconnus (motifs de l'annexe 4 attendus).`);
		units[spec.code] = {
			attestations: raw.attestations,
			certificats: raw.certificats,
			signed: raw.signed,
			stamped: raw.stamped,
			fiche: raw.fiche,
			dossier: spec.dossier ? raw.dossier : null,
			pages: spec.dossier ? raw.pages : null,
			depositDate: raw.depositDate,
			other: raw.other.trim(),
			doubt: raw.doubt,
			doubtNote: raw.doubtNote.trim(),
			...declared.length > 0 ? { declared: ANNEXE4_ITEMS.filter((item) => declared.includes(item)) } : {}
		};
	}
	return {
		ok: true,
		value: {
			parcours: data.parcours,
			periods,
			units
		}
	};
}
var CONFORMITY_STATUS_LABELS = {
	a_controler: "À contrôler",
	conforme: "Conforme",
	non_conforme: "Non conforme",
	sous_reserve: "Sous réserve de vérification",
	non_concerne: "Non concerné (bénéfice)"
};
function evaluateConformity(data, context) {
	const parcours = parcoursOf(data, context.statut);
	const rule = context.rule ?? CCST_STAGE_RULE;
	const stage = stageSummary(data.periods, rule);
	return {
		parcours,
		stage,
		units: context.specs.map((spec) => evaluateUnit(spec, {
			...emptyChecklist(),
			...data.units[spec.code] ?? {}
		}, parcours, stage, context))
	};
}
function evaluateUnit(spec, checks, parcours, stage, context) {
	const form = context.forms[spec.code] ?? "ponctuel";
	const ficheAnnexe = spec.fiche.annexe?.[form] ?? null;
	const ficheName = `fiche descriptive${ficheAnnexe === null ? "" : ` (annexe ${ficheAnnexe})`}`;
	const failures = [];
	const missing = [];
	const warnings = [];
	const fail = (item, detail) => failures.push({
		item,
		detail
	});
	const documents = parcours === "stage" ? "attestation(s) de stage" : "certificat(s) de travail";
	if (parcours === "stage") {
		if (checks.attestations === false) fail("attestation", "attestation(s) de stage absente(s)");
		else if (checks.attestations === null) missing.push("attestation(s) de stage");
		if (stage.stagePeriods === 0) missing.push("périodes et durées de stage");
		else for (const shortfall of stage.shortfalls) fail("duree", shortfall);
		warnings.push(...stage.warnings);
	} else if (checks.certificats === false) fail("certificat", "certificat(s) de travail absent(s)");
	else if (checks.certificats === null) missing.push("certificat(s) de travail");
	if (checks.signed === false) fail("visa", `${documents} non signé(s)`);
	else if (checks.signed === null) missing.push(`signature des ${documents}`);
	if (checks.stamped === false) fail("visa", `${documents} non visé(s) (cachet)`);
	else if (checks.stamped === null) missing.push(`visa (cachet) des ${documents}`);
	if (checks.fiche === false) fail(spec.fiche.missing, `${ficheName} absente`);
	else if (checks.fiche === null) missing.push(ficheName);
	if (spec.dossier) {
		if (checks.dossier === false) fail(spec.dossier.missing, "dossier absent");
		else if (checks.dossier === null) missing.push("dossier");
		if (checks.pages !== null && checks.pages > spec.dossier.maxPages) fail("autres", `dossier de ${checks.pages} pages hors annexes (${spec.dossier.maxPages} au plus)`);
	}
	if (checks.depositDate !== null && context.depositDeadline !== null && checks.depositDate > context.depositDeadline) fail("autres", `dossier déposé hors délai (le ${frenchDate(checks.depositDate)}, date limite le ${frenchDate(context.depositDeadline)})`);
	else if (checks.depositDate === null && context.depositDeadline !== null) missing.push("date de dépôt");
	else if (checks.depositDate !== null && context.depositDeadline === null) warnings.push("pas de date limite de dépôt dans la session : le délai ne peut pas être vérifié");
	if (checks.other !== "") fail("autres", checks.other);
	for (const item of checks.declared ?? []) {
		if (failures.some((f) => f.item === item)) continue;
		fail(item, item === "autres" ? "motif à préciser" : `${ANNEXE4_WORDING[item]} (déclaré à la saisie de NV)`);
	}
	const reasons = ANNEXE4_ITEMS.filter((item) => failures.some((f) => f.item === item)).map((item) => ANNEXE4_WORDING[item]);
	const other = failures.filter((f) => f.item === "autres").map((f) => f.detail).join(" ; ");
	const nvReasons = ANNEXE4_ITEMS.filter((item) => failures.some((f) => f.item === item)).map((item) => item === "autres" ? `${ANNEXE4_WORDING.autres} : ${other}` : ANNEXE4_WORDING[item]);
	let status;
	if (context.benefices.has(spec.code)) status = "non_concerne";
	else if (failures.length > 0) status = "non_conforme";
	else if (checks.doubt) status = "sous_reserve";
	else if (missing.length === 0) status = "conforme";
	else status = "a_controler";
	return {
		code: spec.code,
		spec,
		form,
		ficheAnnexe,
		status,
		failures,
		reasons,
		other,
		nvReasons,
		missing,
		warnings
	};
}
var NV_MARK = Object.freeze({
	value: Object.freeze({ kind: "NV" }),
	sousReserve: false,
	benefice: null
});
var blank = (m) => m === null || m.value.kind === "empty" && !m.sousReserve && m.benefice === null;
function sameState(a, b) {
	if (blank(a) || blank(b)) return blank(a) && blank(b);
	const [x, y] = [a, b];
	return x.value.kind === y.value.kind && (x.value.kind !== "number" || y.value.kind === "number" && x.value.hundredths === y.value.hundredths) && x.sousReserve === y.sousReserve && (x.benefice?.year ?? null) === (y.benefice?.year ?? null);
}
var copy = (m) => blank(m) ? null : {
	value: { ...m.value },
	sousReserve: m.sousReserve,
	benefice: m.benefice ? { year: m.benefice.year } : null
};
/**
* The marks a new evaluation implies, from the previous `nv` / `reserve` of the record and the stored marks:
* - non conforme: the mark becomes NV; what it replaced is kept (without a `sousReserve` flag this record had
*   set) to be put back; the reasons are updated when it already was NV;
* - otherwise, a unit that was NV by this record gets its replaced mark back exactly (no record if there was
*   none); then a doubt sets `sousReserve` (remembered in `reserve`), and lifting it clears only a flag that
*   the doubt had set.
*/
function syncMarks(evaluation, previous, marks) {
	const nv = {};
	const reserve = [];
	const changes = [];
	for (const unit of evaluation.units) {
		const code = unit.code;
		const current = copy(marks[code] ?? null);
		const wasNv = previous.nv[code];
		const ours = (previous.reserve ?? []).includes(code);
		let after;
		if (unit.status === "non_conforme") {
			let replaced;
			if (wasNv) replaced = copy(wasNv.replaced);
			else {
				replaced = current && ours && current.sousReserve ? {
					...current,
					sousReserve: false
				} : current;
				replaced = copy(replaced);
			}
			nv[code] = {
				reasons: [...unit.nvReasons],
				replaced
			};
			after = current?.value.kind === "NV" && wasNv ? current : {
				...NV_MARK,
				value: { kind: "NV" }
			};
		} else {
			after = wasNv ? copy(wasNv.replaced) : current;
			if (unit.status === "sous_reserve") {
				if (!after?.sousReserve) {
					after = {
						...after ?? {
							value: { kind: "empty" },
							benefice: null
						},
						sousReserve: true
					};
					reserve.push(code);
				} else if (ours && !wasNv) reserve.push(code);
			} else if (ours && after?.sousReserve && !wasNv) after = copy({
				...after,
				sousReserve: false
			});
		}
		if (!sameState(current, after)) changes.push({
			unit: code,
			before: current,
			after: copy(after)
		});
	}
	return {
		nv,
		reserve,
		changes
	};
}
var conformitySettingsKey = (sessionId) => `conformity:${sessionId}`;
function defaultConformitySettings() {
	return {
		orals: {},
		controllers: []
	};
}
function checkConformitySettings(raw, specs) {
	const orals = {};
	const known = new Set(specs.map((s) => s.code));
	for (const [code, date] of Object.entries(raw.orals ?? {})) {
		if (!known.has(code)) return {
			ok: false,
			error: `Épreuve « ${code} » : pas de contrôle de conformité pour cette épreuve.`
		};
		if (date !== null && date !== "" && !isIsoDate(date)) return {
			ok: false,
			error: `${code} : date de l'oral invalide.`
		};
		orals[code] = date === "" ? null : date;
	}
	if (!Array.isArray(raw.controllers) || raw.controllers.some((c) => typeof c !== "string")) return {
		ok: false,
		error: "Les noms des contrôleurs doivent être une liste de textes."
	};
	return {
		ok: true,
		value: {
			orals,
			controllers: raw.controllers.map((c) => c.trim()).filter((c) => c !== "")
		}
	};
}
var dayOf = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 864e5);
/** The non-conforme units whose oral is less than NOTICE_MIN_DAYS days after a notice dated `noticeDate`. */
function lateNotices(units, orals, noticeDate) {
	const late = [];
	for (const unit of units) {
		const oralDate = orals[unit];
		if (!oralDate) continue;
		const daysBefore = dayOf(oralDate) - dayOf(noticeDate);
		if (daysBefore < 7) late.push({
			unit,
			oralDate,
			daysBefore
		});
	}
	return late;
}
function lateNoticeText(late) {
	if (late.daysBefore < 0) return `${late.unit} : l'oral (le ${frenchDate(late.oralDate)}) est déjà passé.`;
	const days = late.daysBefore === 0 ? "le jour même de l'oral" : `${late.daysBefore} jour${late.daysBefore > 1 ? "s" : ""} avant l'oral`;
	return `${late.unit} : la notice arriverait ${days} (le ${frenchDate(late.oralDate)}), moins d'une semaine avant : prévenez le candidat et son établissement sans attendre.`;
}
/** The notice listing the non-conforme units (annexe 4 codes E4, E61, E62), or null when there is none. */
function buildNotice(source) {
	const units = source.evaluation.units.filter((u) => u.status === "non_conforme").map((u) => {
		const name = source.regulation.units.find((d) => d.code === u.code)?.name ?? u.code;
		return {
			code: u.spec.noticeCode,
			name,
			reasons: [...u.reasons],
			...u.other ? { other: u.other } : {}
		};
	});
	if (units.length === 0) return null;
	return {
		session: {
			name: source.session.name,
			academie: source.session.academie,
			year: source.session.year,
			diploma: source.regulation.diploma
		},
		candidate: { ...source.candidate },
		etablissement: source.etablissement ? {
			name: source.etablissement.name,
			uai: source.etablissement.uai
		} : null,
		units,
		controllers: [...source.controllers],
		date: source.date
	};
}
export { lateNoticeText as _, PARCOURS_LABELS as a, stageRuleOf as b, checkConformitySettings as c, conformityUnits as d, defaultConformitySettings as f, isEmptyData as g, frenchDate as h, CONFORMITY_STATUS_LABELS as i, conformityDataOf as l, evaluateConformity as m, ANNEXE4_ITEMS as n, buildNotice as o, defaultParcours as p, ANNEXE4_WORDING as r, checkConformityData as s, ANNEXE4_INTRO as t, conformitySettingsKey as u, lateNotices as v, syncMarks as x, mergeConformity as y };
