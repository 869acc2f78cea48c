/**
 * The built-in regulations (presets). Each lives in its own folder `presets/<id>/` and is one object with
 * everything of it (units, contrôle, thresholds, grids, livret, conformity, stage). A session keeps its own
 * copy (ExamSession.regulation): a preset that changes never changes a session's results.
 */
import type { Regulation } from '../regulation.ts';
import { btsCcst2024 } from './bts-ccst-2024/index.ts';
import { btsCcst2025 } from './bts-ccst-2025/index.ts';

export { btsCcst2024, btsCcst2025 };

/** Every built-in preset, by id, in the order « Nouvelle session » proposes them. */
export const presets: Readonly<Record<string, Regulation>> = {
  [btsCcst2025.id]: btsCcst2025,
  [btsCcst2024.id]: btsCcst2024,
};

/** The preset used where none is named (CLI without --preset, old files): session 2024, as before. */
export const defaultPreset = btsCcst2024;

export function getPreset(id: string): Regulation | undefined {
  return Object.hasOwn(presets, id) ? presets[id] : undefined;
}

/** The built-in preset for a session year: the latest whose first session is not after it. */
export function presetForYear(year: number): Regulation {
  const candidates = Object.values(presets).filter((p) => p.firstSession <= year);
  return candidates.sort((a, b) => b.firstSession - a.firstSession)[0] ?? defaultPreset;
}
