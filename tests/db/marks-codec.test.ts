import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeBlock,
  decodeMarkRows,
  decodeMarksByUnit,
  decodeTouchedMark,
  encodeBlock,
  encodeMarks,
  encodeMarksWrittenAt,
  encodeTouchedMark,
  joinTouchedMarks,
  splitTouchedMarks,
  type StoredMark,
} from '../../src/db/marks-codec.ts';

const unitCode = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,11}$/);
const value = fc.oneof(
  fc.integer({ min: 0, max: 2000 }).map((hundredths) => ({ kind: 'number' as const, hundredths })),
  fc.constantFrom('AB', 'ABJ', 'NV', 'DI', 'empty').map((kind) => ({ kind }) as StoredMark['value']),
);
const storedMark: fc.Arbitrary<StoredMark> = fc.record({
  value,
  sousReserve: fc.boolean(),
  benefice: fc.option(
    fc.integer({ min: 2000, max: 2040 }).map((year) => ({ year })),
    { nil: null },
  ),
  updatedAt: fc.date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
});
const marksByUnit = fc.dictionary(unitCode, storedMark, { maxKeys: 12 });

describe('marks-codec: a candidate’s marks as one text (schema v9)', () => {
  it('gives back every mark as it was written, with its keys, in unit code order', () => {
    fc.assert(
      fc.property(marksByUnit, fc.nat(), fc.nat(), (marks, sessionId, candidateId) => {
        const units = Object.keys(marks).sort();
        const expected = units.map((unit) => ({ sessionId, candidateId, unit, ...marks[unit]! }));
        const text = encodeMarks(marks);
        expect(decodeMarkRows(text, sessionId, candidateId)).toEqual(expected);
        const byUnit = decodeMarksByUnit(text, sessionId, candidateId);
        expect(Object.keys(byUnit)).toEqual(units);
        expect(Object.values(byUnit)).toEqual(expected);
      }),
    );
  });

  it('writes no line for no marks, and one line per mark', () => {
    expect(encodeMarks({})).toBe('');
    expect(decodeMarkRows('', 1, 2)).toEqual([]);
    const text = encodeMarks({
      E4: { value: { kind: 'number', hundredths: 1250 }, sousReserve: true, benefice: { year: 2023 }, updatedAt: '2026-06-01T08:00:00.000Z' },
      E1: { value: { kind: 'AB' }, sousReserve: false, benefice: null, updatedAt: '2026-06-02T08:00:00.000Z' },
    });
    expect(text).toBe('E1\tAB\t0\t\t2026-06-02T08:00:00.000Z\nE4\t1250\t1\t2023\t2026-06-01T08:00:00.000Z');
  });

  it('shares the decoded values, frozen: nothing can change a stored mark through another candidate’s', () => {
    const text = encodeMarks({ E1: { value: { kind: 'number', hundredths: 1250 }, sousReserve: false, benefice: null, updatedAt: 'x' } });
    const [a] = decodeMarkRows(text, 1, 1);
    const [b] = decodeMarkRows(text, 1, 2);
    expect(a!.value).toBe(b!.value);
    expect(Object.isFrozen(a!.value)).toBe(true);
    expect(() => ((a!.value as { hundredths: number }).hundredths = 5)).toThrow(TypeError);
  });

  it('upgrades a mark stored without bénéfice or date (an older record) instead of refusing the whole database', () => {
    const old = { value: { kind: 'number', hundredths: 800 }, sousReserve: false } as unknown as StoredMark;
    expect(decodeMarkRows(encodeMarks({ E1: old }), 1, 2)).toEqual([
      { sessionId: 1, candidateId: 2, unit: 'E1', value: { kind: 'number', hundredths: 800 }, sousReserve: false, benefice: null, updatedAt: '' },
    ]);
  });

  it('refuses to write what it could not read back, and says what it cannot read', () => {
    const content = { sousReserve: false, benefice: null, updatedAt: '2026-06-01T08:00:00.000Z' };
    expect(() => encodeMarks({ 'E\t1': { value: { kind: 'AB' }, ...content } })).toThrow(/Épreuve impossible à enregistrer/);
    expect(() => encodeMarks({ E1: { value: { kind: 'number', hundredths: -5 }, ...content } })).toThrow(/Note impossible à enregistrer/);
    expect(() => encodeMarks({ E1: { value: { kind: 'number', hundredths: 12.5 }, ...content } })).toThrow(/Note impossible à enregistrer/);
    expect(() => decodeMarkRows('E1\tXYZ\t0\t\tx', 1, 7)).toThrow(/Note enregistrée illisible : « XYZ »/);
    expect(() => decodeMarkRows('E1\t1250', 1, 7)).toThrow(/candidat 7/);
    // A value is digits alone (hundredths) or a kind: anything else, or nothing, is unreadable, never a number.
    for (const field of ['12a', '', '1 250', '99999999999999999999', '-5']) {
      expect(() => decodeMarkRows(`E1\t${field}\t0\t\tx`, 1, 7), field).toThrow(`Note enregistrée illisible : « ${field} »`);
    }
    expect(decodeMarkRows('E1\t0\t0\t\tx\nE2\t2000\t0\t\tx', 1, 7).map((m) => m.value)).toEqual([
      { kind: 'number', hundredths: 0 },
      { kind: 'number', hundredths: 2000 },
    ]);
  });
});

