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
  const [estimate, persisted] = await Promise.all([storage?.estimate?.().catch(() => undefined), storage?.persisted?.().catch(() => undefined)]);
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

/** The names of `error` and of every error it wraps (Dexie keeps the cause in `inner`), outermost first. */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? cause;
  }
  return names;
}

export const CLOSED_MESSAGE =
  "Le navigateur a fermé l'accès aux données de Délib (données du site effacées, Délib mis à jour dans un autre onglet, ou disque " +
  "devenu indisponible) : la dernière modification n'a pas été enregistrée. Rechargez la page ; si le problème revient, faites une " +
  'sauvegarde (onglet « Sauvegarde ») dès que possible.';

/** Why the data cannot be stored at all, for the screen shown instead of the app (see `storageFailure`). */
export type StorageFailureKind = 'unavailable' | 'blocked' | 'full' | 'closed' | 'newer' | 'other';

export interface StorageFailure {
  kind: StorageFailureKind;
  /** What happened, in one line. */
  title: string;
  /** What to do. */
  advice: string[];
  /** The browser's own words, for a support request. */
  detail: string;
}

function errorText(error: unknown): string {
  const names = errorNames(error);
  const message = error instanceof Error ? error.message : String(error);
  return [...new Set(names)].join(' / ') + (message ? ` : ${message}` : '');
}

/**
 * The French explanation of a failure to open the database (shown instead of the app, never an endless
 * « Chargement… »): IndexedDB missing, refused (private window, blocked site data), the disk full, the database
 * closed under the page, or written by a newer version of Délib.
 */
export function storageFailure(error: unknown): StorageFailure {
  const names = errorNames(error);
  const has = (...wanted: string[]) => names.some((n) => wanted.includes(n));
  const detail = errorText(error);
  if (isQuotaError(error)) {
    return {
      kind: 'full',
      title: "L'espace de stockage de ce navigateur est plein : Délib ne peut pas ouvrir ses données.",
      advice: [
        'Libérez de la place sur le disque de cet ordinateur (corbeille, téléchargements, gros fichiers), puis rechargez la page.',
        "Dans les réglages du navigateur, vous pouvez aussi supprimer les données d'autres sites dont vous n'avez plus besoin.",
        'Vos données Délib ne sont pas effacées : elles réapparaîtront dès que la place sera libérée.',
      ],
      detail,
    };
  }
  if (has('VersionError')) {
    return {
      kind: 'newer',
      title: 'Ces données ont été enregistrées par une version plus récente de Délib.',
      advice: [
        'Rechargez la page (connecté à Internet si besoin) pour obtenir la nouvelle version.',
        "N'utilisez pas une copie plus ancienne de Délib avec ces données : elle ne sait pas les lire.",
      ],
      detail,
    };
  }
  if (has('DatabaseClosedError') && !has('OpenFailedError', 'MissingAPIError', 'SecurityError', 'InvalidStateError', 'InvalidAccessError')) {
    return {
      kind: 'closed',
      title: "Le navigateur a fermé l'accès aux données de Délib.",
      advice: [
        'Rechargez la page.',
        'Si le problème revient, fermez les autres onglets de Délib, puis faites une sauvegarde (onglet « Sauvegarde ») dès que possible.',
      ],
      detail,
    };
  }
  if (has('MissingAPIError') || typeof indexedDB === 'undefined') {
    return {
      kind: 'unavailable',
      title: "Ce navigateur ne permet pas à Délib d'enregistrer des données (IndexedDB n'est pas disponible).",
      advice: [
        'Ouvrez Délib dans un navigateur récent (Firefox, Chrome, Edge ou Safari), dans une fenêtre normale (pas de navigation privée).',
        'Si Délib est ouvert depuis un fichier (adresse « file:// »), servez-le plutôt par un petit serveur local (voir la documentation « Publier »).',
      ],
      detail,
    };
  }
  if (has('SecurityError', 'InvalidStateError', 'InvalidAccessError', 'NotAllowedError', 'UnknownError', 'OpenFailedError')) {
    return {
      kind: 'blocked',
      title: "Le navigateur refuse à Délib l'accès au stockage de ses données.",
      advice: [
        'Cela arrive en navigation privée, ou quand les réglages du navigateur bloquent les cookies et données des sites.',
        'Autorisez les données de ce site dans les réglages, ou ouvrez Délib dans une fenêtre normale ou un autre profil du navigateur.',
        "Tant que ce problème n'est pas réglé, rien ne peut être enregistré : ne saisissez pas de notes ici.",
      ],
      detail,
    };
  }
  return {
    kind: 'other',
    title: 'Le stockage des données de Délib ne fonctionne pas dans ce navigateur.',
    advice: [
      'Rechargez la page. Si le problème persiste, essayez un autre navigateur ou un autre profil du navigateur.',
      'Si vous aviez des données dans ce navigateur, elles ne sont pas effacées par ce message.',
    ],
    detail,
  };
}

/** The French message for a storage failure the user can do something about, or null for any other error. */
export function storageErrorMessage(error: unknown): string | null {
  if (isQuotaError(error)) return QUOTA_MESSAGE;
  if (errorNames(error).includes('DatabaseClosedError')) return CLOSED_MESSAGE;
  return null;
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
