// Component tests of the evaluation grids tab (issue 7): teacher mode driven from the keyboard (1–4 levels,
// 0/N non mobilisé, ↑/↓ criteria, ←/→ and PageUp/PageDown candidates), every change stored at once, the
// commission's mark written in the marks table (and a mark typed elsewhere shown in the grid), E22 degrees
// and points, E4 CCF situations summed into the mark, the reason asked once the deliberation is open,
// the progress, the class heat map, and the grid of the candidate shown as a PDF of its own.
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCandidate } from '../../src/db/candidates.ts';
import { listAudit, openDeliberation, setJuryMember } from '../../src/db/deliberation.ts';
import { addEtablissement } from '../../src/db/etablissements.ts';
import { updateEvaluation } from '../../src/db/evaluations.ts';
import { setMark } from '../../src/db/marks.ts';
import { withLevel } from '../../src/domain/grids/index.ts';
import { numberMark } from '../../src/domain/marks.ts';
import * as download from '../../src/ui/download.ts';
import EvaluationsView from '../../src/ui/evaluations/EvaluationsView.svelte';
import { teacherChoice } from '../../src/ui/evaluations/evaluations.svelte.ts';
import type { Workspace } from '../../src/ui/state/workspace.svelte.ts';
import { candidateData, etablissementData } from '../db/helpers.ts';
import { pdfToText, squeeze } from '../io/pdf-helpers.ts';
import { sessionWorkspace } from './workspace-helpers.ts';
import { hasUnsavedDrafts } from '../../src/ui/state/unsaved-drafts.ts';

/** Two scolaires of a public lycée (CCF), one candidat individuel (ponctuel), and another lycée. */
async function setup(): Promise<{ workspace: Workspace; ids: Record<string, number>; lycee: number }> {
  const workspace = await sessionWorkspace();
  const db = workspace.db;
  const sessionId = workspace.openSessionId!;
  const lycee = await addEtablissement(db, etablissementData(sessionId, { name: 'LPO Déodat' }));
  const other = await addEtablissement(db, etablissementData(sessionId, { name: 'Lycée Myriam', uai: '0311201M' }));
  const ids: Record<string, number> = {};
  ids.dupont = await addCandidate(db, candidateData(sessionId, { numero: '0012', nom: 'Dupont', prenom: 'Léa', etablissementId: lycee }));
  ids.martin = await addCandidate(db, candidateData(sessionId, { numero: '0007', nom: 'Martin', prenom: 'Hugo', etablissementId: lycee }));
  ids.roux = await addCandidate(db, candidateData(sessionId, { numero: '0003', nom: 'Roux', prenom: 'Inès', etablissementId: lycee, statut: 'individuel' }));
  ids.petit = await addCandidate(db, candidateData(sessionId, { numero: '0001', nom: 'Petit', prenom: 'Jules', etablissementId: other }));
  await waitFor(() => expect(workspace.candidates).toHaveLength(4));
  await waitFor(() => expect(workspace.etablissements).toHaveLength(2));
  Object.assign(teacherChoice, { sessionId: null, unit: '', choice: 'all', candidateId: null });
  return { workspace, ids, lycee };
}

const stored = (workspace: Workspace, candidateId: number, unit: string) => workspace.db.evaluations.get([candidateId, unit]);
const markOf = (workspace: Workspace, candidateId: number, unit: string) =>
  workspace.marks.find((m) => m.candidateId === candidateId && m.unit === unit)?.value;

async function choose(unit: string, lycee: number | 'all') {
  const unitSelect = await screen.findByLabelText('Épreuve');
  await fireEvent.change(unitSelect, { target: { value: unit } });
  await fireEvent.change(screen.getByLabelText('Classe (établissement)'), { target: { value: String(lycee) } });
}

const group = (name: string) => screen.getByRole('radiogroup', { name });

/** U61 in Martin's class, Martin (CCF) shown. */
async function martinOnU61() {
  const user = userEvent.setup();
  const { workspace, ids, lycee } = await setup();
  render(EvaluationsView, { workspace });
  await choose('U61', lycee);
  await user.click(screen.getByRole('button', { name: 'Candidat suivant →' })); // Martin (CCF)
  await screen.findByText('Grille d’aide à l’évaluation – Contrôle en cours de formation (CCF)');
  return { user, workspace, ids };
}

