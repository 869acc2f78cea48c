/**
 * The evaluation grids filled in per candidate and unit (table `evaluations`, schema v5).
 * The unit's mark is not stored here: it is the `marks` record (one source of truth).
 */
import { sitsUnit, unitForm } from '../domain/forms.ts';
import {
  derivedMarkChange,
  emptyEvaluation,
  gridById,
  gridFor,
  isBlankEvaluation,
  validateEvaluation,
  type GridDefinition,
  type GridEvaluation,
} from '../domain/grids/index.ts';
import { EMPTY, type Mark } from '../domain/marks.ts';
import { findUnit, type Regulation, type UnitDef } from '../domain/regulation.ts';
import type { Candidate, EvaluationRecord, UnitForm } from '../domain/session.ts';
import type { DelibDatabase } from './database.ts';
import { ChangedSinceError, UserError } from './errors.ts';
import { guardTables } from './guard.ts';
import { getMark, setMark } from './marks.ts';
import { regulationOf, requireCandidate, requireSession } from './validate.ts';

/**
 * Checks a stored or restored evaluation: a unit of the regulation, a grid of that unit, and figures the
 * grid allows (validateEvaluation). Throws a UserError in French; returns the record as it may be stored.
 */
export function checkEvaluationRecord(raw: EvaluationRecord, regulation: Regulation): EvaluationRecord {
  const unit = regulation.units.find((u) => u.code === raw.unit);
  if (!unit) throw new UserError(`épreuve « ${String(raw.unit)} » inconnue.`);
  const evaluation: unknown = raw.evaluation;
  if (typeof evaluation !== 'object' || evaluation === null) throw new UserError(`grille de ${unit.code} illisible.`);
  const gridId = (evaluation as { gridId?: unknown }).gridId;
  const grid = typeof gridId === 'string' ? gridById(gridId, regulation) : undefined;
  if (!grid || grid.regulationId !== regulation.id || grid.unitCode !== unit.code) {
    throw new UserError(`grille « ${String(gridId)} » inconnue pour ${unit.code}.`);
  }
  const errors = validateEvaluation(grid, raw.evaluation);
  if (errors.length > 0) throw new UserError(`grille de ${unit.code} : ${errors.join(' ; ')}.`);
  if (typeof raw.updatedAt !== 'string' || Number.isNaN(Date.parse(raw.updatedAt))) throw new UserError('date de mise à jour invalide.');
  return { sessionId: raw.sessionId, candidateId: raw.candidateId, unit: unit.code, evaluation: raw.evaluation, updatedAt: raw.updatedAt };
}

/** The evaluations of a session. */
export async function listEvaluations(db: DelibDatabase, sessionId: number): Promise<EvaluationRecord[]> {
  return db.evaluations.where('sessionId').equals(sessionId).toArray();
}

export interface UpdateEvaluationInput {
  candidateId: number;
  unit: string;
  /** The change, applied to the stored evaluation (a blank one of the candidate's grid when there is none). */
  change: (evaluation: GridEvaluation, grid: GridDefinition) => GridEvaluation;
  /** The jury's reason, when the change moves the unit's mark once the deliberation is open (E22, E4 CCF). */
  reason?: string;
  /**
   * Ctrl+Z and Ctrl+Y: whether the stored evaluation (a blank one for none) still holds what the change puts back. If
   * not (another tab changed it since), the change is refused with ChangedSinceError, writing nothing.
   */
  holds?: (evaluation: GridEvaluation) => boolean;
}

/** The grid a candidate fills in for a unit: that of the unit's form for them (forms.ts), if the circular gives one. */
export async function candidateGrid(
  db: DelibDatabase,
  candidate: Pick<Candidate, 'statut' | 'formOverrides' | 'etablissementId'>,
  unit: UnitDef,
  regulation: Regulation,
): Promise<{ form: UnitForm; grid: GridDefinition | undefined }> {
  const etablissement = candidate.etablissementId === null ? undefined : await db.etablissements.get(candidate.etablissementId);
  const form = unitForm(candidate, unit, etablissement?.type ?? null);
  return { form, grid: gridFor(unit.code, form, regulation) };
}

