/**
 * A filled-in grid (one candidate, one unit) and the pure functions over it.
 *
 * The unit's mark is the commission's (R2b, docs/regles.md « Documents du jury »): it is never computed from the
 * TI / I / S / TS levels. Only where the annexe sums parts is the mark a sum:
 * - E22 (annexe 5): A (/6) + B (/6) + C (/8), each part the whole points allowed for the chosen degree
 *   of success, plus its bonus point, within the part's maximum;
 * - E4 CCF (annexe 10): situation 1 (/10) + situation 2 (/10), each the commission's mark.
 *
 * Errors are French strings; no function here throws, whatever the evaluation holds (it may come from
 * a file or a database written by an older version).
 */
import { isIsoDate } from '../dates.ts';
import { formatHundredthsShort } from '../exact.ts';
import { numberMark, type Mark } from '../marks.ts';
import { DEGREES, LEVELS, NON_MOBILISE, RATINGS, type Criterion, type Degree, type GridDefinition, type GridPart, type Level, type Rating } from './types.ts';

/** A numeric Mark: what a grid yields (never a special code: AB, NV… are entered in the marks table). */
export type NumberMark = Extract<Mark, { kind: 'number' }>;

/** What is entered for one part of a grid that sums parts (E22: A, B, C; E4 CCF: S1, S2). */
export interface PartEntry {
  /** Degree of success chosen (annexe 5), 1 to 4; null on parts scored by a mark (E4 CCF). */
  degree: number | null;
  /**
   * Points in hundredths: E22, the whole points circled for the degree, bonus excluded (300 = 3 points);
   * E4 CCF, the commission's mark of the situation /10 (750 = 7,5). Null when not entered; on an E22
   * part, a degree that allows one value only (degree 2 of A: 3 points) needs no points.
   */
  hundredths: number | null;
  /** Bonus point granted (annexe 5); false elsewhere. */
  bonus: boolean;
}

export interface CommissionMember {
  name: string;
  /** `Qualité` (professeur d’économie et gestion, professionnel, …). */
  quality: string;
  signed: boolean;
}

export interface GridEvaluation {
  gridId: string;
  /** Level (or `NM`, non mobilisé) per criterion id; a missing criterion is not rated yet. */
  levels: Readonly<Record<string, Rating>>;
  /** Per part id, on grids whose mark is a sum of parts; empty otherwise. */
  parts: Readonly<Record<string, PartEntry>>;
  /** The commission's mark in hundredths on `commission` grids; on `sum` grids, null (it is computed). */
  markHundredths: number | null;
  /** Text per observation field id of the grid. */
  observations: Readonly<Record<string, string>>;
  /** Date of the épreuve, `AAAA-MM-JJ`, or null. */
  date: string | null;
  members: readonly CommissionMember[];
}

/** A blank evaluation of a grid. */
export function emptyEvaluation(grid: GridDefinition): GridEvaluation {
  const parts: Record<string, PartEntry> = {};
  if (grid.mark.kind === 'sum') for (const part of grid.parts) parts[part.id] = { degree: null, hundredths: null, bonus: false };
  return { gridId: grid.id, levels: {}, parts, markHundredths: null, observations: {}, date: null, members: [] };
}

/** Every criterion of the grid, in order, with the part it belongs to. */
export function gridCriteria(grid: GridDefinition): { part: GridPart; criterion: Criterion }[] {
  return grid.parts.flatMap((part) => part.criteria.map((criterion) => ({ part, criterion })));
}

/** The whole points annexe 5 allows for a degree of a part ([] when the part is not scored by degrees). */
export function allowedPoints(part: GridPart, degree: number): readonly number[] {
  if (part.scoring.kind !== 'degrees') return [];
  return part.scoring.degrees.find((d) => d.degree === degree)?.points ?? [];
}

/** `[3]` → `3 points exactement`; `[1, 2]` → `1 ou 2 points`. */
function pointsPhrase(points: readonly number[]): string {
  if (points.length === 1) return `${points[0]} point${points[0] === 1 ? '' : 's'} exactement`;
  return `${points.slice(0, -1).join(', ')} ou ${points[points.length - 1]} points`;
}

// ---------------------------------------------------------------------------------------------------
// Defensive reading of values that may be anything

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, never-throwing rendering of any value for an error message. */
function show(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  try {
    const json = JSON.stringify(value);
    if (typeof json === 'string') return json.length > 40 ? `${json.slice(0, 40)}…` : json;
  } catch {
    // fall through
  }
  return typeof value;
}

