// Component tests of the épreuve de contrôle view: the CONTROLE candidates, choosing units (suggested
// ones first, at most two), entering a contrôle mark through the workspace, and the R6 result.
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { closeFirstGroup, listAudit, openDeliberation, setJuryMember } from '../../src/db/deliberation.ts';
import ControleView from '../../src/ui/jury/ControleView.svelte';
import { juryWorkspace, type CandidateSpec } from './jury-helpers.ts';
import { planText } from '../io/import-helpers.ts';
import { sessionWorkspace } from './workspace-helpers.ts';

const CANDIDATES: CandidateSpec[] = [
  { numero: '0001', nom: 'Admis', base: '12' },
  { numero: '0002', nom: 'Dupont', marks: { E1: '6', E3: '8' } }, // 9,28 → CONTROLE
];

describe('ControleView', () => {
  it('lists the CONTROLE candidates only, with the units where a mark gains most first and the mark needed', async () => {
    const { workspace } = await juryWorkspace(CANDIDATES);
    render(ControleView, { workspace });
    const card = await screen.findByRole('article', { name: /0002 Dupont Léa/ });
    expect(screen.queryByRole('article', { name: /0001/ })).not.toBeInTheDocument();
    expect(card).toHaveTextContent('moyenne du 1er groupe 9,28');
    const boxes = within(card).getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('label')!.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'E1 — Culture générale et expression : 1er groupe 6,00 ; 12 pour être admis conseillée',
      'E3 — Culture économique, juridique et managériale : 1er groupe 8,00 ; 14 pour être admis conseillée',
      'E2 — Langue vivante étrangère : 1er groupe 10,00 ; 16 pour être admis',
    ]);
    expect(card).toHaveTextContent('en attente des notes de contrôle');
  });

  it('chooses at most two units, then takes their contrôle marks and shows what they replaced', async () => {
    const user = userEvent.setup();
    const { workspace, ids } = await juryWorkspace(CANDIDATES);
    const id = ids['0002']!;
    render(ControleView, { workspace });
    const card = await screen.findByRole('article', { name: /0002 Dupont Léa/ });
    const box = (code: string) => within(card).getByRole('checkbox', { name: new RegExp(`^${code} —`) });

    await user.click(box('E1'));
    await waitFor(async () => expect((await workspace.db.juryNotes.get(id))?.controleUnits).toEqual(['E1']));
    await user.click(box('E3'));
    await waitFor(async () => expect((await workspace.db.juryNotes.get(id))?.controleUnits).toEqual(['E1', 'E3']));
    await waitFor(() => expect(box('E2')).toBeDisabled());

    const e1 = within(card).getByLabelText('Note de contrôle E1');
    await user.type(e1, '12{Enter}');
    await waitFor(() =>
      expect(workspace.marks.find((m) => m.candidateId === id && m.unit === 'controle_E1')?.value).toEqual({ kind: 'number', hundredths: 1200 }),
    );
    const effect = await within(card).findByRole('table', { name: 'Effet des notes de contrôle de Dupont Léa' });
    expect(within(effect).getByRole('row', { name: /^E1/ })).toHaveTextContent(/E1\s*6,00\s*12\s*remplace 6,00/);
    expect(card).toHaveTextContent(/Moyenne finale 10,00 : Admis/);
    expect(card).toHaveTextContent('Contrôle E1 : 12 remplace 6,00 (coefficient 3).');
    // E3's line says what « reached » means once E1 alone admits (it read « atteint », as if E3's mark had counted).
    expect(box('E3').closest('label')).toHaveTextContent(/E3 — .* : 1er groupe 8,00 ; admis quelle que soit la note de cette épreuve/);
    // a unit with a contrôle mark cannot be unticked
    expect(box('E1')).toBeDisabled();

    const e3 = within(card).getByLabelText('Note de contrôle E3');
    await user.type(e3, 'ABJ{Enter}');
    expect(within(card).getByText("« ABJ » : à l'épreuve de contrôle, seule une note ou AB est possible")).toBeInTheDocument();
  });

  it('keeps two épreuves ticked one right after the other (the second while the first is being written)', async () => {
    const { workspace, ids } = await juryWorkspace(CANDIDATES);
    const id = ids['0002']!;
    render(ControleView, { workspace });
    const card = await screen.findByRole('article', { name: /0002 Dupont Léa/ });
    const box = (code: string) => within(card).getByRole('checkbox', { name: new RegExp(`^${code} —`) });

    // Space, Tab, Space: a few milliseconds apart, the first write not yet done.
    await fireEvent.click(box('E1'));
    await fireEvent.click(box('E3'));
    await waitFor(async () => expect((await workspace.db.juryNotes.get(id))?.controleUnits).toEqual(['E1', 'E3']));
    expect(within(card).getByLabelText('Note de contrôle E1')).toBeInTheDocument();
    expect(within(card).getByLabelText('Note de contrôle E3')).toBeInTheDocument();
    expect(box('E1')).toBeChecked();
    expect(box('E3')).toBeChecked();
  });

  it('once the 1er groupe is closed, writes the contrôle mark with the reason shown, in the audit trail', async () => {
    const user = userEvent.setup();
    const { workspace, ids } = await juryWorkspace(CANDIDATES);
    const id = ids['0002']!;
    const sessionId = workspace.openSessionId!;
    await setJuryMember(workspace.db, sessionId, 'Mme Martin');
    await openDeliberation(workspace.db, sessionId);
    await closeFirstGroup(workspace.db, sessionId);
    render(ControleView, { workspace });
    const reason = await screen.findByLabelText('Motif inscrit au journal pour les notes de contrôle');
    expect(reason).toHaveValue('Épreuve de contrôle');
    const card = await screen.findByRole('article', { name: /0002 Dupont Léa/ });
    await user.click(within(card).getByRole('checkbox', { name: /^E2 —/ }));
    await user.type(await within(card).findByLabelText('Note de contrôle E2'), '15{Enter}');
    await waitFor(async () =>
      expect((await listAudit(workspace.db, sessionId)).filter((e) => e.kind === 'note')).toMatchObject([
        { candidateId: id, unit: 'contrôle E2', after: '15', reason: 'Épreuve de contrôle', who: 'Mme Martin' },
      ]),
    );
    // 15 replaces 10 at coefficient 3: 232 + 15 = 247 → 9,88
    await waitFor(() => expect(card).toHaveTextContent(/Moyenne finale 9,88 : Ajourné/));
  });
});

