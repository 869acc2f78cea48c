// Database tests of R7: a conformity change and the NV it implies are one transaction; making the dossier
// conforme again restores exactly the replaced mark; the guard refuses a typed mark over that NV.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addCandidate } from '../../src/db/candidates.ts';
import {
  getConformity,
  getConformitySettings,
  listConformity,
  nvReasonChoices,
  markPiecesConformes,
  ReasonNeeded,
  refreshConformity,
  setConformitySettings,
  setNvWithReasons,
  updateConformities,
  updateConformity,
} from '../../src/db/conformity.ts';
import { ChangedSinceError } from '../../src/db/errors.ts';
import { applyImportPlan, undoLastImport } from '../../src/db/imports.ts';
import { allMarks, candidateMarkRows, getMark, setMark, setMarkFlags } from '../../src/db/marks.ts';
import { createSession, updateSession } from '../../src/db/sessions.ts';
import { emptyChecklist, type ConformityChanges, type UnitChecklist } from '../../src/domain/conformity.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import { computeResult } from '../../src/domain/results.ts';
import { candidateMarksOf } from '../../src/domain/session.ts';
import type { StagePeriod } from '../../src/domain/stage.ts';
import type { ImportPlan } from '../../src/io/import/types.ts';
import { candidateData, countRequests, expectRefused, freshDb, mark, sessionData } from './helpers.ts';

const stage = (year: 1 | 2, weeks: number): StagePeriod => ({
  kind: 'stage',
  organisme: 'SARL Outils',
  year,
  start: null,
  end: null,
  duration: { amount: weeks * 100, unit: 'semaines' },
});

const complete = (over: Partial<UnitChecklist> = {}): UnitChecklist => ({
  ...emptyChecklist(),
  attestations: true,
  signed: true,
  stamped: true,
  fiche: true,
  dossier: true,
  depositDate: '2025-04-28',
  ...over,
});

/** Every compulsory unit at 12, so the decision is ADMIS until a unit becomes NV. */
async function jury() {
  const db = freshDb();
  const sessionId = await createSession(db, sessionData({ depositDeadline: '2025-04-30' }));
  const id = await addCandidate(db, candidateData(sessionId));
  for (const unit of btsCcst2024.units.filter((u) => u.domain !== 'optional')) {
    await setMark(db, { candidateId: id, unit: unit.code, value: mark('12', unit.code) });
  }
  await setMark(db, { candidateId: id, unit: 'U62', value: mark('14,5', 'U62') });
  const decision = async () => computeResult(candidateMarksOf(await candidateMarkRows(db, id)), btsCcst2024).decision;
  const stored = async (unit: string) => (await getMark(db, id, unit)) ?? null;
  const conforme: ConformityChanges = {
    periods: [stage(1, 6), stage(2, 8)],
    units: { E4: complete({ dossier: null }), U61: complete({ dossier: null }), U62: complete() },
  };
  return { db, sessionId, id, decision, stored, conforme };
}

/** `count` candidates; those at `nvAt` have E4 at 12 made NV by a missing fiche. */
async function bigSession(count: number, nvAt: number[]) {
  const db = freshDb();
  const requests = countRequests(db);
  const sessionId = await createSession(db, sessionData({ depositDeadline: '2025-04-30' }));
  const ids = (await db.candidates.bulkAdd(
    Array.from({ length: count }, (_, i) => ({ ...candidateData(sessionId), numero: String(10_000 + i), nom: `Nom${i}` })),
    { allKeys: true },
  )) as number[];
  for (const index of nvAt) {
    await setMark(db, { candidateId: ids[index]!, unit: 'E4', value: mark('12', 'E4') });
    await updateConformity(db, ids[index]!, { units: { E4: { fiche: false } } });
    expect((await getMark(db, ids[index]!, 'E4'))!.value).toEqual({ kind: 'NV' });
  }
  return { db, sessionId, ids, requests };
}

