import { describe, expect, it } from 'vitest';
import { emptyLivret, livretTemplateFor, type LivretRecord } from '../../src/domain/livret.ts';
import { classStatistics, cotation } from '../../src/domain/livret-stats.ts';
import { livretScolairePdf, type LivretPdfInput } from '../../src/io/pdf/livret.ts';
import { exampleRows, GARBLED, GENERATED_AT, oddCharacters, pageCount, pages, pdfToText, regulation, renderFirstPage, squeeze } from './pdf-helpers.ts';

const template = livretTemplateFor(regulation)!;

function livret(
  candidateId: number,
  marks: Record<string, Partial<Record<'a1s1' | 'a1s2' | 'a2s1' | 'a2s2', number>>>,
  over: Partial<LivretRecord> = {},
): LivretRecord {
  return {
    ...emptyLivret(1, candidateId),
    subjects: Object.fromEntries(Object.entries(marks).map(([id, m]) => [id, { marks: m, appreciation: '' }])),
    ...over,
  };
}

function inputs(): LivretPdfInput[] {
  const { session, rows } = exampleRows();
  const mine = livret(
    1,
    { cge: { a1s1: 1250, a1s2: 1301, a2s1: 1175, a2s2: 1425 }, lve: { a2s1: 1600 }, moetc: { a2s2: 950 }, ef2: { a1s1: 1800 } },
    { avis: 'tres_favorable', pix: true, observations: 'Élève sérieuse ; œuvre « remarquable ».' },
  );
  mine.subjects.cge!.appreciation = 'Très bon travail, l’expression écrite progresse.';
  const other = livret(2, { cge: { a2s1: 800, a2s2: 900 }, lve: { a2s1: 1100, a2s2: 1200 } }, { avis: 'favorable' });
  const third = livret(3, {}, { avis: 'doit_faire_ses_preuves' });
  const records = [mine, other, third];
  const stats = classStatistics(records, template.subjects);
  const cot = cotation(records.map((r) => r.avis));
  return rows.slice(0, 3).map((row, i) => ({
    session,
    template,
    candidate: { ...row.candidate },
    etablissement: row.etablissement ? { ...row.etablissement, city: 'Toulouse' } : null,
    livret: records[i]!,
    stats,
    cotation: cot,
    result: row.result,
    president: 'Mme Durand',
  }));
}

