/**
 * A cell that holds nom and prénom together (a class list's « Élève » or « Nom Prénom » column: `DUPONT Léa`), split
 * the way French school lists write it: the nom in capitals, before or after the prénom, or the two parted by a comma
 * (`Dupont, Léa`); an initial with its full stop is a prénom (`DUPONT J.`). Anything else is not guessed
 * (`Le Goff Björn`, `DUPONT LÉA`): the line says how to write it.
 */
export type FullNameSplit = { ok: true; nom: string; prenom: string } | { ok: false; message: string };

/** Words in lower case that start a nom: `de GAULLE`, `van der BERG`. */
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'das', 'ben', 'bin', 'el', 'al']);

/** A prénom's initial: a capital and a full stop (`J.`, `J.-P.`). */
const INITIAL = /^\p{Lu}\.(-\p{Lu}\.)*$/u;

/**
 * A word of a nom written in capitals: it has letters, none of them lower case (`DUPONT`, `N'DIAYE`, `LE`), but for an
 * elided particle joined to it (`d'ARTAGNAN`). An initial is a prénom's (`DUPONT J.`).
 */
function inCapitals(word: string): boolean {
  const nom = word.replace(/^[dl]['’]/, '');
  return /\p{L}/u.test(nom) && !/\p{Ll}/u.test(nom) && !INITIAL.test(word);
}

/** A prénom made of initials only (`J.`, `J.-P.`, `J. P.`): a split of `DUPONT J.` that the person is told to complete. */
export function initialsOnly(prenom: string): boolean {
  const words = prenom.split(' ').filter((w) => w !== '');
  return words.length > 0 && words.every((w) => INITIAL.test(w));
}

/** A stored candidate's names as one cell may give them: nom first, or prénom first. */
export function fullNamesOf(c: { nom: string; prenom: string }): [string, string] {
  return [`${c.nom} ${c.prenom}`, `${c.prenom} ${c.nom}`];
}

export function splitFullName(cell: string): FullNameSplit {
  const text = cell.trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: true, nom: '', prenom: '' };
  const parts = text.split(',');
  if (parts.length === 2) {
    const [nom, prenom] = parts.map((p) => p.trim()) as [string, string];
    if (nom !== '' && prenom !== '') return { ok: true, nom, prenom };
  }
  const words = text.split(' ');
  if (words.length < 2) return { ok: false, message: `« ${text} » : un seul mot, le nom ou le prénom manque` };
  // A particle in lower case before a nom in capitals belongs to it (`de GAULLE Charles`, `Anna van der BERG`).
  const capitals = words.map(inCapitals);
  for (let i = words.length - 2; i >= 0; i--) {
    if (!capitals[i] && capitals[i + 1] && PARTICLES.has(words[i]!)) capitals[i] = true;
  }
  // The nom's words in capitals first (`LE GOFF Björn`), or last (`Björn LE GOFF`), and none among the prénom's.
  const leading = capitals.indexOf(false);
  if (leading > 0 && !capitals.slice(leading).includes(true)) {
    return { ok: true, nom: words.slice(0, leading).join(' '), prenom: words.slice(leading).join(' ') };
  }
  const trailing = capitals.lastIndexOf(false) + 1;
  if (trailing > 0 && trailing < words.length && !capitals.slice(0, trailing).includes(true)) {
    return { ok: true, nom: words.slice(trailing).join(' '), prenom: words.slice(0, trailing).join(' ') };
  }
  return {
    ok: false,
    message: `« ${text} » : le nom ne se distingue pas du prénom ; écrivez le nom en majuscules (DUPONT Léa), séparez-les par une virgule (Dupont, Léa) ou mettez-les dans deux colonnes`,
  };
}
