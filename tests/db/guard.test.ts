// The gate every mark write goes through (src/db/guard.ts), exercised through the real writers:
// setMark / setMarkFlags (typed) and applyImportPlan (import), across the phases of the deliberation.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addCandidate, deleteCandidates, restoreCandidates } from '../../src/db/candidates.ts';
import { closeDeliberation, closeFirstGroup, listAudit, openDeliberation, reopen, setJuryMember, setLivretExamined } from '../../src/db/deliberation.ts';
import { applyImportPlan, undoLastImport } from '../../src/db/imports.ts';
import { getMark, setMark, setMarkFlags } from '../../src/db/marks.ts';
import { createSession } from '../../src/db/sessions.ts';
import type { ImportPlan } from '../../src/io/import/types.ts';
import { candidateData, expectRefused, freshDb, mark, sessionData } from './helpers.ts';

async function setup() {
  const db = freshDb();
  const sessionId = await createSession(db, sessionData());
  const candidateId = await addCandidate(db, candidateData(sessionId, { numero: '0012', nom: 'Dupont', prenom: 'Léa' }));
  await setMark(db, { candidateId, unit: 'E1', value: mark('9') });
  await setJuryMember(db, sessionId, 'Mme Martin');
  const audit = () => listAudit(db, sessionId);
  const notes = async () => (await audit()).filter((e) => e.kind === 'note');
  const stored = async (unit: string) => (await getMark(db, candidateId, unit))?.value;
  return { db, sessionId, candidateId, audit, notes, stored };
}

