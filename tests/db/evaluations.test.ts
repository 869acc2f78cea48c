// The evaluation grids in the database (issue 7): one transaction per change, the grid checked against the
// annexe, and the mark kept in ONE place, the marks table. A grid that sums parts (E22 = A + B + C,
// E4 CCF = S1 + S2) writes its sum through setMark, and the guard refuses any other number for that unit
// (typed, imported or restored by an undo) while codes and clearing stay free.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addCandidate, updateCandidate } from '../../src/db/candidates.ts';
import { updateConformity } from '../../src/db/conformity.ts';
import { closeFirstGroup, listAudit, openDeliberation, reopen, setJuryMember } from '../../src/db/deliberation.ts';
import { addEtablissement } from '../../src/db/etablissements.ts';
import { ChangedSinceError } from '../../src/db/errors.ts';
import { checkEvaluationRecord, listEvaluations, updateEvaluation } from '../../src/db/evaluations.ts';
import { applyImportPlan, undoLastImport } from '../../src/db/imports.ts';
import { getMark, setMark, setMarkFlags } from '../../src/db/marks.ts';
import { createSession } from '../../src/db/sessions.ts';
import { emptyChecklist } from '../../src/domain/conformity.ts';
import { withDate, withDegree, withLevel, withMembers, withObservation, withPart } from '../../src/domain/grids/index.ts';
import type { GridDefinition, GridEvaluation } from '../../src/domain/grids/index.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import type { ImportPlan } from '../../src/io/import/types.ts';
import { candidateData, etablissementData, expectRefused, freshDb, mark, sessionData } from './helpers.ts';

/** Dupont Léa, scolaire in a public lycée: E4, U61, U62 in CCF. */
async function setup() {
  const db = freshDb();
  const sessionId = await createSession(db, sessionData());
  const etablissementId = await addEtablissement(db, etablissementData(sessionId));
  const candidateId = await addCandidate(db, candidateData(sessionId, { etablissementId }));
  await setJuryMember(db, sessionId, 'Mme Martin');
  const stored = async (unit: string) => (await getMark(db, candidateId, unit))?.value;
  const evaluation = async (unit: string) => (await db.evaluations.get([candidateId, unit]))?.evaluation;
  const update = (unit: string, change: Parameters<typeof updateEvaluation>[1]['change'], reason?: string) =>
    updateEvaluation(db, { candidateId, unit, change, reason });
  return { db, sessionId, candidateId, stored, evaluation, update };
}

const part = (grid: GridDefinition, id: string) => grid.parts.find((p) => p.id === id)!;