describe('R7 conformity in the database', () => {
  it('R7: a late U62 deposit sets U62 to NV in the same transaction, keeping the replaced mark and the reasons', async () => {
    const { db, id, decision, stored, conforme } = await jury();
    await updateConformity(db, id, conforme);
    expect(await decision()).toBe('ADMIS');
    const before = await stored('U62');

    const result = await updateConformity(db, id, { units: { U62: { depositDate: '2025-05-02' } } });
    expect(result.evaluation.units.find((u) => u.code === 'U62')!.status).toBe('non_conforme');
    expect((await stored('U62'))!.value).toEqual({ kind: 'NV' });
    expect(await decision()).toBe('NV');
    const record = (await getConformity(db, id))!;
    expect(record.nv.U62).toEqual({
      reasons: ['autres (à préciser) : dossier déposé hors délai (le 02/05/2025, date limite le 30/04/2025)'],
      replaced: { value: before!.value, sousReserve: false, benefice: null },
    });
    expect((await stored('E4'))!.value).toEqual(mark('12', 'E4'));
  });

  it('R7: reverting the failure restores exactly the previous mark and the decision, and nothing else', async () => {
    const { db, id, decision, stored, conforme } = await jury();
    await updateConformity(db, id, conforme);
    await setMarkFlags(db, { candidateId: id, unit: 'U62', sousReserve: true });
    const before = await stored('U62');
    const others = (await candidateMarkRows(db, id)).filter((m) => m.unit !== 'U62');

    await updateConformity(db, id, { units: { U62: { depositDate: '2025-05-02' } } });
    expect(await decision()).toBe('NV');
    await updateConformity(db, id, { units: { U62: { depositDate: '2025-04-29' } } });

    const after = (await stored('U62'))!;
    expect({ value: after.value, sousReserve: after.sousReserve, benefice: after.benefice }).toEqual({
      value: before!.value,
      sousReserve: true,
      benefice: null,
    });
    expect((await getConformity(db, id))!.nv).toEqual({});
    expect(await decision()).toBe('ADMIS');
    expect((await candidateMarkRows(db, id)).filter((m) => m.unit !== 'U62')).toEqual(others);
  });

  it('R7: an undo of a check (Ctrl+Z) is written only while the check holds what it left; its NV follows, as for a typed check', async () => {
    const { db, id, decision, stored, conforme } = await jury();
    await updateConformity(db, id, conforme);
    const before = await stored('U62');
    // Typed « non » in « Signées », then undone: the NV it set is lifted and the mark comes back.
    await updateConformity(db, id, { units: { U62: { signed: false } } });
    expect(await decision()).toBe('NV');
    await updateConformity(db, id, { units: { U62: { signed: true } } }, { expected: { U62: { signed: false } } });
    expect(await decision()).toBe('ADMIS');
    expect((await stored('U62'))!.value).toEqual(before!.value);
    // Changed since (the panel, another tab): nothing is written, and the message says where and what it holds.
    await expectRefused(
      db,
      () => updateConformity(db, id, { units: { U62: { signed: null } } }, { expected: { U62: { signed: false } } }),
      'U62 Signées, Dupont Léa (0012) : la case a changé depuis (oui)',
    );
    const error = await updateConformity(db, id, { units: { E4: { fiche: null } } }, { expected: { E4: { fiche: true, stamped: false } } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ChangedSinceError);
    expect((error as Error).message).toBe('E4 Visées, Dupont Léa (0012) : la case a changé depuis (oui)');
    expect((await getConformity(db, id))?.units?.E4?.fiche).toBe(true);
  });

  it('R7: a unit without mark gets NV, and reverting leaves no mark record', async () => {
    const db = freshDb();
    const sessionId = await createSession(db, sessionData());
    const id = await addCandidate(db, candidateData(sessionId));
    await updateConformity(db, id, { units: { E4: { fiche: false } } });
    expect((await getMark(db, id, 'E4'))!.value).toEqual({ kind: 'NV' });
    expect((await getConformity(db, id))!.nv.E4).toEqual({ reasons: ['absence de fiche(s) descriptive(s) ou de dossier'], replaced: null });
    await updateConformity(db, id, { units: { E4: { fiche: null } } });
    expect(await getMark(db, id, 'E4')).toBeUndefined();
    // Nothing left entered: no record either.
    expect(await getConformity(db, id)).toBeUndefined();
  });

  it('R7: a mark typed over the NV of a non-conforme unit is refused with the reasons', async () => {
    const { db, id, conforme } = await jury();
    await updateConformity(db, id, { ...conforme, units: { ...conforme.units, U62: complete({ signed: false }) } });
    await expectRefused(
      db,
      () => setMark(db, { candidateId: id, unit: 'U62', value: mark('15', 'U62') }),
      'U62 de Dupont Léa : dossier non conforme (certificat(s) ou attestation(s) non visé(s) ou non signé(s)), la note reste NV',
    );
  });

  it('R7: a refused conformity change writes nothing (closed 1er groupe): record and marks unchanged', async () => {
    const { db, sessionId, id, conforme } = await jury();
    await updateConformity(db, id, conforme);
    await db.deliberations.put({ sessionId, phase: 'premier_groupe_clos', juryMember: 'M. Blanc', president: '', members: [], date: null });
    await expectRefused(db, () => updateConformity(db, id, { units: { U62: { dossier: false } } }), 'Le 1er groupe est clos');
    expect((await getConformity(db, id))!.units!.U62!.dossier).toBe(true);
    // A change that does not touch a mark is still possible (a note about a doubt already decided…).
    await updateConformity(db, id, { units: { U62: { doubtNote: 'vu avec le président' } } });
  });

  it('R7: during an open deliberation the NV is logged in the audit trail as a conformity change', async () => {
    const { db, sessionId, id, conforme } = await jury();
    await updateConformity(db, id, conforme);
    await db.deliberations.put({ sessionId, phase: 'premier_groupe', juryMember: 'M. Blanc', president: '', members: [], date: null });
    await updateConformity(db, id, { units: { E4: { stamped: false } } });
    const audit = await db.audit.where('sessionId').equals(sessionId).toArray();
    expect(audit).toMatchObject([{ who: 'M. Blanc', unit: 'E4', before: '12', after: 'NV', reason: 'Conformité du dossier' }]);
  });

  it('R7: a doubt sets "sous réserve" on the mark; lifting it clears it', async () => {
    const { db, id, stored, conforme } = await jury();
    await updateConformity(db, id, conforme);
    await updateConformity(db, id, { units: { U61: { doubt: true, doubtNote: 'entreprise à vérifier' } } });
    expect((await stored('U61'))!.sousReserve).toBe(true);
    expect((await stored('U61'))!.value).toEqual(mark('12', 'U61'));
    await updateConformity(db, id, { units: { U61: { doubt: false } } });
    expect((await stored('U61'))!.sousReserve).toBe(false);
  });

  it('R7: a stage of 13,5 weeks makes the three units NV; 14 weeks restores them', async () => {
    const { db, id, decision, conforme } = await jury();
    await updateConformity(db, id, { ...conforme, periods: [stage(1, 6), { ...stage(2, 7), duration: { amount: 750, unit: 'semaines' } }] });
    for (const unit of ['E4', 'U61', 'U62']) expect((await getMark(db, id, unit))!.value).toEqual({ kind: 'NV' });
    expect((await getConformity(db, id))!.nv.E4!.reasons).toEqual(['durée de stage insuffisante']);
    await updateConformity(db, id, { periods: [stage(1, 6), stage(2, 8)] });
    expect(await decision()).toBe('ADMIS');
  });

  it('R7: refreshConformity applies a later deadline change to the stored records', async () => {
    const { db, sessionId, id, decision, conforme } = await jury();
    await updateConformity(db, id, { ...conforme, units: { ...conforme.units, U62: complete({ depositDate: '2025-05-02' }) } });
    expect(await decision()).toBe('NV');
    await updateSession(db, sessionId, { depositDeadline: '2025-05-05' });
    const changed = await refreshConformity(db, sessionId);
    expect(changed).toHaveLength(1);
    expect(await decision()).toBe('ADMIS');
    expect(await listConformity(db, sessionId)).toHaveLength(1);
  });

  it('R7: refuses periods whose dates are in the wrong order, writing nothing', async () => {
    const { db, id } = await jury();
    await expectRefused(
      db,
      () => updateConformity(db, id, { periods: [{ ...stage(1, 4), start: '2024-06-10', end: '2024-06-01' }] }),
      'la date de fin précède la date de début',
    );
  });

  it('R7: keeps the orals’ dates and the controllers per session in settings', async () => {
    const { db, sessionId } = await jury();
    expect(await getConformitySettings(db, sessionId)).toEqual({ orals: {}, controllers: [] });
    await setConformitySettings(db, sessionId, { orals: { U62: '2025-06-12' }, controllers: [' Mme Roux ', ''] });
    expect(await getConformitySettings(db, sessionId)).toEqual({ orals: { U62: '2025-06-12' }, controllers: ['Mme Roux'] });
    expect((await db.settings.get(`conformity:${sessionId}`))!.value).toBeTruthy();
    await expectRefused(db, () => setConformitySettings(db, sessionId, { orals: { E1: '2025-06-12' }, controllers: [] }), 'E1');
  });
});

describe('R7 conformity through the import', () => {
  const plan = (over: Partial<ImportPlan> = {}): ImportPlan => ({
    rows: [],
    counts: { new: 0, updated: 0, unchanged: 0, error: 0 },
    emptyCells: 'keep',
    newEtablissements: [],
    newCandidates: [],
    candidateUpdates: [],
    markWrites: [],
    ...over,
  });

  it('R7: an imported late deposit sets NV in the import transaction; undo restores the mark and the record', async () => {
    const { db, sessionId, id, decision, stored, conforme } = await jury();
    await updateConformity(db, id, conforme);
    const recordBefore = await getConformity(db, id);
    const markBefore = await stored('U62');

    const undo = await applyImportPlan(
      db,
      sessionId,
      plan({ conformityWrites: [{ line: 2, candidate: { id }, changes: { units: { U62: { depositDate: '2025-05-06' } } }, before: recordBefore! }] }),
      'depots.csv',
    );
    expect(undo.summary).toMatchObject({ marks: 1, conformity: 1 });
    expect((await stored('U62'))!.value).toEqual({ kind: 'NV' });
    expect(await decision()).toBe('NV');

    await undoLastImport(db, sessionId);
    expect(await stored('U62')).toEqual(markBefore);
    expect(await getConformity(db, id)).toEqual(recordBefore);
    expect(await decision()).toBe('ADMIS');
  });

  it('R7: an import that makes a dossier conforme gives the mark back, then writes the file’s mark on it', async () => {
    const { db, sessionId, id, stored, conforme } = await jury();
    await updateConformity(db, id, { ...conforme, units: { ...conforme.units, U62: complete({ dossier: false }) } });
    const nv = await stored('U62');
    const undo = await applyImportPlan(
      db,
      sessionId,
      plan({
        conformityWrites: [{ line: 2, candidate: { id }, changes: { units: { U62: { dossier: true } } } }],
        markWrites: [{ line: 2, candidate: { id }, unit: 'U62', before: nv, after: { value: mark('16', 'U62'), sousReserve: false, benefice: null } }],
      }),
      'rattrapage.csv',
    );
    expect((await stored('U62'))!.value).toEqual(mark('16', 'U62'));
    // One undo line for U62: from the NV before the import to the file's 16.
    expect(undo.marks).toHaveLength(1);
    expect(undo.marks[0]).toMatchObject({ unit: 'U62', before: { value: { kind: 'NV' } }, after: { value: mark('16', 'U62') } });
    await undoLastImport(db, sessionId);
    expect(await stored('U62')).toEqual(nv);
    expect((await getConformity(db, id))!.nv.U62).toBeDefined();
  });

  it('R7: refuses to apply when the conformity changed since the preview, or a mark over a kept NV', async () => {
    const { db, sessionId, id, stored, conforme } = await jury();
    await expectRefused(
      db,
      () =>
        applyImportPlan(
          db,
          sessionId,
          plan({
            conformityWrites: [{ line: 2, candidate: { id }, changes: { units: { E4: { fiche: false } } }, before: { candidateId: id, sessionId, nv: {} } }],
          }),
          'x.csv',
        ),
      "Les données ont changé depuis l'aperçu (la conformité du dossier de Dupont Léa a été modifiée)",
    );
    await updateConformity(db, id, { ...conforme, units: { ...conforme.units, E4: complete({ fiche: false }) } });
    const nvE4 = await stored('E4');
    await expectRefused(
      db,
      () =>
        applyImportPlan(
          db,
          sessionId,
          plan({
            markWrites: [{ line: 2, candidate: { id }, unit: 'E4', before: nvE4, after: { value: mark('15', 'E4'), sousReserve: false, benefice: null } }],
          }),
          'x.csv',
        ),
      'E4 de Dupont Léa : dossier non conforme (absence de fiche(s) descriptive(s) ou de dossier), la note reste NV',
    );
    expect((await stored('E4'))!.value).toEqual({ kind: 'NV' });
  });

  it('R7: conformity of a candidate the import creates is undone with the candidate', async () => {
    const db = freshDb();
    const sessionId = await createSession(db, sessionData());
    const { sessionId: _s, etablissementId: _e, ...data } = candidateData(sessionId, { numero: '0099', nom: 'Nouveau' });
    const undo = await applyImportPlan(
      db,
      sessionId,
      plan({
        newCandidates: [{ line: 2, data, etablissement: null }],
        conformityWrites: [{ line: 2, candidate: { newIndex: 0 }, changes: { units: { E4: { fiche: false } } }, before: null }],
      }),
      'nouveaux.csv',
    );
    const id = undo.createdCandidateIds[0]!;
    expect((await getMark(db, id, 'E4'))!.value).toEqual({ kind: 'NV' });
    await undoLastImport(db, sessionId);
    expect(await db.conformity.count()).toBe(0);
    expect((await allMarks(db)).length).toBe(0);
  });

  it('R7: an import giving 1,500 dossiers writes them a thousand at a time; a refusal names its line, and nothing is written', async () => {
    const { db, sessionId, ids, requests } = await bigSession(1500, [0, 1200]);
    const writes = (fiche: UnitChecklist['fiche'], pages: number | null = null) =>
      ids.map((id, i) => ({ line: i + 2, candidate: { id }, changes: { units: { E4: { fiche, ...(i === 1400 ? { pages } : {}) } } } }));
    await expectRefused(db, () => applyImportPlan(db, sessionId, plan({ conformityWrites: writes(true, -3) }), 'dossiers.csv'), 'Ligne 1402 (« 11400 »)');

    requests.count = 0;
    const undo = await applyImportPlan(db, sessionId, plan({ conformityWrites: writes(true) }), 'dossiers.csv');
    expect(requests.count).toBeLessThan(80);
    expect(undo.conformity).toHaveLength(ids.length);
    expect(undo.marks.map((m) => [m.candidateId, m.unit, m.after?.value])).toEqual([
      [ids[0], 'E4', mark('12', 'E4')],
      [ids[1200], 'E4', mark('12', 'E4')],
    ]);
    expect((await getMark(db, ids[1200]!, 'E4'))!.value).toEqual(mark('12', 'E4'));
  });

  it('R7: the undo is refused when the conformity was changed after the import', async () => {
    const { db, sessionId, id, conforme } = await jury();
    await applyImportPlan(db, sessionId, plan({ conformityWrites: [{ line: 2, candidate: { id }, changes: conforme }] }), 'a.csv');
    await updateConformity(db, id, { units: { E4: { other: 'fiche recopiée' } } });
    await expectRefused(db, () => undoLastImport(db, sessionId), "la conformité du dossier de Dupont Léa a été modifiée après l'import");
  });

  it('R7: during an open deliberation, a conformity change that turns a mark into NV asks for the motif when the caller wants it', async () => {
    const { db, sessionId, id, stored, conforme } = await jury();
    await updateConformity(db, id, conforme);
    await db.deliberations.put({ sessionId, phase: 'premier_groupe', juryMember: 'M. Blanc', president: '', members: [], date: null });
    // Without a motif: nothing written (the transaction rolls back), and the change to explain is given.
    const refused = await updateConformity(db, id, { units: { E4: { stamped: false } } }, { requireReason: true }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ReasonNeeded);
    expect((refused as ReasonNeeded).change).toBe('E4 de Dupont Léa (0012) : 12 → NV');
    expect((await getConformity(db, id))!.units!.E4!.stamped).toBe(true);
    expect((await stored('E4'))!.value).toEqual(mark('12', 'E4'));
    expect(await db.audit.count()).toBe(0);
    // With the motif: written, and the motif is the journal's.
    await updateConformity(db, id, { units: { E4: { stamped: false } } }, { requireReason: true, reason: 'Visa absent, vérifié en séance' });
    expect((await stored('E4'))!.value).toEqual({ kind: 'NV' });
    expect(await db.audit.where('sessionId').equals(sessionId).toArray()).toMatchObject([
      { unit: 'E4', after: 'NV', reason: 'Visa absent, vérifié en séance' },
    ]);
    // A change that touches no mark needs no motif.
    await updateConformity(db, id, { units: { U62: { doubtNote: 'à revoir' } } }, { requireReason: true });
  });

  it('R7: « Tout conforme » checks every piece of the given candidates in one transaction, journaled once the deliberation is open', async () => {
    const { db, sessionId, id, stored, decision } = await jury();
    const other = await addCandidate(db, { ...candidateData(sessionId), numero: '0013', nom: 'Martin', prenom: 'Paul' });
    await updateConformity(db, id, { periods: [stage(1, 6), stage(2, 8)], units: { E4: { fiche: false } } });
    expect((await stored('E4'))!.value).toEqual({ kind: 'NV' });
    await db.deliberations.put({ sessionId, phase: 'premier_groupe', juryMember: 'M. Blanc', president: '', members: [], date: null });

    // Restoring E4 changes a mark: the motif is asked, nothing is written before it is given.
    await expect(markPiecesConformes(db, sessionId, [id, other], { requireReason: true })).rejects.toBeInstanceOf(ReasonNeeded);
    expect(await getConformity(db, other)).toBeUndefined();
    const results = await markPiecesConformes(db, sessionId, [id, other], { requireReason: true, reason: 'Pièces vérifiées' });
    expect(results).toHaveLength(2);
    for (const candidate of [id, other]) {
      const units = (await getConformity(db, candidate))!.units!;
      for (const code of ['E4', 'U61', 'U62']) expect(units[code]).toMatchObject({ signed: true, stamped: true, fiche: true });
      expect(units.U62!.dossier).toBe(true);
    }
    expect((await stored('E4'))!.value).toEqual(mark('12', 'E4'));
    expect(await decision()).toBe('ADMIS');
    const audit = await db.audit.where('sessionId').equals(sessionId).toArray();
    expect(audit.map((a) => [a.kind, a.unit, a.reason])).toEqual([
      ['note', 'E4', 'Pièces vérifiées'],
      ['jury', 'Conformité des dossiers', 'Pièces vérifiées'],
    ]);
    expect(audit[1]!.name).toBe('2 candidats');
    expect(audit.map((a) => a.who)).toEqual(['M. Blanc', 'M. Blanc']);
  });

  it('R7: « Tout conforme » is journaled under the member of this tab, as the mark it changes is', async () => {
    const { db, sessionId, id } = await jury();
    await updateConformity(db, id, { periods: [stage(1, 6), stage(2, 8)], units: { E4: { fiche: false } } });
    await db.deliberations.put({ sessionId, phase: 'premier_groupe', juryMember: 'M. Blanc', president: '', members: [], date: null });
    // The app's connection: each tab says who types on it (the stored name is another tab's).
    db.juryMember = 'Mme Secrétaire';
    await markPiecesConformes(db, sessionId, [id], { reason: 'Pièces vérifiées' });
    const audit = await db.audit.where('sessionId').equals(sessionId).toArray();
    expect(audit.map((a) => [a.unit, a.who])).toEqual([
      ['E4', 'Mme Secrétaire'],
      ['Conformité des dossiers', 'Mme Secrétaire'],
    ]);
  });

  it('R7: « Tout conforme » and a block of checks refuse a candidate of another session, writing nothing for any', async () => {
    const { db, sessionId, id } = await jury();
    const otherSession = await createSession(db, sessionData({ name: 'Autre session' }));
    const stranger = await addCandidate(db, { ...candidateData(otherSession), numero: '0099' });
    await expect(markPiecesConformes(db, sessionId, [id, stranger])).rejects.toThrow('candidate of another session');
    await expect(
      updateConformities(
        db,
        sessionId,
        [id, stranger].map((candidateId) => ({ candidateId, changes: { units: { E4: { fiche: true } } } })),
      ),
    ).rejects.toThrow('candidate of another session');
    expect(await listConformity(db, sessionId)).toEqual([]);
    expect(await listConformity(db, otherSession)).toEqual([]);
  });
});

describe('R7: a block of checks written at once (the conformity grid)', () => {
  it('R7: writes the checks of several candidates in one transaction, each NV following; nothing at all when one is refused', async () => {
    const { db, sessionId, id, stored, conforme } = await jury();
    const other = await addCandidate(db, { ...candidateData(sessionId), numero: '0013', nom: 'Martin', prenom: 'Paul' });
    await setMark(db, { candidateId: other, unit: 'E4', value: mark('11', 'E4') });
    await updateConformity(db, id, conforme);
    await updateConformities(db, sessionId, [
      { candidateId: id, changes: { units: { E4: { fiche: false } } } },
      { candidateId: other, changes: { units: { E4: { fiche: false, signed: true } } } },
    ]);
    expect((await stored('E4'))!.value).toEqual({ kind: 'NV' });
    expect((await getMark(db, other, 'E4'))!.value).toEqual({ kind: 'NV' });
    expect((await getConformity(db, other))!.units!.E4).toMatchObject({ fiche: false, signed: true });

    // Put back only where the checks still hold what the block left: the second was changed since, nothing is written.
    await updateConformity(db, other, { units: { E4: { signed: false } } });
    const undo = [
      { candidateId: id, changes: { units: { E4: { fiche: true } } }, expected: { E4: { fiche: false } } },
      { candidateId: other, changes: { units: { E4: { fiche: null, signed: null } } }, expected: { E4: { fiche: false, signed: true } } },
    ];
    const error = await updateConformities(db, sessionId, undo).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChangedSinceError);
    expect((error as Error).message).toBe('E4 Signées, Martin Paul (0013) : la case a changé depuis (non)');
    expect((await getConformity(db, id))!.units!.E4!.fiche).toBe(false);
    expect((await stored('E4'))!.value).toEqual({ kind: 'NV' });
    // A candidate of another session is never written.
    const elsewhere = await createSession(db, sessionData({ name: 'Autre' }));
    const stranger = await addCandidate(db, { ...candidateData(elsewhere), numero: '0099' });
    await expect(
      updateConformities(db, sessionId, [
        { candidateId: id, changes: { units: { E4: { fiche: true } } } },
        { candidateId: stranger, changes: {} },
      ]),
    ).rejects.toThrow('candidate of another session');
    expect((await stored('E4'))!.value).toEqual({ kind: 'NV' });
  });

  it('R7: during an open deliberation, a block that changes marks asks the motif once, for all of them', async () => {
    const { db, sessionId, id, stored, conforme } = await jury();
    const other = await addCandidate(db, { ...candidateData(sessionId), numero: '0013', nom: 'Martin', prenom: 'Paul' });
    await setMark(db, { candidateId: other, unit: 'E4', value: mark('11', 'E4') });
    await updateConformity(db, id, conforme);
    await db.deliberations.put({ sessionId, phase: 'premier_groupe', juryMember: 'M. Blanc', president: '', members: [], date: null });
    const block = [id, other].map((candidateId) => ({ candidateId, changes: { units: { E4: { fiche: false } } } }));
    const refused = await updateConformities(db, sessionId, block, { requireReason: true }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ReasonNeeded);
    expect((refused as ReasonNeeded).change).toBe('E4 de Dupont Léa (0012) : 12 → NV ; E4 de Martin Paul (0013) : 11 → NV');
    expect((await stored('E4'))!.value).toEqual(mark('12', 'E4'));
    await updateConformities(db, sessionId, block, { requireReason: true, reason: 'Fiches absentes' });
    expect((await db.audit.where('sessionId').equals(sessionId).toArray()).map((a) => [a.name, a.after, a.reason])).toEqual([
      ['Dupont Léa', 'NV', 'Fiches absentes'],
      ['Martin Paul', 'NV', 'Fiches absentes'],
    ]);
  });
});

