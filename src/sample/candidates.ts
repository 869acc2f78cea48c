/**
 * Fictitious candidates with plausible marks, for benchmarks, tests and the example session.
 * Names are invented combinations; marks follow a per-candidate level with noise, with a few
 * AB, ABJ, NV, DI and optional units, so every decision appears.
 */
import { formatHundredthsShort } from '../domain/exact.ts';
import type { Regulation } from '../domain/regulation.ts';
import { NOMS, PRENOMS } from './names.ts';
import { pick, seededRandom } from './random.ts';

export interface SampleCandidate {
  numero: string;
  nom: string;
  prenom: string;
  /** Marks as a user would type them (`12,5`, `AB`, `` …), by unit code. */
  marks: Record<string, string>;
}

function typedMark(random: () => number, level: number, spread: number): string {
  const value = Math.min(20, Math.max(0, level + (random() - 0.5) * 2 * spread));
  const hundredths = Math.round(value * 4) * 25; // quarter points, as commissions usually give
  return formatHundredthsShort(hundredths);
}

/** `count` candidates numbered from `firstNumero`, deterministic for a given seed. */
export function sampleCandidates(regulation: Regulation, count: number, seed = 2024, firstNumero = 1): SampleCandidate[] {
  const random = seededRandom(seed);
  const width = Math.max(5, String(firstNumero + count).length);
  const candidates: SampleCandidate[] = [];
  for (let i = 0; i < count; i++) {
    const level = 4 + random() * 12 + random() * 3; // most between 7 and 15
    const marks: Record<string, string> = {};
    for (const unit of regulation.units) {
      const r = random();
      if (unit.domain === 'optional') {
        marks[unit.code] = r < 0.15 ? typedMark(random, level + 1, 4) : r < 0.16 ? 'AB' : '';
      } else if (r < 0.004) marks[unit.code] = 'AB';
      else if (r < 0.01) marks[unit.code] = 'ABJ';
      else if (r < 0.016 && unit.nvAllowed) marks[unit.code] = 'NV';
      else if (r < 0.03 && unit.dispensable) marks[unit.code] = 'DI';
      else if (r < 0.033) marks[unit.code] = '';
      else marks[unit.code] = typedMark(random, level, 4);
    }
    candidates.push({
      numero: String(firstNumero + i).padStart(width, '0'),
      nom: pick(random, NOMS),
      prenom: pick(random, PRENOMS),
      marks,
    });
  }
  return candidates;
}
