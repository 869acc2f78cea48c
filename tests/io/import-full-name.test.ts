/**
 * A class list with nom and prénom in one column (« Élève », « Nom Prénom »: `DUPONT Léa`), as school software exports
 * it: split line by line, the nom in capitals or before a comma; anything else refused at its column, never guessed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { btsCcst2024 as regulation } from '../../src/domain/presets/index.ts';
import { csvBytes } from '../../src/io/csv.ts';
import { autoMap, importFields } from '../../src/io/import/fields.ts';
import { splitFullName } from '../../src/io/import/full-name.ts';
import { buildPlan, mappingProblems } from '../../src/io/import/plan.ts';
import { readImportSource } from '../../src/io/import/read.ts';
import type { ColumnMapping, ImportPlan } from '../../src/io/import/types.ts';
import { applyPlan, emptySnapshot, planText, smallSnapshot } from './import-helpers.ts';

const errorsOf = (plan: ImportPlan) => plan.rows.flatMap((r) => r.errors.map((e) => `ligne ${e.line}${e.column ? `, ${e.column}` : ''} : ${e.message}`));
const namesOf = (plan: ImportPlan) => plan.newCandidates.map((c) => `${c.data.nom} / ${c.data.prenom}`);

function planWith(text: string, mapping: ColumnMapping) {
  return buildPlan(readImportSource(csvBytes(text), 'classe.csv'), mapping, emptySnapshot(regulation, 2026), 'keep');
}

describe('splitFullName', () => {
  it('takes the words in capitals as the nom, before or after the prénom', () => {
    expect(splitFullName('DUPONT Léa')).toEqual({ ok: true, nom: 'DUPONT', prenom: 'Léa' });
    expect(splitFullName('  LE GOFF   Björn  ')).toEqual({ ok: true, nom: 'LE GOFF', prenom: 'Björn' });
    expect(splitFullName("N'DIAYE Marie-Claire Awa")).toEqual({ ok: true, nom: "N'DIAYE", prenom: 'Marie-Claire Awa' });
    expect(splitFullName('Léa DUPONT-MARTIN')).toEqual({ ok: true, nom: 'DUPONT-MARTIN', prenom: 'Léa' });
    expect(splitFullName('Jean Paul DE LA FONTAINE')).toEqual({ ok: true, nom: 'DE LA FONTAINE', prenom: 'Jean Paul' });
    // A particle in lower case before the nom in capitals is the nom's.
    expect(splitFullName('de GAULLE Charles')).toEqual({ ok: true, nom: 'de GAULLE', prenom: 'Charles' });
    expect(splitFullName('Anna van der BERG')).toEqual({ ok: true, nom: 'van der BERG', prenom: 'Anna' });
    expect(splitFullName('De GAULLE Charles').ok).toBe(false); // « De » written so may be a prénom's: not guessed
    // An elided particle joined to the nom in capitals: the nom's too.
    expect(splitFullName("d'ARTAGNAN Charles")).toEqual({ ok: true, nom: "d'ARTAGNAN", prenom: 'Charles' });
    expect(splitFullName('Charles d’ARTAGNAN')).toEqual({ ok: true, nom: 'd’ARTAGNAN', prenom: 'Charles' });
    expect(splitFullName("Léa l'HERMITE")).toEqual({ ok: true, nom: "l'HERMITE", prenom: 'Léa' });
  });

  it('takes an initial (a capital and a full stop) as the prénom, not as a word of the nom', () => {
    expect(splitFullName('DUPONT J.')).toEqual({ ok: true, nom: 'DUPONT', prenom: 'J.' });
    expect(splitFullName('J.-P. LE GOFF')).toEqual({ ok: true, nom: 'LE GOFF', prenom: 'J.-P.' });
    expect(splitFullName('DUPONT Léa M.')).toEqual({ ok: true, nom: 'DUPONT', prenom: 'Léa M.' });
    // Without its full stop, a capital alone may be a nom's (« Léa O »): not guessed.
    expect(splitFullName('DUPONT J').ok).toBe(false);
  });

  it('takes a comma as the parting', () => {
    expect(splitFullName('Le Goff, Björn')).toEqual({ ok: true, nom: 'Le Goff', prenom: 'Björn' });
  });

  it('guesses nothing when the capitals do not tell, or a name is missing', () => {
    for (const cell of ['Le Goff Björn', 'DUPONT LÉA', 'dupont léa', 'Léa DUPONT Marie', 'DUPONT Léa MARTIN']) {
      const split = splitFullName(cell);
      expect(split.ok, cell).toBe(false);
      expect(!split.ok && split.message).toContain('écrivez le nom en majuscules (DUPONT Léa)');
    }
    expect(splitFullName('DUPONT')).toEqual({ ok: false, message: '« DUPONT » : un seul mot, le nom ou le prénom manque' });
    expect(splitFullName('   ')).toEqual({ ok: true, nom: '', prenom: '' });
  });

  it('gives back every word of the cell, the nom all in capitals and the prénom with none (property)', () => {
    const letters = (chars: string) => fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
    const upper = letters('ABCDEÉÈÇÏ-');
    const lower = fc.tuple(letters('ABCDÉ'), letters('abcdeéèçï')).map(([a, b]) => a[0] + b);
    const words = (w: fc.Arbitrary<string>) => fc.array(w, { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(
        words(upper).filter((ws) => ws.every((w) => /\p{L}/u.test(w))),
        words(lower),
        fc.boolean(),
        (nom, prenom, nomFirst) => {
          const cell = (nomFirst ? [...nom, ...prenom] : [...prenom, ...nom]).join(' ');
          expect(splitFullName(cell)).toEqual({ ok: true, nom: nom.join(' '), prenom: prenom.join(' ') });
        },
      ),
    );
  });
});

describe('an import with one column for nom and prénom', () => {
  it('creates each candidate with the nom and prénom of its line', () => {
    const plan = planText(
      'N° candidat;Élève;E1\r\n02431000093;DUPONT Léa;11\r\n02431000094;Björn LE GOFF;12\r\n02431000095;Martin, Noé;13\r\n',
      emptySnapshot(regulation, 2026),
    );
    expect(errorsOf(plan)).toEqual([]);
    expect(namesOf(plan)).toEqual(['DUPONT / Léa', 'LE GOFF / Björn', 'Martin / Noé']);
  });

  it('says on the line when the prénom is only an initial (DUPONT J.): the candidate is created, the prénom is to complete', () => {
    const plan = planWith('N° candidat;Élève\n02431000091;DUPONT J.\n02431000092;J.-P. LE GOFF\n02431000093;MARTIN Léa\n', ['numero', 'nom_prenom']);
    expect(namesOf(plan)).toEqual(['DUPONT / J.', 'LE GOFF / J.-P.', 'MARTIN / Léa']);
    expect(plan.rows.map((r) => r.warnings ?? [])).toEqual([
      ["« DUPONT J. » : le prénom n'est qu'une initiale (J.) ; complétez-le dans l'onglet Candidats"],
      ["« J.-P. LE GOFF » : le prénom n'est qu'une initiale (J.-P.) ; complétez-le dans l'onglet Candidats"],
      [],
    ]);
    expect(errorsOf(plan)).toEqual([]);
  });

  it('refuses a line whose names cannot be told apart, at that column, and only it', () => {
    const plan = planText('N° candidat;Nom Prénom;E1\r\n02431000093;Le Goff Björn;11\r\n02431000094;DUPONT Léa;12\r\n', emptySnapshot(regulation, 2026));
    expect(errorsOf(plan)).toEqual([
      'ligne 2, Nom Prénom : « Le Goff Björn » : le nom ne se distingue pas du prénom ; écrivez le nom en majuscules (DUPONT Léa), séparez-les par une virgule (Dupont, Léa) ou mettez-les dans deux colonnes',
    ]);
    expect(plan.rows.map((r) => r.status)).toEqual(['error', 'new']);
    // The preview's « Candidat » column shows the cell as written: whose line it is.
    expect(plan.rows.map((r) => r.name)).toEqual(['Le Goff Björn', 'DUPONT Léa']);
  });

  it('keeps a stored candidate as the session writes them when the cell gives the same names, in either order', () => {
    const session = smallSnapshot(); // 0012 Dupont Léa, 0013 Martin Noé
    const plan = planText('N° candidat;Nom Prénom;E1\r\n0012;Dupont Léa;15\r\n0013;noé martin;14\r\n', session);
    expect(errorsOf(plan)).toEqual([]);
    expect(plan.candidateUpdates).toEqual([]);
    const after = applyPlan(session, plan);
    expect(after.candidates.map((c) => `${c.numero} ${c.nom} / ${c.prenom}`)).toEqual(['0012 Dupont / Léa', '0013 Martin / Noé']);
  });

  it('keeps a stored candidate’s names, said, when the cell gives others that cannot be split: the number finds them', () => {
    const plan = planText('N° candidat;Nom Prénom;E1\r\n0012;Dupont Léa Marie;15\r\n', smallSnapshot());
    expect(errorsOf(plan)).toEqual([]);
    expect(plan.rows[0]).toMatchObject({
      status: 'updated',
      name: 'Dupont Léa',
      warnings: ['« Dupont Léa Marie » : nom et prénom ne se distinguent pas, la fiche garde Dupont Léa'],
    });
    expect(plan.candidateUpdates).toEqual([]);
    expect(plan.markWrites.map((w) => w.unit)).toEqual(['E1']);
  });

  it('changes a stored candidate’s names when the cell gives others, split as for a new one', () => {
    const plan = planText('N° candidat;Nom Prénom;E1\r\n0012;DUPONT-MOREL Léa;15\r\n', smallSnapshot());
    expect(errorsOf(plan)).toEqual([]);
    expect(plan.candidateUpdates.map((u) => `${u.before.nom} / ${u.before.prenom} → ${u.after.nom} / ${u.after.prenom}`)).toEqual([
      'Dupont / Léa → DUPONT-MOREL / Léa',
    ]);
  });

  it('names the column in the messages about the names themselves', () => {
    const plan = planText('N° candidat;Élève;E1\r\n02431000093;DUPONT 12;11\r\n', emptySnapshot(regulation, 2026));
    expect(errorsOf(plan)[0]).toMatch(/^ligne 2, Élève : /);
  });

  it('refuses one column for both names chosen with a column for one of them', () => {
    const fields = importFields(regulation);
    expect(mappingProblems(['numero', 'nom_prenom', 'nom'], fields)).toEqual([
      '« Nom et prénom (une colonne) » et « Nom » sont choisis ensemble : gardez la colonne qui réunit nom et prénom, ou les colonnes séparées.',
    ]);
    expect(mappingProblems(['numero', 'nom_prenom'], fields)).toEqual([]);
    // Read by name alone (no numbers): the one column is enough to ask for the « numéro à venir ».
    expect(mappingProblems(['nom_prenom', 'E1'], fields)).toEqual([]);
    expect(autoMap(['Nom', 'Prénom', 'E1'], fields)).toEqual(['nom', 'prenom', 'E1']);
  });

  it('says the column holds both names when it is left out at step 2', () => {
    const plan = planWith('N° candidat;Nom Prénom;E1\r\n02431000093;DUPONT Léa;11\r\n', ['numero', null, 'E1']);
    expect(errorsOf(plan)).toEqual([
      'ligne 2, N° candidat : numéro « 02431000093 » inconnu dans cette session : la colonne « Nom Prénom » réunit nom et prénom : séparez-les en deux colonnes',
    ]);
  });
});
