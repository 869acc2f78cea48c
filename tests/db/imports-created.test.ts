/**
 * The candidates an import creates (issue 19: an import of 50,000 new candidates spent most of its time writing each
 * candidate's marks record several times and keeping a copy of every candidate and mark in the undo record). Their
 * marks record is written once, and the undo keeps a fingerprint of each: undoing still puts back exactly the
 * previous state, still refuses when one of them was changed since, and still goes through the mark guard.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addCandidate, candidatesOfSession, candidatesPage, updateCandidate } from '../../src/db/candidates.ts';
import { closeDeliberation, closeFirstGroup, listAudit, openDeliberation, reopen, setJuryMember } from '../../src/db/deliberation.ts';
import { applyImportPlan, undoLastImport } from '../../src/db/imports.ts';
import { deleteCandidatesMarks, listMarks, setMark, setMarkFlags } from '../../src/db/marks.ts';
import { createSession } from '../../src/db/sessions.ts';
import { blockOf, type StoredImport } from '../../src/db/database.ts';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import { writeCandidatesCsv } from '../../src/io/candidates-csv.ts';
import { autoMap, importFields } from '../../src/io/import/fields.ts';
import { buildPlan } from '../../src/io/import/plan.ts';
import { readImportSource } from '../../src/io/import/read.ts';
import type { ImportPlan } from '../../src/io/import/types.ts';
import { sampleCandidates } from '../../src/sample/candidates.ts';
import { candidateData, expectRefused, freshDb, mark, sessionData, snapshot } from './helpers.ts';

/** A file of `count` generated candidates with their marks (in numero order, unless `order` says another), planned into an empty session. */
function filePlan(count: number, order = <T>(rows: T[]) => rows): ImportPlan {
  const bytes = new TextEncoder().encode(writeCandidatesCsv(ccst, order(sampleCandidates(ccst, count, 3))));
  const source = readImportSource(bytes, 'candidats.csv');
  const mapping = autoMap(source.records[source.headerIndex]!.cells, importFields(ccst));
  const plan = buildPlan(source, mapping, { regulation: ccst, year: 2025, etablissements: [], candidates: [], marks: [] });
  expect(plan.counts.error).toBe(0);
  return plan;
}

async function imported(count: number) {
  const db = freshDb();
  const sessionId = await createSession(db, sessionData());
  const before = await snapshot(db);
  const plan = filePlan(count);
  const undo = await applyImportPlan(db, sessionId, plan, 'candidats.csv');
  const record = async () => (await db.imports.where('sessionId').equals(sessionId).last())!;
  const candidates = await candidatesOfSession(db, sessionId).sortBy('numero');
  return { db, sessionId, before, plan, undo, record, candidates };
}

