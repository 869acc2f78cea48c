// A session of more candidates than one build slice (VIEW_SLICE) has its rows built in slices, one task each, also
// when it is read again after a large import: a build of every row at once froze the page (0.3 s at 50,000).
import 'fake-indexeddb/auto';
import { render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import { VIEW_SLICE } from '../../src/ui/state/candidate-view.ts';
import WorkspaceView from '../../src/ui/WorkspaceView.svelte';
import { Workspace } from '../../src/ui/state/workspace.svelte.ts';
import { databaseWithImport, planGivingE1 } from './imported-session.ts';

// The number of rows of each build made at once (buildViews), recorded while `built` is not null.
const recorded = vi.hoisted(() => ({ built: null as number[] | null }));
vi.mock('../../src/ui/state/candidate-view.ts', async (original) => {
  const actual = await original<typeof import('../../src/ui/state/candidate-view.ts')>();
  return {
    ...actual,
    buildViews: (...args: Parameters<typeof actual.buildViews>) => {
      recorded.built?.push(args[0].length);
      return actual.buildViews(...args);
    },
  };
});

const WAIT = { timeout: 60_000 };
const COUNT = VIEW_SLICE + 100;

describe('a large session read again after an import', () => {
  it('builds its rows in slices, never all at once', async () => {
    const db = await databaseWithImport(`test-large-session-slices-${Date.now()}`, COUNT);
    const workspace = new Workspace(db);
    try {
      await workspace.start();
      render(WorkspaceView, { workspace, regulation: ccst });
      await expect.poll(() => workspace.views.length, WAIT).toBe(COUNT);
      const plan = planGivingE1(workspace.snapshot()!, COUNT);

      recorded.built = [];
      expect(await workspace.applyImport(plan, 'notes.csv')).toBe(true);
      await expect.poll(() => workspace.loading, WAIT).toBe(false);
      expect(workspace.views).toHaveLength(COUNT);
      expect(Math.max(0, ...recorded.built)).toBeLessThanOrEqual(VIEW_SLICE);
    } finally {
      recorded.built = null;
      workspace.stop();
      db.close();
    }
  });
});
