// Renders the PNG icons of the web app manifest from the SVG sources in public/icons/, with Debian's Chromium
// (nothing downloaded). Run after changing an SVG: `npx tsx scripts/icons.ts`; the PNGs are committed.
import { readFileSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/browser.ts';

const ICONS = [
  { svg: 'public/icons/icon.svg', png: 'public/icons/icon-192.png', size: 192 },
  { svg: 'public/icons/icon.svg', png: 'public/icons/icon-512.png', size: 512 },
  { svg: 'public/icons/icon-maskable.svg', png: 'public/icons/icon-maskable-512.png', size: 512 },
  // iOS ignores transparency and rounds the corners itself: the full-bleed variant.
  { svg: 'public/icons/icon-maskable.svg', png: 'public/icons/apple-touch-icon.png', size: 180 },
];

const browser = await launchChromium();
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const data = Buffer.from(readFileSync(icon.svg)).toString('base64');
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img alt="" width="${icon.size}" height="${icon.size}" src="data:image/svg+xml;base64,${data}"></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: icon.png, omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
    await page.close();
    console.log(`${icon.png} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
