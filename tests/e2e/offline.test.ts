// The offline app in Chromium: installable (French manifest, icons), the app shell precached, code loaded on
// demand cached on first use (never jsPDF's optional chunks), working offline and from a sub-path, a new version
// offered quietly (never a reload the user did not ask for, nothing typed lost), and a schema upgrade from
// another tab that asks this one to reload instead of blocking.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openWatchedPage, useChromium } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { cell, expectNoProblems, loadExample, showOnly, storedMarks } from './workspace-page.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import * as XLSX from '@e965/xlsx';
import { writeXlsx, XLSX_MIME } from '../../src/io/workbook-write.ts';
import type { XlsxLibrary } from '../../src/io/workbook.ts';

const DIST = 'dist-e2e';
const OPTIONAL = /^(?:html2canvas|index\.es-|purify\.es-)/;

/** The files of the build and what sw.js precaches. */
function buildInfo() {
  const js = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
  const entry = /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))![1]!;
  const lazy = js.filter((f) => !precached.includes(`assets/${f}`) && !OPTIONAL.test(f));
  return { js, precached, entry, lazy, optional: js.filter((f) => OPTIONAL.test(f)) };
}

/** Waits until the service worker is active and controls the page (one reload after the first install). */
async function controlled(page: Page) {
  const ready = () =>
    page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => 'ready'),
        new Promise((resolve) => setTimeout(() => resolve('no service worker after 15 s (is UpdatePrompt mounted in App?)'), 15_000)),
      ]),
    );
  expect(await ready()).toBe('ready');
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    expect(await ready()).toBe('ready');
  }
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Paths (no query) of every entry of every cache, by cache name. */
function cachedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    return out;
  });
}

const example = buildExampleSession();

