/**
 * Imports that never freeze the page (issue 19 point 3, issue 20 point 3), in Chromium on the production build:
 * a large file (CSV or .xlsx workbook) is read and planned by a worker while the page keeps painting and answering,
 * with a progress bar and « Annuler »; an import cancelled half-way through its writing leaves the session exactly
 * as before.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import { writeCandidatesCsv } from '../../src/io/candidates-csv.ts';
import { writeXlsx } from '../../src/io/workbook-write.ts';
import type { XlsxLibrary } from '../../src/io/workbook.ts';
import { sampleCandidates } from '../../src/sample/candidates.ts';
import { openWatchedPage, useChromium } from './browser.ts';
import { expectNoProblems, loadExample, openMenu } from './workspace-page.ts';
import { countOf } from '../../src/domain/count.ts';

const CANCELLED = "Import annulé : rien n'a été modifié.";

/**
 * `count` generated candidates with all their marks, numbered after the example's, and named unlike its candidates:
 * a number unknown to the session with the name of a candidate the file leaves out is taken for a number mistyped.
 */
const newPeople = (count: number, seed: number, first: number) => sampleCandidates(ccst, count, seed, first).map((c) => ({ ...c, nom: `${c.nom}-Nouveau` }));
const candidatesFile = (count: number) => Buffer.from(writeCandidatesCsv(ccst, newPeople(count, 11, 700_000)), 'utf8');

/** The same as an .xlsx workbook (one sheet), written by SheetJS as a spreadsheet program would. */
function candidatesWorkbook(count: number): Buffer {
  const codes = ccst.units.map((u) => u.code);
  const table = [
    ['numero', 'nom', 'prenom', ...codes],
    ...newPeople(count, 13, 800_000).map((c) => [c.numero, c.nom, c.prenom, ...codes.map((code) => c.marks[code] ?? '')]),
  ];
  return Buffer.from(writeXlsx(XLSX as XlsxLibrary, table, 'Candidats'));
}

const fileInput = (page: Page) => page.getByLabel('Choisir un fichier CSV (ou le déposer ici)');

