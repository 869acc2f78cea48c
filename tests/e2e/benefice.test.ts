// R8 in Chromium at 1366×768: a mark kept from an earlier session is given in « Détail du calcul », then a mark
// under 10 typed over it is refused in the cell (as the grid's other refusals), the cursor staying on it.
import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage, useChromium } from './browser.ts';
import { seenWhole } from './layout-page.ts';
import { cell, expectNoProblems, loadExample, showOnly } from './workspace-page.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';

const example = buildExampleSession();

describe('bénéfice (R8) in Chromium', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('R8: kept from « Détail du calcul », shown in the cell; a mark under 10 typed over it is refused in the cell', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      const target = example.candidates[3]!;
      await showOnly(page, target.numero);
      await cell(page, 'E4').click();
      await page.keyboard.press('Control+i');
      const section = page.getByRole('region', { name: "Notes conservées d'une session antérieure (bénéfice)" });
      await section.getByLabel('Épreuve').selectOption('E4');
      await section.getByLabel('Note (au moins 10)').fill('13');
      await section.getByLabel('Session').selectOption('2022');
      await section.getByRole('button', { name: 'Conserver cette note' }).click();
      // E4 had a mark of this session (7,25): asked once, then replaced.
      await expect.poll(() => section.getByRole('alert').innerText()).toContain('E4 a déjà une note de cette session (7,25)');
      await section.getByRole('button', { name: 'Remplacer 7,25' }).click();
      await section.getByText('E4 : 13 (session 2022)').waitFor();
      expect(await seenWhole(section.getByText('E4 : 13 (session 2022)'))).toBe(true);
      await expect.poll(() => cell(page, 'E4').innerText()).toBe('13');
      expect(await cell(page, 'E4').getAttribute('class')).toContain('mark-benefice');

      // A mark under 10 typed over it: refused where it is typed, the cell still in edit, nothing stored.
      await page.keyboard.press('Control+i');
      await cell(page, 'E4').click();
      await page.keyboard.type('8');
      await page.keyboard.press('Enter');
      const refusal = page.locator('.status-bar').getByRole('alert');
      await expect.poll(() => refusal.innerText()).toContain('cette note est conservée par bénéfice (session 2022) et doit rester une note d');
      expect(await seenWhole(refusal)).toBe(true);
      expect(await page.locator('#panel-notes .ag-cell-inline-editing[col-id="E4"]').count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => cell(page, 'E4').innerText()).toBe('13');

      // A mark of 10 or more over it is a correction of the kept mark: entered, and the line says how to enter one
      // of this session instead (the relevé prints it as kept).
      await page.keyboard.type('14');
      await page.keyboard.press('Enter');
      await expect.poll(() => cell(page, 'E4').innerText()).toBe('14');
      await expect
        .poll(() => refusal.innerText())
        .toContain("14 reste une note conservée de la session 2022 (bénéfice). Si c'est une note de cette session, renoncez au bénéfice");
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
});