function ownEntries(value: unknown): [string, unknown][] {
  return isRecord(value) ? Object.entries(value) : [];
}

function ownValue(record: unknown, key: string): unknown {
  return isRecord(record) && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATINGS as readonly string[]).includes(value);
}

function isDegree(value: unknown): value is Degree {
  return typeof value === 'number' && (DEGREES as readonly number[]).includes(value);
}

// ---------------------------------------------------------------------------------------------------
// Parts

type PartResult = { errors: string[]; hundredths: number | null };

/** Checks one part's entry and computes the part's mark (null when not complete or not valid). */
function readPart(grid: GridDefinition, part: GridPart, entry: unknown): PartResult {
  const errors: string[] = [];
  const max = (part.max ?? 0) * 100;
  if (entry === undefined || entry === null) return { errors, hundredths: null };
  if (!isRecord(entry)) return { errors: [`${part.label} : saisie illisible (${show(entry)})`], hundredths: null };
  const degree = ownValue(entry, 'degree') ?? null;
  const points = ownValue(entry, 'hundredths') ?? null;
  const bonus = ownValue(entry, 'bonus') ?? false;
  if (typeof bonus !== 'boolean') errors.push(`${part.label} : bonus « ${show(bonus)} » illisible (oui ou non)`);

  if (points !== null && !(typeof points === 'number' && Number.isSafeInteger(points))) {
    const decimals = typeof points === 'number' && Number.isFinite(points);
    errors.push(
      decimals
        ? `${part.label} : ${part.scoring.kind === 'degrees' ? 'points entiers seulement' : '2 décimales au plus'}`
        : `${part.label} : points « ${show(points)} » illisibles`,
    );
    return { errors, hundredths: null };
  }

  if (part.scoring.kind === 'degrees') {
    const scoring = part.scoring;
    if (bonus === true && !scoring.bonus) errors.push(`${part.label} : pas de bonus dans cette colonne`);
    if (degree !== null && !isDegree(degree)) {
      errors.push(`${part.label} : degré « ${show(degree)} » inconnu (1 à 4)`);
      return { errors, hundredths: null };
    }
    if (points !== null && points % 100 !== 0) {
      errors.push(`${part.label} : points entiers seulement, sans décimale`);
      return { errors, hundredths: null };
    }
    if (degree === null) {
      if (points !== null) errors.push(`${part.label} : indiquer le degré de réussite (1 à 4) correspondant aux points`);
      return { errors, hundredths: null };
    }
    const allowed = allowedPoints(part, degree);
    let circled: number | null;
    if (points === null) {
      circled = allowed.length === 1 ? (allowed[0] ?? 0) * 100 : null;
    } else if (!allowed.includes(points / 100)) {
      errors.push(`${part.label} : au degré ${degree}, ${pointsPhrase(allowed)} (et non ${formatHundredthsShort(points)})`);
      circled = null;
    } else {
      circled = points;
    }
    if (circled === null || errors.length > 0) return { errors, hundredths: null };
    const withBonus = circled + (bonus === true && scoring.bonus ? scoring.bonus.points * 100 : 0);
    return { errors, hundredths: Math.min(max, withBonus) };
  }

  if (degree !== null || bonus === true) errors.push(`${part.label} : ni degré ni bonus dans cette partie`);
  if (points === null) return { errors, hundredths: null };
  if (points < 0 || points > max) {
    errors.push(`${part.label} : une note entre 0 et ${part.max ?? 0} (et non ${formatHundredthsShort(points)})`);
    return { errors, hundredths: null };
  }
  if (grid.mark.kind === 'sum' && grid.mark.wholePoints && points % 100 !== 0) {
    errors.push(`${part.label} : points entiers seulement, sans décimale`);
    return { errors, hundredths: null };
  }
  return { errors, hundredths: errors.length > 0 ? null : points };
}

/** A part's mark in hundredths (E22: circled points + bonus, within the part's maximum), or null. */
export function partHundredths(grid: GridDefinition, partId: string, entry: PartEntry | undefined): number | null {
  const part = grid.parts.find((p) => p.id === partId);
  return part ? readPart(grid, part, entry).hundredths : null;
}

