/**
 * Browser measurements for `npm run bench`: the production build served locally, driven in Debian's
 * Chromium. Import of N generated candidates through the wizard: time to the preview, time to apply,
 * the longest main-thread task meanwhile (responsiveness), and whether the progress bar showed.
 */
import { performance } from 'node:perf_hooks';
import { build, preview } from 'vite';
import { launchChromium } from '../tests/e2e/browser.ts';

export interface ImportFigures {
  rows: number;
  previewMs: number;
  applyMs: number;
  longestTaskMs: number;
  progressShown: boolean;
}

export async function withBrowserApp<T>(run: (baseURL: string, launch: typeof launchChromium) => Promise<T>): Promise<T> {
  const previousEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({ logLevel: 'warn', build: { outDir: 'dist-bench', emptyOutDir: true } });
  process.env.NODE_ENV = previousEnv;
  const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 }, build: { outDir: 'dist-bench' } });
  const address = server.httpServer.address();
  const baseURL = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  try {
    return await run(baseURL, launchChromium);
  } finally {
    await server.close();
  }
}

export async function measureImport(baseURL: string, csv: string, rows: number): Promise<ImportFigures> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(baseURL);
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    await page.getByRole('button', { name: 'Importer un fichier' }).click();
    let start = performance.now();
    await page.getByLabel('Choisir un fichier CSV (ou le déposer ici)').setInputFiles({
      name: `candidats-${rows}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await page.getByText(`${rows.toLocaleString('fr-FR').replace(/\u202f/g, '')} lignes`).or(page.getByText(`${rows} lignes`)).first().waitFor({ timeout: 120_000 });
    const previewMs = performance.now() - start;

    let progressShown = false;
    const watchProgress = page
      .locator('progress')
      .waitFor({ timeout: 60_000 })
      .then(() => (progressShown = true))
      .catch(() => undefined);
    start = performance.now();
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText(`${rows} candidats`, { exact: true }).waitFor({ timeout: 300_000 });
    const applyMs = performance.now() - start;
    await watchProgress;
    const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    await context.close();
    return { rows, previewMs, applyMs, longestTaskMs, progressShown };
  } finally {
    await browser.close();
  }
}
