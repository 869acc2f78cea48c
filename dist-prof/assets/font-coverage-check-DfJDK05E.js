// src/io/pdf/font-coverage.ts
var UNICODE_FONT_RANGES = [
	[32, 126],
	[160, 745],
	[748, 750],
	[755, 755],
	[759, 759],
	[768, 847],
	[849, 851],
	[855, 856],
	[858, 858],
	[860, 866],
	[880, 887],
	[890, 895],
	[900, 906],
	[908, 908],
	[910, 929],
	[931, 1317],
	[1456, 1475],
	[1478, 1479],
	[1488, 1514],
	[1520, 1524],
	[1542, 1543],
	[1545, 1546],
	[1548, 1548],
	[1557, 1557],
	[1563, 1563],
	[1567, 1567],
	[1569, 1594],
	[1600, 1621],
	[1623, 1623],
	[1626, 1626],
	[1632, 1648],
	[1652, 1652],
	[1657, 1727],
	[1734, 1736],
	[1739, 1740],
	[1742, 1742],
	[1744, 1744],
	[1749, 1749],
	[1776, 1785],
	[7680, 7931],
	[7936, 7957],
	[7960, 7965],
	[7968, 8005],
	[8008, 8013],
	[8016, 8023],
	[8025, 8025],
	[8027, 8027],
	[8029, 8029],
	[8031, 8061],
	[8064, 8116],
	[8118, 8132],
	[8134, 8147],
	[8150, 8155],
	[8157, 8175],
	[8178, 8180],
	[8182, 8190],
	[8192, 8292],
	[8298, 8303],
	[8352, 8373],
	[8376, 8378],
	[8381, 8381],
	[8448, 8457],
	[8459, 8521],
	[8523, 8523],
	[8526, 8526],
	[8592, 8959],
	[9632, 9727],
	[9744, 9746],
	[10003, 10008],
	[64256, 64262],
	[64285, 64310],
	[64312, 64316],
	[64318, 64318],
	[64320, 64321],
	[64323, 64324],
	[64326, 64335],
	[64338, 64419],
	[64426, 64429],
	[64467, 64476],
	[64478, 64479],
	[64484, 64489],
	[64508, 64511],
	[65136, 65140],
	[65142, 65276],
	[65279, 65279],
	[65533, 65533]
];
// src/io/pdf/font-coverage-check.ts
/**
* Which characters the PDF documents can print: Windows-1252 with jsPDF's Helvetica, and every character of
* the embedded Unicode font (font-coverage.ts, generated with the font). No jsPDF and no font file here: the
* UI uses it to warn, before printing, about names with characters no font has (emoji, CJK…).
*/
/** True when the embedded Unicode font draws the character whose code point is `code`. */
function isCoveredByUnicodeFont(code) {
	let lo = 0;
	let hi = UNICODE_FONT_RANGES.length - 1;
	while (lo <= hi) {
		const mid = lo + hi >> 1;
		const [first, last] = UNICODE_FONT_RANGES[mid];
		if (code < first) hi = mid - 1;
		else if (code > last) lo = mid + 1;
		else return true;
	}
	return false;
}
/** Spaces and invisible characters: written as a space or dropped, never a problem. */
var HARMLESS = /[\s\u00ad\u200b-\u200f\u2060-\u2064\ufeff\u0000-\u001f\u007f-\u009f]/u;
/**
* The distinct characters of `text` that no PDF font prints (they come out as « ? »), in order of appearance.
* Characters with a readable stand-in (`≥` → `>=`, ligatures) do not count.
*/
function uncoveredCharacters(text) {
	const out = [];
	for (const ch of text.normalize("NFC")) {
		if (HARMLESS.test(ch) || isCoveredByUnicodeFont(ch.codePointAt(0))) continue;
		const compat = ch.normalize("NFKD");
		if (compat !== ch && [...compat].every((c) => isCoveredByUnicodeFont(c.codePointAt(0)))) continue;
		if (!out.includes(ch)) out.push(ch);
	}
	return out;
}
export { uncoveredCharacters as n, isCoveredByUnicodeFont as t };
