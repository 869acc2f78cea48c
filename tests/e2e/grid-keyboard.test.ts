// Keyboard first, like a spreadsheet: Ctrl+End and Ctrl+Home move the focus to the last and first cell of a grid
// and bring it into view. AG Grid 36 leaves them to the browser, which scrolled the grid down and left the focus on
// a cell now out of sight: the next mark typed went into that hidden cell. Ctrl+V pastes marks copied from a
// spreadsheet, Ctrl+C copies a cell (AG Grid's clipboard is not in its community edition: both did nothing).
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { openWatchedPage, useChromium } from './browser.ts';
import { seenWhole } from './layout-page.ts';
import { cell, expectNoProblems, loadExample, pasteText, storedMarks, storedRecords } from './workspace-page.ts';
import type { Candidate } from '../../src/domain/session.ts';

const COUNT = buildExampleSession().candidates.length;

/**
 * The focused cell: its row, its column, and whether a person sees it whole (the topmost element near its top and
 * near its bottom is in it: headless Chromium hides scrollbars, as systems with overlay scrollbars do, and AG Grid
 * then laid its horizontal scroll strip over the bottom 16 px of the rows, the row typed into half under it).
 */
function focusedCell(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement?.closest('.ag-cell');
    if (!active) return null;
    const box = active.getBoundingClientRect();
    const inside = (y: number) => {
      const top = document.elementFromPoint(box.x + box.width / 2, y);
      return top !== null && active.contains(top);
    };
    return {
      row: active.closest('.ag-row')?.getAttribute('row-index'),
      col: active.getAttribute('col-id'),
      seen: inside(box.y + 3) && inside(box.bottom - 3),
    };
  });
}

