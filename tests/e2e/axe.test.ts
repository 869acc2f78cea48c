// axe on every tab's whole page, with the example session loaded, at 1366×768 and 1920×1080: what a screen reader
// or keyboard user meets on each screen (the grids included). One page per size, shared by its tabs' tests.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeOn, openWatchedPage, useChromium, type WatchedPage } from './browser.ts';
import { openTab, TAB_NAMES } from './layout-page.ts';
import { expectNoProblems, loadExample } from './workspace-page.ts';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

describe('no accessibility violation on any tab (axe)', () => {
  const baseURL = inject('baseURL');
  const chromium = useChromium();

  for (const viewport of SIZES) {
    describe(`${viewport.width}×${viewport.height}`, () => {
      let watched: WatchedPage | undefined;
      beforeAll(async () => {
        watched = await openWatchedPage(chromium(), baseURL, { viewport, serviceWorkers: 'allow' }, { shared: true });
        await loadExample(watched.page, baseURL);
      });
      afterAll(async () => {
        await watched?.close();
      });

      for (const name of TAB_NAMES) {
        it(name, async () => {
          const { page } = watched!;
          await openTab(page, name);
          // A grid's rows are alike: axe checks the first five of each part (pinned and scrolled) and leaves out the
          // others, which would take it minutes on a loaded 2-core machine without finding anything new.
          await page.evaluate(() =>
            document.querySelectorAll('.ag-row').forEach((row) => {
              if (row.parentElement && [...row.parentElement.children].indexOf(row) >= 5) row.setAttribute('data-axe-skip', '');
            }),
          );
          const { violations } = await axeOn(page).exclude('[data-axe-skip]').analyze();
          expect(violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))).toEqual([]);
          expectNoProblems(watched!);
        });
      }
    });
  }
});