describe('marks-codec: the marks of a block of candidates as one text (schema v10)', () => {
  it('gives back every candidate’s part as it was written, in candidate id order, whatever order they came in', () => {
    const part = fc.record({ candidateId: fc.nat(), sessionId: fc.nat(), marks: marksByUnit.filter((m) => Object.keys(m).length > 0) });
    fc.assert(
      fc.property(fc.uniqueArray(part, { selector: (p) => p.candidateId, maxLength: 20 }), (parts) => {
        const written = parts.map(({ candidateId, sessionId, marks }) => ({ candidateId, sessionId, text: encodeMarks(marks) }));
        const decoded = decodeBlock(encodeBlock(written));
        expect(decoded).toEqual([...written].sort((a, b) => a.candidateId - b.candidateId));
        for (const { candidateId, sessionId, marks } of parts) {
          const own = decoded.find((p) => p.candidateId === candidateId)!;
          expect(decodeMarksByUnit(own.text, own.sessionId, candidateId)).toEqual(
            Object.fromEntries(Object.keys(marks).map((unit) => [unit, { sessionId, candidateId, unit, ...marks[unit]! }])),
          );
        }
      }),
    );
  });

  it('refuses a unit or a date holding a separator, and a block it cannot read', () => {
    const mark = (updatedAt: string): StoredMark => ({ value: { kind: 'AB' }, sousReserve: false, benefice: null, updatedAt });
    expect(() => encodeMarks({ 'E\u001e1': mark('x') })).toThrow(/Épreuve impossible à enregistrer/);
    expect(() => encodeMarks({ E1: mark('2026\u001f') })).toThrow(/Date impossible à enregistrer/);
    expect(decodeBlock('')).toEqual([]);
    expect(() => decodeBlock('12')).toThrow('Bloc de notes enregistré illisible.');
  });
});

describe('marks-codec: the marks an import writes (encodeMarksWrittenAt)', () => {
  it('gives what encodeMarks gives for the same marks written at that date, contents shared or not', () => {
    const content = fc.record({
      value,
      sousReserve: fc.boolean(),
      benefice: fc.option(
        fc.integer({ min: 2000, max: 2040 }).map((year) => ({ year })),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(unitCode, fc.nat(3))), fc.array(content, { minLength: 4, maxLength: 4 }), (picks, shared) => {
        const made = new Map<object, string>();
        const at = '2026-06-30T08:00:00.000Z';
        const marks = Object.fromEntries(picks.map(([unit, k]) => [unit, shared[k]!]));
        const expected = encodeMarks(Object.fromEntries(Object.entries(marks).map(([unit, c]) => [unit, { ...c, updatedAt: at }])));
        expect(encodeMarksWrittenAt(marks, at, made)).toBe(expected);
        expect(encodeMarksWrittenAt(marks, at, made)).toBe(expected); // the second time from what `made` kept
      }),
    );
  });
});

describe('marks-codec: the marks an import touched, as its undo record keeps them', () => {
  it('gives back every entry as it was, before and after, none included', () => {
    const entry = fc.record({
      candidateId: fc.nat(),
      unit: unitCode,
      before: fc.option(storedMark, { nil: null }),
      after: fc.option(storedMark, { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), fc.nat(), (entries, sessionId) => {
        const touched = entries.map(({ candidateId, unit, before, after }) => ({
          candidateId,
          unit,
          before: before && { sessionId, candidateId, unit, ...before },
          after: after && { sessionId, candidateId, unit, ...after },
        }));
        const text = joinTouchedMarks(touched.map(encodeTouchedMark));
        expect(splitTouchedMarks(text).map((e) => decodeTouchedMark(e, sessionId))).toEqual(touched);
      }),
    );
  });

  it('refuses a unit holding a separator, and an entry it cannot read', () => {
    expect(() => encodeTouchedMark({ candidateId: 1, unit: 'E\u001f1', before: null, after: null })).toThrow(/Épreuve impossible à enregistrer/);
    expect(splitTouchedMarks('')).toEqual([]);
    expect(() => decodeTouchedMark('12\u001fE1', 1)).toThrow("Enregistrement de l'import illisible.");
    expect(() => decodeTouchedMark('x\u001fE1\u001f\u001f', 1)).toThrow("Enregistrement de l'import illisible.");
  });
});
