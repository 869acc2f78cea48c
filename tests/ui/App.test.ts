import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { listSessions } from '../../src/db/sessions.ts';
import App from '../../src/ui/App.svelte';

let counter = 0;
const freshName = () => `app-test-${Date.now()}-${counter++}`;

describe('App', () => {
  it('shows the product name and one level-1 heading', () => {
    render(App, { databaseName: freshName() });
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('heading', { level: 1, name: 'Délib' })).toBeInTheDocument();
    expect(within(banner).getByText('Résultats et délibération du BTS')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('starts on an empty state that says data stays in this browser and offers the three ways in', async () => {
    render(App, { databaseName: freshName() });
    const main = screen.getByRole('main');
    expect(await within(main).findByRole('heading', { name: 'Aucune session' })).toBeInTheDocument();
    expect(main).toHaveTextContent(/restent dans ce navigateur \(IndexedDB\)/);
    expect(within(main).getByRole('button', { name: 'Charger un exemple' })).toBeEnabled();
    expect(within(main).getByRole('button', { name: 'Nouvelle session' })).toBeEnabled();
    expect(within(main).getByRole('button', { name: 'Importer un fichier' })).toBeEnabled();
  });

  it('loads the example session in one click and opens it', { timeout: 60_000 }, async () => {
    const name = freshName();
    render(App, { databaseName: name });
    await userEvent.click(await screen.findByRole('button', { name: 'Charger un exemple' }));
    // Generous waits: on a loaded 2-core machine, writing and showing the 170 candidates took more than 7 s.
    expect(await screen.findByText(/Session d'exemple chargée : 170 candidats fictifs/, {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(await screen.findByText('170 candidats', {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Notes et résultats' })).toHaveAttribute('aria-selected', 'true');
    const db = openDatabase(name);
    expect((await listSessions(db)).map((s) => s.academie)).toEqual(['Toulouse']);
    db.close();
  });
});
