import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { EMPTY, formatMark, numberMark } from '../../src/domain/marks.ts';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import { computeResult } from '../../src/domain/results.ts';
import { candidateMarksOf, controleKey } from '../../src/domain/session.ts';
import { writeCsv } from '../../src/io/csv.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { axeOn, openWatchedPage, useChromium } from './browser.ts';
import { cell, loadExample, openMenu, showOnly, typeInto, expectNoProblems } from './workspace-page.ts';

const example = buildExampleSession();
const marksOf = (ref: number) => candidateMarksOf(example.marks.filter((m) => m.candidateRef === ref));

/** A CONTROLE candidate of the example whom 20 in E4 makes ADMIS: the edit visibly changes the decision. */
const target = (() => {
  const ref = example.candidates.findIndex((_, i) => {
    const marks = marksOf(i);
    if (Object.keys(marks.controle).length > 0 || computeResult(marks, ccst).decision !== 'CONTROLE') return false;
    return computeResult({ marks: { ...marks.marks, E4: numberMark(2000) } }, ccst).decision === 'ADMIS';
  });
  return { ...example.candidates[ref]!, marks: marksOf(ref).marks };
})();

describe('the jury workspace in Chromium', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('edits a mark, updates the moyenne and decision live, keeps it across reload, refuses an invalid mark', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await showOnly(page, target.numero);
      expect(await cell(page, 'decision').innerText()).toBe('Épreuve de contrôle');
      const moyenneBefore = await cell(page, 'moyenne').innerText();

      await typeInto(page, 'E4', '20');
      await expect.poll(() => cell(page, 'decision').innerText()).toBe('Admis');
      expect(await cell(page, 'moyenne').innerText()).not.toBe(moyenneBefore);
      expect(await cell(page, 'E4').innerText()).toBe('20');
      // The explanation panel (Ctrl+I) follows the selected candidate.
      await page.keyboard.press('Control+i');
      await expect.poll(() => page.getByRole('complementary').innerText()).toContain(`${target.nom} ${target.prenom}`);

      // An invalid entry is refused at the cell with a French message; Escape gives the old value back.
      const e5Before = formatMark(target.marks.E5 ?? EMPTY);
      await typeInto(page, 'E5', '25');
      await expect.poll(() => page.getByRole('alert').innerText()).toContain('« 25 » : note supérieure à 20');
      // Screen readers are told in French too (AG Grid's own words were « Cell Editor Validation »).
      await expect.poll(() => page.locator('#panel-notes .ag-aria-description-container').textContent()).toContain('Saisie refusée');
      await page.keyboard.press('Escape');
      await expect.poll(() => cell(page, 'E5').innerText()).toBe(e5Before);
      // A mark typed on a computed cell or a name is not lost without a word.
      await cell(page, 'moyenne').click();
      await page.keyboard.type('12');
      await expect
        .poll(() => page.getByRole('alert').innerText())
        .toContain('La colonne « Moyenne » est calculée par Délib à partir des notes : saisissez les notes des épreuves.');
      await cell(page, 'nom').click();
      await page.keyboard.type('D');
      await expect.poll(() => page.getByRole('alert').innerText()).toContain("La colonne « Nom » se modifie dans l'onglet « Candidats »");

      await page.reload();
      await page.getByText('170 candidats', { exact: true }).waitFor();
      await showOnly(page, target.numero);
      expect(await cell(page, 'E4').innerText()).toBe('20');
      expect(await cell(page, 'E5').innerText()).toBe(e5Before);
      expect(await cell(page, 'decision').innerText()).toBe('Admis');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('shows one tab’s edits in another tab of the same session', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    try {
      const first = watched.page;
      await loadExample(first, baseURL);
      const second = await watched.context.newPage();
      await second.goto(baseURL);
      await second.getByText('170 candidats', { exact: true }).waitFor();
      await showOnly(first, target.numero);
      await showOnly(second, target.numero);

      await typeInto(first, 'E4', '20');
      await expect.poll(() => cell(second, 'E4').innerText(), { timeout: 10_000 }).toBe('20');
      await expect.poll(() => cell(second, 'decision').innerText()).toBe('Admis');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('exports the results CSV byte for byte as the CLI computes it from the same candidates', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { acceptDownloads: true });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openMenu(page, 'Exporter…');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter les résultats (CSV)' }).click()]);
      const exported = readFileSync((await download.path())!);

      const dir = mkdtempSync(join(tmpdir(), 'delib-e2e-'));
      const input = join(dir, 'exemple.csv');
      const controleColumns = ccst.controle.units.map((u) => controleKey(u.code));
      const codes = ccst.units.map((u) => u.code);
      writeFileSync(
        input,
        writeCsv([
          ['numero', 'nom', 'prenom', ...codes, ...controleColumns],
          ...example.candidates.map((c, ref) => {
            const byUnit = new Map(example.marks.filter((m) => m.candidateRef === ref).map((m) => [m.unit, formatMark(m.value)]));
            return [c.numero, c.nom, c.prenom, ...[...codes, ...controleColumns].map((u) => byUnit.get(u) ?? '')];
          }),
        ]),
      );
      const cli = await promisify(execFile)('npm', ['run', '--silent', 'delib', '--', 'results', input], {
        encoding: 'buffer',
        maxBuffer: 10 * 2 ** 20,
      });
      rmSync(dir, { recursive: true, force: true });
      expect(exported.equals(cli.stdout)).toBe(true);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  }, 60_000);

  it('exports the results of the candidates shown when filtered, says so in the menu and in the file name', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { acceptDownloads: true, viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await page.getByLabel('Décision').selectOption({ label: 'Ajourné' });
      // As many as the status bar says are shown.
      const shown = await page.getByText(/^\d+ candidats affichés sur 170$/).innerText();
      const ajournes = Number(shown.split(' ')[0]);
      expect(ajournes).toBeGreaterThan(1);
      await openMenu(page, 'Exporter…');
      const note = page.getByText(/^Filtres ou recherche actifs/);
      expect(await note.innerText()).toBe(
        `Filtres ou recherche actifs : les résultats et la feuille d'une épreuve ne contiennent que les ${ajournes} candidats affichés sur 170 ; la session complète les contient tous.`,
      );
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter les résultats (CSV)' }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`-${ajournes}-sur-170\\.csv$`));
      const lines = readFileSync((await download.path())!, 'utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      const decision = lines[0]!.split(';').indexOf('decision');
      expect(lines.slice(1).map((l) => l.split(';')[decision])).toEqual(Array(ajournes).fill('AJOURNE'));
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('has no accessibility violation on the workspace (axe)', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await cell(page, 'E1').click();
      await page.screenshot({ path: 'test-results/workspace.png' });
      const { violations } = await axeOn(page).analyze();
      expect(violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))).toEqual([]);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
});
