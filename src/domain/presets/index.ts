import type { Regulation } from '../regulation.ts';
import { btsCcst2024 } from './bts-ccst-2024.ts';

export { btsCcst2024 };

/** Every built-in preset, by id. A new session's regulation is added here, not in the engine. */
export const presets: Readonly<Record<string, Regulation>> = {
  [btsCcst2024.id]: btsCcst2024,
};

export const defaultPreset = btsCcst2024;

export function getPreset(id: string): Regulation | undefined {
  return presets[id];
}
