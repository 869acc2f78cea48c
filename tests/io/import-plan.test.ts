import { describe, expect, it } from 'vitest';
import { csvBytes } from '../../src/io/csv.ts';
import { importFields } from '../../src/io/import/fields.ts';
import { buildPlan, mappingProblems } from '../../src/io/import/plan.ts';
import { readImportSource } from '../../src/io/import/read.ts';
import type { ImportPlan } from '../../src/io/import/types.ts';
import { ccst } from '../domain/factories.ts';
import { applyPlan, emptySnapshot, planText, smallSnapshot } from './import-helpers.ts';

const small = smallSnapshot();
const statuses = (plan: ImportPlan) => plan.rows.map((r) => r.status);
const errorsOf = (plan: ImportPlan) => plan.rows.flatMap((r) => r.errors.map((e) => `ligne ${e.line}${e.column ? `, ${e.column}` : ''} : ${e.message}`));
const markOf = (snapshot: ReturnType<typeof smallSnapshot>, candidateId: number, unit: string) =>
  snapshot.marks.find((m) => m.candidateId === candidateId && m.unit === unit);

describe('mappingProblems', () => {
  const fields = importFields(ccst);
  it('asks for the numero column and refuses a field chosen twice or unknown', () => {
    expect(mappingProblems(['prenom', 'E4'], fields)).toEqual(["La colonne du numéro de candidat n'est pas choisie."]);
    // Without numbers, rows are read by name (candidates « numéro à venir », each row says so: import-pending-numero).
    expect(mappingProblems(['nom', 'E4'], fields)).toEqual([]);
    expect(mappingProblems(['numero', 'E4', null, 'E4'], fields)).toEqual(['« E4 » est choisi pour plusieurs colonnes (2 et 4) : gardez-en une.']);
    expect(mappingProblems(['numero', 'controle_E4', 'X9'], fields)).toEqual([
      "Colonne 2 : E4 n'est pas une épreuve de contrôle de cette session (possibles : E1, E2, E3).",
      'Colonne 3 : champ inconnu « X9 ».',
    ]);
    expect(mappingProblems(['numero', null, 'controle_E2'], fields)).toEqual([]);
  });

  it('puts every row in error, writing nothing, when neither the numero nor the nom column is chosen', () => {
    const source = readImportSource(csvBytes('Nom;U61\nDupont;14\nMartin;12\n'), 'f.csv');
    const plan = buildPlan(source, ['prenom', 'U61'], small);
    expect(plan.counts).toEqual({ new: 0, updated: 0, unchanged: 0, error: 2 });
    expect(plan.rows[0]).toMatchObject({
      line: 2,
      errors: [{ line: 2, column: null, message: "La colonne du numéro de candidat n'est pas choisie." }],
    });
    expect(plan.markWrites).toEqual([]);
  });
});

