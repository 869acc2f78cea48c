/** Marks of the candidates: first group (`E4`) and épreuve de contrôle (`controle_E2`). */
import { beneficeLockProblem, beneficeProblem } from '../domain/checks.ts';
import { formatMark, parseControleMark, parseMark, type ControleMark, type Mark, type Parsed } from '../domain/marks.ts';
import { findControleUnit, findUnit, type ControleUnitDef, type Regulation, type UnitDef } from '../domain/regulation.ts';
import { CONTROLE_PREFIX, type Benefice, type Candidate, type ExamSession, type MarkRecord } from '../domain/session.ts';
import { Dexie } from 'dexie';
import { blockOf, type DelibDatabase, type MarkBlock } from './database.ts';
import { decodeBlock, decodeMarkRows, decodeMarksByUnit, encodeBlock, encodeMarks, type BlockPart, type StoredMark } from './marks-codec.ts';
import { UserError } from './errors.ts';
import type { Pause } from '../io/next-task.ts';
import { guardTables, markGuard, type ChangeOrigin } from './guard.ts';
import { regulationOf, requireCandidate, requireSession } from './validate.ts';

type MarkValue = Mark | ControleMark;

type UnitTarget = { kind: 'unit'; def: UnitDef; label: string } | { kind: 'controle'; def: ControleUnitDef; label: string };

export interface SetMarkInput {
  candidateId: number;
  unit: string;
  value: MarkValue;
  /** The jury's reason, required once the deliberation is open (see guard.ts). */
  reason?: string;
}

/** `undefined` leaves a flag as it is; `benefice: null` removes the bénéfice. */
export interface SetMarkFlagsInput {
  candidateId: number;
  unit: string;
  sousReserve?: boolean;
  benefice?: Benefice | null;
  reason?: string;
}

/** What the checks need to know of a session. */
export type SessionRules = Pick<ExamSession, 'year' | 'presetId' | 'regulation'>;

/** What a mark record holds besides its keys, as checked against a session. */
export type MarkContent = Pick<MarkRecord, 'value' | 'sousReserve' | 'benefice'>;

/** A unit code of the regulation, or `controle_<code>` of one of its contrôle units. */
export function resolveUnit(regulation: Regulation, unit: string): UnitTarget {
  if (unit.startsWith(CONTROLE_PREFIX)) {
    const def = findControleUnit(regulation, unit.slice(CONTROLE_PREFIX.length));
    if (def) return { kind: 'controle', def, label: `contrôle ${def.code}` };
  } else {
    const def = findUnit(regulation, unit);
    if (def) return { kind: 'unit', def, label: def.code };
  }
  throw new UserError(`Épreuve inconnue : « ${unit} ».`);
}

/** The value, if R2 allows it on that unit (a contrôle unit takes a mark, `AB` or nothing: R6). */
export function checkMarkValue(target: UnitTarget, value: MarkValue, regulation: Regulation): MarkValue {
  if (typeof value !== 'object' || value === null) throw new UserError(`${target.label} : valeur de note invalide.`);
  // Round trip through the cell parser: the db stores nothing a user could not have typed there.
  const text = formatMark(value);
  const parsed: Parsed<MarkValue> = target.kind === 'unit' ? parseMark(text, target.def, regulation) : parseControleMark(text, regulation);
  if (!parsed.ok) throw new UserError(parsed.error);
  if (!sameMark(parsed.value, value)) throw new UserError(`${target.label} : valeur de note invalide.`);
  return parsed.value;
}

function sameMark(a: MarkValue, b: MarkValue): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'number' || (b.kind === 'number' && a.hundredths === b.hundredths);
}

/** R8: a bénéfice is a year of an earlier session, at most 5 years back, on a first-group mark ≥ 10. */
export function checkBenefice(benefice: Benefice | null, target: UnitTarget, value: MarkValue, session: SessionRules): Benefice | null {
  if (benefice === null) return null;
  const problem = beneficeProblem(benefice, { label: target.label, controle: target.kind === 'controle' }, value, session.year);
  if (problem) throw new UserError(problem);
  return { year: benefice.year };
}

/** Checks a whole record (unit, value, flags) against its session; returns the normalized content. */
export function checkMarkRecord(record: { unit: string } & Partial<MarkContent> & Pick<MarkContent, 'value'>, session: SessionRules): MarkContent {
  const regulation = regulationOf(session);
  const target = resolveUnit(regulation, record.unit);
  const value = checkMarkValue(target, record.value, regulation);
  const sousReserve = checkSousReserve(record.sousReserve ?? false);
  const benefice = checkBenefice(record.benefice ?? null, target, value, session);
  return { value, sousReserve, benefice };
}

