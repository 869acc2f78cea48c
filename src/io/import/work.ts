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
 *
 * Two kinds of import share it: candidates and marks (the default), and the livret scolaire's semester marks (a
 * request with `livret`, planned by src/io/import/livret.ts). A workbook (.xlsx, .xls, .ods) comes as its bytes:
 * the worker loads the workbook library itself and parses it once per file (choosing another sheet reads the
 * parsed workbook again, not the bytes).
 */
import type { LivretRecord, LivretTemplate } from '../../domain/livret.ts';
import type { Regulation } from '../../domain/regulation.ts';
import { decodeBytes } from '../decode.ts';
import { checkTableShape } from '../file-check.ts';
import type { WorkbookFormat } from '../file-kind.ts';
import { loadXlsx, parseWorkbook, WorkbookError, type Workbook, type XlsxLibrary } from '../workbook.ts';
import { autoMap, importFields, regulationForHeader } from './fields.ts';
import {
  buildLivretPlan,
  combineHeaderRows,
  detectHeaderRows,
  detectLivretHeader,
  livretAutoMap,
  livretImportFields,
  livretMappingProblems,
  type LivretImportPlan,
} from './livret.ts';
import { buildPlan, mappingProblems } from './plan.ts';
import { numberingClash, withoutClashing } from './numbering.ts';
import { presets } from '../../domain/presets/index.ts';
import { readImportSource, readWorkbookSource } from './read.ts';
import type {
  CandidateTarget,
  ColumnMapping,
  EmptyCellPolicy,
  ImportPlan,
  ImportSource,
  MarkWrite,
  PlanOptions,
  PlanRow,
  PlanRowStatus,
  ReadOptions,
  SessionSnapshot,
} from './types.ts';
import type { MarkRecord } from '../../domain/session.ts';

/**
 * The file to import: the bytes of a text file (CSV, or a pasted text encoded in UTF-8), or of a workbook with its
 * format and what to call it in a message (`un classeur Excel (.xlsx)`, file-kind.ts).
 */
export type ImportFile =
  { kind: 'text'; name: string; bytes: Uint8Array } | { kind: 'workbook'; name: string; bytes: Uint8Array; format: WorkbookFormat; label: string };

/** The livret mode's session side: the livret's subjects, and the session's livrets as they are (kept by the worker). */
export interface LivretWorkContext {
  template: LivretTemplate;
  sessionId: number;
  records: readonly LivretRecord[];
  /** The class shown, whose pupils a row with nom and prénom alone names (LivretImportContext.classId). */
  classId?: number | null;
}

/** The livret mode's choices (src/io/import/livret.ts): header rows (null: detected), the year of `S1` / `S2` alone. */
export interface LivretWorkChoices {
  headerRows: 1 | 2 | null;
  year: 1 | 2;
}

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
  /** Given: a livret import with these choices (the plan is then `livretPlan`). */
  livret?: LivretWorkChoices;
  /** Given: the livret side of the session from now on (kept for the next requests). */
  livretContext?: LivretWorkContext;
  /**
   * Given: the file creates a new session, which may follow any of these regulations (each with the session's year
   * under it). The plan follows `newSessionChoice` (a regulation id) when given, else the one the header's columns
   * fit best (regulationForHeader; the snapshot's on a tie); the result says which (`regulationId`).
   */
  newSession?: NewSessionChoice[];
  newSessionChoice?: string | null;
}

/** A regulation a new session may follow, and the year the session then has. */
export interface NewSessionChoice {
  regulation: Regulation;
  year: number;
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
  /** Livret mode: the header rows read (detected or chosen), and the plan (null when the mapping cannot give one). */
  headerRows: 1 | 2;
  livretPlan: LivretImportPlan | null;
  /** The regulation the columns and the plan follow (a new session's: see ImportWorkRequest.newSession). */
  regulationId: string;
}

/** `classeur`: the workbook library parses the workbook, in one go (no progress inside). */
export type ImportWorkStep = 'lecture' | 'classeur' | 'comparaison';

