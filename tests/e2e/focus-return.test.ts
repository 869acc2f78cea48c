// Where the keyboard's focus goes when something it was on closes or disappears (a dialog opened from a menu, the
// calculation detail, a save, the example loaded, the import wizard), and what a small window (a laptop at 150 %:
// 1280×600 CSS pixels) lets a keyboard user reach: the whole « Exporter… » menu, the whole selected tab, its whole ring.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage, useChromium } from './browser.ts';
import { cell, loadExample, openMenu } from './workspace-page.ts';

const SMALL = { width: 1280, height: 600 } as const;
const SHOTS = '/tmp/helper-focus';

/** The focused element as a person would name it: its tag and text (or label), and whether it is within the window. */
function focused(page: Page): Promise<{ what: string; onScreen: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { what: 'BODY', onScreen: false };
    const box = element.getBoundingClientRect();
    const onScreen = box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().replace(/\s+/g, ' ') ?? '';
    return { what: `${element.tagName}:${name}`, onScreen };
  });
}

/** True when `locator`'s box is inside the window and is what a click at its centre would reach. */
function reachable(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) return false;
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return !!top && (top === element || element.contains(top));
  });
}

/** The selected tab, and its focus ring, inside the part of the tab bar that shows (its scroller's visible box). */
function tabSeen(page: Page): Promise<{ name: string; whole: boolean; ringWhole: boolean }> {
  return page.locator('[role="tablist"]').evaluate((list) => {
    const tab = list.querySelector<HTMLElement>('[aria-selected="true"]')!;
    const view = list.getBoundingClientRect();
    // What the scroller clips to: its padding box (inside its borders).
    const style = getComputedStyle(list);
    const clip = {
      left: view.left + parseFloat(style.borderLeftWidth),
      right: view.right - parseFloat(style.borderRightWidth),
      top: view.top + parseFloat(style.borderTopWidth),
      bottom: view.bottom - parseFloat(style.borderBottomWidth),
    };
    const box = tab.getBoundingClientRect();
    const inside = (b: { left: number; right: number; top: number; bottom: number }) =>
      b.left >= clip.left - 0.5 && b.right <= clip.right + 0.5 && b.top >= clip.top - 0.5 && b.bottom <= clip.bottom + 0.5;
    // The ring drawn when the tab has the keyboard's focus (:focus-visible), as the tab's style says.
    const tabStyle = getComputedStyle(tab);
    const shown = tabStyle.outlineStyle !== 'none' && parseFloat(tabStyle.outlineWidth) > 0;
    const ring = Math.max(0, parseFloat(tabStyle.outlineWidth) + parseFloat(tabStyle.outlineOffset));
    const ringBox = { left: box.left - ring, right: box.right + ring, top: box.top - ring, bottom: box.bottom + ring };
    return { name: tab.textContent!.trim(), whole: inside(box), ringWhole: document.activeElement === tab && shown && inside(ringBox) };
  });
}

