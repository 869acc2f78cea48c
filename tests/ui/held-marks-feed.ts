/**
 * A marks feed whose whole read of the session waits until the test lets it go (`heldMarks.release()`): what a
 * 50,000-candidate session does for a second or two on a real machine, held here for as long as the test needs to
 * look. In a test file:
 *   vi.mock('../../src/ui/state/marks-feed.ts', async (original) => (await import('./held-marks-feed.ts')).heldMarksFeed(original));
 * Typing a mark before the release throws: the screen must not let it happen.
 */
type MarksFeedModule = typeof import('../../src/ui/state/marks-feed.ts');

let release: () => void = () => {};
const gate = new Promise<void>((resolve) => (release = resolve));

export const heldMarks = { release: () => release() };

export async function heldMarksFeed(original: <T>() => Promise<T>): Promise<MarksFeedModule> {
  const actual = await original<MarksFeedModule>();
  class HeldMarksFeed {
    #feed: InstanceType<MarksFeedModule['MarksFeed']> | null = null;
    #stopped = false;
    constructor(...args: ConstructorParameters<MarksFeedModule['MarksFeed']>) {
      void gate.then(() => {
        if (!this.#stopped) this.#feed = new actual.MarksFeed(...args);
      });
    }
    stop() {
      this.#stopped = true;
      this.#feed?.stop();
    }
    optimistic(...args: Parameters<InstanceType<MarksFeedModule['MarksFeed']>['optimistic']>) {
      if (!this.#feed) throw new Error('a mark typed before the marks were read');
      return this.#feed.optimistic(...args);
    }
  }
  return { ...actual, MarksFeed: HeldMarksFeed as unknown as MarksFeedModule['MarksFeed'] };
}
