/**
 * Reading and planning an import, as the import worker (import.worker.ts) runs it off the main thread: the page
 * stays responsive while a large file is decoded, parsed and compared with the session. Pure: the same code runs
 * on the main thread when Web Workers are unavailable, and in Node for the tests.
 *
 * The protocol: the page sends requests; each carries an id, and the file and the session snapshot only when they
 * change (the worker keeps them, so changing the mapping does not send 10 Mo again). The worker answers each
 * request with progress messages, then one `done` (or `failed`) message with the same id; the page ignores the
 * answers of a request it has since replaced. The plan's long lists come first, a slice per `part` message, and the
 * `done` message carries the rest: each message is read by the page in a task of its own, short enough not to
 * freeze it (one message of 50,000 rows would take the page a second or more to read).
 */
import { decodeBytes } from '../decode.ts';
import { checkTableShape } from '../file-check.ts';
import type { Workbook } from '../workbook.ts';
import { autoMap, importFields } from './fields.ts';
import { buildPlan, mappingProblems } from './plan.ts';
import { readImportSource, readWorkbookSource } from './read.ts';
import type { ColumnMapping, EmptyCellPolicy, ImportPlan, ImportSource, PlanOptions, ReadOptions, SessionSnapshot } from './types.ts';

/** The file to import: the bytes of a text file (CSV, or a pasted text encoded in UTF-8), or a workbook already read. */
export type ImportFile = { kind: 'text'; name: string; bytes: Uint8Array } | { kind: 'workbook'; name: string; workbook: Workbook };

export interface ImportWorkRequest {
  kind?: 'request';
  id: number;
  /** Given: the file to read from now on (kept for the next requests). */
  file?: ImportFile;
  /**
   * Given: the session the file is compared with from now on (kept for the next requests). With `snapshotInParts`,
   * its candidates, marks and conformity records are the ones of the `snapshot-part` messages sent just before.
   */
  snapshot?: SessionSnapshot;
  snapshotInParts?: boolean;
  options: ReadOptions;
  /** The columns' fields as chosen; null: recognised from the header. */
  mapping: ColumnMapping | null;
  emptyCells: EmptyCellPolicy;
  planOptions: PlanOptions;
}

/** The session's long lists, sent by the page in slices before the request (one message of 400,000 marks would
 * freeze the page while it is copied), and how many items per slice. */
export const SNAPSHOT_PARTS = { candidates: 5000, marks: 20_000, conformity: 5000 } as const;
export type SnapshotPart = keyof typeof SNAPSHOT_PARTS;

/** What the page sends: a slice of the session, or a request. */
export type ImportWorkMessage = { kind: 'snapshot-part'; list: SnapshotPart; items: unknown[] } | ImportWorkRequest;

/** The page's side: the messages that send `snapshot` (its slices, then the session without its long lists). */
export function snapshotMessages(
  snapshot: SessionSnapshot,
  sizes: Record<SnapshotPart, number> = SNAPSHOT_PARTS,
): { parts: ImportWorkMessage[]; snapshot: SessionSnapshot } {
  const parts: ImportWorkMessage[] = [];
  for (const [list, size] of Object.entries(sizes) as [SnapshotPart, number][]) {
    const items = snapshot[list] ?? [];
    for (let start = 0; start < items.length; start += size) parts.push({ kind: 'snapshot-part', list, items: items.slice(start, start + size) });
  }
  return { parts, snapshot: { ...snapshot, candidates: [], marks: [], ...(snapshot.conformity ? { conformity: [] } : {}) } };
}

/** How many records of the file come back to the page: the header choice shows the first 10, the mapping 3 samples. */
const HEAD_RECORDS = 10;
const SAMPLE_RECORDS = 3;

export interface ImportWorkResult {
  /** Why the file cannot be read at all (empty, a line too long…: docs/limites.md), in French; '' when it can. */
  fileProblem: string;
  /** The file as read, its `records` cut to the first ones (the header row choice and the columns' samples). */
  source: ImportSource | null;
  /** How many records the file has, header included. */
  recordCount: number;
  header: string[];
  mapping: ColumnMapping;
  /** Why the mapping cannot give a plan (mappingProblems), in French. */
  problems: string[];
  plan: ImportPlan | null;
}

export type ImportWorkStep = 'lecture' | 'comparaison';

/** The plan's lists sent in slices, and how many items per slice (a few tens of milliseconds to read each). */
export const PLAN_PARTS = {
  rows: 250,
  newCandidates: 2000,
  candidateUpdates: 1000,
  markWrites: 2500,
  conformityWrites: 2000,
} as const;
export type PlanPart = keyof typeof PLAN_PARTS;

export type ImportWorkReply =
  | { id: number; kind: 'progress'; step: ImportWorkStep; percent: number }
  /** A slice of one of the plan's lists, in order; `done` then carries the plan with these lists empty. */
  | { id: number; kind: 'part'; list: PlanPart; items: unknown[] }
  | { id: number; kind: 'done'; result: ImportWorkResult }
  | { id: number; kind: 'failed'; message: string };

/** Puts back the plan's lists from the `part` messages received before `done` (the page's side of the protocol). */
export class PlanAssembler {
  #lists = new Map<PlanPart, unknown[]>();

