/**
 * The marks part of a plan row: mark cells, `sous_reserve` and `benefices`, compared with the stored
 * records of the candidate. A record is written only if its content changes.
 */
import { beneficeLockProblem, beneficeProblem } from '../../domain/checks.ts';
import { type ControleMark, EMPTY, formatMark, type Mark, parseControleMark, parseMark, unregisteredOptionalMessage } from '../../domain/marks.ts';
import { findUnit, type Regulation } from '../../domain/regulation.ts';
import { CONTROLE_PREFIX, type Benefice, type MarkRecord } from '../../domain/session.ts';
import { formatBenefices, formatUnitList, parseBenefices, parseUnitList, unitKeys } from './cells.ts';
import type { CellChange, EmptyCellPolicy, MarkWrite } from './types.ts';

type MarkValue = Mark | ControleMark;
type Content = NonNullable<MarkWrite['after']>;

export interface RowMarksInput {
  regulation: Regulation;
  year: number;
  emptyCells: EmptyCellPolicy;
  /** The cell of a field, or undefined when no column is mapped to it. */
  cell: (key: string) => string | undefined;
  /** The stored record of a unit, or null (always null for a new candidate). */
  stored: (unit: string) => MarkRecord | null;
  error: (key: string, message: string) => void;
  label: (key: string) => string;
  /** The optional units the candidate is registered for after this row (a mark on another one is refused). */
  optionalUnits?: readonly string[];
}

export interface RowMarks {
  writes: Pick<MarkWrite, 'unit' | 'before' | 'after'>[];
  changes: CellChange[];
}

const isEmpty = (cell: string) => cell.trim() === '';

// Per regulation, once: a preview plans every unit of every row (500,000 at 50,000 candidates).
const keysOf = new WeakMap<Regulation, { keys: string[]; units: Map<string, ReturnType<typeof findUnit>> }>();
function regulationKeys(regulation: Regulation) {
  let known = keysOf.get(regulation);
  if (!known) {
    const keys = unitKeys(regulation);
    known = { keys, units: new Map(keys.map((key) => [key, findUnit(regulation, key)])) };
    keysOf.set(regulation, known);
  }
  return known;
}

/** Two flag lists gathered in regulation order are equal when their items are (no need to format them). */
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);
const sameYears = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) => a.size === b.size && [...a].every(([key, year]) => b.get(key) === year);

function sameMark(a: MarkValue, b: MarkValue): boolean {
  return a.kind === b.kind && (a.kind !== 'number' || (b.kind === 'number' && a.hundredths === b.hundredths));
}

function sameContent(a: Content | null, b: Content | null): boolean {
  if (a === null || b === null) return a === b;
  return sameMark(a.value, b.value) && a.sousReserve === b.sousReserve && (a.benefice?.year ?? null) === (b.benefice?.year ?? null);
}

/**
 * Flags: a non-empty `sous_reserve` cell lists every unit sous réserve (the others are not); an empty one
 * changes nothing, or clears them all with the 'clear' policy. A `benefices` cell adds or corrects
 * bénéfices and never removes one (R8: renouncing is final, it is done in the app).
 */
