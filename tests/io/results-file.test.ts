import { describe, expect, it } from 'vitest';
import { candidatesFileHeadings, resultsCsvFromCandidatesFile, resultsFromCandidatesFile } from '../../src/io/results-file.ts';
import { ccst } from '../domain/factories.ts';

const HEADER = 'numero;nom;prenom;E1;E21;E22;E3;E4;E5;U61;U62;controle_E1';
const bytes = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n') + '\r\n');

/** What the CLI writes from a CSV (line by line) must be what the rows-keeping path gives, bytes and errors alike. */
function bothWays(lines: string[]) {
  const kept = resultsFromCandidatesFile(bytes(lines), ccst);
  const streamed = resultsCsvFromCandidatesFile(bytes(lines), ccst);
  if (kept.ok) expect(streamed).toEqual({ ok: true, csv: kept.csv });
  else expect(streamed).toEqual(kept);
  return streamed;
}

describe('results CSV written line by line (the CLI)', () => {
  it('R3–R6: the same bytes as the results kept whole, for every decision and a contrôle', () => {
    const outcome = bothWays([
      HEADER,
      '001;Admis;A;12;12;12;12;12;12;12;12;',
      '002;Controle;B;8;9;9;9;10;10;11;11;12',
      '003;Elimine;C;AB;9;9;9;11;11;11;11;',
      '004;Nv;D;9;9;9;9;NV;11;11;11;',
      '005;Incomplet;E;;9;9;9;11;11;11;11;',
      '006;=Formule;"F;G";19,99;0,5;20;7.25;11;11;11;11;',
    ]);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.csv.split('\r\n')).toHaveLength(8);
  });

  it('R2, R6: the same errors, at the same lines and columns, in the same order', () => {
    const outcome = bothWays([
      HEADER,
      '001;Admis;A;12;12;12;12;12;12;12;12;15',
      '002;Faux;B;21;9;9;9;NV;11;11;11;',
      '001;Double;C;9;9;9;9;11;11;11;11;',
      '003;;D;9;9;9;9;11;11;11;11;',
      '004;Trop;E;9;9;9;9;11;11;11;11;;en trop',
    ]);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.messages.map((m) => m.split(' : ')[0])).toEqual([
        'ligne 2, colonne controle_E1',
        'ligne 3, colonne E1',
        'ligne 4, colonne numero',
        'ligne 5, colonne nom',
        'ligne 6',
      ]);
  });

  it('a file refused whole (unclosed quote, missing column, header only) is refused the same way', () => {
    expect(bothWays([HEADER, '001;"Admis;A;12;12;12;12;12;12;12;12;']).ok).toBe(false);
    expect(bothWays(['numero;nom;prenom;E1', '001;A;B;12']).ok).toBe(false);
    expect(bothWays([HEADER]).ok).toBe(false);
  });
});

describe('the headings the CLI chooses a regulation by (R9)', () => {
  it('are the first record of a CSV, whatever its separator and encoding', () => {
    expect(candidatesFileHeadings({ bytes: bytes(['"numero",nom,prenom,E6', '001,A,B,12']) })).toEqual(['numero', 'nom', 'prenom', 'E6']);
    const latin1 = Uint8Array.from([0x6e, 0x6f, 0x6d, 0x3b, 0x70, 0x72, 0xe9, 0x6e, 0x6f, 0x6d, 0x0a]); // nom;prénom in Windows-1252
    expect(candidatesFileHeadings({ bytes: latin1 })).toEqual(['nom', 'prénom']);
    const utf16 = [...'\uFEFFnom;E6\nA;12\n'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    expect(candidatesFileHeadings({ bytes: Uint8Array.from(utf16) })).toEqual(['nom', 'E6']);
    expect(candidatesFileHeadings({ bytes: new Uint8Array() })).toEqual([]);
  });

  it("are a workbook sheet's header, under its title rows, in the sheet asked for", () => {
    const workbook = {
      format: 'xlsx' as const,
      sheets: [
        {
          name: 'Notes',
          records: [
            { line: 1, cells: ['BTS CCST 2025'] },
            { line: 2, cells: ['numero', 'nom', 'E6'] },
            { line: 3, cells: ['001', 'A', '12'] },
          ],
        },
        { name: 'Autre', records: [{ line: 1, cells: ['numero', 'nom', 'E21'] }] },
      ],
    };
    expect(candidatesFileHeadings({ workbook })).toEqual(['numero', 'nom', 'E6']);
    expect(candidatesFileHeadings({ workbook, sheet: 'Autre' })).toEqual(['numero', 'nom', 'E21']);
  });
});
