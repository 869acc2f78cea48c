// Quality gates of the production build (docs/publier.md): Lighthouse 12.8 (desktop preset) must give at least
// 0.95 in performance, accessibility and best practices, and axe must find no violation on any page.
//
//   npm run lighthouse                 # builds into test-results/lighthouse/site/, serves it with `vite preview`
//   npm run lighthouse -- --dist dist  # audits an existing build instead (e.g. right after `npm run build`)
//
// Everything runs on this machine: Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) started by
// chrome-launcher with the flags of the browser tests, the app served on 127.0.0.1. Nothing is fetched.
// Audited:
//   1. the first visit (empty state), storage reset as Lighthouse does by default;
//   2. the workspace with the example session (170 candidates) on a repeat visit: the data is loaded first
//      through the same Chromium (Playwright over CDP), then Lighthouse navigates without resetting storage;
//   3. axe on the empty state, on every tab of the workspace, and on the restore panel.
// Reports: test-results/lighthouse/*.json. Exit code 1 when a gate fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/browser.ts';

const MIN_SCORE = 0.95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const distFlag = process.argv.indexOf('--dist');
const OUT_DIR = distFlag >= 0 ? process.argv[distFlag + 1]! : 'test-results/lighthouse/site'; // test-results/ is not committed
const REPORTS = 'test-results/lighthouse';

interface Failure {
  what: string;
  detail: string;
}

const started = Date.now();
const failures: Failure[] = [];
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);

// A production build, as `npm run build` makes it (NODE_ENV=production even when called from a test runner).
process.env.NODE_ENV = 'production';
if (distFlag < 0) await build({ mode: 'production', logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
const server = await preview({
  mode: 'production',
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  build: { outDir: OUT_DIR },
});
const address = server.httpServer.address();
const url = `http://127.0.0.1:${address && typeof address === 'object' ? address.port : 0}/`;
log(`build served at ${url}`);

const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: [...CHROMIUM_ARGS, '--window-size=1350,940'],
  logLevel: 'silent',
});
mkdirSync(REPORTS, { recursive: true });

try {
  await audit('premiere-visite', 'first visit (empty state)', false);

  // Load the example through the same browser, so that the next navigation finds the data.
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const context = browser.contexts()[0]!;
  const page = await context.newPage();
  await page.setViewportSize({ width: 1350, height: 940 });
  await page.goto(url);
  await axe(page, 'empty state');
  const restore = page.getByRole('button', { name: 'Restaurer une sauvegarde' });
  if (await restore.count()) {
    await restore.click();
    await axe(page, 'empty state, restore panel');
  }
  await page.getByRole('button', { name: 'Charger un exemple' }).click();
  await page.getByText('170 candidats', { exact: true }).waitFor({ timeout: 30_000 });
  await page.evaluate(() => navigator.serviceWorker?.ready.then(() => undefined));
  for (const tab of await page.getByRole('tab').all()) {
    const name = (await tab.innerText()).trim();
    await tab.click();
    await page.getByRole('tabpanel').waitFor();
    await page.waitForTimeout(300); // grids render in the next frames
    await axe(page, `workspace, tab « ${name} »`);
  }
  await page.close();
  await browser.close(); // disconnects Playwright; Chromium stays for Lighthouse

  await audit('espace-de-travail', 'workspace with 170 candidates (repeat visit)', true);
} finally {
  chrome.kill();
  await server.close();
}

const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (failures.length > 0) {
  console.error(`\n${failures.length} gate(s) failed (${seconds} s):`);
  for (const f of failures) console.error(`- ${f.what}: ${f.detail}`);
  process.exit(1);
}
console.log(`\nAll gates passed (${seconds} s): Lighthouse ≥ ${MIN_SCORE} in ${CATEGORIES.join(', ')}; axe: no violation.`);

async function audit(file: string, label: string, keepStorage: boolean): Promise<void> {
  const result = await lighthouse(
    url,
    { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], disableStorageReset: keepStorage },
    desktopConfig,
  );
  if (!result) throw new Error(`Lighthouse gave no result for ${label}`);
  writeFileSync(`${REPORTS}/${file}.json`, JSON.stringify(result.lhr, null, 1));
  const scores = CATEGORIES.map((id) => [id, result.lhr.categories[id]?.score ?? 0] as const);
  log(`Lighthouse, ${label}: ${scores.map(([id, score]) => `${id} ${score.toFixed(2)}`).join(', ')}`);
  if (result.lhr.runtimeError) failures.push({ what: `Lighthouse, ${label}`, detail: result.lhr.runtimeError.message });
  for (const [id, score] of scores) {
    if (score >= MIN_SCORE) continue;
    const failing = Object.values(result.lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
      .filter((a) => result.lhr.categories[id]?.auditRefs.some((ref) => ref.id === a.id && ref.weight > 0))
      .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
    failures.push({ what: `Lighthouse ${id}, ${label}`, detail: `${score.toFixed(2)} < ${MIN_SCORE}; ${failing.join(', ')}` });
  }
}

async function axe(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  log(`axe, ${label}: ${violations.length === 0 ? 'no violation' : violations.map((v) => v.id).join(', ')}`);
  for (const v of violations) {
    failures.push({
      what: `axe, ${label}`,
      detail: `${v.id}: ${v.help} (${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')})`,
    });
  }
}
