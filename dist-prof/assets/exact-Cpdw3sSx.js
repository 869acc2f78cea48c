// src/domain/exact.ts
/**
* Exact arithmetic for marks and averages (docs/regles.md R3).
*
* Every quantity is an integer:
* - marks and coefficients in hundredths (12,5 → 1250; coefficient 1,5 → 150);
* - weighted points (coefficient × mark) in ten-thousandths, so a sum never rounds;
* - an average is kept as the fraction points / divisor, whose integer part is the average in hundredths.
* No floating-point value ever decides a threshold or a displayed digit.
*/
/** Converts a preset number with at most 2 decimals (coefficient, threshold) to hundredths. */
function toHundredths(x) {
	const scaled = Math.round(x * 100);
	if (Math.abs(x * 100 - scaled) > 1e-9) throw new RangeError(`${x} has more than 2 decimals`);
	return scaled;
}
/** The average in hundredths of a point, truncated (9,996 → 999, displayed `9,99`: never `10,00`). */
function averageHundredths(avg) {
	return Math.floor(avg.points / avg.divisor);
}
/** True when the average is at least `thresholdHundredths`, compared exactly. */
function averageAtLeast(avg, thresholdHundredths) {
	return avg.points >= thresholdHundredths * avg.divisor;
}
/** Compares two averages exactly: negative, zero or positive like a sort comparator. */
function compareAverages(a, b) {
	return a.points * b.divisor - b.points * a.divisor;
}
/** Points (ten-thousandths) truncated to hundredths, for display of totals. */
function pointsToHundredths(points) {
	return Math.floor(points / 100);
}
/** `1234` → `12,34`; always two decimals, decimal comma, no thousands separator (CSV-friendly). */
function formatHundredthsFixed(hundredths) {
	const sign = hundredths < 0 ? "-" : "";
	const abs = Math.abs(hundredths);
	return `${sign}${Math.floor(abs / 100)},${(abs % 100).toString().padStart(2, "0")}`;
}
/** `1250` → `12,5`, `1200` → `12`, `1205` → `12,05`: the shortest exact writing, decimal comma. */
function formatHundredthsShort(hundredths) {
	const fixed = formatHundredthsFixed(hundredths);
	if (fixed.endsWith(",00")) return fixed.slice(0, -3);
	if (fixed.endsWith("0")) return fixed.slice(0, -1);
	return fixed;
}
/**
* Points of one unit (coefficient × mark, in ten-thousandths), written exactly with at least 2 decimals:
* 1,5 × 7,25 → `10,875`, 3 × 12 → `36,00`. Nothing is rounded nor truncated, so the column adds up to the
* total; the screens and the documents both print a unit's points this way (docs/documents.md).
*/
function formatPointsExact(tenThousandths) {
	if (tenThousandths % 100 === 0) return formatHundredthsFixed(tenThousandths / 100);
	const sign = tenThousandths < 0 ? "-" : "";
	const abs = Math.abs(tenThousandths);
	const decimals = String(abs % 1e4).padStart(4, "0").replace(/0+$/, "");
	return `${sign}${Math.floor(abs / 1e4)},${decimals}`;
}
export { formatHundredthsShort as a, toHundredths as c, formatHundredthsFixed as i, averageHundredths as n, formatPointsExact as o, compareAverages as r, pointsToHundredths as s, averageAtLeast as t };
