/** Text normalization for searching candidates (and the `searchKey` of schema v2–v6, dropped in v7). */

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Lower case, accents and ligatures removed, runs of spaces collapsed: `  Œillet  Léa` → `oeillet lea`. */
export function normalizeSearchText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** The stored `searchKey` of a candidate: normalized "numero nom prenom". */
export function candidateSearchKey(c: { numero: string; nom: string; prenom: string }): string {
  return normalizeSearchText(`${c.numero} ${c.nom} ${c.prenom}`);
}
