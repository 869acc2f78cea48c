/** Small pieces shared by the app's dialog forms. */
import type { Workspace } from './state/workspace.svelte.ts';

/** `aria-describedby` of a field: its hint and its error message, when present. */
export function describedBy(uid: string, field: string, hint: boolean | undefined, hasError: boolean): string | undefined {
  return [hint ? `${uid}-${field}-hint` : '', hasError ? `${uid}-${field}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/**
 * The database's refusal of the last action, taken out of the page-wide notice so that it is shown
 * in the dialog, where the user is looking, rather than behind the modal.
 */
export function takeRefusal(workspace: Workspace, fallback: string): string {
  const notice = workspace.notice;
  if (notice?.kind !== 'error') return fallback;
  workspace.notice = null;
  return notice.text;
}

/** After a confirmation closes, a button it disabled (the rows are gone) must not leave the focus nowhere. */
export function keepFocus(fallback: HTMLElement | undefined): void {
  const active = document.activeElement as HTMLElement | null;
  if (!active || active === document.body || active.closest('dialog') || (active as HTMLButtonElement).disabled) fallback?.focus();
}
