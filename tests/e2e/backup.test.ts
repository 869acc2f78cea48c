// Backups in Chromium: save every session to one checksummed file, restore it into an empty browser, next to
// the same session (« … (restaurée) ») or in its place; a damaged file is refused before anything is written;
// the storage panel; the reminder after many changes.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { checksumOf } from '../../src/io/backup.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { axeOn, openWatchedPage, useChromium } from './browser.ts';
import { seenWhole } from './layout-page.ts';
import { cell, expectNoProblems, loadExample, showOnly, typeInto } from './workspace-page.ts';

const example = buildExampleSession();
const target = example.candidates[2]!;

async function openBackupTab(page: Page) {
  await page.getByRole('tab', { name: 'Sauvegarde' }).click();
  await page.getByRole('heading', { name: 'Sauvegarder' }).waitFor();
}

/** Clicks a button that downloads a file; returns the file's text and name. */
async function download(page: Page, button: string | RegExp) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

async function chooseBackup(page: Page, name: string, text: string) {
  await page.getByLabel('Choisir un fichier de sauvegarde (.json)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

/** As if `count` changes had been made since the last backup (written as the app stores it). */
function setChangesSinceBackup(page: Page, count: number): Promise<void> {
  return page.evaluate(
    (count) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('delib');
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'changesSinceBackup', value: count });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    count,
  );
}

