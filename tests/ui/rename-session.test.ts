// « Renommer la session… » and the names that tell sessions apart: a name another session has is refused where it is
// typed (new session, renaming); a session made from the example or a file gets « (2) » when its name is taken. And
// the header says « (modifiée) » when the session's regulation is not the one provided.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { listSessions } from '../../src/db/sessions.ts';
import RenameSessionDialog from '../../src/ui/RenameSessionDialog.svelte';
import SessionDialog from '../../src/ui/SessionDialog.svelte';
import { emptyWorkspace } from './workspace-helpers.ts';

describe('session names', () => {
  it('renames the open session; a name another session has is refused in the dialog, nothing written', async () => {
    const user = userEvent.setup();
    const workspace = await emptyWorkspace();
    await workspace.loadExample();
    await workspace.loadExample();
    await waitFor(() => expect(workspace.sessions).toHaveLength(2));
    const names = workspace.sessions.map((s) => s.name);
    expect(names[1]).toBe(`${names[0]} (2)`);
    expect(workspace.session?.name).toBe(names[1]);

    render(RenameSessionDialog, { workspace, open: true });
    const dialog = await screen.findByRole('dialog', { name: 'Renommer la session' });
    const name = within(dialog).getByLabelText('Nom de la session');
    expect(name).toHaveValue(names[1]);
    await user.clear(name);
    await user.type(name, names[0]!.toUpperCase());
    await user.click(within(dialog).getByRole('button', { name: 'Renommer' }));
    expect(within(dialog).getByText(new RegExp(`^Une session s'appelle déjà « ${names[0]!.replace(/[()]/g, '\\$&')} »`))).toBeInTheDocument();
    expect((await listSessions(workspace.db)).map((s) => s.name)).toEqual(names);

    await user.clear(name);
    await user.type(name, 'BTS CCST 2024 — centre de Rodez');
    await user.click(within(dialog).getByRole('button', { name: 'Renommer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await listSessions(workspace.db)).map((s) => s.name)).toEqual([names[0], 'BTS CCST 2024 — centre de Rodez']);
    expect(workspace.notice?.text).toBe('Session renommée : « BTS CCST 2024 — centre de Rodez ».');
  });

  it('refuses a new session named as another one', async () => {
    const user = userEvent.setup();
    const workspace = await emptyWorkspace();
    await workspace.loadExample();
    await waitFor(() => expect(workspace.sessions).toHaveLength(1));
    render(SessionDialog, { workspace, open: true });
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle session' });
    await user.type(within(dialog).getByLabelText('Nom de la session'), workspace.sessions[0]!.name);
    await user.click(within(dialog).getByRole('button', { name: 'Créer la session' }));
    expect(within(dialog).getByText(/^Une session s'appelle déjà/)).toBeInTheDocument();
    expect(await listSessions(workspace.db)).toHaveLength(1);
  });
});

describe('the header says when the session runs on a regulation changed from the one provided', () => {
  it('« (modifiée) » once a coefficient is changed, not before', async () => {
    const workspace = await emptyWorkspace();
    await workspace.loadExample();
    await waitFor(() => expect(workspace.regulation).not.toBeNull());
    expect(workspace.regulationChanged).toBe(false);
    const changed = JSON.parse(JSON.stringify(workspace.regulation)) as NonNullable<typeof workspace.regulation>;
    changed.units.find((u) => u.code === 'E1')!.coefficient = 4;
    expect(await workspace.saveRegulation(changed)).toBe(true);
    await waitFor(() => expect(workspace.regulationChanged).toBe(true));
  });
});
