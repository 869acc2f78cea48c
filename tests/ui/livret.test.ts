// Component tests of the livret scolaire: one candidate's livret (marks and yearly averages, class averages,
// avis, PIX, appréciation, the chart's accessible name), the tab's statistics and cotation, read-only once the
// deliberation is closed, and the jury's « Livret » dialog.
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { closeDeliberation, closeFirstGroup, openDeliberation, setJuryMember } from '../../src/db/deliberation.ts';
import { saveLivret } from '../../src/db/livrets.ts';
import JuryView from '../../src/ui/jury/JuryView.svelte';
import LivretCandidate from '../../src/ui/livret/LivretCandidate.svelte';
import LivretView from '../../src/ui/livret/LivretView.svelte';
import { LivretState } from '../../src/ui/livret/livret.svelte.ts';
import { hasUnsavedDrafts } from '../../src/ui/state/unsaved-drafts.ts';
import { juryWorkspace } from './jury-helpers.ts';

async function classWithLivrets() {
  const { workspace, ids } = await juryWorkspace([
    { numero: '0001', nom: 'Admis', base: '12' },
    { numero: '0002', nom: 'Ajourne', base: '9' },
  ]);
  const sessionId = workspace.openSessionId!;
  await saveLivret(workspace.db, sessionId, ids['0001']!, [
    { kind: 'mark', subject: 'cge', period: 'a2s1', value: 1200 },
    { kind: 'mark', subject: 'cge', period: 'a2s2', value: 1301 },
    { kind: 'avis', value: 'tres_favorable' },
  ]);
  await saveLivret(workspace.db, sessionId, ids['0002']!, [
    { kind: 'mark', subject: 'cge', period: 'a2s1', value: 800 },
    { kind: 'avis', value: 'doit_faire_ses_preuves' },
  ]);
  return { workspace, ids, sessionId };
}

