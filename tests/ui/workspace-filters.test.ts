// What the user selected and searched belongs to the session and the rows they see: a search typed in one
// session does not carry over into the next one, and the explanation panel follows the visible rows.
import { describe, expect, it, vi } from 'vitest';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import { candidateFields as candidate, sessionWorkspace } from './workspace-helpers.ts';
import { juryWorkspace } from './jury-helpers.ts';
import { AT_CONTROLE } from '../../src/ui/state/workspace.svelte.ts';

describe('workspace filters and selection', () => {
  it('resets the search, the filters and the selection when another session is opened', async () => {
    const workspace = await sessionWorkspace();
    const first = workspace.openSessionId!;
    await workspace.addCandidate(candidate('0001', 'Dupont'));
    await vi.waitFor(() => expect(workspace.views).toHaveLength(1));
    workspace.filters.search = 'Dupont';
    workspace.filters.decision = 'ADMIS';
    workspace.candidateFilters.search = 'Dup';
    expect(workspace.candidateViews.map((v) => v.candidate.nom)).toEqual(['Dupont']);
    workspace.selectedCandidateId = workspace.views[0]!.id;

    await workspace.createSession({ name: 'BTS CCST 2026', academie: 'Toulouse', year: 2026, presetId: btsCcst2024.id, depositDeadline: null });
    await vi.waitFor(() => expect(workspace.openSessionId).not.toBe(first));
    expect([workspace.filters.search, workspace.filters.etablissementId, workspace.filters.decision]).toEqual(['', null, null]);
    expect([workspace.candidateFilters.search, workspace.candidateFilters.etablissementId]).toEqual(['', null]);
    expect(workspace.selectedCandidateId).toBeNull();
  });

  it('the Candidats tab filters by its own search and établissement, and the notes tab keeps its own', async () => {
    const workspace = await sessionWorkspace();
    await workspace.addCandidate(candidate('0001', 'Dupont'));
    await workspace.addCandidate(candidate('0002', 'Martin'));
    await vi.waitFor(() => expect(workspace.views).toHaveLength(2));
    workspace.candidateFilters.search = 'MARTIN';
    expect(workspace.candidateViews.map((v) => v.candidate.nom)).toEqual(['Martin']);
    expect(workspace.visibleViews).toHaveLength(2);
    workspace.candidateFilters.search = '0001';
    expect(workspace.candidateViews.map((v) => v.candidate.nom)).toEqual(['Dupont']);
    workspace.candidateFilters.search = '';
    workspace.candidateFilters.etablissementId = 999;
    expect(workspace.candidateViews).toEqual([]);
  });

  it('a candidate added in the Candidats tab while a search hides them stays shown until the search changes', async () => {
    const workspace = await sessionWorkspace();
    await workspace.addCandidate(candidate('0001', 'Dupont'));
    await vi.waitFor(() => expect(workspace.views).toHaveLength(1));
    workspace.candidateFilters.search = 'Dup';
    await workspace.addCandidate(candidate('0002', 'Martin'));
    await vi.waitFor(() => expect(workspace.views).toHaveLength(2));
    // The row just typed does not match « Dup »: it is not hidden from the person who typed it.
    expect(workspace.candidateViews.map((v) => v.candidate.nom)).toEqual(['Dupont', 'Martin']);
    workspace.candidateFilters.search = 'Du';
    expect(workspace.candidateViews.map((v) => v.candidate.nom)).toEqual(['Dupont']);
    workspace.candidateFilters.search = 'Dup';
    expect(workspace.candidateViews.map((v) => v.candidate.nom)).toEqual(['Dupont']);
  });

  it('a candidate whose mark is typed under a decision filter stays shown once the decision changes, until the filters change', async () => {
    const workspace = await sessionWorkspace();
    await workspace.addCandidate(candidate('0001', 'Dupont'));
    await workspace.addCandidate(candidate('0002', 'Martin'));
    await vi.waitFor(() => expect(workspace.views).toHaveLength(2));
    workspace.filters.decision = 'INCOMPLET';
    const dupont = workspace.views.find((v) => v.candidate.nom === 'Dupont')!.id;
    for (const unit of btsCcst2024.units.filter((u) => u.domain !== 'optional')) {
      expect(await workspace.setMark(dupont, unit.code, { kind: 'number', hundredths: 1200 })).toBe(true);
    }
    await vi.waitFor(() => expect(workspace.views.find((v) => v.id === dupont)!.result.decision).toBe('ADMIS'));
    // The row typed in does not vanish under the cursor (the next mark would go to Martin).
    expect(workspace.visibleViews.map((v) => [v.candidate.nom, v.result.decision])).toEqual([
      ['Dupont', 'ADMIS'],
      ['Martin', 'INCOMPLET'],
    ]);
    expect(workspace.counts.ADMIS).toBe(1);
    workspace.filters.decision = null;
    workspace.filters.decision = 'INCOMPLET';
    expect(workspace.visibleViews.map((v) => v.candidate.nom)).toEqual(['Martin']);
  });

  it('empties the explanation panel when a filter hides the selected candidate, and shows them again when it is lifted', async () => {
    const workspace = await sessionWorkspace();
    await workspace.addCandidate(candidate('0001', 'Dupont'));
    await workspace.addCandidate(candidate('0002', 'Martin'));
    await vi.waitFor(() => expect(workspace.views).toHaveLength(2));
    const dupont = workspace.views.find((v) => v.candidate.nom === 'Dupont')!;
    workspace.selectedCandidateId = dupont.id;
    expect(workspace.selectedVisible?.id).toBe(dupont.id);
    workspace.filters.search = 'Martin';
    expect(workspace.selectedVisible).toBeNull();
    workspace.filters.search = '';
    expect(workspace.selectedVisible?.id).toBe(dupont.id);
  });
});

describe('the decision filter « Autorisés au contrôle »', () => {
  it('finds the candidates authorised to the épreuve de contrôle whatever its outcome, where « Épreuve de contrôle » loses those with their marks', async () => {
    const { workspace } = await juryWorkspace([
      { numero: '0001', nom: 'Admis', base: '12' },
      { numero: '0002', nom: 'Passe', marks: { E1: '6', E3: '8' }, controle: { E1: '12' } }, // 9,28 → contrôle → 10,00 admis
      { numero: '0003', nom: 'Attend', marks: { E1: '6', E3: '8' } }, // 9,28, no contrôle mark yet
    ]);
    workspace.filters.decision = 'CONTROLE';
    expect(workspace.visibleViews.map((v) => v.candidate.nom)).toEqual(['Attend']);
    workspace.filters.decision = AT_CONTROLE;
    expect(workspace.visibleViews.map((v) => [v.candidate.nom, v.result.decision])).toEqual([
      ['Passe', 'ADMIS'],
      ['Attend', 'CONTROLE'],
    ]);
  });
});
