// « Never fail the jury » (issue 20), in Chromium on the production build: every PDF kind produced offline after
// one visit; storage refused or missing explained instead of an endless « Chargement… »; a jury member per tab,
// journaled correctly, and a same-cell conflict between tabs told to the user whose value was replaced; leaving
// while a mark is being saved asks first; a 2,000,000-column file refused at once with the page responsive.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage, useChromium } from './browser.ts';
import { cell, expectNoProblems, loadExample, openDeliberationAs, showOnly, storedMarks, typeInto } from './workspace-page.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';

const example = buildExampleSession();

const tab = (page: Page, name: string) => page.getByRole('tab', { name }).click();

/** The built chunks whose name starts with `prefix` (dist-e2e/assets). */
function chunks(prefix: string): string[] {
  const files = readdirSync(join('dist-e2e', 'assets')).filter((f) => f.startsWith(prefix) && f.endsWith('.js'));
  if (files.length === 0) throw new Error(`no chunk ${prefix}* in the build`);
  return files;
}

/**
 * Produces a PDF with `button` when the example session gives it something to print; otherwise (a button
 * disabled for lack of data, e.g. no non-conforming dossier) imports its code offline, which is what fails
 * when a chunk is not cached.
 */
async function pdfOrCode(page: Page, button: ReturnType<Page['getByRole']>, prefix: string): Promise<void> {
  if (await button.isEnabled()) await pdf(page, button);
  // (A string: Vitest would rewrite an import() written in a function.)
  else for (const file of chunks(prefix)) expect(await page.evaluate(`import('./assets/${file}').then(() => 'loaded')`)).toBe('loaded');
}