describe('buildPlan: statuses', () => {
  it('shows new / updated (old → new per cell) / unchanged / error, with counts', () => {
    const plan = planText('numero;nom;prenom;E1;U61\n0012;Dupont;Léa;12;15\n0013;Martin;Noé;AB;\n0099;Petit;Jade;10;\n0014;;;NV;\n', small);
    expect(statuses(plan)).toEqual(['updated', 'unchanged', 'new', 'error']);
    expect(plan.counts).toEqual({ new: 1, updated: 1, unchanged: 1, error: 1 });
    expect(plan.rows[0]).toMatchObject({ line: 2, numero: '0012', name: 'Dupont Léa', changes: [{ field: 'U61', label: 'U61', before: '14', after: '15' }] });
    expect(plan.rows[2]?.changes).toEqual([
      { field: 'nom', label: 'Nom', before: '', after: 'Petit' },
      { field: 'prenom', label: 'Prénom', before: '', after: 'Jade' },
      { field: 'statut', label: 'Statut', before: '', after: 'Scolaire' },
      { field: 'E1', label: 'E1', before: '', after: '10' },
    ]);
    expect(errorsOf(plan)).toEqual([
      'ligne 5, numero : numéro « 0014 » inconnu dans cette session : le nom est vide',
      'ligne 5, E1 : NV impossible en E1 (seulement en E4, U61, U62)',
    ]);
  });

  it('R2: a mark written « Abs » is imported as AB, and its line says so beside it (ABJ if the absence is justified)', () => {
    const plan = planText('numero;nom;prenom;E1;Note E4\n0099;Petit;Jade;abs;Abs.\n', small);
    expect(statuses(plan)).toEqual(['new']);
    expect(plan.rows[0]!.warnings).toEqual([
      "E1 : « abs » lu AB, absence non justifiée (éliminatoire sur une épreuve obligatoire) : écrivez ABJ si l'absence est justifiée",
      "Note E4 : « Abs. » lu AB, absence non justifiée (éliminatoire sur une épreuve obligatoire) : écrivez ABJ si l'absence est justifiée",
    ]);
    expect(plan.markWrites.map((w) => [w.unit, w.after?.value])).toEqual([
      ['E1', { kind: 'AB' }],
      ['E4', { kind: 'AB' }],
    ]);
  });

  it('writes exactly what the rows without error show', () => {
    const plan = planText('numero;nom;prenom;E1;U61\n0012;Dupont;Léa;12;15\n0099;Petit;Jade;10;\n', small);
    expect(plan.markWrites).toEqual([
      {
        line: 2,
        candidate: { id: 1 },
        unit: 'U61',
        before: markOf(small, 1, 'U61'),
        after: { value: { kind: 'number', hundredths: 1500 }, sousReserve: true, benefice: null },
      },
      {
        line: 3,
        candidate: { newIndex: 0 },
        unit: 'E1',
        before: null,
        after: { value: { kind: 'number', hundredths: 1000 }, sousReserve: false, benefice: null },
      },
    ]);
    expect(plan.newCandidates).toEqual([
      {
        line: 3,
        data: {
          numero: '0099',
          nom: 'Petit',
          prenom: 'Jade',
          dateNaissance: null,
          statut: 'scolaire',
          langueVivante: '',
          optionalUnits: [],
          formOverrides: {},
        },
        etablissement: null,
      },
    ]);
    expect(plan.candidateUpdates).toEqual([]);
  });

  it('a row with any error contributes no write at all', () => {
    const plan = planText('numero;nom;E1;E4;statut\n0012;Durand;14;DI;\n0013;;15;;étudiant\n', small);
    expect(statuses(plan)).toEqual(['error', 'error']);
    expect(errorsOf(plan)).toEqual([
      'ligne 2, E4 : DI impossible en E4 (dispense seulement en E1, E21, E22, E3)',
      'ligne 3, statut : statut inconnu : « étudiant » (possibles : Scolaire, Apprenti, Formation continue, Candidat individuel, Enseignement à distance)',
    ]);
    expect(plan.rows[0]?.name).toBe('Durand Léa');
    expect(plan.rows[0]?.cells).toEqual(['0012', 'Durand', '14', 'DI', '']);
    expect(plan).toMatchObject({ newEtablissements: [], newCandidates: [], candidateUpdates: [], markWrites: [] });
  });
});

