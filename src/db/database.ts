/**
 * The Dexie database: schema versions and the table types.
 * A schema version, once released, is never edited: a change is a new version with its upgrade.
 */
import { Dexie, type DexieOptions, type EntityTable, type InsertType, type Table } from 'dexie';
import type { ConformityRecord } from '../domain/conformity.ts';
import type { LivretRecord } from '../domain/livret.ts';
import type { AuditEntry, Candidate, Deliberation, Etablissement, EvaluationRecord, ExamSession, JuryNote, MarkRecord } from '../domain/session.ts';
import type { ImportUndo } from '../domain/import-undo.ts';
import { getPreset } from '../domain/presets/index.ts';
import { encodeBlock, encodeMarks, type StoredMark } from './marks-codec.ts';
import { candidateSearchKey } from './search-key.ts';

/** A candidate as stored (the same as the app sees it since v7). */
export type StoredCandidate = Candidate;

/** A key/value pair of the settings table (e.g. `openSessionId`). */
export interface Setting {
  key: string;
  value: unknown;
}

/** Version 1, as first released. Kept forever: Dexie needs it to upgrade a v1 database. */
export const SCHEMA_V1 = {
  sessions: '++id',
  etablissements: '++id, sessionId',
  candidates: '++id, sessionId, [sessionId+numero], etablissementId',
  marks: '[candidateId+unit], sessionId, candidateId',
} as const;

/** Version 2: what changes from v1 (Dexie keeps the tables not listed). */
export const SCHEMA_V2 = {
  settings: 'key',
  candidates: '++id, sessionId, [sessionId+numero], etablissementId, [sessionId+searchKey]',
} as const;

/** Version 3: the undo record of the last import of each session (no data to migrate). */
export const SCHEMA_V3 = {
  imports: '++id, sessionId',
} as const;

/**
 * An import as stored: its undo record, plus the établissements and candidates as the import wrote them.
 * `written` exists only inside the db layer: undoing checks that none of them was
 * changed since, so an undo never throws away a later edit. The app sees `ImportUndo`.
 */
export type StoredImport = ImportUndo & {
  written: { etablissements: Etablissement[]; candidates: Candidate[]; created?: CreatedWritten };
  /**
   * The marks the import touched, as one text (encodeTouchedMark, joinTouchedMarks), `marks` then empty. Records
   * kept before this field existed list them in `marks`, and still undo.
   */
  touched?: string;
  /** How many candidates undoing the import removes or changes (absent in earlier records: counted from the lists). */
  candidates?: number;
};

/**
 * The candidates an import created, as it wrote them, without a copy of each (a copy of 50,000 candidates and their
 * 400,000 marks made one structured clone that froze the page for seconds). Parallel arrays, one entry per candidate:
 * its id, its name (for messages), a fingerprint of its record, and its marks as text (`unit\tmark`, one per line, by
 * unit). Undoing compares them with what is stored. Candidates listed here are in neither `marks` nor `candidates`
 * of the record; imports kept before this field existed list every candidate and mark there, and still undo.
 */
export interface CreatedWritten {
  ids: number[];
  names: string[];
  fiches: number[];
  marks: string[];
}

/**
 * Version 4: dossier conformity per candidate (R7), the deliberation state per session, its audit trail,
 * and the jury's notes per candidate (livret examined, contrôle units chosen). New tables only.
 */
export const SCHEMA_V4 = {
  conformity: 'candidateId, sessionId',
  deliberations: 'sessionId',
  audit: '++id, sessionId, candidateId',
  juryNotes: 'candidateId, sessionId',
} as const;

/**
 * Version 5: the evaluation grids filled in per candidate and unit (issue 7) and the livret scolaire per
 * candidate (issue 8). New tables only; the unit's mark stays in `marks`.
 */
export const SCHEMA_V5 = {
  evaluations: '[candidateId+unit], sessionId, candidateId',
  livrets: 'candidateId, sessionId',
} as const;

/**
 * Version 6: each session keeps its own copy of its regulation (`ExamSession.regulation`, issue 17), so a
 * preset that changes never changes a session's results. No new index; the upgrade copies each session's
 * preset into it.
 */
export const SCHEMA_V6 = {} as const;

/**
 * Version 7: the candidates' `searchKey` (and its index), kept up to date on every write since v2 but read by no
 * screen (the grids filter the rows they hold), is dropped; the upgrade removes the field from every candidate.
 */
export const SCHEMA_V7 = {
  candidates: '++id, sessionId, [sessionId+numero], etablissementId',
} as const;

