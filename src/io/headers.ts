// Matching of imported column headers to known fields, whatever their case, accents or spacing.

/** Lower case, no accents, letters and digits only: "N° candidat" → "ncandidat". */
export function normalizeHeader(h: string): string {
  return h
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ºª]/g, '') // letters for Unicode, but only used as "N°"-style marks
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** `synonyms` are raw header spellings; they are normalized for matching. */
export interface FieldDef {
  key: string;
  label: string;
  synonyms: string[];
  /**
   * Those of `synonyms` too general to be sure of (`N°` may number the rows): such a heading names the field only
   * when no column names it by another heading; otherwise its column is ignored, without an error.
   */
  generic?: readonly string[];
  /**
   * A mark out of 20 (a unit's, a contrôle unit's): its headings are also recognised dressed as a teacher writes them,
   * `Note E4`, `Notes E4`, `Note de E4`, `Note d'E4`, `E4 /20`, `E4 (/20)`, `E4 sur 20`, `Note E4 /20` (markCores).
   */
  mark?: boolean;
}

export interface HeaderMapping {
  /** Field key per column index; null = ignored column. */
  columns: (string | null)[];
  /** Columns with a non-empty header matching no field. */
  ignored: { index: number; header: string }[];
  errors: { column: string; message: string }[];
}

/** The scale of a whole mark at the end of a heading: `/20`, `/ 20`, `(/20)`, `sur 20`, `(sur 20)`. */
const MARK_SCALE = /\s*(?:\(\s*(?:\/|sur)\s*20\s*\)|(?:\/|sur)\s*20)\s*$/iu;
/** What may come before a mark's code, normalized (`Note de E4` → `notedee4`, `Note d'E4` → `notede4`). */
const MARK_PREFIXES = ['notesde', 'notede', 'notesd', 'noted', 'notes', 'note'];

/**
 * The normalized headings a mark's heading may stand for once its « Note »/« Note de »/« Note d' » and its
 * scale « /20 »/« sur 20 » are taken off (none when it has neither). Several, as `notede4` is `Note de 4` or
 * `Note d'E4`: the caller keeps a reading only when a single field fits.
 */
function markCores(raw: string): string[] {
  const unscaled = raw.replace(MARK_SCALE, '');
  const normalized = normalizeHeader(unscaled);
  const cores = MARK_PREFIXES.filter((p) => normalized.length > p.length && normalized.startsWith(p)).map((p) => normalized.slice(p.length));
  if (unscaled !== raw && normalized) cores.push(normalized);
  return cores;
}

export function mapHeaders(header: string[], fields: FieldDef[]): HeaderMapping {
  const byName = new Map<string, string>();
  const markByName = new Map<string, string>();
  const generic = new Set<string>();
  for (const field of fields) {
    for (const name of [field.key, field.label, ...field.synonyms]) {
      const normalized = normalizeHeader(name);
      if (normalized && !byName.has(normalized)) byName.set(normalized, field.key);
      if (normalized && field.mark && !markByName.has(normalized)) markByName.set(normalized, field.key);
    }
    for (const name of field.generic ?? []) if (byName.get(normalizeHeader(name)) === field.key) generic.add(normalizeHeader(name));
  }
  /** `Note E4`, `E4 /20`: the mark's field, when the heading names no field as written and names a single mark. */
  const dressedMark = (raw: string): string | undefined => {
    const found = new Set(markCores(raw).flatMap((core) => markByName.get(core) ?? []));
    return found.size === 1 ? [...found][0] : undefined;
  };

  const keys = header.map((raw) => byName.get(normalizeHeader(raw)) ?? dressedMark(raw));
  // A field some column names by a specific heading: its generic headings (`N°` next to `N° candidat`) give way.
  const specific = new Set(keys.filter((key, index) => key !== undefined && !generic.has(normalizeHeader(header[index]!))));
  const mapping: HeaderMapping = { columns: [], ignored: [], errors: [] };
  const firstColumn = new Map<string, string>(); // field key -> header that took it
  header.forEach((raw, index) => {
    const text = raw.trim();
    const key = keys[index];
    mapping.columns.push(null);
    if (key === undefined || (specific.has(key) && generic.has(normalizeHeader(raw)))) {
      if (text) mapping.ignored.push({ index, header: text });
      return;
    }
    const previous = firstColumn.get(key);
    if (previous !== undefined) {
      mapping.errors.push({ column: text, message: `colonnes « ${previous} » et « ${text} » : même champ « ${key} »` });
      return;
    }
    firstColumn.set(key, text);
    mapping.columns[index] = key;
  });
  return mapping;
}

export function missingFields(mapping: HeaderMapping, required: string[]): string[] {
  return required.filter((key) => !mapping.columns.includes(key));
}

/** Headings of one column that holds nom and prénom together (`Nom Prénom`, `Nom et prénom(s)`, `Prénom Nom`, `Élève`). */
export const FULL_NAME_HEADINGS = [
  'Nom Prénom',
  'Nom Prénoms',
  'Nom et prénom',
  'Nom et prénoms',
  'Prénom Nom',
  'Prénom et nom',
  'Noms et prénoms',
  'Nom complet',
  'Élève',
];
const FULL_NAME_KEYS = new Set(FULL_NAME_HEADINGS.map(normalizeHeader));

/** The index of the first column that holds nom and prénom together, or -1. */
export function fullNameColumn(header: readonly string[]): number {
  return header.findIndex((h) => FULL_NAME_KEYS.has(normalizeHeader(h)));
}

/** The heading (as written) of a column that holds nom and prénom together, or null. */
export function fullNameHeading(header: readonly string[]): string | null {
  return header[fullNameColumn(header)]?.trim() ?? null;
}
