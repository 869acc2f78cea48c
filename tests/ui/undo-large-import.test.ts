// An import, or its undo, of more candidates than one build slice (VIEW_SLICE): the session is read again, as when it
// is opened, instead of every row being recomputed at once as the change commits (a frozen page at 50,000
// candidates, and after an undo a moment where every imported candidate was counted « Incomplet »).
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import { VIEW_SLICE } from '../../src/ui/state/candidate-view.ts';
import WorkspaceView from '../../src/ui/WorkspaceView.svelte';
import { Workspace } from '../../src/ui/state/workspace.svelte.ts';
import { databaseWithImport, planGivingE1 } from './imported-session.ts';

const WAIT = { timeout: 60_000 };
const COUNT = VIEW_SLICE + 300;

describe('a large import or undo', () => {
  it('never counts the imported candidates « Incomplet » on their way out: the session is read again', async () => {
    const db = await databaseWithImport(`test-undo-large-import-${Date.now()}`, COUNT);
    const workspace = new Workspace(db);
    try {
      await workspace.start();
      const { container } = render(WorkspaceView, { workspace, regulation: ccst });
      const incomplete = () => container.querySelector('.status-bar [data-decision="INCOMPLET"] strong')?.textContent ?? '';
      const undo = await screen.findByRole('button', { name: 'Annuler le dernier import' }, WAIT);
      await expect.poll(() => container.querySelector('.status-bar span')?.textContent, WAIT).toBe(`${COUNT.toLocaleString('fr-FR')} candidats`);
      const before = Number(incomplete().replace(/\s/g, ''));
      expect(before).toBeLessThan(COUNT / 2);

      // Every « Incomplet » count the status bar shows until the session is empty.
      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.push(incomplete()));
      observer.observe(container, { childList: true, subtree: true, characterData: true });
      await userEvent.setup().click(undo);
      await expect.poll(() => container.querySelector('.status-bar span')?.textContent, WAIT).toBe('0 candidat');
      observer.disconnect();
      const counts = seen.filter((text) => /^[\d\s]+$/.test(text)).map((text) => Number(text.replace(/\s/g, '')));
      expect(Math.max(...counts)).toBeLessThanOrEqual(before);
      expect(workspace.notice?.text).toBe(
        "Import de « candidats.csv » annulé : les valeurs d'avant sont rétablies. La session « Juin » n'a plus ni candidat ni établissement.",
      );
    } finally {
      workspace.stop();
      db.close();
    }
  });

  it('reads the session again after a large import into it, « Chargement… » first, then its marks; the candidate chosen stays chosen', async () => {
    const db = await databaseWithImport(`test-large-import-${Date.now()}`, COUNT);
    const workspace = new Workspace(db);
    try {
      await workspace.start();
      const { container } = render(WorkspaceView, { workspace, regulation: ccst });
      const status = () => container.querySelector('.status-bar')?.textContent ?? '';
      await expect.poll(() => container.querySelector('.status-bar span')?.textContent, WAIT).toBe(`${COUNT.toLocaleString('fr-FR')} candidats`);
      // The same candidates, each with an E1 of 20: most candidates' marks change.
      const plan = planGivingE1(workspace.snapshot()!, COUNT);
      const written = new Set(plan.markWrites.flatMap((w) => ('id' in w.candidate && w.unit === 'E1' ? [w.candidate.id] : [])));
      expect(written.size).toBeGreaterThan(VIEW_SLICE);

      // A candidate chosen far down (the calculation panel shows them): still chosen once the session is read again.
      const chosen = workspace.views[COUNT - 3]!.id;
      workspace.selectedCandidateId = chosen;

      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.push(status()));
      observer.observe(container, { childList: true, subtree: true, characterData: true });
      expect(workspace.rereading).toBe(false);
      const applied = await workspace.applyImport(plan, 'notes.csv');
      expect(workspace.notice?.text).toMatch(/^Import de « notes.csv » appliqué/);
      expect(applied).toBe(true);
      // Read again: the grids keep their place meanwhile (Grid's keepPlace).
      expect(workspace.rereading).toBe(true);
      await expect.poll(() => workspace.loading, WAIT).toBe(false);
      expect(workspace.rereading).toBe(false);
      expect(workspace.selected?.id).toBe(chosen);
      observer.disconnect();
      expect(seen.some((text) => text.includes('Chargement…'))).toBe(true);
      const e1Of = (view: (typeof workspace.views)[number]) => view.marks.E1?.value;
      expect(workspace.views.filter((view) => written.has(view.id)).every((view) => sameE1(e1Of(view)))).toBe(true);
    } finally {
      workspace.stop();
      db.close();
    }
  });
});

function sameE1(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { kind: string }).kind === 'number' && (value as { hundredths: number }).hundredths === 2000;
}