describe('R7: « Tout conforme » for a whole session', () => {
  it('R7: checks every piece of 2,100 candidates (read and written a thousand at a time), giving back each replaced mark', async () => {
    const nvAt = [0, 999, 1000, 2099];
    const { db, sessionId, ids, requests } = await bigSession(2100, nvAt);
    requests.count = 0;
    const results = await markPiecesConformes(db, sessionId, ids);
    // A few requests per thousand candidates, not a few per candidate (6 s for 5,000 in Chromium).
    expect(requests.count).toBeLessThan(60);
    expect(results).toHaveLength(ids.length);
    expect(results.flatMap((r, i) => (r.marks.length > 0 ? [i] : []))).toEqual(nvAt);
    for (const index of nvAt) expect((await getMark(db, ids[index]!, 'E4'))!.value).toEqual(mark('12', 'E4'));
    const records = await listConformity(db, sessionId);
    expect(records).toHaveLength(ids.length);
    for (const record of records) {
      for (const code of ['E4', 'U61', 'U62']) expect(record.units![code]).toMatchObject({ signed: true, stamped: true, fiche: true });
      expect(record.nv).toEqual({});
    }
  });

  it('R7: writes nothing at all when a candidate of the last thousand is gone', async () => {
    const { db, sessionId, ids } = await bigSession(1500, [3]);
    // expectRefused compares every table before and after.
    await expectRefused(db, () => markPiecesConformes(db, sessionId, [...ids, 999_999]), "Ce candidat n'existe pas (ou plus).");
  });
});

