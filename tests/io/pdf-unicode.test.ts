/**
 * Names outside Windows-1252 printed exactly as typed (the embedded Unicode font), read back with pdftotext:
 * Vietnamese, Polish, Romanian, Turkish, Arabic and Hebrew; characters no font has come out as a visible « ? ».
 */
import { describe, expect, it } from 'vitest';
import { needsUnicodeFont, pdfText } from '../../src/io/pdf/document.ts';
import { uncoveredCharacters } from '../../src/io/pdf/font-coverage-check.ts';
import { releveDeNotesPdf } from '../../src/io/pdf/releve.ts';
import { exampleRows, GENERATED_AT, pdfToText, releveInput, renderFirstPage } from './pdf-helpers.ts';

const NAMES: [string, string][] = [
  ['Nguyễn', 'Thảo'],
  ['Wąsik', 'Łukasz'],
  ['Țurcan', 'Ștefan'],
  ['Doğan', 'Şükrü'],
  ['محمد', 'علي'],
  ['אבי', 'כהן'],
];

describe('names in any script', () => {
  it('keeps letters the embedded font has, replaces only what no font has', () => {
    expect(pdfText('Nguyễn Thảo')).toBe('Nguyễn Thảo');
    expect(pdfText('Łukasz Wąsik')).toBe('Łukasz Wąsik');
    expect(pdfText('محمد')).toBe('محمد');
    expect(pdfText('Jean 🎓')).toBe('Jean ?');
    expect(needsUnicodeFont(pdfText('Élodie Dupré'))).toBe(false); // Helvetica, as before
    expect(needsUnicodeFont(pdfText('Ștefan'))).toBe(true);
    expect(uncoveredCharacters('Nguyễn Thảo Łukasz محمد אבי')).toEqual([]);
    expect(uncoveredCharacters('Zoé 🎓 李 🎓')).toEqual(['🎓', '李']);
  });

  it('prints Nguyễn Thảo, Łukasz Wąsik, Ștefan Țurcan, Şükrü Doğan, محمد, אבי exactly (pdftotext)', async () => {
    const { session, rows } = exampleRows();
    const inputs = NAMES.map(([nom, prenom], i) => {
      const input = releveInput(session, rows[i]!);
      return { ...input, candidate: { ...input.candidate, nom, prenom } };
    });
    const bytes = await releveDeNotesPdf(inputs, { generatedAt: GENERATED_AT });
    renderFirstPage(bytes, 'releve-unicode');
    const text = pdfToText(bytes, 'releve-unicode');
    for (const expected of ['NGUYỄN', 'Thảo', 'Łukasz', 'WĄSIK', 'Ștefan', 'ȚURCAN', 'Şükrü', 'DOĞAN', 'محمد', 'علي', 'אבי', 'כהן']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/Nguy\?n|\?ukasz|Wa\?sik/);
  });
});
