/** Candidate numbers: how they sort and how a number that lost its leading zeros is recognised. */

/** Candidate numbers sort as numbers when they are, so `2` comes before `10`. */
export function compareNumero(a: string, b: string): number {
  return a.localeCompare(b, 'fr', { numeric: true });
}

/**
 * `02431000001` → `2431000001`: an all-digit number without its leading zeros (Excel drops them when
 * it opens a CSV file); null when the number is not all digits.
 */
export function numeroWithoutZeros(numero: string): string | null {
  return /^\d+$/.test(numero) ? numero.replace(/^0+(?=\d)/, '') : null;
}

/**
 * Why a « numéro » cell is not a candidate number: it holds no digit at all (`Total`, `Moyenne`, a title a
 * spreadsheet put in the first column); null otherwise, and for an empty one (« numéro à venir », said elsewhere).
 * Numbers with letters (`0012b`) stay numbers.
 */
export function notANumeroMessage(numero: string): string | null {
  const text = numero.trim();
  if (text === '' || /\d/.test(text)) return null;
  return `« ${text} » n'est pas un numéro de candidat (ligne de total ou de titre ?)`;
}

/**
 * A candidate may be entered before their exam number is known: their numero is then empty, shown
 * as « numéro à venir » (grid, PDFs), never matched to an import row by number, and given by hand or by an
 * import that matches them on nom + prénom + date de naissance (accepted by the user, never silently).
 */
export const NUMERO_PENDING_LABEL = 'numéro à venir';

export function isNumeroPending(numero: string): boolean {
  return numero.trim() === '';
}

/** The numero as shown to a person: the number, or « numéro à venir ». */
export function shownNumero(numero: string): string {
  return isNumeroPending(numero) ? NUMERO_PENDING_LABEL : numero;
}

/** How many candidates a refusal names before « et N autres ». */
const PENDING_LISTED = 10;

/**
 * A deliberation decides on numbered candidates (the PV lists them by number): the French refusal
 * (`refusal`: « Impossible d'ouvrir la délibération ») while some candidates still wait for their number,
 * naming them; null when all have one.
 */
export function pendingNumerosMessage(refusal: string, candidates: readonly { numero: string; nom: string; prenom: string }[]): string | null {
  const pending = candidates.filter((c) => isNumeroPending(c.numero));
  if (pending.length === 0) return null;
  const names = pending.slice(0, PENDING_LISTED).map((c) => `${c.nom} ${c.prenom}`.trim());
  const more = pending.length > PENDING_LISTED ? ` et ${pending.length - PENDING_LISTED} autre(s)` : '';
  const who = pending.length === 1 ? "1 candidat n'a pas encore de numéro" : `${pending.length} candidats n'ont pas encore de numéro`;
  return `${refusal} : ${who} (« ${NUMERO_PENDING_LABEL} ») : ${names.join(', ')}${more}. Saisissez leur numéro (onglet « Candidats ») ou importez le fichier des numéros.`;
}

/**
 * Nom + prénom + date de naissance, compared without case, accents or extra spaces: how a row of a file is
 * matched to a candidate still waiting for their number. Null when one of the three is missing (no match then).
 */
export function identityKey(c: { nom: string; prenom: string; dateNaissance: string | null }): string | null {
  const norm = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\s'’-]+/g, ' ')
      .trim();
  const nom = norm(c.nom);
  const prenom = norm(c.prenom);
  if (nom === '' || prenom === '' || !c.dateNaissance) return null;
  return `${nom}\u0000${prenom}\u0000${c.dateNaissance}`;
}