describe('mark guard', () => {
  it('before the deliberation: marks are free and nothing is logged', async () => {
    const { db, candidateId, audit, stored } = await setup();
    await setMark(db, { candidateId, unit: 'E1', value: mark('12') });
    await setMark(db, { candidateId, unit: 'controle_E1', value: mark('11', 'controle_E1') });
    expect(await stored('E1')).toEqual(mark('12'));
    expect(await audit()).toEqual([]);
  });

  it('open: a change without a reason is refused; with one it is logged with who, before, after and why', async () => {
    const { db, sessionId, candidateId, notes, stored } = await setup();
    await openDeliberation(db, sessionId);
    await expectRefused(
      db,
      () => setMark(db, { candidateId, unit: 'E1', value: mark('12') }),
      'Délibération ouverte : indiquez le motif de la modification de E1 de Dupont Léa.',
    );
    await expectRefused(db, () => setMark(db, { candidateId, unit: 'E1', value: mark('12'), reason: '   ' }), 'indiquez le motif');
    expect(await notes()).toEqual([]);

    await setMark(db, { candidateId, unit: 'E1', value: mark('12'), reason: 'Erreur de report' });
    expect(await stored('E1')).toEqual(mark('12'));
    expect(await notes()).toEqual([
      {
        id: expect.any(Number),
        sessionId,
        at: expect.any(String),
        who: 'Mme Martin',
        kind: 'note',
        candidateId,
        numero: '0012',
        name: 'Dupont Léa',
        unit: 'E1',
        before: '9',
        after: '12',
        reason: 'Erreur de report',
      },
    ]);

    // a new mark (before: nothing), a cleared mark (after: nothing), a flag
    await setMark(db, { candidateId, unit: 'E5', value: mark('14', 'E5'), reason: 'Note arrivée' });
    await setMark(db, { candidateId, unit: 'E5', value: { kind: 'empty' }, reason: 'Mauvais candidat' });
    await setMarkFlags(db, { candidateId, unit: 'E1', sousReserve: true, reason: 'Dossier à vérifier' });
    expect((await notes()).slice(1).map((e) => [e.unit, e.before, e.after, e.reason])).toEqual([
      ['E5', '', '14', 'Note arrivée'],
      ['E5', '14', '', 'Mauvais candidat'],
      ['E1', '12', '12 (sous réserve)', 'Dossier à vérifier'],
    ]);
  });

  it('open without a jury member’s name (cleared behind the app’s back): refused', async () => {
    const { db, sessionId, candidateId } = await setup();
    await openDeliberation(db, sessionId);
    await db.deliberations.update(sessionId, { juryMember: ' ' });
    await expectRefused(db, () => setMark(db, { candidateId, unit: 'E1', value: mark('12'), reason: 'Erreur' }), 'indiquez d’abord le nom du membre du jury');
  });

  it('1er groupe closed: first-group marks refused, contrôle marks allowed and logged', async () => {
    const { db, sessionId, candidateId, notes } = await setup();
    await openDeliberation(db, sessionId);
    await closeFirstGroup(db, sessionId);
    await expectRefused(
      db,
      () => setMark(db, { candidateId, unit: 'E1', value: mark('12'), reason: 'Erreur' }),
      'Le 1er groupe est clos : E1 de Dupont Léa ne peut plus être modifiée.',
    );
    await expectRefused(db, () => setMarkFlags(db, { candidateId, unit: 'E1', sousReserve: true, reason: 'x' }), 'Le 1er groupe est clos');
    // Entering a contrôle mark is the expected step once the 1er groupe is closed: logged with an implied reason.
    await setMark(db, { candidateId, unit: 'controle_E1', value: mark('11', 'controle_E1') });
    expect(await notes()).toMatchObject([{ unit: 'contrôle E1', before: '', after: '11', reason: "Saisie de l'épreuve de contrôle", who: 'Mme Martin' }]);
    // Changing it afterwards is a correction: it needs the jury's reason.
    await expectRefused(
      db,
      () => setMark(db, { candidateId, unit: 'controle_E1', value: mark('12', 'controle_E1') }),
      'indiquez le motif de la modification de contrôle E1',
    );
    await setMark(db, { candidateId, unit: 'controle_E1', value: mark('12', 'controle_E1'), reason: 'Erreur de report' });
    expect((await notes()).at(-1)).toMatchObject({ before: '11', after: '12', reason: 'Erreur de report' });
  });

  it('closed: every mark refused; reopened with a reason: allowed again, and logged', async () => {
    const { db, sessionId, candidateId, notes, stored } = await setup();
    await openDeliberation(db, sessionId);
    await closeFirstGroup(db, sessionId);
    await closeDeliberation(db, sessionId);
    await expectRefused(
      db,
      () => setMark(db, { candidateId, unit: 'E1', value: mark('12'), reason: 'Erreur' }),
      'La délibération est close : E1 de Dupont Léa',
    );
    await expectRefused(
      db,
      () => setMark(db, { candidateId, unit: 'controle_E2', value: mark('11', 'controle_E2'), reason: 'Erreur' }),
      'La délibération est close : contrôle E2',
    );

    await reopen(db, sessionId, 'Contrôle E2 oublié');
    await setMark(db, { candidateId, unit: 'controle_E2', value: mark('11', 'controle_E2'), reason: 'Contrôle E2 oublié' });
    await expectRefused(db, () => setMark(db, { candidateId, unit: 'E1', value: mark('12'), reason: 'Erreur' }), 'Le 1er groupe est clos');
    await reopen(db, sessionId, 'Erreur de report en E1');
    await setMark(db, { candidateId, unit: 'E1', value: mark('12'), reason: 'Erreur de report en E1' });
    expect(await stored('E1')).toEqual(mark('12'));
    expect((await notes()).map((e) => [e.unit, e.after])).toEqual([
      ['contrôle E2', '11'],
      ['E1', '12'],
    ]);
  });

  it('an import during the open deliberation is logged with the file name as the reason', async () => {
    const { db, sessionId, candidateId, notes } = await setup();
    await openDeliberation(db, sessionId);
    const before = (await getMark(db, candidateId, 'E1'))!;
    const plan: ImportPlan = {
      rows: [],
      counts: { new: 0, updated: 1, unchanged: 0, error: 0 },
      emptyCells: 'keep',
      newEtablissements: [],
      newCandidates: [],
      candidateUpdates: [],
      markWrites: [{ line: 2, candidate: { id: candidateId }, unit: 'E1', before, after: { value: mark('13'), sousReserve: false, benefice: null } }],
    };
    await applyImportPlan(db, sessionId, plan, 'notes-E1.csv');
    expect(await notes()).toMatchObject([
      { who: 'Mme Martin', candidateId, unit: 'E1', before: '9', after: '13', reason: 'Import du fichier « notes-E1.csv »' },
    ]);
  });

  it('an import after the 1er groupe is closed is refused as a whole', async () => {
    const { db, sessionId, candidateId, notes } = await setup();
    await openDeliberation(db, sessionId);
    await closeFirstGroup(db, sessionId);
    const before = (await getMark(db, candidateId, 'E1'))!;
    const plan: ImportPlan = {
      rows: [],
      counts: { new: 0, updated: 1, unchanged: 0, error: 0 },
      emptyCells: 'keep',
      newEtablissements: [],
      newCandidates: [],
      candidateUpdates: [],
      markWrites: [{ line: 2, candidate: { id: candidateId }, unit: 'E1', before, after: { value: mark('13'), sousReserve: false, benefice: null } }],
    };
    await expectRefused(db, () => applyImportPlan(db, sessionId, plan, 'notes.csv'), 'Le 1er groupe est clos');
    expect(await notes()).toEqual([]);
  });
});

