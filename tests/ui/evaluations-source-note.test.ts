// The grid screen of a regulation whose grids are carried over from another circular (preset 2025: the 2024
// circular's texts under the 2025 numbers): the grid says so under its title, in words, not in a tooltip. The
// 2024 grids, which carry no such note, show none.
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { addCandidate } from '../../src/db/candidates.ts';
import { addEtablissement } from '../../src/db/etablissements.ts';
import { btsCcst2025 } from '../../src/domain/presets/index.ts';
import EvaluationsView from '../../src/ui/evaluations/EvaluationsView.svelte';
import { teacherChoice } from '../../src/ui/evaluations/evaluations.svelte.ts';
import type { Workspace } from '../../src/ui/state/workspace.svelte.ts';
import { candidateData, etablissementData } from '../db/helpers.ts';
import { emptyWorkspace, sessionWorkspace } from './workspace-helpers.ts';

const NOTE_E5_CCF =
  'Grille de la session 2024 (annexe 10 de la circulaire 2024) reprise avec la numérotation 2025 : à vérifier sur la circulaire de la session.';

/** One scolaire of a lycée (CCF) in the open session; the teacher mode on `unit`. */
async function showGrid(workspace: Workspace, unit: string): Promise<void> {
  const sessionId = workspace.openSessionId!;
  const lycee = await addEtablissement(workspace.db, etablissementData(sessionId, { name: 'LPO Déodat' }));
  await addCandidate(workspace.db, candidateData(sessionId, { numero: '0012', nom: 'Dupont', prenom: 'Léa', etablissementId: lycee }));
  await waitFor(() => expect(workspace.candidates).toHaveLength(1));
  Object.assign(teacherChoice, { sessionId: null, unit: '', choice: 'all', candidateId: null });
  render(EvaluationsView, { workspace });
  await fireEvent.change(await screen.findByLabelText('Épreuve'), { target: { value: unit } });
  await fireEvent.change(screen.getByLabelText('Classe (établissement)'), { target: { value: String(lycee) } });
  await screen.findByText('Grille d’aide à l’évaluation – Contrôle en cours de formation (CCF)');
}

describe('EvaluationsView — where the grid’s texts come from', () => {
  it('2025: the E5 CCF grid says, under its title, that its texts are the 2024 circular’s (annexe 10)', async () => {
    const workspace = await emptyWorkspace();
    expect(await workspace.createSession({ name: 'BTS CCST 2025', academie: 'Toulouse', year: 2025, presetId: btsCcst2025.id, depositDeadline: null })).toBe(
      true,
    );
    await showGrid(workspace, 'E5');
    const note = screen.getByText(NOTE_E5_CCF);
    expect(note).toBeVisible();
    expect(note.closest('header')).not.toBeNull();
    // Shown after the title, in the grid's header.
    const title = screen.getByText(/^EPREUVE E5 : CONCEPTION ET COMMERCIALISATION/);
    expect(title.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('2024: the E4 CCF grid shows its annexe and no such note', async () => {
    const workspace = await sessionWorkspace();
    await showGrid(workspace, 'E4');
    expect(screen.getByText('Annexe 10 de la circulaire')).toBeInTheDocument();
    expect(screen.queryByText(/circulaire 2024|à vérifier/)).toBeNull();
  });
});
