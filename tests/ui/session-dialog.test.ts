// Component tests of the "Nouvelle session" dialog: defaults, French validation, the session written
// to the database and opened, and closing without writing.
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { emptyWorkspace } from './workspace-helpers.ts';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { openDatabase } from '../../src/db/database.ts';
import { listSessions } from '../../src/db/sessions.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import SessionDialog from '../../src/ui/SessionDialog.svelte';
import type { Workspace } from '../../src/ui/state/workspace.svelte.ts';

describe('SessionDialog', () => {
  it('is a labelled modal with sensible defaults, focused on the name', async () => {
    const workspace = await emptyWorkspace();
    render(SessionDialog, { workspace, open: true });

    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle session' });
    expect(dialog).toHaveAttribute('open');
    expect(within(dialog).getByLabelText('Nom de la session')).toHaveFocus();
    expect(within(dialog).getByLabelText('Année de la session')).toHaveValue(new Date().getFullYear());
    expect(within(dialog).getByLabelText('Réglementation')).toHaveValue(btsCcst2024.id);
    expect(within(dialog).getByRole('option', { name: btsCcst2024.name })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Date limite de dépôt des dossiers (facultatif)')).toHaveValue('');
  });

  it('refuses a missing name and an impossible year, in French, without writing', async () => {
    const user = userEvent.setup();
    const workspace = await emptyWorkspace();
    render(SessionDialog, { workspace, open: true });
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle session' });

    const year = within(dialog).getByLabelText('Année de la session');
    await user.clear(year);
    await user.type(year, '1999');
    await user.click(within(dialog).getByRole('button', { name: 'Créer la session' }));

    expect(within(dialog).getByText('Le nom de la session est obligatoire.')).toBeInTheDocument();
    expect(within(dialog).getByText("L'année doit être comprise entre 2000 et 2100.")).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Nom de la session')).toHaveFocus();
    expect(within(dialog).getByLabelText('Nom de la session')).toHaveAccessibleDescription(
      'Par exemple « BTS CCST 2025 — centre de Toulouse ». Le nom de la session est obligatoire.',
    );
    expect(await listSessions(workspace.db)).toHaveLength(0);
  });

  it('creates the session, opens it and closes', async () => {
    const user = userEvent.setup();
    const workspace = await emptyWorkspace();
    render(SessionDialog, { workspace, open: true });
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle session' });

    await user.type(within(dialog).getByLabelText('Nom de la session'), 'BTS CCST 2025');
    await user.type(within(dialog).getByLabelText('Académie'), 'Toulouse');
    const year = within(dialog).getByLabelText('Année de la session');
    await user.clear(year);
    await user.type(year, '2025');
    // user-event cannot type into a date input in jsdom; set it the way the browser's picker does.
    await fireEvent.input(within(dialog).getByLabelText('Date limite de dépôt des dossiers (facultatif)'), {
      target: { value: '2025-04-15' },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Créer la session' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const sessions = await listSessions(workspace.db);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({
      name: 'BTS CCST 2025',
      academie: 'Toulouse',
      year: 2025,
      presetId: btsCcst2024.id,
      depositDeadline: '2025-04-15',
    });
    await waitFor(() => expect(workspace.session?.id).toBe(sessions[0]!.id));
    expect(workspace.notice).toEqual({ kind: 'info', text: 'Session « BTS CCST 2025 » créée.' });
  });

  it('stores no deadline when the date is left empty', async () => {
    const user = userEvent.setup();
    const workspace = await emptyWorkspace();
    render(SessionDialog, { workspace, open: true });

    await user.type(await screen.findByLabelText('Nom de la session'), 'Sans date');
    await user.click(screen.getByRole('button', { name: 'Créer la session' }));

    await waitFor(async () => expect(await listSessions(workspace.db)).toHaveLength(1));
    expect((await listSessions(workspace.db))[0]).toMatchObject({ depositDeadline: null, academie: '', year: new Date().getFullYear() });
  });

  it('closes with Annuler or Escape without creating anything', async () => {
    const user = userEvent.setup();
    const workspace = await emptyWorkspace();
    render(SessionDialog, { workspace, open: true });

    await user.type(await screen.findByLabelText('Nom de la session'), 'Brouillon');
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    render(SessionDialog, { workspace, open: true });
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle session' });
    fireEvent.keyDown(within(dialog).getByLabelText('Nom de la session'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    expect(await listSessions(workspace.db)).toHaveLength(0);
  });
});
