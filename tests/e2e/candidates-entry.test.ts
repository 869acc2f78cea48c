// Candidates as a teacher enters them, at 1366×768 on the production build: typed one after the other in the
// blank row under the grid (the number may come later: « numéro à venir »), then the numbers file pasted from a
// spreadsheet, whose preview recognises the candidate by nom + prénom + date de naissance — only once accepted.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeOn, openWatchedPage, useChromium } from './browser.ts';
import { measureGrid, openTab, seenWhole } from './layout-page.ts';
import { createEmptySession, expectNoProblems, loadExample, pasteText, storedRecords } from './workspace-page.ts';

/**
 * A grid's « no rows » text lies inside its grid and the 1366×768 window (AG Grid's overlay lets clicks through:
 * elementFromPoint sees under it, so boxes are compared).
 */
async function insideGrid(text: Locator, panel: Locator): Promise<boolean> {
  const [box, grid] = [(await text.boundingBox())!, (await panel.locator('.ag-root-wrapper').boundingBox())!];
  return (
    box.y >= grid.y && box.y + box.height <= Math.min(grid.y + grid.height, 768) && box.x >= grid.x && box.x + box.width <= Math.min(grid.x + grid.width, 1366)
  );
}

/** The Candidats grid and a cell of its blank row (« + ajouter… »), where candidates are typed. */
function candidatsGrid(page: Page) {
  const panel = page.locator('#panel-candidats');
  const draft = (colId: string) => panel.locator(`.ag-row-pinned .ag-cell[col-id="${colId}"]`);
  /** A cell of the blank row clicked, and focused (what a person sees before typing: keys typed sooner went elsewhere). */
  const clickDraft = async (colId: string) => {
    await draft(colId).click();
    await expect
      .poll(() => page.evaluate((id) => !!document.activeElement?.closest(`#panel-candidats .ag-row-pinned .ag-cell[col-id="${id}"]`), colId))
      .toBe(true);
  };
  return { panel, draft, clickDraft };
}

/** Cells typed one after the other with Tab, then Entrée, as a teacher types a row. */
async function typeRow(page: Page, cells: string[]) {
  for (const [i, text] of cells.entries()) {
    await page.keyboard.type(text);
    await page.keyboard.press(i < cells.length - 1 ? 'Tab' : 'Enter');
  }
}

