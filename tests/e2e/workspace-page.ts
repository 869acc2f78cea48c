// Page helpers shared by the workspace browser tests.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { WatchedPage } from './browser.ts';
import type { MarkBlock } from '../../src/db/database.ts';
import { partsOfBlocks } from '../../src/db/marks.ts';
import { decodeMarkRows } from '../../src/db/marks-codec.ts';

/** A cell of the marks grid, by row index (after filtering) and column id. */
export const cell = (page: Page, colId: string, row = 0) => page.locator(`.ag-row[row-index="${row}"] .ag-cell[col-id="${colId}"]`);

export async function loadExample(page: Page, baseURL: string) {
  await page.goto(baseURL);
  await page.getByRole('button', { name: 'Charger un exemple' }).click();
  await page.getByText('170 candidats', { exact: true }).waitFor();
}

/** The jury member named in the deliberation bar, then the deliberation opened (its confirmation accepted). */
export async function openDeliberationAs(page: Page, member: string) {
  const bar = page.locator('.deliberation-bar');
  await bar.getByLabel('Membre du jury (inscrit au journal)').fill(member);
  await bar.getByRole('button', { name: 'Enregistrer' }).click();
  await bar.getByRole('button', { name: 'Ouvrir la délibération' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ouvrir la délibération' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

/** A new empty session, made from « Aucune session » through « Nouvelle session » with the dialog's defaults. */
export async function createEmptySession(page: Page, baseURL: string, name: string) {
  await page.goto(baseURL);
  await page.getByRole('button', { name: 'Nouvelle session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle session' });
  await dialog.getByRole('textbox', { name: 'Nom de la session' }).fill(name);
  await dialog.getByRole('button', { name: 'Créer la session' }).click();
}

/** Every record of one object store of the app's database, read with plain IndexedDB from `page` (what is committed). */
export async function storedRecords<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('delib');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
        };
      }),
    store,
  );
}

/** Filters the grid down to one candidate, who is then row 0. */
export async function showOnly(page: Page, numero: string) {
  await page.getByLabel('Rechercher').fill(numero);
  await expect.poll(() => cell(page, 'numero').innerText()).toBe(numero);
}

/** Ctrl+V on the focused element, with `text` in the clipboard as a spreadsheet puts it there. */
export function pasteText(page: Page, text: string): Promise<void> {
  return page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Types in a cell like in a spreadsheet, then Enter. */
export async function typeInto(page: Page, colId: string, text: string) {
  await cell(page, colId).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Opens one of the workspace's small menus (« Session… », « Exporter… »), where occasional actions live. */
export async function openMenu(page: Page, name: 'Session…' | 'Exporter…') {
  await page.locator('summary', { hasText: name }).click();
}

export function expectNoProblems(watched: WatchedPage) {
  expect(watched.problems.consoleErrors).toEqual([]);
  expect(watched.problems.consoleWarnings).toEqual([]);
  expect(watched.problems.pageErrors).toEqual([]);
  expect(watched.problems.outsideRequests).toEqual([]);
}

/** The hundredths of every stored mark of `unit`, read with plain IndexedDB from `page` (what is committed). */
export async function storedMarks(page: Page, unit: string): Promise<number[]> {
  // The marks of 128 candidates per record (schema v10), each candidate's marks one text (schema v9).
  const records = await storedRecords<MarkBlock>(page, 'markBlocks');
  return partsOfBlocks(records)
    .flatMap((r) => decodeMarkRows(r.text, r.sessionId, r.candidateId))
    .filter((m) => m.unit === unit && m.value.kind === 'number')
    .map((m) => (m.value as { hundredths: number }).hundredths);
}

/**
 * The numero of the first row a person sees at least half of at the top of the grid in `container` (a CSS selector),
 * just below its headers: the row the grid brings back to the top when it keeps its place.
 */
export function topRowSeen(page: Page, container: string): Promise<string | null> {
  return page.locator(`${container} .ag-header`).evaluate((header) => {
    const box = header.getBoundingClientRect();
    const x = header.querySelector('.ag-header-cell[col-id="numero"]')!.getBoundingClientRect().left + 20;
    let row = document.elementFromPoint(x, box.bottom + 1)?.closest('.ag-row');
    const rowBox = row?.getBoundingClientRect();
    if (rowBox && rowBox.bottom - box.bottom < rowBox.height / 2) row = document.elementFromPoint(x, rowBox.bottom + 1)?.closest('.ag-row');
    return row?.querySelector('.ag-cell[col-id="numero"]')?.textContent?.trim() ?? null;
  });
}