/** Sum of the parts when every part is complete and valid. */
function sumOfParts(grid: GridDefinition, parts: unknown): { errors: string[]; hundredths: number | null } {
  const errors: string[] = [];
  let total = 0;
  let complete = true;
  for (const part of grid.parts) {
    const result = readPart(grid, part, ownValue(parts, part.id));
    errors.push(...result.errors);
    if (result.hundredths === null) complete = false;
    else total += result.hundredths;
  }
  return { errors, hundredths: complete && errors.length === 0 ? total : null };
}

function partsFormula(grid: GridDefinition): string {
  return grid.parts.map((p) => p.label).join(' + ');
}

// ---------------------------------------------------------------------------------------------------
// Validation

/**
 * What is wrong in an evaluation, in French (empty when nothing is). Things not filled in yet are not
 * errors: see `evaluationGaps`. Never throws.
 */
export function validateEvaluation(grid: GridDefinition, evaluation: GridEvaluation): string[] {
  const ev: unknown = evaluation;
  if (!isRecord(ev)) return ['évaluation illisible'];
  const errors: string[] = [];
  const gridId = ownValue(ev, 'gridId');
  if (gridId !== grid.id) errors.push(`évaluation faite sur la grille « ${show(gridId)} », et non sur « ${grid.id} »`);

  // Levels
  const levels = ownValue(ev, 'levels');
  if (levels !== undefined && levels !== null && !isRecord(levels)) errors.push('niveaux des critères illisibles');
  const criteria = new Map(gridCriteria(grid).map(({ criterion }, i) => [criterion.id, { criterion, n: i + 1 }]));
  for (const [id, rating] of ownEntries(levels)) {
    const known = criteria.get(id);
    if (!known) {
      errors.push(`critère inconnu : « ${show(id)} »`);
    } else if (rating !== null && rating !== undefined && !isRating(rating)) {
      errors.push(`critère ${known.n} (${show(known.criterion.text)}) : niveau « ${show(rating)} » inconnu (TI, I, S, TS ou non mobilisé)`);
    }
  }

  // Mark
  const parts = ownValue(ev, 'parts');
  if (parts !== undefined && parts !== null && !isRecord(parts)) errors.push('notes des parties illisibles');
  const mark = ownValue(ev, 'markHundredths') ?? null;
  const max = grid.mark.max * 100;
  if (grid.mark.kind === 'sum') {
    const partIds = new Set(grid.parts.map((p) => p.id));
    for (const [id] of ownEntries(parts)) if (!partIds.has(id)) errors.push(`partie inconnue : « ${show(id)} »`);
    const sum = sumOfParts(grid, parts);
    errors.push(...sum.errors);
    if (mark !== null && mark !== sum.hundredths) {
      errors.push(
        sum.hundredths === null
          ? `la note de l’épreuve est ${partsFormula(grid)} : noter chaque partie plutôt que saisir « ${show(mark)} »`
          : `la note de l’épreuve est ${partsFormula(grid)} = ${formatHundredthsShort(sum.hundredths)}, et non « ${show(mark)} »`,
      );
    }
  } else {
    for (const [id, entry] of ownEntries(parts)) {
      if (entry !== null && entry !== undefined) errors.push(`cette grille ne décompose pas la note : partie « ${show(id)} » en trop`);
    }
    if (mark !== null) {
      if (typeof mark !== 'number' || !Number.isFinite(mark)) errors.push(`note « ${show(mark)} » illisible`);
      else if (!Number.isSafeInteger(mark)) errors.push('note : 2 décimales au plus');
      else if (mark < 0 || mark > max) errors.push(`note : entre 0 et ${grid.mark.max} (et non ${formatHundredthsShort(mark)})`);
    }
  }

  // Observations
  const observations = ownValue(ev, 'observations');
  if (observations !== undefined && observations !== null && !isRecord(observations)) errors.push('observations illisibles');
  const fieldIds = new Set(grid.fields.observations.map((f) => f.id));
  for (const [id, text] of ownEntries(observations)) {
    if (!fieldIds.has(id)) errors.push(`champ d’observation inconnu : « ${show(id)} »`);
    else if (typeof text !== 'string' && text !== null && text !== undefined) errors.push(`observation « ${show(id)} » illisible`);
  }

  // Date
  const date = ownValue(ev, 'date') ?? null;
  if (date !== null && !(typeof date === 'string' && isIsoDate(date))) errors.push(`date « ${show(date)} » invalide (attendu AAAA-MM-JJ)`);

  // Members
  const members = ownValue(ev, 'members');
  if (members !== undefined && members !== null) {
    if (!Array.isArray(members)) {
      errors.push('membres de la commission illisibles');
    } else {
      const slots = grid.fields.members?.slots ?? null;
      if (slots !== null && members.length > slots) errors.push(`${slots} membres de la commission au plus sur cette grille`);
      members.forEach((member: unknown, i) => {
        if (!isRecord(member)) {
          errors.push(`membre ${i + 1} : saisie illisible`);
          return;
        }
        const name = ownValue(member, 'name');
        if (typeof name !== 'string' || name.trim() === '') errors.push(`membre ${i + 1} : nom et prénom manquants`);
        const quality = ownValue(member, 'quality');
        if (quality !== undefined && quality !== null && typeof quality !== 'string') errors.push(`membre ${i + 1} : qualité illisible`);
        const signed = ownValue(member, 'signed');
        if (signed !== undefined && typeof signed !== 'boolean') errors.push(`membre ${i + 1} : émargement illisible`);
      });
    }
  }
  return errors;
}