export function planRowMarks(input: RowMarksInput): RowMarks {
  const { regulation } = input;
  const sousReserve = readSousReserve(input);
  const benefices = readBenefices(input);
  const result: RowMarks = { writes: [], changes: [] };
  const flagsBefore = { reserve: [] as string[], benefices: new Map<string, number>() };
  const flagsAfter = { reserve: [] as string[], benefices: new Map<string, number>() };

  for (const key of regulationKeys(regulation).keys) {
    const before = input.stored(key);
    const beforeContent: Content | null = before && { value: before.value, sousReserve: before.sousReserve, benefice: before.benefice };
    const after = plannedContent(input, key, beforeContent, sousReserve, benefices);
    if (before?.sousReserve) flagsBefore.reserve.push(key);
    if (before?.benefice) flagsBefore.benefices.set(key, before.benefice.year);
    const kept = after === 'error' ? beforeContent : after;
    if (kept?.sousReserve) flagsAfter.reserve.push(key);
    if (kept?.benefice) flagsAfter.benefices.set(key, kept.benefice.year);
    if (after === 'error' || sameContent(beforeContent, after)) continue;
    result.writes.push({ unit: key, before, after });
    const valueBefore = beforeContent?.value ?? EMPTY;
    const valueAfter = after?.value ?? EMPTY;
    if (!sameMark(valueBefore, valueAfter)) {
      result.changes.push({ field: key, label: input.label(key), before: formatMark(valueBefore), after: formatMark(valueAfter) });
    }
  }
  const reserve = sameList(flagsBefore.reserve, flagsAfter.reserve)
    ? null
    : ([formatUnitList(flagsBefore.reserve, regulation), formatUnitList(flagsAfter.reserve, regulation)] as const);
  if (reserve && reserve[0] !== reserve[1]) {
    result.changes.push({ field: 'sous_reserve', label: input.label('sous_reserve'), before: reserve[0], after: reserve[1] });
  }
  const kept = sameYears(flagsBefore.benefices, flagsAfter.benefices)
    ? null
    : ([formatBenefices(flagsBefore.benefices, regulation), formatBenefices(flagsAfter.benefices, regulation)] as const);
  if (kept && kept[0] !== kept[1]) {
    result.changes.push({ field: 'benefices', label: input.label('benefices'), before: kept[0], after: kept[1] });
  }
  return result;
}

/** The units sous réserve after the import, or null to leave the flags as they are. */
function readSousReserve(input: RowMarksInput): Set<string> | null {
  const text = input.cell('sous_reserve');
  if (text === undefined) return null;
  if (isEmpty(text)) return input.emptyCells === 'clear' ? new Set() : null;
  const parsed = parseUnitList(text, input.regulation);
  if (!parsed.ok) {
    input.error('sous_reserve', parsed.error);
    return null;
  }
  return new Set(parsed.value);
}

function readBenefices(input: RowMarksInput): Map<string, number> {
  const text = input.cell('benefices');
  if (text === undefined || isEmpty(text)) return new Map();
  const parsed = parseBenefices(text, input.regulation);
  if (!parsed.ok) {
    input.error('benefices', parsed.error);
    return new Map();
  }
  return parsed.value;
}

/** The content of one unit's record after the import (null: no record), or 'error' (reported). */
function plannedContent(
  input: RowMarksInput,
  key: string,
  before: Content | null,
  sousReserve: Set<string> | null,
  benefices: Map<string, number>,
): Content | null | 'error' {
  const controle = key.startsWith(CONTROLE_PREFIX);
  let value: MarkValue = before?.value ?? EMPTY;
  const raw = input.cell(key);
  if (raw !== undefined && !isEmpty(raw)) {
    const unit = regulationKeys(input.regulation).units.get(key);
    const parsed = unit ? parseMark(raw, unit, input.regulation) : parseControleMark(raw, input.regulation);
    if (!parsed.ok) {
      input.error(key, parsed.error);
      return 'error';
    }
    value = parsed.value;
    const refused = unit && !sameMark(value, before?.value ?? EMPTY) ? unregisteredOptionalMessage(unit, value, input.optionalUnits) : null;
    if (refused) {
      input.error(key, refused);
      return 'error';
    }
  } else if (raw !== undefined && input.emptyCells === 'clear') {
    value = EMPTY;
  }
  const flagged = sousReserve ? sousReserve.has(key) : (before?.sousReserve ?? false);
  let benefice: Benefice | null = before?.benefice ?? null;
  const year = benefices.get(key);
  const label = input.label(key);
  if (year !== undefined && year !== benefice?.year) {
    benefice = { year };
    const problem = beneficeProblem(benefice, { label, controle }, value, input.year);
    if (problem) {
      input.error('benefices', problem);
      return 'error';
    }
  } else if (benefice && !sameMark(value, before!.value)) {
    const problem = beneficeLockProblem(label, benefice, value);
    if (problem) {
      input.error(key, problem);
      return 'error';
    }
  }
  if (value.kind === 'empty' && !flagged && benefice === null) return null;
  return { value, sousReserve: flagged, benefice };
}
