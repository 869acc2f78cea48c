/**
 * The text form of the non-mark cells of the session file (statut, type, lists, forms, flags):
 * parsed on import, written on export, so that one reads back what the other writes.
 */
import { checkFormOverrides, isEtablissementType, isStatut } from '../../domain/checks.ts';
import type { Parsed } from '../../domain/marks.ts';
import type { Regulation } from '../../domain/regulation.ts';
import { controleKey, ETABLISSEMENT_TYPE_LABELS, STATUT_LABELS, type EtablissementType, type Statut, type UnitForm } from '../../domain/session.ts';
import { isoToFrenchDate, parseFrenchDate } from '../dates.ts';
import { normalizeHeader } from '../headers.ts';

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

/** Separators of list cells: `E4 U61`, `E4, U61`, `E4;U61`, `E4+U61`. */
const LIST_SEPARATORS = /[\s,;+]+/;

const STATUT_SYNONYMS: Readonly<Record<string, Statut>> = {
  apprentissage: 'apprenti',
  fc: 'formation_continue',
  candidatlibre: 'individuel',
  libre: 'individuel',
  ead: 'distance',
  cned: 'distance',
};

const TYPE_SYNONYMS: Readonly<Record<string, EtablissementType>> = {
  prive: 'prive_sous_contrat',
  cfa: 'cfa_habilite',
  ead: 'distance',
  cned: 'distance',
};

/** A code or a French label, whatever its case, accents and spacing (`Formation continue`, `CFA habilité`). */
function parseCodeOrLabel<T extends string>(
  cell: string,
  labels: Readonly<Record<T, string>>,
  synonyms: Readonly<Record<string, T>>,
  isCode: (v: string) => boolean,
  what: string,
): Parsed<T> {
  const wanted = normalizeHeader(cell);
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    if (normalizeHeader(code) === wanted || normalizeHeader(label) === wanted) return { ok: true, value: code };
  }
  const synonym = synonyms[wanted];
  if (synonym && isCode(synonym)) return { ok: true, value: synonym };
  return fail(`${what} inconnu : « ${cell.trim()} » (possibles : ${Object.values<string>(labels).join(', ')})`);
}

export function parseStatut(cell: string): Parsed<Statut> {
  return parseCodeOrLabel(cell, STATUT_LABELS, STATUT_SYNONYMS, isStatut, 'statut');
}

export function parseEtablissementType(cell: string): Parsed<EtablissementType> {
  return parseCodeOrLabel(cell, ETABLISSEMENT_TYPE_LABELS, TYPE_SYNONYMS, isEtablissementType, "type d'établissement");
}

/** Youngest and oldest age a candidate may have: they resolve the century of a two-digit year. */
export const BIRTH_AGE_RANGE = { min: 14, max: 80 } as const;

/**
 * A birth date → ISO; empty → null. Read: `JJ/MM/AAAA`; ISO `AAAA-MM-JJ` (optionally with a time, as other
 * software writes it); `JJ/MM/AA` as a spreadsheet's short date writes it, the century being the one that
 * makes the candidate 14 to 80 years old in `referenceYear` (the session's year; default: this year).
 */
export function parseBirthDate(cell: string, referenceYear = new Date().getFullYear()): Parsed<string | null> {
  const text = cell.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(text);
  if (iso) return parseFrenchDate(`${iso[3]}/${iso[2]}/${iso[1]}`);
  const short = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2})$/.exec(text);
  if (short) {
    const yy = Number(short[4]);
    const years = [1900 + yy, 2000 + yy].filter((y) => referenceYear - y >= BIRTH_AGE_RANGE.min && referenceYear - y <= BIRTH_AGE_RANGE.max);
    if (years.length !== 1) {
      return fail(
        `« ${text} » : année sur deux chiffres qui ne donne pas un âge de ${BIRTH_AGE_RANGE.min} à ${BIRTH_AGE_RANGE.max} ans en ${referenceYear} ; écrivez l'année en entier (JJ/MM/AAAA)`,
      );
    }
    return parseFrenchDate(`${short[1]}/${short[3]}/${years[0]}`);
  }
  return parseFrenchDate(cell);
}

export const formatBirthDate = (iso: string | null): string => isoToFrenchDate(iso);

/** Every unit key of a regulation in file order: units, then contrôle units (`controle_E1`). */
export function unitKeys(regulation: Regulation): string[] {
  return [...regulation.units.map((u) => u.code), ...regulation.controle.units.map((u) => controleKey(u.code))];
}

