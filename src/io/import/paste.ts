/**
 * Rows pasted from a spreadsheet (the clipboard holds them as tab-separated text) become an import source like
 * a file. Rows copied without their heading get one: numéro, nom, prénom, date de naissance, in that order
 * (the usual order of a class list; the preview's column choices correct it), or nom, prénom, date de naissance
 * when the first column is not made of numbers.
 */
import type { Regulation } from '../../domain/regulation.ts';
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
