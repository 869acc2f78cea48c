// Security and privacy in Chromium: the Content-Security-Policy of the static build (nothing from elsewhere, no
// eval), no request leaving the app's origin, and user text that stays text (a candidate named like an HTML
// tag never becomes markup: not in the grids, the panels, the page header, nor the import preview).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage, useChromium } from './browser.ts';
import { serveStatic } from './static-server.ts';
import { cell, expectNoProblems, loadExample, showOnly } from './workspace-page.ts';

const XSS_NOM = '<img src=x onerror="window.__xss=1;alert(1)">';
const XSS_PRENOM = '<script>window.__xss=2;alert(2)</script>';
const XSS_SESSION = '<b>Session</b> <svg onload=alert(3)>';

/** Records CSP violations and anything an injected script would set; dialogs (alert) are recorded and dismissed. */
async function watchInjections(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return {
    dialogs,
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    injected: () => page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null),
  };
}

function csp(html: string): string {
  return /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
}

describe('security and privacy in Chromium', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('ships a Content-Security-Policy that allows only the app’s own files, without eval', () => {
    const policy = csp(readFileSync('dist-e2e/index.html', 'utf8'));
    const directives = Object.fromEntries(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'self'"]);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/https?:|\*/); // no remote origin, no wildcard
    // The meta tag comes before any script, so it covers them all.
    const html = readFileSync('dist-e2e/index.html', 'utf8');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('runs the whole workspace under that policy: no violation, no request elsewhere', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { serviceWorkers: 'allow' });
    const { page } = watched;
    try {
      const watch = await watchInjections(page);
      await loadExample(page, baseURL);
      await cell(page, 'E1').click();
      for (const tab of ['Candidats', 'Établissements', 'Sauvegarde', 'Notes et résultats']) {
        await page.getByRole('tab', { name: tab }).click();
        await page.getByRole('tabpanel').waitFor();
      }
      expect(await watch.violations()).toEqual([]);
      expect(watch.dialogs).toEqual([]);
      expectNoProblems(watched); // includes: no request to any other origin
    } finally {
      await watched.close();
    }
  });

  it('refuses eval and inline scripts, and any load from another origin', async () => {
    const server = await serveStatic('dist-e2e', 'app');
    server.add('probe.js', "try { eval('1'); window.__probe = 'eval allowed'; } catch (e) { window.__probe = e.name; }");
    // Chromium reports each refusal on the console: here they are what the test provokes.
    const watched = await openWatchedPage(chromium(), server.url, {}, { expectedConsole: [/violates the following Content Security Policy directive/] });
    const { page } = watched;
    try {
      const watch = await watchInjections(page);
      const failed: string[] = [];
      page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
      await page.goto(server.url);
      await page.getByRole('heading', { name: 'Aucune session' }).waitFor();
      const probe = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const script = document.createElement('script');
            script.src = './probe.js';
            script.onload = () => resolve((window as unknown as { __probe: string }).__probe);
            document.head.append(script);
          }),
      );
      expect(probe).toBe('EvalError');
      await page.evaluate(() => {
        const inline = document.createElement('script');
        inline.textContent = 'window.__xss = 9';
        document.head.append(inline);
        const image = new Image();
        image.src = 'http://127.0.0.1:9/pixel.png'; // another origin (loopback, closed port)
        document.body.append(image);
      });
      await expect.poll(() => watch.violations().then((v) => v.length)).toBe(3);
      expect((await watch.violations()).sort()).toEqual(['img-src http://127.0.0.1:9/pixel.png', 'script-src eval', 'script-src-elem inline']);
      expect(await watch.injected()).toBeNull();
      // Chromium reports the image request, then fails it before it leaves: blocked by the policy.
      await expect.poll(() => failed).toEqual(['http://127.0.0.1:9/pixel.png csp']);
      expect(watched.problems.outsideRequests).toEqual(['http://127.0.0.1:9/pixel.png']);
    } finally {
      await watched.close();
      await server.close();
    }
  });

  it('shows a candidate named like HTML as text everywhere, never as markup', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      const watch = await watchInjections(page);
      await page.goto(baseURL);
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
      const csv = `numero;nom;prenom;E1\r\n0666;${quoted(XSS_NOM)};${quoted(XSS_PRENOM)};12\r\n0667;Normal;Léa;13\r\n`;
      await page
        .getByLabel('Choisir un fichier CSV (ou le déposer ici)')
        .setInputFiles({ name: `${XSS_SESSION}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await page.getByRole('heading', { name: '3. Aperçu' }).waitFor();
      expect(await page.getByText(XSS_NOM, { exact: false }).count()).toBeGreaterThan(0); // the preview shows it as text
      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      await page.getByText('2 candidats', { exact: true }).waitFor();

      // The grid, the explanation panel, the page header.
      await showOnly(page, '0666');
      expect(await cell(page, 'nom').innerText()).toBe(XSS_NOM);
      expect(await cell(page, 'prenom').innerText()).toBe(XSS_PRENOM);
      await cell(page, 'E1').click();
      await page.keyboard.press('Control+i'); // the explanation panel, on demand
      await expect.poll(() => page.getByRole('complementary').innerText()).toContain(`${XSS_NOM} ${XSS_PRENOM}`);
      expect(await page.getByRole('banner').innerText()).toContain(XSS_SESSION);
      // The candidates grid.
      await page.getByRole('tab', { name: 'Candidats' }).click();
      await expect.poll(() => page.getByRole('tabpanel').innerText()).toContain(XSS_NOM);
      // The backup panel names the session.
      await page.getByRole('tab', { name: 'Sauvegarde' }).click();
      await expect.poll(() => page.getByRole('tabpanel').innerText()).toContain(XSS_SESSION);

      expect(await page.locator('img[src="x"], svg[onload], b:text("Session"), script:not([src])').count()).toBe(0);
      expect(watch.dialogs).toEqual([]);
      expect(await watch.injected()).toBeNull();
      expect(await watch.violations()).toEqual([]);
      await page.reload();
      // Back on the tab it was on (Sauvegarde), the session named again, and nothing run from its name.
      await expect.poll(() => page.getByRole('tabpanel').innerText()).toContain(XSS_SESSION);
      expect(watch.dialogs).toEqual([]);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
});
