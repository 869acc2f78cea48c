import { numberAsNameMessage } from '../../src/domain/text.ts';
import { numeroWithoutZeros } from '../../src/domain/numero.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ControleMark, Mark } from '../../src/domain/marks.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import {
  controleKey,
  ETABLISSEMENT_TYPE_LABELS,
  STATUT_LABELS,
  type Candidate,
  type Etablissement,
  type EtablissementType,
  type MarkRecord,
  type Statut,
  type UnitForm,
} from '../../src/domain/session.ts';
import { normalizeHeader } from '../../src/io/headers.ts';
import type { SessionSnapshot } from '../../src/io/import/types.ts';
import { writeSessionCsv, writeUnitSheetCsv } from '../../src/io/session-csv.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { applyPlan, contentOf, emptySnapshot, exampleSnapshot, planText, SESSION_ID, smallSnapshot } from './import-helpers.ts';

const regulation = btsCcst2024;

describe('writeSessionCsv', () => {
  it('writes one row per candidate by numero, headed by the field keys, French-Excel style', () => {
    const snapshot = smallSnapshot();
    const text = writeSessionCsv({
      ...snapshot,
      candidates: [
        {
          ...snapshot.candidates[1]!,
          numero: '10',
          nom: '=Martin; "le grand"',
          optionalUnits: ['EF1', 'EF3'],
          formOverrides: { U61: 'ponctuel', E4: 'ponctuel' },
        },
        { ...snapshot.candidates[0]!, numero: '9' },
      ],
    });
    const lines = text.split('\r\n');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(
      '\uFEFFnumero;nom;prenom;date_naissance;statut;langue_vivante;facultatives;formes;etablissement_uai;etablissement_nom;etablissement_ville;etablissement_type;' +
        'E1;E21;E22;E3;E4;E5;U61;U62;EF1;EF2;EF3;controle_E1;controle_E2;controle_E3;sous_reserve;benefices',
    );
    expect(lines[1]).toBe('9;Dupont;Léa;05/03/2004;scolaire;Anglais;;;0310044E;LPO Déodat;Toulouse;public;12;;;12,5;;;14;;;;;;;;U61;E3=2023');
    expect(lines[2]).toBe(`10;"'=Martin; ""le grand""";Noé;;apprenti;Anglais;EF1, EF3;E4=ponctuel, U61=ponctuel;;;;;AB;;;;;;;;;;;;;;;`);
    expect(lines[3]).toBe('');
  });
});

describe('writeUnitSheetCsv', () => {
  it('numero, nom, prenom and the unit, blank where not entered, in the given order', () => {
    const snapshot = smallSnapshot();
    expect(writeUnitSheetCsv(snapshot, 'U61')).toBe('\uFEFFnumero;nom;prenom;U61\r\n0012;Dupont;Léa;14\r\n0013;Martin;Noé;\r\n');
    expect(writeUnitSheetCsv(snapshot, 'E1', [2, 99, 2])).toBe('\uFEFFnumero;nom;prenom;E1\r\n0013;Martin;Noé;AB\r\n');
    expect(() => writeUnitSheetCsv(snapshot, 'E9')).toThrow();
  });

  it('reads back: a filled-in sheet updates that unit only', () => {
    const snapshot = smallSnapshot();
    const filled = writeUnitSheetCsv(snapshot, 'controle_E1').replace('Noé;\r\n', 'Noé;13,5\r\n');
    const plan = planText(filled, snapshot);
    expect(plan.counts).toEqual({ new: 0, updated: 1, unchanged: 1, error: 0 });
    expect(plan.markWrites).toEqual([
      {
        line: 3,
        candidate: { id: 2 },
        unit: 'controle_E1',
        before: null,
        after: { value: { kind: 'number', hundredths: 1350 }, sousReserve: false, benefice: null },
      },
    ]);
  });
});