/** E22 in Dupont's class, Dupont shown, the focus on part A's first degree. */
async function dupontOnE22() {
  const user = userEvent.setup();
  const { workspace, ids, lycee } = await setup();
  render(EvaluationsView, { workspace });
  await choose('E22', lycee);
  await user.selectOptions(await screen.findByLabelText('Candidat 1 sur 3'), String(ids.dupont));
  await screen.findByRole('heading', { name: 'A — Expression orale en continu' });
  within(screen.getByRole('radiogroup', { name: /^A — Expression orale en continu/ }))
    .getAllByRole('radio')[0]!
    .focus();
  return { user, workspace, ids };
}

describe('EvaluationsView — teacher mode', () => {
  it('U61: the class by numéro, each candidate with the grid of their form; a candidate without grid says so', async () => {
    const { workspace, lycee } = await setup();
    render(EvaluationsView, { workspace });
    await choose('U61', lycee);
    const select = await screen.findByLabelText('Candidat 1 sur 3');
    expect([...(select as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['0003 — ROUX Inès', '0007 — MARTIN Hugo', '0012 — DUPONT Léa']);
    // Roux is a candidat individuel: ponctuel grid (annexe 17).
    expect(await screen.findByText('Grille d’aide à l’évaluation – Forme ponctuelle')).toBeInTheDocument();
    expect(screen.getByText('0 / 3 évalués')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Candidat suivant →' }));
    expect(await screen.findByText('Grille d’aide à l’évaluation – Contrôle en cours de formation (CCF)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('MARTIN Hugo — n° 0007 — LPO Déodat — contrôle en cours de formation');
  });

  it('keyboard only: levels with 1–4 and N, ↑/↓, the mark with Enter, PageDown; everything stored at once', async () => {
    const { user, workspace, ids } = await martinOnU61();

    const first = within(group('Les segments de marché et les cibles sont identifiés')).getByRole('radio', { name: 'TI : Très insuffisant' });
    first.focus();
    await user.keyboard('3'); // S, then on to criterion 2
    await waitFor(async () => expect((await stored(workspace, ids.martin!, 'U61'))?.evaluation.levels).toEqual({ c1: 'S' }));
    expect(document.activeElement?.closest('[role="radiogroup"]')).toBe(group('Les objectifs et la démarche de prospection sont définis et justifiés'));
    await user.keyboard('n'); // non mobilisé
    await user.keyboard('{ArrowUp}'); // back to criterion 2
    expect(document.activeElement?.closest('[role="radiogroup"]')).toBe(group('Les objectifs et la démarche de prospection sont définis et justifiés'));
    await user.keyboard('4'); // TS replaces NM
    await user.keyboard('1234123412'); // criteria 3 to 12
    await waitFor(async () =>
      expect((await stored(workspace, ids.martin!, 'U61'))?.evaluation.levels).toEqual({
        c1: 'S',
        c2: 'TS',
        c3: 'TI',
        c4: 'I',
        c5: 'S',
        c6: 'TS',
        c7: 'TI',
        c8: 'I',
        c9: 'S',
        c10: 'TS',
        c11: 'TI',
        c12: 'I',
      }),
    );
    // After the last criterion, the mark field of the commission.
    const markField = screen.getByLabelText('Note sur 20 points (U61)');
    expect(document.activeElement).toBe(markField);
    await user.keyboard('13,5{Enter}');
    await waitFor(() => expect(markOf(workspace, ids.martin!, 'U61')).toEqual(numberMark(1350)));
    expect(await screen.findByText('1 / 3 évalués')).toBeInTheDocument();
    // The radio shows the stored level.
    expect(within(group('Les segments de marché et les cibles sont identifiés')).getByRole('radio', { name: 'S : Satisfaisant' })).toBeChecked();

    await user.keyboard('{PageDown}');
    await waitFor(() => expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('DUPONT Léa'));
    // The new candidate's grid takes the focus on its first criterion; → / ← move between candidates.
    await waitFor(() => expect(document.activeElement?.closest('[role="radiogroup"]')).toBe(group('Les segments de marché et les cibles sont identifiés')));
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('MARTIN Hugo'));
    expect(screen.getByLabelText('Note sur 20 points (U61)')).toHaveValue('13,5');
  });

  it('Ctrl+Z / Ctrl+Y undo and redo the grid shown, step by step; a grid changed since is left as it is, and said so', async () => {
    const { user, workspace, ids } = await martinOnU61();
    const levels = async () => (await stored(workspace, ids.martin!, 'U61'))?.evaluation.levels;
    const c1 = group('Les segments de marché et les cibles sont identifiés');
    within(c1).getByRole('radio', { name: 'TI : Très insuffisant' }).focus();
    await user.keyboard('34'); // c1 S, c2 TS
    await waitFor(async () => expect(await levels()).toEqual({ c1: 'S', c2: 'TS' }));

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect(await levels()).toEqual({ c1: 'S' }));
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect(await levels()).toBeUndefined()); // a blank grid keeps no record
    // What is shown follows at once (the changes being stored are not shown over it).
    expect(within(c1).getByRole('radio', { name: 'S : Satisfaisant' })).not.toBeChecked();
    await user.keyboard('{Control>}y{/Control}');
    await waitFor(async () => expect(await levels()).toEqual({ c1: 'S' }));
    await waitFor(() => expect(within(c1).getByRole('radio', { name: 'S : Satisfaisant' })).toBeChecked());

    // Another tab rates c1 TI: Ctrl+Z (which would take S away) leaves it and says why.
    await updateEvaluation(workspace.db, { candidateId: ids.martin!, unit: 'U61', change: (ev) => withLevel(ev, 'c1', 'TI') });
    await waitFor(() => expect(within(c1).getByRole('radio', { name: 'TI : Très insuffisant' })).toBeChecked());
    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByRole('alert')).toHaveTextContent("Grille U61 de Martin Hugo : elle a changé depuis ; rien n'est annulé.");
    expect(await levels()).toEqual({ c1: 'TI' });
  });

  it('E22: Ctrl+Z takes the last points back, and the mark summed from them with it', async () => {
    const { user, workspace, ids } = await dupontOnE22();
    await user.keyboard('245'); // A: 3 points; B: degree 4, 5 points
    await user.keyboard('3');
    await screen.findByRole('radiogroup', { name: 'C : points au degré 3' });
    await user.keyboard('6');
    await waitFor(() => expect(markOf(workspace, ids.dupont!, 'E22')).toEqual(numberMark(1400))); // 3 + 5 + 6
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(markOf(workspace, ids.dupont!, 'E22')).toBeUndefined());
    expect((await stored(workspace, ids.dupont!, 'E22'))!.evaluation.parts.C).toEqual({ degree: 3, hundredths: null, bonus: false });
    await user.keyboard('{Control>}y{/Control}');
    await waitFor(() => expect(markOf(workspace, ids.dupont!, 'E22')).toEqual(numberMark(1400)));
  });

  it('one mark, two views: a mark typed in the marks table shows in the grid, and a refused one is explained', async () => {
    const user = userEvent.setup();
    const { workspace, ids, lycee } = await setup();
    render(EvaluationsView, { workspace });
    await choose('U61', lycee);
    await user.click(screen.getByRole('button', { name: 'Candidat suivant →' }));
    const field = await screen.findByLabelText('Note sur 20 points (U61)');
    await setMark(workspace.db, { candidateId: ids.martin!, unit: 'U61', value: numberMark(1100) });
    await waitFor(() => expect(field).toHaveValue('11'));
    await user.clear(field);
    await user.type(field, '25{Enter}');
    expect(await screen.findByText('Note sur 20 points : « 25 » : note supérieure à 20')).toBeInTheDocument();
    expect(markOf(workspace, ids.martin!, 'U61')).toEqual(numberMark(1100));
  });

  it('E22: the degree with 1–4, the points the annexe allows, B for the bonus; A + B + C becomes the mark', async () => {
    const { user, workspace, ids } = await dupontOnE22();
    await user.keyboard('2'); // A: degree 2 = 3 points exactly, on to B
    expect(await screen.findByText('Points : 3 (seule valeur au degré 2)')).toBeInTheDocument();
    await user.keyboard('4'); // B: degree 4, then its points: 5 or 6
    const points = await screen.findByRole('radiogroup', { name: 'B : points au degré 4' });
    expect(
      within(points)
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).value),
    ).toEqual(['5', '6']);
    await waitFor(() => expect(document.activeElement?.closest('[role="radiogroup"]')).toBe(points));
    await user.keyboard('7'); // not allowed: nothing
    await user.keyboard('5');
    await user.keyboard('3'); // C: degree 3 (5 or 6)
    await screen.findByRole('radiogroup', { name: 'C : points au degré 3' });
    await user.keyboard('6b');
    await waitFor(() => expect(markOf(workspace, ids.dupont!, 'E22')).toEqual(numberMark(1500))); // 3 + 5 + (6 + 1)
    expect((await stored(workspace, ids.dupont!, 'E22'))!.evaluation.parts).toEqual({
      A: { degree: 2, hundredths: null, bonus: false },
      B: { degree: 4, hundredths: 500, bonus: false },
      C: { degree: 3, hundredths: 600, bonus: true },
    });
    expect(screen.getByText((_, el) => el?.classList.contains('part-mark') === true && (el.textContent ?? '').startsWith('Note C'))).toHaveTextContent(
      'Note C, sur 8 : 7',
    );
  });

  it('E4 CCF: situation marks /10 summed into the mark; once the deliberation is open, the reason is asked', async () => {
    const user = userEvent.setup();
    const { workspace, ids, lycee } = await setup();
    const db = workspace.db;
    render(EvaluationsView, { workspace });
    await choose('E4', lycee);
    await user.selectOptions(await screen.findByLabelText('Candidat 1 sur 3'), String(ids.dupont));
    const s1 = await screen.findByLabelText('Situation 1 — Note sur 10 points');
    await user.type(s1, '7,5{Enter}');
    await user.type(screen.getByLabelText('Situation 2 — Note sur 10 points'), '8{Enter}');
    await waitFor(() => expect(markOf(workspace, ids.dupont!, 'E4')).toEqual(numberMark(1550)));
    await user.clear(s1);
    await user.type(s1, '11{Enter}');
    expect(await screen.findByText('Situation 1 : « 11 » : note supérieure à 10')).toBeInTheDocument();

    await setJuryMember(db, workspace.openSessionId!, 'Mme Martin');
    await openDeliberation(db, workspace.openSessionId!);
    await waitFor(() => expect(workspace.phase).toBe('premier_groupe'));
    await user.clear(s1);
    await user.type(s1, '9{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Motif de la modification' });
    expect(dialog).toHaveTextContent('E4 de Dupont Léa (0012) : 15,5 → 17');
    await user.type(within(dialog).getByLabelText('Motif (noté au journal de la délibération)'), 'Erreur de report');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(markOf(workspace, ids.dupont!, 'E4')).toEqual(numberMark(1700)));
    expect((await listAudit(db, workspace.openSessionId!)).filter((e) => e.kind === 'note')).toMatchObject([
      { unit: 'E4', before: '15,5', after: '17', reason: 'Erreur de report' },
    ]);
  });

  it('E4 CCF: one situation marked is no total; the PDF of the candidate shown says the marks table’s mark for what it is', async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadBytes').mockImplementation(() => {});
    const { workspace, ids, lycee } = await setup();
    await setMark(workspace.db, { candidateId: ids.dupont!, unit: 'E4', value: numberMark(1250) });
    render(EvaluationsView, { workspace });
    await choose('E4', lycee);
    await user.selectOptions(await screen.findByLabelText('Candidat 1 sur 3'), String(ids.dupont));
    await user.type(await screen.findByLabelText('Situation 1 — Note sur 10 points'), '6,25{Enter}');
    await waitFor(async () => expect((await stored(workspace, ids.dupont!, 'E4'))?.evaluation.parts.S1?.hundredths).toBe(625));
    const mark = screen.getByRole('region', { name: 'Note de l’épreuve E4' });
    expect(mark).toHaveTextContent('TOTAL SUR 20 POINTS (Situation 1 + Situation 2) : —');
    expect(within(mark).getByText(/^Note du tableau des notes/)).toHaveTextContent('Note du tableau des notes : 12,5');

    await user.click(screen.getByRole('button', { name: 'Grille de DUPONT Léa (PDF)' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    const [fileName, bytes] = saved.mock.calls[0]!;
    expect(fileName).toBe('grille-E4-0012-DUPONT-Léa.pdf');
    const text = squeeze(pdfToText(bytes, 'grille-un-candidat')).replace(/\s*\n\s*/g, ' ');
    expect(text).toContain('Nom et prénom du candidat DUPONT Léa');
    expect(text).not.toMatch(/MARTIN|ROUX/);
    expect(text).toContain('SITUATION 1 SUR 10 POINTS 6,25 SITUATION 2 SUR 10 POINTS TOTAL SUR 20 POINTS Note du tableau des notes : 12,5');
    saved.mockRestore();
  });

  it('« Grilles remplies (PDF) » says how many of its grids are evaluated, and that the others are printed blank', async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadBytes').mockImplementation(() => {});
    const { workspace, ids, lycee } = await setup();
    render(EvaluationsView, { workspace });
    await choose('U61', lycee);
    await screen.findByText('0 / 3 évalués');
    const status = () => within(screen.getByRole('group', { name: 'Grilles en PDF' })).getByRole('status');

    await user.click(screen.getByRole('button', { name: 'Grilles remplies (PDF)' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(status()).toHaveTextContent("Aucune des 3 grilles n'est encore évaluée : elles sont imprimées vierges, au nom du candidat."));

    // An AB counts as evaluated (the progress says so too).
    await setMark(workspace.db, { candidateId: ids.martin!, unit: 'U61', value: { kind: 'AB' } });
    await screen.findByText('1 / 3 évalués');
    await user.click(screen.getByRole('button', { name: 'Grilles remplies (PDF)' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(status()).toHaveTextContent('3 grilles imprimées : 1 évaluée, 2 vierges au nom du candidat.'));
    // Another class chosen: the note was about the file made before.
    await choose('U61', 'all');
    expect(status()).toHaveTextContent(/^$/);
    saved.mockRestore();
  });

  it('the commission: date typed JJ/MM/AAAA, members, and « reprendre » from the previous candidate', async () => {
    const user = userEvent.setup();
    const { workspace, ids, lycee } = await setup();
    render(EvaluationsView, { workspace });
    await choose('U62', lycee);
    await user.click(screen.getByRole('button', { name: 'Candidat suivant →' })); // Martin
    const date = await screen.findByLabelText('Date de l’épreuve (JJ/MM/AAAA)');
    await user.type(date, '31/02/2025{Enter}');
    expect(await screen.findByText("Date de l’épreuve : le 31/02/2025 n'existe pas dans le calendrier")).toBeInTheDocument();
    await user.clear(date);
    // A short date: stored as 20/05/2025, shown so, and nothing left « unsaved » (leaving the page asked every time).
    await user.type(date, '20/5/25{Enter}');
    await waitFor(() => expect(date).toHaveValue('20/05/2025'));
    await waitFor(() => expect(hasUnsavedDrafts()).toBe(false));
    await user.type(screen.getByLabelText('Membre 1 : qualité'), 'Professeur{Enter}');
    expect(await screen.findByText("Membre 1 : indiquez d'abord son nom et prénom.")).toBeInTheDocument();
    await user.type(screen.getByLabelText('Membre 1 : nom et prénom'), 'M. Petit{Enter}');
    await waitFor(async () =>
      expect((await stored(workspace, ids.martin!, 'U62'))?.evaluation).toMatchObject({ date: '2025-05-20', members: [{ name: 'M. Petit' }] }),
    );
    await user.clear(screen.getByLabelText('Membre 1 : qualité'));
    await user.type(screen.getByLabelText('Membre 1 : qualité'), 'Professeur{Enter}');
    await waitFor(async () =>
      expect((await stored(workspace, ids.martin!, 'U62'))?.evaluation.members).toEqual([{ name: 'M. Petit', quality: 'Professeur', signed: false }]),
    );
    // The refused « Professeur » (no name yet) was unsaved until stored; now nothing is.
    await waitFor(() => expect(hasUnsavedDrafts()).toBe(false));

    await user.click(screen.getByRole('button', { name: 'Candidat suivant →' })); // Dupont
    await user.click(await screen.findByRole('button', { name: 'Reprendre la date et la commission du candidat précédent' }));
    await waitFor(async () =>
      expect((await stored(workspace, ids.dupont!, 'U62'))?.evaluation).toMatchObject({
        date: '2025-05-20',
        members: [{ name: 'M. Petit', quality: 'Professeur' }],
      }),
    );
    expect(screen.getByLabelText('Date de l’épreuve (JJ/MM/AAAA)')).toHaveValue('20/05/2025');
  });
});

describe('EvaluationsView — class summary', () => {
  it('counts, per criterion, the candidates at each level; the numbers are the cells’ text', async () => {
    const user = userEvent.setup();
    const { workspace, ids, lycee } = await setup();
    const { updateEvaluation } = await import('../../src/db/evaluations.ts');
    const { withLevel } = await import('../../src/domain/grids/index.ts');
    await updateEvaluation(workspace.db, { candidateId: ids.martin!, unit: 'U61', change: (ev) => withLevel(withLevel(ev, 'c1', 'S'), 'c2', 'NM') });
    await updateEvaluation(workspace.db, { candidateId: ids.dupont!, unit: 'U61', change: (ev) => withLevel(ev, 'c1', 'S') });
    render(EvaluationsView, { workspace });
    await choose('U61', lycee);
    await user.click(screen.getByRole('button', { name: 'Synthèse de la classe' }));
    const table = await screen.findByRole('table', { name: /Niveaux par critère — U61, CCF \(annexe 16\), 2 candidats/ });
    const row = within(table).getByRole('row', { name: /Les segments de marché/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '0', '2', '0', '0', '0']);
    const row2 = within(table).getByRole('row', { name: /Les objectifs et la démarche/ });
    expect(
      within(row2)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '0', '0', '0', '1', '1']);
    // Roux takes U61 ponctuel: a table of its own.
    expect(screen.getByRole('table', { name: /U61, forme ponctuelle \(annexe 17\), 1 candidat$/ })).toBeInTheDocument();
  });
});
