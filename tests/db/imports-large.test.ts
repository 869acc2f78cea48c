/**
 * An import long enough for applyImportPlan to pause between runs of checks (it reads the session once its checks
 * have run for a while, so that the page can paint; here as often as it reads its clock): the transaction must
 * survive the pauses, and a refusal found after them must still leave nothing written.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { candidatesOfSession } from '../../src/db/candidates.ts';
import { applyImportPlan, checkPauses } from '../../src/db/imports.ts';
import { createSession } from '../../src/db/sessions.ts';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import { writeCandidatesCsv } from '../../src/io/candidates-csv.ts';
import { autoMap, importFields } from '../../src/io/import/fields.ts';
import { buildPlan } from '../../src/io/import/plan.ts';
import { readImportSource } from '../../src/io/import/read.ts';
import { sampleCandidates } from '../../src/sample/candidates.ts';
import { expectRefused, freshDb, sessionData } from './helpers.ts';
import { allMarks, listMarks } from '../../src/db/marks.ts';

/** 1,500 generated candidates with their marks: more than 12,000 mark writes. */
function largePlan() {
  const bytes = new TextEncoder().encode(writeCandidatesCsv(ccst, sampleCandidates(ccst, 1500, 5)));
  const source = readImportSource(bytes, 'candidats.csv');
  const mapping = autoMap(source.records[source.headerIndex]!.cells, importFields(ccst));
  const plan = buildPlan(source, mapping, { regulation: ccst, year: 2025, etablissements: [], candidates: [], marks: [] });
  expect(plan.counts.error).toBe(0);
  expect(plan.markWrites.length).toBeGreaterThan(12_000);
  return plan;
}

describe('a large import', () => {
  const usual = checkPauses.everyMs;
  beforeEach(() => {
    checkPauses.everyMs = 0;
  });
  afterEach(() => {
    checkPauses.everyMs = usual;
  });

  it('writes every candidate and mark in one transaction, across the pauses', async () => {
    const db = freshDb();
    const sessionId = await createSession(db, sessionData());
    const plan = largePlan();
    const pauses = vi.spyOn(db.sessions, 'get');
    const undo = await applyImportPlan(db, sessionId, plan, 'candidats.csv');
    expect(pauses.mock.calls.length).toBeGreaterThan(20);
    expect(undo.summary.newCandidates).toBe(1500);
    expect(await candidatesOfSession(db, sessionId).count()).toBe(1500);
    expect((await listMarks(db, sessionId)).length).toBe(plan.markWrites.filter((w) => w.after && w.after.value.kind !== 'empty').length);
  }, 60_000);

  it('writes nothing when a mark checked after the pauses is refused', async () => {
    const db = freshDb();
    const sessionId = await createSession(db, sessionData());
    const plan = largePlan();
    const last = plan.markWrites.findLast((w) => w.unit === 'E1')!;
    last.after = { value: { kind: 'NV' }, sousReserve: false, benefice: null }; // R2: no NV in E1
    await expectRefused(db, () => applyImportPlan(db, sessionId, plan, 'candidats.csv'), /NV/);
    expect(await db.candidates.count()).toBe(0);
    expect((await allMarks(db)).length).toBe(0);
  }, 60_000);
});