function checkSousReserve(flag: unknown): boolean {
  if (typeof flag !== 'boolean') throw new UserError('« Sous réserve » doit être oui ou non.');
  return flag;
}

/**
 * Sets the value of a mark, keeping its flags. An empty value without flags removes the record.
 * Returns the record as stored, or null when there is none left.
 */
export async function setMark(db: DelibDatabase, input: SetMarkInput): Promise<MarkRecord | null> {
  return db.transaction('rw', [db.sessions, db.candidates, db.markBlocks, ...guardTables(db)], async () => {
    const { session, candidate, target, existing } = await load(db, input.candidateId, input.unit);
    const regulation = regulationOf(session);
    const value = checkMarkValue(target, input.value, regulation);
    const benefice = existing?.benefice ?? null;
    const locked = benefice && beneficeLockProblem(target.label, benefice, value);
    if (locked) throw new UserError(locked);
    const sousReserve = existing?.sousReserve ?? false;
    const keys = { sessionId: session.id, candidateId: input.candidateId, unit: input.unit };
    return write(db, keys, candidate, existing, { value, sousReserve, benefice }, { source: 'saisie', reason: input.reason });
  });
}

/**
 * R8 from the screen, in one transaction: a mark kept from an earlier session (`benefice`: its value and the year of
 * that session, checked as any bénéfice), or a bénéfice renounced (`benefice: null`): renouncing is final, so the
 * mark kept goes with it (the candidate sits the épreuve again; the old mark must not count as this session's).
 */
export async function setBenefice(
  db: DelibDatabase,
  input: { candidateId: number; unit: string; benefice: { value: MarkValue; year: number } | null; reason?: string },
): Promise<MarkRecord | null> {
  return db.transaction('rw', [db.sessions, db.candidates, db.markBlocks, ...guardTables(db)], async () => {
    const { session, candidate, target, existing } = await load(db, input.candidateId, input.unit);
    const sousReserve = existing?.sousReserve ?? false;
    let content: MarkContent;
    if (input.benefice === null) {
      if (!existing?.benefice) throw new UserError(`${target.label} : cette note n'est pas conservée par bénéfice.`);
      content = { value: { kind: 'empty' }, sousReserve, benefice: null };
    } else {
      const value = checkMarkValue(target, input.benefice.value, regulationOf(session));
      content = { value, sousReserve, benefice: checkBenefice({ year: input.benefice.year }, target, value, session) };
    }
    const keys = { sessionId: session.id, candidateId: input.candidateId, unit: input.unit };
    return write(db, keys, candidate, existing, content, { source: 'saisie', reason: input.reason });
  });
}

/** Sets or clears the flags of a mark (R7 sous réserve, R8 bénéfice), keeping its value. */
export async function setMarkFlags(db: DelibDatabase, input: SetMarkFlagsInput): Promise<MarkRecord | null> {
  return db.transaction('rw', [db.sessions, db.candidates, db.markBlocks, ...guardTables(db)], async () => {
    const { session, candidate, target, existing } = await load(db, input.candidateId, input.unit);
    const value: MarkValue = existing?.value ?? { kind: 'empty' };
    const sousReserve = checkSousReserve(input.sousReserve ?? existing?.sousReserve ?? false);
    const wanted = input.benefice === undefined ? (existing?.benefice ?? null) : input.benefice;
    const benefice = checkBenefice(wanted, target, value, session);
    const keys = { sessionId: session.id, candidateId: input.candidateId, unit: input.unit };
    return write(db, keys, candidate, existing, { value, sousReserve, benefice }, { source: 'saisie', reason: input.reason });
  });
}

async function load(db: DelibDatabase, candidateId: number, unit: string) {
  const candidate = await requireCandidate(db, candidateId);
  const session = await requireSession(db, candidate.sessionId);
  const target = resolveUnit(regulationOf(session), unit);
  const existing = await getMark(db, candidateId, unit);
  return { session, candidate, target, existing };
}

const isBlank = (content: MarkContent) => content.value.kind === 'empty' && !content.sousReserve && content.benefice === null;

async function write(
  db: DelibDatabase,
  keys: Pick<MarkRecord, 'sessionId' | 'candidateId' | 'unit'>,
  candidate: Candidate & { id: number },
  existing: MarkRecord | undefined,
  content: MarkContent,
  origin: ChangeOrigin,
): Promise<MarkRecord | null> {
  if (existing ? sameContent(existing, content) : isBlank(content)) return existing ?? null;
  const guard = await markGuard(db, keys.sessionId, origin);
  guard.check(candidate, keys.unit, existing ?? null, isBlank(content) ? null : content);
  await guard.flush();
  if (isBlank(content)) {
    await deleteMark(db, keys.candidateId, keys.unit);
    return null;
  }
  const record: MarkRecord = { ...keys, ...content, updatedAt: new Date().toISOString() };
  await putMark(db, record);
  return record;
}