describe('the notes grid by keyboard', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();
  /** At 1366×768, with the browser's clipboard readable (what Ctrl+C put there) and writable. */
  const openWithClipboard = () =>
    openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 }, permissions: ['clipboard-read', 'clipboard-write'] });

  it('into the grid and out of it: Entrée in « Rechercher » to the first row found, Échap back, Tab to the cell left, not the headings', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      const search = page.getByRole('searchbox');
      const searchFocused = () => page.evaluate(() => document.activeElement?.getAttribute('type') === 'search');
      await search.fill('Lafon');
      await expect.poll(() => cell(page, 'nom', 0).innerText()).toBe('Lafon');
      await search.press('Enter');
      await expect.poll(() => focusedCell(page)).toEqual({ row: '0', col: 'E1', seen: true });
      await page.keyboard.type('14');
      await page.keyboard.press('Enter');
      await expect.poll(() => cell(page, 'E1', 0).innerText()).toBe('14');
      // Échap on a cell (not in an entry): back to « Rechercher ».
      await page.keyboard.press('Escape');
      await expect.poll(searchFocused).toBe(true);
      await search.fill('');

      // A cell far down, left with Échap: Tab from « Rechercher » comes back to it (the controls between, then the grid).
      await page.locator('#panel-notes .ag-root-wrapper').hover();
      await page.mouse.wheel(0, 1900);
      await expect.poll(() => page.locator('#panel-notes .ag-row[row-index="80"]').count()).toBe(1);
      // Clicked once seen where it is drawn, and focused before Échap, as a person sees it (on a loaded machine, a
      // click sent right after the wheel once left the grid's last cell on Lafon's row).
      await expect.poll(() => seenWhole(cell(page, 'E3', 80))).toBe(true);
      await cell(page, 'E3', 80).click();
      await expect.poll(() => focusedCell(page)).toEqual({ row: '80', col: 'E3', seen: true });
      await page.keyboard.press('Escape');
      await expect.poll(searchFocused).toBe(true);
      let tabs = 0;
      while (!(await focusedCell(page)) && tabs < 10) {
        await page.keyboard.press('Tab');
        tabs++;
      }
      expect(await focusedCell(page)).toEqual({ row: '80', col: 'E3', seen: true });
      // Through the toolbar's controls only (établissement, décision, detail, exports), not 26 headings.
      expect(tabs).toBeLessThanOrEqual(5);

      // Another tab, and back: the grid is made again, and the keyboard still comes back to that cell (it came to the
      // first row's E1, and the next mark went to another candidate).
      await page.keyboard.press('Escape');
      await page.getByRole('tab', { name: 'Candidats' }).click();
      await page.locator('#panel-candidats .ag-row').first().waitFor();
      await page.getByRole('tab', { name: 'Notes et résultats' }).click();
      await search.focus();
      tabs = 0;
      while (!(await focusedCell(page)) && tabs < 10) {
        await page.keyboard.press('Tab');
        tabs++;
      }
      expect(await focusedCell(page)).toEqual({ row: '80', col: 'E3', seen: true });
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('typing down a column at 1366×768, the row typed into is whole on screen, never under the scroll strip', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await cell(page, 'E1', 0).click();
      // Past the last row in sight: the grid scrolls a row at a time, the new row at its bottom edge.
      for (let row = 1; row <= 25; row++) {
        await page.keyboard.press('ArrowDown');
        await expect.poll(() => focusedCell(page), { message: `row ${row}` }).toEqual({ row: String(row), col: 'E1', seen: true });
      }
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('Ctrl+End goes to the last cell of the last row, Ctrl+Home back to the first, each on screen', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await cell(page, 'E1', 2).click();
      await page.keyboard.press('Control+End');
      await expect.poll(() => focusedCell(page)).toEqual({ row: String(COUNT - 1), col: 'decision', seen: true });
      await page.keyboard.press('Control+Home');
      await expect.poll(() => focusedCell(page)).toEqual({ row: '0', col: 'numero', seen: true });
      // In a cell being edited, Ctrl+Home and Ctrl+End stay the text's own (start and end of the entry).
      await cell(page, 'E1', 1).click();
      await page.keyboard.type('2');
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('1');
      await page.keyboard.press('Control+End');
      await page.keyboard.type(',5');
      await page.keyboard.press('Enter');
      await expect.poll(() => cell(page, 'E1', 1).innerText()).toBe('12,5');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('Ctrl+V pastes marks copied from a spreadsheet on the candidates shown, from the focused cell, through the preview; Ctrl+C copies a cell', async () => {
    const watched = await openWithClipboard();
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      // Only the five Lafon are shown: the pasted lines go to them, in the order shown (Cécile, Raphaël, Emma…).
      await page.getByLabel('Rechercher').fill('Lafon');
      await expect.poll(() => cell(page, 'prenom', 2).innerText()).toBe('Emma');
      const before = await cell(page, 'U62', 2).innerText();

      // Two columns of two lines, copied in Excel (CRLF), pasted on U61 of the first row shown.
      await cell(page, 'U61', 0).click();
      await pasteText(page, '14\t9,5\r\n8\tabs\r\n');
      const wizard = page.getByRole('region', { name: /Importer les lignes collées/ });
      await page.getByRole('heading', { name: '1. Lecture des lignes collées' }).waitFor();
      const preview = page.getByRole('region', { name: 'Aperçu ligne par ligne' });
      await expect.poll(() => wizard.locator('.counts').innerText()).toMatch(/^2 lignes : 0 nouveau candidat, 2 modifiés/);
      expect(await preview.innerText()).toContain('Lafon Raphaël');
      const importButton = wizard.getByRole('button', { name: 'Importer', exact: true });
      expect(await seenWhole(importButton)).toBe(true);
      await importButton.click();
      await page.getByText('Import de « collage » appliqué : 4 notes écrites.').waitFor();
      await expect.poll(async () => [await cell(page, 'U61', 0).innerText(), await cell(page, 'U62', 0).innerText()]).toEqual(['14', '9,5']);
      expect([await cell(page, 'U61', 1).innerText(), await cell(page, 'U62', 1).innerText()]).toEqual(['8', 'AB']);
      // AB on a compulsory unit: R2.
      expect(await cell(page, 'decision', 1).innerText()).toBe('Éliminé');
      expect(await cell(page, 'U62', 2).innerText()).toBe(before);
      // The focus is back on the cell pasted on (it was on the tab: arrows changed tabs, Ctrl+Z did nothing).
      await expect.poll(() => focusedCell(page)).toEqual({ row: '0', col: 'U61', seen: true });

      // One value is entered as if typed, with its result at once.
      await cell(page, 'E4', 2).click();
      await pasteText(page, '17,5');
      await expect.poll(() => cell(page, 'E4', 2).innerText()).toBe('17,5');
      // Ctrl+C copies a cell as shown, Ctrl+V enters it in another (the keys, through the browser's clipboard).
      await page.keyboard.press('Control+c');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('17,5');
      await cell(page, 'E4', 3).click();
      await page.keyboard.press('Control+v');
      await expect.poll(() => cell(page, 'E4', 3).innerText()).toBe('17,5');
      await cell(page, 'decision', 1).click();
      await page.keyboard.press('Control+c');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Éliminé');

      // On a block chosen with Maj, as in a spreadsheet: one value fills it, and a block goes from its first cell,
      // whichever corner has the focus; both through the preview.
      const chosen = `${await cell(page, 'nom', 2).innerText()} ${await cell(page, 'prenom', 2).innerText()}`;
      await cell(page, 'E1', 2).click();
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Shift+ArrowRight');
      await pasteText(page, 'ABJ');
      await expect.poll(() => wizard.locator('.counts').innerText()).toMatch(/^2 lignes : 0 nouveau candidat, 2 modifiés/);
      expect((await preview.innerText()).match(/→ ABJ/g)).toHaveLength(4);
      await page.keyboard.press('Escape');
      await expect.poll(() => wizard.count()).toBe(0);
      await expect.poll(() => focusedCell(page)).toMatchObject({ seen: true });
      await cell(page, 'E1', 2).click();
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Shift+ArrowRight');
      await pasteText(page, '12\t13');
      await expect.poll(() => wizard.locator('.counts').innerText()).toMatch(/^1 ligne : 0 nouveau candidat, 1 modifié/);
      expect(await preview.innerText()).toContain(chosen);
      await page.keyboard.press('Escape');
      await expect.poll(() => wizard.count()).toBe(0);
      // The units copied with their headings: the line of headings is left out (« E1 » is not a mark).
      await cell(page, 'E1', 2).click();
      await pasteText(page, 'E1\tE21\r\n12\t13\r\n');
      await expect.poll(() => wizard.locator('.counts').innerText()).toMatch(/^1 ligne : 0 nouveau candidat, 1 modifié/);
      expect(await preview.innerText()).toContain(chosen);
      await page.keyboard.press('Escape');
      await expect.poll(() => wizard.count()).toBe(0);
      // A teacher's sheet copied whole, with the headings of its numbers: read as a file is, each line to the candidate
      // of its number, wherever it is pasted (here on a « Nom », which takes no mark).
      const numero = await cell(page, 'numero', 4).innerText();
      await cell(page, 'nom', 0).click();
      await pasteText(page, `N° candidat\tNom\tPrénom\tE4\r\n${numero}\tLafon\tLucie\t15\r\n`);
      await expect.poll(() => wizard.locator('.counts').innerText()).toMatch(/^1 ligne : 0 nouveau candidat, 1 modifié/);
      expect(await preview.innerText()).toContain('Lafon Lucie');
      expect(await preview.innerText()).toContain('→ 15');
      await page.keyboard.press('Escape');
      await expect.poll(() => wizard.count()).toBe(0);

      // Refused as a whole, saying why, where a person sees it: the paste would go past the candidates shown.
      await cell(page, 'E1', 4).click();
      await pasteText(page, '10\n11\n');
      const refusal = page.locator('.status-bar').getByRole('alert');
      await expect
        .poll(() => refusal.innerText())
        .toBe("Collage refusé : 2 lignes collées à partir de Lafon Lucie, mais 1 candidat affiché seulement jusqu'à la fin de la liste. Rien n'a été collé.");
      expect(await seenWhole(refusal)).toBe(true);
      expect(await wizard.count()).toBe(0);
      expect(await cell(page, 'E1', 4).innerText()).toBe('9,25');

      // A contrôle mark is not pasted, any more than typed, on a candidate who is not at the contrôle: one value or a block.
      await page.locator('.ag-header-group-cell', { hasText: 'Contrôle' }).locator('.ag-header-expand-icon:visible').click();
      await cell(page, 'controle_E1', 4).click();
      await pasteText(page, '12');
      await expect
        .poll(() => refusal.innerText())
        .toMatch(/^Ctrl E1, Lafon Lucie \(\d+\) : pas d'épreuve de contrôle pour ce candidat \(1er groupe : .+\)\. Rien n'a été collé\.$/);
      await cell(page, 'controle_E1', 3).click();
      await pasteText(page, '12\n13\n');
      await expect
        .poll(() => refusal.innerText())
        .toMatch(/^Collage refusé : ligne 1 \(Lafon \S+\), colonne « Ctrl E1 » : pas d'épreuve de contrôle pour ce candidat/);
      expect(await wizard.count()).toBe(0);
      expect(await cell(page, 'controle_E1', 4).innerText()).toBe('');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  // Ctrl+C copied one cell only: a block of marks could not go to a spreadsheet but through an export.
  it('Shift+arrows and Shift+click choose a block of cells, drawn on screen; Ctrl+C copies it as a spreadsheet does; a move ends it', async () => {
    const watched = await openWithClipboard();
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      const notes = page.locator('#panel-notes');
      /** The cells drawn in the block, row by row: each seen (on top at its centre) and tinted. */
      const drawnBlock = () =>
        notes.evaluate((panel) =>
          [...panel.querySelectorAll<HTMLElement>('.ag-cell.cell-in-block')].map((c) => {
            const box = c.getBoundingClientRect();
            const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
            return {
              row: Number(c.closest('.ag-row')!.getAttribute('row-index')),
              col: c.getAttribute('col-id'),
              seen: hit !== null && c.contains(hit) && box.bottom <= window.innerHeight,
              tinted: getComputedStyle(c).boxShadow !== 'none',
            };
          }),
        );
      const blockOf = (rows: number[], cols: string[]) => rows.flatMap((row) => cols.map((col) => ({ row, col, seen: true, tinted: true })));
      const sorted = (cells: { row: number; col: string | null }[]) => [...cells].sort((a, b) => a.row - b.row || String(a.col).localeCompare(String(b.col)));
      const said = notes.locator('.visually-hidden[role="status"]');

      await cell(page, 'E1', 1).click();
      for (const key of ['Shift+ArrowDown', 'Shift+ArrowDown', 'Shift+ArrowRight', 'Shift+ArrowRight']) await page.keyboard.press(key);
      await expect.poll(async () => sorted(await drawnBlock())).toEqual(sorted(blockOf([1, 2, 3], ['E1', 'E21', 'E22'])));
      expect(await said.innerText()).toBe('Bloc de 3 lignes × 3 colonnes : Ctrl+C le copie, Ctrl+V le remplit, Suppr le vide.');
      // Copied as shown, tab-separated rows (Excel's own clipboard text).
      const shownText = async (rows: number[], cols: string[]) =>
        (await Promise.all(rows.map(async (row) => (await Promise.all(cols.map((col) => cell(page, col, row).innerText()))).join('\t')))).join('\r\n');
      await page.keyboard.press('Control+c');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await shownText([1, 2, 3], ['E1', 'E21', 'E22']));

      // Shift+click grows it from the same first cell, towards the names.
      await cell(page, 'nom', 4).click({ modifiers: ['Shift'] });
      await expect.poll(async () => sorted(await drawnBlock())).toEqual(sorted(blockOf([1, 2, 3, 4], ['nom', 'prenom', 'E1'])));
      expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
      await page.keyboard.press('Control+c');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await shownText([1, 2, 3, 4], ['nom', 'prenom', 'E1']));

      // An arrow alone ends it; Ctrl+C copies the cell again.
      await page.keyboard.press('ArrowDown');
      await expect.poll(drawnBlock).toEqual([]);
      expect(await said.innerText()).toBe('');
      await page.keyboard.press('Control+c');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await cell(page, 'nom', 5).innerText());

      // A Shift+click alone, from the cell clicked before, chooses the block between them (AG Grid moves the focus on
      // pointerdown: the block was the clicked cell alone unless Shift+arrows had begun one).
      await cell(page, 'E1', 6).click();
      await cell(page, 'E22', 8).click({ modifiers: ['Shift'] });
      await expect.poll(async () => sorted(await drawnBlock())).toEqual(sorted(blockOf([6, 7, 8], ['E1', 'E21', 'E22'])));
      await page.keyboard.press('Control+c');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await shownText([6, 7, 8], ['E1', 'E21', 'E22']));
      await page.keyboard.press('ArrowDown');
      await expect.poll(drawnBlock).toEqual([]);

      // A block copied here is a block to paste: on other candidates, through the preview.
      await cell(page, 'E4', 0).click();
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Control+c');
      await cell(page, 'E4', 6).click();
      await page.keyboard.press('Control+v');
      const wizard = page.getByRole('region', { name: /Importer les lignes collées/ });
      await expect.poll(() => wizard.locator('.counts').innerText()).toMatch(/^2 lignes : 0 nouveau candidat, 2 modifiés/);
      await page.keyboard.press('Escape');
      await expect.poll(() => wizard.count()).toBe(0);

      // Suppr on a block clears its marks (not the names beside them) through the same preview, Entrée confirms, and
      // « Annuler le dernier import » puts them back. AG Grid alone cleared the focused cell only.
      const before = await shownText([1, 2], ['nom', 'E1', 'E21']);
      await cell(page, 'nom', 1).click();
      for (const key of ['Shift+ArrowDown', 'Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowRight']) await page.keyboard.press(key);
      await page.keyboard.press('Delete');
      const eraser = page.getByRole('region', { name: /^Effacer les notes du bloc choisi/ });
      await expect.poll(() => eraser.locator('.counts').innerText()).toMatch(/^2 lignes : 0 nouveau candidat, 2 modifiés/);
      const erase = eraser.getByRole('button', { name: 'Effacer', exact: true });
      await expect.poll(() => erase.evaluate((b) => b === document.activeElement)).toBe(true);
      expect(await seenWhole(erase)).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByText('Import de « bloc de 2 lignes × 4 colonnes » appliqué : 4 notes écrites, dont 4 effacées.').waitFor();
      const namesOnly = before
        .split('\r\n')
        .map((line) => `${line.split('\t')[0]}\t\t`)
        .join('\r\n');
      expect(await shownText([1, 2], ['nom', 'E1', 'E21'])).toBe(namesOnly);
      await page.getByRole('button', { name: 'Annuler le dernier import' }).click();
      await expect.poll(() => shownText([1, 2], ['nom', 'E1', 'E21'])).toBe(before);
      // A block without marks: nothing to clear, said where a person sees it.
      await cell(page, 'nom', 3).click();
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Delete');
      const refusal = page.locator('.status-bar').getByRole('alert');
      await expect.poll(() => refusal.innerText()).toBe("Le bloc choisi n'a aucune colonne de notes modifiable : rien n'a été effacé.");
      expect(await seenWhole(refusal)).toBe(true);
      expect(await cell(page, 'nom', 3).innerText()).not.toBe('');

      // The same in Candidats (its check-box column aside).
      await page.getByRole('tab', { name: 'Candidats' }).click();
      const candidates = page.locator('#panel-candidats');
      const candidate = (col: string, row: number) => candidates.locator(`.ag-row:not(.ag-row-pinned)[row-index="${row}"] .ag-cell[col-id="${col}"]`);
      await candidate('numero', 0).click();
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Shift+ArrowRight');
      await expect.poll(() => candidates.locator('.ag-cell.cell-in-block').count()).toBe(4);
      await page.keyboard.press('Control+c');
      const expected = [0, 1].map(async (row) => `${await candidate('numero', row).innerText()}\t${await candidate('nom', row).innerText()}`);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe((await Promise.all(expected)).join('\r\n'));
      await page.keyboard.press('Escape');
      await expect.poll(() => candidates.locator('.ag-cell.cell-in-block').count()).toBe(0);
      // One value pasted fills the block (the next test says more), which stays drawn; one Ctrl+Z puts both back.
      const names = [await candidate('nom', 0).innerText(), await candidate('nom', 1).innerText()];
      await candidate('nom', 0).click();
      await page.keyboard.press('Shift+ArrowDown');
      await expect.poll(() => candidates.locator('.ag-cell.cell-in-block').count()).toBe(2);
      await pasteText(page, 'Zorglub');
      await expect.poll(() => Promise.all([0, 1].map((row) => candidate('nom', row).innerText()))).toEqual(['Zorglub', 'Zorglub']);
      expect(await candidates.locator('.ag-cell.cell-in-block').count()).toBe(2);
      await page.keyboard.press('Control+z');
      await expect.poll(() => Promise.all([0, 1].map((row) => candidate('nom', row).innerText()))).toEqual(names);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('Ctrl+Shift+arrows grow the block to the edge of the grid, Ctrl+Shift+Home / End to its first or last cell, the far corner focused and on screen', async () => {
    const watched = await openWithClipboard();
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      const notes = page.locator('#panel-notes');
      const said = notes.locator('.visually-hidden[role="status"]');
      const columns = await notes.locator('.ag-header-row-column .ag-header-cell').evaluateAll((cells) => cells.map((c) => c.getAttribute('col-id')));
      const fromE1 = columns.length - columns.indexOf('E1');

      await cell(page, 'E1', 1).click();
      await page.keyboard.press('Control+Shift+ArrowDown');
      await expect.poll(() => focusedCell(page)).toEqual({ row: String(COUNT - 1), col: 'E1', seen: true });
      await expect.poll(() => said.innerText()).toBe(`Bloc de ${COUNT - 1} lignes × 1 colonne : Ctrl+C le copie, Ctrl+V le remplit, Suppr le vide.`);
      await page.keyboard.press('Control+Shift+ArrowRight');
      await expect.poll(() => focusedCell(page)).toEqual({ row: String(COUNT - 1), col: 'decision', seen: true });
      await expect.poll(() => said.innerText()).toBe(`Bloc de ${COUNT - 1} lignes × ${fromE1} colonnes : Ctrl+C le copie, Ctrl+V le remplit, Suppr le vide.`);
      expect(await notes.locator(`.ag-row[row-index="${COUNT - 1}"] .ag-cell.cell-in-block`).count()).toBe(fromE1);
      // Every row of the block copied, from the first cell's row to the last.
      await page.keyboard.press('Control+c');
      const copied = (await page.evaluate(() => navigator.clipboard.readText())).split('\r\n');
      expect(copied).toHaveLength(COUNT - 1);
      expect(copied[copied.length - 1]!.split('\t')).toHaveLength(fromE1);
      // Back up: the block now runs from the first row to the anchor's.
      await page.keyboard.press('Control+Shift+ArrowUp');
      await expect.poll(() => focusedCell(page)).toEqual({ row: '0', col: 'decision', seen: true });
      await expect.poll(() => said.innerText()).toBe(`Bloc de 2 lignes × ${fromE1} colonnes : Ctrl+C le copie, Ctrl+V le remplit, Suppr le vide.`);
      // Ctrl+arrow alone moves the focus and ends the block.
      await page.keyboard.press('Control+ArrowLeft');
      await expect.poll(() => focusedCell(page)).toEqual({ row: '0', col: 'numero', seen: true });
      await expect.poll(() => notes.locator('.ag-cell.cell-in-block').count()).toBe(0);
      // Ctrl+Shift+End: to the last cell of the grid; Ctrl+Shift+Home from a cell inside it: to the first.
      await page.keyboard.press('Control+Shift+End');
      await expect.poll(() => focusedCell(page)).toEqual({ row: String(COUNT - 1), col: 'decision', seen: true });
      await expect
        .poll(() => said.innerText())
        .toBe(`Bloc de ${COUNT} lignes × ${columns.length} colonnes : Ctrl+C le copie, Ctrl+V le remplit, Suppr le vide.`);
      await cell(page, 'E1', COUNT - 3).click();
      await page.keyboard.press('Control+Shift+Home');
      await expect.poll(() => focusedCell(page)).toEqual({ row: '0', col: 'numero', seen: true });
      // From far down, AG Grid brings the first row into view before it focuses it: the block grows when it does.
      await expect
        .poll(() => said.innerText())
        .toBe(`Bloc de ${COUNT - 2} lignes × ${columns.indexOf('E1') + 1} colonnes : Ctrl+C le copie, Ctrl+V le remplit, Suppr le vide.`);

      // In Candidats, the first cell of a row is its check box, which chooses rows: the block stops at the N° after it.
      await page.getByRole('tab', { name: 'Candidats' }).click();
      const candidates = page.locator('#panel-candidats');
      await candidates.locator('.ag-row:not(.ag-row-pinned)[row-index="3"] .ag-cell[col-id="nom"]').click();
      await page.keyboard.press('Control+Shift+Home');
      await expect.poll(() => focusedCell(page)).toEqual({ row: '0', col: 'numero', seen: true });
      await expect.poll(() => candidates.locator('.ag-cell.cell-in-block').count()).toBe(8);
      expect(await candidates.locator('.visually-hidden[role="status"]').innerText()).toBe(
        'Bloc de 4 lignes × 2 colonnes : Ctrl+C le copie, Ctrl+V le remplit, Suppr le vide.',
      );
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('counts the contrôle marks entered out of the épreuves a candidate may take (2), not of those offered (3)', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await page.getByLabel('Rechercher').fill('02431000014');
      await expect.poll(() => cell(page, 'nom', 0).innerText()).toBe('Durand');
      // Durand Louise has her two contrôle marks (AB in E2, 9 in E3): nothing is missing.
      expect(await cell(page, 'controleCount', 0).innerText()).toBe('2/2');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('under a decision filter, the row typed in stays where it was once its decision changes: the next mark goes to the candidate below', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await page.getByLabel('Décision').selectOption({ label: 'Admis' });
      const row = async (index: number) => [
        await cell(page, 'numero', index).innerText(),
        await cell(page, 'E4', index).innerText(),
        await cell(page, 'decision', index).innerText(),
      ];
      await expect.poll(() => row(1)).toEqual(['02431000002', '10,75', 'Admis']);
      expect(await row(2)).toEqual(['02431000005', '9,75', 'Admis']);
      await cell(page, 'E4', 1).click();
      await page.keyboard.type('3');
      await page.keyboard.press('Enter');
      // No longer admis, still shown (as a filtered spreadsheet keeps an edited row), the focus on the row below it.
      await expect.poll(() => row(1)).toEqual(['02431000002', '3', 'Ajourné']);
      await expect.poll(() => focusedCell(page)).toEqual({ row: '2', col: 'E4', seen: true });
      await page.keyboard.type('16');
      await page.keyboard.press('Enter');
      await expect.poll(() => row(2)).toEqual(['02431000005', '16', 'Admis']);
      expect(await row(1)).toEqual(['02431000002', '3', 'Ajourné']);
      // Another choice of the filter, and the row goes.
      await page.getByLabel('Décision').selectOption({ label: 'Toutes' });
      await page.getByLabel('Décision').selectOption({ label: 'Admis' });
      await expect.poll(() => cell(page, 'numero', 1).innerText()).toBe('02431000005');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('a mark typed over a cell is entered by ↓ or ↑, which move on as Entrée does; in an entry opened with F2 the arrows stay in the text', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await cell(page, 'E4', 1).click();
      await page.keyboard.type('13');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => cell(page, 'E4', 1).innerText()).toBe('13');
      await expect.poll(() => focusedCell(page)).toEqual({ row: '2', col: 'E4', seen: true });
      await page.keyboard.type('12,5');
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => cell(page, 'E4', 2).innerText()).toBe('12,5');
      await expect.poll(() => focusedCell(page)).toEqual({ row: '1', col: 'E4', seen: true });
      await expect.poll(() => storedMarks(page, 'E4')).toEqual(expect.arrayContaining([1300, 1250]));
      // F2 opens the entry to correct it: ↓ is the text's own (the cell stays in edit, nothing moves).
      await page.keyboard.press('F2');
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('.ag-cell-inline-editing[col-id="E4"]').count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => focusedCell(page)).toEqual({ row: '1', col: 'E4', seen: true });
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('a row typed with Tab, then Entrée: the next row starts in the column the Tabs began from, as in a spreadsheet', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await cell(page, 'E1', 3).click();
      for (const [i, mark] of ['10', '11', '12'].entries()) {
        await page.keyboard.type(mark);
        await page.keyboard.press(i < 2 ? 'Tab' : 'Enter');
      }
      await expect
        .poll(async () => [await cell(page, 'E1', 3).innerText(), await cell(page, 'E21', 3).innerText(), await cell(page, 'E22', 3).innerText()])
        .toEqual(['10', '11', '12']);
      await expect.poll(() => focusedCell(page)).toEqual({ row: '4', col: 'E1', seen: true });
      // An arrow in between forgets where the Tabs began: Entrée then goes straight down (Tab left E21 in edit, where
      // → moves in the text).
      await page.keyboard.type('9');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedCell(page)).toEqual({ row: '5', col: 'E21', seen: true });
      expect(await cell(page, 'E1', 4).innerText()).toBe('9');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('Tab after the last mark of a row stays in that row: Entrée then starts the next candidate at the first column typed', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      const e1Below = await cell(page, 'E1', 5).innerText();
      const typeRow = async (marks: string[]) => {
        for (const mark of marks) {
          await page.keyboard.type(mark);
          await page.keyboard.press('Tab');
        }
        await page.keyboard.press('Enter');
      };
      const row = (index: number) => Promise.all(['E4', 'E5', 'U61', 'U62'].map(async (col) => cell(page, col, index).innerText()));
      await cell(page, 'E4', 3).click();
      await typeRow(['10', '11', '12', '13']);
      // AG Grid went on to the next row's E1, already editing it: Entrée then went one row further.
      await expect.poll(() => focusedCell(page)).toEqual({ row: '4', col: 'E4', seen: true });
      await typeRow(['14', '15', '16', '17']);
      await expect.poll(() => row(3)).toEqual(['10', '11', '12', '13']);
      await expect.poll(() => row(4)).toEqual(['14', '15', '16', '17']);
      await expect.poll(() => focusedCell(page)).toEqual({ row: '5', col: 'E4', seen: true });
      expect(await cell(page, 'E1', 5).innerText()).toBe(e1Below);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('Ctrl+Z puts back the last marks entered, Ctrl+Y enters them again, and never overwrites a mark changed since', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      const marks = async () => [await cell(page, 'E4', 1).innerText(), await cell(page, 'E5', 1).innerText(), await cell(page, 'decision', 1).innerText()];
      expect(await marks()).toEqual(['10,75', '14,5', 'Admis']);
      // A mark typed in the wrong row, then one cleared with Suppr.
      await cell(page, 'E4', 1).click();
      await page.keyboard.type('3');
      await page.keyboard.press('Enter');
      await cell(page, 'E5', 1).click();
      await page.keyboard.press('Delete');
      await expect.poll(marks).toEqual(['3', '', 'Incomplet']);

      // From anywhere in the grid, the last one first, the focus on its cell; stored, as any entry.
      await cell(page, 'nom', 6).click();
      await page.keyboard.press('Control+z');
      await expect.poll(marks).toEqual(['3', '14,5', 'Ajourné']);
      await expect
        .poll(() =>
          page.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-index') + ' ' + document.activeElement?.getAttribute('col-id')),
        )
        .toBe('1 E5');
      await page.keyboard.press('Control+z');
      await expect.poll(marks).toEqual(['10,75', '14,5', 'Admis']);
      await expect.poll(() => storedMarks(page, 'E4')).toContain(1075);
      await page.keyboard.press('Control+y');
      await expect.poll(marks).toEqual(['3', '14,5', 'Ajourné']);

      // E4 changed by something else (marks pasted through the preview): Ctrl+Z leaves it and says so.
      await cell(page, 'E4', 1).click();
      await pasteText(page, '5\n6\n');
      await page
        .getByRole('region', { name: /Importer les lignes collées/ })
        .getByRole('button', { name: 'Importer', exact: true })
        .click();
      await expect.poll(marks).toEqual(['5', '14,5', 'Ajourné']);
      await cell(page, 'E1', 1).click();
      await page.keyboard.press('Control+z');
      await expect
        .poll(() => page.locator('.status-bar').getByRole('alert').innerText())
        .toBe('E4, Garcia Aïcha (02431000002) : la note a changé depuis (5) ; elle est laissée telle quelle.');
      expect(await marks()).toEqual(['5', '14,5', 'Ajourné']);

      // In a cell being edited, Ctrl+Z is the text's own: the last entry (E1: 5 → 12) stays.
      await cell(page, 'E1', 1).click();
      await page.keyboard.type('12');
      await page.keyboard.press('Enter');
      await cell(page, 'E1', 1).click();
      await page.keyboard.type('7');
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Escape');
      // Read once the editor has closed: on a loaded machine, its emptied field was still there (read as '').
      await expect.poll(() => cell(page, 'E1', 1).innerText()).toBe('12');
      expect(await page.evaluate(() => document.querySelector('.ag-cell-inline-editing'))).toBeNull();
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('Ctrl+Z and Ctrl+Y in Candidats and Établissements put back and enter again the last change typed or pasted there', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await page.getByRole('tab', { name: 'Candidats' }).click();
      const nom = page.locator('#panel-candidats .ag-row[row-index="0"]:not(.ag-row-pinned) .ag-cell[col-id="nom"]');
      const storedNom = async () => (await storedRecords<Candidate>(page, 'candidates')).find((c) => c.numero === '02431000001')?.nom;
      expect(await nom.innerText()).toBe('Bonnet');
      await nom.click();
      await page.keyboard.type('Bonet');
      await page.keyboard.press('Enter');
      await expect.poll(storedNom).toBe('Bonet');
      await page.locator('#panel-candidats .ag-row[row-index="4"]:not(.ag-row-pinned) .ag-cell[col-id="prenom"]').click();
      await page.keyboard.press('Control+z');
      await expect.poll(storedNom).toBe('Bonnet');
      expect(await nom.innerText()).toBe('Bonnet');
      await page.keyboard.press('Control+y');
      await expect.poll(storedNom).toBe('Bonet');
      await expect.poll(() => nom.innerText()).toBe('Bonet');

      // One value pasted on a cell is entered there as if typed (and undone the same way); a wrong one is refused.
      await nom.click();
      await pasteText(page, 'Bonnet-Durand');
      await expect.poll(storedNom).toBe('Bonnet-Durand');
      await page.keyboard.press('Control+z');
      await expect.poll(storedNom).toBe('Bonet');
      await page.locator('#panel-candidats .ag-row[row-index="1"]:not(.ag-row-pinned) .ag-cell[col-id="dateNaissance"]').click();
      await pasteText(page, '31/02/2004');
      await expect
        .poll(() => page.locator('#panel-candidats .grid-screen-refusal').innerText())
        .toBe("Né(e) le, Garcia Aïcha (02431000002) : Le 31/02/2004 n'existe pas dans le calendrier. Rien n'a été collé.");
      // An établissement is pasted by its name as a cell copies it (or its code UAI); an unknown one is refused.
      const etablissement = (row: number) => page.locator(`#panel-candidats .ag-row[row-index="${row}"]:not(.ag-row-pinned) .ag-cell[col-id="etablissement"]`);
      const other = await etablissement(11).innerText();
      const own = await etablissement(1).innerText();
      expect(other).not.toBe(own);
      await etablissement(1).click();
      await pasteText(page, other.toLocaleUpperCase('fr'));
      await expect.poll(() => etablissement(1).innerText()).toBe(other);
      await pasteText(page, 'Lycée de nulle part');
      await expect
        .poll(() => page.locator('#panel-candidats .grid-screen-refusal').innerText())
        .toBe(
          "Établissement, Garcia Aïcha (02431000002) : « Lycée de nulle part » n'est pas un établissement de la session (nom ou code UAI) ; ajoutez-le dans « Établissements ». Rien n'a été collé.",
        );
      expect(await seenWhole(page.locator('#panel-candidats .grid-screen-refusal'))).toBe(true);
      await page.keyboard.press('Control+z');
      await expect.poll(() => etablissement(1).innerText()).toBe(own);

      // Each screen has its own: Ctrl+Z in Établissements puts back a city, not the candidate's name.
      await page.getByRole('tab', { name: 'Établissements' }).click();
      const city = page.locator('#panel-etablissements .ag-row[row-index="0"] .ag-cell[col-id="city"]');
      const before = await city.innerText();
      await city.click();
      await page.keyboard.type('Albi');
      await page.keyboard.press('Enter');
      await expect.poll(() => city.innerText()).toBe('Albi');
      await page.keyboard.press('Control+z');
      await expect.poll(() => city.innerText()).toBe(before);
      expect(await storedNom()).toBe('Bonet');

      // A UAI typed with a check letter its digits do not give: stored as typed, said under the grid, marked.
      const uai = page.locator('#panel-etablissements .ag-row[row-index="0"] .ag-cell[col-id="uai"]');
      const storedUai = await uai.innerText();
      await uai.click();
      await page.keyboard.type(storedUai.slice(0, 7) + (storedUai.endsWith('A') ? 'B' : 'A'));
      await page.keyboard.press('Enter');
      const line = page.locator('#panel-etablissements .grid-screen-refusal');
      await expect
        .poll(() => line.innerText())
        .toMatch(/^Le code UAI « \d{7}[AB] » semble mal recopié : avec les chiffres \d{7}, la lettre de contrôle est [A-Z]\./);
      expect(await seenWhole(line)).toBe(true);
      expect(await uai.getAttribute('class')).toContain('uai-doubt');
      await page.keyboard.press('Control+z');
      await expect.poll(() => uai.innerText()).toBe(storedUai);
      expect(await uai.getAttribute('class')).not.toContain('uai-doubt');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
  it('a block in Candidats and Établissements: one value pasted fills it, cells copied from a spreadsheet fill theirs, Suppr empties it, one Ctrl+Z puts it all back', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await page.getByRole('tab', { name: 'Candidats' }).click();
      const panel = page.locator('#panel-candidats');
      const at = (row: number, col: string) => panel.locator(`.ag-row[row-index="${row}"]:not(.ag-row-pinned) .ag-cell[col-id="${col}"]`);
      const shownNumeros = await Promise.all([0, 1, 2].map((row) => at(row, 'numero').innerText()));
      const stored = async () => {
        const byNumero = new Map((await storedRecords<Candidate>(page, 'candidates')).map((c) => [c.numero, c]));
        return shownNumeros.map((numero) => byNumero.get(numero)!);
      };
      const before = await stored();
      const refusal = panel.locator('.grid-screen-refusal');

      // Three rows of « Langue »: one value pasted fills the three, stored together; the block stays drawn.
      await at(0, 'langueVivante').click();
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Shift+ArrowDown');
      await pasteText(page, 'Espagnol');
      await expect.poll(async () => (await stored()).map((c) => c.langueVivante)).toEqual(['Espagnol', 'Espagnol', 'Espagnol']);
      expect(await Promise.all([0, 1, 2].map((row) => at(row, 'langueVivante').innerText()))).toEqual(['Espagnol', 'Espagnol', 'Espagnol']);
      expect(await panel.locator('.ag-cell.cell-in-block').count()).toBe(3);
      expect(await refusal.innerText()).toBe('');
      // One Ctrl+Z: the three as they were.
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await stored()).map((c) => c.langueVivante)).toEqual(before.map((c) => c.langueVivante));
      await expect.poll(() => at(2, 'langueVivante').innerText()).toBe(before[2]!.langueVivante);
      expect(await seenWhole(panel.getByText('Ctrl+V : coller des candidats copiés d’un tableur (ou des cellules sur leurs cellules)', { exact: false }))).toBe(
        true,
      );

      // A column copied from a spreadsheet, pasted on « Langue »: each value in its cell, down the rows, in one write
      // (before, it opened the import's preview of three new candidates named « Italien », « Allemand »…).
      await at(0, 'langueVivante').click();
      await pasteText(page, 'Italien\r\nAllemand\r\nEspagnol\r\n');
      await expect.poll(async () => (await stored()).map((c) => c.langueVivante)).toEqual(['Italien', 'Allemand', 'Espagnol']);
      expect(await page.getByRole('heading', { name: '1. Lecture des lignes collées' }).count()).toBe(0);
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await stored()).map((c) => c.langueVivante)).toEqual(before.map((c) => c.langueVivante));
      // The same column copied with its heading: the heading is left out (before: the import's preview opened, asking
      // for the numbers' column); a heading of another column is refused, saying which, with nothing written.
      await pasteText(page, 'Langue vivante\r\nItalien\r\nAllemand\r\n');
      await expect.poll(async () => (await stored()).map((c) => c.langueVivante)).toEqual(['Italien', 'Allemand', before[2]!.langueVivante]);
      expect(await page.getByRole('heading', { name: '1. Lecture des lignes collées' }).count()).toBe(0);
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await stored()).map((c) => c.langueVivante)).toEqual(before.map((c) => c.langueVivante));
      await pasteText(page, 'Statut\r\nScolaire\r\n');
      await expect
        .poll(() => refusal.innerText())
        .toBe(
          "Collage refusé : la 1re ligne collée est une ligne d'en-tête, et « Statut » y tomberait sur la colonne « Langue » : collez à partir de la colonne « Statut », ou sans la ligne d'en-tête. Rien n'a été collé.",
        );
      expect(await seenWhole(refusal)).toBe(true);
      expect(await stored()).toEqual(before);
      // One cell refused (an optional unit the regulation does not have): none is entered.
      await pasteText(page, 'Italien\tEF9\r\nAllemand\t\r\n');
      await expect.poll(() => refusal.innerText()).toMatch(/^Facultatives, .+\(02431000001\) : .*EF9.* Rien n'a été collé\.$/);
      expect((await stored()).map((c) => [c.langueVivante, c.optionalUnits])).toEqual(before.map((c) => [c.langueVivante, c.optionalUnits]));

      // A value one cell refuses: nothing is entered in any, and the line under the grid names that cell.
      await at(0, 'dateNaissance').click();
      await page.keyboard.press('Shift+ArrowDown');
      await pasteText(page, '31/02/2004');
      await expect
        .poll(() => refusal.innerText())
        .toBe(`Né(e) le, ${before[0]!.nom} ${before[0]!.prenom} (${shownNumeros[0]}) : Le 31/02/2004 n'existe pas dans le calendrier. Rien n'a été collé.`);
      expect(await seenWhole(refusal)).toBe(true);
      expect((await stored()).map((c) => c.dateNaissance)).toEqual(before.map((c) => c.dateNaissance));

      // Suppr on rows 1-2 from « Prénom » to « Langue »: each cell emptied as Suppr empties one, « Statut » left (it
      // cannot be empty) and said so; one Ctrl+Z puts every cell back.
      await at(1, 'prenom').click();
      await page.keyboard.press('Shift+ArrowDown');
      for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
      expect(await panel.locator('.ag-cell.cell-in-block').count()).toBe(10);
      await page.keyboard.press('Delete');
      await expect
        .poll(async () => (await stored()).slice(1).map((c) => [c.prenom, c.dateNaissance, c.etablissementId, c.langueVivante, c.statut]))
        .toEqual(before.slice(1).map((c) => ['', null, null, '', c.statut]));
      expect(await refusal.innerText()).toBe('La colonne « Statut » ne peut pas être vidée : laissée telle quelle ; les autres cellules du bloc sont vidées.');
      expect(await seenWhole(refusal)).toBe(true);
      expect((await stored())[0]).toEqual(before[0]);
      await page.keyboard.press('Control+z');
      await expect.poll(stored).toEqual(before);
      await expect.poll(() => at(2, 'prenom').innerText()).toBe(before[2]!.prenom);

      // Suppr on one « Nom » (it cannot be empty): said, the name kept (nothing happened, without a word).
      await at(0, 'nom').click();
      await page.keyboard.press('Delete');
      await expect
        .poll(() => refusal.innerText())
        .toBe(`Nom, ${before[0]!.nom} ${before[0]!.prenom} (${shownNumeros[0]}) : Le nom ne peut pas être vide. La valeur enregistrée est gardée.`);
      expect(await seenWhole(refusal)).toBe(true);
      expect(await at(0, 'nom').innerText()).toBe(before[0]!.nom);
      expect(await stored()).toEqual(before);

      // Établissements: two cities at once, then back in one step.
      await page.getByRole('tab', { name: 'Établissements' }).click();
      const etablissements = page.locator('#panel-etablissements');
      const city = (row: number) => etablissements.locator(`.ag-row[row-index="${row}"] .ag-cell[col-id="city"]`);
      const cities = await Promise.all([0, 1].map((row) => city(row).innerText()));
      await city(0).click();
      await page.keyboard.press('Shift+ArrowDown');
      await pasteText(page, 'Albi');
      await expect.poll(() => Promise.all([0, 1].map((row) => city(row).innerText()))).toEqual(['Albi', 'Albi']);
      await page.keyboard.press('Control+z');
      await expect.poll(() => Promise.all([0, 1].map((row) => city(row).innerText()))).toEqual(cities);
      // Cities copied from a spreadsheet, pasted on « Ville »: each in its row, nothing added (before: refused, as a
      // list of établissements without their « Nom »).
      const rowCount = await etablissements.locator('.ag-row').count();
      await city(0).click();
      await pasteText(page, 'Albi\r\nCastres\r\n');
      await expect.poll(() => Promise.all([0, 1].map((row) => city(row).innerText()))).toEqual(['Albi', 'Castres']);
      expect(await etablissements.locator('.ag-row').count()).toBe(rowCount);
      await page.keyboard.press('Control+z');
      await expect.poll(() => Promise.all([0, 1].map((row) => city(row).innerText()))).toEqual(cities);
      // With their heading, copied from the spreadsheet's column: the heading is not a city.
      await pasteText(page, 'Ville\r\nAlbi\r\nCastres\r\n');
      await expect.poll(() => Promise.all([0, 1].map((row) => city(row).innerText()))).toEqual(['Albi', 'Castres']);
      expect(await etablissements.locator('.ag-row').count()).toBe(rowCount);
      await page.keyboard.press('Control+z');
      await expect.poll(() => Promise.all([0, 1].map((row) => city(row).innerText()))).toEqual(cities);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
  it('Ctrl+V in Établissements adds the établissements copied from a spreadsheet, at once or not at all; « Annuler » removes them', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await page.getByRole('tab', { name: 'Établissements' }).click();
      const panel = page.locator('#panel-etablissements');
      const names = () => panel.locator('.ag-row .ag-cell[col-id="name"]').allInnerTexts();
      await expect.poll(async () => (await names()).length).toBeGreaterThan(0);
      const count = (await names()).length;
      expect(
        await seenWhole(
          panel.getByText('Ctrl+V : ajouter des établissements copiés d’un tableur (UAI, Nom, Ville, Type), ou des cellules sur leurs villes et types'),
        ),
      ).toBe(true);

      // One line refused (a code UAI already in the session): none is added, and the line under the grid says why.
      await panel.locator('.ag-row[row-index="0"] .ag-cell[col-id="uai"]').click();
      await pasteText(page, 'Nom\tUAI\tVille\nLycée Bellevue\t0311323Y\tToulouse\nLPO bis\t0310044e\tToulouse\n');
      const refusal = panel.getByRole('alert');
      await expect
        .poll(() => refusal.innerText())
        .toBe("Collage refusé, ligne 3 : le code UAI « 0310044E » est déjà celui de l'établissement LPO Déodat. Rien n'a été collé.");
      expect(await seenWhole(refusal)).toBe(true);
      expect(await names()).toHaveLength(count);

      // Without headings, from the focused column (UAI): both added, in one step that « Annuler » takes back.
      await pasteText(page, '0311323Y\tLycée Bellevue\tToulouse\tPrivé sous contrat\n\tCFA du Tarn\tAlbi\t\n');
      await expect.poll(async () => (await names()).length).toBe(count + 2);
      expect(await refusal.innerText()).toBe('');
      const added = panel.locator('.ag-row', { hasText: 'Lycée Bellevue' });
      expect(await added.locator('.ag-cell[col-id="uai"]').innerText()).toBe('0311323Y');
      expect(await added.locator('.ag-cell[col-id="type"]').innerText()).toBe('Privé sous contrat');
      await page.getByRole('button', { name: 'Annuler : 2 établissements ajoutés' }).click();
      await expect.poll(async () => (await names()).length).toBe(count);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
});
