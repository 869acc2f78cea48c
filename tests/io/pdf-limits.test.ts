// How many documents one PDF holds at most (docs/limites.md): a jury prints 50,000 relevés class by class.
import { describe, expect, it } from 'vitest';
import { PDF_PAGES_MAX, tooManyForOnePdf } from '../../src/io/pdf/limits.ts';

describe('documents per PDF', () => {
  it('makes up to PDF_PAGES_MAX in one file and refuses one more, in French, saying what to do', () => {
    const what = { many: 'relevés', perPage: 'un relevé' };
    expect(tooManyForOnePdf(PDF_PAGES_MAX, what, 'Filtrez.')).toBeNull();
    expect(tooManyForOnePdf(PDF_PAGES_MAX + 1, what, 'Filtrez.')).toBe(
      "1\u202f001 relevés en un seul fichier, c'est trop : au plus 1\u202f000 par PDF (un relevé par page). Filtrez.",
    );
  });
});
