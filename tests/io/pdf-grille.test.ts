/**
 * Evaluation grids as PDF (issue 7), read back with pdftotext: each grid laid out like its annexe with the
 * annexe's verbatim texts, the ticked levels, the mark from the marks table, the commission and room to
 * sign; one candidate per page in a batch; the blank grid of every unit and form.
 */
import { describe, expect, it } from 'vitest';
import {
  ccst2024Grids,
  emptyEvaluation,
  gridFor,
  gridsFor,
  withDate,
  withDegree,
  withLevel,
  withMembers,
  withObservation,
  withPart,
  type GridDefinition,
  type GridEvaluation,
} from '../../src/domain/grids/index.ts';
import { numberMark, specialMark } from '../../src/domain/marks.ts';
import { btsCcst2025 } from '../../src/domain/presets/index.ts';
import { blankGridsPdf, evaluationGridsPdf, type GridPdfInput } from '../../src/io/pdf/grille.ts';
import { exampleRows, GARBLED, GENERATED_AT, oddCharacters, pageCount, pages, pdfToText, regulation, renderFirstPage, squeeze } from './pdf-helpers.ts';

const { session } = exampleRows();
const options = { generatedAt: GENERATED_AT };
const grid = (unit: string, form: 'CCF' | 'ponctuel') => gridFor(unit, form, regulation)!;

/** Pdftotext's text with the layout's runs of spaces squeezed and lines joined: a wrapped criterion is still found. */
const flat = (text: string) => squeeze(text).replace(/\s*\n\s*/g, ' ');

function filled(g: GridDefinition, over: (ev: GridEvaluation) => GridEvaluation): GridEvaluation {
  return over(emptyEvaluation(g));
}

const U61 = grid('U61', 'CCF');
const lea: GridPdfInput = {
  grid: U61,
  candidate: { numero: '02431000030', nom: 'Soulié', prenom: 'Léa' },
  etablissement: { name: 'LPO Déodat', uai: '0310044E' },
  evaluation: filled(U61, (ev) =>
    withMembers(
      withDate(
        withObservation(withLevel(withLevel(withLevel(ev, 'c1', 'TS'), 'c2', 'TI'), 'c3', 'NM'), 'entretien', 'Très bonne écoute du client « fictif ».'),
        '2025-05-20',
      ),
      [
        { name: 'Mme Françoise Lœillet', quality: 'Professeure d’économie-gestion', signed: false },
        { name: 'M. Jean Dupont', quality: 'Professionnel', signed: false },
      ],
    ),
  ),
  mark: numberMark(1450),
};

