import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { addCandidate, listCandidates } from '../../src/db/candidates.ts';
import { openDatabase, type DelibDatabase, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6 } from '../../src/db/database.ts';
import { UserError } from '../../src/db/errors.ts';
import { applyImportPlan, lastImport, undoLastImport } from '../../src/db/imports.ts';
import { getDeliberation, listAudit, listJuryNotes, openDeliberation, setJuryMember, setLivretExamined } from '../../src/db/deliberation.ts';
import { allMarks, getMark, listMarks, setMark } from '../../src/db/marks.ts';
import { getSetting, OPEN_SESSION_ID, setSetting } from '../../src/db/settings.ts';
import { candidateData, freshDb, mark, sessionData, uniqueName } from './helpers.ts';

/** The sessions as stored, without the copy of their regulation that v6 adds (checked in the v5 test). */
async function withoutRegulation(db: DelibDatabase) {
  return (await db.sessions.toArray()).map(({ regulation: _, ...session }) => session);
}

/** A table's rows now; `marks` (one record per candidate since v8) as the rows it held before. */
async function rowsNow(db: DelibDatabase, table: string) {
  if (table === 'sessions') return withoutRegulation(db);
  return table === 'marks' ? allMarks(db) : db.table(table).toArray();
}

/** Rows of a genuine older database as v7 keeps them: candidates lose the searchKey of v2–v6. */
function asV7(table: string, rows: Record<string, unknown>[]) {
  return table === 'candidates' ? rows.map(({ searchKey: _, ...row }) => row) : rows;
}

