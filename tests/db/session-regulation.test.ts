// Issue 17: each session keeps its own copy of its regulation (schema v6), editable until the deliberation opens.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { exportBackup, readBackupFile, restoreBackup } from '../../src/db/backup.ts';
import { addCandidate } from '../../src/db/candidates.ts';
import { openDatabase, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5 } from '../../src/db/database.ts';
import { openDeliberation, setJuryMember } from '../../src/db/deliberation.ts';
import { listMarks, setMark } from '../../src/db/marks.ts';
import { previewSessionRegulation, updateSessionRegulation } from '../../src/db/session-regulation.ts';
import { createSession, getSession, listSessions, updateSession } from '../../src/db/sessions.ts';
import { regulationOf } from '../../src/db/validate.ts';
import { btsCcst2024, btsCcst2025 } from '../../src/domain/presets/index.ts';
import type { Regulation } from '../../src/domain/regulation.ts';
import { computeResult } from '../../src/domain/results.ts';
import { candidateMarksOf, type MarkRecord } from '../../src/domain/session.ts';
import { candidateData, expectRefused, freshDb, mark, sessionData, uniqueName } from './helpers.ts';

const UNITS = ['E1', 'E21', 'E22', 'E3', 'E4', 'E5', 'U61', 'U62'];

/** Marks of five candidates giving five different decisions under CCST 2024. */
const ROWS: string[][] = [
  ['12', '11', '14', '10', '13', '12', '15', '14'], // ADMIS
  ['7', '9', '9', '8', '12', '10', '10', '11'], // CONTROLE (moyenne 9,88, pro 10,93)
  ['5', '6', '7', '5', '8', '7', '6', '9'], // AJOURNE
  ['12', '11', 'AB', '10', '13', '12', '15', '14'], // ELIMINE
  ['12', '11', '14', '10', 'NV', '12', '15', '14'], // NV
];

function decisionsOf(regulation: Regulation, marks: MarkRecord[], ids: number[]) {
  return ids.map((id) => computeResult(candidateMarksOf(marks.filter((m) => m.candidateId === id)), regulation).decision);
}

async function sessionWithMarks(db: ReturnType<typeof freshDb>) {
  const sessionId = await createSession(db, sessionData());
  const ids: number[] = [];
  for (const [i, row] of ROWS.entries()) {
    const id = await addCandidate(db, candidateData(sessionId, { numero: `00${i + 1}`, nom: `Nom${i}` }));
    ids.push(id);
    for (const [u, text] of row.entries()) await setMark(db, { candidateId: id, unit: UNITS[u]!, value: mark(text, UNITS[u]) });
  }
  return { sessionId, ids };
}

