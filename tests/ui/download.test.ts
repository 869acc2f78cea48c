import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/ui/download.ts';

describe('file names of the files Délib offers', () => {
  it('keep accents and hyphenated words, remove forbidden characters, and make the spaces and dashes between words one hyphen', () => {
    expect(safeFileName('resultats BTS CCST 2025 — classe')).toBe('resultats-BTS-CCST-2025-classe');
    expect(safeFileName('Lycée Saint-Exupéry – 2024/2025 : « jury »')).toBe('Lycée-Saint-Exupéry-20242025-«-jury-»');
    expect(safeFileName('  ?  ')).toBe('delib');
  });
});
