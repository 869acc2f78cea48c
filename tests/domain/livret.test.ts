import { describe, expect, it } from 'vitest';
import { averageHundredths } from '../../src/domain/exact.ts';
import {
  applyLivretChanges,
  emptyLivret,
  isLivretEmpty,
  livretChangeUndoing,
  livretHolds,
  livretTemplateFor,
  parseLivretAvis,
  type LivretRecord,
} from '../../src/domain/livret.ts';
import { profileChart, chartY } from '../../src/domain/livret-chart.ts';
import {
  classStatistics,
  columnValue,
  cotation,
  formatLivretAverage,
  meanOfAverages,
  parseLivretMark,
  profile,
  yearAverage,
} from '../../src/domain/livret-stats.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';

const template = livretTemplateFor(btsCcst2024)!;

function livret(subjects: Record<string, Partial<Record<'a1s1' | 'a1s2' | 'a2s1' | 'a2s2', number>>>, avis: LivretRecord['avis'] = null): LivretRecord {
  return {
    ...emptyLivret(1, 1),
    avis,
    subjects: Object.fromEntries(Object.entries(subjects).map(([id, marks]) => [id, { marks, appreciation: '' }])),
  };
}

describe('the livret of the CCST 2024 regulation (annexe 3)', () => {
  it('has the 7 compulsory subjects and the 2 optional ones, in the annexe’s order and wording', () => {
    expect(template.subjects.map((s) => s.id)).toEqual(['cge', 'lve', 'cejm', 'cnstc', 'matc', 'dcrc', 'moetc', 'ef1', 'ef2']);
    expect(template.subjects.filter((s) => s.optional).map((s) => s.label)).toEqual(['Langue vivante', 'Module d’approfondissement']);
    expect(template.subjects[5]!.label).toBe('Développement de la clientèle et de la relation-client');
    expect(template.subjects[6]!.chartLabel).toBe('MISE EN ŒUVRE DE L’EXPERTISE TECHNICO-COMMERCIALE');
    expect(template.specialite).toBe('Conseil et commercialisation de solutions techniques');
    expect(livretTemplateFor('unknown')).toBeNull();
  });

  it('has abbreviations that name one subject each', () => {
    const seen = new Map<string, string>();
    for (const s of template.subjects) {
      for (const a of s.abbreviations) {
        const key = a.toLowerCase();
        expect(seen.get(key), `${a} in ${s.id} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, s.id);
      }
    }
  });
});

describe('yearly averages', () => {
  it('is the mean of the two semesters, kept exact and truncated when shown', () => {
    const avg = yearAverage({ a1s1: 1250, a1s2: 1301 }, 1)!;
    expect(avg).toEqual({ points: 255100, divisor: 200 });
    expect(averageHundredths(avg)).toBe(1275); // 12,755 → 12,75 (truncated, never 12,76)
    expect(formatLivretAverage(avg)).toBe('12,75');
    expect(formatLivretAverage(yearAverage({ a2s1: 1200, a2s2: 1300 }, 2))).toBe('12,5');
  });

  it('takes the semester present when the other is missing, and is null without any', () => {
    expect(formatLivretAverage(yearAverage({ a1s2: 905 }, 1))).toBe('9,05');
    expect(yearAverage({ a1s1: 1000 }, 2)).toBeNull();
    expect(yearAverage(undefined, 1)).toBeNull();
    expect(columnValue({ a2s1: 0 }, 'a2s1')).toEqual({ points: 0, divisor: 100 });
    expect(columnValue({}, 'a2')).toBeNull();
  });
});

describe('class statistics', () => {
  it('gives the class average, lowest, highest and count per subject and period, leaving out missing marks', () => {
    const stats = classStatistics(
      [livret({ cge: { a1s1: 1000, a2s1: 1200, a2s2: 1300 } }), livret({ cge: { a1s1: 1500, a2s1: 800 } }), livret({ cejm: { a1s1: 2000 } })],
      template.subjects,
    );
    const cge = stats.cge!;
    expect(cge.a1s1.count).toBe(2);
    expect(formatLivretAverage(cge.a1s1.mean)).toBe('12,5');
    expect(formatLivretAverage(cge.a1s1.min)).toBe('10');
    expect(formatLivretAverage(cge.a1s1.max)).toBe('15');
    expect(cge.a1s2).toEqual({ count: 0, mean: null, min: null, max: null });
    // Yearly: 12,5 and 8 → mean 10,25, exactly.
    expect(cge.a2.count).toBe(2);
    expect(cge.a2.mean).toEqual(
      meanOfAverages([
        { points: 250000, divisor: 200 },
        { points: 80000, divisor: 100 },
      ]),
    );
    expect(formatLivretAverage(cge.a2.mean)).toBe('10,25');
    expect(formatLivretAverage(cge.a2.min)).toBe('8');
    expect(formatLivretAverage(cge.a2.max)).toBe('12,5');
    expect(stats.ef2!.a2.count).toBe(0);
  });

  it('keeps the class mean of yearly averages exact (1/3 of a hundredth is not lost, then truncated)', () => {
    const mean = meanOfAverages([
      { points: 100100, divisor: 200 }, // 5,005
      { points: 100000, divisor: 100 }, // 10
      { points: 100000, divisor: 100 }, // 10
    ])!;
    expect(mean.points / mean.divisor).toBeCloseTo(833.5, 6);
    expect(averageHundredths(mean)).toBe(833);
    expect(meanOfAverages([])).toBeNull();
  });
});

describe('cotation de la classe', () => {
  it('gives whole percentages adding up to 100 (largest remainder)', () => {
    const c = cotation(['tres_favorable', 'favorable', 'doit_faire_ses_preuves']);
    expect(c.total).toBe(3);
    expect(c.percents).toEqual({ tres_favorable: 34, favorable: 33, doit_faire_ses_preuves: 33 });
    const d = cotation(['favorable', 'favorable', 'doit_faire_ses_preuves', null, undefined]);
    expect(d.total).toBe(3);
    expect(d.counts).toEqual({ tres_favorable: 0, favorable: 2, doit_faire_ses_preuves: 1 });
    expect(d.percents).toEqual({ tres_favorable: 0, favorable: 67, doit_faire_ses_preuves: 33 });
    const seven = cotation([...Array(1).fill('tres_favorable'), ...Array(3).fill('favorable'), ...Array(3).fill('doit_faire_ses_preuves')]);
    expect(seven.percents).toEqual({ tres_favorable: 14, favorable: 43, doit_faire_ses_preuves: 43 });
  });

  it('has no percentages for a class without any avis', () => {
    expect(cotation([])).toEqual({ total: 0, counts: { tres_favorable: 0, favorable: 0, doit_faire_ses_preuves: 0 }, percents: null });
    expect(cotation([null, null]).percents).toBeNull();
  });
});

describe('profile chart', () => {
  it('plots the year-2 averages of the candidate and of the class on a 1–20 scale, with gaps for missing values', () => {
    const mine = livret({ cge: { a2s1: 1200, a2s2: 1300 }, lve: { a2s1: 1500 }, cnstc: { a2s2: 50 } });
    const other = livret({ cge: { a2s1: 800 }, lve: { a1s1: 1500 } });
    const stats = classStatistics([mine, other], template.subjects);
    const points = profile(template.subjects, mine, stats);
    expect(points.map((p) => formatLivretAverage(p.candidate))).toEqual(['12,5', '15', '', '0,5', '', '', '', '', '']);
    expect(points.map((p) => formatLivretAverage(p.class))).toEqual(['10,25', '15', '', '0,5', '', '', '', '', '']);
    const box = { x: 10, y: 20, width: 90, height: 190 };
    const g = profileChart(points, box);
    expect(g.columns).toHaveLength(9);
    expect(g.columns[0]).toMatchObject({ number: 1, left: 10, right: 20, center: 15 });
    expect(g.rows[0]).toEqual({ value: 20, y: 20 });
    expect(g.rows.at(-1)).toEqual({ value: 1, y: 210 });
    expect(g.candidate.points.map((p) => p.subjectId)).toEqual(['cge', 'lve', 'cnstc']);
    expect(g.candidate.points[0]!.y).toBeCloseTo(chartY(box, 1250));
    expect(g.candidate.points[2]!.y).toBe(210); // 0,5 sits on the bottom line
    expect(g.candidate.segments).toHaveLength(1); // cge–lve; lve and cnstc are not neighbours
    expect(g.class.segments).toHaveLength(1);
  });
});

describe('changes and marks as typed', () => {
  it('applies changes without touching the record given, and drops empty entries', () => {
    const before = livret({ cge: { a1s1: 1000 } });
    const after = applyLivretChanges(before, [
      { kind: 'mark', subject: 'cge', period: 'a1s1', value: null },
      { kind: 'mark', subject: 'cejm', period: 'a2s2', value: 1425 },
      { kind: 'appreciation', subject: 'lve', text: 'Bon travail.' },
      { kind: 'avis', value: 'favorable' },
      { kind: 'pix', value: true },
    ]);
    expect(before.subjects.cge!.marks).toEqual({ a1s1: 1000 });
    expect(after.subjects).toEqual({ cejm: { marks: { a2s2: 1425 }, appreciation: '' }, lve: { marks: {}, appreciation: 'Bon travail.' } });
    expect(after).toMatchObject({ avis: 'favorable', pix: true });
    expect(isLivretEmpty(after)).toBe(false);
    expect(isLivretEmpty(applyLivretChanges(before, [{ kind: 'mark', subject: 'cge', period: 'a1s1', value: null }]))).toBe(true);
  });

  it('reads 12,5 and 12.5 alike, empty as missing, and refuses what is not a mark', () => {
    expect(parseLivretMark('12,5')).toEqual({ ok: true, value: 1250 });
    expect(parseLivretMark(' 12.5 ')).toEqual({ ok: true, value: 1250 });
    expect(parseLivretMark('')).toEqual({ ok: true, value: null });
    expect(parseLivretMark('21')).toMatchObject({ ok: false, error: '« 21 » : note supérieure à 20' });
    expect(parseLivretMark('12,555').ok).toBe(false);
    expect(parseLivretMark('AB').ok).toBe(false);
  });
});

describe('parseLivretAvis: the avis typed in the class grid', () => {
  it('reads the short codes, the numbers in the annexe order and the wording, any case and accents', () => {
    for (const [typed, avis] of [
      ['TF', 'tres_favorable'],
      ['tf', 'tres_favorable'],
      ['1', 'tres_favorable'],
      ['F', 'favorable'],
      ['2', 'favorable'],
      ['D', 'doit_faire_ses_preuves'],
      ['dfsp', 'doit_faire_ses_preuves'],
      ['3', 'doit_faire_ses_preuves'],
      ['Très favorable', 'tres_favorable'],
      ['tres fav', 'tres_favorable'],
      ['Doit faire ses preuves à l’examen', 'doit_faire_ses_preuves'],
      [' Favorable ', 'favorable'],
    ] as const) {
      expect(parseLivretAvis(typed), typed).toEqual({ ok: true, value: avis });
    }
  });

  it('clears with an empty cell or a dash, and refuses anything else with a French message', () => {
    expect(parseLivretAvis('')).toEqual({ ok: true, value: null });
    expect(parseLivretAvis('—')).toEqual({ ok: true, value: null });
    const refused = parseLivretAvis('X');
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error).toBe('« X » : avis inconnu (TF = très favorable, F = favorable, D = doit faire ses preuves, ou 1, 2, 3 ; vide pour aucun avis)');
    expect(parseLivretAvis('4').ok).toBe(false);
  });
});

describe('what a livret holds where a change writes (Ctrl+Z in the class grid)', () => {
  it('is the change that puts it back, and a livret not yet written holds nothing', () => {
    const record = applyLivretChanges(emptyLivret(1, 7), [
      { kind: 'mark', subject: 'cge', period: 'a2s1', value: 1425 },
      { kind: 'appreciation', subject: 'cge', text: 'Sérieux' },
      { kind: 'pix', value: true },
    ]);
    expect(livretChangeUndoing(record, { kind: 'mark', subject: 'cge', period: 'a2s1', value: 800 })).toEqual({
      kind: 'mark',
      subject: 'cge',
      period: 'a2s1',
      value: 1425,
    });
    expect(livretChangeUndoing(record, { kind: 'mark', subject: 'lve', period: 'a2s1', value: 800 })).toMatchObject({ value: null });
    expect(livretChangeUndoing(record, { kind: 'appreciation', subject: 'cge', text: '' })).toMatchObject({ text: 'Sérieux' });
    expect(livretChangeUndoing(null, { kind: 'pix', value: true })).toEqual({ kind: 'pix', value: false });
    expect(livretChangeUndoing(null, { kind: 'avis', value: 'favorable' })).toEqual({ kind: 'avis', value: null });
    expect(livretChangeUndoing(null, { kind: 'observations', text: 'RAS' })).toEqual({ kind: 'observations', text: '' });
    expect(livretHolds(record, { kind: 'pix', value: true })).toBe(true);
    expect(livretHolds(record, { kind: 'appreciation', subject: 'cge', text: 'Sérieux' })).toBe(true);
    expect(livretHolds(record, { kind: 'mark', subject: 'cge', period: 'a2s1', value: 1400 })).toBe(false);
    expect(livretHolds(null, { kind: 'mark', subject: 'cge', period: 'a2s1', value: null })).toBe(true);
  });
});
