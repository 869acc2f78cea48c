import { parseControleMark, parseMark, type ControleMark, type Mark } from '../../src/domain/marks.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import { findUnit, type Regulation } from '../../src/domain/regulation.ts';
import type { CandidateMarks } from '../../src/domain/results.ts';

export const ccst = btsCcst2024;

/** A candidate whose every compulsory unit holds `base` (default 10), overridden by `marks`, as typed. */
export function candidate(
  marks: Record<string, string> = {},
  controle: Record<string, string> = {},
  options: { base?: string; regulation?: Regulation } = {},
): CandidateMarks {
  const regulation = options.regulation ?? ccst;
  const base = options.base ?? '10';
  const parsed: Record<string, Mark> = {};
  for (const unit of regulation.units) {
    const text = marks[unit.code] ?? (unit.domain === 'optional' ? '' : base);
    parsed[unit.code] = mark(text, unit.code, regulation);
  }
  const parsedControle: Record<string, ControleMark> = {};
  for (const [code, text] of Object.entries(controle)) {
    const result = parseControleMark(text, regulation);
    if (!result.ok) throw new Error(result.error);
    parsedControle[code] = result.value;
  }
  return { marks: parsed, controle: parsedControle };
}

export function mark(text: string, code: string, regulation: Regulation = ccst): Mark {
  const unit = findUnit(regulation, code);
  if (!unit) throw new Error(`unknown unit ${code}`);
  const result = parseMark(text, unit, regulation);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
