/**
 * Établissements copied from a spreadsheet (rows of tab-separated cells) and pasted in « Établissements »: each line
 * is a new établissement. A first line of headings (UAI, Nom, Ville, Type, in any order, spelled as an import reads
 * them) says which column is which; without one, the cells go to the grid's columns from the focused one on (UAI,
 * Nom, Ville, Type), as in a spreadsheet.
 */
import { checkUai } from '../../domain/checks.ts';
import { countOf } from '../../domain/count.ts';
import type { EtablissementType } from '../../domain/session.ts';
import { parseEtablissementType } from './cells.ts';
import { autoMap, etablissementListFields } from './fields.ts';

export type EtablissementColumn = 'uai' | 'name' | 'city' | 'type';

/** The columns of the Établissements grid that take a pasted value, left to right. */
export const ETABLISSEMENT_COLUMNS: readonly { key: EtablissementColumn; heading: string }[] = [
  { key: 'uai', heading: 'UAI' },
  { key: 'name', heading: 'Nom' },
  { key: 'city', heading: 'Ville' },
  { key: 'type', heading: 'Type' },
];

export interface PastedEtablissement {
  /** The line of the pasted text (1 for the first), for the database's refusals. */
  line: number;
  uai: string;
  name: string;
  city: string;
  type: EtablissementType;
}

export type PastedEtablissements = { ok: true; etablissements: PastedEtablissement[] } | { ok: false; error: string };

const BY_FIELD: Readonly<Record<string, EtablissementColumn>> = {
  etablissement_uai: 'uai',
  etablissement_nom: 'name',
  etablissement_ville: 'city',
  etablissement_type: 'type',
};

/** A type left empty: as in « Ajouter un établissement ». */
const DEFAULT_TYPE: EtablissementType = 'public';

/** The pasted lines that hold a cell, numbered from 1 as pasted, their cells trimmed. */
function pastedRows(text: string): { number: number; cells: string[] }[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, index) => ({ number: index + 1, cells: line.split('\t').map((cell) => cell.trim()) }))
    .filter((line) => line.cells.some((cell) => cell !== ''));
}

/** The grid's column each cell of a line names when it is a line of headings (null: none). */
function headingColumns(cells: readonly string[]): (EtablissementColumn | null)[] {
  return autoMap(cells, etablissementListFields()).map((field) => (field === null ? null : (BY_FIELD[field] ?? null)));
}

/** Whether the pasted text starts with a line of headings naming the établissements' « Nom » (a list to add). */
export function hasEtablissementHeadings(text: string): boolean {
  const first = pastedRows(text)[0];
  return first !== undefined && headingColumns(first.cells).includes('name');
}

/** The Établissements grid's column a heading copied with its column names (« Commune » names « Ville »), or null. */
export function etablissementHeadingColumn(heading: string): EtablissementColumn | null {
  return headingColumns([heading])[0] ?? null;
}

export function pastedEtablissements(text: string, from: EtablissementColumn = 'uai'): PastedEtablissements {
  const lines = pastedRows(text);
  if (lines.length === 0) return { ok: false, error: 'Collage : le presse-papiers ne contient aucune cellule.' };

  const headings = headingColumns(lines[0]!.cells);
  let columns: (EtablissementColumn | null)[];
  let body = lines;
  if (headings.includes('name')) {
    columns = headings;
    body = lines.slice(1);
    if (body.length === 0) return refused('une ligne de titres, sans établissement dessous');
  } else {
    const start = ETABLISSEMENT_COLUMNS.findIndex((c) => c.key === from);
    const width = Math.max(...lines.map((line) => line.cells.length));
    const room = ETABLISSEMENT_COLUMNS.length - start;
    if (width > room) {
      return refused(
        `${countOf(width, 'colonne collée', 'colonnes collées')} à partir de « ${ETABLISSEMENT_COLUMNS[start]!.heading} », mais ${countOf(room, 'colonne', 'colonnes')} seulement jusqu'au bord de la grille`,
      );
    }
    columns = ETABLISSEMENT_COLUMNS.slice(start, start + width).map((c) => c.key);
    if (!columns.includes('name')) {
      return refused(`aucune colonne collée ne tombe sur « Nom » ; placez-vous sur « UAI » ou « Nom », ou collez avec sa ligne de titres`);
    }
  }

  const etablissements: PastedEtablissement[] = [];
  for (const { number, cells } of body) {
    const value = (key: EtablissementColumn) => cells[columns.indexOf(key)] ?? '';
    const uai = checkUai(value('uai'));
    if (!uai.ok) return refused(`ligne ${number}, colonne « UAI » : ${uai.error.replace(/\.$/, '')}`);
    const name = value('name');
    if (name === '') return refused(`ligne ${number} : le nom de l'établissement manque`);
    const typeCell = value('type');
    const type = typeCell === '' ? { ok: true as const, value: DEFAULT_TYPE } : parseEtablissementType(typeCell);
    if (!type.ok) return refused(`ligne ${number}, colonne « Type » : ${type.error.replace(/\.$/, '')}`);
    etablissements.push({ line: number, uai: uai.value, name, city: value('city'), type: type.value });
  }
  return { ok: true, etablissements };
}

const refused = (why: string) => ({ ok: false as const, error: `Collage refusé : ${why}. Rien n'a été collé.` });
