import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatAverage } from '../../src/domain/results.ts';
import { numberMark } from '../../src/domain/marks.ts';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import { computeResult } from '../../src/domain/results.ts';
import { candidateMarksOf } from '../../src/domain/session.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { pdfToText } from '../io/pdf-helpers.ts';
import { openWatchedPage, useChromium } from './browser.ts';
import { seenWhole } from './layout-page.ts';
import { cell, expectNoProblems, loadExample, showOnly, typeInto } from './workspace-page.ts';

const example = buildExampleSession();
const marksOf = (ref: number) => candidateMarksOf(example.marks.filter((m) => m.candidateRef === ref));
const results = example.candidates.map((_, i) => computeResult(marksOf(i), ccst));

/** A CONTROLE candidate without contrôle marks whom 20 at the E1 contrôle makes ADMIS. */
const controleRef = results.findIndex(
  (r, i) =>
    r.decision === 'CONTROLE' &&
    Object.keys(marksOf(i).controle).length === 0 &&
    computeResult({ ...marksOf(i), controle: { E1: numberMark(2000) } }, ccst).decision === 'ADMIS',
);
const controleCandidate = example.candidates[controleRef]!;
/** The other CONTROLE candidates without any contrôle entry: closing is refused while they wait (issue 16). */
const pendingRefs = results.flatMap((r, i) =>
  i !== controleRef && r.firstGroupDecision === 'CONTROLE' && Object.keys(marksOf(i).controle).length === 0 ? [i] : [],
);
/** An ADMIS candidate whose E5 the jury corrects. */
const admisRef = results.findIndex((r) => r.decision === 'ADMIS');
const admis = example.candidates[admisRef]!;

const tab = (page: Page, name: string) => page.getByRole('tab', { name }).click();
const bar = (page: Page) => page.locator('.deliberation-bar');

