// Keyboard first, like a spreadsheet: Ctrl+End and Ctrl+Home move the focus to the last and first cell of a grid
// and bring it into view. AG Grid 36 leaves them to the browser, which scrolled the grid down and left the focus on
// a cell now out of sight: the next mark typed went into that hidden cell.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { openWatchedPage, useChromium } from './browser.ts';
import { cell, expectNoProblems, loadExample } from './workspace-page.ts';

const COUNT = buildExampleSession().candidates.length;

/**
 * The focused cell: its row, its column, and whether a person sees it (the topmost element at the middle of its upper
 * half is in it: headless Chromium hides scrollbars, and AG Grid then lays its horizontal scrollbar, invisible, over
 * the bottom 16 px of the rows, as it does for overlay scrollbars).
 */
function focusedCell(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement?.closest('.ag-cell');
    if (!active) return null;
    const box = active.getBoundingClientRect();
    const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 4);
    return {
      row: active.closest('.ag-row')?.getAttribute('row-index'),
      col: active.getAttribute('col-id'),
      seen: top !== null && active.contains(top),
    };
  });
}

describe('the notes grid by keyboard', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

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
});
