import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { addCandidate, deleteCandidates, fromStored, listCandidates, updateCandidate } from '../../src/db/candidates.ts';
import { addEtablissement, updateEtablissement } from '../../src/db/etablissements.ts';
import { applyImportPlan, IMPORT_CHUNK_SIZE, lastImport, undoLastImport } from '../../src/db/imports.ts';
import { allMarks, getMark, listMarks, putMark, setMark, setMarkFlags } from '../../src/db/marks.ts';
import { createSession, deleteSession, updateSession } from '../../src/db/sessions.ts';
import type { MarkRecord } from '../../src/domain/session.ts';
import type { ImportPlan, MarkWrite, NewCandidate } from '../../src/io/import/types.ts';
import { candidateData, etablissementData, expectRefused, freshDb, mark, sessionData, snapshot } from './helpers.ts';

function plan(over: Partial<ImportPlan> = {}): ImportPlan {
  return {
    rows: [],
    counts: { new: 0, updated: 0, unchanged: 0, error: 0 },
    emptyCells: 'keep',
    newEtablissements: [],
    newCandidates: [],
    candidateUpdates: [],
    markWrites: [],
    ...over,
  };
}

function newCandidate(line: number, over: Partial<NewCandidate['data']> = {}, etablissement: NewCandidate['etablissement'] = null): NewCandidate {
  const { sessionId: _s, etablissementId: _e, ...data } = candidateData(0, { nom: 'Bernard', prenom: 'Chloé', ...over });
  return { line, data, etablissement };
}

/** `count` candidates to create (numeros `prefix`0000, `prefix`0001…), each with an E1 at 11. */
function created(count: number, prefix: string): { newCandidates: NewCandidate[]; markWrites: MarkWrite[] } {
  const newCandidates = Array.from({ length: count }, (_, i) => newCandidate(i + 2, { numero: `${prefix}${String(i).padStart(4, '0')}` }));
  const markWrites: MarkWrite[] = newCandidates.map((_, i) => ({
    line: i + 2,
    candidate: { newIndex: i },
    unit: 'E1',
    before: null,
    after: content('11', 'E1'),
  }));
  return { newCandidates, markWrites };
}

function content(text: string, unit: string, flags: { sousReserve?: boolean; benefice?: number } = {}): NonNullable<MarkWrite['after']> {
  return {
    value: mark(text, unit),
    sousReserve: flags.sousReserve ?? false,
    benefice: flags.benefice === undefined ? null : { year: flags.benefice },
  };
}

/**
 * A 2025 session: Dupont Léa (0012, établissement Déodat) with E1 = 12 and E4 = NV sous réserve;
 * Martin Paul (0013) with E3 = 8 and E5 = 14 kept from 2023; Petit Jean (0014) without marks.
 */
async function jury() {
  const db = freshDb();
  const sessionId = await createSession(db, sessionData({ year: 2025 }));
  const deodat = await addEtablissement(db, etablissementData(sessionId));
  const dupontId = await addCandidate(db, candidateData(sessionId, { numero: '0012', etablissementId: deodat }));
  const martinId = await addCandidate(db, candidateData(sessionId, { numero: '0013', nom: 'Martin', prenom: 'Paul' }));
  const petitId = await addCandidate(db, candidateData(sessionId, { numero: '0014', nom: 'Petit', prenom: 'Jean' }));
  await setMark(db, { candidateId: dupontId, unit: 'E1', value: mark('12') });
  await setMark(db, { candidateId: dupontId, unit: 'E4', value: mark('NV', 'E4') });
  await setMarkFlags(db, { candidateId: dupontId, unit: 'E4', sousReserve: true });
  await setMark(db, { candidateId: martinId, unit: 'E3', value: mark('8', 'E3') });
  await setMark(db, { candidateId: martinId, unit: 'E5', value: mark('14', 'E5') });
  await setMarkFlags(db, { candidateId: martinId, unit: 'E5', benefice: { year: 2023 } });

  const candidate = async (id: number) => fromStored((await db.candidates.get(id))!);
  const stored = async (candidateId: number, unit: string) => (await getMark(db, candidateId, unit)) ?? null;
  return { db, sessionId, deodat, dupontId, martinId, petitId, candidate, stored };
}