async function nextPhase(page: Page, label: string) {
  await bar(page).getByRole('button', { name: label }).click();
  await page.getByRole('dialog').getByRole('button', { name: label }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFile((await file.path())!);
}

describe('the deliberation in Chromium', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('open → change with a reason → journal → contrôle → close → edits refused → PV and relevés', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { acceptDownloads: true });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await bar(page).getByLabel('Membre du jury (inscrit au journal)').fill('Mme Garnier');
      await bar(page).getByRole('button', { name: 'Enregistrer' }).click();
      await nextPhase(page, 'Ouvrir la délibération');
      await expect.poll(() => bar(page).innerText()).toContain('Délibération du 1er groupe ouverte');
      // The header says who types in this tab on its one line (its « (cet onglet) » wrapped it onto two, 61 px tall).
      await page.locator('header .tab-member').getByText('Mme Garnier').waitFor();
      expect(await page.locator('header').evaluate((header) => header.getBoundingClientRect().height)).toBeLessThan(45);

      // A change now asks for a reason, and is logged.
      await showOnly(page, admis.numero);
      await typeInto(page, 'E5', '18');
      const dialog = page.getByRole('dialog', { name: 'Motif de la modification' });
      // Keyboard-first: Enter validates (an empty reason is refused and the focus goes back to the field),
      // Shift+Enter makes a new line.
      const field = dialog.getByLabel('Motif (noté au journal de la délibération)');
      await dialog.getByRole('button', { name: 'Enregistrer' }).click();
      await dialog.getByText('Le motif est obligatoire pendant la délibération.').waitFor();
      expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('Erreur de report de la copie');
      await page.keyboard.press('Shift+Enter');
      expect(await field.inputValue()).toBe('Erreur de report de la copie\n');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.count()).toBe(0);
      await expect.poll(() => cell(page, 'E5').innerText()).toBe('18');
      // The keyboard is back on the grid, where the entry left it, for the next mark.
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('#panel-notes .ag-cell')?.getAttribute('col-id') ?? null)).toBe('E5');
      await tab(page, 'Journal');
      await expect.poll(() => page.getByRole('tabpanel').innerText()).toContain('Erreur de report de la copie');
      expect(await page.getByRole('tabpanel').innerText()).toContain('Mme Garnier');
      // The member's name on one line (it was cut in two while the other columns had room).
      const whoLines = await page
        .getByRole('cell', { name: 'Mme Garnier' })
        .first()
        .evaluate((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        });
      expect(whoLines).toBe(1);

      // Contrôle: choose E1, enter 20 → ADMIS as R6 says.
      await nextPhase(page, 'Clore le 1er groupe');
      await tab(page, 'Épreuve de contrôle');
      const card = page.getByRole('article', { name: new RegExp(controleCandidate.numero) });
      await card.getByRole('checkbox', { name: /E1/ }).check();
      await card.getByLabel('Note de contrôle E1').fill('20');
      await card.getByLabel('Note de contrôle E1').press('Enter');
      await tab(page, 'Notes et résultats');
      await showOnly(page, controleCandidate.numero);
      await expect.poll(() => cell(page, 'decision').innerText()).toBe('Admis');
      const finale = computeResult({ ...marksOf(controleRef), controle: { E1: numberMark(2000) } }, ccst);
      // Beside the decision, the moyenne that made it (after the contrôle); the 1er groupe one in its own column.
      expect(await cell(page, 'moyenne').innerText()).toBe(formatAverage(finale.final!));
      expect(await cell(page, 'moyennePremier').innerText()).toBe(formatAverage(finale.firstGroup!));
      expect(formatAverage(finale.final!)).not.toBe(formatAverage(finale.firstGroup!));
      // A first-group mark typed now is not taken (AG Grid ignores the keys): the line under the grid says why.
      await cell(page, 'E1').click();
      await page.keyboard.type('12');
      const why = page.locator('.status-bar .refusal');
      await expect
        .poll(() => why.innerText())
        .toBe(
          `Le 1er groupe est clos : E1 de ${controleCandidate.nom} ${controleCandidate.prenom} ne peut plus être modifiée. Rouvrez le 1er groupe (avec un motif) pour corriger.`,
        );
      expect(await seenWhole(why)).toBe(true);

      // Issue 16: closing is refused while a CONTROLE candidate has no outcome, and the message lists them.
      await nextPhase(page, 'Clore la délibération');
      const banner = page.locator('.banner');
      await expect.poll(() => banner.innerText()).toContain('Impossible de clore la délibération');
      for (const ref of pendingRefs) expect(await banner.innerText()).toContain(example.candidates[ref]!.numero);
      expect(await banner.innerText()).not.toContain(controleCandidate.numero);
      expect(await bar(page).innerText()).toContain('1er groupe clos');
      // Each of them sits a unit and is absent (AB): an outcome; then the deliberation closes.
      await tab(page, 'Épreuve de contrôle');
      for (const ref of pendingRefs) {
        const pending = page.getByRole('article', { name: new RegExp(example.candidates[ref]!.numero) });
        const box = pending.locator('input[type="checkbox"]:not([disabled])').first();
        await box.check();
        const field = pending.getByLabel(/^Note de contrôle E/).first();
        await field.fill('AB');
        await field.press('Enter');
        await expect.poll(() => pending.innerText()).not.toContain('en attente des notes de contrôle');
      }

      // Closed: nothing can be typed any more.
      await nextPhase(page, 'Clore la délibération');
      await expect.poll(() => bar(page).innerText()).toContain('Délibération close');
      await tab(page, 'Notes et résultats');
      await showOnly(page, admis.numero);
      await typeInto(page, 'E5', '3');
      await expect.poll(() => cell(page, 'E5').innerText()).toBe('18');

      // The documents: PV counts equal the engine's; a relevé holds the marks and moyenne.
      await tab(page, 'Documents (PDF)');
      const pv = pdfToText(await download(page, 'Procès-verbal de délibération (PDF)'));
      expect(pv).toContain('Procès-verbal de délibération');
      expect(pv).toContain('Erreur de report de la copie');
      await tab(page, 'Notes et résultats');
      await showOnly(page, admis.numero);
      const moyenne = await cell(page, 'moyenne').innerText();
      await tab(page, 'Documents (PDF)');
      const releve = pdfToText(await download(page, 'Relevés de notes (PDF)'));
      expect(releve).toContain(admis.nom.toLocaleUpperCase('fr')); // surnames in capitals, as on official relevés
      expect(releve).toContain(moyenne);
      expect(releve).toContain('18,00');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  }, 120_000);
  it('a confirmation opened by a click rings the button Entrée would press (« Annuler », the safe one)', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await bar(page).getByLabel('Membre du jury (inscrit au journal)').fill('Mme Garnier');
      await bar(page).getByRole('button', { name: 'Enregistrer' }).click();
      await bar(page).getByRole('button', { name: 'Ouvrir la délibération' }).click();
      const cancel = page.getByRole('dialog').getByRole('button', { name: 'Annuler' });
      await expect.poll(() => cancel.evaluate((button) => button === document.activeElement)).toBe(true);
      const ring = await cancel.evaluate((button) => {
        const style = getComputedStyle(button);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(ring.style).toBe('solid');
      expect(ring.width).toBeGreaterThanOrEqual(2);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
});
