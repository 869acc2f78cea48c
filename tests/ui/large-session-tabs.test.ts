// The Jury and evaluation-grid tabs of a session of more than 2,000 candidates: lists grow 200 rows at a time and a
// candidate is typed, not picked in a list of every name (at 50,000 candidates, drawing it all held the Jury tab 13 s).
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { createSessionWithContent } from '../../src/db/sessions.ts';
import { setSetting } from '../../src/db/settings.ts';
import { countOf, formatCount } from '../../src/domain/count.ts';
import { nearThresholds } from '../../src/domain/jury-stats.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import DocumentsView from '../../src/ui/DocumentsView.svelte';
import EvaluationsView from '../../src/ui/evaluations/EvaluationsView.svelte';
import { PDF_PAGES_MAX } from '../../src/io/pdf/limits.ts';
import JuryView from '../../src/ui/jury/JuryView.svelte';
import LivretView from '../../src/ui/livret/LivretView.svelte';
import type { ExampleSession } from '../../src/sample/example-session.ts';
import { Workspace } from '../../src/ui/state/workspace.svelte.ts';
import { asRead } from './read-text.ts';
import { largeSession } from './large-session.ts';

const WAIT = { timeout: 60_000 };

describe('the tabs of a large session', () => {
  it('draws 200 rows of each list at a time, and finds the candidate typed by numero or name', async () => {
    const workspace = await largeWorkspace();
    try {
      render(JuryView, { workspace });
      const user = userEvent.setup();

      // Near a threshold: more than 200 candidates; 200 drawn, then 200 more on demand.
      const nearTotal = nearThresholds(workspace.views, btsCcst2024, 50).length;
      expect(nearTotal).toBeGreaterThan(400);
      const near = screen.getByRole('table', { name: "Candidats dont la moyenne du 1er groupe est proche d'un seuil" });
      expect(within(near).getAllByRole('row')).toHaveLength(1 + 200);
      const nearSection = near.closest('section')!;
      expect(within(nearSection).getByText(/premiers sur/)).toHaveTextContent(asRead(`200 premiers sur ${formatCount(nearTotal)}`));
      await user.click(within(nearSection).getByRole('button', { name: 'Afficher 200 de plus' }));
      expect(within(near).getAllByRole('row')).toHaveLength(1 + 400);

      // The ajournés whose livret is not examined (D643-26): the count in the heading, 200 of them listed.
      const livretHeading = screen.getByRole('heading', { name: /Ajournés dont le livret n'a pas été examiné/ });
      const ajournes = workspace.views.filter((v) => v.result.decision === 'AJOURNE').length;
      expect(ajournes).toBeGreaterThan(200);
      expect(livretHeading).toHaveTextContent(asRead(`(${formatCount(ajournes)})`));
      expect(within(livretHeading.closest('section')!).getAllByRole('listitem')).toHaveLength(200);

      // No list of 2,210 names: the candidate is typed.
      expect(screen.queryByRole('combobox', { name: 'Candidat' })).toBeNull();
      const find = screen.getByRole('searchbox', { name: 'Candidat (numéro ou nom)' });
      const target = workspace.views[1234]!;
      await user.type(find, `${target.candidate.numero}{Enter}`);
      expect(workspace.selectedCandidateId).toBe(target.id);
      expect(screen.getByText(`n° ${target.candidate.numero}`, { exact: false })).toBeInTheDocument();

      // A name shared by several: they are listed (8 at most), and one is chosen with a click.
      const name = `${target.candidate.nom} ${target.candidate.prenom}`;
      const namesakes = workspace.filterViews(workspace.views, { search: name, etablissementId: null, decision: null });
      expect(namesakes.length).toBeGreaterThan(8);
      await user.clear(find);
      await user.type(find, `${name}{Enter}`);
      const status = screen.getByRole('status');
      expect(status).toHaveTextContent(asRead(`${countOf(namesakes.length, 'candidat correspond', 'candidats correspondent')} à « ${name} » ; les 8 premiers`));
      const choices = within(status).getAllByRole('button');
      expect(choices).toHaveLength(8);
      await user.click(choices[3]!);
      expect(workspace.selectedCandidateId).toBe(namesakes[3]!.id);

      await user.clear(find);
      await user.type(find, 'Zzyzx{Enter}');
      expect(screen.getByRole('status')).toHaveTextContent('Aucun candidat ne correspond à « Zzyzx ».');
      expect(workspace.selectedCandidateId).toBe(namesakes[3]!.id);
    } finally {
      workspace.stop();
      workspace.db.close();
    }
  });

  it('evaluation grids: the candidate of « Tous les établissements » is typed, the grid follows', async () => {
    const workspace = await largeWorkspace();
    try {
      render(EvaluationsView, { workspace });
      const user = userEvent.setup();
      const total = workspace.candidates.length;
      expect(await screen.findByRole('option', { name: `Tous les établissements — ${formatCount(total)}` })).toBeInTheDocument();
      expect(screen.queryByRole('combobox', { name: /^Candidat 1 sur/ })).toBeNull();
      const find = screen.getByRole('searchbox', { name: `Candidat 1 sur ${formatCount(total)} (numéro ou nom)` });
      const target = workspace.views[1500]!.candidate;
      await user.type(find, `${target.numero}{Enter}`);
      expect(await screen.findByRole('heading', { level: 3, name: new RegExp(`n° ${target.numero}`) })).toBeInTheDocument();

      // 2,210 filled grids in one PDF: refused before anything is drawn, saying how to do it instead.
      await user.click(screen.getByRole('button', { name: 'Grilles remplies (PDF)' }));
      expect(screen.getByRole('alert')).toHaveTextContent(
        asRead(
          `${formatCount(total)} grilles en un seul fichier, c'est trop : au plus ${formatCount(PDF_PAGES_MAX)} par PDF (une grille par page). Choisissez une classe`,
        ),
      );
    } finally {
      workspace.stop();
      workspace.db.close();
    }
  });

  it('livret scolaire: in a class of 2,210 candidates, the candidate is typed, not picked in a list of every name', async () => {
    // Every candidate in one établissement: one class (as a file without établissements gives at 50,000 candidates).
    const workspace = await largeWorkspace((content) => ({ ...content, candidates: content.candidates.map((c) => ({ ...c, etablissementRef: 0 })) }));
    try {
      render(LivretView, { workspace });
      const user = userEvent.setup();
      const total = workspace.candidates.length;
      const school = workspace.etablissements.find((e) => workspace.candidates.some((c) => c.etablissementId === e.id))!;
      expect(await screen.findByRole('option', { name: `${school.name} (${formatCount(total)})` }, WAIT)).toBeInTheDocument();
      expect(screen.queryByRole('combobox', { name: /^Candidat/ })).toBeNull();
      const target = workspace.views[1700]!.candidate;
      await user.type(screen.getByRole('searchbox', { name: 'Candidat (numéro ou nom)' }), `${target.numero}{Enter}`);
      expect(await screen.findByText(`N° ${target.numero}`, { exact: false })).toBeInTheDocument();
      expect(screen.getByRole('heading', { name: `Livret scolaire de ${target.nom} ${target.prenom}` })).toBeInTheDocument();
    } finally {
      workspace.stop();
      workspace.db.close();
    }
  });
});

describe('the documents of a large session', () => {
  it('refuses 2,210 relevés in one PDF before drawing any, saying to filter the notes tab', async () => {
    const workspace = await largeWorkspace();
    try {
      render(DocumentsView, { workspace, regulation: btsCcst2024, ongo: () => undefined });
      const user = userEvent.setup();
      await user.click(screen.getByRole('button', { name: 'Relevés de notes (PDF)' }));
      expect(screen.getByRole('alert')).toHaveTextContent(
        asRead(
          `${formatCount(workspace.visibleViews.length)} relevés en un seul fichier, c'est trop : au plus ${formatCount(PDF_PAGES_MAX)} par PDF (un relevé par page). Filtrez l'onglet des notes`,
        ),
      );
      expect(screen.getByRole('status')).toHaveTextContent('');
    } finally {
      workspace.stop();
      workspace.db.close();
    }
  });
});

/** A started workspace on a new database holding the example session 13 times (2,210 candidates), every row built. */
async function largeWorkspace(change: (content: ExampleSession) => ExampleSession = (content) => content): Promise<Workspace> {
  const db = openDatabase(`test-large-tabs-${Date.now()}-${Math.random()}`);
  const content = change(largeSession(13));
  const sessionId = await createSessionWithContent(db, content);
  await setSetting(db, 'openSessionId', sessionId);
  const workspace = new Workspace(db);
  await workspace.start();
  await vi.waitFor(() => expect(workspace.loading || workspace.views.length !== content.candidates.length).toBe(false), WAIT);
  return workspace;
}
