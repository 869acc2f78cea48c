/**
 * Session names a person can tell apart: two sessions of the same name looked the same in the session list, in the
 * restore preview and after a deletion (the other one opened, as if nothing had been deleted).
 */

/** A name as a person reads it: case, accents and spacing aside. */
function readAs(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr').replace(/\s+/g, ' ').trim();
}

/** Why `name` cannot be given to a session (another one, not `exceptId`, is called so), or null. */
export function sessionNameTaken(name: string, sessions: readonly { id?: number; name: string }[], exceptId?: number): string | null {
  const wanted = readAs(name);
  const other = sessions.find((s) => s.id !== exceptId && readAs(s.name) === wanted);
  return other
    ? `Une session s'appelle déjà « ${other.name} » : donnez-lui un autre nom (par exemple avec le centre ou l'année), pour les distinguer dans la liste.`
    : null;
}

/** `name` if no session has it, else « name (2) », « name (3) »… (a session created from a file or the example). */
export function freeSessionName(name: string, sessions: readonly { name: string }[]): string {
  const taken = new Set(sessions.map((s) => readAs(s.name)));
  if (!taken.has(readAs(name))) return name;
  for (let n = 2; ; n++) {
    const next = `${name} (${n})`;
    if (!taken.has(readAs(next))) return next;
  }
}
