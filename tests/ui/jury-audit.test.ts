// Component tests of the audit trail view: entries shown (most recent first), filters, CSV export.
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { openDeliberation, setJuryMember } from '../../src/db/deliberation.ts';
import { setMark } from '../../src/db/marks.ts';
import AuditView from '../../src/ui/jury/AuditView.svelte';
import { mark } from '../db/helpers.ts';
import { juryWorkspace } from './jury-helpers.ts';

const downloads = vi.hoisted(() => ({ calls: [] as { fileName: string; text: string }[] }));
vi.mock('../../src/ui/download.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/ui/download.ts')>()),
  downloadText: (fileName: string, text: string) => downloads.calls.push({ fileName, text }),
}));

async function withEntries() {
  const { workspace, ids } = await juryWorkspace([
    { numero: '0012', nom: 'Dupont', prenom: 'Léa', base: '9' },
    { numero: '0013', nom: 'Martin', prenom: 'Paul' },
  ]);
  const db = workspace.db;
  const sessionId = workspace.openSessionId!;
  await setJuryMember(db, sessionId, 'Mme Martin');
  await openDeliberation(db, sessionId);
  await setMark(db, { candidateId: ids['0012']!, unit: 'E1', value: mark('12'), reason: 'Erreur de report' });
  await setJuryMember(db, sessionId, 'M. Petit');
  await setMark(db, { candidateId: ids['0013']!, unit: 'E5', value: mark('11', 'E5'), reason: 'Copie revue' });
  return { workspace, ids };
}

describe('AuditView', () => {
  it('shows each entry, most recent first: who, candidate, unit, before, after, reason', async () => {
    const { workspace } = await withEntries();
    render(AuditView, { workspace });
    const table = await screen.findByRole('table', { name: 'Journal de la délibération, le plus récent en premier' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(/M\. Petit\s*0013 Martin Paul\s*E5\s*10\s*11\s*Copie revue/);
    expect(rows[1]).toHaveTextContent(/Mme Martin\s*0012 Dupont Léa\s*E1\s*9\s*12\s*Erreur de report/);
    expect(rows[2]).toHaveTextContent(/Mme Martin\s*Phase de la délibération\s*Préparation \(avant la délibération\)\s*Délibération du 1er groupe ouverte/);
    expect(rows[0]!.querySelector('time')?.textContent).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    expect(screen.getByText('3 entrées')).toBeInTheDocument();
  });

  it('filters by candidate, unit and member, and exports the rows shown as CSV', async () => {
    const user = userEvent.setup();
    const { workspace } = await withEntries();
    render(AuditView, { workspace });
    const table = await screen.findByRole('table');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));

    await user.selectOptions(screen.getByLabelText('Membre du jury'), 'Mme Martin');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('2 entrées affichées sur 3')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Épreuve'), 'E1');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    await user.selectOptions(screen.getByLabelText('Épreuve'), 'Phase de la délibération');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Ouverture de la délibération');

    await user.selectOptions(screen.getByLabelText('Épreuve'), 'Toutes');
    await user.selectOptions(screen.getByLabelText('Membre du jury'), 'Tous');
    await user.type(screen.getByLabelText('Candidat'), 'dupont');
    expect(within(table).getAllByRole('row')).toHaveLength(2);

    downloads.calls.length = 0;
    await user.click(screen.getByRole('button', { name: 'Exporter le journal (CSV)' }));
    expect(downloads.calls).toHaveLength(1);
    expect(downloads.calls[0]!.fileName).toBe('journal-deliberation-BTS-CCST-2025.csv');
    const lines = downloads.calls[0]!.text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFQuand;Qui;Numéro;Candidat;Épreuve;Avant;Après;Motif');
    expect(lines[1]).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d;Mme Martin;0012;Dupont Léa;E1;9;12;Erreur de report$/);
    expect(lines).toHaveLength(3);
  });
});