describe('issue 16: NV typed in the marks grid carries its annexe 4 reasons', () => {
  it('writes the conformity record and the NV in one transaction, and logs it with the reasons once the deliberation is open', async () => {
    const { db, sessionId, id, stored, decision } = await jury();
    const { setJuryMember, openDeliberation, listAudit } = await import('../../src/db/deliberation.ts');
    await setJuryMember(db, sessionId, 'Mme Martin');
    await openDeliberation(db, sessionId);
    const result = await setNvWithReasons(db, { candidateId: id, unit: 'E4', items: ['visa', 'autres'], other: 'fiche non datée' });
    expect(result.evaluation.units.find((u) => u.code === 'E4')!.reasons).toEqual([
      'certificat(s) ou attestation(s) non visé(s) ou non signé(s)',
      'autres (à préciser)',
    ]);
    expect((await stored('E4'))!.value).toEqual({ kind: 'NV' });
    expect(await decision()).toBe('NV');
    const record = (await getConformity(db, id))!;
    expect(record.nv.E4!.reasons).toEqual(['certificat(s) ou attestation(s) non visé(s) ou non signé(s)', 'autres (à préciser) : fiche non datée']);
    expect(record.nv.E4!.replaced?.value).toEqual(mark('12', 'E4'));
    const line = (await listAudit(db, sessionId)).find((e) => e.kind === 'note' && e.unit === 'E4')!;
    expect([line.before, line.after, line.reason]).toEqual(['12', 'NV', 'NV : certificat(s) ou attestation(s) non visé(s) ou non signé(s) ; fiche non datée']);
    // Removing the declared reasons gives the mark back.
    await updateConformity(db, id, { units: { E4: { declared: [], other: '' } } }, { reason: 'NV levé' });
    expect((await stored('E4'))!.value).toEqual(mark('12', 'E4'));
  });

  it('R7: a stage duration declared insufficient with the NV of one épreuve makes the three NV (the stage serves them all)', async () => {
    const { db, id, stored, decision } = await jury();
    const result = await setNvWithReasons(db, { candidateId: id, unit: 'U61', items: ['duree'] });
    expect(result.evaluation.units.map((u) => [u.code, u.status, u.failures.map((f) => f.detail)])).toEqual([
      ['E4', 'non_conforme', ['durée de stage insuffisante (déclarée à la saisie de NV en U61)']],
      ['U61', 'non_conforme', ['durée de stage insuffisante (déclarée à la saisie de NV en U61)']],
      ['U62', 'non_conforme', ['durée de stage insuffisante (déclarée à la saisie de NV en U61)']],
    ]);
    for (const unit of ['E4', 'U61', 'U62']) expect((await stored(unit))!.value).toEqual({ kind: 'NV' });
    expect(await decision()).toBe('NV');
    // Removing it from U61's dossier gives the three marks back.
    await updateConformity(db, id, { units: { U61: { declared: [] } } });
    expect([(await stored('E4'))!.value, (await stored('U61'))!.value, (await stored('U62'))!.value]).toEqual([
      mark('12', 'E4'),
      mark('12', 'U61'),
      mark('14,5', 'U62'),
    ]);
  });

  it('R7: offers and accepts only the reasons of the candidate’s parcours (no stage for professional experience)', async () => {
    const { db, id, stored } = await jury();
    expect(await nvReasonChoices(db, id, 'U61')).toEqual({
      items: ['attestation', 'duree', 'visa', 'ficheProjet', 'autres'],
      stageUnits: ['E4', 'U61', 'U62'],
    });
    await updateConformity(db, id, { parcours: 'experience' });
    expect((await nvReasonChoices(db, id, 'U62')).items).toEqual(['certificat', 'visa', 'ficheOuDossier', 'autres']);
    await expectRefused(
      db,
      () => setNvWithReasons(db, { candidateId: id, unit: 'U61', items: ['duree'] }),
      'NV en U61 : « durée de stage insuffisante » ne concerne pas le parcours expérience professionnelle de Dupont Léa (motifs possibles : absence de certificat(s) de travail ; certificat(s) ou attestation(s) non visé(s) ou non signé(s) ; absence de fiche(s) descriptive(s) de projet ; autres (à préciser)).',
    );
    expect((await stored('U61'))!.value).toEqual(mark('12', 'U61'));
  });

  it('refuses no reason, « autres » without text and a unit without conformity check; writes nothing', async () => {
    const { db, id, stored } = await jury();
    await expectRefused(db, () => setNvWithReasons(db, { candidateId: id, unit: 'E4', items: [] }), 'NV : cochez au moins un motif de l’annexe 4.');
    await expectRefused(db, () => setNvWithReasons(db, { candidateId: id, unit: 'E4', items: ['autres'], other: ' ' }), 'NV : précisez le motif « autres ».');
    await expectRefused(db, () => setNvWithReasons(db, { candidateId: id, unit: 'E1', items: ['visa'] }), 'NV impossible en E1 (seulement en E4, U61, U62).');
    expect((await stored('E4'))!.value).toEqual(mark('12', 'E4'));
    expect(await getConformity(db, id)).toBeUndefined();
  });
});
