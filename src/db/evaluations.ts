/**
 * The evaluation grids filled in per candidate and unit (table `evaluations`, schema v5).
 * The unit's mark is not stored here: it is the `marks` record (one source of truth).
 */
import { gridById, validateEvaluation } from '../domain/grids/index.ts';
import type { Regulation } from '../domain/regulation.ts';
import type { EvaluationRecord } from '../domain/session.ts';
import { UserError } from './errors.ts';

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
  const grid = typeof gridId === 'string' ? gridById(gridId) : undefined;
  if (!grid || grid.regulationId !== regulation.id || grid.unitCode !== unit.code) {
    throw new UserError(`grille « ${String(gridId)} » inconnue pour ${unit.code}.`);
  }
  const errors = validateEvaluation(grid, raw.evaluation);
  if (errors.length > 0) throw new UserError(`grille de ${unit.code} : ${errors.join(' ; ')}.`);
  if (typeof raw.updatedAt !== 'string' || Number.isNaN(Date.parse(raw.updatedAt))) throw new UserError('date de mise à jour invalide.');
  return { sessionId: raw.sessionId, candidateId: raw.candidateId, unit: unit.code, evaluation: raw.evaluation, updatedAt: raw.updatedAt };
}