export const FORM_LABELS: Readonly<Record<UnitForm, string>> = { CCF: 'contrôle en cours de formation', ponctuel: 'forme ponctuelle' };

/**
 * Changes one candidate's grid for one unit, in one transaction: the evaluation is checked against its
 * grid (validateEvaluation) and stored (a blank one is removed). On a grid whose mark is a sum (E22, E4 CCF),
 * a new sum becomes the unit's mark through the marks' own path (setMark: the guard's reason, audit,
 * read-only and NV rules apply), so the marks grid shows it; the evaluation never stores the mark itself.
 * Refused (nothing written) once the unit's marks are read-only. Returns the stored record, or null.
 */
export async function updateEvaluation(db: DelibDatabase, input: UpdateEvaluationInput): Promise<EvaluationRecord | null> {
  return db.transaction('rw', [db.sessions, db.etablissements, db.candidates, db.markBlocks, db.evaluations, ...guardTables(db)], async () => {
    const candidate = await requireCandidate(db, input.candidateId);
    const session = await requireSession(db, candidate.sessionId);
    const regulation = regulationOf(session);
    const unit = findUnit(regulation, input.unit);
    if (!unit) throw new UserError(`Épreuve inconnue : « ${input.unit} ».`);
    const name = `${candidate.nom} ${candidate.prenom}`.trim();
    const place = `${unit.code} de ${name}`;
    if (!sitsUnit(candidate, unit)) {
      throw new UserError(`${place} : ce candidat n'est pas inscrit à cette épreuve facultative.`);
    }
    const { form, grid } = await candidateGrid(db, candidate, unit, regulation);
    if (!grid) throw new UserError(`${place} : la circulaire ne donne pas de grille d'évaluation en ${FORM_LABELS[form]}.`);

    const phase = (await db.deliberations.get(session.id))?.phase ?? 'preparation';
    if (phase === 'second_groupe_clos') {
      throw new UserError(
        `La délibération est close : la grille de ${place} ne peut plus être modifiée. Rouvrez la délibération (avec un motif) pour corriger.`,
      );
    }
    if (phase === 'premier_groupe_clos') {
      throw new UserError(`Le 1er groupe est clos : la grille de ${place} ne peut plus être modifiée. Rouvrez le 1er groupe (avec un motif) pour corriger.`);
    }

    const existing = await db.evaluations.get([candidate.id, unit.code]);
    // A grid of another form (the candidate's form changed since) is not carried over: it starts blank.
    const before = existing?.evaluation.gridId === grid.id ? existing.evaluation : null;
    if (input.holds && !input.holds(before ?? emptyEvaluation(grid))) {
      throw new ChangedSinceError(`Grille ${place} : elle a changé depuis`);
    }
    const changed = input.change(before ?? emptyEvaluation(grid), grid);
    const after: GridEvaluation = { ...changed, gridId: grid.id, markHundredths: null };
    const errors = validateEvaluation(grid, after);
    if (errors.length > 0) throw new UserError(`Grille ${place} : ${errors.join(' ; ')}.`);

    let record: EvaluationRecord | null = null;
    if (isBlankEvaluation(after)) {
      if (existing) await db.evaluations.delete([candidate.id, unit.code]);
    } else {
      record = { sessionId: session.id, candidateId: candidate.id, unit: unit.code, evaluation: after, updatedAt: new Date().toISOString() };
      await db.evaluations.put(record);
    }

    // Written after the evaluation, so that the guard's sum rule reads the new parts.
    const current = await getMark(db, candidate.id, unit.code);
    const derived = derivedMarkChange(grid, before, after, current?.value);
    if (derived) {
      const value: Mark = derived.kind === 'set' ? derived.mark : EMPTY;
      await setMark(db, { candidateId: candidate.id, unit: unit.code, value, reason: input.reason });
    }
    return record;
  });
}
