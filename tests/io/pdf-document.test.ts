import { countByDecision, passRate, passRateText } from '../../src/domain/jury-stats.ts';
import { describe, expect, it } from 'vitest';
import { academieLabel, formatMarkValue, formatMoyenne, formatPoints, isRenderable, pdfText } from '../../src/io/pdf/document.ts';
import { computeResult } from '../../src/domain/results.ts';
import { candidate, ccst } from '../domain/factories.ts';

describe('pdfText', () => {
  it('turns the spaces of Intl (NNBSP, NBSP) and other spaces into plain spaces', () => {
    const intl = new Intl.NumberFormat('fr-FR').format(1234567.5);
    expect(intl).toMatch(/[\u202f\u00a0]/);
    expect(pdfText(intl)).toBe('1 234 567,5');
    expect(pdfText('a\u00a0b\u202fc\u2009d\te')).toBe('a b c d e');
  });

  it('keeps what Helvetica renders: accents, « » ’ œ Œ €', () => {
    const text = 'Élève à l’école, œuvre « Œdipe » — 12 € — ÀÂÇÉÈÊËÎÏÔÙÛÜŸàâçéèêëîïôùûüÿæÆ';
    expect(pdfText(text)).toBe(text);
  });

  it('keeps letters the embedded Unicode font has; replaces other characters with a readable equivalent, never a wrong glyph', () => {
    expect(pdfText('moyenne ≥ 10, pro ≤ 8')).toBe('moyenne >= 10, pro <= 8');
    expect(pdfText('Łukasz Wałęsa')).toBe('Łukasz Wałęsa');
    expect(pdfText('Nguyễn Văn Thủy')).toBe('Nguyễn Văn Thủy');
    expect(pdfText('Ștefănescu')).toBe('Ștefănescu');
    // Only in the PDF's metadata (title, subject), which the fonts do not draw:
    expect(pdfText('Łukasz Wałęsa', true)).toBe('Lukasz Walesa');
    expect(pdfText('Nguyễn Văn Thủy', true)).toBe('Nguyên Van Thuy');
    expect(pdfText('Ștefănescu', true)).toBe('Stefanescu');
    expect(pdfText('ﬁche')).toBe('fiche');
    expect(pdfText('🎓 ok')).toBe('? ok');
    expect(pdfText('a\u00adb\u200bc\ufeff')).toBe('abc');
    expect([...pdfText('∞ → ✓ ☐ 学')].every(isRenderable)).toBe(true);
    expect(pdfText('学', true)).toBe('?');
  });

  it('accepts numbers and nothing', () => {
    expect(pdfText(12)).toBe('12');
    expect(pdfText(null)).toBe('');
    expect(pdfText(undefined)).toBe('');
  });
});

describe('number formats (the engine’s)', () => {
  it('R3: moyennes truncated to 2 decimals, decimal comma', () => {
    const result = computeResult(candidate({ E1: '9,97' }), ccst);
    expect(formatMoyenne(result.firstGroup)).toBe('9,99');
    expect(formatMoyenne(null)).toBe('—');
  });

  it('writes points exactly, without rounding', () => {
    expect(formatPoints(150 * 1225)).toBe('18,375');
    expect(formatPoints(300 * 1200)).toBe('36,00');
    expect(formatPoints(125 * 1233)).toBe('15,4125');
    expect(formatPoints(0)).toBe('0,00');
  });

  it('writes marks with 2 decimals and special marks as their code', () => {
    expect(formatMarkValue({ kind: 'number', hundredths: 1250 })).toBe('12,50');
    expect(formatMarkValue({ kind: 'ABJ' })).toBe('ABJ');
    expect(formatMarkValue({ kind: 'empty' })).toBe('');
  });

  it('issue 16: writes the pass rate as the Jury tab does (one definition, one decimal, truncated)', () => {
    expect(passRateText(passRate({ ...countByDecision([]), ADMIS: 131, AJOURNE: 37, INCOMPLET: 2 }))).toBe('77,9 %');
    expect(passRateText(passRate({ ...countByDecision([]), ADMIS: 2, AJOURNE: 1 }))).toBe('66,6 %');
    expect(passRateText(passRate(countByDecision([])))).toBe('—');
  });

  it('names the académie', () => {
    expect(academieLabel('Toulouse')).toBe('Académie de Toulouse');
    expect(academieLabel('Orléans-Tours')).toBe("Académie d'Orléans-Tours");
    expect(academieLabel('Académie de Normandie')).toBe('Académie de Normandie');
  });
});
