// The date of an épreuve typed in an evaluation grid, read once the field is left: as the other dates of Délib,
// `JJ/MM/AAAA` and its usual shortenings (a teacher typed « 14/5/24 » and was refused).
import { describe, expect, it } from 'vitest';
import { parseExamDate } from '../../src/ui/evaluations/format.ts';

describe('an épreuve’s date typed in a grid', () => {
  it.each([
    ['14/05/2024', '2024-05-14'],
    ['14/5/2024', '2024-05-14'],
    ['14/5/24', '2024-05-14'],
    ['14.05.24', '2024-05-14'],
    ['', null],
  ])('reads « %s »', (typed, iso) => {
    expect(parseExamDate(typed)).toEqual({ ok: true, value: iso });
  });

  it('refuses a day that does not exist, saying what was typed', () => {
    const parsed = parseExamDate('31/02/24');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain('31/02/24');
  });
});
