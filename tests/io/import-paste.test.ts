import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyLivretChanges, emptyLivret, livretTemplateFor } from '../../src/domain/livret.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import { etablissementHeadingColumn } from '../../src/io/import/paste-etablissements.ts';
import {
  candidateHeadingColumn,
  erasedLivret,
  erasedMarks,
  isPastedBlock,
  isPastedLivretSheet,
  isPastedSheet,
  pastedCells,
  pastedChecks,
  pastedLivret,
  pastedMarks,
  pastedRowsKind,
  pastedTable,
  type CellsPasteTarget,
  type ChecksPasteTarget,
  type LivretPasteTarget,
  type MarksPasteTarget,
} from '../../src/io/import/paste.ts';
import { planText, smallSnapshot } from './import-helpers.ts';

describe('rows pasted from a spreadsheet', () => {
  it('are a block when they hold a tab or several lines; one value is not', () => {
    expect(isPastedBlock('0012\tDupont')).toBe(true);
    expect(isPastedBlock('Dupont\nMartin\n')).toBe(true);
    expect(isPastedBlock('Dupont\n')).toBe(false);
    expect(isPastedBlock('12,5')).toBe(false);
  });

  it('keep their own heading when they have one', () => {
    expect(pastedTable('Numéro\tNom\r\n0099\tPetit\r\n\r\n', btsCcst2024)).toBe('Numéro\tNom\n0099\tPetit\n');
    // Even one that names no numbers nor names (the preview then asks for them): « Langue » is not a candidate's name.
    expect(pastedTable('Langue\r\nAnglais\r\n', btsCcst2024)).toBe('Langue\nAnglais\n');
  });

  it('get numéro, nom, prénom, date de naissance as heading when copied without one, and go through the same preview', () => {
    const text = pastedTable('0099\tPetit\tJade\t05/03/2004\n0100\tRoux\tAnna\t\n', btsCcst2024);
    expect(text.split('\n')[0]).toBe('N° candidat\tNom\tPrénom\tDate de naissance');
    const plan = planText(text, smallSnapshot());
    expect(plan.rows.map((r) => [r.line, r.numero, r.name, r.status])).toEqual([
      [2, '0099', 'Petit Jade', 'new'],
      [3, '0100', 'Roux Anna', 'new'],
    ]);
    expect(pastedTable('Petit\tJade\n', btsCcst2024).split('\n')[0]).toBe('Nom\tPrénom');
  });

  it('get « Nom et prénom » when their names column holds both (DUPONT Léa), so that the lines can become candidates', () => {
    const text = pastedTable('AUBERT Camille\nBENOIT Lucas\nLE GOFF Björn\nde GAULLE Charles\n', btsCcst2024);
    expect(text.split('\n')[0]).toBe('Nom et prénom');
    const plan = planText(text, smallSnapshot(), 'keep', { createPendingNumeros: true });
    expect(plan.rows.map((r) => [r.line, r.name, r.status])).toEqual([
      [2, 'AUBERT Camille', 'new'],
      [3, 'BENOIT Lucas', 'new'],
      [4, 'LE GOFF Björn', 'new'],
      [5, 'de GAULLE Charles', 'new'],
    ]);
    // Numbers first, then the full names; a nom of two words (`LE GOFF`, `Da Silva`) beside its prénom stays a nom.
    expect(pastedTable('0099\tPETIT Jade\n0100\tROUX Anna\n', btsCcst2024).split('\n')[0]).toBe('N° candidat\tNom et prénom');
    expect(pastedTable('LE GOFF\tBjörn\nDa Silva\tMathéo\n', btsCcst2024).split('\n')[0]).toBe('Nom\tPrénom');
    expect(pastedTable('Dupont\nMartin\n', btsCcst2024).split('\n')[0]).toBe('Nom');
  });

  it('are told apart: a list of candidates (headings, or numbers first) from cells to paste on cells', () => {
    expect(pastedRowsKind('Numéro\tNom\n0099\tPetit\n', btsCcst2024)).toBe('headings');
    expect(pastedRowsKind('0099\tPetit\tJade\n0100\tRoux\n', btsCcst2024)).toBe('numeros');
    expect(pastedRowsKind('Anglais\nEspagnol\nAllemand\n', btsCcst2024)).toBe('cells');
    expect(pastedRowsKind('05/03/2004\tLycée Bellevue\n', btsCcst2024)).toBe('cells');
    // Headings that name neither numbers nor names cannot make a list of candidates: a column copied with its heading.
    expect(pastedRowsKind('Langue\nAnglais\nEspagnol\n', btsCcst2024)).toBe('cells');
    expect(pastedRowsKind('Né(e) le\tStatut\n05/03/2004\tScolaire\n', btsCcst2024)).toBe('cells');
    expect(pastedRowsKind('Nom\tLangue\nPetit\tAnglais\n', btsCcst2024)).toBe('headings');
    // A class list's « Élève » column (nom and prénom together) names the candidates too.
    expect(pastedRowsKind('Élève\tNé(e) le\nPETIT Jade\t05/03/2004\n', btsCcst2024)).toBe('headings');
    expect(isPastedSheet('Élève\tE4\nPETIT Jade\t15\n', btsCcst2024)).toBe(true);
  });

  it('are a sheet copied whole (read as a file on the notes and livret grids) when two headings or more start them, one naming numbers or names', () => {
    expect(isPastedSheet('N° candidat\tNom\tPrénom\tE4\n0012\tDupont\tLéa\t15\n', btsCcst2024)).toBe(true);
    expect(isPastedSheet('Nom;Prénom;Né(e) le;CGE;;LV1\n;;;S1;S2;S1\n'.replaceAll(';', '\t'), btsCcst2024)).toBe(true);
    expect(isPastedSheet('Numéro\tE4\n0012\t15\n', btsCcst2024)).toBe(true);
    // Marks under their units, answers (« N » alone reads as a heading of numbers), one value: cells.
    expect(isPastedSheet('E1\tE21\n12\t13\n', btsCcst2024)).toBe(false);
    expect(isPastedSheet('N\nO\nN\n', btsCcst2024)).toBe(false);
    expect(isPastedSheet('14\t9,5\n8\tabs\n', btsCcst2024)).toBe(false);
    expect(isPastedSheet('N° candidat\tNom', btsCcst2024)).toBe(true);
    expect(isPastedSheet('Nom', btsCcst2024)).toBe(false);
  });

  it('are a livret sheet on the livret grid when its headings name the candidate and one more of the livret’s columns, as the livret file’s header is read', () => {
    const template = livretTemplateFor(btsCcst2024)!;
    const livretSheet = (text: string) => isPastedLivretSheet(text, btsCcst2024, template);
    // « Élève » (nom and prénom together) or « Nom » alone, beside the avis or a subject's semester: a class's sheet.
    expect(livretSheet('Élève\tAvis\nDUPONT Léa\tTF\n')).toBe(true);
    expect(livretSheet('Nom\tAvis\nDupont\tF\n')).toBe(true);
    expect(livretSheet('Élève\tCGE S1\nDUPONT Léa\t12\n')).toBe(true);
    expect(livretSheet('N° candidat\tNom\tPrénom\tE4\n0012\tDupont\tLéa\t15\n')).toBe(true);
    // Values, a column with its heading, an avis alone: cells.
    expect(livretSheet('TF\tF\nD\tTF\n')).toBe(false);
    expect(livretSheet('Avis\nTF\nF\n')).toBe(false);
    expect(livretSheet('12\t13,5\n')).toBe(false);
    expect(livretSheet('Élève')).toBe(false);
  });
});

