/**
 * Fields that stay where the person is looking, in Chromium at 1366×768 with the example session: in the dossier
 * beside the conformity grid, the parcours list reads whole whichever parcours is chosen, and a period added fits the
 * dossier (a table row of seven fields was twice its width, and adding a period scrolled it sideways); a date that is
 * not one says so under its field without moving the fields beside it (Heure and Salle of a convocation moved 160 px,
 * the other dates of the session's line went down); a refused field of a convocation or a contrôle mark is framed in red.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage, useChromium } from './browser.ts';
import { openTab, seenWhole } from './layout-page.ts';
import { expectNoProblems, loadExample } from './workspace-page.ts';

const VIEWPORT = { width: 1366, height: 768 };
/** The border of a refused field (#a4161a), and of a field as it is (--border, #9aa5b1). */
const RED = 'rgb(164, 22, 26)';
const GREY = 'rgb(154, 165, 177)';

/** Where `locator` is drawn from `origin` (the message may scroll its panel: what matters is where they are from each other). */
const placeFrom = async (origin: Locator, locator: Locator) => {
  const [from, box] = [(await origin.boundingBox())!, (await locator.boundingBox())!];
  return { x: Math.round(box.x - from.x), y: Math.round(box.y - from.y), width: Math.round(box.width) };
};

describe('fields in place at 1366×768', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  it('the dates above the grid stay in line; the dossier: every parcours reads whole in its closed list; periods fit the dossier; a wrong date moves nothing beside it; refused fields framed in red', async () => {
    const watched = await openWatchedPage(chromium(), baseURL, { viewport: VIEWPORT });
    const { page } = watched;
    try {
      await loadExample(page, baseURL);
      await openTab(page, 'Conformité des dossiers');

      // The session's dates above the grid: a wrong oral date lengthens its own column, the others stay in line.
      await page.getByText('Dates des oraux, contrôleurs et date des notices').click();
      const oral = page.getByRole('textbox', { name: 'Oral E4 (premier jour)' });
      const others = ['Oral U61 (premier jour)', 'Oral U62 (premier jour)', "Date d'envoi des notices"].map((name) => page.getByRole('textbox', { name }));
      const inLine = () => Promise.all(others.map((field) => placeFrom(oral, field)));
      const lined = await inLine();
      expect(lined.map((place) => place.y)).toEqual([0, 0, 0]);
      await oral.fill('31/02/2024');
      await oral.press('Enter');
      await page.getByText("Le 31/02/2024 n'existe pas dans le calendrier.").waitFor();
      expect(await inLine()).toEqual(lined);
      await oral.fill('');
      await page.getByText('Dates des oraux, contrôleurs et date des notices').click();

      await page.locator('.ag-row[row-index="0"] .ag-cell[col-id="nom"]').click();
      const side = page.locator('#panel-conformite .side');
      await side.getByRole('heading', { name: /^Dossier de / }).waitFor();

      // A closed list shows its chosen option on one line, cut at its arrow: each option's text, drawn in the list's
      // font, must fit in its box less its padding and arrow.
      const parcours = side.getByRole('combobox', { name: 'Parcours' });
      const options = await parcours.evaluate((select: HTMLSelectElement) => {
        const style = getComputedStyle(select);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
        return [...select.options].map((option) => ({ text: option.text, fits: context.measureText(option.text).width <= room }));
      });
      expect(options.map((o) => o.text)).toEqual([
        'Par défaut : expérience professionnelle',
        'Stage (attestations de stage)',
        'Expérience professionnelle (certificats de travail)',
      ]);
      expect(options.filter((o) => !o.fits)).toEqual([]);

      // Two periods: every field of each is inside the dossier, which does not scroll sideways.
      await side.getByRole('button', { name: 'Ajouter une période' }).click();
      await side.getByRole('button', { name: 'Ajouter une période' }).click();
      await side.getByRole('group', { name: 'Période 2' }).waitFor();
      const fit = await side.evaluate((panel) => {
        const box = panel.getBoundingClientRect();
        const outside = [...panel.querySelectorAll<HTMLElement>('.period-list input, .period-list select, .period-list button')]
          .filter((field) => {
            const r = field.getBoundingClientRect();
            return r.left < box.left - 0.5 || r.right > box.right + 0.5;
          })
          .map((field) => field.getAttribute('aria-label'));
        return { sideways: panel.scrollWidth - panel.clientWidth, scrolledBy: panel.scrollLeft, outside };
      });
      expect(fit).toEqual({ sideways: 0, scrolledBy: 0, outside: [] });

      // « Du » refused: its message shows under it, in view, and « Au », « Durée écrite » and « Supprimer » stay where they were.
      const start = side.getByRole('textbox', { name: 'Début de la période 1' });
      const beside = [
        side.getByRole('textbox', { name: 'Fin de la période 1' }),
        side.getByRole('textbox', { name: 'Durée de la période 1' }),
        side.getByRole('button', { name: 'Supprimer la période 1' }),
      ];
      const places = () => Promise.all(beside.map((field) => placeFrom(start, field)));
      const before = await places();
      await start.fill('31/02/2024');
      await start.press('Enter');
      const message = side.getByText("Le 31/02/2024 n'existe pas dans le calendrier.");
      await message.waitFor();
      expect(await seenWhole(message)).toBe(true);
      expect(await places()).toEqual(before);

      // A convocation to the contrôle: Heure and Salle stay beside the date whatever the date's message.
      await openTab(page, 'Épreuve de contrôle');
      const card = page
        .getByRole('article')
        .filter({ has: page.getByRole('checkbox', { name: /^E1 —/, disabled: false }) })
        .first();
      await card.getByRole('checkbox', { name: /^E1 —/ }).check();
      const slot = card.getByRole('group', { name: 'Convocation au contrôle E1' });
      const fields = [slot.getByRole('textbox', { name: 'Heure' }), slot.getByRole('textbox', { name: 'Salle' })];
      const date = slot.getByRole('textbox', { name: 'Date' });
      const slotPlaces = () => Promise.all(fields.map((field) => placeFrom(date, field)));
      const slotBefore = await slotPlaces();
      await date.fill('31/02/2024');
      await fields[0]!.click();
      const slotMessage = slot.getByText("Le 31/02/2024 n'existe pas dans le calendrier.");
      await slotMessage.waitFor();
      expect(await seenWhole(slotMessage)).toBe(true);
      expect(await slotPlaces()).toEqual(slotBefore);

      // A refused field is framed in red (docs/deliberation.md), each of them as the date is: an hour that is not one,
      // a contrôle mark above 20 (their borders stayed grey, aria-invalid said only to a screen reader).
      const border = (field: Locator) => field.evaluate((element) => getComputedStyle(element).borderColor);
      expect(await border(date)).toBe(RED);
      expect(await border(fields[0]!)).toBe(GREY);
      await fields[0]!.fill('25:00');
      await fields[0]!.press('Enter');
      await card.getByText(/« 25:00 » n'est pas une heure/).waitFor();
      expect(await fields[0]!.getAttribute('aria-invalid')).toBe('true');
      expect(await border(fields[0]!)).toBe(RED);
      const mark = card.getByRole('textbox', { name: 'Note de contrôle E1' });
      expect(await border(mark)).toBe(GREY);
      await mark.fill('25');
      await mark.press('Enter');
      await expect.poll(() => mark.getAttribute('aria-invalid')).toBe('true');
      expect(await border(mark)).toBe(RED);
      expectNoProblems(watched);
    } finally {
      await watched.close();
    }
  });
});
