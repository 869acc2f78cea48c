// A confirmation whose action takes a while (« Tout conforme » for thousands of candidates): the wait is said in the
// dialog, both buttons are held, and the dialog closes once the action has finished.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ConfirmDialog from '../../src/ui/ConfirmDialog.svelte';

describe('ConfirmDialog', () => {
  it('says its busy label (« Enregistrement en cours… ») while the confirmed action runs, then closes', async () => {
    let finish = () => {};
    const running = new Promise<void>((resolve) => (finish = resolve));
    render(ConfirmDialog, {
      open: true,
      title: 'Tout conforme',
      message: 'Cocher « oui » ?',
      confirmLabel: 'Tout conforme',
      busyLabel: 'Enregistrement en cours…',
      onconfirm: () => running,
    });
    const dialog = screen.getByRole('dialog', { name: 'Tout conforme' });
    expect(within(dialog).getByRole('status')).toHaveTextContent('');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Tout conforme' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Enregistrement en cours…');
    for (const button of within(dialog).getAllByRole('button')) expect(button).toBeDisabled();

    finish();
    await expect.poll(() => screen.queryByRole('dialog')).toBeNull();
  });
});
