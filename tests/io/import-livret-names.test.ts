// A teacher's own sheet (« Nom / Prénom / Appréciation CEJM / Avis »): no candidate number, no birth date. Each row
// is matched to the session's only candidate with that nom and prénom, and says so in the preview.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { livretTemplateFor } from '../../src/domain/livret.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import { buildLivretPlan, livretImportFields, livretMappingProblems } from '../../src/io/import/livret.ts';
import type { Candidate } from '../../src/domain/session.ts';
import { livretCandidate, prepareLivret } from './import-helpers.ts';

const regulation = btsCcst2024;
const template = livretTemplateFor(regulation)!;

const candidate = livretCandidate;

const candidates = [
  candidate(1, '02431000001', 'Lefèvre', 'Zoé', '2004-03-15'),
  candidate(2, '02431000002', 'Œillet', 'Jean-Baptiste', '2003-11-02'),
  candidate(3, '02431000012', 'Martin', 'Léa', '2004-01-01'),
  candidate(4, '02431000087', 'Martin', 'Léa', '2005-06-30'),
];

const MAPPING_MESSAGE =
  "Choisissez la colonne du numéro de candidat, ou à défaut les colonnes nom et prénom (avec la date de naissance s'il y a des homonymes) : les élèves sont reconnus ainsi, jamais par leur position.";

/** The plan of a pasted sheet or CSV, read as the wizard reads it in livret mode (suggested mapping). */
function planOf(text: string, session: Candidate[] = candidates) {
  const { source, headerRows, header, mapping } = prepareLivret(new TextEncoder().encode(text), regulation, template);
  const plan = buildLivretPlan(source, headerRows, header, mapping, { regulation, template, sessionId: 1, candidates: session, livrets: [] });
  return { mapping, plan };
}

const nameOnlyWarning = (numero: string) => `reconnu(e) par nom et prénom seulement : vérifiez qu'il s'agit bien du candidat ${numero}`;

