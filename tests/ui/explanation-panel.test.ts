import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import type { Candidate, MarkRecord } from '../../src/domain/session.ts';
import ExplanationPanel from '../../src/ui/ExplanationPanel.svelte';
import { buildCandidateViews } from '../../src/ui/state/candidate-view.ts';
import { candidate as marksOf } from '../domain/factories.ts';
import { candidateFields, sessionWorkspace } from './workspace-helpers.ts';

function view(marks: Record<string, string>, controle: Record<string, string> = {}) {
  const person: Candidate = {
    id: 7,
    sessionId: 1,
    numero: '0042',
    nom: 'Dupont',
    prenom: 'Léa',
    dateNaissance: null,
    etablissementId: null,
    statut: 'scolaire',
    langueVivante: 'Anglais',
    optionalUnits: [],
    formOverrides: {},
  };
  const parsed = marksOf(marks, controle);
  const records: MarkRecord[] = [
    ...Object.entries(parsed.marks),
    ...Object.entries(parsed.controle ?? {}).map(([code, value]) => [`controle_${code}`, value] as const),
  ].map(([unit, value]) => ({ sessionId: 1, candidateId: 7, unit, value: value!, sousReserve: false, benefice: null, updatedAt: '' }));
  return buildCandidateViews([person], records, [], ccst)[0]!;
}

