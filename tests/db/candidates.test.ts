import 'fake-indexeddb/auto';
import { emptyEvaluation, gridFor } from '../../src/domain/grids/index.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import { describe, expect, it, vi } from 'vitest';
import {
  addCandidate,
  candidatesPage,
  candidatesOfSession,
  deleteCandidateRecords,
  deleteCandidates,
  listCandidates,
  restoreCandidates,
  updateCandidate,
  updateCandidates,
} from '../../src/db/candidates.ts';
import { addEtablissement, deleteEtablissement } from '../../src/db/etablissements.ts';
import { allMarks, setMark, setMarkFlags } from '../../src/db/marks.ts';
import { createSession, deleteSession } from '../../src/db/sessions.ts';
import { openDeliberation, setJuryMember } from '../../src/db/deliberation.ts';
import type { Statut, UnitForm } from '../../src/domain/session.ts';
import type { DelibDatabase } from '../../src/db/database.ts';
import { UserError } from '../../src/db/errors.ts';
import { candidateData, countQueries, etablissementData, expectRefused, freshDb, mark, sessionData, snapshot } from './helpers.ts';

async function withSession() {
  const db = freshDb();
  const sessionId = await createSession(db, sessionData());
  return { db, sessionId };
}

describe('addCandidate', () => {
  it('stores the candidate with trimmed texts, and returns its id', async () => {
    const { db, sessionId } = await withSession();
    const etablissementId = await addEtablissement(db, etablissementData(sessionId));
    const id = await addCandidate(
      db,
      candidateData(sessionId, {
        numero: ' 0012 ',
        nom: ' Dupont  ',
        prenom: 'Léa ',
        etablissementId,
        optionalUnits: ['EF3', 'EF1', 'EF1'],
        formOverrides: { E4: 'ponctuel', EF2: 'CCF' },
      }),
    );
    expect(await db.candidates.get(id)).toEqual({
      ...candidateData(sessionId, { etablissementId, optionalUnits: ['EF1', 'EF3'], formOverrides: { E4: 'ponctuel', EF2: 'CCF' } }),
      id,
    });
  });

  it('refuses a numero already used in the session, naming its holder', async () => {
    const { db, sessionId } = await withSession();
    await addCandidate(db, candidateData(sessionId, { numero: '0012', nom: 'Dupont', prenom: 'Léa' }));
    const message = await expectRefused(
      db,
      () => addCandidate(db, candidateData(sessionId, { numero: ' 0012', nom: 'Martin', prenom: 'Noé' })),
      'Le numéro « 0012 » est déjà celui de Dupont Léa.',
    );
    expect(message).toBe('Le numéro « 0012 » est déjà celui de Dupont Léa.');
    const other = await createSession(db, sessionData());
    await addCandidate(db, candidateData(other, { numero: '0012' }));
  });

  it('refuses an établissement of another session, or one that does not exist', async () => {
    const { db, sessionId } = await withSession();
    const other = await createSession(db, sessionData());
    const elsewhere = await addEtablissement(db, etablissementData(other));
    await expectRefused(
      db,
      () => addCandidate(db, candidateData(sessionId, { etablissementId: elsewhere })),
      "L'établissement choisi n'appartient pas à cette session.",
    );
    await expectRefused(db, () => addCandidate(db, candidateData(sessionId, { etablissementId: 99 })), "L'établissement choisi n'existe pas");
  });

  it.each([
    [{ nom: '' }, 'Le nom du candidat est obligatoire.'],
    [{ dateNaissance: '2004-13-01' }, 'La date de naissance doit être une date valide (AAAA-MM-JJ).'],
    [{ dateNaissance: '15/03/2004' }, 'La date de naissance doit être une date valide'],
    [{ statut: 'etudiant' as Statut }, 'Statut inconnu : « etudiant ».'],
    [{ optionalUnits: ['E4'] }, "« E4 » n'est pas une épreuve facultative de cette session (épreuves facultatives : EF1, EF2, EF3)."],
    [{ optionalUnits: ['EF9'] }, "« EF9 » n'est pas une épreuve facultative"],
    [{ formOverrides: { E1: 'CCF' as UnitForm } }, 'E1 ne peut pas être évaluée en CCF.'],
    [{ formOverrides: { E9: 'ponctuel' as UnitForm } }, 'Épreuve inconnue : « E9 ».'],
    [{ formOverrides: { E4: 'oral' as UnitForm } }, "E4 : forme d'évaluation inconnue « oral »."],
  ])('refuses %o', async (over, message) => {
    const { db, sessionId } = await withSession();
    await expectRefused(db, () => addCandidate(db, candidateData(sessionId, over)), message);
  });

  it('accepts candidates whose numero is to come (« numéro à venir »), several of them, and gives one its number later', async () => {
    const { db, sessionId } = await withSession();
    const a = await addCandidate(db, candidateData(sessionId, { numero: '  ', nom: 'Dupont', prenom: 'Léa' }));
    const b = await addCandidate(db, candidateData(sessionId, { numero: '', nom: 'Martin', prenom: 'Noé' }));
    expect((await db.candidates.get(a))?.numero).toBe('');
    expect((await db.candidates.get(b))?.numero).toBe('');
    await updateCandidate(db, a, { numero: '0012' });
    expect((await listCandidates(db, sessionId)).map((c) => c.numero)).toEqual(['', '0012']);
    await expectRefused(db, () => updateCandidate(db, b, { numero: '0012' }), 'Le numéro « 0012 » est déjà celui de Dupont Léa.');
  });

  it('does not take a number back once the deliberation is open', async () => {
    const { db, sessionId } = await withSession();
    const id = await addCandidate(db, candidateData(sessionId, { numero: '0012', nom: 'Dupont', prenom: 'Léa' }));
    await setJuryMember(db, sessionId, 'Mme Martin');
    await openDeliberation(db, sessionId);
    await expectRefused(db, () => updateCandidate(db, id, { numero: ' ' }), 'Impossible de retirer le numéro de Dupont Léa pendant la délibération');
    await updateCandidate(db, id, { numero: '0013' });
  });

  it('accepts a candidate without first name nor birth date', async () => {
    const { db, sessionId } = await withSession();
    const id = await addCandidate(db, candidateData(sessionId, { prenom: '', dateNaissance: null }));
    expect(await db.candidates.get(id)).toMatchObject({ prenom: '', dateNaissance: null });
  });

  it('refuses an unknown session', async () => {
    const db = freshDb();
    await expectRefused(db, () => addCandidate(db, candidateData(5)), "Cette session n'existe pas");
  });
});