describe('DelibDatabase', () => {
  it('opens a new database at version 11 with its twelve tables', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(11);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'audit',
      'candidates',
      'conformity',
      'deliberations',
      'etablissements',
      'evaluations',
      'imports',
      'juryNotes',
      'livrets',
      'markBlocks',
      'sessions',
      'settings',
    ]);
    expect(db.imports.schema.indexes.map((i) => i.name)).toEqual(['sessionId']);
    expect(db.candidates.schema.indexes.map((i) => i.name)).not.toContain('[sessionId+searchKey]');
  });

  it('upgrades a genuine v1 database: nothing lost', async () => {
    const name = uniqueName();
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const sessionId = (await v1.table('sessions').add({ ...sessionData(), createdAt: '2024-09-01T08:00:00.000Z' })) as number;
    const etablissementId = (await v1.table('etablissements').add({
      sessionId,
      uai: '0310044E',
      name: 'Lycée Déodat de Séverac',
      city: 'Toulouse',
      type: 'public',
    })) as number;
    const v1Candidates = [
      candidateData(sessionId, { numero: '0012', nom: 'Dupont', prenom: 'Léa', etablissementId }),
      candidateData(sessionId, { numero: '0013', nom: 'Œillet', prenom: '  Jean-Baptiste ', etablissementId }),
      candidateData(sessionId, { numero: '0014', nom: "N'Diaye   Le Goff", prenom: 'Aïcha', etablissementId: null }),
    ];
    const ids = (await v1.table('candidates').bulkAdd(v1Candidates, { allKeys: true })) as number[];
    const v1Marks = [
      { sessionId, candidateId: ids[0], unit: 'E1', value: mark('12,5'), sousReserve: false, benefice: null, updatedAt: '2025-06-01T10:00:00.000Z' },
      { sessionId, candidateId: ids[0], unit: 'E4', value: mark('NV', 'E4'), sousReserve: true, benefice: null, updatedAt: '2025-06-01T10:00:00.000Z' },
      {
        sessionId,
        candidateId: ids[1],
        unit: 'E5',
        value: mark('14', 'E5'),
        sousReserve: false,
        benefice: { year: 2023 },
        updatedAt: '2025-06-01T10:00:00.000Z',
      },
    ];
    await v1.table('marks').bulkAdd(v1Marks);
    const before = {
      sessions: await v1.table('sessions').toArray(),
      etablissements: await v1.table('etablissements').toArray(),
      candidates: await v1.table('candidates').toArray(),
      marks: await v1.table('marks').toArray(),
    };
    v1.close();

    const db = openDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(11); // through v2 … v11
      expect(await withoutRegulation(db)).toEqual(before.sessions);
      expect(await db.etablissements.toArray()).toEqual(before.etablissements);
      expect(await allMarks(db)).toEqual(before.marks);
      const stored = await db.candidates.toArray();
      expect(stored).toEqual(before.candidates);

      // The upgraded database works with the repositories.
      expect((await listCandidates(db, sessionId)).map((c) => c.numero)).toEqual(['0012', '0013', '0014']);
      expect(await listMarks(db, sessionId)).toHaveLength(3);
      await expect(addCandidate(db, candidateData(sessionId, { numero: '0012' }))).rejects.toThrow(UserError);
      await setSetting(db, OPEN_SESSION_ID, sessionId);
      expect(await getSetting<number>(db, OPEN_SESSION_ID)).toBe(sessionId);
    } finally {
      db.close();
    }
  });

  it('upgrades a genuine v2 database: nothing lost, an empty imports table', async () => {
    const name = uniqueName();
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const sessionId = (await v2.table('sessions').add({ ...sessionData(), createdAt: '2024-09-01T08:00:00.000Z' })) as number;
    const etablissementId = (await v2.table('etablissements').add({
      sessionId,
      uai: '0310044E',
      name: 'Lycée Déodat de Séverac',
      city: 'Toulouse',
      type: 'public',
    })) as number;
    const ids = (await v2.table('candidates').bulkAdd(
      [
        { ...candidateData(sessionId, { numero: '0012', etablissementId }), searchKey: '0012 dupont lea' },
        { ...candidateData(sessionId, { numero: '0013', nom: 'Martin', prenom: 'Paul' }), searchKey: '0013 martin paul' },
      ],
      { allKeys: true },
    )) as number[];
    await v2.table('marks').bulkAdd([
      { sessionId, candidateId: ids[0], unit: 'E1', value: mark('12,5'), sousReserve: false, benefice: null, updatedAt: '2025-06-01T10:00:00.000Z' },
      {
        sessionId,
        candidateId: ids[1],
        unit: 'E5',
        value: mark('14', 'E5'),
        sousReserve: true,
        benefice: { year: 2023 },
        updatedAt: '2025-06-01T10:00:00.000Z',
      },
    ]);
    await v2.table('settings').put({ key: OPEN_SESSION_ID, value: sessionId });
    const tables = ['sessions', 'etablissements', 'candidates', 'marks', 'settings'] as const;
    const before = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await v2.table(t).toArray()])));
    v2.close();

    const db = openDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(11);
      for (const table of tables) expect(await rowsNow(db, table), table).toEqual(asV7(table, before[table]));
      expect(await db.imports.count()).toBe(0);

      // The upgraded database works with the repositories, imports included.
      expect((await listCandidates(db, sessionId)).map((c) => c.id)).toEqual(ids);
      expect(await lastImport(db, sessionId)).toBeUndefined();
      const plan = {
        rows: [],
        counts: { new: 0, updated: 0, unchanged: 0, error: 0 },
        emptyCells: 'keep' as const,
        newEtablissements: [],
        newCandidates: [],
        candidateUpdates: [],
        markWrites: [
          { line: 2, candidate: { id: ids[0]! }, unit: 'E1', before: before.marks![0], after: { value: mark('13'), sousReserve: false, benefice: null } },
        ],
      };
      await applyImportPlan(db, sessionId, plan, 'notes.csv');
      expect((await lastImport(db, sessionId))?.fileName).toBe('notes.csv');
      await undoLastImport(db, sessionId);
      expect(await allMarks(db)).toEqual(before.marks);
      expect(await db.imports.count()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('upgrades a genuine v3 database: nothing lost, the import kept, the four new tables empty', async () => {
    const name = uniqueName();
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    const sessionId = (await v3.table('sessions').add({ ...sessionData(), createdAt: '2024-09-01T08:00:00.000Z' })) as number;
    const etablissementId = (await v3.table('etablissements').add({
      sessionId,
      uai: '0310044E',
      name: 'Lycée Déodat de Séverac',
      city: 'Toulouse',
      type: 'public',
    })) as number;
    const ids = (await v3.table('candidates').bulkAdd(
      [
        { ...candidateData(sessionId, { numero: '0012', etablissementId }), searchKey: '0012 dupont lea' },
        { ...candidateData(sessionId, { numero: '0013', nom: 'Martin', prenom: 'Paul' }), searchKey: '0013 martin paul' },
      ],
      { allKeys: true },
    )) as number[];
    const e1Before = {
      sessionId,
      candidateId: ids[0]!,
      unit: 'E1',
      value: mark('12,5'),
      sousReserve: false,
      benefice: null,
      updatedAt: '2025-06-01T10:00:00.000Z',
    };
    const e1After = { ...e1Before, value: mark('13'), updatedAt: '2025-06-02T09:00:00.000Z' };
    await v3.table('marks').bulkAdd([
      e1After,
      {
        sessionId,
        candidateId: ids[1],
        unit: 'E5',
        value: mark('14', 'E5'),
        sousReserve: true,
        benefice: { year: 2023 },
        updatedAt: '2025-06-01T10:00:00.000Z',
      },
    ]);
    await v3.table('settings').put({ key: OPEN_SESSION_ID, value: sessionId });
    // The undo record of an import that changed E1 from 12,5 to 13, as v3 stored it.
    await v3.table('imports').add({
      sessionId,
      fileName: 'notes-E1.csv',
      appliedAt: '2025-06-02T09:00:00.000Z',
      summary: { newCandidates: 0, updatedCandidates: 0, marks: 1 },
      createdEtablissementIds: [],
      createdCandidateIds: [],
      updatedCandidates: [],
      marks: [{ candidateId: ids[0], unit: 'E1', before: e1Before, after: e1After }],
      written: { etablissements: [], candidates: [] },
    });
    const tables = ['sessions', 'etablissements', 'candidates', 'marks', 'settings', 'imports'] as const;
    const before = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await v3.table(t).toArray()])));
    v3.close();

    const db = openDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(11);
      for (const table of tables) expect(await rowsNow(db, table), table).toEqual(asV7(table, before[table]));
      for (const table of ['conformity', 'deliberations', 'audit', 'juryNotes'] as const) expect(await db.table(table).count(), table).toBe(0);
      expect(db.audit.schema.indexes.map((i) => i.name).sort()).toEqual(['candidateId', 'sessionId']);

      // The upgraded database works: the import can still be undone, and the deliberation starts.
      expect((await lastImport(db, sessionId))?.fileName).toBe('notes-E1.csv');
      expect((await getDeliberation(db, sessionId)).phase).toBe('preparation');
      await undoLastImport(db, sessionId);
      expect(await getMark(db, ids[0]!, 'E1')).toEqual(e1Before);
      await setJuryMember(db, sessionId, 'Mme Martin');
      await openDeliberation(db, sessionId);
      await setMark(db, { candidateId: ids[0]!, unit: 'E1', value: mark('14'), reason: 'Erreur de report' });
      expect((await listAudit(db, sessionId)).map((e) => [e.kind, e.before, e.after])).toEqual([
        ['phase', 'Préparation (avant la délibération)', 'Délibération du 1er groupe ouverte'],
        ['note', '12,5', '14'],
      ]);
      await setLivretExamined(db, ids[1]!, true);
      expect(await listJuryNotes(db, sessionId)).toHaveLength(1);
    } finally {
      db.close();
    }
  });

  it('upgrades a genuine v4 database: nothing lost, the evaluations and livrets tables empty and usable', async () => {
    const name = uniqueName();
    const v4 = new Dexie(name);
    v4.version(4).stores({ ...SCHEMA_V1, ...SCHEMA_V2, ...SCHEMA_V3, ...SCHEMA_V4 });
    const sessionId = (await v4.table('sessions').add({ ...sessionData(), createdAt: '2024-09-01T08:00:00.000Z' })) as number;
    const [candidateId] = (await v4
      .table('candidates')
      .bulkAdd([{ ...candidateData(sessionId, { numero: '0012' }), searchKey: '0012 dupont lea' }], { allKeys: true })) as number[];
    await v4
      .table('marks')
      .add({ sessionId, candidateId, unit: 'E4', value: mark('15', 'E4'), sousReserve: false, benefice: null, updatedAt: '2025-06-01T10:00:00.000Z' });
    await v4.table('conformity').add({ candidateId, sessionId, checks: {}, periods: [], depositDate: null, nv: {} });
    await v4.table('deliberations').add({ sessionId, phase: 'premier_groupe', juryMember: 'Mme Martin', president: '', members: [], date: null });
    await v4.table('audit').add({
      sessionId,
      at: '2025-06-20T10:00:00.000Z',
      who: 'Mme Martin',
      kind: 'phase',
      candidateId: null,
      numero: '',
      name: '',
      unit: '',
      before: 'a',
      after: 'b',
      reason: '',
    });
    await v4.table('juryNotes').add({ candidateId, sessionId, livretExamined: true, controleUnits: [] });
    const tables = ['sessions', 'candidates', 'marks', 'conformity', 'deliberations', 'audit', 'juryNotes'] as const;
    const before = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await v4.table(t).toArray()])));
    v4.close();

    const db = openDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(11);
      for (const table of tables) expect(await rowsNow(db, table), table).toEqual(asV7(table, before[table]));
      expect(await db.evaluations.count()).toBe(0);
      expect(await db.livrets.count()).toBe(0);
      expect(db.evaluations.schema.primKey.name).toBe('[candidateId+unit]');
      expect(Object.keys(SCHEMA_V5).sort()).toEqual(['evaluations', 'livrets']);
      await db.livrets.put({
        sessionId,
        candidateId: candidateId!,
        subjects: {},
        pix: false,
        avis: null,
        observations: '',
        updatedAt: '2025-06-01T10:00:00.000Z',
      });
      expect(await db.livrets.where('sessionId').equals(sessionId).count()).toBe(1);
    } finally {
      db.close();
    }
  });

  it('upgrades a genuine v6 database: the searchKey field and index are gone, nothing else changes', async () => {
    const name = uniqueName();
    const v6 = new Dexie(name);
    v6.version(6).stores({ ...SCHEMA_V1, ...SCHEMA_V2, ...SCHEMA_V3, ...SCHEMA_V4, ...SCHEMA_V5, ...SCHEMA_V6 });
    const sessionId = (await v6.table('sessions').add({ ...sessionData(), createdAt: '2024-09-01T08:00:00.000Z' })) as number;
    const plain = [candidateData(sessionId, { numero: '0012' }), candidateData(sessionId, { numero: '0013', nom: 'Œillet', prenom: 'Zoé' })];
    const ids = (await v6.table('candidates').bulkAdd(
      plain.map((c) => ({ ...c, searchKey: `${c.numero} ${c.nom.toLowerCase()}` })),
      { allKeys: true },
    )) as number[];
    await v6
      .table('marks')
      .add({ sessionId, candidateId: ids[0], unit: 'E1', value: mark('12'), sousReserve: false, benefice: null, updatedAt: '2025-06-01T10:00:00.000Z' });
    v6.close();

    const db = openDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(11);
      expect(await db.candidates.toArray()).toEqual(plain.map((c, i) => ({ ...c, id: ids[i] })));
      expect(db.candidates.schema.indexes.map((i) => i.name)).not.toContain('[sessionId+searchKey]');
      expect((await listCandidates(db, sessionId)).map((c) => c.numero)).toEqual(['0012', '0013']);
      expect(await listMarks(db, sessionId)).toHaveLength(1);
      await expect(addCandidate(db, candidateData(sessionId, { numero: '0013' }))).rejects.toThrow(UserError);
    } finally {
      db.close();
    }
  });

  it('closes itself and calls onVersionChange when another tab upgrades the schema, without blocking it', async () => {
    const name = uniqueName();
    const onVersionChange = vi.fn();
    const db = openDatabase(name, { onVersionChange });
    await db.open();

    const newer = new Dexie(name);
    newer.version(9).stores({ ...SCHEMA_V1, ...SCHEMA_V2, ...SCHEMA_V3, ...SCHEMA_V4, ...SCHEMA_V5, extra: 'id' });
    await newer.open(); // would hang (blocked) if the old connection stayed open
    try {
      expect(onVersionChange).toHaveBeenCalledOnce();
      expect(db.isOpen()).toBe(false);
      // No silent reopen with the outdated schema.
      await expect(db.sessions.count()).rejects.toThrow(Dexie.DatabaseClosedError);
    } finally {
      newer.close();
    }
  });

  it('onVersionChange can be set after opening', async () => {
    const name = uniqueName();
    const db = openDatabase(name);
    await db.open();
    const onVersionChange = vi.fn();
    db.onVersionChange = onVersionChange;
    await Dexie.delete(name);
    expect(onVersionChange).toHaveBeenCalledOnce();
    expect(db.isOpen()).toBe(false);
  });
});

describe('UserError', () => {
  it('is an Error carrying a message for the user', () => {
    const error = new UserError('Le nom de la session est obligatoire.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('UserError');
    expect(error.message).toBe('Le nom de la session est obligatoire.');
  });
});
