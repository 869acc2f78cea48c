import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { decodeBytes, encodeWindows1252, type TextEncodingName } from '../../src/io/decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('decodes UTF-8 without BOM', () => {
    expect(decodeBytes(utf8('Prénom;Note\nLéa;12,5'))).toEqual({
      text: 'Prénom;Note\nLéa;12,5',
      encoding: 'utf-8',
      hadBom: false,
    });
  });

  it('strips a UTF-8 BOM', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Nom;é')]))).toEqual({
      text: 'Nom;é',
      encoding: 'utf-8',
      hadBom: true,
    });
  });

  it('decodes Windows-1252 bytes, including the 0x80–0x9F range', () => {
    // é è à ç œ Œ ’ € « » separated by spaces, written byte by byte.
    const bytes = new Uint8Array([0xe9, 0x20, 0xe8, 0x20, 0xe0, 0x20, 0xe7, 0x20, 0x9c, 0x20, 0x8c, 0x20, 0x92, 0x20, 0x80, 0x20, 0xab, 0xbb]);
    expect(decodeBytes(bytes)).toEqual({ text: 'é è à ç œ Œ ’ € «»', encoding: 'windows-1252', hadBom: false });
  });

  it('maps the bytes undefined in Windows-1252 to their Latin-1 code points', () => {
    const { text } = decodeBytes(new Uint8Array([0x81, 0x8d, 0x8f, 0x90, 0x9d]), 'windows-1252');
    expect(text).toBe('\u0081\u008d\u008f\u0090\u009d');
  });

  it('decodes UTF-16LE and UTF-16BE with BOM', () => {
    // "Né€" little-endian, then big-endian.
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x4e, 0x00, 0xe9, 0x00, 0xac, 0x20]))).toEqual({
      text: 'Né€',
      encoding: 'utf-16le',
      hadBom: true,
    });
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, 0x00, 0x4e, 0x00, 0xe9, 0x20, 0xac]))).toEqual({
      text: 'Né€',
      encoding: 'utf-16be',
      hadBom: true,
    });
  });

  it('honours a forced encoding', () => {
    // Valid UTF-8 for "é" (C3 A9), read as Windows-1252 on request.
    expect(decodeBytes(new Uint8Array([0xc3, 0xa9]), 'windows-1252')).toEqual({
      text: 'Ã©',
      encoding: 'windows-1252',
      hadBom: false,
    });
    // A matching BOM is still stripped.
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'utf-8')).toEqual({
      text: 'A',
      encoding: 'utf-8',
      hadBom: true,
    });
    // A BOM of another encoding is not: these bytes are text in Windows-1252.
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'windows-1252').text).toBe('ï»¿A');
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }),
        fc.option(fc.constantFrom<TextEncodingName>('utf-8', 'windows-1252', 'utf-16le', 'utf-16be')),
        (bytes, forced) => {
          expect(typeof decodeBytes(bytes, forced ?? undefined).text).toBe('string');
        },
      ),
    );
  });
});

describe('encodeWindows1252', () => {
  it('encodes French punctuation and replaces unmappable characters by "?"', () => {
    expect([...encodeWindows1252('é€’œ')]).toEqual([0xe9, 0x80, 0x92, 0x9c]);
    expect([...encodeWindows1252('a\u0080😀ĉ')]).toEqual([0x61, 0x3f, 0x3f, 0x3f]);
  });

  it('round-trips every Windows-1252 string through decodeBytes', () => {
    const all = decodeBytes(
      Uint8Array.from({ length: 256 }, (_, i) => i),
      'windows-1252',
    ).text;
    expect(all).toHaveLength(256);
    const char = fc.constantFrom(...all);
    fc.assert(
      fc.property(fc.string({ unit: char }), (s) => {
        expect(decodeBytes(encodeWindows1252(s), 'windows-1252').text).toBe(s);
      }),
    );
  });
});
