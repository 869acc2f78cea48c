/**
 * Resolves in a later task, after the browser has had a chance to paint and to handle input: work on 50,000 rows is
 * cut into slices that each end with `await nextTask()`, so that no task holds the page for long.
 * `scheduler.yield()` (Chromium) resumes ahead of other queued tasks; elsewhere, a timer.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** What a long loop calls at each step: null, or a later task to await before going on. */
export type Pause = () => Promise<void> | null;

/**
 * The pauses of a long loop: call it at each step; once the loop has run `everyMs` since the last pause, it gives a
 * later task to await (nextTask), otherwise null. The clock is read every `stepsPerClock` steps (a step may take a
 * few hundred nanoseconds; 1 for long steps). Not inside an IndexedDB transaction: it would end it.
 */
export function pauses(everyMs = 30, stepsPerClock = 64): Pause {
  let since = performance.now();
  let steps = 0;
  return () => {
    if (++steps % stepsPerClock !== 0 || performance.now() - since < everyMs) return null;
    return nextTask().then(() => {
      since = performance.now();
    });
  };
}