describe('the offline app in Chromium', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('is installable: a French manifest with its icons, linked from the page, relative to the app folder', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { serviceWorkers: 'allow' });
    const { page } = watched;
    try {
      await page.goto(baseURL);
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href).toBe('./manifest.webmanifest');
      expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe('#1f4e79');
      const response = await page.request.get(new URL(href!, baseURL).href);
      expect(response.ok()).toBe(true);
      const manifest = await response.json();
      expect(manifest).toMatchObject({ lang: 'fr', short_name: 'Délib', start_url: './', scope: './', display: 'standalone', theme_color: '#1f4e79' });
      expect(manifest.name).toMatch(/^Délib/);
      expect(manifest.description).toMatch(/hors ligne/);
      const sizes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
      expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
      for (const icon of manifest.icons as { src: string; type: string }[]) {
        expect(icon.src).not.toMatch(/^\/|^https?:/); // relative: works from a sub-path
        const file = await page.request.get(new URL(icon.src, new URL(href!, baseURL)).href);
        expect(file.ok(), icon.src).toBe(true);
        expect(file.headers()['content-type']).toContain(icon.type.split('+')[0]);
      }
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('precaches the whole app, PDF code and fonts included (never jsPDF’s optional chunks), works offline', async () => {
    const info = buildInfo();
    expect(info.precached).toEqual(expect.arrayContaining(['index.html', info.entry, 'manifest.webmanifest', 'icons/icon-192.png']));
    expect(info.optional.length).toBeGreaterThan(0); // html2canvas, canvg, DOMPurify are in the build…
    for (const file of info.optional) expect(info.precached).not.toContain(`assets/${file}`); // …never precached
    expect(info.lazy).toEqual([]); // every other chunk (PDF documents, jsPDF) is precached
    expect(info.precached.filter((url) => url.endsWith('.ttf')).length).toBe(2); // the PDF fonts

    const watched = await openWatchedPage(chromium(), baseURL, { serviceWorkers: 'allow' });
    const { page, context } = watched;
    try {
      await loadExample(page, baseURL);
      await expect.poll(() => page.getByText('Prêt à fonctionner hors ligne.').count(), { timeout: 15_000 }).toBe(1);
      await controlled(page);
      const before = await cachedPaths(page);
      const precache = Object.entries(before).find(([name]) => name.includes('precache'))?.[1] ?? [];
      expect(precache.some((p) => p.endsWith(`/${info.entry}`))).toBe(true);
      expect(precache.some((p) => p.endsWith('/index.html'))).toBe(true);
      // The PDF code is in the precache before any PDF was asked for (tests/e2e/resilience.test.ts makes each kind offline).
      const pdfChunk = info.js.find((f) => /^releve-/.test(f))!;
      expect(precache.some((p) => p.endsWith(`/assets/${pdfChunk}`))).toBe(true);
      // (A string: Vitest would rewrite an import() written in a function.)
      const importLazy = `import('./assets/${pdfChunk}').then(() => 'loaded')`;
      expect(
        Object.values(await cachedPaths(page))
          .flat()
          .some((p) => OPTIONAL.test(p.split('/').pop()!)),
      ).toBe(false);

      // Offline: the page, the data and the PDF code are all there.
      await context.setOffline(true);
      await page.reload();
      await page.getByText('170 candidats', { exact: true }).waitFor();
      const target = example.candidates[0]!;
      await showOnly(page, target.numero);
      const moyenne = await cell(page, 'moyenne').innerText();
      await cell(page, 'E4').click();
      await page.keyboard.type('17');
      await page.keyboard.press('Enter');
      await expect.poll(() => cell(page, 'moyenne').innerText()).not.toBe(moyenne);
      // Committed (the grid shows Dexie's optimistic value before the transaction commits).
      await expect.poll(() => storedMarks(page, 'E4')).toContain(1700);
      await page.reload();
      await page.getByText('170 candidats', { exact: true }).waitFor();
      await showOnly(page, target.numero);
      expect(await cell(page, 'E4').innerText()).toBe('17');
      expect(await page.evaluate(importLazy)).toBe('loaded');
      // Tabs loaded on demand and never opened online are precached too.
      await page.getByRole('tab', { name: 'Jury' }).click();
      await page.getByRole('heading', { name: 'Délibération : chiffres du jury' }).waitFor();
      await page.getByRole('tab', { name: 'Sauvegarde' }).click();
      await page.getByRole('heading', { name: 'Sauvegarder' }).waitFor();
      // A workbook read offline: the import worker and the workbook library it loads itself are precached too.
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      const workbook = writeXlsx(
        XLSX as XlsxLibrary,
        [
          ['numero', 'nom', 'prenom'],
          ['09999000001', 'Horsligne', 'Léa'],
        ],
        'Candidats',
      );
      await page
        .getByLabel('Choisir un fichier CSV (ou le déposer ici)')
        .setInputFiles({ name: 'hors-ligne.xlsx', mimeType: XLSX_MIME, buffer: Buffer.from(workbook) });
      await page.getByText('1 nouveau candidat', { exact: true }).waitFor();
      await context.setOffline(false);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  describe('from a sub-path of a static host', () => {
    let server: StaticServer;
    beforeAll(async () => {
      server = await serveStatic(DIST, 'depot/delib');
    });
    afterAll(async () => {
      await server?.close();
    });

    it('registers the service worker for that folder only and works offline there', async () => {
      const watched = await openWatchedPage(chromium(), server.url, { serviceWorkers: 'allow' });
      const { page, context } = watched;
      try {
        await page.goto(server.url);
        await page.getByRole('heading', { name: 'Aucune session' }).waitFor();
        await controlled(page);
        expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope))).toBe(server.url);
        expect(await page.evaluate(() => (document.querySelector('link[rel=manifest]') as HTMLLinkElement).href)).toBe(`${server.url}manifest.webmanifest`);
        await loadExample(page, server.url);
        await context.setOffline(true);
        await page.reload();
        await page.getByText('170 candidats', { exact: true }).waitFor();
        await context.setOffline(false);
        expect(server.requests.filter((path) => !path.startsWith('/depot/delib/'))).toEqual([]);
        expectNoProblems(watched);
      } finally {
        await watched.close();
      }
    });

    it('offers a new version quietly: no reload until asked, the cell being typed is saved, other tabs only told', async () => {
      const watched = await openWatchedPage(chromium(), server.url, { serviceWorkers: 'allow' });
      const { page, context } = watched;
      try {
        await loadExample(page, server.url);
        await controlled(page);
        const other = await context.newPage();
        await other.goto(server.url);
        await other.getByText('170 candidats', { exact: true }).waitFor();
        for (const p of [page, other]) await p.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
        const marker = (p: Page) => p.evaluate(() => (window as unknown as { marker?: number }).marker ?? null);

        // A new version is published.
        server.override('sw.js', (content) => `${content.toString()}\n// version 2\n`);
        await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
        for (const p of [page, other]) await p.getByText('Nouvelle version disponible.').waitFor({ timeout: 15_000 });
        // Nothing reloaded by itself: the new version waits (a reload would follow its activation), the page is the same.
        expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting != null))).toBe(true);
        expect(await marker(page)).toBe(1);
        expect(await page.getByRole('status').filter({ hasText: 'Nouvelle version' }).count()).toBe(1);

        // The user is typing in a cell and clicks « Recharger »: the value is saved first, then the page reloads.
        const target = example.candidates[1]!;
        await page.bringToFront(); // a background tab gets few animation frames: Playwright's clicks would crawl
        await showOnly(page, target.numero);
        await cell(page, 'E1').click();
        await page.keyboard.type('15');
        await page.getByRole('button', { name: 'Recharger' }).click();
        await expect.poll(() => marker(page).catch(() => 'reloading'), { timeout: 15_000 }).toBeNull();
        await page.getByText('170 candidats', { exact: true }).waitFor();
        await showOnly(page, target.numero);
        expect(await cell(page, 'E1').innerText()).toBe('15');
        expect(await page.getByText('Nouvelle version disponible.').count()).toBe(0);

        // The other tab was not reloaded: it is told, and reloads when its user wants.
        await other.getByText('Elle est déjà active dans un autre onglet').waitFor({ timeout: 10_000 });
        expect(await marker(other)).toBe(1);
        await other.bringToFront();
        await other.getByRole('button', { name: 'Recharger' }).click();
        await expect.poll(() => marker(other).catch(() => 'reloading'), { timeout: 15_000 }).toBeNull();
        await other.getByText('170 candidats', { exact: true }).waitFor();
        expectNoProblems(watched);
      } finally {
        server.override('sw.js', null);
        await watched.close();
      }
    });
  });

  it('asks this tab to reload when another page upgrades the database, instead of blocking the upgrade', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { serviceWorkers: 'allow' });
    const { page, context } = watched;
    try {
      await loadExample(page, baseURL);
      // Another page of the same origin (not the app) opens the database at a higher version, with plain IndexedDB.
      const other = await context.newPage();
      await other.goto(`${baseURL}favicon.svg`);
      const version = await other.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const request = indexedDB.open('delib', 1000); // Dexie's version 4 is IndexedDB's 40
            request.onupgradeneeded = () => request.result.createObjectStore('newerTable');
            request.onsuccess = () => {
              request.result.close();
              resolve(request.result.version);
            };
            request.onblocked = () => reject(new Error('blocked by the open tab'));
            request.onerror = () => reject(request.error);
          }),
      );
      expect(version).toBe(1000);
      const alert = page.getByRole('alert').filter({ hasText: 'Une version plus récente de Délib est ouverte dans un autre onglet' });
      await alert.waitFor({ timeout: 10_000 });
      expect(await alert.getByRole('button', { name: 'Recharger' }).count()).toBe(1);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
});
