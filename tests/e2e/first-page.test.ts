import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeOn, openWatchedPage, useChromium } from './browser.ts';
import { expectNoProblems, storedRecords } from './workspace-page.ts';

const SCREENSHOT = fileURLToPath(new URL('../../test-results/first-page.png', import.meta.url));

describe('first page in Chromium', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('shows the French title and empty state, cleanly and accessibly', async () => {
    const { page, problems, close } = await openWatchedPage(chromium(), baseURL);
    try {
      await page.goto(baseURL, { waitUntil: 'load' });

      await page.getByRole('heading', { level: 1, name: 'Délib' }).waitFor();
      expect(await page.title()).toContain('Délib');
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      expect(await page.getByRole('banner').innerText()).toContain('Résultats et délibération du BTS');

      const main = page.getByRole('main');
      await main.getByRole('heading', { name: 'Aucune session' }).waitFor();
      const mainText = await main.innerText();
      expect(mainText).toContain('Rien n’est encore enregistré');
      expect(mainText).toContain('IndexedDB');
      expect(mainText).toContain('aucun serveur');
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);

      await page.screenshot({ path: SCREENSHOT, fullPage: true });

      const { violations } = await axeOn(page).analyze();
      expect(
        violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(' ')),
        })),
      ).toEqual([]);

      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.consoleWarnings).toEqual([]);
      expect(problems.outsideRequests).toEqual([]);
    } finally {
      await close();
    }
  });

  // Fetched once the example was written, the notes screen's code left the page idle a quarter of a second more.
  it('« Charger un exemple » fetches the notes screen’s code as it is clicked, before the example is written', async () => {
    const { page, close } = await openWatchedPage(chromium(), baseURL);
    try {
      await page.goto(baseURL);
      await page.getByRole('button', { name: 'Charger un exemple' }).click();
      await page.getByText('170 candidats', { exact: true }).waitFor();
      const [session] = await storedRecords<{ createdAt: string }>(page, 'sessions');
      const requestedAt = await notesScreenRequestedAt(page);
      expect(requestedAt).not.toBeNull();
      expect(requestedAt!).toBeLessThan(Date.parse(session!.createdAt));
    } finally {
      await close();
    }
  });

  it('« Exemple en réglementation 2025 » opens the same candidates under the 2025 units, the header saying so on one line', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page, close } = watched;
    try {
      await page.goto(baseURL);
      await page.getByRole('button', { name: 'Exemple en réglementation 2025' }).click();
      await page.getByText('170 candidats', { exact: true }).waitFor();
      const header = page.getByRole('banner');
      await expect.poll(() => header.innerText()).toContain('Session : BTS CCST — session 2025 (exemple)');
      expect(await header.innerText()).toContain('Réglementation : BTS CCST — sessions 2025 et suivantes');
      // The tagline leaves the line to the session and its regulation once one is open.
      expect(await header.innerText()).not.toContain('Résultats et délibération du BTS');
      expect(await header.evaluate((element) => element.getBoundingClientRect().height)).toBeLessThan(45);
      for (const code of ['E1', 'E5', 'E8']) await page.locator(`#panel-notes .ag-header-cell[col-id="${code}"]`).waitFor();
      expect(await page.locator('#panel-notes .ag-header-cell[col-id="U61"]').count()).toBe(0);
      expectNoProblems(watched);
    } finally {
      await close();
    }
  });

  it('« Nouvelle session » fetches the notes screen’s code while its dialog is filled in', async () => {
    const { page, close } = await openWatchedPage(chromium(), baseURL);
    try {
      await page.goto(baseURL);
      await page.getByRole('button', { name: 'Nouvelle session' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nouvelle session' });
      await dialog.waitFor();
      await expect.poll(() => notesScreenRequestedAt(page)).not.toBeNull();
      expect(await dialog.isVisible()).toBe(true);
      expect(await storedRecords(page, 'sessions')).toEqual([]);
    } finally {
      await close();
    }
  });
});

/** When the page asked for the notes screen's code (its time, as Date.now() gives it), or null if it has not. */
function notesScreenRequestedAt(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const entry = performance.getEntriesByType('resource').find((r) => /\/WorkspaceView-[\w-]+\.js$/.test(r.name));
    return entry ? performance.timeOrigin + entry.startTime : null;
  });
}
