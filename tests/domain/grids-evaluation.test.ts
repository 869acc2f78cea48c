import { describe, expect, it } from 'vitest';
import {
  emptyEvaluation,
  evaluationGaps,
  evaluationMark,
  gridById,
  gridsFor,
  levelProfile,
  partHundredths,
  summarizeDegrees,
  summarizeLevels,
  validateEvaluation,
  type GridDefinition,
  type GridEvaluation,
  type PartEntry,
  type Rating,
} from '../../src/domain/grids/index.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';

const grid = (id: string): GridDefinition => gridById(id)!;
const e22 = grid('ccst-2024-e22');
const e4ccf = grid('ccst-2024-e4-ccf');
const u62ccf = grid('ccst-2024-u62-ccf');

const entry = (degree: number | null, points: number | null, bonus = false): PartEntry => ({
  degree,
  hundredths: points === null ? null : points * 100,
  bonus,
});

function withParts(g: GridDefinition, parts: Record<string, PartEntry>, extra: Partial<GridEvaluation> = {}): GridEvaluation {
  return { ...emptyEvaluation(g), parts: { ...emptyEvaluation(g).parts, ...parts }, ...extra };
}

function allLevels(g: GridDefinition, rating: Rating): Record<string, Rating> {
  return Object.fromEntries(g.parts.flatMap((p) => p.criteria.map((c) => [c.id, rating])));
}

describe('E22 (annexe 5): A /6 + B /6 + C /8, degree → points, whole points', () => {
  /** Annexe 5, written out independently of the grid data. */
  const TABLE: Record<string, Record<number, number[]>> = {
    A: { 1: [1, 2], 2: [3], 3: [4], 4: [5, 6] },
    B: { 1: [1, 2], 2: [3], 3: [4], 4: [5, 6] },
    C: { 1: [1, 2], 2: [3, 4], 3: [5, 6], 4: [7, 8] },
  };

  it('degree 2 of A gives exactly 3 points', () => {
    expect(validateEvaluation(e22, withParts(e22, { A: entry(2, 3) }))).toEqual([]);
    for (const points of [1, 2, 4, 5, 6]) {
      expect(validateEvaluation(e22, withParts(e22, { A: entry(2, points) }))).toContain(`A : au degré 2, 3 points exactement (et non ${points})`);
    }
    // A degree with a single value needs no points: they follow from it.
    expect(partHundredths(e22, 'A', entry(2, null))).toBe(300);
    expect(partHundredths(e22, 'A', entry(1, null))).toBeNull();
  });

  it('accepts exactly the points of annexe 5 for every column and degree', () => {
    for (const [partId, degrees] of Object.entries(TABLE)) {
      for (const [degree, allowed] of Object.entries(degrees)) {
        for (let points = 0; points <= 9; points += 1) {
          const errors = validateEvaluation(e22, withParts(e22, { [partId]: entry(Number(degree), points) }));
          expect(errors.length === 0, `${partId} degré ${degree}, ${points} pts`).toBe(allowed.includes(points));
        }
      }
    }
    expect(validateEvaluation(e22, withParts(e22, { C: entry(2, 5) }))).toEqual(['C : au degré 2, 3 ou 4 points (et non 5)']);
  });

  it('whole points only, known degrees only, a degree for any points', () => {
    expect(validateEvaluation(e22, withParts(e22, { A: { degree: 1, hundredths: 150, bonus: false } }))).toEqual([
      'A : points entiers seulement, sans décimale',
    ]);
    expect(validateEvaluation(e22, withParts(e22, { B: entry(5, 6) }))).toEqual(['B : degré « 5 » inconnu (1 à 4)']);
    expect(validateEvaluation(e22, withParts(e22, { B: entry(0, 0) }))).toEqual(['B : degré « 0 » inconnu (1 à 4)']);
    expect(validateEvaluation(e22, withParts(e22, { C: entry(null, 7) }))).toEqual(['C : indiquer le degré de réussite (1 à 4) correspondant aux points']);
  });

  it('adds the bonus point within the part maximum', () => {
    expect(partHundredths(e22, 'A', entry(3, 4, true))).toBe(500);
    expect(partHundredths(e22, 'A', entry(4, 6, true))).toBe(600);
    expect(partHundredths(e22, 'C', entry(4, 7, true))).toBe(800);
    expect(partHundredths(e22, 'C', entry(1, 1, true))).toBe(200);
  });

  it('the mark is A + B + C, null until every column is scored', () => {
    const full = withParts(e22, { A: entry(4, 6), B: entry(3, 4), C: entry(4, 8) });
    expect(evaluationMark(e22, full)).toEqual({ kind: 'number', hundredths: 1800 });
    const withBonus = withParts(e22, { A: entry(2, null, true), B: entry(1, 2, true), C: entry(2, 3, true) });
    // (3 + 1) + (2 + 1) + (3 + 1)
    expect(evaluationMark(e22, withBonus)).toEqual({ kind: 'number', hundredths: 1100 });
    expect(evaluationMark(e22, withParts(e22, { A: entry(4, 6), B: entry(3, 4) }))).toBeNull();
    expect(evaluationMark(e22, withParts(e22, { A: entry(4, 6), B: entry(3, 4), C: entry(4, 6) }))).toBeNull();
    expect(evaluationGaps(e22, withParts(e22, { A: entry(4, 6), B: entry(3, 4) }))).toEqual(['C : note à donner']);
  });

  it('refuses a typed total that is not A + B + C', () => {
    const full = withParts(e22, { A: entry(4, 6), B: entry(3, 4), C: entry(4, 8) });
    expect(validateEvaluation(e22, { ...full, markHundredths: 1800 })).toEqual([]);
    expect(validateEvaluation(e22, { ...full, markHundredths: 1700 })).toEqual(['la note de l’épreuve est A + B + C = 18, et non « 1700 »']);
    expect(evaluationMark(e22, { ...full, markHundredths: 1700 })).toEqual({ kind: 'number', hundredths: 1800 });
  });

  it('has no date nor commission on annexe 5, only an appréciation', () => {
    expect(evaluationGaps(e22, withParts(e22, { A: entry(1, 1), B: entry(1, 1), C: entry(1, 1) }))).toEqual([]);
    expect(validateEvaluation(e22, { ...emptyEvaluation(e22), observations: { appreciation: 'Bien.' } })).toEqual([]);
  });
});