/**
 * The plan's lists sent in slices, and how many items per slice: each read by the page in a few milliseconds, so
 * that no task of the page nears 200 ms even on a loaded machine (slices 2.5 times larger gave tasks of 150 to
 * 230 ms while a 20,000-row plan arrived: tests/e2e/import-background.test.ts).
 */
export const PLAN_PARTS = {
  rows: 100,
  newCandidates: 1000,
  candidateUpdates: 500,
  markWrites: 1000,
  conformityWrites: 1000,
  /** The livret plan's writes. */
  writes: 500,
} as const;
export type PlanPart = keyof typeof PLAN_PARTS;

/**
 * A slice of mark writes as columns, for the copy from the worker to the page: 400,000 writes as objects (each with
 * its property names) were 26 MB, read back by the page in about 0.3 s; as columns, 11 MB read in a twentieth of
 * that. `after` and `before` stay objects: a few hundred distinct contents, and the rare mark already stored.
 */
export interface MarkWriteColumns {
  lines: Int32Array;
  /** The candidate: the n-th created (n ≥ 0), or the stored one of id -(t + 1). */
  targets: Float64Array;
  units: string[];
  /** Index in `units`. */
  unitOf: Int32Array;
  contents: NonNullable<MarkWrite['after']>[];
  /** Index in `contents`, or -1 for a write that deletes the mark (after: null). */
  contentOf: Int32Array;
  /** The writes whose `before` is a stored mark: [index in the slice, record]. */
  befores: [number, MarkRecord][];
}

export function markWriteColumns(writes: readonly MarkWrite[]): MarkWriteColumns {
  const count = writes.length;
  const columns: MarkWriteColumns = {
    lines: new Int32Array(count),
    targets: new Float64Array(count),
    units: [],
    unitOf: new Int32Array(count),
    contents: [],
    contentOf: new Int32Array(count),
    befores: [],
  };
  const unitIndex = new Map<string, number>();
  const contentIndex = new Map<NonNullable<MarkWrite['after']>, number>();
  for (let i = 0; i < count; i++) {
    const write = writes[i]!;
    columns.lines[i] = write.line;
    columns.targets[i] = 'id' in write.candidate ? -write.candidate.id - 1 : write.candidate.newIndex;
    let unit = unitIndex.get(write.unit);
    if (unit === undefined) unitIndex.set(write.unit, (unit = columns.units.push(write.unit) - 1));
    columns.unitOf[i] = unit;
    if (write.after === null) columns.contentOf[i] = -1;
    else {
      // The plan shares its contents (one object per distinct content): the same object, the same index.
      let content = contentIndex.get(write.after);
      if (content === undefined) contentIndex.set(write.after, (content = columns.contents.push(write.after) - 1));
      columns.contentOf[i] = content;
    }
    if (write.before !== null) columns.befores.push([i, write.before]);
  }
  return columns;
}

/** The writes of markWriteColumns back as objects (one target object per candidate, as the plan has them). */
export function markWritesFromColumns(columns: MarkWriteColumns): MarkWrite[] {
  const before = new Map(columns.befores);
  const targets = new Map<number, CandidateTarget>();
  const writes: MarkWrite[] = new Array(columns.lines.length);
  for (let i = 0; i < writes.length; i++) {
    const t = columns.targets[i]!;
    let candidate = targets.get(t);
    if (!candidate) targets.set(t, (candidate = t < 0 ? { id: -t - 1 } : { newIndex: t }));
    const content = columns.contentOf[i]!;
    writes[i] = {
      line: columns.lines[i]!,
      candidate,
      unit: columns.units[columns.unitOf[i]!]!,
      before: before.get(i) ?? null,
      after: content < 0 ? null : columns.contents[content]!,
    };
  }
  return writes;
}

/** Rows the preview's table lists, for each choice of « Afficher » (every row, or the rows of one status). */
export const PREVIEW_ROWS = 200;

/**
 * The plan's rows the page is sent: the ones its preview can list (the first PREVIEW_ROWS of the file, and of each
 * status) and every row in error (exported whole for correction). The others are only counted (`counts`): at
 * 50,000 lines, their changes were 23 MB copied to the page for nothing.
 */
