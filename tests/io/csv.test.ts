import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { csvBytes, detectDelimiter, readCsv, writeCsv } from '../../src/io/csv.ts';

const cellsOf = (text: string) => readCsv(text).records.map((r) => r.cells);
const linesOf = (text: string) => readCsv(text).records.map((r) => r.line);

describe('readCsv', () => {
  it('returns the header record apart, with its line, and strips a BOM', () => {
    const result = readCsv('\uFEFFnom;prénom;E1\r\nDupont;Léa;12,5\r\n');
    expect(result.delimiter).toBe(';');
    expect(result.header).toEqual({ line: 1, cells: ['nom', 'prénom', 'E1'] });
    expect(result.records).toEqual([{ line: 2, cells: ['Dupont', 'Léa', '12,5'] }]);
    expect(result.errors).toEqual([]);
  });

  it('returns header null and no records for empty or blank text', () => {
    for (const text of ['', '\uFEFF', '\r\n\n', ';;;\r\n ; ;\n']) {
      expect(readCsv(text)).toEqual({ delimiter: ';', header: null, records: [], errors: [] });
    }
  });

  it('accepts CRLF, LF, lone CR and a mix of them', () => {
    for (const nl of ['\r\n', '\n', '\r']) {
      const result = readCsv(['a;b', '1;2', '3;4'].join(nl) + nl);
      expect(result.header?.cells).toEqual(['a', 'b']);
      expect(result.records).toEqual([
        { line: 2, cells: ['1', '2'] },
        { line: 3, cells: ['3', '4'] },
      ]);
    }
    expect(readCsv('a;b\r\n1;2\n3;4\r5;6\r\n').records.map((r) => [r.line, ...r.cells])).toEqual([
      [2, '1', '2'],
      [3, '3', '4'],
      [4, '5', '6'],
    ]);
  });

  it('reads quoted fields holding ";", quotes and line breaks, and counts physical lines', () => {
    const text =
      'nom;commentaire;note\r\n' +
      '"Dupont";"a;b";12\r\n' +
      '"Martin";"il a dit ""oui""";13\r\n' +
      '"Durand";"ligne 1\r\nligne 2\nligne 3\rligne 4";14\r\n' +
      'Petit;"";15\r\n';
    const { records, errors } = readCsv(text);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { line: 2, cells: ['Dupont', 'a;b', '12'] },
      { line: 3, cells: ['Martin', 'il a dit "oui"', '13'] },
      { line: 4, cells: ['Durand', 'ligne 1\r\nligne 2\nligne 3\rligne 4', '14'] },
      { line: 8, cells: ['Petit', '', '15'] },
    ]);
  });

  it('keeps LF inside quoted cells of an Excel CRLF file', () => {
    expect(readCsv('a;b\r\n"x\ny";2\r\nz;3\r\n').records).toEqual([
      { line: 2, cells: ['x\ny', '2'] },
      { line: 4, cells: ['z', '3'] },
    ]);
  });

  it('skips blank lines and lines made of delimiters and whitespace, keeping line numbers', () => {
    const text = '\r\n ;;\r\nnom;note\r\n\r\n;;\r\nA;1\r\n  \t \r\n ; ; \r\nB;2\r\n;;;\r\n';
    const result = readCsv(text);
    expect(result.header).toEqual({ line: 3, cells: ['nom', 'note'] });
    expect(result.records).toEqual([
      { line: 6, cells: ['A', '1'] },
      { line: 9, cells: ['B', '2'] },
    ]);
  });

  it('keeps empty fields, short records and untrimmed cells', () => {
    expect(cellsOf('a;b;c\n1;;3\n;2;\n x ;"" \n')).toEqual([
      ['1', '', '3'],
      ['', '2', ''],
      [' x ', ''],
    ]);
  });

  it('removes the formula-injection apostrophe written by writeCsv, and only that one', () => {
    expect(cellsOf("h\n'=SUM(A1)\n'+33 6\n'-x\n'@x\n'abc\n''=x\nl'élève\n")).toEqual([['=SUM(A1)'], ['+33 6'], ['-x'], ['@x'], ["'abc"], ["'=x"], ["l'élève"]]);
  });

  it('reports an unterminated quote with its line, without throwing', () => {
    const result = readCsv('a;b\n1;2\n3;"abc\n4;5\n');
    expect(result.errors).toEqual([{ line: 3, message: 'guillemet non fermé' }]);
    expect(result.records[0]).toEqual({ line: 2, cells: ['1', '2'] });
    expect(result.records[1]?.line).toBe(3);
  });

  it('reports text after a closing quote', () => {
    const result = readCsv('a;b\n1;2\n"x"y;3\n4;5\n');
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors[0]?.line).toBe(3);
    expect(result.errors[0]?.message).toMatch(/guillemet/);
  });

  it('uses a given delimiter', () => {
    const result = readCsv('a,b;c\n1,2;3', { delimiter: ',' });
    expect(result.delimiter).toBe(',');
    expect(result.records[0]?.cells).toEqual(['1', '2;3']);
  });

  it('reads a comma file whose decimals are quoted', () => {
    const result = readCsv('nom,note\n"Dupont","12,5"\nMartin,"8,25"\n');
    expect(result.delimiter).toBe(',');
    expect(result.records.map((r) => r.cells)).toEqual([
      ['Dupont', '12,5'],
      ['Martin', '8,25'],
    ]);
  });

  it('reads 50,000 records of 20 columns with the right line numbers (speed is in npm run bench)', () => {
    const cells = (i: number) => Array.from({ length: 20 }, (_, j) => (j === 1 ? `Nom ${i}; «x»` : j % 3 ? `${i % 20},${j}` : `C${i}`));
    const line = (row: string[]) => row.map((c) => (c.includes(';') ? `"${c}"` : c)).join(';');
    const rows = Array.from({ length: 50_000 }, (_, i) => cells(i));
    const text = [Array.from({ length: 20 }, (_, j) => `c${j}`), ...rows].map(line).join('\r\n');
    const result = readCsv(text);
    expect(result.records).toHaveLength(50_000);
    expect(result.records[49_999]).toEqual({ line: 50_001, cells: cells(49_999) });
  });

  it('never throws on arbitrary strings, and gives sane line numbers', () => {
    const csvish = fc.string({ unit: fc.constantFrom(';', ',', '\t', '"', '\r', '\n', "'", '=', ' ', 'a', 'é', '\uFEFF') });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), csvish), (text) => {
        const result = readCsv(text);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        const lines = [result.header, ...result.records].filter((r) => r !== null).map((r) => r.line);
        lines.forEach((line, i) => {
          expect(line).toBeGreaterThanOrEqual(i === 0 ? 1 : lines[i - 1]!);
          expect(line).toBeLessThanOrEqual(lineCount);
        });
        for (const e of result.errors) expect(e.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});

