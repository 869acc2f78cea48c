// Domain tests of R7 (docs/regles.md): stage durations with annexe 25's conversions, the 14–16 weeks and 4 consecutive
// weeks in first year, the annexe 4 checklist per unit, the statuses, and the mark changes they imply.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANNEXE4_WORDING,
  buildNotice,
  CCST_2024_CONFORMITY,
  checkConformityData,
  conformityDataOf,
  emptyChecklist,
  evaluateConformity,
  lateNotices,
  lateNoticeText,
  mergeConformity,
  syncMarks,
  type ConformityData,
  type EvaluationContext,
  type MarkState,
  type UnitChecklist,
} from '../../src/domain/conformity.ts';
import { numberMark } from '../../src/domain/marks.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import {
  contiguous,
  durationDays100,
  formatWeeks,
  parseDuration,
  parseDurationList,
  stageSummary,
  workingDays,
  type StageDuration,
  type StagePeriod,
} from '../../src/domain/stage.ts';

const weeks = (amount: number): StageDuration => ({ amount: Math.round(amount * 100), unit: 'semaines' });

function period(year: 1 | 2, duration: StageDuration, start: string | null = null, end: string | null = null): StagePeriod {
  return { kind: 'stage', organisme: `Entreprise ${year}`, year, start, end, duration };
}

/** A complete, conforme checklist for every unit. */
function allGood(): UnitChecklist {
  return { ...emptyChecklist(), attestations: true, signed: true, stamped: true, fiche: true, dossier: true, depositDate: '2024-04-10' };
}

function data(periods: StagePeriod[], units: Partial<Record<string, Partial<UnitChecklist>>> = {}): ConformityData {
  const base = conformityDataOf(null, CCST_2024_CONFORMITY);
  for (const spec of CCST_2024_CONFORMITY) base.units[spec.code] = { ...allGood(), ...(spec.dossier ? {} : { dossier: null }), ...units[spec.code] };
  return { ...base, periods };
}

const context: EvaluationContext = {
  statut: 'scolaire',
  depositDeadline: '2024-04-12',
  forms: { E4: 'CCF', U61: 'CCF', U62: 'ponctuel' },
  benefices: new Set(),
  specs: CCST_2024_CONFORMITY,
};

const FULL = [period(1, weeks(6)), period(2, weeks(8))];
const statusOf = (d: ConformityData, code: string, ctx = context) => evaluateConformity(d, ctx).units.find((u) => u.code === code)!;

