/**
 * The marks part of a plan row: mark cells, `sous_reserve` and `benefices`, compared with the stored
 * records of the candidate. A record is written only if its content changes.
 */
import { beneficeLockProblem, beneficeProblem } from '../../domain/checks.ts';
import {
  type ControleMark,
  EMPTY,
  formatMark,
  type Mark,
  markReadingNote,
  parseControleMark,
  parseMark,
  unregisteredOptionalMessage,
} from '../../domain/marks.ts';
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
  /** The stored record of a unit, or null (always null for a new candidate); absent: none stored at all. */
  stored?: ((unit: string) => MarkRecord | null) | undefined;
  error: (key: string, message: string) => void;
  /** A value read, with what it may have meant otherwise (markReadingNote); absent: not said. */
  warn?: (key: string, message: string) => void;
  label: (key: string) => string;
  /** The optional units the candidate is registered for after this row (a mark on another one is refused). */
  optionalUnits?: readonly string[];
  /**
   * Given: the plan's shared objects, one per distinct content and per distinct change. A file of 50,000 candidates
   * has a few hundred distinct ones among its 450,000 writes: shared, the plan is a quarter of the objects to copy
   * to the page. They are never modified (what is written is always a copy).
   */
  shared?: SharedPlanObjects;
}

/** See RowMarksInput.shared; one per plan. */
export interface SharedPlanObjects {
  /** By value and flag (contentCode) without bénéfice, by text with one. */
  contents: Map<number | string, Content>;
  /** A unit's mark entered where there was none, by unit then by value (markCode): most changes of a new row. */
  enteredMarks: Map<string, Map<number, CellChange>>;
  /** The other changes, by text. */
  changes: Map<string, CellChange>;
}

export const sharedPlanObjects = (): SharedPlanObjects => ({ contents: new Map(), enteredMarks: new Map(), changes: new Map() });

const KIND_CODES: Readonly<Record<Exclude<MarkValue['kind'], 'number'>, number>> = { empty: -1, AB: -2, ABJ: -3, NV: -4, DI: -5 };
/** A number per mark value: its hundredths, or a negative code for the others (AB, NV…). */
const markCode = (value: MarkValue): number => (value.kind === 'number' ? value.hundredths : KIND_CODES[value.kind]);

export interface RowMarks {
  writes: Pick<MarkWrite, 'unit' | 'before' | 'after'>[];
  changes: CellChange[];
}

const isEmpty = (cell: string) => cell.trim() === '';

interface UnitKey {
  key: string;
  unit: ReturnType<typeof findUnit>;
  controle: boolean;
}