describe('buildPlan: matching by numero', () => {
  it('a partial file (numero + U61) updates U61 and touches nothing else', () => {
    const plan = planText('numero;U61\n0013;12,5\n0012;14\n', small);
    expect(statuses(plan)).toEqual(['updated', 'unchanged']);
    expect(plan.candidateUpdates).toEqual([]);
    expect(plan.markWrites).toEqual([
      { line: 2, candidate: { id: 2 }, unit: 'U61', before: null, after: { value: { kind: 'number', hundredths: 1250 }, sousReserve: false, benefice: null } },
    ]);
    const after = applyPlan(small, plan);
    expect(after.candidates).toEqual(small.candidates);
    expect(after.marks.filter((m) => m.unit !== 'U61' || m.candidateId !== 2)).toEqual(small.marks);
  });

  it('matches rows by numero whatever their order, never by position', () => {
    const plan = planText('numero;E1\n0013;9\n0012;11\n', small);
    expect(plan.markWrites.map((w) => [w.candidate, w.after?.value])).toEqual([
      [{ id: 2 }, { kind: 'number', hundredths: 900 }],
      [{ id: 1 }, { kind: 'number', hundredths: 1100 }],
    ]);
  });

  it('refuses every line of a numero given twice, each naming the others: which one is right is not guessed', () => {
    const plan = planText('numero;E1\n0012;11\n 0012 ;13\n;10\n0013;9\n', small);
    expect(statuses(plan)).toEqual(['error', 'error', 'error', 'updated']);
    expect(errorsOf(plan)).toEqual([
      "ligne 2, numero : le numéro « 0012 » est aussi ligne 3 : aucune de ces lignes n'est appliquée (gardez-en une seule)",
      "ligne 3, numero : le numéro « 0012 » est aussi ligne 2 : aucune de ces lignes n'est appliquée (gardez-en une seule)",
      'ligne 4, numero : numéro de candidat manquant',
    ]);
    expect(plan.markWrites.map((w) => w.candidate)).toEqual([{ id: 2 }]);
    // Two identical lines too: the file is to be corrected, not read by position.
    const same = planText('numero;E1\n0012;11\n0012;11\n', small);
    expect(statuses(same)).toEqual(['error', 'error']);
    expect(same.markWrites).toEqual([]);
  });

  it('names three of the other lines at most, and how many there are, for a numero on many lines', () => {
    const plan = planText(`numero;E1\n${Array.from({ length: 6 }, () => '0012;11').join('\n')}\n`, small);
    expect(statuses(plan)).toEqual(Array(6).fill('error'));
    expect(errorsOf(plan)[0]).toBe(
      "ligne 2, numero : le numéro « 0012 » est aussi lignes 3, 4, 5… (5 autres) : aucune de ces lignes n'est appliquée (gardez-en une seule)",
    );
    expect(errorsOf(plan)[3]).toBe(
      "ligne 5, numero : le numéro « 0012 » est aussi lignes 2, 3, 4… (5 autres) : aucune de ces lignes n'est appliquée (gardez-en une seule)",
    );
    const three = planText('numero;E1\n0012;11\n0012;12\n0012;13\n', small);
    expect(errorsOf(three)[1]).toBe(
      "ligne 3, numero : le numéro « 0012 » est aussi lignes 2 et 4 : aucune de ces lignes n'est appliquée (gardez-en une seule)",
    );
  });

  it('recognises a number whose leading zeros Excel removed; with the full number on another line, both are refused', () => {
    const alone = planText('numero;E1\n12;11\n', small);
    expect(statuses(alone)).toEqual(['updated']);
    expect(alone.markWrites[0]?.candidate).toEqual({ id: 1 });
    expect(alone.rows[0]).toMatchObject({ numero: '0012', name: 'Dupont Léa' });

    const plan = planText('numero;E1\n12;11\n0012;13\n', small);
    expect(statuses(plan)).toEqual(['error', 'error']);
    expect(errorsOf(plan)).toEqual([
      "ligne 2, numero : le candidat 0012 est aussi ligne 3 : aucune de ces lignes n'est appliquée (gardez-en une seule)",
      "ligne 3, numero : le numéro « 0012 » est aussi ligne 2 : aucune de ces lignes n'est appliquée (gardez-en une seule)",
    ]);
    // Rows in error keep their cells as read (for the file of rows to correct).
    expect(plan.rows.map((r) => r.cells)).toEqual([
      ['12', '11'],
      ['0012', '13'],
    ]);
  });

  it('refuses a number Excel turned into scientific notation, and a repeated header', () => {
    const plan = planText('numero;nom;E1\n2,431E+11;Dupont;12\nNuméro;NOM;e1\n0013;Martin;AB\n', small);
    expect(errorsOf(plan)).toEqual([
      'ligne 2, numero : numéro « 2,431E+11 » abîmé par Excel (notation scientifique) : mettez la colonne au format Texte et recopiez les numéros',
      "ligne 3 : ligne identique à l'en-tête (fichiers mis bout à bout ?)",
    ]);
    expect(plan.newCandidates).toEqual([]);
    // The same header written without accents, in capitals and with spaces is recognised too.
    const again = planText('Numéro;nom;E1\n0013;Martin;AB\nNUMERO;Nom;E 1\n', small);
    expect(errorsOf(again)).toEqual(["ligne 3 : ligne identique à l'en-tête (fichiers mis bout à bout ?)"]);
  });

  it('an unknown numero is a new candidate only when the identity columns are given', () => {
    const plan = planText('numero;E1\n0099;11\n', small);
    expect(errorsOf(plan)).toEqual(['ligne 2, numero : numéro « 0099 » inconnu dans cette session : ajoutez les colonnes nom et prénom pour le créer']);
    const created = planText(
      'numero;nom;statut;Date de naissance;LV;facultatives;formes\n0099; Petit ;Formation continue;5/3/2004;Espagnol;ef3 EF1;E4=ponctuel, E61=ccf\n',
      small,
    );
    expect(created.newCandidates[0]?.data).toEqual({
      numero: '0099',
      nom: 'Petit',
      prenom: '',
      dateNaissance: '2004-03-05',
      statut: 'formation_continue',
      langueVivante: 'Espagnol',
      optionalUnits: ['EF1', 'EF3'],
      formOverrides: { E4: 'ponctuel', U61: 'CCF' },
    });
  });

  it('updates identity fields, never clears them with an empty cell, and shows labels', () => {
    const plan = planText(
      'numero;nom;prenom;date_naissance;statut;langue_vivante\n0012;Dupont;;15/04/2004;Apprenti;\n0013;Martin;Noé;;individuel;Allemand\n',
      small,
      'clear',
    );
    expect(plan.rows.map((r) => r.changes)).toEqual([
      [
        { field: 'date_naissance', label: 'Date de naissance', before: '05/03/2004', after: '15/04/2004' },
        { field: 'statut', label: 'Statut', before: 'Scolaire', after: 'Apprenti' },
      ],
      [
        { field: 'statut', label: 'Statut', before: 'Apprenti', after: 'Candidat individuel' },
        { field: 'langue_vivante', label: 'Langue vivante', before: 'Anglais', after: 'Allemand' },
      ],
    ]);
    expect(plan.candidateUpdates[0]).toMatchObject({
      line: 2,
      before: small.candidates[0],
      after: { ...small.candidates[0], dateNaissance: '2004-04-15', statut: 'apprenti' },
    });
  });

  it('refuses bad dates, optional units and forms with the column as headed', () => {
    const plan = planText('N° candidat;Né(e) le;Options;Formes\n0012;31/02/2004;E4;E1=CCF\n', small);
    expect(errorsOf(plan)).toEqual([
      "ligne 2, Né(e) le : le 31/02/2004 n'existe pas dans le calendrier",
      "ligne 2, Options : « E4 » n'est pas une épreuve facultative de cette session (possibles : EF1, EF2, EF3)",
      'ligne 2, Formes : E1 ne peut pas être évaluée en CCF',
    ]);
  });

  it('issue 16: flags a mark on an optional unit the candidate did not register for, and accepts it with the registration in the same row', () => {
    const refused = planText('numero;EF1\n0012;14\n', small);
    expect(errorsOf(refused)).toEqual([
      "ligne 2, EF1 : le candidat n'est pas inscrit à l'épreuve facultative EF1 (Langue vivante (facultative)) : inscrivez-la d'abord dans sa fiche (onglet « Candidats », colonne « Facultatives », ou colonne « Épreuves facultatives » du fichier importé), puis saisissez la note",
    ]);
    expect(refused.markWrites).toEqual([]);
    const registered = planText('numero;facultatives;EF1\n0012;EF1;14\n', small);
    expect(errorsOf(registered)).toEqual([]);
    expect(registered.markWrites.map((w) => [w.unit, w.after?.value])).toEqual([['EF1', { kind: 'number', hundredths: 1400 }]]);
  });

  it('refuses a row with more cells than the header (an unquoted separator shifts the columns)', () => {
    const plan = planText('numero;nom;E1\n0012;Dupont;Léa;12\n0013;Martin;9;\n', small);
    expect(errorsOf(plan)).toEqual([
      "ligne 2 : la ligne a 4 cellules pour 3 colonnes d'en-tête : une valeur contient peut-être un séparateur « ; » sans guillemets",
    ]);
    expect(statuses(plan)).toEqual(['error', 'updated']);
  });

  it('puts a read problem on the row where it occurred', () => {
    const plan = planText('numero;nom\n0012;Dupont\n0013;"Martin\n', small);
    expect(plan.rows[1]).toMatchObject({ status: 'error', errors: [{ line: 3, column: null, message: 'guillemet non fermé' }] });
  });
});

