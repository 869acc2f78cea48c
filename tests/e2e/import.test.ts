import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { encodeWindows1252 } from '../../src/io/decode.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { formatMark } from '../../src/domain/marks.ts';
import { btsCcst2024, btsCcst2025, sessionYearFor } from '../../src/domain/presets/index.ts';
import { axeOn, openWatchedPage, useChromium } from './browser.ts';
import { cell, loadExample, openMenu, showOnly, expectNoProblems, storedRecords } from './workspace-page.ts';

const example = buildExampleSession();
const [first, second, third] = example.candidates;
const markOf = (ref: number, unit: string) => {
  const m = example.marks.find((x) => x.candidateRef === ref && x.unit === unit);
  return m ? formatMark(m.value) : '';
};

async function chooseFile(page: Page, name: string, content: Uint8Array | string) {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  await page.getByLabel('Choisir un fichier CSV (ou le déposer ici)').setInputFiles({ name, mimeType: 'text/csv', buffer });
  await page.getByRole('heading', { name: '3. Aperçu' }).waitFor();
}

const preview = (page: Page) => page.locator('.counts');

describe('importing files in Chromium', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('imports a Windows-1252 ; file with decimal commas and accented names into a new session', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await page.goto(baseURL);
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      const text =
        'Relevé des notes — BTS CCST\r\n' +
        'N° candidat;Nom;Prénom;E1;E21;E22;E3;E4;E5;U61;U62\r\n' +
        '1001;Lefèvre;Zoé;12,5;13,25;14;11;12;13;15;14\r\n' +
        '1002;Œillet;François’;8,75;ABJ;9;DI;10;10,5;9,5;12\r\n';
      await chooseFile(page, 'notes-excel.csv', encodeWindows1252(text));
      await expect.poll(() => page.getByLabel('Encodage').inputValue()).toBe('windows-1252');
      expect(await page.getByLabel("Ligne d'en-tête").inputValue()).toBe('1'); // the title line is skipped
      expect(await preview(page).innerText()).toContain('2 nouveaux candidats');
      const { violations } = await axeOn(page).analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
      await page.getByRole('button', { name: 'Importer', exact: true }).click();

      await page.getByText('2 candidats', { exact: true }).waitFor();
      await showOnly(page, '1002');
      expect(await cell(page, 'nom').innerText()).toBe('Œillet');
      expect(await cell(page, 'prenom').innerText()).toBe('François’');
      expect(await cell(page, 'E1').innerText()).toBe('8,75');
      expect(await cell(page, 'E21').innerText()).toBe('ABJ');
      expect(await cell(page, 'E3').innerText()).toBe('DI');
      await page.reload();
      await page.getByText('2 candidats', { exact: true }).waitFor();
      await showOnly(page, '1001');
      expect(await cell(page, 'E1').innerText()).toBe('12,5');
      expect(await cell(page, 'nom').innerText()).toBe('Lefèvre');

      // Undone, the session it made is empty: as before the import, there need be no session (offered, one click).
      await page.getByRole('button', { name: 'Annuler le dernier import' }).click();
      await page.getByText("La session « notes-excel » n'a plus ni candidat ni établissement.", { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Supprimer cette session vide', exact: true }).click();
      await page.getByRole('heading', { name: 'Aucune session' }).waitFor();
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('splits a class list’s « Élève » column (DUPONT Léa) into nom and prénom, and refuses the line it cannot split', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await page.goto(baseURL);
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      const text = 'N° candidat;Élève;E1\r\n02431000091;DUPONT Léa;12\r\n02431000092;Björn LE GOFF;13\r\n02431000093;Le Goff Anna;14\r\n';
      await chooseFile(page, 'classe.csv', text);
      const field = page.getByLabel('Champ pour la colonne « Élève »');
      expect(await field.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent?.trim())).toBe('Nom et prénom (une colonne)');
      expect(await preview(page).innerText()).toMatch(/2 nouveaux candidats[\s\S]*1 en erreur/);
      const refusal = page.locator('.preview').getByText('« Le Goff Anna » : le nom ne se distingue pas du prénom', { exact: false });
      await refusal.scrollIntoViewIfNeeded();
      // Seen, not only in the page: nothing drawn over it.
      const box = (await refusal.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(768);
      const topmost = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.textContent ?? '', [box.x + 5, box.y + box.height / 2]);
      expect(topmost).toContain('Le Goff Anna');
      await page.getByRole('button', { name: /^Importer les 2 lignes valides/ }).click();
      await page.getByText('2 candidats', { exact: true }).waitFor();
      await showOnly(page, '02431000092');
      expect(await cell(page, 'nom').innerText()).toBe('LE GOFF');
      expect(await cell(page, 'prenom').innerText()).toBe('Björn');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  // R9: the empty state's import used the 2024 regulation whatever the file, so a 2025 file lost its E2, E6, E7, E8.
  it('creates the session under the regulation its columns fit (E6–E8: sessions 2025 and later), or the one chosen', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    try {
      await page.goto(baseURL);
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      const text = 'numero;nom;prenom;E1;E2;E3;E4;E5;E6;E7;E8\n02731000001;Martin;Léa;12;9;14;11;8,75;13;10;15\n';
      await chooseFile(page, 'classe-2027.csv', text);
      const choice = page.getByLabel('Réglementation de la session créée');
      const year2025 = sessionYearFor(btsCcst2025);
      await expect.poll(() => choice.locator('option:checked').innerText()).toBe(btsCcst2025.name);
      await page.getByText(`la session créée sera celle de ${year2025}.`).waitFor();
      expect(await page.getByLabel('Champ pour la colonne « E6 »').inputValue()).toBe('E6');

      // Under the 2024 regulation, the same file's E2 and E6–E8 would be ignored columns: said so before anything is written.
      await choice.selectOption(btsCcst2024.id);
      await expect.poll(() => page.getByLabel('Champ pour la colonne « E6 »').inputValue()).toBe('');
      await choice.selectOption(btsCcst2025.id);
      await expect.poll(() => page.getByLabel('Champ pour la colonne « E6 »').inputValue()).toBe('E6');
      await page.getByRole('button', { name: 'Importer', exact: true }).click();

      await page.getByText('1 candidat', { exact: true }).waitFor();
      expect(await page.locator('header .current').innerText()).toContain(`Réglementation : ${btsCcst2025.name}`);
      expect(await cell(page, 'E6').innerText()).toBe('13');
      expect(await cell(page, 'E8').innerText()).toBe('15');
      // The session's year (the PDFs' « Session … », R8's bénéfices) is the one being prepared under that regulation.
      const stored = await storedRecords<{ year: number; regulation: { id: string } }>(page, 'sessions');
      expect(stored.map((session) => [session.regulation.id, session.year])).toEqual([[btsCcst2025.id, year2025]]);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('updates marks from a UTF-8 BOM file with shuffled columns, a partial file, then undoes the last import', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      const shuffled = `\uFEFFE4;Prénom;numero;Nom;E5\r\n15,5;${first!.prenom};${first!.numero};${first!.nom};${markOf(0, 'E5')}\r\n`;
      await chooseFile(page, 'e4.csv', shuffled);
      expect(await preview(page).innerText()).toContain('1 modifié,');
      expect(await page.locator('.preview').innerText()).toContain(`E4 : ${markOf(0, 'E4')} → 15,5`);
      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      await page.getByText('Dernier import : « e4.csv »').waitFor();
      await showOnly(page, first!.numero);
      expect(await cell(page, 'E4').innerText()).toBe('15,5');

      // A partial file: numero and U61 only; nothing else moves, even where the file has no other column.
      // The import applied closed its wizard (the notice says what it wrote): the button opens a new one.
      expect(await page.getByRole('region', { name: /Importer un fichier/ }).count()).toBe(0);
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      await chooseFile(page, 'u61.csv', `numero;U61\n${second!.numero};17\n${third!.numero};\n`);
      expect(await preview(page).innerText()).toContain('1 modifié,');
      expect(await preview(page).innerText()).toContain('1 inchangé,');
      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      await page.getByText('Dernier import : « u61.csv »').waitFor();
      await showOnly(page, second!.numero);
      expect(await cell(page, 'U61').innerText()).toBe('17');
      expect(await cell(page, 'E4').innerText()).toBe(markOf(1, 'E4'));
      await showOnly(page, third!.numero);
      expect(await cell(page, 'U61').innerText()).toBe(markOf(2, 'U61')); // empty cell: left alone

      await page.getByRole('button', { name: 'Annuler le dernier import' }).click();
      await page.getByText(/Import de « u61.csv » annulé/).waitFor();
      // Its line and button gone, the focus goes to « Importer un fichier » (not to the page's body).
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Importer un fichier');
      await showOnly(page, second!.numero);
      expect(await cell(page, 'U61').innerText()).toBe(markOf(1, 'U61'));
      await page.reload();
      await page.getByText('170 candidats', { exact: true }).waitFor();
      await showOnly(page, second!.numero);
      expect(await cell(page, 'U61').innerText()).toBe(markOf(1, 'U61'));
      await showOnly(page, first!.numero);
      expect(await cell(page, 'E4').innerText()).toBe('15,5'); // the earlier import stays
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('lists a file’s errors by line and writes nothing until the valid rows are applied', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      const text = `numero;E1;E4\n${first!.numero};25;12\n99999999;10;10\n${second!.numero};14;NV\n`;
      await chooseFile(page, 'erreurs.csv', text);
      expect(await preview(page).innerText()).toContain('2 en erreur');
      const table = await page.locator('.preview').innerText();
      expect(table).toContain('« 25 » : note supérieure à 20');
      expect(table).toMatch(/3\s+99999999/);
      // Nothing written by the preview.
      await page.getByRole('button', { name: "Fermer l'import" }).click();
      await showOnly(page, first!.numero);
      expect(await cell(page, 'E1').innerText()).toBe(markOf(0, 'E1'));

      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      await chooseFile(page, 'erreurs.csv', text);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter les lignes en erreur (CSV)' }).click()]);
      const rejected = readFileSync((await download.path())!, 'utf8');
      expect(rejected).toContain('99999999');
      expect(rejected).not.toContain(`${second!.numero};14`);
      await page.getByRole('button', { name: /Importer la ligne valide \(les 2 lignes en erreur sont ignorées\)/ }).click();
      await page.getByText('Dernier import : « erreurs.csv »').waitFor();
      await showOnly(page, second!.numero);
      expect(await cell(page, 'E1').innerText()).toBe('14');
      expect(await cell(page, 'E4').innerText()).toBe('NV');
      await showOnly(page, first!.numero);
      expect(await cell(page, 'E1').innerText()).toBe(markOf(0, 'E1'));
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('round trip: the example exported in full re-imports into an empty session identically', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { acceptDownloads: true });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      const exportSession = async () => {
        await openMenu(page, 'Exporter…');
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter la session complète (CSV)' }).click()]);
        return readFileSync((await download.path())!);
      };
      const original = await exportSession();

      await openMenu(page, 'Session…');
      await page.getByRole('button', { name: 'Nouvelle session' }).click();
      await page.getByLabel('Nom de la session').fill('Copie');
      await page.getByLabel('Académie').fill('Toulouse');
      // The example is a session 2024: its copy takes the same regulation (a new session proposes its year's).
      await page.getByLabel('Réglementation', { exact: true }).selectOption('bts-ccst-2024');
      await page.getByRole('button', { name: 'Créer la session' }).click();
      await page.getByText('0 candidat', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Importer un fichier' }).click();
      await chooseFile(page, 'session.csv', original);
      expect(await preview(page).innerText()).toContain('170 nouveaux candidats');
      expect(await preview(page).innerText()).toContain('0 en erreur');
      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      await page.getByText('170 candidats', { exact: true }).waitFor();
      const copy = await exportSession();
      expect(copy.toString('utf8')).toBe(original.toString('utf8'));
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  }, 90_000);
});
