import { c as toHundredths, n as averageHundredths } from "./exact-Cpdw3sSx.js";
import { r as isCompulsory } from "./regulation-CUY09-RS.js";
import { t as DECISIONS } from "./results-CXJABGNk.js";
// src/domain/jury-stats.ts
/**
* Statistics a jury looks at over the results of a session: decisions and pass rate, the distribution of
* the moyennes, the mean of each unit, the candidates close to a threshold. Pure and exact (exact.ts):
* averages stay fractions, bins and distances are decided on integers.
*/
/** How many of each decision (every decision present, 0 included). */
function countByDecision(decisions) {
	const counts = Object.fromEntries(DECISIONS.map((d) => [d, 0]));
	for (const d of decisions) counts[d]++;
	return counts;
}
function passRate(counts) {
	const over = DECISIONS.reduce((sum, d) => d === "INCOMPLET" ? sum : sum + counts[d], 0);
	const admis = counts.ADMIS;
	return {
		admis,
		over,
		perMille: over === 0 ? null : Math.floor(admis * 1e3 / over)
	};
}
/** `600` → `60,0 %`. */
function formatPerMille(perMille) {
	return `${Math.floor(perMille / 10)},${perMille % 10} %`;
}
/** The pass rate as every screen and document writes it: `77,3 %` (one decimal, truncated), `—` without candidates. */
function passRateText(rate) {
	return rate.perMille === null ? "—" : formatPerMille(rate.perMille);
}
/**
* Bins of `width` hundredths (100 = 1 point, 50 = half a point) from 0 to the maximum mark; the last bin
* includes the maximum, and bins are added above it when a bonus (R4) took a moyenne higher.
* Bin of an average = ⌊truncated moyenne / width⌋ = ⌊points / (divisor × width)⌋, exactly.
*/
function histogram(averages, width, maxMark) {
	const step = Math.max(1, Math.round(width));
	const max = maxMark * 100;
	const standard = Math.ceil(max / step);
	const index = (a) => {
		const h = Math.max(0, averageHundredths(a));
		return h === max ? standard - 1 : Math.floor(h / step);
	};
	let count = standard;
	for (const a of averages) count = Math.max(count, index(a) + 1);
	const bins = Array.from({ length: count }, (_, i) => ({
		from: i * step,
		to: (i + 1) * step,
		count: 0
	}));
	for (const a of averages) bins[index(a)].count++;
	return bins;
}
function unitMeans(results, regulation) {
	return regulation.units.map((unit) => {
		const stat = {
			unit,
			counted: 0,
			abj: 0,
			dispensed: 0,
			left: 0,
			mean: null
		};
		let sum = 0;
		for (const result of results) {
			const mark = result.lines.find((l) => l.unit.code === unit.code)?.mark;
			if (mark?.kind === "number") {
				stat.counted++;
				sum += mark.hundredths;
			} else if (mark?.kind === "ABJ" && isCompulsory(unit)) {
				stat.counted++;
				stat.abj++;
			} else if (mark?.kind === "DI") stat.dispensed++;
			else stat.left++;
		}
		stat.mean = stat.counted > 0 ? {
			points: sum,
			divisor: stat.counted
		} : null;
		return stat;
	});
}
/**
* The candidates whose first-group moyenne is within `distance` hundredths of the contrôle minimum (8)
* or the admis threshold (10), below or above (a moyenne equal to a threshold is above it, gap 0). Each
* candidate appears once, with the nearest threshold (the higher one on a tie). Highest moyenne first.
*/
function nearThresholds(items, regulation, distance) {
	const thresholds = [toHundredths(regulation.thresholds.admis), toHundredths(regulation.thresholds.controleMin)];
	const near = [];
	for (const item of items) {
		const average = item.result.firstGroup;
		if (!average) continue;
		let best = null;
		let bestDiff = Infinity;
		for (const threshold of thresholds) {
			const diff = average.points - threshold * average.divisor;
			const abs = Math.abs(diff);
			if (abs > distance * average.divisor || abs >= bestDiff) continue;
			bestDiff = abs;
			const side = diff >= 0 ? "above" : "below";
			best = {
				item,
				average,
				threshold,
				side,
				gap: side === "above" ? Math.floor(abs / average.divisor) : Math.ceil(abs / average.divisor)
			};
		}
		if (best) near.push(best);
	}
	return near.sort((a, b) => b.average.points * a.average.divisor - a.average.points * b.average.divisor);
}
function juryStatistics(results, regulation, options = {}) {
	const counts = countByDecision(results.map((r) => r.decision));
	const firstGroupCounts = countByDecision(results.map((r) => r.firstGroupDecision));
	const averages = results.flatMap((r) => r.firstGroup ? [r.firstGroup] : []);
	return {
		total: results.length,
		counts,
		firstGroupCounts,
		passRate: passRate(counts),
		histogram: histogram(averages, options.binWidth ?? 100, regulation.maxMark),
		unitMeans: unitMeans(results, regulation)
	};
}
export { passRateText as i, nearThresholds as n, passRate as r, juryStatistics as t };
