import { pauses } from '../io/next-task.ts';
import { eachUtf8Piece } from '../io/utf8-pieces.ts';

/** Offers a text file for download (the browser's own save dialog or download bar). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/**
 * downloadText for a text of tens of megabytes, given in parts (a backup of 50,000 candidates: a record's line each):
 * a Blob made of the whole text encodes it in one task (1.3 s there); here the parts are encoded a piece at a time,
 * with pauses, each piece copied into a Blob of its own as it comes (one Blob of all the pieces copied 80 MB in one
 * task, 0.3–0.4 s; a Blob of Blobs copies nothing).
 */
export async function downloadLargeText(fileName: string, parts: readonly string[], type: string): Promise<void> {
  const blobs: Blob[] = [];
  await eachUtf8Piece(parts, pauses(), (piece) => blobs.push(new Blob([piece])));
  downloadBlob(fileName, new Blob(blobs, { type }));
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

/**
 * A file name from free text: accents kept readable, forbidden characters removed, spaces and dashes between words
 * one hyphen (« BTS CCST 2025 — classe » gave `BTS-CCST-2025-—-classe`).
 */
export function safeFileName(text: string): string {
  return (
    text
      .replace(/[\\/:*?"<>|]+/g, '')
      .replace(/[\s\u2013\u2014-]*[\s\u2013\u2014][\s\u2013\u2014-]*/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'delib'
  );
}
