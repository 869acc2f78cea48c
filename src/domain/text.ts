/**
 * Limits and checks for the text a user types or imports (names, establishments, reasons, notes): no control
 * characters (a NUL or an escape code in a name would be stored, exported and printed raw), and a length that
 * fits on a document (a 10,000-character name made a 22-page PV). The limits are in docs/limites.md.
 */

/** Names of people (nom, prénom, jury member, president), establishments, sessions: characters at most. */
export const NAME_MAX_LENGTH = 100;
/** Other one-line texts (reasons, labels, académie…). */
export const LINE_MAX_LENGTH = 500;
/** Multi-line texts (notes, comments, appreciations). */
export const TEXT_MAX_LENGTH = 5000;

/** C0 and C1 control characters, but tab, line feed and carriage return (allowed in multi-line texts only). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern finds
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const LINE_BREAK = /[\r\n\t\u2028\u2029]/;

export type TextCheck = { ok: true; value: string } | { ok: false; message: string };

/** How a control character is shown in a message: `U+0000`. */
function codeOf(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Checks one text: trimmed, refused when empty and `required`, when it holds a control character (`multiline`
 * allows line breaks and tabs), or when longer than `max` characters (counted as typed, emoji = 1).
 */
export function checkText(
  value: string,
  label: string,
  { required = false, max = LINE_MAX_LENGTH, multiline = false }: { required?: boolean; max?: number; multiline?: boolean } = {},
): TextCheck {
  const trimmed = value.trim();
  if (required && trimmed === '') return { ok: false, message: `${label} est obligatoire.` };
  const control = CONTROL.exec(trimmed) ?? (multiline ? null : LINE_BREAK.exec(trimmed));
  if (control) {
    const where = [...trimmed.slice(0, control.index)].length + 1;
    return {
      ok: false,
      message: `${label} contient un caractère de contrôle invisible (${codeOf(control[0])}, ${where}ᵉ caractère) : retapez ${multiline ? 'ce texte' : 'ce nom'} sans copier-coller depuis un autre logiciel.`,
    };
  }
  const length = [...trimmed].length;
  if (length > max) return { ok: false, message: `${label} est trop long : ${length} caractères, ${max} au plus.` };
  return { ok: true, value: trimmed };
}

/** A name (person, establishment, session): one line, at most NAME_MAX_LENGTH characters. */
export function checkName(value: string, label: string, required: boolean): TextCheck {
  return checkText(value, label, { required, max: NAME_MAX_LENGTH });
}

/**
 * Why a person's nom or prénom typed or read is not one: only digits (and separators), as when a candidate's number
 * or birth date went into the wrong column (a row typed from N° into a grid starting at Nom). Null otherwise. Only new
 * input is checked so (the grid, the add dialog, an import): what is stored already stays readable and restorable.
 */
export function numberAsNameMessage(value: string, label: string): string | null {
  const text = value.trim();
  if (!/\d/.test(text) || !/^[\d\s.,/-]+$/.test(text)) return null;
  return `${label} « ${text} » est un nombre : un numéro de candidat va dans la colonne N°, une date de naissance dans « Né(e) le »`;
}
