// Every screen of the app as PNG, at 1366×768 (the commonest school laptop) and 1920×1080, with the example
// session loaded and no message dismissed — so a reviewer can look at all of them in a minute. Also the first page
// of every PDF the Documents tab makes (pdftoppm, from poppler-utils, when installed).
//
//   npm run screenshots                 # builds into test-results/screenshots/site/, writes test-results/screenshots/*.png
//   npm run screenshots -- --dist dist  # uses an existing build instead
//
// Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) through playwright-core, the app served on 127.0.0.1.
// test-results/ is not committed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { launchChromium } from '../tests/e2e/browser.ts';
import { openTab, TAB_NAMES } from '../tests/e2e/layout-page.ts';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const distFlag = process.argv.indexOf('--dist');
const SITE = distFlag >= 0 ? process.argv[distFlag + 1]! : 'test-results/screenshots/site';
const OUT = 'test-results/screenshots';

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

process.env.NODE_ENV = 'production';
if (distFlag < 0) await build({ mode: 'production', logLevel: 'warn', build: { outDir: SITE, emptyOutDir: true } });
const server = await preview({
  mode: 'production',
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  build: { outDir: SITE },
});
const address = server.httpServer.address();
const url = `http://127.0.0.1:${address && typeof address === 'object' ? address.port : 0}/`;
mkdirSync(OUT, { recursive: true });
const written: string[] = [];
const browser = await launchChromium();
try {
  for (const viewport of SIZES) {
    const context = await browser.newContext({ viewport, locale: 'fr-FR', timezoneId: 'Europe/Paris', acceptDownloads: true });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') console.error(`console error: ${message.text()}`);
    });
    const shot = async (name: string) => {
      const file = join(OUT, `${viewport.width}x${viewport.height}-${name}.png`);
      await page.screenshot({ path: file });
      written.push(file);
    };
    await page.goto(url);
    // The empty state as a person sees it once the database is open (« Chargement… » before).
    await page.getByRole('button', { name: 'Charger un exemple' }).waitFor();
    await shot('00-accueil');
    await page.getByRole('button', { name: 'Charger un exemple' }).click();
    await page.getByText('170 candidats', { exact: true }).waitFor();
    for (const [index, name] of TAB_NAMES.entries()) {
      await openTab(page, name);
      await shot(`${String(index + 1).padStart(2, '0')}-${slug(name)}`);
      if (name === 'Conformité des dossiers') {
        // With a candidate's dossier open beside the grid.
        await page.locator('#panel-conformite .ag-row[row-index="0"] .ag-cell[col-id="nom"]').click();
        await page.getByRole('heading', { name: /^Dossier de / }).waitFor();
        await shot(`${String(index + 1).padStart(2, '0')}b-${slug(name)}-dossier`);
      }
    }
    if (viewport.width === SIZES[0].width) await pdfs(page);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${written.length} images in ${OUT}/`);

/** Every PDF button of the Documents tab: the file's first page as PNG (pdftoppm), when poppler-utils is there. */
async function pdfs(page: import('playwright-core').Page) {
  if (!existsSync('/usr/bin/pdftoppm')) {
    console.log('pdftoppm not found (apt-get install poppler-utils): PDFs skipped');
    return;
  }
  await openTab(page, 'Documents (PDF)');
  const buttons = page.getByRole('tabpanel').getByRole('button', { name: /PDF/ });
  const count = await buttons.count();
  for (let i = 0; i < count; i++) {
    const button = buttons.nth(i);
    if (!(await button.isEnabled())) continue;
    const label = (await button.innerText()).trim();
    try {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
      const pdf = join(OUT, `pdf-${slug(label)}.pdf`);
      await download.saveAs(pdf);
      const prefix = join(OUT, `pdf-${slug(label)}`);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
      rmSync(pdf);
      written.push(`${prefix}.png`);
    } catch (error) {
      console.error(`PDF « ${label} »: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  writeFileSync(join(OUT, 'README.txt'), 'Images written by `npm run screenshots` (scripts/screenshots.ts). Not committed.\n');
}