describe('buildPlan: empty mark cells', () => {
  it("'keep' (default) leaves the stored mark alone", () => {
    const plan = planText('numero;E1;U61\n0012;;\n', small);
    expect(statuses(plan)).toEqual(['unchanged']);
    expect(plan.emptyCells).toBe('keep');
  });

  it("'clear' deletes the mark, keeps a record that is still sous réserve", () => {
    const plan = planText('numero;nom;E1;U61\n0012;;;\n', small, 'clear');
    expect(plan.rows[0]?.changes).toEqual([
      { field: 'E1', label: 'E1', before: '12', after: '' },
      { field: 'U61', label: 'U61', before: '14', after: '' },
    ]);
    expect(plan.markWrites.map((w) => [w.unit, w.after])).toEqual([
      ['E1', null],
      ['U61', { value: { kind: 'empty' }, sousReserve: true, benefice: null }],
    ]);
    expect(plan.candidateUpdates).toEqual([]);
  });

  it("'clear' refuses to clear a mark kept by bénéfice (R8: renouncing is final, done in the app)", () => {
    const plan = planText('numero;E3\n0012;\n', small, 'clear');
    expect(errorsOf(plan)).toEqual([
      "ligne 2, E3 : E3 : cette note est conservée par bénéfice (session 2023) et doit rester une note d'au moins 10. Retirez d'abord le bénéfice (« Détail du calcul », « Renoncer au bénéfice »)",
    ]);
    expect(errorsOf(planText('numero;E3\n0012;9\n', small))).toHaveLength(1);
    expect(statuses(planText('numero;E3\n0012;16\n', small))).toEqual(['updated']);
  });
});

