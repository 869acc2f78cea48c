// Storage problems explained (issue 20, point 5): each failure to open the database gets its French explanation,
// and writes in flight are counted so leaving the page can ask first (point 6).
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { CLOSED_MESSAGE, QUOTA_MESSAGE, storageErrorMessage, storageFailure } from '../../src/db/storage.ts';
import { openDatabase } from '../../src/db/database.ts';
import { keepDraft } from '../../src/ui/state/unsaved-drafts.ts';
import { confirmLeavingWhileWriting, pendingWrites, trackPendingWrites, trackWrite } from '../../src/ui/state/pending-writes.ts';

const named = (name: string, message = '') => Object.assign(new Error(message), { name });

describe('storageFailure', () => {
  it('names what happened and what to do, for each way IndexedDB can fail', () => {
    expect(storageFailure(new Dexie.MissingAPIError('IndexedDB API missing'))).toMatchObject({ kind: 'unavailable' });
    const refused = storageFailure(new Dexie.OpenFailedError(new DOMException('The operation is insecure.', 'SecurityError')));
    expect(refused.kind).toBe('blocked');
    expect(refused.title).toBe("Le navigateur refuse à Délib l'accès au stockage de ses données.");
    expect(refused.advice.join(' ')).toContain('navigation privée');
    expect(refused.detail).toContain('SecurityError');
    expect(storageFailure(named('InvalidStateError')).kind).toBe('blocked'); // Firefox's private windows
    expect(storageFailure(new DOMException('full', 'QuotaExceededError')).kind).toBe('full');
    expect(storageFailure(new Dexie.OpenFailedError(named('VersionError'))).kind).toBe('newer');
    expect(storageFailure(new Dexie.DatabaseClosedError()).kind).toBe('closed');
    expect(storageFailure(new Error('?')).kind).toBe('other');
  });

  it('turns a full disk and a closed database during use into French messages', () => {
    expect(storageErrorMessage(new DOMException('full', 'QuotaExceededError'))).toBe(QUOTA_MESSAGE);
    expect(storageErrorMessage(new Dexie.DatabaseClosedError())).toBe(CLOSED_MESSAGE);
    expect(storageErrorMessage(new Error('other'))).toBeNull();
  });
});

/** Whether leaving the page (a `beforeunload` on `events`) would make the browser ask first. */
function leavingAsks(events: EventTarget): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  events.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('pending writes', () => {
  it('counts each read-write transaction until it commits, and asks before leaving meanwhile', async () => {
    const db = openDatabase(`pending-${Math.random()}`, { addons: [trackPendingWrites] });
    await db.open();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const events = new EventTarget();
    const stop = confirmLeavingWhileWriting(events as unknown as Window);
    const leave = () => leavingAsks(events);
    expect(leave()).toBe(false);
    const write = trackWrite(() =>
      db
        .transaction('rw', db.settings, async () => {
          await db.settings.put({ key: 'x', value: 1 });
          await held; // a transaction kept open only by a Promise ends early in IndexedDB, but the action is still pending
        })
        .catch(() => undefined),
    );
    expect(pendingWrites()).toBeGreaterThan(0);
    expect(leave()).toBe(true);
    release();
    await write;
    await expect.poll(() => pendingWrites()).toBe(0);
    expect(leave()).toBe(false);
    stop();
    db.close();
  });

  it('asks before leaving while a blank row holds something typed and not stored, not once it is stored', () => {
    const events = new EventTarget();
    const stop = confirmLeavingWhileWriting(events as unknown as Window);
    const leave = () => leavingAsks(events);
    keepDraft('candidats:1', { nom: 'Sand' });
    expect(leave()).toBe(true);
    keepDraft('candidats:1', null);
    expect(leave()).toBe(false);
    stop();
  });
});