/** Clicks `button` and returns the PDF downloaded. */
async function pdf(page: Page, button: ReturnType<Page['getByRole']>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
  const bytes = await readFile((await file.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return bytes;
}

/** The audit lines of the database, read with plain IndexedDB (what is committed). */
function auditLines(page: Page): Promise<{ who: string; unit: string; after: string; kind: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('delib');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('audit').objectStore('audit').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );
}

async function changeWithReason(page: Page, numero: string, unit: string, value: string, reason: string) {
  await showOnly(page, numero);
  await typeInto(page, unit, value);
  const dialog = page.getByRole('dialog', { name: 'Motif de la modification' });
  await dialog.getByLabel('Motif (noté au journal de la délibération)').fill(reason);
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect.poll(() => cell(page, unit).innerText()).toBe(value);
}

describe('never fail the jury, in Chromium', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('1. after one visit, every PDF kind is produced with the network off (service worker claims the first visit)', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { acceptDownloads: true, serviceWorkers: 'allow' });
    const { page, context } = watched;
    try {
      await loadExample(page, baseURL);
      await page.getByText('Prêt à fonctionner hors ligne.').waitFor({ timeout: 20_000 });
      // Claimed at once: no reload needed before going offline.
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

      await context.setOffline(true);
      await page.reload();
      await page.getByText('170 candidats', { exact: true }).waitFor();

      await tab(page, 'Documents (PDF)');
      for (const name of [
        'Relevés de notes (PDF)',
        'Procès-verbal de délibération (PDF)',
        "Convocations à l'épreuve de contrôle (PDF)",
        "Grilles d'évaluation vierges (PDF)",
      ]) {
        await pdf(page, page.getByRole('button', { name }));
      }
      await tab(page, 'Conformité des dossiers');
      await pdfOrCode(page, page.getByRole('button', { name: 'Toutes les notices (PDF)' }), 'notice-');
      await tab(page, 'Livret scolaire');
      await pdfOrCode(page, page.getByRole('button', { name: 'Livrets de la classe (PDF)' }), 'livret-');
      await tab(page, "Grilles d'évaluation");
      const grids = page.locator('#panel-grilles');
      await grids.getByLabel('Épreuve', { exact: true }).selectOption('U61');
      const classes = grids.getByLabel('Classe (établissement)', { exact: true });
      await classes.selectOption((await classes.locator('option').nth(1).getAttribute('value'))!);
      await pdfOrCode(page, grids.getByRole('button', { name: 'Grilles remplies (PDF)' }), 'grille-');
      await pdf(page, grids.getByRole('button', { name: /^Grille vierge U61/ }).first());
      expect(await page.getByText("Le document n'a pas pu être produit").count()).toBe(0);
      await context.setOffline(false);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('5. storage refused (SecurityError) or missing: a French screen that says what to do, no endless loading, no offline toast', async () => {
    const cases = [
      {
        script: () => {
          const refuse = () => {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          };
          Object.defineProperty(window, 'indexedDB', { configurable: true, value: { open: refuse, deleteDatabase: refuse, cmp: () => 0, databases: refuse } });
        },
        says: "Le navigateur refuse à Délib l'accès au stockage de ses données.",
        advice: 'navigation privée',
      },
      {
        script: () => Object.defineProperty(window, 'indexedDB', { configurable: true, value: undefined }),
        says: "Ce navigateur ne permet pas à Délib d'enregistrer des données (IndexedDB n'est pas disponible).",
        advice: 'navigateur récent',
      },
    ];
    for (const { script, says, advice } of cases) {
      // The workspace also logs the storage failure for a developer (console.warn): provoked here.
      const watched = await openWatchedPage(chromium(), baseURL, { serviceWorkers: 'allow' }, { expectedConsole: [/assets\/workspace\.svelte-/] });
      const { page } = watched;
      try {
        await page.addInitScript(script);
        await page.goto(baseURL);
        const screen = page.getByRole('alert').filter({ hasText: 'Délib ne peut pas enregistrer de données dans ce navigateur' });
        await screen.waitFor({ timeout: 10_000 });
        expect(await screen.innerText()).toContain(says);
        expect(await screen.innerText()).toContain(advice);
        expect(await page.getByText('Chargement…').count()).toBe(0);
        // The service worker installs (the app's files are cached), but « ready offline » would be a lie. The app
        // hears of the install from the worker's « installed » state change (workbox-window), before the worker is
        // active: once it is active (\`ready\`) and two frames are painted, the line would be there (shown with
        // storage said ready, this test fails).
        await page.evaluate(async () => {
          await navigator.serviceWorker.ready;
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        });
        expect(await page.getByText('Prêt à fonctionner hors ligne.').count()).toBe(0);
        expect(watched.problems.pageErrors).toEqual([]);
      } finally {
        await watched.close();
      }
    }
  });

  it('4 and 6. a jury member per tab, journaled correctly; a same-cell conflict told to the user whose value was replaced', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page: alice, context } = watched;
    try {
      await loadExample(alice, baseURL);
      await tab(alice, 'Jury');
      await openDeliberationAs(alice, 'Alice');

      // A second tab (window) of the same browser: asked who types there, since the deliberation is open.
      const bob = await context.newPage();
      await bob.goto(baseURL);
      const ask = bob.getByRole('dialog', { name: 'Qui saisit dans cet onglet ?' });
      await ask.waitFor({ timeout: 10_000 });
      await ask.getByLabel('Membre du jury (dans cet onglet)').fill('Bob');
      await ask.getByRole('button', { name: 'Valider' }).click();
      await bob.locator('.tab-member').getByText('Bob').waitFor();
      // Each header shows its own member; Alice's did not switch.
      await alice.bringToFront();
      expect(await alice.locator('.tab-member').innerText()).toContain('Alice');
      await tab(alice, 'Notes et résultats');

      const [first, second] = example.candidates;
      await changeWithReason(alice, first!.numero, 'E1', '15', 'Erreur de report (Alice)');
      await bob.bringToFront();
      await changeWithReason(bob, second!.numero, 'E1', '14', 'Erreur de report (Bob)');
      await expect.poll(async () => (await auditLines(bob)).filter((l) => l.kind === 'note').map((l) => `${l.who}:${l.after}`)).toEqual(['Alice:15', 'Bob:14']);

      // Same cell: Alice saves 12, then Bob saves 13. Alice is told her value was replaced, by whom.
      await alice.bringToFront();
      await changeWithReason(alice, first!.numero, 'E5', '12', 'Copie revue (Alice)');
      await bob.bringToFront();
      await changeWithReason(bob, first!.numero, 'E5', '13', 'Copie revue (Bob)');
      const told = alice.getByRole('status').filter({ hasText: 'Note remplacée depuis un autre onglet' });
      await told.waitFor({ timeout: 10_000 });
      expect(await told.innerText()).toContain('vous aviez saisi « 12 », Bob a enregistré « 13 »');
      expect(await bob.getByText('Note remplacée depuis un autre onglet').count()).toBe(0);
      await expect.poll(async () => (await auditLines(alice)).filter((l) => l.unit === 'E5').map((l) => l.who)).toEqual(['Alice', 'Bob']);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('6. leaving while a mark is being saved asks first; once stored, it does not', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page, context } = watched;
    try {
      await loadExample(page, baseURL);
      // Another page of the app's origin holds a read-write transaction on the marks: the edit waits behind it.
      const other = await context.newPage();
      await other.goto(`${baseURL}favicon.svg`);
      await other.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const open = indexedDB.open('delib');
            open.onsuccess = () => {
              const store = open.result.transaction('markBlocks', 'readwrite').objectStore('markBlocks');
              const w = window as unknown as { release: () => void };
              let held = true;
              w.release = () => (held = false);
              const spin = () => {
                if (held) store.count().onsuccess = spin;
              };
              spin();
              resolve();
            };
          }),
      );
      await page.bringToFront();
      await showOnly(page, example.candidates[3]!.numero);
      await typeInto(page, 'E4', '17');
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.type());
        void dialog.dismiss(); // stay on the page
      });
      await page.close({ runBeforeUnload: true });
      await expect.poll(() => dialogs).toEqual(['beforeunload']);
      expect(page.isClosed()).toBe(false);

      await other.evaluate(() => (window as unknown as { release: () => void }).release());
      await expect.poll(() => storedMarks(other, 'E4')).toContain(1700);
      // Stored: leaving no longer asks (a reload goes through, no dialog).
      const wouldAsk = () =>
        page.evaluate(() => {
          const event = new Event('beforeunload', { cancelable: true });
          window.dispatchEvent(event);
          return event.defaultPrevented;
        });
      await expect.poll(wouldAsk).toBe(false);
      dialogs.length = 0;
      await page.reload();
      await page.getByText('170 candidats', { exact: true }).waitFor();
      expect(dialogs).toEqual([]);
      await showOnly(page, example.candidates[3]!.numero);
      expect(await cell(page, 'E4').innerText()).toBe('17');
    } finally {
      await watched.close();
    }
  });

  it('3. a 2,000,000-column header is refused in French, and the page still answers', async () => {
    // How long the refusal takes (target 2 s) is measured by npm run bench (« Fichier d'une ligne de 2 000 000
    // colonnes »), not here: a test must not fail because the machine is busy.
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      const header = Buffer.from('numero' + ',x'.repeat(2_000_000), 'utf8');
      await page.getByLabel('Choisir un fichier CSV (ou le déposer ici)').setInputFiles({ name: 'colonnes.csv', mimeType: 'text/csv', buffer: header });
      const refusal = page.getByRole('alert').filter({ hasText: 'plus de 500 colonnes' });
      await refusal.waitFor();
      expect(await refusal.innerText()).toContain('« colonnes.csv » : Ligne 1 : plus de 500 colonnes.');
      // The page answers: the wizard closes, and a search shows the candidate asked for.
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByLabel('Choisir un fichier CSV (ou le déposer ici)').count()).toBe(0);
      await showOnly(page, example.candidates[5]!.numero);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
});