describe('updateEvaluation: levels, observations, date, commission', () => {
  it('stores the change on the grid of the candidate’s form, without a mark of its own', async () => {
    const { update, evaluation } = await setup();
    const record = await update('U61', (ev) => withLevel(withLevel(ev, 'c1', 'S'), 'c2', 'NM'));
    expect(record).toMatchObject({ unit: 'U61', evaluation: { gridId: 'ccst-2024-u61-ccf', levels: { c1: 'S', c2: 'NM' }, markHundredths: null } });
    await update('U61', (ev) =>
      withMembers(withDate(withObservation(ev, 'entretien', 'Bonne écoute'), '2025-05-20'), [
        { name: ' M. Petit ', quality: 'Professeur', signed: false },
        { name: '', quality: 'x', signed: false },
      ]),
    );
    expect(await evaluation('U61')).toMatchObject({
      levels: { c1: 'S', c2: 'NM' },
      observations: { entretien: 'Bonne écoute' },
      date: '2025-05-20',
      members: [{ name: 'M. Petit', quality: 'Professeur', signed: false }],
    });
  });

  it('Ctrl+Z: a change whose check holds on what is stored is written; one whose check fails is refused and writes nothing', async () => {
    const { db, candidateId, update, evaluation } = await setup();
    await update('U61', (ev) => withLevel(ev, 'c1', 'S'));
    const holdsS = (ev: GridEvaluation) => ev.levels.c1 === 'S';
    // c1 put back to blank where the grid holds S: done, and the blank grid's record is gone.
    await updateEvaluation(db, { candidateId, unit: 'U61', holds: holdsS, change: (ev) => withLevel(ev, 'c1', null) });
    expect(await evaluation('U61')).toBeUndefined();
    // Another tab rated c1 TS since: a put back expecting S is refused, in French, and TS stays.
    await update('U61', (ev) => withLevel(ev, 'c1', 'TS'));
    const refused = updateEvaluation(db, { candidateId, unit: 'U61', holds: holdsS, change: (ev) => withLevel(ev, 'c1', null) });
    await expect(refused).rejects.toBeInstanceOf(ChangedSinceError);
    await expect(refused).rejects.toThrow('Grille U61 de');
    expect((await evaluation('U61'))?.levels).toEqual({ c1: 'TS' });
  });

  it('a ponctuel candidate gets the ponctuel grid', async () => {
    const { db, sessionId, update } = await setup();
    const individuel = await addCandidate(db, candidateData(sessionId, { numero: '0099', nom: 'Roux', statut: 'individuel' }));
    const record = await updateEvaluation(db, { candidateId: individuel, unit: 'E4', change: (ev) => withLevel(ev, 'c10', 'TS') });
    expect(record?.evaluation.gridId).toBe('ccst-2024-e4-ponctuel');
    expect((await update('E4', (ev) => withLevel(ev, 'c1', 'I')))?.evaluation.gridId).toBe('ccst-2024-e4-ccf');
  });

  it('refuses what the annexe does not allow, naming the place; nothing is written', async () => {
    const { db, update } = await setup();
    await expectRefused(db, () => update('U61', (ev) => withLevel(ev, 'c99', 'S')), 'Grille U61 de Dupont Léa : critère inconnu : « c99 »');
    await expectRefused(db, () => update('U61', (ev) => withDate(ev, '2025-02-30')), 'date « 2025-02-30 » invalide');
    await expectRefused(db, () => update('E1', (ev) => ev), "E1 de Dupont Léa : la circulaire ne donne pas de grille d'évaluation en forme ponctuelle.");
    await expectRefused(db, () => update('EF3', (ev) => ev), "EF3 de Dupont Léa : ce candidat n'est pas inscrit à cette épreuve facultative.");
    await expectRefused(db, () => update('E9', (ev) => ev), 'Épreuve inconnue : « E9 »');
  });

  it('a grid cleared of everything leaves no record', async () => {
    const { update, evaluation } = await setup();
    await update('U61', (ev) => withLevel(ev, 'c1', 'S'));
    expect(await update('U61', (ev) => withLevel(ev, 'c1', null))).toBeNull();
    expect(await evaluation('U61')).toBeUndefined();
  });

  it('commission grids never touch the mark: the mark typed is the mark, levels or not', async () => {
    const { db, candidateId, update, stored } = await setup();
    await setMark(db, { candidateId, unit: 'U61', value: mark('13,5', 'U61') });
    await update('U61', (ev) => withLevel(ev, 'c1', 'TI'));
    expect(await stored('U61')).toEqual(mark('13,5', 'U61'));
    await setMark(db, { candidateId, unit: 'U61', value: mark('8', 'U61') });
    expect((await db.evaluations.get([candidateId, 'U61']))!.evaluation.markHundredths).toBeNull();
  });

  it('the stored record passes the backup check', async () => {
    const { update } = await setup();
    const record = await update('E22', (ev, grid) => withDegree(ev, part(grid, 'A'), 2));
    expect(checkEvaluationRecord(record!, btsCcst2024)).toEqual(record);
  });
});

describe('E22 (annexe 5): the mark is A + B + C, written in the marks table', () => {
  it('degree 2 of A gives exactly 3 points; other points are refused', async () => {
    const { db, update, evaluation } = await setup();
    await update('E22', (ev, grid) => withDegree(ev, part(grid, 'A'), 2));
    expect((await evaluation('E22'))!.parts.A).toEqual({ degree: 2, hundredths: null, bonus: false });
    await expectRefused(
      db,
      () => update('E22', (ev) => withPart(ev, 'A', { hundredths: 400 })),
      'Grille E22 de Dupont Léa : A : au degré 2, 3 points exactement (et non 4).',
    );
    await expectRefused(db, () => update('E22', (ev) => withPart(ev, 'C', { degree: 4, hundredths: 650 })), 'C : points entiers seulement');
  });

  it('once every column is scored, the sum is the unit’s mark; a new sum replaces it; a removed part clears it', async () => {
    const { update, stored } = await setup();
    await update('E22', (ev, grid) => withDegree(ev, part(grid, 'A'), 2)); // 3
    await update('E22', (ev, grid) => withPart(withDegree(ev, part(grid, 'B'), 4), 'B', { hundredths: 500 })); // 5
    expect(await stored('E22')).toBeUndefined(); // C missing: no mark yet
    await update('E22', (ev, grid) => withPart(withDegree(ev, part(grid, 'C'), 3), 'C', { hundredths: 600, bonus: true })); // 6 + 1
    expect(await stored('E22')).toEqual(mark('15', 'E22'));
    await update('E22', (ev) => withPart(ev, 'B', { bonus: true })); // B: 5 + 1
    expect(await stored('E22')).toEqual(mark('16', 'E22'));
    await update('E22', (ev, grid) => withDegree(ev, part(grid, 'C'), null));
    expect(await stored('E22')).toBeUndefined();
  });

  it('a change that keeps the sum leaves a code typed in the marks grid alone', async () => {
    const { db, candidateId, update, stored } = await setup();
    await update('E22', (ev) => withPart(withPart(withPart(ev, 'A', { degree: 2 }), 'B', { degree: 2 }), 'C', { degree: 2, hundredths: 300 }));
    expect(await stored('E22')).toEqual(mark('9', 'E22'));
    await setMark(db, { candidateId, unit: 'E22', value: mark('ABJ', 'E22') });
    await update('E22', (ev) => withObservation(ev, 'appreciation', 'Absent le jour de l’oral de rattrapage'));
    expect(await stored('E22')).toEqual(mark('ABJ', 'E22'));
  });
});

