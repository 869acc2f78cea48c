import { pauses } from '../io/next-task.ts';
import { utf8Pieces } from '../io/utf8-pieces.ts';

/** Offers a text file for download (the browser's own save dialog or download bar). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/**
 * downloadText for a text of tens of megabytes, given in parts (a backup of 50,000 candidates: a record's line each):
 * a Blob made of the whole text encodes it in one task (1.3 s there); here the parts are encoded a megabyte at a
 * time, with pauses.
 */
export async function downloadLargeText(fileName: string, parts: readonly string[], type: string): Promise<void> {
  downloadBlob(fileName, new Blob(await utf8Pieces(parts, pauses()), { type }));
}

/** Offers bytes for download, e.g. a PDF. */
export function downloadBytes(fileName: string, bytes: Uint8Array, type = 'application/pdf'): void {
  downloadBlob(fileName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
}

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from free text: accents and spaces kept readable, forbidden characters removed. */
export function safeFileName(text: string): string {
  return (
    text
      .replace(/[\\/:*?"<>|]+/g, '')
      .replace(/\s+/g, '-')
      .slice(0, 80) || 'delib'
  );
}
