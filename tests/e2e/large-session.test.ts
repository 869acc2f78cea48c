/**
 * A session of a few thousand candidates in Chromium on the production build (issue 19): its rows are built and
 * handed to the grid in slices, after an import and on reload. Once the counts are final, the grid has every row:
 * the first at the top and, scrolled to the bottom, the last, each with its real moyenne and decision.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { averageHundredths, formatHundredthsFixed } from '../../src/domain/exact.ts';
import { compareNumero } from '../../src/domain/numero.ts';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import { computeResult, DECISION_LABELS } from '../../src/domain/results.ts';
import { readCandidatesCsv, writeCandidatesCsv } from '../../src/io/candidates-csv.ts';
import { sampleCandidates } from '../../src/sample/candidates.ts';
import { openWatchedPage, useChromium } from './browser.ts';
import { cell, expectNoProblems, topRowSeen } from './workspace-page.ts';
import { countOf } from '../../src/domain/count.ts';
import { VIEW_SLICE } from '../../src/ui/state/candidate-view.ts';

/** More than the rows built in one go (VIEW_SLICE): built in slices. */
const COUNT = VIEW_SLICE + 300;
const SCREENSHOT = fileURLToPath(new URL('../../test-results/large-session-last-row.png', import.meta.url));
const csv = writeCandidatesCsv(ccst, sampleCandidates(ccst, COUNT, 17, 400_000));

/** What the grid shows for the candidate at `index` (by numero), as the engine computes it. */
function expectedRow(index: number) {
  const rows = [...readCandidatesCsv(csv, ccst).rows].sort((a, b) => compareNumero(a.numero, b.numero));
  const row = rows.at(index)!;
  const result = computeResult({ marks: row.marks, controle: row.controle }, ccst);
  return {
    numero: row.numero,
    moyenne: result.firstGroup ? formatHundredthsFixed(averageHundredths(result.firstGroup)) : '',
    decision: DECISION_LABELS[result.decision],
  };
}

/**
 * The row at `index` as the page shows it, and whether a person sees it: the top of its decision cell is what lies
 * at that point of the window (not under another element, nor scrolled out of the grid).
 */
async function shownRow(page: Page, index: number) {
  const text = async (colId: string) => (await cell(page, colId, index).innerText()).trim();
  const decision = cell(page, 'decision', index);
  const box = await decision.boundingBox();
  const seen =
    box !== null &&
    (await decision.evaluate(
      (el, { x, y }) => {
        const top = document.elementFromPoint(x, y);
        return top !== null && el.contains(top);
      },
      { x: box.x + box.width / 2, y: box.y + 2 },
    ));
  return { row: { numero: await text('numero'), moyenne: await text('moyenne'), decision: await text('decision') }, seen };
}

async function expectFirstAndLast(page: Page) {
  await page.getByText(countOf(COUNT, 'candidat'), { exact: true }).waitFor({ timeout: 60_000 });
  // Written as French does, on one line: « 5 300 candidats », a thin no-break space between thousands.
  const count = page.locator('.status-bar > span').first();
  expect(await count.textContent()).toBe(`${String(COUNT).slice(0, -3)}\u202f${String(COUNT).slice(-3)} candidats`);
  expect((await count.boundingBox())!.height).toBeLessThan(30);
  await expect.poll(() => shownRow(page, 0), { timeout: 20_000 }).toEqual({ row: expectedRow(0), seen: true });
  // Every row is in the grid (handed over in slices): Ctrl+End from the first row goes down to the last one.
  await cell(page, 'numero', 0).click();
  await page.keyboard.press('Control+End');
  await expect
    .poll(async () => ((await page.locator(`.ag-row[row-index="${COUNT - 1}"]`).count()) > 0 ? shownRow(page, COUNT - 1) : null), { timeout: 20_000 })
    .toEqual({ row: expectedRow(-1), seen: true });
  await page.screenshot({ path: SCREENSHOT });
}