// csv-spectrum cases (https://github.com/max-mapper/csv-spectrum), rewritten with ';' unless noted.
describe('csv-spectrum', () => {
  const cases: { name: string; text: string; header: string[]; records: string[][]; lines: number[] }[] = [
    {
      name: 'comma_in_quotes',
      text: 'first;last;address;city;zip\nJohn;Doe;120 any st.;"Anytown; WW";08123\n',
      header: ['first', 'last', 'address', 'city', 'zip'],
      records: [['John', 'Doe', '120 any st.', 'Anytown; WW', '08123']],
      lines: [2],
    },
    {
      name: 'comma_in_quotes (with commas)',
      text: 'first,last,address,city,zip\nJohn,Doe,120 any st.,"Anytown, WW",08123\n',
      header: ['first', 'last', 'address', 'city', 'zip'],
      records: [['John', 'Doe', '120 any st.', 'Anytown, WW', '08123']],
      lines: [2],
    },
    {
      name: 'empty',
      text: 'a;b;c\n1;"";""\n2;3;4\n',
      header: ['a', 'b', 'c'],
      records: [
        ['1', '', ''],
        ['2', '3', '4'],
      ],
      lines: [2, 3],
    },
    {
      name: 'empty_crlf',
      text: 'a;b;c\r\n1;"";""\r\n2;3;4\r\n',
      header: ['a', 'b', 'c'],
      records: [
        ['1', '', ''],
        ['2', '3', '4'],
      ],
      lines: [2, 3],
    },
    {
      name: 'escaped_quotes',
      text: 'a;b\n1;"ha ""ha"" ha"\n3;4\n',
      header: ['a', 'b'],
      records: [
        ['1', 'ha "ha" ha'],
        ['3', '4'],
      ],
      lines: [2, 3],
    },
    {
      name: 'json',
      text: 'key;val\n1;"{""type"": ""Point"", ""coordinates"": [102.0, 0.5]}"\n',
      header: ['key', 'val'],
      records: [['1', '{"type": "Point", "coordinates": [102.0, 0.5]}']],
      lines: [2],
    },
    {
      name: 'newlines',
      text: 'a;b;c\n1;2;3\n"Once upon \na time";5;6\n7;8;9\n',
      header: ['a', 'b', 'c'],
      records: [
        ['1', '2', '3'],
        ['Once upon \na time', '5', '6'],
        ['7', '8', '9'],
      ],
      lines: [2, 3, 5],
    },
    {
      name: 'newlines_crlf',
      text: 'a;b;c\r\n1;2;3\r\n"Once upon \r\na time";5;6\r\n7;8;9\r\n',
      header: ['a', 'b', 'c'],
      records: [
        ['1', '2', '3'],
        ['Once upon \r\na time', '5', '6'],
        ['7', '8', '9'],
      ],
      lines: [2, 3, 5],
    },
    {
      name: 'quotes_and_newlines',
      text: 'a;b\n1;"ha \n""ha"" \nha"\n3;4\n',
      header: ['a', 'b'],
      records: [
        ['1', 'ha \n"ha" \nha'],
        ['3', '4'],
      ],
      lines: [2, 5],
    },
    {
      name: 'simple',
      text: 'a;b;c\n1;2;3\n',
      header: ['a', 'b', 'c'],
      records: [['1', '2', '3']],
      lines: [2],
    },
    {
      name: 'simple_crlf',
      text: 'a;b;c\r\n1;2;3\r\n',
      header: ['a', 'b', 'c'],
      records: [['1', '2', '3']],
      lines: [2],
    },
    {
      name: 'utf8',
      text: 'a;b;c\n1;2;3\n4;5;ʤ\n',
      header: ['a', 'b', 'c'],
      records: [
        ['1', '2', '3'],
        ['4', '5', 'ʤ'],
      ],
      lines: [2, 3],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const result = readCsv(c.text);
      expect(result.errors).toEqual([]);
      expect(result.header?.cells).toEqual(c.header);
      expect(result.records.map((r) => r.cells)).toEqual(c.records);
      expect(linesOf(c.text)).toEqual(c.lines);
    });
  }
});

