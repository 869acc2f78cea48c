// Component tests of the établissements' grid: the add dialog and its checks, the candidate count,
// and deletion after confirmation, refused by the database while candidates remain.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { sessionWorkspace } from './workspace-helpers.ts';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { listEtablissements } from '../../src/db/etablissements.ts';
import EtablissementsGrid from '../../src/ui/EtablissementsGrid.svelte';
import type { Workspace } from '../../src/ui/state/workspace.svelte.ts';

const sessionEtablissements = (workspace: Workspace) => listEtablissements(workspace.db, workspace.openSessionId!);

function rowCell(container: HTMLElement, id: number, colId: string): HTMLElement | null {
  return container.querySelector<HTMLElement>(`.ag-row[row-id="${id}"] .ag-cell[col-id="${colId}"]`);
}

function rowCheckbox(container: HTMLElement, id: number): HTMLInputElement {
  const box = container.querySelector<HTMLInputElement>(`.ag-row[row-id="${id}"] input[type="checkbox"]`);
  if (!box) throw new Error(`no selection checkbox for row ${id}`);
  return box;
}

describe('EtablissementsGrid', () => {
  it('lists the établissements with their type label and number of candidates', async () => {
    const workspace = await sessionWorkspace();
    const lycee = (await workspace.addEtablissement({ uai: '0310044E', name: 'Lycée Déodat', city: 'Toulouse', type: 'public' }))!;
    const cfa = (await workspace.addEtablissement({ uai: '', name: 'CFA Aspect', city: 'Toulouse', type: 'cfa_habilite' }))!;
    for (const numero of ['1', '2']) {
      await workspace.addCandidate({
        numero,
        nom: `Candidat ${numero}`,
        prenom: '',
        dateNaissance: null,
        etablissementId: lycee,
        statut: 'scolaire',
        langueVivante: '',
        optionalUnits: [],
        formOverrides: {},
      });
    }
    const { container } = render(EtablissementsGrid, { workspace });

    await waitFor(() => expect(rowCell(container, lycee, 'candidates')).toHaveTextContent('2'));
    expect(rowCell(container, lycee, 'uai')).toHaveTextContent('0310044E');
    expect(rowCell(container, lycee, 'type')).toHaveTextContent('Public');
    expect(rowCell(container, cfa, 'type')).toHaveTextContent('CFA habilité');
    expect(rowCell(container, cfa, 'candidates')).toHaveTextContent('0');
  });

  it('adds an établissement through the dialog, after checking the UAI', async () => {
    const user = userEvent.setup();
    const workspace = await sessionWorkspace();
    await workspace.addEtablissement({ uai: '0310044E', name: 'Lycée Déodat', city: 'Toulouse', type: 'public' });
    render(EtablissementsGrid, { workspace });

    await user.click(screen.getByRole('button', { name: 'Ajouter un établissement' }));
    const dialog = screen.getByRole('dialog', { name: 'Ajouter un établissement' });
    const uai = within(dialog).getByLabelText('Code UAI (facultatif)');
    expect(uai).toHaveFocus();

    await user.type(uai, '12345');
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter' }));
    expect(within(dialog).getByText(/Le code UAI « 12345 » n'est pas valide/)).toBeInTheDocument();
    expect(within(dialog).getByText("Le nom de l'établissement est obligatoire.")).toBeInTheDocument();

    await user.clear(uai);
    await user.type(uai, '0310044e');
    await user.type(within(dialog).getByLabelText('Nom'), 'Autre lycée');
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter' }));
    expect(within(dialog).getByText("Le code UAI « 0310044E » est déjà celui de l'établissement Lycée Déodat.")).toBeInTheDocument();

    await user.clear(uai);
    await user.type(uai, '0312746x');
    await user.type(within(dialog).getByLabelText('Ville'), 'Toulouse');
    await user.selectOptions(within(dialog).getByLabelText('Type'), 'GRETA');
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const added = (await sessionEtablissements(workspace)).find((e) => e.name === 'Autre lycée');
    expect(added).toMatchObject({ uai: '0312746X', city: 'Toulouse', type: 'greta' });
    // Its check letter is not its digits' (S): stored as typed, and said under the grid, the cell marked.
    expect(
      screen.getByText(
        'Le code UAI « 0312746X » semble mal recopié : avec les chiffres 0312746, la lettre de contrôle est S. Vérifiez-le (il est enregistré tel quel).',
      ),
    ).toHaveAttribute('role', 'alert');
    await waitFor(() => expect(rowCell(document.body, added!.id!, 'uai')).toHaveClass('uai-doubt'));
    expect(rowCell(document.body, (await sessionEtablissements(workspace)).find((e) => e.uai === '0310044E')!.id!, 'uai')).not.toHaveClass('uai-doubt');
  });

  it('deletes the selected établissement after confirmation', async () => {
    const user = userEvent.setup();
    const workspace = await sessionWorkspace();
    const id = (await workspace.addEtablissement({ uai: '', name: 'Lycée vide', city: '', type: 'public' }))!;
    const { container } = render(EtablissementsGrid, { workspace });
    await waitFor(() => expect(rowCell(container, id, 'name')).toHaveTextContent('Lycée vide'));

    const remove = screen.getByRole('button', { name: 'Supprimer' });
    expect(remove).toBeDisabled();
    await user.click(rowCheckbox(container, id));
    await waitFor(() => expect(remove).toBeEnabled());

    await user.click(remove);
    const confirm = screen.getByRole('dialog', { name: 'Supprimer l’établissement' });
    expect(confirm).toHaveAccessibleDescription('Supprimer l’établissement « Lycée vide » ? Cette suppression ne peut pas être annulée.');
    await user.click(within(confirm).getByRole('button', { name: 'Supprimer' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await sessionEtablissements(workspace)).toHaveLength(0);
    await waitFor(() => expect(rowCell(container, id, 'name')).toBeNull());
    expect(remove).toBeDisabled();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ajouter un établissement' })).toHaveFocus());
  });

  it('keeps an établissement that still has candidates, and says why under the grid before any confirmation', async () => {
    const user = userEvent.setup();
    const workspace = await sessionWorkspace();
    const id = (await workspace.addEtablissement({ uai: '', name: 'Lycée Déodat', city: '', type: 'public' }))!;
    await workspace.addCandidate({
      numero: '1',
      nom: 'Martin',
      prenom: 'Léa',
      dateNaissance: null,
      etablissementId: id,
      statut: 'scolaire',
      langueVivante: '',
      optionalUnits: [],
      formOverrides: {},
    });
    const { container } = render(EtablissementsGrid, { workspace });
    await waitFor(() => expect(rowCell(container, id, 'candidates')).toHaveTextContent('1'));

    await user.click(rowCheckbox(container, id));
    await user.click(await screen.findByRole('button', { name: 'Supprimer' }));
    // Said at once under the grid, with what to do: no confirmation that could only be refused.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(container.querySelector('.grid-screen-refusal')).toHaveTextContent(
      "Impossible de supprimer l'établissement Lycée Déodat : 1 candidat y est encore rattaché. Rattachez-le à un autre établissement (onglet « Candidats ») ou supprimez-le d’abord.",
    );
    expect(await sessionEtablissements(workspace)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Supprimer' })).toBeEnabled(); // still selected
  });
});
