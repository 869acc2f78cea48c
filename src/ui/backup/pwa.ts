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
  // A new version taking control of this tab: only the tab that asked reloads by itself. Followed here rather than
  // through workbox-window's `isUpdate`, which is false in a tab whose first visit the service worker claimed
  // (clientsClaim): that tab's first change of controller is the first install, the next ones are new versions.
  const container = typeof navigator !== 'undefined' ? navigator.serviceWorker : undefined;
  let controlled = container?.controller != null;
  container?.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true; // the first install claimed this tab
      return;
    }
    if (requestedHere) location.reload();
    else events.onNewVersionActive();
  });
  const update = registerSW({
    onNeedRefresh: () => events.onNeedRefresh(),
    onOfflineReady: () => events.onOfflineReady(),
    // Handled by the controllerchange listener above (without this option the plugin would reload every tab).
    onNeedReload: () => undefined,
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
