/**
 * The Jury tab as a jury president sees it at 1366×768, in Chromium: the histogram's labels (counts, thresholds,
 * axes) never drawn over one another, in both class widths; and in a session of more than 2,000 candidates, lists that
 * grow 200 rows at a time and a candidate typed instead of picked from a list of every name.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { countOf, formatCount } from '../../src/domain/count.ts';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import { writeCandidatesCsv } from '../../src/io/candidates-csv.ts';
import { sampleCandidates } from '../../src/sample/candidates.ts';
import { openWatchedPage, useChromium } from './browser.ts';
import { expectNoProblems, loadExample } from './workspace-page.ts';

const VIEWPORT = { width: 1366, height: 768 };
/** More than PICK_LIST_MAX (2,000): the simulation's candidate is typed. */
const COUNT = 2200;

/** The texts of the histogram whose boxes, as drawn, cross another's (half a pixel of tolerance). */
async function overlappingLabels(figure: Locator): Promise<string[]> {
  return figure.evaluate((f) => {
    const boxes = [...f.querySelectorAll('svg text')].map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
    const crossing: string[] = [];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const x = a.box.left < b.box.right - 0.5 && b.box.left < a.box.right - 0.5;
        const y = a.box.top < b.box.bottom - 0.5 && b.box.top < a.box.bottom - 0.5;
        if (x && y) crossing.push(`« ${a.text} » × « ${b.text} »`);
      }
    }
    return crossing;
  });
}

/** Every label of the histogram inside its figure, and the figure inside the window's width. */
async function labelsInside(figure: Locator): Promise<string[]> {
  return figure.evaluate((f, width) => {
    const frame = f.getBoundingClientRect();
    const out = [...f.querySelectorAll('svg text')].filter((t) => {
      const box = t.getBoundingClientRect();
      return box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5;
    });
    return [...out.map((t) => t.textContent ?? ''), ...(frame.right > width ? ['(la figure dépasse la fenêtre)'] : [])];
  }, VIEWPORT.width);
}

/** The histogram in both class widths: every label readable, each threshold's label the topmost thing at its place. */
async function expectReadableHistogram(page: Page) {
  const figure = page.locator('figure.histogram');
  for (const width of ['1 point', '0,5 point']) {
    await page.getByRole('combobox', { name: 'Classes de' }).selectOption({ label: width });
    await expect.poll(() => figure.locator('svg rect').count()).toBeGreaterThan(0);
    expect(await overlappingLabels(figure), width).toEqual([]);
    expect(await labelsInside(figure), width).toEqual([]);
    for (const threshold of ['8', '10']) {
      const label = figure.locator('svg text', { hasText: new RegExp(`^${threshold}$`) }).first();
      const box = (await label.boundingBox())!;
      const topmost = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.textContent ?? null, {
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
      });
      expect(topmost, `${width}: seuil ${threshold}`).toBe(threshold);
    }
  }
}

describe('the Jury tab in Chromium at 1366×768', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('draws the example session’s histogram with every label readable, in both class widths', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: VIEWPORT });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await page.getByRole('tab', { name: 'Jury', exact: true }).click();
      await expectReadableHistogram(page);

      // « Détail » of a candidate near a threshold brings their points needed and simulation into sight, focused:
      // the section is far below the lists, and the click seemed to do nothing.
      await page
        .getByRole('button', { name: /^Détail de / })
        .first()
        .click();
      const heading = page.getByRole('heading', { name: 'Points nécessaires et simulation' });
      await expect.poll(() => heading.evaluate((h) => document.activeElement === h)).toBe(true);
      const box = (await heading.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
      expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.textContent ?? '', { x: box.x + 5, y: box.y + box.height / 2 })).toContain(
        'Points nécessaires',
      );
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it(`in a session of ${formatCount(COUNT)} candidates: readable histogram, lists by 200, candidate typed`, async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: VIEWPORT });
    const { page } = watched;
    try {
      await page.goto(baseURL);
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      await page.getByLabel('Choisir un fichier CSV (ou le déposer ici)').setInputFiles({
        name: 'grande-session.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(writeCandidatesCsv(ccst, sampleCandidates(ccst, COUNT, 23, 300_000)), 'utf8'),
      });
      await page.getByText(countOf(COUNT, 'ligne')).first().waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      await page.getByText(countOf(COUNT, 'candidat'), { exact: true }).waitFor({ timeout: 60_000 });
      await page.getByRole('tab', { name: 'Jury', exact: true }).click();
      await expectReadableHistogram(page);

      // The candidates near a threshold: 200 rows drawn, the total said, 200 more on demand.
      const near = page.getByRole('region', { name: "Candidats proches d'un seuil" });
      const rows = near.locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(200);
      const more = near.getByRole('button', { name: /^Afficher \d+ de plus$/ });
      await expect.poll(() => near.locator('p.more').innerText()).toMatch(/^200 premiers sur \d[\d\u202f]* \(/);
      const total = Number((await near.locator('p.more').innerText()).match(/sur ([\d\u202f]+)/)![1]!.replace(/\u202f/g, ''));
      expect(total).toBeGreaterThan(200);
      await more.click();
      await expect.poll(() => rows.count()).toBe(Math.min(400, total));

      // The simulation: no list of 2,200 names. An exact numero is chosen at once; a name offers its namesakes.
      const finder = page.getByRole('searchbox', { name: 'Candidat (numéro ou nom)' });
      const chosen = page.locator('p.who');
      await finder.fill('300007');
      await finder.press('Enter');
      await expect.poll(() => chosen.innerText()).toContain('n° 300007');
      await finder.fill('vidal');
      await finder.press('Enter');
      const matches = page.getByRole('status').filter({ hasText: 'correspondent à « vidal »' }).getByRole('button');
      await expect.poll(() => matches.count()).toBeGreaterThan(1);
      const first = (await matches.first().innerText()).trim();
      await matches.first().click();
      await expect.poll(() => chosen.innerText()).toContain(`n° ${first.split(' ')[0]}`);
      expect(first).toMatch(/^\d+ — Vidal /);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
});