type Jury = Awaited<ReturnType<typeof jury>>;

/**
 * The plan of a file that creates the Lycée Ozenne with Bernard Chloé in it, creates Roux Inès at
 * Déodat, moves Dupont Léa to Ozenne, changes Martin's first name, and writes marks of every kind.
 */
async function bigPlan(j: Jury): Promise<ImportPlan> {
  const dupont = await j.candidate(j.dupontId);
  const martin = await j.candidate(j.martinId);
  return plan({
    newEtablissements: [{ uai: '0312345B', name: 'Lycée Ozenne', city: 'Toulouse', type: 'prive_sous_contrat' }],
    newCandidates: [
      newCandidate(5, { numero: '0020', optionalUnits: ['EF1'] }, { newIndex: 0 }),
      newCandidate(6, { numero: '0021', nom: 'Roux', prenom: 'Inès', statut: 'apprenti' }, { id: j.deodat }),
    ],
    candidateUpdates: [
      { line: 2, before: dupont, after: { ...dupont, langueVivante: 'Espagnol', etablissementId: null }, newEtablissement: 0 },
      { line: 3, before: martin, after: { ...martin, prenom: 'Paul-Henri' } },
    ],
    markWrites: [
      // Dupont: E1 changed, E4 (NV sous réserve) deleted, E5 new with a bénéfice.
      { line: 2, candidate: { id: j.dupontId }, unit: 'E1', before: await j.stored(j.dupontId, 'E1'), after: content('14,5', 'E1') },
      { line: 2, candidate: { id: j.dupontId }, unit: 'E4', before: await j.stored(j.dupontId, 'E4'), after: null },
      { line: 2, candidate: { id: j.dupontId }, unit: 'E5', before: null, after: content('15', 'E5', { benefice: 2022 }) },
      // Martin: E3 becomes AB, E5 loses its bénéfice and becomes sous réserve.
      { line: 3, candidate: { id: j.martinId }, unit: 'E3', before: await j.stored(j.martinId, 'E3'), after: content('AB', 'E3') },
      {
        line: 3,
        candidate: { id: j.martinId },
        unit: 'E5',
        before: await j.stored(j.martinId, 'E5'),
        after: content('14', 'E5', { sousReserve: true }),
      },
      // New candidates: a first-group mark, a contrôle mark, an optional unit, NV sous réserve.
      { line: 5, candidate: { newIndex: 0 }, unit: 'E1', before: null, after: content('10', 'E1') },
      { line: 5, candidate: { newIndex: 0 }, unit: 'controle_E1', before: null, after: content('AB', 'controle_E1') },
      { line: 5, candidate: { newIndex: 0 }, unit: 'EF1', before: null, after: content('16,25', 'EF1') },
      { line: 6, candidate: { newIndex: 1 }, unit: 'E4', before: null, after: content('NV', 'E4', { sousReserve: true }) },
    ],
  });
}

