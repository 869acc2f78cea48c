import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addCandidate, deleteCandidates } from '../../src/db/candidates.ts';
import {
  addEtablissement,
  addEtablissements,
  deleteEtablissement,
  deleteEtablissements,
  listEtablissements,
  updateEtablissement,
} from '../../src/db/etablissements.ts';
import { createSession } from '../../src/db/sessions.ts';
import type { EtablissementType } from '../../src/domain/session.ts';
import { candidateData, etablissementData, expectRefused, freshDb, sessionData } from './helpers.ts';

async function withSession() {
  const db = freshDb();
  const sessionId = await createSession(db, sessionData());
  return { db, sessionId };
}

describe('addEtablissement', () => {
  it('stores the établissement with its UAI upper-cased and texts trimmed', async () => {
    const { db, sessionId } = await withSession();
    const id = await addEtablissement(db, etablissementData(sessionId, { uai: ' e0313029z ', name: ' Lycée A ', city: ' Albi ' }));
    expect(await db.etablissements.get(id)).toEqual({ id, sessionId, uai: 'E0313029Z', name: 'Lycée A', city: 'Albi', type: 'public' });
  });

  it('accepts several établissements without UAI', async () => {
    const { db, sessionId } = await withSession();
    await addEtablissement(db, etablissementData(sessionId, { uai: '', name: 'A' }));
    await addEtablissement(db, etablissementData(sessionId, { uai: '  ', name: 'B' }));
    expect((await listEtablissements(db, sessionId)).map((e) => e.uai)).toEqual(['', '']);
  });

  it.each(['031004E', '03100445', '0310044EE', 'AB310044E', '0310O44E', '0310044-E'])('refuses the UAI « %s »', async (uai) => {
    const { db, sessionId } = await withSession();
    await expectRefused(db, () => addEtablissement(db, etablissementData(sessionId, { uai })), `Le code UAI « ${uai} » n'est pas valide`);
  });

  it('refuses a UAI already used in the session, whatever its case, but not in another session', async () => {
    const { db, sessionId } = await withSession();
    await addEtablissement(db, etablissementData(sessionId, { uai: '0310044E', name: 'Lycée A' }));
    await expectRefused(
      db,
      () => addEtablissement(db, etablissementData(sessionId, { uai: '0310044e', name: 'Lycée B' })),
      "Le code UAI « 0310044E » est déjà celui de l'établissement Lycée A.",
    );
    const other = await createSession(db, sessionData());
    await addEtablissement(db, etablissementData(other, { uai: '0310044E' }));
  });

  it('refuses an empty name, an unknown type and an unknown session', async () => {
    const { db, sessionId } = await withSession();
    await expectRefused(db, () => addEtablissement(db, etablissementData(sessionId, { name: ' ' })), "Le nom de l'établissement est obligatoire.");
    await expectRefused(
      db,
      () => addEtablissement(db, etablissementData(sessionId, { type: 'lycee' as EtablissementType })),
      "Type d'établissement inconnu : « lycee ».",
    );
    await expectRefused(db, () => addEtablissement(db, etablissementData(sessionId + 1)), "Cette session n'existe pas");
  });
});

describe('updateEtablissement', () => {
  it('changes the given fields; its own UAI is not a duplicate', async () => {
    const { db, sessionId } = await withSession();
    const id = await addEtablissement(db, etablissementData(sessionId));
    await updateEtablissement(db, id, { uai: '0310044e', city: 'Toulouse Cedex', type: 'prive_sous_contrat' });
    expect(await db.etablissements.get(id)).toMatchObject({ uai: '0310044E', city: 'Toulouse Cedex', type: 'prive_sous_contrat', sessionId });
  });

  it('refuses a UAI of another établissement of the session, an invalid value, an unknown id', async () => {
    const { db, sessionId } = await withSession();
    await addEtablissement(db, etablissementData(sessionId, { uai: '0310044E', name: 'Lycée A' }));
    const id = await addEtablissement(db, etablissementData(sessionId, { uai: '0311234K', name: 'Lycée B' }));
    await expectRefused(db, () => updateEtablissement(db, id, { uai: '0310044E' }), "déjà celui de l'établissement Lycée A");
    await expectRefused(db, () => updateEtablissement(db, id, { name: '' }), 'obligatoire');
    await expectRefused(db, () => updateEtablissement(db, id + 10, { name: 'X' }), "Cet établissement n'existe pas");
  });
});