describe('R7 stage durations (annexe 25: 7 h = 1 day, 22 days = 1 month; 5 days = 1 week)', () => {
  it('R7: converts weeks, days, months and hours exactly, in hundredths of a day', () => {
    expect(durationDays100(weeks(14))).toBe(7000);
    expect(durationDays100(weeks(13.5))).toBe(6750);
    expect(durationDays100({ amount: 7000, unit: 'jours' })).toBe(7000);
    // 22 days = 1 month: 3 months = 66 days = 13 weeks and 1 day, short of 14 weeks.
    expect(durationDays100({ amount: 300, unit: 'mois' })).toBe(6600);
    expect(formatWeeks(durationDays100({ amount: 300, unit: 'mois' }))).toBe('13 semaines et 1 jour');
    // 7 h = 1 day: 490 h = 70 days = 14 weeks; a remainder under 7 h is not a day.
    expect(durationDays100({ amount: 49000, unit: 'heures' })).toBe(7000);
    expect(durationDays100({ amount: 48900, unit: 'heures' })).toBe(6900);
    expect(durationDays100({ amount: 700, unit: 'heures' })).toBe(100);
    expect(durationDays100({ amount: 699, unit: 'heures' })).toBe(0);
  });

  it('R7: reads durations as written on the attestation', () => {
    expect(parseDuration('14')).toEqual({ ok: true, value: { amount: 1400, unit: 'semaines' } });
    expect(parseDuration('13,5 semaines')).toEqual({ ok: true, value: { amount: 1350, unit: 'semaines' } });
    expect(parseDuration('70 j')).toEqual({ ok: true, value: { amount: 7000, unit: 'jours' } });
    expect(parseDuration('3,25 mois')).toEqual({ ok: true, value: { amount: 325, unit: 'mois' } });
    expect(parseDuration('490 h')).toEqual({ ok: true, value: { amount: 49000, unit: 'heures' } });
    expect(parseDuration('14 sem.')).toEqual({ ok: true, value: { amount: 1400, unit: 'semaines' } });
    expect(parseDuration('1,234')).toMatchObject({ ok: false, error: expect.stringContaining('2 décimales') });
    expect(parseDuration('14 ans')).toMatchObject({ ok: false, error: expect.stringContaining('unité inconnue') });
    expect(parseDurationList('4 + 10 j')).toEqual({
      ok: true,
      value: [
        { amount: 400, unit: 'semaines' },
        { amount: 1000, unit: 'jours' },
      ],
    });
  });

  it('R7: 13,5 weeks fails, 14 passes, 16 passes, over 16 only warns', () => {
    const at = (total: number) => stageSummary([period(1, weeks(4)), period(2, weeks(total - 4))]);
    expect(at(13.5).durationOk).toBe(false);
    expect(at(13.5).shortfalls[0]).toContain('13 semaines et 2,5 jours');
    expect(at(14).durationOk).toBe(true);
    expect(at(16).durationOk).toBe(true);
    expect(at(16).warnings).toEqual([]);
    const over = at(17);
    expect(over.durationOk).toBe(true);
    expect(over.warnings[0]).toContain('plus que les 16 semaines');
  });

  it('R7: 14 weeks written in months, days or hours is judged on the converted total', () => {
    // 4 weeks in year 1 (20 days) + year 2: 50 more days are needed for 70 days = 14 weeks.
    const total = (d: StageDuration) => stageSummary([period(1, weeks(4)), period(2, d)]).durationOk;
    expect(total({ amount: 228, unit: 'mois' })).toBe(true); // 2,28 × 22 = 50,16 days
    expect(total({ amount: 227, unit: 'mois' })).toBe(false); // 49,94 days
    expect(total({ amount: 5000, unit: 'jours' })).toBe(true);
    expect(total({ amount: 4950, unit: 'jours' })).toBe(false);
    expect(total({ amount: 35000, unit: 'heures' })).toBe(true); // 350 h = 50 days
    expect(total({ amount: 34900, unit: 'heures' })).toBe(false); // 349 h = 49 full days
  });

  it('R7: 4 consecutive weeks in year 1 split across two separate periods fails', () => {
    const split = stageSummary([period(1, weeks(2)), period(1, weeks(2)), period(2, weeks(10))]);
    expect(split.year1Days100).toBe(2000);
    expect(split.longestYear1Days100).toBe(1000);
    expect(split.durationOk).toBe(false);
    expect(split.shortfalls.join()).toContain('4 semaines consécutives');
    // Dated but with a working week between them: still not consecutive.
    const gap = stageSummary([period(1, weeks(2), '2023-05-15', '2023-05-26'), period(1, weeks(2), '2023-06-05', '2023-06-16'), period(2, weeks(10))]);
    expect(gap.durationOk).toBe(false);
  });

  it('R7: two year-1 periods contiguous by their dates (only a weekend between) count as consecutive', () => {
    const chained = stageSummary([period(1, weeks(2), '2023-05-15', '2023-05-26'), period(1, weeks(2), '2023-05-29', '2023-06-09'), period(2, weeks(10))]);
    expect(chained.longestYear1Days100).toBe(2000);
    expect(chained.longestYear1Periods).toEqual([0, 1]);
    expect(chained.durationOk).toBe(true);
    expect(contiguous('2023-05-26', '2023-05-29')).toBe(true); // Friday → Monday
    expect(contiguous('2023-05-25', '2023-05-29')).toBe(false); // a Friday between
    expect(workingDays('2023-05-15', '2023-05-26')).toBe(10);
  });

  it('R7: year 2 stage does not make up for the year-1 consecutive weeks', () => {
    const s = stageSummary([period(1, weeks(3)), period(2, weeks(12))]);
    expect(s.totalDays100).toBe(7500);
    expect(s.durationOk).toBe(false);
  });

  it('R7: warns when an attestation declares more days than its dates hold', () => {
    const s = stageSummary([period(1, weeks(6), '2023-05-15', '2023-05-26'), period(2, weeks(8))]);
    expect(s.warnings.join()).toContain('vérifiez l');
  });

  it('R7: the total is exact whatever the units (property: order and split do not change the sum)', () => {
    const duration = fc.record({
      amount: fc.integer({ min: 1, max: 100_000 }),
      unit: fc.constantFrom('semaines' as const, 'jours' as const, 'mois' as const, 'heures' as const),
    });
    fc.assert(
      fc.property(fc.array(duration, { minLength: 1, maxLength: 8 }), (durations) => {
        const periods = durations.map((d) => period(2, d));
        const total = stageSummary(periods).totalDays100;
        expect(Number.isInteger(total)).toBe(true);
        expect(stageSummary([...periods].reverse()).totalDays100).toBe(total);
        expect(total).toBe(durations.reduce((sum, d) => sum + durationDays100(d), 0));
      }),
    );
  });
});

