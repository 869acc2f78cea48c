/**
 * The incremental path of the workspace's rows (patchViews after a mark edit, buildViews reusing the previous rows)
 * must give exactly the rows and counts of a full rebuild, whatever the edits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ControleMark, Mark } from '../../src/domain/marks.ts';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import {
  controleKey,
  ETABLISSEMENT_TYPE_LABELS,
  STATUT_LABELS,
  type Candidate,
  type Etablissement,
  type EtablissementType,
  type MarkRecord,
  type Statut,
} from '../../src/domain/session.ts';

const STATUTS = Object.keys(STATUT_LABELS) as Statut[];
const TYPES = Object.keys(ETABLISSEMENT_TYPE_LABELS) as EtablissementType[];
import { buildViews, countDecisions, patchViews, type CandidateView } from '../../src/ui/state/candidate-view.ts';

const UNIT_KEYS = [...ccst.units.map((u) => u.code), ...ccst.controle.units.map((u) => controleKey(u.code))];

const anyMark: fc.Arbitrary<Mark> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 80 }).map((q): Mark => ({ kind: 'number', hundredths: q * 25 })) },
  { weight: 1, arbitrary: fc.constantFrom<Mark>({ kind: 'AB' }, { kind: 'ABJ' }, { kind: 'NV' }, { kind: 'DI' }) },
);
const anyControle: fc.Arbitrary<ControleMark> = fc.oneof(
  fc.integer({ min: 0, max: 2000 }).map((hundredths): ControleMark => ({ kind: 'number', hundredths })),
  fc.constant<ControleMark>({ kind: 'AB' }),
);
const markFor = (unit: string): fc.Arbitrary<Mark | ControleMark> => (unit.startsWith('controle_') ? anyControle : anyMark);

interface Edit {
  candidate: number;
  unit: string;
  /** null: the mark is removed. */
  value: Mark | ControleMark | null;
  sousReserve: boolean;
}

const anyEdit = (count: number): fc.Arbitrary<Edit> =>
  fc.constantFrom(...UNIT_KEYS).chain((unit) =>
    fc.record({
      candidate: fc.integer({ min: 0, max: count - 1 }),
      unit: fc.constant(unit),
      value: fc.option(markFor(unit), { nil: null, freq: 5 }),
      sousReserve: fc.boolean(),
    }),
  );

const ETABLISSEMENTS: Etablissement[] = [
  { id: 1, sessionId: 1, name: 'Lycée A', uai: '0310001A', city: 'Toulouse', type: TYPES[0]! },
  { id: 2, sessionId: 1, name: 'Lycée B', uai: '0310002B', city: 'Albi', type: TYPES[TYPES.length - 1]! },
];

function candidate(index: number, numero: string, etablissementId: number | null, statut: Statut): Candidate {
  return {
    id: 100 + index,
    sessionId: 1,
    numero,
    nom: `Nom${index}`,
    prenom: 'Prénom',
    dateNaissance: null,
    etablissementId,
    statut,
    langueVivante: 'Anglais',
    optionalUnits: [],
    formOverrides: {},
  };
}

const anySession = fc.integer({ min: 1, max: 25 }).chain((count) =>
  fc.record({
    numeros: fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: count, maxLength: count }),
    places: fc.array(fc.constantFrom<number | null>(null, 1, 2), { minLength: count, maxLength: count }),
    statuts: fc.array(fc.constantFrom(...STATUTS), { minLength: count, maxLength: count }),
    marks: fc.array(fc.dictionary(fc.constantFrom(...UNIT_KEYS), anyMark, { maxKeys: 12 }), { minLength: count, maxLength: count }),
    edits: fc.array(anyEdit(count), { maxLength: 40 }),
    // An edit given to patchViews in a batch with others (the feed can report several candidates at once).
    batch: fc.integer({ min: 1, max: 4 }),
  }),
);

type MarksMap = Map<number, Record<string, MarkRecord>>;

