/** Text of tens of megabytes (a backup of 50,000 candidates) encoded to UTF-8 without holding the page. */
import type { Pause } from './next-task.ts';

/**
 * Chromium's TextEncoder costs more per character on longer texts: 80 MB of a backup's records took 2.1 s in pieces
 * of a megabyte (31 ms each) and 0.8 s in pieces of 256 Kio (3 ms each).
 */
const PIECE_LENGTH = 1 << 18;

/**
 * The UTF-8 bytes of `parts` joined, handed to `use` as pieces of about PIECE_LENGTH characters each, with `pause`
 * between parts: encoding 80 MB at once held the page for more than a second. Each part is whole text (no surrogate
 * pair cut in two). `use` runs in the loop: what it does with a piece counts in the time between pauses.
 */
export async function eachUtf8Piece(parts: readonly string[], pause: Pause, use: (piece: Uint8Array<ArrayBuffer>) => void): Promise<void> {
  const encoder = new TextEncoder();
  let pending: string[] = [];
  let length = 0;
  const encodePending = () => {
    use(encoder.encode(pending.join('')));
    pending = [];
    length = 0;
  };
  for (const part of parts) {
    const waiting = pause();
    if (waiting) await waiting;
    pending.push(part);
    length += part.length;
    if (length >= PIECE_LENGTH) encodePending();
  }
  encodePending();
}