/** What is still to be filled in, in French (empty when complete). Never throws. */
export function evaluationGaps(grid: GridDefinition, evaluation: GridEvaluation): string[] {
  const ev: unknown = evaluation;
  if (!isRecord(ev)) return ['évaluation vide'];
  const gaps: string[] = [];
  const levels = ownValue(ev, 'levels');
  const unrated = gridCriteria(grid).filter(({ criterion }) => !isRating(ownValue(levels, criterion.id))).length;
  if (unrated > 0) gaps.push(unrated === 1 ? '1 critère sans niveau' : `${unrated} critères sans niveau`);
  if (grid.mark.kind === 'sum') {
    const parts = ownValue(ev, 'parts');
    for (const part of grid.parts) {
      if (readPart(grid, part, ownValue(parts, part.id)).hundredths === null) gaps.push(`${part.label} : note à donner`);
    }
  } else if ((ownValue(ev, 'markHundredths') ?? null) === null) {
    gaps.push('note de la commission à donner');
  }
  if (grid.fields.date !== null && (ownValue(ev, 'date') ?? null) === null) gaps.push('date à indiquer');
  if (grid.fields.members !== null) {
    const members = ownValue(ev, 'members');
    if (!Array.isArray(members) || members.length === 0) gaps.push('membres de la commission à indiquer');
  }
  return gaps;
}

/**
 * The unit's mark from a grid: E22 = A + B + C, E4 CCF = S1 + S2, any other grid the commission's mark
 * as entered (never derived from the levels). Null when incomplete or when the figures are not valid.
 */
export function evaluationMark(grid: GridDefinition, evaluation: GridEvaluation): NumberMark | null {
  const ev: unknown = evaluation;
  if (!isRecord(ev) || ownValue(ev, 'gridId') !== grid.id) return null;
  if (grid.mark.kind === 'sum') {
    const sum = sumOfParts(grid, ownValue(ev, 'parts'));
    return sum.hundredths === null ? null : numberMark(sum.hundredths + 0);
  }
  const mark = ownValue(ev, 'markHundredths');
  if (typeof mark !== 'number' || !Number.isSafeInteger(mark) || mark < 0 || mark > grid.mark.max * 100) return null;
  return numberMark(mark + 0); // + 0: never -0
}

// ---------------------------------------------------------------------------------------------------
// Class summaries (heat map)

export type LevelCounts = Record<Level | typeof NON_MOBILISE, number>;

export interface CriterionSummary {
  criterionId: string;
  partId: string;
  text: string;
  counts: LevelCounts;
  /** Evaluations of this grid where the criterion has no (valid) level yet. */
  unrated: number;
  /** Evaluations of this grid taken into account. */
  total: number;
}

/** Per criterion, how many candidates at each level (evaluations of other grids are left out). */
export function summarizeLevels(grid: GridDefinition, evaluations: readonly GridEvaluation[]): CriterionSummary[] {
  const mine = evaluations.filter((ev) => isRecord(ev) && ownValue(ev, 'gridId') === grid.id);
  return gridCriteria(grid).map(({ part, criterion }) => {
    const counts: LevelCounts = { TI: 0, I: 0, S: 0, TS: 0, NM: 0 };
    let unrated = 0;
    for (const ev of mine) {
      const rating = ownValue(ownValue(ev, 'levels'), criterion.id);
      if (isRating(rating)) counts[rating] += 1;
      else unrated += 1;
    }
    return { criterionId: criterion.id, partId: part.id, text: criterion.text, counts, unrated, total: mine.length };
  });
}

