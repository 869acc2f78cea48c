import { s as displayedHundredths } from "./livret-stats-hc6XJB1X.js";
/** The y of a mark in hundredths, clamped to the 1–20 scale. */
function chartY(box, hundredths) {
	const value = Math.min(Math.max(hundredths / 100, 1), 20);
	return box.y + (20 - value) / 19 * box.height;
}
function profileChart(points, box) {
	const width = points.length > 0 ? box.width / points.length : box.width;
	const columns = points.map((p, i) => ({
		number: i + 1,
		subject: p.subject,
		left: box.x + i * width,
		right: box.x + (i + 1) * width,
		center: box.x + (i + .5) * width
	}));
	const rows = Array.from({ length: 20 }, (_, i) => {
		const value = 20 - i;
		return {
			value,
			y: chartY(box, value * 100)
		};
	});
	const series = (pick) => {
		const plotted = points.map((p, i) => {
			const avg = pick(p);
			if (!avg) return null;
			const hundredths = displayedHundredths(avg);
			return {
				subjectId: p.subject.id,
				x: columns[i].center,
				y: chartY(box, hundredths),
				hundredths
			};
		});
		const segments = [];
		for (let i = 1; i < plotted.length; i++) {
			const a = plotted[i - 1];
			const b = plotted[i];
			if (a && b) segments.push({
				x1: a.x,
				y1: a.y,
				x2: b.x,
				y2: b.y
			});
		}
		return {
			points: plotted.filter((p) => p !== null),
			segments
		};
	};
	return {
		box,
		columns,
		rows,
		class: series((p) => p.class),
		candidate: series((p) => p.candidate)
	};
}
export { profileChart as t };