function record(candidateId: number, unit: string, value: Mark | ControleMark, sousReserve = false): MarkRecord {
  return { sessionId: 1, candidateId, unit, value, sousReserve, benefice: null, updatedAt: '2025-06-01T10:00:00.000Z' };
}

/** What the feed does: a new record map for the candidate, the others untouched. */
function applyEdit(marks: MarksMap, candidates: Candidate[], edit: Edit): number {
  const id = candidates[edit.candidate]!.id!;
  const own = { ...(marks.get(id) ?? {}) };
  if (edit.value === null) delete own[edit.unit];
  else own[edit.unit] = record(id, edit.unit, edit.value, edit.sousReserve);
  if (Object.keys(own).length === 0) marks.delete(id);
  else marks.set(id, own);
  return id;
}

/** Plain data of the rows (the objects themselves may differ). */
const plain = (views: readonly CandidateView[]) => JSON.parse(JSON.stringify(views)) as unknown;

// 100 runs take about a second alone; the explicit budget leaves room for a loaded 2-core machine.
const BUDGET_MS = 30_000;

describe('incremental rows', () => {
  it(
    'patchViews after random mark edits gives the rows and counts of a full rebuild',
    () => {
      fc.assert(
        fc.property(anySession, (session) => {
          const candidates = session.numeros.map((n, i) => candidate(i, String(n), session.places[i]!, session.statuts[i]!));
          const marks: MarksMap = new Map();
          candidates.forEach((c, i) => {
            const own = Object.fromEntries(Object.entries(session.marks[i]!).map(([unit, value]) => [unit, record(c.id!, unit, value)]));
            if (Object.keys(own).length > 0) marks.set(c.id!, own);
          });
          let views = buildViews(candidates, marks, ETABLISSEMENTS, ccst);
          // Counted once: each patch below updates these counts instead of counting every row again.
          countDecisions(views);
          for (let start = 0; start < session.edits.length; start += session.batch) {
            const changed = session.edits.slice(start, start + session.batch).map((edit) => applyEdit(marks, candidates, edit));
            const before = views;
            views = patchViews(views, changed, marks, ccst);
            const full = buildViews(candidates, marks, ETABLISSEMENTS, ccst);
            expect(plain(views)).toEqual(plain(full));
            expect(countDecisions(views)).toEqual(countDecisions(full));
            // Only the edited candidates' rows are new objects: the grid redraws those rows only.
            views.forEach((v, i) => {
              if (!changed.includes(v.id)) expect(v).toBe(before[i]);
            });
          }
        }),
        { numRuns: 100 },
      );
    },
    BUDGET_MS,
  );

  it(
    'buildViews keeping the previous rows gives the rows of a fresh build after a candidate or marks change',
    () => {
      fc.assert(
        fc.property(anySession, fc.integer({ min: 0, max: 24 }), fc.constantFrom(...STATUTS), (session, who, statut) => {
          const candidates = session.numeros.map((n, i) => candidate(i, String(n), session.places[i]!, session.statuts[i]!));
          const marks: MarksMap = new Map();
          candidates.forEach((c, i) => {
            const own = Object.fromEntries(Object.entries(session.marks[i]!).map(([unit, value]) => [unit, record(c.id!, unit, value)]));
            if (Object.keys(own).length > 0) marks.set(c.id!, own);
          });
          const previous = buildViews(candidates, marks, ETABLISSEMENTS, ccst);
          // A candidate record replaced (an edit of the candidate), and some marks changed.
          const index = who % candidates.length;
          const edited = candidates.map((c, i) => (i === index ? { ...c, statut, etablissementId: c.etablissementId === 1 ? 2 : 1 } : c));
          for (const edit of session.edits.slice(0, 5)) applyEdit(marks, edited, edit);
          const kept = buildViews(edited, marks, ETABLISSEMENTS, ccst, previous);
          const fresh = buildViews(edited, marks, ETABLISSEMENTS, ccst);
          expect(plain(kept)).toEqual(plain(fresh));
        }),
        { numRuns: 100 },
      );
    },
    BUDGET_MS,
  );
});