describe('detectDelimiter', () => {
  it('prefers ";" then tab then ","', () => {
    expect(detectDelimiter('nom;note,coef\tx')).toBe(';');
    expect(detectDelimiter('nom\tnote,coef')).toBe('\t');
    expect(detectDelimiter('nom,note')).toBe(',');
  });

  it('defaults to ";"', () => {
    expect(detectDelimiter('')).toBe(';');
    expect(detectDelimiter('nom\nDupont')).toBe(';');
  });

  it('looks at the first non-blank line only, outside quotes', () => {
    expect(detectDelimiter('\uFEFF\r\n  \r\nnom,note\nA;B\n')).toBe(',');
    expect(detectDelimiter(';;;\r\nnom\tnote\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c\n1;2\n')).toBe(',');
    expect(detectDelimiter('"x\ny;z"\tb\n')).toBe('\t');
    expect(detectDelimiter('\uFEFF"a;""b"",\n;c",d\n')).toBe(',');
    expect(detectDelimiter('écran 12",note\n"a;b";c\n')).toBe(',');
  });

  it('sees ";" in a header even when decimals use commas', () => {
    expect(detectDelimiter('nom;note\nDupont;12,5\n')).toBe(';');
    expect(detectDelimiter('nom,note\n"Dupont","12,5"\n')).toBe(',');
  });
});

