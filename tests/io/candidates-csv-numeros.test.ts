/** The command line's reading of candidate numbers: a number given twice aux zéros de tête près, a line of total. */
import { describe, expect, it } from 'vitest';
import { formatInputError, readCandidatesCsv } from '../../src/io/candidates-csv.ts';
import { ccst } from '../domain/factories.ts';

const HEADER = 'numero;nom;prenom;E1;E21;E22;E3;E4;E5;U61;U62';
const messages = (text: string) => readCandidatesCsv(text, ccst).errors.map(formatInputError);

describe('candidate numbers in the candidates file', () => {
  it('refuses a number given again without its leading zero, naming the first line', () => {
    const text = `${HEADER}\n02431000062;Noir;Jeanne;10;10;10;10;10;10;10;10\n2431000062;Noir;Jeanne;10;10;10;10;10;10;10;10\n`;
    expect(messages(text)).toEqual(['ligne 3, colonne numero : numéro « 2431000062 » déjà présent ligne 2 (« 02431000062 », aux zéros de tête près)']);
  });

  it('refuses a « numéro » without any digit with one message (a total line), but not a number with letters', () => {
    const text = `${HEADER}\n02431000001;A;B;10;10;10;10;10;10;10;10\n0012b;C;D;10;10;10;10;10;10;10;10\nTotal;2 candidats;;;;;;;;;;\n`;
    expect(messages(text)).toEqual([
      "ligne 4, colonne numero : « Total » n'est pas un numéro de candidat (ligne de total ou de titre ?) : supprimez cette ligne",
    ]);
  });
});
