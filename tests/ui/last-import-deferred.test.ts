// Issue 19, point 2: opening a session reads only what its first screen needs. The last import's undo record (as
// large as the import: every mark it wrote, before and after) is read once every count is final, never while the
// session's candidates and marks are being read.
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { heldMarks } from './held-marks-feed.ts';
import WorkspaceView from '../../src/ui/WorkspaceView.svelte';
import { Workspace } from '../../src/ui/state/workspace.svelte.ts';
import { databaseWithImport } from './imported-session.ts';

// The whole read of the session's marks waits until the test lets it go (held-marks-feed.ts).
vi.mock('../../src/ui/state/marks-feed.ts', async (original) => (await import('./held-marks-feed.ts')).heldMarksFeed(original));

// Every read of the last import's record, counted.
const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/db/last-import.ts', async (original) => {
  const actual = await original<typeof import('../../src/db/last-import.ts')>();
  return { ...actual, lastImport: (...args: Parameters<typeof actual.lastImport>) => (reads.count++, actual.lastImport(...args)) };
});

const WAIT = { timeout: 20_000 };

describe('the last import, read after the session', () => {
  it('is not read while the session loads, then « Dernier import » shows once every count is final', async () => {
    const db = await databaseWithImport(`test-last-import-deferred-${Date.now()}`);

    const workspace = new Workspace(db);
    try {
      await workspace.start();
      await vi.waitFor(() => expect(workspace.gridViews).toHaveLength(30), WAIT);
      render(WorkspaceView, { workspace, regulation: workspace.regulation! });
      expect(workspace.loading).toBe(true);
      expect(reads.count).toBe(0);
      expect(workspace.lastImport).toBeNull();
      expect(screen.queryByText(/Dernier import/)).toBeNull();

      heldMarks.release();
      await vi.waitFor(() => expect(workspace.loading).toBe(false), WAIT);
      expect(await screen.findByText(/Dernier import : « candidats\.csv »/, {}, WAIT)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Annuler le dernier import' })).toBeEnabled();
      expect(reads.count).toBe(1);
    } finally {
      workspace.stop();
      db.close();
    }
  });
});