describe('buildPlan: établissements', () => {
  it('resolves by UAI (normalized) or by name (accent- and case-insensitive)', () => {
    const plan = planText('numero;RNE;Établissement\n0013;0310044e;\n0012;;enseignement a DISTANCE\n', small);
    expect(plan.candidateUpdates.map((u) => [u.before.id, u.after.etablissementId])).toEqual([
      [2, 1],
      [1, 2],
    ]);
    expect(plan.rows[0]?.changes).toEqual([{ field: 'etablissement_uai', label: 'Établissement', before: '', after: 'LPO Déodat (0310044E)' }]);
  });

  it('refuses an unknown établissement without name and type', () => {
    const plan = planText('numero;UAI;Établissement\n0012;0311177L;\n0013;;Limayrac\n0012b;0311177;\n', small);
    expect(errorsOf(plan)).toEqual([
      'ligne 2, UAI : établissement inconnu : « 0311177L » (pour le créer, donnez son nom et son type)',
      'ligne 3, Établissement : établissement inconnu : « Limayrac » (pour le créer, donnez son nom et son type)',
      'ligne 4, numero : numéro « 0012b » inconnu dans cette session : ajoutez les colonnes nom et prénom pour le créer',
      "ligne 4, UAI : le code UAI « 0311177 » n'est pas valide (7 chiffres et une lettre, par exemple 0310044E)",
    ]);
  });

  it('creates one établissement per distinct UAI or name when the file gives name and type, shared by rows', () => {
    const text = [
      'numero;nom;etablissement_uai;etablissement_nom;etablissement_ville;etablissement_type',
      '0012;Dupont;0311177L;Limayrac;Toulouse;Privé sous contrat',
      '0099;Petit;0311177L;;;',
      '0100;Roux;;CFA Aspect;Toulouse;CFA habilité',
      '0101;Blanc;;cfa aspect;;',
      '0102;Noir;0311177L;Limayrac;Albi;',
    ].join('\n');
    const plan = planText(text, small);
    expect(plan.newEtablissements).toEqual([
      { uai: '0311177L', name: 'Limayrac', city: 'Toulouse', type: 'prive_sous_contrat' },
      { uai: '', name: 'CFA Aspect', city: 'Toulouse', type: 'cfa_habilite' },
    ]);
    expect(plan.candidateUpdates[0]).toMatchObject({ newEtablissement: 0, after: { etablissementId: null } });
    expect(plan.newCandidates.map((c) => c.etablissement)).toEqual([{ newIndex: 0 }, { newIndex: 1 }, { newIndex: 1 }]);
    expect(plan.rows[0]?.changes).toContainEqual({
      field: 'etablissement_uai',
      label: 'Établissement',
      before: 'LPO Déodat (0310044E)',
      after: 'Limayrac (0311177L) (nouvel établissement)',
    });
    expect(errorsOf(plan)).toEqual(["ligne 6, etablissement_uai : l'établissement « Limayrac (0311177L) » est décrit autrement ligne 2 (nom, ville ou type)"]);
  });

  it('does not create an établissement for a row in error', () => {
    const plan = planText('numero;nom;E1;UAI;Établissement;Type\n0099;Petit;25;0311177L;Limayrac;privé\n', small);
    expect(plan.newEtablissements).toEqual([]);
  });
});

