// Adds jest-dom matchers (toBeInTheDocument, toHaveTextContent, …) to Vitest's expect.
import { configure } from '@testing-library/svelte/pure';
import '@testing-library/jest-dom/vitest';

// jsdom has no HTMLDialogElement.showModal / close: just enough of them for Dialog.svelte.
const dialog = HTMLDialogElement.prototype;
dialog.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
dialog.close ??= function (this: HTMLDialogElement) {
  if (!this.open) return;
  this.open = false;
  setTimeout(() => this.dispatchEvent(new Event('close')));
};

// jsdom lays nothing out: scrolling an element into view does nothing there.
Element.prototype.scrollIntoView ??= function () {};

// waitFor / findBy* give up after 1 s by default: a loaded 2-core machine takes longer to run a liveQuery and
// redraw a grid. The wait ends as soon as the expectation holds, so a longer limit costs nothing when all is well.
configure({ asyncUtilTimeout: 10_000 });

// Each test is a new tab: no jury member left in sessionStorage by the previous one (see tab-member.svelte.ts).
import { beforeEach } from 'vitest';
beforeEach(() => sessionStorage.clear());
