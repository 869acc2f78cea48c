/**
 * Files met in real imports (« Importer un fichier »): a number given twice with and without its leading zero, a
 * spreadsheet's total line, a row-order « N° » column, common abbreviated headings, a line break in a name cell.
 */
import { describe, expect, it } from 'vitest';
import { btsCcst2024 as regulation } from '../../src/domain/presets/index.ts';
import { autoMap, importFields } from '../../src/io/import/fields.ts';
import type { ImportPlan } from '../../src/io/import/types.ts';
import { applyPlan, emptySnapshot, planText, smallSnapshot } from './import-helpers.ts';

const statuses = (plan: ImportPlan) => plan.rows.map((r) => r.status);
const errorsOf = (plan: ImportPlan) => plan.rows.flatMap((r) => r.errors.map((e) => `ligne ${e.line}${e.column ? `, ${e.column}` : ''} : ${e.message}`));
const fields = importFields(regulation);
const map = (header: string) => autoMap(header.split(';'), fields);

describe('a candidate on two lines, once without the leading zero', () => {
  const file =
    'numero;nom;prenom;E1;E21;E22;E3;E4;E5;U61;U62\r\n' +
    '02431000061;Blanc;Paul;12;12;12;12;12;12;12;12\r\n' +
    '02431000062;Noir;Jeanne;10;10;10;10;10;10;10;10\r\n' +
    '02431000061;Blanc;Paul;13;12;12;12;12;12;12;12\r\n' +
    '2431000062;Noir;Jeanne;10;10;10;10;10;10;10;10\r\n';

  it('refuses both lines in an empty session, each naming the other, and creates nobody', () => {
    const empty = emptySnapshot(regulation, 2026);
    const plan = planText(file, empty);
    expect(statuses(plan)).toEqual(['error', 'error', 'error', 'error']);
    expect(errorsOf(plan)).toEqual([
      "ligne 2, numero : le numéro « 02431000061 » est aussi ligne 4 : aucune de ces lignes n'est appliquée (gardez-en une seule)",
      "ligne 3, numero : le numéro « 02431000062 », le même que « 2431000062 » aux zéros de tête près, est aussi ligne 5 : aucune de ces lignes n'est appliquée (gardez-en une seule)",
      "ligne 4, numero : le numéro « 02431000061 » est aussi ligne 2 : aucune de ces lignes n'est appliquée (gardez-en une seule)",
      "ligne 5, numero : le numéro « 2431000062 », le même que « 02431000062 » aux zéros de tête près, est aussi ligne 3 : aucune de ces lignes n'est appliquée (gardez-en une seule)",
    ]);
    expect(plan.newCandidates).toEqual([]);
    expect(applyPlan(empty, plan).candidates).toEqual([]);
  });

  it('refuses them too with « Rétablir les zéros de tête » ticked (then both lines read 02431000062)', () => {
    const plan = planText(file, emptySnapshot(regulation, 2026), 'keep', { restoreZeros: true });
    expect(statuses(plan)).toEqual(['error', 'error', 'error', 'error']);
    expect(plan.rows[3]!.errors[0]!.message).toBe("le numéro « 02431000062 » est aussi ligne 3 : aucune de ces lignes n'est appliquée (gardez-en une seule)");
  });

  it('refuses them in a session that already holds the candidate, as before', () => {
    const empty = emptySnapshot(regulation, 2026);
    const one = 'numero;nom;prenom\r\n02431000062;Noir;Jeanne\r\n';
    const session = applyPlan(empty, planText(one, empty));
    const plan = planText(file, session);
    expect(statuses(plan).slice(1)).toEqual(['error', 'error', 'error']);
    expect(plan.rows[3]!.errors[0]!.message).toBe("le candidat 02431000062 est aussi ligne 3 : aucune de ces lignes n'est appliquée (gardez-en une seule)");
  });

  it('still reads two different numbers as two candidates', () => {
    const plan = planText('numero;nom;prenom\r\n02431000062;Noir;Jeanne\r\n2431000063;Noir;Jean\r\n', emptySnapshot(regulation, 2026));
    expect(statuses(plan)).toEqual(['new', 'new']);
  });
});

