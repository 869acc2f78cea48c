// Component tests of the jury dashboard: statistics from the engine, candidates near a threshold, the
// livret warning (D643-26), points needed and the what-if simulation that is never stored.
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import JuryView from '../../src/ui/jury/JuryView.svelte';
import { juryWorkspace, type CandidateSpec } from './jury-helpers.ts';
import { getMark } from '../../src/db/marks.ts';

const CANDIDATES: CandidateSpec[] = [
  { numero: '0001', nom: 'Admis', base: '12' }, // 12,00 ADMIS
  { numero: '0002', nom: 'Controle', marks: { E1: '6', E3: '8' } }, // 9,28 CONTROLE
  { numero: '0003', nom: 'Ajourne', base: '9' }, // 9,00, pro 9 → AJOURNE
  { numero: '0004', nom: 'Incomplet', marks: { E5: '' } }, // INCOMPLET
  { numero: '0005', nom: 'Presque', marks: { E1: '9,99' } }, // 9,9988 → CONTROLE, 0,01 below 10
];

describe('JuryView', () => {
  it('shows the decisions, the pass rate over the candidates with a decision, the histogram and the unit means', async () => {
    const { workspace } = await juryWorkspace(CANDIDATES);
    render(JuryView, { workspace });

    const decisions = screen.getByRole('table', { name: 'Nombre de candidats par décision' });
    const row = (label: string) => within(decisions).getByRole('row', { name: new RegExp(`^${label}`) });
    expect(row('Admis')).toHaveTextContent(/Admis\s*1\s*1/);
    expect(row('Épreuve de contrôle')).toHaveTextContent(/2\s*2/);
    expect(row('Incomplet')).toHaveTextContent(/1\s*1/);
    expect(screen.getByText(/Taux de réussite/)).toHaveTextContent(
      'Taux de réussite : 25,0 % — 1 admis sur 4 candidats ayant une décision (tous sauf les incomplets',
    );

    const histogram = screen.getByRole('img', { name: /Histogramme des moyennes du 1er groupe de 4 candidats/ });
    expect(histogram).toHaveAccessibleName(expect.stringContaining('0 sous 8, 3 de 8 à moins de 10, 1 à 10 ou plus'));
    const bins = screen.getByRole('table', { name: 'Nombre de candidats par classe de moyenne du 1er groupe' });
    expect(within(bins).getByRole('row', { name: /de 9 à moins de 10/ })).toHaveTextContent(/3$/);
    expect(within(bins).getByRole('row', { name: /de 12 à moins de 13/ })).toHaveTextContent(/1$/);

    const means = screen.getByRole('table', { name: 'Moyenne de chaque épreuve sur les candidats de la session' });
    // E1: (12 + 6 + 9 + 10 + 9,99) / 5 = 9,39
    expect(within(means).getByRole('row', { name: /^E1/ })).toHaveTextContent(/E1\s*9,39\s*5\s*0\s*0\s*0/);
    // E5: four marks, one empty
    expect(within(means).getByRole('row', { name: /^E5/ })).toHaveTextContent(/E5\s*10,25\s*4\s*0\s*0\s*1/);
  });

  // A new session (or one whose candidates are all incomplete) read « Taux de réussite : — — 0 admis sur 0 candidat ».
  it('says in words that no candidate has a decision yet instead of a rate of dashes', async () => {
    const { workspace } = await juryWorkspace([{ numero: '0004', nom: 'Incomplet', marks: { E5: '' } }]);
    render(JuryView, { workspace });
    const rate = await screen.findByText(/Taux de réussite/);
    expect(rate).toHaveTextContent('Taux de réussite : aucun candidat n’a encore de décision (un candidat incomplet ne compte pas).');
    expect(rate.textContent).not.toContain('—');
  });

  it('lists the candidates near 8 or 10 within the distance typed, with a livret checkbox', async () => {
    const user = userEvent.setup();
    const { workspace, ids } = await juryWorkspace(CANDIDATES);
    render(JuryView, { workspace });

    const near = () => screen.getByRole('table', { name: "Candidats dont la moyenne du 1er groupe est proche d'un seuil" });
    expect(within(near()).getAllByRole('row')).toHaveLength(2);
    expect(within(near()).getByRole('row', { name: /0005 Presque/ })).toHaveTextContent(/9,99\s*10\s*manque 0,01/);

    const distance = screen.getByLabelText(/À moins de \(points\)/);
    await user.clear(distance);
    await user.type(distance, '1');
    await waitFor(() => expect(within(near()).getAllByRole('row')).toHaveLength(4));
    expect(within(near()).getByRole('row', { name: /0002 Controle/ })).toHaveTextContent(/9,28\s*10\s*manque 0,72/);
    // The average it is measured on is named, and every gap is written to the hundredth, as that average is.
    expect(within(near()).getByRole('columnheader', { name: 'Moy. 1er groupe' })).toBeInTheDocument();
    // Beside the gap, the professional domain's moyenne: why one at 9 is ajourné where another is at the contrôle.
    expect(within(near()).getByRole('row', { name: /0003 Ajourne/ })).toHaveTextContent(/9,00\s*10\s*manque 1,00\s*9,00\s*Ajourné/);
    await user.clear(distance);
    await user.type(distance, '5');
    await waitFor(() => expect(within(near()).getAllByRole('row').length).toBeGreaterThan(4));
    const gaps = within(near())
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelectorAll('td')[2]!.textContent);
    expect(gaps.filter((gap) => !/^(manque |\+)\d+,\d\d$/.test(gap ?? ''))).toEqual([]);

    await user.click(within(near()).getByRole('checkbox', { name: 'Livret examiné — Presque Léa' }));
    await waitFor(async () => expect((await workspace.db.juryNotes.get(ids['0005']!))?.livretExamined).toBe(true));

    await user.clear(distance);
    await user.type(distance, 'abc');
    expect(screen.getByText("« abc » n'est pas une note")).toBeInTheDocument();
  });

  it('D643-26: warns about the AJOURNE candidates whose livret was not examined, until it is', async () => {
    const user = userEvent.setup();
    const { workspace, ids } = await juryWorkspace(CANDIDATES);
    render(JuryView, { workspace });

    const warning = await screen.findByRole('region', { name: "Ajournés dont le livret n'a pas été examiné (1)" });
    expect(warning).toHaveTextContent('0003 Ajourne Léa');
    expect(warning).toHaveTextContent('D643-26');
    await user.click(within(warning).getByRole('checkbox', { name: 'Livret examiné — Ajourne Léa' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /Ajournés dont le livret/ })).not.toBeInTheDocument());
    expect((await workspace.db.juryNotes.get(ids['0003']!))?.livretExamined).toBe(true);
  });

  it('shows the points needed per unit for the selected candidate', async () => {
    const user = userEvent.setup();
    const { workspace, ids } = await juryWorkspace(CANDIDATES);
    render(JuryView, { workspace });
    expect(screen.getByText(/Choisissez un candidat/)).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Candidat'), String(ids['0003']));
    expect(workspace.selectedCandidateId).toBe(ids['0003']);
    const table = await screen.findByRole('table', { name: 'Note minimale à obtenir sur une épreuve, les autres notes restant inchangées' });
    // 9 everywhere: 13,17 in E4 to reach 10; the band is reached but the pro condition needs 11,67 in E4
    expect(within(table).getByRole('row', { name: /^E4/ })).toHaveTextContent(/E4\s*9\s*13,17\s*atteint ; pro ≥ 10 avec 11,67/);
    expect(within(table).getByRole('row', { name: /^E1/ })).toHaveTextContent(/E1\s*9\s*17,34\s*atteint ; pro < 10/);
    expect(screen.getByText(/Pour être admis : 25,00 points de plus au total/)).toBeInTheDocument();
  });

  it('says under the table why a unit says « — », once, unless the totals already say it', async () => {
    const user = userEvent.setup();
    const { workspace, ids } = await juryWorkspace([
      { numero: '0006', nom: 'Dispense', base: '9', marks: { E3: 'DI' } },
      { numero: '0007', nom: 'Elimine', marks: { E4: 'AB' } },
    ]);
    render(JuryView, { workspace });
    await user.selectOptions(screen.getByLabelText('Candidat'), String(ids['0006']));
    const table = await screen.findByRole('table', { name: /^Note minimale à obtenir/ });
    expect(within(table).getByRole('row', { name: /^E3/ })).toHaveTextContent(/E3\s*DI\s*—\s*—/);
    const reasons = screen.getAllByText(/« — » : non calculable/);
    expect(reasons.map((r) => r.textContent)).toEqual(['« — » : non calculable, E3 : candidat dispensé de cette épreuve.']);

    // Éliminé: every cell says « — » for the reason the totals give; it is not said a second time.
    await user.selectOptions(screen.getByLabelText('Candidat'), String(ids['0007']));
    await waitFor(() => expect(screen.getByText(/Pour être admis : Non calculable : AB en E4 : candidat éliminé/)).toBeInTheDocument());
    expect(screen.queryByText(/« — » : non calculable/)).toBeNull();
  });

  it('after the épreuve de contrôle: the moyenne beside the decision is the final one, the 1er groupe said as such', async () => {
    const { workspace, ids } = await juryWorkspace([{ numero: '0009', nom: 'Dupont', marks: { E1: '6', E3: '8' }, controle: { E1: '12' } }]);
    workspace.selectedCandidateId = ids['0009']!;
    render(JuryView, { workspace });
    const section = await screen.findByRole('region', { name: 'Points nécessaires et simulation' });
    // 9,28 at the 1er groupe; the contrôle's 12 replaces E1's 6 (coefficient 3) → 10,00, admis.
    await waitFor(() =>
      expect(section).toHaveTextContent(/moyenne après l'épreuve de contrôle 10,00 \(1er groupe : 9,28\), moyenne professionnelle [\d,]+, Admis/),
    );
    expect(within(section).getByRole('table', { name: /^Note minimale à obtenir/ })).toHaveAccessibleName(
      /au 1er groupe, sans les notes de l’épreuve de contrôle/,
    );
  });

  it('what-if: placeholder marks give a simulated result, labelled as such, never stored, cleared by a button', async () => {
    const user = userEvent.setup();
    const { workspace, ids } = await juryWorkspace(CANDIDATES);
    workspace.selectedCandidateId = ids['0003']!;
    render(JuryView, { workspace });

    const inputs = await screen.findByRole('group', { name: 'Simulation : notes fictives (jamais enregistrées)' });
    await user.type(within(inputs).getByLabelText('E4 (simulation)'), '14');
    const simulation = await screen.findByRole('status', { name: 'Résultat simulé' });
    expect(simulation).toHaveTextContent('Simulation — non enregistrée');
    // 225 + 6 × 5 = 255 → 10,20
    expect(simulation).toHaveTextContent(/Notes fictives en E4 : moyenne 10,20 \(réelle 9,00\), décision Admis \(réelle : Ajourné\)/);
    expect((await getMark(workspace.db, ids['0003']!, 'E4'))?.value).toEqual({ kind: 'number', hundredths: 900 });
    expect(workspace.views.find((v) => v.id === ids['0003'])!.result.decision).toBe('AJOURNE');

    await user.type(within(inputs).getByLabelText('E5 (simulation)'), 'XX');
    expect(within(inputs).getByText(/E5 : « XX » n'est ni une note de 0 à 20 ni un code possible en E5/)).toBeInTheDocument();

    await user.click(within(inputs).getByRole('button', { name: 'Effacer la simulation' }));
    expect(screen.queryByRole('status', { name: 'Résultat simulé' })).not.toBeInTheDocument();
    expect(within(inputs).getByLabelText('E4 (simulation)')).toHaveValue('');
  });
});