describe('the keyboard focus after closing, and what a small window lets the keyboard reach', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('gives the focus back to « Session… » after a dialog opened from its menu is closed with Échap or Annuler', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      const summary = page.locator('summary', { hasText: 'Session…' });
      for (const [item, close] of [
        ['Supprimer la session', 'Annuler'],
        ['Nouvelle session', 'Escape'],
        ['Renommer la session…', 'Escape'],
        ['Réglementation', 'Escape'],
        // Once loaded, the dialogs again (the first time, each was loaded when asked for).
        ['Nouvelle session', 'Annuler'],
        ['Réglementation', 'Escape'],
      ] as const) {
        await summary.focus();
        await page.keyboard.press('Enter');
        const button = page.locator('details.menu').getByRole('button', { name: item, exact: true });
        await button.waitFor();
        await button.focus();
        await page.keyboard.press('Enter');
        const dialog = page.getByRole('dialog');
        await dialog.waitFor();
        if (close === 'Escape') await page.keyboard.press('Escape');
        else {
          await dialog.getByRole('button', { name: 'Annuler', exact: true }).focus();
          await page.keyboard.press('Enter');
        }
        await dialog.waitFor({ state: 'hidden' });
        await expect.poll(async () => ({ item, ...(await focused(page)) })).toEqual({ item, what: 'SUMMARY:Session…', onScreen: true });
      }
      // A dialog opened from a visible button still gives the focus back to that button.
      const bar = page.locator('.deliberation-bar');
      await bar.getByLabel('Membre du jury (inscrit au journal)').fill('Mme Martin');
      await bar.getByRole('button', { name: 'Enregistrer' }).click();
      await bar.getByRole('button', { name: 'Ouvrir la délibération' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      await expect.poll(() => focused(page)).toEqual({ what: 'BUTTON:Ouvrir la délibération', onScreen: true });
    } finally {
      await watched.close();
    }
  });

  it('gives the focus back to the grid’s cell when « Détail du calcul » is closed with its × button', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await cell(page, 'E4', 2).click();
      await page.keyboard.press('Control+i');
      const close = page.getByRole('button', { name: 'Fermer le détail du calcul' });
      await close.waitFor();
      await close.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('complementary', { name: 'Détail du calcul' }).waitFor({ state: 'detached' });
      await expect.poll(() => focused(page)).toMatchObject({ what: expect.stringMatching(/^DIV:/), onScreen: true });
      const onCell = await page.evaluate(() => {
        const element = document.activeElement!;
        return element.classList.contains('ag-cell-focus') && element.getAttribute('col-id') + ':' + element.closest('.ag-row')?.getAttribute('row-index');
      });
      expect(onCell).toBe('E4:2');
      // Échap on the cell still opens nothing and closes the detail the same way.
      await page.keyboard.press('Control+i');
      await close.waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('complementary', { name: 'Détail du calcul' }).waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.classList.contains('ag-cell-focus'))).toBe(true);
    } finally {
      await watched.close();
    }
  });

  it('keeps the focus on « Sauvegarder la session » while and after it saves', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await page.locator('#tab-sauvegarde').click();
      const button = page.getByRole('button', { name: /Sauvegarder la session « / });
      await button.focus();
      const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(file.suggestedFilename()).toMatch(/\.json$/);
      await page.getByText(/Sauvegarde enregistrée \(la session « /).waitFor();
      await expect.poll(() => focused(page)).toEqual({ what: expect.stringMatching(/^BUTTON:Sauvegarder la session « /), onScreen: true });
      // Clicked while it saves, nothing more is done; once saved, it saves again.
      const [again] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(again.suggestedFilename()).toMatch(/\.json$/);
      await expect.poll(() => focused(page)).toEqual({ what: expect.stringMatching(/^BUTTON:Sauvegarder la session « /), onScreen: true });
    } finally {
      await watched.close();
    }
  });

  it('puts the focus on the selected tab once the example, loaded with Entrée, shows', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await page.goto(baseURL);
      await page.getByRole('button', { name: 'Charger un exemple' }).focus();
      await page.keyboard.press('Enter');
      await page.getByText('170 candidats', { exact: true }).waitFor();
      await expect.poll(() => focused(page)).toEqual({ what: 'BUTTON:Notes et résultats', onScreen: true });
    } finally {
      await watched.close();
    }
  });

  it('puts the focus in « Importer un fichier » when it opens, so that Échap closes it', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      // From the empty screen.
      await page.goto(baseURL);
      const openButton = page.getByRole('button', { name: 'Importer un fichier' });
      await openButton.click();
      const wizard = page.getByRole('region', { name: /Importer un fichier/ });
      await wizard.waitFor();
      await expect.poll(() => focused(page)).toEqual({ what: 'H2:Importer un fichier', onScreen: true });
      await page.keyboard.press('Escape');
      await wizard.waitFor({ state: 'detached' });
      await expect.poll(() => focused(page)).toEqual({ what: 'BUTTON:Importer un fichier', onScreen: true });

      // With a session open.
      await loadExample(page, baseURL);
      await openButton.click();
      await wizard.waitFor();
      await expect.poll(() => focused(page)).toEqual({ what: expect.stringMatching(/^H2:Importer un fichier dans « /), onScreen: true });
      await page.keyboard.press('Escape');
      await wizard.waitFor({ state: 'detached' });
      await expect.poll(() => focused(page)).toEqual({ what: 'BUTTON:Importer un fichier', onScreen: true });
      // The header's button still closes it too.
      await openButton.click();
      await wizard.waitFor();
      await openButton.click();
      await wizard.waitFor({ state: 'detached' });
    } finally {
      await watched.close();
    }
  });

  it('keeps the whole « Exporter… » menu in a 1280×600 window with a search active', async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const viewport of [SMALL, { width: 1366, height: 768 }]) {
      const watched = await openWatchedPage(chromium(), baseURL, { viewport });
      const { page } = watched;
      try {
        await loadExample(page, baseURL);
        await page.getByLabel('Rechercher').fill('a');
        await openMenu(page, 'Exporter…');
        const menu = page.locator('details.menu.right .menu-items');
        await menu.getByText('Filtres ou recherche actifs').waitFor();
        const menuBox = (await menu.boundingBox())!;
        expect(menuBox.y + menuBox.height).toBeLessThanOrEqual(viewport.height);
        await menu.getByLabel("Feuille de notes d'une épreuve").selectOption({ index: 1 });
        const last = menu.getByRole('button', { name: 'Exporter la feuille (.xlsx)' });
        // Reached with the keyboard (focus brings it into view), then seen whole and on top.
        await last.focus();
        await expect.poll(() => reachable(last)).toBe(true);
        await page.screenshot({ path: `${SHOTS}/export-menu-${viewport.width}x${viewport.height}.png` });
      } finally {
        await watched.close();
      }
    }
  });

  it('shows the whole selected tab « Sauvegarde », and its whole focus ring, in a 1280×600 window', async () => {
    for (const viewport of [SMALL, { width: 1366, height: 768 }]) {
      const watched = await openWatchedPage(chromium(), baseURL, { viewport });
      const { page } = watched;
      try {
        await loadExample(page, baseURL);
        // Chosen with the keyboard (End): the tab and its ring whole.
        await page.locator('#tab-notes').focus();
        await page.keyboard.press('End');
        await expect.poll(() => tabSeen(page)).toEqual({ name: 'Sauvegarde', whole: true, ringWhole: true });
        // Shown again after a reload (the tab is kept for the browser tab): still whole.
        await page.reload();
        await page.locator('#tab-sauvegarde').waitFor();
        await expect.poll(async () => (await tabSeen(page)).whole).toBe(true);
        await page.locator('#tab-sauvegarde').focus();
        await expect.poll(() => tabSeen(page)).toEqual({ name: 'Sauvegarde', whole: true, ringWhole: true });
        // The first tab's ring is not clipped either.
        await page.keyboard.press('Home');
        await expect.poll(() => tabSeen(page)).toEqual({ name: 'Notes et résultats', whole: true, ringWhole: true });
        await page.keyboard.press('End');
        await expect.poll(() => tabSeen(page)).toEqual({ name: 'Sauvegarde', whole: true, ringWhole: true });
        await page.screenshot({ path: `${SHOTS}/tabs-sauvegarde-${viewport.width}x${viewport.height}.png` });
      } finally {
        await watched.close();
      }
    }
  });
});