describe('deleteEtablissement', () => {
  it('is refused while candidates belong to it, saying how many', async () => {
    const { db, sessionId } = await withSession();
    const id = await addEtablissement(db, etablissementData(sessionId, { name: 'Lycée A' }));
    const c1 = await addCandidate(db, candidateData(sessionId, { numero: '1', etablissementId: id }));
    const c2 = await addCandidate(db, candidateData(sessionId, { numero: '2', etablissementId: id }));
    await expectRefused(db, () => deleteEtablissement(db, id), "Impossible de supprimer l'établissement Lycée A : 2 candidats y sont encore rattachés.");
    await deleteCandidates(db, [c1]);
    await expectRefused(db, () => deleteEtablissement(db, id), "Impossible de supprimer l'établissement Lycée A : 1 candidat y est encore rattaché.");
    await deleteCandidates(db, [c2]);
    await deleteEtablissement(db, id);
    expect(await db.etablissements.count()).toBe(0);
  });

  it('refuses an unknown id', async () => {
    const { db } = await withSession();
    await expectRefused(db, () => deleteEtablissement(db, 99), "Cet établissement n'existe pas");
  });
});

describe('listEtablissements', () => {
  it("lists one session's établissements by name", async () => {
    const { db, sessionId } = await withSession();
    const other = await createSession(db, sessionData());
    await addEtablissement(db, etablissementData(sessionId, { uai: '', name: 'Lycée Zola' }));
    await addEtablissement(db, etablissementData(other, { uai: '', name: 'Ailleurs' }));
    await addEtablissement(db, etablissementData(sessionId, { uai: '', name: 'École Arago' }));
    expect((await listEtablissements(db, sessionId)).map((e) => e.name)).toEqual(['École Arago', 'Lycée Zola']);
  });
});

describe('addEtablissements (rows pasted from a spreadsheet)', () => {
  const row = (uai: string, name: string) => ({ uai, name, city: 'Albi', type: 'public' as EtablissementType });
  const place = (index: number) => `Ligne ${index + 2}`;

  it('adds them all in one transaction, checked as one added alone, and deleteEtablissements takes them back', async () => {
    const { db, sessionId } = await withSession();
    const ids = await addEtablissements(db, sessionId, [row(' 0810004p ', ' LPO Rascol '), row('', 'Lycée sans code')], place);
    expect((await listEtablissements(db, sessionId)).map((e) => [e.id, e.uai, e.name])).toEqual([
      [ids[0], '0810004P', 'LPO Rascol'],
      [ids[1], '', 'Lycée sans code'],
    ]);
    await deleteEtablissements(db, ids);
    expect(await listEtablissements(db, sessionId)).toEqual([]);
  });

  it('refuses them all, naming the line, when one is refused: a UAI taken in the session or twice in the rows', async () => {
    const { db, sessionId } = await withSession();
    await addEtablissement(db, etablissementData(sessionId, { uai: '0310044E', name: 'LPO Déodat' }));
    await expectRefused(
      db,
      () => addEtablissements(db, sessionId, [row('0810004P', 'LPO Rascol'), row('0310044e', 'Autre')], place),
      "Ligne 3 : le code UAI « 0310044E » est déjà celui de l'établissement LPO Déodat.",
    );
    await expectRefused(
      db,
      () => addEtablissements(db, sessionId, [row('0810004P', 'LPO Rascol'), row('0810004P', 'Encore')], place),
      "Ligne 3 : le code UAI « 0810004P » est déjà celui de l'établissement LPO Rascol.",
    );
    expect((await listEtablissements(db, sessionId)).map((e) => e.name)).toEqual(['LPO Déodat']);
  });

  it('deleteEtablissements removes none of them while a candidate belongs to one', async () => {
    const { db, sessionId } = await withSession();
    const ids = await addEtablissements(db, sessionId, [row('', 'A'), row('', 'B')], place);
    await addCandidate(db, candidateData(sessionId, { etablissementId: ids[1]! }));
    await expectRefused(db, () => deleteEtablissements(db, ids), "Impossible de supprimer l'établissement B : 1 candidat y est encore rattaché.");
    expect(await listEtablissements(db, sessionId)).toHaveLength(2);
  });
});