/** Every record of every store of the app's database, as JSON: equal dumps mean nothing was written. */
function dumpDatabase(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('delib');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const dump: Record<string, unknown[]> = {};
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (dump[name] = all.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(dump));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

describe('imports in the background', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('starts the reading worker as the import opens, not once the file is chosen, and ends it when closed without a file', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      expect(page.workers().filter((w) => w.url().includes('import.worker'))).toEqual([]);
      const started = page.waitForEvent('worker', { predicate: (w) => w.url().includes('import.worker') });
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      const worker = await started;
      const ended = new Promise<void>((resolve) => worker.once('close', () => resolve()));
      await page.getByRole('button', { name: "Fermer l'import" }).click();
      await ended;
      expect(page.workers().filter((w) => w.url().includes('import.worker'))).toEqual([]);

      // Opened again, a file chosen: read by the worker started with the window, none other.
      const again = page.waitForEvent('worker', { predicate: (w) => w.url().includes('import.worker') });
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      await again;
      await fileInput(page).setInputFiles({ name: 'candidats-20.csv', mimeType: 'text/csv', buffer: candidatesFile(20) });
      await page.getByText('20 nouveaux candidats').waitFor();
      expect(page.workers().filter((w) => w.url().includes('import.worker'))).toHaveLength(1);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('from « Aucune session », loads the notes screen’s code while the preview is read, not while the file is', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await page.goto(baseURL);
      const notesScreen: string[] = [];
      page.on('request', (request) => {
        if (/\/WorkspaceView-[\w-]+\.js$/.test(request.url())) notesScreen.push(request.url());
      });
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      await fileInput(page).waitFor();
      expect(notesScreen).toEqual([]); // not with the window: it would slow the reading of a file chosen at once
      await fileInput(page).setInputFiles({ name: 'candidats-20.csv', mimeType: 'text/csv', buffer: candidatesFile(20) });
      await page.getByText('20 nouveaux candidats').waitFor();
      // Asked for once the page is idle after the preview (the click on « Importer » then finds it ready).
      await expect.poll(() => notesScreen.length).toBe(1);
      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      await page.getByText('20 candidats', { exact: true }).waitFor();
      expect(notesScreen).toHaveLength(1);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('an import of 5,000 candidates cancelled half-way through its writing leaves the session exactly as before', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      const before = await dumpDatabase(page);
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      await fileInput(page).setInputFiles({ name: 'candidats-5000.csv', mimeType: 'text/csv', buffer: candidatesFile(5000) });
      await page.getByText(countOf(5000, 'nouveau candidat', 'nouveaux candidats')).waitFor();

      // Candidate records written as slowly as on a cheap laptop (0.5 ms each, on the page's thread as IndexedDB's own
      // work is): on this machine 5,000 candidates are otherwise written in well under a second. « Annuler » is clicked
      // from the page itself (one click event, in a task of its own, as a person's click lands between two chunks), at
      // the first candidate written once the progress bar shows writes done: a click sent by the test driver could,
      // under load, come after the last write.
      await page.evaluate(() => {
        const add = IDBObjectStore.prototype.add;
        let clicked = false;
        IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
          if (this.name === 'candidates') {
            for (const until = performance.now() + 0.5; performance.now() < until;);
            const progress = document.querySelector<HTMLProgressElement>('.wizard progress');
            if (!clicked && progress && progress.value > 0) {
              clicked = true;
              (window as unknown as { cancelledAt: number[] }).cancelledAt = [progress.value, progress.max];
              const cancel = [...document.querySelectorAll<HTMLButtonElement>('.wizard button')].find((b) => b.textContent?.trim() === 'Annuler');
              setTimeout(() => cancel?.click());
            }
          }
          return add.apply(this, args);
        };
      });
      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      // Half-way: some writes done, not all of them.
      await expect.poll(() => page.evaluate(() => (window as unknown as { cancelledAt?: number[] }).cancelledAt ?? null)).not.toBeNull();
      const [done, total] = await page.evaluate(() => (window as unknown as { cancelledAt: number[] }).cancelledAt);
      expect(done).toBeGreaterThan(0);
      expect(done).toBeLessThan(total!);

      await page.getByRole('status').filter({ hasText: CANCELLED }).waitFor();
      expect(await dumpDatabase(page)).toBe(before);
      expect(await page.getByRole('button', { name: 'Annuler le dernier import' }).count()).toBe(0);
      expect(await page.getByText('Dernier import').count()).toBe(0);
      // Usable again: the preview is still there, and the import can be started again.
      expect(await page.getByRole('button', { name: 'Importer', exact: true }).isEnabled()).toBe(true);
      expect(await page.getByRole('progressbar').count()).toBe(0);
      // Closed, the session shows as before.
      await page.getByRole('button', { name: "Fermer l'import" }).click();
      await expect.poll(() => page.getByText('170 candidats', { exact: true }).isVisible()).toBe(true);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('reads and plans a large file without freezing the page, with progress; « Annuler » goes back to the file choice', async () => {
    // Given as a file on disk: a buffer would be decoded from base64 by a script in the page (the test driver's
    // long task, not the app's).
    const folder = mkdtempSync(join(tmpdir(), 'delib-import-'));
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      const path = join(folder, 'candidats-60000.csv');
      writeFileSync(path, candidatesFile(60_000));
      await fileInput(page).setInputFiles(path);

      const reading = page.getByRole('progressbar', { name: /^(Lecture…|Comparaison avec la session…) \d+ %$/ });
      await reading.waitFor();
      // While the worker reads, the page answers: a menu opens. (How long its tasks last is measured by npm run
      // bench, « Import : tâche la plus longue », target 0.2 s, not here: a loaded machine would fail the test.)
      const menu = page.locator('details', { has: page.locator('summary', { hasText: 'Session…' }) });
      await openMenu(page, 'Session…');
      await expect.poll(() => menu.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
      expect(await reading.isVisible()).toBe(true); // still reading: the 60,000 rows take seconds

      await page.getByRole('button', { name: 'Annuler', exact: true }).click();
      await page.getByRole('status').filter({ hasText: CANCELLED }).waitFor();
      expect(await page.getByRole('progressbar').count()).toBe(0);
      expect(await page.getByRole('heading', { name: /Lecture du fichier/ }).count()).toBe(0);
      expect(await fileInput(page).inputValue()).toBe('');

      // The file choice works again: a small file gives its preview.
      await fileInput(page).setInputFiles({ name: 'petit.csv', mimeType: 'text/csv', buffer: candidatesFile(3) });
      await page.getByText('3 nouveaux candidats').waitFor();
      expect(await page.getByText(CANCELLED).count()).toBe(0);
      expectNoProblems(watched);
    } finally {
      await watched.close();
      // Only now: the browser reads a chosen file from disk when the page asks for its bytes, not when it is chosen.
      rmSync(folder, { recursive: true });
    }
  });

  it('reads a workbook of 20,000 candidates in the worker without freezing the page; « Annuler » while it is read writes nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'delib-import-'));
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      const before = await dumpDatabase(page);
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      const path = join(folder, 'candidats-20000.xlsx');
      writeFileSync(path, candidatesWorkbook(20_000));

      // Chosen, then cancelled while the workbook library parses it.
      await fileInput(page).setInputFiles(path);
      const parsing = page.getByRole('progressbar', { name: 'Lecture du classeur…', exact: true });
      await parsing.waitFor();
      await page.screenshot({ path: 'test-results/import-workbook-reading.png' });
      const cancel = page.getByRole('button', { name: 'Annuler', exact: true });
      const box = (await cancel.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(768);
      await cancel.click();
      await page.getByRole('status').filter({ hasText: CANCELLED }).waitFor();
      expect(await page.getByRole('progressbar').count()).toBe(0);
      expect(await page.getByRole('heading', { name: /Lecture du fichier/ }).count()).toBe(0);
      expect(await fileInput(page).inputValue()).toBe('');
      expect(await dumpDatabase(page)).toBe(before);

      // Chosen again and read to the end: while the worker parses the workbook, the page answers (a menu opens);
      // parsed on the page, the same workbook froze it for seconds. (The length of the page's tasks during an import is
      // measured by npm run bench, not here.)
      await fileInput(page).setInputFiles(path);
      await page.getByRole('progressbar', { name: 'Lecture du classeur…', exact: true }).waitFor();
      const menu = page.locator('details', { has: page.locator('summary', { hasText: 'Session…' }) });
      await openMenu(page, 'Session…');
      await expect.poll(() => menu.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
      await page.getByText(countOf(20_000, 'nouveau candidat', 'nouveaux candidats')).waitFor();
      expect(await page.getByRole('combobox', { name: 'Feuille du classeur' }).inputValue()).toBe('Candidats');
      expect(await dumpDatabase(page)).toBe(before);
      expectNoProblems(watched);
    } finally {
      await watched.close();
      rmSync(folder, { recursive: true });
    }
  });
});