describe('E4 CCF (annexe 10): situation 1 /10 + situation 2 /10', () => {
  const s = (hundredths: number | null): PartEntry => ({ degree: null, hundredths, bonus: false });

  it('total = S1 + S2', () => {
    expect(evaluationMark(e4ccf, withParts(e4ccf, { S1: s(750), S2: s(825) }))).toEqual({ kind: 'number', hundredths: 1575 });
    expect(evaluationMark(e4ccf, withParts(e4ccf, { S1: s(1000), S2: s(1000) }))).toEqual({ kind: 'number', hundredths: 2000 });
    expect(evaluationMark(e4ccf, withParts(e4ccf, { S1: s(0), S2: s(0) }))).toEqual({ kind: 'number', hundredths: 0 });
  });

  it('each situation is /10, at most 2 decimals', () => {
    expect(validateEvaluation(e4ccf, withParts(e4ccf, { S1: s(1050) }))).toEqual(['Situation 1 : une note entre 0 et 10 (et non 10,5)']);
    expect(validateEvaluation(e4ccf, withParts(e4ccf, { S2: s(-100) }))).toEqual(['Situation 2 : une note entre 0 et 10 (et non -1)']);
    expect(validateEvaluation(e4ccf, withParts(e4ccf, { S2: s(12.5) }))).toEqual(['Situation 2 : 2 décimales au plus']);
    expect(validateEvaluation(e4ccf, withParts(e4ccf, { S1: { degree: 2, hundredths: 500, bonus: true } }))).toEqual([
      'Situation 1 : ni degré ni bonus dans cette partie',
    ]);
    expect(evaluationMark(e4ccf, withParts(e4ccf, { S1: s(1050), S2: s(500) }))).toBeNull();
  });

  it('is null until both situations are marked, whatever the levels', () => {
    const levels = allLevels(e4ccf, 'TS');
    expect(evaluationMark(e4ccf, withParts(e4ccf, { S1: s(800) }, { levels }))).toBeNull();
    expect(evaluationGaps(e4ccf, withParts(e4ccf, { S1: s(800) }, { levels }))).toEqual([
      'Situation 2 : note à donner',
      'date à indiquer',
      'membres de la commission à indiquer',
    ]);
  });

  it('the situations’ marks are the commission’s, not derived from the levels', () => {
    const levels = allLevels(e4ccf, 'TI');
    expect(evaluationMark(e4ccf, withParts(e4ccf, { S1: s(1000), S2: s(950) }, { levels }))).toEqual({
      kind: 'number',
      hundredths: 1950,
    });
  });
});

