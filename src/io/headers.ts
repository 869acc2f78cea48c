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
}

export interface HeaderMapping {
  /** Field key per column index; null = ignored column. */
  columns: (string | null)[];
  /** Columns with a non-empty header matching no field. */
  ignored: { index: number; header: string }[];
  errors: { column: string; message: string }[];
}

export function mapHeaders(header: string[], fields: FieldDef[]): HeaderMapping {
  const byName = new Map<string, string>();
  for (const field of fields) {
    for (const name of [field.key, field.label, ...field.synonyms]) {
      const normalized = normalizeHeader(name);
      if (normalized && !byName.has(normalized)) byName.set(normalized, field.key);
    }
  }

  const mapping: HeaderMapping = { columns: [], ignored: [], errors: [] };
  const firstColumn = new Map<string, string>(); // field key -> header that took it
  header.forEach((raw, index) => {
    const text = raw.trim();
    const key = byName.get(normalizeHeader(raw));
    mapping.columns.push(null);
    if (key === undefined) {
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
