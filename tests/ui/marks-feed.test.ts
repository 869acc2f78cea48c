/**
 * The workspace follows the marks change by change (MarksFeed) instead of reading them all after each edit: its
 * rows must stay exactly those of a full rebuild from the database, whether the edit comes from this workspace,
 * from another connection to the same database (another tab), or from a bulk write.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { RangeSet } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { addCandidate, listCandidates, updateCandidate } from '../../src/db/candidates.ts';
import { openDatabase, type DelibDatabase } from '../../src/db/database.ts';
import { listEtablissements } from '../../src/db/etablissements.ts';
import { listMarks, putMarks, setMark } from '../../src/db/marks.ts';
import { createSession } from '../../src/db/sessions.ts';
import type { Mark } from '../../src/domain/marks.ts';
import type { MarkRecord } from '../../src/domain/session.ts';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import { buildCandidateViews, countDecisions } from '../../src/ui/state/candidate-view.ts';
import { MarksFeed, touchedBlocks } from '../../src/ui/state/marks-feed.ts';
import { blockOf } from '../../src/db/database.ts';
import type { Workspace } from '../../src/ui/state/workspace.svelte.ts';
import { candidateData, countQueries } from '../db/helpers.ts';
import { emptyWorkspace, sessionWorkspace } from './workspace-helpers.ts';
import { writeCandidatesCsv } from '../../src/io/candidates-csv.ts';
import { sampleCandidates } from '../../src/sample/candidates.ts';
import { emptySnapshot, planText } from '../io/import-helpers.ts';

const session = { name: 'S', academie: '', year: 2025, presetId: ccst.id, depositDeadline: null };

describe('touchedBlocks', () => {
  // Since schema v10 the marks of 128 candidates whose ids follow each other are one record of `markBlocks`.
  const marksPart = (set: RangeSet) => ({ 'idb://delib/markBlocks/': set });

  it('names the marks blocks a commit touched', () => {
    const parts = marksPart(new RangeSet().addKeys([3, 7]));
    expect(touchedBlocks(parts, 'delib')).toEqual(new Set([3, 7]));
  });

  it('says `all` for a range (bulk writes, deletes by range), and for a tab back from the back/forward cache', () => {
    expect(touchedBlocks(marksPart(new RangeSet(-Infinity, [[]])), 'delib')).toBe('all');
    expect(touchedBlocks(marksPart(new RangeSet(3, 9)), 'delib')).toBe('all');
    expect(touchedBlocks({ all: new RangeSet(-Infinity, [[]]) }, 'delib')).toBe('all');
  });

  it('ignores other tables and other databases, and reads a part received as a plain object from another tab', () => {
    expect(touchedBlocks({ 'idb://delib/candidates/': new RangeSet().addKey(3) }, 'delib')).toBeNull();
    expect(touchedBlocks({ 'idb://delib/marks/': new RangeSet().addKey([3, 'E1']) }, 'delib')).toBeNull();
    expect(touchedBlocks(marksPart(new RangeSet().addKey(3)), 'other')).toBeNull();
    expect(touchedBlocks({ 'idb://delib/candidateMarks/': new RangeSet().addKey(3) }, 'delib')).toBeNull();
    const cloned = structuredClone({ 'idb://delib/markBlocks/': new RangeSet().addKeys([4, 5]) });
    expect(touchedBlocks(cloned, 'delib')).toEqual(new Set([4, 5]));
  });
});

describe('MarksFeed', () => {
  it('reports only the candidates whose marks changed, not the other candidates of their block', async () => {
    const db = openDatabase(`marks-feed-block-${Date.now()}`);
    const changes: (ReadonlySet<number> | 'all')[] = [];
    let feed: MarksFeed | null = null;
    try {
      const sessionId = await createSession(db, session);
      const ids: number[] = [];
      for (let i = 0; i < 6; i++) ids.push(await addCandidate(db, candidateData(sessionId, { numero: String(300 + i) })));
      for (const candidateId of ids) await setMark(db, { candidateId, unit: 'E1', value: { kind: 'number', hundredths: 1000 } });
      expect(new Set(ids.map(blockOf)).size).toBe(1);
      let marks = new Map<number, Record<string, MarkRecord>>();
      feed = new MarksFeed(
        db,
        sessionId,
        (change) => {
          changes.push(change.changed === 'all' ? 'all' : new Set(change.changed));
          marks = change.marks;
        },
        (error) => {
          throw error;
        },
      );
      await vi.waitFor(() => expect(changes).toEqual(['all']));
      await setMark(db, { candidateId: ids[2]!, unit: 'E4', value: { kind: 'AB' } });
      await vi.waitFor(() => expect(changes).toEqual(['all', new Set([ids[2]])]));
      expect(marks.get(ids[2]!)?.E4?.value).toEqual({ kind: 'AB' });
      await setMark(db, { candidateId: ids[4]!, unit: 'E1', value: { kind: 'empty' } });
      await vi.waitFor(() => expect(changes).toEqual(['all', new Set([ids[2]]), new Set([ids[4]])]));
      expect(marks.has(ids[4]!)).toBe(false);
      expect([...marks.keys()].sort((a, b) => a - b)).toEqual(ids.filter((id) => id !== ids[4]));
    } finally {
      feed?.stop();
      db.close();
    }
  });
});

/** The marks a feed holds once it has read the whole session, in candidate id then unit code order. */
async function fullRead(db: DelibDatabase, sessionId: number): Promise<MarkRecord[]> {
  let feed: MarksFeed | null = null;
  try {
    const marks = await new Promise<Map<number, Record<string, MarkRecord>>>((resolve, reject) => {
      feed = new MarksFeed(db, sessionId, (change) => resolve(change.marks), reject);
    });
    return [...marks.values()].flatMap((own) => Object.values(own));
  } finally {
    (feed as MarksFeed | null)?.stop();
  }
}