describe('commission grids: the mark is the commission’s, never computed from the levels', () => {
  const commissionGrids = gridsFor(btsCcst2024).filter((g) => g.mark.kind === 'commission');

  it('covers E4 ponctuel, E5, U61, U62 and EF3', () => {
    expect(commissionGrids.map((g) => g.id)).toEqual([
      'ccst-2024-e4-ponctuel',
      'ccst-2024-e5',
      'ccst-2024-u61-ccf',
      'ccst-2024-u61-ponctuel',
      'ccst-2024-u62-ccf',
      'ccst-2024-u62-ponctuel',
      'ccst-2024-ef3',
    ]);
  });

  for (const g of commissionGrids) {
    it(`${g.id}: levels alone give no mark; the entered mark is the mark`, () => {
      for (const rating of ['TI', 'I', 'S', 'TS', 'NM'] as const) {
        const levels = allLevels(g, rating);
        expect(evaluationMark(g, { ...emptyEvaluation(g), levels }), rating).toBeNull();
        for (const mark of [0, 450, 1000, 1725, 2000]) {
          const ev = { ...emptyEvaluation(g), levels, markHundredths: mark };
          expect(validateEvaluation(g, ev)).toEqual([]);
          expect(evaluationMark(g, ev)).toEqual({ kind: 'number', hundredths: mark });
        }
      }
    });
  }

  it('checks the entered mark', () => {
    const g = u62ccf;
    expect(validateEvaluation(g, { ...emptyEvaluation(g), markHundredths: 2050 })).toEqual(['note : entre 0 et 20 (et non 20,5)']);
    expect(validateEvaluation(g, { ...emptyEvaluation(g), markHundredths: 1250.5 })).toEqual(['note : 2 décimales au plus']);
    expect(evaluationMark(g, { ...emptyEvaluation(g), markHundredths: 2050 })).toBeNull();
    expect(validateEvaluation(g, { ...emptyEvaluation(g), parts: { S1: { degree: null, hundredths: 500, bonus: false } } })).toEqual([
      'cette grille ne décompose pas la note : partie « S1 » en trop',
    ]);
  });
});

describe('validateEvaluation: levels, fields, commission', () => {
  const g = u62ccf;

  it('accepts a complete evaluation', () => {
    const ev: GridEvaluation = {
      ...emptyEvaluation(g),
      levels: { ...allLevels(g, 'S'), c3: 'NM' },
      markHundredths: 1400,
      observations: { entretien: 'Dossier solide.' },
      date: '2024-05-14',
      members: [
        { name: 'Mme A', quality: 'professeur d’économie et gestion', signed: true },
        { name: 'M. B', quality: 'professeur de STI', signed: true },
      ],
    };
    expect(validateEvaluation(g, ev)).toEqual([]);
    expect(evaluationGaps(g, ev)).toEqual([]);
  });

  it('reports unknown criteria, unknown levels, bad dates, too many members, unknown fields, another grid', () => {
    const ev = {
      ...emptyEvaluation(g),
      gridId: 'ccst-2024-u62-ponctuel',
      levels: { c1: 'TS', c99: 'S', c2: 'B' },
      observations: { conclusion: 'x' },
      date: '2024-02-30',
      members: [
        { name: 'A', quality: '', signed: false },
        { name: ' ', quality: '', signed: false },
        { name: 'C', quality: '', signed: false },
      ],
    } as unknown as GridEvaluation;
    expect(validateEvaluation(g, ev)).toEqual([
      'évaluation faite sur la grille « ccst-2024-u62-ponctuel », et non sur « ccst-2024-u62-ccf »',
      'critère inconnu : « c99 »',
      'critère 2 (La diffusion est adaptée à la cible) : niveau « B » inconnu (TI, I, S, TS ou non mobilisé)',
      'champ d’observation inconnu : « conclusion »',
      'date « 2024-02-30 » invalide (attendu AAAA-MM-JJ)',
      '2 membres de la commission au plus sur cette grille',
      'membre 2 : nom et prénom manquants',
    ]);
  });

  it('lists what is still to fill in', () => {
    expect(evaluationGaps(g, { ...emptyEvaluation(g), levels: { c1: 'TS', c2: 'NM' } })).toEqual([
      '7 critères sans niveau',
      'note de la commission à donner',
      'date à indiquer',
      'membres de la commission à indiquer',
    ]);
    expect(evaluationGaps(grid('ccst-2024-e5'), emptyEvaluation(grid('ccst-2024-e5')))).toEqual([
      '13 critères sans niveau',
      'note de la commission à donner',
      'date à indiquer',
    ]);
  });
});