export function previewRows(rows: readonly PlanRow[]): PlanRow[] {
  const rank: Record<PlanRowStatus, number> = { new: 0, updated: 0, unchanged: 0, error: 0 };
  return rows.filter((row, index) => {
    const ofItsStatus = rank[row.status]++;
    return row.status === 'error' || index < PREVIEW_ROWS || ofItsStatus < PREVIEW_ROWS;
  });
}

/** How many lines a plan has (its `rows` may hold the preview's only: see previewRows). */
export function planLineCount(plan: { counts: Record<PlanRowStatus, number> }): number {
  return plan.counts.new + plan.counts.updated + plan.counts.unchanged + plan.counts.error;
}
/** Which of the result's plans a slice belongs to. */
export type PlanKind = 'plan' | 'livretPlan';

export type ImportWorkReply =
  | { id: number; kind: 'progress'; step: ImportWorkStep; percent: number }
  /**
   * A slice of one of the plan's lists, in order; `done` then carries the plan with these lists empty. The mark
   * writes come as `columns` (items empty): see MarkWriteColumns.
   */
  | { id: number; kind: 'part'; plan: PlanKind; list: PlanPart; items: unknown[]; columns?: MarkWriteColumns }
  | { id: number; kind: 'done'; result: ImportWorkResult }
  | { id: number; kind: 'failed'; message: string };

/** Puts back the plan's lists from the `part` messages received before `done` (the page's side of the protocol). */
export class PlanAssembler {
  #lists = new Map<`${PlanKind}.${PlanPart}`, unknown[]>();

  add(reply: Omit<Extract<ImportWorkReply, { kind: 'part' }>, 'id' | 'kind'>): void {
    const key = `${reply.plan}.${reply.list}` as const;
    const list = this.#lists.get(key) ?? [];
    for (const item of reply.columns ? markWritesFromColumns(reply.columns) : reply.items) list.push(item);
    this.#lists.set(key, list);
  }

  /** The result with its plans' lists filled. */
  finish(result: ImportWorkResult): ImportWorkResult {
    const finished = { ...result };
    for (const kind of ['plan', 'livretPlan'] as const) {
      const plan = result[kind];
      if (!plan) continue;
      const filled: Record<string, unknown> = { ...plan };
      for (const list of Object.keys(PLAN_PARTS) as PlanPart[]) {
        const items = this.#lists.get(`${kind}.${list}`);
        if (items) filled[list] = items;
      }
      (finished as Record<PlanKind, unknown>)[kind] = filled;
    }
    return finished;
  }
}

/** Share of the progress bar: decoding and checking the file, then parsing it, then comparing it with the session. */
const DECODED = 10;
const PARSED = 80;

/** A result with nothing read: the file cannot be read (`fileProblem`). */
const unreadable = (fileProblem: string): ImportWorkResult => ({
  fileProblem,
  source: null,
  recordCount: 0,
  header: [],
  mapping: [],
  problems: [],
  plan: null,
  headerRows: 1,
  livretPlan: null,
  regulationId: '',
});

/** The empty session a file creates, under the regulation chosen, or else the one its header fits best. */
function newSessionSnapshot(session: SessionSnapshot, header: readonly string[], choices: NewSessionChoice[], chosen: string | null): SessionSnapshot {
  const preferred = choices.find((c) => c.regulation.id === session.regulation.id) ?? { regulation: session.regulation, year: session.year };
  const choice = choices.find((c) => c.regulation.id === chosen) ?? regulationForHeader(header, choices, preferred);
  return { ...session, regulation: choice.regulation, year: choice.year };
}

/** What the worker keeps between requests. */
export class ImportWork {
  #file: ImportFile | null = null;
  #snapshot: SessionSnapshot | null = null;
  #livret: LivretWorkContext | null = null;
  /** The file's shape problem, checked once per file ('' when none). */
  #fileProblem: string | null = null;
  /** The workbook parsed from the file's bytes, once per file. */
  #workbook: Workbook | null = null;
  #read: { key: string; source: ImportSource } | null = null;
  /** The session's slices received for the next request. */
  #snapshotParts = new Map<SnapshotPart, unknown[]>();
  /** The workbook library, once loaded. */
  #xlsx: XlsxLibrary | null = null;
  /** The messages waiting for a request that is loading the workbook library (handled in order after it). */
  #queue: Promise<void> | null = null;

