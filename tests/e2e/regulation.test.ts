// Issue 17 in Chromium: a session created from bts-ccst-2025, a coefficient edited with the preview of the
// decisions it changes, saved; the regulation exported, and another session created from the file.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { btsCcst2025 } from '../../src/domain/presets/index.ts';
import { axeOn, openWatchedPage, useChromium } from './browser.ts';
import { cell, expectNoProblems, showOnly, openMenu } from './workspace-page.ts';

const CSV =
  'numero;nom;prenom;E1;E2;E3;E4;E5;E6;E7;E8\r\n' +
  '2001;Martin;Léa;12;11;14;10;13;12;15;14\r\n' + // ADMIS
  '2002;Durand;Hugo;7;9;9;8;12;10;10;11\r\n' + // CONTROLE: 9,88; with E1 at coefficient 0,5: 10,2 → ADMIS
  '2003;Petit;Inès;5;6;7;5;8;7;6;9\r\n'; // AJOURNE

describe('the regulation of a session in Chromium', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('creates a session from bts-ccst-2025, edits a coefficient with the preview, saves, exports, and creates a session from the file', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { acceptDownloads: true, viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    page.setDefaultTimeout(15_000);
    try {
      await page.goto(baseURL);
      await page.getByRole('button', { name: 'Nouvelle session' }).first().click();
      const create = page.getByRole('dialog', { name: 'Nouvelle session' });
      await create.getByLabel('Nom de la session').fill('CCST 2026 — Toulouse');
      await create.getByLabel('Année de la session').fill('2026');
      await expect.poll(() => create.getByLabel('Réglementation', { exact: true }).inputValue()).toBe('bts-ccst-2025');
      await create.getByRole('button', { name: 'Créer la session' }).click();
      await create.waitFor({ state: 'hidden' });

      // Candidates with marks under the 2025 codes (E1–E8).
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      await page
        .getByLabel('Choisir un fichier CSV (ou le déposer ici)')
        .setInputFiles({ name: 'notes-2026.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
      await page.getByRole('heading', { name: '3. Aperçu' }).waitFor();
      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      await page.getByText('3 candidats', { exact: true }).waitFor();
      await showOnly(page, '2002');
      expect(await cell(page, 'decision').innerText()).toBe('Épreuve de contrôle');

      // The regulation editor: units in a grid, the preview of the decisions a change makes.
      await openMenu(page, 'Session…');
      await page.getByRole('button', { name: 'Réglementation', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Réglementation de la session' });
      await dialog.waitFor();
      const codes = await dialog
        .getByRole('table', { name: 'Épreuves de la réglementation' })
        .locator('input.code')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      expect(codes).toEqual(btsCcst2025.units.map((u) => u.code));
      const coefficient = dialog.getByLabel('Coefficient de E1');
      await coefficient.fill('0,505');
      await expect.poll(() => coefficient.getAttribute('aria-invalid')).toBe('true');
      await expect.poll(() => dialog.getByText('épreuve E1 : coefficient invalide (nombre positif, 2 décimales au plus)').isVisible()).toBe(true);
      expect(await dialog.getByRole('button', { name: 'Enregistrer' }).isDisabled()).toBe(true);
      await coefficient.fill('0,5');
      const preview = dialog.getByLabel('Effet sur les décisions');
      await expect.poll(() => preview.innerText()).toContain('1 décision change sur 3 candidats.');
      expect(await preview.innerText()).toContain('2002 Durand Hugo : Épreuve de contrôle → Admis');

      const { violations } = await axeOn(page).include('dialog[open]').analyze();
      expect(
        violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
      ).toEqual([]);

      // What a person sees at 1366×768: the dialog inside the window, the preview and the save button reachable.
      await page.screenshot({ path: 'test-results/regulation-editor-1366.png' });
      const box = (await dialog.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1366);
      expect(box.y + box.height).toBeLessThanOrEqual(768);
      const save = dialog.getByRole('button', { name: 'Enregistrer' });
      await save.scrollIntoViewIfNeeded();
      const saveBox = (await save.boundingBox())!;
      const hit = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.textContent,
        [saveBox.x + saveBox.width / 2, saveBox.y + saveBox.height / 2],
      );
      expect(hit).toBe('Enregistrer');
      await save.click();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => cell(page, 'decision').innerText()).toBe('Admis');

      // Export: the file is the regulation with the new coefficient.
      await openMenu(page, 'Session…');
      await page.getByRole('button', { name: 'Réglementation', exact: true }).click();
      await dialog.waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Exporter la réglementation (JSON)' }).click()]);
      expect(download.suggestedFilename()).toBe('reglementation-bts-ccst-2025.json');
      const text = readFileSync((await download.path())!, 'utf8');
      const file = JSON.parse(text);
      expect(file.format).toBe(1);
      expect(file.units[0]).toMatchObject({ code: 'E1', coefficient: 0.5 });
      await dialog.getByRole('button', { name: 'Annuler' }).click();

      // Another session from the file: same units, same coefficient.
      await openMenu(page, 'Session…');
      await page.getByRole('button', { name: 'Nouvelle session' }).first().click();
      await create.getByLabel('Nom de la session').fill('Depuis le fichier');
      await create.getByRole('radio', { name: 'Fichier de réglementation (JSON)' }).check();
      await create
        .getByLabel('Fichier de réglementation', { exact: true })
        .setInputFiles({ name: 'reglementation.json', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
      await expect.poll(() => create.innerText()).toContain('« reglementation.json » : BTS CCST — sessions 2025 et suivantes, 11 épreuves.');
      await create.getByRole('button', { name: 'Voir et modifier la réglementation' }).click();
      await page.screenshot({ path: 'test-results/regulation-new-session-1366.png' });
      await create.getByRole('button', { name: 'Créer la session' }).click();
      await create.waitFor({ state: 'hidden' });
      await openMenu(page, 'Session…');
      await page.getByRole('button', { name: 'Réglementation', exact: true }).click();
      await dialog.waitFor();
      const copied = await dialog
        .getByRole('table', { name: 'Épreuves de la réglementation' })
        .locator('input.code')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      expect(copied).toEqual(codes);
      expect(await dialog.getByLabel('Coefficient de E1').inputValue()).toBe('0,5');
      await expect.poll(() => dialog.getByLabel('Effet sur les décisions').innerText()).toContain('Aucune décision ne change (0 candidat).');
      // At 1920×1080 too, the dialog fits the window and its buttons are in sight.
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.screenshot({ path: 'test-results/regulation-editor-1920.png' });
      const wide = (await dialog.boundingBox())!;
      expect(wide.x + wide.width).toBeLessThanOrEqual(1920);
      expect(wide.y + wide.height).toBeLessThanOrEqual(1080);
      const cancel = (await dialog.getByRole('button', { name: 'Annuler' }).boundingBox())!;
      expect(cancel.y + cancel.height).toBeLessThanOrEqual(1080);
      expectNoProblems(watched);
    } catch (error) {
      await page.screenshot({ path: 'test-results/regulation-failure.png' }).catch(() => undefined);
      throw error;
    } finally {
      await watched.close();
    }
  });
});
