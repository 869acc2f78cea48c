// Component tests of the candidates' grid: the add dialog, the delete confirmation with undo, the
// per-candidate form of assessment, and what ends up in the database. In-cell editing is not driven
// here: AG Grid does not start editors from synthetic events in jsdom (see the browser tests).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyWorkspace, sessionWorkspace } from './workspace-helpers.ts';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { listCandidates } from '../../src/db/candidates.ts';
import { numberMark } from '../../src/domain/marks.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import type { Candidate } from '../../src/domain/session.ts';
import CandidatesGrid from '../../src/ui/CandidatesGrid.svelte';
import { isoToFrenchDate, parseFrenchDate } from '../../src/io/dates.ts';
import { parseOptionalUnits } from '../../src/domain/regulation.ts';
import type { Workspace } from '../../src/ui/state/workspace.svelte.ts';
import { candidateMarkRows, getMark } from '../../src/db/marks.ts';

function candidate(numero: string, nom: string, changes: Partial<Candidate> = {}): Omit<Candidate, 'id' | 'sessionId'> {
  return {
    numero,
    nom,
    prenom: 'Léa',
    dateNaissance: null,
    etablissementId: null,
    statut: 'scolaire',
    langueVivante: 'Anglais',
    optionalUnits: [],
    formOverrides: {},
    ...changes,
  };
}

const sessionCandidates = (workspace: Workspace) => listCandidates(workspace.db, workspace.openSessionId!);

function rowCell(container: HTMLElement, id: number, colId: string): HTMLElement | null {
  return container.querySelector<HTMLElement>(`.ag-row[row-id="${id}"] .ag-cell[col-id="${colId}"]`);
}

function rowCheckbox(container: HTMLElement, id: number): HTMLInputElement {
  const box = container.querySelector<HTMLInputElement>(`.ag-row[row-id="${id}"] input[type="checkbox"]`);
  if (!box) throw new Error(`no selection checkbox for row ${id}`);
  return box;
}

