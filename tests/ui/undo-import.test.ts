// « Annuler le dernier import » takes seconds for tens of thousands of candidates (7 s for 50,000 in Chromium): while it
// runs, the line says so and the button is held, so that a second click does not ask for a second undo. Once undone,
// the focus goes to « Importer un fichier ».
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import WorkspaceView from '../../src/ui/WorkspaceView.svelte';
import { Workspace } from '../../src/ui/state/workspace.svelte.ts';
import { databaseWithImport } from './imported-session.ts';

// Each undo waits until the test lets it go; the calls are counted.
const held = vi.hoisted(() => ({ calls: 0, release: () => {} }));
vi.mock('../../src/db/imports.ts', async (original) => {
  const actual = await original<typeof import('../../src/db/imports.ts')>();
  return {
    ...actual,
    undoLastImport: async (...args: Parameters<typeof actual.undoLastImport>) => {
      held.calls++;
      await new Promise<void>((resolve) => (held.release = resolve));
      return actual.undoLastImport(...args);
    },
  };
});

const WAIT = { timeout: 20_000 };

describe('undoing the last import', () => {
  it('says « Annulation en cours… » on the button, held until the undo is done, then says it is undone', async () => {
    const db = await databaseWithImport(`test-undo-import-${Date.now()}`);

    const workspace = new Workspace(db);
    try {
      await workspace.start();
      render(WorkspaceView, { workspace, regulation: ccst });
      const undo = await screen.findByRole('button', { name: 'Annuler le dernier import' }, WAIT);
      const line = undo.closest('p')!;
      expect(within(line).getByRole('status')).toHaveTextContent('');

      const user = userEvent.setup();
      await user.click(undo);
      expect(within(line).getByRole('status')).toHaveTextContent("Annulation de l'import en cours…");
      expect(undo).toHaveTextContent('Annulation en cours…');
      expect(undo).toBeDisabled();
      await user.click(undo);
      expect(held.calls).toBe(1);

      held.release();
      await vi.waitFor(
        () =>
          expect(workspace.notice?.text).toBe(
            "Import de « candidats.csv » annulé : les valeurs d'avant sont rétablies. La session « Juin » n'a plus ni candidat ni établissement.",
          ),
        WAIT,
      );
      await vi.waitFor(() => expect(workspace.candidates).toHaveLength(0), WAIT);
      expect(held.calls).toBe(1);
      // The line and its button are gone: the focus goes to « Importer un fichier », not to the page's body.
      await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Importer un fichier' })).toHaveFocus(), WAIT);

      // Empty now, as before its import: the notice offers to delete it (an import that made a session, undone).
      expect(workspace.notice?.next?.label).toBe('Supprimer cette session vide');
      await workspace.notice!.next!.run();
      await vi.waitFor(() => expect(workspace.sessions).toHaveLength(0), WAIT);
    } finally {
      workspace.stop();
      db.close();
    }
  });
});
