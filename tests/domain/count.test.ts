// The numbers of things the interface writes: French thousands and French singular (0 and 1).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countOf, formatCount, THOUSANDS_SEPARATOR } from '../../src/domain/count.ts';

const s = THOUSANDS_SEPARATOR;

describe('counts as French writes them', () => {
  it('puts a thin no-break space between thousands, as Intl (fr-FR) does', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe(`1${s}000`);
    expect(formatCount(50_000)).toBe(`50${s}000`);
    expect(formatCount(470_052)).toBe(`470${s}052`);
    expect(formatCount(10_000_000)).toBe(`10${s}000${s}000`);
    fc.assert(
      fc.property(fc.nat({ max: 1e12 }), (n) => {
        expect(formatCount(n)).toBe(new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(n));
        expect(Number(formatCount(n).replaceAll(s, ''))).toBe(n);
      }),
    );
  });

  it('keeps 0 and 1 in the singular', () => {
    expect(countOf(0, 'candidat')).toBe('0 candidat');
    expect(countOf(1, 'note')).toBe('1 note');
    expect(countOf(2, 'note')).toBe('2 notes');
    expect(countOf(5000, 'nouveau candidat', 'nouveaux candidats')).toBe(`5${s}000 nouveaux candidats`);
  });
});