describe('cells pasted on cells of the Candidats grid', () => {
  const columns = [
    { colId: 'numero', heading: 'N°', key: null },
    { colId: 'nom', heading: 'Nom', key: null },
    { colId: 'prenom', heading: 'Prénom', key: 'prenom' },
    { colId: 'langueVivante', heading: 'Langue', key: 'langueVivante' },
    { colId: 'ccf', heading: 'Épreuves en CCF', key: null },
  ];
  const rows = [
    { numero: '0012', nom: 'Dupont', prenom: 'Léa' },
    { numero: '0013', nom: 'Martin', prenom: 'Paul' },
  ];
  const at = (heading: string, row = 0): CellsPasteTarget<(typeof rows)[number]> => ({
    columns: columns.slice(columns.findIndex((c) => c.heading === heading)),
    rowAt: (offset) => rows[row + offset] ?? null,
  });
  const start = 'une cellule de Prénom à Facultatives';

  it('go to the rows shown from the focused one down and the columns from it rightwards; an empty cell leaves its cell', () => {
    expect(pastedCells('Noé\tAnglais\r\n\tEspagnol\r\n', at('Prénom'), start)).toEqual({
      ok: true,
      cells: [
        { row: rows[0], colId: 'prenom', text: 'Noé' },
        { row: rows[0], colId: 'langueVivante', text: 'Anglais' },
        { row: rows[1], colId: 'langueVivante', text: 'Espagnol' },
      ],
    });
    expect(pastedCells('Italien', at('Langue', 1), start)).toEqual({ ok: true, cells: [{ row: rows[1], colId: 'langueVivante', text: 'Italien' }] });
  });

  it('leave out the line of headings copied with their columns when each falls on the column it names, read as a file reads them', () => {
    const languages = [
      { row: rows[0], colId: 'langueVivante', text: 'Anglais' },
      { row: rows[1], colId: 'langueVivante', text: 'Espagnol' },
    ];
    expect(pastedCells('Langue\nAnglais\nEspagnol\n', at('Langue'), start)).toEqual({ ok: true, cells: languages });
    const asFile = { ...at('Langue'), headingColumn: candidateHeadingColumn(btsCcst2024) };
    expect(pastedCells('LV\r\nAnglais\r\nEspagnol\r\n', asFile, start)).toEqual({ ok: true, cells: languages });
    expect(pastedCells('Prénom\tLangue vivante\nNoé\tAnglais\n', { ...at('Prénom'), headingColumn: candidateHeadingColumn(btsCcst2024) }, start)).toEqual({
      ok: true,
      cells: [
        { row: rows[0], colId: 'prenom', text: 'Noé' },
        { row: rows[0], colId: 'langueVivante', text: 'Anglais' },
      ],
    });
    // A first line of values is pasted, even when a cell of it is blank.
    expect(pastedCells('\tAnglais\nNoé\tEspagnol\n', at('Prénom'), start)).toEqual({
      ok: true,
      cells: [
        { row: rows[0], colId: 'langueVivante', text: 'Anglais' },
        { row: rows[1], colId: 'prenom', text: 'Noé' },
        { row: rows[1], colId: 'langueVivante', text: 'Espagnol' },
      ],
    });
    const etablissements = [{ numero: '0310044E', nom: 'LPO Déodat', prenom: '' }];
    const cities = { columns: [{ key: 'city', heading: 'Ville' }], rowAt: (i: number) => etablissements[i] ?? null, headingColumn: etablissementHeadingColumn };
    expect(pastedCells('Commune\nAlbi\n', cities, start)).toEqual({ ok: true, cells: [{ row: etablissements[0], colId: 'city', text: 'Albi' }] });
  });

  it('are refused whole when a heading copied with its column falls on another column, saying which', () => {
    const refusal = (text: string, target: CellsPasteTarget<(typeof rows)[number]>) => {
      const pasted = pastedCells(text, target, start);
      return pasted.ok ? null : pasted.error;
    };
    expect(refusal('Langue\nAnglais\n', at('Prénom'))).toBe(
      "Collage refusé : la 1re ligne collée est une ligne d'en-tête, et « Langue » y tomberait sur la colonne « Prénom » : collez à partir de la colonne « Langue », ou sans la ligne d'en-tête. Rien n'a été collé.",
    );
    expect(refusal('Statut\nScolaire\n', { ...at('Langue'), headingColumn: candidateHeadingColumn(btsCcst2024) })).toBe(
      "Collage refusé : la 1re ligne collée est une ligne d'en-tête, et « Statut » y tomberait sur la colonne « Langue » : collez à partir de la colonne « Statut », ou sans la ligne d'en-tête. Rien n'a été collé.",
    );
  });

  it('are refused whole, saying where, on a column that takes no value or past an edge', () => {
    const refusal = (text: string, target: CellsPasteTarget<(typeof rows)[number]>) => {
      const pasted = pastedCells(text, target, start);
      return pasted.ok ? null : pasted.error;
    };
    expect(refusal('Anglais\tE4', at('Langue'))).toBe(
      "Collage refusé : 2 colonnes collées à partir de « Langue » : la 2e tomberait sur « Épreuves en CCF », qui ne reçoit pas de valeurs. Rien n'a été collé.",
    );
    expect(refusal('Anglais\nEspagnol', at('Langue', 1))).toBe(
      "Collage refusé : 2 lignes collées à partir de Martin Paul, mais 1 candidat affiché seulement jusqu'à la fin de la liste. Rien n'a été collé.",
    );
    const etablissements = [{ numero: '0310044E', nom: 'LPO Déodat', prenom: '' }];
    const shown = ['établissement affiché', 'établissements affichés'] as const;
    const onEtablissements = pastedCells(
      'Albi\nCastres',
      { columns: [{ key: 'city', heading: 'Ville' }], rowAt: (i) => etablissements[i] ?? null },
      start,
      shown,
    );
    expect(onEtablissements.ok ? null : onEtablissements.error).toBe(
      "Collage refusé : 2 lignes collées à partir de LPO Déodat, mais 1 établissement affiché seulement jusqu'à la fin de la liste. Rien n'a été collé.",
    );
    expect(refusal('Anglais', at('N°'))).toBe(
      "Collage refusé : la colonne « N° » ne reçoit pas de valeurs ; placez-vous sur une cellule de Prénom à Facultatives, puis collez. Rien n'a été collé.",
    );
  });
});

