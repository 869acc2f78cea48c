// Candidates as a teacher enters them (component tests; typing in the grid's cells is in tests/e2e/candidates-entry):
// a candidate « numéro à venir » shown so, rows pasted on the grid handed over to the import, and the import
// preview started from pasted text, which gives a number to a recognised candidate only once accepted.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { listCandidates } from '../../src/db/candidates.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import type { Candidate } from '../../src/domain/session.ts';
import type { ImportPlan } from '../../src/io/import/types.ts';
import { pastedTable } from '../../src/io/import/paste.ts';
import CandidatesGrid from '../../src/ui/CandidatesGrid.svelte';
import ImportWizard from '../../src/ui/import/ImportWizard.svelte';
import type { Workspace } from '../../src/ui/state/workspace.svelte.ts';
import { candidateFields, sessionWorkspace } from './workspace-helpers.ts';

function candidate(numero: string, nom: string, prenom: string, dateNaissance: string | null): Omit<Candidate, 'id' | 'sessionId'> {
  return { numero, nom, prenom, dateNaissance, etablissementId: null, statut: 'scolaire', langueVivante: '', optionalUnits: [], formOverrides: {} };
}

/** The import preview of rows pasted on the grid (what the Candidats screen opens on Ctrl+V). */
function renderPasted(workspace: Workspace, text: string) {
  render(ImportWizard, {
    props: {
      snapshot: workspace.snapshot()!,
      target: 'BTS CCST 2025',
      pasted: { bytes: new TextEncoder().encode(text), name: 'collage' },
      apply: (plan: ImportPlan, fileName: string, onProgress: (done: number, total: number) => void) => workspace.applyImport(plan, fileName, onProgress),
      onclose: () => {},
    },
  });
}

