// Component tests of the "Nouvelle session" dialog: defaults, French validation, the session written
// to the database and opened, and closing without writing.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyWorkspace } from './workspace-helpers.ts';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { listSessions } from '../../src/db/sessions.ts';
import { btsCcst2024, btsCcst2025 } from '../../src/domain/presets/index.ts';
import { sessionYearOn } from '../../src/domain/dates.ts';
import SessionDialog from '../../src/ui/SessionDialog.svelte';

describe('SessionDialog', () => {
  it('is a labelled modal with sensible defaults, focused on the name', async () => {
    const workspace = await emptyWorkspace();
    render(SessionDialog, { workspace, open: true });

    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle session' });
    expect(dialog).toHaveAttribute('open');
    expect(within(dialog).getByLabelText('Nom de la session')).toHaveFocus();
    expect(within(dialog).getByLabelText('Année de la session')).toHaveValue(sessionYearOn());
    // R9: sessions 2025 and later run under the renumbered CCST; session 2024's preset stays available.
    expect(within(dialog).getByLabelText('Réglementation')).toHaveValue(btsCcst2025.id);
    expect(within(dialog).getByRole('option', { name: btsCcst2024.name })).toBeInTheDocument();
    expect(within(dialog).getByRole('option', { name: btsCcst2025.name })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('À vérifier sur la circulaire nationale de la session');
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
    expect(within(dialog).getByText("L'année de la session doit être un nombre entier entre 2000 et 2100.")).toBeInTheDocument();
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
    // Typed as written in France, whatever the browser's language.
    await user.type(within(dialog).getByLabelText('Date limite de dépôt des dossiers (facultatif)'), '15/04/2025');
    await user.click(within(dialog).getByRole('button', { name: 'Créer la session' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const sessions = await listSessions(workspace.db);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({
      name: 'BTS CCST 2025',
      academie: 'Toulouse',
      year: 2025,
      presetId: btsCcst2025.id,
      depositDeadline: '2025-04-15',
    });
    // The session holds its own copy of the regulation it was created with.
    expect(sessions[0]!.regulation!.units.map((u) => u.code)).toEqual(btsCcst2025.units.map((u) => u.code));
    await waitFor(() => expect(workspace.session?.id).toBe(sessions[0]!.id));
    expect(workspace.notice).toEqual({ kind: 'info', text: 'Session « BTS CCST 2025 » créée.' });
  });

  it('creates nothing while the deadline typed is not a date, and says why under it', async () => {
    const user = userEvent.setup();
    const workspace = await emptyWorkspace();
    render(SessionDialog, { workspace, open: true });
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle session' });
    await user.type(within(dialog).getByLabelText('Nom de la session'), 'BTS CCST 2025');
    const deadline = within(dialog).getByLabelText('Date limite de dépôt des dossiers (facultatif)');
    await user.type(deadline, '15/4');
    await user.click(within(dialog).getByRole('button', { name: 'Créer la session' }));

    expect(deadline).toHaveFocus();
    // Said once the click on the button is done (the message, appearing, moves the button).
    await waitFor(() =>
      expect(deadline).toHaveAccessibleDescription(
        'Dossiers des épreuves professionnelles ; un dossier déposé après cette date est non valide (NV). « 15/4 » : date attendue au format JJ/MM/AAAA, par exemple 20/05/2025.',
      ),
    );
    expect(screen.getByRole('dialog', { name: 'Nouvelle session' })).toBeInTheDocument();
    expect(await listSessions(workspace.db)).toHaveLength(0);

    await user.type(deadline, '/2025');
    await user.click(within(dialog).getByRole('button', { name: 'Créer la session' }));
    await waitFor(async () => expect((await listSessions(workspace.db))[0]).toMatchObject({ depositDeadline: '2025-04-15' }));
  });

  it('a year before 2025 proposes the 2024 preset; a regulation file with faults is refused with each field named', async () => {
    const user = userEvent.setup();
    const workspace = await emptyWorkspace();
    render(SessionDialog, { workspace, open: true });
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle session' });
    const year = within(dialog).getByLabelText('Année de la session');
    await user.clear(year);
    await user.type(year, '2024');
    await waitFor(() => expect(within(dialog).getByLabelText('Réglementation')).toHaveValue(btsCcst2024.id));

    await user.click(within(dialog).getByRole('radio', { name: 'Fichier de réglementation (JSON)' }));
    const bad = JSON.stringify({
      format: 1,
      id: 'x',
      name: 'X',
      diploma: 'BTS X',
      firstSession: 2026,
      units: [{ code: 'U1' }],
      controle: { units: [], maxUnits: 0 },
      thresholds: { admis: 10, controleMin: 8, professionalMin: 10 },
      bonusBase: 10,
      maxMark: 20,
    });
    await user.upload(within(dialog).getByLabelText('Fichier de réglementation'), new File([bad], 'mauvais.json', { type: 'application/json' }));
    const alert = await within(dialog).findByText(/« mauvais\.json » est refusé/);
    expect(alert.parentElement).toHaveTextContent('units[0].name : champ obligatoire absent');
    expect(alert.parentElement).toHaveTextContent('units[0].coefficient : champ obligatoire absent');
  });

  it('R9: the 2024 preset picked by hand for a later session is said under the list, with a button for the one in force', async () => {
    const user = userEvent.setup();
    const workspace = await emptyWorkspace();
    render(SessionDialog, { workspace, open: true });
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle session' });
    const year = within(dialog).getByLabelText('Année de la session');
    await user.clear(year);
    await user.type(year, '2027');
    expect(within(dialog).queryByRole('status')).not.toBeInTheDocument();
    await user.selectOptions(within(dialog).getByLabelText('Réglementation'), btsCcst2024.id);
    const said = await within(dialog).findByRole('status');
    expect(said).toHaveTextContent(`« ${btsCcst2024.name} » ne s'applique plus à la session 2027 : c'est « ${btsCcst2025.name} ».`);
    await user.click(within(said).getByRole('button', { name: `Prendre « ${btsCcst2025.name} »` }));
    expect(within(dialog).getByLabelText('Réglementation')).toHaveValue(btsCcst2025.id);
    expect(within(dialog).queryByRole('status')).not.toBeInTheDocument();
  });

  it('stores no deadline when the date is left empty', async () => {
    const user = userEvent.setup();
    const workspace = await emptyWorkspace();
    render(SessionDialog, { workspace, open: true });

    await user.type(await screen.findByLabelText('Nom de la session'), 'Sans date');
    await user.click(screen.getByRole('button', { name: 'Créer la session' }));

    await waitFor(async () => expect(await listSessions(workspace.db)).toHaveLength(1));
    expect((await listSessions(workspace.db))[0]).toMatchObject({ depositDeadline: null, academie: '', year: sessionYearOn() });
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