describe('livret scolaire PDF (annexe 3)', () => {
  it('writes the recto with identity, the marks and yearly averages, the avis and the cotation', async () => {
    const all = inputs();
    const bytes = await livretScolairePdf([all[0]!], { generatedAt: GENERATED_AT });
    renderFirstPage(bytes, 'livret-recto');
    expect(pageCount(bytes)).toBe(2);
    const text = pdfToText(bytes, 'livret-one');
    const [recto, verso] = pages(text).map(squeeze);
    const c = all[0]!.candidate;
    expect(recto).toContain('LIVRET SCOLAIRE (recto)');
    expect(recto).toContain('EXAMEN : B.T.S.');
    expect(recto).toContain('SPÉCIALITÉ : Conseil et commercialisation de solutions techniques');
    expect(recto).toContain(`NOM (en lettres capitales) : ${c.nom.toLocaleUpperCase('fr')}`);
    expect(recto).toContain(`Prénom : ${c.prenom}`);
    expect(recto).toContain('ÉTABLISSEMENT (cachet)');
    expect(recto).toContain('ENSEIGNEMENTS OBLIGATOIRES');
    expect(recto).toContain('ENSEIGNEMENTS FACULTATIFS');
    // CGE: 12,5 and 13,01 → 12,75 (12,755 truncated); 11,75 and 14,25 → 13.
    expect(recto).toMatch(/Culture générale et expression 12,5 13,01 12,75 11,75 14,25 13\b/);
    expect(recto).toContain('Très bon travail, l’expression écrite');
    expect(recto).toMatch(/Langue vivante étrangère 16 16/);
    expect(recto).toContain('Management de l’activité');
    expect(recto).toMatch(/Module d’approfondissement 18 18/);
    expect(recto).toContain('Certification de compétences numériques (PIX)');
    expect(recto).toContain('AVIS DU CONSEIL DE CLASSE');
    expect(recto).toContain('Élève sérieuse ; œuvre « remarquable ».');
    expect(recto).toContain('COTATION DE LA CLASSE');
    expect(recto).toContain('AVIS (en pourcentage)');
    expect(recto).toContain('Doit faire ses preuves à l’examen');
    expect(recto).toMatch(/34 % 33 % 33 %/);
    expect(recto).toContain('Sur 3 élèves de la classe ayant un avis.');
    expect(recto).toContain('DATE - SIGNATURE DU CANDIDAT');
    expect(verso).toContain('LIVRET SCOLAIRE (verso)');
    expect(oddCharacters(text)).toEqual([]);
    expect(text).not.toMatch(GARBLED);
  });

  it('writes the verso: the chart’s subjects and values, the legend, the exam result and the jury visa', async () => {
    const all = inputs();
    const bytes = await livretScolairePdf([all[0]!], { generatedAt: GENERATED_AT });
    const verso = squeeze(pages(pdfToText(bytes, 'livret-verso'))[1]!);
    expect(verso).toContain('CULTURE GENERALE');
    expect(verso).toContain('D’APPROFON-');
    expect(verso).toContain('MISE EN ŒUVRE DE');
    expect(verso).toContain('Profil de la classe en noir');
    expect(verso).toContain('Profil du candidat en rouge');
    expect(verso).toContain('Le graphique ne prendra en compte que les résultats de la 2ème année');
    // Year 2, class: CGE (13 and 8,5) → 10,75; LVE (16 and 11,5) → 13,75.
    // Two decimals each, so that a row's figures line up (9,5 beside 10,75 read as a different precision).
    expect(verso).toMatch(/Classe 10,75 13,75 — — — — 9,50 — —/);
    expect(verso).toMatch(/Candidat 13,00 16,00 — — — — 9,50 — —/);
    expect(verso).toContain('RÉSULTAT DE L’EXAMEN');
    expect(verso).toContain('VISA DU PRÉSIDENT DE JURY');
    expect(verso).toContain('1er groupe :');
    expect(verso).toContain('2nd groupe :');
    expect(verso).toContain('Mme Durand');
    expect(verso).toMatch(/Moyenne générale \(1er groupe\) : \d+,\d\d \/ 20/);
  });

  it('issue 16: prints the exam result only once the 1er groupe is closed', async () => {
    const first = inputs()[0]!;
    for (const phase of ['preparation', 'premier_groupe'] as const) {
      const verso = squeeze(pages(pdfToText(await livretScolairePdf([{ ...first, phase }]), `livret-${phase}`))[1]!);
      expect(verso).toContain('RÉSULTAT DE L’EXAMEN');
      expect(verso).toContain('Résultat communiqué');
      expect(verso).not.toMatch(/Ajourné|Admis|Moyenne générale \(1er groupe\)/);
    }
    for (const phase of ['premier_groupe_clos', 'second_groupe_clos'] as const) {
      const verso = squeeze(pages(pdfToText(await livretScolairePdf([{ ...first, phase }]), `livret-${phase}`))[1]!);
      expect(verso).toMatch(/Moyenne générale \(1er groupe\) : \d+,\d\d \/ 20/);
    }
  });

  it('prints a batch as each candidate’s recto then verso, and an empty livret without failing', async () => {
    const all = inputs();
    all[2]!.livret = null;
    all[2]!.result = null;
    const bytes = await livretScolairePdf(all, { generatedAt: GENERATED_AT });
    expect(pageCount(bytes)).toBe(6);
    const shown = pages(pdfToText(bytes, 'livret-batch')).map(squeeze);
    expect(shown).toHaveLength(6);
    shown.forEach((page, i) => expect(page).toContain(i % 2 === 0 ? 'LIVRET SCOLAIRE (recto)' : 'LIVRET SCOLAIRE (verso)'));
    expect(shown[3]).toContain(`${all[1]!.candidate.nom.toLocaleUpperCase('fr')} ${all[1]!.candidate.prenom}`);
    expect(shown[5]).toContain('Page 6 / 6');
    const empty = await livretScolairePdf([], { generatedAt: GENERATED_AT });
    expect(pdfToText(empty, 'livret-none')).toContain('Aucun candidat sélectionné.');
  });
});
