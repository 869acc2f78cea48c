/**
 * A candidate a file gives on more than one line: every one of those lines is refused, each naming the others.
 * When they differ, which one is right cannot be guessed; the file's order used to choose (the first was applied).
 * Shared by the session import (plan.ts) and the livret import (livret.ts).
 */

/** The lines of each key (a candidate, or a number not in the session yet), in the file's order. */
export class LinesByCandidate {
  readonly #lines = new Map<string, number[]>();

  add(key: string | null, line: number): void {
    if (key === null) return;
    const lines = this.#lines.get(key);
    if (lines) lines.push(line);
    else this.#lines.set(key, [line]);
  }

  /** True when some line of the file has this key. */
  has(key: string): boolean {
    return this.#lines.has(key);
  }

  /** The refusal of `line` when its key is on other lines too (null otherwise); `who` names it: « le candidat 0012 ». */
  refusal(key: string, line: number, who: string): string | null {
    const lines = this.#lines.get(key) ?? [];
    if (lines.length < 2) return null;
    return `${who} est aussi ${otherLinesText(lines, line)} : aucune de ces lignes n'est appliquée (gardez-en une seule)`;
  }
}

/**
 * The lines other than `line`: « ligne 4 », « lignes 4 et 9 », « lignes 4, 9, 12… (20 autres) ». Reads four lines at
 * most: a file giving one number on every line stays linear.
 */
function otherLinesText(lines: readonly number[], line: number): string {
  const count = lines.length - 1;
  const shown: number[] = [];
  for (let i = 0; i < lines.length && shown.length < 3; i++) if (lines[i] !== line) shown.push(lines[i]!);
  if (count === 1) return `ligne ${shown[0]}`;
  if (count <= 3) return `lignes ${shown.slice(0, -1).join(', ')} et ${shown.at(-1)}`;
  return `lignes ${shown.join(', ')}… (${count} autres)`;
}
