import { s as shownNumero } from "./numero-lCn5603m.js";
import { n as ANNEXE4_ITEMS, r as ANNEXE4_WORDING, t as ANNEXE4_INTRO } from "./conformity-CRa_d-4n.js";
import { E as writeText, S as pageWidth, a as contentWidth, c as drawCheckBox, h as finishDocument, n as MARGIN, o as createDocument, p as drawTable, r as academieLabel, t as FONT } from "./document-BF6LPEVe.js";
import { t as isoToFrenchDate } from "./dates-BZmzPFtD.js";
// src/io/pdf/notice.ts
/**
* Conformity notice (docs/regles.md R7; national circular 2024 annexe 4 "Contrôle de conformité"): sent to a candidate whose
* professional dossier is not conforme, at least a week before the épreuve. Laid out like annexe 4: the
* title, the candidate, the unit(s) concerned, the reasons ticked in annexe 4's words, the controllers'
* names, date and signatures, and the regulatory consequence (NV, diploma not delivered).
*/
var NOTICE_TITLE = "Contrôle de conformité";
/** Annexe 4's legal basis, as printed under its title. */
var NOTICE_LEGAL_BASIS = "En application de l’arrêté du 22-7-2008 - J.O. du 8-8-2008";
/** The consequence of a non-conforme dossier, in the words of the national circular (national circular 2024, E4 and annexe 4). */
var NOTICE_NV_SENTENCE = "En cas d’absence ou de non-conformité du dossier déposé par le candidat, celui-ci ne peut être interrogé à cette épreuve. Il est alors considéré comme présent mais non validé (NV) et ne peut se voir délivrer le diplôme.";
/** One notice. */
async function conformityNoticePdf(input, options = {}) {
	return conformityNoticesPdf([input], options);
}
/** Several notices in one file, one per page (for printing a batch). */
async function conformityNoticesPdf(inputs, options = {}) {
	const session = inputs[0]?.session ?? {
		name: "",
		academie: "",
		year: (/* @__PURE__ */ new Date()).getFullYear(),
		diploma: ""
	};
	const doc = createDocument({
		title: NOTICE_TITLE,
		session
	});
	if (inputs.length === 0) writeText(doc, "Aucun dossier non conforme : aucun avis à envoyer.", MARGIN.left, MARGIN.top + 10, { size: FONT.body });
	inputs.forEach((input, i) => {
		if (i > 0) doc.addPage();
		drawNotice(doc, input);
	});
	return finishDocument(doc, "Avis de non-conformité (annexe 4)", session, options);
}
var normalize = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’']/g, "'").replace(/\(s\)/g, "").replace(/[^a-z0-9']+/g, " ").trim().replace(/(\w{3,})s\b/g, "$1");
/** Other spellings met in the circulars (Toulouse circular 2023 §1.2.2), and the annexe 4 ids, by item. */
var ALIASES = {
	"absence de depot de dossier": "ficheOuDossier",
	"absence de dossier": "ficheOuDossier",
	"dossier absent": "ficheOuDossier",
	"duree de stage inferieure a celle requise par la reglementation": "duree",
	"absence de signature ou de visa": "visa"
};
var KNOWN = /* @__PURE__ */ new Map();
for (const item of ANNEXE4_ITEMS) {
	KNOWN.set(normalize(item), item);
	KNOWN.set(normalize(ANNEXE4_WORDING[item]), item);
}
for (const [text, item] of Object.entries(ALIASES)) KNOWN.set(normalize(text), item);
var AUTRES_PREFIX = normalize(ANNEXE4_WORDING.autres);
/** An annexe 4 item for a reason, and the « à préciser » text it carries (for `autres` or an unknown reason). */
function annexe4Item(reason) {
	const key = normalize(reason);
	const known = KNOWN.get(key);
	if (known) return {
		item: known,
		detail: ""
	};
	if (key.startsWith(AUTRES_PREFIX)) return {
		item: "autres",
		detail: reason.replace(/^[^:]*:?/, "").trim()
	};
	return {
		item: "autres",
		detail: reason.trim()
	};
}
/** The annexe 4 items ticked for these units, with the units each one concerns. */
function tickedItems(units) {
	const ticked = /* @__PURE__ */ new Map();
	const tick = (item, unit, detail) => {
		const entry = ticked.get(item) ?? {
			units: [],
			details: []
		};
		if (!entry.units.includes(unit)) entry.units.push(unit);
		if (detail !== "" && !entry.details.includes(detail)) entry.details.push(detail);
		ticked.set(item, entry);
	};
	for (const unit of units) {
		for (const reason of unit.reasons) {
			const { item, detail } = annexe4Item(reason);
			tick(item, unit.code, detail);
		}
		const other = unit.other?.trim();
		if (other) tick("autres", unit.code, other);
	}
	return ticked;
}
function drawNotice(doc, input) {
	const { session, candidate, etablissement, units, controllers, date } = input;
	const left = MARGIN.left;
	const right = pageWidth(doc) - MARGIN.right;
	const center = pageWidth(doc) / 2;
	const width = contentWidth(doc);
	let y = MARGIN.top;
	writeText(doc, academieLabel(session.academie), left, y, {
		size: FONT.body,
		style: "bold"
	});
	writeText(doc, "Annexe 4", right, y, {
		size: FONT.body,
		style: "bold",
		align: "right"
	});
	y = writeText(doc, session.name, left, y + 4.5, {
		size: FONT.small,
		color: [
			90,
			90,
			90
		]
	}) + 8;
	y = writeText(doc, `${session.diploma.toLocaleUpperCase("fr")} - SESSION ${session.year}`, center, y, {
		size: FONT.heading,
		style: "bold",
		align: "center",
		maxWidth: width
	});
	y = writeText(doc, NOTICE_TITLE.toLocaleUpperCase("fr"), center, y + 4, {
		size: FONT.title + 1,
		style: "bold",
		align: "center"
	});
	y = writeText(doc, NOTICE_LEGAL_BASIS, center, y + 2, {
		size: FONT.body,
		style: "italic",
		align: "center"
	});
	doc.setDrawColor(150, 150, 150);
	doc.setLineWidth(.3);
	doc.line(left, y + 1, right, y + 1);
	y += 10;
	const identity = [
		["Nom :", candidate.nom.toLocaleUpperCase("fr")],
		["Prénom :", candidate.prenom],
		["N° inscription :", shownNumero(candidate.numero)]
	];
	if (candidate.dateNaissance) identity.push(["Né(e) le :", isoToFrenchDate(candidate.dateNaissance)]);
	if (etablissement) identity.push(["Établissement :", [etablissement.name, etablissement.uai && `(UAI ${etablissement.uai})`].filter(Boolean).join(" ")]);
	for (const [label, value] of identity) {
		writeText(doc, label, left, y, { size: FONT.body + 1 });
		y = writeText(doc, value, left + 34, y, {
			size: FONT.body + 1,
			style: "bold",
			maxWidth: width - 34
		}) + 2;
	}
	y += 4;
	for (const unit of units) {
		drawCheckBox(doc, left + 4, y - 3.2, true);
		y = writeText(doc, `${unit.code} : ${unit.name}`, left + 11, y, {
			size: FONT.body + 1,
			maxWidth: width - 11
		}) + 2.5;
	}
	y += 5;
	y = writeText(doc, ANNEXE4_INTRO, left, y, {
		size: FONT.body + 1,
		style: "bold",
		maxWidth: width
	}) + 4;
	const ticked = tickedItems(units);
	const several = units.length > 1;
	for (const item of ANNEXE4_ITEMS) {
		const entry = ticked.get(item);
		const which = entry && several ? ` (${entry.units.join(", ")})` : "";
		const label = item === "autres" ? `${ANNEXE4_WORDING.autres}${which} :` : `${ANNEXE4_WORDING[item]}${which}`;
		drawCheckBox(doc, left + 4, y - 3.2, entry !== void 0);
		y = writeText(doc, label, left + 11, y, {
			size: FONT.body + 1,
			style: entry ? "bold" : "normal",
			maxWidth: width - 11
		});
		if (item === "autres" && entry && entry.details.length > 0) y = writeText(doc, entry.details.join(" ; "), left + 11, y + .5, {
			size: FONT.body + 1,
			maxWidth: width - 11
		});
		y += 3;
	}
	y += 3;
	doc.setFontSize(FONT.body);
	const boxHeight = doc.splitTextToSize(NOTICE_NV_SENTENCE, width - 8).length * 4.2 + 4.5;
	doc.setDrawColor(0, 0, 0);
	doc.setLineWidth(.3);
	doc.rect(left, y, width, boxHeight, "S");
	writeText(doc, NOTICE_NV_SENTENCE, left + 4, y + 5.5, {
		size: FONT.body,
		maxWidth: width - 8
	});
	y += boxHeight + 8;
	const names = controllers.length > 0 ? controllers : ["", ""];
	drawTable(doc, y, {
		head: [["Noms des contrôleurs", "Date et signatures"]],
		body: names.map((name) => [name, `Le ${isoToFrenchDate(date)}`]),
		styles: {
			fontSize: FONT.body + .5,
			minCellHeight: 16,
			valign: "top"
		},
		headStyles: {
			halign: "left",
			minCellHeight: 7,
			valign: "middle"
		},
		columnStyles: {
			0: { cellWidth: width / 2 },
			1: { cellWidth: width / 2 }
		},
		alternateRowStyles: {}
	});
}
export { conformityNoticePdf, conformityNoticesPdf };