describe('E4 CCF (annexe 10): the mark is S1 + S2', () => {
  it('writes S1 + S2 once both situations are marked', async () => {
    const { update, stored } = await setup();
    await update('E4', (ev) => withPart(ev, 'S1', { hundredths: 750 }));
    expect(await stored('E4')).toBeUndefined();
    await update('E4', (ev) => withPart(ev, 'S2', { hundredths: 825 }));
    expect(await stored('E4')).toEqual(mark('15,75', 'E4'));
  });
});

describe('guard: a unit whose grid sums parts takes no other number', () => {
  async function withE4() {
    const ctx = await setup();
    await ctx.update('E4', (ev) => withPart(withPart(ev, 'S1', { hundredths: 700 }), 'S2', { hundredths: 500 }));
    expect(await ctx.stored('E4')).toEqual(mark('12', 'E4'));
    return ctx;
  }

  it('typed in the marks grid: refused with a clear French message; the same number, codes and clearing pass', async () => {
    const { db, candidateId, stored } = await withE4();
    await expectRefused(
      db,
      () => setMark(db, { candidateId, unit: 'E4', value: mark('14', 'E4') }),
      "E4 de Dupont Léa : la note est la somme Situation 1 + Situation 2 de la grille d'évaluation (12) ; modifiez la grille.",
    );
    await setMark(db, { candidateId, unit: 'E4', value: mark('12', 'E4') });
    await setMark(db, { candidateId, unit: 'E4', value: mark('AB', 'E4') });
    expect(await stored('E4')).toEqual(mark('AB', 'E4'));
    await setMark(db, { candidateId, unit: 'E4', value: mark('', 'E4') });
    expect(await stored('E4')).toBeUndefined();
    await setMark(db, { candidateId, unit: 'E4', value: mark('12', 'E4') });
    await setMarkFlags(db, { candidateId, unit: 'E4', sousReserve: true });
  });

  it('E22: the message names the columns and the sum', async () => {
    const { db, candidateId, update } = await setup();
    await update('E22', (ev) => withPart(withPart(withPart(ev, 'A', { degree: 2 }), 'B', { degree: 3 }), 'C', { degree: 3, hundredths: 500 }));
    await expectRefused(
      db,
      () => setMark(db, { candidateId, unit: 'E22', value: mark('13', 'E22') }),
      "E22 de Dupont Léa : la note est la somme A + B + C de la grille d'évaluation (12) ; modifiez la grille.",
    );
  });

  it('imported: a file with another number is refused as a whole; a code passes', async () => {
    const { db, sessionId, candidateId, update, stored } = await setup();
    const plan = (value: string, before: ImportPlan['markWrites'][number]['before'] = null): ImportPlan => ({
      rows: [],
      counts: { new: 0, updated: 1, unchanged: 0, error: 0 },
      emptyCells: 'keep',
      newEtablissements: [],
      newCandidates: [],
      candidateUpdates: [],
      markWrites: [{ line: 2, candidate: { id: candidateId }, unit: 'E4', before, after: { value: mark(value, 'E4'), sousReserve: false, benefice: null } }],
    });
    await update('E4', (ev) => withPart(withPart(ev, 'S1', { hundredths: 700 }), 'S2', { hundredths: 500 }));
    const current = (await getMark(db, candidateId, 'E4'))!;
    await expectRefused(db, () => applyImportPlan(db, sessionId, plan('15', current), 'notes.csv'), 'la note est la somme Situation 1 + Situation 2');
    await applyImportPlan(db, sessionId, plan('AB', current), 'notes.csv'); // a code passes
    expect(await stored('E4')).toEqual(mark('AB', 'E4'));
  });

  it('undoing an import that would put back another number than the sum is refused', async () => {
    const { db, sessionId, candidateId, update, stored } = await setup();
    await setMark(db, { candidateId, unit: 'E4', value: mark('10', 'E4') });
    const before = (await getMark(db, candidateId, 'E4'))!;
    await applyImportPlan(
      db,
      sessionId,
      {
        rows: [],
        counts: { new: 0, updated: 1, unchanged: 0, error: 0 },
        emptyCells: 'keep',
        newEtablissements: [],
        newCandidates: [],
        candidateUpdates: [],
        markWrites: [{ line: 2, candidate: { id: candidateId }, unit: 'E4', before, after: { value: mark('12', 'E4'), sousReserve: false, benefice: null } }],
      },
      'notes.csv',
    );
    await update('E4', (ev) => withPart(withPart(ev, 'S1', { hundredths: 700 }), 'S2', { hundredths: 500 }));
    await expectRefused(db, () => undoLastImport(db, sessionId), "la note est la somme Situation 1 + Situation 2 de la grille d'évaluation (12)");
    expect(await stored('E4')).toEqual(mark('12', 'E4'));
  });

  it('a grid of a form the candidate no longer takes binds nothing', async () => {
    const { db, candidateId, stored } = await withE4();
    await updateCandidate(db, candidateId, { statut: 'individuel' });
    await setMark(db, { candidateId, unit: 'E4', value: mark('14', 'E4') });
    expect(await stored('E4')).toEqual(mark('14', 'E4'));
  });
});

