import { describe, expect, it } from 'vitest';
import { averageHundredths } from '../../src/domain/exact.ts';
import { countByDecision, formatPerMille, histogram, juryStatistics, nearThresholds, passRate, unitMeans } from '../../src/domain/jury-stats.ts';
import { computeResult } from '../../src/domain/results.ts';
import { candidate, ccst } from './factories.ts';

const result = (marks: Record<string, string> = {}, controle: Record<string, string> = {}, base = '10') =>
  computeResult(candidate(marks, controle, { base }), ccst);

describe('decisions and pass rate', () => {
  it('counts every decision and gives the pass rate over the candidates with a decision other than INCOMPLET', () => {
    const results = [
      result({}, {}, '12'), // ADMIS
      result({}, {}, '11'), // ADMIS
      result({ E1: '6', E3: '8' }, { E1: '12' }), // CONTROLE → ADMIS after contrôle
      result({}, {}, '9'), // AJOURNE (pro < 10)
      result({ E4: 'AB' }), // ELIMINE
      result({ E5: '' }), // INCOMPLET
    ];
    const stats = juryStatistics(results, ccst);
    expect(stats.total).toBe(6);
    expect(stats.counts).toEqual({ ADMIS: 3, CONTROLE: 0, AJOURNE: 1, ELIMINE: 1, NV: 0, INCOMPLET: 1 });
    expect(stats.firstGroupCounts).toEqual({ ADMIS: 2, CONTROLE: 1, AJOURNE: 1, ELIMINE: 1, NV: 0, INCOMPLET: 1 });
    expect(stats.passRate).toEqual({ admis: 3, over: 5, perMille: 600 });
    expect(formatPerMille(600)).toBe('60,0 %');
  });

  it('truncates the rate and has none without decisions', () => {
    expect(passRate(countByDecision(['ADMIS', 'AJOURNE', 'AJOURNE']))).toEqual({ admis: 1, over: 3, perMille: 333 });
    expect(formatPerMille(333)).toBe('33,3 %');
    expect(passRate(countByDecision(['INCOMPLET']))).toEqual({ admis: 0, over: 0, perMille: null });
  });
});

describe('histogram of the moyennes', () => {
  const avg = (hundredths: number) => ({ points: hundredths * 25, divisor: 25 });

  it('bins by 1 point from 0 to 20, lower bound included, 20 in the last bin', () => {
    const bins = histogram([avg(0), avg(799), avg(800), avg(999), avg(1000), avg(2000)], 100, 20);
    expect(bins).toHaveLength(20);
    expect(bins[0]).toEqual({ from: 0, to: 100, count: 1 });
    expect(bins[7]!.count).toBe(1);
    expect(bins[8]!.count).toBe(1);
    expect(bins[9]!.count).toBe(1);
    expect(bins[10]!.count).toBe(1);
    expect(bins[19]).toEqual({ from: 1900, to: 2000, count: 1 });
  });

  it('bins by half a point, exactly: 9,996 is in [9,5 ; 10[', () => {
    const bins = histogram([{ points: 2_499_000, divisor: 2500 }], 50, 20);
    expect(bins).toHaveLength(40);
    expect(bins.findIndex((b) => b.count === 1)).toBe(19);
  });

  it('R4: a bonus above 20 gets a bin of its own', () => {
    const bins = histogram([avg(2040)], 100, 20);
    expect(bins).toHaveLength(21);
    expect(bins[20]).toEqual({ from: 2000, to: 2100, count: 1 });
  });

  it('juryStatistics bins the first-group moyennes of the candidates that have one', () => {
    const stats = juryStatistics([result({}, {}, '9'), result({ E5: '' }), result({}, {}, '9,5')], ccst, { binWidth: 50 });
    expect(stats.histogram.reduce((n, b) => n + b.count, 0)).toBe(2);
    expect(stats.histogram[18]!.count).toBe(1);
    expect(stats.histogram[19]!.count).toBe(1);
  });
});

describe('mean per unit', () => {
  it('numbers only, ABJ as 0 on a compulsory unit, DI out of the mean, AB / NV / empty left out', () => {
    const results = [
      result({ E1: '12', E4: '15', EF1: '14' }),
      result({ E1: 'ABJ', E4: 'NV', EF1: 'ABJ' }),
      result({ E1: 'DI', E4: '' }),
      result({ E1: '9,99', E4: 'AB' }),
    ];
    const means = unitMeans(results, ccst);
    const e1 = means.find((m) => m.unit.code === 'E1')!;
    expect(e1).toMatchObject({ counted: 3, abj: 1, dispensed: 1, left: 0 });
    expect(e1.mean).toEqual({ points: 2199, divisor: 3 }); // (12 + 0 + 9,99) / 3 = 7,33
    expect(averageHundredths(e1.mean!)).toBe(733);
    const e4 = means.find((m) => m.unit.code === 'E4')!;
    expect(e4).toMatchObject({ counted: 1, abj: 0, dispensed: 0, left: 3, mean: { points: 1500, divisor: 1 } });
    const ef1 = means.find((m) => m.unit.code === 'EF1')!;
    expect(ef1).toMatchObject({ counted: 1, abj: 0, left: 3, mean: { points: 1400, divisor: 1 } });
    expect(means.find((m) => m.unit.code === 'EF2')!.mean).toBeNull();
  });
});

describe('candidates near a threshold', () => {
  const item = (id: number, marks: Record<string, string>, base = '10') => ({ id, result: result(marks, {}, base) });

  it('within the distance below or above 8 or 10, once each, nearest threshold, highest moyenne first', () => {
    const items = [
      item(1, {}, '10'), // 10,00: above 10, gap 0
      item(2, { E1: '9,99' }), // 249,97 / 25 = 9,9988: below 10, 0,01 missing (rounded up)
      item(3, {}, '9,6'), // 9,60: 0,40 below 10
      item(4, {}, '8,3'), // 8,30: 0,30 above 8
      item(5, {}, '9'), // 9,00: 1 from both: not within 0,50
      item(6, {}, '12'),
      item(7, { E5: '' }), // no moyenne
    ];
    const near = nearThresholds(items, ccst, 50);
    expect(near.map((n) => [n.item.id, n.threshold, n.side, n.gap])).toEqual([
      [1, 1000, 'above', 0],
      [2, 1000, 'below', 1],
      [3, 1000, 'below', 40],
      [4, 800, 'above', 30],
    ]);
  });

  it('takes the nearest threshold, the higher one on a tie', () => {
    const near = nearThresholds([item(1, {}, '9'), item(2, {}, '8,9')], ccst, 200);
    expect(near.map((n) => [n.item.id, n.threshold, n.side, n.gap])).toEqual([
      [1, 1000, 'below', 100],
      [2, 800, 'above', 90],
    ]);
  });

  it('is exact at the boundary of the distance', () => {
    // 9,50 is exactly 0,50 below 10; 9,49996 is not
    expect(nearThresholds([item(1, {}, '9,5')], ccst, 50)).toHaveLength(1);
    const justOut = { id: 2, result: { firstGroup: { points: 949 * 2500 + 2490, divisor: 2500 } } };
    expect(nearThresholds([justOut], ccst, 50)).toHaveLength(0);
  });
});
