// Issue 19: a large session's rows are built in slices, each its own task (no frozen page while 50,000 candidates
// load). Until the last slice is done the session is « loading »: the grid shows the rows built so far, each with its
// real result, the counts say « calcul… » and marks cannot be typed; then every row and every count is there.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import 'fake-indexeddb/auto';
import { countOf, formatCount } from '../../src/domain/count.ts';
import { asRead } from './read-text.ts';
import { openDatabase } from '../../src/db/database.ts';
import { listCandidates } from '../../src/db/candidates.ts';
import { listMarks, setMark } from '../../src/db/marks.ts';
import { mark } from '../db/helpers.ts';
import { createSessionWithContent } from '../../src/db/sessions.ts';
import { setSetting } from '../../src/db/settings.ts';
import { compareNumero } from '../../src/domain/numero.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import { computeResult, DECISION_LABELS, DECISIONS, type Decision } from '../../src/domain/results.ts';
import { candidateMarksOf } from '../../src/domain/session.ts';
import { VIEW_SLICE } from '../../src/ui/state/candidate-view.ts';
import WorkspaceView from '../../src/ui/WorkspaceView.svelte';
import { Workspace } from '../../src/ui/state/workspace.svelte.ts';
import { largeSessionOfAtLeast } from './large-session.ts';

/**
 * The slices are of 50 candidates (a zero time budget); once the slice before the last is done, every nextTask (the
 * start of the last slice, and the grid's) waits until the test lets it go.
 */
const hold = vi.hoisted(() => ({ armed: false, held: false, release: () => {}, slices: 0 }));

vi.mock('../../src/ui/state/candidate-view.ts', async (original) => {
  const actual = await original<typeof import('../../src/ui/state/candidate-view.ts')>();
  const buildViewsInSlices: typeof actual.buildViewsInSlices = (candidates, marks, etablissements, regulation, previous, options) => {
    let gate: Promise<void> | null = null;
    return actual.buildViewsInSlices(candidates, marks, etablissements, regulation, previous, {
      ...options,
      sliceMs: 0,
      onSlice: (views) => {
        hold.slices++;
        options.onSlice?.(views);
        if (hold.armed && !gate && views.length >= candidates.length - 50 && views.length < candidates.length) {
          gate = new Promise<void>((resolve) => (hold.release = resolve));
          hold.held = true;
          pending = gate;
        }
      },
    });
  };
  return { ...actual, buildViewsInSlices };
});

// The slices wait for `pending` (set when the last slice is held) before going on.
let pending: Promise<void> | null = null;
vi.mock('../../src/io/next-task.ts', () => ({
  nextTask: async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (pending) await pending;
  },
}));

const WAIT = { timeout: 60_000 };

describe('a large session loaded in slices', () => {
  it('shows no count before the last slice, then every row with its result and the right counts', async () => {
    const db = openDatabase(`test-sliced-load-${Date.now()}`);
    const content = largeSessionOfAtLeast(VIEW_SLICE + 100);
    expect(content.candidates.length).toBeGreaterThan(VIEW_SLICE);
    const sessionId = await createSessionWithContent(db, content);
    await setSetting(db, 'openSessionId', sessionId);
    const candidates = await listCandidates(db, sessionId);
    const marks = await listMarks(db, sessionId);
    const byCandidate = new Map<number, typeof marks>();
    for (const m of marks) byCandidate.set(m.candidateId, [...(byCandidate.get(m.candidateId) ?? []), m]);
    const expected = new Map(candidates.map((c) => [c.id!, computeResult(candidateMarksOf(byCandidate.get(c.id!) ?? []), btsCcst2024)]));
    const total = candidates.length;

    hold.armed = true;
    const workspace = new Workspace(db);
    try {
      await workspace.start();
      render(WorkspaceView, { workspace, regulation: btsCcst2024 });
      await vi.waitFor(() => expect(hold.held).toBe(true), WAIT);

      // The last slice is not done: loading, the rows built so far shown with their real results, no count.
      expect(hold.slices).toBeGreaterThan(10);
      expect(workspace.loading).toBe(true);
      expect(workspace.views).toEqual([]);
      expect(workspace.gridViews.length).toBeGreaterThanOrEqual(100);
      expect(workspace.gridViews.length).toBeLessThan(total);
      for (const view of workspace.gridViews) expect(view.result).toEqual(expected.get(view.id));
      const status = screen.getByRole('contentinfo', { name: 'Décomptes' });
      for (const decision of DECISIONS) {
        expect(within(status).getByText(`${DECISION_LABELS[decision]} :`, { exact: false })).toHaveTextContent(`${DECISION_LABELS[decision]} : calcul…`);
      }
      expect(workspace.canEdit('E1')).toBe(false);
      expect(workspace.snapshot()).toBeNull();

      // Another tab types marks meanwhile, for a candidate whose row is built and for one whose row is not: both count.
      const built = workspace.gridViews[0]!.id;
      const notBuilt = candidates.find((c) => !workspace.gridViews.some((v) => v.id === c.id))!.id!;
      for (const candidateId of [built, notBuilt]) await setMark(db, { candidateId, unit: 'E1', value: mark('20') });
      for (const candidateId of [built, notBuilt]) {
        const own = (await listMarks(db, sessionId)).filter((m) => m.candidateId === candidateId);
        expected.set(candidateId, computeResult(candidateMarksOf(own), btsCcst2024));
      }
      expect(expected.get(built)).not.toEqual(workspace.gridViews[0]!.result);

      pending = null;
      hold.release();
      await vi.waitFor(() => expect(workspace.loading).toBe(false), WAIT);
      const counts = Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<Decision, number>;
      for (const result of expected.values()) counts[result.decision]++;
      await vi.waitFor(() => expect(status).toHaveTextContent(asRead(countOf(total, 'candidat'))), WAIT);
      for (const decision of DECISIONS) {
        expect(status.querySelector(`[data-decision="${decision}"]`)).toHaveTextContent(
          asRead(`${DECISION_LABELS[decision]} : ${formatCount(counts[decision])}`),
        );
      }
      // Every row, in numero order, with its result; the grid has them all (handed over in slices too).
      const byNumero = [...candidates].sort((a, b) => compareNumero(a.numero, b.numero));
      expect(workspace.gridViews.map((v) => v.id)).toEqual(byNumero.map((c) => c.id));
      for (const view of workspace.gridViews) expect(view.result).toEqual(expected.get(view.id));
      const grid = screen.getByRole('region', { name: 'Notes des candidats' });
      await vi.waitFor(() => expect(grid.querySelector('[aria-rowcount]')?.getAttribute('aria-rowcount')).toBe(String(total + 2)), WAIT);
      expect(workspace.canEdit('E1')).toBe(true);
    } finally {
      workspace.stop();
      db.close();
    }
  }, 120_000);
});
