/**
 * A 53-bit hash of plain data, the same for data that sameData finds equal (keys sorted, undefined left out): what
 * undoing an import compares a created candidate's record with, instead of a copy of it. Its output is stored in the
 * undo record of a session's last import: it must never change (tests/db/fingerprint.test.ts).
 */
export function fingerprint(value: unknown): number {
  const text = canonical(value);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The canonical text of plain data: object keys sorted by code unit, undefined values left out. */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return value === undefined ? 'undefined' : JSON.stringify(value);
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i > 0 ? ',' : '') + canonical(value[i]);
    return text + ']';
  }
  const record = value as Record<string, unknown>;
  let text = '{';
  let first = true;
  for (const key of sortedKeys(record)) {
    const item = record[key];
    if (item === undefined) continue;
    text += (first ? '' : ',') + JSON.stringify(key) + ':' + canonical(item);
    first = false;
  }
  return text + '}';
}

/**
 * An object's keys in code unit order. 50,000 candidates of an import have the same few key lists: each list is
 * sorted once (a few dozen lists kept at most, each checked key for key before use).
 */
function sortedKeys(record: Record<string, unknown>): readonly string[] {
  const keys = Object.keys(record);
  const id = keys.join('\u0000');
  const known = sortedKeyLists.get(id);
  if (known && known.keys.length === keys.length && known.keys.every((key, i) => key === keys[i])) return known.sorted;
  const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (!known && sortedKeyLists.size < 64) sortedKeyLists.set(id, { keys, sorted });
  return sorted;
}

const sortedKeyLists = new Map<string, { keys: readonly string[]; sorted: readonly string[] }>();