describe('summarizeLevels / summarizeDegrees (class heat map)', () => {
  it('counts candidates per criterion and level', () => {
    const g = u62ccf;
    const evs: GridEvaluation[] = [
      { ...emptyEvaluation(g), levels: { c1: 'TS', c2: 'S', c3: 'NM' } },
      { ...emptyEvaluation(g), levels: { c1: 'TS', c2: 'TI' } },
      { ...emptyEvaluation(g), levels: { c1: 'I', c2: 'bogus' as Rating } },
      // another grid's evaluation is left out
      { ...emptyEvaluation(grid('ccst-2024-u62-ponctuel')), levels: { c1: 'TI' } },
    ];
    const summary = summarizeLevels(g, evs);
    expect(summary).toHaveLength(9);
    expect(summary[0]).toEqual({
      criterionId: 'c1',
      partId: 'criteres',
      text: 'Une synthèse des informations pertinentes est produite',
      counts: { TI: 0, I: 1, S: 0, TS: 2, NM: 0 },
      unrated: 0,
      total: 3,
    });
    expect(summary[1]?.counts).toEqual({ TI: 1, I: 0, S: 1, TS: 0, NM: 0 });
    expect(summary[1]?.unrated).toBe(1);
    expect(summary[2]?.counts.NM).toBe(1);
    expect(summary[2]?.unrated).toBe(2);
    expect(summary[8]?.unrated).toBe(3);
    expect(summarizeLevels(g, [])[0]?.total).toBe(0);
  });

  it('counts E4 CCF criteria of both situations', () => {
    const summary = summarizeLevels(e4ccf, [{ ...emptyEvaluation(e4ccf), levels: allLevels(e4ccf, 'S') }]);
    expect(summary.map((s) => s.partId)).toEqual(['S1', 'S1', 'S1', 'S1', 'S1', 'S2', 'S2', 'S2', 'S2', 'S2']);
    expect(summary.every((s) => s.counts.S === 1)).toBe(true);
  });

  it('counts E22 degrees per column', () => {
    const evs = [withParts(e22, { A: entry(2, 3), B: entry(4, 6), C: entry(4, 8) }), withParts(e22, { A: entry(2, null), B: entry(1, 1) })];
    expect(summarizeLevels(e22, evs)).toEqual([]);
    expect(summarizeDegrees(e22, evs).map((s) => [s.partId, s.counts, s.unrated])).toEqual([
      ['A', { 1: 0, 2: 2, 3: 0, 4: 0 }, 0],
      ['B', { 1: 1, 2: 0, 3: 0, 4: 1 }, 0],
      ['C', { 1: 0, 2: 0, 3: 0, 4: 1 }, 1],
    ]);
  });

  it('gives one candidate’s profile', () => {
    const g = grid('ccst-2024-ef3');
    const profile = levelProfile(g, { ...emptyEvaluation(g), levels: { c1: 'TS', c2: 'TS', c3: 'S', c9: 'NM' } });
    expect(profile).toEqual({ TI: 0, I: 0, S: 1, TS: 2, NM: 1 });
  });
});
