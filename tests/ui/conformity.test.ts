// Component tests of the conformity tab (R7): the grid shows one row per candidate with each unit's status,
// the panel edits the checklist and the stage periods, a non-conforme unit gets NV (and the marks follow),
// making it conforme again restores the mark, the filters, and the notices' PDF. In-cell grid editing is
// driven in the browser test (AG Grid does not start editors from synthetic events in jsdom).
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markPiecesConformes, setConformitySettings, updateConformity } from '../../src/db/conformity.ts';
import { listAudit, openDeliberation, setJuryMember } from '../../src/db/deliberation.ts';
import { numberMark } from '../../src/domain/marks.ts';
import type { Candidate } from '../../src/domain/session.ts';
import ConformityView from '../../src/ui/conformity/ConformityView.svelte';
import * as download from '../../src/ui/download.ts';
import type { Workspace } from '../../src/ui/state/workspace.svelte.ts';
import { sessionWorkspace } from './workspace-helpers.ts';

function person(numero: string, nom: string): Omit<Candidate, 'id' | 'sessionId'> {
  return {
    numero,
    nom,
    prenom: 'Léa',
    dateNaissance: '2004-03-15',
    etablissementId: null,
    statut: 'scolaire',
    langueVivante: 'Anglais',
    optionalUnits: [],
    formOverrides: {},
  };
}

/** A session with a deadline, two candidates; Dupont has U62 = 14,5. */
async function setup(): Promise<{ workspace: Workspace; dupont: number; martin: number }> {
  const workspace = await sessionWorkspace();
  await workspace.db.sessions.update(workspace.openSessionId!, { depositDeadline: '2025-04-30' });
  const dupont = (await workspace.addCandidate(person('0012', 'Dupont')))!;
  const martin = (await workspace.addCandidate(person('0013', 'Martin')))!;
  await workspace.setMark(dupont, 'U62', numberMark(1450));
  await waitFor(() => expect(workspace.views).toHaveLength(2));
  return { workspace, dupont, martin };
}

const cellOf = (container: HTMLElement, id: number, colId: string) =>
  container.querySelector<HTMLElement>(`.ag-row[row-id="${id}"] .ag-cell[col-id="${colId}"]`);

async function select(container: HTMLElement, id: number) {
  await waitFor(() => expect(cellOf(container, id, 'nom')).not.toBeNull());
  await fireEvent.click(cellOf(container, id, 'nom')!);
  await screen.findByRole('heading', { name: new RegExp(`Dossier de .*`) });
}

afterEach(() => vi.restoreAllMocks());