describe('the feed reading a whole session', () => {
  it('gives the marks listMarks gives, when two sessions have interleaved candidates', async () => {
    const db = openDatabase(`marks-feed-read-${Date.now()}`);
    try {
      const a = await createSession(db, session);
      const b = await createSession(db, { ...session, name: 'T' });
      for (let i = 0; i < 40; i++) {
        const sessionId = i % 3 === 0 ? b : a;
        const id = await addCandidate(db, candidateData(sessionId, { numero: String(1000 + i) }));
        await setMark(db, { candidateId: id, unit: 'E1', value: { kind: 'number', hundredths: 100 * (i % 20) } });
        if (i % 2) await setMark(db, { candidateId: id, unit: 'E4', value: { kind: 'AB' } });
      }
      const key = (m: { candidateId: number; unit: string }) => `${m.candidateId}/${m.unit}`;
      for (const sessionId of [a, b]) {
        const expected = (await listMarks(db, sessionId)).map(key).sort();
        expect((await fullRead(db, sessionId)).map(key).sort()).toEqual(expected);
      }
      expect(await fullRead(db, 999)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('reads ids far apart (other sessions between, or many deleted) in a few requests', async () => {
    const db = openDatabase(`marks-feed-sparse-${Date.now()}`);
    const reads = countQueries(db, 'markBlocks');
    try {
      const sessionId = await createSession(db, session);
      // 30 candidates whose ids are 100,000 apart: ranges of at most 1,500 ids would be 2,000 requests.
      const ids = await db.candidates.bulkAdd(
        Array.from({ length: 30 }, (_, i) => ({ ...candidateData(sessionId, { numero: String(5000 + i) }), id: 1 + i * 100_000 })),
        { allKeys: true },
      );
      for (const id of ids) await setMark(db, { candidateId: id, unit: 'E1', value: { kind: 'number', hundredths: 1200 } });
      const expected = await listMarks(db, sessionId);
      reads.count = 0;
      expect(await fullRead(db, sessionId)).toEqual(expected);
      expect(reads.count).toBeLessThan(5);
    } finally {
      db.close();
    }
  });
});

/** The rows and counts a full read of the database gives. */
async function fullRebuild(db: DelibDatabase, sessionId: number) {
  const views = buildCandidateViews(await listCandidates(db, sessionId), await listMarks(db, sessionId), await listEtablissements(db, sessionId), ccst);
  return { views: JSON.parse(JSON.stringify(views)) as unknown, counts: countDecisions(views) };
}

async function settled(workspace: Workspace) {
  const expected = await fullRebuild(workspace.db, workspace.openSessionId!);
  await vi.waitFor(() => {
    expect(JSON.parse(JSON.stringify(workspace.views))).toEqual(expected.views);
    expect(workspace.counts).toEqual(expected.counts);
  });
}

const anyValue: fc.Arbitrary<Mark> = fc.oneof(
  fc.integer({ min: 0, max: 80 }).map((q): Mark => ({ kind: 'number', hundredths: q * 25 })),
  fc.constantFrom<Mark>({ kind: 'AB' }, { kind: 'ABJ' }, { kind: 'empty' }),
);
const anyEdit = fc.record({
  who: fc.nat(3),
  unit: fc.constantFrom('E1', 'E3', 'E4', 'E5', 'U61'),
  value: anyValue,
  // From this workspace, or from another connection to the same database (as another tab would).
  elsewhere: fc.boolean(),
});

describe('the workspace follows the marks', () => {
  it('keeps the rows of a full rebuild after random edits from this workspace and from another connection', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyEdit, { minLength: 1, maxLength: 12 }), async (edits) => {
        const workspace = await sessionWorkspace();
        const other = openDatabase(workspace.db.name);
        try {
          const sessionId = workspace.openSessionId!;
          const ids: number[] = [];
          for (let i = 0; i < 4; i++) ids.push(await addCandidate(workspace.db, candidateData(sessionId, { numero: String(20 + i), nom: `N${i}` })));
          await settled(workspace);
          for (const edit of edits) {
            const candidateId = ids[edit.who]!;
            if (edit.elsewhere) await setMark(other, { candidateId, unit: edit.unit, value: edit.value });
            else expect(await workspace.setMark(candidateId, edit.unit, edit.value)).toBe(true);
          }
          await settled(workspace);
        } finally {
          other.close();
        }
      }),
      { numRuns: 8 },
    );
  });

  it('shows a mark before it is committed, and the stored value again when the write is refused', async () => {
    const workspace = await sessionWorkspace();
    const sessionId = workspace.openSessionId!;
    const id = await addCandidate(workspace.db, candidateData(sessionId));
    await setMark(workspace.db, { candidateId: id, unit: 'E1', value: { kind: 'number', hundredths: 1200 } });
    await settled(workspace);

    const stored = workspace.setMark(id, 'E1', { kind: 'number', hundredths: 1500 });
    // Synchronously, before any database work: the row and the counts already show it.
    expect(workspace.views[0]!.marks.E1!.value).toEqual({ kind: 'number', hundredths: 1500 });
    expect(await stored).toBe(true);
    await settled(workspace);

    // NV is refused on E1 (R2): the optimistic value goes, the stored 15 comes back.
    const refused = workspace.setMark(id, 'E1', { kind: 'NV' });
    expect(workspace.views[0]!.marks.E1!.value).toEqual({ kind: 'NV' });
    expect(await refused).toBe(false);
    await vi.waitFor(() => expect(workspace.views[0]!.marks.E1!.value).toEqual({ kind: 'number', hundredths: 1500 }));
    await settled(workspace);
  });

  it('follows a bulk write of many marks', async () => {
    const workspace = await sessionWorkspace();
    const sessionId = workspace.openSessionId!;
    const ids: number[] = [];
    for (let i = 0; i < 12; i++) ids.push(await addCandidate(workspace.db, candidateData(sessionId, { numero: String(100 + i), nom: `N${i}` })));
    await settled(workspace);
    const units = ['E1', 'E21', 'E22', 'E3', 'E4', 'E5'];
    await putMarks(
      workspace.db,
      ids.flatMap((candidateId) =>
        units.map((unit) => ({
          sessionId,
          candidateId,
          unit,
          value: { kind: 'number', hundredths: 1100 } as Mark,
          sousReserve: false,
          benefice: null,
          updatedAt: '',
        })),
      ),
    );
    await settled(workspace);
    expect(workspace.marks).toHaveLength(72);
  });

  it('shows a session an import has just created as written, without reading its marks back, then follows its edits', async () => {
    let marksRead = { count: 0 };
    const workspace = await emptyWorkspace((db) => (marksRead = countQueries(db, 'markBlocks')));
    const year = new Date().getFullYear();
    const plan = planText(writeCandidatesCsv(ccst, sampleCandidates(ccst, 300, 3)), emptySnapshot(ccst, year));
    expect(await workspace.importIntoNewSession(plan, 'classe.csv', { presetId: ccst.id, year })).toBe(true);
    // Nothing left to read: the rows and counts are final as soon as the import returns.
    expect(workspace.session?.name).toBe('classe');
    expect(workspace.loading).toBe(false);
    expect(workspace.views).toHaveLength(300);
    expect(marksRead.count).toBe(0);
    // Read once the rows are painted: the « Dernier import » line.
    await vi.waitFor(() => expect(workspace.lastImport?.fileName).toBe('classe.csv'));
    await settled(workspace);
    expect(marksRead.count).toBeGreaterThan(0); // the check's own full read: the counter counts

    // Later changes are followed: from this workspace, and from another connection (another tab).
    const [first, second] = workspace.views;
    expect(await workspace.setMark(first!.id, 'E1', { kind: 'number', hundredths: 1975 })).toBe(true);
    const other = openDatabase(workspace.db.name);
    try {
      await setMark(other, { candidateId: second!.id, unit: 'E4', value: { kind: 'AB' } });
      await updateCandidate(other, second!.id, { nom: 'Renommée' });
      await settled(workspace);
      const row = workspace.views.find((v) => v.id === second!.id)!;
      expect(row.marks.E4!.value).toEqual({ kind: 'AB' });
      expect(row.candidate.nom).toBe('Renommée');
    } finally {
      other.close();
    }
  });
});
