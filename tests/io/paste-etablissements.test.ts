// Établissements copied from a spreadsheet and pasted in « Établissements »: with their headings in any order, or
// without them from the focused column; every refusal says where and why, and nothing is taken then.
import { describe, expect, it } from 'vitest';
import { hasEtablissementHeadings, pastedEtablissements } from '../../src/io/import/paste-etablissements.ts';

const lines = (...rows: string[][]) => rows.map((cells) => cells.join('\t')).join('\r\n') + '\r\n';

describe('pastedEtablissements', () => {
  it('reads lines under their headings, in any order and spelled as an import reads them', () => {
    const text = lines(
      ['Ville', 'Nom', 'Code UAI', "Type d'établissement"],
      ['Albi', 'LPO Rascol', '0810004p', 'Public'],
      ['Rodez', 'GRETA du Rouergue', '', 'greta'],
    );
    expect(pastedEtablissements(text)).toEqual({
      ok: true,
      etablissements: [
        { line: 2, uai: '0810004P', name: 'LPO Rascol', city: 'Albi', type: 'public' },
        { line: 3, uai: '', name: 'GRETA du Rouergue', city: 'Rodez', type: 'greta' },
      ],
    });
  });

  it('without headings, fills the columns from the focused one on, as a spreadsheet does; an empty type is « Public »', () => {
    expect(pastedEtablissements(lines(['0810004P', 'LPO Rascol', 'Albi']))).toEqual({
      ok: true,
      etablissements: [{ line: 1, uai: '0810004P', name: 'LPO Rascol', city: 'Albi', type: 'public' }],
    });
    expect(pastedEtablissements(lines(['LPO Rascol', 'Albi'], [], ['Lycée Myriam', 'Toulouse']), 'name')).toEqual({
      ok: true,
      etablissements: [
        { line: 1, uai: '', name: 'LPO Rascol', city: 'Albi', type: 'public' },
        { line: 3, uai: '', name: 'Lycée Myriam', city: 'Toulouse', type: 'public' },
      ],
    });
  });

  it.each([
    [
      lines(['LPO Rascol', 'Albi', 'Public', 'en trop']),
      'name',
      "4 colonnes collées à partir de « Nom », mais 3 colonnes seulement jusqu'au bord de la grille",
    ],
    [lines(['Albi']), 'city', 'aucune colonne collée ne tombe sur « Nom » ; placez-vous sur « UAI » ou « Nom », ou collez avec sa ligne de titres'],
    [lines(['081004P', 'LPO Rascol']), 'uai', "ligne 1, colonne « UAI » : Le code UAI « 081004P » n'est pas valide"],
    [lines(['0810004P', 'LPO Rascol'], ['0310044E', '']), 'uai', "ligne 2 : le nom de l'établissement manque"],
    [lines(['Nom', 'Type'], ['LPO Rascol', 'château']), 'uai', 'ligne 2, colonne « Type » : '],
    [lines(['Nom', 'Ville']), 'uai', 'une ligne de titres, sans établissement dessous'],
  ] as const)('refuses %j, saying where and why', (text, from, why) => {
    const pasted = pastedEtablissements(text, from);
    expect(pasted.ok).toBe(false);
    if (pasted.ok) return;
    expect(pasted.error).toMatch(/^Collage refusé : .*\. Rien n'a été collé\.$/);
    expect(pasted.error).toContain(why);
  });
});

describe('hasEtablissementHeadings', () => {
  it('tells a list of établissements with its headings from cells to paste on the grid’s cells', () => {
    expect(hasEtablissementHeadings(lines(['Ville', 'Nom'], ['Albi', 'LPO Rascol']))).toBe(true);
    expect(hasEtablissementHeadings('\r\nCode UAI\tÉtablissement\r\n0810004P\tLPO Rascol\r\n')).toBe(true);
    expect(hasEtablissementHeadings(lines(['Albi'], ['Castres']))).toBe(false);
    expect(hasEtablissementHeadings(lines(['Albi', 'Public']))).toBe(false);
  });
});