describe('schema v6: a session holds its own regulation', () => {
  it('a genuine v5 database with a CCST 2024 session opens, keeps identical results, and the session holds its own copy', async () => {
    const name = uniqueName();
    const v5 = new Dexie(name);
    v5.version(5).stores({ ...SCHEMA_V1, ...SCHEMA_V2, ...SCHEMA_V3, ...SCHEMA_V4, ...SCHEMA_V5 });
    const sessionId = (await v5.table('sessions').add({ ...sessionData(), createdAt: '2024-09-01T08:00:00.000Z' })) as number;
    const ids: number[] = [];
    const marks: MarkRecord[] = [];
    for (const [i, row] of ROWS.entries()) {
      const id = (await v5.table('candidates').add({ ...candidateData(sessionId, { numero: `00${i + 1}` }), searchKey: `00${i + 1}` })) as number;
      ids.push(id);
      for (const [u, text] of row.entries()) {
        marks.push({
          sessionId,
          candidateId: id,
          unit: UNITS[u]!,
          value: mark(text, UNITS[u]),
          sousReserve: false,
          benefice: null,
          updatedAt: '2025-06-01T10:00:00.000Z',
        });
      }
    }
    await v5.table('marks').bulkAdd(marks);
    await v5
      .table('livrets')
      .add({ sessionId, candidateId: ids[0], subjects: {}, pix: true, avis: 'favorable', observations: '', updatedAt: '2025-06-01T10:00:00.000Z' });
    const before = decisionsOf(btsCcst2024, marks, ids);
    expect(before).toEqual(['ADMIS', 'CONTROLE', 'AJOURNE', 'ELIMINE', 'NV']);
    const candidatesBefore = await v5.table('candidates').toArray();
    v5.close();

    const db = openDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(11);
      const session = (await getSession(db, sessionId))!;
      expect(session.presetId).toBe('bts-ccst-2024');
      // Its own copy: equal to the preset, grids, livret and conformity included, but not the preset object.
      expect(session.regulation).toEqual(JSON.parse(JSON.stringify(btsCcst2024)));
      expect(session.regulation!.grids!.length).toBe(btsCcst2024.grids!.length);
      expect(session.regulation!.livret!.subjects.map((s) => s.id)).toEqual(btsCcst2024.livret!.subjects.map((s) => s.id));
      expect(regulationOf(session)).not.toBe(btsCcst2024);
      const stored = await listMarks(db, sessionId);
      expect(stored).toEqual(marks.map((m) => expect.objectContaining({ candidateId: m.candidateId, unit: m.unit, value: m.value })));
      expect(decisionsOf(regulationOf(session), stored, ids)).toEqual(before);
      expect(await db.candidates.toArray()).toEqual(candidatesBefore.map(({ searchKey: _, ...c }) => c)); // v7 drops searchKey
      expect(await db.livrets.count()).toBe(1);
    } finally {
      db.close();
    }
  });

  it('a session stored with an edited regulation keeps its own results, whatever the preset says', async () => {
    const db = freshDb();
    const { sessionId, ids } = await sessionWithMarks(db);
    const lighterE1 = structuredClone(btsCcst2024) as Regulation;
    lighterE1.units[0]!.coefficient = 0.5; // candidate 002's 7 in E1 weighs less: 10,2
    const preview = await previewSessionRegulation(db, sessionId, lighterE1);
    expect(preview.conflicts).toEqual([]);
    expect(preview.changes.map((c) => [c.numero, c.before, c.after])).toEqual([['002', 'CONTROLE', 'ADMIS']]);
    const saved = await updateSessionRegulation(db, sessionId, lighterE1);
    expect(saved.changes).toHaveLength(1);
    const session = (await getSession(db, sessionId))!;
    expect(session.regulation!.units[0]!.coefficient).toBe(0.5);
    expect(decisionsOf(regulationOf(session), await listMarks(db, sessionId), ids)[1]).toBe('ADMIS');
    // Other session edits keep the copy.
    await updateSession(db, sessionId, { name: 'Renommée' });
    expect((await getSession(db, sessionId))!.regulation!.units[0]!.coefficient).toBe(0.5);
  });

  it('refuses a faulty regulation whole, naming the field, and writes nothing', async () => {
    const db = freshDb();
    const { sessionId } = await sessionWithMarks(db);
    const bad = structuredClone(btsCcst2024) as Regulation;
    bad.units[3]!.coefficient = 1.005;
    bad.thresholds.controleMin = 12;
    const message = await expectRefused(db, () => updateSessionRegulation(db, sessionId, bad), 'units[3].coefficient : ');
    expect(message).toContain('thresholds.controleMin : seuils incohérents');
  });

  it('refuses a regulation the marks do not fit (a unit with marks removed), and writes nothing', async () => {
    const db = freshDb();
    const { sessionId } = await sessionWithMarks(db);
    await expectRefused(db, () => updateSessionRegulation(db, sessionId, btsCcst2025), 'ne convient pas aux données de la session');
  });

  it('refuses a regulation without a unit whose grids are filled in', async () => {
    const db = freshDb();
    const { sessionId, ids } = await sessionWithMarks(db);
    await db.evaluations.add({
      sessionId,
      candidateId: ids[0]!,
      unit: 'U61',
      evaluation: { gridId: 'ccst-2024-u61-ccf' } as never,
      updatedAt: '2025-06-01T10:00:00.000Z',
    });
    const without = structuredClone(btsCcst2024) as Regulation;
    without.units = without.units.filter((u) => u.code !== 'U61');
    without.grids = without.grids!.filter((g) => g.unitCode !== 'U61');
    without.conformity = without.conformity!.filter((c) => c.code !== 'U61');
    without.livret = { ...without.livret!, subjects: without.livret!.subjects.map((s) => ({ ...s, units: s.units.filter((u) => u !== 'U61') })) };
    const preview = await previewSessionRegulation(db, sessionId, without);
    expect(preview.conflicts[0]).toBe("des grilles d'évaluation sont remplies pour U61, épreuve absente de cette réglementation");
  });

  it('is read-only once the deliberation is open', async () => {
    const db = freshDb();
    const { sessionId } = await sessionWithMarks(db);
    await setJuryMember(db, sessionId, 'Mme Martin');
    await openDeliberation(db, sessionId);
    await expectRefused(db, () => updateSessionRegulation(db, sessionId, btsCcst2024), 'La délibération est ouverte');
  });

  it('a new session copies its preset; changing the preset (no candidate yet) copies the new one', async () => {
    const db = freshDb();
    const id = await createSession(db, sessionData({ presetId: 'bts-ccst-2025' }));
    expect((await getSession(db, id))!.regulation!.units.map((u) => u.code)).toEqual(btsCcst2025.units.map((u) => u.code));
    await updateSession(db, id, { presetId: 'bts-ccst-2024' });
    expect((await getSession(db, id))!.regulation!.id).toBe('bts-ccst-2024');
  });

  it('a backup carries the session’s regulation; an old backup without it restores with its preset', async () => {
    const db = freshDb();
    const { sessionId } = await sessionWithMarks(db);
    const edited = structuredClone(btsCcst2024) as Regulation;
    edited.name = 'CCST 2024 — copie du centre';
    edited.units[0]!.coefficient = 4;
    await updateSessionRegulation(db, sessionId, edited);
    const { text } = await exportBackup(db, 'all');
    expect(JSON.parse(text).content.sessions[0].regulation.name).toBe('CCST 2024 — copie du centre');

    const other = freshDb();
    const read = await readBackupFile(other, text);
    if (!read.ok) throw new Error(read.error);
    await restoreBackup(other, read.value);
    const [restored] = await listSessions(other);
    expect(restored!.regulation!.name).toBe('CCST 2024 — copie du centre');
    expect(restored!.regulation!.units[0]!.coefficient).toBe(4);

    const old = readFileSync(new URL('../fixtures/sauvegarde-v1.json', import.meta.url), 'utf8');
    const third = freshDb();
    const oldRead = await readBackupFile(third, old);
    if (!oldRead.ok) throw new Error(oldRead.error);
    await restoreBackup(third, oldRead.value);
    for (const session of await listSessions(third)) expect(session.regulation).toEqual(JSON.parse(JSON.stringify(btsCcst2024)));
  });
});