describe('marks pasted on a cell of the notes grid', () => {
  /** The notes grid of smallSnapshot: its columns as displayed (groups closed), and its two rows. */
  const displayed = ['numero', 'nom', 'prenom', 'E1', 'E21', 'E22', 'E3', 'E4', 'E5', 'U61', 'U62', 'bonus', 'controle', 'moyenne', 'decision'];
  const marks = new Set(['E1', 'E21', 'E22', 'E3', 'E4', 'E5', 'U61', 'U62']);
  const headings: Record<string, string> = {
    numero: 'N°',
    nom: 'Nom',
    prenom: 'Prénom',
    bonus: 'Bonus',
    controle: 'Notes',
    moyenne: 'Moyenne',
    decision: 'Décision',
  };
  const rows = smallSnapshot().candidates.map(({ numero, nom, prenom }) => ({ numero, nom, prenom }));
  function at(column: string, row = 0): MarksPasteTarget {
    return {
      columns: displayed.slice(displayed.indexOf(column)).map((key) => ({ key: marks.has(key) ? key : null, heading: headings[key] ?? key })),
      rowAt: (offset) => rows[row + offset] ?? null,
    };
  }
  const written = (text: string, target: MarksPasteTarget, snapshot = smallSnapshot()) => {
    const pasted = pastedMarks(text, target);
    if (!pasted.ok) throw new Error(pasted.error);
    const plan = planText(pasted.table, snapshot);
    return {
      plan,
      marks: plan.markWrites.map((w) => ['id' in w.candidate ? w.candidate.id : null, w.unit, w.after?.value ?? null]),
    };
  };

  it('go to the candidates shown from that cell down and to the columns from it rightwards, as in a spreadsheet', () => {
    // Excel copies a column as lines ending in CRLF; two columns as tab-separated cells.
    const { plan, marks: writes } = written('14\t9,5\r\n8\tabs\r\n', at('E4'));
    expect(writes).toEqual([
      [1, 'E4', { kind: 'number', hundredths: 1400 }],
      [1, 'E5', { kind: 'number', hundredths: 950 }],
      [2, 'E4', { kind: 'number', hundredths: 800 }],
      [2, 'E5', { kind: 'AB' }],
    ]);
    // The same preview as a file (the pasted lines from line 2, under the heading Délib writes), nothing else changed.
    expect(plan.rows.map((r) => [r.line, r.numero, r.status])).toEqual([
      [2, '0012', 'updated'],
      [3, '0013', 'updated'],
    ]);
    expect(plan.newCandidates).toEqual([]);
    expect(plan.candidateUpdates).toEqual([]);
  });

  it('leave out the units copied as headings with their marks, and refuse them over other units', () => {
    expect(written('E4\tE5\r\n14\t9,5\r\n8\tabs\r\n', at('E4')).marks).toEqual(written('14\t9,5\r\n8\tabs\r\n', at('E4')).marks);
    const pasted = pastedMarks('E5\n14\n', at('E4'));
    expect(pasted.ok ? null : pasted.error).toBe(
      "Collage refusé : la 1re ligne collée est une ligne d'en-tête, et « E5 » y tomberait sur la colonne « E4 » : collez à partir de la colonne « E5 », ou sans la ligne d'en-tête. Rien n'a été collé.",
    );
  });

  it('start at the focused row and leave a mark in place where a pasted cell is empty', () => {
    expect(written('15\n', at('E1', 1)).marks).toEqual([[2, 'E1', { kind: 'number', hundredths: 1500 }]]);
    // E1 of Dupont is 12: an empty cell keeps it (the import's default), the next cell is written.
    expect(written('\t11', at('E1')).marks).toEqual([[1, 'E21', { kind: 'number', hundredths: 1100 }]]);
  });

  it('go to a candidate « numéro à venir » by name, as the wizard plans marks pasted from the grid (rows without a number complete their candidate)', () => {
    const small = smallSnapshot();
    const snapshot = { ...small, candidates: small.candidates.map((c) => (c.id === 2 ? { ...c, numero: '' } : c)) };
    const pending = { numero: '', nom: 'Martin', prenom: 'Noé' };
    const target: MarksPasteTarget = { ...at('E4'), rowAt: (offset) => [rows[0]!, pending][offset] ?? null };
    const pasted = pastedMarks('14\n15\n', target);
    if (!pasted.ok) throw new Error(pasted.error);
    const plan = planText(pasted.table, snapshot, 'keep', { createPendingNumeros: true });
    expect(plan.rows.map((r) => [r.line, r.name, r.status])).toEqual([
      [2, 'Dupont Léa', 'updated'],
      [3, 'Martin Noé', 'updated'],
    ]);
    expect(plan.newCandidates).toEqual([]);
    expect(plan.markWrites.map((w) => ['id' in w.candidate ? w.candidate.id : null, w.unit])).toEqual([
      [1, 'E4'],
      [2, 'E4'],
    ]);
  });

  it('show a wrong value as an error of its line in the preview, as a file would', () => {
    const { plan } = written('25\n', at('U61'));
    expect(plan.rows[0]!.status).toBe('error');
    expect(plan.rows[0]!.errors.map((e) => [e.column, e.message])).toEqual([['U61', '« 25 » : note supérieure à 20']]);
    expect(plan.markWrites).toEqual([]);
  });

  it('are refused as a whole, saying where, when a cell would fall outside the marks or the candidates shown', () => {
    const refusal = (text: string, target: MarksPasteTarget) => {
      const pasted = pastedMarks(text, target);
      return pasted.ok ? null : pasted.error;
    };
    expect(refusal('12\n', at('nom'))).toBe(
      "Collage refusé : la colonne « Nom » ne reçoit pas de notes ; placez-vous sur la première note à remplir (une colonne d'épreuve), puis collez. Rien n'a été collé.",
    );
    expect(refusal('12\t13\t14\n', at('U61'))).toBe(
      "Collage refusé : 3 colonnes collées à partir de « U61 » : la 3e tomberait sur « Bonus », qui ne reçoit pas de notes. Rien n'a été collé.",
    );
    expect(refusal('12\n13\n14\n', at('E1'))).toBe(
      "Collage refusé : 3 lignes collées à partir de Dupont Léa, mais 2 candidats affichés seulement jusqu'à la fin de la liste. Rien n'a été collé.",
    );
    const lastColumns: MarksPasteTarget = { columns: [{ key: 'U62', heading: 'U62' }], rowAt: at('U62').rowAt };
    expect(refusal('12\t13\n', lastColumns)).toBe(
      "Collage refusé : 2 colonnes collées à partir de « U62 », mais 1 colonne seulement jusqu'au bord de la grille. Rien n'a été collé.",
    );
    expect(refusal('\r\n', at('E1'))).toBe('Collage : le presse-papiers ne contient aucune cellule.');
  });

  it('are refused whole on a cell the grid locks (a contrôle mark for a candidate not at the contrôle), unless left empty', () => {
    const controle: MarksPasteTarget = {
      columns: [
        { key: 'controle_E1', heading: 'Ctrl E1' },
        { key: 'controle_E2', heading: 'Ctrl E2' },
      ],
      rowAt: (offset) => rows[offset] ?? null,
      locked: (offset, key) => (offset === 1 && key === 'controle_E2' ? "pas d'épreuve de contrôle pour ce candidat (1er groupe : Admis)" : null),
    };
    expect(pastedMarks('12\t9\n11\t8\n', controle)).toEqual({
      ok: false,
      error: `Collage refusé : ligne 2 (${rows[1]!.nom} ${rows[1]!.prenom}), colonne « Ctrl E2 » : pas d'épreuve de contrôle pour ce candidat (1er groupe : Admis). Rien n'a été collé.`,
    });
    expect(pastedMarks('12\t9\n11\t\n', controle).ok).toBe(true);
  });

  it('write every pasted mark, and only them, to the candidate and unit under it (any block of valid marks)', () => {
    const mark = fc.oneof(
      fc.integer({ min: 0, max: 80 }).map((quarters) => String(quarters / 4).replace('.', ',')),
      fc.constantFrom('AB', 'abs', 'ABJ', ''),
    );
    const compulsory = displayed.filter((key) => marks.has(key));
    fc.assert(
      fc.property(
        fc.nat(compulsory.length - 1),
        fc.nat(1),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.array(mark, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 2 }),
        (column, row, width, cells) => {
          const block = cells.slice(0, rows.length - row).map((line) => line.slice(0, Math.min(width, compulsory.length - column)));
          const text = block.map((line) => line.join('\t')).join('\r\n');
          fc.pre(text.trim() !== ''); // nothing but empty cells: « aucune cellule » (above)
          // Without marks before (a mark kept by bénéfice, E3 of Dupont, refuses any other value: R8).
          const { marks: writes } = written(text, at(compulsory[column]!, row), { ...smallSnapshot(), marks: [] });
          const expected = block.flatMap((line, i) => line.flatMap((cell, j) => (cell === '' ? [] : [[row + i + 1, compulsory[column + j]!, cell]])));
          expect(writes.map(([id, unit]) => [id, unit])).toEqual(expected.map(([id, unit]) => [id, unit]));
        },
      ),
    );
  });
});

