/**
 * Which grids a regulation has, and which grid serves a unit in a given form.
 *
 * Grids are attached to a preset by the preset's id (a map here), so the regulation objects the results
 * engine reads stay small and a preset without grids is still a valid preset. A new session's grids are
 * a new module registered in `gridsByRegulation`.
 */
import type { Regulation } from '../regulation.ts';
import type { UnitForm } from '../session.ts';
import { ccst2024Grids, CCST_2024_REGULATION_ID } from './ccst-2024.ts';
import type { GridDefinition } from './types.ts';

export * from './types.ts';
export * from './evaluation.ts';
export * from './edit.ts';
export * from './layout.ts';
export { ccst2024Grids, CCST_2024_REGULATION_ID };

/** Built-in grids, by regulation (preset) id. */
export const gridsByRegulation: Readonly<Record<string, readonly GridDefinition[]>> = Object.freeze({
  [CCST_2024_REGULATION_ID]: ccst2024Grids,
});

function regulationId(regulation: Regulation | string): string {
  return typeof regulation === 'string' ? regulation : regulation.id;
}

/** Every grid of a regulation (empty when it has none). */
export function gridsFor(regulation: Regulation | string): readonly GridDefinition[] {
  return gridsByRegulation[regulationId(regulation)] ?? [];
}

/** The grid with this id, in any regulation. */
export function gridById(id: string): GridDefinition | undefined {
  for (const grids of Object.values(gridsByRegulation)) {
    const grid = grids.find((g) => g.id === id);
    if (grid) return grid;
  }
  return undefined;
}

/**
 * The grid a commission fills in for a unit taken in a form, or undefined when the circular gives none
 * (CCST 2024: E1, E21, E3, EF1, EF2). The unit may be named by an alias (`E61` for U61) when the
 * regulation object is given.
 */
export function gridFor(unitCode: string, form: UnitForm, regulation: Regulation | string): GridDefinition | undefined {
  let code = unitCode.trim().toUpperCase();
  if (typeof regulation !== 'string') {
    const unit = regulation.units.find(
      (u) => u.code.toUpperCase() === code || (u.aliases ?? []).some((a) => a.toUpperCase() === code),
    );
    if (unit) code = unit.code.toUpperCase();
  }
  return gridsFor(regulation).find((g) => g.unitCode.toUpperCase() === code && (g.form === form || g.form === 'both'));
}