describe('updateCandidate', () => {
  it('changes the given fields', async () => {
    const { db, sessionId } = await withSession();
    const id = await addCandidate(db, candidateData(sessionId));
    await updateCandidate(db, id, { numero: '0099', nom: 'Müller', statut: 'apprenti' });
    expect(await db.candidates.get(id)).toEqual({
      ...candidateData(sessionId, { numero: '0099', nom: 'Müller', statut: 'apprenti' }),
      id,
    });
  });

  it('keeps its own numero, refuses the numero of another candidate', async () => {
    const { db, sessionId } = await withSession();
    await addCandidate(db, candidateData(sessionId, { numero: '0012', nom: 'Dupont', prenom: 'Léa' }));
    const id = await addCandidate(db, candidateData(sessionId, { numero: '0013', nom: 'Martin', prenom: 'Noé' }));
    await updateCandidate(db, id, { numero: '0013', prenom: 'Noah' });
    await expectRefused(db, () => updateCandidate(db, id, { numero: '0012' }), 'Le numéro « 0012 » est déjà celui de Dupont Léa.');
  });

  it('refuses invalid changes and an unknown candidate', async () => {
    const { db, sessionId } = await withSession();
    const id = await addCandidate(db, candidateData(sessionId));
    await expectRefused(db, () => updateCandidate(db, id, { nom: ' ' }), 'Le nom du candidat est obligatoire.');
    await expectRefused(db, () => updateCandidate(db, id, { etablissementId: 42 }), "L'établissement choisi n'existe pas");
    await expectRefused(db, () => updateCandidate(db, id + 1, { nom: 'X' }), "Ce candidat n'existe pas");
  });
});