  add(reply: { list: PlanPart; items: unknown[] }): void {
    const list = this.#lists.get(reply.list) ?? [];
    for (const item of reply.items) list.push(item);
    this.#lists.set(reply.list, list);
  }

  /** The result with its plan's lists filled. */
  finish(result: ImportWorkResult): ImportWorkResult {
    const plan = result.plan;
    if (!plan) return result;
    const filled: Record<string, unknown> = { ...plan };
    for (const [list, items] of this.#lists) filled[list] = items;
    return { ...result, plan: filled as unknown as ImportPlan };
  }
}

/** Share of the progress bar: decoding and checking the file, then parsing it, then comparing it with the session. */
const DECODED = 10;
const PARSED = 80;

/** What the worker keeps between requests. */
export class ImportWork {
  #file: ImportFile | null = null;
  #snapshot: SessionSnapshot | null = null;
  /** The file's shape problem, checked once per file ('' when none). */
  #fileProblem: string | null = null;
  #read: { key: string; source: ImportSource } | null = null;
  /** The session's slices received for the next request. */
  #snapshotParts = new Map<SnapshotPart, unknown[]>();

  /** Keeps a slice of the session, or answers a request: progress messages, then `done` or `failed`. Never throws. */
  handle(message: ImportWorkMessage, post: (reply: ImportWorkReply) => void): void {
    if (message.kind === 'snapshot-part') {
      const list = this.#snapshotParts.get(message.list) ?? [];
      for (const item of message.items) list.push(item);
      this.#snapshotParts.set(message.list, list);
      return;
    }
    const request = message;
    const { id } = request;
    let shown = -1;
    const progress = (step: ImportWorkStep, percent: number) => {
      const rounded = Math.floor(percent);
      if (rounded === shown) return;
      shown = rounded;
      post({ id, kind: 'progress', step, percent: rounded });
    };
    try {
      const result = this.#run(request, progress);
      const plan = result.plan;
      if (plan) {
        const rest: Record<string, unknown> = { ...plan };
        for (const [list, size] of Object.entries(PLAN_PARTS) as [PlanPart, number][]) {
          const items = plan[list];
          if (!items) continue;
          for (let start = 0; start < items.length; start += size) post({ id, kind: 'part', list, items: items.slice(start, start + size) });
          rest[list] = [];
        }
        result.plan = rest as unknown as ImportPlan;
      }
      post({ id, kind: 'done', result });
    } catch (error) {
      post({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  #run(request: ImportWorkRequest, progress: (step: ImportWorkStep, percent: number) => void): ImportWorkResult {
    if (request.file) {
      this.#file = request.file;
      this.#fileProblem = null;
      this.#read = null;
    }
    if (request.snapshot && request.snapshotInParts) {
      const parts = this.#snapshotParts;
      this.#snapshotParts = new Map();
      const snapshot: SessionSnapshot = { ...request.snapshot, candidates: [], marks: [] };
      for (const [list, items] of parts) (snapshot as unknown as Record<string, unknown>)[list] = items;
      this.#snapshot = snapshot;
    } else if (request.snapshot) {
      this.#snapshot = request.snapshot;
    }
    const file = this.#file;
    const snapshot = this.#snapshot;
    if (!file || !snapshot) throw new Error('import worker: no file or no session snapshot received');
    progress('lecture', 0);

    const fileProblem = this.#checkFile(file);
    if (fileProblem) return { fileProblem, source: null, recordCount: 0, header: [], mapping: [], problems: [], plan: null };
    progress('lecture', DECODED);

    const key = JSON.stringify([request.options.encoding, request.options.delimiter, request.options.headerIndex, request.options.sheet]);
    if (this.#read?.key !== key) {
      const source =
        file.kind === 'workbook'
          ? readWorkbookSource(file.workbook, file.name, request.options)
          : readImportSource(file.bytes, file.name, request.options, (fraction) => progress('lecture', DECODED + fraction * (PARSED - DECODED)));
      this.#read = { key, source };
    }
    const read = this.#read.source;
    progress('comparaison', PARSED);

    const fields = importFields(snapshot.regulation);
    const header = read.records[read.headerIndex]?.cells ?? [];
    const mapping = request.mapping ?? autoMap(header, fields);
    const problems = mappingProblems(mapping, fields);
    const plan = problems.length === 0 ? buildPlan(read, mapping, snapshot, request.emptyCells, request.planOptions) : null;
    progress('comparaison', 100);
    return {
      fileProblem: '',
      source: { ...read, records: read.records.slice(0, Math.max(HEAD_RECORDS, read.headerIndex + 1 + SAMPLE_RECORDS)) },
      recordCount: read.records.length,
      header,
      mapping,
      problems,
      plan,
    };
  }

  /** Empty, a line too long, too many columns or lines: refused before parsing (docs/limites.md). */
  #checkFile(file: ImportFile): string {
    if (this.#fileProblem === null) {
      let problem = '';
      if (file.kind === 'text') {
        const { text } = decodeBytes(file.bytes);
        const shape = checkTableShape(text);
        if (shape) problem = `« ${file.name} » : ${shape}`;
      }
      this.#fileProblem = problem;
    }
    return this.#fileProblem;
  }
}
