/**
 * Writes started by this page and not committed yet. While there is one, leaving the page (reload, close, another
 * address) makes the browser ask for confirmation (`beforeunload`): the grid shows a mark as soon as Enter is
 * pressed, some milliseconds before IndexedDB has it, and a reload in between used to lose it silently.
 *
 * Counted at two levels: every read-write transaction of the database (a Dexie middleware, so every screen is
 * covered), and the user actions that prepare a write before opening its transaction (`trackWrite`).
 */
import type { Dexie, DBCoreTransaction } from 'dexie';
import { hasUnsavedDrafts } from './unsaved-drafts.ts';

let pending = 0;
const listeners = new Set<(count: number) => void>();

function change(delta: number): void {
  pending += delta;
  for (const listener of listeners) listener(pending);
}

/** How many writes are in flight. */
export function pendingWrites(): number {
  return pending;
}

/** Called with the count each time it changes; returns the unsubscribe function. */
export function onPendingWrites(listener: (count: number) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Resolves once no write is pending (at once when none is). */
export function whenNoPendingWrites(): Promise<void> {
  if (pending === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = onPendingWrites((count) => {
      if (count > 0) return;
      stop();
      resolve();
    });
  });
}

/** Counts `work` as a pending write until it settles. */
export async function trackWrite<T>(work: () => Promise<T>): Promise<T> {
  change(+1);
  try {
    return await work();
  } finally {
    change(-1);
  }
}

/** Dexie addon: every read-write transaction counts as pending until it completes or aborts. */
export function trackPendingWrites(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'pendingWrites',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const tx: DBCoreTransaction = down.transaction(stores, mode, options);
        const events = tx as unknown as Partial<Pick<IDBTransaction, 'addEventListener'>>;
        if (mode === 'readwrite' && typeof events.addEventListener === 'function') {
          change(+1);
          let open = true;
          const done = () => {
            if (!open) return;
            open = false;
            change(-1);
          };
          for (const type of ['complete', 'abort'] as const) events.addEventListener(type, done);
        }
        return tx;
      },
    }),
  });
}

/**
 * While a write is pending, or a grid's blank row holds something typed and not stored (unsaved-drafts.ts), asks
 * the browser to confirm before leaving the page. Returns the function that removes the handler.
 */
export function confirmLeavingWhileWriting(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  const handler = (event: BeforeUnloadEvent) => {
    if (pending === 0 && !hasUnsavedDrafts()) return;
    event.preventDefault();
    // Older browsers need a returnValue; the text itself is never shown (the browser has its own).
    try {
      event.returnValue = 'Une modification est en cours d’enregistrement.';
    } catch {
      // not a BeforeUnloadEvent (tests): preventDefault is enough
    }
  };
  target.addEventListener('beforeunload', handler);
  return () => target.removeEventListener('beforeunload', handler);
}
