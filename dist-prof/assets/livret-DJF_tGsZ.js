import { s as shownNumero } from "./numero-lCn5603m.js";
import { n as LIVRET_AVIS, t as AVIS_LABELS } from "./livret-PcoQAaJt.js";
import { t as profileChart } from "./livret-chart-Qq4g49-4.js";
import { t as isoToFrenchDate } from "./dates-BZmzPFtD.js";
import { a as columnValue, c as formatLivretAverage, d as profile, r as LIVRET_COLUMNS } from "./livret-stats-hc6XJB1X.js";
import { C as pdfText, E as writeText, S as pageWidth, a as contentWidth, c as drawCheckBox, h as finishDocument, n as MARGIN, o as createDocument, p as drawTable, r as academieLabel, s as decisionText, t as FONT, v as formatMoyenne } from "./document-BF6LPEVe.js";
// src/io/pdf/livret.ts
/**
* Livret scolaire (circular annexe 3), per candidate: the recto (identity, établissement, semester marks
* and yearly averages per subject with the appréciations, PIX, avis du conseil de classe, cotation de la
* classe, the candidate's signature) and the verso (the year-2 profile chart, class in black and candidate
* in red, drawn as vectors from the same geometry as the screen; the exam result; the jury president's
* visa for the 1er and 2nd groupe). The recto is portrait and the verso landscape, as in the annexe. A
* batch is each candidate's recto then verso, so it prints two-sided.
*
* Plain data in, bytes out (no DOM, no database): runs in the browser and in Node. Loaded on demand.
*/
var LIVRET_TITLE = "Livret scolaire";
var BLACK = [
	0,
	0,
	0
];
var RED = [
	220,
	0,
	0
];
var GREY = [
	90,
	90,
	90
];
var GRID_GREY = [
	175,
	175,
	175
];
/** Every candidate's recto and verso, in the given order. */
async function livretScolairePdf(inputs, options = {}) {
	const first = inputs[0];
	const session = first?.session ?? {
		name: "",
		academie: "",
		year: (/* @__PURE__ */ new Date()).getFullYear(),
		diploma: ""
	};
	const doc = createDocument({
		title: LIVRET_TITLE,
		session
	});
	if (!first) writeText(doc, "Aucun candidat sélectionné.", MARGIN.left, MARGIN.top + 10);
	inputs.forEach((input, i) => {
		if (i > 0) doc.addPage("a4", "portrait");
		drawRecto(doc, input);
		doc.addPage("a4", "landscape");
		drawVerso(doc, input);
	});
	return finishDocument(doc, LIVRET_TITLE, session, options);
}
var upper = (text) => text.toLocaleUpperCase("fr");
var fullName = (c) => `${upper(c.nom)} ${c.prenom}`.trim();
function topLine(doc, input, left) {
	const y = MARGIN.top;
	writeText(doc, left, MARGIN.left, y, {
		size: FONT.body,
		style: "bold"
	});
	writeText(doc, `SESSION ${input.session.year}`, pageWidth(doc) - MARGIN.right, y, {
		size: FONT.body,
		style: "bold",
		align: "right"
	});
	return y;
}
function drawRecto(doc, input) {
	const { template, candidate, etablissement, livret } = input;
	const left = MARGIN.left;
	const width = contentWidth(doc);
	let y = topLine(doc, input, academieLabel(input.session.academie) || "Annexe 3");
	y = writeText(doc, "LIVRET SCOLAIRE (recto)", pageWidth(doc) / 2, y + 8, {
		size: FONT.title,
		style: "bold",
		align: "center"
	});
	const boxWidth = 64;
	const boxX = left + width - boxWidth;
	const top = y + 1;
	let ly = writeText(doc, `EXAMEN : ${template.examen}`, left, top + 4, { style: "bold" });
	ly = writeText(doc, `SPÉCIALITÉ : ${template.specialite}`, left, ly, {
		style: "bold",
		maxWidth: width - boxWidth - 4
	});
	ly += 1.5;
	const identity = [
		["NOM (en lettres capitales) : ", upper(candidate.nom)],
		["Prénom : ", candidate.prenom],
		["Date de naissance : ", candidate.dateNaissance ? isoToFrenchDate(candidate.dateNaissance) : ""],
		["Langue vivante étrangère 1 (obligatoire) : ", candidate.langueVivante],
		["N° de candidat : ", shownNumero(candidate.numero)]
	];
	for (const [label, value] of identity) {
		writeText(doc, label, left, ly, { color: GREY });
		doc.setFont("helvetica", "normal");
		doc.setFontSize(FONT.body);
		const x = left + doc.getTextWidth(pdfText(label));
		ly = writeText(doc, value, x, ly, { style: "bold" });
	}
	const boxHeight = Math.max(ly - top, 30);
	doc.setDrawColor(...BLACK);
	doc.setLineWidth(.3);
	doc.rect(boxX, top, boxWidth, boxHeight, "S");
	let by = writeText(doc, "ÉTABLISSEMENT (cachet)", boxX + 2, top + 4.5, {
		size: FONT.small,
		style: "bold"
	});
	if (etablissement) {
		by = writeText(doc, etablissement.name, boxX + 2, by + 1, { maxWidth: 60 });
		const place = [etablissement.city, etablissement.uai && `UAI ${etablissement.uai}`].filter(Boolean).join(" — ");
		if (place) writeText(doc, place, boxX + 2, by, {
			size: FONT.small,
			maxWidth: 60
		});
	}
	y = top + boxHeight + 4;
	const cells = (subject) => {
		const entry = livret?.subjects[subject.id];
		return [
			subject.label,
			...LIVRET_COLUMNS.map((column) => {
				const text = formatLivretAverage(columnValue(entry?.marks, column));
				return column === "a1" || column === "a2" ? {
					content: text,
					styles: { fontStyle: "bold" }
				} : text;
			}),
			{
				content: entry?.appreciation ?? "",
				styles: { fontSize: FONT.tiny }
			}
		];
	};
	const compulsory = template.subjects.filter((s) => !s.optional);
	const optional = template.subjects.filter((s) => s.optional);
	const body = [
		...compulsory.map(cells),
		[{
			content: "ENSEIGNEMENTS FACULTATIFS",
			colSpan: 8,
			styles: {
				fontStyle: "bold",
				fillColor: [
					228,
					228,
					228
				],
				halign: "left"
			}
		}],
		...optional.map(cells)
	];
	y = drawTable(doc, y, {
		head: [[
			{
				content: "ENSEIGNEMENTS OBLIGATOIRES",
				rowSpan: 2,
				styles: {
					valign: "middle",
					halign: "left"
				}
			},
			{
				content: "1ère année",
				colSpan: 3
			},
			{
				content: "2ème année",
				colSpan: 3
			},
			{
				content: "Appréciations",
				rowSpan: 2,
				styles: { valign: "middle" }
			}
		], [
			"1er Sem",
			"2ème Sem",
			"Moyenne",
			"1er Sem",
			"2ème Sem",
			"Moyenne"
		]],
		body,
		styles: {
			fontSize: FONT.small,
			cellPadding: {
				top: 1.2,
				bottom: 1.2,
				left: 1.2,
				right: 1.2
			}
		},
		headStyles: { fontSize: FONT.tiny + .5 },
		alternateRowStyles: {},
		columnStyles: {
			0: { cellWidth: 52 },
			1: {
				cellWidth: 13,
				halign: "center"
			},
			2: {
				cellWidth: 13,
				halign: "center"
			},
			3: {
				cellWidth: 14,
				halign: "center"
			},
			4: {
				cellWidth: 13,
				halign: "center"
			},
			5: {
				cellWidth: 13,
				halign: "center"
			},
			6: {
				cellWidth: 14,
				halign: "center"
			},
			7: { cellWidth: "auto" }
		}
	});
	drawCheckBox(doc, left, y - 2.5, livret?.pix ?? false);
	writeText(doc, "Certification de compétences numériques (PIX)", left + 6, y, { style: "bold" });
	y = writeText(doc, "cocher la case pour attester de la certification", left + 6, y + 4, {
		size: FONT.small,
		color: GREY
	}) + 3;
	doc.setDrawColor(...BLACK);
	doc.setLineWidth(.3);
	const avisTop = y;
	let ay = writeText(doc, "AVIS DU CONSEIL DE CLASSE", left + 2, avisTop + 5, { style: "bold" });
	ay = writeText(doc, "(Observations éventuelles)", left + 2, ay, {
		size: FONT.small,
		color: GREY
	}) + 1;
	let ax = left + 2;
	for (const avis of LIVRET_AVIS) {
		drawCheckBox(doc, ax, ay - 2.8, livret?.avis === avis);
		writeText(doc, AVIS_LABELS[avis], ax + 5, ay);
		doc.setFont("helvetica", "normal");
		doc.setFontSize(FONT.body);
		ax += 5 + doc.getTextWidth(pdfText(AVIS_LABELS[avis])) + 8;
	}
	ay += 5;
	if (livret?.observations) ay = writeText(doc, livret.observations, left + 2, ay, {
		size: FONT.small,
		maxWidth: width - 4
	});
	const avisHeight = Math.max(ay - avisTop, 24);
	doc.rect(left, avisTop, width, avisHeight, "S");
	y = avisTop + avisHeight + 4;
	const half = (width - 4) / 2;
	const cotationTop = y;
	writeText(doc, "COTATION DE LA CLASSE", left, cotationTop + 4, { style: "bold" });
	const { cotation } = input;
	const percent = (n) => n === void 0 ? "—" : `${n} %`;
	const tableEnd = drawTable(doc, cotationTop + 6, {
		head: [[{
			content: "AVIS (en pourcentage)",
			colSpan: 3
		}], LIVRET_AVIS.map((a) => AVIS_LABELS[a])],
		body: [LIVRET_AVIS.map((a) => ({
			content: percent(cotation.percents?.[a]),
			styles: {
				halign: "center",
				fontStyle: "bold"
			}
		}))],
		margin: {
			left,
			right: MARGIN.right + half + 4
		},
		styles: { fontSize: FONT.small },
		headStyles: { fontSize: FONT.small },
		alternateRowStyles: {}
	});
	const classNote = cotation.total === 0 ? "Aucun avis saisi dans la classe." : `Sur ${cotation.total} élève${cotation.total > 1 ? "s" : ""} de la classe ayant un avis.`;
	const cotationEnd = writeText(doc, classNote, left, tableEnd - 1.5, {
		size: FONT.tiny,
		color: GREY
	});
	const signX = left + half + 4;
	const signHeight = Math.max(cotationEnd - cotationTop, 30);
	doc.setDrawColor(...BLACK);
	doc.setLineWidth(.3);
	doc.rect(signX, cotationTop, half, signHeight, "S");
	const sy = writeText(doc, "DATE  -  SIGNATURE  DU  CANDIDAT", signX + 2, cotationTop + 5, {
		style: "bold",
		size: FONT.small + .5
	});
	writeText(doc, "(Remarques éventuelles)", signX + 2, sy, {
		size: FONT.small,
		color: GREY
	});
}
/**
* Lines of `text` no wider than `width` at the current font, breaking at spaces, after hyphens and at soft
* hyphens (U+00AD, written `-` when the line breaks there: `D’APPROFON-DISSEMENT` as in the annexe).
*/
function wrapLabel(doc, text, width) {
	const parts = [];
	for (const word of text.split(/\s+/).filter(Boolean)) word.split(/(?<=-)/).forEach((piece, i) => piece.split("­").forEach((bit, j, all) => parts.push({
		text: pdfText(bit),
		space: i === 0 && j === 0,
		soft: j < all.length - 1
	})));
	const lines = [];
	let line = "";
	let pendingSoft = false;
	const fits = (t) => doc.getTextWidth(t) <= width;
	for (const part of parts) {
		const joined = line === "" ? part.text : `${line}${part.space ? " " : ""}${part.text}`;
		if (fits(joined)) {
			line = joined;
			pendingSoft = part.soft;
			continue;
		}
		if (line !== "") lines.push(pendingSoft ? `${line}-` : line);
		let rest = part.text;
		while (!fits(rest) && rest.length > 1) {
			let cut = rest.length - 1;
			while (cut > 1 && !fits(`${rest.slice(0, cut)}-`)) cut--;
			lines.push(`${rest.slice(0, cut)}-`);
			rest = rest.slice(cut);
		}
		line = rest;
		pendingSoft = part.soft;
	}
	if (line !== "") lines.push(line);
	return lines;
}
function drawSeries(doc, series, color, marker) {
	doc.setDrawColor(...color);
	doc.setFillColor(...color);
	doc.setLineWidth(.6);
	for (const s of series.segments) doc.line(s.x1, s.y1, s.x2, s.y2);
	for (const p of series.points) if (marker === "circle") doc.circle(p.x, p.y, 1.1, "F");
	else doc.rect(p.x - 1, p.y - 1, 2, 2, "F");
}
function drawVerso(doc, input) {
	const { candidate, template } = input;
	const left = MARGIN.left;
	const width = contentWidth(doc);
	let y = topLine(doc, input, `${fullName(candidate)} — n° ${shownNumero(candidate.numero)}`);
	y = writeText(doc, "LIVRET SCOLAIRE (verso)", pageWidth(doc) / 2, y + 8, {
		size: FONT.title,
		style: "bold",
		align: "center"
	}) + 1;
	const axis = 8;
	const points = profile(template.subjects, input.livret, input.stats);
	const columnWidth = (width - axis) / Math.max(points.length, 1);
	doc.setFont("helvetica", "normal");
	doc.setFontSize(FONT.tiny);
	const labels = points.map((p) => wrapLabel(doc, p.subject.chartLabel, columnWidth - 1.5));
	const labelLines = Math.max(1, ...labels.map((l) => l.length));
	const lineHeight = FONT.tiny * .3528 * 1.2;
	const numbersY = y + 3;
	const labelsTop = numbersY + 2;
	const plotTop = labelsTop + labelLines * lineHeight + 3;
	const plotHeight = 86;
	const geometry = profileChart(points, {
		x: left + axis,
		y: plotTop,
		width: width - axis,
		height: plotHeight
	});
	doc.setDrawColor(...GRID_GREY);
	doc.setLineWidth(.15);
	for (const row of geometry.rows) {
		doc.line(geometry.box.x, row.y, geometry.box.x + geometry.box.width, row.y);
		writeText(doc, String(row.value), left + axis - 1.5, row.y + 1, {
			size: FONT.tiny,
			align: "right"
		});
	}
	for (const column of geometry.columns) {
		doc.setDrawColor(...GRID_GREY);
		doc.setLineWidth(.15);
		doc.line(column.left, labelsTop - 5, column.left, plotTop + plotHeight);
		writeText(doc, String(column.number), column.center, numbersY, {
			size: FONT.small,
			style: "bold",
			align: "center"
		});
		doc.setFont("helvetica", "normal");
		doc.setFontSize(FONT.tiny);
		doc.setTextColor(...BLACK);
		doc.text(labels[column.number - 1] ?? [], column.center, labelsTop + lineHeight, {
			align: "center",
			lineHeightFactor: 1.2
		});
	}
	const boxRight = geometry.box.x + geometry.box.width;
	doc.line(boxRight, labelsTop - 5, boxRight, plotTop + plotHeight);
	doc.setDrawColor(...BLACK);
	doc.setLineWidth(.3);
	doc.rect(geometry.box.x, labelsTop - 5, geometry.box.width, plotTop + plotHeight - (labelsTop - 5), "S");
	drawSeries(doc, geometry.class, BLACK, "square");
	drawSeries(doc, geometry.candidate, RED, "circle");
	y = plotTop + plotHeight + 6;
	doc.setLineWidth(.6);
	doc.setDrawColor(...BLACK);
	doc.line(left + axis, y - 1, left + axis + 8, y - 1);
	writeText(doc, "Profil de la classe en noir", left + axis + 10, y);
	doc.setDrawColor(...RED);
	doc.line(left + axis + 62, y - 1, left + axis + 70, y - 1);
	writeText(doc, "Profil du candidat en rouge", left + axis + 72, y, { color: RED });
	y = writeText(doc, "Le graphique ne prendra en compte que les résultats de la 2ème année", left + axis + 130, y, {
		size: FONT.small,
		color: GREY
	}) + 1;
	const boxWidth = 66;
	const gap = 4;
	const boxTop = y;
	const boxHeight = 34;
	drawTable(doc, boxTop, {
		head: [["Moyennes de 2e année", ...points.map((_, i) => String(i + 1))]],
		body: [["Classe", ...points.map((p) => formatLivretAverage(p.class) || "—")], [{
			content: "Candidat",
			styles: { textColor: RED }
		}, ...points.map((p) => ({
			content: formatLivretAverage(p.candidate) || "—",
			styles: { textColor: RED }
		}))]],
		margin: {
			left,
			right: MARGIN.right + 140
		},
		styles: {
			fontSize: FONT.tiny + .5,
			halign: "center",
			cellPadding: {
				top: .8,
				bottom: .8,
				left: .8,
				right: .8
			}
		},
		headStyles: { fontSize: FONT.tiny + .5 },
		columnStyles: {
			0: {
				halign: "left",
				cellWidth: 30
			},
			...Object.fromEntries(points.map((_, i) => [i + 1, { cellWidth: (width - 140 - 30) / points.length }]))
		},
		alternateRowStyles: {}
	});
	const rx = left + width - 132 - gap;
	doc.setDrawColor(...BLACK);
	doc.setLineWidth(.3);
	doc.rect(rx, boxTop, boxWidth, boxHeight, "S");
	let ry = writeText(doc, "RÉSULTAT DE L’EXAMEN", rx + boxWidth / 2, boxTop + 5, {
		style: "bold",
		align: "center"
	}) + 1.5;
	const decided = input.phase === void 0 || input.phase === "premier_groupe_clos" || input.phase === "second_groupe_clos";
	const result = decided ? input.result : null;
	if (!decided) writeText(doc, "Résultat communiqué après la délibération du jury.", rx + 2.5, ry, {
		size: FONT.small,
		color: GREY,
		maxWidth: 61
	});
	if (result) {
		ry = writeText(doc, decisionText(result, true), rx + 2.5, ry, {
			size: FONT.heading,
			style: "bold",
			maxWidth: 61
		}) + .5;
		ry = writeText(doc, `Moyenne générale (1er groupe) : ${formatMoyenne(result.firstGroup)} / 20`, rx + 2.5, ry, {
			size: FONT.small,
			maxWidth: 61
		});
		if (result.controle.length > 0 && result.final) writeText(doc, `Moyenne après l'épreuve de contrôle : ${formatMoyenne(result.final)} / 20`, rx + 2.5, ry, {
			size: FONT.small,
			maxWidth: 61
		});
	}
	const vx = rx + boxWidth + gap;
	doc.setDrawColor(...BLACK);
	doc.setLineWidth(.3);
	doc.rect(vx, boxTop, boxWidth, boxHeight, "S");
	let vy = writeText(doc, "VISA DU PRÉSIDENT DE JURY", vx + boxWidth / 2, boxTop + 5, {
		style: "bold",
		align: "center"
	});
	if (input.president) vy = writeText(doc, input.president, vx + boxWidth / 2, vy, {
		size: FONT.small,
		align: "center",
		maxWidth: 61
	});
	const groupTop = vy + .5;
	const groupHeight = (boxTop + boxHeight - groupTop - 1.5) / 2;
	for (const [i, label] of ["1er groupe :", "2nd groupe :"].entries()) {
		const gy = groupTop + i * groupHeight;
		doc.setDrawColor(...GRID_GREY);
		doc.setLineWidth(.2);
		doc.rect(vx + 2, gy, 62, groupHeight - 1, "S");
		writeText(doc, label, vx + 4, gy + 4, {
			size: FONT.small,
			style: "bold"
		});
	}
}
export { livretScolairePdf };