function sameContent(a: MarkContent, b: MarkContent): boolean {
  return sameMark(a.value, b.value) && a.sousReserve === b.sousReserve && (a.benefice?.year ?? null) === (b.benefice?.year ?? null);
}

/** Marks grouped by candidate id, then by unit. */
export function marksByCandidate(marks: readonly MarkRecord[]): Map<number, Record<string, MarkRecord>> {
  const byCandidate = new Map<number, Record<string, MarkRecord>>();
  for (const mark of marks) {
    let units = byCandidate.get(mark.candidateId);
    if (!units) byCandidate.set(mark.candidateId, (units = {}));
    units[mark.unit] = mark;
  }
  return byCandidate;
}

// Storage. Since schema v10 the marks of up to MARK_BLOCK candidates whose ids follow each other are one record
// (`markBlocks`, a part per candidate: marks-codec.ts); the functions below are the only code that reads or writes
// that table, and give the rest of the app the MarkRecord rows it has always seen. Inside a transaction, list
// `marksTable(db)` among its tables.

/** The table holding the marks, to list in a transaction that reads or writes marks. */
export const marksTable = (db: DelibDatabase) => db.markBlocks;

type MarkKey = readonly [candidateId: number, unit: string];

/** The rows of a candidate's part (none: no part), by unit code (the order of the old `[candidateId+unit]` key). */
export function rowsOf(part: BlockPart | undefined): MarkRecord[] {
  return part ? decodeMarkRows(part.text, part.sessionId, part.candidateId) : [];
}

/**
 * A stored candidate part as the unit → MarkRecord map the screens use (units in code order): what the marks feed
 * makes of each part when it reads a whole session (400,000 marks at 50,000 candidates).
 */
export function adoptMarksByUnit(part: BlockPart): Record<string, MarkRecord> {
  return decodeMarksByUnit(part.text, part.sessionId, part.candidateId);
}

function contentOf(record: MarkRecord): StoredMark {
  const { sessionId: _s, candidateId: _c, unit: _u, ...content } = record;
  return content;
}

/** The stored parts of the blocks holding these candidates, by candidate id (every part of those blocks). */
export async function partsOfCandidates(db: DelibDatabase, candidateIds: Iterable<number>): Promise<Map<number, BlockPart>> {
  const parts = new Map<number, BlockPart>();
  for (const own of (await blocksOf(db, candidateIds)).values()) for (const [id, part] of own) parts.set(id, part);
  return parts;
}

/** The parts of these blocks, in candidate id order, of `sessionIds` only when given. */
export function partsOfBlocks(blocks: readonly MarkBlock[], sessionIds?: ReadonlySet<number>): BlockPart[] {
  const parts: BlockPart[] = [];
  for (const block of [...blocks].sort((a, b) => a.block - b.block)) {
    for (const part of decodeBlock(block.text)) if (!sessionIds || sessionIds.has(part.sessionId)) parts.push(part);
  }
  return parts;
}

/**
 * Rewrites these blocks with their parts now (a block left without parts is deleted). Dexie's own promises, no async
 * function: see addNewCandidatesMarks.
 */
function writeBlocks(db: DelibDatabase, blocks: ReadonlyMap<number, ReadonlyMap<number, BlockPart>>): PromiseLike<unknown> {
  const empty: number[] = [];
  const kept: MarkBlock[] = [];
  for (const [block, parts] of blocks) {
    if (parts.size === 0) empty.push(block);
    else kept.push({ block, sessionIds: [...new Set([...parts.values()].map((p) => p.sessionId))].sort((a, b) => a - b), text: encodeBlock(parts.values()) });
  }
  return Dexie.Promise.all([empty.length > 0 ? db.markBlocks.bulkDelete(empty) : null, kept.length > 0 ? db.markBlocks.bulkPut(kept) : null]);
}

/** Puts a candidate's marks text in its block's parts (an empty text: its part removed); returns those parts. */
function setPart(blocks: ReadonlyMap<number, Map<number, BlockPart>>, part: BlockPart): Map<number, BlockPart> {
  const parts = blocks.get(blockOf(part.candidateId))!;
  if (part.text === '') parts.delete(part.candidateId);
  else parts.set(part.candidateId, part);
  return parts;
}

