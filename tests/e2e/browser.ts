// Helpers for browser tests: Debian's Chromium driven by playwright-core (never a downloaded
// browser), and pages that record what should never happen (console errors, uncaught errors,
// requests leaving the app's origin).
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, onTestFinished } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** Headless, no sandbox (CI runs as root), and no background networking: without those flags
 *  Chromium keeps trying to reach Google services, which floods a closed network. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Launches the system Chromium (CHROMIUM_PATH, default /usr/bin/chromium). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install Debian's package (apt-get install -y chromium) ` + 'or set CHROMIUM_PATH.');
  }
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
}

/** What a page did that a healthy, offline-first app never does. Arrays fill in as the page runs. */
export interface PageProblems {
  /** `console.error` messages (includes Chromium's "Failed to load resource" lines). */
  consoleErrors: string[];
  /** `console.warn` messages (Svelte's and AG Grid's warnings among them). */
  consoleWarnings: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** URLs of requests to any origin other than the app's (the app must work with no server). */
  outsideRequests: string[];
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
  /** Closes the page's context (and with it its storage). */
  close(): Promise<void>;
}

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'chrome-extension:', 'devtools:']);

/**
 * Console messages that are not the app's and are tolerated. Empty today: every error or warning the app's pages
 * print fails the test that opened them. Add an entry only for a message that comes from outside the app (the
 * browser itself), with the reason beside it.
 */
export const CONSOLE_ALLOW_LIST: readonly RegExp[] = [];

export interface WatchOptions {
  /**
   * Console errors and warnings this test provokes on purpose (a storage failure, a refused file…): they are still
   * recorded in `problems`, but do not fail the test by themselves.
   */
  expectedConsole?: readonly RegExp[];
  /** Opened in a `beforeAll` hook and shared by several tests: each of them checks `problems` itself (expectNoProblems). */
  shared?: boolean;
}

/**
 * Chromium's line when a page's service worker is not registered because the test's context blocks them (below).
 * Said by the browser, not the app: never recorded.
 */
const BLOCKED_SERVICE_WORKER = 'Service Worker registration blocked by Playwright';

/**
 * Opens a new page in a fresh context (empty IndexedDB, French locale, Paris time zone) and
 * records problems in `problems`. Requests are only observed, never blocked. `baseURL` is the app's URL; its origin
 * is the only one allowed.
 * The app's service worker is not registered unless the test asks for it (`serviceWorkers: 'allow'`: the offline,
 * update and « prêt hors ligne » tests): at its first visit it downloads and caches every file of the app, PDF and
 * spreadsheet libraries included, beside the test, and every test's context is a first visit. Measured on 2 cores:
 * 32 s against 38 s for one file of five tests, 36 s against 44 s for another.
 * A console error or warning (other than CONSOLE_ALLOW_LIST and `watch.expectedConsole`) fails the calling test
 * when it finishes, whether or not the test looks at `problems`.
 */
export async function openWatchedPage(browser: Browser, baseURL: string, options: BrowserContextOptions = {}, watch: WatchOptions = {}): Promise<WatchedPage> {
  const appOrigin = new URL(baseURL).origin;
  const context = await browser.newContext({
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
    ...options,
  });
  const swBlocked = (options.serviceWorkers ?? 'block') === 'block';
  const problems: PageProblems = { consoleErrors: [], consoleWarnings: [], pageErrors: [], outsideRequests: [] };
  const tolerated = [...CONSOLE_ALLOW_LIST, ...(watch.expectedConsole ?? [])];
  if (!watch.shared)
    onTestFinished(() => {
      const unexpected = [...problems.consoleErrors, ...problems.consoleWarnings].filter((text) => !tolerated.some((allowed) => allowed.test(text)));
      if (unexpected.length > 0) throw new Error(`The page wrote to the console:\n${unexpected.join('\n')}`);
    });

  // Context-level, so requests from workers and service workers are seen too.
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (LOCAL_SCHEMES.has(url.protocol)) return;
    if (url.origin !== appOrigin) problems.outsideRequests.push(request.url());
  });

  const page = await context.newPage();
  page.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    if (swBlocked && message.text() === BLOCKED_SERVICE_WORKER) return;
    const { url, lineNumber } = message.location();
    const text = url ? `${message.text()} (${url}:${lineNumber})` : message.text();
    (type === 'error' ? problems.consoleErrors : problems.consoleWarnings).push(text);
  });
  page.on('pageerror', (error) => {
    problems.pageErrors.push(error.stack ?? String(error));
  });

  return { context, page, problems, close: () => context.close() };
}

/**
 * One Chromium for the calling `describe` block: launched before its tests, closed after them.
 * Returns a getter, since the browser exists only once `beforeAll` has run.
 */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useChromium: the browser is not launched yet (call it inside a test)');
    return browser;
  };
}

/**
 * axe on a page of the app, run in the page itself (axe.run: the app has no frame), violations only. By default
 * @axe-core/playwright runs each frame apart and finishes in a blank page it opens for that: 9 s instead of 2 s on
 * the example session's livret tab, for the same violations.
 */
export function axeOn(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
}