describe('a line whose « numéro » holds no digit (a total, an average, a title)', () => {
  const message = (text: string) => `« ${text} » n'est pas un numéro de candidat (ligne de total ou de titre ?) : ligne ignorée si vous importez les autres`;

  it("refuses an Excel sheet's total line, with one clear message, and creates no candidate from it", () => {
    const file =
      'BTS CCST session 2026 - Lycée Saint-Exupéry;;;;;;;;;;;;;\r\n;;;;;;;;;;;;;\r\n' +
      'numero;nom;prenom;E1;E21;E22;E3;E4;E5;U61;U62;;;\r\n' +
      '02431000001;Lefèvre;Anaïs;12,5;13;14,25;11;12;13;15;14;;;\r\n' +
      '02431000002;Cœurderoy;Jérôme;8;9,5;10;7,75;10;11;9;8;;;\r\n' +
      ';;;;;;;;;;;;;\r\n' +
      'Total;4 candidats;;;;;;;;;;;;\r\n';
    const plan = planText(file, emptySnapshot(regulation, 2026));
    expect(statuses(plan)).toEqual(['new', 'new', 'error']);
    expect(errorsOf(plan)).toEqual([`ligne 7, numero : ${message('Total')}`]);
    expect(plan.newCandidates.map((c) => c.data.numero)).toEqual(['02431000001', '02431000002']);
  });

  it('says the same of an average line in a session, not « numéro inconnu : le nom est vide »', () => {
    const plan = planText('N° candidat;Nom;Prénom;E4;Observations\r\n0012;;;11;\r\n;;;;\r\nMoyenne;;;11,9;\r\n', smallSnapshot());
    expect(statuses(plan)).toEqual(['updated', 'error']);
    expect(errorsOf(plan)).toEqual([`ligne 4, N° candidat : ${message('Moyenne')}`]);
  });

  it('still accepts a number with letters and digits, and a digitless number the session already has', () => {
    const plan = planText('numero;nom;prenom\r\n0012b;Petit;Léa\r\nA-12;Grand;Noé\r\n', smallSnapshot());
    expect(statuses(plan)).toEqual(['new', 'new']);
    const small = smallSnapshot();
    const session = { ...small, candidates: small.candidates.map((c) => (c.id === 2 ? { ...c, numero: 'ABC' } : c)) };
    expect(statuses(planText('numero;E1\r\nABC;12\r\n', session))).toEqual(['updated']);
  });
});

describe('a row-order « N° » column next to « N° candidat »', () => {
  it('gives the numero to « N° candidat », whatever the order, and leaves « N° » ignored', () => {
    expect(map('N°;N° INE;N° candidat;Nom;Prénom;E1')).toEqual([null, null, 'numero', 'nom', 'prenom', 'E1']);
    expect(map('N° candidat;Nom;N°;E1')).toEqual(['numero', 'nom', null, 'E1']);
    // Alone, « N° » is still the numero.
    expect(map('N°;Nom;Prénom;E1')).toEqual(['numero', 'nom', 'prenom', 'E1']);
    // Two specific headings for the numero: the first one, as before.
    expect(map('numero;N° candidat;Nom')).toEqual(['numero', null, 'nom']);
  });

  it('matches the candidates by their number, not by the row order', () => {
    const file = 'N°;N° INE;N° candidat;Nom;Prénom;E1\r\n1;123456789AB;02431000001;Bonnet;Noé;15\r\n2;123456789AC;02431000002;Garcia;Aïcha;12\r\n';
    const plan = planText(file, emptySnapshot(regulation, 2026));
    expect(errorsOf(plan)).toEqual([]);
    expect(plan.newCandidates.map((c) => c.data.numero)).toEqual(['02431000001', '02431000002']);
  });
});

