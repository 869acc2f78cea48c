/**
 * The marks of the open session, kept in memory and followed change by change.
 *
 * A liveQuery over the session's marks would read all of them again after every edit: 500,000 records at 50,000
 * candidates, seconds of a frozen page per mark typed. Instead, the marks are read once, then Dexie's global
 * `storagemutated` event (fired after each committed transaction, in this tab and, through a BroadcastChannel, in
 * the others) says which primary keys (candidate ids, one record per candidate since schema v8) of the
 * `candidateMarks` table changed: only those candidates' marks are read again. When Dexie knows a range only
 * (bulk writes of 50 records or more, deletes by range, another tab
 * coming back from the back/forward cache), everything is read again, as liveQuery would.
 */
import { Dexie, RangeSet, type ObservabilitySet } from 'dexie';
import type { MarkRecord } from '../../domain/session.ts';
import type { CandidateMarks, DelibDatabase } from '../../db/database.ts';
import { adoptMarksByUnit, flattenMarks, marksOfCandidates } from '../../db/marks.ts';
import { SPARSE_IDS } from '../../db/candidates.ts';
import { nextTask } from './next-task.ts';

/** The candidates whose marks a commit touched: their ids, `all` when only a range is known, null when none. */
export function touchedCandidates(parts: ObservabilitySet, dbName: string): Set<number> | 'all' | null {
  if ('all' in parts) return 'all';
  const tree = parts[`idb://${dbName}/candidateMarks/`];
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
  #pending: Set<number> | 'all' | null = 'all';
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
      this.#schedule(new Set([candidateId]));
    };
  }

  readonly #onMutated = (parts: ObservabilitySet) => {
    const touched = touchedCandidates(parts, this.#db.name);
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
          const stored = await readSessionRecords(this.#db, this.#sessionId);
          if (this.#stopped) return;
          // Records read for this map alone: their objects become the map's, without a copy (in slices: 50,000 records
          // at once are a task of a few hundred milliseconds).
          const marks = new Map<number, Record<string, MarkRecord>>();
          for (let from = 0; from < stored.length; from += ADOPT_SLICE) {
            if (from > 0) await nextTask();
            if (this.#stopped) return;
            const end = Math.min(from + ADOPT_SLICE, stored.length);
            for (let i = from; i < end; i++) marks.set(stored[i]!.candidateId, adoptMarksByUnit(stored[i]!));
          }
          // A change committed meanwhile is in #pending: read after this.
          this.#marks = marks;
          const ids = new Set([...this.#optimistic.keys()].map((key) => Number(key.split('\u0000')[0])));
          for (const id of ids) this.#marks.set(id, this.#withOptimistic(id, Object.values(this.#marks.get(id) ?? {})));
          this.#onChange({ marks: this.#marks, changed: 'all' });
        } else {
          const ids = [...wanted];
          // One record per candidate: one bulkGet.
          const records = await marksOfCandidates(this.#db, ids);
          if (this.#stopped) return;
          const byCandidate = new Map<number, MarkRecord[]>(ids.map((id) => [id, []]));
          for (const record of records) if (record.sessionId === this.#sessionId) byCandidate.get(record.candidateId)?.push(record);
          this.#apply(wanted, new Map([...byCandidate].map(([id, own]) => [id, this.#withOptimistic(id, own)])));
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

/** Parallel reads of at least this many ranges of candidates… */
const READ_CHUNKS = 16;
/** …of at most this many candidates each (each range is decoded in one task of the page). */
const READ_CHUNK_SIZE = 1500;
/** Records turned into the feed's map per task. */
const ADOPT_SLICE = 5000;

/**
 * Every mark of the session, as listMarks gives them, but read as parallel ranges of candidate ids (the first part
 * of the primary key) in one transaction: Chromium then decodes one range while it reads the next, about twice as
 * fast as one getAll over the sessionId index at 500,000 marks.
 */
export async function readSessionMarks(db: DelibDatabase, sessionId: number): Promise<MarkRecord[]> {
  return flattenMarks(await readSessionRecords(db, sessionId));
}

/** The session's stored marks records (one per candidate with marks), read as readSessionMarks says. */
async function readSessionRecords(db: DelibDatabase, sessionId: number): Promise<CandidateMarks[]> {
  return db.transaction('r', [db.candidates, db.candidateMarks], async () => {
    const [first, last, count] = await Promise.all([
      db.candidates.where('sessionId').equals(sessionId).first(),
      db.candidates.where('sessionId').equals(sessionId).last(),
      db.candidates.where('sessionId').equals(sessionId).count(),
    ]);
    if (!first?.id || !last?.id) return [];
    const from = first.id;
    const span = last.id + 1 - from;
    // Ids far apart (other sessions' candidates between them, or many deleted): the ranges would be mostly empty
    // requests, thousands of them at worst; one read by session instead.
    if (span > SPARSE_IDS * count) return db.candidateMarks.where('sessionId').equals(sessionId).toArray();
    const step = Math.max(1, Math.min(READ_CHUNK_SIZE, Math.ceil(span / READ_CHUNKS)));
    const ranges: [number, number][] = [];
    for (let low = from; low <= last.id; low += step) ranges.push([low, low + step]);
    const parts = await Promise.all(ranges.map(([low, high]) => db.candidateMarks.where(':id').between(low, high, true, false).toArray()));
    // Candidates of other sessions may have ids in the range (sessions filled at the same time).
    return parts.flat().filter((m) => m.sessionId === sessionId);
  });
}
