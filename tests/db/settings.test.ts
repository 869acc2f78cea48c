import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getSetting, OPEN_SESSION_ID, setSetting } from '../../src/db/settings.ts';
import { freshDb } from './helpers.ts';

describe('settings', () => {
  it('returns undefined for a setting never set', async () => {
    expect(await getSetting(freshDb(), OPEN_SESSION_ID)).toBeUndefined();
  });

  it('stores, replaces and removes a value', async () => {
    const db = freshDb();
    await setSetting(db, OPEN_SESSION_ID, 3);
    expect(await getSetting<number>(db, OPEN_SESSION_ID)).toBe(3);
    await setSetting(db, OPEN_SESSION_ID, 7);
    expect(await getSetting<number>(db, OPEN_SESSION_ID)).toBe(7);
    await setSetting(db, OPEN_SESSION_ID, undefined);
    expect(await getSetting(db, OPEN_SESSION_ID)).toBeUndefined();
    expect(await db.settings.count()).toBe(0);
  });

  it('keeps structured values', async () => {
    const db = freshDb();
    await setSetting(db, 'columns', { hidden: ['E21'], width: 80 });
    expect(await getSetting(db, 'columns')).toEqual({ hidden: ['E21'], width: 80 });
  });
});