describe('round trip: export then import', () => {
  it('the example session imported into an empty session gives the same session', () => {
    const example = exampleSnapshot(buildExampleSession(regulation));
    const plan = planText(writeSessionCsv(example), emptySnapshot(regulation, example.year));
    expect(plan.rows.flatMap((r) => r.errors)).toEqual([]);
    expect(plan.counts.new).toBe(example.candidates.length);
    expect(plan.newEtablissements).toHaveLength(example.etablissements.length);
    expect(contentOf(applyPlan(emptySnapshot(regulation, example.year), plan))).toEqual(contentOf(example));
  });

  it('the example session imported into itself is unchanged', () => {
    const example = exampleSnapshot(buildExampleSession(regulation));
    const plan = planText(writeSessionCsv(example), example, 'clear');
    expect(plan.counts).toEqual({ new: 0, updated: 0, unchanged: example.candidates.length, error: 0 });
  });

  it('property: import(export(session)) = session, and re-importing into the same session changes nothing', () => {
    fc.assert(
      fc.property(sessionArbitrary(), (data) => {
        const snapshot: SessionSnapshot = { regulation, year: 2024, ...data };
        const text = writeSessionCsv(snapshot);
        const plan = planText(text, emptySnapshot(regulation, snapshot.year));
        expect(plan.rows.flatMap((r) => r.errors)).toEqual([]);
        expect(contentOf(applyPlan(emptySnapshot(regulation, snapshot.year), plan))).toEqual(contentOf(snapshot));
        for (const policy of ['keep', 'clear'] as const) {
          const again = planText(text, snapshot, policy);
          expect(again.rows.map((r) => r.status)).toEqual(snapshot.candidates.map(() => 'unchanged'));
          expect(again.markWrites.length + again.candidateUpdates.length + again.newCandidates.length).toBe(0);
        }
      }),
      { numRuns: 60 },
    );
  });
});

// Text with what breaks naive CSV: separators, quotes, line breaks, formula starts, accents.
const PIECES = ['a', 'Zoé', 'ß', 'Ÿ', 'œ', ' ', ';', ',', '"', '\n', '\r\n', '=', '+', '-', '@', "'", '\t', '1', 'É', 'ñ'];
const text = (minLength: number, pieces: readonly string[] = PIECES) =>
  fc.array(fc.constantFrom(...pieces), { minLength, maxLength: 8 }).map((chosen) => chosen.join('').trim());
// Names are one line (domain/text.ts refuses line breaks and tabs in them); the other texts keep them.
const ONE_LINE = PIECES.filter((p) => !/[\r\n\t]/.test(p));
// Nor a number (domain/text.ts: « 1- » in Nom is a number in the wrong column, refused as new input).
const notNumber = (t: string) => numberAsNameMessage(t, '') === null;
const name = text(1, ONE_LINE).filter((t) => normalizeHeader(t) !== '' && notNumber(t));

const uai = fc
  .tuple(fc.constantFrom('', 'E'), fc.integer({ min: 0, max: 9_999_999 }), fc.constantFrom(...'ABCDEFGHJKLMNPRSTUVWXYZ'))
  .map(([prefix, digits, letter]) => `${prefix}${String(digits).padStart(7, '0')}${letter}`);

const etablissementArbitrary = fc.record({
  uai: fc.option(uai, { nil: '' }),
  name,
  city: text(0),
  type: fc.constantFrom(...(Object.keys(ETABLISSEMENT_TYPE_LABELS) as EtablissementType[])),
});