describe('buildPlan: flags', () => {
  it('sous réserve: the non-empty cell lists every unit flagged, the others are not', () => {
    const plan = planText('numero;E4;Sous réserve\n0012;13;E4, E61\n0013;;E62\n', small);
    expect(plan.markWrites.map((w) => [w.candidate, w.unit, w.after])).toEqual([
      [{ id: 1 }, 'E4', { value: { kind: 'number', hundredths: 1300 }, sousReserve: true, benefice: null }],
      [{ id: 2 }, 'U62', { value: { kind: 'empty' }, sousReserve: true, benefice: null }],
    ]);
    const cleared = planText('numero;sous_reserve\n0012;E4\n', small);
    expect(cleared.markWrites.map((w) => [w.unit, w.after?.sousReserve ?? null])).toEqual([
      ['E4', true],
      ['U61', false],
    ]);
    expect(cleared.rows[0]?.changes).toEqual([{ field: 'sous_reserve', label: 'Sous réserve', before: 'U61', after: 'E4' }]);
  });

  it('sous réserve: an empty cell keeps the flags, or clears them with the clear policy', () => {
    expect(statuses(planText('numero;sous_reserve\n0012;\n', small))).toEqual(['unchanged']);
    const plan = planText('numero;sous_reserve\n0012;\n', small, 'clear');
    expect(plan.markWrites.map((w) => [w.unit, w.after])).toEqual([
      ['U61', { value: { kind: 'number', hundredths: 1400 }, sousReserve: false, benefice: null }],
    ]);
  });

  it('a mark write keeps the stored flags when the flag columns are not mapped', () => {
    const plan = planText('numero;U61;E3\n0012;16;13\n', small);
    expect(plan.markWrites.map((w) => w.after)).toEqual([
      { value: { kind: 'number', hundredths: 1300 }, sousReserve: false, benefice: { year: 2023 } },
      { value: { kind: 'number', hundredths: 1600 }, sousReserve: true, benefice: null },
    ]);
  });

  it('bénéfices: checked with R8 against the mark after the import; never removed by the import', () => {
    const plan = planText('numero;E1;benefices\n0012;15;E1=2022\n0013;9;E1=2022\n', small);
    expect(plan.markWrites[0]?.after).toEqual({ value: { kind: 'number', hundredths: 1500 }, sousReserve: false, benefice: { year: 2022 } });
    expect(plan.rows[0]?.changes).toContainEqual({ field: 'benefices', label: 'Bénéfices', before: 'E3=2023', after: 'E1=2022, E3=2023' });
    expect(errorsOf(plan)).toEqual(["ligne 3, benefices : bénéfice en E1 : seule une note d'au moins 10 peut être conservée"]);
    expect(errorsOf(planText('numero;benefices\n0012;E1=2018, controle_E1=2023\n', small))).toEqual([
      "ligne 2, benefices : bénéfice en E1 : l'année doit être celle d'une session antérieure, de 2019 à 2023 (5 ans au plus)",
      "ligne 2, benefices : le bénéfice d'une note ne s'applique pas à l'épreuve de contrôle",
    ]);
    expect(errorsOf(planText('numero;benefices\n0012;E3 2023\n', small))).toEqual([
      'ligne 2, benefices : « E3 2023 » : bénéfice attendu sous la forme épreuve=année, par exemple E3=2023',
    ]);
    expect(statuses(planText('numero;benefices\n0012;\n', small, 'clear'))).toEqual(['unchanged']);
  });
});

