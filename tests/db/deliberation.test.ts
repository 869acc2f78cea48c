import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addCandidate } from '../../src/db/candidates.ts';
import {
  closeDeliberation,
  closeFirstGroup,
  filterAudit,
  getDeliberation,
  listAudit,
  listJuryNotes,
  livretWarning,
  openDeliberation,
  reopen,
  setControleSlot,
  setControleUnits,
  setJury,
  setJuryMember,
  setLivretExamined,
} from '../../src/db/deliberation.ts';
import { setMark } from '../../src/db/marks.ts';
import { createSession, updateSession } from '../../src/db/sessions.ts';
import { UserError } from '../../src/db/errors.ts';
import type { AuditEntry } from '../../src/domain/session.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import { candidateData, freshDb, mark, sessionData } from './helpers.ts';

async function session() {
  const db = freshDb();
  const sessionId = await createSession(db, sessionData());
  return { db, sessionId };
}

/** Every compulsory unit at `base`, overridden by `marks`, stored for the candidate. */
async function storeMarks(db: ReturnType<typeof freshDb>, candidateId: number, marks: Record<string, string>, base = '10') {
  for (const unit of btsCcst2024.units.filter((u) => u.domain !== 'optional')) {
    await setMark(db, { candidateId, unit: unit.code, value: mark(marks[unit.code] ?? base, unit.code) });
  }
}

async function refused(action: Promise<unknown>, message: string) {
  const error = await action.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toContain(message);
}

describe('deliberation phases', () => {
  it('starts in preparation with an empty jury, nothing stored', async () => {
    const { db, sessionId } = await session();
    expect(await getDeliberation(db, sessionId)).toEqual({
      sessionId,
      phase: 'preparation',
      juryMember: '',
      president: '',
      members: [],
      date: null,
    });
    expect(await db.deliberations.count()).toBe(0);
  });

  it('needs the jury member’s name to open, then goes through the phases, each change logged', async () => {
    const { db, sessionId } = await session();
    await refused(openDeliberation(db, sessionId), 'nom du membre du jury');
    await refused(setJuryMember(db, sessionId, '   '), 'Le nom du membre du jury est obligatoire.');
    await setJuryMember(db, sessionId, '  Mme Martin ');
    expect((await getDeliberation(db, sessionId)).juryMember).toBe('Mme Martin');

    expect((await openDeliberation(db, sessionId)).phase).toBe('premier_groupe');
    await refused(openDeliberation(db, sessionId), "Impossible : la délibération est à l'étape « Délibération du 1er groupe ouverte »");
    await refused(closeDeliberation(db, sessionId), 'Impossible');
    expect((await closeFirstGroup(db, sessionId)).phase).toBe('premier_groupe_clos');
    expect((await closeDeliberation(db, sessionId)).phase).toBe('second_groupe_clos');

    const audit = await listAudit(db, sessionId);
    expect(audit.map((e) => [e.kind, e.who, e.before, e.after, e.reason])).toEqual([
      ['phase', 'Mme Martin', 'Préparation (avant la délibération)', 'Délibération du 1er groupe ouverte', 'Ouverture de la délibération'],
      ['phase', 'Mme Martin', 'Délibération du 1er groupe ouverte', '1er groupe clos — épreuves de contrôle', 'Clôture du 1er groupe'],
      ['phase', 'Mme Martin', '1er groupe clos — épreuves de contrôle', 'Délibération close', 'Clôture de la délibération'],
    ]);
    expect(audit[0]).toMatchObject({ sessionId, candidateId: null, numero: '', name: '', unit: '' });
    expect(new Date(audit[0]!.at).toISOString()).toBe(audit[0]!.at);
  });

  it('refuses to open the deliberation while a candidate has no number yet (« numéro à venir »), naming them', async () => {
    const { db, sessionId } = await session();
    await setJuryMember(db, sessionId, 'Mme Martin');
    await addCandidate(db, candidateData(sessionId, { numero: '0012', nom: 'Dupont', prenom: 'Léa' }));
    const waiting = await addCandidate(db, candidateData(sessionId, { numero: '', nom: 'Martin', prenom: 'Noé' }));
    await refused(
      openDeliberation(db, sessionId),
      "Impossible d'ouvrir la délibération : 1 candidat n'a pas encore de numéro (« numéro à venir ») : Martin Noé.",
    );
    expect((await getDeliberation(db, sessionId)).phase).toBe('preparation');
    expect(await db.audit.count()).toBe(0);
    await db.candidates.update(waiting, { numero: '0013' });
    expect((await openDeliberation(db, sessionId)).phase).toBe('premier_groupe');
  });

  it('reopens one phase at a time, with a reason, logged', async () => {
    const { db, sessionId } = await session();
    await setJuryMember(db, sessionId, 'M. Leroy');
    await openDeliberation(db, sessionId);
    await closeFirstGroup(db, sessionId);
    await closeDeliberation(db, sessionId);

    await refused(reopen(db, sessionId, '  '), 'Le motif de la réouverture est obligatoire.');
    expect((await reopen(db, sessionId, 'Erreur de saisie en E5')).phase).toBe('premier_groupe_clos');
    // `from` is the phase the user saw: another tab already went back, nothing happens
    await refused(reopen(db, sessionId, 'Deuxième clic', 'second_groupe_clos'), 'Impossible');
    expect((await reopen(db, sessionId, 'Note de E4 à corriger', 'premier_groupe_clos')).phase).toBe('premier_groupe');
    expect((await reopen(db, sessionId, 'Ouverte trop tôt')).phase).toBe('preparation');
    await refused(reopen(db, sessionId, 'encore'), 'rien à rouvrir');

    const audit = await listAudit(db, sessionId);
    expect(audit.slice(3).map((e) => [e.after, e.reason])).toEqual([
      ['1er groupe clos — épreuves de contrôle', 'Erreur de saisie en E5'],
      ['Délibération du 1er groupe ouverte', 'Note de E4 à corriger'],
      ['Préparation (avant la délibération)', 'Ouverte trop tôt'],
    ]);
  });

  it('refuses an unknown session', async () => {
    const { db } = await session();
    await refused(setJuryMember(db, 999, 'Mme Martin'), "Cette session n'existe pas");
  });

  it('stores the jury for the PV: president, members without blanks, date', async () => {
    const { db, sessionId } = await session();
    await setJuryMember(db, sessionId, 'Mme Martin');
    const jury = await setJury(db, sessionId, { president: ' M. Durand ', members: ['Mme Martin', ' ', 'M. Petit '], date: '2025-06-27' });
    expect(jury).toEqual({
      sessionId,
      phase: 'preparation',
      juryMember: 'Mme Martin',
      president: 'M. Durand',
      members: ['Mme Martin', 'M. Petit'],
      date: '2025-06-27',
    });
    expect(await getDeliberation(db, sessionId)).toEqual(jury);
    await refused(setJury(db, sessionId, { president: '', members: [], date: '2025-02-30' }), 'Date de la délibération');
    expect((await setJury(db, sessionId, { president: '', members: [], date: '' })).date).toBeNull();
  });
});