describe('common abbreviated headings', () => {
  it('reads « Date naiss. », « Etab. » and « Étab. »', () => {
    expect(map('N° candidat;NOM;Prénom(s);Date naiss.;Etab.;E1')).toEqual(['numero', 'nom', 'prenom', 'date_naissance', 'etablissement_nom', 'E1']);
    expect(map('Étab.;Date naiss.;Prénom(s);NOM;N° candidat;E4;E1')).toEqual(['etablissement_nom', 'date_naissance', 'prenom', 'nom', 'numero', 'E4', 'E1']);
  });

  it('reads « Type » next to an établissement column as its type, and only there', () => {
    expect(map('N° candidat;Nom;Prénom;Établissement;Type;E1')).toEqual(['numero', 'nom', 'prenom', 'etablissement_nom', 'etablissement_type', 'E1']);
    expect(map('N° candidat;Nom;Type;UAI;E1')).toEqual(['numero', 'nom', 'etablissement_type', 'etablissement_uai', 'E1']);
    expect(map('N° candidat;Nom;Type;E1')).toEqual(['numero', 'nom', null, 'E1']);
    expect(map('N° candidat;Type;Nom;Prénom;Etab.;E1')).toEqual(['numero', null, 'nom', 'prenom', 'etablissement_nom', 'E1']);
    // A « Type d'établissement » column keeps the field: « Type » is then ignored.
    expect(map("Etab.;Type;Type d'établissement")).toEqual(['etablissement_nom', null, 'etablissement_type']);
  });

  it('creates a new établissement from « Etab. » and « Type », with the date de naissance of « Date naiss. »', () => {
    const file = 'N° candidat;NOM;Prénom(s);Date naiss.;Etab.;Type;E1\r\n02431000001;BONNET;Noé;11/09/2003;Lycée Nouveau;Public;15\r\n';
    const plan = planText(file, emptySnapshot(regulation, 2026));
    expect(errorsOf(plan)).toEqual([]);
    expect(plan.newEtablissements).toEqual([{ uai: '', name: 'Lycée Nouveau', city: '', type: 'public' }]);
    expect(plan.newCandidates[0]!.data.dateNaissance).toBe('2003-09-11');
  });

  it('reads a « Nom Prénom » column as both names (split line by line), and says so when it is left out', () => {
    for (const heading of ['Nom Prénom', 'Nom et prénom', 'NOM - Prénom(s)', 'Élève']) {
      expect(map(`N° candidat;${heading};Classe;E1`)).toEqual(['numero', 'nom_prenom', null, 'E1']);
      const plan = planText(`N° candidat;${heading};Classe;E1\r\n02431000093;DUPONT Léa;BTS2;11\r\n`, emptySnapshot(regulation, 2026));
      expect(errorsOf(plan)).toEqual([]);
      expect(plan.newCandidates.map((c) => [c.data.nom, c.data.prenom])).toEqual([['DUPONT', 'Léa']]);
    }
    // Without such a column, the advice stays.
    const plain = planText('N° candidat;Classe;E1\r\n02431000093;BTS2;11\r\n', emptySnapshot(regulation, 2026));
    expect(errorsOf(plain)[0]).toContain('ajoutez les colonnes nom et prénom pour le créer');
  });
});

describe('a line break inside a quoted name', () => {
  it('gives one message, saying to put the name on one line, and no « le nom est vide »', () => {
    const file =
      '\uFEFFnumero;nom;prenom;E1;E21;E22;E3;E4;E5;U61;U62\r\n' +
      '02431000011;"Le Gall; dit ""Bob""";Yann;12;12;12;12;12;12;12;12\r\n' +
      '02431000012;"Martin\r\nDupont";Léa;10;10;10;10;10;10;10;10\r\n' +
      '02431000013;Durand;"Marie;\nClaire";11;11;11;11;11;11;11;11\r\n';
    const plan = planText(file, emptySnapshot(regulation, 2026));
    expect(statuses(plan)).toEqual(['new', 'error', 'error']);
    expect(errorsOf(plan)).toEqual([
      'ligne 3, nom : la cellule contient un retour à la ligne (Alt+Entrée dans Excel) : mettez le nom sur une seule ligne',
      'ligne 5, prenom : la cellule contient un retour à la ligne (Alt+Entrée dans Excel) : mettez le prénom sur une seule ligne',
    ]);
  });

  it('still refuses another control character in a name, without a second « le nom est vide »', () => {
    const plan = planText('numero;nom;prenom\r\n02431000014;Ma\u0007rtin;Léa\r\n', emptySnapshot(regulation, 2026));
    expect(errorsOf(plan)).toEqual([
      'ligne 2, nom : le nom contient un caractère de contrôle invisible (U+0007, 3ᵉ caractère) : retapez ce nom sans copier-coller depuis un autre logiciel',
    ]);
  });
});
