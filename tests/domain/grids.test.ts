/**
 * The grids as data: every French string is found verbatim in its annexe of the national circular,
 * every CCST unit/form pair that the circular grids has its grid, the definitions are consistent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ccst2024Grids, gridById, gridFor, gridsFor, validateGrid, type GridDefinition } from '../../src/domain/grids/index.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import type { UnitForm } from '../../src/domain/session.ts';

// The annexes of the national circular, as extracted from its PDF (tests/fixtures/README.md says where from).
const ANNEXES_FILE = new URL('../fixtures/circulaire-ccst-2024-annexes.txt', import.meta.url);

/** Whitespace runs collapsed; a word cut by a line-end hyphen joined (`TECHNICO-␤COMMERCIALES`). */
function normalize(text: string): string {
  return text
    .replace(/-[ \t]*\r?\n\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function loadSeed(): string {
  return readFileSync(ANNEXES_FILE, 'utf8');
}

const seed = loadSeed();

/** Character offsets of the `Annexe N` heading lines (a line with nothing else). */
function headings(): { n: number; at: number }[] {
  return [...seed.matchAll(/^[ \t]*Annexe (\d+)[ \t]*$/gm)].map((m) => ({ n: Number(m[1]), at: m.index }));
}

function indexAfter(marker: string, from: number): number {
  const at = seed.indexOf(marker, from);
  if (at < 0) throw new Error(`marker not found: ${marker}`);
  return at;
}

/** From an `Annexe N` heading to the next heading of another annexe. */
function annexeByHeading(n: number): string {
  const all = headings();
  const start = all.find((h) => h.n === n);
  if (!start) throw new Error(`no heading for annexe ${n}`);
  const end = all.find((h) => h.at > start.at && h.n !== n);
  return seed.slice(start.at, end?.at ?? seed.length);
}

/**
 * The text of each annexe. Annexes 17, 23 and 24 have no heading in the extraction: 17 is the second
 * E61 page after annexe 16's heading; 23 and 24 are the two pages after the annexe 22 form.
 */
function annexeText(n: number): string {
  const banner = 'BTS CONSEIL ET COMMERCIALISATION DE SOLUTIONS TECHNIQUES';
  switch (n) {
    case 16:
    case 17: {
      const start16 = headings().find((h) => h.n === 16)!.at;
      const start17 = indexAfter(banner, indexAfter(banner, start16) + banner.length);
      const end17 = headings().find((h) => h.n === 18)!.at;
      return n === 16 ? seed.slice(start16, start17) : seed.slice(start17, end17);
    }
    case 23:
    case 24: {
      const grille = indexAfter('Grille évaluation - Session 2024', headings().find((h) => h.n === 22)!.at);
      const start23 = seed.lastIndexOf('BTS Conseil et commercialisation de solutions techniques', grille);
      const start24 = indexAfter('Epreuve facultative Engagement étudiant - OUTIL', grille);
      const end24 = indexAfter('Modèle d’attestation de stage', start24);
      return n === 23 ? seed.slice(start23, start24) : seed.slice(start24, end24);
    }
    default:
      return annexeByHeading(n);
  }
}

/** Every verbatim string of a grid, with the annexe it must come from. */
function verbatimStrings(grid: GridDefinition): { annexe: number; what: string; text: string }[] {
  const out: { annexe: number; what: string; text: string }[] = [];
  const add = (what: string, text: string | null | undefined, annexe = grid.annexe) => {
    if (text !== null && text !== undefined) out.push({ annexe, what, text });
  };
  add('header', grid.header);
  add('title', grid.title);
  add('subtitle', grid.subtitle);
  grid.instructions.forEach((t, i) => add(`instruction ${i + 1}`, t));
  if (grid.scale) {
    add('legend', grid.scale.legend);
    for (const level of grid.scale.levels) add(`level ${level.level}`, level.label);
    const guide = grid.scale.guide;
    if (guide) {
      add('guide title', guide.title, guide.annexe);
      add('guide heading', guide.heading, guide.annexe);
      for (const level of grid.scale.levels) level.guideWords.forEach((w) => add(`level ${level.level} word`, w, guide.annexe));
      guide.rows.forEach((row, i) => {
        for (const [level, text] of Object.entries(row)) add(`guide row ${i + 1} ${level}`, text, guide.annexe);
      });
    }
  }
  for (const part of grid.parts) {
    add(`part ${part.id} title`, part.title);
    add(`part ${part.id} description`, part.description);
    add(`part ${part.id} mark label`, part.markLabel);
    for (const c of part.criteria) {
      add(`criterion ${c.id}`, c.text);
      const descriptorAnnexe = grid.scale?.guide?.annexe ?? grid.annexe;
      for (const [level, text] of Object.entries(c.descriptors ?? {})) add(`criterion ${c.id} ${level}`, text, descriptorAnnexe);
      (c.indicators ?? []).forEach((t) => add(`criterion ${c.id} indicator`, t, descriptorAnnexe));
    }
    if (part.scoring.kind === 'degrees') {
      for (const d of part.scoring.degrees) {
        add(`part ${part.id} degree ${d.degree}`, d.descriptor);
        add(`part ${part.id} degree ${d.degree} points`, d.pointsText);
      }
      add(`part ${part.id} bonus`, part.scoring.bonus?.text);
    }
  }
  add('mark label', grid.mark.label);
  grid.fields.identification.forEach((t) => add('identification', t));
  add('date', grid.fields.date);
  for (const f of grid.fields.observations) {
    f.headings.forEach((h) => add(`observation ${f.id} heading`, h));
    add(`observation ${f.id}`, f.label);
  }
  add('members', grid.fields.members?.label);
  (grid.fields.members?.perMember ?? []).forEach((t) => add('member box', t));
  add('signatures', grid.fields.signatures);
  return out;
}

describe('grid texts match the seed (annexes of the national circular)', () => {
  it('finds the annexe sections', () => {
    for (const n of [5, 10, 11, 12, 13, 16, 17, 20, 21, 23, 24]) expect(annexeText(n).length, `annexe ${n}`).toBeGreaterThan(200);
    expect(normalize(annexeText(17))).toContain('Forme ponctuelle');
    expect(normalize(annexeText(16))).not.toContain('Forme ponctuelle');
    expect(normalize(annexeText(24))).toContain('DEGRÉ DE MAÎTRISE DES COMPÉTENCES');
  });

  for (const grid of ccst2024Grids) {
    it(`${grid.id}: every string is verbatim in annexe ${grid.annexe}`, () => {
      const missing = verbatimStrings(grid)
        .filter(({ annexe, text }) => !normalize(annexeText(annexe)).includes(normalize(text)))
        .map(({ annexe, what, text }) => `annexe ${annexe}, ${what}: ${text}`);
      expect(missing).toEqual([]);
    });
  }

  it('has every criterion of each table, in the order of the annexe', () => {
    for (const grid of ccst2024Grids) {
      const text = normalize(annexeText(grid.annexe));
      let from = 0;
      for (const part of grid.parts) {
        for (const c of part.criteria) {
          const at = text.indexOf(normalize(c.text), from);
          expect(at, `${grid.id} ${c.id}`).toBeGreaterThanOrEqual(0);
          from = at;
        }
      }
    }
  });
});

describe('grid catalogue', () => {
  const expected: Record<string, { annexe: number; criteria: number[] }> = {
    'ccst-2024-e22': { annexe: 5, criteria: [0, 0, 0] },
    'ccst-2024-e4-ccf': { annexe: 10, criteria: [5, 5] },
    'ccst-2024-e4-ponctuel': { annexe: 11, criteria: [10] },
    'ccst-2024-e5': { annexe: 13, criteria: [13] },
    'ccst-2024-u61-ccf': { annexe: 16, criteria: [12] },
    'ccst-2024-u61-ponctuel': { annexe: 17, criteria: [12] },
    'ccst-2024-u62-ccf': { annexe: 20, criteria: [9] },
    'ccst-2024-u62-ponctuel': { annexe: 21, criteria: [9] },
    'ccst-2024-ef3': { annexe: 23, criteria: [9] },
  };

  it('lists the nine grids with their annexe and criteria per part', () => {
    const actual = Object.fromEntries(gridsFor(btsCcst2024).map((g) => [g.id, { annexe: g.annexe, criteria: g.parts.map((p) => p.criteria.length) }]));
    expect(actual).toEqual(expected);
  });

  it('every built-in grid is consistent and belongs to a unit of its regulation', () => {
    for (const grid of gridsFor(btsCcst2024)) {
      expect(validateGrid(grid), grid.id).toEqual([]);
      expect(
        btsCcst2024.units.some((u) => u.code === grid.unitCode),
        grid.id,
      ).toBe(true);
      expect(grid.regulationId).toBe(btsCcst2024.id);
      expect(gridById(grid.id)).toBe(grid);
    }
  });

  it('every CCST unit/form pair has its grid, except the units the circular gives none for', () => {
    const expectedGrid: Record<string, Partial<Record<UnitForm, string>>> = {
      E22: { CCF: 'ccst-2024-e22', ponctuel: 'ccst-2024-e22' },
      E4: { CCF: 'ccst-2024-e4-ccf', ponctuel: 'ccst-2024-e4-ponctuel' },
      E5: { ponctuel: 'ccst-2024-e5' },
      U61: { CCF: 'ccst-2024-u61-ccf', ponctuel: 'ccst-2024-u61-ponctuel' },
      U62: { CCF: 'ccst-2024-u62-ccf', ponctuel: 'ccst-2024-u62-ponctuel' },
      EF3: { CCF: 'ccst-2024-ef3', ponctuel: 'ccst-2024-ef3' },
    };
    const withoutGrid = ['E1', 'E21', 'E3', 'EF1', 'EF2'];
    for (const unit of btsCcst2024.units) {
      const forms: UnitForm[] = unit.mayBeCcf ? ['CCF', 'ponctuel'] : ['ponctuel'];
      for (const form of forms) {
        const grid = gridFor(unit.code, form, btsCcst2024);
        if (withoutGrid.includes(unit.code)) {
          expect(grid, `${unit.code} ${form}`).toBeUndefined();
        } else {
          expect(grid?.id, `${unit.code} ${form}`).toBe(expectedGrid[unit.code]?.[form]);
          expect(grid?.unitCode).toBe(unit.code);
          expect([form, 'both']).toContain(grid?.form);
        }
      }
    }
    expect(Object.keys(expectedGrid).length + withoutGrid.length).toBe(btsCcst2024.units.length);
  });

  it('finds a grid by a unit alias and by regulation id', () => {
    expect(gridFor('E61', 'CCF', btsCcst2024)?.id).toBe('ccst-2024-u61-ccf');
    expect(gridFor('e62', 'ponctuel', btsCcst2024)?.id).toBe('ccst-2024-u62-ponctuel');
    expect(gridFor('U61', 'ponctuel', 'bts-ccst-2024')?.id).toBe('ccst-2024-u61-ponctuel');
    expect(gridsFor('une-autre-session')).toEqual([]);
    expect(gridFor('E4', 'CCF', 'une-autre-session')).toBeUndefined();
  });

  it('sums parts only for E22 (A /6 + B /6 + C /8, whole points) and E4 CCF (S1 /10 + S2 /10)', () => {
    const sums = gridsFor(btsCcst2024).filter((g) => g.mark.kind === 'sum');
    expect(sums.map((g) => g.id)).toEqual(['ccst-2024-e22', 'ccst-2024-e4-ccf']);
    const e22 = gridById('ccst-2024-e22')!;
    expect(e22.parts.map((p) => [p.id, p.max])).toEqual([
      ['A', 6],
      ['B', 6],
      ['C', 8],
    ]);
    expect(e22.mark).toMatchObject({ kind: 'sum', max: 20, wholePoints: true });
    const e4 = gridById('ccst-2024-e4-ccf')!;
    expect(e4.parts.map((p) => [p.id, p.max])).toEqual([
      ['S1', 10],
      ['S2', 10],
    ]);
    for (const grid of gridsFor(btsCcst2024).filter((g) => g.mark.kind === 'commission')) {
      expect(grid.mark.max, grid.id).toBe(20);
    }
  });

  it('E22 encodes annexe 5’s degree → points table and one bonus point per column', () => {
    const e22 = gridById('ccst-2024-e22')!;
    const table = Object.fromEntries(e22.parts.map((p) => [p.id, p.scoring.kind === 'degrees' ? p.scoring.degrees.map((d) => d.points) : null]));
    expect(table).toEqual({
      A: [[1, 2], [3], [4], [5, 6]],
      B: [[1, 2], [3], [4], [5, 6]],
      C: [
        [1, 2],
        [3, 4],
        [5, 6],
        [7, 8],
      ],
    });
    for (const part of e22.parts) {
      expect(part.scoring.kind === 'degrees' && part.scoring.bonus?.points).toBe(1);
    }
  });

  it('E4 grids carry annexe 12’s indications; EF3 carries annexe 24’s descriptors for every criterion', () => {
    for (const id of ['ccst-2024-e4-ccf', 'ccst-2024-e4-ponctuel']) {
      const scale = gridById(id)!.scale!;
      expect(scale.guide?.annexe).toBe(12);
      expect(scale.guide?.rows).toHaveLength(8);
      expect(scale.levels.map((l) => l.guideWords)).toEqual([
        ['Non maitrisé', 'Passif'],
        ['Maitrise partielle', 'Exécute'],
        ['Bonne maitrise', 'Maitrise'],
        ['Excellente maitrise', 'Expert'],
      ]);
    }
    const ef3 = gridById('ccst-2024-ef3')!;
    expect(ef3.scale?.guide?.annexe).toBe(24);
    for (const c of ef3.parts.flatMap((p) => p.criteria)) expect(Object.keys(c.descriptors ?? {}), c.id).toEqual(['TI', 'I', 'S', 'TS']);
  });

  it('the CCF and ponctuel grids of a unit share criteria ids and texts', () => {
    const texts = (id: string) => gridById(id)!.parts.flatMap((p) => p.criteria.map((c) => [c.id, c.text]));
    expect(texts('ccst-2024-e4-ccf')).toEqual(texts('ccst-2024-e4-ponctuel'));
    expect(texts('ccst-2024-u61-ccf')).toEqual(texts('ccst-2024-u61-ponctuel'));
    expect(texts('ccst-2024-u62-ccf')).toEqual(texts('ccst-2024-u62-ponctuel'));
  });
});
