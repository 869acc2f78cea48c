/**
 * Where each box of a grid goes, in the annexe's order, for the screen and the PDF alike: the observation
 * boxes of a situation sit above its criteria (annexe 10: « SITUATION 1 », its observations, its table);
 * the commission's conclusion, appreciation or comments come after the mark; the others before the criteria.
 */
import type { GridDefinition, ObservationField } from './types.ts';

export interface GridLayout {
  before: ObservationField[];
  byPart: ReadonlyMap<string, ObservationField[]>;
  after: ObservationField[];
}

const CLOSING = new Set(['conclusion', 'appreciation', 'commentaires']);

export function gridLayout(grid: GridDefinition): GridLayout {
  const byPart = new Map<string, ObservationField[]>(grid.parts.map((p) => [p.id, []]));
  const before: ObservationField[] = [];
  const after: ObservationField[] = [];
  for (const field of grid.fields.observations) {
    const part = grid.parts.find((p) => field.headings[0] === p.title);
    if (part) byPart.get(part.id)!.push(field);
    else if (CLOSING.has(field.id)) after.push(field);
    else before.push(field);
  }
  return { before, byPart, after };
}

/** The words of each level for a control or a column: the grid's legend, else the usual ones. */
export const LEVEL_WORDS = { TI: 'Très insuffisant', I: 'Insuffisant', S: 'Satisfaisant', TS: 'Très satisfaisant', NM: 'Non mobilisé' } as const;
