import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { blockOf, groupMarkRows, openDatabase, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7 } from '../../src/db/database.ts';
import { allMarks, listMarks } from '../../src/db/marks.ts';
import type { MarkRecord } from '../../src/domain/session.ts';
import { uniqueName } from './helpers.ts';
import { expectGoesOnLikeSource, filledSource, OTHER_TABLES, results, tablesOf } from './schema-upgrade.ts';

const V7_STORES = { ...SCHEMA_V1, ...SCHEMA_V2, ...SCHEMA_V3, ...SCHEMA_V4, ...SCHEMA_V5, ...SCHEMA_V6, ...SCHEMA_V7 };

/** The source database (schema-upgrade.ts) written row for row as a genuine v7 database (one record per mark). */
async function genuineV7() {
  const filled = await filledSource();
  const name = uniqueName();
  const v7 = new Dexie(name);
  v7.version(7).stores(V7_STORES);
  await v7.transaction('rw', v7.tables, async () => {
    for (const table of OTHER_TABLES) await v7.table(table).bulkAdd(filled.others[table]);
    await v7.table('marks').bulkAdd(filled.rows);
  });
  v7.close();
  return { ...filled, name };
}

describe('schema v8: one marks record per candidate', () => {
  it('a genuine v7 database with marks, an audit trail and an import undo opens with identical results', async () => {
    const filled = await genuineV7();
    const { source, name, rows, others } = filled;
    expect(rows.length).toBeGreaterThan(1000);
    const resultsBefore = await results(source);

    const db = openDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(10); // through v8
      expect(db.tables.map((t) => t.name)).not.toContain('marks');
      // Every mark moved, one record per candidate with marks.
      expect(await allMarks(db)).toEqual(rows);
      expect(await db.markBlocks.count()).toBe(new Set(rows.map((m) => blockOf(m.candidateId))).size);
      expect(await tablesOf(db, OTHER_TABLES)).toEqual(others);
      expect(await results(db)).toEqual(resultsBefore);
      for (const session of await db.sessions.toArray()) {
        expect(await listMarks(db, session.id!)).toEqual(rows.filter((m) => m.sessionId === session.id));
      }
      await expectGoesOnLikeSource(db, filled);
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
