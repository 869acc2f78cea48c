// Names and text fields: control characters refused, documented length limits (issue 20, point 7; docs/limites.md).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { checkName, checkText, NAME_MAX_LENGTH, numberAsNameMessage } from '../../src/domain/text.ts';
import { addCandidate } from '../../src/db/candidates.ts';
import { UserError } from '../../src/db/errors.ts';
import { candidateData, freshDb } from '../db/helpers.ts';
import { createSession } from '../../src/db/sessions.ts';

describe('a number where a name goes', () => {
  it('is said, with where the number goes; a name with a digit in it is a name', () => {
    expect(numberAsNameMessage(' 02500000001 ', 'Le nom')).toBe(
      'Le nom « 02500000001 » est un nombre : un numéro de candidat va dans la colonne N°, une date de naissance dans « Né(e) le »',
    );
    expect(numberAsNameMessage('14/07/2005', 'Le prénom')).not.toBeNull();
    for (const name of ['Dupont', 'Louis XIV 2', 'Jean-Paul II', '', ' ', 'N°']) expect(numberAsNameMessage(name, 'Le nom'), name).toBeNull();
  });
});

describe('text limits', () => {
  it('refuses a control character in a name, saying which and where', () => {
    expect(checkName('Du\u0000pont', 'Le nom', true)).toEqual({
      ok: false,
      message: 'Le nom contient un caractère de contrôle invisible (U+0000, 3ᵉ caractère) : retapez ce nom sans copier-coller depuis un autre logiciel.',
    });
    expect(checkName('Dupont\u001b[31m', 'Le nom', true).ok).toBe(false);
    expect(checkName('Jean\nPaul', 'Le prénom', false).ok).toBe(false); // a name is one line
    expect(checkName('  Nguyễn Thảo ', 'Le nom', true)).toEqual({ ok: true, value: 'Nguyễn Thảo' });
  });

  it('limits names to 100 characters and other texts to their limit; line breaks only in multi-line texts', () => {
    expect(checkName('a'.repeat(NAME_MAX_LENGTH), 'Le nom', true).ok).toBe(true);
    expect(checkName('a'.repeat(10_000), 'Le nom', true)).toEqual({ ok: false, message: 'Le nom est trop long : 10000 caractères, 100 au plus.' });
    expect(checkText('ligne 1\nligne 2', 'La note', { multiline: true }).ok).toBe(true);
    expect(checkText('x'.repeat(501), 'Le motif').ok).toBe(false);
  });

  it('the database refuses a NUL in a candidate name and a 10,000-character name (nothing stored)', async () => {
    const db = freshDb();
    const sessionId = await createSession(db, { name: 'S', academie: '', year: 2025, presetId: 'bts-ccst-2024', depositDeadline: null });
    await expect(addCandidate(db, candidateData(sessionId, { numero: '1', nom: 'Du\u0000pont' }))).rejects.toThrow(UserError);
    await expect(addCandidate(db, candidateData(sessionId, { numero: '2', nom: 'x'.repeat(10_000) }))).rejects.toThrow('Le nom du candidat est trop long');
    expect(await db.candidates.count()).toBe(0);
  });
});