describe('applyImportPlan', () => {
  it('writes exactly the plan: new établissement and candidates, updates, marks with flags and deletes', async () => {
    const j = await jury();
    const { db, sessionId } = j;
    const before = await snapshot(db);
    const undo = await applyImportPlan(db, sessionId, await bigPlan(j), 'notes.csv');

    const ozenne = (await db.etablissements.toArray()).find((e) => e.uai === '0312345B');
    expect(ozenne).toEqual({ id: expect.any(Number), sessionId, uai: '0312345B', name: 'Lycée Ozenne', city: 'Toulouse', type: 'prive_sous_contrat' });
    const ozenneId = ozenne!.id!;

    const candidates = await listCandidates(db, sessionId);
    expect(candidates.map((c) => [c.numero, c.nom, c.prenom, c.etablissementId, c.langueVivante])).toEqual([
      ['0012', 'Dupont', 'Léa', ozenneId, 'Espagnol'],
      ['0013', 'Martin', 'Paul-Henri', null, 'Anglais'],
      ['0014', 'Petit', 'Jean', null, 'Anglais'],
      ['0020', 'Bernard', 'Chloé', ozenneId, 'Anglais'],
      ['0021', 'Roux', 'Inès', j.deodat, 'Anglais'],
    ]);
    const bernard = candidates.find((c) => c.numero === '0020')!;
    const roux = candidates.find((c) => c.numero === '0021')!;
    expect(bernard.optionalUnits).toEqual(['EF1']);
    expect(roux.statut).toBe('apprenti');
    // The stored candidate has the new first name.
    expect((await db.candidates.get(j.martinId))!.prenom).toBe('Paul-Henri');

    const at = undo.appliedAt;
    expect(new Date(at).toISOString()).toBe(at);
    const record = (candidateId: number, unit: string, text: string, flags: Partial<MarkRecord> = {}): MarkRecord => ({
      sessionId,
      candidateId,
      unit,
      value: mark(text, unit),
      sousReserve: false,
      benefice: null,
      updatedAt: at,
      ...flags,
    });
    const marks = await allMarks(db);
    expect(marks).toHaveLength(8);
    expect(marks).toEqual(
      expect.arrayContaining([
        record(j.dupontId, 'E1', '14,5'),
        record(j.dupontId, 'E5', '15', { benefice: { year: 2022 } }),
        record(j.martinId, 'E3', 'AB'),
        record(j.martinId, 'E5', '14', { sousReserve: true }),
        record(bernard.id!, 'E1', '10'),
        record(bernard.id!, 'controle_E1', 'AB'),
        record(bernard.id!, 'EF1', '16,25'),
        record(roux.id!, 'E4', 'NV', { sousReserve: true }),
      ]),
    );
    expect(await j.stored(j.dupontId, 'E4')).toBeNull();

    // The undo record: what was there before, and what the import left.
    expect(undo).toEqual({
      id: expect.any(Number),
      sessionId,
      fileName: 'notes.csv',
      appliedAt: at,
      summary: { newCandidates: 2, updatedCandidates: 2, marks: 9 },
      createdEtablissementIds: [ozenneId],
      createdCandidateIds: [bernard.id, roux.id],
      updatedCandidates: before.candidates.filter((c) => c.id !== j.petitId).map(fromStored),
      marks: expect.any(Array),
    });
    const dupontE4 = before.marks.find((m) => m.candidateId === j.dupontId && m.unit === 'E4')!;
    expect(undo.marks).toContainEqual({ candidateId: j.dupontId, unit: 'E4', before: dupontE4, after: null });
    expect(undo.marks).toContainEqual({
      candidateId: j.dupontId,
      unit: 'E5',
      before: null,
      after: record(j.dupontId, 'E5', '15', { benefice: { year: 2022 } }),
    });
    // What « Dernier import » shows: Dupont, Martin (updated, marks), Bernard and Roux (created).
    expect(await lastImport(db, sessionId)).toEqual({ id: undo.id, sessionId, fileName: 'notes.csv', appliedAt: at, summary: undo.summary, candidates: 4 });
    expect(await db.imports.count()).toBe(1);
    // The marks it touched are kept as one text, not as objects (50,000 of them froze the page while written).
    const stored = (await db.imports.toArray())[0]!;
    expect(stored.marks).toEqual([]);
    expect(typeof stored.touched).toBe('string');
  });

  it('treats an empty mark without flags as a delete, and skips deleting what is not there', async () => {
    const j = await jury();
    const undo = await applyImportPlan(
      j.db,
      j.sessionId,
      plan({
        markWrites: [
          { line: 2, candidate: { id: j.dupontId }, unit: 'E1', before: await j.stored(j.dupontId, 'E1'), after: content('', 'E1') },
          { line: 2, candidate: { id: j.dupontId }, unit: 'E3', before: null, after: null },
          // An empty mark that keeps a flag is stored.
          { line: 4, candidate: { id: j.petitId }, unit: 'E4', before: null, after: content('', 'E4', { sousReserve: true }) },
        ],
      }),
      'vides.csv',
    );
    expect(await j.stored(j.dupontId, 'E1')).toBeNull();
    expect(await j.stored(j.petitId, 'E4')).toMatchObject({ value: { kind: 'empty' }, sousReserve: true });
    expect(undo.marks.map((m) => [m.unit, m.after === null])).toEqual([
      ['E1', true],
      ['E4', false],
    ]);
    expect(undo.summary.marks).toBe(2);
  });

  describe('refuses, writing nothing, when the data changed since the preview', () => {
    it.each<[string, (j: Jury) => Promise<unknown>, string]>([
      ['a candidate to update was edited', (j) => updateCandidate(j.db, j.martinId, { langueVivante: 'Allemand' }), 'la fiche de Martin Paul a été modifiée'],
      ['a candidate to update was deleted', (j) => deleteCandidates(j.db, [j.martinId]), 'la fiche de Martin Paul a été supprimée'],
      ['a mark to change was changed', (j) => setMark(j.db, { candidateId: j.dupontId, unit: 'E1', value: mark('13') }), 'E1 de Dupont Léa a été modifiée'],
      [
        'only a flag of a mark was changed',
        (j) => setMarkFlags(j.db, { candidateId: j.dupontId, unit: 'E4', sousReserve: false }),
        'E4 de Dupont Léa a été modifiée',
      ],
      [
        'a mark thought absent was entered',
        (j) => setMark(j.db, { candidateId: j.dupontId, unit: 'E5', value: mark('9', 'E5') }),
        'E5 de Dupont Léa a été saisie',
      ],
      ['a mark was erased', (j) => setMark(j.db, { candidateId: j.martinId, unit: 'E3', value: mark('', 'E3') }), 'E3 de Martin Paul a été effacée'],
      [
        'the numero of a new candidate was given',
        (j) => addCandidate(j.db, candidateData(j.sessionId, { numero: '0021', nom: 'Vidal', prenom: 'Marc' })),
        'le numéro « 0021 » a été attribué à Vidal Marc',
      ],
      [
        'the new établissement was created',
        (j) => addEtablissement(j.db, etablissementData(j.sessionId, { uai: '0312345b', name: 'Ozenne' })),
        "l'établissement Ozenne (code UAI « 0312345B ») a été créé",
      ],
    ])('%s', async (_, change, message) => {
      const j = await jury();
      const importPlan = await bigPlan(j);
      await change(j);
      const text = await expectRefused(j.db, () => applyImportPlan(j.db, j.sessionId, importPlan, 'notes.csv'), message);
      expect(text).toMatch(/^Les données ont changé depuis l'aperçu \(.*\) : refaites l'aperçu avant d'importer\.$/);
    });

    it('counts the changes', async () => {
      const j = await jury();
      const importPlan = await bigPlan(j);
      await setMark(j.db, { candidateId: j.dupontId, unit: 'E1', value: mark('13') });
      await setMark(j.db, { candidateId: j.martinId, unit: 'E3', value: mark('9', 'E3') });
      await expectRefused(
        j.db,
        () => applyImportPlan(j.db, j.sessionId, importPlan, 'notes.csv'),
        "Les données ont changé depuis l'aperçu (E1 de Dupont Léa a été modifiée, et 1 autre changement) : refaites l'aperçu avant d'importer.",
      );
    });

    it('a mark whose updatedAt alone differs still matches', async () => {
      const j = await jury();
      const importPlan = await bigPlan(j);
      await putMark(j.db, { ...(await getMark(j.db, j.dupontId, 'E1'))!, updatedAt: '2030-01-01T00:00:00.000Z' });
      await applyImportPlan(j.db, j.sessionId, importPlan, 'notes.csv');
      expect((await j.stored(j.dupontId, 'E1'))?.value).toEqual(mark('14,5'));
    });
  });

  describe("refuses, writing nothing, what the db's rules forbid", () => {
    it.each<[string, (j: Jury, p: ImportPlan) => void, string]>([
      [
        'NV on E1 (R2)',
        (j, p) =>
          p.markWrites.push({ line: 4, candidate: { id: j.petitId }, unit: 'E1', before: null, after: { ...content('', 'E1'), value: { kind: 'NV' } } }),
        'Ligne 4 (« 0014 ») : NV impossible en E1',
      ],
      [
        // The worker sends equal contents as one object: checked once per unit, not once for all units.
        'NV on E1 (R2), in the same object as an NV accepted on E4',
        (j, p) => {
          const nv = { ...content('', 'E4'), value: { kind: 'NV' as const } };
          p.markWrites.push({ line: 4, candidate: { id: j.petitId }, unit: 'E4', before: null, after: nv });
          p.markWrites.push({ line: 4, candidate: { id: j.petitId }, unit: 'E1', before: null, after: nv });
        },
        'Ligne 4 (« 0014 ») : NV impossible en E1',
      ],
      [
        'a bénéfice of more than 5 years (R8)',
        (j, p) => p.markWrites.push({ line: 4, candidate: { id: j.petitId }, unit: 'E5', before: null, after: content('12', 'E5', { benefice: 2019 }) }),
        "Ligne 4 (« 0014 ») : bénéfice en E5 : l'année doit être celle d'une session antérieure, de 2020 à 2024",
      ],
      [
        'a bénéfice on a mark under 10 (R8)',
        (_j, p) => p.markWrites.push({ line: 6, candidate: { newIndex: 1 }, unit: 'E1', before: null, after: content('9', 'E1', { benefice: 2023 }) }),
        "Ligne 6 (« 0021 ») : bénéfice en E1 : seule une note d'au moins 10 peut être conservée.",
      ],
      [
        'an unknown unit',
        (j, p) => p.markWrites.push({ line: 4, candidate: { id: j.petitId }, unit: 'E9', before: null, after: content('12', 'E1') }),
        'Ligne 4 (« 0014 ») : épreuve inconnue : « E9 ».',
      ],
      [
        'two new candidates with one numero',
        (_j, p) => p.newCandidates.push(newCandidate(9, { numero: '0020', nom: 'Faure', prenom: 'Zoé' })),
        'Ligne 9 : le numéro « 0020 » est déjà celui de Bernard Chloé.',
      ],
      [
        "an update taking another candidate's numero",
        (_j, p) => (p.candidateUpdates[1]!.after.numero = '0014'),
        'Ligne 3 : le numéro « 0014 » est déjà celui de Petit Jean.',
      ],
      ['an invalid UAI', (_j, p) => (p.newEtablissements[0]!.uai = '031234'), "Établissement « Lycée Ozenne » : le code UAI « 031234 » n'est pas valide"],
      ['a candidate without name', (_j, p) => (p.newCandidates[0]!.data.nom = ' '), 'Ligne 5 (« 0020 ») : le nom du candidat est obligatoire.'],
      ['a unit that is not optional', (_j, p) => (p.newCandidates[0]!.data.optionalUnits = ['E4']), "« E4 » n'est pas une épreuve facultative"],
    ])('%s', async (_, spoil, message) => {
      const j = await jury();
      const importPlan = await bigPlan(j);
      spoil(j, importPlan);
      await expectRefused(j.db, () => applyImportPlan(j.db, j.sessionId, importPlan, 'notes.csv'), message);
    });

    it('refuses an unknown session', async () => {
      const j = await jury();
      await expectRefused(j.db, () => applyImportPlan(j.db, j.sessionId + 1, plan(), 'notes.csv'), "Cette session n'existe pas");
    });
  });

  it('undoes an import of 2,100 candidates reading them in one request, not one request each', async () => {
    const j = await jury();
    const before = await snapshot(j.db);
    const { newCandidates, markWrites } = created(2100, '2');
    await applyImportPlan(j.db, j.sessionId, plan({ newCandidates, markWrites }), 'gros.csv');
    // Each IndexedDB read of one record by its key (a bulkGet of n keys makes n of them).
    const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
    // And the candidates deleted as one range of ids: 50,000 deletions by key held the page, then the live queries.
    const deletes = vi.spyOn(IDBObjectStore.prototype, 'delete');
    try {
      await undoLastImport(j.db, j.sessionId);
      expect(gets.mock.calls.length).toBeLessThan(100);
      const candidateDeletes = deletes.mock.calls.filter((_, i) => (deletes.mock.contexts[i] as IDBObjectStore).name === 'candidates');
      expect(candidateDeletes).toHaveLength(1);
      expect(candidateDeletes[0]![0]).toBeInstanceOf(IDBKeyRange);
    } finally {
      gets.mockRestore();
      deletes.mockRestore();
    }
    expect(await snapshot(j.db)).toEqual(before);
  });

  it('reports progress between chunks, up to the total', async () => {
    const j = await jury();
    const count = 3 * IMPORT_CHUNK_SIZE; // marks are written 1,024 candidates (and to the end of a block) at a time: two chunks
    const { newCandidates, markWrites } = created(count, '1');
    const calls: [number, number][] = [];
    const undo = await applyImportPlan(j.db, j.sessionId, plan({ newCandidates, markWrites }), 'gros.csv', (done, total) => calls.push([done, total]));
    const total = 2 * count;
    // The candidates by IMPORT_CHUNK_SIZE, then their marks in more than one chunk too.
    expect(calls.slice(0, 3)).toEqual([
      [IMPORT_CHUNK_SIZE, total],
      [2 * IMPORT_CHUNK_SIZE, total],
      [3 * IMPORT_CHUNK_SIZE, total],
    ]);
    expect(calls.length).toBeGreaterThan(4);
    expect(calls.every(([done, all], i) => all === total && done > (calls[i - 1]?.[0] ?? 0))).toBe(true);
    expect(calls.at(-1)).toEqual([total, total]);
    expect(undo.createdCandidateIds).toHaveLength(count);
    expect((await listMarks(j.db, j.sessionId)).length).toBe(4 + count);
  });

  it('keeps only the last import of a session, and those of other sessions', async () => {
    const j = await jury();
    const other = await createSession(j.db, sessionData({ name: 'Autre' }));
    const otherUndo = await applyImportPlan(j.db, other, plan({ newCandidates: [newCandidate(2)] }), 'autre.csv');

    await applyImportPlan(j.db, j.sessionId, plan({ newCandidates: [newCandidate(2, { numero: '0030' })] }), 'premier.csv');
    const afterFirst = await snapshot(j.db);
    const second = await applyImportPlan(j.db, j.sessionId, plan({ newCandidates: [newCandidate(2, { numero: '0031' })] }), 'second.csv');

    expect((await j.db.imports.toArray()).map((i) => i.fileName).sort()).toEqual(['autre.csv', 'second.csv']);
    const lineOf = ({ id, sessionId, fileName, appliedAt, summary }: typeof second) => ({ id, sessionId, fileName, appliedAt, summary, candidates: 1 });
    expect(await lastImport(j.db, j.sessionId)).toEqual(lineOf(second));
    expect(await lastImport(j.db, other)).toEqual(lineOf(otherUndo));

    // Undoing goes back to the state after the first import, which can no longer be undone.
    await undoLastImport(j.db, j.sessionId);
    const now = await snapshot(j.db);
    expect({ ...now, imports: [] }).toEqual({ ...afterFirst, imports: [] });
    expect(now.imports.map((i) => i.fileName)).toEqual(['autre.csv']);
    await expectRefused(j.db, () => undoLastImport(j.db, j.sessionId), "Il n'y a pas d'import à annuler dans cette session.");
  });
});

describe('undoLastImport', () => {
  it('puts back exactly the previous state, then forgets the import', async () => {
    const j = await jury();
    const before = await snapshot(j.db);
    const applied = await applyImportPlan(j.db, j.sessionId, await bigPlan(j), 'notes.csv');

    expect(await undoLastImport(j.db, j.sessionId)).toEqual(applied);
    expect(await snapshot(j.db)).toEqual(before); // imports included: there was none before
    expect(await lastImport(j.db, j.sessionId)).toBeUndefined();
  });

  it('undoes an undo record kept before its marks were one text (every mark touched as objects)', async () => {
    const j = await jury();
    const before = await snapshot(j.db);
    const applied = await applyImportPlan(j.db, j.sessionId, await bigPlan(j), 'notes.csv');
    // The record as applyImportPlan wrote it until the marks it touched became one text.
    const { touched: _touched, candidates: _candidates, ...stored } = (await j.db.imports.toArray())[0]!;
    await j.db.imports.put({ ...stored, marks: applied.marks });
    expect(await lastImport(j.db, j.sessionId)).toMatchObject({ fileName: 'notes.csv', candidates: 4 });

    await setMark(j.db, { candidateId: j.dupontId, unit: 'E1', value: mark('15') });
    await expectRefused(j.db, () => undoLastImport(j.db, j.sessionId), "E1 de Dupont Léa a été modifiée après l'import");
    await setMark(j.db, { candidateId: j.dupontId, unit: 'E1', value: mark('14,5') });
    expect(await undoLastImport(j.db, j.sessionId)).toEqual(applied);
    expect(await snapshot(j.db)).toEqual(before);
  });

  it('refuses when there is nothing to undo', async () => {
    const j = await jury();
    await expectRefused(j.db, () => undoLastImport(j.db, j.sessionId), "Il n'y a pas d'import à annuler dans cette session.");
  });

  describe('refuses, changing nothing, when what the import wrote was changed since', () => {
    const bernardId = async (j: Jury) => (await listCandidates(j.db, j.sessionId)).find((c) => c.numero === '0020')!.id!;

    it.each<[string, (j: Jury) => Promise<unknown>, string]>([
      ['a mark it wrote', (j) => setMark(j.db, { candidateId: j.dupontId, unit: 'E1', value: mark('15') }), "E1 de Dupont Léa a été modifiée après l'import"],
      [
        'a flag it wrote',
        (j) => setMarkFlags(j.db, { candidateId: j.martinId, unit: 'E5', sousReserve: false }),
        "E5 de Martin Paul-Henri a été modifiée après l'import",
      ],
      [
        'a mark it deleted',
        (j) => setMark(j.db, { candidateId: j.dupontId, unit: 'E4', value: mark('11', 'E4') }),
        "E4 de Dupont Léa a été saisie après l'import",
      ],
      [
        'a contrôle mark it wrote, erased',
        async (j) => setMark(j.db, { candidateId: await bernardId(j), unit: 'controle_E1', value: mark('', 'controle_E1') }),
        "la note de contrôle E1 de Bernard Chloé a été effacée après l'import",
      ],
      [
        'a mark entered for a candidate it created',
        async (j) => setMark(j.db, { candidateId: await bernardId(j), unit: 'E3', value: mark('12', 'E3') }),
        "E3 de Bernard Chloé a été saisie après l'import",
      ],
      [
        'a candidate it created',
        async (j) => updateCandidate(j.db, await bernardId(j), { prenom: 'Chloë' }),
        "la fiche de Bernard Chloé a été modifiée après l'import",
      ],
      ['a candidate it updated', (j) => updateCandidate(j.db, j.dupontId, { dateNaissance: null }), "la fiche de Dupont Léa a été modifiée après l'import"],
      [
        'a candidate it created, deleted',
        async (j) => deleteCandidates(j.db, [await bernardId(j)]),
        // Her 3 marks went with her: 4 changes.
        "4 données ont changé depuis (par exemple, la fiche de Bernard Chloé a été supprimée après l'import)",
      ],
      [
        'an établissement it created',
        async (j) => updateEtablissement(j.db, (await j.candidate(j.dupontId)).etablissementId!, { city: 'Blagnac' }),
        "l'établissement Lycée Ozenne a été modifié après l'import",
      ],
      [
        'a candidate attached since to an établissement it created',
        async (j) => updateCandidate(j.db, j.petitId, { etablissementId: (await j.candidate(j.dupontId)).etablissementId }),
        "la fiche de Petit Jean a été rattachée après l'import à l'établissement Lycée Ozenne, créé par l'import",
      ],
    ])('%s', async (_, change, message) => {
      const j = await jury();
      await applyImportPlan(j.db, j.sessionId, await bigPlan(j), 'notes.csv');
      await change(j);
      const text = await expectRefused(j.db, () => undoLastImport(j.db, j.sessionId), message);
      expect(text).toMatch(/^Impossible d'annuler l'import de « notes\.csv » : .*\.$/);
    });

    it('names the one change', async () => {
      const j = await jury();
      await applyImportPlan(j.db, j.sessionId, await bigPlan(j), 'notes.csv');
      await setMark(j.db, { candidateId: j.dupontId, unit: 'E4', value: mark('11', 'E4') });
      await expectRefused(
        j.db,
        () => undoLastImport(j.db, j.sessionId),
        /^Impossible d'annuler l'import de « notes\.csv » : E4 de Dupont Léa a été saisie après l'import\.$/,
      );
    });

    it('names how many, with an example; undoes once the change is reverted', async () => {
      const j = await jury();
      const before = await snapshot(j.db);
      await applyImportPlan(j.db, j.sessionId, await bigPlan(j), 'notes.csv');
      await setMark(j.db, { candidateId: j.dupontId, unit: 'E1', value: mark('15') });
      await setMark(j.db, { candidateId: j.martinId, unit: 'E3', value: mark('7', 'E3') });
      await expectRefused(
        j.db,
        () => undoLastImport(j.db, j.sessionId),
        "Impossible d'annuler l'import de « notes.csv » : 2 données ont changé depuis (par exemple, E1 de Dupont Léa a été modifiée après l'import).",
      );

      await setMark(j.db, { candidateId: j.dupontId, unit: 'E1', value: mark('14,5') });
      await setMark(j.db, { candidateId: j.martinId, unit: 'E3', value: mark('AB', 'E3') });
      await undoLastImport(j.db, j.sessionId);
      expect(await snapshot(j.db)).toEqual(before);
    });

    it('refuses a numero given since to someone else', async () => {
      const j = await jury();
      const martin = await j.candidate(j.martinId);
      await applyImportPlan(j.db, j.sessionId, plan({ candidateUpdates: [{ line: 2, before: martin, after: { ...martin, numero: '0099' } }] }), 'numeros.csv');
      await addCandidate(j.db, candidateData(j.sessionId, { numero: '0013', nom: 'Vidal', prenom: 'Marc' }));
      await expectRefused(j.db, () => undoLastImport(j.db, j.sessionId), 'le numéro « 0013 » de Martin Paul a été attribué depuis à Vidal Marc');
    });

    it('refuses to restore a bénéfice that the session year no longer allows', async () => {
      const j = await jury();
      const e5 = await j.stored(j.martinId, 'E5');
      await applyImportPlan(
        j.db,
        j.sessionId,
        plan({ markWrites: [{ line: 3, candidate: { id: j.martinId }, unit: 'E5', before: e5, after: content('14', 'E5') }] }),
        'benefices.csv',
      );
      await updateSession(j.db, j.sessionId, { year: 2029 }); // no stored bénéfice stands in the way now
      await expectRefused(
        j.db,
        () => undoLastImport(j.db, j.sessionId),
        "Impossible d'annuler l'import : bénéfice en E5 : l'année doit être celle d'une session antérieure, de 2024 à 2028",
      );
    });
  });
});

describe('deleteSession', () => {
  it("removes the session's import records, not those of other sessions", async () => {
    const j = await jury();
    const other = await createSession(j.db, sessionData({ name: 'Autre' }));
    await applyImportPlan(j.db, other, plan({ newCandidates: [newCandidate(2)] }), 'autre.csv');
    await applyImportPlan(j.db, j.sessionId, await bigPlan(j), 'notes.csv');
    await deleteSession(j.db, j.sessionId);
    expect((await j.db.imports.toArray()).map((i) => [i.sessionId, i.fileName])).toEqual([[other, 'autre.csv']]);
    expect(await lastImport(j.db, j.sessionId)).toBeUndefined();
  });
});
