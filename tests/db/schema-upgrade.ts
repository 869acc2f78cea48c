/**
 * What the schema upgrade tests share (schema-v8 to schema-v11): a source database filled by the app, every
 * candidate's result, table contents, and the checks that an upgraded database behaves as the source does.
 */
import { Dexie } from 'dexie';
import { expect } from 'vitest';
import { BACKED_UP_TABLES, NOT_BACKED_UP_TABLES } from '../../src/db/backup/tables.ts';
import {
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  SCHEMA_V8,
  SCHEMA_V9,
  SCHEMA_V10,
  type DelibDatabase,
} from '../../src/db/database.ts';
import { candidatesOfSession } from '../../src/db/candidates.ts';
import { applyImportPlan, lastImport, undoLastImport } from '../../src/db/imports.ts';
import { allMarks, candidateMarkRows, getMark, listMarks, setMark } from '../../src/db/marks.ts';
import { collectBackup } from '../../src/db/backup/export.ts';
import { listAudit } from '../../src/db/deliberation.ts';
import { createSessionWithContent } from '../../src/db/sessions.ts';
import { regulationOf } from '../../src/db/validate.ts';
import { computeResult } from '../../src/domain/results.ts';
import { candidateMarksOf } from '../../src/domain/session.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { populate } from '../fixtures/backup-data.ts';
import type { MarkRecord } from '../../src/domain/session.ts';
import { freshDb, mark, uniqueName } from './helpers.ts';

/** Every table of the schema (the backup lists them all, a test checks it) but the marks' (the upgrades change them). */
export const OTHER_TABLES: readonly string[] = [...BACKED_UP_TABLES, ...NOT_BACKED_UP_TABLES].filter((t) => t !== 'markBlocks');

/** Every candidate's result (R1…R9 as computeResult applies them), by candidate id. */
export async function results(db: DelibDatabase) {
  const sessions = new Map((await db.sessions.toArray()).map((s) => [s.id!, s]));
  const out: Record<number, unknown> = {};
  for (const candidate of await db.candidates.toArray()) {
    const regulation = regulationOf(sessions.get(candidate.sessionId)!);
    out[candidate.id!] = computeResult(candidateMarksOf(await candidateMarkRows(db, candidate.id!)), regulation);
  }
  return out;
}

export async function tablesOf(db: Dexie, names: readonly string[]) {
  return Object.fromEntries(await Promise.all(names.map(async (t) => [t, await db.table(t).toArray()])));
}

/**
 * A database filled by the app: two sessions with sous réserve and bénéfice flags, NV, an open deliberation and its
 * audit trail; the 170-candidate example; an import to undo on it. An upgrade test writes it, record for record, as a
 * genuine database of the older version.
 */
export async function filledSource() {
  const source = freshDb();
  await populate(source);
  const example = await createSessionWithContent(source, buildExampleSession());
  const [first, second] = (await candidatesOfSession(source, example).sortBy('numero')).map((c) => c.id!);
  const firstE1 = (await getMark(source, first!, 'E1')) ?? null;
  await applyImportPlan(
    source,
    example,
    {
      rows: [],
      counts: { new: 0, updated: 2, unchanged: 0, error: 0 },
      emptyCells: 'keep',
      newEtablissements: [],
      newCandidates: [],
      candidateUpdates: [],
      markWrites: [
        { line: 2, candidate: { id: first! }, unit: 'E1', before: firstE1, after: { value: mark('19,5'), sousReserve: false, benefice: null } },
        {
          line: 3,
          candidate: { id: second! },
          unit: 'E1',
          before: (await getMark(source, second!, 'E1')) ?? null,
          after: { value: mark(''), sousReserve: false, benefice: null },
        },
      ],
    },
    'notes.csv',
  );
  return { source, rows: await allMarks(source), others: await tablesOf(source, OTHER_TABLES), example, first: first!, firstE1 };
}

