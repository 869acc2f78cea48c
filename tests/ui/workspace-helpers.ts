import 'fake-indexeddb/auto';
import { afterEach, expect, vi } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
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

/** A started Workspace on its own fresh database (fake-indexeddb), stopped after the test. */
export async function emptyWorkspace(): Promise<Workspace> {
  const workspace = new Workspace(openDatabase(`test-ui-${Date.now()}-${++counter}`));
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
