// Adds jest-dom matchers (toBeInTheDocument, toHaveTextContent, …) to Vitest's expect.
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

// Each test is a new tab: no jury member left in sessionStorage by the previous one (see tab-member.svelte.ts).
import { beforeEach } from 'vitest';
beforeEach(() => sessionStorage.clear());