describe('an import that creates candidates', () => {
  it('writes each marks block once, a block holding 128 candidates (schema v10)', async () => {
    const db = freshDb();
    const sessionId = await createSession(db, sessionData());
    // A candidate of another session shares the first block with the file's: its marks stay, in its session.
    const other = await createSession(db, { ...sessionData(), name: 'Autre' });
    const earlier = await addCandidate(db, candidateData(other, { numero: '99999' }));
    await setMark(db, { candidateId: earlier, unit: 'E1', value: mark('7') });
    const writes = new Map<number, number>();
    const count = (block: number) => writes.set(block, (writes.get(block) ?? 0) + 1);
    db.markBlocks.hook('creating', (key) => void count(key as number));
    db.markBlocks.hook('updating', (_changes, key) => void count(key as number));
    const plan = filePlan(1200); // more than one chunk of candidates
    await applyImportPlan(db, sessionId, plan, 'candidats.csv');
    const marks = await listMarks(db, sessionId);
    const withMarks = new Set(marks.map((m) => m.candidateId));
    expect(withMarks.size).toBeGreaterThan(1000);
    expect(blockOf(earlier)).toBe(blockOf(Math.min(...withMarks)));
    expect((await listMarks(db, other)).map((m) => [m.candidateId, m.value])).toEqual([[earlier, mark('7')]]);
    expect([...writes.keys()].sort((a, b) => a - b)).toEqual([...new Set([...withMarks].map(blockOf))].sort((a, b) => a - b));
    expect(writes.size).toBeLessThan(12);
    expect(Math.max(...writes.values())).toBe(1);
  }, 60_000);

  it('creates the candidates of a file in another order (a class list by name) in numero order: the first screen reads one block', async () => {
    const db = freshDb();
    const sessionId = await createSession(db, sessionData());
    // Every third row first, then the others: the numeros far from the file's order.
    const interleaved = <T>(rows: T[]) => [0, 1, 2].flatMap((start) => rows.filter((_, i) => i % 3 === start)).reverse();
    const plan = filePlan(600, interleaved);
    expect(plan.newCandidates[0]!.data.numero > plan.newCandidates[1]!.data.numero).toBe(true);
    const undo = await applyImportPlan(db, sessionId, plan, 'candidats.csv');
    const byId = await candidatesOfSession(db, sessionId).sortBy('id');
    const numeros = byId.map((c) => c.numero);
    expect(numeros).toEqual([...numeros].sort());
    // Each candidate still has the marks of its own row.
    const marks = await listMarks(db, sessionId);
    const row = plan.rows.find((r) => r.numero === byId[0]!.numero)!;
    const e1 = plan.markWrites.find((w) => w.line === row.line && w.unit === 'E1')!;
    expect(marks.find((m) => m.candidateId === byId[0]!.id && m.unit === 'E1')?.value).toEqual(e1.after?.value);
    // The first screen: 100 candidates by numero, whose marks are in one block (two when it straddles one).
    const first = await candidatesPage(db, sessionId, 100);
    expect(new Set(first.candidates.map((c) => blockOf(c.id!))).size).toBeLessThanOrEqual(2);
    // The undo still removes exactly what was created.
    expect([...undo.createdCandidateIds].sort((a, b) => a - b)).toEqual(byId.map((c) => c.id));
    await undoLastImport(db, sessionId);
    expect(await db.candidates.count()).toBe(0);
    expect(await listMarks(db, sessionId)).toEqual([]);
  }, 60_000);

  it('keeps an undo record without a copy of each created candidate and mark; the undo puts back the state before', async () => {
    const { db, sessionId, before, plan, undo, record } = await imported(1500);
    const marks = plan.markWrites.filter((w) => w.after && !(w.after.value.kind === 'empty' && !w.after.sousReserve && !w.after.benefice)).length;
    expect(undo.summary).toEqual({ newCandidates: 1500, updatedCandidates: 0, marks });
    const stored = await record();
    expect(stored.marks).toEqual([]);
    expect(stored.written.candidates).toEqual([]);
    expect(stored.written.created?.ids).toEqual(undo.createdCandidateIds);
    // A few dozen bytes per candidate (its marks as text), not copies of 1,500 candidates and 12,000 marks.
    expect(JSON.stringify(stored).length / 1500).toBeLessThan(250);

    await undoLastImport(db, sessionId);
    expect(await snapshot(db)).toEqual(before);
  }, 60_000);

  it.each<[string, (db: ReturnType<typeof freshDb>, id: number) => Promise<unknown>, RegExp]>([
    ['its record', (db, id) => updateCandidate(db, id, { prenom: 'Autre' }), /la fiche de \S+ \S+ a été modifiée après l'import/],
    ['a mark it got', (db, id) => setMark(db, { candidateId: id, unit: 'E1', value: mark('3') }), /E1 de \S+ \S+ a été modifiée après l'import/],
    ['a flag of a mark', (db, id) => setMarkFlags(db, { candidateId: id, unit: 'E1', sousReserve: true }), /E1 de \S+ \S+ a été modifiée après l'import/],
    ['a mark erased', (db, id) => setMark(db, { candidateId: id, unit: 'E1', value: mark('') }), /E1 de \S+ \S+ a été effacée après l'import/],
    [
      'a mark entered',
      (db, id) => setMark(db, { candidateId: id, unit: 'controle_E1', value: mark('12', 'controle_E1') }),
      /la note de contrôle E1 de \S+ \S+ a été saisie après l'import/,
    ],
  ])('refuses to undo, changing nothing, once %s changed since', async (_, change, message) => {
    const { db, sessionId, candidates } = await imported(20);
    const target = candidates.find((c) => c.id !== undefined)!;
    await change(db, target.id!);
    const text = await expectRefused(db, () => undoLastImport(db, sessionId), message);
    expect(text).toContain(`${target.nom} ${target.prenom}`);
  });

  it('names a candidate deleted since, with its marks', async () => {
    const { db, sessionId, candidates } = await imported(20);
    const target = candidates[0]!;
    const units = (await listMarks(db, sessionId)).filter((m) => m.candidateId === target.id).length;
    await db.transaction('rw', db.candidates, db.markBlocks, async () => {
      await db.candidates.delete(target.id!);
      await deleteCandidatesMarks(db, [target.id!]);
    });
    await expectRefused(
      db,
      () => undoLastImport(db, sessionId),
      `${units + 1} données ont changé depuis (par exemple, la fiche de ${target.nom} ${target.prenom} a été supprimée après l'import)`,
    );
  });

  it('undoes once the change is reverted', async () => {
    const { db, sessionId, before, candidates } = await imported(20);
    const id = candidates[0]!.id!;
    const e1 = (await listMarks(db, sessionId)).find((m) => m.candidateId === id && m.unit === 'E1')!;
    await setMark(db, { candidateId: id, unit: 'E1', value: mark('3') });
    await expectRefused(db, () => undoLastImport(db, sessionId), "a été modifiée après l'import");
    await setMark(db, { candidateId: id, unit: 'E1', value: e1.value });
    await undoLastImport(db, sessionId);
    expect(await snapshot(db)).toEqual(before);
  });

  it('undoing goes through the mark guard: refused once the deliberation is closed, each removed mark logged while it is open', async () => {
    const { db, sessionId, candidates } = await imported(3);
    const marks = await listMarks(db, sessionId);
    await setJuryMember(db, sessionId, 'Mme Martin');
    await openDeliberation(db, sessionId);
    await closeFirstGroup(db, sessionId);
    await closeDeliberation(db, sessionId);
    await expectRefused(db, () => undoLastImport(db, sessionId), 'La délibération est close');
    await reopen(db, sessionId, 'Correction');
    await reopen(db, sessionId, 'Correction');
    await undoLastImport(db, sessionId);
    expect(await candidatesOfSession(db, sessionId).count()).toBe(0);
    const logged = (await listAudit(db, sessionId)).filter((e) => e.kind === 'note');
    expect(logged).toHaveLength(marks.length);
    expect(logged[0]).toMatchObject({
      candidateId: candidates[0]!.id,
      after: '',
      reason: "Annulation de l'import du fichier « candidats.csv »",
    });
  });

  it('an undo record kept before the fingerprints (a copy of every created candidate and mark) still undoes', async () => {
    const { db, sessionId, before, record } = await imported(20);
    // The record as applyImportPlan wrote it until issue 19's second pass.
    const { touched: _touched, candidates: _candidates, ...stored } = await record();
    const created = stored.written.created!;
    const candidatesNow = await db.candidates.bulkGet(created.ids);
    const marksNow = (await listMarks(db, sessionId)).filter((m) => created.ids.includes(m.candidateId));
    const old: StoredImport = {
      ...stored,
      marks: marksNow.map((after) => ({ candidateId: after.candidateId, unit: after.unit, before: null, after })),
      written: { etablissements: stored.written.etablissements, candidates: candidatesNow.map((c) => c!) },
    };
    await db.imports.put(old);

    const someone = candidatesNow[1]!;
    await setMark(db, { candidateId: someone.id!, unit: 'controle_E1', value: mark('12', 'controle_E1') });
    await expectRefused(db, () => undoLastImport(db, sessionId), `la note de contrôle E1 de ${someone.nom} ${someone.prenom} a été saisie après l'import`);
    await setMark(db, { candidateId: someone.id!, unit: 'controle_E1', value: mark('', 'controle_E1') });
    await undoLastImport(db, sessionId);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('the checks of the marks, made once per distinct mark', () => {
  it('still refuses a mark whose flags differ from an accepted one with the same value, naming its line', async () => {
    const db = freshDb();
    const sessionId = await createSession(db, sessionData({ year: 2025 }));
    const plan = filePlan(3);
    const e1 = plan.markWrites.filter((w) => w.unit === 'E1' && w.after);
    const [first, second] = [e1[0]!, e1[1]!];
    first.after = { value: mark('8'), sousReserve: false, benefice: null };
    // R8: a bénéfice needs a mark of at least 10.
    second.after = { value: mark('8'), sousReserve: false, benefice: { year: 2023 } };
    await expectRefused(db, () => applyImportPlan(db, sessionId, plan, 'candidats.csv'), new RegExp(`^Ligne ${second.line} `));
    expect(await db.candidates.count()).toBe(0);
  });
});