describe('date and optional-unit parsing', () => {
  it('reads JJ/MM/AAAA into an ISO date and refuses impossible or future dates', () => {
    const today = new Date(2025, 5, 1);
    expect(parseFrenchDate('05/03/2004', today)).toEqual({ ok: true, value: '2004-03-05' });
    expect(parseFrenchDate('5/3/2004', today)).toEqual({ ok: true, value: '2004-03-05' });
    expect(parseFrenchDate('  ', today)).toEqual({ ok: true, value: null });
    expect(parseFrenchDate('31/02/2004', today)).toMatchObject({ ok: false, error: expect.stringMatching(/n'existe pas/) });
    expect(parseFrenchDate('2004-03-05', today)).toMatchObject({ ok: false, error: expect.stringMatching(/JJ\/MM\/AAAA/) });
    expect(parseFrenchDate('02/06/2025', today)).toMatchObject({ ok: false, error: expect.stringMatching(/futur/) });
    expect(isoToFrenchDate('2004-03-05')).toBe('05/03/2004');
    expect(isoToFrenchDate(null)).toBe('');
  });

  it('reads optional units in regulation order and names the allowed ones when refusing', () => {
    expect(parseOptionalUnits('ef3, EF1 ef3', btsCcst2024)).toEqual({ ok: true, value: ['EF1', 'EF3'] });
    expect(parseOptionalUnits('', btsCcst2024)).toEqual({ ok: true, value: [] });
    const refused = parseOptionalUnits('EF1, E4', btsCcst2024);
    expect(refused).toMatchObject({ ok: false });
    expect(!refused.ok && refused.error).toBe("« E4 » n'est pas une épreuve facultative de cette session (possibles : EF1, EF2, EF3)");
  });
});

describe('CandidatesGrid', () => {
  it('shows the candidates with French dates, the établissement name and the units in CCF', async () => {
    const workspace = await sessionWorkspace();
    const etab = await workspace.addEtablissement({ uai: '0310044E', name: 'Lycée Déodat', city: 'Toulouse', type: 'public' });
    const id = await workspace.addCandidate(candidate('101', 'Martin', { etablissementId: etab!, dateNaissance: '2004-03-05', optionalUnits: ['EF3'] }));
    const { container } = render(CandidatesGrid, { workspace });

    await waitFor(() => expect(rowCell(container, id!, 'nom')).toHaveTextContent('Martin'));
    expect(rowCell(container, id!, 'dateNaissance')).toHaveTextContent('05/03/2004');
    expect(rowCell(container, id!, 'etablissement')).toHaveTextContent('Lycée Déodat');
    expect(rowCell(container, id!, 'statut')).toHaveTextContent('Scolaire');
    expect(rowCell(container, id!, 'facultatives')).toHaveTextContent('EF3');
    // Scolaire in a public lycée: every unit that may be CCF is, including the chosen optional EF3 (not EF2).
    expect(rowCell(container, id!, 'ccf')).toHaveTextContent('E21, E22, E4, U61, U62, EF3');
  });

  it('sorted by « Nom » as a class list: nom, then prénom, in French (accents and case aside)', async () => {
    const workspace = await sessionWorkspace();
    for (const [numero, nom, prenom] of [
      ['1', 'Martin', 'Louis'],
      ['2', 'martin', 'Élodie'],
      ['3', 'Émery', 'Zoé'],
      ['4', 'Martin', 'Anna'],
      ['5', 'Durand', 'Paul'],
    ])
      await workspace.addCandidate(candidate(numero!, nom!, { prenom }));
    const { container } = render(CandidatesGrid, { workspace });
    const textAt = (colId: string, index: number) =>
      container.querySelector(`.ag-row:not(.ag-row-pinned)[row-index="${index}"] .ag-cell[col-id="${colId}"]`)?.textContent;
    const shown = () => [0, 1, 2, 3, 4].flatMap((i) => (textAt('nom', i) === undefined ? [] : [`${textAt('nom', i)} ${textAt('prenom', i)}`]));
    await waitFor(() => expect(shown()).toHaveLength(5));
    await fireEvent.click(container.querySelector<HTMLElement>('.ag-header-cell[col-id="nom"] .ag-header-cell-label')!);
    await waitFor(() => expect(shown()).toEqual(['Durand Paul', 'Émery Zoé', 'Martin Anna', 'martin Élodie', 'Martin Louis']));
  });

  it('adds a candidate through the dialog, after French validation messages', async () => {
    const user = userEvent.setup();
    const workspace = await sessionWorkspace();
    const etab = await workspace.addEtablissement({ uai: '', name: 'CFA Aspect', city: 'Toulouse', type: 'cfa_habilite' });
    await workspace.addCandidate(candidate('100', 'Déjà'));
    render(CandidatesGrid, { workspace });

    await user.click(screen.getByRole('button', { name: 'Ajouter un candidat' }));
    const dialog = screen.getByRole('dialog', { name: 'Ajouter un candidat' });
    const numero = within(dialog).getByLabelText('Numéro de candidat');
    expect(numero).toHaveFocus();

    // Nothing typed, a taken number, an impossible date: refused with messages, nothing written.
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter' }));
    expect(within(dialog).getByText('Le numéro de candidat est obligatoire.')).toBeInTheDocument();
    expect(within(dialog).getByText('Le nom est obligatoire.')).toBeInTheDocument();
    expect(numero).toHaveAttribute('aria-invalid', 'true');
    expect(numero).toHaveFocus();

    await user.type(numero, '100');
    await user.type(within(dialog).getByLabelText('Nom'), 'Durand');
    await user.type(within(dialog).getByLabelText('Date de naissance (facultatif)'), '30/02/2005');
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter' }));
    expect(within(dialog).getByText(/Le numéro « 100 » est déjà celui de Déjà Léa/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Le 30\/02\/2005 n'existe pas/)).toBeInTheDocument();
    expect(await sessionCandidates(workspace)).toHaveLength(1);

    await user.clear(numero);
    await user.type(numero, '102');
    await user.type(within(dialog).getByLabelText('Prénom'), 'Inès');
    const date = within(dialog).getByLabelText('Date de naissance (facultatif)');
    // Read as a file's date is (one rule): a year on two digits for a candidate of 14 to 80, or written AAAA-MM-JJ.
    await user.clear(date);
    await user.type(date, '14/07/05');
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Ajouter un candidat' })).not.toBeInTheDocument());
    expect((await sessionCandidates(workspace)).find((c) => c.numero === '102')?.dateNaissance).toBe('2005-07-14');
    await workspace.deleteCandidates([(await sessionCandidates(workspace)).find((c) => c.numero === '102')!.id!]);
    await user.click(screen.getByRole('button', { name: 'Ajouter un candidat' }));
    const again = screen.getByRole('dialog', { name: 'Ajouter un candidat' });
    await user.type(within(again).getByLabelText('Numéro de candidat'), '102');
    await user.type(within(again).getByLabelText('Nom'), 'Durand');
    await user.type(within(again).getByLabelText('Prénom'), 'Inès');
    await user.type(within(again).getByLabelText('Date de naissance (facultatif)'), '2005-07-14');
    await user.selectOptions(within(again).getByLabelText('Établissement'), 'CFA Aspect (Toulouse)');
    await user.selectOptions(within(again).getByLabelText('Statut'), 'Apprenti');
    await user.type(within(again).getByLabelText('Langue vivante'), 'Espagnol');
    await user.click(within(again).getByRole('button', { name: 'Ajouter' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Ajouter un candidat' })).not.toBeInTheDocument());
    const stored = (await sessionCandidates(workspace)).find((c) => c.numero === '102');
    expect(stored).toMatchObject({
      nom: 'Durand',
      prenom: 'Inès',
      dateNaissance: '2005-07-14',
      etablissementId: etab,
      statut: 'apprenti',
      langueVivante: 'Espagnol',
      optionalUnits: [],
      formOverrides: {},
    });
    expect(workspace.notice).toEqual({ kind: 'info', text: 'Candidat Durand Inès ajouté.' });
  });

  it('closes the add dialog with Escape or Annuler without writing anything', async () => {
    const user = userEvent.setup();
    const workspace = await sessionWorkspace();
    render(CandidatesGrid, { workspace });
    const open = screen.getByRole('button', { name: 'Ajouter un candidat' });

    await user.click(open);
    await user.type(screen.getByLabelText('Numéro de candidat'), '7');
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(open).toHaveFocus());

    await user.click(open);
    expect(screen.getByLabelText('Numéro de candidat')).toHaveValue(''); // a fresh form each time
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await sessionCandidates(workspace)).toHaveLength(0);
  });

  it('deletes the selected candidates and their marks after confirmation; undo brings them back', async () => {
    const user = userEvent.setup();
    const workspace = await sessionWorkspace();
    const a = (await workspace.addCandidate(candidate('1', 'Alpha')))!;
    const b = (await workspace.addCandidate(candidate('2', 'Bravo')))!;
    const c = (await workspace.addCandidate(candidate('3', 'Charlie')))!;
    expect(await workspace.setMark(a, 'E1', numberMark(1250))).toBe(true);
    const { container } = render(CandidatesGrid, { workspace });
    await waitFor(() => expect(rowCell(container, c, 'nom')).toHaveTextContent('Charlie'));

    const remove = screen.getByRole('button', { name: /^Supprimer la sélection/ });
    expect(remove).toBeDisabled();
    await user.click(rowCheckbox(container, a));
    await user.click(rowCheckbox(container, b));
    await waitFor(() => expect(remove).toBeEnabled());
    expect(remove).toHaveAccessibleName('Supprimer la sélection (2)');

    // Cancelling keeps everything.
    await user.click(remove);
    let confirm = screen.getByRole('dialog', { name: 'Supprimer les candidats' });
    expect(confirm).toHaveAccessibleDescription('Supprimer les 2 candidats sélectionnés ? Leurs notes seront supprimées aussi.');
    expect(within(confirm).getByRole('button', { name: 'Annuler' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await sessionCandidates(workspace)).toHaveLength(3);

    await user.click(remove);
    confirm = screen.getByRole('dialog', { name: 'Supprimer les candidats' });
    await user.click(within(confirm).getByRole('button', { name: 'Supprimer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    expect((await sessionCandidates(workspace)).map((x) => x.nom)).toEqual(['Charlie']);
    expect((await candidateMarkRows(workspace.db, a)).length).toBe(0);
    await waitFor(() => expect(rowCell(container, a, 'nom')).toBeNull());
    expect(remove).toBeDisabled();
    // The focus does not fall back to the page (the delete button is disabled now): it comes back to the grid, on the
    // row now where the deletion was asked (Ctrl+Z there puts the candidates back: tests/e2e/candidates-entry.test.ts).
    await waitFor(() => expect(document.activeElement?.closest('.ag-row')?.getAttribute('row-id')).toBe(String(c)));
    expect(document.activeElement).toHaveClass('ag-cell');
    expect(workspace.undo?.label).toBe('2 candidats supprimés');

    await workspace.undo!.run();
    expect((await sessionCandidates(workspace)).map((x) => x.nom)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    expect((await getMark(workspace.db, a, 'E1'))?.value).toEqual(numberMark(1250));
    await waitFor(() => expect(rowCell(container, a, 'nom')).toHaveTextContent('Alpha'));
    expect(workspace.undo).toBeNull();
  });

  it('offers « Annuler » only with the notice of what it undoes: gone once another action is said', async () => {
    const workspace = await sessionWorkspace();
    const a = (await workspace.addCandidate(candidate('1', 'Alpha')))!;
    await workspace.deleteCandidates([a]);
    expect(workspace.notice?.text).toBe('1 candidat supprimé, avec ses notes.');
    expect(workspace.undo?.label).toBe('1 candidat supprimé');
    expect(await workspace.addEtablissement({ name: 'Lycée Test', uai: '', city: '', type: 'public' })).toBeDefined();
    expect(workspace.notice?.text).toBe('Établissement Lycée Test ajouté.');
    // Next to it, « Annuler : 1 candidat supprimé » would read as undoing the établissement.
    expect(workspace.undo).toBeNull();
  });

  it('names the candidate when exactly one is to be deleted', async () => {
    const user = userEvent.setup();
    const workspace = await sessionWorkspace();
    const a = (await workspace.addCandidate(candidate('1', 'Alpha')))!;
    const { container } = render(CandidatesGrid, { workspace });
    await waitFor(() => expect(rowCell(container, a, 'nom')).not.toBeNull());

    await user.click(rowCheckbox(container, a));
    await user.click(await screen.findByRole('button', { name: 'Supprimer la sélection (1)' }));
    expect(screen.getByRole('dialog', { name: 'Supprimer le candidat' })).toHaveAccessibleDescription(
      'Supprimer le candidat Alpha Léa (1) ? Ses notes seront supprimées aussi.',
    );
  });

  it('sets the form of assessment of the one selected candidate', async () => {
    const user = userEvent.setup();
    const workspace = await sessionWorkspace();
    const etab = await workspace.addEtablissement({ uai: '', name: 'Lycée Déodat', city: '', type: 'public' });
    const a = (await workspace.addCandidate(candidate('1', 'Alpha', { etablissementId: etab! })))!;
    const b = (await workspace.addCandidate(candidate('2', 'Bravo', { etablissementId: etab! })))!;
    const { container } = render(CandidatesGrid, { workspace });
    await waitFor(() => expect(rowCell(container, b, 'nom')).not.toBeNull());

    expect(screen.queryByRole('region', { name: /Forme des épreuves/ })).not.toBeInTheDocument();
    await user.click(rowCheckbox(container, a));
    const panel = await screen.findByRole('region', { name: 'Forme des épreuves — Alpha Léa' });
    // Units that may be CCF (E1, E3, E5 may not; no optional unit chosen).
    const selects = within(panel).getAllByRole('combobox');
    expect(selects.map((s) => s.getAttribute('id')?.split('-form-')[1])).toEqual(['E21', 'E22', 'E4', 'U61', 'U62']);
    const e4 = within(panel).getByLabelText(/^E4 — /);
    expect(within(e4).getByRole('option', { name: 'Par défaut (CCF)' })).toBeInTheDocument();

    await user.selectOptions(e4, 'Ponctuel');
    await waitFor(async () => expect((await workspace.db.candidates.get(a))?.formOverrides).toEqual({ E4: 'ponctuel' }));
    await waitFor(() => expect(rowCell(container, a, 'ccf')).toHaveTextContent('E21, E22, U61, U62'));

    await user.selectOptions(e4, 'Par défaut (CCF)');
    await waitFor(async () => expect((await workspace.db.candidates.get(a))?.formOverrides).toEqual({}));

    // Two selected: no panel.
    await user.click(rowCheckbox(container, b));
    await waitFor(() => expect(screen.queryByRole('region', { name: /Forme des épreuves/ })).not.toBeInTheDocument());
  });

  it('offers nothing to add while no session is open', async () => {
    const workspace = await emptyWorkspace();
    render(CandidatesGrid, { workspace });

    expect(screen.getByRole('button', { name: 'Ajouter un candidat' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Supprimer la sélection' })).toBeDisabled();
  });
});
