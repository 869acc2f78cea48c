/**
 * The livret's recto with appréciations of ordinary length and longer (user test: at 180 characters each the
 * cotation was printed over the footer and the signature box below the page). Read back as a reader sees it:
 * the words of each page with their boxes (pdftotext -bbox), and the page rendered in grey levels (pdftoppm).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyLivret, livretTemplateFor, type LivretRecord } from '../../src/domain/livret.ts';
import { classStatistics, cotation } from '../../src/domain/livret-stats.ts';
import { shownNumero } from '../../src/domain/numero.ts';
import { livretScolairePdf, type LivretPdfInput } from '../../src/io/pdf/livret.ts';
import { exampleRows, GENERATED_AT, pages, pdfToText, regulation, squeeze, writePdf } from './pdf-helpers.ts';

const template = livretTemplateFor(regulation)!;
const MM = 72 / 25.4; // points per mm
const MARGIN = 14; // mm, left and right

/** What teachers write, cut to `length` characters. */
const SENTENCES = [
  'Élève sérieuse et impliquée, qui participe volontiers à l’oral.',
  'Les résultats sont réguliers et l’expression écrite progresse nettement.',
  'Il faut maintenant approfondir l’analyse des documents technico-commerciaux et soigner la rédaction.',
  'Bon investissement dans les projets de groupe ; des absences au deuxième semestre.',
];
function appreciation(length: number, seed: number): string {
  let text = '';
  for (let i = seed; text.length < length; i++) text += `${SENTENCES[i % SENTENCES.length]} `;
  return text.slice(0, length).trimEnd();
}

function record(lengths: (subject: number) => number): LivretRecord {
  const subjects = Object.fromEntries(
    template.subjects.map((s, i) => [s.id, { marks: { a1s1: 1200 + i, a1s2: 1250, a2s1: 1100, a2s2: 1375 }, appreciation: appreciation(lengths(i), i) }]),
  );
  return { ...emptyLivret(1, 1), subjects, avis: 'favorable', pix: true, observations: 'Élève sérieuse, à encourager.' };
}

const example = exampleRows();

function inputFor(livret: LivretRecord, index = 0): LivretPdfInput {
  const { session, rows } = example;
  const row = rows[index]!;
  return {
    session,
    template,
    candidate: { ...row.candidate },
    etablissement: row.etablissement ? { ...row.etablissement, city: 'Toulouse' } : null,
    livret,
    stats: classStatistics([livret], template.subjects),
    cotation: cotation([livret.avis]),
    result: row.result,
    president: 'Mme Durand',
  };
}

interface Word {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface Page {
  width: number;
  height: number;
  words: Word[];
  text: string;
}

/** Each page's size and words, in mm, as pdftotext finds them. */
function readPages(path: string): Page[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  const texts = pages(execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })).map(squeeze);
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page, i) => ({
    width: Number(page[1]) / MM,
    height: Number(page[2]) / MM,
    words: [...page[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      left: Number(w[1]) / MM,
      top: Number(w[2]) / MM,
      right: Number(w[3]) / MM,
      bottom: Number(w[4]) / MM,
      text: w[5]!,
    })),
    text: texts[i] ?? '',
  }));
}

/** The footer's rule is 13.5 mm above the bottom of the sheet (document.ts), the content ends 18 mm above it. */
const footerTop = (page: Page) => page.height - 13.5;
const contentBottom = (page: Page) => page.height - 18;

/** Words outside the printable area, or between the content's bottom and the footer's rule. */
function misplaced(page: Page): string[] {
  return page.words
    .filter((w) => w.left < MARGIN - 0.5 || w.right > page.width - MARGIN + 0.5 || w.top < 10 || (w.bottom > contentBottom(page) && w.top < footerTop(page)))
    .map((w) => `« ${w.text} » (${w.left.toFixed(1)}, ${w.top.toFixed(1)})`);
}

/** Words under the footer's rule that are not the footer's (« Livret scolaire — <session> », « Édité le … », « Page n / N »). */
function overFooter(page: Page, input: LivretPdfInput): string[] {
  const footer = new Set(`Livret scolaire — ${input.session.name} Édité le 03/07/2024 à 14:05 avec Délib Page /`.split(/\s+/));
  return page.words.filter((w) => w.top >= footerTop(page) && !footer.has(w.text) && !/^\d+$/.test(w.text)).map((w) => w.text);
}

/** Pairs of words whose boxes overlap (pdftotext's boxes are the font's height: lines 1.15 apart do not touch). */
function overlapping(page: Page): string[] {
  const found: string[] = [];
  const { words } = page;
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i]!;
      const b = words[j]!;
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 0.2 && y > 0.2) found.push(`« ${a.text} » over « ${b.text} »`);
    }
  }
  return found;
}

/**
 * Whether anything at all (text, a box's border, a table's grid) is drawn in the band between the content's bottom
 * and the footer's rule: a block that runs into the footer crosses it. Read from the page rendered in grey levels.
 */
function inkAboveFooter(path: string, pageNumber: number, page: Page): boolean {
  const dpi = 100;
  const prefix = `${path}-${pageNumber}`;
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(pageNumber), '-l', String(pageNumber), '-singlefile', path, prefix]);
  const pgm = readFileSync(`${prefix}.pgm`);
  const [, w, h] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 30).toString('latin1'))!.map(Number);
  const offset = pgm.length - w! * h!;
  const row = (mm: number) => Math.round((mm * dpi) / 25.4);
  for (let y = row(contentBottom(page) + 0.5); y < row(footerTop(page) - 0.5); y++) {
    for (let x = 0; x < w!; x++) if (pgm[offset + y * w! + x]! < 200) return true;
  }
  return false;
}

