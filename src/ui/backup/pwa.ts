/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * The offline app's service worker, seen from the page (vite-plugin-pwa, registerType 'prompt').
 *
 * A new version is downloaded in the background and then WAITS: nothing changes under the user's feet. The
 * page is told (`onNeedRefresh`) and the user chooses when to reload. Only the tab where the user asked for
 * it reloads; other open tabs are told the new version is active (`onNewVersionActive`) and keep working
 * until their user reloads them (their data is in IndexedDB: nothing is lost either way).
 * In development and in tests `virtual:pwa-register` is a no-op.
 */
import { registerSW } from 'virtual:pwa-register';

export interface ServiceWorkerEvents {
  /** A new version is installed and waits for the user. */
  onNeedRefresh(): void;
  /** The first install is done: the app now works offline. */
  onOfflineReady(): void;
  /** Another tab activated the new version; this tab still runs the old code. */
  onNewVersionActive(): void;
}

export interface ServiceWorkerControl {
  /** Activates the waiting version; this tab then reloads itself. */
  activateUpdate(): Promise<void>;
}

/** How often a long-open tab (a whole jury day) checks for a new version, when online. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function startServiceWorker(events: ServiceWorkerEvents): ServiceWorkerControl {
  let requestedHere = false;
  const update = registerSW({
    onNeedRefresh: () => events.onNeedRefresh(),
    onOfflineReady: () => events.onOfflineReady(),
    // Called in every tab once the new version controls it: only the tab that asked reloads by itself.
    onNeedReload: () => {
      if (requestedHere) location.reload();
      else events.onNewVersionActive();
    },
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
    // file:// or a browser without service workers: the app works, only not offline after a reload.
    onRegisterError: () => undefined,
  });
  return {
    async activateUpdate() {
      requestedHere = true;
      await update(true);
    },
  };
}
