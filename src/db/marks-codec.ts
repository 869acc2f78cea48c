/**
 * How a candidate's marks are written since schema v9 (a part of its `markBlocks` record since v10): one text, a line per mark in
 * unit code order, its fields separated by tabs:
 *
 *     unit \t value \t sous réserve \t bénéfice \t updatedAt
 *
 * - value: the hundredths of a number (`1250` for 12,50), or the kind of any other mark (`AB`, `ABJ`, `NV`, `DI`,
 *   `empty`);
 * - sous réserve: `1` or `0`; bénéfice: the year of the session the mark was kept from (R8), or nothing.
 *
 * Why a text: IndexedDB (Chromium) writes and reads a record faster the fewer values it holds. A text of ~9 lines is
 * one value, where the same marks as objects are ~40; at 50,000 candidates, reading a session's marks fell from
 * ~1.7 s to ~0.7 s (decoding included) and writing them from ~4 s to ~3 s (docs/benchmarks.md).
 * Only this module and marks.ts know the format; the rest of the app sees MarkRecord rows.
 */
import type { ControleMark, Mark } from '../domain/marks.ts';
import type { MarkRecord } from '../domain/session.ts';

/** A stored mark without the keys its record or line gives (session, candidate, unit). */
export type StoredMark = Omit<MarkRecord, 'sessionId' | 'candidateId' | 'unit'>;

const FIELD = '\t';
const LINE = '\n';
/** Between the parts of a block, and between a part's candidate id, session id and text (encodeBlock). */
const PART = '\u001e';
const KEY = '\u001f';

type Value = Mark | ControleMark;
const KINDS: ReadonlySet<string> = new Set<Value['kind']>(['empty', 'AB', 'ABJ', 'NV', 'DI']);

/**
 * Decoded values are shared and frozen: a session's 450,000 marks then allocate no value object of their own
 * (marks are values: nothing changes one in place, and a frozen one would say so at once).
 */
const numbers: Value[] = [];
const specials = new Map<string, Value>();

/** The value written from `start` to `end` of `text` (a number's digits are read where they are, without a copy). */
function valueOf(text: string, start: number, end: number): Value {
  let hundredths = 0;
  let i = start;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) break;
    hundredths = hundredths * 10 + (code - 48);
  }
  if (i === end && end > start) {
    if (!Number.isSafeInteger(hundredths)) throw new Error(`Note enregistrée illisible : « ${text.slice(start, end)} ».`);
    return (numbers[hundredths] ??= Object.freeze({ kind: 'number', hundredths }));
  }
  const field = text.slice(start, end);
  let special = specials.get(field);
  if (!special) {
    if (!KINDS.has(field)) throw new Error(`Note enregistrée illisible : « ${field} ».`);
    specials.set(field, (special = Object.freeze({ kind: field } as Value)));
  }
  return special;
}

function fieldOf(value: Value): string {
  if (value.kind === 'number') {
    if (!Number.isSafeInteger(value.hundredths) || value.hundredths < 0) throw new Error(`Note impossible à enregistrer : ${value.hundredths} centièmes.`);
    return String(value.hundredths);
  }
  if (!KINDS.has(value.kind)) throw new Error(`Note impossible à enregistrer : « ${String(value.kind)} ».`);
  return value.kind;
}

function checkedText(text: string, what: string): string {
  // One pass over the characters (called twice per mark: 900,000 times for an import of 50,000 candidates).
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 9 || code === 10 || code === 0x1e || code === 0x1f) throw new Error(`${what} impossible à enregistrer : « ${text} ».`);
  }
  return text;
}

/** The text of these marks (by unit code), units in code order. */
export function encodeMarks(marks: Readonly<Record<string, StoredMark>>): string {
  let text = '';
  for (const unit of Object.keys(marks).sort()) {
    const mark = marks[unit]!;
    if (text !== '') text += LINE;
    // A record written by an older version without a date (none is known) is upgraded, not refused.
    text +=
      checkedText(unit, 'Épreuve') + FIELD + contentFields(mark) + FIELD + (typeof mark.updatedAt === 'string' ? checkedText(mark.updatedAt, 'Date') : '');
  }
  return text;
}

/** A line's fields between its unit and its date: value, sous réserve, bénéfice. */
function contentFields({ value, sousReserve, benefice }: Omit<StoredMark, 'updatedAt'>): string {
  // A record written by an older version without a bénéfice (none is known) is upgraded, not refused.
  return fieldOf(value) + FIELD + (sousReserve ? '1' : '0') + FIELD + (benefice == null ? '' : String(benefice.year));
}

/**
 * What encodeMarks gives for these marks (by unit code) all written at `updatedAt`, when many candidates share the
 * same content objects (an import): each content's fields are made once and kept in `made`.
 */
export function encodeMarksWrittenAt(marks: Readonly<Record<string, Omit<StoredMark, 'updatedAt'>>>, updatedAt: string, made: Map<object, string>): string {
  const date = checkedText(updatedAt, 'Date');
  let text = '';
  for (const unit of Object.keys(marks).sort()) {
    const content = marks[unit]!;
    let fields = made.get(content);
    if (fields === undefined) made.set(content, (fields = contentFields(content)));
    if (text !== '') text += LINE;
    text += checkedText(unit, 'Épreuve') + FIELD + fields + FIELD + date;
  }
  return text;
}

/**
 * The text from `start` to `end`, as a string already made when it is the one kept in `known[slot]`: a session's
 * 450,000 marks have a dozen unit codes (the n-th line of a candidate's text most often has the same unit as the
 * previous candidate's n-th line) and a few dates. A string cut from the record's text would also keep the record's
 * whole text in memory as long as the mark.
 */
