/** A number mistyped in a marks sheet: the row has the name of a candidate the file leaves out, and is not created silently. */
import { describe, expect, it } from 'vitest';
import { applyPlan, planText, smallSnapshot } from './import-helpers.ts';

// Dupont Léa is 0012 in the session; the sheet gives her 0021 (two digits swapped) and leaves 0012 out.
const MISTYPED = 'numero;nom;prenom;E1\n0021;Dupont;Léa;14\n0013;Martin;Noé;9\n';

describe('import: unknown number, known name', () => {
  it('refuses the row, naming the candidate and the number stored, until the user says it is a namesake', () => {
    const snapshot = smallSnapshot();
    const plan = planText(MISTYPED, snapshot);
    expect(plan.namesakes).toEqual({ lines: [2], accepted: false });
    expect(plan.rows[0]).toMatchObject({ status: 'error', numero: '0021', name: 'Dupont Léa' });
    expect(plan.rows[0]!.errors[0]!.message).toBe(
      'numéro « 0021 » inconnu, mais Dupont Léa est dans la session avec le numéro 0012, absent du fichier : numéro mal recopié ? ' +
        "Corrigez-le, ou cochez « Créer quand même ces candidats (homonymes) » s'il s'agit d'un homonyme",
    );
    expect(plan.rows[1]).toMatchObject({ status: 'updated', numero: '0013' });
    expect(plan.newCandidates).toEqual([]);
    // Nothing for the refused row: Dupont Léa keeps her mark, and no second Dupont Léa appears.
    const after = applyPlan(snapshot, plan);
    expect(after.candidates).toHaveLength(snapshot.candidates.length);
  });

  it('once accepted, creates the namesake with a warning', () => {
    const snapshot = smallSnapshot();
    const plan = planText(MISTYPED, snapshot, 'keep', { createNamesakes: true });
    expect(plan.namesakes).toEqual({ lines: [2], accepted: true });
    expect(plan.rows[0]).toMatchObject({ status: 'new', numero: '0021' });
    expect(plan.rows[0]!.warnings).toEqual(['homonyme de Dupont Léa (numéro 0012) : créé comme un autre candidat']);
    expect(applyPlan(snapshot, plan).candidates.filter((c) => c.nom === 'Dupont')).toHaveLength(2);
  });

  it('is not raised when the file also names the stored candidate, nor when the birth dates differ, nor for a name unknown', () => {
    const snapshot = smallSnapshot();
    const both = planText('numero;nom;prenom\n0012;Dupont;Léa\n0021;Dupont;Léa\n', snapshot);
    expect(both.namesakes).toBeUndefined();
    expect(both.rows.map((r) => r.status)).toEqual(['unchanged', 'new']);
    // Dupont Léa was born on 05/03/2004: another Dupont Léa, born elsewhen, is another person.
    const otherBirth = planText('numero;nom;prenom;date_naissance\n0021;DUPONT;Lea;06/07/2005\n', snapshot);
    expect(otherBirth.namesakes).toBeUndefined();
    expect(otherBirth.rows[0]!.status).toBe('new');
    const sameBirth = planText('numero;nom;prenom;date_naissance\n0021;DUPONT;Lea;05/03/2004\n', snapshot);
    expect(sameBirth.namesakes).toEqual({ lines: [2], accepted: false });
    expect(planText('numero;nom;prenom\n0021;Durand;Léa\n', snapshot).rows[0]!.status).toBe('new');
  });

  it('a number in the nom or prénom column (columns mistaken) is refused at its cell, saying where numbers go', () => {
    const plan = planText('numero;nom;prenom\n0099;0099;Léa\n0098;Durand;05/03/2004\n', smallSnapshot());
    expect(plan.rows.map((r) => r.errors.map((e) => `${e.column} : ${e.message}`))).toEqual([
      ['nom : le nom « 0099 » est un nombre : un numéro de candidat va dans la colonne N°, une date de naissance dans « Né(e) le » (colonnes mal associées ?)'],
      [
        'prenom : le prénom « 05/03/2004 » est un nombre : un numéro de candidat va dans la colonne N°, une date de naissance dans « Né(e) le » (colonnes mal associées ?)',
      ],
    ]);
    expect(plan.newCandidates).toEqual([]);
  });

  it('nom and prénom swapped (columns mistaken): each such row says so, and the plan counts them for the preview', () => {
    const plan = planText('numero;nom;prenom;E1\n0012;Léa;DUPONT;14\n0013;Martin;Noé;9\n', smallSnapshot());
    expect(plan.swappedNames).toEqual({ lines: [2] });
    expect(plan.rows[0]!.warnings).toEqual(['nom et prénom inversés par rapport à la session ?']);
    expect(plan.rows[1]!.warnings).toBeUndefined();
    expect(planText('numero;nom;prenom\n0012;Dupont;Léa\n', smallSnapshot()).swappedNames).toBeUndefined();
  });

  it('a known number with another person’s nom and prénom (a number mistyped, a list of another session) is said on its row and counted', () => {
    const plan = planText('numero;nom;prenom;E1\n0012;Lefèvre;Anaïs;14\n0013;MARTIN;Noe;9\n', smallSnapshot());
    expect(plan.otherPeople).toEqual({ lines: [2] });
    expect(plan.rows[0]).toMatchObject({
      status: 'updated',
      warnings: ['nom et prénom d’une autre personne que le candidat 0012 de la session (Dupont Léa) : numéro mal recopié ?'],
    });
    // Case and accents alone (an export of the school software) are the same person; swapped names are said apart.
    expect(plan.rows[1]!.warnings).toBeUndefined();
    expect(planText('numero;nom;prenom\n0012;Léa;Dupont\n', smallSnapshot()).otherPeople).toBeUndefined();
    // Letters lost to a Windows-1252 re-save (« L?a ») are the encoding's loss, said as such, not another person.
    const accented = smallSnapshot();
    accented.candidates = accented.candidates.map((c) => (c.numero === '0013' ? { ...c, nom: 'Lefèvre', prenom: 'Zoé' } : c));
    const resaved = planText('numero;nom;prenom\n0013;Lef?vre;Zo?\n', accented, 'keep', { acceptEncodingLoss: true });
    expect(resaved.encodingLoss?.lines).toEqual([2]);
    expect(resaved.otherPeople).toBeUndefined();
    // One of the two changed (a married name, a first name corrected): the same person, nothing said.
    expect(planText('numero;nom;prenom\n0012;Dupont-Roux;Léa\n0013;Martin;Noël\n', smallSnapshot()).otherPeople).toBeUndefined();
  });

  it('an établissement the file creates with a UAI whose check letter its digits do not give: said on its rows, created as given', () => {
    const file =
      'numero;nom;prenom;etablissement_uai;etablissement_nom;etablissement_type\n0100;Zola;Émile;0310045E;Lycée Neuf;public\n0101;Hugo;Victor;0310046G;Lycée Juste;public\n';
    const plan = planText(file, smallSnapshot());
    expect(plan.rows.map((r) => r.status)).toEqual(['new', 'new']);
    expect(plan.rows[0]!.warnings).toEqual([
      'le code UAI « 0310045E » semble mal recopié : avec les chiffres 0310045, la lettre de contrôle est F. Vérifiez-le (il est enregistré tel quel)',
    ]);
    expect(plan.rows[1]!.warnings).toBeUndefined();
    expect(plan.newEtablissements.map((e) => e.uai)).toEqual(['0310045E', '0310046G']);
  });
});
