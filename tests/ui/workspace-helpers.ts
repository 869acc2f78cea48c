import 'fake-indexeddb/auto';
import { afterEach, expect, vi } from 'vitest';
import { openDatabase, type DelibDatabase } from '../../src/db/database.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import { Workspace } from '../../src/ui/state/workspace.svelte.ts';

let counter = 0;
const started: Workspace[] = [];

afterEach(() => {
  for (const workspace of started.splice(0)) {
    workspace.stop();
    workspace.db.close();
  }
});

/**
 * A started Workspace on its own fresh database (fake-indexeddb), stopped after the test. `beforeOpen`: given the
 * database before anything opens it (Dexie middlewares, such as a request counter, are taken at the opening only).
 */
export async function emptyWorkspace(beforeOpen?: (db: DelibDatabase) => void): Promise<Workspace> {
  const db = openDatabase(`test-ui-${Date.now()}-${++counter}`);
  beforeOpen?.(db);
  const workspace = new Workspace(db);
  started.push(workspace);
  await workspace.start();
  await vi.waitFor(() => expect(workspace.ready).toBe(true));
  return workspace;
}

/** The same, with one open session "BTS CCST 2025". */
export async function sessionWorkspace(): Promise<Workspace> {
  const workspace = await emptyWorkspace();
  const created = await workspace.createSession({
    name: 'BTS CCST 2025',
    academie: 'Toulouse',
    year: 2025,
    presetId: btsCcst2024.id,
    depositDeadline: null,
  });
  expect(created).toBe(true);
  return workspace;
}

/** A candidate to add to the open session: numero and nom as given, prénom Léa, nothing else set. */
export const candidateFields = (numero: string, nom: string) => ({
  numero,
  nom,
  prenom: 'Léa',
  dateNaissance: null,
  etablissementId: null,
  statut: 'scolaire' as const,
  langueVivante: 'Anglais',
  optionalUnits: [],
  formOverrides: {},
});