describe('writeCsv', () => {
  it('writes BOM, ";" and CRLF after every row', () => {
    expect(
      writeCsv([
        ['nom', 'note'],
        ['Dupont', { number: '12,5' }],
        ['Martin', null],
      ]),
    ).toBe('\uFEFFnom;note\r\nDupont;12,5\r\nMartin;\r\n');
    expect(writeCsv([])).toBe('\uFEFF');
  });

  it('quotes only fields holding ";", quotes, CR or LF', () => {
    expect(writeCsv([['a;b', 'il a dit "oui"', 'l1\r\nl2', 'x\ry', 'a,b', ' sp ', "l'élève"]])).toBe(
      '\uFEFF"a;b";"il a dit ""oui""";"l1\r\nl2";"x\ry";a,b; sp ;l\'élève\r\n',
    );
  });

  it('escapes text cells that a spreadsheet would run as formulas', () => {
    expect(writeCsv([['=SUM(A1)', '+33 6 12', '-x', '@x', '\tx', '\rx', '=a;b', "'=x", 'a=b']])).toBe(
      "\uFEFF'=SUM(A1);'+33 6 12;'-x;'@x;'\tx;\"'\rx\";\"'=a;b\";''=x;a=b\r\n",
    );
  });

  it('writes number cells as they are', () => {
    expect(writeCsv([[{ number: '-3' }, { number: '+1' }, { number: '12,5' }]])).toBe('\uFEFF-3;+1;12,5\r\n');
  });

  it('encodes to UTF-8 bytes with the BOM', () => {
    expect([...csvBytes(writeCsv([['é']]))]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa9, 0x0d, 0x0a]);
  });
});

describe('write → read round trip', () => {
  const nonBlank = (s: string) => s.trim() !== '';
  const text = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.constantFrom(';', '"', '\r\n', '\r', '\n', '=', '+', '-', '@', '\t', "'", ' ', 'a', 'é', '€') }),
  );

  const table = fc.integer({ min: 1, max: 6 }).chain((width) =>
    fc.tuple(
      fc.array(text.filter(nonBlank), { minLength: width, maxLength: width }),
      fc.array(
        fc.array(text, { minLength: width, maxLength: width }).filter((row) => row.some(nonBlank)),
        { maxLength: 8 },
      ),
    ),
  );

  it('returns the same cells', () => {
    fc.assert(
      fc.property(table, ([header, rows]) => {
        const written = writeCsv([header, ...rows]);
        const result = readCsv(written, { delimiter: ';' });
        expect(result.errors).toEqual([]);
        expect(result.header?.cells).toEqual(header);
        expect(result.records.map((r) => r.cells)).toEqual(rows);
        if (header.length > 1) expect(readCsv(written)).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });

  it('gives physical line numbers, whatever the record breaks', () => {
    const breaks = (cells: string[]) => cells.reduce((n, c) => n + c.split(/\r\n|\r|\n/).length - 1, 0);
    fc.assert(
      fc.property(table, fc.array(fc.constantFrom('\r\n', '\n', '\r'), { minLength: 9, maxLength: 9 }), ([header, rows], nls) => {
        const all = [header, ...rows];
        const csv = all.map((row, i) => writeCsv([row]).slice(1, -2) + nls[i]).join('');
        const result = readCsv(csv, { delimiter: ';' });
        expect(result.records.map((r) => r.cells)).toEqual(rows);
        let line = 1;
        const expected = all.map((row) => {
          const start = line;
          line += 1 + breaks(row);
          return start;
        });
        expect([result.header!.line, ...result.records.map((r) => r.line)]).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
