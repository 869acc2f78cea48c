/**
 * Which grids a regulation has, and which grid serves a unit in a given form.
 *
 * Grids are part of the regulation object (`Regulation.grids`, optional): a session's copy of its
 * regulation carries them, so they never change under a closed session. A preset id is accepted where
 * only the built-in grids are meant (tests, documents of a preset).
 */
import { getPreset, presets } from '../presets/index.ts';
import { ccst2024Grids, CCST_2024_REGULATION_ID } from '../presets/bts-ccst-2024/grids.ts';
import type { Regulation } from '../regulation.ts';
import type { UnitForm } from '../session.ts';
import type { GridDefinition } from './types.ts';

export * from './types.ts';
export * from './evaluation.ts';
export * from './edit.ts';
export * from './layout.ts';
export { ccst2024Grids, CCST_2024_REGULATION_ID };

function regulationFor(regulation: Regulation | string): Regulation | undefined {
  return typeof regulation === 'string' ? getPreset(regulation) : regulation;
}

/** Every grid of a regulation (empty when it has none). */
export function gridsFor(regulation: Regulation | string): readonly GridDefinition[] {
  return regulationFor(regulation)?.grids ?? [];
}

/** The grid with this id in a regulation (by default: in any built-in preset). */
export function gridById(id: string, regulation?: Regulation): GridDefinition | undefined {
  if (regulation) return (regulation.grids ?? []).find((g) => g.id === id);
  for (const preset of Object.values(presets)) {
    const grid = (preset.grids ?? []).find((g) => g.id === id);
    if (grid) return grid;
  }
  return undefined;
}
/**
 * The grid a commission fills in for a unit taken in a form, or undefined when the circular gives none
 * (units without a grid in the regulation). The unit may be named by one of its aliases.
 */
export function gridFor(unitCode: string, form: UnitForm, regulation: Regulation | string): GridDefinition | undefined {
  let code = unitCode.trim().toUpperCase();
  const found = regulationFor(regulation);
  if (found) {
    const unit = found.units.find((u) => u.code.toUpperCase() === code || (u.aliases ?? []).some((a) => a.toUpperCase() === code));
    if (unit) code = unit.code.toUpperCase();
  }
  return gridsFor(regulation).find((g) => g.unitCode.toUpperCase() === code && (g.form === form || g.form === 'both'));
}
