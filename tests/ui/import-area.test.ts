// The import wizard of an open session stands in place of the tabs: opening it takes away the message about the
// screen it covers, Échap closes it, and the focus goes back to « Importer un fichier ».
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import WorkspaceView from '../../src/ui/WorkspaceView.svelte';
import { sessionWorkspace } from './workspace-helpers.ts';

describe('the import of an open session', () => {
  it('opens in place of the tabs without the previous message, and Échap gives the focus back to its button', async () => {
    const user = userEvent.setup();
    const workspace = await sessionWorkspace();
    await waitFor(() => expect(workspace.snapshot()).not.toBeNull());
    render(WorkspaceView, { workspace, regulation: ccst });
    workspace.notice = { kind: 'info', text: 'Candidat Martin Léa ajouté.' };

    const button = screen.getByRole('button', { name: 'Importer un fichier' });
    await user.click(button);
    const wizard = await screen.findByRole('region', { name: /Importer un fichier dans « BTS CCST 2025 »/ });
    expect(workspace.notice).toBeNull();
    expect(button).toHaveAttribute('aria-expanded', 'true');

    wizard.querySelector<HTMLElement>('h2')!.focus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('region', { name: /Importer un fichier/ })).toBeNull());
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
