/** The fields a column of an imported file can feed, and the automatic mapping of a header to them. */
import type { Regulation } from '../../domain/regulation.ts';
import { candidateFields, IDENTITY_FIELDS } from '../candidates-csv.ts';
import { FULL_NAME_HEADINGS, mapHeaders, normalizeHeader } from '../headers.ts';
import { conformityFields } from './conformity.ts';
import type { ColumnMapping, ImportField } from './types.ts';

const identity = (key: string) => IDENTITY_FIELDS.find((f) => f.key === key)!;

const IDENTITY: readonly ImportField[] = [
  { ...identity('numero'), label: 'N° candidat', synonyms: ['Numéro', ...identity('numero').synonyms], group: 'identite' },
  { ...identity('nom'), group: 'identite' },
  { ...identity('prenom'), group: 'identite' },
  // Split line by line (full-name.ts): the nom in capitals, or a comma between them.
  { key: 'nom_prenom', label: 'Nom et prénom (une colonne)', synonyms: FULL_NAME_HEADINGS, group: 'identite' },
  {
    key: 'date_naissance',
    label: 'Date de naissance',
    synonyms: ['Né(e) le', 'Né le', 'Née le', 'Date naissance', 'Naissance', 'Date de naiss', 'Date naiss', 'Naiss', 'DDN'],
    group: 'identite',
  },
  { key: 'statut', label: 'Statut', synonyms: ['Statut du candidat', 'Statut candidat'], group: 'identite' },
  { key: 'langue_vivante', label: 'Langue vivante', synonyms: ['LV', 'LVE', 'Langue', 'LV1', 'Langue vivante étrangère'], group: 'identite' },
  {
    key: 'facultatives',
    label: 'Épreuves facultatives',
    synonyms: ['Facultatives', 'Options', 'Épreuves facultatives choisies'],
    group: 'identite',
  },
  { key: 'formes', label: "Formes d'évaluation", synonyms: ['Formes', 'Forme', 'Forme des épreuves'], group: 'identite' },
];

const ETABLISSEMENT: readonly ImportField[] = [
  {
    key: 'etablissement_uai',
    label: 'UAI',
    synonyms: ['RNE', 'Code UAI', 'Code RNE', 'Code établissement', 'UAI établissement', 'N° UAI'],
    group: 'etablissement',
  },
  {
    key: 'etablissement_nom',
    label: 'Établissement',
    synonyms: ["Nom de l'établissement", 'Nom établissement', "Établissement d'origine", 'Lycée', 'Centre de formation', 'Étab', 'Établ'],
    group: 'etablissement',
  },
  { key: 'etablissement_ville', label: 'Ville', synonyms: ["Ville de l'établissement", 'Commune'], group: 'etablissement' },
  {
    key: 'etablissement_type',
    label: "Type d'établissement",
    synonyms: ['Type établissement', "Type de l'établissement"],
    group: 'etablissement',
  },
];

/**
 * The columns of a list of établissements alone (pasted in « Établissements »): there, « Nom » and « Type » are the
 * établissement's (the grid's own headings).
 */
export function etablissementListFields(): ImportField[] {
  const own: Readonly<Record<string, string>> = { etablissement_nom: 'Nom', etablissement_type: 'Type' };
  return ETABLISSEMENT.map((f) => (own[f.key] ? { ...f, synonyms: [...f.synonyms, own[f.key]!] } : f));
}

const INDICATEURS: readonly ImportField[] = [
  { key: 'sous_reserve', label: 'Sous réserve', synonyms: ['Sous réserve de vérification', 'Réserve', 'Réserves'], group: 'indicateurs' },
  { key: 'benefices', label: 'Bénéfices', synonyms: ['Bénéfice', 'Bénéfices de notes', 'Notes conservées'], group: 'indicateurs' },
];

/**
 * Identity, établissement, every unit (`E61` for U61…), every contrôle unit (`contrôle E1`), flags, and the
 * dossier conformity columns (R7: src/io/import/conformity.ts).
 */
export function importFields(regulation: Regulation): ImportField[] {
  const unitCodes = new Set(regulation.units.map((u) => u.code));
  const marks: ImportField[] = candidateFields(regulation)
    .filter((f) => !IDENTITY_FIELDS.includes(f))
    .map((f) => ({ ...f, group: unitCodes.has(f.key) ? 'notes' : 'controle' }));
  return [...IDENTITY, ...ETABLISSEMENT, ...marks, ...conformityFields(regulation), ...INDICATEURS];
}

/**
 * Field per column from the header's spelling, a mark's also as `Note E4`, `E4 /20` (headers.ts); when two columns
 * name the same field, the first wins (a generic heading such as `N°` gives way to a specific one, `N° candidat`:
 * headers.ts). A column headed « Type » right next to an établissement column is that établissement's type.
 */
export function autoMap(header: readonly string[], fields: readonly ImportField[]): ColumnMapping {
  const columns = mapHeaders([...header], [...fields]).columns;
  if (!columns.includes('etablissement_type') && fields.some((f) => f.key === 'etablissement_type')) {
    const isEtablissement = (key: string | null | undefined) => key !== null && key !== undefined && key.startsWith('etablissement_');
    const type = header.findIndex(
      (h, i) => columns[i] === null && normalizeHeader(h) === 'type' && (isEtablissement(columns[i - 1]) || isEtablissement(columns[i + 1])),
    );
    if (type >= 0) columns[type] = 'etablissement_type';
  }
  return columns;
}

/** Nom and prénom read from the one column that holds both: chosen, and neither of theirs (else namesChosenTwice). */
export function namesInOneColumn(mapping: ColumnMapping): boolean {
  return mapping.includes('nom_prenom') && !mapping.includes('nom') && !mapping.includes('prenom');
}

/** One column for both names chosen with a column for one of them: which one to read cannot be told (null: not so). */
export function namesChosenTwice(mapping: ColumnMapping, fields: readonly { key: string; label: string }[]): string | null {
  const apart = ['nom', 'prenom'].filter((key) => mapping.includes(key));
  if (!mapping.includes('nom_prenom') || apart.length === 0) return null;
  const label = (key: string) => fields.find((f) => f.key === key)?.label ?? key;
  return `« ${label('nom_prenom')} » et « ${apart.map(label).join(' », « ')} » sont choisis ensemble : gardez la colonne qui réunit nom et prénom, ou les colonnes séparées.`;
}

/**
 * For a session the import creates: the choice whose regulation the header's columns fit best (the most columns
 * recognised: its units, contrôle units, conformity columns), `preferred` on a tie (a file of identities only).
 */
export function regulationForHeader<T extends { regulation: Regulation }>(header: readonly string[], choices: readonly T[], preferred: T): T {
  const recognised = (choice: T) => autoMap(header, importFields(choice.regulation)).filter((key) => key !== null).length;
  let best = preferred;
  let most = recognised(preferred);
  for (const choice of choices) {
    const count = choice === preferred ? most : recognised(choice);
    if (count > most) [best, most] = [choice, count];
  }
  return best;
}