/** The schema of each version before v11, in order: version n is the first n together. */
const SCHEMAS = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9, SCHEMA_V10];

/**
 * The source database (filledSource) written record for record as a genuine database of an older `version`: every
 * other table as it is, and the marks into `marksTable` as `records` makes them of the rows.
 */
export async function genuineOlder(version: number, marksTable: string, records: (rows: MarkRecord[]) => object[]) {
  const filled = await filledSource();
  const name = uniqueName();
  const old = new Dexie(name);
  old.version(version).stores(Object.assign({}, ...SCHEMAS.slice(0, version)) as Record<string, string | null>);
  await old.transaction('rw', old.tables, async () => {
    for (const table of OTHER_TABLES) await old.table(table).bulkAdd(filled.others[table]);
    await old.table(marksTable).bulkAdd(records(filled.rows));
  });
  old.close();
  return { ...filled, name };
}

/**
 * The upgraded `db` goes on as `source` does: the import made before the upgrade is undone as it would have been
 * there, and a mark changed during the open deliberation is logged after the old lines of the audit trail.
 */
export async function expectGoesOnLikeSource(db: DelibDatabase, { source, example, first, firstE1 }: Awaited<ReturnType<typeof filledSource>>) {
  expect((await lastImport(db, example))?.fileName).toBe('notes.csv');
  expect((await getMark(db, first, 'E1'))?.value).toEqual(mark('19,5'));
  await undoLastImport(db, example);
  await undoLastImport(source, example);
  expect(await getMark(db, first, 'E1')).toEqual(firstE1 ?? undefined);
  expect(await allMarks(db)).toEqual(await allMarks(source));
  expect(await results(db)).toEqual(await results(source));

  const main = (await db.deliberations.toArray())[0]!.sessionId;
  const auditBefore = await listAudit(db, main);
  const jean = (await candidatesOfSession(db, main).sortBy('numero'))[1]!.id!;
  await setMark(db, { candidateId: jean, unit: 'E1', value: mark('9'), reason: 'Erreur de report' });
  const audit = await listAudit(db, main);
  expect(audit).toHaveLength(auditBefore.length + 1);
  expect(audit.map((e) => [e.kind, e.unit, e.before, e.after])).toContainEqual(['note', 'E1', '8', '9']);
}

/** What `source` holds before the upgrade, to compare the upgraded database with (expectHoldsTheSame). */
export async function heldBefore({ source, rows }: Awaited<ReturnType<typeof filledSource>>) {
  // The data has every kind of mark and flag the stored format must keep, in more than one session.
  expect(rows.length).toBeGreaterThan(1000);
  expect(new Set(rows.map((m) => m.value.kind))).toEqual(new Set(['number', 'AB', 'ABJ', 'NV', 'DI']));
  expect(rows.some((m) => m.sousReserve)).toBe(true);
  expect(rows.some((m) => m.benefice !== null)).toBe(true);
  expect(new Set(rows.map((m) => m.sessionId)).size).toBeGreaterThan(1);
  return { results: await results(source), backup: await collectBackup(source, 'all') };
}

/**
 * The upgraded `db` holds what the source held: every mark, every other table, every result, each session's marks,
 * and a backup made now holds the same (marks as rows: the file's format does not change with the schema).
 */
export async function expectHoldsTheSame(
  db: DelibDatabase,
  { rows, others }: Awaited<ReturnType<typeof filledSource>>,
  before: Awaited<ReturnType<typeof heldBefore>>,
) {
  expect(await allMarks(db)).toEqual(rows);
  expect(await tablesOf(db, OTHER_TABLES)).toEqual(others);
  expect(await results(db)).toEqual(before.results);
  for (const session of await db.sessions.toArray()) {
    expect(await listMarks(db, session.id!)).toEqual(rows.filter((m) => m.sessionId === session.id));
  }
  expect(await collectBackup(db, 'all')).toEqual(before.backup);
}
