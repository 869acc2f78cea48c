// The import wizard where Web Workers are unavailable (jsdom): the same reading and planning run on the main thread
// after a yield; choices re-plan (the answer of a replaced request is ignored); « Annuler » during the writing
// aborts it and says so; the livret mode goes through the same worker protocol, with « Annuler » while reading.
// The worker itself is exercised in Chromium (tests/e2e/import-background.test.ts).
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { livretTemplateFor } from '../../src/domain/livret.ts';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import type { LivretImportPlan } from '../../src/io/import/livret.ts';
import type { ImportPlan, SessionSnapshot } from '../../src/io/import/types.ts';
import ImportWizard from '../../src/ui/import/ImportWizard.svelte';
import { listSessions } from '../../src/db/sessions.ts';
import { writeCandidatesCsv } from '../../src/io/candidates-csv.ts';
import { autoMap, importFields } from '../../src/io/import/fields.ts';
import { buildPlan } from '../../src/io/import/plan.ts';
import { readImportSource } from '../../src/io/import/read.ts';
import { sampleCandidates } from '../../src/sample/candidates.ts';
import { emptyWorkspace, sessionWorkspace } from './workspace-helpers.ts';

const snapshot: SessionSnapshot = { regulation: ccst, year: 2025, etablissements: [], candidates: [], marks: [] };
const csv = 'numero;nom;prenom;E1\n001;Durand;Léa;12,5\n002;Martin;Paul;\n003;Petit;Zoé;9\n';
const file = () => new File([csv], 'notes.csv', { type: 'text/csv' });

/** The wizard on a session holding one candidate (numéro 001), `text` chosen as a file: its user and its apply. */
async function wizardWithOne(person: { nom: string; prenom: string }, text: string) {
  const user = userEvent.setup();
  const apply = vi.fn(async (_plan: ImportPlan) => true);
  const one = { sessionId: 1, id: 1, numero: '001', ...person, dateNaissance: null, etablissementId: null, statut: 'scolaire' as const };
  const stored: SessionSnapshot = { ...snapshot, candidates: [{ ...one, langueVivante: '', optionalUnits: [], formOverrides: {} }] };
  render(ImportWizard, { props: { snapshot: stored, apply, onclose: () => {}, target: '' } });
  await user.upload(screen.getByLabelText(/Choisir un fichier CSV/), new File([text], 'notes.csv'));
  return { user, apply };
}