describe('ConformityView', () => {
  it('says it reads the dossiers until their records are read, never counts made without them', async () => {
    const { workspace, dupont, martin } = await setup();
    await markPiecesConformes(workspace.db, workspace.openSessionId!, [dupont, martin]);
    const seen: string[] = [];
    const { container } = render(ConformityView, { workspace });
    const counts = () => container.querySelector('.counts')!.textContent!.replace(/\s+/g, ' ').trim();
    seen.push(counts());
    const observer = new MutationObserver(() => seen.at(-1) !== counts() && seen.push(counts()));
    observer.observe(container, { subtree: true, childList: true, characterData: true });
    await waitFor(() => expect(counts()).not.toBe('Lecture des dossiers…'));
    observer.disconnect();
    // Before, the first counts were made with no record read (every unit « à contrôler »), then made again.
    expect(seen).toEqual(['Lecture des dossiers…', counts()]);
  });

  it('R7: lists every candidate with each unit "à contrôler" before anything is checked', async () => {
    const { workspace, dupont, martin } = await setup();
    const { container } = render(ConformityView, { workspace });
    await waitFor(() => expect(cellOf(container, dupont, 'U62-status')).toHaveTextContent('À contrôler'));
    expect(cellOf(container, martin, 'E4-status')).toHaveTextContent('À contrôler');
    expect(container.querySelector('.counts')).toHaveTextContent(
      'Sur 2 candidats : 0 a une épreuve non conforme, 0 une épreuve sous réserve, 2 une épreuve à contrôler.',
    );
  });

  it('R7: a late U62 deposit typed in the panel sets U62 to NV; an on-time date gives 14,5 back', async () => {
    const user = userEvent.setup();
    const { workspace, dupont } = await setup();
    const { container } = render(ConformityView, { workspace });
    await select(container, dupont);
    expect(screen.getByRole('heading', { name: 'Dossier de Dupont Léa (0012)' })).toBeInTheDocument();

    const deposit = screen.getByLabelText('Date de dépôt U62');
    await user.type(deposit, '03/05/2025{Enter}');
    await waitFor(() => expect(workspace.marks.find((m) => m.candidateId === dupont && m.unit === 'U62')?.value).toEqual({ kind: 'NV' }));
    await waitFor(() => expect(cellOf(container, dupont, 'U62-status')).toHaveTextContent('Non conforme'));
    expect(workspace.notice?.text).toBe('Dupont Léa (0012) — U62 : dossier non conforme, la note est NV.');
    const verdicts = screen.getByRole('list', { name: 'Statut de chaque épreuve' });
    expect(verdicts).toHaveTextContent('U62 : Non conforme — autres (à préciser) : dossier déposé hors délai (le 03/05/2025, date limite le 30/04/2025)');
    expect(verdicts).toHaveTextContent('elle remplace 14,5');
    expect(workspace.views.find((v) => v.id === dupont)!.result.decision).toBe('NV');

    // Typed over in the marks grid: refused with the reason, shown as the workspace's notice.
    expect(await workspace.setMark(dupont, 'U62', numberMark(1600))).toBe(false);
    expect(workspace.notice?.text).toContain('dossier non conforme (autres (à préciser) : dossier déposé hors délai');

    await user.clear(deposit);
    await user.type(deposit, '29/04/2025{Enter}');
    await waitFor(() => expect(workspace.marks.find((m) => m.candidateId === dupont && m.unit === 'U62')?.value).toEqual(numberMark(1450)));
    expect(workspace.notice?.text).toBe('Dupont Léa (0012) — U62 : la note 14,5 est rétablie.');
  });

  it('R7: checklist selects, "autres" and the doubt set the statuses; the filters show the non conformes and the doubts', async () => {
    const user = userEvent.setup();
    const { workspace, dupont, martin } = await setup();
    const { container } = render(ConformityView, { workspace });
    await select(container, dupont);
    await user.selectOptions(screen.getByLabelText('Attestation(s) signée(s) E4'), 'non');
    await waitFor(() => expect(cellOf(container, dupont, 'E4-status')).toHaveTextContent('Non conforme'));
    expect(cellOf(container, dupont, 'E4-signed')).toHaveTextContent('non');
    await user.click(screen.getByLabelText('Doute U61'));
    await waitFor(() => expect(cellOf(container, dupont, 'U61-status')).toHaveTextContent('Sous réserve de vérification'));
    expect(workspace.marks.find((m) => m.candidateId === dupont && m.unit === 'U61')?.sousReserve).toBe(true);

    await fireEvent.change(screen.getByLabelText('Autres motifs U62'), { target: { value: 'dossier manuscrit' } });
    await waitFor(() => expect(cellOf(container, dupont, 'U62-status')).toHaveTextContent('Non conforme'));
    expect(screen.getByRole('list', { name: 'Statut de chaque épreuve' })).toHaveTextContent('U62 : Non conforme — autres (à préciser) : dossier manuscrit');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Afficher' }), 'non_conforme');
    await waitFor(() => expect(cellOf(container, martin, 'nom')).toBeNull());
    expect(cellOf(container, dupont, 'nom')).not.toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Afficher' }), 'sous_reserve');
    await waitFor(() => expect(cellOf(container, dupont, 'nom')).not.toBeNull());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Afficher' }), 'a_controler');
    await waitFor(() => expect(cellOf(container, martin, 'nom')).not.toBeNull());
  });

  it('R7: the periods editor saves the stage and shows 13,5 weeks as insufficient', async () => {
    const user = userEvent.setup();
    const { workspace, dupont } = await setup();
    const { container } = render(ConformityView, { workspace });
    await select(container, dupont);
    await user.click(screen.getByRole('button', { name: 'Ajouter une période' }));
    await user.type(screen.getByLabelText('Durée de la période 1'), '6 sem');
    await fireEvent.change(screen.getByLabelText('Durée de la période 1'));
    await user.click(screen.getByRole('button', { name: 'Ajouter une période' }));
    await user.selectOptions(screen.getByLabelText('Année de la période 2'), '2');
    await user.type(screen.getByLabelText('Durée de la période 2'), '7,5');
    await fireEvent.change(screen.getByLabelText('Durée de la période 2'));
    await waitFor(() => expect(cellOf(container, dupont, 'total')).toHaveTextContent('13 semaines et 2,5 jours'));
    expect(screen.getByText(/Durée de stage insuffisante : 13 semaines et 2,5 jours de stage/)).toBeInTheDocument();
    expect(cellOf(container, dupont, 'consecutives')).toHaveTextContent('oui');

    // Its dates typed JJ/MM/AAAA are stored ISO.
    await user.type(screen.getByRole('textbox', { name: 'Début de la période 1' }), '2/9/2024{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Fin de la période 1' }), '11/10/2024{Enter}');
    await waitFor(async () => expect((await workspace.db.conformity.get(dupont))?.periods?.[0]).toMatchObject({ start: '2024-09-02', end: '2024-10-11' }));
    expect(screen.getByRole('textbox', { name: 'Début de la période 1' })).toHaveValue('02/09/2024');

    // A duration that does not read is shown at its line and nothing is saved.
    await user.clear(screen.getByLabelText('Durée de la période 2'));
    await user.type(screen.getByLabelText('Durée de la période 2'), 'huit');
    await fireEvent.change(screen.getByLabelText('Durée de la période 2'));
    expect(await screen.findByText(/Période 2 : « huit » n'est pas une durée/)).toBeInTheDocument();
    expect(cellOf(container, dupont, 'total')).toHaveTextContent('13 semaines et 2,5 jours');
  });

  it('R7: downloads the notice of a non-conforme candidate, and all notices; warns when the oral is less than a week away', async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadBytes').mockImplementation(() => {});
    const { workspace, dupont } = await setup();
    await updateConformity(workspace.db, dupont, { units: { U62: { dossier: false } } });
    await setConformitySettings(workspace.db, workspace.openSessionId!, { orals: { U62: '2025-06-10' }, controllers: ['Mme Roux'] });
    const { container } = render(ConformityView, { workspace });
    await select(container, dupont);
    await user.clear(screen.getByLabelText("Date d'envoi des notices"));
    await user.type(screen.getByLabelText("Date d'envoi des notices"), '05/06/2025');
    const panel = screen.getByRole('region', { name: 'Dossier de Dupont Léa (0012)' });
    expect(await within(panel).findByText(/U62 : la notice arriverait 5 jours avant l'oral \(le 10\/06\/2025\)/)).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Notice de non-conformité (PDF)' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    const [fileName, bytes] = saved.mock.calls[0]!;
    expect(fileName).toBe('notice-conformite-0012-Dupont.pdf');
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');

    await user.click(screen.getByRole('button', { name: 'Toutes les notices (PDF)' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(2));
  });

  it('R7: offers to apply the NV again when the session’s deadline changed since', async () => {
    const user = userEvent.setup();
    const { workspace, dupont } = await setup();
    await updateConformity(workspace.db, dupont, { units: { U62: { depositDate: '2025-05-03' } } });
    render(ConformityView, { workspace });
    await workspace.db.sessions.update(workspace.openSessionId!, { depositDeadline: '2025-05-10' });
    await user.click(await screen.findByRole('button', { name: 'Mettre à jour les NV (1)' }));
    await waitFor(() => expect(workspace.marks.find((m) => m.candidateId === dupont && m.unit === 'U62')?.value).toEqual(numberMark(1450)));
  });
});

describe('ConformityView, issue 16: every NV has a reason and a notice', () => {
  it('shows an NV stored without reason as « NV sans motif »; giving the annexe 4 reason makes its notice available', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadBytes').mockImplementation(() => {});
    const { workspace, martin } = await setup();
    await workspace.setMark(martin, 'E4', { kind: 'NV' }); // typed before issue 16 (or imported): no reason
    const { container } = render(ConformityView, { workspace });
    await waitFor(() => expect(cellOf(container, martin, 'E4-status')).toHaveTextContent('NV sans motif'));
    expect(container.querySelector('.counts')).toHaveTextContent(/une épreuve à contrôler ; 1 NV sans motif à compléter\.$/);
    expect(screen.getByRole('button', { name: 'Toutes les notices (PDF)' })).toBeDisabled();

    await select(container, martin);
    await user.click(screen.getByRole('button', { name: 'Donner le motif du NV en E4' }));
    const dialog = await screen.findByRole('dialog', { name: 'Motif du NV (annexe 4)' });
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer le NV' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent("Cochez au moins un motif de l'annexe 4.");
    await user.click(within(dialog).getByRole('checkbox', { name: 'certificat(s) ou attestation(s) non visé(s) ou non signé(s)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer le NV' }));

    await waitFor(() => expect(cellOf(container, martin, 'E4-status')).toHaveTextContent('Non conforme'));
    expect(container.querySelector('.counts')).not.toHaveTextContent('NV sans motif');
    await user.click(screen.getByRole('button', { name: 'Toutes les notices (PDF)' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    expect((await workspace.db.conformity.get(martin))?.nv.E4?.reasons).toEqual(['certificat(s) ou attestation(s) non visé(s) ou non signé(s)']);
  });

  it('R7: the NV dialog offers the reasons of the candidate’s parcours; a stage too short makes the three épreuves NV, and unticking it in the dossier lifts them', async () => {
    const user = userEvent.setup();
    const { workspace, dupont } = await setup();
    await workspace.setMark(dupont, 'U61', { kind: 'NV' }); // an NV without reason, completed below
    const { container } = render(ConformityView, { workspace });
    await select(container, dupont);
    await user.click(await screen.findByRole('button', { name: 'Donner le motif du NV en U61' }));
    const dialog = await screen.findByRole('dialog', { name: 'Motif du NV (annexe 4)' });
    expect(
      within(dialog)
        .getAllByRole('checkbox')
        .map((c) => c.closest('label')!.textContent!.trim()),
    ).toEqual([
      "absence d'attestation(s) de stage",
      'durée de stage insuffisante',
      'certificat(s) ou attestation(s) non visé(s) ou non signé(s)',
      'absence de fiche(s) descriptive(s) de projet',
      'autres (à préciser)',
    ]);
    await user.click(within(dialog).getByRole('checkbox', { name: 'durée de stage insuffisante' }));
    expect(within(dialog).getByRole('note')).toHaveTextContent('Le stage vaut pour E4, U61, U62 : une durée insuffisante les rend toutes NV.');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer le NV' }));
    const u62 = () => workspace.marks.find((m) => m.candidateId === dupont && m.unit === 'U62')?.value;
    await waitFor(() => expect(u62()).toEqual({ kind: 'NV' }));
    expect(workspace.notice?.text).toBe(
      "E4, U61, U62 : NV enregistrés avec leur motif (le stage vaut pour ces épreuves) ; la notice est disponible dans l'onglet « Conformité des dossiers ».",
    );
    for (const code of ['E4', 'U61', 'U62']) await waitFor(() => expect(cellOf(container, dupont, `${code}-status`)).toHaveTextContent('Non conforme'));

    await user.click(screen.getByRole('checkbox', { name: 'durée de stage insuffisante (U61)' }));
    await waitFor(() => expect(u62()).toEqual(numberMark(1450)));
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: /durée de stage insuffisante/ })).toBeNull());
    for (const code of ['E4', 'U61', 'U62']) expect(cellOf(container, dupont, `${code}-status`)).not.toHaveTextContent('Non conforme');
  });

  it('R7: during the deliberation, a check that turns a mark into NV asks the motif first (Enter validates); « Tout conforme » asks again and gives the mark back', async () => {
    const user = userEvent.setup();
    const { workspace, dupont } = await setup();
    const sessionId = workspace.openSessionId!;
    await setJuryMember(workspace.db, sessionId, 'Mme Martin');
    await openDeliberation(workspace.db, sessionId);
    await waitFor(() => expect(workspace.phase).toBe('premier_groupe'));
    const u62 = () => workspace.marks.find((m) => m.candidateId === dupont && m.unit === 'U62')?.value;
    const { container } = render(ConformityView, { workspace });
    await select(container, dupont);

    await fireEvent.change(screen.getByLabelText('Fiche descriptive U62'), { target: { value: 'non' } });
    let dialog = await screen.findByRole('dialog', { name: 'Motif de la modification' });
    expect(dialog).toHaveTextContent('U62 de Dupont Léa (0012) : 14,5 → NV');
    // Nothing is written before the motif is given.
    expect(u62()).toEqual(numberMark(1450));
    await user.type(within(dialog).getByLabelText('Motif (noté au journal de la délibération)'), 'Fiche absente{Enter}');
    await waitFor(() => expect(u62()).toEqual({ kind: 'NV' }));
    expect((await listAudit(workspace.db, sessionId)).filter((e) => e.kind === 'note')).toMatchObject([{ unit: 'U62', after: 'NV', reason: 'Fiche absente' }]);

    // « Tout conforme » for the two candidates shown: confirmed, then the motif of the mark it gives back.
    await user.click(screen.getByRole('button', { name: 'Tout conforme (2)' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Tout conforme' })).getByRole('button', { name: 'Tout conforme' }));
    dialog = await screen.findByRole('dialog', { name: 'Motif de la modification' });
    await user.type(within(dialog).getByLabelText('Motif (noté au journal de la délibération)'), 'Fiche retrouvée{Enter}');
    await waitFor(() => expect(u62()).toEqual(numberMark(1450)));
    await waitFor(() => expect(screen.getByLabelText('Fiche descriptive U62')).toHaveValue('oui'));
  });

  it('the dossier sits beside the grid: Ctrl+I from the grid moves into it, Ctrl+I there (or ×) closes it', async () => {
    const user = userEvent.setup();
    const { workspace, dupont } = await setup();
    const { container } = render(ConformityView, { workspace });
    await select(container, dupont);
    const layout = container.querySelector('.conformity-layout')!;
    expect(layout.querySelector('.side')).toContainElement(screen.getByRole('heading', { name: 'Dossier de Dupont Léa (0012)' }));
    expect(layout).toHaveClass('with-panel');

    await fireEvent.keyDown(cellOf(container, dupont, 'nom')!, { key: 'i', ctrlKey: true });
    await waitFor(() => expect(document.activeElement?.closest('.side')).not.toBeNull());
    await user.keyboard('{Control>}i{/Control}');
    await waitFor(() => expect(container.querySelector('.side')).toBeNull());
    expect(layout).not.toHaveClass('with-panel');
    expect(screen.getByRole('button', { name: 'Dossier du candidat' })).toHaveAttribute('aria-expanded', 'false');

    await user.click(screen.getByRole('button', { name: 'Dossier du candidat' }));
    await user.click(await screen.findByRole('button', { name: 'Fermer le dossier du candidat' }));
    await waitFor(() => expect(container.querySelector('.side')).toBeNull());

    // A new search starts from no candidate: the dossier never shows someone the grid may no longer list.
    await user.click(screen.getByRole('button', { name: 'Dossier du candidat' }));
    await screen.findByRole('heading', { name: 'Dossier de Dupont Léa (0012)' });
    await user.type(screen.getByRole('searchbox'), 'Martin');
    await waitFor(() => expect(container.querySelector('.side')).toBeNull());
    expect(screen.getByText(/Choisissez un candidat dans la grille/)).toBeInTheDocument();
  });
});