describe('entering candidates in the Candidats grid', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('a new session says how to fill it, and its button opens the Candidats grid ready for the first name', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await createEmptySession(page, baseURL, 'BTS CCST 2025');

      // Over the empty grid, on screen and on top, in place of AG Grid's « no rows » line (not drawn under it).
      const help = page.getByRole('region', { name: 'Aucun candidat dans cette session' });
      await help.waitFor();
      const start = help.getByRole('button', { name: 'Saisir ou coller les candidats' });
      // The dialog gone, the focus is on what comes next (it was left on nothing: the page's body).
      await expect.poll(() => start.evaluate((button) => button === document.activeElement)).toBe(true);
      for (const part of [help.getByRole('heading'), start, help.getByRole('button', { name: 'Importer depuis un fichier' })])
        expect(await seenWhole(part)).toBe(true);
      expect(await page.locator('#panel-notes .ag-overlay-no-rows-wrapper').evaluate((e) => getComputedStyle(e).visibility)).toBe('hidden');
      const { violations } = await axeOn(page).analyze();
      expect(violations.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))).toEqual([]);

      // The other tabs say it in words too: the conformity grid why it has no row (AG Grid's « Aucune ligne à
      // afficher » before), the jury's pass rate no « — — 0 admis sur 0 candidat ».
      await openTab(page, 'Conformité des dossiers');
      const conformity = page.locator('#panel-conformite');
      const noDossier = conformity
        .locator('.ag-overlay')
        .getByText('Aucun candidat dans cette session : saisissez-les dans l’onglet « Candidats » ou importez un fichier.');
      await noDossier.waitFor();
      expect(await insideGrid(noDossier, conformity)).toBe(true);
      await openTab(page, 'Jury');
      const rate = page.locator('#panel-jury .pass-rate');
      await expect.poll(() => rate.innerText()).toBe('Taux de réussite : aucun candidat n’a encore de décision (un candidat incomplet ne compte pas).');
      expect(await seenWhole(rate)).toBe(true);
      await openTab(page, 'Notes et résultats');

      // Straight to the blank row's Nom: typed like in a spreadsheet, Enter stores the candidate.
      await start.click();
      const panel = page.locator('#panel-candidats');
      await panel.locator('.ag-overlay').getByText('Aucun candidat : tapez le premier dans la ligne « + ajouter… » en bas').waitFor();
      await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.ag-row-pinned .ag-cell[col-id="nom"]'))).toBe(true);
      await page.keyboard.type('Martin');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Léa');
      await page.keyboard.press('Enter');
      await panel.locator('.ag-row:not(.ag-row-pinned) .ag-cell[col-id="nom"]', { hasText: 'Martin' }).waitFor();

      await openTab(page, 'Notes et résultats');
      await page.locator('#panel-notes .ag-row .ag-cell[col-id="nom"]', { hasText: 'Martin' }).waitFor();
      expect(await help.count()).toBe(0);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('a session created from the « Session… » menu: the focus is on « Saisir ou coller les candidats » once its dialog closes', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await page.locator('summary', { hasText: 'Session…' }).click();
      await page.getByRole('button', { name: 'Nouvelle session' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nouvelle session' });
      await dialog.getByRole('textbox', { name: 'Nom de la session' }).fill('BTS CCST 2026 — Albi');
      await page.keyboard.press('Enter');
      const start = page.getByRole('button', { name: 'Saisir ou coller les candidats' });
      await start.waitFor();
      await expect.poll(() => start.evaluate((button) => button === document.activeElement)).toBe(true);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('adds rows inline and keeps typing, then gives them their number from pasted rows after the user accepts the match', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openTab(page, 'Candidats');
      const { panel, draft, clickDraft } = candidatsGrid(page);

      // The blank row is on screen, inside the window, and says what to do.
      await expect.poll(() => draft('nom').innerText()).toBe('+ ajouter…');
      const box = (await draft('nom').boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(768);

      // A row without its name is not stored: the status line says why.
      await clickDraft('prenom');
      await page.keyboard.type('Sans');
      await page.keyboard.press('Enter');
      await expect.poll(() => panel.locator('.grid-screen-refusal').innerText()).toContain('Nouvelle ligne : le nom est obligatoire.');

      // Typed like in a spreadsheet: Tab to the next cell, Enter stores the row and starts the next one in Nom.
      await clickDraft('nom');
      await typeRow(page, ['Zola', 'Émile', '02/04/2005']);
      const stored = (nom: string) => panel.locator('.ag-row:not(.ag-row-pinned) .ag-cell[col-id="nom"]', { hasText: nom });
      await stored('Zola').waitFor();
      await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.ag-row-pinned .ag-cell[col-id="nom"]'))).toBe(true);
      await page.keyboard.type('Hugo');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Victor');
      await page.keyboard.press('Enter');
      await stored('Hugo').waitFor();
      expect(await panel.locator('.grid-screen-refusal').innerText()).toBe('');

      // Stored « numéro à venir », shown so in the grid (sorted first: no number yet).
      const zolaId = await stored('Zola').evaluate((c) => c.closest('.ag-row')!.getAttribute('row-id'));
      const numero = panel.locator(`.ag-row[row-id="${zolaId}"] .ag-cell[col-id="numero"]`);
      await expect.poll(() => numero.innerText()).toBe('numéro à venir');
      expect((await measureGrid(page, '#panel-candidats'))!.fullRows).toBeGreaterThanOrEqual(15);
      // And so in the notes grid (it was a blank there).
      await page.getByRole('tab', { name: 'Notes et résultats' }).click();
      await expect.poll(() => page.locator(`#panel-notes .ag-row[row-id="${zolaId}"] .ag-cell[col-id="numero"]`).innerText()).toBe('numéro à venir');
      await page.getByRole('tab', { name: 'Candidats' }).click();
      await stored('Zola').waitFor();

      // The numbers arrive in a spreadsheet: its rows are pasted in the grid (outside a cell being edited).
      await panel.locator('.ag-row[row-index="5"]:not(.ag-row-pinned) .ag-cell[col-id="statut"]').click();
      await pasteText(page, '0299999\tZOLA\tEmile\t02/04/2005\n0299998\tNouveau\tNé\t01/01/2005\n');
      const wizard = page.getByRole('region', { name: /Importer les lignes collées/ });
      await page.getByRole('heading', { name: '1. Lecture des lignes collées' }).waitFor();
      // The wizard takes the grid's place: its summary and its button are in sight, above the window's lower edge.
      expect(await panel.isVisible()).toBe(false);
      const matches = page.getByRole('group', { name: 'Candidats « numéro à venir » reconnus' });
      await expect.poll(() => matches.innerText()).toContain('Rien n’est rattaché sans votre accord');
      const preview = page.getByRole('region', { name: 'Aperçu ligne par ligne' });
      await expect.poll(() => preview.innerText()).toContain('cochez « Donner leur numéro aux candidats reconnus »');
      await matches.getByLabel('Donner leur numéro aux candidats reconnus').check();
      await expect.poll(() => preview.innerText()).toContain('rattaché (numéro à venir)');
      const importButton = wizard.getByRole('button', { name: 'Importer', exact: true });
      expect(await seenWhole(importButton)).toBe(true);
      expect(await seenWhole(wizard.locator('.counts'))).toBe(true);
      await importButton.click();
      // Applied: the wizard closes, the notice says what was written, and the grid is back with the focus on the cell
      // the rows were pasted on.
      await page.getByText(/^Import de « collage » appliqué : 1 candidat créé, 1 fiche de candidat modifiée/).waitFor();
      expect(await wizard.count()).toBe(0);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.closest('#panel-candidats .ag-cell')?.getAttribute('col-id') ?? document.activeElement?.id))
        .toBe('statut');
      await stored('Nouveau').waitFor();
      await expect.poll(() => numero.innerText()).toBe('0299999');
      expect(await panel.locator(`.ag-row[row-id="${zolaId}"] .ag-cell[col-id="nom"]`).innerText()).toBe('Zola');

      // Undone like any import: the number goes back to « à venir ».
      await page.getByRole('button', { name: 'Annuler le dernier import' }).click();
      await expect.poll(() => stored('Nouveau').count()).toBe(0);
      await expect.poll(() => numero.innerText()).toBe('numéro à venir');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('keeps a blank row typed and not stored when another tab is opened, asks before leaving the page, and stores it on Enter', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openTab(page, 'Candidats');
      const { panel, draft, clickDraft } = candidatsGrid(page);
      await clickDraft('nom');
      await page.keyboard.type('Sand');
      await page.keyboard.press('Tab');
      await page.keyboard.type('George');
      await page.keyboard.press('Tab');

      // Away and back: the row is still there, and the status line says it is not stored yet.
      await openTab(page, 'Notes et résultats');
      await openTab(page, 'Candidats');
      await expect.poll(() => draft('nom').innerText()).toBe('Sand');
      expect(await draft('prenom').innerText()).toBe('George');
      expect(await panel.locator('.grid-screen-refusal').innerText()).toContain('Nouvelle ligne pas encore enregistrée');

      // Leaving the page now asks first (the browser's own confirmation): dismissed, the page stays.
      const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.type()))));
      await page.evaluate(() => {
        // A user gesture is needed for Chromium to show the confirmation; the click above gave one.
        location.reload();
      });
      expect(await asked).toBe('beforeunload');
      await expect.poll(() => draft('nom').innerText()).toBe('Sand');

      await clickDraft('prenom');
      await page.keyboard.press('Enter');
      await panel.locator('.ag-row:not(.ag-row-pinned) .ag-cell[col-id="nom"]', { hasText: 'Sand' }).waitFor();
      // Stored: a fresh blank row takes its place, typing goes on in its Nom, and nothing is left to keep.
      await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.ag-row-pinned .ag-cell[col-id="nom"]'))).toBe(true);
      expect(await draft('prenom').innerText()).toBe('');
      expect(await panel.locator('.grid-screen-refusal').innerText()).toBe('');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  // The Candidats grid has the blank row's module (PinnedRowModule), which once stopped the Conformité grid from
  // storing an answer typed after a refused one: the same sequence here must store the second value.
  it('stores a value typed after a refused one, and keeps it when the tab is opened again', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openTab(page, 'Candidats');
      const panel = page.locator('#panel-candidats');
      const firstRowId = await panel.locator('.ag-row[row-index="0"]:not(.ag-row-pinned)').first().getAttribute('row-id');
      const date = () => panel.locator(`.ag-row[row-id="${firstRowId}"] .ag-cell[col-id="dateNaissance"]`);
      // Typing over a cell replaces its value, as in a spreadsheet (Enter alone moves down).
      await date().click();
      await page.keyboard.type('31/02/2005');
      await page.keyboard.press('Enter');
      await expect.poll(() => panel.locator('.grid-screen-refusal').innerText()).toContain('31/02/2005');
      await page.keyboard.press('Escape');
      // As a person does, the answer is typed once the editor has closed and the cell has the focus again (keys sent
      // with no delay at all before that can be lost); the Conformité test waits the same way.
      await expect
        .poll(() =>
          page.evaluate(() =>
            document.activeElement?.matches('.ag-cell:not(.ag-cell-inline-editing)') ? document.activeElement.getAttribute('col-id') : null,
          ),
        )
        .toBe('dateNaissance');
      await page.keyboard.type('03/04/2005');
      await page.keyboard.press('Enter');
      await expect.poll(() => date().innerText()).toBe('03/04/2005');
      await expect.poll(() => panel.locator('.grid-screen-refusal').innerText()).toBe('');
      // Read back from the database: another tab and back rebuilds the grid from what is stored.
      await openTab(page, 'Notes et résultats');
      await openTab(page, 'Candidats');
      await expect.poll(() => date().innerText()).toBe('03/04/2005');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('does not store a new row whose birth date is refused: the date stays in edit with the refusal, the row is stored once it is right', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openTab(page, 'Candidats');
      const { panel, clickDraft } = candidatsGrid(page);
      const before = await storedRecords<{ nom: string }>(page, 'candidates');
      await clickDraft('nom');
      await typeRow(page, ['Durandel', 'Élodie', '31/02/2004']);
      await expect.poll(() => panel.locator('.grid-screen-refusal').innerText()).toContain('31/02/2004');
      expect(await seenWhole(panel.locator('.grid-screen-refusal'))).toBe(true);
      // Nothing stored without the date the teacher typed (it was stored with none, and « ajouté » said).
      await expect.poll(async () => (await storedRecords<{ nom: string }>(page, 'candidates')).length).toBe(before.length);
      expect(await page.locator('.ag-row-pinned .ag-cell-inline-editing[col-id="dateNaissance"]').count()).toBe(1);
      await page.keyboard.press('Control+a');
      await page.keyboard.type('28/02/2004');
      await page.keyboard.press('Enter');
      await expect
        .poll(
          async () => (await storedRecords<{ nom: string; dateNaissance: string | null }>(page, 'candidates')).find((c) => c.nom === 'Durandel')?.dateNaissance,
        )
        .toBe('2004-02-28');
      expect((await storedRecords<{ nom: string }>(page, 'candidates')).length).toBe(before.length + 1);

      // A row typed from its number into the blank row that starts at Nom: the number is refused as a name, said why.
      await page.keyboard.type('02500000001');
      await page.keyboard.press('Tab');
      await expect
        .poll(() => panel.locator('.grid-screen-refusal').innerText())
        .toContain('Le nom « 02500000001 » est un nombre : un numéro de candidat va dans la colonne N°');
      expect(await seenWhole(panel.locator('.grid-screen-refusal'))).toBe(true);
      expect(await page.locator('.ag-row-pinned .ag-cell-inline-editing[col-id="nom"]').count()).toBe(1);
      expect((await storedRecords<{ nom: string }>(page, 'candidates')).length).toBe(before.length + 1);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('brings the focus to « Importer » with its ring drawn when rows are pasted after a mouse click in the grid', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openTab(page, 'Candidats');
      // Only the mouse before the paste: the browser alone would not draw the ring of a focus moved by the page then.
      await page.locator('#panel-candidats .ag-row[row-index="5"]:not(.ag-row-pinned) .ag-cell[col-id="statut"]').click();
      await pasteText(page, '0299998\tNouveau\tNé\t01/01/2005\n');
      const focused = () =>
        page.evaluate(() => {
          const element = document.activeElement!;
          return [element.textContent?.trim(), getComputedStyle(element).outlineStyle, getComputedStyle(element).outlineWidth];
        });
      await expect.poll(focused).toEqual(['Importer', 'solid', '3px']);
      expect(await seenWhole(page.getByRole('button', { name: 'Importer', exact: true }))).toBe(true);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
  it('takes rows copied with a class list’s « Élève » heading for candidates: their names split in the preview, the line that cannot be split refused in sight', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openTab(page, 'Candidats');
      await page.locator('#panel-candidats .ag-row[row-index="5"]:not(.ag-row-pinned) .ag-cell[col-id="statut"]').click();
      await pasteText(page, 'Élève\tNé(e) le\nPETIT Jade\t05/03/2004\nRoux Anna\t01/01/2005\n');
      const wizard = page.getByRole('region', { name: /Importer les lignes collées/ });
      const field = wizard.getByLabel('Champ pour la colonne « Élève »');
      await expect.poll(() => field.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent?.trim())).toBe('Nom et prénom (une colonne)');
      // No numbers: the lines come in « numéro à venir », once asked for.
      await wizard.getByLabel('Ajouter les lignes sans numéro (numéro à venir)').check();
      const preview = page.getByRole('region', { name: 'Aperçu ligne par ligne' });
      await expect.poll(() => preview.innerText()).toContain('Nom : (vide) → PETIT ; Prénom : (vide) → Jade');
      const refusal = preview.getByText('« Roux Anna » : le nom ne se distingue pas du prénom', { exact: false });
      await refusal.scrollIntoViewIfNeeded();
      expect(await seenWhole(refusal)).toBe(true);
      const importButton = wizard.getByRole('button', { name: /^Importer la ligne valide/ });
      await importButton.scrollIntoViewIfNeeded();
      expect(await seenWhole(importButton)).toBe(true);
      await importButton.click();
      await page.getByText(/^Import de « collage » appliqué : 1 candidat créé/).waitFor();
      await page.getByLabel('Rechercher').fill('Jade');
      const row = page.locator('#panel-candidats .ag-row:not(.ag-row-pinned)').filter({ has: page.locator('.ag-cell[col-id="nom"]', { hasText: /^PETIT$/ }) });
      await expect.poll(() => row.locator('.ag-cell[col-id="prenom"]').innerText()).toBe('Jade');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('an établissement typed in its cell, as in a spreadsheet: part of its name, or its code; a name that could be two is asked again', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openTab(page, 'Candidats');
      const { panel, clickDraft } = candidatsGrid(page);
      const etablissement = panel.locator('.ag-row[row-index="0"]:not(.ag-row-pinned) .ag-cell[col-id="etablissement"]');
      const nom = await panel.locator('.ag-row[row-index="0"]:not(.ag-row-pinned) .ag-cell[col-id="nom"]').innerText();
      await etablissement.click();
      // Typing starts the entry (the list stayed on « (aucun) » and Entrée stored that).
      await page.keyboard.type('myriam');
      await page.keyboard.press('Enter');
      await expect.poll(() => etablissement.innerText()).toBe('Lycée Myriam');
      // Two names hold « hessel »: refused, said where and what, nothing stored; Échap puts the cell back.
      await page.keyboard.press('ArrowUp');
      await page.keyboard.type('hessel');
      await page.keyboard.press('Enter');
      const refusal = page.getByText(/« hessel » peut être LGT Hessel, LP Hessel ; précisez\. Corrigez la saisie/);
      await refusal.waitFor();
      expect(await refusal.innerText()).toContain(nom);
      await page.keyboard.press('Escape');
      await expect.poll(() => etablissement.innerText()).toBe('Lycée Myriam');
      // A figure is not the établissement of that rank in the list.
      await page.keyboard.type('2');
      await page.keyboard.press('Enter');
      await page.getByText(/« 2 » n'est pas un établissement de la session/).waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => etablissement.innerText()).toBe('Lycée Myriam');
      // The blank row too: a candidate typed with Tab, their établissement by part of its name.
      await clickDraft('nom');
      await typeRow(page, ['Sand', 'George', '01/07/2006', 'rascol']);
      await panel.locator('.ag-row:not(.ag-row-pinned) .ag-cell[col-id="nom"]', { hasText: 'Sand' }).waitFor();
      const added = panel.locator('.ag-row:not(.ag-row-pinned)', { has: page.locator('.ag-cell[col-id="nom"]', { hasText: 'Sand' }) });
      await expect.poll(() => added.locator('.ag-cell[col-id="etablissement"]').innerText()).toBe('LPO Rascol');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('a candidate deleted: the focus comes back to the grid, and Ctrl+Z there puts them back (before the change typed before it)', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openTab(page, 'Candidats');
      const panel = page.locator('#panel-candidats');
      const row = (index: number) => panel.locator(`.ag-row[row-index="${index}"]:not(.ag-row-pinned)`);
      // In the grid's order (AG Grid keeps row elements in any order in the page, placed by row-index).
      const names = () =>
        panel.evaluate((p) =>
          [...p.querySelectorAll('.ag-row:not(.ag-row-pinned):has(.ag-cell[col-id="nom"])')]
            .sort((a, b) => Number(a.getAttribute('row-index')) - Number(b.getAttribute('row-index')))
            .slice(0, 6)
            .map((r) => r.querySelector('.ag-cell[col-id="nom"]')!.textContent),
        );
      // A change typed first (a prénom), then row 1 deleted.
      await row(2).locator('.ag-cell[col-id="prenom"]').click();
      await page.keyboard.type('Zoé');
      await page.keyboard.press('Enter');
      await expect.poll(() => row(2).locator('.ag-cell[col-id="prenom"]').innerText()).toBe('Zoé');
      const before = await names();
      await row(1).locator('.ag-selection-checkbox input').check();
      await panel.getByRole('button', { name: 'Supprimer la sélection (1)' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click();
      const withoutDeleted = [before[0], ...before.slice(2)];
      await expect.poll(async () => (await names()).slice(0, 5)).toEqual(withoutDeleted.slice(0, 5));
      // The focus is on the grid's cell where the deletion was asked, not on « Ajouter un candidat ».
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('#panel-candidats .ag-cell') !== null)).toBe(true);
      await page.keyboard.press('Control+z');
      await expect.poll(names).toEqual(before);
      await page.getByText('Suppression annulée : candidats et notes rétablis.').waitFor();
      // The next Ctrl+Z puts back the change typed before the deletion.
      await page.keyboard.press('Control+z');
      await expect.poll(() => row(2).locator('.ag-cell[col-id="prenom"]').innerText()).not.toBe('Zoé');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('finds candidates by name or number and by établissement; the selection never takes a row the search hides; a row typed stays in sight', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openTab(page, 'Candidats');
      const panel = page.locator('#panel-candidats');
      const shown = (colId: string) => panel.locator(`.ag-row:not(.ag-row-pinned) .ag-cell[col-id="${colId}"]`).allInnerTexts();
      const search = panel.getByRole('searchbox', { name: 'Rechercher' });
      const etablissement = panel.getByRole('combobox', { name: 'Établissement' });
      const remove = panel.getByRole('button', { name: /^Supprimer la sélection/ });
      for (const control of [search, etablissement]) expect(await seenWhole(control)).toBe(true);

      // A row selected, then hidden by the search: « Supprimer » has nothing to delete.
      await panel.locator('.ag-row[row-index="0"]:not(.ag-row-pinned) .ag-selection-checkbox input').check();
      await expect.poll(() => remove.innerText()).toBe('Supprimer la sélection (1)');
      await search.fill('LAFON');
      await expect.poll(() => shown('nom')).toEqual(['Lafon', 'Lafon', 'Lafon', 'Lafon', 'Lafon']);
      const count = panel.getByRole('status').filter({ hasText: /^\d+ sur \d+$/ });
      expect(await count.innerText()).toBe('5 sur 170');
      expect(await seenWhole(count)).toBe(true);
      expect(await remove.isDisabled()).toBe(true);
      // By number too, accents and case aside.
      await search.fill('02431000004');
      await expect.poll(() => shown('prenom')).toEqual(['Raphaël']);

      // A candidate typed while the search hides them stays in sight, until the search changes.
      const { draft, clickDraft } = candidatsGrid(page);
      await clickDraft('nom');
      await page.keyboard.type('Garcia');
      await page.keyboard.press('Enter');
      await expect.poll(() => count.innerText()).toBe('2 sur 171');
      await expect.poll(() => shown('nom')).toContain('Garcia');
      await page.keyboard.press('Escape');

      // Nothing found: said over the grid, on screen.
      await search.fill('zzz');
      // The overlay drawn over the grid (AG Grid also copies its text, for screen readers, into a hidden live region).
      const none = panel.locator('.ag-overlay').getByText('Aucun candidat ne correspond à la recherche ou à l’établissement choisis.');
      await none.waitFor();
      expect(await insideGrid(none, panel)).toBe(true);

      // By établissement: only its candidates.
      await search.fill('');
      await etablissement.selectOption({ label: 'LPO Déodat' });
      await expect.poll(async () => [...new Set(await shown('etablissement'))]).toEqual(['LPO Déodat']);
      expect(await count.innerText()).toMatch(/^\d+ sur 171$/);

      // A candidate typed in the blank row starts in that établissement, and stays in sight once stored.
      await expect.poll(() => draft('etablissement').innerText()).toBe('LPO Déodat');
      const before = Number((await count.innerText()).split(' ')[0]);
      await clickDraft('nom');
      await page.keyboard.type('Nouvelle');
      await page.keyboard.press('Enter');
      await expect.poll(() => count.innerText()).toBe(`${before + 1} sur 172`);
      await panel.locator('.ag-row:not(.ag-row-pinned) .ag-cell[col-id="nom"]', { hasText: 'Nouvelle' }).waitFor();
      await page.keyboard.press('Escape');

      // Kept while another tab is open; the notes grid keeps its own filters.
      await openTab(page, 'Notes et résultats');
      await page.getByText('172 candidats', { exact: true }).waitFor();
      await openTab(page, 'Candidats');
      expect(await etablissement.inputValue()).not.toBe('');
      await expect.poll(async () => [...new Set(await shown('etablissement'))]).toEqual(['LPO Déodat']);
      await etablissement.selectOption({ label: 'Tous' });
      await expect.poll(() => count.count()).toBe(0);
      await expect.poll(() => draft('etablissement').innerText()).toBe('(aucun)');
      // Every candidate again, the two new ones first (« numéro à venir »).
      const numeroAt = (row: number) => panel.locator(`.ag-row[row-index="${row}"]:not(.ag-row-pinned) .ag-cell[col-id="numero"]`).innerText();
      await expect.poll(() => numeroAt(2)).toBe('02431000001');
      expect([await numeroAt(0), await numeroAt(1)]).toEqual(['numéro à venir', 'numéro à venir']);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
});
