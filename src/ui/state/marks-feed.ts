/**
 * The marks of the open session, kept in memory and followed change by change.
 *
 * A liveQuery over the session's marks would read all of them again after every edit: 500,000 records at 50,000
 * candidates, seconds of a frozen page per mark typed. Instead, the marks are read once, then Dexie's global
 * `storagemutated` event (fired after each committed transaction, in this tab and, through a BroadcastChannel, in
 * the others) says which primary keys (blocks of MARK_BLOCK candidates, since schema v10) of the `markBlocks` table
 * changed: only those blocks are read again, and only the candidates whose marks differ are reported. When Dexie
 * knows a range only (bulk writes of 50 records or more, deletes by range, another tab coming back from the
 * back/forward cache), everything is read again, as liveQuery would.
 */
import { Dexie, RangeSet, type ObservabilitySet } from 'dexie';
import type { MarkRecord } from '../../domain/session.ts';
import { blockOf, MARK_BLOCK, type DelibDatabase } from '../../db/database.ts';
import { adoptMarksByUnit, partsOfBlocks, partsOfCandidates, sessionBlocks } from '../../db/marks.ts';
import type { BlockPart } from '../../db/marks-codec.ts';
import { nextTask } from '../../io/next-task.ts';

/** The marks blocks a commit touched: their keys, `all` when only a range is known, null when none. */
export function touchedBlocks(parts: ObservabilitySet, dbName: string): Set<number> | 'all' | null {
  if ('all' in parts) return 'all';
  const tree = parts[`idb://${dbName}/markBlocks/`];
  if (!tree) return null;
  const ids = new Set<number>();
  // `RangeSet(tree)` also takes the plain object another tab's message arrives as.
  for (const { from, to } of RangeSet(tree)) {
    if (typeof from !== 'number' || from !== to) return 'all';
    ids.add(from);
  }
  return ids.size > 0 ? ids : null;
}

export interface MarksChange {
  /** The marks of the session now, by candidate then unit (the feed's own map, updated in place: read, never write). */
  marks: Map<number, Record<string, MarkRecord>>;
  /** Whose marks changed: `all` after a full read. */
  changed: ReadonlySet<number> | 'all';
}

export class MarksFeed {
  readonly #db: DelibDatabase;
  readonly #sessionId: number;
  readonly #onChange: (change: MarksChange) => void;
  readonly #onError: (error: unknown) => void;
  #marks = new Map<number, Record<string, MarkRecord>>();
  /** Each candidate's stored text, as last read (to tell which candidates of a block changed). */
  #texts = new Map<number, string>();
  /** Blocks to read again, `all` for the whole session. */
  #pending: Set<number> | 'all' | null = 'all';
  /** Candidates to report as changed at the next read of their block (an optimistic mark settled). */
  readonly #settled = new Set<number>();
  #running = false;
  #stopped = false;
  /** Marks written by this tab and not committed yet, shown meanwhile (key: `candidateId\0unit`; null: no mark). */
  readonly #optimistic = new Map<string, MarkRecord | null>();

