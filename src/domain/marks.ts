/**
 * Mark values (docs/regles.md R2): special marks are first-class values, never magic numbers.
 * Parsing returns errors as values, in French, and never throws.
 */
import { formatHundredthsShort } from './exact.ts';
import { sitsUnit } from './forms.ts';
import type { Regulation, UnitDef } from './regulation.ts';

export type Mark =
  | { kind: 'empty' }
  | { kind: 'number'; hundredths: number }
  /** absence non justifiée */
  | { kind: 'AB' }
  /** absence justifiée: counts as 0 */
  | { kind: 'ABJ' }
  /** non valide (dossier) */
  | { kind: 'NV' }
  /** dispensé */
  | { kind: 'DI' };

export type SpecialCode = 'AB' | 'ABJ' | 'NV' | 'DI';

/** A contrôle (2nd groupe) entry: a mark, `AB`, or nothing yet (R6). */
export type ControleMark = { kind: 'empty' } | { kind: 'number'; hundredths: number } | { kind: 'AB' };

export const EMPTY: Mark = Object.freeze({ kind: 'empty' });

export function numberMark(hundredths: number): { kind: 'number'; hundredths: number } {
  return { kind: 'number', hundredths };
}

export function specialMark(code: SpecialCode): Mark {
  return { kind: code };
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Accepted spellings of the codes (case-insensitive, a trailing dot ignored): R2 and its synonyms. */
const CODE_SYNONYMS: Readonly<Record<string, SpecialCode>> = {
  AB: 'AB',
  ABS: 'AB',
  ABJ: 'ABJ',
  NV: 'NV',
  DI: 'DI',
  DISP: 'DI',
};

const SPACES = /^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g;
const DECIMAL = /^(\d+)(?:[.,](\d+))?$/;
const SCALED = /^(\d+(?:[.,]\d+)?)\s*\/\s*(\d+)$/;

/**
 * The hundredths of a plain well-formed number (1 to 3 digits, then `,` or `.` and 1 or 2 digits), without a regular
 * expression or any allocation; -1 for anything else (the general path then reads it, or says what is wrong). At
 * 500,000 marks in a file, this is most of the reading.
 */
function plainHundredths(text: string): number {
  const length = text.length;
  let whole = 0;
  let i = 0;
  for (; i < length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    whole = whole * 10 + c;
  }
  if (i === 0 || i > 3) return -1;
  if (i === length) return whole * 100;
  const separator = text.charCodeAt(i);
  if ((separator !== 44 && separator !== 46) || length - i - 1 < 1 || length - i - 1 > 2) return -1;
  const d1 = text.charCodeAt(i + 1) - 48;
  const d2 = i + 2 < length ? text.charCodeAt(i + 2) - 48 : 0;
  if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
  return whole * 100 + d1 * 10 + d2;
}

/** Parses a 0–max number with at most 2 decimals (`12,5`, `12.50`, `20`) to hundredths. */
export function parseMarkNumber(raw: string, maxMark: number): Parsed<number> {
  const plain = plainHundredths(raw);
  if (plain >= 0 && plain <= maxMark * 100) return { ok: true, value: plain };
  const text = raw.replace(SPACES, '');
  const match = DECIMAL.exec(text);
  if (!match) {
    if (/^-\s*\d/.test(text)) return fail(`« ${text} » : une note ne peut pas être négative`);
    // `12/20`, `8/10`: a mark written with its scale. Said how to write it, never turned into a number (R2).
    const scaled = SCALED.exec(text);
    if (scaled && Number(scaled[2]) === maxMark) return fail(`« ${text} » : écrivez la note seule, sans « /${maxMark} » (${scaled[1]})`);
    if (scaled) return fail(`« ${text} » : note sur ${Number(scaled[2])} ; la note attendue est sur ${maxMark}`);
    return fail(`« ${text} » n'est pas une note`);
  }
  const whole = match[1] ?? '';
  const decimals = match[2] ?? '';
  if (decimals.length > 2) return fail(`« ${text} » : 2 décimales au plus`);
  if (whole.length > 3) return fail(`« ${text} » : note supérieure à ${maxMark}`);
  const hundredths = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  if (hundredths > maxMark * 100) return fail(`« ${text} » : note supérieure à ${maxMark}`);
  return { ok: true, value: hundredths };
}

/** `text` without its leading and trailing spaces; the text itself, at once, when it starts and ends with a visible ASCII character. */
function trimSpaces(text: string): string {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? text : text.replace(SPACES, '');
}

/** A code as its synonyms are listed: upper case, a trailing dot ignored (`abs.` → `ABS`). */
function codeSpelling(text: string): string {
  return text.toUpperCase().replace(/\.$/, '');
}

function parseCode(text: string): SpecialCode | undefined {
  return CODE_SYNONYMS[codeSpelling(text)];
}

/**
 * What reading `raw` as a mark may have meant otherwise, said beside it (null: nothing): « Abs » is AB (R2), the
 * unjustified absence that eliminates, where a spreadsheet's « Abs » often stands for any absence, justified too.
 */
export function markReadingNote(raw: string): string | null {
  const text = trimSpaces(raw);
  if (codeSpelling(text) !== 'ABS') return null;
  return `« ${text} » lu AB, absence non justifiée (éliminatoire sur une épreuve obligatoire) : écrivez ABJ si l'absence est justifiée`;
}

/** Parses what a user typed in a unit's cell, checking that the code is allowed on that unit (R2). */
export function parseMark(raw: string, unit: UnitDef, regulation: Regulation): Parsed<Mark> {
  const text = trimSpaces(raw);
  if (text === '') return { ok: true, value: EMPTY };
  // Codes start with a letter: a cell starting with a digit is a number (or not a mark).
  const first = text.charCodeAt(0);
  const code = first >= 48 && first <= 57 ? undefined : parseCode(text);
  if (code) {
    if (code === 'NV' && !unit.nvAllowed) {
      const allowed = regulation.units.filter((u) => u.nvAllowed).map((u) => u.code);
      return fail(`NV impossible en ${unit.code} (seulement en ${allowed.join(', ')})`);
    }
    if (code === 'DI' && !unit.dispensable) return noDispense(unit, regulation);
    return { ok: true, value: specialMark(code) };
  }
  const number = parseMarkNumber(text, regulation.maxMark);
  if (!number.ok) {
    if (/^\p{L}+\.?$/u.test(text)) {
      // Words a teacher's sheet uses for a code: refused all the same (R2: an unknown code is an input error), with
      // the code to write. « Absent » names two codes, whose decisions differ: the person chooses.
      const word = wordCode(text);
      if (word === 'absent') return fail(`« ${text} » : écrivez AB (${SPECIAL_LABELS.AB}) ou ABJ (${SPECIAL_LABELS.ABJ})`);
      if (word === 'DI') return unit.dispensable ? fail(`« ${text} » : écrivez DI (${SPECIAL_LABELS.DI})`) : noDispense(unit, regulation);
      // The codes this unit takes (R2): « NV » listed under E1, where it is refused, misled.
      const codes = ['AB', 'ABJ', ...(unit.nvAllowed ? ['NV'] : []), ...(unit.dispensable ? ['DI'] : [])];
      return fail(`« ${text} » n'est ni une note de 0 à ${regulation.maxMark} ni un code possible en ${unit.code} (${codes.join(', ')})`);
    }
    return number;
  }
  return { ok: true, value: numberMark(number.value) };
}

/** Words for a code, accents and case aside: refused with the code to write (parseMark). */
const WORD_CODES: Readonly<Record<string, 'absent' | 'DI'>> = {
  absent: 'absent',
  absente: 'absent',
  absence: 'absent',
  dispense: 'DI',
  dispensee: 'DI',
};

function wordCode(text: string): 'absent' | 'DI' | undefined {
  return WORD_CODES[text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()];
}

/** R2: DI (or « dispensé ») on a unit with no dispense. */
function noDispense(unit: UnitDef, regulation: Regulation): Parsed<never> {
  if (unit.domain === 'optional') return fail(`DI impossible en ${unit.code} : épreuve facultative, laisser vide si elle n'est pas présentée`);
  const allowed = regulation.units.filter((u) => u.dispensable).map((u) => u.code);
  return fail(`DI impossible en ${unit.code} (dispense seulement en ${allowed.join(', ')})`);
}

/** Parses a contrôle cell: a mark, `AB` or nothing (R6). */
export function parseControleMark(raw: string, regulation: Regulation): Parsed<ControleMark> {
  const text = raw.replace(SPACES, '');
  if (text === '') return { ok: true, value: { kind: 'empty' } };
  const code = parseCode(text);
  if (code === 'AB') return { ok: true, value: { kind: 'AB' } };
  if (code) return fail(`« ${text} » : à l'épreuve de contrôle, seule une note ou AB est possible`);
  if (wordCode(text) === 'absent') return fail(`« ${text} » : à l'épreuve de contrôle, écrivez AB pour une absence`);
  const number = parseMarkNumber(text, regulation.maxMark);
  return number.ok ? { ok: true, value: numberMark(number.value) } : number;
}

/** How a mark is written in a cell or a file: `12,5`, `AB`, `` for empty. */
export function formatMark(mark: Mark | ControleMark): string {
  switch (mark.kind) {
    case 'empty':
      return '';
    case 'number':
      return formatHundredthsShort(mark.hundredths);
    default:
      return mark.kind;
  }
}

/** French wording of a special mark, for documents and explanations. */
export const SPECIAL_LABELS: Readonly<Record<SpecialCode, string>> = {
  AB: 'absence non justifiée',
  ABJ: 'absence justifiée',
  NV: 'non valide',
  DI: 'dispensé',
};

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

/**
 * Optional units follow registration (issue 16): a mark (a number or a code) on an optional unit the
 * candidate did not register for is refused, with how to register it. Null when the mark is allowed.
 * Clearing a mark (empty) is always allowed.
 */
export function unregisteredOptionalMessage(
  unit: UnitDef,
  mark: Mark | ControleMark | null | undefined,
  optionalUnits: readonly string[] | undefined,
): string | null {
  if (!mark || mark.kind === 'empty' || sitsUnit({ optionalUnits: optionalUnits ?? [] }, unit)) return null;
  return (
    `le candidat n'est pas inscrit à l'épreuve facultative ${unit.code} (${unit.name}) : inscrivez-la d'abord dans sa fiche ` +
    `(onglet « Candidats », colonne « Facultatives », ou colonne « Épreuves facultatives » du fichier importé), puis saisissez la note`
  );
}