describe('cells pasted on a cell of the livret scolaire grid', () => {
  /** The class grid as displayed for two subjects: identity, per subject S1 S2 Moy. of each year, then avis and PIX. */
  const periods = ['a1s1', 'a1s2', 'a1', 'a2s1', 'a2s2', 'a2'] as const;
  const columns: LivretPasteTarget['columns'] = [
    { key: null, heading: 'N°' },
    { key: null, heading: 'Nom' },
    ...['cge', 'lve'].flatMap((subject) =>
      periods.map((period) => ({
        key: period === 'a1' || period === 'a2' ? null : { kind: 'mark' as const, subject, period },
        heading: `${subject.toUpperCase()} ${period}`,
      })),
    ),
    { key: { kind: 'avis' }, heading: 'Avis' },
    { key: { kind: 'pix' }, heading: 'PIX' },
  ];
  const rows = [
    { candidateId: 7, numero: '02431000007', nom: 'Martin', prenom: 'Yanis' },
    { candidateId: 3, numero: '02431000003', nom: 'Lafon', prenom: 'Cécile' },
  ];
  const at = (heading: string, row = 0): LivretPasteTarget => ({
    columns: columns.slice(columns.findIndex((c) => c.heading === heading)),
    rowAt: (offset) => rows[row + offset] ?? null,
  });
  const refusal = (text: string, target: LivretPasteTarget) => {
    const pasted = pastedLivret(text, target);
    return pasted.ok ? null : pasted.error;
  };

  it('go to the candidates shown from the focused row down and the columns from it rightwards, each read as typed there', () => {
    expect(pastedLivret('12,5\t14\r\n9.25\t\r\n', at('CGE a1s1'))).toEqual({
      ok: true,
      count: 3,
      updates: [
        {
          candidateId: 7,
          changes: [
            { kind: 'mark', subject: 'cge', period: 'a1s1', value: 1250 },
            { kind: 'mark', subject: 'cge', period: 'a1s2', value: 1400 },
          ],
        },
        // An empty pasted cell leaves the cell as it is.
        { candidateId: 3, changes: [{ kind: 'mark', subject: 'cge', period: 'a1s1', value: 925 }] },
      ],
    });
    expect(pastedLivret('TF\tOui\nDoit faire\tnon\n', at('Avis'))).toEqual({
      ok: true,
      count: 4,
      updates: [
        {
          candidateId: 7,
          changes: [
            { kind: 'avis', value: 'tres_favorable' },
            { kind: 'pix', value: true },
          ],
        },
        {
          candidateId: 3,
          changes: [
            { kind: 'avis', value: 'doit_faire_ses_preuves' },
            { kind: 'pix', value: false },
          ],
        },
      ],
    });
    // What school software writes where a semester has no mark changes nothing, as an empty cell; its avis are read too.
    expect(pastedLivret('Abs\nNN\n', at('LVE a2s2'))).toEqual({ ok: true, count: 0, updates: [] });
    expect(pastedLivret('Fav\nDFP\n', at('Avis'))).toEqual({
      ok: true,
      count: 2,
      updates: [
        { candidateId: 7, changes: [{ kind: 'avis', value: 'favorable' }] },
        { candidateId: 3, changes: [{ kind: 'avis', value: 'doit_faire_ses_preuves' }] },
      ],
    });
    expect(pastedLivret('11', at('LVE a2s2', 1))).toEqual({
      ok: true,
      count: 1,
      updates: [{ candidateId: 3, changes: [{ kind: 'mark', subject: 'lve', period: 'a2s2', value: 1100 }] }],
    });
  });

  it('leave out the headings copied with their columns, and refuse them over other columns', () => {
    expect(pastedLivret('CGE a1s1\tCGE a1s2\n12,5\t14\n', at('CGE a1s1'))).toEqual(pastedLivret('12,5\t14\n', at('CGE a1s1')));
    expect(refusal('PIX\nOui\n', at('Avis'))).toBe(
      "Collage refusé : la 1re ligne collée est une ligne d'en-tête, et « PIX » y tomberait sur la colonne « Avis » : collez à partir de la colonne « PIX », ou sans la ligne d'en-tête. Rien n'a été collé.",
    );
    // A heading of a column left of the paste, when the grid gives all its columns (pasteTargetFrom does).
    expect(refusal('Avis\nTF\n', { ...at('PIX'), everyColumn: columns })).toBe(
      "Collage refusé : la 1re ligne collée est une ligne d'en-tête, et « Avis » y tomberait sur la colonne « PIX » : collez à partir de la colonne « Avis », ou sans la ligne d'en-tête. Rien n'a été collé.",
    );
  });

  it('are refused whole, saying where and why, on a computed column, past an edge, or a value that cannot be read', () => {
    expect(refusal('12\n', at('Nom'))).toBe(
      "Collage refusé : la colonne « Nom » ne reçoit pas de valeurs ; placez-vous sur la première cellule à remplir (un semestre, l'avis ou PIX), puis collez. Rien n'a été collé.",
    );
    expect(refusal('12\t13\t14\n', at('CGE a1s1'))).toBe(
      "Collage refusé : 3 colonnes collées à partir de « CGE a1s1 » : la 3e tomberait sur « CGE a1 », qui ne reçoit pas de valeurs. Rien n'a été collé.",
    );
    expect(refusal('F\tOui\tx\n', at('Avis'))).toBe(
      "Collage refusé : 3 colonnes collées à partir de « Avis », mais 2 colonnes seulement jusqu'au bord de la grille. Rien n'a été collé.",
    );
    expect(refusal('12\n13\n', at('CGE a1s1', 1))).toBe(
      "Collage refusé : 2 lignes collées à partir de Lafon Cécile, mais 1 candidat affiché seulement jusqu'à la fin de la liste. Rien n'a été collé.",
    );
    expect(refusal('12\t13\n14\t25\n', at('CGE a1s1'))).toBe(
      "Collage refusé : ligne 2 (Lafon Cécile), colonne « CGE a1s2 » : « 25 » : note supérieure à 20 (une note de 0 à 20, ou une cellule vide si le semestre n'a pas de note). Rien n'a été collé.",
    );
    expect(refusal('Bof\n', at('Avis'))).toContain('ligne 1 (Martin Yanis), colonne « Avis » : « Bof » : avis inconnu');
    expect(refusal('peut-être\n', at('PIX'))).toContain('colonne « PIX » : certification PIX « peut-être » : oui ou non attendu');
  });

  it('write every pasted mark, and only them, to the candidate and semester under it (any block of valid marks)', () => {
    const semesters = columns.filter((c) => c.key?.kind === 'mark');
    const mark = fc.oneof(
      fc.integer({ min: 0, max: 2000 }).map((hundredths) => String(hundredths / 100).replace('.', ',')),
      fc.constant(''),
    );
    fc.assert(
      fc.property(
        fc.nat(semesters.length - 1),
        fc.nat(1),
        fc.array(fc.array(mark, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 2 }),
        (start, row, cells) => {
          const heading = semesters[start]!.heading;
          const target = at(heading, row);
          // Two columns from a 2nd semester would fall on its year's average (refused above): one column then.
          const width = (semesters[start]!.key as { period: string }).period.endsWith('s2') ? 1 : 2;
          const block = cells.slice(0, rows.length - row).map((line) => line.slice(0, width));
          const text = block.map((line) => line.join('\t')).join('\n');
          fc.pre(text.trim() !== '');
          const pasted = pastedLivret(text, target);
          if (!pasted.ok) throw new Error(pasted.error);
          const writes = pasted.updates.flatMap(({ candidateId, changes }) =>
            changes.map((c) => [candidateId, c.kind === 'mark' ? `${c.subject}.${c.period}` : c.kind, 'value' in c ? c.value : null]),
          );
          const expected = block.flatMap((line, i) =>
            line.flatMap((cell, j) => {
              if (cell === '') return [];
              const key = target.columns[j]!.key as { subject: string; period: string };
              return [[rows[row + i]!.candidateId, `${key.subject}.${key.period}`, Math.round(Number(cell.replace(',', '.')) * 100)]];
            }),
          );
          expect(writes).toEqual(expected);
          expect(pasted.count).toBe(expected.length);
        },
      ),
    );
  });
});

