/**
 * The browser's storage for this site: how much is used, how much is allowed, whether the browser may evict it
 * (persistent storage), and what a full disk looks like from the database.
 *
 * When IndexedDB runs out of space the write fails with a QuotaExceededError and its transaction aborts: the
 * database stays exactly as it was before the action (every user action is one transaction). This module only
 * turns that error into a French message the user can act on.
 */

/** What `navigator.storage` says; null where the browser does not tell. */
export interface StorageState {
  /** Bytes used by this site (IndexedDB, caches of the offline app…). */
  usage: number | null;
  /** Bytes this site may use. */
  quota: number | null;
  /** True when the browser will not evict the data under storage pressure. */
  persisted: boolean | null;
}

/** The part of `StorageManager` used here (tests pass their own). */
export type StorageLike = Partial<Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>>;

function defaultStorage(): StorageLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Usage, quota and persistence, each null when unknown (old browser, file://, private window…). */
export async function storageState(storage: StorageLike | undefined = defaultStorage()): Promise<StorageState> {
  const [estimate, persisted] = await Promise.all([
    storage?.estimate?.().catch(() => undefined),
    storage?.persisted?.().catch(() => undefined),
  ]);
  return {
    usage: typeof estimate?.usage === 'number' ? estimate.usage : null,
    quota: typeof estimate?.quota === 'number' ? estimate.quota : null,
    persisted: typeof persisted === 'boolean' ? persisted : null,
  };
}

/**
 * Asks the browser to keep this site's data even under storage pressure. Chromium decides silently (it grants
 * it to installed or often used sites); Firefox asks the user. Returns the answer, or null if not supported.
 */
export async function requestPersistence(storage: StorageLike | undefined = defaultStorage()): Promise<boolean | null> {
  if (!storage?.persist) return null;
  try {
    if (storage.persisted && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return null;
  }
}

export const QUOTA_MESSAGE =
  "L'espace de stockage de ce navigateur est plein : la modification n'a pas été enregistrée et vos données sont restées comme avant. " +
  'Faites une sauvegarde, puis libérez de la place (supprimez une ancienne session déjà sauvegardée, ou de gros fichiers sur le disque) et recommencez.';

/**
 * True for a "storage full" failure, whatever wraps it: the DOMException itself, Dexie's QuotaExceededError,
 * or the AbortError of the transaction it aborted (Dexie keeps the cause in `inner`).
 */
export function isQuotaError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const { name, code, inner, cause } = current as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22) return true;
    current = inner ?? cause;
  }
  return false;
}

/** The French message for a storage failure the user can do something about, or null for any other error. */
export function storageErrorMessage(error: unknown): string | null {
  return isQuotaError(error) ? QUOTA_MESSAGE : null;
}

/** `0 octet`, `512 octets`, `1,5 Ko`, `23,4 Mo`, `2,1 Go` (powers of 1024, French decimal comma). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return `${bytes} ${bytes < 2 ? 'octet' : 'octets'}`;
  const units = ['Ko', 'Mo', 'Go', 'To'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = value < 10 ? 1 : 0;
  return `${value.toFixed(digits).replace('.', ',')} ${units[unit]}`;
}
