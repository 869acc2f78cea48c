/**
 * Browser measurements for `npm run bench`: the production build served locally, driven in Debian's Chromium
 * (the launch flags of the e2e tests). Every time is taken inside the page (performance.now()), so Playwright's
 * own round trips are not counted.
 *
 * - import of N generated candidates through the wizard of the empty state: time to the preview, time to apply,
 *   the longest main-thread task meanwhile (responsiveness), whether the progress bar showed;
 * - reload: from navigation start until the first grid row shows its decision; the JS heap after it (CDP, after a
 *   garbage collection); the JavaScript the notes screen loaded (gzip sizes of the files of the build);
 * - mark edits: a mark typed in a cell, from the Enter key until the row's moyenne and décision cells and every
 *   count of the status bar show the values the engine gives (computed here, in Node, from the same file).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { formatCount } from '../src/domain/count.ts';
import { averageHundredths, formatHundredthsFixed } from '../src/domain/exact.ts';
import { formatMark, numberMark, type Mark } from '../src/domain/marks.ts';
import type { Regulation } from '../src/domain/regulation.ts';
import { computeResult, DECISION_LABELS, DECISIONS, type CandidateResult, type Decision } from '../src/domain/results.ts';
import { readCandidatesCsv } from '../src/io/candidates-csv.ts';
import { CHROMIUM_ARGS, chromiumPath, launchChromium } from '../tests/e2e/browser.ts';
import { seededRandom } from '../src/sample/random.ts';
import { compareNumero } from '../src/domain/numero.ts';

/** Where the build is served from: dist-bench/, or another build given with `--dist DIR` (to compare). */
export let OUT_DIR = 'dist-bench';

export interface ImportFigures {
  rows: number;
  previewMs: number;
  applyMs: number;
  longestTaskMs: number;
  progressShown: boolean;
}

export interface ReloadFigures {
  /** Navigation start → first grid row shows its decision, one per reload. */
  visibleMs: number[];
  /** Navigation start → the status bar counts every candidate (no « calcul… » left), one per reload. */
  finalMs: number[];
  /** The longest main-thread task until then, one per reload. */
  longestTaskMs: number[];
  /** JS heap used after a garbage collection, grid shown (MB). */
  heapMB: number;
  /** The JavaScript files the page requested, with their gzip size (kB). */
  scripts: { file: string; gzipKB: number }[];
}

export interface EditFigures {
  /** Enter → row and status bar show the engine's values, one per edit (ms). */
  samples: number[];
  /** Edits whose expected values never showed (the bench waits 20 s). */
  failures: number;
}

/**
 * Builds the app into dist-bench/ (or takes the build in `dist`) and serves it with `vite preview` on a free local
 * port while `run` runs.
 */
