import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addCandidate } from '../../src/db/candidates.ts';
import { closeDeliberation, closeFirstGroup, openDeliberation, setJuryMember } from '../../src/db/deliberation.ts';
import { applyLivretImport, LIVRET_CLOSED_MESSAGE, listLivrets, restoreLivrets, saveLivret, updateLivrets } from '../../src/db/livrets.ts';
import { createSession } from '../../src/db/sessions.ts';
import { emptyLivret, type LivretRecord } from '../../src/domain/livret.ts';
import { ChangedSinceError } from '../../src/db/errors.ts';
import { candidateData, expectRefused, freshDb, sessionData } from './helpers.ts';

async function setup() {
  const db = freshDb();
  const sessionId = await createSession(db, sessionData());
  const other = await createSession(db, sessionData({ name: 'Autre session' }));
  const lea = await addCandidate(db, candidateData(sessionId));
  const paul = await addCandidate(db, candidateData(sessionId, { numero: '0013', nom: 'Martin', prenom: 'Paul' }));
  const stranger = await addCandidate(db, candidateData(other, { numero: '0099', nom: 'Ailleurs' }));
  return { db, sessionId, other, lea, paul, stranger };
}

describe('livrets repository', () => {
  it('saves one candidate’s livret field by field, and lists the session’s livrets', async () => {
    const { db, sessionId, lea, paul } = await setup();
    await saveLivret(db, sessionId, lea, [{ kind: 'mark', subject: 'cge', period: 'a1s1', value: 1250 }]);
    const saved = await saveLivret(db, sessionId, lea, [
      { kind: 'appreciation', subject: 'cge', text: '  Bon trimestre.  ' },
      { kind: 'avis', value: 'favorable' },
      { kind: 'pix', value: true },
      { kind: 'observations', text: 'RAS' },
    ]);
    expect(saved).toMatchObject({
      sessionId,
      candidateId: lea,
      subjects: { cge: { marks: { a1s1: 1250 }, appreciation: 'Bon trimestre.' } },
      avis: 'favorable',
      pix: true,
      observations: 'RAS',
    });
    expect(Date.parse(saved!.updatedAt)).not.toBeNaN();
    await saveLivret(db, sessionId, paul, [{ kind: 'mark', subject: 'cejm', period: 'a2s2', value: 0 }]);
    expect((await listLivrets(db, sessionId)).map((l) => l.candidateId)).toEqual([lea, paul]);
  });

  it('writes a class grid edit for several candidates in one transaction, and removes a livret left empty', async () => {
    const { db, sessionId, lea, paul } = await setup();
    await updateLivrets(db, sessionId, [
      { candidateId: lea, changes: [{ kind: 'mark', subject: 'cge', period: 'a2s1', value: 1400 }] },
      { candidateId: paul, changes: [{ kind: 'mark', subject: 'cge', period: 'a2s1', value: 900 }] },
      { candidateId: lea, changes: [{ kind: 'mark', subject: 'cge', period: 'a2s2', value: 1500 }] },
    ]);
    expect((await db.livrets.get(lea))!.subjects.cge!.marks).toEqual({ a2s1: 1400, a2s2: 1500 });
    await updateLivrets(db, sessionId, [{ candidateId: paul, changes: [{ kind: 'mark', subject: 'cge', period: 'a2s1', value: null }] }]);
    expect(await db.livrets.get(paul)).toBeUndefined();
  });

  it('puts back an undo or a redo only where every livret still holds what it expects, else writes nothing and says where', async () => {
    const { db, sessionId, lea, paul } = await setup();
    const cge = (value: number | null) => ({ kind: 'mark' as const, subject: 'cge', period: 'a1s1' as const, value });
    await updateLivrets(db, sessionId, [
      { candidateId: lea, changes: [cge(1250)] },
      { candidateId: paul, changes: [cge(900), { kind: 'avis', value: 'favorable' }] },
    ]);
    // Paul's avis changed since (another tab): undoing the paste of both candidates writes nothing.
    await updateLivrets(db, sessionId, [{ candidateId: paul, changes: [{ kind: 'avis', value: 'tres_favorable' }] }]);
    const undo = [
      { candidateId: lea, changes: [cge(null)], expected: [cge(1250)] },
      {
        candidateId: paul,
        changes: [cge(null), { kind: 'avis' as const, value: null }],
        expected: [cge(900), { kind: 'avis' as const, value: 'favorable' as const }],
      },
    ];
    const error = await updateLivrets(db, sessionId, undo).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChangedSinceError);
    expect((error as Error).message).toBe('Avis, Martin Paul (0013) : la valeur a changé depuis (Très favorable)');
    await expectRefused(db, () => updateLivrets(db, sessionId, undo), 'la valeur a changé depuis');
    expect((await db.livrets.get(lea))!.subjects.cge!.marks.a1s1).toBe(1250);
    // What it expects held: written (Léa's livret, left empty, is removed).
    await updateLivrets(db, sessionId, [{ candidateId: lea, changes: [cge(null)], expected: [cge(1250)] }]);
    expect(await db.livrets.get(lea)).toBeUndefined();
    await expectRefused(
      db,
      () => updateLivrets(db, sessionId, [{ candidateId: lea, changes: [cge(1250)], expected: [cge(800)] }]),
      'CGE 1A S1, Dupont Léa (0012) : la valeur a changé depuis (vide)',
    );
  });

  it('refuses, writing nothing, a mark out of range, an unknown subject or a candidate of another session', async () => {
    const { db, sessionId, lea, stranger } = await setup();
    await saveLivret(db, sessionId, lea, [{ kind: 'mark', subject: 'cge', period: 'a1s1', value: 1000 }]);
    await expectRefused(
      db,
      () =>
        updateLivrets(db, sessionId, [
          { candidateId: lea, changes: [{ kind: 'mark', subject: 'cge', period: 'a1s2', value: 1200 }] },
          { candidateId: lea, changes: [{ kind: 'mark', subject: 'cge', period: 'a2s1', value: 2050 }] },
        ]),
      'Livret de Dupont Léa : note invalide (entre 0 et 20',
    );
    await expectRefused(
      db,
      () => saveLivret(db, sessionId, lea, [{ kind: 'mark', subject: 'maths', period: 'a1s1', value: 1000 }]),
      'matière « maths » inconnue du livret',
    );
    await expectRefused(
      db,
      () => saveLivret(db, sessionId, stranger, [{ kind: 'pix', value: true }]),
      "Ce candidat n'existe pas (ou plus) dans cette session.",
    );
  });

  it('makes livrets read-only once the deliberation is closed', async () => {
    const { db, sessionId, lea } = await setup();
    await setJuryMember(db, sessionId, 'Mme Durand');
    await openDeliberation(db, sessionId);
    await saveLivret(db, sessionId, lea, [{ kind: 'avis', value: 'favorable' }]); // still open: allowed
    await closeFirstGroup(db, sessionId);
    await closeDeliberation(db, sessionId);
    const text = await expectRefused(db, () => saveLivret(db, sessionId, lea, [{ kind: 'avis', value: null }]), LIVRET_CLOSED_MESSAGE);
    expect(text).toContain('lecture seule');
    await expectRefused(db, () => applyLivretImport(db, sessionId, []), LIVRET_CLOSED_MESSAGE);
  });

  it('applies an import as previewed, atomically, refuses it when a livret changed meanwhile, and undoes it', async () => {
    const { db, sessionId, lea, paul } = await setup();
    const before = (await saveLivret(db, sessionId, lea, [{ kind: 'mark', subject: 'cge', period: 'a1s1', value: 1000 }]))!;
    const afterLea: LivretRecord = { ...before, subjects: { cge: { marks: { a1s1: 1000, a1s2: 1100 }, appreciation: '' } } };
    const afterPaul: LivretRecord = { ...emptyLivret(sessionId, paul), avis: 'tres_favorable' };
    const writes = [
      { candidateId: lea, before, after: afterLea },
      { candidateId: paul, before: null, after: afterPaul },
    ];
    // Paul's livret was written after the preview: nothing is imported.
    await saveLivret(db, sessionId, paul, [{ kind: 'pix', value: true }]);
    await expectRefused(db, () => applyLivretImport(db, sessionId, writes), "modifié depuis l'aperçu de l'import");
    await saveLivret(db, sessionId, paul, [{ kind: 'pix', value: false }]); // empty again: removed

    const restore = await applyLivretImport(db, sessionId, writes);
    expect((await db.livrets.get(lea))!.subjects.cge!.marks).toEqual({ a1s1: 1000, a1s2: 1100 });
    expect((await db.livrets.get(paul))!.avis).toBe('tres_favorable');

    await restoreLivrets(db, sessionId, restore);
    expect(await db.livrets.get(lea)).toEqual(before);
    expect(await db.livrets.get(paul)).toBeUndefined();
  });

  it('does not undo an import over a later edit', async () => {
    const { db, sessionId, lea } = await setup();
    const restore = await applyLivretImport(db, sessionId, [{ candidateId: lea, before: null, after: { ...emptyLivret(sessionId, lea), pix: true } }]);
    await saveLivret(db, sessionId, lea, [{ kind: 'avis', value: 'favorable' }]);
    await expectRefused(db, () => restoreLivrets(db, sessionId, restore), "modifié depuis l'import");
  });
});