describe('backups in Chromium', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('saves every session to a checksummed file and restores it into an empty browser', async () => {
    const source = await openWatchedPage(chromium(), baseURL, { acceptDownloads: true });
    const empty = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    try {
      const page = source.page;
      await loadExample(page, baseURL);
      await showOnly(page, target.numero);
      await typeInto(page, 'E4', '18,5');
      await expect.poll(() => cell(page, 'E4').innerText()).toBe('18,5');
      await openBackupTab(page);
      // Never saved: the changes are counted as not saved (« depuis » would point at no backup).
      await expect
        .poll(() => page.locator('.status', { hasText: 'Aucune sauvegarde' }).innerText())
        .toMatch(/^Aucune sauvegarde complète enregistrée dans ce navigateur\. \d+ modifications non sauvegardées\.$/);
      const file = await download(page, /Sauvegarder toutes les sessions \(1\)/);
      expect(file.name).toMatch(/^delib-sauvegarde-\d{4}-\d{2}-\d{2}-\d{2}h\d{2}\.json$/);
      const json = JSON.parse(file.text);
      expect(json).toMatchObject({ format: 'delib-sauvegarde', version: 1, schemaVersion: 11 });
      const { checksum, content, ...header } = json;
      expect(await checksumOf(header, content)).toBe(checksum);
      expect(content.candidates).toHaveLength(170);
      await expect.poll(() => page.getByText('Dernière sauvegarde complète').innerText()).toMatch(/le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}/);

      // A browser with nothing in it: restore from the empty state.
      const other = empty.page;
      await other.goto(baseURL);
      await other.getByRole('button', { name: 'Restaurer une sauvegarde' }).click();
      // Nothing to save in an empty browser: only the restore is offered (a disabled « Sauvegarder… (0) » was clutter).
      await other.getByRole('heading', { name: 'Restaurer une sauvegarde' }).waitFor();
      expect(await other.getByRole('heading', { name: 'Sauvegarder' }).count()).toBe(0);
      await chooseBackup(other, file.name, file.text);
      await other.getByText('170 candidats').first().waitFor();
      // The preview opens under the file chooser, at the bottom of a laptop's screen: it is brought into view.
      await expect.poll(() => seenWhole(other.getByRole('button', { name: 'Restaurer', exact: true }))).toBe(true);
      await other.getByRole('button', { name: 'Restaurer', exact: true }).click();
      await other.getByText('170 candidats', { exact: true }).waitFor();
      await showOnly(other, target.numero);
      expect(await cell(other, 'E4').innerText()).toBe('18,5');
      expectNoProblems(source);
      expectNoProblems(empty);
    } finally {
      await source.close();
      await empty.close();
    }
  });

  it('restores next to the same session as « (restaurée) », or in its place', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { acceptDownloads: true });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openBackupTab(page);
      const name = example.session.name;
      const file = await download(page, /Sauvegarder la session/);
      expect(file.name).toMatch(/^delib-sauvegarde-.+-\d{4}-\d{2}-\d{2}-\d{2}h\d{2}\.json$/);

      // A change after the backup.
      await page.getByRole('tab', { name: 'Notes et résultats' }).click();
      await showOnly(page, target.numero);
      await typeInto(page, 'E4', '3');
      await expect.poll(() => cell(page, 'E4').innerText()).toBe('3');

      // Keep both (the default).
      await openBackupTab(page);
      await chooseBackup(page, file.name, file.text);
      await page.getByText('Cette session existe déjà dans ce navigateur').waitFor();
      expect(await page.getByLabel(/Garder les deux/).isChecked()).toBe(true);
      const { violations } = await axeOn(page).analyze();
      expect(violations.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))).toEqual([]);
      await page.getByRole('button', { name: 'Restaurer', exact: true }).click();
      await page.getByText(`Sauvegarde restaurée : la session « ${name} (restaurée) ».`).waitFor();
      const session = page.getByRole('combobox', { name: /^Session/ });
      const options = await session.locator('option').allInnerTexts();
      expect(options).toHaveLength(2);
      expect(options.filter((o) => o.startsWith(`${name} (restaurée)`))).toHaveLength(1);

      // Replace: the original comes back as it was saved.
      await session.selectOption({ label: options.find((o) => !o.startsWith(`${name} (restaurée)`))! });
      await openBackupTab(page);
      await chooseBackup(page, file.name, file.text);
      // A second copy would not take the first one's name: the preview says the name it would get.
      await page.getByLabel(`Garder les deux : la copie restaurée s’appellera « ${name} (restaurée 2) »`).waitFor();
      // Named: « la session actuelle » read as the one open (the copy, when it is the one open).
      await page.getByLabel(`Remplacer « ${name} » de ce navigateur par la sauvegarde (ses données actuelles seront effacées)`).check();
      await page.getByRole('button', { name: 'Restaurer (remplace 1 session)' }).click();
      await page.getByText(`Sauvegarde restaurée : la session « ${name} ».`).waitFor();
      await page.getByRole('tab', { name: 'Notes et résultats' }).click();
      await showOnly(page, target.numero);
      expect(await cell(page, 'E4').innerText()).not.toBe('3');
      expect(await session.locator('option').count()).toBe(2);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('refuses a damaged or foreign file with a French message, writing nothing', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { acceptDownloads: true });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openBackupTab(page);
      const file = await download(page, /Sauvegarder toutes les sessions/);
      await chooseBackup(page, 'abimee.json', file.text.replace('"hundredths":', '"hundredths":1'));
      await expect.poll(() => page.getByRole('alert').innerText()).toContain('somme de contrôle ne correspond pas');
      expect(await page.getByRole('button', { name: 'Restaurer', exact: true }).count()).toBe(0);
      await chooseBackup(page, 'notes.csv', 'numero;nom\n0001;Dupont\n');
      await expect.poll(() => page.getByRole('alert').innerText()).toContain("Ce fichier n'est pas une sauvegarde Délib");
      // The file is named, and the person told nothing was written.
      expect(await page.getByRole('alert').innerText()).toMatch(/^« notes\.csv » : Ce fichier n'est pas une sauvegarde Délib.* Rien n'a été restauré\.$/);
      await chooseBackup(page, 'vide.json', '');
      await expect
        .poll(() => page.getByRole('alert').innerText())
        .toBe("« vide.json » : Ce fichier n'est pas une sauvegarde Délib : le fichier est vide. Rien n'a été restauré.");
      expect(
        await page
          .getByRole('combobox', { name: /^Session/ })
          .locator('option')
          .count(),
      ).toBe(1);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('shows the storage used, the quota and whether it is persistent', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openBackupTab(page);
      const storage = page.getByRole('region', { name: 'Stockage dans ce navigateur' });
      await expect.poll(() => storage.innerText()).toMatch(/Espace utilisé\s+[\d,]+ (octets|Ko|Mo|Go) sur [\d,]+ (Mo|Go|To) disponibles/);
      expect(await storage.innerText()).toMatch(/Stockage persistant\s+(oui|non)/);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('reminds to back up after many changes, « Plus tard » hides it across a reload until 30 more, and it goes once saved', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { acceptDownloads: true });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      const reminder = page.getByRole('complementary', { name: 'Rappel de sauvegarde' });
      expect(await reminder.count()).toBe(0);
      await setChangesSinceBackup(page, 28);
      await showOnly(page, target.numero);
      await typeInto(page, 'E4', '12');
      await expect.poll(() => cell(page, 'E4').innerText()).toBe('12');
      await typeInto(page, 'E4', '13');
      await reminder.waitFor({ timeout: 10_000 });
      expect(await reminder.innerText()).toMatch(/30 modifications sans sauvegarde complète/);
      const { violations } = await axeOn(page).include('main > aside').analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
      // « Plus tard » hides it for this tab, a reload included (it came back over the grid at once).
      await reminder.getByRole('button', { name: 'Plus tard' }).click();
      await expect.poll(() => reminder.count()).toBe(0);
      await page.reload();
      await page.getByText('170 candidats', { exact: true }).waitFor();
      await showOnly(page, target.numero);
      await typeInto(page, 'E4', '14');
      await expect.poll(() => cell(page, 'E4').innerText()).toBe('14');
      expect(await reminder.count()).toBe(0);
      // Thirty changes more, and it is back.
      await setChangesSinceBackup(page, 59);
      await typeInto(page, 'E4', '15');
      await reminder.waitFor({ timeout: 10_000 });
      const file = await download(page, 'Sauvegarder maintenant');
      expect(JSON.parse(file.text).content.sessions).toHaveLength(1);
      await expect.poll(() => reminder.count()).toBe(0);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
});
