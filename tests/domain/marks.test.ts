import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMark, markReadingNote, parseControleMark, parseMark, parseMarkNumber } from '../../src/domain/marks.ts';
import { findUnit } from '../../src/domain/regulation.ts';
import { ccst } from './factories.ts';

const parse = (text: string, code = 'E1') => parseMark(text, findUnit(ccst, code)!, ccst);
const value = (text: string, code = 'E1') => {
  const r = parse(text, code);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const error = (text: string, code = 'E1') => {
  const r = parse(text, code);
  if (r.ok) throw new Error(`expected an error for « ${text} »`);
  return r.error;
};

describe('R2 marks', () => {
  it('R2: 12,5 and 12.5 are the same mark, to the hundredth', () => {
    expect(value('12,5')).toEqual({ kind: 'number', hundredths: 1250 });
    expect(value('12.5')).toEqual(value('12,5'));
    expect(value(' 12,50 ')).toEqual(value('12,5'));
    expect(value('\u00a012,05\u202f')).toEqual({ kind: 'number', hundredths: 1205 });
    expect(value('0')).toEqual({ kind: 'number', hundredths: 0 });
    expect(value('20')).toEqual({ kind: 'number', hundredths: 2000 });
    expect(value('20,00')).toEqual({ kind: 'number', hundredths: 2000 });
  });

  it('R2: empty is "not entered yet"', () => {
    expect(value('')).toEqual({ kind: 'empty' });
    expect(value('   ')).toEqual({ kind: 'empty' });
  });

  it('R2: codes are case-insensitive, with the synonyms ABS = AB and DISP = DI', () => {
    expect(value('ab')).toEqual({ kind: 'AB' });
    expect(value('Abs')).toEqual({ kind: 'AB' });
    expect(value('abj')).toEqual({ kind: 'ABJ' });
    expect(value('Disp')).toEqual({ kind: 'DI' });
    expect(value('disp.')).toEqual({ kind: 'DI' });
    expect(value('di')).toEqual({ kind: 'DI' });
    expect(value('nv', 'E4')).toEqual({ kind: 'NV' });
    expect(value('NV', 'U61')).toEqual({ kind: 'NV' });
    expect(value('NV', 'U62')).toEqual({ kind: 'NV' });
  });

  it('R2: « Abs » is AB, said beside it where it is read (a spreadsheet’s « Abs » often means any absence)', () => {
    expect(markReadingNote(' Abs. ')).toBe(
      "« Abs. » lu AB, absence non justifiée (éliminatoire sur une épreuve obligatoire) : écrivez ABJ si l'absence est justifiée",
    );
    for (const text of ['AB', 'ab', 'ABJ', '12', 'Absent', '']) expect(markReadingNote(text)).toBeNull();
  });

  it('R2: a mark over 20, negative, with 3 decimals or not a number is refused with a French message', () => {
    expect(error('20,01')).toBe('« 20,01 » : note supérieure à 20');
    expect(error('21')).toBe('« 21 » : note supérieure à 20');
    expect(error('1000000')).toBe('« 1000000 » : note supérieure à 20');
    expect(error('-1')).toBe('« -1 » : une note ne peut pas être négative');
    expect(error('12,505')).toBe('« 12,505 » : 2 décimales au plus');
    expect(error('douze')).toBe("« douze » n'est ni une note de 0 à 20 ni un code possible en E1 (AB, ABJ, DI)");
    expect(error('XX', 'E4')).toBe("« XX » n'est ni une note de 0 à 20 ni un code possible en E4 (AB, ABJ, NV)");
    expect(error('12,5,1')).toBe("« 12,5,1 » n'est pas une note");
    expect(error('1 2')).toBe("« 1 2 » n'est pas une note");
    expect(error('1e1')).toBe("« 1e1 » n'est pas une note");
    // Written with its scale (a teacher's sheet): how to write it is said; it is not read as a number.
    expect(error('12/20')).toBe('« 12/20 » : écrivez la note seule, sans « /20 » (12)');
    expect(error(' 12,5 / 20 ')).toBe('« 12,5 / 20 » : écrivez la note seule, sans « /20 » (12,5)');
    expect(error('8/10')).toBe('« 8/10 » : note sur 10 ; la note attendue est sur 20');
  });

  it('R2: « Absent » and « dispensé » written in words stay refused (they are not codes) and say which code to write', () => {
    // Absent: justified or not changes the decision (AB eliminates, ABJ counts 0): the person chooses, never Délib.
    expect(error('Absent')).toBe('« Absent » : écrivez AB (absence non justifiée) ou ABJ (absence justifiée)');
    expect(error('absente', 'E4')).toBe('« absente » : écrivez AB (absence non justifiée) ou ABJ (absence justifiée)');
    expect(error('ABSENCE')).toBe('« ABSENCE » : écrivez AB (absence non justifiée) ou ABJ (absence justifiée)');
    expect(error('dispensé')).toBe('« dispensé » : écrivez DI (dispensé)');
    expect(error('Dispensée', 'E3')).toBe('« Dispensée » : écrivez DI (dispensé)');
    expect(error('dispense')).toBe('« dispense » : écrivez DI (dispensé)');
    // Where no dispense is possible, the refusal says so, as for DI itself.
    expect(error('dispensé', 'E4')).toBe('DI impossible en E4 (dispense seulement en E1, E21, E22, E3)');
    expect(error('dispensée', 'EF1')).toContain('épreuve facultative');
  });

  it('R2: NV only on E4, U61, U62; DI only on dispensable units', () => {
    expect(error('NV', 'E1')).toBe('NV impossible en E1 (seulement en E4, U61, U62)');
    expect(error('DI', 'E4')).toBe('DI impossible en E4 (dispense seulement en E1, E21, E22, E3)');
    expect(error('DI', 'EF1')).toContain('épreuve facultative');
    expect(value('DI', 'E21')).toEqual({ kind: 'DI' });
  });

  it('R2: formatMark writes the shortest exact French form', () => {
    expect(formatMark(value('12,50'))).toBe('12,5');
    expect(formatMark(value('12'))).toBe('12');
    expect(formatMark(value('12.05'))).toBe('12,05');
    expect(formatMark(value('0,5'))).toBe('0,5');
    expect(formatMark(value('abs'))).toBe('AB');
    expect(formatMark(value(''))).toBe('');
  });

  it('R2: the parser never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom(...ccst.units.map((u) => u.code)), (text, code) => {
        const r = parse(text, code);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('R2: every mark 0–20 with 2 decimals round-trips through format and parse', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), (hundredths) => {
        const mark = { kind: 'number', hundredths } as const;
        expect(value(formatMark(mark))).toEqual(mark);
        expect(value(formatMark(mark).replace(',', '.'))).toEqual(mark);
      }),
    );
  });
});

