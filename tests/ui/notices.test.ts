// A refusal shown at the top stays while it is the news, and goes once a later change is stored: a red banner that
// still says « refusé » after the user has gone on (and the next change went through) reads as a problem that is not.
import { describe, expect, it } from 'vitest';
import { candidateFields as candidate, sessionWorkspace } from './workspace-helpers.ts';

describe('the notice at the top of the workspace', () => {
  it('keeps a refusal until a later change is stored, then lets it go', async () => {
    const workspace = await sessionWorkspace();
    const dupont = (await workspace.addCandidate(candidate('0012', 'Dupont')))!;
    const martin = (await workspace.addCandidate(candidate('0013', 'Martin')))!;
    expect(await workspace.updateCandidate(martin, { numero: '0012' })).toBe(false);
    const refusal = workspace.notice;
    expect(refusal).toEqual({ kind: 'error', text: 'Le numéro « 0012 » est déjà celui de Dupont Léa.' });
    // Another refused change: its own refusal is shown.
    expect(await workspace.updateCandidate(martin, { nom: ' ' })).toBe(false);
    expect(workspace.notice).toEqual({ kind: 'error', text: 'Le nom du candidat est obligatoire.' });
    // A change that goes through: the refusal before it goes.
    expect(await workspace.updateCandidate(dupont, { prenom: 'Noé' })).toBe(true);
    expect(workspace.notice).toBeNull();
  });

  it('keeps a refusal given while a later change was being stored', async () => {
    const workspace = await sessionWorkspace();
    const dupont = (await workspace.addCandidate(candidate('0012', 'Dupont')))!;
    const martin = (await workspace.addCandidate(candidate('0013', 'Martin')))!;
    workspace.notice = null;
    const [stored, refused] = await Promise.all([workspace.updateCandidate(dupont, { prenom: 'Noé' }), workspace.updateCandidate(martin, { numero: '0012' })]);
    expect([stored, refused]).toEqual([true, false]);
    // (Dupont is named as stored when the refusal is made: before or after the other change.)
    expect(workspace.notice).toMatchObject({ kind: 'error', text: expect.stringMatching(/^Le numéro « 0012 » est déjà celui de Dupont (Léa|Noé)\.$/) });
  });
});
