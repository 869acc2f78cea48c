/**
 * Fields that a browser draws in its own language, in Chromium at 1366×768 whose own language is English (as this
 * machine's): a native date field shows « mm/dd/yyyy » and reads 05/03 as the 3rd of May, a native file field
 * « Choose File — No file chosen ». Every date field of the page is typed and shown JJ/MM/AAAA, whole in its box; a
 * date that does not exist is said under its field, in view, and is not stored. Every file chooser says « Choisir
 * un fichier… », and that face, clicked or reached with the keyboard, opens the browser's file window.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeOn, openWatchedPage, useChromium } from './browser.ts';
import { expectNoProblems, loadExample } from './workspace-page.ts';

const VIEWPORT = { width: 1366, height: 768 };

/** Every date field shown: its placeholder, its text, and whether that text is cut by its box. */
async function dateFields(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input')]
      .filter((input) => input.getClientRects().length > 0 && (input.type === 'date' || input.dataset.typedDate !== undefined))
      .map((input) => ({ type: input.type, placeholder: input.placeholder, value: input.value, cut: input.scrollWidth > input.clientWidth })),
  );
}

/** The element drawn on top at the centre of `locator`'s box is `locator` itself (or inside it). */
async function drawnOnTop(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top !== null && element.contains(top) && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
  });
}