/** Everything a reader would hold against the layout, page by page. */
function layoutFaults(path: string, all: Page[], input: LivretPdfInput): string[] {
  return all.flatMap((page, i) =>
    [
      ...misplaced(page),
      ...overFooter(page, input).map((w) => `« ${w} » over the footer`),
      ...overlapping(page),
      ...(inkAboveFooter(path, i + 1, page) ? ['something drawn across the bottom of the content'] : []),
    ].map((fault) => `page ${i + 1}: ${fault}`),
  );
}

async function livretPages(name: string, input: LivretPdfInput): Promise<{ path: string; all: Page[] }> {
  const path = writePdf(name, await livretScolairePdf([input], { generatedAt: GENERATED_AT }));
  return { path, all: readPages(path) };
}

describe('livret PDF: appréciations of ordinary length and longer', () => {
  const cases: [string, (subject: number) => number][] = [
    ['180 characters each', () => 180],
    ['210 characters each', () => 210],
    ['290 characters each', () => 290],
    ['one of 1,100 characters', (i) => (i === 0 ? 1100 : 0)],
  ];
  it.each(cases)('%s: every block whole, inside the page, above the footer, no text over another', async (label, lengths) => {
    const input = inputFor(record(lengths));
    const { path, all } = await livretPages(`long-${label.replace(/\W+/g, '-')}`, input);
    expect(layoutFaults(path, all, input)).toEqual([]);
    const recto = all.slice(0, -1).map((p) => p.text);
    const together = (...texts: string[]) => recto.some((p) => texts.every((t) => p.includes(t)));
    expect(together('Certification de compétences numériques (PIX)', 'cocher la case')).toBe(true);
    expect(together('AVIS DU CONSEIL DE CLASSE', 'Très favorable', 'Doit faire ses preuves à l’examen', 'Élève sérieuse, à encourager.')).toBe(true);
    expect(together('COTATION DE LA CLASSE', 'AVIS (en pourcentage)', '100 %', 'Sur 1 élève de la classe ayant un avis.', 'DATE - SIGNATURE DU CANDIDAT')).toBe(
      true,
    );
    expect(all.at(-1)!.text).toContain('LIVRET SCOLAIRE (verso)');
    const { nom, prenom, numero } = input.candidate;
    for (const page of recto.slice(1)) expect(page).toContain(`${nom.toLocaleUpperCase('fr')} ${prenom} — n° ${shownNumero(numero)}`);
  });

  it.each([180, 210])('%i characters each: the recto is one page', async (length) => {
    const { all } = await livretPages(`one-page-${length}`, inputFor(record(() => length)));
    expect(all).toHaveLength(2);
    expect(all[0]!.text).toContain('DATE - SIGNATURE DU CANDIDAT');
  });

  it('very long appréciations: the recto goes on to pages that name the candidate, with the table’s head repeated', async () => {
    const input = inputFor(record(() => 1500));
    const { path, all } = await livretPages('long-1500', input);
    expect(layoutFaults(path, all, input)).toEqual([]);
    expect(all.length).toBeGreaterThan(3);
    const { nom, prenom, numero } = input.candidate;
    const continuations = all.slice(1, -1);
    for (const page of continuations) {
      expect(page.text).toContain(`${nom.toLocaleUpperCase('fr')} ${prenom} — n° ${shownNumero(numero)}`);
      expect(page.text).toContain('LIVRET SCOLAIRE (recto, suite)');
    }
    expect(continuations.filter((p) => p.text.includes('Appréciations') && p.text.includes('2ème année')).length).toBeGreaterThan(0);
    expect(all.at(-2)!.text).toContain('DATE - SIGNATURE DU CANDIDAT');
  });

  it('long observations and short appréciations: the avis goes whole on to the next page, the table keeps its size', async () => {
    const livret = { ...record(() => 60), observations: appreciation(4000, 1) };
    const input = inputFor(livret);
    const { path, all } = await livretPages('long-observations', input);
    expect(layoutFaults(path, all, input)).toEqual([]);
    expect(all).toHaveLength(3);
    expect(all[0]!.text).toContain('Certification de compétences numériques (PIX)');
    expect(all[0]!.text).not.toContain('AVIS DU CONSEIL DE CLASSE');
    expect(all[1]!.text).toContain('AVIS DU CONSEIL DE CLASSE');
    expect(all[1]!.text).toContain('DATE - SIGNATURE DU CANDIDAT');
    // The marks in the annexe's size (8 pt: 2.8 mm high boxes), not shrunk for nothing.
    const mark = all[0]!.words.find((w) => w.text === '12,01')!;
    expect(mark.bottom - mark.top).toBeCloseTo(8 * 0.925 * (25.4 / 72), 1);
  });

  it('the class PDF starts every livret on an odd page (a blank page after a livret of odd length)', async () => {
    const long = inputFor(
      record(() => 350),
      0,
    );
    const short = inputFor(
      record(() => 40),
      1,
    );
    const other = inputFor(
      record(() => 350),
      2,
    );
    const bytes = await livretScolairePdf([long, short, other, short], { generatedAt: GENERATED_AT });
    const shown = pages(pdfToText(bytes, 'long-class')).map(squeeze);
    const starts = shown.flatMap((page, i) => (page.includes('LIVRET SCOLAIRE (recto)') ? [i + 1] : []));
    expect(starts).toEqual([1, 5, 7, 11]);
    // Each livret takes an even number of pages; the blank ones hold only the footer.
    expect(shown).toHaveLength(12);
    for (const blank of [4, 10]) expect(shown[blank - 1]!.trim()).toMatch(/^Livret scolaire — .*\n\s*Édité le .* avec Délib$/);
    expect(shown[2]).toContain('LIVRET SCOLAIRE (verso)');
  });
});
