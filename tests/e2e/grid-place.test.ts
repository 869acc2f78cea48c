// Like the sheets of a spreadsheet, each grid keeps its place when its tab is opened again: the row at its top and the
// column at the left of its scrolled columns. Every tab is made again when opened, and its grid started again from
// its first row and first column (a teacher back from Candidats had to scroll down to the marks they were typing).
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage, useChromium } from './browser.ts';
import { expectNoProblems, loadExample, topRowSeen } from './workspace-page.ts';

/**
 * What a person sees at the top left of the grid of `panel`'s tab: the first row seen at least half below the headers
 * (its numero), and the first column seen at least half right of the pinned ones (its id, from the lowest headers).
 */
async function placeSeen(page: Page, panel: string) {
  const column = await page.locator(`#panel-${panel} .ag-header`).evaluate((header) => {
    const box = header.getBoundingClientRect();
    const pinned = [...header.querySelectorAll('.ag-header-cell[col-id="prenom"], .ag-header-cell[col-id="nom"]')];
    const left = Math.max(...pinned.map((h) => h.getBoundingClientRect().right));
    let cell = document.elementFromPoint(left + 1, box.bottom - 6)?.closest('.ag-header-cell');
    const cellBox = cell?.getBoundingClientRect();
    if (cellBox && cellBox.right - left < cellBox.width / 2) cell = document.elementFromPoint(cellBox.right + 1, box.bottom - 6)?.closest('.ag-header-cell');
    return cell?.getAttribute('col-id') ?? null;
  });
  return { numero: await topRowSeen(page, `#panel-${panel}`), column };
}

/** Scrolls the grid of `panel`'s tab with the mouse wheel, down and right, then its place once it has come to rest. */
async function scrollGrid(page: Page, panel: string, down: number, right: number) {
  const before = await placeSeen(page, panel);
  await page.locator(`#panel-${panel} .ag-root-wrapper`).hover();
  await page.mouse.wheel(0, down);
  if (right > 0) await page.mouse.wheel(right, 0);
  await expect.poll(async () => (await placeSeen(page, panel)).numero).not.toBe(before.numero);
  if (right > 0) await expect.poll(async () => (await placeSeen(page, panel)).column).not.toBe(before.column);
  // At rest: the same place two frames apart.
  let place = before;
  await expect
    .poll(async () => {
      place = await placeSeen(page, panel);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      return JSON.stringify(await placeSeen(page, panel)) === JSON.stringify(place);
    })
    .toBe(true);
  return place;
}

describe('the grids keep their place', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('each grid shows the same row at its top, and the same column at its left, when its tab is opened again', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      const notes = await scrollGrid(page, 'notes', 2_000, 0);
      expect(notes.numero).not.toBe('02431000001');

      await page.getByRole('tab', { name: 'Candidats' }).click();
      const candidats = await scrollGrid(page, 'candidats', 1_500, 0);
      expect(candidats.numero).not.toBe(notes.numero);

      // The livret's grid is wider than the window: scrolled to the right as well.
      await page.getByRole('tab', { name: 'Livret scolaire' }).click();
      const livret = await scrollGrid(page, 'livret', 300, 500);

      await page.getByRole('tab', { name: 'Notes et résultats' }).click();
      await expect.poll(() => placeSeen(page, 'notes')).toEqual(notes);
      await page.getByRole('tab', { name: 'Candidats' }).click();
      await expect.poll(() => placeSeen(page, 'candidats')).toEqual(candidats);
      await page.getByRole('tab', { name: 'Jury' }).click();
      await page.getByRole('tab', { name: 'Livret scolaire' }).click();
      await expect.poll(() => placeSeen(page, 'livret')).toEqual(livret);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('the other tabs show the same part of their page when opened again (Épreuve de contrôle, Jury)', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    /** The text a person sees at the top of the panel of `tab`: the topmost element just below its top edge. */
    const topText = (tab: string) =>
      page.locator(`#panel-${tab}`).evaluate((panel) => {
        const box = panel.getBoundingClientRect();
        const seen = document.elementFromPoint(box.left + 40, box.top + 10);
        return { scrollTop: panel.scrollTop, text: seen && panel.contains(seen) ? (seen.textContent ?? '').trim().slice(0, 60) : null };
      });
    try {
      await loadExample(page, baseURL);
      const seen = new Map<string, { scrollTop: number; text: string | null }>();
      for (const [tab, name] of [
        ['controle', 'Épreuve de contrôle'],
        ['jury', 'Jury'],
      ] as const) {
        await page.getByRole('tab', { name }).click();
        await page.locator(`#panel-${tab} h2`).first().waitFor();
        await page.locator(`#panel-${tab}`).hover();
        await page.mouse.wheel(0, 700);
        await expect.poll(async () => (await topText(tab)).scrollTop).toBeGreaterThan(300);
        seen.set(tab, await topText(tab));
      }
      await page.getByRole('tab', { name: 'Notes et résultats' }).click();
      await page.getByRole('tab', { name: 'Épreuve de contrôle' }).click();
      await expect.poll(() => topText('controle')).toEqual(seen.get('controle'));
      await page.getByRole('tab', { name: 'Jury' }).click();
      await expect.poll(() => topText('jury')).toEqual(seen.get('jury'));
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
});