describe('French fields in Chromium at 1366×768', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('are typed and shown JJ/MM/AAAA on every tab that has them; an impossible one is said, in view, and not stored', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: VIEWPORT });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await page.getByText('Jury (pour le procès-verbal)').click();
      await page.getByRole('tab', { name: 'Conformité des dossiers', exact: true }).click();
      await page.getByText('Dates des oraux, contrôleurs et date des notices').click();
      const conformity = await dateFields(page);
      // The jury's date, each oral's first day, the notices' date.
      expect(conformity.length).toBeGreaterThanOrEqual(3);
      for (const field of conformity) expect(field).toMatchObject({ type: 'text', placeholder: 'JJ/MM/AAAA', cut: false });
      expect(conformity.map((f) => f.value).filter((v) => v !== '')).toEqual(expect.arrayContaining([expect.stringMatching(/^\d\d\/\d\d\/\d{4}$/)]));

      await page.getByText('Jury (pour le procès-verbal)').click(); // closed: it lies over the page

      // In the dossier beside the grid, the deposit dates are the table's last rows, at the panel's lower edge: the
      // message of a date that is not one is brought into view.
      await page.getByText('Dates des oraux, contrôleurs et date des notices').click();
      await page.locator('.ag-row[row-index="0"] .ag-cell[col-id="nom"]').click();
      const deposit = page.getByRole('textbox', { name: 'Date de dépôt U61' });
      await deposit.fill('3/4');
      await deposit.press('Enter');
      const depositMessage = page.getByText('« 3/4 » : date attendue au format JJ/MM/AAAA, par exemple 20/05/2025.');
      await expect.poll(() => depositMessage.isVisible()).toBe(true);
      await expect.poll(() => drawnOnTop(depositMessage)).toBe(true);
      await page.getByRole('tab', { name: 'Épreuve de contrôle', exact: true }).click();
      const settings = page.getByRole('form', { name: 'Paramètres de la session pour les documents' });
      // By role: Playwright's getByLabel reads a label's whole text, the message under the field included, where
      // Chromium (and so a screen reader) names the field « au » and describes it by the message.
      const from = settings.getByRole('textbox', { name: 'Contrôle du', exact: true });
      const to = settings.getByRole('textbox', { name: 'au', exact: true });
      await from.fill('8/7/2024');
      await to.fill('32/07/2024');
      // Left (the fields are stored as they are left; an impossible date is said, not stored).
      await to.press('Tab');
      const message = settings.getByText("Le 32/07/2024 n'existe pas dans le calendrier.");
      await expect.poll(() => message.isVisible()).toBe(true);
      expect(await drawnOnTop(message)).toBe(true);
      expect(await to.getAttribute('aria-invalid')).toBe('true');
      expect(
        await to.evaluate((input) =>
          input
            .getAttribute('aria-describedby')
            ?.split(' ')
            .map((id) => document.getElementById(id)?.textContent),
        ),
      ).toEqual(["Le 32/07/2024 n'existe pas dans le calendrier."]);
      expect(await from.inputValue()).toBe('08/07/2024');
      for (const field of await dateFields(page)) expect(field).toMatchObject({ type: 'text', placeholder: 'JJ/MM/AAAA', cut: false });
      await page.screenshot({ path: 'test-results/dates-controle.png' });
      // A field refusing its text, with its message under it: nothing axe objects to.
      const { violations } = await axeOn(page).analyze();
      expect(violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))).toEqual([]);

      // The impossible date is not stored; the right one, left before it, is (as the page read again shows).
      await page.reload();
      await page.getByRole('tab', { name: 'Épreuve de contrôle', exact: true }).click();
      await expect.poll(() => from.inputValue()).toBe('08/07/2024');
      expect(await to.inputValue()).toBe('');

      await to.fill('09.07.2024');
      await to.press('Tab');
      await expect.poll(() => settings.getByRole('button', { name: 'Enregistrer' }).isDisabled()).toBe(true);
      expect(await to.inputValue()).toBe('09/07/2024');
      await page.reload();
      await page.getByRole('tab', { name: 'Épreuve de contrôle', exact: true }).click();
      await expect.poll(() => from.inputValue()).toBe('08/07/2024');
      expect(await to.inputValue()).toBe('09/07/2024');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('keep the click on « Créer la session » made right after a wrong date: the dialog says why, on the field', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: VIEWPORT });
    const { page } = watched;
    try {
      await page.goto('./');
      await page.getByRole('button', { name: 'Nouvelle session' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nouvelle session' });
      await dialog.getByRole('textbox', { name: 'Nom de la session' }).fill('BTS CCST 2025');
      const deadline = dialog.getByRole('textbox', { name: 'Date limite de dépôt des dossiers (facultatif)' });
      await deadline.fill('15/4');
      // The pointer pressed on the button leaves the field: its message must not move the button before the release.
      await dialog.getByRole('button', { name: 'Créer la session' }).click();
      await expect.poll(() => deadline.evaluate((input) => input === document.activeElement)).toBe(true);
      const message = dialog.getByText('« 15/4 » : date attendue au format JJ/MM/AAAA, par exemple 20/05/2025.');
      await expect.poll(() => message.isVisible()).toBe(true);
      expect(await drawnOnTop(message)).toBe(true);
      expect(await dialog.isVisible()).toBe(true);

      await deadline.fill('15/04/25');
      await dialog.getByRole('button', { name: 'Créer la session' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
      await expect
        .poll(() =>
          page
            .getByRole('combobox', { name: /session/i })
            .first()
            .innerText(),
        )
        .toContain('BTS CCST 2025');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('show « Choisir un fichier… » for every file chooser, the native field under the pointer and the keyboard', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: VIEWPORT });
    const { page } = watched;
    // Playwright takes over the file window once something listens for it, with a delay: listening from the start
    // keeps the first click from opening a window no one answers.
    page.on('filechooser', () => undefined);
    try {
      await page.goto('./');
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      const importer = page.getByRole('group', { name: 'Fichier à importer' });
      await expectFrenchFilePicker(page, importer.locator('.file-picker'));

      await loadExample(page, baseURL);
      await page.getByRole('tab', { name: 'Sauvegarde', exact: true }).click();
      await expectFrenchFilePicker(page, page.locator('.file-picker'));
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
});

/**
 * The picker's face is what is seen (French text, inside the window), the transparent native field lies exactly over
 * it and is the topmost element at its centre; a click there, and Espace on the focused field, open the file window.
 */
async function expectFrenchFilePicker(page: Page, picker: Locator) {
  const face = picker.locator('.face');
  const input = picker.locator('input[type="file"]');
  expect(await face.innerText()).toBe('Choisir un fichier…');
  const [faceBox, inputBox] = [await face.boundingBox(), await input.boundingBox()];
  expect(faceBox!.width).toBeGreaterThan(100);
  expect(inputBox).toEqual(faceBox);
  expect(faceBox!.y + faceBox!.height).toBeLessThanOrEqual(VIEWPORT.height);
  expect(await input.evaluate((element) => getComputedStyle(element).opacity)).toBe('0');
  expect(await drawnOnTop(input)).toBe(true);

  const clicked = page.waitForEvent('filechooser');
  await page.mouse.click(faceBox!.x + faceBox!.width / 2, faceBox!.y + faceBox!.height / 2);
  // Each window closed without a file, as when the person cancels it: nothing is read.
  await (await clicked).setFiles([]);
  await input.focus();
  const typed = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await typed).setFiles([]);
}