describe('filled grids', () => {
  it('U61 CCF (annexe 16): banner, title, identification, criteria with the level ticked, mark, commission', async () => {
    const bytes = await evaluationGridsPdf(session, [lea], options);
    renderFirstPage(bytes, 'grille-u61-ccf');
    const text = pdfToText(bytes, 'grille-u61');
    const all = flat(text);
    expect(text).not.toMatch(GARBLED);
    expect(oddCharacters(text)).toEqual([]);
    expect(all).toContain('Annexe 16');
    expect(all).toContain('BTS CONSEIL ET COMMERCIALISATION DE SOLUTIONS TECHNIQUES');
    expect(all).toContain(U61.title);
    expect(all).toContain('Grille d’aide à l’évaluation – Contrôle en cours de formation (CCF)');
    expect(all).toContain('SOULIÉ Léa');
    expect(all).toContain('02431000030');
    expect(all).toContain('20/05/2025');
    for (const criterion of U61.parts[0]!.criteria) expect(all).toContain(criterion.text);
    expect(all).toContain('Des outils de prospection adaptés sont créés et/ou mobilisés (non mobilisé)');
    expect(all).toContain(U61.scale!.legend!);
    expect(all).toContain('Très bonne écoute du client « fictif ».');
    expect(all).toContain('Note sur 20 points 14,5');
    expect(all).toContain('Émargement des membres de la commission d’évaluation');
    expect(all).toContain('Mme Françoise Lœillet');
    expect(all).toContain('Professionnel');
    expect(all).toContain('Signature');

    // The X sits in the TS column for criterion 1 and in TI for criterion 2.
    const line = (start: string) => squeeze(text.split('\n').find((l) => l.includes(start))!);
    expect(line('Les segments de marché et les cibles sont identifiés').trim()).toMatch(/identifiés X$/);
    const row2 = text.split('\n').find((l) => l.includes('Les objectifs et la démarche de prospection'))!;
    const header = text.split('\n').find((l) => /\bTI\s+I\s+S\s+TS\b/.test(l))!;
    expect(Math.abs(row2.indexOf('X') - header.indexOf('TI'))).toBeLessThanOrEqual(3);
  });

  it('a batch: one candidate per page, each with their name and the marks table’s mark (a code too)', async () => {
    const martin: GridPdfInput = { ...lea, candidate: { numero: '02431000031', nom: 'Martin', prenom: 'Hugo' }, evaluation: null, mark: specialMark('AB') };
    const bytes = await evaluationGridsPdf(session, [lea, martin], options);
    const list = pages(pdfToText(bytes, 'grilles-lot'));
    expect(pageCount(bytes)).toBe(list.length);
    const leaPages = list.filter((p) => p.includes('SOULIÉ Léa'));
    const martinPages = list.filter((p) => p.includes('MARTIN Hugo'));
    expect(leaPages.length).toBeGreaterThanOrEqual(1);
    expect(martinPages.length).toBeGreaterThanOrEqual(1);
    expect(leaPages.some((p) => martinPages.includes(p))).toBe(false);
    expect(flat(martinPages.join(' '))).toContain('Note sur 20 points AB');
    expect(list.at(-1)).toContain(`Page ${list.length} / ${list.length}`);
  });

  it('E4 CCF (annexe 10): both situations with their observations and marks, the note globale, the total', async () => {
    const g = grid('E4', 'CCF');
    const ev = filled(g, (e) =>
      withObservation(withPart(withPart(withLevel(e, 'c6', 'S'), 'S1', { hundredths: 750 }), 'S2', { hundredths: 825 }), 'conclusion', 'Candidat convaincant.'),
    );
    const text = pdfToText(
      await evaluationGridsPdf(session, [{ grid: g, candidate: lea.candidate, etablissement: null, evaluation: ev, mark: numberMark(1575) }], options),
      'grille-e4',
    );
    const all = flat(text);
    expect(all).toContain('SITUATION 1 – CONTROLE EN COURS DE FORMATION');
    expect(all).toContain('1. Présentation du dossier relatif à la préparation d’un entretien de négociation technico-commerciale');
    expect(all).toContain('SITUATION 2 – CONTROLE EN COURS DE FORMATION');
    expect(all).toContain('Note sur 10 points 7,5');
    expect(all).toContain('Note sur 10 points 8,25');
    expect(all).toContain('NOTE GLOBALE – EPREUVE E4');
    expect(all).toContain('SITUATION 1 SUR 10 POINTS 7,5');
    expect(all).toContain('SITUATION 2 SUR 10 POINTS 8,25');
    expect(all).toContain('TOTAL SUR 20 POINTS 15,75');
    expect(all).toContain('Conclusion de la commission d’évaluation');
    expect(all).toContain('Candidat convaincant.');
    expect(all).toContain('E4 — SOULIÉ Léa (n° 02431000030) (suite)');
  });

  it('E4 CCF: no total until both situations are marked; a different mark of the marks table on its own line', async () => {
    const g = grid('E4', 'CCF');
    const print = async (evaluation: GridEvaluation | null, mark: GridPdfInput['mark'], name: string) =>
      flat(pdfToText(await evaluationGridsPdf(session, [{ grid: g, candidate: lea.candidate, etablissement: null, evaluation, mark }], options), name));

    // The user test: 12,5 in the marks table, situation 1 = 6,25, situation 2 empty.
    const half = await print(
      filled(g, (e) => withPart(e, 'S1', { hundredths: 625 })),
      numberMark(1250),
      'grille-e4-s1',
    );
    expect(half).toContain('SITUATION 1 SUR 10 POINTS 6,25 SITUATION 2 SUR 10 POINTS TOTAL SUR 20 POINTS Note du tableau des notes : 12,5');
    expect(half).not.toContain('TOTAL SUR 20 POINTS 12,5');
    // Nothing entered in the grid: empty boxes, and the marks table's mark said for what it is.
    const blank = await print(null, numberMark(1375), 'grille-e4-rien');
    expect(blank).toContain('SITUATION 1 SUR 10 POINTS SITUATION 2 SUR 10 POINTS TOTAL SUR 20 POINTS Note du tableau des notes : 13,75');
    expect(blank).not.toContain('TOTAL SUR 20 POINTS 13,75');
    // Both situations: their sum; the same mark in the marks table is not said twice, a different one (AB) is.
    const both = filled(g, (e) => withPart(withPart(e, 'S1', { hundredths: 625 }), 'S2', { hundredths: 700 }));
    const summed = await print(both, numberMark(1325), 'grille-e4-somme');
    expect(summed).toContain('TOTAL SUR 20 POINTS 13,25');
    expect(summed).not.toContain('Note du tableau des notes');
    expect(await print(both, specialMark('AB'), 'grille-e4-ab')).toContain('TOTAL SUR 20 POINTS 13,25 Note du tableau des notes : AB');
  });

  it('E22 (annexe 5): the degrees of A, B, C, the points circled, the bonus and the total', async () => {
    const g = grid('E22', 'CCF');
    const part = (id: string) => g.parts.find((p) => p.id === id)!;
    const ev = filled(g, (e) =>
      withPart(
        withPart(withDegree(withPart(withDegree(withDegree(e, part('A'), 2), part('B'), 4), 'B', { hundredths: 500 }), part('C'), 3), 'C', { hundredths: 600 }),
        'C',
        { bonus: true },
      ),
    );
    const text = pdfToText(
      await evaluationGridsPdf(session, [{ grid: g, candidate: lea.candidate, etablissement: null, evaluation: ev, mark: numberMark(1500) }], options),
      'grille-e22',
    );
    const all = flat(text);
    expect(all).toContain('BTS Tertiaires – CCST');
    expect(all).toContain('Pour chacune des trois colonnes, entourer le nombre de points');
    expect(all).toContain('Expression orale en continu');
    expect(all).toContain('X retenu : 3 pts');
    expect(all).toContain('X retenu : 5 pts');
    expect(all).toContain('X retenu : 6 pts');
    expect(all).toContain('X accordé');
    expect(all).toContain('Note A, sur 6 : 3');
    expect(all).toContain('Note B, sur 6 : 5');
    expect(all).toContain('Note C, sur 8 : 7');
    expect(all).toContain('Note de l’élève (total A + B + C) 15');
    expect(all).toContain('Nom de l’élève SOULIÉ Léa');
  });
  it('E22: no total until A, B and C are marked; a different mark of the marks table on its own line', async () => {
    const g = grid('E22', 'CCF');
    const part = (id: string) => g.parts.find((p) => p.id === id)!;
    const ev = filled(g, (e) => withPart(withDegree(withDegree(e, part('A'), 2), part('B'), 4), 'B', { hundredths: 500 })); // C not marked
    const text = pdfToText(
      await evaluationGridsPdf(session, [{ grid: g, candidate: lea.candidate, etablissement: null, evaluation: ev, mark: numberMark(1200) }], options),
      'grille-e22-incomplete',
    );
    const all = flat(text);
    expect(all).toContain('Note A, sur 6 : 3');
    expect(all).toContain('Note C, sur 8 : —');
    expect(all).not.toContain('Note de l’élève (total A + B + C) 12');
    expect(all).toContain('Note de l’élève (total A + B + C) Note du tableau des notes : 12');
  });
});