describe('R7 annexe 4 checklist and statuses', () => {
  it('R7: a complete dossier with 14 weeks (4 consecutive in year 1) is conforme in every unit', () => {
    const evaluation = evaluateConformity(data(FULL), context);
    expect(evaluation.units.map((u) => [u.code, u.status])).toEqual([
      ['E4', 'conforme'],
      ['U61', 'conforme'],
      ['U62', 'conforme'],
    ]);
  });

  it('R7: nothing checked yet is "à contrôler", never non conforme (no NV before a controller looked)', () => {
    const evaluation = evaluateConformity(conformityDataOf(null, CCST_2024_CONFORMITY), context);
    for (const unit of evaluation.units) {
      expect(unit.status).toBe('a_controler');
      expect(unit.failures).toEqual([]);
    }
    expect(evaluation.units[2]!.missing).toEqual([
      'attestation(s) de stage',
      'périodes et durées de stage',
      'signature des attestation(s) de stage',
      'visa (cachet) des attestation(s) de stage',
      'fiche descriptive (annexe 19)',
      'dossier',
      'date de dépôt',
    ]);
  });

  it('R7: a late deposit makes the unit non conforme, "autres" with the dates; on the deadline day it is on time', () => {
    const late = statusOf(data(FULL, { U62: { depositDate: '2024-04-13' } }), 'U62');
    expect(late.status).toBe('non_conforme');
    expect(late.reasons).toEqual([ANNEXE4_WORDING.autres]);
    expect(late.other).toBe('dossier déposé hors délai (le 13/04/2024, date limite le 12/04/2024)');
    expect(late.nvReasons).toEqual(['autres (à préciser) : dossier déposé hors délai (le 13/04/2024, date limite le 12/04/2024)']);
    expect(statusOf(data(FULL, { U62: { depositDate: '2024-04-12' } }), 'U62').status).toBe('conforme');
    // The other units are not concerned by U62's deposit.
    expect(statusOf(data(FULL, { U62: { depositDate: '2024-04-13' } }), 'E4').status).toBe('conforme');
  });

  it('R7: an unsigned attestation, or one without visa, is "non visé(s) ou non signé(s)"', () => {
    const unsigned = statusOf(data(FULL, { E4: { signed: false } }), 'E4');
    expect(unsigned.status).toBe('non_conforme');
    expect(unsigned.reasons).toEqual(['certificat(s) ou attestation(s) non visé(s) ou non signé(s)']);
    expect(unsigned.failures[0]!.detail).toBe('attestation(s) de stage non signé(s)');
    const unstamped = statusOf(data(FULL, { E4: { stamped: false } }), 'E4');
    expect(unstamped.reasons).toEqual([ANNEXE4_WORDING.visa]);
  });

  it('R7: no attestation, or a stage too short, in annexe 4 words, for every unit the stage supports', () => {
    expect(statusOf(data(FULL, { U61: { attestations: false } }), 'U61').reasons).toEqual(["absence d'attestation(s) de stage"]);
    const short = evaluateConformity(data([period(1, weeks(4)), period(2, weeks(9.5))]), context);
    for (const unit of short.units) {
      expect(unit.status).toBe('non_conforme');
      expect(unit.reasons).toEqual(['durée de stage insuffisante']);
    }
  });

  it('R7: the fiche descriptive reason and annexe follow the unit and its form (E4 6/7, U61 14/15, U62 18/19)', () => {
    const missing = evaluateConformity(data(FULL, { E4: { fiche: false }, U61: { fiche: false }, U62: { fiche: false } }), context);
    expect(missing.units.map((u) => u.reasons)).toEqual([
      ['absence de fiche(s) descriptive(s) ou de dossier'],
      ['absence de fiche(s) descriptive(s) de projet'],
      ['absence de fiche(s) descriptive(s) ou de dossier'],
    ]);
    expect(missing.units.map((u) => u.ficheAnnexe)).toEqual([6, 14, 19]);
    const ponctuel = evaluateConformity(data(FULL), { ...context, forms: { E4: 'ponctuel', U61: 'ponctuel', U62: 'CCF' } });
    expect(ponctuel.units.map((u) => u.ficheAnnexe)).toEqual([7, 15, 18]);
  });

  it('R7: U62 without its dossier, or with more than 20 pages (annexes excluded), is non conforme', () => {
    expect(statusOf(data(FULL, { U62: { dossier: false } }), 'U62').reasons).toEqual([ANNEXE4_WORDING.ficheOuDossier]);
    expect(statusOf(data(FULL, { U62: { pages: 20 } }), 'U62').status).toBe('conforme');
    const long = statusOf(data(FULL, { U62: { pages: 21 } }), 'U62');
    expect(long.status).toBe('non_conforme');
    expect(long.other).toBe('dossier de 21 pages hors annexes (20 au plus)');
  });

  it('R7: "autres" with free text; several reasons come in annexe 4 order', () => {
    const unit = statusOf(data([period(1, weeks(3)), period(2, weeks(11))], { E4: { other: 'fiche manuscrite', signed: false, attestations: false } }), 'E4');
    expect(unit.reasons).toEqual([
      "absence d'attestation(s) de stage",
      'durée de stage insuffisante',
      'certificat(s) ou attestation(s) non visé(s) ou non signé(s)',
      'autres (à préciser)',
    ]);
    expect(unit.other).toBe('fiche manuscrite');
  });

  it('R7: professional experience needs certificats de travail, not a stage duration', () => {
    const experience = conformityDataOf(null, CCST_2024_CONFORMITY);
    experience.parcours = 'experience';
    for (const spec of CCST_2024_CONFORMITY) {
      experience.units[spec.code] = { ...allGood(), attestations: null, certificats: true, dossier: spec.dossier ? true : null };
    }
    expect(evaluateConformity(experience, context).units.every((u) => u.status === 'conforme')).toBe(true);
    experience.units.E4 = { ...experience.units.E4!, certificats: false };
    expect(statusOf(experience, 'E4').reasons).toEqual(['absence de certificat(s) de travail']);
    // Default parcours: formation continue justifies experience, a scolaire does stages.
    expect(evaluateConformity(conformityDataOf(null, CCST_2024_CONFORMITY), { ...context, statut: 'formation_continue' }).parcours).toBe('experience');
  });

  it('R7: a doubt gives "sous réserve de vérification"; a failure still wins over it', () => {
    expect(statusOf(data(FULL, { U61: { doubt: true } }), 'U61').status).toBe('sous_reserve');
    expect(statusOf(data(FULL, { U61: { doubt: true, fiche: false } }), 'U61').status).toBe('non_conforme');
  });

  it('R7: a unit kept from an earlier session (bénéfice) is not concerned', () => {
    const unit = statusOf(data(FULL, { U62: { dossier: false } }), 'U62', { ...context, benefices: new Set(['U62']) });
    expect(unit.status).toBe('non_concerne');
  });

  it('R7: refuses structurally wrong data (dates in the wrong order, unknown unit) with a French message', () => {
    const wrong = data([period(1, weeks(4), '2023-06-10', '2023-06-01')]);
    expect(checkConformityData(wrong, CCST_2024_CONFORMITY)).toEqual({ ok: false, error: 'Période 1 : la date de fin précède la date de début.' });
    const unknown = { ...data(FULL), units: { ...data(FULL).units, E1: allGood() } };
    expect(checkConformityData(unknown, CCST_2024_CONFORMITY)).toMatchObject({ ok: false, error: expect.stringContaining('E1') });
  });

  it('R7: an imported year replaces only that year’s stage periods', () => {
    const merged = mergeConformity(data([period(1, weeks(2)), period(2, weeks(8)), period(1, weeks(3))]), {
      stageYears: { 1: [period(1, weeks(6))] },
    });
    expect(merged.periods.map((p) => [p.year, p.duration.amount])).toEqual([
      [1, 600],
      [2, 800],
    ]);
  });
});