describe('buildPlan: contrôle', () => {
  it('reads contrôle marks of the contrôle units (R6 results checks stay with the engine)', () => {
    const plan = planText('numero;Contrôle E2;controle_E3\n0012;14,5;ab\n', small);
    expect(plan.markWrites.map((w) => [w.unit, w.after?.value])).toEqual([
      ['controle_E2', { kind: 'number', hundredths: 1450 }],
      ['controle_E3', { kind: 'AB' }],
    ]);
    expect(plan.rows[0]?.changes[0]).toEqual({ field: 'controle_E2', label: 'contrôle E2', before: '', after: '14,5' });
    expect(errorsOf(planText('numero;controle_E1\n0012;ABJ\n', small))).toEqual([
      "ligne 2, controle_E1 : « ABJ » : à l'épreuve de contrôle, seule une note ou AB est possible",
    ]);
  });

  it('never plans a contrôle mark for a unit outside the contrôle units', () => {
    const source = readImportSource(csvBytes('numero;contrôle E4\n0012;12\n'), 'f.csv');
    expect(source.records[0]?.cells).toEqual(['numero', 'contrôle E4']);
    const plan = buildPlan(source, ['numero', 'controle_E4'], small);
    expect(plan.counts.error).toBe(1);
    expect(plan.markWrites).toEqual([]);
  });
});

describe('buildPlan: counts', () => {
  it('counts add up to the rows, for an empty session too', () => {
    const plan = planText('numero;nom;E1\n1;A;10\n2;B;x\n', emptySnapshot());
    expect(plan.counts).toEqual({ new: 1, updated: 0, unchanged: 0, error: 1 });
    expect(Object.values(plan.counts).reduce((a, b) => a + b)).toBe(plan.rows.length);
  });
});

describe('buildPlan: a plan light to send to the page', () => {
  it('rows alike share their equal contents and changes, and the plan reads as if they were copies', () => {
    const plan = planText('numero;nom;statut;E1;U61\n1;A;scolaire;10;AB\n2;B;scolaire;10;12\n3;C;apprenti;10;AB\n', emptySnapshot());
    expect(plan.counts.new).toBe(3);
    const e1 = plan.markWrites.filter((w) => w.unit === 'E1');
    expect(e1.map((w) => w.after)).toEqual([0, 1, 2].map(() => ({ value: { kind: 'number', hundredths: 1000 }, sousReserve: false, benefice: null })));
    // One object for the three equal contents, one for the two equal « U61 : AB » changes: fewer objects to copy.
    expect(new Set(e1.map((w) => w.after)).size).toBe(1);
    const ab = plan.rows.map((r) => r.changes.find((c) => c.field === 'U61'));
    expect(ab.map((c) => c?.after)).toEqual(['AB', '12', 'AB']);
    expect(ab[0]).toBe(ab[2]);
    expect(plan.rows.map((r) => r.changes.find((c) => c.field === 'statut')?.after)).toEqual(['Scolaire', 'Scolaire', 'Apprenti']);
    // Names are each row's own.
    expect(plan.rows.map((r) => r.changes.find((c) => c.field === 'nom')?.after)).toEqual(['A', 'B', 'C']);
    expect(plan.rows.every((r) => r.errors.length === 0 && r.cells === undefined)).toBe(true);
  });
});