describe('a livret sheet with nom and prénom only', () => {
  it('accepts the mapping without the numero nor the date de naissance', () => {
    const { mapping } = planOf('Nom;Prénom;Appréciation CEJM;Avis\nLefèvre;Zoé;Bien;TF\n');
    expect(mapping).toEqual(['nom', 'prenom', 'livret.cejm.appreciation', 'avis']);
    expect(livretMappingProblems(mapping, livretImportFields(regulation, template))).toEqual([]);
  });

  it('asks for the numero, or nom and prénom, when neither is there', () => {
    const fields = livretImportFields(regulation, template);
    expect(livretMappingProblems(['nom', 'avis'], fields)).toEqual([MAPPING_MESSAGE]);
    expect(livretMappingProblems(['prenom', 'date_naissance', 'avis'], fields)).toEqual([MAPPING_MESSAGE]);
  });

  it('matches a row to the only candidate of the session with that nom and prénom, with a warning', () => {
    const { plan } = planOf('Nom;Prénom;Appréciation CEJM;Avis\nLefèvre;Zoé;Très bon travail;TF\n');
    expect(plan.rows).toEqual([
      expect.objectContaining({ line: 2, numero: '02431000001', name: 'Lefèvre Zoé', status: 'new', errors: [], warnings: [nameOnlyWarning('02431000001')] }),
    ]);
    expect(plan.writes).toEqual([expect.objectContaining({ line: 2, candidateId: 1, before: null })]);
    expect(plan.writes[0]!.after).toMatchObject({ avis: 'tres_favorable', subjects: { cejm: { appreciation: 'Très bon travail' } } });
  });

  it('refuses a row whose nom and prénom are those of several candidates, naming them by number', () => {
    const { plan } = planOf('Nom;Prénom;Avis\nMartin;Léa;F\n');
    expect(plan.rows[0]).toMatchObject({ status: 'error', numero: '' });
    expect(plan.rows[0]!.errors).toEqual([
      {
        line: 2,
        column: 'Nom',
        message:
          'plusieurs candidats « Martin Léa » dans la session (02431000012, 02431000087) : ajoutez la colonne de la date de naissance ou du numéro de candidat',
      },
    ]);
    expect(plan.writes).toEqual([]);
  });

  it('refuses a row whose nom and prénom are those of no candidate', () => {
    const { plan } = planOf('Nom;Prénom;Avis\nDurand;Paul;F\n');
    expect(plan.rows[0]!.status).toBe('error');
    expect(plan.rows[0]!.errors.map((e) => e.message)).toEqual([
      "aucun candidat « Durand Paul » dans cette session (l'import du livret ne crée pas de candidat)",
    ]);
    expect(plan.rows[0]!.warnings).toBeUndefined();
  });

  it('refuses every row that matches the same candidate by name, as repeated lines', () => {
    const { plan } = planOf('Nom;Prénom;Avis\nLefèvre;Zoé;F\nLEFEVRE;zoe;TF\n');
    expect(plan.rows.map((r) => r.status)).toEqual(['error', 'error']);
    expect(plan.rows[0]!.errors.map((e) => e.message)).toEqual([
      "le candidat 02431000001 est aussi ligne 3 : aucune de ces lignes n'est appliquée (gardez-en une seule)",
    ]);
    expect(plan.writes).toEqual([]);
  });

  it('ignores case, accents, spaces and hyphens as the rest of the import does', () => {
    const spellings: [string, string, string][] = [
      ['LEFÈVRE', 'ZOÉ', '02431000001'],
      ['lefevre', 'zoe', '02431000001'],
      ['  Lefèvre ', ' Zoé', '02431000001'],
      ['OEILLET', 'jean baptiste', '02431000002'],
      ['oeillet', 'Jean-Baptiste', '02431000002'],
    ];
    for (const [nom, prenom, numero] of spellings) {
      const { plan } = planOf(`Nom;Prénom;Avis\n${nom};${prenom};F\n`);
      expect(plan.rows[0], `${nom} ${prenom}`).toMatchObject({ status: 'new', numero, warnings: [nameOnlyWarning(numero)] });
    }
  });

  it('matches any spelling of a unique candidate that differs only in case and accents (property)', () => {
    const accented: Record<string, string> = { e: 'éèêëEÉ', o: 'ôöOÔ', a: 'àâAÀ' };
    const respell = (word: string) =>
      fc.tuple(...[...word].map((ch) => fc.constantFrom(ch, ch.toUpperCase(), ...[...(accented[ch.toLowerCase()] ?? '')]))).map((chars) => chars.join(''));
    fc.assert(
      fc.property(respell('lefevre'), respell('zoe'), (nom, prenom) => {
        const { plan } = planOf(`Nom;Prénom;Avis\n${nom};${prenom};F\n`);
        expect(plan.rows[0]).toMatchObject({ status: 'new', numero: '02431000001' });
      }),
      { numRuns: 50 },
    );
  });
  it('tells a candidate entered before their number was known by « numéro à venir »', () => {
    const session = [...candidates, candidate(5, '', 'Durand', 'Paul', null), candidate(6, '', 'Martin', 'Léa', null)];
    const planOfSession = (text: string) => planOf(text, session).plan;
    const plan = planOfSession('Nom;Prénom;Avis\nDurand;Paul;F\nMartin;Léa;F\n');
    expect(plan.rows[0]).toMatchObject({
      status: 'new',
      name: 'Durand Paul',
      warnings: ["reconnu(e) par nom et prénom seulement : vérifiez qu'il s'agit bien de ce candidat (numéro à venir)"],
    });
    expect(plan.rows[1]!.errors.map((e) => e.message)).toEqual([
      'plusieurs candidats « Martin Léa » dans la session (02431000012, 02431000087, numéro à venir) : ajoutez la colonne de la date de naissance ou du numéro de candidat',
    ]);
  });
});

