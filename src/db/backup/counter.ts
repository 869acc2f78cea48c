/** Backups, the reminder: write actions counted since the last backup (a Dexie middleware). */
import type { DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Dexie, Middleware, DBCore } from 'dexie';
import type { DelibDatabase } from '../database.ts';
import { BACKED_UP_TABLES, CHANGES_SINCE_BACKUP, LAST_BACKUP_AT } from './tables.ts';

export interface BackupStatus {
  /** Write actions (transactions) on the data since the last complete backup, in this browser. */
  changes: number;
  /** When the last complete backup was made, or null if never. */
  lastBackupAt: string | null;
}

export async function backupStatus(db: DelibDatabase): Promise<BackupStatus> {
  const [changes, last] = await db.settings.bulkGet([CHANGES_SINCE_BACKUP, LAST_BACKUP_AT]);
  return {
    changes: typeof changes?.value === 'number' ? changes.value : 0,
    lastBackupAt: typeof last?.value === 'string' ? last.value : null,
  };
}

/** Records that every session was just saved: the counter starts again from 0. */
export async function markBackedUp(db: DelibDatabase, at: string = new Date().toISOString()): Promise<void> {
  await db.transaction('rw', db.settings, () =>
    db.settings.bulkPut([
      { key: CHANGES_SINCE_BACKUP, value: 0 },
      { key: LAST_BACKUP_AT, value: at },
    ]),
  );
}

const COUNTED_TABLES = new Set<string>(BACKED_UP_TABLES);

/**
 * A Dexie addon that counts the changes made in this tab since the last backup: each committed transaction
 * that wrote to a backed-up table adds 1 to the `changesSinceBackup` setting (one user action = one change,
 * whatever its size). A transaction that itself resets the counter (a restore) is not counted.
 * Install it when the database is created: `openDatabase(name, { addons: [countChangesSinceBackup] })`.
 */
const pendingCounts = new WeakMap<Dexie, Set<Promise<void>>>();

/** Resolves once the counter has counted every write transaction already seen (for tests and the backup view). */
export async function changesCounted(db: Dexie): Promise<void> {
  const pending = pendingCounts.get(db);
  while (pending && pending.size > 0) await Promise.all([...pending]);
}

export function countChangesSinceBackup(db: Dexie): void {
  const watched = new WeakMap<DBCoreTransaction, { counted: boolean; resets: boolean }>();
  const pending = new Set<Promise<void>>();
  pendingCounts.set(db, pending);

  const increment = (): Promise<void> => {
    if (!db.isOpen()) return Promise.resolve(); // closed for another tab's upgrade: that tab's data is what counts now
    return db
      .transaction('rw', 'settings', async () => {
        const current = (await db.table('settings').get(CHANGES_SINCE_BACKUP)) as { value?: unknown } | undefined;
        const value = typeof current?.value === 'number' ? current.value : 0;
        await db.table('settings').put({ key: CHANGES_SINCE_BACKUP, value: value + 1 });
      })
      .catch(() => {
        // The counter is a reminder, never a reason for an action to fail.
      });
  };

  /** The state of a transaction, listening for its end the first time it is seen. */
  const stateOf = (trans: DBCoreTransaction) => {
    let state = watched.get(trans);
    if (!state) {
      const entry = { counted: false, resets: false };
      watched.set(trans, entry);
      // Dexie's DBCore transaction is the IDBTransaction itself.
      const events = trans as unknown as Partial<Pick<IDBTransaction, 'addEventListener'>>;
      if (events.addEventListener) {
        const listen = events.addEventListener.bind(events);
        const ended = new Promise<void>((resolve) => {
          listen('complete', () => void (entry.counted && !entry.resets ? increment() : Promise.resolve()).then(resolve));
          listen('abort', () => resolve());
          listen('error', () => resolve());
        });
        pending.add(ended);
        void ended.then(() => pending.delete(ended));
      }
      state = entry;
    }
    return state;
  };

  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'delib-changes-since-backup',
    create(down) {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const table = down.table(name);
          const counted = COUNTED_TABLES.has(name);
          if (!counted && name !== 'settings') return table;
          return {
            ...table,
            mutate(req: DBCoreMutateRequest) {
              if (counted) stateOf(req.trans).counted = true;
              else if ((req.type === 'put' || req.type === 'add') && req.values.some((v) => (v as { key?: unknown } | null)?.key === CHANGES_SINCE_BACKUP)) {
                stateOf(req.trans).resets = true;
              }
              return table.mutate(req);
            },
          };
        },
      };
    },
  };
  db.use(middleware);
}