describe('a session of a few thousand candidates', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('shows every row after the import and after a reload: the first, and the last once scrolled down; Ctrl+A, Ctrl+C copy them all', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, {
      viewport: { width: 1366, height: 768 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const { page } = watched;
    try {
      await page.goto(baseURL);
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      await page.getByLabel('Choisir un fichier CSV (ou le déposer ici)').setInputFiles({
        name: `candidats-${COUNT}.csv`,
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      });
      await page.getByText(countOf(COUNT, 'ligne')).first().waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      await expectFirstAndLast(page);

      await page.reload();
      await expectFirstAndLast(page);

      // Ctrl+A chooses the whole grid as a block (the focus stays where it was), Ctrl+C copies every row as shown. Back at
      // the top first with Ctrl+Home, as a person does from the last row (the first row is not drawn down there).
      const first = page.locator('#panel-notes .ag-row[row-index="0"] .ag-cell[col-id="numero"]');
      await page.keyboard.press('Control+Home');
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-index'))).toBe('0');
      await page.keyboard.press('Control+a');
      await expect.poll(() => page.locator('#panel-notes .ag-cell.cell-in-block').count()).toBeGreaterThan(100);
      await page.keyboard.press('Control+c');
      const lines = (await page.evaluate(() => navigator.clipboard.readText())).split('\r\n');
      expect(lines).toHaveLength(COUNT);
      expect(lines[0]!.split('\t')[0]).toBe(await first.innerText());
      expect(new Set(lines.map((line) => line.split('\t').length)).size).toBe(1);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('col-id'))).toBe('numero');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#panel-notes .ag-cell.cell-in-block').count()).toBe(0);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('keeps its place after an import into it and after its undo: the same row at the top, the candidate chosen, the focus on « Importer un fichier »', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    const importFile = async (name: string, text: string, lines: number) => {
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      await page.getByLabel('Choisir un fichier CSV (ou le déposer ici)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
      await page.getByText(countOf(lines, 'ligne')).first().waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Importer', exact: true }).click();
    };
    const grid = page.locator('#panel-notes .ag-root-wrapper');
    const topNumero = (panel = '#panel-notes') => topRowSeen(page, panel);
    const settled = async () => {
      await expect.poll(() => page.locator('.status-bar').innerText(), { timeout: 60_000 }).toContain(countOf(COUNT, 'candidat'));
      await expect.poll(() => page.locator('.status-bar').innerText(), { timeout: 60_000 }).not.toContain('calcul');
    };
    try {
      await page.goto(baseURL);
      await importFile(`candidats-${COUNT}.csv`, csv, COUNT);
      await settled();
      // Down among the last rows (past the first build of rows), as a person scrolls with the wheel; a candidate chosen
      // there, its calculation shown.
      const numeros = [...readCandidatesCsv(csv, ccst).rows].map((r) => r.numero).sort(compareNumero);
      const topIndexNow = async () => numeros.indexOf((await topNumero()) ?? '');
      await grid.hover();
      await page.mouse.wheel(0, 300_000);
      await expect.poll(topIndexNow).toBeGreaterThan(COUNT - 20);
      await page.mouse.wheel(0, -3_000);
      await expect.poll(topIndexNow).toBeLessThan(COUNT - 100);
      // Read once the wheel's scroll has come to rest (the same row two frames apart).
      const settledTop = async (panel?: string) => {
        const before = await topNumero(panel);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        return before === (await topNumero(panel)) ? before : null;
      };
      await expect.poll(settledTop).not.toBeNull();
      const top = (await topNumero())!;
      const topIndex = numeros.indexOf(top);
      expect(topIndex).toBeGreaterThan(VIEW_SLICE);
      const chosen = page.locator('#panel-notes .ag-row').filter({ hasText: expectedRow(topIndex + 2).numero });
      await chosen.locator('.ag-cell[col-id="nom"]').click();
      await page.getByRole('button', { name: 'Détail du calcul' }).click();
      const panel = page.getByRole('complementary', { name: 'Détail du calcul' });
      await expect.poll(() => panel.innerText()).toContain(`n° ${expectedRow(topIndex + 2).numero}`);

      // Every candidate's E1 changed: more candidates than one build of rows, so the session is read again.
      const samples = sampleCandidates(ccst, COUNT, 17, 400_000);
      const newE1 = (mark: string | undefined) => (mark === '12' ? '13' : '12');
      const topE1 = newE1(samples.find((c) => c.numero === top)!.marks.E1);
      const newE1Csv = writeCandidatesCsv(
        ccst,
        samples.map((c) => ({ ...c, marks: { ...c.marks, E1: newE1(c.marks.E1) } })),
      );
      // Each frame painted meanwhile: whether the « Dernier import » line was there (without it, the grid moved up).
      await page.evaluate(() => {
        const frames: boolean[] = ((window as unknown as { lineInFrames: boolean[] }).lineInFrames = []);
        const sample = () => {
          frames.push(document.querySelector('.last-import') !== null);
          if (frames.length < 100_000) requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      });
      await importFile('e1.csv', newE1Csv, COUNT);
      await page.getByText('appliqué').first().waitFor({ timeout: 60_000 });
      await settled();
      await expect.poll(topNumero, { timeout: 20_000 }).toBe(top);
      const lineInFrames = await page.evaluate(() => (window as unknown as { lineInFrames: boolean[] }).lineInFrames);
      expect(lineInFrames.length).toBeGreaterThan(10);
      expect(lineInFrames.filter((shown) => !shown)).toHaveLength(0);
      await expect.poll(() => page.locator('.last-import').innerText()).toContain('« e1.csv »');
      await expect.poll(() => cell(page, 'E1', topIndex).innerText()).toBe(topE1);
      await expect.poll(() => panel.innerText()).toContain(`n° ${expectedRow(topIndex + 2).numero}`);
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Importer un fichier');

      await page.getByRole('button', { name: 'Annuler le dernier import' }).click();
      await page.getByText('annulé').first().waitFor({ timeout: 60_000 });
      await settled();
      await expect.poll(topNumero, { timeout: 20_000 }).toBe(top);
      await expect.poll(() => cell(page, 'E1', topIndex).innerText()).not.toBe(topE1);
      await expect.poll(() => panel.innerText()).toContain(`n° ${expectedRow(topIndex + 2).numero}`);
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Importer un fichier');
      await page.screenshot({ path: fileURLToPath(new URL('../../test-results/large-session-kept-place.png', import.meta.url)) });

      // The Candidats tab says « Chargement » while the session is read again: its grid, made again, keeps its place too.
      await page.getByRole('tab', { name: 'Candidats' }).click();
      const candidatesTop = () => topNumero('#panel-candidats');
      await expect.poll(candidatesTop).toBe(expectedRow(0).numero);
      await page.locator('#panel-candidats .ag-root-wrapper').hover();
      await page.mouse.wheel(0, 30_000);
      await expect.poll(async () => numeros.indexOf((await candidatesTop()) ?? '')).toBeGreaterThan(500);
      await expect.poll(() => settledTop('#panel-candidats')).not.toBeNull();
      const candidatesTopBefore = await candidatesTop();
      await importFile('e1.csv', newE1Csv, COUNT);
      await page.getByText('appliqué').first().waitFor({ timeout: 60_000 });
      await expect.poll(candidatesTop, { timeout: 20_000 }).toBe(candidatesTopBefore);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
});
