// Issue 19, point 2: a first screen before the last record. On opening a session, its first rows (by numero) show
// with their real results while the rest is still being read; the counts say « calcul… » until every mark is read,
// no decision is ever computed from marks not read yet, and marks cannot be typed meanwhile.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { heldMarks } from './held-marks-feed.ts';
import 'fake-indexeddb/auto';
import { countOf, formatCount } from '../../src/domain/count.ts';
import { asRead } from './read-text.ts';
import { openDatabase } from '../../src/db/database.ts';
import { listCandidates } from '../../src/db/candidates.ts';
import { listMarks } from '../../src/db/marks.ts';
import { createSessionWithContent } from '../../src/db/sessions.ts';
import { setSetting } from '../../src/db/settings.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import { computeResult, DECISION_LABELS, DECISIONS, type Decision } from '../../src/domain/results.ts';
import { candidateMarksOf } from '../../src/domain/session.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { compareNumero } from '../../src/domain/numero.ts';
import WorkspaceView from '../../src/ui/WorkspaceView.svelte';
import { FIRST_PAGE, Workspace } from '../../src/ui/state/workspace.svelte.ts';

// The whole read of the session's marks waits until the test lets it go (held-marks-feed.ts).
vi.mock('../../src/ui/state/marks-feed.ts', async (original) => (await import('./held-marks-feed.ts')).heldMarksFeed(original));

// vi.waitFor gives up after 1 s by default: reading and drawing 170 candidates takes longer on a loaded machine.
const WAIT = { timeout: 20_000 };

describe('first screen before the last record', () => {
  it('shows the first rows with their real results, counts « calcul… » and no typing until every mark is read', async () => {
    const db = openDatabase(`test-first-screen-${Date.now()}`);
    const example = buildExampleSession();
    expect(example.candidates.length).toBeGreaterThan(FIRST_PAGE);
    const sessionId = await createSessionWithContent(db, example);
    await setSetting(db, 'openSessionId', sessionId);
    // What the engine gives for every candidate, from every stored mark.
    const candidates = await listCandidates(db, sessionId);
    const marks = await listMarks(db, sessionId);
    const expected = new Map(candidates.map((c) => [c.id!, computeResult(candidateMarksOf(marks.filter((m) => m.candidateId === c.id)), btsCcst2024)]));
    const firstNumeros = candidates
      .map((c) => c.numero)
      .sort(compareNumero)
      .slice(0, FIRST_PAGE);

    const workspace = new Workspace(db);
    try {
      await workspace.start();
      await vi.waitFor(() => expect(workspace.gridViews).toHaveLength(FIRST_PAGE), WAIT);
      render(WorkspaceView, { workspace, regulation: workspace.regulation! });

      // Loading: the first rows, in the grid's order, each with the decision of all of its marks.
      expect(workspace.loading).toBe(true);
      expect(workspace.gridViews.map((v) => v.candidate.numero)).toEqual(firstNumeros);
      for (const view of workspace.gridViews) expect(view.result).toEqual(expected.get(view.id));
      // No count from marks not read: the whole session's rows and counts are not there yet.
      expect(workspace.views).toEqual([]);
      const status = screen.getByRole('contentinfo', { name: 'Décomptes' });
      expect(within(status).getByRole('status')).toHaveTextContent('Chargement…');
      expect(within(status).getByRole('status')).toHaveAttribute('title', expect.stringContaining(`Les ${FIRST_PAGE} premiers candidats sont affichés`));
      for (const decision of DECISIONS) {
        expect(within(status).getByText(`${DECISION_LABELS[decision]} :`, { exact: false })).toHaveTextContent(`${DECISION_LABELS[decision]} : calcul…`);
      }
      // Typing waits (the grid's cells are not editable), so do the import and the exports.
      expect(workspace.canEdit('E1')).toBe(false);
      expect(screen.getByRole('button', { name: 'Importer un fichier' })).toBeDisabled();
      expect(screen.getByRole('button', { name: 'Exporter les résultats (CSV)' })).toBeDisabled();
      expect(workspace.snapshot()).toBeNull();
      // The jury tab (counts of the whole session) waits too.
      screen.getByRole('tab', { name: 'Jury' }).click();
      expect(await screen.findByText('Chargement de la session : calcul…')).toBeInTheDocument();
      screen.getByRole('tab', { name: 'Notes et résultats' }).click();

      heldMarks.release();
      await vi.waitFor(() => expect(workspace.loading).toBe(false), WAIT);
      const total = candidates.length;
      const status2 = await screen.findByRole('contentinfo', { name: 'Décomptes' });
      await vi.waitFor(() => expect(status2).toHaveTextContent(asRead(countOf(total, 'candidat'))), WAIT);
      const counts = Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<Decision, number>;
      for (const result of expected.values()) counts[result.decision]++;
      for (const decision of DECISIONS) {
        expect(status2.querySelector(`[data-decision="${decision}"]`)).toHaveTextContent(
          asRead(`${DECISION_LABELS[decision]} : ${formatCount(counts[decision])}`),
        );
      }
      expect(workspace.gridViews).toHaveLength(total);
      for (const view of workspace.gridViews) expect(view.result).toEqual(expected.get(view.id));
      expect(workspace.canEdit('E1')).toBe(true);
      expect(screen.getByRole('button', { name: 'Importer un fichier' })).toBeEnabled();
    } finally {
      workspace.stop();
      db.close();
    }
  });
});
