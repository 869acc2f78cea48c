/**
 * An import that creates its session (the empty state's « Importer un fichier »): the session and the import are one
 * transaction, and what it wrote comes back as rows the workspace shows without reading them again. Those rows must
 * be exactly what reading the session gives.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listCandidates } from '../../src/db/candidates.ts';
import { CancelledError } from '../../src/db/errors.ts';
import { listEtablissements } from '../../src/db/etablissements.ts';
import { importIntoNewSession } from '../../src/db/imports.ts';
import { lastImport } from '../../src/db/last-import.ts';
import { allMarks, listMarks, marksByCandidate } from '../../src/db/marks.ts';
import { listSessions } from '../../src/db/sessions.ts';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import { writeSessionCsv } from '../../src/io/session-csv.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { emptySnapshot, exampleSnapshot, planText } from '../io/import-helpers.ts';
import { expectRefused, freshDb, sessionData } from './helpers.ts';

const example = buildExampleSession();
const exampleFile = () => writeSessionCsv(exampleSnapshot(example));
const newSession = sessionData({ year: example.session.year, name: 'Importée' });

describe('an import into a new session', () => {
  it('gives back the session as written: établissements, candidates and marks, as reading it gives them', async () => {
    const db = freshDb();
    const plan = planText(exampleFile(), emptySnapshot(ccst, example.session.year));
    expect(plan.counts.error).toBe(0);
    const {
      session: { id: sessionId, name },
      rows,
    } = await importIntoNewSession(db, newSession, plan, 'exemple.csv');
    expect(name).toBe('Importée');

    expect(rows).not.toBeNull();
    expect(rows!.etablissements.length).toBeGreaterThan(1);
    expect(rows!.etablissements).toEqual(await listEtablissements(db, sessionId));
    expect(rows!.candidates).toHaveLength(example.candidates.length);
    expect(rows!.candidates).toEqual(await listCandidates(db, sessionId));
    const read = marksByCandidate(await listMarks(db, sessionId));
    expect(new Map(rows!.marks)).toEqual(new Map(read));
    // The example has sous réserve and bénéfices: kept in the rows as stored.
    const written = [...rows!.marks.values()].flatMap((own) => Object.values(own));
    expect(written.some((m) => m.sousReserve)).toBe(true);
    expect(written.some((m) => m.benefice !== null)).toBe(true);
    expect((await lastImport(db, sessionId))?.fileName).toBe('exemple.csv');
  });

  it('gives no rows when the file also wrote dossier conformity (the session is then read)', async () => {
    const db = freshDb();
    const plan = planText('numero;nom;prenom;statut;Fiche E4\n0012;Dupont;Léa;scolaire;oui\n', emptySnapshot(ccst, 2025));
    expect(plan.conformityWrites).toHaveLength(1);
    const {
      session: { id: sessionId },
      rows,
    } = await importIntoNewSession(db, sessionData(), plan, 'conformite.csv');
    expect(rows).toBeNull();
    expect((await listCandidates(db, sessionId)).map((c) => c.numero)).toEqual(['0012']);
  });

  it('creates no session when the import is refused or cancelled', async () => {
    const db = freshDb();
    const refused = planText('numero;nom;prenom;statut;E1\n0012;Dupont;Léa;scolaire;12\n', emptySnapshot(ccst, 2025));
    refused.markWrites[0]!.after = { value: { kind: 'NV' }, sousReserve: false, benefice: null }; // R2: no NV in E1
    await expectRefused(db, () => importIntoNewSession(db, sessionData(), refused, 'refuse.csv'), /NV/);

    const abort = new AbortController();
    abort.abort();
    const plan = planText(exampleFile(), emptySnapshot(ccst, example.session.year));
    await expect(importIntoNewSession(db, newSession, plan, 'annule.csv', undefined, abort.signal)).rejects.toBeInstanceOf(CancelledError);

    expect(await listSessions(db)).toEqual([]);
    expect(await db.candidates.count()).toBe(0);
    expect(await allMarks(db)).toEqual([]);
  });
});
