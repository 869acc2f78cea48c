/**
 * Stage periods and their durations (docs/regles.md R7; national circular 2024 "Stages" and annexe 25).
 *
 * - The stage lasts 14 to 16 weeks over the two years, with at least 4 consecutive weeks in first year.
 * - Annexe 25 (attestation de stage): "chaque période au moins égale à 7 heures de présence consécutives ou
 *   non est considérée comme équivalente à un jour de stage et chaque période au moins égale à 22 jours de
 *   présence consécutifs ou non est considérée comme équivalente à un mois."
 *
 * Conventions decided here (docs/conformite.md):
 * - 1 week = 5 days (a working week of 5 × 7 h = 35 h); 1 month = 22 days; 1 day = 7 h.
 * - A duration written in hours counts its full 7-hour days only (annexe 25 says "au moins égale à 7 heures"):
 *   the remainder under 7 h is not a day. The rounding is per attestation.
 * - Everything is kept in integer hundredths of a day: no float ever decides a threshold.
 * - Consecutive weeks in year 1: one period whose duration is at least 4 weeks, or several year-1 periods that
 *   follow each other by their dates (no working day, Monday to Friday, between the end of one and the start of
 *   the next) and together reach 4 weeks. Two periods that only add up to 4 weeks without being contiguous by
 *   their dates do not count. A period without dates stands alone.
 *
 * Pure: no DOM, no database.
 */
import { formatHundredthsShort } from './exact.ts';
import type { Parsed } from './marks.ts';

export type DurationUnit = 'semaines' | 'jours' | 'mois' | 'heures';

export const DURATION_UNITS: readonly DurationUnit[] = ['semaines', 'jours', 'mois', 'heures'];

/** A duration as written on the attestation: an amount in hundredths (`1350` = 13,5) and its unit. */
export interface StageDuration {
  amount: number;
  unit: DurationUnit;
}

/** An attestation de stage (`stage`) or a certificat de travail (`travail`). */
export type PeriodKind = 'stage' | 'travail';

export interface StagePeriod {
  kind: PeriodKind;
  /** Organisme d'accueil (stage) or employeur (travail). */
  organisme: string;
  /** Year of the training the stage belongs to; null for a certificat de travail. */
  year: 1 | 2 | null;
  /** ISO dates `AAAA-MM-JJ` as on the attestation, or null when not given. */
  start: string | null;
  end: string | null;
  duration: StageDuration;
}

export const HOURS_PER_DAY = 7;
export const DAYS_PER_MONTH = 22;
export const DAYS_PER_WEEK = 5;

/** The stage rule of CCST 2024, in weeks. */
export interface StageRule {
  minWeeks: number;
  maxWeeks: number;
  consecutiveYear1Weeks: number;
}

export const CCST_STAGE_RULE: StageRule = { minWeeks: 14, maxWeeks: 16, consecutiveYear1Weeks: 4 };

/** Hundredths of a day in one week. */
export const WEEK = DAYS_PER_WEEK * 100;

/** The duration in hundredths of a day (exact integer). */
export function durationDays100(duration: StageDuration): number {
  const { amount } = duration;
  switch (duration.unit) {
    case 'semaines':
      return amount * DAYS_PER_WEEK;
    case 'jours':
      return amount;
    case 'mois':
      return amount * DAYS_PER_MONTH;
    case 'heures':
      // amount is in hundredths of an hour: full days of 7 h only.
      return Math.floor(amount / (HOURS_PER_DAY * 100)) * 100;
  }
}

const UNIT_WORDS: Readonly<Record<string, DurationUnit>> = {
  s: 'semaines',
  sem: 'semaines',
  sems: 'semaines',
  semaine: 'semaines',
  semaines: 'semaines',
  j: 'jours',
  jr: 'jours',
  jrs: 'jours',
  jour: 'jours',
  jours: 'jours',
  m: 'mois',
  mois: 'mois',
  h: 'heures',
  heure: 'heures',
  heures: 'heures',
};

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

/** `14`, `13,5 semaines`, `70 j`, `3 mois`, `490 h`: a number (2 decimals at most) and a unit (weeks by default). */
export function parseDuration(text: string): Parsed<StageDuration> {
  const trimmed = text.trim().replace(/\u00a0|\u202f/g, ' ');
  const match = /^(\d+)(?:[.,](\d{1,2}))?\s*([\p{L}.]*)$/u.exec(trimmed);
  if (!match) {
    if (/^\d+[.,]\d{3,}/.test(trimmed)) return fail(`« ${trimmed} » : 2 décimales au plus`);
    return fail(`« ${trimmed} » n'est pas une durée (par exemple 14 semaines, 70 jours, 3 mois ou 490 h)`);
  }
  const word = (match[3] ?? '').toLowerCase().replace(/\.$/, '');
  const unit = word === '' ? 'semaines' : UNIT_WORDS[word];
  if (!unit) return fail(`« ${match[3]} » : unité inconnue (semaines, jours, mois ou heures)`);
  if ((match[1] ?? '').length > 5) return fail(`« ${trimmed} » : durée trop grande`);
  const amount = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return { ok: true, value: { amount, unit } };
}