/** The marks of one candidate as v8 stored them: one record per candidate, the marks by unit code. */
export interface CandidateMarksV8 {
  sessionId: number;
  candidateId: number;
  marks: Record<string, StoredMark>;
}

/** The marks of one candidate since v9: one record per candidate, its marks one text (marks-codec.ts). */
export interface CandidateMarks {
  sessionId: number;
  candidateId: number;
  text: string;
}

/**
 * Version 8: one marks record per candidate instead of one per mark (IndexedDB costs about the same per record
 * whatever its size, and a candidate has ~8 marks). The upgrade moves every row of `marks` into its candidate's
 * record in one pass, then Dexie drops `marks`. Only `marks.ts` writes `candidateMarks` (the backup's export and the
 * marks feed also read it, by session), and gives the rest of the app the MarkRecord rows it has always seen.
 */
export const SCHEMA_V8 = {
  candidateMarks: 'candidateId, sessionId',
  marks: null,
} as const;

/** The v8 upgrade: every mark row of `rows` into its candidate's record (pure, exported for its test). */
export function groupMarkRows(rows: readonly MarkRecord[]): CandidateMarksV8[] {
  const byCandidate = new Map<number, CandidateMarksV8>();
  for (const { sessionId, candidateId, unit, ...content } of rows) {
    let record = byCandidate.get(candidateId);
    if (!record) byCandidate.set(candidateId, (record = { sessionId, candidateId, marks: {} }));
    record.marks[unit] = content;
  }
  return [...byCandidate.values()];
}

/**
 * Version 9: a candidate's marks record holds its marks as one text instead of one object per mark and per value
 * (marks-codec.ts says why and how). No index changes; the upgrade rewrites every record of `candidateMarks`.
 */
export const SCHEMA_V9 = {} as const;

/** The marks of up to MARK_BLOCK candidates whose ids follow each other, since v10 (marks-codec.ts: encodeBlock). */
export interface MarkBlock {
  /** `Math.floor(candidateId / MARK_BLOCK)` of every candidate it holds. */
  block: number;
  /** The sessions of the candidates it holds (almost always one). */
  sessionIds: number[];
  text: string;
}

/** Candidates per marks block. */
export const MARK_BLOCK = 128;

export const blockOf = (candidateId: number) => Math.floor(candidateId / MARK_BLOCK);

/**
 * Version 10: the marks of up to 128 candidates whose ids follow each other are one record (`markBlocks`) instead
 * of one record per candidate. IndexedDB costs about the same per record whatever its size: an import of 50,000
 * candidates wrote 100,000 records (candidates and their marks) and now writes about 50,400, and opening a session
 * reads 400 marks records instead of 50,000 (docs/benchmarks.md). The upgrade moves every `candidateMarks` record
 * into its block in one pass, then Dexie drops `candidateMarks`.
 */
export const SCHEMA_V10 = {
  markBlocks: 'block, *sessionIds',
  candidateMarks: null,
} as const;

/**
 * Version 11: the candidates keep one index besides their id, `[sessionId+numero]`, which also finds a session's
 * candidates (candidates.ts: candidatesOfSession). IndexedDB writes every index of a record with it: the `sessionId`
 * and `etablissementId` indexes made an import's candidates cost about twice their writes (docs/benchmarks.md), for
 * reads the compound index or a session's read does as well. No data changes; IndexedDB drops the two indexes.
 */
export const SCHEMA_V11 = {
  candidates: '++id, [sessionId+numero]',
} as const;

/** The v10 upgrade: v9 records into blocks (pure, exported for its test). */
export function blocksOfV9(records: readonly CandidateMarks[]): MarkBlock[] {
  const byBlock = new Map<number, CandidateMarks[]>();
  for (const record of records) {
    if (record.text === '') continue;
    const block = blockOf(record.candidateId);
    const own = byBlock.get(block);
    if (own) own.push(record);
    else byBlock.set(block, [record]);
  }
  return [...byBlock].map(([block, own]) => ({
    block,
    sessionIds: [...new Set(own.map((r) => r.sessionId))].sort((a, b) => a - b),
    text: encodeBlock(own),
  }));
}

/** The v9 upgrade of one record (pure, exported for its test). */
export function encodeV8Record({ sessionId, candidateId, marks }: CandidateMarksV8): CandidateMarks {
  return { sessionId, candidateId, text: encodeMarks(marks) };
}

export interface DelibDatabaseOptions extends DexieOptions {
  /** Called after the db closed itself because another tab upgrades or deletes it. */
  onVersionChange?: () => void;
}

