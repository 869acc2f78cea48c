// Issue 20 in components: unprintable names listed before printing, the tab's jury member asked once the
// deliberation is open and credited in the journal (never another tab's), the storage-failure screen.
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { listAudit, openDeliberation, setJuryMember } from '../../src/db/deliberation.ts';
import { openDatabase } from '../../src/db/database.ts';
import { setMark } from '../../src/db/marks.ts';
import { numberMark } from '../../src/domain/marks.ts';
import type { Candidate } from '../../src/domain/session.ts';
import TabMemberChip from '../../src/ui/jury/TabMemberChip.svelte';
import StorageProblem from '../../src/ui/StorageProblem.svelte';
import UnprintableNames from '../../src/ui/UnprintableNames.svelte';
import { storageFailure } from '../../src/db/storage.ts';
import { Workspace } from '../../src/ui/state/workspace.svelte.ts';
import { juryWorkspace } from './jury-helpers.ts';

const person = (id: number, nom: string, prenom: string) => ({ id, numero: `00${id}`, nom, prenom }) as Candidate;

describe('names no PDF font prints', () => {
  it('lists, before printing, the candidates and the characters that will come out as « ? »', () => {
    render(UnprintableNames, {
      candidates: [person(1, 'Nguyễn', 'Thảo'), person(2, 'Dupont', 'Léa 🎓'), person(3, 'محمد', 'علي'), person(4, '李', 'Wei')],
    });
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent("2 noms contiennent des caractères qu'aucune police des PDF ne sait imprimer");
    expect(note).toHaveTextContent('002 — Dupont Léa 🎓 : 🎓');
    expect(note).toHaveTextContent('004 — 李 Wei : 李');
    expect(note).not.toHaveTextContent('Nguyễn'); // printed as typed: nothing to say
  });

  it('says nothing when every name prints', () => {
    render(UnprintableNames, { candidates: [person(1, 'Łukasz', 'Wąsik'), person(2, 'Doğan', 'Şükrü')] });
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});

describe('the jury member of this tab', () => {
  it('is asked once the deliberation is open, shown in the header, and credited in the journal (not the stored one)', async () => {
    const user = userEvent.setup();
    const { workspace, ids } = await juryWorkspace([{ numero: '0001', nom: 'Dupont' }]);
    const sessionId = workspace.openSessionId!;
    // Another tab (another connection) saved « Bob » and opened the deliberation.
    const other = openDatabase(workspace.db.name);
    await setJuryMember(other, sessionId, 'Bob');
    await openDeliberation(other, sessionId);
    other.close();

    render(TabMemberChip, { workspace });
    const dialog = await screen.findByRole('dialog', { name: 'Qui saisit dans cet onglet ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Valider' }));
    expect(within(dialog).getByText('Le nom du membre du jury est obligatoire.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Membre du jury (dans cet onglet)'), 'Alice\u0007');
    await user.click(within(dialog).getByRole('button', { name: 'Valider' }));
    expect(within(dialog).getByText(/caractère de contrôle invisible \(U\+0007/)).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText('Membre du jury (dans cet onglet)'));
    await user.type(within(dialog).getByLabelText('Membre du jury (dans cet onglet)'), 'Alice');
    await user.click(within(dialog).getByRole('button', { name: 'Valider' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('Alice')).toBeInTheDocument();
    expect(sessionStorage.getItem('delib.juryMember')).toBe('Alice');

    await setMark(workspace.db, { candidateId: ids['0001']!, unit: 'E1', value: numberMark(1500), reason: 'Erreur de report' });
    const audit = await listAudit(workspace.db, sessionId);
    expect(audit.map((a) => `${a.kind}:${a.who}`)).toEqual(['phase:Bob', 'note:Alice']);
  });

  it('a tab without a member is refused a change once the deliberation is open (never credited to another tab)', async () => {
    const { workspace, ids } = await juryWorkspace([{ numero: '0001', nom: 'Dupont' }]);
    const sessionId = workspace.openSessionId!;
    const other = openDatabase(workspace.db.name);
    await setJuryMember(other, sessionId, 'Bob');
    await openDeliberation(other, sessionId);
    other.close();
    await expect(setMark(workspace.db, { candidateId: ids['0001']!, unit: 'E1', value: numberMark(1500), reason: 'x' })).rejects.toThrow(
      'indiquez d’abord le nom du membre du jury qui saisit',
    );
  });
});

describe('storage problems', () => {
  it('the workspace reports why the database cannot open, instead of loading forever', async () => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    // A browser whose IndexedDB refuses this site (a private window, blocked site data).
    const db = openDatabase(`broken-${Date.now()}`, {
      indexedDB: { open: refuse, deleteDatabase: refuse, cmp: indexedDB.cmp.bind(indexedDB) } as unknown as IDBFactory,
      IDBKeyRange,
    });
    const workspace = new Workspace(db);
    await workspace.start();
    expect(workspace.ready).toBe(false);
    expect(workspace.storageProblem?.kind).toBe('blocked');
    render(StorageProblem, { failure: workspace.storageProblem! });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Délib ne peut pas enregistrer de données dans ce navigateur');
    expect(alert).toHaveTextContent("Le navigateur refuse à Délib l'accès au stockage de ses données.");
    expect(screen.getByRole('button', { name: 'Recharger la page' })).toBeInTheDocument();
    workspace.stop();
  });

  it('explains a missing IndexedDB', () => {
    render(StorageProblem, { failure: storageFailure(Object.assign(new Error('IndexedDB API missing'), { name: 'MissingAPIError' })) });
    expect(screen.getByRole('alert')).toHaveTextContent("IndexedDB n'est pas disponible");
  });
});
