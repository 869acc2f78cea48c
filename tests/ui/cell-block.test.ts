// The block of cells Shift+arrows or Shift+click choose in a grid, and the text Ctrl+C puts on the clipboard for it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/domain/count.ts';
import { readCsv } from '../../src/io/csv.ts';
import { isPastedBlock } from '../../src/io/import/paste.ts';
import { blockBounds, blockSize, copyRefusal, filledText, MAX_COPIED_CELLS, pasteStart, pasteTargetFrom, tsvText } from '../../src/ui/grid/cell-block.ts';

const COLUMNS = ['numero', 'nom', 'prenom', 'E1', 'E2', 'E3', 'moyenne', 'decision'];

describe('a block of cells', () => {
  it('spans the rows and the columns shown between its two corners, whichever way it was drawn', () => {
    const down = blockBounds({ rowIndex: 2, colId: 'E1' }, { rowIndex: 4, colId: 'E3' }, COLUMNS);
    const up = blockBounds({ rowIndex: 4, colId: 'E3' }, { rowIndex: 2, colId: 'E1' }, COLUMNS);
    expect(down).toEqual({ top: 2, bottom: 4, columns: ['E1', 'E2', 'E3'] });
    expect(up).toEqual(down);
    expect(blockSize(down!)).toBe('3 lignes × 3 colonnes');
    expect(blockSize(blockBounds({ rowIndex: 0, colId: 'nom' }, { rowIndex: 0, colId: 'nom' }, COLUMNS)!)).toBe('1 ligne × 1 colonne');
  });

  it('ends when a corner’s column is no longer shown (a group folded)', () => {
    expect(blockBounds({ rowIndex: 0, colId: 'E1' }, { rowIndex: 1, colId: 'controle_E1' }, COLUMNS)).toBeNull();
  });

  it('is copied as a spreadsheet copies it: tabs between cells, CRLF between rows, quoted only when needed', () => {
    expect(
      tsvText([
        ['12,5', 'Admis'],
        ['AB', 'Dupont "dit" Jean'],
        ['', 'deux\nlignes'],
      ]),
    ).toBe('12,5\tAdmis\r\nAB\t"Dupont ""dit"" Jean"\r\n\t"deux\nlignes"');
  });

  it('takes a paste from its first cell, whichever corner has the focus, and one value pasted on it fills it', () => {
    const drawnUp = blockBounds({ rowIndex: 4, colId: 'E3' }, { rowIndex: 2, colId: 'E1' }, COLUMNS)!;
    const drawnDown = blockBounds({ rowIndex: 2, colId: 'E1' }, { rowIndex: 4, colId: 'E3' }, COLUMNS)!;
    expect(pasteStart(drawnDown, { rowIndex: 4, colId: 'E3' })).toEqual({ rowIndex: 2, colId: 'E1' });
    expect(pasteStart(drawnUp, { rowIndex: 2, colId: 'E1' })).toEqual({ rowIndex: 2, colId: 'E1' });
    expect(pasteStart(null, { rowIndex: 7, colId: 'E4' })).toEqual({ rowIndex: 7, colId: 'E4' });
    expect(filledText('ABJ', blockBounds({ rowIndex: 0, colId: 'E1' }, { rowIndex: 1, colId: 'E2' }, COLUMNS)!)).toBe('ABJ\tABJ\r\nABJ\tABJ');
  });

  it('sends pasted cells to the columns from the start cell on and to the rows from its own down', () => {
    const columns = ['nom', 'E1', 'E2'].map((colId) => ({ colId, heading: colId, key: colId === 'nom' ? null : colId }));
    const rows = ['Dupont', 'Martin', 'Petit'];
    const target = pasteTargetFrom({ rowIndex: 1, colId: 'E1' }, columns, (index) => rows[index] ?? null)!;
    expect(target.columns.map((c) => c.colId)).toEqual(['E1', 'E2']);
    expect([0, 1, 2].map(target.rowAt)).toEqual(['Martin', 'Petit', null]);
    // A start cell whose column is not among the grid's (hidden since): nowhere to paste.
    expect(pasteTargetFrom({ rowIndex: 0, colId: 'E9' }, columns, () => null)).toBeNull();
  });

  it('is copied up to 250,000 cells, and past them refused in words, saying how to get the whole table', () => {
    const rows = (count: number) => ({ top: 0, bottom: count - 1, columns: COLUMNS });
    expect(copyRefusal(rows(MAX_COPIED_CELLS / COLUMNS.length))).toBeNull();
    expect(copyRefusal(rows(50_000))).toBe(
      `Bloc trop grand pour le presse-papiers (${formatCount(400_000)} cellules, ${formatCount(250_000)} au plus) : rien n'a été copié. « Exporter… » écrit le tableau entier dans un fichier.`,
    );
  });

  // Property: what Ctrl+C puts on the clipboard is read back cell for cell by the reader Ctrl+V uses (a block pasted
  // into another grid or a spreadsheet gets the same cells).
  it('is read back cell for cell by the reader of pasted blocks', () => {
    const text = fc.stringMatching(/^[a-zA-Zé0-9 ,.;"\t\n-]{0,8}$/).filter((s) => !s.startsWith("'"));
    const rows = fc
      .integer({ min: 1, max: 4 })
      .chain((width) => fc.array(fc.array(text, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 5 }))
      .filter((rs) => rs.every((row) => row.some((cell) => cell.trim() !== '')));
    fc.assert(
      fc.property(rows, (cells) => {
        const copied = tsvText(cells);
        const read = readCsv(copied, { delimiter: '\t' });
        expect(read.errors).toEqual([]);
        expect([read.header!.cells, ...read.records.map((r) => r.cells)]).toEqual(cells);
        // More than one cell, none blank: Ctrl+V takes it as a block, not as one value typed.
        if ((cells.length > 1 || cells[0]!.length > 1) && cells.flat().every((c) => c.trim() !== '')) expect(isPastedBlock(copied)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
