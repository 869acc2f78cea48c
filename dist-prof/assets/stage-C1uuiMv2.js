// src/domain/stage.ts
var DURATION_UNITS = [
	"semaines",
	"jours",
	"mois",
	"heures"
];
var CCST_STAGE_RULE = {
	minWeeks: 14,
	maxWeeks: 16,
	consecutiveYear1Weeks: 4
};
/** The duration in hundredths of a day (exact integer). */
function durationDays100(duration) {
	const { amount } = duration;
	switch (duration.unit) {
		case "semaines": return amount * 5;
		case "jours": return amount;
		case "mois": return amount * 22;
		case "heures": return Math.floor(amount / 700) * 100;
	}
}
var UNIT_WORDS = {
	s: "semaines",
	sem: "semaines",
	sems: "semaines",
	semaine: "semaines",
	semaines: "semaines",
	j: "jours",
	jr: "jours",
	jrs: "jours",
	jour: "jours",
	jours: "jours",
	m: "mois",
	mois: "mois",
	h: "heures",
	heure: "heures",
	heures: "heures"
};
var fail = (error) => ({
	ok: false,
	error
});
/** `14`, `13,5 semaines`, `70 j`, `3 mois`, `490 h`: a number (2 decimals at most) and a unit (weeks by default). */
function parseDuration(text) {
	const trimmed = text.trim().replace(/\u00a0|\u202f/g, " ");
	const match = /^(\d+)(?:[.,](\d{1,2}))?\s*([\p{L}.]*)$/u.exec(trimmed);
	if (!match) {
		if (/^\d+[.,]\d{3,}/.test(trimmed)) return fail(`« ${trimmed} » : 2 décimales au plus`);
		return fail(`« ${trimmed} » n'est pas une durée (par exemple 14 semaines, 70 jours, 3 mois ou 490 h)`);
	}
	const word = (match[3] ?? "").toLowerCase().replace(/\.$/, "");
	const unit = word === "" ? "semaines" : UNIT_WORDS[word];
	if (!unit) return fail(`« ${match[3]} » : unité inconnue (semaines, jours, mois ou heures)`);
	if ((match[1] ?? "").length > 5) return fail(`« ${trimmed} » : durée trop grande`);
	return {
		ok: true,
		value: {
			amount: Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0")),
			unit
		}
	};
}
/** `4+2`, `4 sem + 10 j`: several durations, each one a period of its own. */
function parseDurationList(text) {
	const parts = text.split("+").map((p) => p.trim());
	if (parts.some((p) => p === "")) return fail(`« ${text.trim()} » : durées attendues séparées par +, par exemple 4+2`);
	const durations = [];
	for (const part of parts) {
		const parsed = parseDuration(part);
		if (!parsed.ok) return parsed;
		durations.push(parsed.value);
	}
	return {
		ok: true,
		value: durations
	};
}
/** `1350` → `13,5`; `1400` → `14`. */
function formatHundredths(value) {
	const whole = Math.trunc(value / 100);
	const rest = value % 100;
	if (rest === 0) return String(whole);
	return `${whole},${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}
var UNIT_SHORT = {
	semaines: "sem",
	jours: "j",
	mois: "mois",
	heures: "h"
};
/** `13,5 sem`, `70 j`: what the duration input shows. */
function formatDurationShort(duration) {
	return `${formatHundredths(duration.amount)} ${UNIT_SHORT[duration.unit]}`;
}
/** Hundredths of a day as weeks and days, exactly: `13 semaines et 2,5 jours`, `14 semaines`, `3 jours`. */
function formatWeeks(days100) {
	const weeks = Math.floor(days100 / 500);
	const days = days100 - weeks * 500;
	const weekText = weeks === 0 ? "" : `${weeks} semaine${weeks > 1 ? "s" : ""}`;
	const dayText = days === 0 ? "" : `${formatHundredths(days)} jour${days > 100 ? "s" : ""}`;
	if (weekText && dayText) return `${weekText} et ${dayText}`;
	return weekText || dayText || "0 semaine";
}
/** Days since 1970-01-01 of an ISO date (UTC, so no time zone or daylight saving can shift it). */
function dayNumber(iso) {
	const [year, month, day] = iso.split("-").map(Number);
	return Math.round(Date.UTC(year, month - 1, day) / 864e5);
}
/** 0 = Sunday … 6 = Saturday. */
var weekday = (day) => ((day + 4) % 7 + 7) % 7;
var isWorkingDay = (day) => weekday(day) !== 0 && weekday(day) !== 6;
/** Working days (Monday to Friday) from `start` to `end`, both included; public holidays are not known. */
function workingDays(start, end) {
	let count = 0;
	for (let day = dayNumber(start); day <= dayNumber(end); day++) if (isWorkingDay(day)) count++;
	return count;
}
/** True when no working day lies strictly between the end of one period and the start of the next. */
function contiguous(previousEnd, nextStart) {
	for (let day = dayNumber(previousEnd) + 1; day < dayNumber(nextStart); day++) if (isWorkingDay(day)) return false;
	return true;
}
/** Structural problems of one period (dates in the wrong order…), in French; empty when none. */
function periodProblems(period) {
	const problems = [];
	if (!Number.isInteger(period.duration.amount) || period.duration.amount <= 0) problems.push("la durée doit être positive");
	if (period.start === null !== (period.end === null)) problems.push("indiquez les deux dates, ou aucune");
	if (period.start !== null && period.end !== null && period.end < period.start) problems.push("la date de fin précède la date de début");
	if (period.kind === "stage" && period.year !== 1 && period.year !== 2) problems.push("l'année du stage doit être 1 ou 2");
	return problems;
}
/**
* Totals and the checks of the stage rule. `shortfalls` names what makes the duration insufficient:
* total under the minimum, or no run of consecutive weeks in year 1.
*/
function stageSummary(periods, rule = CCST_STAGE_RULE) {
	const days = periods.map((p) => durationDays100(p.duration));
	let totalDays100 = 0;
	let year1Days100 = 0;
	let year2Days100 = 0;
	let workDays100 = 0;
	let stagePeriods = 0;
	let workPeriods = 0;
	const warnings = [];
	periods.forEach((p, i) => {
		const d = days[i];
		if (p.kind === "travail") {
			workDays100 += d;
			workPeriods++;
			return;
		}
		stagePeriods++;
		totalDays100 += d;
		if (p.year === 1) year1Days100 += d;
		else year2Days100 += d;
		if (p.start !== null && p.end !== null && p.end >= p.start) {
			const span = workingDays(p.start, p.end) * 100;
			if (d > span) warnings.push(`${label(p, i)} : ${formatWeeks(d)} déclarées pour ${formatWeeks(span)} ouvrées entre les dates : vérifiez l'attestation`);
			else if (p.year === 1 && d >= rule.consecutiveYear1Weeks * 500 && span > d + 500) warnings.push(`${label(p, i)} : ${formatWeeks(d)} réparties sur ${formatWeeks(span)} ouvrées : vérifiez que 4 semaines sont consécutives`);
		}
	});
	const dated = periods.map((p, i) => ({
		p,
		i
	})).filter(({ p }) => p.kind === "stage" && p.start !== null && p.end !== null && p.end >= p.start).sort((a, b) => a.p.start.localeCompare(b.p.start) || a.i - b.i);
	for (let k = 1; k < dated.length; k++) {
		const [a, b] = [dated[k - 1], dated[k]];
		if (b.p.start <= a.p.end) warnings.push(`${label(a.p, a.i)} et ${label(b.p, b.i)} se chevauchent : une même journée ne compte qu'une fois`);
	}
	const { longest, members } = longestYear1Run(periods, days);
	const shortfalls = [];
	if (stagePeriods > 0) {
		if (totalDays100 < rule.minWeeks * 500) shortfalls.push(`${formatWeeks(totalDays100)} de stage sur les deux années, ${rule.minWeeks} semaines au moins sont requises`);
		if (longest < rule.consecutiveYear1Weeks * 500) shortfalls.push(longest === 0 ? `aucun stage en 1re année : ${rule.consecutiveYear1Weeks} semaines consécutives au moins sont requises` : `en 1re année, la plus longue période consécutive fait ${formatWeeks(longest)}, ${rule.consecutiveYear1Weeks} semaines consécutives au moins sont requises`);
		if (totalDays100 > rule.maxWeeks * 500) warnings.unshift(`${formatWeeks(totalDays100)} de stage : plus que les ${rule.maxWeeks} semaines prévues`);
	}
	return {
		stagePeriods,
		workPeriods,
		totalDays100,
		year1Days100,
		year2Days100,
		workDays100,
		longestYear1Days100: longest,
		longestYear1Periods: members,
		durationOk: stagePeriods > 0 && shortfalls.length === 0,
		shortfalls,
		warnings
	};
}
function label(period, index) {
	return `Période ${index + 1}${period.organisme ? ` (${period.organisme})` : ""}`;
}
/** The longest run of year-1 stage: single periods, or chains of periods contiguous by their dates. */
function longestYear1Run(periods, days) {
	let best = {
		longest: 0,
		members: []
	};
	const consider = (total, members) => {
		if (total > best.longest) best = {
			longest: total,
			members
		};
	};
	const dated = [];
	periods.forEach((p, i) => {
		if (p.kind !== "stage" || p.year !== 1) return;
		if (p.start !== null && p.end !== null && p.end >= p.start) dated.push(i);
		else consider(days[i], [i]);
	});
	dated.sort((a, b) => periods[a].start.localeCompare(periods[b].start) || a - b);
	let run = [];
	let total = 0;
	let end = "";
	for (const i of dated) {
		const p = periods[i];
		if (run.length > 0 && (p.start <= end || contiguous(end, p.start))) {
			run.push(i);
			total += days[i];
			if (p.end > end) end = p.end;
		} else {
			run = [i];
			total = days[i];
			end = p.end;
		}
		consider(total, [...run]);
	}
	return best;
}
export { parseDuration as a, stageSummary as c, formatWeeks as i, DURATION_UNITS as n, parseDurationList as o, formatDurationShort as r, periodProblems as s, CCST_STAGE_RULE as t };
