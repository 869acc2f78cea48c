/**
 * What an imported file is, from its first bytes: text (CSV), a workbook (read with the workbook library),
 * or another binary file (refused with a French message saying what it is and what to do).
 * Pure and cheap: no library, runs before anything is decoded.
 */

export type WorkbookFormat = 'xlsx' | 'xls' | 'ods';

export type FileKind = { kind: 'text' } | { kind: 'workbook'; format: WorkbookFormat; label: string } | { kind: 'binary'; label: string };

const WORKBOOK_LABELS: Readonly<Record<WorkbookFormat, string>> = {
  xlsx: 'un classeur Excel (.xlsx)',
  xls: 'un classeur Excel 97-2003 (.xls)',
  ods: 'un classeur LibreOffice / OpenOffice (.ods)',
};

const workbook = (format: WorkbookFormat): FileKind => ({ kind: 'workbook', format, label: WORKBOOK_LABELS[format] });

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);

/** Latin-1 view of the first bytes (enough to find the names of a zip's first entries). */
function head(bytes: Uint8Array, length: number): string {
  let text = '';
  for (let i = 0; i < Math.min(length, bytes.length); i++) text += String.fromCharCode(bytes[i]!);
  return text;
}

/** Names stored in a zip's local headers and central directory (at its end): enough to tell its kind. */
function zipText(bytes: Uint8Array): string {
  const tail = bytes.length > 65536 ? bytes.subarray(bytes.length - 65536) : bytes;
  return head(bytes, 4096) + head(tail, tail.length);
}

/**
 * Text when its bytes look like text: no NUL byte (except UTF-16's, one byte in two) and almost no control
 * character. UTF-16 with or without BOM counts as text (decoding it is the CSV reader's business).
 */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.length === 0) return true;
  const nul = [0, 0];
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) nul[i % 2]!++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a && b !== 0x1b) control++;
  }
  const half = sample.length / 2;
  const utf16 = (nul[0]! > 0.3 * half && nul[1]! < 0.02 * half) || (nul[1]! > 0.3 * half && nul[0]! < 0.02 * half);
  if (utf16) return control < 0.01 * sample.length;
  return nul[0]! + nul[1]! === 0 && control <= Math.max(2, 0.01 * sample.length);
}

export function fileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const names = zipText(bytes);
    if (names.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return workbook('ods');
    if (names.includes('xl/workbook.xml') || names.includes('xl/workbook.bin')) return workbook('xlsx');
    if (names.includes('word/')) return { kind: 'binary', label: 'un document Word (.docx)' };
    if (names.includes('ppt/')) return { kind: 'binary', label: 'une présentation PowerPoint (.pptx)' };
    if (names.includes('mimetypeapplication/vnd.oasis.opendocument.text')) return { kind: 'binary', label: 'un document texte LibreOffice (.odt)' };
    return { kind: 'binary', label: 'une archive compressée (.zip)' };
  }
  // OLE2 compound file: Excel 97-2003 (also old Word files, which the workbook reader then refuses).
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return workbook('xls');
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { kind: 'binary', label: 'un document PDF' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) {
    return { kind: 'binary', label: 'une image' };
  }
  const start = head(bytes, 2048)
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  // Flat XML workbooks: LibreOffice's .fods, Excel 2003's "Feuille de calcul XML".
  if (start.startsWith('<?xml') && start.includes('opendocument:xmlns:office')) return workbook('ods');
  if (start.startsWith('<?xml') && start.includes('urn:schemas-microsoft-com:office:spreadsheet')) return workbook('xls');
  return looksLikeText(bytes) ? { kind: 'text' } : { kind: 'binary', label: 'un fichier binaire (ni du texte, ni un classeur)' };
}

/** What to do with a file that is no table: one French sentence, for the wizard and the CLI. */
export function binaryFileMessage(label: string): string {
  return (
    `ce fichier n'est pas un tableau de notes : c'est ${label}. ` +
    'Importez un fichier CSV (texte), ou un classeur .xlsx, .xls ou .ods : dans Excel ou LibreOffice, ' +
    '« Enregistrer sous » puis « CSV (séparateur : point-virgule) » ou « Classeur Excel (.xlsx) ».'
  );
}
