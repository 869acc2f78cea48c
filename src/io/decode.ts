// Byte decoding for imported files: BOM detection, strict UTF-8, then Windows-1252 fallback.

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

// Windows-1252 bytes 0x80–0x9F. The five bytes undefined in Windows-1252 (0x81, 0x8D, 0x8F, 0x90,
// 0x9D) keep their Latin-1 code point. Explicit because Node 20's TextDecoder('windows-1252')
// decodes this whole range as Latin-1.
const CP1252_80_9F = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const CP1252_TO_UNICODE = new Uint16Array(256);
const UNICODE_TO_CP1252 = new Map<number, number>();
for (let b = 0; b < 256; b++) {
  const cp = b >= 0x80 && b < 0xa0 ? CP1252_80_9F[b - 0x80]! : b;
  CP1252_TO_UNICODE[b] = cp;
  UNICODE_TO_CP1252.set(cp, b);
}

const BOMS: { encoding: TextEncodingName; bytes: number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    const units = new Uint16Array(end - start);
    for (let i = start; i < end; i++) units[i - start] = CP1252_TO_UNICODE[bytes[i]!]!;
    parts.push(String.fromCharCode(...units));
  }
  return parts.join('');
}

function decodeWith(bytes: Uint8Array, encoding: TextEncodingName): string {
  switch (encoding) {
    case 'windows-1252':
      return decodeWindows1252(bytes);
    case 'utf-16be': {
      // Swap to little-endian: 'utf-16be' is not supported by every TextDecoder build.
      const swapped = new Uint8Array(bytes.length);
      for (let i = 0; i + 1 < bytes.length; i += 2) {
        swapped[i] = bytes[i + 1]!;
        swapped[i + 1] = bytes[i]!;
      }
      if (bytes.length % 2) swapped[bytes.length - 1] = bytes[bytes.length - 1]!;
      return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(swapped);
    }
    default:
      return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  }
}

/**
 * UTF-16 without a byte-order mark (some exports do that): text in Latin letters then has a NUL byte in every
 * other position (the high byte), which no UTF-8 or Windows-1252 text has. Looks at the first 4 Ko.
 */
function utf16WithoutBom(bytes: Uint8Array): TextEncodingName | null {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return null;
}

export function decodeBytes(bytes: Uint8Array, forced?: TextEncodingName): { text: string; encoding: TextEncodingName; hadBom: boolean } {
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes) && (!forced || forced === b.encoding));
  if (bom) {
    return { text: decodeWith(bytes.subarray(bom.bytes.length), bom.encoding), encoding: bom.encoding, hadBom: true };
  }
  if (forced) return { text: decodeWith(bytes, forced), encoding: forced, hadBom: false };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decodeWith(bytes, utf16), encoding: utf16, hadBom: false };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: 'utf-8', hadBom: false };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', hadBom: false };
  }
}

/** Encodes to Windows-1252; characters outside it (including astral ones) become '?'. */
export function encodeWindows1252(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) out.push(UNICODE_TO_CP1252.get(ch.codePointAt(0)!) ?? 0x3f);
  return Uint8Array.from(out);
}