function sharedSlice(text: string, start: number, end: number, known: string[], slot: number): string {
  const last = known[slot];
  if (last !== undefined && last.length === end - start && text.startsWith(last, start)) return last;
  // A copy of its own (flattened), not a view of the record's text.
  const made = (' ' + text.slice(start, end)).slice(1);
  known[slot] = made;
  return made;
}
const knownUnits: string[] = [];
const knownDates: string[] = [];

/** Calls `each` with every mark of `text`, as the MarkRecord the app sees, in the text's (unit code) order. */
function forEachMark(text: string, sessionId: number, candidateId: number, each: (record: MarkRecord) => void): void {
  let start = 0;
  for (let line = 0; start < text.length; line++) {
    let end = text.indexOf(LINE, start);
    if (end < 0) end = text.length;
    const a = text.indexOf(FIELD, start);
    const b = text.indexOf(FIELD, a + 1);
    const c = text.indexOf(FIELD, b + 1);
    const d = text.indexOf(FIELD, c + 1);
    if (a < 0 || d < 0 || d > end) throw new Error(`Notes enregistrées illisibles (candidat ${candidateId}).`);
    each({
      sessionId,
      candidateId,
      unit: sharedSlice(text, start, a, knownUnits, line),
      value: valueOf(text, a + 1, b),
      sousReserve: text.charCodeAt(b + 1) === 49,
      benefice: c + 1 === d ? null : { year: Number(text.slice(c + 1, d)) },
      updatedAt: sharedSlice(text, d + 1, end, knownDates, line),
    });
    start = end + 1;
  }
}

/** The marks of a record's text, in unit code order. */
export function decodeMarkRows(text: string, sessionId: number, candidateId: number): MarkRecord[] {
  const rows: MarkRecord[] = [];
  forEachMark(text, sessionId, candidateId, (record) => rows.push(record));
  return rows;
}

/** The marks of a record's text by unit code, units in code order. */
export function decodeMarksByUnit(text: string, sessionId: number, candidateId: number): Record<string, MarkRecord> {
  const byUnit: Record<string, MarkRecord> = {};
  forEachMark(text, sessionId, candidateId, (record) => (byUnit[record.unit] = record));
  return byUnit;
}

/**
 * Since schema v10 the marks of up to MARK_BLOCK candidates whose ids follow each other are one record (a block):
 * one part per candidate with marks, in candidate id order, each
 *
 *     candidateId \x1f sessionId \x1f the candidate's marks as encodeMarks writes them
 *
 * and the parts separated by \x1e. A candidate without marks has no part.
 */
export interface BlockPart {
  candidateId: number;
  sessionId: number;
  /** The candidate's marks (encodeMarks), never empty. */
  text: string;
}

/** The text of a block holding these parts (any order; one per candidate). */
export function encodeBlock(parts: Iterable<BlockPart>): string {
  return [...parts]
    .sort((a, b) => a.candidateId - b.candidateId)
    .map(({ candidateId, sessionId, text }) => `${candidateId}${KEY}${sessionId}${KEY}${text}`)
    .join(PART);
}

/** The parts of a block's text, in candidate id order. */
export function decodeBlock(text: string): BlockPart[] {
  const parts: BlockPart[] = [];
  if (text === '') return parts;
  for (const part of text.split(PART)) {
    const a = part.indexOf(KEY);
    const b = part.indexOf(KEY, a + 1);
    const candidateId = Number(part.slice(0, a));
    const sessionId = Number(part.slice(a + 1, b));
    if (a < 0 || b < 0 || !Number.isSafeInteger(candidateId) || !Number.isSafeInteger(sessionId)) throw new Error('Bloc de notes enregistré illisible.');
    parts.push({ candidateId, sessionId, text: part.slice(b + 1) });
  }
  return parts;
}

/** A mark an import touched: as it was (null: none) and as the import left it (null: none). */
export interface TouchedMark {
  candidateId: number;
  unit: string;
  before: MarkRecord | null;
  after: MarkRecord | null;
}

/**
 * The marks an import touched, as its undo record keeps them: one text, an entry per mark,
 *
 *     candidateId \x1f unit \x1f the mark before (its encodeMarks line; nothing: none) \x1f the mark after (idem)
 *
 * and the entries separated by \x1e (joinTouchedMarks). The same 50,000 entries as objects, two records each, made
 * one structured clone of 0.35–0.45 s, the page frozen, when the undo record was written; a text is copied whole.
 */
export function encodeTouchedMark({ candidateId, unit, before, after }: TouchedMark): string {
  const line = (mark: MarkRecord | null) => (mark === null ? '' : encodeMarks({ [unit]: mark }));
  return `${candidateId}${KEY}${checkedText(unit, 'Épreuve')}${KEY}${line(before)}${KEY}${line(after)}`;
}

/** The text of these entries (each from encodeTouchedMark). */
export function joinTouchedMarks(entries: readonly string[]): string {
  return entries.join(PART);
}

/** The entries of a text joinTouchedMarks made, undecoded (decodeTouchedMark decodes each). */
export function splitTouchedMarks(text: string): string[] {
  return text === '' ? [] : text.split(PART);
}

export function decodeTouchedMark(entry: string, sessionId: number): TouchedMark {
  const [id, unit, before, after, extra] = entry.split(KEY);
  const candidateId = Number(id);
  if (unit === undefined || after === undefined || extra !== undefined || !Number.isSafeInteger(candidateId)) {
    throw new Error("Enregistrement de l'import illisible.");
  }
  const mark = (line: string) => (line === '' ? null : (decodeMarkRows(line, sessionId, candidateId)[0] ?? null));
  return { candidateId, unit, before: mark(before!), after: mark(after) };
}