/** A table with an auto-incremented numeric `id` (optional on insert, a number once stored). */
export type AutoIdTable<T extends { id?: number }> = Table<T, number, InsertType<T, 'id'>>;

export class DelibDatabase extends Dexie {
  sessions!: AutoIdTable<ExamSession>;
  etablissements!: AutoIdTable<Etablissement>;
  candidates!: AutoIdTable<StoredCandidate>;
  /** Written by `marks.ts` only, which gives the rest of the app MarkRecord rows (see SCHEMA_V8 to SCHEMA_V10). */
  markBlocks!: Table<MarkBlock, number>;
  settings!: EntityTable<Setting, 'key'>;
  imports!: AutoIdTable<StoredImport>;
  conformity!: Table<ConformityRecord, number>;
  deliberations!: Table<Deliberation, number>;
  audit!: AutoIdTable<AuditEntry>;
  juryNotes!: Table<JuryNote, number>;
  evaluations!: Table<EvaluationRecord, [number, string]>;
  livrets!: Table<LivretRecord, number>;

  /** Set by the UI to ask the user to reload; may also be given to the constructor. */
  onVersionChange: (() => void) | null;

  /**
   * The jury member who types through this connection, i.e. in this tab or window (each tab opens its own),
   * written in the audit trail. null: not managed per connection (CLI, tests), the deliberation's stored
   * `juryMember` is used. The app sets a string, empty until the tab's user says who they are: two tabs never
   * credit each other's changes. Not stored in the database (see ui/state/tab-member.svelte.ts).
   */
  juryMember: string | null = null;

  constructor(name: string, options: DelibDatabaseOptions = {}) {
    const { onVersionChange, ...dexieOptions } = options;
    super(name, {
      // No liveQuery cache: with it, every liveQuery result is deep-cloned on each read (Dexie ≥ 4.4.4), which doubles
      // the cost of reading 50,000 candidates; each query here has one subscriber, so the cache saves no reads.
      cache: 'disabled',
      ...dexieOptions,
    });
    this.onVersionChange = onVersionChange ?? null;

    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        tx
          .table('candidates')
          .toCollection()
          .modify((c: Candidate & { searchKey?: string }) => {
            c.searchKey = candidateSearchKey(c);
          }),
      );
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    this.version(5).stores(SCHEMA_V5);
    this.version(6)
      .stores(SCHEMA_V6)
      .upgrade((tx) =>
        tx
          .table('sessions')
          .toCollection()
          .modify((session: ExamSession) => {
            const preset = getPreset(session.presetId);
            // A session of an unknown preset keeps none: the app says so (App.svelte), as before.
            if (!session.regulation && preset) session.regulation = structuredClone(preset);
          }),
      );

    this.version(7)
      .stores(SCHEMA_V7)
      .upgrade((tx) =>
        tx
          .table('candidates')
          .toCollection()
          .modify((c: Candidate & { searchKey?: string }) => {
            delete c.searchKey;
          }),
      );

    this.version(8)
      .stores(SCHEMA_V8)
      .upgrade(async (tx) => {
        const rows: MarkRecord[] = await tx.table('marks').toArray();
        await tx.table('candidateMarks').bulkAdd(groupMarkRows(rows));
        await tx.table('marks').clear();
      });

    this.version(9)
      .stores(SCHEMA_V9)
      .upgrade(async (tx) => {
        const table = tx.table('candidateMarks');
        await table.bulkPut(((await table.toArray()) as CandidateMarksV8[]).map(encodeV8Record));
      });

    this.version(10)
      .stores(SCHEMA_V10)
      .upgrade(async (tx) => {
        await tx.table('markBlocks').bulkAdd(blocksOfV9(await tx.table('candidateMarks').toArray()));
      });

    this.version(11).stores(SCHEMA_V11);

    // Another tab opened a newer version (or deletes the db): let it proceed instead of blocking it.
    // Auto-open is disabled so this outdated code never silently reopens the db behind the user's back.
    this.on('versionchange', () => {
      this.close({ disableAutoOpen: true });
      this.onVersionChange?.();
      return false; // skips Dexie's default handler, which would leave auto-open on
    });
  }
}

/**
 * Who the audit trail credits for a change made through `db`: the connection's (tab's) jury member when the app
 * manages one, else the deliberation's stored member; '' when nobody said who they are.
 */
export function juryMemberOf(db: DelibDatabase, deliberation: { juryMember: string } | null | undefined): string {
  return (db.juryMember ?? deliberation?.juryMember ?? '').trim();
}

export function openDatabase(name = 'delib', options: DelibDatabaseOptions = {}): DelibDatabase {
  return new DelibDatabase(name, options);
}