/** The number rule as written before the allocation-free path for plain numbers: that path must agree with it. */
function referenceNumber(raw: string, maxMark: number): { ok: true; value: number } | { ok: false } {
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(raw.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, ''));
  if (!match) return { ok: false };
  const whole = match[1]!;
  const decimals = match[2] ?? '';
  if (decimals.length > 2 || whole.length > 3) return { ok: false };
  const hundredths = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  return hundredths > maxMark * 100 ? { ok: false } : { ok: true, value: hundredths };
}

describe('R2 numbers, read fast', () => {
  it('R2: a number is read the same by the fast path as by the rule (digits, , or ., spaces, any length)', () => {
    const chars = fc.constantFrom('0', '1', '2', '5', '9', ',', '.', ' ', '\u00a0', '-', 'a', '٣');
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 8 }), (text) => {
        const expected = referenceNumber(text, ccst.maxMark);
        const got = parseMarkNumber(text, ccst.maxMark);
        expect(got.ok).toBe(expected.ok);
        if (got.ok && expected.ok) expect(got.value).toBe(expected.value);
      }),
      { numRuns: 5000 },
    );
    expect(parseMarkNumber('20,01', 20).ok).toBe(false);
    expect(parseMarkNumber('0020', 20).ok).toBe(false);
    expect(parseMarkNumber('12,', 20).ok).toBe(false);
    expect(parseMarkNumber(',5', 20).ok).toBe(false);
    expect(parseMarkNumber('7,05', 20)).toEqual({ ok: true, value: 705 });
    expect(parseMark('  9.5 ', findUnit(ccst, 'E1')!, ccst)).toEqual({ ok: true, value: { kind: 'number', hundredths: 950 } });
  });
});

describe('R6 contrôle cells', () => {
  it('R6: a contrôle cell holds a mark, AB or nothing', () => {
    expect(parseControleMark('14,5', ccst)).toEqual({ ok: true, value: { kind: 'number', hundredths: 1450 } });
    expect(parseControleMark('abs', ccst)).toEqual({ ok: true, value: { kind: 'AB' } });
    expect(parseControleMark('', ccst)).toEqual({ ok: true, value: { kind: 'empty' } });
    const abj = parseControleMark('ABJ', ccst);
    expect(abj.ok).toBe(false);
    expect(parseControleMark('21', ccst).ok).toBe(false);
    // At the contrôle, only AB is an absence (R6): « Absent » says so.
    expect(parseControleMark('Absent', ccst)).toEqual({ ok: false, error: "« Absent » : à l'épreuve de contrôle, écrivez AB pour une absence" });
  });
});
