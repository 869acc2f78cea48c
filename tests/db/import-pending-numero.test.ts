/** A file with the real numbers gives them to the candidates entered « numéro à venir »: one transaction, undoable. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addCandidate, listCandidates } from '../../src/db/candidates.ts';
import { applyImportPlan, undoLastImport } from '../../src/db/imports.ts';
import { allMarks } from '../../src/db/marks.ts';
import { createSession } from '../../src/db/sessions.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import { planText } from '../io/import-helpers.ts';
import { candidateData, freshDb, sessionData, snapshot } from './helpers.ts';

describe('applying a plan that matches candidates « numéro à venir »', () => {
  it('gives the number and the marks in one import, and undo takes them back', async () => {
    const db = freshDb();
    const sessionId = await createSession(db, sessionData({ year: 2025 }));
    const id = await addCandidate(db, candidateData(sessionId, { numero: '', nom: 'Lefèvre', prenom: 'Jean-Éric', dateNaissance: '2004-03-05' }));
    await addCandidate(db, candidateData(sessionId, { numero: '', nom: 'Roux', prenom: 'Anna', dateNaissance: '2004-01-01' }));
    const before = await snapshot(db);
    const session = { regulation: btsCcst2024, year: 2025, etablissements: [], candidates: await listCandidates(db, sessionId), marks: [] };
    const plan = planText('numero;nom;prenom;date_naissance;E1\n0200;Lefevre;Jean-Eric;05/03/2004;12\n', session, 'keep', { matchPendingNumeros: true });
    expect(plan.rows[0]).toMatchObject({ status: 'updated', matchedPending: true });

    await applyImportPlan(db, sessionId, plan, 'numeros.csv');
    const after = await listCandidates(db, sessionId);
    expect(after.map((c) => [c.numero, c.nom])).toEqual([
      ['', 'Roux'],
      ['0200', 'Lefèvre'],
    ]);
    expect((await allMarks(db)).filter((m) => m.candidateId === id).map((m) => m.unit)).toEqual(['E1']);

    await undoLastImport(db, sessionId);
    expect(await snapshot(db)).toEqual(before);
  });

  it('creates the rows without a number « numéro à venir » beside the candidates already waiting, and undo removes them', async () => {
    const db = freshDb();
    const sessionId = await createSession(db, sessionData({ year: 2025 }));
    const roux = await addCandidate(db, candidateData(sessionId, { numero: '', nom: 'Roux', prenom: 'Anna', dateNaissance: null }));
    const before = await snapshot(db);
    const session = { regulation: btsCcst2024, year: 2025, etablissements: [], candidates: await listCandidates(db, sessionId), marks: [] };
    const plan = planText('nom;prenom;E1\nZola;Émile;11\nHugo;Victor;\nRoux;Anna;9\n', session, 'keep', { createPendingNumeros: true });
    expect(plan.rows.map((r) => r.status)).toEqual(['new', 'new', 'updated']);

    await applyImportPlan(db, sessionId, plan, 'collage');
    const after = await listCandidates(db, sessionId);
    expect(after.map((c) => [c.numero, c.nom]).sort()).toEqual([
      ['', 'Hugo'],
      ['', 'Roux'],
      ['', 'Zola'],
    ]);
    const marks = await allMarks(db);
    expect(marks.map((m) => [after.find((c) => c.id === m.candidateId)?.nom, m.unit]).sort()).toEqual([
      ['Roux', 'E1'],
      ['Zola', 'E1'],
    ]);
    expect(marks.find((m) => m.candidateId === roux)?.value).toEqual({ kind: 'number', hundredths: 900 });

    await undoLastImport(db, sessionId);
    expect(await snapshot(db)).toEqual(before);
  });
});
