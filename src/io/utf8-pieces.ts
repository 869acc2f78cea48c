/** Text of tens of megabytes (a backup of 50,000 candidates) encoded to UTF-8 without holding the page. */
import type { Pause } from './next-task.ts';

/**
 * The UTF-8 bytes of `parts` joined, as pieces of about a megabyte each, with `pause` between parts: encoding 80 MB
 * at once held the page for more than a second. Each part is whole text (no surrogate pair cut in two).
 */
export async function utf8Pieces(parts: readonly string[], pause: Pause): Promise<Uint8Array<ArrayBuffer>[]> {
  const encoder = new TextEncoder();
  const pieces: Uint8Array<ArrayBuffer>[] = [];
  let pending: string[] = [];
  let length = 0;
  const encodePending = () => {
    pieces.push(encoder.encode(pending.join('')));
    pending = [];
    length = 0;
  };
  for (const part of parts) {
    const waiting = pause();
    if (waiting) await waiting;
    pending.push(part);
    length += part.length;
    if (length >= 1 << 20) encodePending();
  }
  encodePending();
  return pieces;
}
