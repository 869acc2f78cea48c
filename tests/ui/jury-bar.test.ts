// Component tests of the deliberation bar: the jury member's name, the phase transitions written to the
// database (with their audit lines), reopening with a reason asked in a dialog, the jury for the PV.
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getDeliberation, listAudit, setLivretExamined } from '../../src/db/deliberation.ts';
import DeliberationBar from '../../src/ui/jury/DeliberationBar.svelte';
import { juryWorkspace } from './jury-helpers.ts';
import { sessionWorkspace } from './workspace-helpers.ts';

/** Types and saves the jury member's name, then opens the deliberation (confirmed). */
async function memberThenOpen(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.type(screen.getByLabelText('Membre du jury (inscrit au journal)'), name);
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  const open = screen.getByRole('button', { name: 'Ouvrir la délibération' });
  await waitFor(() => expect(open).toBeEnabled()); // once the name is stored (live query)
  await user.click(open);
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ouvrir la délibération' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
}

describe('DeliberationBar', () => {
  it('needs the jury member’s name, then opens, closes the 1er groupe and the deliberation, each confirmed', async () => {
    const user = userEvent.setup();
    const workspace = await sessionWorkspace();
    const sessionId = workspace.openSessionId!;
    render(DeliberationBar, { workspace });

    const phase = () => screen.getByText(/^Étape :/).closest('p')!;
    await waitFor(() => expect(phase()).toHaveTextContent('Préparation (avant la délibération)'));
    const open = screen.getByRole('button', { name: 'Ouvrir la délibération' });
    // Without a name, the click says why nothing opens and puts the cursor in the name's field.
    await waitFor(() => expect(open).toBeEnabled()); // once the session is read
    await user.click(open);
    expect(workspace.notice).toEqual({
      kind: 'error',
      text: 'Indiquez d’abord votre nom de membre du jury, puis « Enregistrer » : il est inscrit au journal avec chaque modification.',
    });
    expect(screen.getByLabelText('Membre du jury (inscrit au journal)')).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Membre du jury (inscrit au journal)'), 'Mme Martin');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    // This tab's member (per tab, never shared with the other tabs through the database).
    expect(workspace.member.name).toBe('Mme Martin');
    expect(workspace.db.juryMember).toBe('Mme Martin');
    expect((await getDeliberation(workspace.db, sessionId)).juryMember).toBe('');
    await waitFor(() => expect(open).toBeEnabled());
    expect(screen.getByRole('button', { name: 'Modifier' })).toBeDisabled();

    await user.click(open);
    let dialog = await screen.findByRole('dialog', { name: 'Ouvrir la délibération' });
    expect(dialog).toHaveTextContent('toute modification de note demande un motif');
    await user.click(within(dialog).getByRole('button', { name: 'Ouvrir la délibération' }));
    await waitFor(() => expect(phase()).toHaveTextContent('Délibération du 1er groupe ouverte'));
    expect((await getDeliberation(workspace.db, sessionId)).phase).toBe('premier_groupe');

    await user.click(screen.getByRole('button', { name: 'Clore le 1er groupe' }));
    dialog = await screen.findByRole('dialog', { name: 'Clore le 1er groupe' });
    await user.click(within(dialog).getByRole('button', { name: 'Clore le 1er groupe' }));
    await waitFor(() => expect(phase()).toHaveTextContent('1er groupe clos — épreuves de contrôle'));

    await user.click(screen.getByRole('button', { name: 'Clore la délibération' }));
    dialog = await screen.findByRole('dialog', { name: 'Clore la délibération' });
    await user.click(within(dialog).getByRole('button', { name: 'Clore la délibération' }));
    await waitFor(() => expect(phase()).toHaveTextContent('Délibération close'));
    expect(screen.queryByRole('button', { name: /^Clore/ })).not.toBeInTheDocument();

    expect((await listAudit(workspace.db, sessionId)).map((e) => [e.who, e.reason])).toEqual([
      ['Mme Martin', 'Ouverture de la délibération'],
      ['Mme Martin', 'Clôture du 1er groupe'],
      ['Mme Martin', 'Clôture de la délibération'],
    ]);
  });

  it('saves a name typed and not saved yet when « Ouvrir la délibération » is clicked, then asks to confirm', async () => {
    const user = userEvent.setup();
    const workspace = await sessionWorkspace();
    render(DeliberationBar, { workspace });
    await user.type(screen.getByLabelText('Membre du jury (inscrit au journal)'), 'M. Blanc');
    const open = screen.getByRole('button', { name: 'Ouvrir la délibération' });
    await waitFor(() => expect(open).toBeEnabled());
    await user.click(open);
    expect(workspace.member.name).toBe('M. Blanc');
    expect(workspace.notice).toEqual({ kind: 'info', text: 'Membre du jury de cet onglet : M. Blanc.' });
    const dialog = await screen.findByRole('dialog', { name: 'Ouvrir la délibération' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect((await getDeliberation(workspace.db, workspace.openSessionId!)).phase).toBe('preparation');
  });

  it('warns before closing the 1er groupe with incomplete candidates; cancelling changes nothing', async () => {
    const user = userEvent.setup();
    const { workspace } = await juryWorkspace([{ numero: '0001', nom: 'Dupont', marks: { E5: '' } }]);
    const sessionId = workspace.openSessionId!;
    render(DeliberationBar, { workspace });
    await memberThenOpen(user, 'Mme Martin');

    await user.click(await screen.findByRole('button', { name: 'Clore le 1er groupe' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clore le 1er groupe' });
    expect(dialog).toHaveTextContent('Attention : 1 candidat est encore incomplet.');
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await getDeliberation(workspace.db, sessionId)).phase).toBe('premier_groupe');

    // Closing the deliberation says it too, and what the PV will say of them.
    await user.click(screen.getByRole('button', { name: 'Clore le 1er groupe' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Clore le 1er groupe' })).getByRole('button', { name: 'Clore le 1er groupe' }));
    await user.click(await screen.findByRole('button', { name: 'Clore la délibération' }));
    expect(await screen.findByRole('dialog', { name: 'Clore la délibération' })).toHaveTextContent(
      'Attention : 1 candidat est encore incomplet : il figurera au procès-verbal sans décision (note manquante).',
    );
  });

  it('reopens one step back with a reason, required, written in the audit trail', async () => {
    const user = userEvent.setup();
    const workspace = await sessionWorkspace();
    const sessionId = workspace.openSessionId!;
    render(DeliberationBar, { workspace });
    await memberThenOpen(user, 'M. Leroy');

    await user.click(await screen.findByRole('button', { name: 'Rouvrir…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rouvrir la délibération' });
    expect(dialog).toHaveTextContent('« Délibération du 1er groupe ouverte » → « Préparation (avant la délibération) »');
    await user.click(within(dialog).getByRole('button', { name: 'Rouvrir' }));
    expect(within(dialog).getByText('Le motif de la réouverture est obligatoire.')).toBeInTheDocument();
    expect((await getDeliberation(workspace.db, sessionId)).phase).toBe('premier_groupe');

    // Entrée validates, as the motif of a mark's change; Maj+Entrée makes a new line.
    await user.type(within(dialog).getByLabelText('Motif de la réouverture'), 'Ouverte trop tôt{Shift>}{Enter}{/Shift}par erreur{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await getDeliberation(workspace.db, sessionId)).phase).toBe('preparation');
    const audit = await listAudit(workspace.db, sessionId);
    expect(audit.at(-1)).toMatchObject({
      kind: 'phase',
      who: 'M. Leroy',
      reason: 'Ouverte trop tôt\npar erreur',
      after: 'Préparation (avant la délibération)',
    });
  });

  it('stores the jury printed on the PV', async () => {
    const user = userEvent.setup();
    const workspace = await sessionWorkspace();
    const sessionId = workspace.openSessionId!;
    render(DeliberationBar, { workspace });
    await user.click(screen.getByText('Jury (pour le procès-verbal)'));
    await user.type(screen.getByLabelText('Président du jury'), 'M. Durand');
    await user.type(screen.getByLabelText('Membres du jury (un par ligne)'), 'Mme Martin{Enter}M. Petit');
    await user.type(screen.getByLabelText('Date de la délibération'), '27/06/2025');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le jury' }));
    await waitFor(async () =>
      expect(await getDeliberation(workspace.db, sessionId)).toMatchObject({
        president: 'M. Durand',
        members: ['Mme Martin', 'M. Petit'],
        date: '2025-06-27',
      }),
    );
    expect(workspace.notice).toEqual({ kind: 'info', text: 'Composition du jury enregistrée.' });
    // Saved, the form drawn over the tabs closes; Échap closes it too, keeping what was typed.
    const details = screen.getByText('Jury (pour le procès-verbal)').closest('details')!;
    await waitFor(() => expect(details.open).toBe(false));
    expect(screen.getByText('Jury (pour le procès-verbal)')).toHaveFocus();
    await user.click(screen.getByText('Jury (pour le procès-verbal)'));
    expect(details.open).toBe(true);
    await user.type(screen.getByLabelText('Président du jury'), ' Fils');
    await user.keyboard('{Escape}');
    expect(details.open).toBe(false);
    expect(screen.getByText('Jury (pour le procès-verbal)')).toHaveFocus();
    await user.click(screen.getByText('Jury (pour le procès-verbal)'));
    expect(screen.getByLabelText('Président du jury')).toHaveValue('M. Durand Fils');
  });
});

describe('DeliberationBar and the livret scolaire (D643-26)', () => {
  it('warns, when the 1er groupe is closed, about ajournés whose livret has not been examined', async () => {
    const user = userEvent.setup();
    const { workspace, ids } = await juryWorkspace([
      { numero: '0001', nom: 'Dupont', base: '6' },
      { numero: '0002', nom: 'Martin', base: '6' },
      // Sent to the contrôle at the 1er groupe, a contrôle mark already typed that leaves her ajournée in the end: not
      // an ajournée of the 1er groupe (she was counted).
      { numero: '0003', nom: 'Petit', marks: { E1: '6', E3: '8' }, controle: { E1: '2' } },
    ]);
    const petit = workspace.views.find((v) => v.id === ids['0003'])!.result;
    expect([petit.firstGroupDecision, petit.decision]).toEqual(['CONTROLE', 'AJOURNE']);
    await setLivretExamined(workspace.db, ids['0002']!, true);
    render(DeliberationBar, { workspace });
    await memberThenOpen(user, 'Mme Martin');
    await user.click(await screen.findByRole('button', { name: 'Clore le 1er groupe' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clore le 1er groupe' });
    expect(dialog).toHaveTextContent('1 candidat ajourné sans livret scolaire examiné (art. D643\u201126)');
  });

  it('warns again when the deliberation is closed, the step that makes the ajournements final', async () => {
    const user = userEvent.setup();
    const { workspace, ids } = await juryWorkspace([
      { numero: '0001', nom: 'Dupont', base: '6' },
      { numero: '0002', nom: 'Martin', base: '6' },
      { numero: '0003', nom: 'Petit', base: '6' },
      // Sent to the contrôle, ajournée after it: counted at this closing.
      { numero: '0004', nom: 'Leroy', marks: { E1: '6', E3: '8' }, controle: { E1: '2' } },
    ]);
    await setLivretExamined(workspace.db, ids['0003']!, true);
    render(DeliberationBar, { workspace });
    await memberThenOpen(user, 'Mme Martin');
    await user.click(await screen.findByRole('button', { name: 'Clore le 1er groupe' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Clore le 1er groupe' })).getByRole('button', { name: 'Clore le 1er groupe' }));
    await user.click(await screen.findByRole('button', { name: 'Clore la délibération' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clore la délibération' });
    expect(dialog).toHaveTextContent('3 candidats ajournés sans livret scolaire examiné (art. D643\u201126)');
  });
});