export interface DegreeSummary {
  partId: string;
  title: string;
  /** Candidates at each degree of success, 1 to 4. */
  counts: Record<Degree, number>;
  unrated: number;
  total: number;
}

/** Per part scored by degrees (E22), how many candidates at each degree. */
export function summarizeDegrees(grid: GridDefinition, evaluations: readonly GridEvaluation[]): DegreeSummary[] {
  const mine = evaluations.filter((ev) => isRecord(ev) && ownValue(ev, 'gridId') === grid.id);
  return grid.parts
    .filter((part) => part.scoring.kind === 'degrees')
    .map((part) => {
      const counts: Record<Degree, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
      let unrated = 0;
      for (const ev of mine) {
        const degree = ownValue(ownValue(ownValue(ev, 'parts'), part.id), 'degree');
        if (isDegree(degree)) counts[degree] += 1;
        else unrated += 1;
      }
      return { partId: part.id, title: part.title, counts, unrated, total: mine.length };
    });
}

/** How many criteria of one evaluation are at each level: the candidate's profile. */
export function levelProfile(grid: GridDefinition, evaluation: GridEvaluation): LevelCounts {
  const counts: LevelCounts = { TI: 0, I: 0, S: 0, TS: 0, NM: 0 };
  const levels = isRecord(evaluation) ? ownValue(evaluation, 'levels') : undefined;
  for (const { criterion } of gridCriteria(grid)) {
    const rating = ownValue(levels, criterion.id);
    if (isRating(rating)) counts[rating] += 1;
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------------
// Grid definitions

/** Checks a grid definition's consistency; French messages, empty when valid (run on every built-in grid). */
export function validateGrid(grid: GridDefinition): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const { criterion } of gridCriteria(grid)) {
    if (ids.has(criterion.id)) problems.push(`${grid.id} : critère ${criterion.id} défini deux fois`);
    ids.add(criterion.id);
    if (criterion.text.trim() === '') problems.push(`${grid.id} : critère ${criterion.id} sans texte`);
  }
  const partIds = new Set(grid.parts.map((p) => p.id));
  if (partIds.size !== grid.parts.length) problems.push(`${grid.id} : deux parties ont le même identifiant`);
  const fieldIds = new Set(grid.fields.observations.map((f) => f.id));
  if (fieldIds.size !== grid.fields.observations.length) problems.push(`${grid.id} : deux champs d’observation ont le même identifiant`);
  if (grid.scale !== null && grid.scale.levels.map((l) => l.level).join() !== LEVELS.join()) {
    problems.push(`${grid.id} : l’échelle doit être TI, I, S, TS`);
  }
  if (grid.sourceNote !== undefined && (typeof grid.sourceNote !== 'string' || grid.sourceNote.trim() === '')) {
    problems.push(`${grid.id} : la note sur l’origine des textes de la grille est vide`);
  }
  const hasDegrees = grid.parts.some((p) => p.scoring.kind === 'degrees');
  if (grid.scale === null && gridCriteria(grid).length > 0) problems.push(`${grid.id} : critères sans échelle de niveaux`);
  if (hasDegrees && grid.mark.kind !== 'sum') problems.push(`${grid.id} : des degrés de réussite sans somme des parties`);
  if (grid.mark.kind === 'sum') {
    let total = 0;
    for (const part of grid.parts) {
      if (part.max === null || !(part.max > 0)) {
        problems.push(`${grid.id} : partie ${part.id} sans maximum`);
        continue;
      }
      total += part.max;
      if (part.scoring.kind === 'degrees') {
        const degrees = part.scoring.degrees.map((d) => d.degree).join();
        if (degrees !== DEGREES.join()) problems.push(`${grid.id} : partie ${part.id}, degrés attendus 1 à 4`);
        let previous = 0;
        for (const d of part.scoring.degrees) {
          for (const p of d.points) {
            if (!Number.isInteger(p) || p <= previous || p > part.max) {
              problems.push(`${grid.id} : partie ${part.id}, degré ${d.degree} : points ${p} incohérents`);
            }
            previous = p;
          }
        }
      }
    }
    if (total !== grid.mark.max) problems.push(`${grid.id} : les maxima des parties font ${total}, et non ${grid.mark.max}`);
  }
  return problems;
}
