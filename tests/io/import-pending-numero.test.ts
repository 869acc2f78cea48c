/** Candidates entered « numéro à venir »: the file with the real numbers proposes them, never silently. */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/domain/session.ts';
import { SESSION_ID, applyPlan, planText, smallSnapshot } from './import-helpers.ts';

function withWaiting() {
  const small = smallSnapshot();
  const base = { sessionId: SESSION_ID, langueVivante: '', optionalUnits: [], formOverrides: {}, statut: 'scolaire' as const, etablissementId: null };
  const waiting: Candidate[] = [
    { ...base, id: 50, numero: '', nom: 'Lefèvre', prenom: 'Jean-Éric', dateNaissance: '2004-03-05' },
    { ...base, id: 51, numero: '', nom: 'Roux', prenom: 'Anna', dateNaissance: null },
  ];
  return { ...small, candidates: [...small.candidates, ...waiting] };
}

const FILE = 'numero;nom;prenom;date_naissance;E1\n0200;LEFEVRE;Jean Eric;05/03/2004;12\n0201;Roux;Anna;01/01/2004;\n';

describe('import: « numéro à venir »', () => {
  it('refuses the matching row until the user accepts, naming the candidate; a row without date never matches', () => {
    const snapshot = withWaiting();
    const plan = planText(FILE, snapshot);
    expect(plan.pendingNumeros).toEqual({ lines: [2], accepted: false });
    expect(plan.rows[0]).toMatchObject({ status: 'error', numero: '0200', name: 'LEFEVRE Jean Eric' });
    expect(plan.rows[0]!.errors[0]!.message).toBe(
      'numéro « 0200 » inconnu, mais Lefèvre Jean-Éric (numéro à venir) a les mêmes nom, prénom et date de naissance : cochez « Donner leur numéro aux candidats reconnus » pour le lui attribuer',
    );
    // Roux Anna has no stored birth date: the row is a new candidate, as before.
    expect(plan.rows[1]).toMatchObject({ status: 'new', numero: '0201' });
    expect(plan.candidateUpdates).toEqual([]);
  });

  it('once accepted, gives the number and the marks to the waiting candidate (an update, shown as matched, keeping the stored spelling)', () => {
    const snapshot = withWaiting();
    const plan = planText(FILE, snapshot, 'keep', { matchPendingNumeros: true });
    expect(plan.pendingNumeros).toEqual({ lines: [2], accepted: true });
    expect(plan.rows[0]).toMatchObject({ status: 'updated', numero: '0200', matchedPending: true, name: 'Lefèvre Jean-Éric' });
    expect(plan.rows[0]!.changes[0]).toEqual({ field: 'numero', label: 'N° candidat', before: '', after: '0200' });
    expect(plan.rows[0]!.warnings).toEqual(['Lefèvre Jean-Éric (numéro à venir) reconnu par nom, prénom et date de naissance : reçoit le numéro 0200']);
    const after = applyPlan(snapshot, plan);
    expect(after.candidates.find((c) => c.id === 50)).toMatchObject({ numero: '0200' });
    expect(after.marks.find((m) => m.candidateId === 50 && m.unit === 'E1')?.value).toEqual({ kind: 'number', hundredths: 1200 });
    expect(after.candidates).toHaveLength(snapshot.candidates.length + 1); // only Roux Anna (0201) is new
  });

  it('never matches a row without a number, nor one candidate to two rows', () => {
    const snapshot = withWaiting();
    const plan = planText(
      'numero;nom;prenom;date_naissance\n;Lefèvre;Jean-Éric;05/03/2004\n0300;Lefèvre;Jean-Éric;05/03/2004\n0301;Lefèvre;Jean-Éric;05/03/2004\n',
      snapshot,
      'keep',
      { matchPendingNumeros: true },
    );
    expect(plan.rows.map((r) => [r.status, r.matchedPending ?? false])).toEqual([
      ['error', false],
      ['updated', true],
      ['new', false],
    ]);
  });

  it('rows without a number (a class list pasted before the numbers are known): refused until accepted, then created « numéro à venir »', () => {
    const snapshot = withWaiting();
    const file = 'nom;prenom;date_naissance;E1\nZola;Émile;02/04/2005;11\nROUX;Anna;;9\nDupont;Léa;;\nZola;Emile;02/04/2005;\n;;;\n';
    const refused = planText(file, snapshot);
    // Dupont Léa, numbered in the session, is not one to create: her line says so at once (ticking the box would not
    // help), and is not counted among the lines without a number.
    expect(refused.withoutNumero).toEqual({ lines: [2, 3, 5], accepted: false });
    expect(refused.rows.map((r) => r.status)).toEqual(['error', 'error', 'error', 'error']);
    expect(refused.rows[2]!.errors[0]!.message).toBe(
      'déjà dans la session avec le numéro 0012 (Dupont Léa) : ajoutez la colonne des numéros pour compléter sa fiche',
    );
    // The file has no column of numbers: the refusals name none (« colonne N° candidat » pointed at nothing).
    expect(refused.rows.flatMap((r) => r.errors.map((e) => e.column))).toEqual([null, null, null, null]);
    expect(refused.rows[0]!.errors[0]!.message).toBe(
      'numéro de candidat manquant : cochez « Ajouter les lignes sans numéro (numéro à venir) » pour créer ce candidat',
    );
    // Roux Anna is entered « numéro à venir »: her row (as Délib's own sheets write her) completes her, not a new one.
    expect(refused.rows[1]!.errors[0]!.message).toBe(
      'numéro de candidat manquant : cochez « Ajouter les lignes sans numéro (numéro à venir) » pour compléter la fiche de Roux Anna (numéro à venir)',
    );

    const plan = planText(file, snapshot, 'keep', { createPendingNumeros: true });
    expect(plan.withoutNumero).toEqual({ lines: [2, 3, 5], accepted: true });
    expect(plan.rows.map((r) => [r.status, r.numero, r.warnings ?? r.errors.map((e) => e.message)])).toEqual([
      ['new', '', ['nouveau candidat sans numéro (numéro à venir)']],
      // Roux Anna was entered « numéro à venir » without a date: the row completes her record (her mark).
      ['updated', '', ['Roux Anna (numéro à venir) déjà saisi : sa fiche est complétée']],
      // Dupont Léa has the number 0012 in the session: updating her needs it.
      ['error', '', ['déjà dans la session avec le numéro 0012 (Dupont Léa) : ajoutez la colonne des numéros pour compléter sa fiche']],
      ['error', '', ['sans numéro, et mêmes nom, prénom et date de naissance que la ligne 2']],
    ]);
    const after = applyPlan(snapshot, plan);
    const zola = after.candidates.find((c) => c.nom === 'Zola')!;
    expect(zola).toMatchObject({ numero: '', prenom: 'Émile', dateNaissance: '2005-04-02' });
    expect(after.marks.find((m) => m.candidateId === zola.id && m.unit === 'E1')?.value).toEqual({ kind: 'number', hundredths: 1100 });
    expect(after.marks.find((m) => m.candidateId === 51 && m.unit === 'E1')?.value).toEqual({ kind: 'number', hundredths: 900 });
    expect(after.candidates).toHaveLength(snapshot.candidates.length + 1);
  });
});