describe('Suppr on a block of the notes grid', () => {
  const rows = smallSnapshot().candidates.map(({ numero, nom, prenom }) => ({ numero, nom, prenom }));

  it('clears the marks of its columns for its candidates, through the plan of empty cells that clear, and nothing else', () => {
    const plan = planText(erasedMarks(rows, ['E1', 'E21']), smallSnapshot(), 'clear');
    // Dupont's E1 (12) and Martin's E1 (AB) go; E21 had no mark: nothing to write.
    expect(plan.markWrites.map((w) => ['id' in w.candidate ? w.candidate.id : null, w.unit, w.after])).toEqual([
      [1, 'E1', null],
      [2, 'E1', null],
    ]);
    expect(plan.rows.map((r) => [r.numero, r.status, r.changes])).toEqual([
      ['0012', 'updated', [{ field: 'E1', label: 'E1', before: '12', after: '' }]],
      ['0013', 'updated', [{ field: 'E1', label: 'E1', before: 'AB', after: '' }]],
    ]);
    expect(plan.candidateUpdates).toEqual([]);
    expect(plan.newCandidates).toEqual([]);
  });

  it('keeps a mark « sous réserve » flagged, and refuses to clear a mark kept by bénéfice (R8), as a file would', () => {
    const plan = planText(erasedMarks(rows.slice(0, 1), ['E3', 'U61']), smallSnapshot(), 'clear');
    expect(plan.rows[0]!.status).toBe('error');
    expect(plan.rows[0]!.errors.map((e) => e.message).join(' ')).toContain('conservée par bénéfice (session 2023)');
    const flagged = planText(erasedMarks(rows.slice(0, 1), ['U61']), smallSnapshot(), 'clear');
    expect(flagged.markWrites.map((w) => [w.unit, w.after])).toEqual([['U61', { value: { kind: 'empty' }, sousReserve: true, benefice: null }]]);
  });
});