describe('ControleView, issue 16: convocations', () => {
  it(
    'takes date, hour and room per chosen unit from the keyboard, refuses a date outside the window and a double-booked room',
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup();
      const { workspace, ids } = await juryWorkspace([...CANDIDATES, { numero: '0003', nom: 'Martin', marks: { E1: '6', E3: '8' } }]);
      const { setControleUnits } = await import('../../src/db/deliberation.ts');
      await workspace.db.sessions.update(workspace.openSessionId!, { controleFrom: '2025-07-02', controleTo: '2025-07-04' });
      await setControleUnits(workspace.db, ids['0002']!, ['E1']);
      await setControleUnits(workspace.db, ids['0003']!, ['E1']);
      render(ControleView, { workspace });
      const dupont = await screen.findByRole('article', { name: /0002 Dupont Léa/ });
      const slot = await within(dupont).findByRole('group', { name: 'Convocation au contrôle E1' });
      await user.type(within(slot).getByLabelText('Heure'), '9:00{Enter}');
      await user.type(within(slot).getByLabelText('Salle'), 'B12{Enter}');
      const date = within(slot).getByLabelText('Date');
      await user.clear(date);
      await user.type(date, '05/07/2025{Enter}');
      expect(await within(dupont).findByRole('alert')).toHaveTextContent('le 05/07/2025 est après la fin des épreuves de contrôle (04/07/2025)');
      await user.clear(date);
      await user.type(date, '03/07/2025{Enter}');
      await waitFor(async () =>
        expect((await workspace.db.juryNotes.get(ids['0002']!))?.schedule).toEqual({ E1: { date: '2025-07-03', time: '09:00', room: 'B12' } }),
      );
      expect(within(dupont).queryByRole('alert')).not.toBeInTheDocument();

      const martin = screen.getByRole('article', { name: /0003 Martin Léa/ });
      const other = within(martin).getByRole('group', { name: 'Convocation au contrôle E1' });
      await user.type(within(other).getByLabelText('Date'), '03/07/2025');
      await user.type(within(other).getByLabelText('Heure'), '09:00');
      await user.type(within(other).getByLabelText('Salle'), 'B12{Enter}');
      expect(await within(martin).findByRole('alert')).toHaveTextContent('la salle B12 est déjà réservée le 03/07/2025 à 09:00 pour Dupont Léa (contrôle E1)');
      // Saved together when the three are left or on Enter: refused, nothing is stored, and what was typed stays.
      expect((await workspace.db.juryNotes.get(ids['0003']!))?.schedule).toBeUndefined();
      expect(within(other).getByLabelText('Salle')).toHaveValue('B12');
      expect(within(other).getByLabelText('Heure')).toHaveValue('09:00');
    },
  );

  it('keeps a refused convocation while another tab is shown, marks the field at fault, and reads « 9h30 »', async () => {
    const user = userEvent.setup();
    const { workspace, ids } = await juryWorkspace(CANDIDATES);
    const { setControleUnits } = await import('../../src/db/deliberation.ts');
    await workspace.db.sessions.update(workspace.openSessionId!, { controleFrom: '2025-07-02', controleTo: '2025-07-04' });
    await setControleUnits(workspace.db, ids['0002']!, ['E1']);
    const slotOf = async () =>
      within(await screen.findByRole('article', { name: /0002 Dupont Léa/ })).findByRole('group', { name: 'Convocation au contrôle E1' });
    const shown = render(ControleView, { workspace });
    let slot = await slotOf();
    await user.type(within(slot).getByLabelText('Date'), '03/07/2025');
    await user.type(within(slot).getByLabelText('Heure'), '9h75');
    await user.type(within(slot).getByLabelText('Salle'), 'B204{Enter}');
    const refusal = "Convocation de Dupont Léa au contrôle E1 : « 9h75 » n'est pas une heure (HH:MM, par exemple 14:30).";
    expect(await screen.findByRole('alert')).toHaveTextContent(refusal);
    expect(within(slot).getByLabelText('Heure')).toHaveAttribute('aria-invalid', 'true');
    expect(within(slot).getByLabelText('Date')).not.toHaveAttribute('aria-invalid');

    // Another tab, then back: the view is made again, with what was typed and why it was refused.
    shown.unmount();
    render(ControleView, { workspace });
    slot = await slotOf();
    expect(within(slot).getByLabelText('Date')).toHaveValue('03/07/2025');
    expect(within(slot).getByLabelText('Heure')).toHaveValue('9h75');
    expect(within(slot).getByLabelText('Salle')).toHaveValue('B204');
    expect(screen.getByRole('alert')).toHaveTextContent(refusal);
    expect((await workspace.db.juryNotes.get(ids['0002']!))?.schedule).toBeUndefined();

    // The hour corrected as people write it: the refusal goes as it is typed, the slot is stored in HH:MM.
    const hour = within(slot).getByLabelText('Heure');
    await user.clear(hour);
    await user.type(hour, '9h30');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(hour).not.toHaveAttribute('aria-invalid');
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect((await workspace.db.juryNotes.get(ids['0002']!))?.schedule).toEqual({ E1: { date: '2025-07-03', time: '09:30', room: 'B204' } }),
    );
    await waitFor(() => expect(hour).toHaveValue('09:30'));
  });

  it('takes the convocation of a unit whose contrôle mark was typed before any choice, and keeps that unit when another is ticked', async () => {
    const user = userEvent.setup();
    const { workspace, ids } = await juryWorkspace(CANDIDATES);
    const id = ids['0002']!;
    const { setMark } = await import('../../src/db/marks.ts');
    await setMark(workspace.db, { candidateId: id, unit: 'controle_E3', value: { kind: 'number', hundredths: 900 } });
    render(ControleView, { workspace });
    const card = await screen.findByRole('article', { name: /0002 Dupont Léa/ });
    const slot = await within(card).findByRole('group', { name: 'Convocation au contrôle E3' });
    await user.type(within(slot).getByLabelText('Heure'), '9:00{Enter}');
    await waitFor(async () => expect((await workspace.db.juryNotes.get(id))?.schedule).toEqual({ E3: { date: null, time: '09:00', room: '' } }));
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(card).getByRole('checkbox', { name: /^E1 —/ }));
    await waitFor(async () => expect((await workspace.db.juryNotes.get(id))?.controleUnits).toEqual(['E1', 'E3']));
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('once the deliberation is open, a convocation typed field by field is one line of the journal, written when the three are left', async () => {
    const user = userEvent.setup();
    const { workspace, ids } = await juryWorkspace(CANDIDATES);
    const { setControleUnits } = await import('../../src/db/deliberation.ts');
    await setControleUnits(workspace.db, ids['0002']!, ['E1']);
    await setJuryMember(workspace.db, workspace.openSessionId!, 'Mme Martin');
    await openDeliberation(workspace.db, workspace.openSessionId!);
    render(ControleView, { workspace });
    const dupont = await screen.findByRole('article', { name: /0002 Dupont Léa/ });
    const slot = await within(dupont).findByRole('group', { name: 'Convocation au contrôle E1' });
    await user.click(within(slot).getByLabelText('Date'));
    await user.keyboard('03/07/2025');
    await user.tab();
    await user.keyboard('09:00');
    await user.tab();
    await user.keyboard('B12');
    expect((await workspace.db.juryNotes.get(ids['0002']!))?.schedule).toBeUndefined();
    await user.tab();
    await waitFor(async () =>
      expect((await workspace.db.juryNotes.get(ids['0002']!))?.schedule).toEqual({ E1: { date: '2025-07-03', time: '09:00', room: 'B12' } }),
    );
    const lines = (await listAudit(workspace.db, workspace.openSessionId!)).filter((e) => e.kind === 'jury');
    expect(lines.map((e) => [e.unit, e.before, e.after])).toEqual([['Convocation au contrôle E1', 'non convoqué', '03/07/2025 à 09:00, salle B12']]);
  });

  it('above 100 authorised candidates, shows them a hundred at a time, with a search by name or number', async () => {
    const user = userEvent.setup();
    const workspace = await sessionWorkspace();
    await waitFor(() => expect(workspace.snapshot()).not.toBeNull());
    // 130 candidates at 9,28 with a professional average of 10: all CONTROLE (R5).
    const rows = Array.from({ length: 130 }, (_, i) => `${String(i + 1).padStart(4, '0')};Candidat${i + 1};Léa;6;10;10;8;10;10;10;10`);
    const csv = `numero;nom;prenom;E1;E21;E22;E3;E4;E5;U61;U62\n${rows.join('\n')}\n`;
    expect(await workspace.applyImport(planText(csv, workspace.snapshot()!), 'controle.csv')).toBe(true);
    await waitFor(() => expect(workspace.views.filter((v) => v.result.firstGroupDecision === 'CONTROLE')).toHaveLength(130));
    render(ControleView, { workspace });

    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(100));
    expect(screen.getByText(/100 premiers sur 130/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Afficher 30 de plus' }));
    expect(screen.getAllByRole('article')).toHaveLength(130);

    await user.type(screen.getByLabelText('Rechercher un candidat (130 autorisés)'), '0125');
    expect(screen.getAllByRole('article').map((a) => a.querySelector('h3')!.textContent!.replace(/\s+/g, ' '))).toEqual([
      '0125 Candidat125 Léa — moyenne du 1er groupe 9,28',
    ]);
    await user.clear(screen.getByLabelText('Rechercher un candidat (130 autorisés)'));
    await user.type(screen.getByLabelText('Rechercher un candidat (130 autorisés)'), 'personne');
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByText('Aucun candidat autorisé ne correspond à « personne ».')).toBeInTheDocument();
  });
});
