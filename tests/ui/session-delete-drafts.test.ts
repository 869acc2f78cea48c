/**
 * A row typed in the Candidats grid's blank row and not stored makes leaving the page ask first (unsaved-drafts.ts).
 * Once its session is deleted there is nothing left to store it in: the question must stop with it.
 */
import { describe, expect, it } from 'vitest';
import { hasUnsavedDrafts, keepDraft, keptDraft } from '../../src/ui/state/unsaved-drafts.ts';
import { sessionWorkspace } from './workspace-helpers.ts';

describe('a deleted session and the rows typed in its grids', () => {
  it('forgets the unsaved row of the deleted session, and keeps the one of another session', async () => {
    const workspace = await sessionWorkspace();
    const deleted = workspace.openSessionId!;
    keepDraft(`candidats:${deleted}`, { nom: 'Sand' });
    keepDraft(`candidats:${deleted + 100}`, { nom: 'Hugo' });
    expect(hasUnsavedDrafts()).toBe(true);

    await workspace.deleteOpenSession();

    expect(workspace.notice?.text).toContain('supprimée');
    expect(keptDraft(`candidats:${deleted}`)).toBeUndefined();
    expect(keptDraft(`candidats:${deleted + 100}`)).toEqual({ nom: 'Hugo' });
    keepDraft(`candidats:${deleted + 100}`, null);
    expect(hasUnsavedDrafts()).toBe(false);
  });
});
