// Browser test of issue 7 in the example session: teacher mode on U61 (CCF, annexe 16) for one class,
// five candidates evaluated from the keyboard only (1–4 levels, the commission's mark, Enter, PageDown);
// after a reload every grid is still there and the marks show in the marks grid (one source of truth);
// the batch PDF holds each candidate's name and mark; axe finds nothing on the tab. While a grid is filled at
// 1366×768 and 1920×1080, its heading row (TI I S TS NM) stays on screen under the candidate bar, and a criterion
// reached from the keyboard is never under either; the grid of the candidate shown is one PDF of its own.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { gridFor } from '../../src/domain/grids/index.ts';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { pdfToText, squeeze } from '../io/pdf-helpers.ts';
import { axeOn, openWatchedPage, useChromium } from './browser.ts';
import { cell, expectNoProblems, loadExample, showOnly } from './workspace-page.ts';

const example = buildExampleSession();
const CLASS = 'LGT Vincent Auriol';
const classRef = example.etablissements.findIndex((e) => e.name === CLASS);
const byNumero = new Intl.Collator('fr', { numeric: true });
/** The class in teacher mode's order (numéro). */
const students = example.candidates.filter((c) => c.etablissementRef === classRef).sort((a, b) => byNumero.compare(a.numero, b.numero));
const U61 = gridFor('U61', 'CCF', ccst)!;
const criteria = U61.parts[0]!.criteria;
/** E4 in CCF: two situations, each with its criteria table; long enough to scroll at 1920×1080 too. */
const situation1 = gridFor('E4', 'CCF', ccst)!.parts[0]!.criteria;
/** Five candidates, their levels typed (one digit per criterion) and their mark, each different from the example's. */
const evaluated = students.slice(0, 5).map((candidate, i) => ({
  candidate,
  keys: criteria.map((_, k) => String(((i + k) % 4) + 1)).join(''),
  mark: ['12,5', '13', '14,25', '8', '16,75'][i]!,
}));

const tab = (page: Page, name: string) => page.getByRole('tab', { name }).click();
const panel = (page: Page) => page.locator('#panel-grilles');

async function openClass(page: Page, unit = 'U61') {
  await tab(page, "Grilles d'évaluation");
  await panel(page).getByLabel('Épreuve', { exact: true }).selectOption(unit);
  const option = panel(page).getByLabel('Classe (établissement)', { exact: true }).locator('option', { hasText: CLASS });
  await panel(page)
    .getByLabel('Classe (établissement)', { exact: true })
    .selectOption((await option.getAttribute('value'))!);
  await expect.poll(() => panel(page).locator('.candidate-bar select option').count()).toBe(students.length);
}

const progress = (page: Page) => panel(page).locator('.progress strong').innerText();