/** The parts of the blocks holding these candidates, by block then candidate id, to change and give to writeBlocks. */
function blocksOf(db: DelibDatabase, candidateIds: Iterable<number>): PromiseLike<Map<number, Map<number, BlockPart>>> {
  const keys = [...new Set([...candidateIds].map(blockOf))];
  return db.markBlocks.bulkGet(keys).then((found) => {
    const blocks = new Map<number, Map<number, BlockPart>>(keys.map((key) => [key, new Map()]));
    for (const stored of found) if (stored) for (const part of decodeBlock(stored.text)) blocks.get(stored.block)!.set(part.candidateId, part);
    return blocks;
  });
}

/** One mark, or undefined. */
export async function getMark(db: DelibDatabase, candidateId: number, unit: string): Promise<MarkRecord | undefined> {
  return rowsOf((await partsOfCandidates(db, [candidateId])).get(candidateId)).find((m) => m.unit === unit);
}

/** The marks at these keys, in their order (undefined where there is none). */
export async function getMarks(db: DelibDatabase, keys: readonly MarkKey[]): Promise<(MarkRecord | undefined)[]> {
  const parts = await partsOfCandidates(
    db,
    keys.map(([candidateId]) => candidateId),
  );
  const found = new Map<number, Record<string, MarkRecord>>();
  for (const [candidateId] of keys) {
    const part = parts.get(candidateId);
    if (part && !found.has(candidateId)) found.set(candidateId, adoptMarksByUnit(part));
  }
  return keys.map(([candidateId, unit]) => found.get(candidateId)?.[unit]);
}

/** A candidate's marks, by unit code. */
export async function candidateMarkRows(db: DelibDatabase, candidateId: number): Promise<MarkRecord[]> {
  return rowsOf((await partsOfCandidates(db, [candidateId])).get(candidateId));
}

/** The marks of these candidates, by candidate in the given order, then by unit code. */
export async function marksOfCandidates(db: DelibDatabase, candidateIds: readonly number[]): Promise<MarkRecord[]> {
  const ids = [...new Set(candidateIds)];
  const parts = await partsOfCandidates(db, ids);
  return ids.flatMap((id) => rowsOf(parts.get(id)));
}

/** The stored parts of a session's candidates, in candidate id order. */
export async function sessionParts(db: DelibDatabase, sessionId: number): Promise<BlockPart[]> {
  return partsOfBlocks(await sessionBlocks(db, sessionId), new Set([sessionId]));
}

/** The blocks holding a session's marks, in block order (partsOfBlocks decodes them). */
export async function sessionBlocks(db: DelibDatabase, sessionId: number): Promise<MarkBlock[]> {
  return (await db.markBlocks.where('sessionIds').equals(sessionId).toArray()).sort((a, b) => a.block - b.block);
}

/** The marks of a session, by candidate id then unit code. */
export async function listMarks(db: DelibDatabase, sessionId: number): Promise<MarkRecord[]> {
  return (await sessionParts(db, sessionId)).flatMap(rowsOf);
}

/** The stored blocks that hold marks of these sessions (marksOfBlocks makes their marks). */
export function markBlocksOfSessions(db: DelibDatabase, sessionIds: readonly number[]): Promise<MarkBlock[]> {
  return db.markBlocks
    .where('sessionIds')
    .anyOf([...sessionIds])
    .distinct()
    .toArray();
}

/**
 * The marks of these sessions held by `blocks`, by candidate id then unit code, decoded a candidate at a time with
 * `pause` between them (outside any transaction: a pause ends it). At 50,000 candidates, 420,000 marks decoded at
 * once held the page for 0.2–0.3 s.
 */
export async function marksOfBlocks(blocks: readonly MarkBlock[], sessionIds: readonly number[], pause: Pause): Promise<MarkRecord[]> {
  const marks: MarkRecord[] = [];
  for (const part of partsOfBlocks(blocks, new Set(sessionIds))) {
    const waiting = pause();
    if (waiting) await waiting;
    for (const mark of rowsOf(part)) marks.push(mark);
  }
  return marks;
}

/** Every mark of the database, by candidate id then unit code. */
export async function allMarks(db: DelibDatabase): Promise<MarkRecord[]> {
  return partsOfBlocks(await db.markBlocks.toArray()).flatMap(rowsOf);
}

/**
 * Deletes the marks at `deletes` (none there: nothing happens), then writes `puts` (replacing the marks at the same
 * keys), keeping the candidates' other marks: one read and one write of each block.
 */
