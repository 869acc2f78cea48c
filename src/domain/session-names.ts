/**
 * Session names a person can tell apart: two sessions of the same name looked the same in the session list, in the
 * restore preview and after a deletion (the other one opened, as if nothing had been deleted).
 */

/** A name as a person reads it: case, accents and spacing aside. */
function readAs(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr').replace(/\s+/g, ' ').trim();
}

/**
 * A session as the session list shows it: its name, then its académie unless the name already says it (« BTS CCST 2025
 * — Toulouse — Toulouse » read as a mistake).
 */
export function sessionLabel(session: { name: string; academie: string }): string {
  const academie = session.academie.trim();
  return academie === '' || readAs(session.name).includes(readAs(academie)) ? session.name : `${session.name} — ${academie}`;
}

/** Why `name` cannot be given to a session (another one, not `exceptId`, is called so), or null. */
export function sessionNameTaken(name: string, sessions: readonly { id?: number; name: string }[], exceptId?: number): string | null {
  const wanted = readAs(name);
  const other = sessions.find((s) => s.id !== exceptId && readAs(s.name) === wanted);
  return other
    ? `Une session s'appelle déjà « ${other.name} » : donnez-lui un autre nom (par exemple avec le centre ou l'année), pour les distinguer dans la liste.`
    : null;
}

/** The first of `nameAt(1)`, `nameAt(2)`… that none of `taken` reads as (case, accents and spacing aside). */
function firstFreeName(nameAt: (n: number) => string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const name = nameAt(n);
    if (!taken.has(readAs(name))) return name;
  }
}

const numbered = (name: string) => (n: number) => (n === 1 ? name : `${name} (${n})`);

/** `name` if no session has it, else « name (2) », « name (3) »… (a session created from a file or the example). */
export function freeSessionName(name: string, sessions: readonly { name: string }[]): string {
  return firstFreeName(numbered(name), new Set(sessions.map((s) => readAs(s.name))));
}

/** What restoring a backup does with one of its sessions: added (new here), a copy next to the one here, replacing it, or nothing. */
export type RestoreChoice = 'replace' | 'copy' | 'skip';

/**
 * The names the sessions of a backup get once restored, in the file's order (none for a session left out): the
 * backup's name, « (2) »… when a session here already has it; a copy kept next to the same session here
 * « name (restaurée) », « (restaurée 2) »…; a session replaced frees its name first. The restore and its preview
 * both say these names.
 */
export function restoredSessionNames(
  sessions: readonly { fileId: number; name: string; existing: { name: string } | null }[],
  here: readonly { name: string }[],
  choices: Readonly<Record<number, RestoreChoice>>,
): Map<number, string> {
  const taken = new Set(here.map((s) => readAs(s.name)));
  const names = new Map<number, string>();
  for (const s of sessions) {
    const choice = choices[s.fileId] ?? 'copy';
    if (choice === 'skip') continue;
    if (s.existing && choice === 'replace') taken.delete(readAs(s.existing.name));
    const name =
      s.existing && choice !== 'replace'
        ? firstFreeName((n) => `${s.name} (restaurée${n === 1 ? '' : ` ${n}`})`, taken)
        : firstFreeName(numbered(s.name), taken);
    taken.add(readAs(name));
    names.set(s.fileId, name);
  }
  return names;
}
