import { n as importFields, t as autoMap } from "./fields-UMAQitue.js";
// src/io/import/paste.ts
/** True when the clipboard text is a block of cells (a tab or a line break), not a value for one cell. */
function isPastedBlock(text) {
	return /\t|\n./.test(text.trim());
}
var WITH_NUMERO = [
	"N° candidat",
	"Nom",
	"Prénom",
	"Date de naissance"
];
var WITHOUT_NUMERO = [
	"Nom",
	"Prénom",
	"Date de naissance"
];
/** The pasted text, with a heading line first when its first row is not one. */
function pastedTable(text, regulation) {
	const lines = text.replace(/\r\n?/g, "\n").split("\n");
	while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
	const first = lines[0]?.split("	") ?? [];
	if (autoMap(first, importFields(regulation)).some((key) => key !== null)) return lines.join("\n") + "\n";
	const names = lines.every((line) => /^\s*\d+\s*$/.test(line.split("	")[0] ?? "")) ? WITH_NUMERO : WITHOUT_NUMERO;
	return [first.map((_, i) => names[i] ?? `Colonne ${i + 1}`).join("	"), ...lines].join("\n") + "\n";
}
export { pastedTable as n, isPastedBlock as t };