describe('Suppr on a block of the livret scolaire grid', () => {
  const filled = applyLivretChanges(emptyLivret(1, 7), [
    { kind: 'mark', subject: 'cge', period: 'a1s1', value: 1250 },
    { kind: 'avis', value: 'tres_favorable' },
    { kind: 'pix', value: true },
  ]);
  const columns = [
    { kind: 'mark', subject: 'cge', period: 'a1s1' },
    { kind: 'mark', subject: 'cge', period: 'a1s2' },
    { kind: 'avis' },
    { kind: 'pix' },
  ] as const;

  it('empties the marks and the avis and sets PIX back to « non », leaving out cells already empty', () => {
    expect(
      erasedLivret(
        [
          { candidateId: 7, livret: filled },
          { candidateId: 8, livret: null },
        ],
        columns,
      ),
    ).toEqual({
      updates: [
        {
          candidateId: 7,
          changes: [
            { kind: 'mark', subject: 'cge', period: 'a1s1', value: null },
            { kind: 'avis', value: null },
            { kind: 'pix', value: false },
          ],
        },
      ],
      count: 3,
    });
    // Emptied, the livret holds nothing the block showed.
    const after = applyLivretChanges(filled, erasedLivret([{ candidateId: 7, livret: filled }], columns).updates[0]!.changes);
    expect(erasedLivret([{ candidateId: 7, livret: after }], columns)).toEqual({ updates: [], count: 0 });
  });
});

