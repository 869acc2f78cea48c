import { openDatabase, type DelibDatabase } from '../../src/db/database.ts';
import { applyImportPlan } from '../../src/db/imports.ts';
import { createSession } from '../../src/db/sessions.ts';
import { setSetting } from '../../src/db/settings.ts';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import { writeCandidatesCsv } from '../../src/io/candidates-csv.ts';
import { autoMap, importFields } from '../../src/io/import/fields.ts';
import { buildPlan } from '../../src/io/import/plan.ts';
import type { ImportPlan, SessionSnapshot } from '../../src/io/import/types.ts';
import { readImportSource } from '../../src/io/import/read.ts';
import { sampleCandidates } from '../../src/sample/candidates.ts';

/**
 * A new database named `name` whose one session « Juin » (2025, BTS CCST) holds `count` sample candidates imported
 * from « candidats.csv » (so it has a last import to undo), and opens on start.
 */
export async function databaseWithImport(name: string, count = 30): Promise<DelibDatabase> {
  const db = openDatabase(name);
  const sessionId = await createSession(db, { name: 'Juin', academie: '', year: 2025, presetId: ccst.id, depositDeadline: null });
  const source = readImportSource(new TextEncoder().encode(writeCandidatesCsv(ccst, sampleCandidates(ccst, count, 5))), 'candidats.csv');
  const snapshot = { regulation: ccst, year: 2025, etablissements: [], candidates: [], marks: [] };
  await applyImportPlan(db, sessionId, buildPlan(source, autoMap(source.records[source.headerIndex]!.cells, importFields(ccst)), snapshot), 'candidats.csv');
  await setSetting(db, 'openSessionId', sessionId);
  return db;
}

/** The plan of a file giving the `count` candidates of databaseWithImport an E1 of 20 (most change), against `snapshot`. */
export function planGivingE1(snapshot: SessionSnapshot, count: number): ImportPlan {
  const [header, ...rows] = writeCandidatesCsv(ccst, sampleCandidates(ccst, count, 5))
    .trimEnd()
    .split(/\r?\n/);
  const e1 = header!.split(';').indexOf('E1');
  const text = [header, ...rows.map((row) => row.split(';').with(e1, '20').join(';'))].join('\n');
  const source = readImportSource(new TextEncoder().encode(text), 'notes.csv');
  return buildPlan(source, autoMap(source.records[source.headerIndex]!.cells, importFields(ccst)), snapshot);
}