describe('a livret sheet with the date de naissance column', () => {
  it('keeps matching nom, prénom and date de naissance together (namesakes told apart), without warning', () => {
    const { plan } = planOf('Nom;Prénom;Né(e) le;Avis\nMartin;Léa;30/06/2005;F\nMartin;Léa;01/01/2004;TF\nLefèvre;Zoé;16/03/2004;F\n');
    expect(plan.rows.map((r) => [r.status, r.numero, r.warnings])).toEqual([
      ['new', '02431000087', undefined],
      ['new', '02431000012', undefined],
      ['error', '', undefined],
    ]);
    expect(plan.rows[2]!.errors.map((e) => e.message)).toEqual([
      "aucun candidat « Lefèvre Zoé » né(e) le 16/03/2004 dans cette session (l'import du livret ne crée pas de candidat)",
    ]);
  });

  it('falls back to nom and prénom, with the warning, on a row whose date cell is empty', () => {
    const { plan } = planOf('Nom;Prénom;Né(e) le;Avis\nLefèvre;Zoé;;F\nMartin;Léa;;F\n');
    expect(plan.rows[0]).toMatchObject({ status: 'new', numero: '02431000001', warnings: [nameOnlyWarning('02431000001')] });
    expect(plan.rows[1]!.errors.map((e) => e.message)).toEqual([
      'plusieurs candidats « Martin Léa » dans la session (02431000012, 02431000087) : saisissez sa date de naissance ou ajoutez la colonne du numéro de candidat',
    ]);
  });

  it('still refuses a date that does not read', () => {
    const { plan } = planOf('Nom;Prénom;Né(e) le;Avis\nLefèvre;Zoé;32/13/2004;F\n');
    expect(plan.rows[0]).toMatchObject({ status: 'error', errors: [expect.objectContaining({ column: 'Né(e) le' })] });
  });

  it('says the class of a pupil recognised by name (a sheet pasted on one class may name a namesake of another)', () => {
    const { source, headerRows, header, mapping } = prepareLivret(new TextEncoder().encode('Nom;Prénom;Avis\nLefèvre;Zoé;TF\n'), regulation, template);
    const etablissements = [{ id: 1, name: 'Lycée Myriam' }];
    const plan = buildLivretPlan(source, headerRows, header, mapping, { regulation, template, sessionId: 1, candidates, livrets: [], etablissements });
    expect(plan.rows[0]?.warnings).toEqual([`${nameOnlyWarning('02431000001')}, Lycée Myriam`]);
  });
});

describe('a livret sheet imported on the class shown (pasted on its grid, or its file)', () => {
  const etablissements = [
    { id: 1, name: 'Lycée Myriam' },
    { id: 2, name: 'LGT Vincent Auriol' },
  ];
  const inClass2 = (c: Candidate): Candidate => ({ ...c, etablissementId: 2 });
  // Zoé Lefèvre is in the other class; of the two Léa Martin, one is in each.
  const session = [inClass2(candidates[0]!), candidates[1]!, candidates[2]!, inClass2(candidates[3]!)];
  const planOn = (text: string, classId: number | null) => {
    const { source, headerRows, header, mapping } = prepareLivret(new TextEncoder().encode(text), regulation, template);
    const context = { regulation, template, sessionId: 1, candidates: session, livrets: [], etablissements, classId };
    return buildLivretPlan(source, headerRows, header, mapping, context);
  };

  it('recognises a name among the pupils of that class only: a namesake of another class is not a second candidate', () => {
    const plan = planOn('Nom;Prénom;Avis\nMartin;Léa;F\n', 1);
    expect(plan.rows[0]).toMatchObject({ status: 'new', numero: '02431000012', warnings: [nameOnlyWarning('02431000012')] });
    expect(plan.writes).toEqual([expect.objectContaining({ candidateId: 3 })]);
    expect(planOn('Nom;Prénom;Avis\nMartin;Léa;F\n', 2).writes).toEqual([expect.objectContaining({ candidateId: 4 })]);
  });

  it('names the namesakes of the class alone when the class has two', () => {
    const twins = [...session, { ...candidates[2]!, id: 9, numero: '02431000099' }];
    const { source, headerRows, header, mapping } = prepareLivret(new TextEncoder().encode('Nom;Prénom;Avis\nMartin;Léa;F\n'), regulation, template);
    const plan = buildLivretPlan(source, headerRows, header, mapping, {
      regulation,
      template,
      sessionId: 1,
      candidates: twins,
      livrets: [],
      etablissements,
      classId: 1,
    });
    expect(plan.rows[0]!.errors.map((e) => e.message)).toEqual([
      'plusieurs candidats « Martin Léa » dans la classe (02431000012, 02431000099) : ajoutez la colonne de la date de naissance ou du numéro de candidat',
    ]);
  });

  it('refuses a name found in another class only, saying which (the pupil of the sheet may be missing from this class)', () => {
    const plan = planOn('Nom;Prénom;Avis\nLefèvre;Zoé;TF\n', 1);
    expect(plan.rows[0]!.status).toBe('error');
    expect(plan.rows[0]!.errors.map((e) => e.message)).toEqual([
      'aucun élève « Lefèvre Zoé » dans la classe affichée (Lycée Myriam) : le candidat 02431000001 de ce nom est de LGT Vincent Auriol ; importez sa ligne depuis sa classe',
    ]);
    expect(plan.writes).toEqual([]);
  });

  it('takes the candidates without établissement as a class of their own', () => {
    const alone = { ...candidates[1]!, etablissementId: null };
    const { source, headerRows, header, mapping } = prepareLivret(new TextEncoder().encode('Nom;Prénom;Avis\nŒillet;Jean-Baptiste;F\n'), regulation, template);
    const context = { regulation, template, sessionId: 1, candidates: [alone], livrets: [], etablissements, classId: null };
    expect(buildLivretPlan(source, headerRows, header, mapping, context).rows[0]).toMatchObject({ status: 'new', numero: '02431000002' });
    const plan = planOn('Nom;Prénom;Avis\nŒillet;Jean-Baptiste;F\n', null);
    expect(plan.rows[0]!.errors.map((e) => e.message)).toEqual([
      'aucun élève « Œillet Jean-Baptiste » dans la classe affichée (candidats sans établissement) : le candidat 02431000002 de ce nom est de Lycée Myriam ; importez sa ligne depuis sa classe',
    ]);
  });

  it('still recognises a pupil of another class by number (a number is the candidate’s own)', () => {
    const plan = planOn('Numéro;Avis\n02431000001;TF\n', 1);
    expect(plan.rows[0]).toMatchObject({ status: 'new', numero: '02431000001' });
  });
});

