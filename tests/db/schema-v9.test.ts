import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { encodeV8Record, groupMarkRows, openDatabase } from '../../src/db/database.ts';
import { partsOfBlocks } from '../../src/db/marks.ts';
import type { MarkRecord } from '../../src/domain/session.ts';
import { expectGoesOnLikeSource, expectHoldsTheSame, genuineOlder, heldBefore } from './schema-upgrade.ts';

/** The source database (schema-upgrade.ts) written record for record as a genuine v8 database (marks as objects). */
const genuineV8 = () => genuineOlder(8, 'candidateMarks', groupMarkRows);

describe('schema v9: a candidate’s marks as one text', () => {
  it('a genuine v8 database with marks, an audit trail and an import undo opens with identical results, and backs up the same', async () => {
    const filled = await genuineV8();
    const { name, rows } = filled;
    const before = await heldBefore(filled);

    const db = openDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(11); // through v9 … v11
      const stored = partsOfBlocks(await db.markBlocks.toArray());
      expect(stored.every((r) => typeof r.text === 'string' && r.text.includes('\t'))).toBe(true);
      expect(stored).toHaveLength(new Set(rows.map((m) => m.candidateId)).size);
      await expectHoldsTheSame(db, filled, before);

      await expectGoesOnLikeSource(db, filled);
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
