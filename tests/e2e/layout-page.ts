// What a person sees, measured from boxes (not from what the DOM holds): visible grid rows and columns, the
// main content's box, the page's own scrolling. Shared by the layout tests and `npm run screenshots`.
import type { Locator, Page } from 'playwright-core';

/** The workspace's tabs, in order (their accessible names). */
export const TAB_NAMES = [
  'Notes et résultats',
  'Candidats',
  'Établissements',
  "Grilles d'évaluation",
  'Livret scolaire',
  'Conformité des dossiers',
  'Jury',
  'Épreuve de contrôle',
  'Journal',
  'Documents (PDF)',
  'Sauvegarde',
] as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GridView {
  /** Rows whose whole height is on screen: inside the grid's scrolling body and inside the window. */
  fullRows: number;
  /** Column ids whose header is wholly on screen (inside the grid, the window, and not covered). */
  visibleColumns: string[];
  /** The grid's box. */
  box: Box;
}

/** Measures the first AG Grid inside `scope` (a CSS selector). Null when there is none. */
export async function measureGrid(page: Page, scope: string): Promise<GridView | null> {
  return page.evaluate((scope) => {
    const root = document.querySelector(`${scope} .ag-root-wrapper`);
    if (!root) return null;
    const inWindow = (r: DOMRect) => r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight + 0.5 && r.right <= window.innerWidth + 0.5;
    const gridBox = root.getBoundingClientRect();
    // A row is wholly visible when what is drawn at the top and at the bottom of its first cell is that row: not
    // clipped by the grid's scrolling body, not under the header, a scrollbar, a toast or the window's edge.
    let fullRows = 0;
    for (const row of root.querySelectorAll('.ag-row')) {
      const r = row.getBoundingClientRect();
      const cell = row.querySelector('.ag-cell');
      if (r.height === 0 || !cell || r.top < 0 || r.bottom > window.innerHeight + 0.5) continue;
      const x = cell.getBoundingClientRect().left + 4;
      const top = document.elementFromPoint(x, r.top + 2);
      const bottom = document.elementFromPoint(x, r.bottom - 2);
      if (top && bottom && row.contains(top) && row.contains(bottom)) fullRows++;
    }
    const visibleColumns: string[] = [];
    for (const header of root.querySelectorAll<HTMLElement>('.ag-header-cell[col-id]')) {
      const r = header.getBoundingClientRect();
      if (r.width === 0 || r.left < gridBox.left - 0.5 || r.right > gridBox.right + 0.5 || !inWindow(r)) continue;
      // Inside the centre viewport's visible part for scrolled columns; pinned ones are always drawn.
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (hit && header.contains(hit)) visibleColumns.push(header.getAttribute('col-id')!);
    }
    return { fullRows, visibleColumns, box: { x: gridBox.x, y: gridBox.y, width: gridBox.width, height: gridBox.height } };
  }, scope);
}

/** The texts among `selector` that are cut (drawn wider than their box, « Date de naiss… »). */
export async function cutTexts(page: Page, selector: string): Promise<(string | null)[]> {
  return page.evaluate(
    (selector) => [...document.querySelectorAll<HTMLElement>(selector)].filter((t) => t.scrollWidth > t.clientWidth + 1).map((t) => t.textContent),
    selector,
  );
}

export interface PageView {
  /** The open tab panel's box. */
  panel: Box | null;
  /** How much the page itself scrolls (0 on a screen laid out for the window). */
  verticalOverflow: number;
  horizontalOverflow: number;
  /** Elements (tag.class) that stick out of the window sideways. */
  overflowing: string[];
}

export async function measurePage(page: Page): Promise<PageView> {
  return page.evaluate(() => {
    const panel = document.querySelector('[role="tabpanel"]');
    const r = panel?.getBoundingClientRect();
    const doc = document.scrollingElement ?? document.documentElement;
    const overflowing: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Inside a scrolling box (a grid, a table wrapper) sticking out is that box's business, not the page's.
      let clipped = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX !== 'visible') {
          clipped = true;
          break;
        }
      }
      if (!clipped && (box.right > window.innerWidth + 1 || box.left < -1))
        overflowing.push(`${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}`);
    }
    return {
      panel: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
      verticalOverflow: Math.max(0, doc.scrollHeight - window.innerHeight),
      horizontalOverflow: Math.max(0, doc.scrollWidth - window.innerWidth),
      overflowing: overflowing.slice(0, 10),
    };
  });
}

/** Opens a tab and waits until its panel has content (lazy screens load their code first). */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  const panel = page.getByRole('tabpanel');
  await panel.waitFor();
  await page.waitForFunction(() => {
    const panel = document.querySelector('[role="tabpanel"]');
    if (!panel || panel.getBoundingClientRect().height === 0 || panel.children.length === 0) return false;
    // A grid draws its rows after its first layout: wait for them (or its « no rows » overlay).
    const grid = panel.querySelector('.ag-root-wrapper');
    return !grid || grid.querySelector('.ag-row, .ag-overlay-no-rows-wrapper') !== null;
  });
}

/**
 * Whether a person sees the element without scrolling: its box wholly inside the window, and what is drawn at its
 * centre is the element (not something over it, nor the inside of a scrolled box that has moved it out of sight).
 */
export async function seenWhole(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const r = element.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.top < 0 || r.left < 0 || r.bottom > window.innerHeight + 0.5 || r.right > window.innerWidth + 0.5) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && element.contains(hit);
  });
}
