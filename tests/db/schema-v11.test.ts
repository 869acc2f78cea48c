import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addCandidate, candidatesOfSession, deleteCandidates, listCandidates } from '../../src/db/candidates.ts';
import { blocksOfV9, encodeV8Record, groupMarkRows, openDatabase } from '../../src/db/database.ts';
import { addEtablissement, deleteEtablissement } from '../../src/db/etablissements.ts';
import { createSession } from '../../src/db/sessions.ts';
import { candidateData, etablissementData, expectRefused, freshDb, sessionData } from './helpers.ts';
import { expectGoesOnLikeSource, expectHoldsTheSame, genuineOlder, heldBefore } from './schema-upgrade.ts';

/** The source database (schema-upgrade.ts) written record for record as a genuine v10 database (marks in blocks). */
const genuineV10 = () => genuineOlder(10, 'markBlocks', (rows) => blocksOfV9(groupMarkRows(rows).map(encodeV8Record)));

describe('schema v11: the candidates keep one index, [sessionId+numero]', () => {
  it('a genuine v10 database with marks, an audit trail and an import undo opens with identical results, and backs up the same', async () => {
    const filled = await genuineV10();
    const before = await heldBefore(filled);

    const db = openDatabase(filled.name);
    try {
      await db.open();
      expect(db.verno).toBe(11);
      expect(db.candidates.schema.indexes.map((i) => i.name)).toEqual(['[sessionId+numero]']);
      await expectHoldsTheSame(db, filled, before);
      // Each session's candidates are found through the compound index, in numero order.
      for (const session of await db.sessions.toArray()) {
        const own = (await db.candidates.toArray()).filter((c) => c.sessionId === session.id);
        expect((await candidatesOfSession(db, session.id!).toArray()).map((c) => c.id)).toEqual(
          own.sort((a, b) => (a.numero < b.numero ? -1 : a.numero > b.numero ? 1 : a.id! - b.id!)).map((c) => c.id),
        );
        expect((await listCandidates(db, session.id!, 16)).map((c) => c.id)).toEqual(own.map((c) => c.id));
      }

      await expectGoesOnLikeSource(db, filled);
    } finally {
      db.close();
    }
  });

  it('counts the candidates of an établissement among its own session only, then deletes it once none is left', async () => {
    const db = freshDb();
    const sessionId = await createSession(db, sessionData());
    const other = await createSession(db, sessionData({ name: 'Autre session' }));
    const lycee = await addEtablissement(db, etablissementData(sessionId, { name: 'Lycée A' }));
    const elsewhere = await addEtablissement(db, etablissementData(other, { name: 'Lycée B' }));
    const first = await addCandidate(db, candidateData(sessionId, { numero: '1', etablissementId: lycee }));
    await addCandidate(db, candidateData(sessionId, { numero: '2', etablissementId: lycee }));
    await addCandidate(db, candidateData(other, { numero: '3', etablissementId: elsewhere }));

    await expectRefused(db, () => deleteEtablissement(db, lycee), "Impossible de supprimer l'établissement Lycée A : 2 candidats y sont encore rattachés.");
    await expectRefused(db, () => deleteEtablissement(db, elsewhere), "Impossible de supprimer l'établissement Lycée B : 1 candidat y est encore rattaché.");
    await deleteCandidates(db, [first]);
    await db.candidates.where('[sessionId+numero]').equals([sessionId, '2']).modify({ etablissementId: null });
    await deleteEtablissement(db, lycee);
    expect((await db.etablissements.toArray()).map((e) => e.name)).toEqual(['Lycée B']);
  });
});
