// Browser test of R7 in the example session: a U62 dossier marked late in "Conformité des dossiers" makes the
// marks grid show NV in U62 and the decision NV (a mark typed over it is refused with the reason); an on-time
// date gives the previous mark and decision back; the same through a CSV import and its undo. Assumes the tab
// "Conformité des dossiers" in WorkspaceView, and the import wizard counting `plan.conformityWrites`.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatMark } from '../../src/domain/marks.ts';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import { computeResult } from '../../src/domain/results.ts';
import { candidateMarksOf } from '../../src/domain/session.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { axeOn, openWatchedPage, useChromium } from './browser.ts';
import { cell, expectNoProblems, loadExample, openDeliberationAs, pasteText, showOnly, typeInto } from './workspace-page.ts';

const example = buildExampleSession();

/** An ADMIS candidate of the example with a numeric U62 mark that is not a bénéfice. */
const target = (() => {
  const ref = example.candidates.findIndex((_, i) => {
    const records = example.marks.filter((m) => m.candidateRef === i);
    const u62 = records.find((m) => m.unit === 'U62');
    return u62?.value.kind === 'number' && !u62.benefice && computeResult(candidateMarksOf(records), ccst).decision === 'ADMIS';
  });
  const u62 = example.marks.find((m) => m.candidateRef === ref && m.unit === 'U62')!;
  return { ...example.candidates[ref]!, u62: formatMark(u62.value) };
})();

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
}

/** In the conformity tab: shows only the target and opens their panel. */
async function openDossier(page: Page) {
  await openTab(page, 'Conformité des dossiers');
  await page.getByLabel('Rechercher').fill(target.numero);
  await expect.poll(() => cell(page, 'numero').innerText()).toBe(target.numero);
  await cell(page, 'nom').click();
  await page.getByRole('heading', { name: `Dossier de ${target.nom} ${target.prenom} (${target.numero})` }).waitFor();
}