describe('ImportWizard without Web Workers', () => {
  it('reads, previews and re-plans a file on the main thread, then applies the plan shown', async () => {
    const user = userEvent.setup();
    const apply = vi.fn(async (_plan: ImportPlan, _name: string, onProgress: (done: number, total: number) => void) => {
      onProgress(1, 1);
      return true;
    });
    render(ImportWizard, { props: { snapshot, apply, onclose: () => {}, target: '' } });
    expect(typeof Worker).toBe('undefined');

    await user.upload(screen.getByLabelText(/Choisir un fichier CSV/), file());
    expect(await screen.findByText('3 nouveaux candidats')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '1. Lecture du fichier « notes.csv »' })).toBeInTheDocument();
    expect(screen.getByLabelText('Champ pour la colonne « E1 »')).toHaveValue('E1');

    // The E1 column ignored: planned again, no mark written.
    await user.selectOptions(screen.getByLabelText('Champ pour la colonne « E1 »'), '');
    await waitFor(() => expect(screen.getByLabelText('Champ pour la colonne « E1 »')).toHaveValue(''));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Aperçu ligne par ligne' })).not.toHaveTextContent('E1'));

    await user.click(screen.getByRole('button', { name: 'Importer' }));
    await screen.findByText(/Import appliqué/);
    const plan = apply.mock.calls[0]![0];
    expect(plan.newCandidates.map((c) => c.data.nom)).toEqual(['Durand', 'Martin', 'Petit']);
    expect(plan.markWrites).toEqual([]);
  });

  it('in a session without candidates, a class list without numbers comes in « numéro à venir » at once (the box ticked from the start)', async () => {
    const user = userEvent.setup();
    const apply = vi.fn(async () => true);
    const bytes = new TextEncoder().encode('Nom et prénom\nAUBERT Camille\nBENOIT Lucas\n');
    render(ImportWizard, { props: { snapshot, apply, onclose: () => {}, target: '', pasted: { bytes, name: 'collage' } } });
    expect(await screen.findByText('2 nouveaux candidats')).toBeInTheDocument();
    expect(screen.getByLabelText('Ajouter les lignes sans numéro (numéro à venir)')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    await waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
    expect((apply.mock.calls[0] as unknown as [ImportPlan])[0].newCandidates.map((c) => [c.data.nom, c.data.prenom, c.data.numero])).toEqual([
      ['AUBERT', 'Camille', ''],
      ['BENOIT', 'Lucas', ''],
    ]);
  });

  it('plans marks pasted in the notes grid with their candidates « numéro à venir » found by name, without creating any', async () => {
    const user = userEvent.setup();
    const apply = vi.fn(async () => true);
    const base = {
      sessionId: 1,
      dateNaissance: null,
      etablissementId: null,
      statut: 'scolaire' as const,
      langueVivante: 'Anglais',
      optionalUnits: [],
      formOverrides: {},
    };
    const withPending: SessionSnapshot = {
      ...snapshot,
      candidates: [
        { ...base, id: 1, numero: '001', nom: 'Durand', prenom: 'Léa' },
        { ...base, id: 2, numero: '', nom: 'Martin', prenom: 'Paul' },
      ],
    };
    // The sheet MarksGrid makes of two cells pasted on E1 (see pastedMarks).
    const bytes = new TextEncoder().encode('numero;nom;prenom;E1\r\n001;Durand;Léa;12\r\n;Martin;Paul;14\r\n');
    render(ImportWizard, { props: { snapshot: withPending, apply, onclose: () => {}, target: '', pasted: { bytes, name: 'collage', ofGrid: true } } });
    expect(await screen.findByText('2 modifiés')).toBeInTheDocument();
    expect(screen.getByLabelText('Ajouter les lignes sans numéro (numéro à venir)')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    await waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
    const plan = (apply.mock.calls[0] as unknown as [ImportPlan])[0];
    expect(plan.newCandidates).toEqual([]);
    expect(plan.markWrites.map((w) => ('id' in w.candidate ? w.candidate.id : null))).toEqual([1, 2]);
  });

  it('a number mistyped in a marks sheet: the row is refused, said in a box, and created only once ticked as a namesake', async () => {
    const { user, apply } = await wizardWithOne({ nom: 'Durand', prenom: 'Léa' }, 'numero;nom;prenom;E1\n010;Durand;Léa;12,5\n');
    const box = await screen.findByRole('group', { name: 'Numéros inconnus, noms connus' });
    expect(box).toHaveTextContent('1 ligne a un numéro inconnu de la session, mais les nom et prénom d’un candidat qui y est avec un autre numéro');
    expect(box).toHaveTextContent('elle reste en erreur');
    const preview = screen.getByRole('region', { name: 'Aperçu ligne par ligne' });
    expect(preview).toHaveTextContent('Durand Léa est dans la session avec le numéro 001, absent du fichier');
    expect(screen.getByText('Rien à importer : toutes les lignes sont en erreur.')).toBeInTheDocument();

    await user.click(within(box).getByLabelText('Créer quand même ces candidats (homonymes)'));
    expect(await screen.findByText('1 nouveau candidat')).toBeInTheDocument();
    await waitFor(() => expect(preview).toHaveTextContent('homonyme de Durand Léa (numéro 001) : créé comme un autre candidat'));
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    await waitFor(() => expect(apply).toHaveBeenCalledOnce());
    const plan = apply.mock.calls[0]![0];
    expect(plan.newCandidates.map((c) => c.data.numero)).toEqual(['010']);
  });

  it('nom and prénom swapped: a box says it above the preview, the import stays possible', async () => {
    await wizardWithOne({ nom: 'Bonnet', prenom: 'Noé' }, 'numero;prenom;nom\n001;Bonnet;Noé\n');
    const box = await screen.findByRole('group', { name: 'Noms et prénoms inversés' });
    expect(box).toHaveTextContent('1 ligne a le nom et le prénom inversés par rapport à la session');
    expect(screen.getByRole('button', { name: 'Importer' })).toBeEnabled();
  });

  it('closes on Échap, as a dialog would, but not while its import is being written', async () => {
    const user = userEvent.setup();
    const onclose = vi.fn();
    let finish: (ok: boolean) => void = () => {};
    const apply = vi.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
    render(ImportWizard, { props: { snapshot, apply, onclose, target: '' } });
    await user.upload(screen.getByLabelText(/Choisir un fichier CSV/), file());
    await screen.findByText('3 nouveaux candidats');

    await user.click(screen.getByRole('button', { name: 'Importer' }));
    await user.keyboard('{Escape}');
    expect(onclose).not.toHaveBeenCalled();
    finish(true);
    await screen.findByText(/Import appliqué/);
    screen.getByLabelText('Afficher').focus();
    await user.keyboard('{Escape}');
    expect(onclose).toHaveBeenCalledTimes(1);
  });

  it('a large preview, drawn in two steps, ends with its first 200 rows in file order and says how many are not shown', async () => {
    const user = userEvent.setup();
    render(ImportWizard, { props: { snapshot, apply: vi.fn(async () => true), onclose: () => {}, target: '' } });
    const big = writeCandidatesCsv(ccst, sampleCandidates(ccst, 260, 3));
    await user.upload(screen.getByLabelText(/Choisir un fichier CSV/), new File([big], 'grand.csv', { type: 'text/csv' }));
    expect(await screen.findByText('260 nouveaux candidats')).toBeInTheDocument();
    const table = screen.getByRole('region', { name: 'Aperçu ligne par ligne' });
    expect(screen.getByText('… et 60 autres lignes.')).toBeInTheDocument();
    await waitFor(() => expect(within(table).getAllByText('nouveau')).toHaveLength(200));
    // The rows in file order, without a gap between the first ones and the others.
    const lines = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Number(row.querySelector('td')!.textContent));
    expect(lines).toEqual(Array.from({ length: 200 }, (_, i) => i + 2));
  });

  it('« Annuler » during the writing aborts it: nothing applied, a notice, the import can be started again', async () => {
    const user = userEvent.setup();
    let signal: AbortSignal | undefined;
    const apply = vi.fn(
      (_plan: ImportPlan, _name: string, onProgress: (done: number, total: number) => void, s: AbortSignal) =>
        new Promise<boolean>((resolve) => {
          signal = s;
          onProgress(1200, 5000);
          s.addEventListener('abort', () => resolve(false));
        }),
    );
    render(ImportWizard, { props: { snapshot, apply, onclose: () => {}, target: '' } });
    await user.upload(screen.getByLabelText(/Choisir un fichier CSV/), file());
    await screen.findByText('3 nouveaux candidats');

    await user.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByRole('progressbar', { name: 'Application… 1\u202f200 / 5\u202f000' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Annuler' }));

    expect(signal?.aborted).toBe(true);
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent("Import annulé : rien n'a été modifié.");
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByText(/Import appliqué/)).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Aperçu ligne par ligne' })).getAllByText('nouveau')).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Importer' })).toBeEnabled();
  });

  it('refuses an empty-looking file in French, as before parsing', async () => {
    const user = userEvent.setup();
    render(ImportWizard, { props: { snapshot, apply: async () => true, onclose: () => {}, target: '' } });
    await user.upload(screen.getByLabelText(/Choisir un fichier CSV/), new File([' \n \n'], 'vide.csv', { type: 'text/csv' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("« vide.csv » : Le fichier est vide : il ne contient ni ligne d'en-tête ni candidat.");
    expect(screen.queryByRole('heading', { name: /Lecture du fichier/ })).toBeNull();
  });

  it('says in French when a chosen file can no longer be read (moved or deleted since its choice)', async () => {
    const user = userEvent.setup();
    render(ImportWizard, { props: { snapshot, apply: async () => true, onclose: () => {}, target: '' } });
    const gone = file();
    gone.arrayBuffer = () => Promise.reject(new DOMException('A requested file could not be read', 'NotReadableError'));
    await user.upload(screen.getByLabelText(/Choisir un fichier CSV/), gone);
    expect(await screen.findByRole('alert')).toHaveTextContent("« notes.csv » n'a pas pu être lu : le fichier a peut-être été déplacé, supprimé");
    expect(screen.queryByRole('heading', { name: /Lecture du fichier/ })).toBeNull();
  });
});

describe('Workspace imports cancelled while written', () => {
  /** A plan of 1,500 new candidates with their marks: several chunks, so that a cancel lands half-way. */
  function largePlan(): ImportPlan {
    const bytes = new TextEncoder().encode(writeCandidatesCsv(ccst, sampleCandidates(ccst, 1500, 3)));
    const source = readImportSource(bytes, 'candidats.csv');
    return buildPlan(source, autoMap(source.records[source.headerIndex]!.cells, importFields(ccst)), snapshot);
  }

  it('into a new session: no session left behind, no error notice', async () => {
    const workspace = await emptyWorkspace();
    const abort = new AbortController();
    const ok = await workspace.importIntoNewSession(
      largePlan(),
      'candidats.csv',
      { presetId: ccst.id, year: 2024 },
      (done) => done > 0 && abort.abort(),
      abort.signal,
    );
    expect(ok).toBe(false);
    expect(abort.signal.aborted).toBe(true);
    expect(await listSessions(workspace.db)).toEqual([]);
    expect(await workspace.db.candidates.count()).toBe(0);
    expect(workspace.notice).toBeNull();
  }, 60_000);

  it('into the open session: nothing written, no « Dernier import », no error notice', async () => {
    const workspace = await sessionWorkspace();
    workspace.notice = null;
    const abort = new AbortController();
    const ok = await workspace.applyImport(largePlan(), 'candidats.csv', (done) => done > 0 && abort.abort(), abort.signal);
    expect(ok).toBe(false);
    expect(await workspace.db.candidates.count()).toBe(0);
    expect(await workspace.db.imports.count()).toBe(0);
    expect(workspace.lastImport).toBeNull();
    expect(workspace.notice).toBeNull();
  }, 60_000);
});

describe('ImportWizard in livret mode', () => {
  const template = livretTemplateFor(ccst)!;
  const person = { sessionId: 7, etablissementId: 1, statut: 'scolaire', langueVivante: 'Anglais', optionalUnits: [], formOverrides: {} } as const;
  const candidates: SessionSnapshot['candidates'] = [
    { ...person, id: 1, numero: '02431000001', nom: 'Durand', prenom: 'Léa', dateNaissance: '2004-03-15', optionalUnits: [] },
    { ...person, id: 2, numero: '02431000002', nom: 'Martin', prenom: 'Paul', dateNaissance: '2003-11-02', optionalUnits: [] },
  ];
  const session: SessionSnapshot = { ...snapshot, candidates };
  const livretCsv = 'Numéro;Nom;Prénom;CGE;\n;;;S1;S2\n02431000001;Durand;Léa;12,5;13\n02431000002;Martin;Paul;9;\n';
  const livretFile = () => new File([livretCsv], 'livret.csv', { type: 'text/csv' });

  it('reads and plans the file through the worker protocol; another year plans again', async () => {
    const user = userEvent.setup();
    const apply = vi.fn(async (_plan: LivretImportPlan) => true);
    render(ImportWizard, { props: { snapshot: session, onclose: () => {}, target: '', livret: { template, sessionId: 7, records: [], apply } } });
    await user.upload(screen.getByLabelText(/Choisir un fichier CSV/), livretFile());
    expect(await screen.findByText('2 nouveaux livrets')).toBeInTheDocument();
    expect(screen.getByLabelText("Lignes d'en-tête")).toHaveValue('2');
    expect(screen.getByLabelText('Champ pour la colonne « CGE S1 »')).toHaveValue('livret.cge.a2s1');

    await user.selectOptions(screen.getByLabelText('Colonnes « S1 » et « S2 » sans année'), '1');
    await waitFor(() => expect(screen.getByLabelText('Champ pour la colonne « CGE S1 »')).toHaveValue('livret.cge.a1s1'));

    await user.click(screen.getByRole('button', { name: 'Importer' }));
    await screen.findByText(/Import appliqué/);
    expect(apply.mock.calls[0]![0].writes.map((w) => w.candidateId)).toEqual([1, 2]);
  });

  it('« Annuler » while the file is read ends the worker: nothing applied, a notice, the file can be chosen again', async () => {
    // A worker that never answers: the reading is still running when « Annuler » is clicked.
    const workers: { messages: unknown[]; terminated: boolean }[] = [];
    class SilentWorker {
      onmessage: unknown = null;
      onerror: unknown = null;
      state = { messages: [] as unknown[], terminated: false };
      constructor() {
        workers.push(this.state);
      }
      postMessage(message: unknown) {
        this.state.messages.push(message);
      }
      terminate() {
        this.state.terminated = true;
      }
    }
    vi.stubGlobal('Worker', SilentWorker);
    try {
      const user = userEvent.setup();
      const apply = vi.fn(async () => true);
      render(ImportWizard, { props: { snapshot: session, onclose: () => {}, target: '', livret: { template, sessionId: 7, records: [], apply } } });
      const input = screen.getByLabelText(/Choisir un fichier CSV/);
      await user.upload(input, livretFile());
      expect(await screen.findByRole('progressbar', { name: 'Lecture… 0 %' })).toBeInTheDocument();
      await waitFor(() => expect(workers[0]?.messages.some((m) => (m as { livret?: unknown }).livret)).toBe(true));
      const request = workers[0]!.messages.find((m) => (m as { livret?: unknown }).livret) as Record<string, unknown>;
      expect(request.livret).toEqual({ headerRows: null, year: 2 });
      expect(request.livretContext).toMatchObject({ sessionId: 7, records: [] });

      await user.click(screen.getByRole('button', { name: 'Annuler' }));
      expect(workers[0]!.terminated).toBe(true);
      expect(await screen.findByRole('status')).toHaveTextContent("Import annulé : rien n'a été modifié.");
      expect(screen.queryByRole('progressbar')).toBeNull();
      expect(screen.queryByRole('heading', { name: /Lecture du fichier/ })).toBeNull();
      expect(input).toHaveValue('');
      expect(apply).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