describe('R7 marks: NV for a non-conforme unit, exact restore when it is conforme again', () => {
  const twelve: MarkState = { value: numberMark(1200), sousReserve: false, benefice: null };
  const evaluate = (d: ConformityData) => evaluateConformity(d, context);

  it('R7: non conforme sets NV and keeps the replaced mark; conforme again restores exactly that mark', () => {
    const failed = syncMarks(evaluate(data(FULL, { U62: { depositDate: '2024-04-20' } })), { nv: {} }, { U62: twelve });
    expect(failed.changes).toEqual([{ unit: 'U62', before: twelve, after: { value: { kind: 'NV' }, sousReserve: false, benefice: null } }]);
    expect(failed.nv.U62).toEqual({ reasons: [expect.stringContaining('hors délai')], replaced: twelve });

    const nvMark: MarkState = { value: { kind: 'NV' }, sousReserve: false, benefice: null };
    const reverted = syncMarks(evaluate(data(FULL)), { nv: failed.nv, reserve: failed.reserve }, { U62: nvMark });
    expect(reverted.changes).toEqual([{ unit: 'U62', before: nvMark, after: twelve }]);
    expect(reverted.nv).toEqual({});
  });

  it('R7: reverting a unit that had no mark clears the NV (no record left)', () => {
    const failed = syncMarks(evaluate(data(FULL, { E4: { fiche: false } })), { nv: {} }, {});
    expect(failed.nv.E4).toEqual({ reasons: ['absence de fiche(s) descriptive(s) ou de dossier'], replaced: null });
    const reverted = syncMarks(evaluate(data(FULL, { E4: { fiche: null } })), failed, { E4: { value: { kind: 'NV' }, sousReserve: false, benefice: null } });
    expect(reverted.changes).toEqual([{ unit: 'E4', before: { value: { kind: 'NV' }, sousReserve: false, benefice: null }, after: null }]);
  });

  it('R7: a new reason on an already NV unit updates the reasons and keeps the first replaced mark', () => {
    const first = syncMarks(evaluate(data(FULL, { U62: { dossier: false } })), { nv: {} }, { U62: twelve });
    const nvMark: MarkState = { value: { kind: 'NV' }, sousReserve: false, benefice: null };
    const second = syncMarks(evaluate(data(FULL, { U62: { dossier: false, signed: false } })), first, { U62: nvMark });
    expect(second.changes).toEqual([]);
    expect(second.nv.U62!.replaced).toEqual(twelve);
    expect(second.nv.U62!.reasons).toHaveLength(2);
  });

  it('R7: a doubt flags the mark sous réserve; lifting it clears only the flag it set', () => {
    const doubt = syncMarks(evaluate(data(FULL, { U61: { doubt: true } })), { nv: {} }, { U61: twelve });
    expect(doubt.changes).toEqual([{ unit: 'U61', before: twelve, after: { ...twelve, sousReserve: true } }]);
    expect(doubt.reserve).toEqual(['U61']);
    const lifted = syncMarks(evaluate(data(FULL)), doubt, { U61: { ...twelve, sousReserve: true } });
    expect(lifted.changes).toEqual([{ unit: 'U61', before: { ...twelve, sousReserve: true }, after: twelve }]);
    // A flag the jury set itself is left alone.
    const own = syncMarks(evaluate(data(FULL)), { nv: {}, reserve: [] }, { U61: { ...twelve, sousReserve: true } });
    expect(own.changes).toEqual([]);
  });

  it('R7: doubt → non conforme → conforme gives back the mark without the doubt’s flag', () => {
    const doubt = syncMarks(evaluate(data(FULL, { U61: { doubt: true } })), { nv: {} }, { U61: twelve });
    const reserved = { ...twelve, sousReserve: true };
    const failed = syncMarks(evaluate(data(FULL, { U61: { doubt: true, fiche: false } })), doubt, { U61: reserved });
    expect(failed.nv.U61!.replaced).toEqual(twelve);
    expect(failed.reserve).toEqual([]);
    const back = syncMarks(evaluate(data(FULL)), failed, { U61: { value: { kind: 'NV' }, sousReserve: false, benefice: null } });
    expect(back.changes[0]!.after).toEqual(twelve);
  });

  it('R7: property: any sequence of evaluations ending conforme gives the original mark back', () => {
    const unitState = fc.constantFrom<Partial<UnitChecklist>>({}, { fiche: false }, { doubt: true }, { depositDate: '2024-05-01' }, { fiche: null });
    const original = fc.option(
      fc.record({ value: fc.integer({ min: 0, max: 2000 }).map(numberMark), sousReserve: fc.boolean(), benefice: fc.constant(null) }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(original, fc.array(unitState, { maxLength: 6 }), (start, steps) => {
        let marks: Record<string, MarkState | undefined> = { U61: start };
        let previous: { nv: ReturnType<typeof syncMarks>['nv']; reserve: string[] } = { nv: {}, reserve: [] };
        for (const step of [...steps, {}]) {
          const result = syncMarks(evaluate(data(FULL, { U61: step })), previous, marks);
          for (const change of result.changes) marks = { ...marks, [change.unit]: change.after ?? undefined };
          previous = result;
        }
        const blank = (m: MarkState | undefined) => !m || (m.value.kind === 'empty' && !m.sousReserve);
        if (blank(start)) expect(blank(marks.U61)).toBe(true);
        else expect(marks.U61).toEqual(start);
      }),
    );
  });
});

describe('R7 notice (annexe 4) and its timing (TLS §1.2.1: at least a week before the oral)', () => {
  it('R7: the notice lists the non-conforme units with annexe 4 codes, reasons and the "autres" text', () => {
    const evaluation = evaluateConformity(data(FULL, { E4: { fiche: false }, U62: { depositDate: '2024-04-20' } }), context);
    const notice = buildNotice({
      session: { name: 'BTS CCST 2024', academie: 'Toulouse', year: 2024 },
      regulation: btsCcst2024,
      candidate: { numero: '0012', nom: 'Dupont', prenom: 'Léa', dateNaissance: '2004-03-15' },
      etablissement: { name: 'Lycée Myriam', uai: '0311201M' },
      evaluation,
      controllers: ['M. Martin'],
      date: '2024-05-02',
    });
    expect(notice).toEqual({
      session: { name: 'BTS CCST 2024', academie: 'Toulouse', year: 2024, diploma: btsCcst2024.diploma },
      candidate: { numero: '0012', nom: 'Dupont', prenom: 'Léa', dateNaissance: '2004-03-15' },
      etablissement: { name: 'Lycée Myriam', uai: '0311201M' },
      units: [
        { code: 'E4', name: btsCcst2024.units.find((u) => u.code === 'E4')!.name, reasons: ['absence de fiche(s) descriptive(s) ou de dossier'] },
        {
          code: 'E62',
          name: btsCcst2024.units.find((u) => u.code === 'U62')!.name,
          reasons: ['autres (à préciser)'],
          other: 'dossier déposé hors délai (le 20/04/2024, date limite le 12/04/2024)',
        },
      ],
      controllers: ['M. Martin'],
      date: '2024-05-02',
    });
    expect(
      buildNotice({
        session: { name: '', academie: '', year: 2024 },
        regulation: btsCcst2024,
        candidate: { numero: '1', nom: 'A', prenom: '', dateNaissance: null },
        etablissement: null,
        evaluation: evaluateConformity(data(FULL), context),
        controllers: [],
        date: '2024-05-02',
      }),
    ).toBeNull();
  });

  it('R7: warns when the notice would reach the candidate less than 7 days before the oral', () => {
    const orals = { E4: '2024-06-21', U62: '2024-06-10', U61: null };
    // Exactly 7 days before: in time. No oral date: nothing to say.
    expect(lateNotices(['E4', 'U61', 'U62'], orals, '2024-06-03')).toEqual([]);
    expect(lateNotices(['U62'], orals, '2024-06-04')).toEqual([{ unit: 'U62', oralDate: '2024-06-10', daysBefore: 6 }]);
    expect(lateNoticeText({ unit: 'U62', oralDate: '2024-06-10', daysBefore: 6 })).toContain('6 jours avant l');
    expect(lateNoticeText({ unit: 'U62', oralDate: '2024-06-10', daysBefore: -1 })).toContain('déjà passé');
  });
});