describe('R7 dossier conformity in Chromium', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('R7: a late U62 dossier gives NV in U62 and the decision NV; an on-time date restores the mark and the decision', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await showOnly(page, target.numero);
      expect(await cell(page, 'U62').innerText()).toBe(target.u62);
      expect(await cell(page, 'decision').innerText()).toBe('Admis');

      // The example's deadline is 12/04/2024: deposited on the 20th, U62 is non conforme.
      await openDossier(page);
      await page.getByLabel('Date de dépôt U62').fill('20/04/2024');
      await page.getByLabel('Date de dépôt U62').press('Enter');
      await expect.poll(() => cell(page, 'U62-status').innerText()).toBe('Non conforme');
      await expect
        .poll(() => page.getByRole('list', { name: 'Statut de chaque épreuve' }).innerText())
        .toContain('U62 : Non conforme — autres (à préciser) : dossier déposé hors délai (le 20/04/2024, date limite le 12/04/2024)');
      const { violations } = await axeOn(page).analyze();
      expect(violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))).toEqual([]);

      await openTab(page, 'Notes et résultats');
      await showOnly(page, target.numero);
      await expect.poll(() => cell(page, 'U62').innerText()).toBe('NV');
      expect(await cell(page, 'decision').innerText()).toBe('Non valide');

      // A mark typed over that NV is refused, with the reason, and the NV stays.
      await typeInto(page, 'U62', '15');
      await expect.poll(() => page.locator('main .notices').innerText()).toContain('dossier non conforme (autres (à préciser) : dossier déposé hors délai');
      await expect.poll(() => cell(page, 'U62').innerText()).toBe('NV');

      // Deposited on time after all: the previous mark and decision come back.
      await openDossier(page);
      await page.getByLabel('Date de dépôt U62').fill('10/04/2024');
      await page.getByLabel('Date de dépôt U62').press('Enter');
      await expect.poll(() => cell(page, 'U62-status').innerText()).not.toBe('Non conforme');
      await openTab(page, 'Notes et résultats');
      await showOnly(page, target.numero);
      await expect.poll(() => cell(page, 'U62').innerText()).toBe(target.u62);
      expect(await cell(page, 'decision').innerText()).toBe('Admis');

      // And it holds across a reload.
      await page.reload();
      await page.getByText('170 candidats', { exact: true }).waitFor();
      await showOnly(page, target.numero);
      expect(await cell(page, 'U62').innerText()).toBe(target.u62);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('R7: conformity imported from a CSV (late U62 deposit) sets NV; undoing the import restores the mark', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      const csv = `numero;Stage 1re année;Stage 2e année;Dépôt E62\n${target.numero};6;8;20/04/2024\n`;
      await page
        .getByLabel('Choisir un fichier CSV (ou le déposer ici)')
        .setInputFiles({ name: 'depots.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await page.getByRole('heading', { name: '3. Aperçu' }).waitFor();
      await expect.poll(() => page.locator('.preview').innerText()).toContain('Conformité U62 : À contrôler → Non conforme (NV)');
      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      await page.getByText('Dernier import : « depots.csv »').waitFor();
      await showOnly(page, target.numero);
      await expect.poll(() => cell(page, 'U62').innerText()).toBe('NV');
      expect(await cell(page, 'decision').innerText()).toBe('Non valide');

      await page.getByRole('button', { name: 'Annuler le dernier import' }).click();
      await page.getByText(/Import de « depots.csv » annulé/).waitFor();
      await expect.poll(() => cell(page, 'U62').innerText()).toBe(target.u62);
      expect(await cell(page, 'decision').innerText()).toBe('Admis');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('R7: a check edited in the conformity grid (fiche E4 = non) makes E4 non conforme and NV; Ctrl+Z gives the mark back, Ctrl+V enters a check', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openDossier(page);
      // Typed like a mark: N then Enter (an unknown answer is refused with a French message first).
      await cell(page, 'E4-fiche').click();
      await page.keyboard.type('peut-être');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('.conformity-grid .refusal').innerText())
        .toContain("« peut-être » n'est pas une réponse (O = oui, N = non, vide = non vérifié)");
      await page.keyboard.press('Escape');
      // As a person does, the answer is typed once the editor has closed and the cell has the focus again.
      await expect
        .poll(() =>
          page.evaluate(() =>
            document.activeElement?.matches('.ag-cell:not(.ag-cell-inline-editing)') ? document.activeElement.getAttribute('col-id') : null,
          ),
        )
        .toBe('E4-fiche');
      await page.keyboard.type('n');
      await page.keyboard.press('Enter');
      await expect.poll(() => cell(page, 'E4-fiche').innerText()).toBe('non');
      await expect.poll(() => cell(page, 'E4-status').innerText(), { timeout: 10_000 }).toBe('Non conforme');
      expect(await cell(page, 'E4-fiche').innerText()).toBe('non');
      expect(await page.locator('.conformity-grid .refusal').innerText()).toBe('');
      await openTab(page, 'Notes et résultats');
      await showOnly(page, target.numero);
      await expect.poll(() => cell(page, 'E4').innerText()).toBe('NV');
      const e4 = example.marks.find((m) => m.candidateRef === example.candidates.findIndex((c) => c.numero === target.numero) && m.unit === 'E4')!;

      // Ctrl+Z on the grid puts the check back (« non vérifié »), through the same write: the NV is lifted.
      await openTab(page, 'Conformité des dossiers');
      await cell(page, 'nom').click();
      await page.keyboard.press('Control+z');
      await expect.poll(() => cell(page, 'E4-fiche').innerText()).toBe('');
      await expect.poll(() => cell(page, 'E4-status').innerText()).not.toBe('Non conforme');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('col-id'))).toBe('E4-fiche');
      // One value pasted on a check is entered as typed; what is not an answer is refused under the grid.
      await cell(page, 'E4-signed').click();
      await pasteText(page, 'oui');
      await expect.poll(() => cell(page, 'E4-signed').innerText()).toBe('oui');
      await pasteText(page, 'bof');
      await expect
        .poll(() => page.locator('.conformity-grid .refusal').innerText())
        .toBe(
          `E4 Signées, ${target.nom} ${target.prenom} (${target.numero}) : « bof » n'est pas une réponse (O = oui, N = non, vide = non vérifié). Rien n'a été collé.`,
        );
      await openTab(page, 'Notes et résultats');
      await showOnly(page, target.numero);
      await expect.poll(() => cell(page, 'E4').innerText()).toBe(formatMark(e4.value));
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
  it('R7: a block of answers pasted from a spreadsheet, one value filling a block, Suppr emptying it: each written at once, each undone by one Ctrl+Z', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openTab(page, 'Conformité des dossiers');
      const grid = page.locator('.conformity-grid');
      const refusal = grid.locator('.refusal');
      const shown = (cols: string[], rows: number[]) => Promise.all(rows.map((row) => Promise.all(cols.map((col) => cell(page, col, row).innerText()))));
      const checks = ['E4-pieces', 'E4-signed', 'E4-stamped'];
      const before = await shown([...checks, 'E4-status'], [0, 1]);

      // Two lines of three answers, as a spreadsheet copies them, pasted on the first candidate's « Pièces ».
      await cell(page, 'E4-pieces', 0).click();
      await pasteText(page, 'O\tN\toui\r\nnon\tx\t?\r\n');
      await expect
        .poll(() => shown(checks, [0, 1]))
        .toEqual([
          ['oui', 'non', 'oui'],
          ['non', 'oui', ''],
        ]);
      // The answers' effect follows, as for a typed check: a missing piece makes E4 non conforme (NV).
      await expect.poll(() => shown(['E4-status'], [0, 1])).toEqual([['Non conforme'], ['Non conforme']]);
      await page.getByText('Conformité enregistrée pour 2 candidats ; notes changées pour 2 candidats.').waitFor();
      expect(await refusal.innerText()).toBe('');
      // One Ctrl+Z puts the whole block back, its NV lifted.
      await page.keyboard.press('Control+z');
      await expect.poll(() => shown([...checks, 'E4-status'], [0, 1])).toEqual(before);

      // A block chosen with Shift: one value fills its checks, Suppr empties them, Ctrl+Z gives them back.
      await cell(page, 'E4-signed', 2).click();
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Shift+ArrowRight');
      await pasteText(page, 'O');
      await expect
        .poll(() => shown(['E4-signed', 'E4-stamped'], [2, 3]))
        .toEqual([
          ['oui', 'oui'],
          ['oui', 'oui'],
        ]);
      expect(await grid.locator('.ag-cell.cell-in-block').count()).toBe(4);
      await page.keyboard.press('Delete');
      await expect
        .poll(() => shown(['E4-signed', 'E4-stamped'], [2, 3]))
        .toEqual([
          ['', ''],
          ['', ''],
        ]);
      await page.keyboard.press('Control+z');
      await expect
        .poll(() => shown(['E4-signed', 'E4-stamped'], [2, 3]))
        .toEqual([
          ['oui', 'oui'],
          ['oui', 'oui'],
        ]);

      // Cells that would fall on a column that takes no answer: refused whole, saying where, nothing written.
      await cell(page, 'E4-fiche', 0).click();
      const fiche = await shown(['E4-fiche'], [0, 1]);
      await pasteText(page, 'O\tO\r\nO\tO');
      await expect
        .poll(() => refusal.innerText())
        .toBe(
          "Collage refusé : 2 colonnes collées à partir de « E4 Fiche » : la 2e tomberait sur « E4 Dépôt », qui ne reçoit pas de réponse. Rien n'a été collé.",
        );
      expect(await shown(['E4-fiche'], [0, 1])).toEqual(fiche);

      // A sheet copied whole, with the headings of its numbers and names: read as a file is, through the import's preview.
      const [numero, nom] = [await cell(page, 'numero', 0).innerText(), await cell(page, 'nom', 0).innerText()];
      await pasteText(page, `N° candidat\tNom\tAttestations de stage\r\n${numero}\t${nom}\toui\r\n`);
      await page.getByRole('heading', { name: '1. Lecture des lignes collées' }).waitFor();
      await expect.poll(() => page.locator('.wizard .counts').innerText()).toMatch(/^1 ligne : 0 nouveau candidat/);
      await page.getByRole('button', { name: "Fermer l'import" }).click();
      expect(await shown(['E4-fiche'], [0, 1])).toEqual(fiche);

      // During the deliberation, a block that turns marks into NV asks the jury's reason once, for all of them; each
      // mark changed is written in the journal with it.
      await openDeliberationAs(page, 'Mme Garnier');
      await cell(page, 'E4-pieces', 0).click();
      await pasteText(page, 'N\r\nN\r\n');
      const dialog = page.getByRole('dialog', { name: 'Motif de la modification' });
      await dialog.waitFor();
      expect(await dialog.innerText()).toMatch(/E4 de .+ → NV ; E4 de .+ → NV/);
      expect(await shown(['E4-pieces'], [0, 1])).toEqual([before[0]!.slice(0, 1), before[1]!.slice(0, 1)]);
      await dialog.getByLabel('Motif (noté au journal de la délibération)').fill('Certificats absents');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => shown(['E4-pieces', 'E4-status'], [0, 1]))
        .toEqual([
          ['non', 'Non conforme'],
          ['non', 'Non conforme'],
        ]);
      await page.getByRole('tab', { name: 'Journal' }).click();
      await expect.poll(() => page.getByRole('cell', { name: 'Certificats absents' }).count()).toBe(2);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
});