describe('audit trail', () => {
  const entry = (over: Partial<AuditEntry>): AuditEntry => ({
    sessionId: 1,
    at: '2025-06-27T08:00:00.000Z',
    who: 'Mme Martin',
    kind: 'note',
    candidateId: 7,
    numero: '0012',
    name: 'Dupont Léa',
    unit: 'E4',
    before: '9',
    after: '10',
    reason: 'Erreur',
    ...over,
  });

  it('filters by candidate, unit (code, contrôle key or label), member, period and free text', () => {
    const entries = [
      entry({ id: 1 }),
      entry({ id: 2, unit: 'contrôle E1', who: 'M. Léo Petit', at: '2025-06-28T09:30:00.000Z' }),
      entry({ id: 3, candidateId: 8, numero: '0013', name: 'Œillet Jean', at: '2025-06-29T10:00:00.000Z' }),
    ];
    const ids = (f: Parameters<typeof filterAudit>[1]) => filterAudit(entries, f).map((e) => e.id);
    expect(ids({})).toEqual([1, 2, 3]);
    expect(ids({ candidateId: 8 })).toEqual([3]);
    expect(ids({ kind: 'phase' })).toEqual([]);
    expect(ids({ kind: 'note' })).toEqual([1, 2, 3]);
    expect(ids({ unit: 'controle_E1' })).toEqual([2]);
    expect(ids({ unit: 'contrôle E1' })).toEqual([2]);
    expect(ids({ unit: 'E4' })).toEqual([1, 3]);
    expect(ids({ who: 'm. leo petit' })).toEqual([2]);
    expect(ids({ from: '2025-06-28', to: '2025-06-28' })).toEqual([2]);
    expect(ids({ from: '2025-06-28T10:00:00.000Z' })).toEqual([3]);
    expect(ids({ search: 'oeillet' })).toEqual([3]);
    expect(ids({ search: '0012' })).toEqual([1, 2]);
  });

  it('lists a session’s entries oldest first, by candidate too', async () => {
    const { db, sessionId } = await session();
    const other = await createSession(db, sessionData({ name: 'Autre' }));
    const candidateId = await addCandidate(db, candidateData(sessionId));
    await setJuryMember(db, sessionId, 'Mme Martin');
    await setJuryMember(db, other, 'M. Autre');
    await openDeliberation(db, sessionId);
    await openDeliberation(db, other);
    await setMark(db, { candidateId, unit: 'E1', value: mark('12'), reason: 'Copie revue' });
    expect((await listAudit(db, sessionId)).map((e) => e.kind)).toEqual(['phase', 'note']);
    expect(await listAudit(db, sessionId, { candidateId })).toMatchObject([{ unit: 'E1', after: '12', reason: 'Copie revue' }]);
    expect(await listAudit(db, other)).toHaveLength(1);
    expect(await listAudit(db, other, { candidateId })).toEqual([]);
  });
});

