import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  encodeV8Record,
  groupMarkRows,
  openDatabase,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  SCHEMA_V8,
  type DelibDatabase,
} from '../../src/db/database.ts';
import { applyImportPlan, lastImport, undoLastImport } from '../../src/db/imports.ts';
import { allMarks, candidateMarkRows, getMark, listMarks, setMark } from '../../src/db/marks.ts';
import { listAudit } from '../../src/db/deliberation.ts';
import { collectBackup } from '../../src/db/backup/export.ts';
import { createSessionWithContent } from '../../src/db/sessions.ts';
import { regulationOf } from '../../src/db/validate.ts';
import { computeResult } from '../../src/domain/results.ts';
import { candidateMarksOf, type MarkRecord } from '../../src/domain/session.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { populate } from '../fixtures/backup-data.ts';
import { freshDb, mark, uniqueName } from './helpers.ts';

const V8_STORES = { ...SCHEMA_V1, ...SCHEMA_V2, ...SCHEMA_V3, ...SCHEMA_V4, ...SCHEMA_V5, ...SCHEMA_V6, ...SCHEMA_V7, ...SCHEMA_V8 };
const OTHER_TABLES = [
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
 * A source database filled by the app (two sessions with sous réserve and bénéfice flags, NV, AB, an open
 * deliberation and its audit trail; the 170-candidate example; an import to undo on it), then written record for
 * record as a genuine v8 database (marks as objects in each candidate's record).
 */
async function genuineV8() {
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
  const others = await tablesOf(source, OTHER_TABLES);

  const name = uniqueName();
  const v8 = new Dexie(name);
  v8.version(8).stores(V8_STORES);
  await v8.transaction('rw', v8.tables, async () => {
    for (const table of OTHER_TABLES) await v8.table(table).bulkAdd(others[table]);
    await v8.table('candidateMarks').bulkAdd(groupMarkRows(rows));
  });
  v8.close();
  return { source, name, rows, others, example, first: first!, firstE1 };
}

describe('schema v9: a candidate’s marks as one text', () => {
  it('a genuine v8 database with marks, an audit trail and an import undo opens with identical results, and backs up the same', async () => {
    const { source, name, rows, others, example, first, firstE1 } = await genuineV8();
    expect(rows.length).toBeGreaterThan(1000);
    // The data has every kind of mark and flag the text must keep.
    expect(new Set(rows.map((m) => m.value.kind))).toEqual(new Set(['number', 'AB', 'ABJ', 'NV', 'DI']));
    expect(rows.some((m) => m.sousReserve)).toBe(true);
    expect(rows.some((m) => m.benefice !== null)).toBe(true);
    const resultsBefore = await results(source);
    const backupBefore = await collectBackup(source, 'all');

    const db = openDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(9);
      const stored = await db.candidateMarks.toArray();
      expect(stored.every((r) => typeof r.text === 'string' && !('marks' in r))).toBe(true);
      expect(stored).toHaveLength(new Set(rows.map((m) => m.candidateId)).size);
      expect(await allMarks(db)).toEqual(rows);
      expect(await tablesOf(db, OTHER_TABLES)).toEqual(others);
      expect(await results(db)).toEqual(resultsBefore);
      for (const session of await db.sessions.toArray()) {
        expect(await listMarks(db, session.id!)).toEqual(rows.filter((m) => m.sessionId === session.id));
      }
      // A backup made now holds what it held under v8 (marks as rows: the file's format does not change).
      expect(await collectBackup(db, 'all')).toEqual(backupBefore);

      // The import made under v8 is undone as it would have been there.
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

  it('writes each v8 record as one line per mark, in unit code order', () => {
    const content = (hundredths: number | null, more: Partial<MarkRecord> = {}) => ({
      value: hundredths === null ? ({ kind: 'ABJ' } as const) : ({ kind: 'number', hundredths } as const),
      sousReserve: false,
      benefice: null,
      updatedAt: '2025-06-01T10:00:00.000Z',
      ...more,
    });
    expect(
      encodeV8Record({
        sessionId: 1,
        candidateId: 3,
        marks: { U62: content(1250, { sousReserve: true }), E1: content(null), E4: content(800, { benefice: { year: 2023 } }) },
      }),
    ).toEqual({
      sessionId: 1,
      candidateId: 3,
      text: ['E1\tABJ\t0\t\t2025-06-01T10:00:00.000Z', 'E4\t800\t0\t2023\t2025-06-01T10:00:00.000Z', 'U62\t1250\t1\t\t2025-06-01T10:00:00.000Z'].join('\n'),
    });
  });
});