describe('blank grids', () => {
  it('every grid of the circular prints blank with its title, its criteria and no candidate', async () => {
    const bytes = await blankGridsPdf(session, ccst2024Grids, options);
    renderFirstPage(bytes, 'grilles-vierges');
    const text = pdfToText(bytes, 'grilles-vierges');
    expect(text).not.toMatch(GARBLED);
    expect(oddCharacters(text)).toEqual([]);
    const all = flat(text);
    for (const g of ccst2024Grids) {
      expect(all).toContain(`Annexe ${g.annexe}`);
      expect(all).toContain(g.title);
      for (const part of g.parts) for (const c of part.criteria) expect(all, `${g.id} ${c.id}`).toContain(c.text);
    }
    expect(all).toContain(`Session ${session.year}`);
    expect(all).not.toContain('X retenu');
    expect(all).not.toMatch(/\bX\b/);
  });

  it('an empty batch says so', async () => {
    const text = pdfToText(await evaluationGridsPdf(session, [], options), 'grilles-vide');
    expect(text).toContain('Aucun candidat : aucune grille à imprimer.');
  });
});

describe('grids carried over from another circular (preset 2025)', () => {
  const grids2025 = gridsFor(btsCcst2025);
  const noteOf = (annexe: number) =>
    `Grille de la session 2024 (annexe ${annexe} de la circulaire 2024) reprise avec la numérotation 2025 : à vérifier sur la circulaire de la session.`;

  it('every blank grid says, under its annexe line, that its texts are those of the 2024 circular', async () => {
    expect(grids2025.length).toBeGreaterThan(0);
    const bytes = await blankGridsPdf(session, grids2025, options);
    renderFirstPage(bytes, 'grilles-vierges-2025');
    const text = pdfToText(bytes, 'grilles-vierges-2025');
    expect(oddCharacters(text)).toEqual([]);
    const sheets = pages(text);
    for (const g of grids2025) {
      // The grid's first page: the one with its annexe number and its title.
      const first = sheets.map(flat).find((p) => p.includes(`Annexe ${g.annexe}`) && p.includes(g.title))!;
      expect(first, g.id).toContain(noteOf(g.annexe));
      // Under the annexe line, above the title.
      expect(first.indexOf(noteOf(g.annexe)), g.id).toBeGreaterThan(first.indexOf(`Annexe ${g.annexe}`));
      expect(first.indexOf(noteOf(g.annexe)), g.id).toBeLessThan(first.indexOf(g.title));
    }
  });

  it('a filled 2025 grid says it too; the 2024 grids (no such note) print none', async () => {
    const e5 = gridFor('E5', 'CCF', btsCcst2025)!;
    expect(e5.annexe).toBe(10);
    const bytes = await evaluationGridsPdf(session, [{ ...lea, grid: e5, evaluation: emptyEvaluation(e5) }], options);
    renderFirstPage(bytes, 'grille-e5-ccf-2025');
    expect(flat(pdfToText(bytes, 'grille-e5-2025'))).toContain(noteOf(10));

    const text2024 = flat(pdfToText(await blankGridsPdf(session, ccst2024Grids, options), 'grilles-vierges-2024-note'));
    expect(text2024).not.toContain('circulaire 2024');
    expect(text2024).not.toContain('à vérifier');
  });
});
