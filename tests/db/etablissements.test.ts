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
  updateEtablissements,
} from '../../src/db/etablissements.ts';
import type { DelibDatabase } from '../../src/db/database.ts';
import { UserError } from '../../src/db/errors.ts';
import { createSession } from '../../src/db/sessions.ts';
import type { EtablissementType } from '../../src/domain/session.ts';
import { candidateData, etablissementData, expectRefused, freshDb, sessionData, snapshot } from './helpers.ts';

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

describe('updateEtablissements (a block of cells: one action, one transaction)', () => {
  async function three() {
    const { db, sessionId } = await withSession();
    const a = await addEtablissement(db, etablissementData(sessionId, { uai: '0310044E', name: 'Lycée A' }));
    const b = await addEtablissement(db, etablissementData(sessionId, { uai: '0311234K', name: 'Lycée B' }));
    const c = await addEtablissement(db, etablissementData(sessionId, { uai: '0810004P', name: 'Lycée C' }));
    return { db, sessionId, a, b, c };
  }
  const uais = async (db: DelibDatabase, ...ids: number[]) => (await db.etablissements.bulkGet(ids)).map((e) => e?.uai);

  it('writes every change, each checked and normalized as one alone; the others are untouched', async () => {
    const { db, sessionId, a, b, c } = await three();
    const before = await db.etablissements.get(c);
    await updateEtablissements(db, [
      { id: a, changes: { city: ' Albi ' } },
      { id: b, changes: { city: 'Albi', uai: ' 0311235l ', type: 'prive_sous_contrat' } },
    ]);
    expect(await db.etablissements.get(a)).toEqual({ id: a, sessionId, uai: '0310044E', name: 'Lycée A', city: 'Albi', type: 'public' });
    expect(await db.etablissements.get(b)).toEqual({ id: b, sessionId, uai: '0311235L', name: 'Lycée B', city: 'Albi', type: 'prive_sous_contrat' });
    expect(await db.etablissements.get(c)).toEqual(before);
  });

  it('writes nothing when one is refused, naming the établissement refused', async () => {
    const { db, a, b } = await three();
    const before = await snapshot(db);
    const message = await expectRefused(
      db,
      () =>
        updateEtablissements(db, [
          { id: a, changes: { city: 'Albi' } },
          { id: b, changes: { name: ' ', city: 'Albi' } },
        ]),
      'Lycée B : ',
    );
    expect(message).toBe("Lycée B : le nom de l'établissement est obligatoire.");
    expect(await snapshot(db)).toEqual(before);
    expect((await db.etablissements.get(a))?.city).toBe('Toulouse');
  });

  it('refuses one UAI given to two of them, or held by one outside the write, naming the one taking it', async () => {
    const { db, a, b, c } = await three();
    const message = await expectRefused(
      db,
      () =>
        updateEtablissements(db, [
          { id: a, changes: { uai: '0311235L' } },
          { id: b, changes: { uai: '0311235l' } },
        ]),
      '« 0311235L »',
    );
    expect(message).toBe("Lycée B : le code UAI « 0311235L » est déjà celui de l'établissement Lycée A.");
    await expectRefused(
      db,
      () =>
        updateEtablissements(db, [
          { id: a, changes: { city: 'Albi' } },
          { id: b, changes: { uai: '0810004P' } },
        ]),
      "Lycée B : le code UAI « 0810004P » est déjà celui de l'établissement Lycée C.",
    );
    // Lycée A keeps its UAI (given after, in the same write): Lycée B is the one refused.
    await expectRefused(
      db,
      () =>
        updateEtablissements(db, [
          { id: b, changes: { uai: '0310044E' } },
          { id: a, changes: { uai: '0310044E', city: 'Albi' } },
        ]),
      "Lycée B : le code UAI « 0310044E » est déjà celui de l'établissement Lycée A.",
    );
    expect(await uais(db, a, b, c)).toEqual(['0310044E', '0311234K', '0810004P']);
  });

  it('accepts UAIs swapped in one write, and several emptied', async () => {
    const { db, a, b, c } = await three();
    await updateEtablissements(db, [
      { id: a, changes: { uai: '0311234K' } },
      { id: b, changes: { uai: '0310044E' } },
    ]);
    expect(await uais(db, a, b, c)).toEqual(['0311234K', '0310044E', '0810004P']);
    await updateEtablissements(db, [
      { id: a, changes: { uai: '' } },
      { id: c, changes: { uai: ' ' } },
    ]);
    expect(await uais(db, a, b, c)).toEqual(['', '0310044E', '']);
  });

  it('throws (a programming error) for établissements of two sessions or one given twice, writing nothing', async () => {
    const { db, a } = await three();
    const elsewhere = await addEtablissement(db, etablissementData(await createSession(db, sessionData())));
    const before = await snapshot(db);
    const twoSessions = updateEtablissements(db, [
      { id: a, changes: { city: 'Albi' } },
      { id: elsewhere, changes: { city: 'Albi' } },
    ]);
    await expect(twoSessions).rejects.toThrow('updateEtablissements: établissements of several sessions');
    await expect(twoSessions).rejects.not.toBeInstanceOf(UserError);
    const twice = updateEtablissements(db, [
      { id: a, changes: { city: 'Albi' } },
      { id: a, changes: { city: 'Castres' } },
    ]);
    await expect(twice).rejects.toThrow('updateEtablissements: an établissement given twice');
    await expect(twice).rejects.not.toBeInstanceOf(UserError);
    expect(await snapshot(db)).toEqual(before);
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
