import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarIso, frenchDateParts, isIsoDate, isoToFrench, todayIso } from '../../src/domain/dates.ts';

describe('calendar dates, one module', () => {
  it('knows the calendar: 29/02 of leap years only, no 31/04, no month 13', () => {
    expect(calendarIso(2024, 2, 29)).toBe('2024-02-29');
    expect(calendarIso(2023, 2, 29)).toBeNull();
    expect(calendarIso(2000, 2, 29)).toBe('2000-02-29');
    expect(calendarIso(1900, 2, 29)).toBeNull();
    expect(calendarIso(2024, 4, 31)).toBeNull();
    expect(calendarIso(2024, 13, 1)).toBeNull();
    expect(calendarIso(2024, 0, 1)).toBeNull();
  });

  it('reads JJ/MM/AAAA with /, . or - and writes it back from ISO', () => {
    expect(frenchDateParts(' 5/3/2004 ')).toEqual({ day: 5, month: 3, year: 2004 });
    expect(frenchDateParts('05.03.2004')).toEqual({ day: 5, month: 3, year: 2004 });
    expect(frenchDateParts('2004-03-05')).toBeNull();
    expect(isoToFrench('2004-03-05')).toBe('05/03/2004');
    expect(isoToFrench(null)).toBe('');
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate(20240229)).toBe(false);
  });

  it('today is the local calendar day', () => {
    expect(todayIso(new Date(2025, 0, 9, 23, 59))).toBe('2025-01-09');
  });

  it('every real day round-trips ISO → JJ/MM/AAAA → ISO (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const parts = frenchDateParts(isoToFrench(iso));
        expect(parts && calendarIso(parts.year, parts.month, parts.day)).toBe(iso);
        expect(isIsoDate(iso)).toBe(true);
      }),
    );
  });
});