describe('a livret sheet with nom and prénom in one column (« Élève »)', () => {
  it('recognises the pupil whatever the order of the names, with the warning of a match by name', () => {
    const { mapping, plan } = planOf('Élève;Avis\nLEFÈVRE Zoé;TF\nJean-Baptiste Œillet;F\n');
    expect(mapping).toEqual(['nom_prenom', 'avis']);
    expect(plan.rows.map((r) => [r.status, r.numero, r.name, r.warnings])).toEqual([
      ['new', '02431000001', 'Lefèvre Zoé', [nameOnlyWarning('02431000001')]],
      ['new', '02431000002', 'Œillet Jean-Baptiste', [nameOnlyWarning('02431000002')]],
    ]);
  });

  it('tells namesakes apart by the date de naissance, and names the column in its refusals', () => {
    const { plan } = planOf('Élève;Né(e) le;Avis\nMARTIN Léa;30/06/2005;F\nMARTIN Léa;;F\nDURAND Paul;;F\n');
    expect(plan.rows.map((r) => [r.status, r.numero, r.name])).toEqual([
      ['new', '02431000087', 'Martin Léa'],
      ['error', '', 'MARTIN Léa'],
      ['error', '', 'DURAND Paul'],
    ]);
    expect(plan.rows.slice(1).flatMap((r) => r.errors.map((e) => `${e.column} : ${e.message}`))).toEqual([
      'Élève : plusieurs candidats « MARTIN Léa » dans la session (02431000012, 02431000087) : saisissez sa date de naissance ou ajoutez la colonne du numéro de candidat',
      "Élève : aucun candidat « DURAND Paul » dans cette session (l'import du livret ne crée pas de candidat)",
    ]);
  });

  it('accepts the one column instead of nom and prénom, and refuses it chosen with one of them', () => {
    const fields = livretImportFields(regulation, template);
    expect(livretMappingProblems(['nom_prenom', 'avis'], fields)).toEqual([]);
    expect(livretMappingProblems(['nom_prenom', 'prenom', 'avis'], fields)).toEqual([
      '« Nom et prénom (une colonne) » et « Prénom » sont choisis ensemble : gardez la colonne qui réunit nom et prénom, ou les colonnes séparées.',
    ]);
  });
});