  /**
   * `written`: the session's marks as a committed transaction has just written them (an import into a new session):
   * taken as read (the feed's own map from now on), given to `onChange` before the constructor returns, and only
   * later changes are read.
   */
  constructor(
    db: DelibDatabase,
    sessionId: number,
    onChange: (change: MarksChange) => void,
    onError: (error: unknown) => void,
    written?: Map<number, Record<string, MarkRecord>>,
  ) {
    this.#db = db;
    this.#sessionId = sessionId;
    this.#onChange = onChange;
    this.#onError = onError;
    Dexie.on.storagemutated.subscribe(this.#onMutated);
    if (written) {
      this.#marks = written;
      this.#pending = null;
      onChange({ marks: written, changed: 'all' });
      return;
    }
    void this.#drain();
  }

  stop(): void {
    this.#stopped = true;
    Dexie.on.storagemutated.unsubscribe(this.#onMutated);
  }

  /**
   * Shows `record` (null: no mark) for that candidate and unit at once, before the write commits. `settle()` (the
   * returned function) ends it; the candidate's marks are then read again, whether the write was stored or refused.
   */
  optimistic(candidateId: number, unit: string, record: MarkRecord | null): () => void {
    const key = `${candidateId}\u0000${unit}`;
    this.#optimistic.set(key, record);
    this.#apply(new Set([candidateId]), new Map([[candidateId, this.#withOptimistic(candidateId, Object.values(this.#marks.get(candidateId) ?? {}))]]));
    return () => {
      if (this.#optimistic.get(key) === record) this.#optimistic.delete(key);
      this.#settled.add(candidateId);
      this.#schedule(new Set([blockOf(candidateId)]));
    };
  }

  readonly #onMutated = (parts: ObservabilitySet) => {
    const touched = touchedBlocks(parts, this.#db.name);
    if (touched) this.#schedule(touched);
  };

  #schedule(touched: Set<number> | 'all'): void {
    if (this.#stopped) return;
    if (touched === 'all' || this.#pending === 'all') this.#pending = 'all';
    else if (this.#pending === null) this.#pending = new Set(touched);
    else for (const id of touched) this.#pending.add(id);
    void this.#drain();
  }

  /** Reads what changed, one read at a time, until nothing is pending (a change during a read is read after it). */
  async #drain(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      while (this.#pending !== null && !this.#stopped) {
        const wanted = this.#pending;
        this.#pending = null;
        if (wanted === 'all') {
          const blocks = await sessionBlocks(this.#db, this.#sessionId);
          if (this.#stopped) return;
          // Parts read for this map alone: their objects become the map's, without a copy. Decoded and adopted in
          // slices of blocks: the 391 blocks of 50,000 candidates decoded at once were a task of 0.2 s.
          const marks = new Map<number, Record<string, MarkRecord>>();
          const texts = new Map<number, string>();
          const own = new Set([this.#sessionId]);
          for (let from = 0; from < blocks.length; from += ADOPT_BLOCKS) {
            if (from > 0) await nextTask();
            if (this.#stopped) return;
            for (const part of partsOfBlocks(blocks.slice(from, from + ADOPT_BLOCKS), own)) {
              marks.set(part.candidateId, adoptMarksByUnit(part));
              texts.set(part.candidateId, part.text);
            }
          }
          // A change committed meanwhile is in #pending: read after this.
          this.#marks = marks;
          this.#texts = texts;
          this.#settled.clear();
          const ids = new Set([...this.#optimistic.keys()].map((key) => Number(key.split('\u0000')[0])));
          for (const id of ids) this.#marks.set(id, this.#withOptimistic(id, Object.values(this.#marks.get(id) ?? {})));
          this.#onChange({ marks: this.#marks, changed: 'all' });
        } else {
          const candidates = this.#candidatesOf(wanted);
          const parts = await partsOfCandidates(this.#db, candidates);
          if (this.#stopped) return;
          const changed = new Set<number>();
          const fresh = new Map<number, Record<string, MarkRecord>>();
          for (const id of candidates) {
            const part: BlockPart | undefined = parts.get(id);
            const own = part?.sessionId === this.#sessionId ? part : undefined;
            const before = this.#texts.get(id);
            const settled = this.#settled.delete(id);
            if (own?.text === before && !settled && !(before === undefined && this.#marks.has(id))) continue;
            if (own) this.#texts.set(id, own.text);
            else this.#texts.delete(id);
            changed.add(id);
            fresh.set(id, this.#withOptimistic(id, own ? Object.values(adoptMarksByUnit(own)) : []));
          }
          if (changed.size > 0) this.#apply(changed, fresh);
        }
      }
    } catch (error) {
      if (!this.#stopped) this.#onError(error);
    } finally {
      this.#running = false;
    }
  }

  #apply(changed: Set<number>, fresh: Map<number, Record<string, MarkRecord>>): void {
    for (const [id, own] of fresh) {
      if (Object.keys(own).length === 0) this.#marks.delete(id);
      else this.#marks.set(id, own);
    }
    this.#onChange({ marks: this.#marks, changed });
  }

  /** The candidate ids these blocks can hold. */
  #candidatesOf(blocks: ReadonlySet<number>): number[] {
    const ids: number[] = [];
    for (const block of blocks) for (let id = block * MARK_BLOCK; id < (block + 1) * MARK_BLOCK; id++) ids.push(id);
    return ids;
  }

  /** A candidate's records as a unit → record map, with this tab's uncommitted writes over them. */
  #withOptimistic(candidateId: number, records: readonly MarkRecord[]): Record<string, MarkRecord> {
    const own: Record<string, MarkRecord> = {};
    for (const record of records) own[record.unit] = record;
    const prefix = `${candidateId}\u0000`;
    for (const [key, record] of this.#optimistic) {
      if (!key.startsWith(prefix)) continue;
      const unit = key.slice(prefix.length);
      if (record) own[unit] = record;
      else delete own[unit];
    }
    return own;
  }
}

/** Blocks decoded and turned into the feed's map per task: about 5,000 candidates. */
const ADOPT_BLOCKS = Math.ceil(5000 / MARK_BLOCK);