describe('"Comment est calculée cette moyenne ?" panel', () => {
  it('asks to select a candidate when none is', () => {
    render(ExplanationPanel, { view: null, regulation: ccst });
    expect(screen.getByText(/Sélectionnez une cellule d'un candidat/)).toBeInTheDocument();
  });

  it('R3: shows each unit × coefficient, the dispensed unit left out, the bonus, the divisor and the moyenne', () => {
    render(ExplanationPanel, { view: view({ E1: 'DI', E3: '6,5', EF1: '14' }), regulation: ccst });
    const rows = screen.getAllByRole('row');
    const rowOf = (code: string) => rows.find((r) => within(r).queryByRole('rowheader', { name: code }))!;
    expect(rowOf('E1')).toHaveTextContent('dispensé : hors total et hors diviseur');
    expect(rowOf('E3')).toHaveTextContent('3 × 6,5');
    expect(rowOf('E3')).toHaveTextContent('19,50');
    expect(rowOf('E21')).toHaveTextContent('1,5 × 10');
    expect(rowOf('EF1')).toHaveTextContent('bonus');
    expect(rowOf('EF1')).toHaveTextContent('4,00');
    // An optional unit the candidate did not choose is not « non présentée ».
    expect(rowOf('EF2')).toHaveTextContent('facultative non choisie');
    const panel = screen.getByRole('region', { name: 'Comment est calculée cette moyenne ?' });
    // (220 − 10,5 + 4) / 22 = 9,70
    expect(panel).toHaveTextContent(/Total des points\s*213,50 \(dont bonus 4,00\)/);
    expect(panel).toHaveTextContent(/Diviseur \(somme des coefficients comptés\)\s*22/);
    expect(panel).toHaveTextContent(/Moyenne générale\s*9,70/);
    expect(panel).toHaveTextContent(/Seuils : admis à partir de 10/);
  });

  it("issue 16: a unit's points are exact, as on the relevé (1,5 × 7,25 = 10,875, not 10,87)", () => {
    render(ExplanationPanel, { view: view({ E21: '7,25' }), regulation: ccst });
    const rows = screen.getAllByRole('row');
    const e21 = rows.find((r) => within(r).queryByRole('rowheader', { name: 'E21' }))!;
    expect(e21).toHaveTextContent('1,5 × 7,25');
    expect(within(e21).getAllByRole('cell').at(-1)).toHaveTextContent(/^10,875$/);
  });

  it('R5/R6: says what decided, including what the contrôle replaced', () => {
    render(ExplanationPanel, { view: view({ E1: '6', E3: '8' }, { E1: '12' }), regulation: ccst });
    const steps = screen.getByRole('list');
    expect(steps).toHaveTextContent("autorisé à passer l'épreuve de contrôle");
    expect(steps).toHaveTextContent('Contrôle E1 : 12 remplace 6,00 (coefficient 3).');
    expect(steps).toHaveTextContent("Moyenne après l'épreuve de contrôle 10,00 ≥ 10 : admis.");
    expect(screen.getByText('Admis')).toBeInTheDocument();
  });

  it('R5: names the unit that made the candidate ELIMINE', () => {
    render(ExplanationPanel, { view: view({ E4: 'AB' }), regulation: ccst });
    expect(screen.getByRole('list')).toHaveTextContent('Absence non justifiée (AB) en E4 : candidat éliminé.');
    expect(screen.getByRole('region', { name: 'Comment est calculée cette moyenne ?' })).toHaveTextContent(/Moyenne générale\s*—/);
  });

  it('R8: keeps a mark of an earlier session from the detail, refused under 10 (said here), then renounced: final, the mark goes', async () => {
    const user = userEvent.setup();
    const workspace = await sessionWorkspace();
    const id = (await workspace.addCandidate(candidateFields('0001', 'Moreau')))!;
    const current = () => workspace.views.find((v) => v.id === id)!;
    await waitFor(() => expect(current()).toBeDefined());
    const { rerender } = render(ExplanationPanel, { view: current(), regulation: workspace.regulation!, workspace });
    const section = screen.getByRole('region', { name: "Notes conservées d'une session antérieure (bénéfice)" });
    expect(section).toHaveTextContent('Aucune.');
    await user.selectOptions(within(section).getByLabelText('Épreuve'), 'E4');
    await user.type(within(section).getByLabelText('Note (au moins 10)'), '9,5');
    await user.click(within(section).getByRole('button', { name: 'Conserver cette note' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent("E4 : seule une note d'au moins 10 peut être conservée.");
    await user.clear(within(section).getByLabelText('Note (au moins 10)'));
    await user.type(within(section).getByLabelText('Note (au moins 10)'), '12,5');
    await user.selectOptions(within(section).getByLabelText('Session'), '2023');
    await user.click(within(section).getByRole('button', { name: 'Conserver cette note' }));
    await waitFor(() => expect(current().marks.E4).toMatchObject({ value: { kind: 'number', hundredths: 1250 }, benefice: { year: 2023 } }));
    expect(workspace.notice?.text).toBe('E4 de Moreau Léa : 12,5 conservée de la session 2023 (bénéfice).');
    await rerender({ view: current() });
    expect(section).toHaveTextContent('E4 : 12,5 (session 2023)');

    await user.click(within(section).getByRole('button', { name: 'Renoncer au bénéfice de E4…' }));
    const confirm = within(section).getByRole('group', { name: 'Renoncer au bénéfice de E4' });
    expect(confirm).toHaveTextContent("C'est définitif : la note conservée est effacée");
    await user.click(within(confirm).getByRole('button', { name: 'Renoncer au bénéfice' }));
    await waitFor(() => expect(current().marks.E4).toBeUndefined());
    await rerender({ view: current() });
    expect(section).toHaveTextContent('Aucune.');
  });

  it('R8: a mark of this session is not replaced by a mark kept without being asked; the form starts on an épreuve without mark', async () => {
    const user = userEvent.setup();
    const workspace = await sessionWorkspace();
    const id = (await workspace.addCandidate(candidateFields('0002', 'Martin')))!;
    await workspace.setMark(id, 'E1', { kind: 'number', hundredths: 950 });
    const current = () => workspace.views.find((v) => v.id === id)!;
    await waitFor(() => expect(current()?.marks.E1).toBeDefined());
    render(ExplanationPanel, { view: current(), regulation: workspace.regulation!, workspace });
    const section = screen.getByRole('region', { name: "Notes conservées d'une session antérieure (bénéfice)" });
    // E1 has a mark: the form offers the next épreuve first.
    expect(within(section).getByLabelText('Épreuve')).toHaveValue('E21');
    await user.selectOptions(within(section).getByLabelText('Épreuve'), 'E1');
    await user.type(within(section).getByLabelText('Note (au moins 10)'), '12,5');
    await user.click(within(section).getByRole('button', { name: 'Conserver cette note' }));
    expect(within(section).getByRole('alert')).toHaveTextContent('E1 a déjà une note de cette session (9,5) : elle sera remplacée par 12,5');
    expect(current().marks.E1?.benefice).toBeNull();
    await user.click(within(section).getByRole('button', { name: 'Remplacer 9,5' }));
    await waitFor(() => expect(current().marks.E1).toMatchObject({ value: { kind: 'number', hundredths: 1250 }, benefice: { year: 2024 } }));
    expect(workspace.notice?.text).toBe('E1 de Martin Léa : 12,5 conservée de la session 2024 (bénéfice) (remplace 9,5).');
  });
});
