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