const isoDate = fc
  .tuple(fc.integer({ min: 1950, max: 2010 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const optionalCodes = regulation.units.filter((u) => u.domain === 'optional').map((u) => u.code);

const formOverrides = fc
  .array(fc.tuple(fc.constantFrom(...regulation.units), fc.constantFrom<UnitForm>('CCF', 'ponctuel')), { maxLength: 3 })
  .map((pairs) => Object.fromEntries(pairs.filter(([u, form]) => form === 'ponctuel' || u.mayBeCcf).map(([u, form]) => [u.code, form])));

const candidateArbitrary = fc.record({
  nom: name,
  prenom: text(0, ONE_LINE).filter(notNumber),
  dateNaissance: fc.option(isoDate, { nil: null }),
  statut: fc.constantFrom(...(Object.keys(STATUT_LABELS) as Statut[])),
  langueVivante: text(0),
  optionalUnits: fc.subarray(optionalCodes),
  formOverrides,
  etablissement: fc.nat(),
  hasEtablissement: fc.boolean(),
});

type Content = { value: Mark | ControleMark; sousReserve: boolean; benefice: { year: number } | null };

/** A valid record content for a unit key, or null (no record). */
function contentArbitrary(key: string): fc.Arbitrary<Content | null> {
  const unit = regulation.units.find((u) => u.code === key);
  const number = fc.integer({ min: 0, max: 2000 }).map((hundredths): Mark => ({ kind: 'number', hundredths }));
  const specials: Mark[] = unit
    ? [{ kind: 'AB' }, { kind: 'ABJ' }, ...(unit.nvAllowed ? [{ kind: 'NV' } as Mark] : []), ...(unit.dispensable ? [{ kind: 'DI' } as Mark] : [])]
    : [{ kind: 'AB' }];
  const value = fc.oneof(number, fc.constantFrom<Mark>({ kind: 'empty' }, ...specials));
  return fc
    .record({ value, sousReserve: fc.boolean(), beneficeYear: fc.option(fc.integer({ min: 2019, max: 2023 }), { nil: null }) })
    .map(({ value, sousReserve, beneficeYear }) => {
      const keepable = unit !== undefined && value.kind === 'number' && value.hundredths >= 1000;
      const benefice = keepable && beneficeYear !== null ? { year: beneficeYear } : null;
      return value.kind === 'empty' && !sousReserve && benefice === null ? null : { value, sousReserve, benefice };
    });
}

const unitKeys = [...regulation.units.map((u) => u.code), ...regulation.controle.units.map((u) => controleKey(u.code))];
const marksArbitrary = fc.tuple(...unitKeys.map((key) => fc.option(contentArbitrary(key), { nil: null, freq: 2 })));

/** A session's content (regulation and year are added by the property, to keep counterexamples short). */
function sessionArbitrary(): fc.Arbitrary<Omit<SessionSnapshot, 'regulation' | 'year'>> {
  const etablissements = fc
    .uniqueArray(etablissementArbitrary, {
      maxLength: 4,
      selector: (e) => normalizeHeader(e.name),
    })
    .map((list) => {
      const seen = new Set<string>();
      return list.filter((e) => !e.uai || (!seen.has(e.uai) && seen.add(e.uai)));
    });
  // A number holds a digit (« Total » is a spreadsheet's total line, refused by the import), and two numbers of one
  // file differ otherwise than by leading zeros (`012` and `12` are the same candidate given twice).
  const numero = fc.stringMatching(/^[0-9A-Za-z]{1,8}$/).filter((n) => /\d/.test(n));
  const candidates = fc.uniqueArray(fc.tuple(numero, candidateArbitrary, marksArbitrary), {
    maxLength: 8,
    selector: ([n]) => numeroWithoutZeros(n) ?? n,
  });
  return fc.tuple(etablissements, candidates).map(([etabs, rows]) => {
    const withIds: Etablissement[] = etabs.map((e, i) => ({ ...e, id: i + 10, sessionId: SESSION_ID }));
    const candidateList: Candidate[] = [];
    const marks: MarkRecord[] = [];
    rows.forEach(([numero, { etablissement, hasEtablissement, ...c }, contents], i) => {
      const id = i + 100;
      const etab = hasEtablissement && withIds.length > 0 ? withIds[etablissement % withIds.length]! : null;
      candidateList.push({ ...c, numero, id, sessionId: SESSION_ID, etablissementId: etab?.id ?? null });
      contents.forEach((content, k) => {
        const unit = unitKeys[k]!;
        // Issue 16: a mark on an optional unit only for a candidate registered for it.
        const unregistered = optionalCodes.includes(unit) && !c.optionalUnits.includes(unit) && content?.value.kind !== 'empty';
        if (content && !unregistered) marks.push({ ...content, unit, candidateId: id, sessionId: SESSION_ID, updatedAt: '2024-01-01T00:00:00.000Z' });
      });
    });
    return { etablissements: withIds, candidates: candidateList, marks };
  });
}