describe('jury notes', () => {
  async function withCandidate(marks: Record<string, string> = {}, base = '10') {
    const { db, sessionId } = await session();
    const candidateId = await addCandidate(db, candidateData(sessionId));
    await storeMarks(db, candidateId, marks, base);
    return { db, sessionId, candidateId };
  }

  it('D643-26: records that the livret was examined, and keeps the contrôle units', async () => {
    const { db, sessionId, candidateId } = await withCandidate({ E1: '6', E3: '8' });
    await setControleUnits(db, candidateId, ['E1']);
    expect(await setLivretExamined(db, candidateId, true)).toEqual({ candidateId, sessionId, livretExamined: true, controleUnits: ['E1'] });
    expect(await listJuryNotes(db, sessionId)).toEqual([{ candidateId, sessionId, livretExamined: true, controleUnits: ['E1'] }]);
    expect(livretWarning('AJOURNE', (await listJuryNotes(db, sessionId))[0])).toBeNull();
    expect(livretWarning('AJOURNE', undefined)).toContain('D643\u201126');
  });

  it('R6: chooses contrôle units for a CONTROLE candidate, in the regulation’s order, at most two', async () => {
    const { db, candidateId } = await withCandidate({ E1: '6', E3: '8' });
    expect((await setControleUnits(db, candidateId, ['e3', 'E1', 'E3'])).controleUnits).toEqual(['E1', 'E3']);
    await refused(setControleUnits(db, candidateId, ['E1', 'E2', 'E3']), '2 épreuves de contrôle au plus (parmi E1, E2, E3)');
    await refused(setControleUnits(db, candidateId, ['E4']), "« E4 » n'est pas une épreuve de contrôle (possibles : E1, E2, E3)");
    expect((await db.juryNotes.get(candidateId))?.controleUnits).toEqual(['E1', 'E3']);
  });

  it('R6: refuses contrôle units for a candidate who is not CONTROLE (from the stored marks), but accepts none', async () => {
    const { db, candidateId } = await withCandidate({}, '12');
    await refused(setControleUnits(db, candidateId, ['E1']), "n'est pas autorisé(e) à l'épreuve de contrôle (décision du 1er groupe : ADMIS)");
    expect((await setControleUnits(db, candidateId, [])).controleUnits).toEqual([]);
  });

  it('keeps a unit that already holds a contrôle mark', async () => {
    const { db, candidateId } = await withCandidate({ E1: '6', E3: '8' });
    await setControleUnits(db, candidateId, ['E1', 'E3']);
    await setMark(db, { candidateId, unit: 'controle_E1', value: mark('11', 'controle_E1') });
    await refused(setControleUnits(db, candidateId, ['E3']), 'a déjà une note au contrôle E1 (11)');
    expect((await setControleUnits(db, candidateId, ['E1', 'E2'])).controleUnits).toEqual(['E1', 'E2']);
  });

  it('traces the livret and contrôle choices in the journal once the deliberation is open, not before', async () => {
    const { db, sessionId, candidateId } = await withCandidate({ E1: '6', E3: '8' });
    await setLivretExamined(db, candidateId, true); // preparation: not traced, like marks
    await setLivretExamined(db, candidateId, false);
    await setJuryMember(db, sessionId, 'Mme Martin');
    await openDeliberation(db, sessionId);
    await setLivretExamined(db, candidateId, true);
    await setLivretExamined(db, candidateId, true); // no change, no line
    await setControleUnits(db, candidateId, ['E3', 'E1']);
    await setControleUnits(db, candidateId, ['E1']);
    const jury = (await listAudit(db, sessionId)).filter((e) => e.kind === 'jury');
    expect(jury.map((e) => [e.who, e.numero, e.unit, e.before, e.after])).toEqual([
      ['Mme Martin', '0012', 'Livret scolaire examiné', 'non', 'oui'],
      ['Mme Martin', '0012', 'Épreuves de contrôle choisies', 'aucune', 'E1, E3'],
      ['Mme Martin', '0012', 'Épreuves de contrôle choisies', 'E1, E3', 'E1'],
    ]);
    expect(jury.every((e) => e.candidateId === candidateId)).toBe(true);
    // Each line says whose decision it records: the jury's for the livret, the candidate's choice for the épreuves.
    expect(jury.map((e) => e.reason)).toEqual(['Décision du jury', 'Choix du candidat', 'Choix du candidat']);
  });

  it('R6 (issue 16): refuses to close while a CONTROLE candidate has no outcome on each chosen unit, listing them', async () => {
    const { db, sessionId, candidateId } = await withCandidate({ E1: '6', E3: '8' });
    const other = await addCandidate(db, candidateData(sessionId, { numero: '0013', nom: 'Martin', prenom: 'Paul' }));
    await storeMarks(db, other, { E1: '6', E3: '8' });
    await setJuryMember(db, sessionId, 'Mme Martin');
    await openDeliberation(db, sessionId);
    await closeFirstGroup(db, sessionId);
    await refused(closeDeliberation(db, sessionId), "2 candidats autorisés à l'épreuve de contrôle sans résultat enregistré");
    await refused(
      closeDeliberation(db, sessionId),
      '0012 Dupont Léa (épreuves de contrôle non choisies) ; 0013 Martin Paul (épreuves de contrôle non choisies)',
    );
    await setControleUnits(db, candidateId, ['E1', 'E3']);
    await setControleUnits(db, other, ['E1']);
    await setMark(db, { candidateId, unit: 'controle_E1', value: mark('12', 'controle_E1') });
    await setMark(db, { candidateId: other, unit: 'controle_E1', value: mark('AB', 'controle_E1') });
    await refused(closeDeliberation(db, sessionId), '1 candidat autorisé à');
    await refused(closeDeliberation(db, sessionId), '0012 Dupont Léa (ni note ni AB au contrôle E3)');
    expect((await getDeliberation(db, sessionId)).phase).toBe('premier_groupe_clos');
    await setMark(db, { candidateId, unit: 'controle_E3', value: mark('9', 'controle_E3') });
    expect((await closeDeliberation(db, sessionId)).phase).toBe('second_groupe_clos');
  });

  it('issue 16: schedules a chosen contrôle unit (date in the session’s window, hour, room), refuses a double-booked room, journals once open', async () => {
    const { db, sessionId, candidateId } = await withCandidate({ E1: '6', E3: '8' });
    const other = await addCandidate(db, candidateData(sessionId, { numero: '0013', nom: 'Martin', prenom: 'Paul' }));
    await storeMarks(db, other, { E1: '6', E3: '8' });
    await updateSession(db, sessionId, { controleFrom: '2025-07-02', controleTo: '2025-07-04', centreAddress: '1 rue des Lilas, Toulouse' });
    await setControleUnits(db, candidateId, ['E1', 'E3']);
    await setControleUnits(db, other, ['E1']);
    await refused(setControleSlot(db, candidateId, 'E2', { date: '2025-07-03', time: '09:00', room: 'B12' }), "l'épreuve de contrôle E2 n'est pas choisie");
    await refused(
      setControleSlot(db, candidateId, 'E1', { date: '2025-07-05', time: '09:00', room: 'B12' }),
      'Convocation de Dupont Léa au contrôle E1 : le 05/07/2025 est après la fin des épreuves de contrôle (04/07/2025).',
    );
    await refused(setControleSlot(db, candidateId, 'E1', { date: '2025-07-03', time: '25:00', room: 'B12' }), "« 25:00 » n'est pas une heure");
    const note = await setControleSlot(db, candidateId, 'E1', { date: '2025-07-03', time: '9:00', room: ' B12 ' });
    expect(note.schedule).toEqual({ E1: { date: '2025-07-03', time: '09:00', room: 'B12' } });
    await refused(
      setControleSlot(db, other, 'E1', { date: '2025-07-03', time: '09:00', room: 'b 12' }),
      'Convocation de Martin Paul au contrôle E1 : la salle b 12 est déjà réservée le 03/07/2025 à 09:00 pour Dupont Léa (contrôle E1).',
    );
    await setControleSlot(db, other, 'E1', { date: '2025-07-03', time: '10:00', room: 'B12' });
    // Once the deliberation is open, a convocation is journaled like the other jury choices.
    await setJuryMember(db, sessionId, 'Mme Martin');
    await openDeliberation(db, sessionId);
    await setControleSlot(db, candidateId, 'E3', { date: '2025-07-04', time: '14:30', room: 'A1' });
    const lines = (await listAudit(db, sessionId)).filter((e) => e.kind === 'jury');
    expect(lines.map((e) => [e.unit, e.before, e.after])).toEqual([['Convocation au contrôle E3', 'non convoqué', '04/07/2025 à 14:30, salle A1']]);
    // Leaving a unit drops its convocation; all parts empty removes it.
    await setControleUnits(db, candidateId, ['E1']);
    expect((await db.juryNotes.get(candidateId))?.schedule).toEqual({ E1: { date: '2025-07-03', time: '09:00', room: 'B12' } });
    await setControleSlot(db, candidateId, 'E1', { date: null, time: '', room: '' });
    expect((await db.juryNotes.get(candidateId))?.schedule).toBeUndefined();
  });

  it('issue 16: a unit that holds a contrôle mark is chosen for its convocation too, as the screen and the PDF show it', async () => {
    const { db, sessionId, candidateId } = await withCandidate({ E1: '6', E3: '8' });
    await setJuryMember(db, sessionId, 'Mme Martin');
    await openDeliberation(db, sessionId);
    await closeFirstGroup(db, sessionId);
    // The mark was typed in the grid before any choice was recorded.
    await setMark(db, { candidateId, unit: 'controle_E3', value: mark('9', 'controle_E3') });
    const note = await setControleSlot(db, candidateId, 'E3', { date: '2025-07-03', time: '09:00', room: 'B12' });
    expect(note.schedule).toEqual({ E3: { date: '2025-07-03', time: '09:00', room: 'B12' } });
    await refused(setControleSlot(db, candidateId, 'E1', { date: '2025-07-03', time: '09:00', room: 'B12' }), "l'épreuve de contrôle E1 n'est pas choisie");
    // Adding a unit keeps the one already marked.
    expect((await setControleUnits(db, candidateId, ['E1', 'E3'])).controleUnits).toEqual(['E1', 'E3']);
  });

  it('issue 16: refuses a candidate called to two contrôle units at the same date and hour, whatever the rooms', async () => {
    const { db, candidateId } = await withCandidate({ E1: '6', E3: '8' });
    await setControleUnits(db, candidateId, ['E1', 'E3']);
    await setControleSlot(db, candidateId, 'E3', { date: '2025-07-03', time: '09:00', room: 'B12' });
    await refused(
      setControleSlot(db, candidateId, 'E1', { date: '2025-07-03', time: '09:00', room: 'C14' }),
      'Convocation de Dupont Léa au contrôle E1 : Dupont Léa est déjà convoqué(e) le 03/07/2025 à 09:00 au contrôle E3 (salle B12).',
    );
    expect((await db.juryNotes.get(candidateId))?.schedule).toEqual({ E3: { date: '2025-07-03', time: '09:00', room: 'B12' } });
    await setControleSlot(db, candidateId, 'E1', { date: '2025-07-03', time: '10:30', room: 'C14' });
    // The same unit moved to another room at its own hour is no clash with itself.
    await setControleSlot(db, candidateId, 'E3', { date: '2025-07-03', time: '09:00', room: 'B14' });
  });

  it('refuses changes once the deliberation is closed, and an unknown candidate', async () => {
    const { db, sessionId, candidateId } = await withCandidate();
    await setJuryMember(db, sessionId, 'Mme Martin');
    await openDeliberation(db, sessionId);
    await setLivretExamined(db, candidateId, true);
    await closeFirstGroup(db, sessionId);
    await closeDeliberation(db, sessionId);
    await refused(setLivretExamined(db, candidateId, false), 'La délibération est close');
    await refused(setControleUnits(db, candidateId, []), 'La délibération est close');
    await refused(setLivretExamined(db, 999, true), "Ce candidat n'existe pas");
  });
});
