import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  groupMarkRows,
  openDatabase,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  type DelibDatabase,
} from '../../src/db/database.ts';
import { applyImportPlan, lastImport, undoLastImport } from '../../src/db/imports.ts';
import { allMarks, candidateMarkRows, getMark, listMarks, setMark } from '../../src/db/marks.ts';
import { listAudit } from '../../src/db/deliberation.ts';
import { createSessionWithContent } from '../../src/db/sessions.ts';
import { regulationOf } from '../../src/db/validate.ts';
import { computeResult } from '../../src/domain/results.ts';
import { candidateMarksOf, type MarkRecord } from '../../src/domain/session.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { populate } from '../fixtures/backup-data.ts';
import { freshDb, mark, uniqueName } from './helpers.ts';

const V7_STORES = { ...SCHEMA_V1, ...SCHEMA_V2, ...SCHEMA_V3, ...SCHEMA_V4, ...SCHEMA_V5, ...SCHEMA_V6, ...SCHEMA_V7 };
/** The tables v7 and v8 share (v8 replaces `marks` by `candidateMarks`). */
const SHARED_TABLES = [
  'sessions',
  'etablissements',
  'candidates',
  'settings',
  'imports',
  'conformity',
  'deliberations',
  'audit',
  'juryNotes',
  'evaluations',
  'livrets',
];

/** Every candidate's result (R1…R9 as computeResult applies them), by candidate id. */
async function results(db: DelibDatabase) {
  const sessions = new Map((await db.sessions.toArray()).map((s) => [s.id!, s]));
  const out: Record<number, unknown> = {};
  for (const candidate of await db.candidates.toArray()) {
    const regulation = regulationOf(sessions.get(candidate.sessionId)!);
    out[candidate.id!] = computeResult(candidateMarksOf(await candidateMarkRows(db, candidate.id!)), regulation);
  }
  return out;
}

async function tablesOf(db: Dexie, names: readonly string[]) {
  return Object.fromEntries(await Promise.all(names.map(async (t) => [t, await db.table(t).toArray()])));
}

/**
 * A source database filled by the app (two sessions with flags, NV, an open deliberation and its audit trail; the
 * 170-candidate example; an import to undo on it), then written row for row as a genuine v7 database.
 */
async function genuineV7() {
  const source = freshDb();
  await populate(source);
  const example = await createSessionWithContent(source, buildExampleSession());
  const [first, second] = (await source.candidates.where('sessionId').equals(example).sortBy('numero')).map((c) => c.id!);
  const firstE1 = (await getMark(source, first!, 'E1')) ?? null;
  await applyImportPlan(
    source,
    example,
    {
      rows: [],
      counts: { new: 0, updated: 2, unchanged: 0, error: 0 },
      emptyCells: 'keep',
      newEtablissements: [],
      newCandidates: [],
      candidateUpdates: [],
      markWrites: [
        { line: 2, candidate: { id: first! }, unit: 'E1', before: firstE1, after: { value: mark('19,5'), sousReserve: false, benefice: null } },
        {
          line: 3,
          candidate: { id: second! },
          unit: 'E1',
          before: (await getMark(source, second!, 'E1')) ?? null,
          after: { value: mark(''), sousReserve: false, benefice: null },
        },
      ],
    },
    'notes.csv',
  );
  const rows = await allMarks(source);
  const shared = await tablesOf(source, SHARED_TABLES);

  const name = uniqueName();
  const v7 = new Dexie(name);
  v7.version(7).stores(V7_STORES);
  await v7.transaction('rw', v7.tables, async () => {
    for (const table of SHARED_TABLES) await v7.table(table).bulkAdd(shared[table]);
    await v7.table('marks').bulkAdd(rows);
  });
  v7.close();
  return { source, name, rows, shared, example, first: first!, firstE1 };
}

describe('schema v8: one marks record per candidate', () => {
  it('a genuine v7 database with marks, an audit trail and an import undo opens with identical results', async () => {
    const { source, name, rows, shared, example, first, firstE1 } = await genuineV7();
    expect(rows.length).toBeGreaterThan(1000);
    const resultsBefore = await results(source);

    const db = openDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(9);
      expect(db.tables.map((t) => t.name)).not.toContain('marks');
      // Every mark moved, one record per candidate with marks.
      expect(await allMarks(db)).toEqual(rows);
      expect(await db.candidateMarks.count()).toBe(new Set(rows.map((m) => m.candidateId)).size);
      expect(await tablesOf(db, SHARED_TABLES)).toEqual(shared);
      expect(await results(db)).toEqual(resultsBefore);
      for (const session of await db.sessions.toArray()) {
        expect(await listMarks(db, session.id!)).toEqual(rows.filter((m) => m.sessionId === session.id));
      }

      // The import made under v7 is undone as it would have been there.
      expect((await lastImport(db, example))?.fileName).toBe('notes.csv');
      expect((await getMark(db, first, 'E1'))?.value).toEqual(mark('19,5'));
      await undoLastImport(db, example);
      await undoLastImport(source, example);
      expect(await getMark(db, first, 'E1')).toEqual(firstE1 ?? undefined);
      expect(await allMarks(db)).toEqual(await allMarks(source));
      expect(await results(db)).toEqual(await results(source));

      // The audit trail goes on: a mark changed during the open deliberation is logged after the old lines.
      const main = (await db.deliberations.toArray())[0]!.sessionId;
      const auditBefore = await listAudit(db, main);
      const jean = (await db.candidates.where('sessionId').equals(main).sortBy('numero'))[1]!.id!;
      await setMark(db, { candidateId: jean, unit: 'E1', value: mark('9'), reason: 'Erreur de report' });
      const audit = await listAudit(db, main);
      expect(audit).toHaveLength(auditBefore.length + 1);
      expect(audit.map((e) => [e.kind, e.unit, e.before, e.after])).toContainEqual(['note', 'E1', '8', '9']);
    } finally {
      db.close();
    }
  });

  it('groups the old rows by candidate, each mark under its unit without the keys the record holds', () => {
    const row = (candidateId: number, unit: string, hundredths: number): MarkRecord => ({
      sessionId: candidateId < 10 ? 1 : 2,
      candidateId,
      unit,
      value: { kind: 'number', hundredths },
      sousReserve: unit === 'E4',
      benefice: unit === 'E5' ? { year: 2023 } : null,
      updatedAt: '2025-06-01T10:00:00.000Z',
    });
    expect(groupMarkRows([row(3, 'E1', 1200), row(12, 'E5', 1400), row(3, 'E4', 800)])).toEqual([
      {
        sessionId: 1,
        candidateId: 3,
        marks: {
          E1: { value: { kind: 'number', hundredths: 1200 }, sousReserve: false, benefice: null, updatedAt: '2025-06-01T10:00:00.000Z' },
          E4: { value: { kind: 'number', hundredths: 800 }, sousReserve: true, benefice: null, updatedAt: '2025-06-01T10:00:00.000Z' },
        },
      },
      {
        sessionId: 2,
        candidateId: 12,
        marks: { E5: { value: { kind: 'number', hundredths: 1400 }, sousReserve: false, benefice: { year: 2023 }, updatedAt: '2025-06-01T10:00:00.000Z' } },
      },
    ]);
  });
});