describe('candidates « numéro à venir » and pasted rows', () => {
  it('shows « numéro à venir » in the grid and hands rows pasted on it to the import', async () => {
    const workspace = await sessionWorkspace();
    const id = await workspace.addCandidate(candidate('', 'Zola', 'Émile', '2005-04-02'));
    const onpaste = vi.fn();
    const { container } = render(CandidatesGrid, { workspace, onpaste });
    const numero = () => container.querySelector(`.ag-row[row-id="${id}"] .ag-cell[col-id="numero"]`);
    await waitFor(() => expect(numero()).toHaveTextContent('numéro à venir'));
    expect(container.querySelector('.ag-row-pinned .ag-cell[col-id="nom"]')).toHaveTextContent('+ ajouter…');

    const cell = container.querySelector<HTMLElement>(`.ag-row[row-id="${id}"] .ag-cell[col-id="statut"]`)!;
    const paste = (text: string) => fireEvent.paste(cell, { clipboardData: { getData: () => text } });
    await paste('12,5'); // one value: not a block of rows
    expect(onpaste).not.toHaveBeenCalled();
    await paste('0299999\tZola\tÉmile\t02/04/2005\n');
    expect(onpaste).toHaveBeenCalledWith('0299999\tZola\tÉmile\t02/04/2005\n');
  });

  it('previews pasted rows like a file, and gives the number to the recognised candidate only once accepted', async () => {
    const user = userEvent.setup();
    const workspace = await sessionWorkspace();
    const id = await workspace.addCandidate(candidate('', 'Zola', 'Émile', '2005-04-02'));
    await waitFor(() => expect(workspace.candidates).toHaveLength(1));
    const text = pastedTable('0299999\tZOLA\tEmile\t02/04/2005\n', btsCcst2024);
    renderPasted(workspace, text);
    await screen.findByRole('heading', { name: '1. Lecture des lignes collées' });
    const preview = screen.getByRole('region', { name: 'Aperçu ligne par ligne' });
    expect(within(preview).getByText(/cochez « Donner leur numéro aux candidats reconnus »/)).toBeInTheDocument();
    expect(screen.getByText('Rien à importer : toutes les lignes sont en erreur.')).toBeInTheDocument();

    await user.click(screen.getByLabelText('Donner leur numéro aux candidats reconnus'));
    expect(within(preview).getByText('rattaché (numéro à venir)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    await screen.findByText(/Import appliqué/);
    const stored = await listCandidates(workspace.db, workspace.openSessionId!);
    expect(stored.map((c) => [c.id, c.numero, c.nom])).toEqual([[id, '0299999', 'Zola']]);
  });
});

describe('the preview of pasted rows', () => {
  it('says the rows were pasted, asks for no file nor encoding, and brings the focus to « Importer » once the preview shows it', async () => {
    const user = userEvent.setup();
    const workspace = await sessionWorkspace();
    await waitFor(() => expect(workspace.snapshot()).not.toBeNull());
    renderPasted(workspace, pastedTable('0299999\tZola\tÉmile\t02/04/2005\n', btsCcst2024));
    const title = screen.getByRole('heading', { name: 'Importer les lignes collées dans « BTS CCST 2025 »' });
    // The grid the rows were pasted in is hidden while the wizard is open: the focus is not left behind there.
    expect(title).toHaveFocus();
    await screen.findByRole('heading', { name: '1. Lecture des lignes collées' });
    expect(screen.queryByText(/Choisir un fichier CSV/)).not.toBeVisible();
    expect(screen.queryByLabelText('Encodage')).toBeNull();
    expect(screen.queryByLabelText('Séparateur')).toBeNull();
    const button = await screen.findByRole('button', { name: 'Importer' });
    await waitFor(() => expect(button).toHaveFocus());
    expect(screen.getByText(/1 ligne/).closest('.footer')).toContainElement(button);

    await user.keyboard('{Enter}');
    await screen.findByText(/Import appliqué/);
    const stored = await listCandidates(workspace.db, workspace.openSessionId!);
    expect(stored.map((c) => [c.numero, c.nom])).toEqual([['0299999', 'Zola']]);
  });

  it('closes on « Annuler » while the rows are read: there is no file to choose again, nothing is written', async () => {
    // A worker that never answers: the reading is still running when « Annuler » is clicked.
    const terminated: boolean[] = [];
    class SilentWorker {
      onmessage: unknown = null;
      onerror: unknown = null;
      readonly index = terminated.push(false) - 1;
      postMessage() {}
      terminate() {
        terminated[this.index] = true;
      }
    }
    vi.stubGlobal('Worker', SilentWorker);
    try {
      const user = userEvent.setup();
      const workspace = await sessionWorkspace();
      await waitFor(() => expect(workspace.snapshot()).not.toBeNull());
      const onclose = vi.fn();
      render(ImportWizard, {
        props: {
          snapshot: workspace.snapshot()!,
          target: 'BTS CCST 2025',
          pasted: { bytes: new TextEncoder().encode(pastedTable('0299999\tZola\tÉmile\t02/04/2005\n', btsCcst2024)), name: 'collage' },
          apply: () => Promise.resolve(true),
          onclose,
        },
      });
      await screen.findByRole('progressbar');
      await user.click(screen.getByRole('button', { name: 'Annuler' }));
      expect(onclose).toHaveBeenCalledOnce();
      expect(terminated).toEqual([true]);
      expect(await listCandidates(workspace.db, workspace.openSessionId!)).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('a class list pasted without numbers', () => {
  it('in a session with candidates, is refused until « Ajouter les lignes sans numéro » is ticked, then creates the candidates « numéro à venir »', async () => {
    const user = userEvent.setup();
    const workspace = await sessionWorkspace();
    // (In a session without candidates yet the box is ticked from the start: import-wizard.test.ts.)
    await workspace.addCandidate(candidateFields('0012', 'Hugo'));
    await waitFor(() => expect(workspace.snapshot()?.candidates).toHaveLength(1));
    const text = pastedTable('Zola\tÉmile\t02/04/2005\nSand\tGeorge\t01/07/2004\n', btsCcst2024);
    renderPasted(workspace, text);
    const group = await screen.findByRole('group', { name: 'Lignes sans numéro de candidat' });
    expect(group).toHaveTextContent('2 lignes n’ont pas de numéro de candidat. Sans votre accord, elles restent en erreur.');
    expect(screen.getByText('Rien à importer : toutes les lignes sont en erreur.')).toBeInTheDocument();

    await user.click(within(group).getByLabelText('Ajouter les lignes sans numéro (numéro à venir)'));
    await waitFor(() => expect(group).toHaveTextContent('Chacune devient un candidat « numéro à venir »'));
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    await screen.findByText(/Import appliqué/);
    const stored = await listCandidates(workspace.db, workspace.openSessionId!);
    expect(stored.map((c) => [c.numero, c.nom, c.prenom, c.dateNaissance]).sort()).toEqual([
      ['', 'Sand', 'George', '2004-07-01'],
      ['', 'Zola', 'Émile', '2005-04-02'],
      ['0012', 'Hugo', 'Léa', null],
    ]);
  });
});

describe('the add dialog', () => {
  it('adds a candidate « numéro à venir » when the box is ticked (the number field goes away)', async () => {
    const user = userEvent.setup();
    const workspace = await sessionWorkspace();
    render(CandidatesGrid, { workspace });
    await user.click(screen.getByRole('button', { name: 'Ajouter un candidat' }));
    const dialog = screen.getByRole('dialog', { name: 'Ajouter un candidat' });
    await user.click(within(dialog).getByLabelText(/^Numéro à venir/));
    expect(within(dialog).queryByLabelText('Numéro de candidat')).not.toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Nom'), 'Zola');
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await listCandidates(workspace.db, workspace.openSessionId!)).map((c) => [c.numero, c.nom])).toEqual([['', 'Zola']]);
  });
});
