/**
 * A tab's panel scrolled back where it was when the tab was left, as each grid keeps its place (Grid.svelte): the
 * panel is made again when its tab is opened, and its content comes after it (the tab's code loaded, its data read).
 * The position is given again as the content grows, until it is reached, the user scrolls or acts, or a few seconds
 * have passed (a list now shorter stays where it can).
 */
const scrolled = new Map<string, number>();

/** How long a panel keeps giving its position again while its content comes. */
const KEEP_TRYING_MS = 3000;

/** `key`: the panel's (its tab and session): a Svelte action on the panel's scrolling element. */
export function keepScroll(node: HTMLElement, key: string): { update: (key: string) => void; destroy: () => void } {
  let current = key;
  let restoring = false;
  let stop = () => {};
  // Followed as it scrolls: once the panel is taken out of the page, it reads as unscrolled.
  const follow = () => {
    if (!restoring) scrolled.set(current, node.scrollTop);
  };
  node.addEventListener('scroll', follow, { passive: true });

  function restore(): void {
    stop();
    const wanted = scrolled.get(current) ?? 0;
    if (wanted <= 0) return;
    const give = () => {
      node.scrollTop = wanted;
      if (node.scrollTop >= wanted - 1) stop();
    };
    const observer = new MutationObserver(give);
    const events = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;
    const timer = setTimeout(() => stop(), KEEP_TRYING_MS);
    restoring = true;
    stop = () => {
      observer.disconnect();
      clearTimeout(timer);
      for (const type of events) node.removeEventListener(type, stop);
      restoring = false;
      stop = () => {};
    };
    for (const type of events) node.addEventListener(type, stop, { passive: true });
    observer.observe(node, { childList: true, subtree: true });
    give();
  }

  restore();
  return {
    update(key) {
      if (key === current) return;
      current = key;
      restore();
    },
    destroy() {
      stop();
      node.removeEventListener('scroll', follow);
    },
  };
}