describe('the deliberation rules apply to the grid', () => {
  it('open: a change that moves the mark needs a reason and is logged; levels alone need none', async () => {
    const { db, sessionId, update, stored } = await setup();
    await update('E4', (ev) => withPart(ev, 'S1', { hundredths: 700 }));
    await openDeliberation(db, sessionId);
    await update('E4', (ev) => withLevel(ev, 'c1', 'S'));
    await expectRefused(
      db,
      () => update('E4', (ev) => withPart(ev, 'S2', { hundredths: 600 })),
      'Délibération ouverte : indiquez le motif de la modification de E4 de Dupont Léa.',
    );
    await update('E4', (ev) => withPart(ev, 'S2', { hundredths: 600 }), 'Situation 2 notée en retard');
    expect(await stored('E4')).toEqual(mark('13', 'E4'));
    const notes = (await listAudit(db, sessionId)).filter((e) => e.kind === 'note');
    expect(notes).toMatchObject([{ unit: 'E4', before: '', after: '13', reason: 'Situation 2 notée en retard', who: 'Mme Martin' }]);
  });

  it('closed 1er groupe: the grid is read-only like the marks', async () => {
    const { db, sessionId, update } = await setup();
    await update('U61', (ev) => withLevel(ev, 'c1', 'S'));
    await openDeliberation(db, sessionId);
    await closeFirstGroup(db, sessionId);
    await expectRefused(
      db,
      () => update('U61', (ev) => withLevel(ev, 'c2', 'S')),
      'Le 1er groupe est clos : la grille de U61 de Dupont Léa ne peut plus être modifiée.',
    );
    await reopen(db, sessionId, 'Correction');
    await update('U61', (ev) => withLevel(ev, 'c2', 'S'));
  });

  it('R7: a non-conforme E4 keeps its NV: parts that would give a mark are refused', async () => {
    const { db, candidateId, update, stored } = await setup();
    await updateConformity(db, candidateId, { units: { E4: { ...emptyChecklist(), fiche: false } } });
    expect(await stored('E4')).toEqual(mark('NV', 'E4'));
    await update('E4', (ev) => withPart(ev, 'S1', { hundredths: 700 }));
    await expectRefused(db, () => update('E4', (ev) => withPart(ev, 'S2', { hundredths: 600 })), 'dossier non conforme');
    expect(await stored('E4')).toEqual(mark('NV', 'E4'));
  });
});

describe('listEvaluations', () => {
  it('lists the session’s evaluations only', async () => {
    const { db, sessionId, update } = await setup();
    await update('U61', (ev) => withLevel(ev, 'c1', 'S'));
    const other = await createSession(db, sessionData({ name: 'Autre' }));
    await addCandidate(db, candidateData(other));
    expect((await listEvaluations(db, sessionId)).map((r) => r.unit)).toEqual(['U61']);
    expect(await listEvaluations(db, other)).toEqual([]);
  });
});
