// Browser test of the livret scolaire (issue 8) in the example session: a class's semester marks imported from a
// school-software export (two header rows, abbreviated subjects, Windows-1252), one mark typed in the class grid,
// the class statistics and cotation, one candidate's livret with the profile chart (screenshot decoded: the
// class's markers are black, the candidate's red), the livret PDF and its text, axe, and the jury's « Livret »
// dialog with the « livret examiné » tick.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { encodeWindows1252 } from '../../src/io/decode.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { pdfToText, squeeze } from '../io/pdf-helpers.ts';
import { axeOn, openWatchedPage, useChromium } from './browser.ts';
import { decodePng } from './png.ts';
import { measureGrid, seenWhole } from './layout-page.ts';
import { cell, expectNoProblems, loadExample, pasteText, typeInto } from './workspace-page.ts';

const example = buildExampleSession();
const school = example.etablissements[0]!;
const members = example.candidates.filter((c) => c.etablissementRef === 0);
const first = members[0]!;
const firstName = `${first.nom} ${first.prenom}`;

const comma = (x: number) => String(x).replace('.', ',');
/** Candidate i, subject k (CGE, LV1, CEJM): S1 = 8 + i + k/4, S2 = S1 + 1,5 — the first candidate is well below the class. */
const s1 = (i: number, k: number) => 8 + i + k / 4;
const frenchDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');
const AVIS = ['TF', 'F', 'DFP'];

/** The example loaded, the Livret scolaire tab open on the first school's class. */
async function openSchoolLivret(page: Page, baseURL: string): Promise<void> {
  await loadExample(page, baseURL);
  await page.getByRole('tab', { name: 'Livret scolaire' }).click();
  await page.getByRole('combobox', { name: 'Classe (établissement)' }).selectOption({ label: `${school.name} (${members.length})` });
}

/** The avis shown on the grid row of a candidate, found by number (the pinned columns are another row). */
async function avisOf(page: Page, numero: string): Promise<string> {
  const index = await page
    .locator('.livret-grid .ag-row')
    .filter({ has: page.locator(`.ag-cell[col-id="numero"]`, { hasText: numero }) })
    .first()
    .getAttribute('row-index');
  return cell(page, 'avis', Number(index)).innerText();
}

const EXPORT =
  'Livret scolaire — export vie scolaire;;;;;;;;;\r\n' +
  'Nom;Prénom;Né(e) le;CGE;;LV1;;CEJM;;Avis\r\n' +
  ';;;S1;S2;S1;S2;S1;S2;\r\n' +
  members
    .map((c, i) =>
      [
        c.nom.toLocaleUpperCase('fr'),
        c.prenom,
        frenchDate(c.dateNaissance),
        ...[0, 1, 2].flatMap((k) => [comma(s1(i, k)), comma(s1(i, k) + 1.5)]),
        AVIS[i % 3],
      ].join(';'),
    )
    .join('\r\n') +
  '\r\n';

/** Centre of an element, relative to the top-left corner of another. */
async function centreIn(page: Page, selector: string, index: number, frame: { x: number; y: number }) {
  const box = (await page.locator(selector).nth(index).boundingBox())!;
  return { x: box.x - frame.x + box.width / 2, y: box.y - frame.y + box.height / 2 };
}

