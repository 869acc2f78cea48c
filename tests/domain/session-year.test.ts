// The session a day prepares, and the year of a session created under a built-in regulation (the new-session dialog's
// and the empty state's import's defaults).
import { describe, expect, it } from 'vitest';
import { sessionYearOn } from '../../src/domain/dates.ts';
import { btsCcst2024, btsCcst2025, presetForYear, sessionYearFor } from '../../src/domain/presets/index.ts';

describe('the session being prepared', () => {
  it('is the next year from September (the school year’s start), this year until August', () => {
    expect(sessionYearOn(new Date(2026, 11, 5))).toBe(2027);
    expect(sessionYearOn(new Date(2026, 8, 1))).toBe(2027);
    expect(sessionYearOn(new Date(2027, 0, 10))).toBe(2027);
    expect(sessionYearOn(new Date(2027, 5, 15))).toBe(2027);
    expect(sessionYearOn(new Date(2027, 7, 31, 23, 59))).toBe(2027);
  });

  it('follows its preset: the current one for today’s session, an earlier one for the last session it governed (R9)', () => {
    const december2026 = new Date(2026, 11, 5);
    expect(presetForYear(sessionYearOn(december2026)).id).toBe(btsCcst2025.id);
    expect(sessionYearFor(btsCcst2025, december2026)).toBe(2027);
    // Sessions 2025 and later follow the 2025 regulation (R9): a file in the 2024 units is a 2024 session's.
    expect(sessionYearFor(btsCcst2024, december2026)).toBe(2024);
    // Before the 2025 regulation's first session, the 2024 one is today's, and a 2025 session is its first.
    const march2024 = new Date(2024, 2, 1);
    expect(sessionYearFor(btsCcst2024, march2024)).toBe(2024);
    expect(sessionYearFor(btsCcst2025, march2024)).toBe(2025);
  });
});