describe('a candidate’s livret', () => {
  it('shows the marks, the truncated yearly average and the class average, and saves the avis, PIX and an appréciation', async () => {
    const user = userEvent.setup();
    const { workspace, ids, sessionId } = await classWithLivrets();
    const livrets = new LivretState(workspace.db, sessionId);
    await vi.waitFor(() => expect(livrets.records).toHaveLength(2));
    render(LivretCandidate, { workspace, livrets, candidateId: ids['0001']! });

    screen.getByRole('heading', { name: 'Livret scolaire de Admis Léa' });
    const table = screen.getByRole('table', { name: /Notes semestrielles, moyennes annuelles/ });
    // 12 and 13,01 → 12,505 → 12,5 (truncated); the class: 12,505 and 8 → 10,2525 → 10,25.
    expect(within(table).getByRole('row', { name: /^Culture générale et expression/ })).toHaveTextContent(
      /12\s*, classe : 10\s*13,01.*12,5\s*, classe : 10,25/,
    );
    expect(screen.getByRole('img', { name: 'Profil de 2e année de Admis Léa et de sa classe' })).toHaveAccessibleDescription(
      expect.stringContaining('Profil du candidat (en rouge) : CGE 12,5'),
    );
    expect(screen.getByRole('radio', { name: 'Très favorable' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Favorable' }));
    await user.click(screen.getByRole('checkbox', { name: 'Certification de compétences numériques (PIX)' }));
    await user.type(screen.getByRole('textbox', { name: 'Appréciation en Culture générale et expression' }), 'Bon travail.');
    await user.tab();
    await waitFor(async () =>
      expect(await workspace.db.livrets.get(ids['0001']!)).toMatchObject({
        avis: 'favorable',
        pix: true,
        subjects: { cge: { appreciation: 'Bon travail.', marks: { a2s1: 1200, a2s2: 1301 } } },
      }),
    );
    livrets.stop();
  });
});

describe('a livret’s texts typed', () => {
  it('are stored after a pause in typing, the cursor still in them (a reload or a closed tab loses nothing typed)', async () => {
    const user = userEvent.setup();
    const { workspace, ids, sessionId } = await classWithLivrets();
    const livrets = new LivretState(workspace.db, sessionId);
    await vi.waitFor(() => expect(livrets.records).toHaveLength(2));
    render(LivretCandidate, { workspace, livrets, candidateId: ids['0001']! });

    const appreciation = screen.getByRole('textbox', { name: 'Appréciation en Culture générale et expression' });
    await user.type(appreciation, 'Travail sérieux');
    await user.type(screen.getByRole('textbox', { name: 'Observations éventuelles' }), 'Stage prolongé');
    // Nothing left: the focus is still in the observations.
    expect(screen.getByRole('textbox', { name: 'Observations éventuelles' })).toHaveFocus();
    await waitFor(async () =>
      expect(await workspace.db.livrets.get(ids['0001']!)).toMatchObject({
        observations: 'Stage prolongé',
        subjects: { cge: { appreciation: 'Travail sérieux' } },
      }),
    );
    // Leaving the page during the pause asks first; once stored, nothing is waiting.
    expect(hasUnsavedDrafts()).toBe(false);
    await user.type(screen.getByRole('textbox', { name: 'Observations éventuelles' }), '.');
    expect(hasUnsavedDrafts()).toBe(true);
    await waitFor(() => expect(hasUnsavedDrafts()).toBe(false));
    // A pause after a space: the stored text (trimmed) does not come back over the field, the space typed stays.
    const cge = screen.getByRole('textbox', { name: 'Appréciation en Culture générale et expression' });
    await user.click(cge);
    await user.type(cge, ' Bon travail. ');
    await waitFor(async () => expect((await workspace.db.livrets.get(ids['0001']!))?.subjects.cge?.appreciation).toBe('Travail sérieux Bon travail.'));
    await user.type(cge, 'Continuez.');
    await waitFor(async () =>
      expect((await workspace.db.livrets.get(ids['0001']!))?.subjects.cge?.appreciation).toBe('Travail sérieux Bon travail. Continuez.'),
    );
    expect(cge).toHaveValue('Travail sérieux Bon travail. Continuez.');
    // Typing goes on after a store: the stored text does not come back over what is being typed.
    await user.type(screen.getByRole('textbox', { name: 'Observations éventuelles' }), ' en entreprise');
    await waitFor(async () => expect((await workspace.db.livrets.get(ids['0001']!))?.observations).toBe('Stage prolongé. en entreprise'));
    expect(screen.getByRole('textbox', { name: 'Observations éventuelles' })).toHaveValue('Stage prolongé. en entreprise');
    livrets.stop();
  });
});

describe('the livret tab', () => {
  it('shows the class statistics and cotation, and turns read-only once the deliberation is closed', async () => {
    const { workspace, sessionId } = await classWithLivrets();
    render(LivretView, { workspace });

    await screen.findByRole('heading', { name: 'Notes semestrielles — Candidats sans établissement' });
    const stats = screen.getByRole('table', { name: /Moyenne de la classe, note la plus basse/ });
    expect(within(stats).getByRole('row', { name: /^CGE/ })).toHaveTextContent(/10,25\s*8 à 12,5, 2 notes/);
    const cotation = screen.getByRole('table', { name: 'Cotation de la classe : avis (en pourcentage)' });
    expect(cotation).toHaveTextContent(/50 %\s*\(1\)\s*0 %\s*\(0\)\s*50 %\s*\(1\)/);
    expect(screen.getByRole('button', { name: 'Importer les notes du livret (CSV)' })).toBeEnabled();

    await setJuryMember(workspace.db, sessionId, 'Mme Durand');
    await openDeliberation(workspace.db, sessionId);
    await closeFirstGroup(workspace.db, sessionId);
    await closeDeliberation(workspace.db, sessionId);
    await waitFor(() => expect(screen.getAllByRole('note')[0]).toHaveTextContent('les livrets scolaires sont en lecture seule'));
    expect(screen.getByRole('button', { name: 'Importer les notes du livret (CSV)' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Certification de compétences numériques (PIX)' })).toBeDisabled();
    expect(screen.queryByRole('textbox', { name: /Appréciation en/ })).not.toBeInTheDocument();
  });

  it('stores the same appréciation for the next candidate chosen (a stock text given to several pupils)', async () => {
    const user = userEvent.setup();
    const { workspace, ids } = await classWithLivrets();
    render(LivretView, { workspace });
    const appreciation = () => screen.getByRole('textbox', { name: 'Appréciation en Culture générale et expression' });
    const pick = await screen.findByRole('combobox', { name: /^Candidat \d+ sur \d+$/ });

    await user.selectOptions(pick, String(ids['0001']));
    await user.type(appreciation(), 'Ensemble satisfaisant.');
    await user.tab();
    await waitFor(async () => expect((await workspace.db.livrets.get(ids['0001']!))?.subjects.cge?.appreciation).toBe('Ensemble satisfaisant.'));
    await user.selectOptions(pick, String(ids['0002']));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Livret scolaire de Ajourne Léa' })).toBeInTheDocument());
    await user.type(appreciation(), 'Ensemble satisfaisant.');
    await user.tab();
    await waitFor(async () => expect((await workspace.db.livrets.get(ids['0002']!))?.subjects.cge?.appreciation).toBe('Ensemble satisfaisant.'));
    expect((await workspace.db.livrets.get(ids['0001']!))?.subjects.cge?.appreciation).toBe('Ensemble satisfaisant.');
  });
});

describe('the jury’s « Livret » button', () => {
  it('opens the candidate’s livret in a dialog, with the « livret examiné » tick', async () => {
    const user = userEvent.setup();
    const { workspace, ids } = await classWithLivrets();
    render(JuryView, { workspace });

    const warning = await screen.findByRole('region', { name: "Ajournés dont le livret n'a pas été examiné (1)" });
    await user.click(within(warning).getByRole('button', { name: 'Livret scolaire de Ajourne Léa' }));
    const dialog = await screen.findByRole('dialog', { name: 'Livret scolaire — Ajourne Léa' });
    await within(dialog).findByRole('heading', { name: 'Livret scolaire de Ajourne Léa' });
    expect(within(dialog).getByRole('radio', { name: 'Doit faire ses preuves à l’examen' })).toBeChecked();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Livret examiné — Ajourne Léa' }));
    await waitFor(async () => expect((await workspace.db.juryNotes.get(ids['0002']!))?.livretExamined).toBe(true));
    await user.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
