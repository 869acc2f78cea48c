/**
 * The built-in regulations (presets). Each lives in its own folder `presets/<id>/` and is one object with
 * everything of it (units, contrôle, thresholds, grids, livret, conformity, stage). A session keeps its own
 * copy (ExamSession.regulation): a preset that changes never changes a session's results.
 */
import { sessionYearOn } from '../dates.ts';
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

/**
 * Why a built-in preset chosen by hand does not govern the session `year` (R9: the 2024 units were renumbered from
 * 2025), in French, or null when it does (or the year is not one yet). A session may still follow it (a file of an
 * older session, a test), so this is said, not refused.
 */
export function presetYearMismatch(preset: Regulation, year: number | null): string | null {
  if (year === null || !Number.isInteger(year)) return null;
  const due = presetForYear(year);
  if (due.id === preset.id) return null;
  if (preset.firstSession > year)
    return `« ${preset.name} » s'applique à partir de la session ${preset.firstSession} ; pour la session ${year}, c'est « ${due.name} ».`;
  return `« ${preset.name} » ne s'applique plus à la session ${year} : c'est « ${due.name} ».`;
}

/**
 * The year of a session created now under `preset`: the session being prepared (sessionYearOn) when the preset is
 * the one for it; for an earlier preset, the last session it governed (a file in the 2024 units is a 2024 file); for
 * a later one, its first session.
 */
export function sessionYearFor(preset: Regulation, now: Date = new Date()): number {
  const current = sessionYearOn(now);
  if (preset.firstSession > current) return preset.firstSession;
  const next = Object.values(presets)
    .map((p) => p.firstSession)
    .filter((first) => first > preset.firstSession && first <= current)
    .sort((a, b) => a - b)[0];
  return next === undefined ? current : next - 1;
}