/** Unit key by normalized spelling: code, alias (`E61` for U61), `controle_E1`. */
function unitKeyByName(regulation: Regulation): Map<string, string> {
  const byName = new Map<string, string>();
  for (const unit of regulation.units) {
    for (const name of [unit.code, ...(unit.aliases ?? [])]) byName.set(normalizeHeader(name), unit.code);
  }
  for (const unit of regulation.controle.units) byName.set(normalizeHeader(controleKey(unit.code)), controleKey(unit.code));
  return byName;
}

// Per regulation, once: a preview formats the lists of every row (50,000 at national scale).
const orderOf = new WeakMap<Regulation, readonly string[]>();

function sortByRegulation(keys: Iterable<string>, regulation: Regulation): string[] {
  const set = new Set(keys);
  if (set.size === 0) return [];
  let order = orderOf.get(regulation);
  if (!order) orderOf.set(regulation, (order = unitKeys(regulation)));
  return order.filter((k) => set.has(k));
}

/** `E4 U61` or `E4, E61` → unit keys in regulation order (the `sous_reserve` cell). */
export function parseUnitList(cell: string, regulation: Regulation): Parsed<string[]> {
  const byName = unitKeyByName(regulation);
  const keys: string[] = [];
  for (const token of cell.split(LIST_SEPARATORS).filter((t) => t !== '')) {
    const key = byName.get(normalizeHeader(token));
    if (!key) {
      const example =
        regulation.units
          .filter((u) => u.nvAllowed)
          .slice(0, 2)
          .map((u) => u.code)
          .join(' ') ||
        regulation.units[0]?.code ||
        '';
      return fail(`« ${token} » n'est pas une épreuve de cette session (attendu : une liste d'épreuves, par exemple ${example})`);
    }
    keys.push(key);
  }
  return { ok: true, value: sortByRegulation(keys, regulation) };
}

export function formatUnitList(keys: Iterable<string>, regulation: Regulation): string {
  return sortByRegulation(keys, regulation).join(', ');
}

/** `E3=2023, E1=2022` → year by unit key (the `benefices` cell); the R8 rule is checked by the caller. */
export function parseBenefices(cell: string, regulation: Regulation): Parsed<Map<string, number>> {
  const byName = unitKeyByName(regulation);
  const years = new Map<string, number>();
  for (const item of cell
    .split(/[,;]/)
    .map((t) => t.trim())
    .filter((t) => t !== '')) {
    const match = /^(.+?)\s*[=:]\s*(\d{4})$/.exec(item);
    if (!match) return fail(`« ${item} » : bénéfice attendu sous la forme épreuve=année, par exemple E3=2023`);
    const key = byName.get(normalizeHeader(match[1]!));
    if (!key) return fail(`« ${match[1]} » n'est pas une épreuve de cette session`);
    if (years.has(key)) return fail(`${key} : bénéfice indiqué deux fois`);
    years.set(key, Number(match[2]));
  }
  return { ok: true, value: years };
}

export function formatBenefices(years: ReadonlyMap<string, number>, regulation: Regulation): string {
  return sortByRegulation(years.keys(), regulation)
    .map((k) => `${k}=${years.get(k)}`)
    .join(', ');
}

/** `E4=ponctuel, U61=CCF` → form overrides (the `formes` cell), checked against the regulation. */
export function parseFormOverrides(cell: string, regulation: Regulation): Parsed<Record<string, UnitForm>> {
  const byName = unitKeyByName(regulation);
  const overrides: Record<string, string> = {};
  for (const item of cell
    .split(/[,;]/)
    .map((t) => t.trim())
    .filter((t) => t !== '')) {
    const match = /^(.+?)\s*[=:]\s*(.+)$/.exec(item);
    if (!match) return fail(`« ${item} » : forme attendue sous la forme épreuve=CCF ou épreuve=ponctuel, par exemple E4=ponctuel`);
    const code = byName.get(normalizeHeader(match[1]!)) ?? match[1]!.trim();
    const form = normalizeHeader(match[2]!);
    overrides[code] = form === 'ccf' ? 'CCF' : form === 'ponctuel' ? 'ponctuel' : match[2]!.trim();
  }
  const checked = checkFormOverrides(overrides, regulation);
  if (!checked.ok) return checked;
  const sorted: Record<string, UnitForm> = {};
  for (const key of sortByRegulation(Object.keys(checked.value), regulation)) sorted[key] = checked.value[key]!;
  return { ok: true, value: sorted };
}

export function formatFormOverrides(overrides: Readonly<Record<string, UnitForm>>, regulation: Regulation): string {
  return sortByRegulation(Object.keys(overrides), regulation)
    .map((k) => `${k}=${overrides[k]}`)
    .join(', ');
}

export function formatOptionalUnits(codes: readonly string[], regulation: Regulation): string {
  return formatUnitList(codes, regulation);
}
