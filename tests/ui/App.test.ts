import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import App from '../../src/ui/App.svelte';

describe('App (first page)', () => {
  it('shows the product name and subtitle in the banner', () => {
    render(App);

    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('heading', { level: 1, name: 'Délib' })).toBeInTheDocument();
    expect(within(banner).getByText('Résultats et délibération du BTS')).toBeInTheDocument();
  });

  it('has exactly one level-1 heading', () => {
    render(App);

    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('shows an empty state explaining that data stays in this browser', () => {
    render(App);

    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { name: 'Aucune session' })).toBeInTheDocument();
    expect(main).toHaveTextContent(/rien n’est encore enregistré/i);
    expect(main).toHaveTextContent(/restent dans ce navigateur \(IndexedDB\)/);
    expect(main).toHaveTextContent(/aucun serveur/i);
    expect(main).toHaveTextContent(/l’espace de travail .* arrive bientôt/i);
  });

  it('offers no placeholder controls yet', () => {
    render(App);

    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });
});
