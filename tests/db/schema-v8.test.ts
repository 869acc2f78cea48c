import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { blockOf, groupMarkRows, openDatabase } from '../../src/db/database.ts';
import { allMarks, listMarks } from '../../src/db/marks.ts';
import type { MarkRecord } from '../../src/domain/session.ts';
import { expectGoesOnLikeSource, genuineOlder, OTHER_TABLES, results, tablesOf } from './schema-upgrade.ts';

/** The source database (schema-upgrade.ts) written row for row as a genuine v7 database (one record per mark). */
const genuineV7 = () => genuineOlder(7, 'marks', (rows) => rows);

describe('schema v8: one marks record per candidate', () => {
  it('a genuine v7 database with marks, an audit trail and an import undo opens with identical results', async () => {
    const filled = await genuineV7();
    const { source, name, rows, others } = filled;
    expect(rows.length).toBeGreaterThan(1000);
    const resultsBefore = await results(source);

    const db = openDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(11); // through v8 … v11
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