// Per regulation, once: a preview plans every unit of every row (500,000 at 50,000 candidates).
const keysOf = new WeakMap<Regulation, UnitKey[]>();
function regulationKeys(regulation: Regulation): UnitKey[] {
  let known = keysOf.get(regulation);
  if (!known) {
    known = unitKeys(regulation).map((key) => ({ key, unit: findUnit(regulation, key), controle: key.startsWith(CONTROLE_PREFIX) }));
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

/** The shared content equal to `content` (the first one met). */
function sharedContent(shared: SharedPlanObjects | undefined, content: Content): Content {
  if (!shared) return content;
  const { value, sousReserve, benefice } = content;
  const key = benefice ? `${markCode(value)}|${sousReserve ? 1 : 0}|${benefice.year}` : markCode(value) * 2 + (sousReserve ? 1 : 0);
  const known = shared.contents.get(key);
  if (known) return known;
  shared.contents.set(key, content);
  return content;
}

/** A change of the preview, shared with the equal ones of other rows when `shared` is given. */
export function sharedChange(shared: SharedPlanObjects | undefined, field: string, label: string, before: string, after: string): CellChange {
  if (!shared) return { field, label, before, after };
  const key = `${field}\u0000${label}\u0000${before}\u0000${after}`;
  let change = shared.changes.get(key);
  if (!change) shared.changes.set(key, (change = { field, label, before, after }));
  return change;
}

const NO_BENEFICES: ReadonlyMap<string, number> = new Map();

/**
 * Flags: a non-empty `sous_reserve` cell lists every unit sous réserve (the others are not); an empty one
 * changes nothing, or clears them all with the 'clear' policy. A `benefices` cell adds or corrects
 * bénéfices and never removes one (R8: renouncing is final, it is done in the app).
 */
export function planRowMarks(input: RowMarksInput): RowMarks {
  const { regulation, stored, shared } = input;
  const sousReserve = readSousReserve(input);
  const benefices = readBenefices(input);
  const result: RowMarks = { writes: [], changes: [] };
  const flagsBefore = { reserve: [] as string[], benefices: new Map<string, number>() };
  const flagsAfter = { reserve: [] as string[], benefices: new Map<string, number>() };

  for (const unitKey of regulationKeys(regulation)) {
    const { key } = unitKey;
    const before = stored ? stored(key) : null;
    const beforeContent: Content | null = before && { value: before.value, sousReserve: before.sousReserve, benefice: before.benefice };
    const after = plannedContent(input, unitKey, beforeContent, sousReserve, benefices);
    if (before?.sousReserve) flagsBefore.reserve.push(key);
    if (before?.benefice) flagsBefore.benefices.set(key, before.benefice.year);
    const kept = after === 'error' ? beforeContent : after;
    if (kept?.sousReserve) flagsAfter.reserve.push(key);
    if (kept?.benefice) flagsAfter.benefices.set(key, kept.benefice.year);
    if (after === 'error' || sameContent(beforeContent, after)) continue;
    result.writes.push({ unit: key, before, after: after && sharedContent(shared, after) });
    const valueBefore = beforeContent?.value ?? EMPTY;
    const valueAfter = after?.value ?? EMPTY;
    if (sameMark(valueBefore, valueAfter)) continue;
    if (shared && valueBefore.kind === 'empty') {
      let byValue = shared.enteredMarks.get(key);
      if (!byValue) shared.enteredMarks.set(key, (byValue = new Map()));
      const code = markCode(valueAfter);
      let change = byValue.get(code);
      if (!change) byValue.set(code, (change = { field: key, label: input.label(key), before: '', after: formatMark(valueAfter) }));
      result.changes.push(change);
    } else {
      result.changes.push(sharedChange(shared, key, input.label(key), formatMark(valueBefore), formatMark(valueAfter)));
    }
  }
  const reserve = sameList(flagsBefore.reserve, flagsAfter.reserve)
    ? null
    : ([formatUnitList(flagsBefore.reserve, regulation), formatUnitList(flagsAfter.reserve, regulation)] as const);
  if (reserve && reserve[0] !== reserve[1]) {
    result.changes.push(sharedChange(shared, 'sous_reserve', input.label('sous_reserve'), reserve[0], reserve[1]));
  }
  const kept = sameYears(flagsBefore.benefices, flagsAfter.benefices)
    ? null
    : ([formatBenefices(flagsBefore.benefices, regulation), formatBenefices(flagsAfter.benefices, regulation)] as const);
  if (kept && kept[0] !== kept[1]) {
    result.changes.push(sharedChange(shared, 'benefices', input.label('benefices'), kept[0], kept[1]));
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

function readBenefices(input: RowMarksInput): ReadonlyMap<string, number> {
  const text = input.cell('benefices');
  if (text === undefined || isEmpty(text)) return NO_BENEFICES;
  const parsed = parseBenefices(text, input.regulation);
  if (!parsed.ok) {
    input.error('benefices', parsed.error);
    return NO_BENEFICES;
  }
  return parsed.value;
}

/** The content of one unit's record after the import (null: no record), or 'error' (reported). */
function plannedContent(
  input: RowMarksInput,
  { key, unit, controle }: UnitKey,
  before: Content | null,
  sousReserve: Set<string> | null,
  benefices: ReadonlyMap<string, number>,
): Content | null | 'error' {
  let value: MarkValue = before?.value ?? EMPTY;
  const raw = input.cell(key);
  if (raw !== undefined && !isEmpty(raw)) {
    const parsed = unit ? parseMark(raw, unit, input.regulation) : parseControleMark(raw, input.regulation);
    if (!parsed.ok) {
      input.error(key, parsed.error);
      return 'error';
    }
    value = parsed.value;
    const note = value.kind === 'AB' ? markReadingNote(raw) : null;
    if (note) input.warn?.(key, note);
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
  if (year !== undefined && year !== benefice?.year) {
    benefice = { year };
    const problem = beneficeProblem(benefice, { label: input.label(key), controle }, value, input.year);
    if (problem) {
      input.error('benefices', problem);
      return 'error';
    }
  } else if (benefice && !sameMark(value, before!.value)) {
    const problem = beneficeLockProblem(input.label(key), benefice, value);
    if (problem) {
      input.error(key, problem);
      return 'error';
    }
  }
  if (value.kind === 'empty' && !flagged && benefice === null) return null;
  return { value, sousReserve: flagged, benefice };
}
