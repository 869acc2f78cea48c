import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, readBackupFile, restoreBackup } from '../../src/db/backup.ts';
import { createSessionWithContent } from '../../src/db/sessions.ts';
import { setMark } from '../../src/db/marks.ts';
import type { DelibDatabase } from '../../src/db/database.ts';
import { UserError } from '../../src/db/errors.ts';
import { formatBytes, isQuotaError, QUOTA_MESSAGE, requestPersistence, storageErrorMessage, storageState } from '../../src/db/storage.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { populate } from '../fixtures/backup-data.ts';
import { freshDb, mark } from './helpers.ts';

/** Every table, raw. */
async function everything(db: DelibDatabase) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])));
}

const quotaError = () => new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');

/**
 * Simulates a full disk: writes to `store` fail with a QuotaExceededError once `allowed` more writes went
 * through (as IndexedDB does when the origin's quota is reached in the middle of a transaction).
 */
function fillDiskAfter(store: string, allowed = 0): void {
  const proto = IDBObjectStore.prototype as unknown as Record<'add' | 'put', (...args: unknown[]) => IDBRequest>;
  for (const method of ['add', 'put'] as const) {
    const original = proto[method];
    restore.push(() => (proto[method] = original));
    proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
      if (this.name === store && allowed-- <= 0) throw quotaError();
      return original.apply(this, args);
    };
  }
}
const restore: (() => void)[] = [];
afterEach(() => restore.splice(0).forEach((undo) => undo()));

describe('a full disk (QuotaExceededError)', () => {
  it('leaves the database as it was when a whole session is written, with a clear French message', async () => {
    const db = freshDb();
    await populate(db);
    const before = await everything(db);
    fillDiskAfter('markBlocks', 1); // the example's 170 candidates fill two blocks of marks: the failure comes mid-way
    const error = await createSessionWithContent(db, buildExampleSession()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(error).not.toBeInstanceOf(UserError);
    expect(isQuotaError(error)).toBe(true);
    expect(storageErrorMessage(error)).toBe(QUOTA_MESSAGE);
    expect(QUOTA_MESSAGE).toMatch(
      /^L'espace de stockage de ce navigateur est plein : la modification n'a pas été enregistrée et vos données sont restées comme avant\./,
    );
    restore.splice(0).forEach((undo) => undo());
    expect(await everything(db)).toEqual(before);
  });

  it('leaves a mark as it was when typing one fails', async () => {
    const db = freshDb();
    const { candidates } = await populate(db);
    await db.deliberations.clear(); // marks are free again
    const before = await everything(db);
    fillDiskAfter('markBlocks');
    const error = await setMark(db, { candidateId: candidates[0]!, unit: 'E1', value: mark('16') }).catch((e: unknown) => e);
    expect(storageErrorMessage(error)).toBe(QUOTA_MESSAGE);
    restore.splice(0).forEach((undo) => undo());
    expect(await everything(db)).toEqual(before);
  });

  it('turns a failed restore into a French refusal, nothing restored', async () => {
    const source = freshDb();
    await populate(source);
    const db = freshDb();
    const read = await readBackupFile(db, (await exportBackup(source, 'all')).text);
    if (!read.ok) throw new Error(read.error);
    await populate(db);
    const before = await everything(db);
    fillDiskAfter('audit', 1);
    const error = await restoreBackup(db, read.value).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^Restauration impossible : l'espace de stockage de ce navigateur est plein\. Rien n'a été restauré/);
    restore.splice(0).forEach((undo) => undo());
    expect(await everything(db)).toEqual(before);
  });

  it('is recognised however it is wrapped, and only then', () => {
    const dom = quotaError();
    expect(isQuotaError(dom)).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', dom))).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'AbortError', inner: dom } })).toBe(true);
    expect(isQuotaError(new Error('x', { cause: dom }))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true); // old Firefox
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isQuotaError(new UserError('Le nom est obligatoire.'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(storageErrorMessage(new Error('bug'))).toBeNull();
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(isQuotaError(loop)).toBe(false);
  });
});

describe('storageState / requestPersistence', () => {
  it('reads usage, quota and persistence', async () => {
    const storage = { estimate: async () => ({ usage: 1_234_567, quota: 2 ** 30 }), persisted: async () => false };
    expect(await storageState(storage)).toEqual({ usage: 1_234_567, quota: 2 ** 30, persisted: false });
  });

  it('says null for what the browser does not tell (no StorageManager, file://, errors)', async () => {
    expect(await storageState(undefined)).toEqual({ usage: null, quota: null, persisted: null });
    expect(await storageState({ estimate: async () => ({}) })).toEqual({ usage: null, quota: null, persisted: null });
    expect(await storageState({ estimate: () => Promise.reject(new Error('no')), persisted: () => Promise.reject(new Error('no')) })).toEqual({
      usage: null,
      quota: null,
      persisted: null,
    });
  });

  it('asks for persistence only when not persisted yet, and returns the answer', async () => {
    let asked = 0;
    const granted = { persisted: async () => false, persist: async () => (asked++, true) };
    expect(await requestPersistence(granted)).toBe(true);
    expect(asked).toBe(1);
    const already = { persisted: async () => true, persist: async () => (asked++, true) };
    expect(await requestPersistence(already)).toBe(true);
    expect(asked).toBe(1);
    expect(await requestPersistence({ persisted: async () => false, persist: async () => false })).toBe(false);
    expect(await requestPersistence({})).toBeNull();
    expect(await requestPersistence({ persist: () => Promise.reject(new Error('denied')) })).toBeNull();
  });
});

describe('formatBytes', () => {
  it('writes sizes the French way', () => {
    expect(formatBytes(0)).toBe('0 octet');
    expect(formatBytes(512)).toBe('512 octets');
    expect(formatBytes(1536)).toBe('1,5 Ko');
    expect(formatBytes(23.4 * 1024 * 1024)).toBe('23 Mo');
    expect(formatBytes(2.1 * 1024 ** 3)).toBe('2,1 Go');
    expect(formatBytes(Number.NaN)).toBe('—');
  });
});