describe('updateCandidates (a block of cells: one action, one transaction)', () => {
  async function two() {
    const { db, sessionId } = await withSession();
    const a = await addCandidate(db, candidateData(sessionId, { numero: '0012', nom: 'Dupont', prenom: 'Léa' }));
    const b = await addCandidate(db, candidateData(sessionId, { numero: '0013', nom: 'Martin', prenom: 'Noé' }));
    const c = await addCandidate(db, candidateData(sessionId, { numero: '0014', nom: 'Petit', prenom: 'Jade' }));
    return { db, sessionId, a, b, c };
  }
  const numeros = async (db: DelibDatabase, ...ids: number[]) => (await db.candidates.bulkGet(ids)).map((c) => c?.numero);

  it('writes every change, each checked and normalized as one alone; the others are untouched', async () => {
    const { db, sessionId, a, b, c } = await two();
    const before = await db.candidates.get(c);
    await updateCandidates(db, [
      { id: a, changes: { langueVivante: ' Espagnol ' } },
      { id: b, changes: { langueVivante: 'Espagnol', numero: ' 0099 ' } },
    ]);
    expect(await db.candidates.get(a)).toEqual({ ...candidateData(sessionId, { langueVivante: 'Espagnol' }), id: a });
    expect(await db.candidates.get(b)).toEqual({
      ...candidateData(sessionId, { numero: '0099', nom: 'Martin', prenom: 'Noé', langueVivante: 'Espagnol' }),
      id: b,
    });
    expect(await db.candidates.get(c)).toEqual(before);
  });

  it('writes nothing when one is refused, naming the candidate refused', async () => {
    const { db, a, b } = await two();
    const before = await snapshot(db);
    const message = await expectRefused(
      db,
      () =>
        updateCandidates(db, [
          { id: a, changes: { langueVivante: 'Espagnol' } },
          { id: b, changes: { nom: ' ', langueVivante: 'Espagnol' } },
        ]),
      'Martin Noé : ',
    );
    expect(message).toBe('Martin Noé : le nom du candidat est obligatoire.');
    expect(await snapshot(db)).toEqual(before);
    expect((await db.candidates.get(a))?.langueVivante).toBe('Anglais');
  });

  it("names the candidate refused for an établissement of another session or an optional unit's mark", async () => {
    const { db, sessionId, a, b } = await two();
    const elsewhere = await addEtablissement(db, etablissementData(await createSession(db, sessionData())));
    await expectRefused(
      db,
      () =>
        updateCandidates(db, [
          { id: a, changes: { etablissementId: null } },
          { id: b, changes: { etablissementId: elsewhere } },
        ]),
      "Martin Noé : l'établissement choisi n'appartient pas à cette session.",
    );
    await updateCandidates(db, [
      { id: a, changes: { optionalUnits: ['EF1'] } },
      { id: b, changes: { optionalUnits: ['EF1'] } },
    ]);
    await setMark(db, { candidateId: b, unit: 'EF1', value: mark('14', 'EF1') });
    await expectRefused(
      db,
      () =>
        updateCandidates(db, [
          { id: a, changes: { optionalUnits: [] } },
          { id: b, changes: { optionalUnits: [] } },
        ]),
      'Martin Noé a une note en EF1 (14) : effacez-la avant de retirer cette épreuve facultative.',
    );
    expect((await listCandidates(db, sessionId)).map((c) => c.optionalUnits)).toEqual([['EF1'], ['EF1'], []]);
  });

  it('refuses one numero given to two of them, naming the second', async () => {
    const { db, a, b, c } = await two();
    const message = await expectRefused(
      db,
      () =>
        updateCandidates(db, [
          { id: a, changes: { numero: '0099' } },
          { id: b, changes: { numero: '0099' } },
        ]),
      '« 0099 »',
    );
    expect(message).toBe('Martin Noé : le numéro « 0099 » est déjà celui de Dupont Léa.');
    expect(await numeros(db, a, b, c)).toEqual(['0012', '0013', '0014']);
  });

  it('refuses the numero of a candidate outside the write, or kept by one in it, naming the one taking it', async () => {
    const { db, a, b, c } = await two();
    await expectRefused(
      db,
      () =>
        updateCandidates(db, [
          { id: a, changes: { numero: '0099' } },
          { id: b, changes: { numero: '0014' } },
        ]),
      'Martin Noé : le numéro « 0014 » est déjà celui de Petit Jade.',
    );
    // Dupont Léa keeps 0012 (given after, in the same write): Martin Noé is the one refused.
    await expectRefused(
      db,
      () =>
        updateCandidates(db, [
          { id: b, changes: { numero: '0012' } },
          { id: a, changes: { numero: '0012', prenom: 'Lou' } },
        ]),
      'Martin Noé : le numéro « 0012 » est déjà celui de Dupont Léa.',
    );
    expect(await numeros(db, a, b, c)).toEqual(['0012', '0013', '0014']);
  });

  it('accepts numeros swapped in one write, and several numeros to come', async () => {
    const { db, a, b, c } = await two();
    await updateCandidates(db, [
      { id: a, changes: { numero: '0013' } },
      { id: b, changes: { numero: '0012' } },
    ]);
    expect(await numeros(db, a, b, c)).toEqual(['0013', '0012', '0014']);
    await updateCandidates(db, [
      { id: a, changes: { numero: '' } },
      { id: c, changes: { numero: ' ' } },
    ]);
    expect(await numeros(db, a, b, c)).toEqual(['', '0012', '']);
  });

  it('renumbers a large block with one read of the session, still refusing a numero held outside it', async () => {
    const db = freshDb();
    const reads = countQueries(db, 'candidates');
    const sessionId = await createSession(db, sessionData());
    const ids = (await db.candidates.bulkAdd(
      Array.from({ length: 41 }, (_, i) => candidateData(sessionId, { numero: String(1000 + i), nom: `Nom${i}` })),
      { allKeys: true },
    )) as number[];
    const block = ids.slice(0, 40);
    // Each takes the next one's numero, the last the first's: every numero is held by another of the block.
    reads.count = 0;
    await updateCandidates(
      db,
      block.map((id, i) => ({ id, changes: { numero: String(1000 + ((i + 1) % 40)) } })),
    );
    expect(reads.count).toBeLessThanOrEqual(2);
    expect(await numeros(db, ...block)).toEqual(block.map((_, i) => String(1000 + ((i + 1) % 40))));
    await expectRefused(
      db,
      () =>
        updateCandidates(
          db,
          block.map((id, i) => ({ id, changes: { numero: i === 30 ? '1040' : String(2000 + i) } })),
        ),
      'Nom30 Léa : le numéro « 1040 » est déjà celui de Nom40 Léa.',
    );
  });

  it('refuses them all when one takes its numero back during the deliberation', async () => {
    const { db, sessionId, a, b, c } = await two();
    await setJuryMember(db, sessionId, 'Mme Martin');
    await openDeliberation(db, sessionId);
    await expectRefused(
      db,
      () =>
        updateCandidates(db, [
          { id: a, changes: { numero: '0099' } },
          { id: b, changes: { numero: '' } },
        ]),
      'Impossible de retirer le numéro de Martin Noé pendant la délibération',
    );
    expect(await numeros(db, a, b, c)).toEqual(['0012', '0013', '0014']);
  });

  it('throws (a programming error) for candidates of two sessions or one given twice, writing nothing', async () => {
    const { db, a } = await two();
    const elsewhere = await addCandidate(db, candidateData(await createSession(db, sessionData()), { numero: '0050' }));
    const before = await snapshot(db);
    const twoSessions = updateCandidates(db, [
      { id: a, changes: { langueVivante: 'Espagnol' } },
      { id: elsewhere, changes: { langueVivante: 'Espagnol' } },
    ]);
    await expect(twoSessions).rejects.toThrow('updateCandidates: candidates of several sessions');
    await expect(twoSessions).rejects.not.toBeInstanceOf(UserError);
    const twice = updateCandidates(db, [
      { id: a, changes: { langueVivante: 'Espagnol' } },
      { id: a, changes: { langueVivante: 'Italien' } },
    ]);
    await expect(twice).rejects.toThrow('updateCandidates: a candidate given twice');
    await expect(twice).rejects.not.toBeInstanceOf(UserError);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('listCandidates', () => {
  async function three() {
    const { db, sessionId } = await withSession();
    const other = await createSession(db, sessionData());
    await addCandidate(db, candidateData(sessionId, { numero: '0013', nom: 'Œillet', prenom: 'Zoé' }));
    await addCandidate(db, candidateData(sessionId, { numero: '0012', nom: 'Dupont', prenom: 'Léa' }));
    await addCandidate(db, candidateData(other, { numero: '0011', nom: 'Dupont', prenom: 'Léa' }));
    await addCandidate(db, candidateData(sessionId, { numero: '0120', nom: 'Le Goff', prenom: 'Anne-Sophie' }));
    return { db, sessionId };
  }

  it("lists one session's candidates by numero, as plain Candidates", async () => {
    const { db, sessionId } = await three();
    const list = await listCandidates(db, sessionId);
    expect(list.map((c) => c.numero)).toEqual(['0012', '0013', '0120']);
    expect(list.every((c) => !('searchKey' in c))).toBe(true);
  });
});

describe('deleteCandidates / restoreCandidates', () => {
  async function populated() {
    const { db, sessionId } = await withSession();
    const etablissementId = await addEtablissement(db, etablissementData(sessionId));
    const a = await addCandidate(db, candidateData(sessionId, { numero: '0012', nom: 'Dupont', prenom: 'Léa', etablissementId }));
    const b = await addCandidate(db, candidateData(sessionId, { numero: '0013', nom: 'Martin', prenom: 'Noé' }));
    const c = await addCandidate(db, candidateData(sessionId, { numero: '0014', nom: 'Petit', prenom: 'Jade' }));
    await setMark(db, { candidateId: a, unit: 'E1', value: mark('12,5') });
    await setMark(db, { candidateId: a, unit: 'E5', value: mark('15', 'E5') });
    await setMarkFlags(db, { candidateId: a, unit: 'E5', sousReserve: true, benefice: { year: 2023 } });
    await setMark(db, { candidateId: b, unit: 'controle_E2', value: mark('AB', 'controle_E2') });
    await setMark(db, { candidateId: c, unit: 'E1', value: mark('9') });
    return { db, sessionId, etablissementId, a, b, c };
  }

  it('removes the candidates and their marks, and returns exactly what was removed', async () => {
    const { db, a, b, c } = await populated();
    const before = await snapshot(db);
    const undo = await deleteCandidates(db, [a, b, a, 999]);
    expect(undo.candidates).toEqual(before.candidates.filter((x) => x.id !== c));
    expect(undo.marks).toEqual(before.marks.filter((m) => m.candidateId !== c));
    expect((await db.candidates.toArray()).map((x) => x.id)).toEqual([c]);
    expect((await allMarks(db)).map((m) => m.candidateId)).toEqual([c]);
  });

  it('restores them with the same ids, fields, marks and flags', async () => {
    const { db, a, b } = await populated();
    const before = await snapshot(db);
    const undo = await deleteCandidates(db, [a, b]);
    await restoreCandidates(db, undo);
    expect(await snapshot(db)).toEqual(before);
  });

  it('takes their evaluation grids and livret with them, and brings them back on undo', async () => {
    const { db, sessionId, a, c } = await populated();
    const evaluation = { ...emptyEvaluation(gridFor('U61', 'CCF', btsCcst2024)!), levels: { c1: 'S' as const } };
    await db.evaluations.bulkPut([
      { sessionId, candidateId: a, unit: 'U61', evaluation, updatedAt: '2025-05-20T10:00:00.000Z' },
      { sessionId, candidateId: c, unit: 'U61', evaluation, updatedAt: '2025-05-20T10:00:00.000Z' },
    ]);
    await db.livrets.put({ sessionId, candidateId: a, subjects: {}, pix: true, avis: 'favorable', observations: '', updatedAt: '2025-06-01T10:00:00.000Z' });
    const before = await snapshot(db);
    const undo = await deleteCandidates(db, [a]);
    expect((await db.evaluations.toArray()).map((e) => e.candidateId)).toEqual([c]);
    expect(await db.livrets.count()).toBe(0);
    await restoreCandidates(db, undo);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses to restore when a numero has been reused meanwhile, and restores nothing', async () => {
    const { db, sessionId, a, b } = await populated();
    const undo = await deleteCandidates(db, [a, b]);
    await addCandidate(db, candidateData(sessionId, { numero: '0013', nom: 'Durand', prenom: 'Hugo' }));
    await expectRefused(
      db,
      () => restoreCandidates(db, undo),
      "Impossible d'annuler la suppression : le numéro « 0013 » de Martin Noé a été attribué entre-temps à Durand Hugo.",
    );
  });

  it('refuses to restore twice', async () => {
    const { db, a } = await populated();
    const undo = await deleteCandidates(db, [a]);
    await restoreCandidates(db, undo);
    await expectRefused(db, () => restoreCandidates(db, undo), "Impossible d'annuler la suppression : Dupont Léa est déjà là.");
  });

  it('refuses to restore when their établissement or their session has been deleted meanwhile', async () => {
    const { db, sessionId, etablissementId, a, b, c } = await populated();
    const undo = await deleteCandidates(db, [a]);
    await deleteEtablissement(db, etablissementId);
    await expectRefused(db, () => restoreCandidates(db, undo), "l'établissement de Dupont Léa a été supprimé entre-temps.");

    const undoOthers = await deleteCandidates(db, [b, c]);
    await deleteSession(db, sessionId);
    await expectRefused(db, () => restoreCandidates(db, undoOthers), 'la session a été supprimée entre-temps.');
  });
});

describe('candidatesPage (the first screen before the last record)', () => {
  it('reads a session by numero, page after page, each candidate with all of its marks and no one else', async () => {
    const { db, sessionId } = await withSession();
    const other = await createSession(db, sessionData());
    // Added out of numero order, with another session's candidates in between (ids interleaved).
    const numeros = ['0107', '0101', '0105', '0103', '0102', '0106', '0104'];
    const ids = new Map<string, number>();
    for (const numero of numeros) {
      ids.set(numero, await addCandidate(db, candidateData(sessionId, { numero, nom: `Nom ${numero}` })));
      await addCandidate(db, candidateData(other, { numero, nom: `Autre ${numero}` }));
    }
    await setMark(db, { candidateId: ids.get('0101')!, unit: 'E1', value: mark('12,5') });
    await setMark(db, { candidateId: ids.get('0101')!, unit: 'E21', value: mark('8', 'E21') });
    await setMark(db, { candidateId: ids.get('0104')!, unit: 'E1', value: mark('AB') });
    await setMark(db, { candidateId: ids.get('0107')!, unit: 'E3', value: mark('15', 'E3') });
    const otherIds = (await listCandidates(db, other)).map((c) => c.id!);
    for (const id of otherIds) await setMark(db, { candidateId: id, unit: 'E1', value: mark('3') });

    const first = await candidatesPage(db, sessionId, 3);
    expect(first.candidates.map((c) => c.numero)).toEqual(['0101', '0102', '0103']);
    expect(first.marks.map((m) => [m.candidateId, m.unit])).toEqual([
      [ids.get('0101'), 'E1'],
      [ids.get('0101'), 'E21'],
    ]);
    expect(first.next).toBe('0103');

    const pages = [first];
    while (pages[pages.length - 1]!.next !== null) pages.push(await candidatesPage(db, sessionId, 3, pages[pages.length - 1]!.next));
    expect(pages.map((p) => p.candidates.map((c) => c.numero))).toEqual([['0101', '0102', '0103'], ['0104', '0105', '0106'], ['0107']]);
    // Every page together: exactly the session's candidates and marks, as the full readers give them.
    expect(pages.flatMap((p) => p.candidates)).toEqual(await listCandidates(db, sessionId));
    const sessionMarks = (await allMarks(db)).filter((m) => m.sessionId === sessionId);
    expect(pages.flatMap((p) => p.marks).sort((a, b) => a.candidateId - b.candidateId || a.unit.localeCompare(b.unit))).toEqual(sessionMarks);
  });

  it('gives an empty last page for a session without candidates, or a page that ends exactly at the last one', async () => {
    const { db, sessionId } = await withSession();
    expect(await candidatesPage(db, sessionId, 10)).toEqual({ candidates: [], marks: [], next: null });
    await addCandidate(db, candidateData(sessionId, { numero: '0001' }));
    const page = await candidatesPage(db, sessionId, 1);
    expect(page.next).toBe('0001');
    expect(await candidatesPage(db, sessionId, 1, page.next)).toEqual({ candidates: [], marks: [], next: null });
  });
});

describe('listCandidates of a large session', () => {
  it('reads it in pages and gives every candidate once, in numero order, pending numeros across a page boundary included', async () => {
    const { db, sessionId } = await withSession();
    const other = await createSession(db, sessionData({ name: 'Autre' }));
    // 610 candidates read in pages of 100 (1,500 in the app), written straight to the table in shuffled order; 200 of
    // them with a pending numero (''), which therefore spans page boundaries; the other session's are interleaved.
    const rows = Array.from({ length: 610 }, (_, i) =>
      candidateData(i % 7 === 0 ? other : sessionId, { numero: i % 3 === 0 && i < 600 ? '' : String(100000 + ((i * 7919) % 610)), nom: `Nom${i}` }),
    );
    await db.candidates.bulkAdd(rows);
    const expected = (await candidatesOfSession(db, sessionId).toArray()).sort((a, b) => (a.numero < b.numero ? -1 : a.numero > b.numero ? 1 : a.id! - b.id!));
    expect(expected.filter((c) => c.numero === '').length).toBeGreaterThan(100);

    const listed = await listCandidates(db, sessionId, 100);

    expect(listed.map((c) => c.id)).toEqual(expected.map((c) => c.id));
    expect(listed).toEqual(expected);
    // The same as one read of every record.
    expect(await listCandidates(db, sessionId, 10_000)).toEqual(expected);
  });

  it('reads ids far apart (other sessions between, or many deleted) in one read by numero, not thousands of empty ranges', async () => {
    const db = freshDb();
    const reads = countQueries(db);
    const sessionId = await createSession(db, sessionData());
    // 300 candidates whose ids are 1,000 apart: id ranges of 100 would be 3,000 requests.
    await db.candidates.bulkAdd(
      Array.from({ length: 300 }, (_, i) => ({ ...candidateData(sessionId, { numero: String(200000 + ((i * 7) % 300)) }), id: 1 + i * 1000 })),
    );
    const expected = (await candidatesOfSession(db, sessionId).toArray()).sort((a, b) => (a.numero < b.numero ? -1 : 1));
    reads.count = 0;
    const listed = await listCandidates(db, sessionId, 100);
    expect(listed).toEqual(expected);
    expect(reads.count).toBeLessThan(10);
  });
});

describe('deleteCandidateRecords', () => {
  async function twentyCandidates() {
    const { db, sessionId } = await withSession();
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) ids.push(await addCandidate(db, candidateData(sessionId, { numero: String(100 + i), nom: `Nom${i}` })));
    return { db, ids };
  }

  it('deletes exactly the ids given: runs of consecutive ids as one range each, the others by key', async () => {
    const { db, ids } = await twentyCandidates();
    const gone = [...ids.slice(2, 12), ids[14]!, ids[16]!]; // a run of 10, two alone
    const deletes = vi.spyOn(IDBObjectStore.prototype, 'delete');
    try {
      await db.transaction('rw', db.candidates, () => deleteCandidateRecords(db, gone.toReversed()));
      const args = deletes.mock.calls.map(([key]) => (key instanceof IDBKeyRange ? [key.lower, key.upper] : key));
      expect(args).toEqual([[ids[2], ids[11]], ids[14], ids[16]]);
    } finally {
      deletes.mockRestore();
    }
    expect(((await db.candidates.toCollection().primaryKeys()) as number[]).sort((a, b) => a - b)).toEqual(ids.filter((id) => !gone.includes(id)));
  });

  it('aborts the transaction, deleting nothing, when a range would hold a record not given', async () => {
    const { db, ids } = await twentyCandidates();
    const stranger = await db.candidates.add({ ...(await db.candidates.get(ids[5]!))!, id: ids[5]! + 0.5, numero: '999' });
    await expect(db.transaction('rw', db.candidates, () => deleteCandidateRecords(db, ids.slice(0, 10)))).rejects.toThrow(/11 records between ids/);
    expect(await db.candidates.count()).toBe(21);
    expect(await db.candidates.get(stranger)).toBeDefined();
  });
});
