import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { blockOf, blocksOfV9, encodeV8Record, groupMarkRows, MARK_BLOCK, openDatabase } from '../../src/db/database.ts';
import { allMarks, listMarks, partsOfBlocks, setMark } from '../../src/db/marks.ts';
import { deleteSession } from '../../src/db/sessions.ts';
import { decodeBlock } from '../../src/db/marks-codec.ts';
import { mark } from './helpers.ts';
import { expectGoesOnLikeSource, expectHoldsTheSame, filledSource, genuineOlder, heldBefore } from './schema-upgrade.ts';

/** The source database (schema-upgrade.ts) written record for record as a genuine v9 database (a record per candidate). */
const genuineV9 = () => genuineOlder(9, 'candidateMarks', (rows) => groupMarkRows(rows).map(encodeV8Record));

describe('schema v10: the marks of 128 candidates as one record', () => {
  it('a genuine v9 database with marks, an audit trail and an import undo opens with identical results, and backs up the same', async () => {
    const filled = await genuineV9();
    const { name, rows } = filled;
    const before = await heldBefore(filled);

    const db = openDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(11); // through v11
      expect(db.tables.map((t) => t.name)).not.toContain('candidateMarks');
      const blocks = await db.markBlocks.toArray();
      expect(blocks).toHaveLength(new Set(rows.map((m) => blockOf(m.candidateId))).size);
      expect(blocks.length).toBeLessThan(new Set(rows.map((m) => m.candidateId)).size / 10);
      await expectHoldsTheSame(db, filled, before);

      await expectGoesOnLikeSource(db, filled);
    } finally {
      db.close();
    }
  });

  it('puts each v9 record into the block of its candidate id, sessions mixed, in candidate order', () => {
    const record = (candidateId: number, sessionId: number, text: string) => ({ candidateId, sessionId, text });
    const blocks = blocksOfV9([
      record(MARK_BLOCK + 3, 2, 'E1\t1200\t0\t\t2025-06-01'),
      record(5, 1, 'E1\tAB\t0\t\t2025-06-01'),
      record(2, 2, 'E4\t800\t1\t2023\t2025-06-01'),
      record(7, 1, ''),
    ]);
    expect(blocks.map((b) => [b.block, b.sessionIds])).toEqual([
      [1, [2]],
      [0, [1, 2]],
    ]);
    expect(decodeBlock(blocks[1]!.text)).toEqual([record(2, 2, 'E4\t800\t1\t2023\t2025-06-01'), record(5, 1, 'E1\tAB\t0\t\t2025-06-01')]);
  });

  it('keeps the marks of two sessions whose candidates share a block apart', async () => {
    const { source, rows } = await filledSource();
    const shared = rows.filter((m, _, all) => all.some((o) => o.sessionId !== m.sessionId && blockOf(o.candidateId) === blockOf(m.candidateId)));
    expect(shared.length).toBeGreaterThan(0);
    const target = shared.find((m) => m.unit === 'E1')!;
    await setMark(source, { candidateId: target.candidateId, unit: 'E1', value: mark('4'), reason: 'Erreur de report' });
    for (const sessionId of new Set(rows.map((m) => m.sessionId))) {
      const expected = rows
        .filter((m) => m.sessionId === sessionId)
        .map((m) => (m.candidateId === target.candidateId && m.unit === 'E1' ? { ...m, value: mark('4'), updatedAt: expect.any(String) } : m));
      expect(await listMarks(source, sessionId)).toEqual(expected);
    }
  });

  it('deletes a session without touching the marks of another session whose candidates share its blocks', async () => {
    const { source, rows } = await filledSource();
    const sessionIds = [...new Set(rows.map((m) => m.sessionId))];
    const [gone, kept] = sessionIds;
    expect(rows.some((m) => m.sessionId === gone && rows.some((o) => o.sessionId === kept && blockOf(o.candidateId) === blockOf(m.candidateId)))).toBe(true);
    await source.deliberations.clear(); // an open deliberation refuses the deletion
    await deleteSession(source, gone!);
    expect(await allMarks(source)).toEqual(rows.filter((m) => m.sessionId !== gone));
    expect(partsOfBlocks(await source.markBlocks.toArray()).every((p) => p.sessionId !== gone)).toBe(true);
  });
});
