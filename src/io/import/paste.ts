/**
 * Rows pasted from a spreadsheet (the clipboard holds them as tab-separated text) become an import source like
 * a file. Rows copied without their heading get one: numéro, nom, prénom, date de naissance, in that order
 * (the usual order of a class list; the preview's column choices correct it), or nom, prénom, date de naissance
 * when the first column is not made of numbers.
 */
import { countOf } from '../../domain/count.ts';
import type { Regulation } from '../../domain/regulation.ts';
import { type CsvCell, writeCsv } from '../csv.ts';
import { autoMap, importFields } from './fields.ts';

/** True when the clipboard text is a block of cells (a tab or a line break), not a value for one cell. */
export function isPastedBlock(text: string): boolean {
  return /\t|\n./.test(text.trim());
}

const WITH_NUMERO = ['N° candidat', 'Nom', 'Prénom', 'Date de naissance'];
const WITHOUT_NUMERO = ['Nom', 'Prénom', 'Date de naissance'];

/** The pasted text, with a heading line first when its first row is not one. */
export function pastedTable(text: string, regulation: Regulation): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  const first = lines[0]?.split('\t') ?? [];
  if (autoMap(first, importFields(regulation)).some((key) => key !== null)) return lines.join('\n') + '\n';
  const numbers = lines.every((line) => /^\s*\d+\s*$/.test(line.split('\t')[0] ?? ''));
  const names = numbers ? WITH_NUMERO : WITHOUT_NUMERO;
  const heading = first.map((_, i) => names[i] ?? `Colonne ${i + 1}`);
  return [heading.join('\t'), ...lines].join('\n') + '\n';
}

/** A candidate of the notes grid, as a pasted line is matched to it (the same fields as a teacher's sheet). */
export interface PastedRowTarget {
  numero: string;
  nom: string;
  prenom: string;
}

/** Where marks are pasted in the notes grid: from the focused cell, rightwards and downwards, as displayed. */
export interface MarksPasteTarget {
  /** The displayed columns from the focused one on: its unit key when it holds marks (E1, controle_E2), else null. */
  columns: readonly { key: string | null; heading: string }[];
  /** The displayed row `offset` lines below the focused one (0: its own), or null past the last one. */
  rowAt: (offset: number) => PastedRowTarget | null;
}

export type PastedMarks = { ok: true; table: string } | { ok: false; error: string };

/**
 * Cells copied from a spreadsheet and pasted on a cell of the notes grid: line i, cell j go to the i-th displayed
 * candidate and the j-th displayed column from that cell on, as in a spreadsheet. They become a teacher's sheet
 * (numero, nom, prenom, then the units: the file « Exporter… » gives for one unit), imported through the same preview
 * as a file. Refused as a whole, saying why, when a pasted column falls on a column that holds no mark or past the
 * last one, or a line past the last candidate shown.
 */
export function pastedMarks(text: string, target: MarksPasteTarget): PastedMarks {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  const cells = lines.map((line) => line.split('\t').map((cell) => cell.trim()));
  const width = Math.max(0, ...cells.map((line) => line.length));
  const first = target.columns[0];
  if (lines.length === 0 || !first) return { ok: false, error: 'Collage : le presse-papiers ne contient aucune cellule.' };
  const refused = (why: string) => ({ ok: false as const, error: `Collage refusé : ${why}. Rien n'a été collé.` });
  if (first.key === null) {
    return refused(`la colonne « ${first.heading} » ne reçoit pas de notes ; placez-vous sur la première note à remplir (une colonne d'épreuve), puis collez`);
  }
  const keys: string[] = [];
  const columns = countOf(width, 'colonne collée', 'colonnes collées');
  for (let j = 0; j < width; j++) {
    const column = target.columns[j];
    if (!column) return refused(`${columns} à partir de « ${first.heading} », mais ${countOf(j, 'colonne', 'colonnes')} seulement jusqu'au bord de la grille`);
    if (column.key === null)
      return refused(`${columns} à partir de « ${first.heading} » : la ${j + 1}e tomberait sur « ${column.heading} », qui ne reçoit pas de notes`);
    keys.push(column.key);
  }
  const table: CsvCell[][] = [['numero', 'nom', 'prenom', ...keys]];
  for (const [i, line] of cells.entries()) {
    const row = target.rowAt(i);
    if (!row) {
      const from = target.rowAt(0)!;
      return refused(
        `${countOf(lines.length, 'ligne collée', 'lignes collées')} à partir de ${from.nom} ${from.prenom}, mais ${countOf(i, 'candidat affiché', 'candidats affichés')} seulement jusqu'à la fin de la liste`,
      );
    }
    table.push([row.numero, row.nom, row.prenom, ...keys.map((_, j) => line[j] ?? '')]);
  }
  return { ok: true, table: writeCsv(table) };
}
