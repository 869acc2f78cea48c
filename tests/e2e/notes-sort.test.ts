// A jury reads its list by moyenne, by decision or by name: the notes grid sorts on its headings (a click, or Entrée
// on a heading reached with ↑ from the first row), the rows a person sees are in that order, a mark typed in a sorted
// grid leaves its row where it is (the cursor goes on down the same candidates), and the order stays when the tab is
// left and opened again.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { averageHundredths, formatHundredthsFixed } from '../../src/domain/exact.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import { buildCandidateViews } from '../../src/ui/state/candidate-view.ts';
import { byAverage } from '../../src/ui/state/candidate-order.ts';
import type { Candidate, MarkRecord } from '../../src/domain/session.ts';
import { openWatchedPage, useChromium } from './browser.ts';
import { cutTexts } from './layout-page.ts';
import { cell, expectNoProblems, loadExample } from './workspace-page.ts';

/** The example's candidates by moyenne, highest first (the engine's own results): « Nom Prénom » and the moyenne shown. */
function exampleByMoyenne(): { name: string; moyenne: string }[] {
  const example = buildExampleSession();
  const candidates = example.candidates.map((c, index) => ({ ...c, id: index + 1, sessionId: 1, etablissementId: null }) as Candidate);
  const marks = example.marks.map((m) => ({ ...m, sessionId: 1, candidateId: m.candidateRef + 1, updatedAt: '' }) as MarkRecord);
  const order = byAverage((view) => view.result.final);
  return buildCandidateViews(candidates, marks, [], btsCcst2024)
    .sort((a, b) => -order(a, b, true))
    .map((view) => ({
      name: `${view.candidate.nom} ${view.candidate.prenom}`,
      moyenne: view.result.final ? formatHundredthsFixed(averageHundredths(view.result.final)) : '',
    }));
}

/** The rows a person sees whole in the notes grid, top to bottom (the topmost element at their name is theirs). */
function rowsSeen(page: Page): Promise<{ name: string; moyenne: string }[]> {
  return page.evaluate(() => {
    const panel = document.querySelector('#panel-notes')!;
    const rows = new Map<string, { top: number; name: string; moyenne: string }>();
    for (const nom of panel.querySelectorAll<HTMLElement>('.ag-cell[col-id="nom"]')) {
      const row = nom.closest('.ag-row')!;
      const index = row.getAttribute('row-index')!;
      const box = nom.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (!hit || !nom.contains(hit) || box.bottom > window.innerHeight) continue;
      const prenom = panel.querySelector(`.ag-row[row-index="${index}"] .ag-cell[col-id="prenom"]`)?.textContent ?? '';
      const moyenne = panel.querySelector(`.ag-row[row-index="${index}"] .ag-cell[col-id="moyenne"]`)?.textContent ?? '';
      rows.set(index, { top: box.top, name: `${nom.textContent} ${prenom}`, moyenne });
    }
    return [...rows.values()].sort((a, b) => a.top - b.top).map(({ name, moyenne }) => ({ name, moyenne }));
  });
}

describe('the notes grid sorted', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('by moyenne from the keyboard: the rows seen are the highest, a mark typed keeps its row, the order stays after another tab', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      const expected = exampleByMoyenne();
      // ↑ from the first row's moyenne to its heading, Entrée: highest first.
      await cell(page, 'moyenne', 0).click();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      const heading = page.locator('#panel-notes .ag-header-cell[col-id="moyenne"]');
      await expect.poll(() => heading.getAttribute('aria-sort')).toBe('descending');
      // The arrow leaves the titles whole (« Moye… » once sorted), in a mark's narrow column too.
      expect(await cutTexts(page, '#panel-notes .ag-header-cell-text')).toEqual([]);
      await page.locator('#panel-notes .ag-header-cell[col-id="E21"]').click();
      await expect.poll(() => page.locator('#panel-notes .ag-header-cell[col-id="E21"]').getAttribute('aria-sort')).toBe('descending');
      expect(await cutTexts(page, '#panel-notes .ag-header-cell-text')).toEqual([]);
      await heading.click();
      await expect.poll(() => heading.getAttribute('aria-sort')).toBe('descending');
      const seen = await rowsSeen(page);
      expect(seen.length).toBeGreaterThanOrEqual(14);
      expect(seen).toEqual(expected.slice(0, seen.length));

      // A low E1 typed on the third row: its moyenne falls, the row stays third (no jump under the cursor), and Entrée
      // goes on to the fourth row, the one that was under it.
      const third = seen[2]!;
      const fourth = seen[3]!;
      await cell(page, 'E1', 2).click();
      await page.keyboard.type('2');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await rowsSeen(page))[2]?.moyenne).not.toBe(third.moyenne);
      expect((await rowsSeen(page))[2]?.name).toBe(third.name);
      const focusedName = () => page.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-index'));
      expect(await focusedName()).toBe('3');
      expect((await rowsSeen(page))[3]?.name).toBe(fourth.name);

      // Another tab, then back: still by moyenne (sorted again, the row with the new mark further down).
      await page.getByRole('tab', { name: 'Candidats' }).click();
      await page.getByRole('tab', { name: 'Notes et résultats' }).click();
      await expect.poll(() => heading.getAttribute('aria-sort')).toBe('descending');
      await expect.poll(async () => (await rowsSeen(page))[2]?.name).toBe(fourth.name);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('by decision: within a decision (the épreuve de contrôle, filtered), from the highest moyenne', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await page.locator('#panel-notes .ag-header-cell[col-id="decision"]').click();
      // « Autorisés au contrôle »: those with their contrôle marks too; the toolbar stays on one line with it chosen.
      await page.getByLabel('Décision').selectOption('AU_CONTROLE');
      await expect.poll(() => page.locator('.status-bar').innerText()).toMatch(/15 candidats affichés sur 170/);
      const tops = await Promise.all(
        [page.getByLabel('Rechercher'), page.locator('#panel-notes summary', { hasText: 'Exporter…' })].map(
          async (control) => (await control.boundingBox())!.y,
        ),
      );
      expect(Math.abs(tops[0]! - tops[1]!)).toBeLessThan(12);
      await page.getByLabel('Décision').selectOption('CONTROLE');
      await expect.poll(() => cell(page, 'decision', 0).innerText()).toMatch(/contrôle/i);
      const moyennes = (await rowsSeen(page)).map((row) => Number(row.moyenne.replace(',', '.')));
      expect(moyennes.length).toBeGreaterThan(5);
      expect(moyennes).toEqual([...moyennes].sort((a, b) => b - a));
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
});