/** `4+2`, `4 sem + 10 j`: several durations, each one a period of its own. */
export function parseDurationList(text: string): Parsed<StageDuration[]> {
  const parts = text.split('+').map((p) => p.trim());
  if (parts.some((p) => p === '')) return fail(`« ${text.trim()} » : durées attendues séparées par +, par exemple 4+2`);
  const durations: StageDuration[] = [];
  for (const part of parts) {
    const parsed = parseDuration(part);
    if (!parsed.ok) return parsed;
    durations.push(parsed.value);
  }
  return { ok: true, value: durations };
}

const UNIT_SHORT: Readonly<Record<DurationUnit, string>> = { semaines: 'sem', jours: 'j', mois: 'mois', heures: 'h' };

/** `13,5 sem`, `70 j`: what the duration input shows. */
export function formatDurationShort(duration: StageDuration): string {
  return `${formatHundredthsShort(duration.amount)} ${UNIT_SHORT[duration.unit]}`;
}

/** Hundredths of a day as weeks and days, exactly: `13 semaines et 2,5 jours`, `14 semaines`, `3 jours`. */
export function formatWeeks(days100: number): string {
  const weeks = Math.floor(days100 / WEEK);
  const days = days100 - weeks * WEEK;
  const weekText = weeks === 0 ? '' : `${weeks} semaine${weeks > 1 ? 's' : ''}`;
  const dayText = days === 0 ? '' : `${formatHundredthsShort(days)} jour${days > 100 ? 's' : ''}`;
  if (weekText && dayText) return `${weekText} et ${dayText}`;
  return weekText || dayText || '0 semaine';
}

// --- dates ---------------------------------------------------------------------------------------

/** Days since 1970-01-01 of an ISO date (UTC, so no time zone or daylight saving can shift it). */
export function dayNumber(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
const weekday = (day: number) => (((day + 4) % 7) + 7) % 7;
const isWorkingDay = (day: number) => weekday(day) !== 0 && weekday(day) !== 6;

/** Working days (Monday to Friday) from `start` to `end`, both included; public holidays are not known. */
export function workingDays(start: string, end: string): number {
  let count = 0;
  for (let day = dayNumber(start); day <= dayNumber(end); day++) if (isWorkingDay(day)) count++;
  return count;
}

/** True when no working day lies strictly between the end of one period and the start of the next. */
export function contiguous(previousEnd: string, nextStart: string): boolean {
  for (let day = dayNumber(previousEnd) + 1; day < dayNumber(nextStart); day++) if (isWorkingDay(day)) return false;
  return true;
}

// --- summary -------------------------------------------------------------------------------------

export interface StageSummary {
  /** Stage periods entered (attestations). */
  stagePeriods: number;
  /** Certificats de travail entered. */
  workPeriods: number;
  /** Totals in hundredths of a day. */
  totalDays100: number;
  year1Days100: number;
  year2Days100: number;
  workDays100: number;
  /** Longest run of consecutive stage in year 1 (one period, or periods contiguous by their dates). */
  longestYear1Days100: number;
  /** The periods of that run (indexes in the list given). */
  longestYear1Periods: number[];
  /** True when total ≥ min and the year-1 run ≥ the required consecutive weeks. */
  durationOk: boolean;
  /** Why the duration fails (empty when it does not). */
  shortfalls: string[];
  /** What deserves a look but does not fail (over 16 weeks, a period spread over a long time…). */
  warnings: string[];
}

/** Structural problems of one period (dates in the wrong order…), in French; empty when none. */
export function periodProblems(period: StagePeriod): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(period.duration.amount) || period.duration.amount <= 0) problems.push('la durée doit être positive');
  if ((period.start === null) !== (period.end === null)) problems.push('indiquez les deux dates, ou aucune');
  if (period.start !== null && period.end !== null && period.end < period.start) problems.push('la date de fin précède la date de début');
  if (period.kind === 'stage' && period.year !== 1 && period.year !== 2) problems.push("l'année du stage doit être 1 ou 2");
  return problems;
}

/**
 * Totals and the checks of the stage rule. `shortfalls` names what makes the duration insufficient:
 * total under the minimum, or no run of consecutive weeks in year 1.
 */
