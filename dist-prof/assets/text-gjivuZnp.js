/** Multi-line texts (notes, comments, appreciations). */
var TEXT_MAX_LENGTH = 5e3;
/** C0 and C1 control characters, but tab, line feed and carriage return (allowed in multi-line texts only). */
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
var LINE_BREAK = /[\r\n\t\u2028\u2029]/;
/** How a control character is shown in a message: `U+0000`. */
function codeOf(ch) {
	return `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}
/**
* Checks one text: trimmed, refused when empty and `required`, when it holds a control character (`multiline`
* allows line breaks and tabs), or when longer than `max` characters (counted as typed, emoji = 1).
*/
function checkText(value, label, { required = false, max = 500, multiline = false } = {}) {
	const trimmed = value.trim();
	if (required && trimmed === "") return {
		ok: false,
		message: `${label} est obligatoire.`
	};
	const control = CONTROL.exec(trimmed) ?? (multiline ? null : LINE_BREAK.exec(trimmed));
	if (control) {
		const where = [...trimmed.slice(0, control.index)].length + 1;
		return {
			ok: false,
			message: `${label} contient un caractère de contrôle invisible (${codeOf(control[0])}, ${where}ᵉ caractère) : retapez ${multiline ? "ce texte" : "ce nom"} sans copier-coller depuis un autre logiciel.`
		};
	}
	const length = [...trimmed].length;
	if (length > max) return {
		ok: false,
		message: `${label} est trop long : ${length} caractères, ${max} au plus.`
	};
	return {
		ok: true,
		value: trimmed
	};
}
/** A name (person, establishment, session): one line, at most NAME_MAX_LENGTH characters. */
function checkName(value, label, required) {
	return checkText(value, label, {
		required,
		max: 100
	});
}
export { checkName as n, checkText as r, TEXT_MAX_LENGTH as t };