describe('evaluation grids in Chromium', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('teacher mode: five U61 grids from the keyboard, kept after a reload, marks in the marks grid, batch PDF', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { acceptDownloads: true });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openClass(page);
      expect(await progress(page)).toBe(`0 / ${students.length} évalués`);
      const a11y = await axeOn(page).include('#panel-grilles').analyze();
      expect(a11y.violations.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))).toEqual([]);

      // Keyboard only from the first criterion on: levels, the mark (Enter), then PageDown to the next candidate.
      await panel(page).getByRole('radiogroup', { name: criteria[0]!.text }).getByRole('radio').first().focus();
      for (const [i, { candidate, keys, mark }] of evaluated.entries()) {
        await expect.poll(() => panel(page).locator('h3.who').innerText()).toContain(candidate.numero);
        await page.keyboard.type(keys);
        await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('inputmode'))).toBe('decimal');
        await page.keyboard.type(mark);
        await page.keyboard.press('Enter');
        await expect.poll(() => progress(page)).toBe(`${i + 1} / ${students.length} évalués`);
        await page.keyboard.press('PageDown');
      }

      // The class summary counts them.
      await panel(page).getByRole('button', { name: 'Synthèse de la classe' }).click();
      const summary = panel(page).getByRole('table', { name: /Niveaux par critère — U61, CCF/ });
      await expect.poll(() => summary.getByRole('row', { name: new RegExp(criteria[0]!.text) }).innerText()).toMatch(/\t2\t1\t1\t1\t0\t3$/);
      const axeSummary = await axeOn(page).include('#panel-grilles').analyze();
      expect(axeSummary.violations.map((v) => v.id)).toEqual([]);

      // Reload: every grid and mark is there.
      await page.reload();
      await page.getByRole('tab', { name: "Grilles d'évaluation" }).waitFor();
      await openClass(page);
      await expect.poll(() => progress(page)).toBe(`5 / ${students.length} évalués`);
      for (const { candidate, mark } of evaluated) {
        const option = panel(page).locator('.candidate-bar select option', { hasText: candidate.numero });
        await panel(page)
          .locator('.candidate-bar select')
          .selectOption((await option.getAttribute('value'))!);
        await expect.poll(() => panel(page).locator('h3.who').innerText()).toContain(candidate.numero);
        await expect.poll(() => panel(page).locator('.criterion input[type="radio"]:checked').count()).toBe(criteria.length);
        expect(await panel(page).getByLabel('Note sur 20 points (U61)').inputValue()).toBe(mark);
      }

      // The batch PDF: each candidate's name and mark.
      const [download] = await Promise.all([page.waitForEvent('download'), panel(page).getByRole('button', { name: 'Grilles remplies (PDF)' }).click()]);
      const text = squeeze(pdfToText(await readFile((await download.path())!), 'grilles-e2e'));
      for (const { candidate, mark } of evaluated) {
        expect(text).toContain(`${candidate.nom.toLocaleUpperCase('fr')} ${candidate.prenom}`);
        expect(text).toContain(`Note sur 20 points ${mark}`);
      }

      // One source of truth: the marks grid shows the grids' marks.
      await tab(page, 'Notes et résultats');
      for (const { candidate, mark } of evaluated) {
        await showOnly(page, candidate.numero);
        await expect.poll(() => cell(page, 'U61').innerText()).toBe(mark);
      }
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  }, 180_000);

  it('« Candidat suivant » clicked: the levels typed next go to the next candidate’s first criteria; pressed with Entrée, the focus stays on it', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openClass(page);
      const group = (k: number) => panel(page).getByRole('radiogroup', { name: criteria[k]!.text });
      const next = panel(page).getByRole('button', { name: 'Candidat suivant →' });
      await next.click();
      await expect.poll(() => panel(page).locator('h3.who').innerText()).toContain(students[1]!.numero);
      await page.keyboard.type('34');
      await expect.poll(() => group(0).locator('input:checked').getAttribute('aria-label')).toMatch(/^S\b/);
      await expect.poll(() => group(1).locator('input:checked').getAttribute('aria-label')).toMatch(/^TS/);
      // From the keyboard, Entrée on the button goes on through the candidates.
      await next.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => panel(page).locator('h3.who').innerText()).toContain(students[2]!.numero);
      expect(await next.evaluate((button) => button === document.activeElement)).toBe(true);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('E22 by mouse: the degree and the points clicked stay ticked, and after a reload a new click ticks the new value, not the stored one', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openClass(page, 'E22');
      const degrees = panel(page).getByRole('radiogroup', { name: /^A — .* : degré de réussite$/ });
      const points = panel(page).getByRole('radiogroup', { name: /^A : points au degré/ });
      /** The radios of a group ticked on screen (what a person sees), by their label. */
      const ticked = (group: typeof degrees) =>
        group.evaluate((g) =>
          [...g.querySelectorAll<HTMLInputElement>('input[type="radio"]')]
            .filter((r) => r.checked)
            .map((r) => r.closest('label')!.innerText.trim().split('\n')[0]),
        );
      await degrees.getByRole('radio', { name: /^Degré 4 / }).click();
      await points.getByRole('radio', { name: '6 points' }).click();
      // A cancelled click was unticked by the browser once over: nothing was ticked, the mark said 6.
      await expect.poll(() => ticked(degrees)).toEqual([expect.stringMatching(/^Degré 4/)]);
      await expect.poll(() => ticked(points)).toEqual(['6 points']);
      // The bonus box the same: ticked once clicked, unticked once clicked again.
      const bonus = panel(page).locator('label.bonus input').first();
      await bonus.click();
      await expect.poll(() => bonus.isChecked()).toBe(true);
      await bonus.click();
      await expect.poll(() => bonus.isChecked()).toBe(false);
      await points.getByRole('radio', { name: '5 points' }).click();
      await expect.poll(() => ticked(points)).toEqual(['5 points']);
      await expect.poll(() => panel(page).locator('.part-mark').first().innerText()).toMatch(/:\s*5$/);

      await page.reload();
      await expect.poll(() => ticked(points)).toEqual(['5 points']);
      await points.getByRole('radio', { name: '6 points' }).click();
      // The stored 5 stayed ticked beside « 6 » as the part's mark.
      await expect.poll(() => ticked(points)).toEqual(['6 points']);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('keeps the tab, the épreuve, the class and the candidate chosen across a reload of the page', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openClass(page, 'E4');
      const third = students[2]!;
      await panel(page)
        .locator('.candidate-bar select')
        .selectOption({ label: `${third.numero} — ${third.nom.toLocaleUpperCase('fr')} ${third.prenom}` });
      await expect.poll(() => panel(page).locator('h3.who').innerText()).toContain(third.numero);
      await page.reload();
      // The tab itself is kept: the reload comes back to the grids, not to the notes.
      await expect.poll(() => panel(page).locator('h3.who').innerText()).toContain(third.numero);
      expect(await page.getByRole('tab', { name: "Grilles d'évaluation" }).getAttribute('aria-selected')).toBe('true');
      expect(await panel(page).getByLabel('Épreuve', { exact: true }).inputValue()).toBe('E4');
      expect(
        await panel(page)
          .getByLabel('Classe (établissement)', { exact: true })
          .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]!.text),
      ).toContain(CLASS);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('Ctrl+Z and Ctrl+Y at 1366×768: the line undone is focused on screen, and a grid changed in another tab says so where it is seen', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openClass(page);
      const group = (p: Page, k: number) => panel(p).getByRole('radiogroup', { name: criteria[k]!.text });
      const checked = (p: Page, k: number) => group(p, k).locator('input:checked').getAttribute('aria-label');
      await group(page, 0).getByRole('radio').first().focus();
      await page.keyboard.type('12341234'); // criteria 1 to 8; the focus goes down the grid
      await expect.poll(() => checked(page, 7)).toMatch(/^TS/);

      await page.keyboard.press('Control+z');
      await expect.poll(() => group(page, 7).locator('input:checked').count()).toBe(0);
      // The focus is on the line undone, inside the window.
      await expect.poll(() => group(page, 7).evaluate((g) => g.contains(document.activeElement))).toBe(true);
      // (The criterion's row has no box of its own: its cells are laid out in the grid's.)
      const line = await page.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON() as DOMRect);
      expect(line.y).toBeGreaterThanOrEqual(0);
      expect(line.y + line.height).toBeLessThanOrEqual(768);
      await page.keyboard.press('Control+y');
      await expect.poll(() => checked(page, 7)).toMatch(/^TS/);

      // In another tab, criterion 7 becomes TS; Ctrl+Z here (which would clear its S) leaves it, and says so on screen.
      const other = await watched.context.newPage();
      await other.goto(baseURL);
      await openClass(other);
      await group(other, 6).getByRole('radio').first().focus();
      await other.keyboard.press('4');
      await expect.poll(() => checked(page, 6)).toMatch(/^TS/);
      // Back to the first tab, on criterion 8 (a background tab gets few frames, and its focus is the browser's).
      await page.bringToFront();
      await group(page, 7).locator('input:checked').focus();
      await page.keyboard.press('Control+z'); // criterion 8 again
      await expect.poll(() => group(page, 7).locator('input:checked').count()).toBe(0);
      await page.keyboard.press('Control+z'); // criterion 7: changed since
      const alert = panel(page).getByRole('alert');
      await expect.poll(() => alert.innerText()).toBe(`Grille U61 de ${students[0]!.nom} ${students[0]!.prenom} : elle a changé depuis ; rien n'est annulé.`);
      const box = (await alert.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(768);
      const topmost = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest('[role="alert"]') !== null,
        [box.x + 10, box.y + box.height / 2],
      );
      expect(topmost).toBe(true);
      expect(await checked(page, 6)).toMatch(/^TS/);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`at ${viewport.width}×${viewport.height}: the heading row TI I S TS stays under the candidate bar; the focused criterion is under neither; one candidate's PDF`, async () => {
      const watched = await openWatchedPage(chromium(), baseURL, { viewport, acceptDownloads: true });
      const { page } = watched;
      try {
        await loadExample(page, baseURL);
        await openClass(page, 'E4');
        const group = (k: number) => panel(page).getByRole('radiogroup', { name: situation1[k]!.text });
        /** Whether the element is the topmost at its own centre (nothing sticky covers it), with its top. */
        const seen = (selector: string) =>
          page.evaluate((css) => {
            const element = document.querySelector(css)!;
            const box = element.getBoundingClientRect();
            const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
            return { topmost: top === element || element.contains(top), top: box.top, bottom: box.bottom };
          }, selector);
        const stickyBottom = () =>
          panel(page)
            .locator('.sticky-head')
            .evaluate((h) => h.getBoundingClientRect().bottom);
        const tsHeading = '#panel-grilles .criteria-head span[title="Très satisfaisant"]';

        await group(0).getByRole('radio').first().focus();
        await page.keyboard.type('1234');
        await page.keyboard.press('PageDown');
        await expect.poll(() => panel(page).locator('h3.who').innerText()).toContain(students[1]!.numero);
        await expect.poll(() => group(0).evaluate((g) => g.contains(document.activeElement))).toBe(true);
        // The heading row, right under the candidate bar; the first criterion, focused, right under the heading row.
        let heading = await seen(tsHeading);
        expect(heading.topmost).toBe(true);
        expect(heading.top).toBeGreaterThanOrEqual((await stickyBottom()) - 1);
        const focused = await page.evaluate(() => {
          const box = document.activeElement!.getBoundingClientRect();
          const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
          return { topmost: top === document.activeElement, top: box.top };
        });
        expect(focused.topmost).toBe(true);
        expect(focused.top).toBeGreaterThanOrEqual(heading.bottom);

        // Scrolled down the criteria, the heading row stays above them, under the candidate bar.
        await page.mouse.move(viewport.width / 3, viewport.height - 100);
        await page.mouse.wheel(0, 70);
        await expect.poll(async () => (await seen(tsHeading)).top).toBeCloseTo(await stickyBottom(), 0);
        heading = await seen(tsHeading);
        expect(heading.topmost).toBe(true);
        // A criterion hidden under the heading row, reached with ↓ from the one above: brought below it.
        const hidden = await page.evaluate((bottom) => {
          const firsts = [...document.querySelectorAll('#panel-grilles .criterion input[value="TI"]')].map((r) => r.getBoundingClientRect());
          return firsts.findLastIndex((box) => box.top < bottom && box.bottom > 0);
        }, heading.bottom);
        expect(hidden).toBeGreaterThan(0);
        await group(hidden - 1)
          .getByRole('radio')
          .first()
          .evaluate((r) => (r as HTMLElement).focus({ preventScroll: true }));
        await page.keyboard.press('ArrowDown');
        await expect.poll(() => group(hidden).evaluate((g) => g.contains(document.activeElement))).toBe(true);
        const reached = await page.evaluate(() => {
          const box = document.activeElement!.getBoundingClientRect();
          const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
          return { topmost: top === document.activeElement, top: box.top };
        });
        expect(reached.topmost).toBe(true);
        expect(reached.top).toBeGreaterThanOrEqual((await seen(tsHeading)).bottom);

        // The grid of the candidate shown, next to it: a PDF of that candidate alone, named after them.
        const name = `${students[1]!.nom.toLocaleUpperCase('fr')} ${students[1]!.prenom}`;
        const button = panel(page).getByRole('button', { name: `Grille de ${name} (PDF)` });
        expect((await seen('#panel-grilles .own-pdf')).topmost).toBe(true);
        const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
        expect(download.suggestedFilename()).toBe(`grille-E4-${students[1]!.numero}-${name.replace(/ /g, '-')}.pdf`);
        const text = squeeze(pdfToText(await readFile((await download.path())!), `grille-un-candidat-${viewport.width}`));
        expect(text).toContain(`Nom et prénom du candidat ${name}`);
        expect(text).not.toContain(`${students[0]!.nom.toLocaleUpperCase('fr')} ${students[0]!.prenom}`);
        expect(text).toContain('SITUATION 1 SUR 10 POINTS');
        expectNoProblems(watched);
      } finally {
        await watched.close();
      }
    });
  }
});
