/**
 * Rules shared by the database (which refuses with a UserError) and the import (which lists errors per
 * row): each returns a French message instead of throwing, so there is one implementation of each rule.
 */
import type { ControleMark, Mark, Parsed } from './marks.ts';
import { findUnit, optionalUnits, type Regulation } from './regulation.ts';
import { ETABLISSEMENT_TYPE_LABELS, STATUT_LABELS, type Benefice, type EtablissementType, type Statut, type UnitForm } from './session.ts';
import { isNumeroPending } from './numero.ts';

/** R8: only a mark of at least 10 may be kept from an earlier session, for at most 5 years. */
export const BENEFICE_MIN_HUNDREDTHS = 1000;
export const BENEFICE_MAX_AGE = 5;

/** The unit a mark is on, as the checks need it: its label in messages and whether it is a contrôle unit. */
export interface MarkUnitInfo {
  label: string;
  controle: boolean;
}

/** R8: true for a mark that may be kept by bénéfice (a number ≥ 10). */
export function keepableMark(value: Mark | ControleMark): boolean {
  return value.kind === 'number' && value.hundredths >= BENEFICE_MIN_HUNDREDTHS;
}

/** R8: the years a bénéfice may come from for a session of `sessionYear`. */
export function beneficeYears(sessionYear: number): { first: number; last: number } {
  return { first: sessionYear - BENEFICE_MAX_AGE, last: sessionYear - 1 };
}

/**
 * R8: why `benefice` cannot be set on this mark, or null. A bénéfice is a year of an earlier session,
 * at most 5 years back, on a first-group mark ≥ 10 (never on the épreuve de contrôle).
 */
export function beneficeProblem(benefice: Benefice, unit: MarkUnitInfo, value: Mark | ControleMark, sessionYear: number): string | null {
  if (unit.controle) return "Le bénéfice d'une note ne s'applique pas à l'épreuve de contrôle.";
  const { first, last } = beneficeYears(sessionYear);
  const year = benefice.year;
  if (!Number.isInteger(year) || year < first || year > last) {
    return `Bénéfice en ${unit.label} : l'année doit être celle d'une session antérieure, de ${first} à ${last} (5 ans au plus).`;
  }
  if (!keepableMark(value)) return `Bénéfice en ${unit.label} : seule une note d'au moins 10 peut être conservée.`;
  return null;
}

/** R8: why a mark kept by bénéfice cannot become `value` (renouncing is final, so the bénéfice goes first), or null. */
export function beneficeLockProblem(label: string, benefice: Benefice, value: Mark | ControleMark): string | null {
  if (keepableMark(value)) return null;
  return `${label} : cette note est conservée par bénéfice (session ${benefice.year}) et doit rester une note d'au moins 10. Retirez d'abord le bénéfice (« Détail du calcul », « Renoncer au bénéfice »).`;
}

/** The optional units chosen, in regulation order without duplicates, if they all are optional units. */
export function checkOptionalUnits(codes: readonly string[], regulation: Regulation): Parsed<string[]> {
  const optional = optionalUnits(regulation).map((u) => u.code);
  for (const code of codes) {
    if (!optional.includes(code)) {
      return {
        ok: false,
        error: `« ${code} » n'est pas une épreuve facultative de cette session (épreuves facultatives : ${optional.join(', ')}).`,
      };
    }
  }
  return { ok: true, value: optional.filter((code) => codes.includes(code)) };
}

const FORMS: readonly string[] = ['CCF', 'ponctuel'] satisfies UnitForm[];

/** Per-unit form overrides, if every unit exists and may take that form (a unit never in CCF stays ponctuel). */
export function checkFormOverrides(overrides: Readonly<Record<string, unknown>>, regulation: Regulation): Parsed<Record<string, UnitForm>> {
  const checked: Record<string, UnitForm> = {};
  for (const [code, form] of Object.entries(overrides)) {
    const unit = findUnit(regulation, code);
    if (!unit) return { ok: false, error: `Épreuve inconnue : « ${code} ».` };
    if (typeof form !== 'string' || !FORMS.includes(form)) {
      return { ok: false, error: `${code} : forme d'évaluation inconnue « ${String(form)} ».` };
    }
    if (form === 'CCF' && !unit.mayBeCcf) return { ok: false, error: `${code} ne peut pas être évaluée en CCF.` };
    checked[code] = form as UnitForm;
  }
  return { ok: true, value: checked };
}

export function isStatut(value: unknown): value is Statut {
  return typeof value === 'string' && Object.hasOwn(STATUT_LABELS, value);
}

export function isEtablissementType(value: unknown): value is EtablissementType {
  return typeof value === 'string' && Object.hasOwn(ETABLISSEMENT_TYPE_LABELS, value);
}

/** Code UAI: 7 digits and a check letter, optionally after one letter (`0310044E`, `E0313029Z`). */
const UAI = /^[A-Z]?\d{7}[A-Z]$/;

/** The UAI trimmed and upper-cased; empty stays empty (an établissement may have no UAI). */
export function checkUai(raw: string): Parsed<string> {
  const uai = raw.trim().toUpperCase();
  if (uai !== '' && !UAI.test(uai)) {
    return { ok: false, error: `Le code UAI « ${raw.trim()} » n'est pas valide (7 chiffres et une lettre, par exemple 0310044E).` };
  }
  return { ok: true, value: uai };
}

/** The check letters of a UAI, by the remainder of its 7 digits divided by 23 (no I, O nor Q). */
const UAI_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/**
 * Why a UAI of 7 digits and a letter looks mistyped (its letter is not the one its digits give), or null. A doubt,
 * not a refusal: files and backups made before this check hold such codes, and the établissement is known anyway.
 */
export function uaiLetterDoubt(uai: string): string | null {
  const match = /^(\d{7})([A-Z])$/.exec(uai);
  if (!match) return null;
  const expected = UAI_LETTERS[Number(match[1]) % 23]!;
  if (match[2] === expected) return null;
  return `Le code UAI « ${uai} » semble mal recopié : avec les chiffres ${match[1]}, la lettre de contrôle est ${expected}. Vérifiez-le (il est enregistré tel quel).`;
}

/** A session's year: a whole number from 2000 to 2100. */
export function checkSessionYear(year: unknown): Parsed<number> {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2100) {
    return { ok: false, error: "L'année de la session doit être un nombre entier entre 2000 et 2100." };
  }
  return { ok: true, value: year };
}

/**
 * Candidate numbers are unique in a session: the French refusal when `numero` is already another candidate's
 * (`exceptId`: the candidate being edited), or null. An empty numero (« numéro à venir ») is never taken.
 */
export function numeroTakenMessage(
  numero: string,
  candidates: readonly { id?: number; numero: string; nom: string; prenom: string }[],
  exceptId?: number,
): string | null {
  if (isNumeroPending(numero)) return null; // « numéro à venir »: several candidates may wait for theirs
  const other = candidates.find((c) => c.numero === numero && (exceptId === undefined || c.id !== exceptId));
  return other ? numeroHolderMessage(numero, other) : null;
}

/** `Le numéro « 0012 » est déjà celui de Dupont Léa.` */
export function numeroHolderMessage(numero: string, other: { nom: string; prenom: string }): string {
  return `Le numéro « ${numero} » est déjà celui de ${`${other.nom} ${other.prenom}`.trim()}.`;
}
