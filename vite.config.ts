/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  // Relative base: the build must work from any sub-path of a static host or a local folder.
  base: './',
  plugins: [svelte(), ...offlineApp()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  // The import worker loads the workbook library with import() when a workbook is read: only ES-module workers
  // can load chunks (the default, 'iife', would put the whole library in the worker, loaded for every CSV file).
  worker: { format: 'es' },
  test: {
    // Explicit budgets, far above what a test takes alone (most take well under a second, the slowest ~5 s on a
    // loaded 2-core machine): a test must never fail because the machine is busy.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default (one worker per core but one) gives a 2-core machine, CI's, a single worker: the unit and ui
    // files then ran one after the other with a core mostly idle. Two at least (the e2e project stays at one).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Pure property tests of UI state run here too: no DOM needed, and jsdom's start-up is not paid.
          include: ['tests/{domain,io,cli,db}/**/*.test.ts', 'tests/ui/**/*.property.test.ts'],
          globalSetup: ['tests/cli/build-cli.ts'],
        },
      },
      {
        extends: true,
        // Only component tests get the browser resolve conditions and auto-cleanup: applied to every
        // project, svelteTesting() would make builds run inside Vitest (e2e setup) use Svelte's server runtime.
        plugins: [svelteTesting()],
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.ts'],
          exclude: ['tests/ui/**/*.property.test.ts'],
          setupFiles: ['tests/ui/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll waits on what the page shows; its 1 s default is too short for a loaded 2-core machine.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});

// --- offline app (docs/publier.md) ------------------------------------------------------------------------

/**
 * The service worker (vite-plugin-pwa, registerType 'prompt': a new version waits until the user reloads) and
 * the web app manifest. Everything is relative, so the build works from any sub-path of a static host.
 * Precached at the first visit: the WHOLE app (index.html, every chunk including the PDF documents, jsPDF and
 * the PDF fonts, the CSS, the icons, the manifest), so every feature works offline even if it was never used
 * online. Left out: jsPDF's optional chunks, never imported by Délib. The first service worker claims the page
 * that installed it (`clientsClaim`), so the first visit is already served from the cache.
 */
function offlineApp(): Plugin[] {
  /**
   * jsPDF's optional chunks (html2canvas, canvg, DOMPurify), for features Délib does not use: never cached.
   * Rolldown names them after their entry file: html2canvas-<hash>.js, index.es-<hash>.js, purify.es-<hash>.js.
   */
  const JSPDF_OPTIONAL_CHUNKS = ['**/html2canvas*.js', '**/index.es-*.js', '**/purify.es-*.js'];
  return [
    ...VitePWA({
      registerType: 'prompt',
      injectRegister: false, // src/ui/backup/pwa.ts registers it (virtual:pwa-register)
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      includeManifestIcons: false, // precached by the glob below, once
      manifest: {
        id: './',
        name: 'Délib — délibération BTS',
        short_name: 'Délib',
        description: 'Notes, moyennes et délibération du BTS, dans le navigateur, hors ligne. Aucune donnée ne quitte cet ordinateur.',
        lang: 'fr',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#1f4e79',
        categories: ['education', 'productivity'],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ttf,webmanifest}'],
        globIgnores: [...JSPDF_OPTIONAL_CHUNKS, 'manifest.webmanifest'], // the plugin adds the manifest itself
        // The PDF fonts are large; nothing else comes near this limit (workbox's default, 2 MiB, is per file).
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install takes the page at once: without it, the first visit is not controlled and a chunk
        // first asked for after going offline (a PDF) fails until the page has been reloaded online.
        clientsClaim: true,
      },
    }),
  ];
}
