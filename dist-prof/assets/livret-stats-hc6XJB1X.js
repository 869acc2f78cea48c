import { a as formatHundredthsShort, n as averageHundredths, r as compareAverages } from "./exact-Cpdw3sSx.js";
import { a as YEAR_PERIODS, n as LIVRET_AVIS } from "./livret-PcoQAaJt.js";
import { s as parseMarkNumber } from "./marks-B5B9zhMh.js";
// src/domain/livret-stats.ts
/**
* The figures of the livret scolaire (annexe 3): yearly averages, class statistics per subject and period,
* the cotation de la classe, and the year-2 profile drawn on the verso. Pure and exact (exact.ts): every
* average is an `Average` fraction; nothing is rounded until it is displayed.
*
* Display: averages are truncated to the hundredth like the results engine (R3: 12,499 shows `12,49`,
* never `12,5`), then written in their shortest exact form like a typed mark (`12,5`, `12`, `12,05`).
*/
/** In the annexe's order: 1re année S1, S2, moyenne; 2e année S1, S2, moyenne. */
var LIVRET_COLUMNS = Object.freeze([
	"a1s1",
	"a1s2",
	"a1",
	"a2s1",
	"a2s2",
	"a2"
]);
var COLUMN_SHORT_LABELS = Object.freeze({
	a1s1: "1A S1",
	a1s2: "1A S2",
	a1: "Moy. 1A",
	a2s1: "2A S1",
	a2s2: "2A S2",
	a2: "Moy. 2A"
});
var COLUMN_LABELS = Object.freeze({
	a1s1: "1re année, 1er semestre",
	a1s2: "1re année, 2e semestre",
	a1: "1re année, moyenne",
	a2s1: "2e année, 1er semestre",
	a2s2: "2e année, 2e semestre",
	a2: "2e année, moyenne"
});
var isYearColumn = (column) => column === "a1" || column === "a2";
/** A mark in hundredths as an exact average (coefficient 1 = 100 hundredths). */
var markAverage = (hundredths) => ({
	points: hundredths * 100,
	divisor: 100
});
/**
* The yearly average of a subject: the mean of the year's semesters that have a mark (one semester present:
* that mark; none: null). Exact: (S1 + S2) / 2 is kept as a fraction.
*/
function yearAverage(marks, year) {
	const present = YEAR_PERIODS[year].map((p) => marks?.[p]).filter((m) => m !== void 0);
	if (present.length === 0) return null;
	return {
		points: present.reduce((sum, m) => sum + m, 0) * 100,
		divisor: present.length * 100
	};
}
/** A cell of the marks table: the semester's mark or the yearly average, null when missing. */
function columnValue(marks, column) {
	if (column === "a1") return yearAverage(marks, 1);
	if (column === "a2") return yearAverage(marks, 2);
	const mark = marks?.[column];
	return mark === void 0 ? null : markAverage(mark);
}
var gcd = (a, b) => b === 0 ? Math.abs(a) : gcd(b, a % b);
/** The exact mean of averages (each a fraction), or null for none. */
function meanOfAverages(values) {
	if (values.length === 0) return null;
	const common = values.reduce((l, v) => l / gcd(l, v.divisor) * v.divisor, 1);
	const points = values.reduce((sum, v) => sum + v.points * (common / v.divisor), 0);
	const divisor = common * values.length;
	const g = gcd(points, divisor) || 1;
	return {
		points: points / g,
		divisor: divisor / g
	};
}
function columnStats(values) {
	const present = values.filter((v) => v !== null);
	let min = null;
	let max = null;
	for (const v of present) {
		if (min === null || compareAverages(v, min) < 0) min = v;
		if (max === null || compareAverages(v, max) > 0) max = v;
	}
	return {
		count: present.length,
		mean: meanOfAverages(present),
		min,
		max
	};
}
/** Class average, lowest, highest and count of every subject and column over the livrets of a class. */
function classStatistics(records, subjects) {
	const stats = {};
	for (const subject of subjects) {
		const marks = records.map((r) => r.subjects[subject.id]?.marks);
		stats[subject.id] = Object.fromEntries(LIVRET_COLUMNS.map((column) => [column, columnStats(marks.map((m) => columnValue(m, column)))]));
	}
	return stats;
}
/**
* Percentages by the largest-remainder method: each avis gets the integer part of its share, then the
* points still missing to reach 100 go to the largest remainders (ties: in the annexe's order). So the
* three figures always add up to 100, and each is its exact share rounded down or up.
*/
function cotation(avis) {
	const counts = Object.fromEntries(LIVRET_AVIS.map((a) => [a, 0]));
	let total = 0;
	for (const a of avis) {
		if (a === null || a === void 0 || !(a in counts)) continue;
		counts[a]++;
		total++;
	}
	if (total === 0) return {
		total,
		counts,
		percents: null
	};
	const percents = Object.fromEntries(LIVRET_AVIS.map((a) => [a, Math.floor(counts[a] * 100 / total)]));
	let missing = 100 - LIVRET_AVIS.reduce((sum, a) => sum + percents[a], 0);
	const byRemainder = [...LIVRET_AVIS].sort((a, b) => counts[b] * 100 % total - counts[a] * 100 % total);
	for (const a of byRemainder) {
		if (missing === 0) break;
		percents[a]++;
		missing--;
	}
	return {
		total,
		counts,
		percents
	};
}
/** Only year-2 results count (annexe 3: « Le graphique ne prendra en compte que les résultats de la 2ème année »). */
function profile(subjects, record, stats) {
	return subjects.map((subject) => ({
		subject,
		candidate: yearAverage(record?.subjects[subject.id]?.marks, 2),
		class: stats[subject.id]?.a2.mean ?? null
	}));
}
/** An average as the livret shows it: truncated to the hundredth, shortest writing (`12,5`); '' when null. */
function formatLivretAverage(avg) {
	return avg ? formatHundredthsShort(averageHundredths(avg)) : "";
}
/** The hundredths an average is displayed (and plotted) with: truncated (R3). */
function displayedHundredths(avg) {
	return averageHundredths(avg);
}
/** What the livret accepts in a mark cell: a number 0–20 (`12,5`, `12.5`) or nothing (missing semester). */
function parseLivretMark(raw) {
	const text = raw.trim();
	if (text === "") return {
		ok: true,
		value: null
	};
	return parseMarkNumber(text, 20);
}
export { columnValue as a, formatLivretAverage as c, profile as d, classStatistics as i, isYearColumn as l, COLUMN_SHORT_LABELS as n, cotation as o, LIVRET_COLUMNS as r, displayedHundredths as s, COLUMN_LABELS as t, parseLivretMark as u };