describe('what else changes marks goes through the same rules', () => {
  const plan = (candidateId: number, before: ReturnType<typeof mark> | null): ImportPlan => ({
    rows: [],
    counts: { new: 0, updated: 1, unchanged: 0, error: 0 },
    emptyCells: 'keep',
    newEtablissements: [],
    newCandidates: [],
    candidateUpdates: [],
    markWrites: [
      {
        line: 2,
        candidate: { id: candidateId },
        unit: 'E1',
        before: before && { sessionId: 0, candidateId, unit: 'E1', value: before, sousReserve: false, benefice: null, updatedAt: '' },
        after: { value: mark('15'), sousReserve: false, benefice: null },
      },
    ],
  });

  // Regression: undoing an import bypassed the guard, so a closed deliberation could still change.
  it('undoing an import is refused once the deliberation is closed, and logged while it is open', async () => {
    const { db, sessionId, candidateId, notes, stored } = await setup();
    await applyImportPlan(db, sessionId, plan(candidateId, mark('9')), 'notes.csv');
    await openDeliberation(db, sessionId);
    await closeFirstGroup(db, sessionId);
    await closeDeliberation(db, sessionId);
    await expectRefused(db, () => undoLastImport(db, sessionId), 'La délibération est close');
    await reopen(db, sessionId, 'Correction');
    await reopen(db, sessionId, 'Correction');
    await undoLastImport(db, sessionId);
    expect(await stored('E1')).toEqual(mark('9'));
    expect((await notes()).at(-1)).toMatchObject({ unit: 'E1', before: '15', after: '9', reason: "Annulation de l'import du fichier « notes.csv »" });
  });

  // Regression: deleting candidates left their jury notes behind and was possible during the deliberation.
  it('deleting candidates takes their jury notes and is undone with them; refused once the deliberation has started', async () => {
    const { db, sessionId, candidateId } = await setup();
    await setLivretExamined(db, candidateId, true);
    const undo = await deleteCandidates(db, [candidateId]);
    expect(undo.juryNotes).toMatchObject([{ candidateId, livretExamined: true }]);
    expect(await db.juryNotes.get(candidateId)).toBeUndefined();
    await restoreCandidates(db, undo);
    expect(await db.juryNotes.get(candidateId)).toMatchObject({ livretExamined: true });

    await openDeliberation(db, sessionId);
    await expectRefused(db, () => deleteCandidates(db, [candidateId]), 'Impossible de supprimer un candidat pendant la délibération');
  });
});
