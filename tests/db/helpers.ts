import 'fake-indexeddb/auto';
import { afterEach, expect } from 'vitest';
import { openDatabase, type DelibDatabase, type DelibDatabaseOptions } from '../../src/db/database.ts';
import { UserError } from '../../src/db/errors.ts';
import type { CandidateInput } from '../../src/db/candidates.ts';
import type { EtablissementInput } from '../../src/db/etablissements.ts';
import type { SessionInput } from '../../src/db/sessions.ts';
import { parseControleMark, parseMark, type ControleMark, type Mark } from '../../src/domain/marks.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import { findUnit } from '../../src/domain/regulation.ts';
import { allMarks } from '../../src/db/marks.ts';

const opened: DelibDatabase[] = [];

/** A database of its own for each test (a fresh name in the shared fake IndexedDB). */
export function freshDb(options: DelibDatabaseOptions = {}): DelibDatabase {
  const db = openDatabase(uniqueName(), options);
  opened.push(db);
  return db;
}

export function uniqueName(): string {
  return `delib-test-${crypto.randomUUID()}`;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

export function sessionData(over: Partial<SessionInput> = {}): SessionInput {
  return {
    name: 'BTS CCST 2025',
    academie: 'Toulouse',
    year: 2025,
    presetId: 'bts-ccst-2024',
    depositDeadline: '2025-04-30',
    ...over,
  };
}

export function etablissementData(sessionId: number, over: Partial<EtablissementInput> = {}): EtablissementInput {
  return { sessionId, uai: '0310044E', name: 'Lycée Déodat de Séverac', city: 'Toulouse', type: 'public', ...over };
}

export function candidateData(sessionId: number, over: Partial<CandidateInput> = {}): CandidateInput {
  return {
    sessionId,
    numero: '0012',
    nom: 'Dupont',
    prenom: 'Léa',
    dateNaissance: '2004-03-15',
    etablissementId: null,
    statut: 'scolaire',
    langueVivante: 'Anglais',
    optionalUnits: [],
    formOverrides: {},
    ...over,
  };
}

/** A mark as typed in a cell of `unit` (`12,5`, `AB`…); `controle_E2` units take contrôle marks. */
export function mark(text: string, unit = 'E1'): Mark | ControleMark {
  const result = unit.startsWith('controle_') ? parseControleMark(text, btsCcst2024) : parseMark(text, findUnit(btsCcst2024, unit)!, btsCcst2024);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Every row of every table, to check that a refused action changed nothing. */
export async function snapshot(db: DelibDatabase) {
  return {
    sessions: await db.sessions.toArray(),
    etablissements: await db.etablissements.toArray(),
    candidates: await db.candidates.toArray(),
    marks: await allMarks(db),
    settings: await db.settings.toArray(),
    imports: await db.imports.toArray(),
    conformity: await db.conformity.toArray(),
    juryNotes: await db.juryNotes.toArray(),
    evaluations: await db.evaluations.toArray(),
    livrets: await db.livrets.toArray(),
  };
}

/** Expects a UserError whose message contains `message` (or matches it), and the db unchanged. */
export async function expectRefused(db: DelibDatabase, action: () => Promise<unknown>, message: string | RegExp) {
  const before = await snapshot(db);
  const error = await action().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the action should have been refused').toBeInstanceOf(UserError);
  const text = (error as UserError).message;
  if (typeof message === 'string') expect(text).toContain(message);
  else expect(text).toMatch(message);
  expect(await snapshot(db)).toEqual(before);
  return text;
}

/**
 * Counts the read requests `db` sends to IndexedDB (Dexie's `query`), for `table` only when given; reset `count`
 * before the reads to count. Added before the db is used.
 */
export function countQueries(db: DelibDatabase, table?: string): { count: number } {
  const counter = { count: 0 };
  db.use({
    stack: 'dbcore',
    name: 'count-queries',
    create: (down) => ({
      ...down,
      table: (name) => {
        const inner = down.table(name);
        return { ...inner, query: (request) => ((table === undefined || name === table) && counter.count++, inner.query(request)) };
      },
    }),
  });
  return counter;
}

/** Counts every request `db` sends to IndexedDB (reads and writes, each bulk call once). Added before the db is used. */
export function countRequests(db: DelibDatabase): { count: number } {
  const counter = { count: 0 };
  const counted =
    <A extends unknown[], R>(call: (...args: A) => R) =>
    (...args: A): R => (counter.count++, call(...args));
  db.use({
    stack: 'dbcore',
    name: 'count-requests',
    create: (down) => ({
      ...down,
      table: (name) => {
        const inner = down.table(name);
        return {
          ...inner,
          get: counted(inner.get.bind(inner)),
          getMany: counted(inner.getMany.bind(inner)),
          query: counted(inner.query.bind(inner)),
          openCursor: counted(inner.openCursor.bind(inner)),
          count: counted(inner.count.bind(inner)),
          mutate: counted(inner.mutate.bind(inner)),
        };
      },
    }),
  });
  return counter;
}