export async function withBrowserApp<T>(run: (baseURL: string, browser: Browser) => Promise<T>, dist?: string): Promise<T> {
  if (dist) OUT_DIR = dist;
  else {
    const previousEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    await build({ logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
    process.env.NODE_ENV = previousEnv;
  }
  const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 }, build: { outDir: OUT_DIR } });
  const address = server.httpServer.address();
  const baseURL = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const browser = await launchChromium();
  try {
    return await run(baseURL, browser);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Installed before any script of the page: records when the first grid row shows its real moyenne and decision (a
 * row shown with the candidate's marks not read yet would show INCOMPLET: that is not the grid being ready).
 * The expected values are in sessionStorage (`bench-row0`), set by measureReload.
 */
function watchGrid() {
  const w = window as unknown as { __gridVisibleAt?: number; __countsFinalAt?: number; __loadLongest: number };
  // The longest main-thread task until every count is final: the page cannot react to a click for that long.
  w.__loadLongest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (w.__countsFinalAt === undefined || entry.startTime < w.__countsFinalAt) w.__loadLongest = Math.max(w.__loadLongest, entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  const expected = JSON.parse(sessionStorage.getItem('bench-row0') ?? 'null') as { moyenne: string; decision: string; rowsText: string } | null;
  const text = (col: string) => (document.querySelector(`.ag-row[row-index="0"] .ag-cell[col-id="${col}"]`)?.textContent ?? '').trim();
  const shown = () => (expected ? text('moyenne') === expected.moyenne && text('decision') === expected.decision : text('decision') !== '');
  // Every count final: the status bar counts all the candidates (while loading it says « calcul… »).
  const final = () => expected === null || (document.querySelector('.status-bar span')?.textContent ?? '').trim() === `${expected.rowsText} candidats`;
  let visible = false;
  let counted = false;
  const observer = new MutationObserver(() => {
    if (!visible && shown()) {
      visible = true;
      // The next frame is when the row is painted.
      requestAnimationFrame(() => (w.__gridVisibleAt = performance.now()));
    }
    if (!counted && final()) {
      counted = true;
      requestAnimationFrame(() => (w.__countsFinalAt = performance.now()));
    }
    if (visible && counted) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

export interface BenchPage {
  page: Page;
  close(): Promise<void>;
}

/**
 * A page in a browser profile of its own on disk, where a person's browser keeps IndexedDB, deleted on `close`.
 * `BENCH_STORAGE=memory`: an incognito context of the run's browser instead (IndexedDB in memory), as every run did
 * until the twenty-seventh session; Chromium 150's in-memory IndexedDB writes 50,000 marks records in 7–14 s where its
 * profile on disk takes 4.4–5.4 s (and Chromium 156's in-memory one took 2.6 s).
 */
export async function openBenchPage(browser: Browser, baseURL: string): Promise<BenchPage> {
  const options = { baseURL, locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 900 } };
  const profile = process.env.BENCH_STORAGE === 'memory' ? null : mkdtempSync(join(tmpdir(), 'delib-bench-profile-'));
  const context = profile
    ? await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS], ...options })
    : await browser.newContext(options);
  // tsx compiles this file with esbuild's keepNames: functions sent to the page call its `__name` helper.
  await context.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
  await context.addInitScript(watchGrid);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.warn(`   (erreur dans la page : ${error.message})`));
  return {
    page,
    close: async () => {
      await context.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The first row of the grid (by numero) as the engine computes it. */
function firstRow(csv: string, regulation: Regulation) {
  const file = readCandidatesCsv(csv, regulation);
  const first = [...file.rows].sort((a, b) => compareNumero(a.numero, b.numero))[0]!;
  const result = computeResult({ marks: first.marks, controle: first.controle }, regulation);
  // The grid shows the decision's label (« Ajourné »), not its code.
  return { rows: file.rows.length, row0: { moyenne: moyenneText(result), decision: DECISION_LABELS[result.decision] } };
}

/**
 * Installed in the page before an import: when the file input changes (the person has chosen the file), when the
 * preview's line count is painted, when « Importer » is clicked, and when the status bar counts every candidate and
 * the first row shows its real results (painted). Taken inside the page, as the reload's times: Playwright's own
 * polling (its text search walks the whole page at every frame) is neither waited for nor counted.
 */
function watchImport(expected: { rowsText: string; moyenne: string; decision: string }) {
  type Times = { chosenAt?: number; previewAt?: number; clickedAt?: number; appliedAt?: number; longest: number };
  const w = window as unknown as { __import: Times };
  const times: Times = (w.__import = { longest: 0 });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) times.longest = Math.max(times.longest, entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  const text = (selector: string) => (document.querySelector(selector)?.textContent ?? '').trim();
  const previewShown = () => [...document.querySelectorAll('p.counts strong')].some((s) => s.textContent?.trim() === `${expected.rowsText} lignes`);
  const applied = () =>
    text('.status-bar span') === `${expected.rowsText} candidats` &&
    text('.ag-row[row-index="0"] .ag-cell[col-id="moyenne"]') === expected.moyenne &&
    text('.ag-row[row-index="0"] .ag-cell[col-id="decision"]') === expected.decision;
  document.addEventListener(
    'change',
    (event) => {
      if (times.chosenAt === undefined && event.target instanceof HTMLInputElement && event.target.type === 'file') times.chosenAt = performance.now();
    },
    true,
  );
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (times.clickedAt === undefined && button?.textContent?.trim() === 'Importer') times.clickedAt = performance.now();
    },
    true,
  );
  const observer = new MutationObserver(() => {
    if (times.chosenAt !== undefined && times.previewAt === undefined && previewShown()) {
      requestAnimationFrame(() => (times.previewAt ??= performance.now()));
    }
    if (times.clickedAt !== undefined && times.appliedAt === undefined && applied()) {
      requestAnimationFrame(() => (times.appliedAt ??= performance.now()));
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * One import of `csv` through the wizard of the empty state: from the file's choice until the preview's line count
 * is painted, then from the click on « Importer » until the status bar counts every candidate and the first row
 * shows its real results. `path`: the same file on disk, chosen as a person chooses it (Chromium reads it itself);
 * without it, Playwright builds the file inside the page from base64, about a second of the page's main thread at
 * 50,000 candidates that the longest-task figure would count against the app.
 */
export async function measureImport(page: Page, csv: string, regulation: Regulation, path?: string): Promise<ImportFigures> {
  const { rows, row0 } = firstRow(csv, regulation);
  await page.goto('./');
  await page.evaluate(watchImport, { rowsText: formatCount(rows), ...row0 });
  await page.getByRole('button', { name: 'Importer un fichier' }).click();
  await page
    .getByLabel('Choisir un fichier CSV (ou le déposer ici)')
    .setInputFiles(path ?? { name: `candidats-${rows}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  const seen = (key: 'previewAt' | 'appliedAt', timeout: number) =>
    page.waitForFunction((key) => (window as unknown as { __import: Record<string, number | undefined> }).__import[key] !== undefined, key, {
      timeout,
      polling: 100,
    });
  await seen('previewAt', 300_000);

  let progressShown = false;
  const watchProgress = page
    .locator('progress')
    .waitFor({ timeout: 120_000 })
    .then(() => (progressShown = true))
    .catch(() => undefined);
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await seen('appliedAt', 600_000);
  await watchProgress;
  const times = await page.evaluate(
    () => (window as unknown as { __import: { chosenAt: number; previewAt: number; clickedAt: number; appliedAt: number; longest: number } }).__import,
  );
  return { rows, previewMs: times.previewAt - times.chosenAt, applyMs: times.appliedAt - times.clickedAt, longestTaskMs: times.longest, progressShown };
}

export interface UndoFigures {
  /** From the click on « Annuler le dernier import » to the frame after its notice. */
  ms: number;
  longestTaskMs: number;
}

/**
 * « Annuler le dernier import » on the open session, whose last import is unchanged since: from the click until the
 * frame after the notice says it is undone (the page's own clock), and the longest main-thread task meanwhile.
 */
export async function measureUndo(page: Page): Promise<UndoFigures> {
  await page.evaluate(() => {
    const times: { clickedAt?: number; doneAt?: number; longest: number } = { longest: 0 };
    (window as unknown as { __undo: typeof times }).__undo = times;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (times.clickedAt !== undefined) times.longest = Math.max(times.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
    document.addEventListener(
      'click',
      (event) => {
        const button = event.target instanceof Element ? event.target.closest('button') : null;
        if (times.clickedAt === undefined && button?.textContent?.trim() === 'Annuler le dernier import') times.clickedAt = performance.now();
      },
      true,
    );
    const notices = document.querySelector('.notices')!;
    const observer = new MutationObserver(() => {
      if (times.clickedAt === undefined || !notices.textContent?.includes('annulé : les valeurs d')) return;
      observer.disconnect();
      requestAnimationFrame(() => (times.doneAt ??= performance.now()));
    });
    observer.observe(notices, { childList: true, subtree: true, characterData: true });
  });
  await page.getByRole('button', { name: 'Annuler le dernier import' }).click();
  return timedInPage(page, '__undo', 300_000);
}

/**
 * A file that is not a table of candidates, its first line 2,000,000 columns long (4 MB), chosen from disk in the
 * import wizard of the empty state: from the file input's change until the frame after the refusal « plus de 500
 * colonnes » shows, and the longest main-thread task meanwhile (the page's own clock).
 */
export async function measureWideHeader(page: Page, path: string): Promise<{ ms: number; longestTaskMs: number }> {
  await page.goto('./');
  await page.evaluate(() => {
    const times: { clickedAt?: number; doneAt?: number; longest: number } = { longest: 0 };
    (window as unknown as { __wide: typeof times }).__wide = times;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (times.clickedAt !== undefined) times.longest = Math.max(times.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
    document.addEventListener(
      'change',
      (event) => {
        if (event.target instanceof HTMLInputElement && event.target.type === 'file') times.clickedAt ??= performance.now();
      },
      true,
    );
    const observer = new MutationObserver(() => {
      if (times.clickedAt === undefined) return;
      if (![...document.querySelectorAll('[role="alert"]')].some((alert) => alert.textContent?.includes('plus de 500 colonnes'))) return;
      observer.disconnect();
      requestAnimationFrame(() => (times.doneAt ??= performance.now()));
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.getByRole('button', { name: 'Importer un fichier' }).click();
  await page.getByLabel('Choisir un fichier CSV (ou le déposer ici)').setInputFiles(path);
  return timedInPage(page, '__wide', 60_000);
}

/** Once the page has set `window[key].doneAt`: the time from its `clickedAt`, and the longest task it recorded. */
async function timedInPage(page: Page, key: string, timeout: number): Promise<{ ms: number; longestTaskMs: number }> {
  type Times = { clickedAt: number; doneAt?: number; longest: number };
  await page.waitForFunction((key) => (window as unknown as Record<string, Times>)[key]!.doneAt !== undefined, key, { timeout, polling: 100 });
  const times = await page.evaluate((key) => (window as unknown as Record<string, Times>)[key]!, key);
  return { ms: times.doneAt! - times.clickedAt, longestTaskMs: times.longest };
}

export interface ImportIntoFigures {
  /** From the click on « Importer » to the frame after the grid shows the file's marks, every candidate counted. */
  ms: number;
  longestTaskMs: number;
}

/**
 * An import into the open session, already filled by the import of `csv`: the file at `path` gives every candidate a
 * new E1 (`changedCsv` is its text). Its preview is waited for, then timed from the click on « Importer » until the
 * frame after the notice says it is applied, the status bar counts every candidate and the first row shows its new
 * E1; with the longest main-thread task meanwhile.
 */
export async function measureImportInto(page: Page, changedCsv: string, path: string, regulation: Regulation): Promise<ImportIntoFigures> {
  const file = readCandidatesCsv(changedCsv, regulation);
  const first = [...file.rows].sort((a, b) => compareNumero(a.numero, b.numero))[0]!;
  const expected = { rowsText: formatCount(file.rows.length), e1: formatMark(first.marks.E1!) };
  await page.evaluate((expected) => {
    const times: { clickedAt?: number; doneAt?: number; longest: number } = { longest: 0 };
    (window as unknown as { __into: typeof times }).__into = times;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (times.clickedAt !== undefined && times.doneAt === undefined) times.longest = Math.max(times.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
    document.addEventListener(
      'click',
      (event) => {
        const button = event.target instanceof Element ? event.target.closest('button') : null;
        if (times.clickedAt === undefined && button?.textContent?.trim() === 'Importer') times.clickedAt = performance.now();
      },
      true,
    );
    const text = (selector: string) => (document.querySelector(selector)?.textContent ?? '').trim();
    const done = () =>
      text('.notices').includes('appliqué') &&
      text('.status-bar span') === `${expected.rowsText} candidats` &&
      text('.ag-row[row-index="0"] .ag-cell[col-id="E1"]') === expected.e1;
    const observer = new MutationObserver(() => {
      if (times.clickedAt === undefined || !done()) return;
      observer.disconnect();
      requestAnimationFrame(() => (times.doneAt ??= performance.now()));
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  }, expected);
  await page.getByRole('button', { name: 'Importer un fichier' }).click();
  await page.getByLabel('Choisir un fichier CSV (ou le déposer ici)').setInputFiles(path);
  // The preview is shown when « Importer » can be clicked.
  await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Importer' && !b.disabled), null, {
    timeout: 300_000,
    polling: 100,
  });
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  return timedInPage(page, '__into', 600_000);
}

export interface BackupFigures {
  /** From the click on « Sauvegarder toutes les sessions » to the file offered for download. */
  saveMs: number;
  saveLongestMs: number;
  /** From choosing that file to the frame after its preview (every record checked) shows. */
  readMs: number;
  readLongestMs: number;
  /** From the click on « Restaurer » to the frame after the notice says it is restored. */
  restoreMs: number;
  restoreLongestMs: number;
  fileMB: number;
}

/**
 * The backup of every session (the open one filled), then its restore as a copy, in the « Sauvegarde » tab: each
 * step timed by the page, with its longest main-thread task.
 */
export async function measureBackup(page: Page, path: string): Promise<BackupFigures> {
  await page.evaluate(() => {
    const w = window as unknown as { __tasks: [number, number][] };
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: false });
  });
  const now = () => page.evaluate(() => performance.now());
  const longestSince = (from: number) =>
    page.evaluate(
      (from) => Math.max(0, ...(window as unknown as { __tasks: [number, number][] }).__tasks.filter(([at]) => at >= from).map(([, d]) => d)),
      from,
    );
  const afterFrame = () => page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
  await page.getByRole('tab', { name: 'Sauvegarde' }).click();

  const saveFrom = await now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 600_000 }),
    page.getByRole('button', { name: /^Sauvegarder toutes les sessions/ }).click(),
  ]);
  const saveTo = await now();
  const saveLongestMs = await longestSince(saveFrom);
  await download.saveAs(path);

  const readFrom = await now();
  await page.getByLabel('Choisir un fichier de sauvegarde (.json)').setInputFiles(path);
  await page.getByRole('button', { name: 'Restaurer', exact: true }).waitFor({ timeout: 600_000 });
  const readTo = await afterFrame();
  const readLongestMs = await longestSince(readFrom);

  const restoreFrom = await now();
  await page.getByRole('button', { name: 'Restaurer', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.notices')?.textContent?.includes('Sauvegarde restaurée'), null, { timeout: 600_000, polling: 100 });
  const restoreTo = await afterFrame();
  const restoreLongestMs = await longestSince(restoreFrom);
  const { size } = await import('node:fs').then((fs) => fs.statSync(path));
  return {
    saveMs: saveTo - saveFrom,
    saveLongestMs,
    readMs: readTo - readFrom,
    readLongestMs,
    restoreMs: restoreTo - restoreFrom,
    restoreLongestMs,
    fileMB: size / 1e6,
  };
}

/**
 * Reloads the page `runs` times (after one warm-up reload) with the session open on the notes tab; the session was
 * imported from `csv`, whose first candidate (by numero) is the grid's first row.
 */
export async function measureReload(page: Page, csv: string, regulation: Regulation, runs: number): Promise<ReloadFigures> {
  const { rows, row0 } = firstRow(csv, regulation);
  await page.evaluate((row0) => sessionStorage.setItem('bench-row0', JSON.stringify(row0)), { ...row0, rowsText: formatCount(rows) });
  const visibleMs: number[] = [];
  const finalMs: number[] = [];
  const longestTaskMs: number[] = [];
  let scripts: string[] = [];
  for (let run = 0; run <= runs; run++) {
    const requested = new Set<string>();
    const onRequest = (request: { resourceType(): string; url(): string }) => {
      if (request.resourceType() === 'script' || request.url().endsWith('.js')) requested.add(new URL(request.url()).pathname);
    };
    page.on('request', onRequest);
    await page.reload();
    await page.waitForFunction(
      () => {
        const w = window as unknown as { __gridVisibleAt?: number; __countsFinalAt?: number };
        return w.__gridVisibleAt !== undefined && w.__countsFinalAt !== undefined;
      },
      null,
      { timeout: 120_000, polling: 100 },
    );
    page.off('request', onRequest);
    if (run === 0) continue; // warm-up: the service worker may still be caching the app
    const at = await page.evaluate(() => {
      const w = window as unknown as { __gridVisibleAt: number; __countsFinalAt: number; __loadLongest: number };
      return { visible: w.__gridVisibleAt, final: w.__countsFinalAt, longest: w.__loadLongest };
    });
    visibleMs.push(at.visible);
    finalMs.push(at.final);
    longestTaskMs.push(at.longest);
    scripts = [...requested];
  }
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  return {
    visibleMs,
    finalMs,
    longestTaskMs,
    heapMB: heap / 2 ** 20,
    scripts: scripts
      .filter((path) => path.includes('/assets/'))
      .map((path) => ({ file: basename(path), gzipKB: gzipSync(readFileSync(join(OUT_DIR, 'assets', basename(path)))).length / 1000 })),
  };
}

interface Expected {
  row: number;
  moyenne: string;
  /** As the grid shows it: the decision's label. */
  decision: string;
  counts: Record<Decision, number>;
}

/** Installed once: the Enter key's time, and a promise resolved when the page shows `expected`. */
function installEditProbe() {
  type Probe = { start: number; done?: Promise<number>; arm(expected: Expected): void };
  const w = window as unknown as { __edit: Probe };
  w.__edit = {
    start: 0,
    arm(expected) {
      this.done = new Promise((resolve) => {
        const text = (selector: string) => (document.querySelector(selector)?.textContent ?? '').trim();
        const row = `.ag-row[row-index="${expected.row}"]`;
        const shows = () =>
          text(`${row} .ag-cell[col-id="moyenne"]`) === expected.moyenne &&
          text(`${row} .ag-cell[col-id="decision"]`) === expected.decision &&
          // The counts are written French style (`27 015`): compared without their spaces.
          Object.entries(expected.counts).every(([d, n]) => text(`.status-bar [data-decision="${d}"] strong`).replace(/\s/g, '') === String(n));
        const observer = new MutationObserver(() => {
          if (!shows()) return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve(performance.now() - w.__edit.start));
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(-1);
        }, 20_000);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    },
  };
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter') w.__edit.start = performance.now();
    },
    true,
  );
}

const moyenneText = (result: CandidateResult) => (result.firstGroup ? formatHundredthsFixed(averageHundredths(result.firstGroup)) : '');

/**
 * Types `count` marks in the first rows of the grid (numbers between 0 and 20 in units with a coefficient, each
 * changing the row's moyenne), pausing `pauseMs` between edits as a fast typist would, and times each one.
 * `csv` is the file the session was imported from: the expected values come from the engine, in Node.
 */
export async function measureEdits(page: Page, csv: string, regulation: Regulation, count: number, pauseMs = 250): Promise<EditFigures> {
  const file = readCandidatesCsv(csv, regulation);
  const candidates = file.rows.map((r) => ({ numero: r.numero, marks: { ...r.marks }, controle: r.controle }));
  const results = candidates.map((c) => computeResult({ marks: c.marks, controle: c.controle }, regulation));
  const counts = Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<Decision, number>;
  for (const r of results) counts[r.decision]++;

  await page.evaluate(installEditProbe);
  const units = regulation.units.filter((u) => u.coefficient !== null).map((u) => u.code);
  const random = seededRandom(99);
  const samples: number[] = [];
  let failures = 0;
  const ROWS = 8;
  // Row index → candidate, from the numero the grid shows (it sorts by numero).
  const rowIndex: number[] = [];
  for (let row = 0; row < ROWS; row++) {
    const numero = (await page.locator(`.ag-row[row-index="${row}"] .ag-cell[col-id="numero"]`).innerText()).trim();
    rowIndex.push(candidates.findIndex((c) => c.numero === numero));
    if (rowIndex[row]! < 0) throw new Error(`bench: row ${row} shows an unknown numero « ${numero} »`);
  }
  for (let k = 0; k < count; k++) {
    const row = k % ROWS;
    const index = rowIndex[row]!;
    const candidate = candidates[index]!;
    // A value that changes the moyenne shown (so the page cannot show the expected values before the edit).
    let unit = '';
    let mark: Mark = numberMark(0);
    let result: CandidateResult | null = null;
    for (let attempt = 0; attempt < 50 && !result; attempt++) {
      unit = units[(k + attempt) % units.length]!;
      mark = numberMark(Math.floor(random() * 81) * 25);
      const next = computeResult({ marks: { ...candidate.marks, [unit]: mark }, controle: candidate.controle }, regulation);
      if (next.firstGroup && moyenneText(next) !== moyenneText(results[index]!)) result = next;
    }
    if (!result) throw new Error(`bench: no edit changes the moyenne of ${candidate.numero}`);
    counts[results[index]!.decision]--;
    counts[result.decision]++;
    candidate.marks = { ...candidate.marks, [unit]: mark };
    results[index] = result;
    const expected: Expected = { row, moyenne: moyenneText(result), decision: DECISION_LABELS[result.decision], counts: { ...counts } };

    try {
      const cell = page.locator(`.ag-row[row-index="${row}"] .ag-cell[col-id="${unit}"]`);
      await cell.click({ timeout: 30_000 });
      await page.evaluate((e) => (window as unknown as { __edit: { arm(e: Expected): void } }).__edit.arm(e), expected);
      await page.keyboard.type(mark.kind === 'number' ? String(mark.hundredths / 100).replace('.', ',') : '');
      await page.keyboard.press('Enter');
      const ms = await page.evaluate(() => (window as unknown as { __edit: { done: Promise<number> } }).__edit.done);
      if (ms < 0) {
        // Not shown within 20 s: the page is as good as frozen, the edits stop there.
        failures++;
        break;
      }
      samples.push(ms);
    } catch (error) {
      // The page did not take the click within 30 s: it is frozen, the edits stop there.
      console.warn(`   saisie ${k + 1} : ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      failures++;
      break;
    }
    await page.waitForTimeout(pauseMs);
  }
  return { samples, failures };
}

export interface ShapeFigures {
  perUnit: { records: number; writeMs: number; readMs: number };
  perCandidate: { records: number; writeMs: number; readMs: number };
  /** One record per candidate, its marks one text (how they are stored since schema v9), read and decoded. */
  perCandidateText: { records: number; writeMs: number; readMs: number };
  /** The same texts, 128 candidates per record (how they are stored since schema v10), read and decoded. */
  perBlockText: { records: number; writeMs: number; readMs: number };
}

/**
 * What storing a candidate's marks in one record would give (measured, not built): raw IndexedDB in the page, in a
 * scratch database, `count` candidates with 9 marks each, written in one transaction then read back by session,
 * as stored before schema v8 (one record per candidate and unit, the MarkRecord shape), as v8 stored them (one record
 * per candidate, its marks as objects) and as stored since v9 (one record per candidate, its marks one text; the read
 * includes turning each text back into mark objects, as src/db/marks-codec.ts does), and as stored since v10 (the
 * texts of 128 candidates whose ids follow each other in one record).
 */
export async function measureStorageShapes(page: Page, count: number): Promise<ShapeFigures> {
  return page.evaluate(async (count) => {
    const UNITS = ['E1', 'E21', 'E22', 'E3', 'E4', 'E5', 'U61', 'U62', 'EF1'];
    const done = (tx: IDBTransaction) => new Promise<void>((resolve, reject) => ((tx.oncomplete = () => resolve()), (tx.onerror = () => reject(tx.error))));
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    await new Promise((resolve) => ((indexedDB.deleteDatabase('delib-bench-shapes').onsuccess = resolve), undefined));
    const open = indexedDB.open('delib-bench-shapes', 1);
    open.onupgradeneeded = () => {
      const perUnit = open.result.createObjectStore('perUnit', { keyPath: ['candidateId', 'unit'] });
      perUnit.createIndex('sessionId', 'sessionId');
      perUnit.createIndex('candidateId', 'candidateId');
      open.result.createObjectStore('perCandidate', { keyPath: 'candidateId' }).createIndex('sessionId', 'sessionId');
      open.result.createObjectStore('perCandidateText', { keyPath: 'candidateId' }).createIndex('sessionId', 'sessionId');
      open.result.createObjectStore('perBlockText', { keyPath: 'block' }).createIndex('sessionIds', 'sessionIds', { multiEntry: true });
    };
    const db = await request(open);
    const at = new Date().toISOString();
    const value = (c: number, u: number) => ({ kind: 'number', hundredths: ((c * 7 + u * 13) % 81) * 25 });
    const time = async (store: string, write: (s: IDBObjectStore) => number, decode: (records: unknown[]) => void = () => undefined, index = 'sessionId') => {
      let start = performance.now();
      const tx = db.transaction(store, 'readwrite');
      const records = write(tx.objectStore(store));
      await done(tx);
      const writeMs = performance.now() - start;
      start = performance.now();
      decode(await request(db.transaction(store).objectStore(store).index(index).getAll(IDBKeyRange.only(1))));
      return { records, writeMs, readMs: performance.now() - start };
    };
    const perUnit = await time('perUnit', (s) => {
      for (let c = 1; c <= count; c++) {
        UNITS.forEach((unit, u) => s.put({ sessionId: 1, candidateId: c, unit, value: value(c, u), sousReserve: false, benefice: null, updatedAt: at }));
      }
      return count * UNITS.length;
    });
    const perCandidate = await time('perCandidate', (s) => {
      for (let c = 1; c <= count; c++) {
        const marks = Object.fromEntries(UNITS.map((unit, u) => [unit, { value: value(c, u), sousReserve: false, benefice: null, updatedAt: at }]));
        s.put({ sessionId: 1, candidateId: c, marks });
      }
      return count;
    });
    const textOf = (c: number) => UNITS.map((unit, u) => `${unit}\t${value(c, u).hundredths}\t0\t\t${at}`).join('\n');
    const decodeTexts = (texts: readonly string[]) => {
      const marks: unknown[] = [];
      for (const text of texts) {
        for (const line of text.split('\n')) {
          const [unit, hundredths, sousReserve, benefice, updatedAt] = line.split('\t');
          marks.push({
            unit,
            value: { kind: 'number', hundredths: Number(hundredths) },
            sousReserve: sousReserve === '1',
            benefice: benefice || null,
            updatedAt,
          });
        }
      }
      if (marks.length !== count * UNITS.length) throw new Error('marks lost in the text shape');
    };
    const perCandidateText = await time(
      'perCandidateText',
      (s) => {
        for (let c = 1; c <= count; c++) s.put({ sessionId: 1, candidateId: c, text: textOf(c) });
        return count;
      },
      (records) => decodeTexts((records as { text: string }[]).map((r) => r.text)),
    );
    const BLOCK = 128;
    const perBlockText = await time(
      'perBlockText',
      (s) => {
        let records = 0;
        for (let block = 0; block * BLOCK <= count; block++) {
          const parts: string[] = [];
          for (let c = Math.max(1, block * BLOCK); c < (block + 1) * BLOCK && c <= count; c++) parts.push(`${c}\u001f1\u001f${textOf(c)}`);
          s.put({ block, sessionIds: [1], text: parts.join('\u001e') });
          records++;
        }
        return records;
      },
      (records) =>
        decodeTexts(
          (records as { text: string }[]).flatMap((r) =>
            r.text.split('\u001e').map((part) => part.slice(part.indexOf('\u001f', part.indexOf('\u001f') + 1) + 1)),
          ),
        ),
      'sessionIds',
    );
    db.close();
    indexedDB.deleteDatabase('delib-bench-shapes');
    return { perUnit, perCandidate, perCandidateText, perBlockText };
  }, count);
}