  /** `loadLibrary`: how the workbook library is loaded (a dynamic import, a chunk of its own in the app). */
  constructor(private readonly loadLibrary: () => Promise<XlsxLibrary> = loadXlsx) {}

  /**
   * Keeps a slice of the session, or answers a request: progress messages, then `done` or `failed`. Never throws,
   * never rejects. Synchronous, except while the workbook library is loaded (the first request of a workbook): the
   * returned promise then settles once answered, and the messages received meanwhile are handled after it, in order.
   */
  handle(message: ImportWorkMessage, post: (reply: ImportWorkReply) => void): void | Promise<void> {
    if (this.#queue) return this.#enqueue(() => this.#handleNow(message, post));
    const later = this.#handleNow(message, post);
    if (later) return this.#enqueue(() => later);
  }

  #enqueue(step: () => void | Promise<void>): Promise<void> {
    const queue = (this.#queue ?? Promise.resolve()).then(step);
    this.#queue = queue;
    void queue.then(() => {
      if (this.#queue === queue) this.#queue = null;
    });
    return queue;
  }

  #handleNow(message: ImportWorkMessage, post: (reply: ImportWorkReply) => void): void | Promise<void> {
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
    const answer = () => {
      try {
        this.#post(id, this.#run(request, progress), post);
      } catch (error) {
        post({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    };
    try {
      this.#accept(request);
    } catch (error) {
      post({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (this.#file?.kind === 'workbook' && !this.#xlsx && this.#fileProblem === null) {
      progress('classeur', 0);
      return this.loadLibrary().then(
        (xlsx) => {
          this.#xlsx = xlsx;
          answer();
        },
        (error: unknown) => post({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    }
    answer();
  }

  /** Posts the plans' long lists in slices (of the rows, the preview's: previewRows), then `done` with the rest. */
  #post(id: number, result: ImportWorkResult, post: (reply: ImportWorkReply) => void): void {
    for (const kind of ['plan', 'livretPlan'] as const) {
      const plan = result[kind];
      if (!plan) continue;
      const rest: Record<string, unknown> = { ...plan };
      for (const [list, size] of Object.entries(PLAN_PARTS) as [PlanPart, number][]) {
        const all = (plan as unknown as Record<string, unknown[] | undefined>)[list];
        const items = list === 'rows' && all ? previewRows(all as PlanRow[]) : all;
        if (!items) continue;
        for (let start = 0; start < items.length; start += size) {
          const slice = items.slice(start, start + size);
          if (list === 'markWrites') post({ id, kind: 'part', plan: kind, list, items: [], columns: markWriteColumns(slice as MarkWrite[]) });
          else post({ id, kind: 'part', plan: kind, list, items: slice });
        }
        rest[list] = [];
      }
      (result as Record<PlanKind, unknown>)[kind] = rest;
    }
    post({ id, kind: 'done', result });
  }

  /** Keeps what the request gives for the next ones: the file, the session, the livret side. */
  #accept(request: ImportWorkRequest): void {
    if (request.file) {
      this.#file = request.file;
      this.#fileProblem = null;
      this.#workbook = null;
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
    if (request.livretContext) this.#livret = request.livretContext;
    if (!this.#file || !this.#snapshot) throw new Error('import worker: no file or no session snapshot received');
    if (request.livret && !this.#livret) throw new Error('import worker: no livret context received');
  }

  #run(request: ImportWorkRequest, progress: (step: ImportWorkStep, percent: number) => void): ImportWorkResult {
    const file = this.#file!;
    const snapshot = this.#snapshot!;
    progress(file.kind === 'workbook' && !this.#workbook ? 'classeur' : 'lecture', 0);

    const fileProblem = this.#checkFile(file);
    if (fileProblem) return unreadable(fileProblem);
    progress('lecture', DECODED);

    const key = JSON.stringify([request.options.encoding, request.options.delimiter, request.options.headerIndex, request.options.sheet]);
    if (this.#read?.key !== key) {
      const source =
        file.kind === 'workbook'
          ? readWorkbookSource(this.#workbook!, file.name, request.options)
          : readImportSource(file.bytes, file.name, request.options, (fraction) => progress('lecture', DECODED + fraction * (PARSED - DECODED)));
      this.#read = { key, source };
    }
    const read = this.#read.source;
    progress('comparaison', PARSED);
    const result = request.livret ? this.#planLivret(read, request, request.livret, snapshot) : this.#plan(read, request, snapshot);
    progress('comparaison', 100);
    return result;
  }

  #plan(read: ImportSource, request: ImportWorkRequest, session: SessionSnapshot): ImportWorkResult {
    const header = read.records[read.headerIndex]?.cells ?? [];
    const snapshot = request.newSession ? newSessionSnapshot(session, header, request.newSession, request.newSessionChoice ?? null) : session;
    const fields = importFields(snapshot.regulation);
    // Columns recognised by their code only make sense in the session's numbering (R9 renumbered the épreuves): those
    // that name other épreuves are left out, and the import waits for the user to choose the columns.
    const clash = request.newSession || request.mapping ? null : numberingClash(header, snapshot.regulation, Object.values(presets));
    const mapping = request.mapping ?? withoutClashing(autoMap(header, fields), clash);
    const problems = [...mappingProblems(mapping, fields), ...(clash ? [clash.message] : [])];
    const plan = problems.length === 0 ? buildPlan(read, mapping, snapshot, request.emptyCells, request.planOptions) : null;
    return {
      fileProblem: '',
      source: { ...read, records: read.records.slice(0, Math.max(HEAD_RECORDS, read.headerIndex + 1 + SAMPLE_RECORDS)) },
      recordCount: read.records.length,
      header,
      mapping,
      problems,
      plan,
      headerRows: 1,
      livretPlan: null,
      regulationId: snapshot.regulation.id,
    };
  }

  /** The livret mode: the header found among the subjects' names (unless chosen), on one or two rows. */
  #planLivret(source: ImportSource, request: ImportWorkRequest, choices: LivretWorkChoices, snapshot: SessionSnapshot): ImportWorkResult {
    const { template, sessionId, records, classId } = this.#livret!;
    const { regulation } = snapshot;
    const read = request.options.headerIndex === undefined ? { ...source, headerIndex: detectLivretHeader(source.records, regulation, template) } : source;
    const headerRows = choices.headerRows ?? detectHeaderRows(read.records, read.headerIndex);
    const header = combineHeaderRows(read.records, read.headerIndex, headerRows);
    const mapping = request.mapping ?? livretAutoMap(header, regulation, template, { year: choices.year });
    const problems = livretMappingProblems(mapping, livretImportFields(regulation, template));
    const livretPlan =
      problems.length === 0
        ? buildLivretPlan(
            read,
            headerRows,
            header,
            mapping,
            { regulation, template, sessionId, candidates: snapshot.candidates, livrets: records, etablissements: snapshot.etablissements, classId },
            request.emptyCells,
          )
        : null;
    return {
      fileProblem: '',
      source: { ...read, records: read.records.slice(0, Math.max(HEAD_RECORDS, read.headerIndex + headerRows + SAMPLE_RECORDS)) },
      recordCount: read.records.length,
      header,
      mapping,
      problems,
      plan: null,
      headerRows,
      livretPlan,
      regulationId: regulation.id,
    };
  }

  /**
   * Empty, a line too long, too many columns or lines: refused before parsing (docs/limites.md). A workbook is
   * parsed here, once: the library bounds the rows it reads and parseWorkbook refuses a sheet over the limits.
   */
  #checkFile(file: ImportFile): string {
    if (this.#fileProblem === null) {
      let problem = '';
      if (file.kind === 'text') {
        const { text } = decodeBytes(file.bytes);
        const shape = checkTableShape(text);
        if (shape) problem = `« ${file.name} » : ${shape}`;
      } else {
        try {
          this.#workbook = parseWorkbook(this.#xlsx!, file.bytes, file.format);
        } catch (error) {
          const why = error instanceof WorkbookError ? error.message : `classeur illisible (${String(error)})`;
          problem = `« ${file.name} » est ${file.label} : ${why}`;
        }
      }
      this.#fileProblem = problem;
    }
    return this.#fileProblem;
  }
}