export async function changeMarks(db: DelibDatabase, puts: readonly MarkRecord[], deletes: readonly MarkKey[] = []): Promise<void> {
  if (puts.length === 0 && deletes.length === 0) return;
  await db.transaction('rw', db.markBlocks, async () => {
    const ids = new Set([...deletes.map(([candidateId]) => candidateId), ...puts.map((r) => r.candidateId)]);
    const blocks = await blocksOf(db, ids);
    const next = new Map<number, { sessionId: number; marks: Record<string, StoredMark> }>();
    for (const id of ids) {
      const old = blocks.get(blockOf(id))!.get(id);
      if (old) next.set(id, { sessionId: old.sessionId, marks: adoptMarksByUnit(old) });
    }
    const changed = new Set<number>();
    for (const [candidateId, unit] of deletes) {
      const target = next.get(candidateId);
      if (target && unit in target.marks) {
        delete target.marks[unit];
        changed.add(candidateId);
      }
    }
    for (const record of puts) {
      let target = next.get(record.candidateId);
      if (!target) next.set(record.candidateId, (target = { sessionId: record.sessionId, marks: {} }));
      if (target.sessionId !== record.sessionId) throw new Error('changeMarks: a mark of another session');
      target.marks[record.unit] = contentOf(record);
      changed.add(record.candidateId);
    }
    if (changed.size === 0) return;
    const touched = new Map<number, Map<number, BlockPart>>();
    for (const candidateId of changed) {
      const { sessionId, marks } = next.get(candidateId)!;
      touched.set(blockOf(candidateId), setPart(blocks, { candidateId, sessionId, text: encodeMarks(marks) }));
    }
    await writeBlocks(db, touched);
  });
}

/** Writes these marks (see changeMarks). */
export async function putMarks(db: DelibDatabase, records: readonly MarkRecord[]): Promise<void> {
  await changeMarks(db, records);
}

/** Writes one mark (see changeMarks). */
export async function putMark(db: DelibDatabase, record: MarkRecord): Promise<void> {
  await changeMarks(db, [record]);
}

/** Deletes the marks at these keys (see changeMarks). */
export async function deleteMarks(db: DelibDatabase, keys: readonly MarkKey[]): Promise<void> {
  await changeMarks(db, [], keys);
}

/** Deletes one mark (see deleteMarks). */
export async function deleteMark(db: DelibDatabase, candidateId: number, unit: string): Promise<void> {
  await deleteMarks(db, [[candidateId, unit]]);
}

/** Deletes every mark of these candidates. */
export async function deleteCandidatesMarks(db: DelibDatabase, candidateIds: readonly number[]): Promise<void> {
  if (candidateIds.length === 0) return;
  await db.transaction('rw', db.markBlocks, async () => {
    const blocks = await blocksOf(db, candidateIds);
    // Only the blocks that lose a part are written (a candidate without marks changes nothing, and wakes no feed).
    const changed = new Map<number, Map<number, BlockPart>>();
    for (const id of candidateIds) {
      const parts = blocks.get(blockOf(id))!;
      if (parts.delete(id)) changed.set(blockOf(id), parts);
    }
    if (changed.size > 0) await writeBlocks(db, changed);
  });
}

/** Deletes every mark of a session. */
export async function deleteSessionMarks(db: DelibDatabase, sessionId: number): Promise<void> {
  await db.transaction('rw', db.markBlocks, async () => {
    const blocks = new Map<number, Map<number, BlockPart>>();
    for (const stored of await db.markBlocks.where('sessionIds').equals(sessionId).toArray()) {
      blocks.set(
        stored.block,
        new Map(
          decodeBlock(stored.text)
            .filter((p) => p.sessionId !== sessionId)
            .map((p) => [p.candidateId, p]),
        ),
      );
    }
    await writeBlocks(db, blocks);
  });
}

/** A candidate's marks to write, as marks-codec.ts encodes them (empty: none). */
export interface NewCandidateMarks {
  sessionId: number;
  candidateId: number;
  text: string;
}

/**
 * Writes the marks of candidates that have none yet (just created, e.g. by an import): the blocks they fall in are
 * read once (a block may hold earlier candidates of the session) and written once. A part already there for one of
 * them is replaced. Returns Dexie's own promise, not an async function's: a caller may start this write before
 * awaiting an earlier one in the same transaction. Two such calls must then not share a block (the second would read
 * the block before the first wrote it): an import gives each call whole blocks (wholeBlocks in imports.ts).
 */
export function addNewCandidatesMarks(db: DelibDatabase, records: readonly NewCandidateMarks[]): PromiseLike<unknown> {
  return blocksOf(
    db,
    records.map((r) => r.candidateId),
  ).then((blocks) => {
    for (const record of records) setPart(blocks, record);
    return writeBlocks(db, blocks);
  });
}
