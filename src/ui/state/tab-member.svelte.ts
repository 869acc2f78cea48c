/**
 * The jury member who types in this tab (or window): a per-tab identity, never shared with the other tabs, so
 * the audit trail credits each change to whoever made it. Kept in the tab's sessionStorage (it survives a
 * reload of the tab, not a new tab) and given to the tab's own database connection (`db.juryMember`), where the
 * repositories read it when they write the audit trail.
 */
import type { DelibDatabase } from '../../db/database.ts';
import { checkName } from '../../domain/text.ts';

const KEY = 'delib.juryMember';

type SessionStorageLike = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStorage(): SessionStorageLike | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage blocked: the member lives as long as the page
  }
}

export class TabMember {
  /** The member's name, '' until the tab's user says who they are. */
  name = $state('');
  readonly #db: DelibDatabase;
  readonly #storage: SessionStorageLike | null;

  constructor(db: DelibDatabase, storage: SessionStorageLike | null = defaultStorage()) {
    this.#db = db;
    this.#storage = storage;
    let saved: string;
    try {
      saved = storage?.getItem(KEY) ?? '';
    } catch {
      saved = '';
    }
    this.name = checkName(saved, 'Le nom du membre du jury', false).ok ? saved.trim() : '';
    db.juryMember = this.name;
  }

  /** Sets this tab's member; returns the French reason when the name is refused (empty, control characters, too long). */
  set(name: string): string | null {
    const checked = checkName(name, 'Le nom du membre du jury', true);
    if (!checked.ok) return checked.message;
    this.name = checked.value;
    this.#db.juryMember = checked.value;
    try {
      this.#storage?.setItem(KEY, checked.value);
    } catch {
      // sessionStorage full or blocked: the member still holds for this page
    }
    return null;
  }
}
