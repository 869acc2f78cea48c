import { describe, expect, it } from 'vitest';
import { numeroTakenMessage } from '../../src/domain/checks.ts';
import { identityKey, isNumeroPending, NUMERO_PENDING_LABEL, pendingNumerosMessage, shownNumero } from '../../src/domain/numero.ts';

describe('« numéro à venir »', () => {
  it('is an empty numero, shown with its label', () => {
    expect(isNumeroPending('')).toBe(true);
    expect(isNumeroPending('  ')).toBe(true);
    expect(isNumeroPending('0012')).toBe(false);
    expect(shownNumero('')).toBe(NUMERO_PENDING_LABEL);
    expect(shownNumero('0012')).toBe('0012');
  });

  it('is never a number already taken: several candidates may wait for theirs', () => {
    const candidates = [{ id: 1, numero: '', nom: 'Dupont', prenom: 'Léa' }];
    expect(numeroTakenMessage('', candidates)).toBeNull();
    expect(numeroTakenMessage('0012', [{ id: 2, numero: '0012', nom: 'Martin', prenom: 'Noé' }])).toBe('Le numéro « 0012 » est déjà celui de Martin Noé.');
  });

  it('names the candidates still waiting in a refusal, ten at most', () => {
    expect(pendingNumerosMessage('Impossible', [{ numero: '1', nom: 'A', prenom: 'B' }])).toBeNull();
    expect(pendingNumerosMessage("Impossible d'ouvrir la délibération", [{ numero: ' ', nom: 'Dupont', prenom: 'Léa' }])).toBe(
      "Impossible d'ouvrir la délibération : 1 candidat n'a pas encore de numéro (« numéro à venir ») : Dupont Léa. " +
        'Saisissez leur numéro (onglet « Candidats ») ou importez le fichier des numéros.',
    );
    const many = Array.from({ length: 12 }, (_, i) => ({ numero: '', nom: `N${i}`, prenom: 'P' }));
    expect(pendingNumerosMessage('Impossible', many)).toMatch(/^Impossible : 12 candidats n'a?.*N9 P et 2 autre\(s\)\./);
  });

  it('matches on nom + prénom + date de naissance, without case, accents or extra spaces; never without the three', () => {
    const key = identityKey({ nom: 'Lefèvre ', prenom: 'Jean-Éric', dateNaissance: '2004-03-05' });
    expect(identityKey({ nom: 'LEFEVRE', prenom: 'jean eric', dateNaissance: '2004-03-05' })).toBe(key);
    expect(identityKey({ nom: 'LEFEVRE', prenom: 'jean eric', dateNaissance: '2004-03-06' })).not.toBe(key);
    expect(identityKey({ nom: 'Lefèvre', prenom: 'Jean-Éric', dateNaissance: null })).toBeNull();
    expect(identityKey({ nom: 'Lefèvre', prenom: '', dateNaissance: '2004-03-05' })).toBeNull();
  });
});