describe('cells pasted on a cell of the conformity grid', () => {
  // The grid's columns as displayed: the identity, then per unit its checks, its deposit date and its status.
  const columns = [
    { key: null, heading: 'Nom' },
    ...['E4', 'U61'].flatMap((code) => [
      ...['pieces', 'signed', 'stamped', 'fiche'].map((item) => ({ key: `${code}-${item}`, heading: `${code} ${item}` })),
      { key: null, heading: `${code} Dépôt` },
      { key: null, heading: `${code} Statut` },
    ]),
  ];
  const rows = [
    { candidateId: 7, numero: '0012', nom: 'Dupont', prenom: 'Léa' },
    { candidateId: 3, numero: '0013', nom: 'Martin', prenom: 'Paul' },
  ];
  const at = (heading: string, row = 0): ChecksPasteTarget => ({
    columns: columns.slice(columns.findIndex((c) => c.heading === heading)),
    rowAt: (offset) => rows[row + offset] ?? null,
  });

  it('go to the candidates shown from the focused row down and the checks from it rightwards, each read as typed there', () => {
    expect(pastedChecks('O\tnon\t\tprésent\r\nx\t?\r\n', at('E4 pieces'))).toEqual({
      ok: true,
      cells: [
        { row: rows[0], colId: 'E4-pieces', value: true },
        { row: rows[0], colId: 'E4-signed', value: false },
        // An empty pasted cell leaves the check as it is.
        { row: rows[0], colId: 'E4-fiche', value: true },
        { row: rows[1], colId: 'E4-pieces', value: true },
        { row: rows[1], colId: 'E4-signed', value: null },
      ],
    });
    expect(pastedChecks('N', at('U61 fiche', 1))).toEqual({ ok: true, cells: [{ row: rows[1], colId: 'U61-fiche', value: false }] });
  });

  it('are refused whole, saying where and why, on a column that takes no answer, past an edge, or a value that is not one', () => {
    const refusal = (text: string, target: ChecksPasteTarget) => {
      const pasted = pastedChecks(text, target);
      return pasted.ok ? null : pasted.error;
    };
    expect(refusal('O\tO', at('E4 fiche'))).toBe(
      "Collage refusé : 2 colonnes collées à partir de « E4 fiche » : la 2e tomberait sur « E4 Dépôt », qui ne reçoit pas de réponse. Rien n'a été collé.",
    );
    expect(refusal('O', at('Nom'))).toBe(
      "Collage refusé : la colonne « Nom » ne reçoit pas de réponse ; placez-vous sur la première case à remplir (Pièces, Signées, Visées, Fiche ou Dossier), puis collez. Rien n'a été collé.",
    );
    expect(refusal('O\nO\nO', at('E4 pieces'))).toBe(
      "Collage refusé : 3 lignes collées à partir de Dupont Léa, mais 2 candidats affichés seulement jusqu'à la fin de la liste. Rien n'a été collé.",
    );
    expect(refusal('O\tO\nbof\tO', at('E4 pieces'))).toBe(
      "Collage refusé : ligne 2 (Martin Paul), colonne « E4 pieces » : « bof » n'est pas une réponse (O = oui, N = non, vide = non vérifié). Rien n'a été collé.",
    );
    // The lines are counted as pasted, the line of headings left out included.
    expect(refusal('E4 pieces\nO\nbof', at('E4 pieces'))).toBe(
      "Collage refusé : ligne 3 (Martin Paul), colonne « E4 pieces » : « bof » n'est pas une réponse (O = oui, N = non, vide = non vérifié). Rien n'a été collé.",
    );
  });

  it('write every answer pasted, and only it, to the candidate and check under it (any block of answers)', () => {
    const checks = ['E4-pieces', 'E4-signed', 'E4-stamped', 'E4-fiche'];
    const yes = ['O', 'oui', 'x', '1'];
    const answer = fc.constantFrom(...yes, 'N', 'non', '0', '?', '');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 4 }), fc.array(answer, { minLength: 8, maxLength: 8 }), (height, width, values) => {
        const block = Array.from({ length: height }, (_, i) => values.slice(i * width, i * width + width));
        const pasted = pastedChecks(block.map((line) => line.join('\t')).join('\r\n'), at('E4 pieces'));
        // Nothing but empty cells: nothing to paste, said as such.
        const expected = block.flatMap((line, i) =>
          line.flatMap((text, j) => (text === '' ? [] : [{ row: rows[i], colId: checks[j], value: text === '?' ? null : yes.includes(text) }])),
        );
        expect(pasted).toEqual(
          expected.length === 0 ? { ok: false, error: 'Collage : le presse-papiers ne contient aucune cellule.' } : { ok: true, cells: expected },
        );
      }),
    );
  });
});