export function stageSummary(periods: readonly StagePeriod[], rule: StageRule = CCST_STAGE_RULE): StageSummary {
  const days = periods.map((p) => durationDays100(p.duration));
  let totalDays100 = 0;
  let year1Days100 = 0;
  let year2Days100 = 0;
  let workDays100 = 0;
  let stagePeriods = 0;
  let workPeriods = 0;
  const warnings: string[] = [];
  periods.forEach((p, i) => {
    const d = days[i]!;
    if (p.kind === 'travail') {
      workDays100 += d;
      workPeriods++;
      return;
    }
    stagePeriods++;
    totalDays100 += d;
    if (p.year === 1) year1Days100 += d;
    else year2Days100 += d;
    if (p.start !== null && p.end !== null && p.end >= p.start) {
      const span = workingDays(p.start, p.end) * 100;
      if (d > span) {
        warnings.push(`${label(p, i)} : ${formatWeeks(d)} déclarées pour ${formatWeeks(span)} ouvrées entre les dates : vérifiez l'attestation`);
      } else if (p.year === 1 && d >= rule.consecutiveYear1Weeks * WEEK && span > d + WEEK) {
        warnings.push(`${label(p, i)} : ${formatWeeks(d)} réparties sur ${formatWeeks(span)} ouvrées : vérifiez que 4 semaines sont consécutives`);
      }
    }
  });

  const dated = periods
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.kind === 'stage' && p.start !== null && p.end !== null && p.end >= p.start)
    .sort((a, b) => a.p.start!.localeCompare(b.p.start!) || a.i - b.i);
  for (let k = 1; k < dated.length; k++) {
    const [a, b] = [dated[k - 1]!, dated[k]!];
    if (b.p.start! <= a.p.end!) warnings.push(`${label(a.p, a.i)} et ${label(b.p, b.i)} se chevauchent : une même journée ne compte qu'une fois`);
  }

  const { longest, members } = longestYear1Run(periods, days);
  const shortfalls: string[] = [];
  if (stagePeriods > 0) {
    if (totalDays100 < rule.minWeeks * WEEK) {
      shortfalls.push(`${formatWeeks(totalDays100)} de stage sur les deux années, ${rule.minWeeks} semaines au moins sont requises`);
    }
    if (longest < rule.consecutiveYear1Weeks * WEEK) {
      shortfalls.push(
        longest === 0
          ? `aucun stage en 1re année : ${rule.consecutiveYear1Weeks} semaines consécutives au moins sont requises`
          : `en 1re année, la plus longue période consécutive fait ${formatWeeks(longest)}, ${rule.consecutiveYear1Weeks} semaines consécutives au moins sont requises`,
      );
    }
    if (totalDays100 > rule.maxWeeks * WEEK) {
      warnings.unshift(`${formatWeeks(totalDays100)} de stage : plus que les ${rule.maxWeeks} semaines prévues`);
    }
  }
  return {
    stagePeriods,
    workPeriods,
    totalDays100,
    year1Days100,
    year2Days100,
    workDays100,
    longestYear1Days100: longest,
    longestYear1Periods: members,
    durationOk: stagePeriods > 0 && shortfalls.length === 0,
    shortfalls,
    warnings,
  };
}

function label(period: StagePeriod, index: number): string {
  return `Période ${index + 1}${period.organisme ? ` (${period.organisme})` : ''}`;
}

/** The longest run of year-1 stage: single periods, or chains of periods contiguous by their dates. */
function longestYear1Run(periods: readonly StagePeriod[], days: readonly number[]): { longest: number; members: number[] } {
  let best = { longest: 0, members: [] as number[] };
  const consider = (total: number, members: number[]) => {
    if (total > best.longest) best = { longest: total, members };
  };
  const dated: number[] = [];
  periods.forEach((p, i) => {
    if (p.kind !== 'stage' || p.year !== 1) return;
    if (p.start !== null && p.end !== null && p.end >= p.start) dated.push(i);
    else consider(days[i]!, [i]);
  });
  dated.sort((a, b) => periods[a]!.start!.localeCompare(periods[b]!.start!) || a - b);
  let run: number[] = [];
  let total = 0;
  let end = '';
  for (const i of dated) {
    const p = periods[i]!;
    if (run.length > 0 && (p.start! <= end || contiguous(end, p.start!))) {
      run.push(i);
      total += days[i]!;
      if (p.end! > end) end = p.end!;
    } else {
      run = [i];
      total = days[i]!;
      end = p.end!;
    }
    consider(total, [...run]);
  }
  return best;
}