describe('livret scolaire in Chromium', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('sets the avis du conseil de classe by typing TF / F / D or 1–3, one keystroke and Enter per student', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await page.getByRole('tab', { name: 'Livret scolaire' }).click();
      await cell(page, 'avis').waitFor();
      await typeInto(page, 'avis', 'd');
      await expect.poll(() => cell(page, 'avis').innerText()).toBe('Doit faire ses preuves à l’examen');
      // Enter moved down a row: the next student's avis is typed at once.
      await page.keyboard.type('1');
      await page.keyboard.press('Enter');
      await expect.poll(() => cell(page, 'avis', 1).innerText()).toBe('Très favorable');
      await page.keyboard.type('X');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.livret-grid .refusal').innerText()).toContain('« X » : avis inconnu');
      await page.keyboard.press('Escape');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('pastes cells copied from a spreadsheet from the focused cell; Ctrl+Z takes the paste back, Ctrl+Y makes it again', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    const shown = async (row: number) => Promise.all(['cge.a1s1', 'cge.a1s2', 'cge.a1'].map((c) => cell(page, c, row).innerText()));
    try {
      await loadExample(page, baseURL);
      await page.getByRole('tab', { name: 'Livret scolaire' }).click();
      await cell(page, 'cge.a1s1').waitFor();
      const before = [await shown(0), await shown(1)];
      // Two semesters of two students, copied in Excel (CRLF), pasted on CGE 1re année S1 of the first row.
      await cell(page, 'cge.a1s1').click();
      await pasteText(page, '12,5\t14\r\n9\t8,25\r\n');
      await expect.poll(() => shown(0)).toEqual(['12,5', '14', '13,25']);
      await expect.poll(() => shown(1)).toEqual(['9', '8,25', '8,62']);
      // One Ctrl+Z takes the whole paste back, with the focus on its first cell; Ctrl+Y makes it again.
      await cell(page, 'avis', 3).click();
      await page.keyboard.press('Control+z');
      await expect.poll(async () => [await shown(0), await shown(1)]).toEqual(before);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('col-id'))).toBe('cge.a1s1');
      await page.keyboard.press('Control+y');
      await expect.poll(() => shown(1)).toEqual(['9', '8,25', '8,62']);
      // Refused as a whole, saying why, where a person sees it: the third pasted column would fall on the average.
      await cell(page, 'cge.a1s1', 2).click();
      const third = await shown(2);
      await pasteText(page, '10\t11\t12\n');
      const refusal = page.locator('.livret-grid .refusal');
      await expect
        .poll(() => refusal.innerText())
        .toBe(
          "Collage refusé : 3 colonnes collées à partir de « CGE 1A S1 » : la 3e tomberait sur « CGE Moy. 1A », qui ne reçoit pas de valeurs. Rien n'a été collé.",
        );
      expect(await seenWhole(refusal)).toBe(true);
      expect(await shown(2)).toEqual(third);
      // What school software writes where a semester has no mark changes nothing, and the line says so.
      await pasteText(page, 'Abs\nNN\n');
      await expect.poll(() => refusal.innerText()).toBe("Rien n'a été collé : les cellules collées sont vides (ou « Abs », « NN »).");
      expect(await shown(2)).toEqual(third);
      // Suppr on a block chosen with Maj+flèches empties its semesters at once (the average beside them is computed,
      // not emptied); one Ctrl+Z puts them back.
      await cell(page, 'cge.a1s1', 0).click();
      for (const key of ['Shift+ArrowDown', 'Shift+ArrowRight', 'Shift+ArrowRight']) await page.keyboard.press(key);
      await expect.poll(() => page.locator('.livret-grid .ag-cell.cell-in-block').count()).toBe(6);
      /** The first two rows' CGE 1re année, both semesters and the average, as one text per row. */
      const firstTwo = async () => [(await shown(0)).join(' | '), (await shown(1)).join(' | ')];
      await page.keyboard.press('Delete');
      await expect.poll(firstTwo).toEqual([' |  | ', ' |  | ']);
      await page.keyboard.press('Control+z');
      await expect.poll(firstTwo).toEqual(['12,5 | 14 | 13,25', '9 | 8,25 | 8,62']);
      // One value pasted on a block fills it (one Ctrl+Z takes it back).
      await cell(page, 'cge.a1s1', 0).click();
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Shift+ArrowRight');
      await pasteText(page, '10');
      await expect.poll(firstTwo).toEqual(['10 | 10 | 10', '10 | 10 | 10']);
      await page.keyboard.press('Control+z');
      await expect.poll(() => shown(1)).toEqual(['9', '8,25', '8,62']);
      // A class's sheet copied whole from a spreadsheet, with its two lines of headings (« Nom », « Prénom », « Né(e)
      // le », then the subjects and semesters): read as the livret's file is, through the same preview, wherever it is
      // pasted (before: refused, « Nom » read as a mark).
      await cell(page, 'cge.a1s1', 2).click();
      await pasteText(page, EXPORT.split('\r\n').slice(1, 5).join('\r\n').replaceAll(';', '\t'));
      await page.getByRole('heading', { name: '1. Lecture des lignes collées' }).waitFor();
      await expect.poll(() => page.locator('.counts').innerText()).toMatch(/^2 lignes/);
      expect(await page.locator('.preview').innerText()).toContain('CGE S1 : (vide) → 8');
      await page.screenshot({ path: 'test-results/livret-pasted-sheet.png' });
      await page.getByRole('button', { name: "Fermer l'import" }).click();
      expect(await refusal.innerText()).toBe('');
      // What Ctrl+Y made again is stored: a reload shows it.
      await page.reload();
      await page.getByRole('tab', { name: 'Livret scolaire' }).click();
      await expect.poll(() => shown(1)).toEqual(['9', '8,25', '8,62']);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('imports a teacher’s sheet pasted with nom and prénom only, each student recognised by name among the class shown, with a warning', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    const [garcia, lafon] = [members[1]!, members[3]!];
    // A pupil of another class, named on this class's sheet: not taken for one of its pupils.
    const outsider = example.candidates.find((c) => c.etablissementRef !== 0)!;
    const outsiderClass = example.etablissements[outsider.etablissementRef]!.name;
    try {
      await openSchoolLivret(page, baseURL);
      await cell(page, 'avis').click();
      // No number, no birth date; case and accents of her own spreadsheet.
      const sheet = [
        'Nom\tPrénom\tAvis',
        `${garcia.nom.toLocaleUpperCase('fr')}\t${garcia.prenom.normalize('NFD').replace(/\p{M}/gu, '')}\tTF`,
        `${lafon.nom}\t${lafon.prenom}\tF`,
        `${outsider.nom}\t${outsider.prenom}\tD`,
      ];
      await pasteText(page, `${sheet.join('\r\n')}\r\n`);
      await page.getByRole('heading', { name: '3. Aperçu' }).waitFor();
      await expect.poll(() => page.locator('.counts').innerText()).toMatch(/^3 lignes/);
      const preview = await page.locator('.preview').innerText();
      for (const c of [garcia, lafon]) expect(preview).toContain(`reconnu(e) par nom et prénom seulement : vérifiez qu'il s'agit bien du candidat ${c.numero}`);
      expect(preview).toContain(
        `aucun élève « ${outsider.nom} ${outsider.prenom} » dans la classe affichée (${school.name}) : le candidat ${outsider.numero} de ce nom est de ${outsiderClass}`,
      );
      expect(await page.locator('.counts').innerText()).toContain('2 nouveaux livrets');
      expect(await page.locator('.counts').innerText()).toContain('1 en erreur');
      await page.getByRole('button', { name: 'Importer les 2 lignes valides (la ligne en erreur est ignorée)' }).click();
      await expect.poll(() => avisOf(page, garcia.numero)).toBe('Très favorable');
      expect(await avisOf(page, lafon.numero)).toBe('Favorable');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('imports a sheet pasted with nom and prénom in one « Élève » column, in either order; a name not in the session refused at that column, in sight at 1366×768', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1366, height: 768 } });
    const { page } = watched;
    const [garcia, lafon] = [members[1]!, members[3]!];
    try {
      await openSchoolLivret(page, baseURL);
      await cell(page, 'avis').click();
      const sheet = [
        'Élève\tAvis',
        `${garcia.nom.toLocaleUpperCase('fr')} ${garcia.prenom}\tTF`,
        `${lafon.prenom} ${lafon.nom.toLocaleUpperCase('fr')}\tF`,
        'INCONNU Personne\tD',
      ];
      await pasteText(page, `${sheet.join('\r\n')}\r\n`);
      await page.getByRole('heading', { name: '3. Aperçu' }).waitFor();
      await expect.poll(() => page.locator('.counts').innerText()).toMatch(/^3 lignes/);
      expect(await page.locator('.counts').innerText()).toContain('2 nouveaux livrets');
      const refusal = page.locator('.preview').getByText('Élève : aucun candidat « INCONNU Personne » dans cette session', { exact: false });
      await refusal.scrollIntoViewIfNeeded();
      expect(await seenWhole(refusal)).toBe(true);
      const importButton = page.getByRole('button', { name: 'Importer les 2 lignes valides (la ligne en erreur est ignorée)' });
      await importButton.scrollIntoViewIfNeeded();
      expect(await seenWhole(importButton)).toBe(true);
      await importButton.click();
      await expect.poll(() => avisOf(page, garcia.numero)).toBe('Très favorable');
      expect(await avisOf(page, lafon.numero)).toBe('Favorable');
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('keeps the tab, the class and the candidate chosen across a reload of the page; « Candidat suivant » goes on through the class', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      // A class other than the first shown, with a few students.
      const ref = example.etablissements.findIndex((e, i) => i > 0 && e.uai !== '' && example.candidates.filter((c) => c.etablissementRef === i).length >= 3);
      const other = example.etablissements[ref]!;
      const others = example.candidates.filter((c) => c.etablissementRef === ref);
      const second = others[1]!;
      const open = async () => {
        await page.getByRole('tab', { name: 'Livret scolaire' }).click();
        await page.getByRole('heading', { name: `Notes semestrielles — ${other.name}` }).waitFor();
      };
      await page.getByRole('tab', { name: 'Livret scolaire' }).click();
      await page.getByRole('combobox', { name: 'Classe (établissement)' }).selectOption({ label: `${other.name} (${others.length})` });
      await open();
      await page.getByRole('combobox', { name: 'Candidat' }).selectOption({ label: `${second.numero} — ${second.nom} ${second.prenom}` });
      await page.getByRole('heading', { name: `Livret scolaire de ${second.nom} ${second.prenom}` }).waitFor();
      await page.reload();
      // The tab is kept too: the reload comes back to the livret, its class and its candidate.
      await page.getByRole('heading', { name: `Livret scolaire de ${second.nom} ${second.prenom}` }).waitFor();
      expect(await page.getByRole('tab', { name: 'Livret scolaire' }).getAttribute('aria-selected')).toBe('true');
      await page.getByRole('heading', { name: `Notes semestrielles — ${other.name}` }).waitFor();
      // « Candidat suivant », as in the evaluation grids: the third of the class.
      expect(await page.getByText(`Candidat 2 sur ${others.length}`).count()).toBe(1);
      await page.getByRole('button', { name: 'Candidat suivant →' }).click();
      await page.getByRole('heading', { name: `Livret scolaire de ${others[2]!.nom} ${others[2]!.prenom}` }).waitFor();
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('writes each figure of the class statistics under its heading, at 1920×1080 too', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: { width: 1920, height: 1080 } });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await page.getByRole('tab', { name: 'Livret scolaire' }).click();
      await page.getByRole('table', { name: 'Cotation de la classe : avis (en pourcentage)' }).waitFor();
      // The class's students (18) are all on screen in the grid, as the window is tall enough for them (26rem showed 11).
      const chosen = await page.getByLabel('Classe (établissement)').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]!.text);
      const size = Number(/\((\d+)\)$/.exec(chosen)![1]);
      expect(size).toBeGreaterThan(11);
      expect((await measureGrid(page, '.livret-grid'))!.fullRows).toBe(size);
      expect(await page.locator('.livret-stats table').count()).toBe(2);
      // For every table of figures: the text of each heading and the text of the figure below it share some width
      // (a table stretched to the window once left « 39 % » 1,000 px to the right of « Doit faire ses preuves »).
      const apart = await page.locator('.livret-stats table').evaluateAll((tables) =>
        tables.flatMap((table) => {
          // The box of an element's first text (a figure's cell also holds its count on a line of its own).
          const textBox = (el: Element) => {
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent?.trim() ? 1 : 3) });
            const range = document.createRange();
            range.selectNodeContents(walker.nextNode() ?? el);
            return range.getBoundingClientRect();
          };
          const heads = [...table.querySelectorAll('thead th')];
          const firstRow = table.querySelector('tbody tr')!;
          const cells = [...firstRow.children];
          return heads.flatMap((th, i) => {
            const head = textBox(th);
            const figure = textBox(cells[i]!);
            return figure.width > 0 && (figure.right < head.left || figure.left > head.right) ? [th.textContent] : [];
          });
        }),
      );
      expect(apart).toEqual([]);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });

  it('imports a class’s semester marks, shows the class and candidate profiles, and prints the livret with its marks', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await openSchoolLivret(page, baseURL);
      await page.getByRole('heading', { name: `Notes semestrielles — ${school.name}` }).waitFor();

      // Import: two header rows, abbreviations, students recognised by name and date of birth.
      await page.getByRole('button', { name: 'Importer les notes du livret (CSV)' }).click();
      await page.getByLabel('Choisir un fichier CSV (ou le déposer ici)').setInputFiles({
        name: 'livret-classe.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(encodeWindows1252(EXPORT)),
      });
      await page.getByRole('heading', { name: '3. Aperçu' }).waitFor();
      expect(await page.getByLabel("Lignes d'en-tête").inputValue()).toBe('2');
      expect(await page.getByRole('combobox', { name: 'Champ pour la colonne « CGE S1 »' }).inputValue()).toBe('livret.cge.a2s1');
      expect(await page.locator('.counts').innerText()).toContain(`${members.length} nouveaux livrets`);
      expect(await page.locator('.preview').innerText()).toContain('CGE S1 : (vide) → 8');
      // Its summary and « Importer » stay on the panel's lower edge while the rest scrolls (no band where text shows).
      expect(await seenWhole(page.getByRole('button', { name: 'Importer', exact: true }))).toBe(true);
      const edges = await page.evaluate(() => {
        const panel = document.querySelector('#panel-livret')!;
        return {
          overflows: panel.scrollHeight > panel.clientHeight,
          footer: document.querySelector('.wizard .footer')!.getBoundingClientRect().bottom,
          panel: panel.getBoundingClientRect().bottom,
        };
      });
      expect(edges.overflows).toBe(true);
      expect(Math.abs(edges.footer - edges.panel)).toBeLessThan(1);
      await page.locator('.wizard').screenshot({ path: 'test-results/livret-import.png' });
      const wizard = await axeOn(page).include('.wizard').analyze();
      expect(wizard.violations.map((v) => v.id)).toEqual([]);
      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      await page.getByText('Dernier import du livret : « livret-classe.csv »').waitFor();
      await page.getByRole('button', { name: "Fermer l'import" }).click();

      // The class grid: imported marks, a year-1 mark typed, an invalid one refused.
      await expect.poll(() => cell(page, 'cge.a2s1').innerText()).toBe('8');
      expect(await cell(page, 'cge.a2').innerText()).toBe('8,75');
      await typeInto(page, 'cge.a1s1', '12,5');
      await expect.poll(() => cell(page, 'cge.a1').innerText()).toBe('12,5');
      await typeInto(page, 'cge.a1s2', '25');
      await expect.poll(() => page.locator('.livret-grid .refusal').innerText()).toContain('« 25 » : note supérieure à 20');
      await page.keyboard.press('Escape');
      expect(await cell(page, 'cge.a1s2').innerText()).toBe('');

      // Class statistics and cotation (4 TF, 3 F, 3 DFP out of 10).
      const cotation = page.getByRole('table', { name: 'Cotation de la classe : avis (en pourcentage)' });
      await expect.poll(() => cotation.innerText()).toMatch(/40 %[\s\S]*30 %[\s\S]*30 %/);

      // The candidate's livret and chart.
      await page.getByRole('combobox', { name: 'Candidat' }).selectOption({ label: `${first.numero} — ${firstName}` });
      await page.getByRole('heading', { name: `Livret scolaire de ${firstName}` }).waitFor();
      const chart = page.locator('svg[data-chart="profil"]');
      await expect.poll(() => chart.getAttribute('role')).toBe('img');
      expect(await page.getByRole('img', { name: `Profil de 2e année de ${firstName} et de sa classe` }).count()).toBe(1);
      const candidateMarkers = '[data-series="candidat"] circle';
      const classMarkers = '[data-series="classe"] rect';
      expect(await page.locator(candidateMarkers).count()).toBe(3);
      expect(await page.locator(classMarkers).count()).toBe(3);
      expect(await page.locator(candidateMarkers).first().getAttribute('data-value')).toBe('875');
      expect(await page.locator(classMarkers).first().getAttribute('data-value')).toBe('1325');
      await chart.scrollIntoViewIfNeeded();
      const frame = (await chart.boundingBox())!;
      const image = decodePng(await chart.screenshot({ path: 'test-results/livret-chart.png' }));
      const isRed = ([r, g, b]: [number, number, number]) => r > 150 && g < 90 && b < 90;
      const isBlack = ([r, g, b]: [number, number, number]) => r < 80 && g < 80 && b < 80;
      for (let i = 0; i < 3; i++) {
        const red = await centreIn(page, candidateMarkers, i, frame);
        const black = await centreIn(page, classMarkers, i, frame);
        expect(image.pixel(red.x, red.y), `candidate marker ${i}`).toSatisfy(isRed);
        expect(image.pixel(black.x, black.y), `class marker ${i}`).toSatisfy(isBlack);
      }

      await page.screenshot({ path: 'test-results/livret.png', fullPage: true });
      const { violations } = await axeOn(page).include('#panel-livret').analyze();
      expect(violations.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))).toEqual([]);

      // The livret PDF: recto marks and yearly averages, verso values.
      const downloading = page.waitForEvent('download', { timeout: 60_000 });
      await page.getByRole('button', { name: `Livret de ${firstName} (PDF)` }).click();
      const download = await downloading.catch(async (error: unknown) => {
        throw new Error(`${String(error)} — alerts: ${(await page.getByRole('alert').allInnerTexts()).join(' | ')}`);
      });
      expect(download.suggestedFilename()).toMatch(/^livret-scolaire-.*\.pdf$/);
      const bytes = readFileSync((await download.path())!);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = squeeze(pdfToText(new Uint8Array(bytes), 'e2e-livret'));
      expect(text).toContain('LIVRET SCOLAIRE (recto)');
      expect(text).toContain(`NOM (en lettres capitales) : ${first.nom.toLocaleUpperCase('fr')}`);
      expect(text).toMatch(/Culture générale et expression 12,5 12,5 8 9,5 8,75/);
      expect(text).toMatch(/Langue vivante étrangère 8,25 9,75 9/);
      expect(text).toContain('40 % 30 % 30 %');
      // The verso's table of averages: two decimals each.
      expect(text).toMatch(/Candidat 8,75 9,00 9,25/);
      expect(text).toMatch(/Classe 13,25 13,50 13,75/);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  }, 150_000);

  it('opens a candidate’s livret from the jury view, with the « livret examiné » tick', async () => {
    const watched = await openWatchedPage(chromium(), baseURL);
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await page.getByRole('tab', { name: 'Jury' }).click();
      await page.getByRole('combobox', { name: 'Candidat' }).selectOption({ label: `${first.numero} — ${firstName}` });
      await page.getByRole('button', { name: `Livret scolaire de ${firstName}` }).click();
      const dialog = page.getByRole('dialog', { name: `Livret scolaire — ${firstName}` });
      await dialog.waitFor();
      await dialog.getByRole('heading', { name: `Livret scolaire de ${firstName}` }).waitFor();
      await dialog.getByRole('img', { name: `Profil de 2e année de ${firstName} et de sa classe` }).waitFor();
      await page.screenshot({ path: 'test-results/livret-dialog.png' });
      const { violations } = await axeOn(page).include('dialog').analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
      const tick = dialog.getByRole('checkbox', { name: `Livret examiné — ${firstName}` });
      await tick.check();
      await dialog.getByRole('button', { name: 'Fermer' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect
        .poll(() =>
          page
            .getByRole('checkbox', { name: `Livret examiné — ${firstName}` })
            .first()
            .isChecked(),
        )
        .toBe(true);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
});
