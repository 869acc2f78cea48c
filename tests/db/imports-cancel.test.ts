/**
 * « Annuler » while an import is written (the wizard aborts its AbortSignal): the transaction is aborted, the
 * database is exactly as before — no candidate, no mark, no audit line, no undo record of the import.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../src/db/errors.ts';
import { applyImportPlan, lastImport } from '../../src/db/imports.ts';
import { createSession } from '../../src/db/sessions.ts';
import type { DelibDatabase } from '../../src/db/database.ts';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import { writeCandidatesCsv } from '../../src/io/candidates-csv.ts';
import { autoMap, importFields } from '../../src/io/import/fields.ts';
import { buildPlan } from '../../src/io/import/plan.ts';
import { readImportSource } from '../../src/io/import/read.ts';
import { sampleCandidates } from '../../src/sample/candidates.ts';
import { freshDb, sessionData } from './helpers.ts';

function planOf(count: number, firstNumero: number) {
  const bytes = new TextEncoder().encode(writeCandidatesCsv(ccst, sampleCandidates(ccst, count, 5, firstNumero)));
  const source = readImportSource(bytes, 'candidats.csv');
  const mapping = autoMap(source.records[source.headerIndex]!.cells, importFields(ccst));
  return buildPlan(source, mapping, { regulation: ccst, year: 2025, etablissements: [], candidates: [], marks: [] });
}

/** Every record of every table. */
async function dump(db: DelibDatabase) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

describe('cancelling an import while it is written', () => {
  it('aborts the transaction half-way: the database is exactly as before, no undo record', async () => {
    const db = freshDb();
    const sessionId = await createSession(db, sessionData());
    await applyImportPlan(db, sessionId, planOf(20, 90_000), 'premier.csv');
    const before = await dump(db);

    const plan = planOf(1500, 1);
    const abort = new AbortController();
    const seen: number[] = [];
    const applying = applyImportPlan(
      db,
      sessionId,
      plan,
      'candidats.csv',
      (done, total) => {
        seen.push(done);
        if (done >= total / 2) abort.abort();
      },
      abort.signal,
    );
    await expect(applying).rejects.toBeInstanceOf(CancelledError);
    await expect(applying).rejects.toThrow("Import annulé : rien n'a été modifié.");
    // It was stopped half-way, not before starting nor after the end.
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBeLessThan(plan.newCandidates.length + plan.markWrites.length);

    expect(await dump(db)).toEqual(before);
    expect((await lastImport(db, sessionId))?.fileName).toBe('premier.csv');
  }, 60_000);

  it('writes nothing when the signal is already aborted', async () => {
    const db = freshDb();
    const sessionId = await createSession(db, sessionData());
    const before = await dump(db);
    const abort = new AbortController();
    abort.abort();
    await expect(applyImportPlan(db, sessionId, planOf(5, 1), 'c.csv', undefined, abort.signal)).rejects.toBeInstanceOf(CancelledError);
    expect(await dump(db)).toEqual(before);
  });
});
