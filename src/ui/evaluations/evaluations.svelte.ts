/**
 * The evaluation grids tab's live data (issue 7): the session's filled-in grids, read through their own
 * liveQuery (the workspace keeps candidates, établissements and marks), the rows of teacher mode, and the
 * one action, `update`, which is one transaction (updateEvaluation). The unit's mark is read from the
 * workspace's marks: the grid and the marks grid show the same record.
 */
import { liveQuery, type Subscription } from 'dexie';
import { ChangedSinceError } from '../../db/errors.ts';
import { listEvaluations, updateEvaluation } from '../../db/evaluations.ts';
import type { PutBack } from '../state/edit-history.ts';
import { errorNotice } from '../state/actions.ts';
import { sitsUnit, unitForm } from '../../domain/forms.ts';
import { derivedMarkChange, emptyEvaluation, gridFor, gridsFor, isEvaluated, type GridDefinition, type GridEvaluation } from '../../domain/grids/index.ts';
import { EMPTY, formatMark } from '../../domain/marks.ts';
import type { Regulation, UnitDef } from '../../domain/regulation.ts';
import type { Candidate, Etablissement, EvaluationRecord, MarkRecord, UnitForm } from '../../domain/session.ts';
import type { Workspace } from '../state/workspace.svelte.ts';

/** One candidate of teacher mode. */
export interface TeacherRow {
  candidate: Candidate & { id: number };
  etablissement: Etablissement | null;
  form: UnitForm;
  /** The grid of the candidate's form, or null when the circular gives none for that form. */
  grid: GridDefinition | null;
  /** The stored evaluation when it is on that grid (a grid of the other form is not shown). */
  evaluation: GridEvaluation | null;
  mark: MarkRecord | null;
  evaluated: boolean;
}

/** `all`: every candidate; `none`: candidates without an établissement; else an établissement id. */
export type ClassChoice = number | 'all' | 'none';

/** The units the regulation has at least one grid for, in the regulation's order. */
export function gradedUnits(regulation: Regulation): UnitDef[] {
  const codes = new Set(gridsFor(regulation).map((g) => g.unitCode));
  return regulation.units.filter((u) => codes.has(u.code));
}

/** The grids of a unit (one, or CCF and ponctuel). */
export function unitGrids(regulation: Regulation, unit: string): GridDefinition[] {
  return gridsFor(regulation).filter((g) => g.unitCode === unit);
}

/** A change of a grid: applied to the stored evaluation (a blank one when there is none). */
export type EvaluationChange = (evaluation: GridEvaluation, grid: GridDefinition) => GridEvaluation;

export const recordKey = (candidateId: number, unit: string) => `${candidateId}|${unit}`;

const byNumero = new Intl.Collator('fr', { numeric: true });

/**
 * The candidates who sit `unit` (an optional unit: those registered for it) in the chosen class, ordered
 * by numéro, each with the grid of their form, their evaluation and their mark.
 */
export function teacherRows(input: {
  regulation: Regulation;
  unit: UnitDef;
  choice: ClassChoice;
  candidates: readonly Candidate[];
  etablissements: readonly Etablissement[];
  marks: readonly MarkRecord[];
  records: ReadonlyMap<string, EvaluationRecord>;
}): TeacherRow[] {
  const { regulation, unit, choice } = input;
  const etablissements = new Map(input.etablissements.map((e) => [e.id, e]));
  const marks = new Map(input.marks.filter((m) => m.unit === unit.code).map((m) => [m.candidateId, m]));
  return input.candidates
    .filter((c): c is Candidate & { id: number } => c.id !== undefined)
    .filter((c) => sitsUnit(c, unit))
    .filter((c) => choice === 'all' || (choice === 'none' ? c.etablissementId === null : c.etablissementId === choice))
    .sort((a, b) => byNumero.compare(a.numero, b.numero))
    .map((candidate) => {
      const etablissement = candidate.etablissementId === null ? null : (etablissements.get(candidate.etablissementId) ?? null);
      const form = unitForm(candidate, unit, etablissement?.type ?? null);
      const grid = gridFor(unit.code, form, regulation) ?? null;
      const stored = input.records.get(recordKey(candidate.id, unit.code))?.evaluation;
      const evaluation = grid && stored?.gridId === grid.id ? stored : null;
      const mark = marks.get(candidate.id) ?? null;
      const evaluated = grid !== null && isEvaluated(grid, evaluation, mark?.value);
      return { candidate, etablissement, form, grid, evaluation, mark, evaluated };
    });
}

/** What the teacher last chose, kept while the tab is closed and reopened (per session). */
export const teacherChoice = $state<{ sessionId: number | null; unit: string; choice: ClassChoice; candidateId: number | null }>({
  sessionId: null,
  unit: '',
  choice: 'all',
  candidateId: null,
});

export class EvaluationsState {
  records = $state.raw<EvaluationRecord[]>([]);
  byKey: Map<string, EvaluationRecord> = $derived(new Map(this.records.map((r) => [recordKey(r.candidateId, r.unit), r])));
  /** The last refusal, shown next to the grid. */
  error = $state('');
  #subscription: Subscription | null = null;

  constructor(
    readonly workspace: Workspace,
    readonly sessionId: number,
    /** Asks the jury's reason for a change of a mark once the deliberation is open (null: cancelled). */
    readonly askReason: (change: string) => Promise<string | null>,
  ) {}

  start(): void {
    this.#subscription = liveQuery(() => listEvaluations(this.workspace.db, this.sessionId)).subscribe({
      next: (records) => (this.records = records),
      error: (error) => this.#fail(error),
    });
  }

  stop(): void {
    this.#subscription?.unsubscribe();
    this.#subscription = null;
  }

  #fail(error: unknown): void {
    this.error = errorNotice(error).text;
  }

  /**
   * Applies a change to a candidate's grid and stores it at once (one transaction). When it moves the
   * unit's mark (E22, E4 CCF) once the deliberation is open, the jury's reason is asked first.
   */
  async update(row: TeacherRow, change: EvaluationChange): Promise<boolean> {
    return (await this.write(row, change)).outcome === 'done';
  }

  /**
   * `update`, saying how it went. With `holds` (Ctrl+Z, Ctrl+Y), refused as changed since (`stale`, writing nothing)
   * when the stored evaluation no longer holds what the change puts back.
   */
  async write(row: TeacherRow, change: EvaluationChange, holds?: (evaluation: GridEvaluation) => boolean): Promise<PutBack> {
    const grid = row.grid;
    if (!grid) return { outcome: 'not done' };
    this.error = '';
    const unit = grid.unitCode;
    let reason: string | undefined;
    const before = row.evaluation;
    const derived = derivedMarkChange(grid, before, change(before ?? emptyEvaluation(grid), grid), row.mark?.value);
    if (derived && this.workspace.needsReason(unit, row.mark ?? undefined)) {
      const from = formatMark(row.mark?.value ?? EMPTY) || '(vide)';
      const to = derived.kind === 'set' ? formatMark(derived.mark) : '(vide)';
      const asked = await this.askReason(`${unit} de ${row.candidate.nom} ${row.candidate.prenom} (${row.candidate.numero}) : ${from} → ${to}`);
      if (asked === null) return { outcome: 'not done' };
      reason = asked;
    }
    try {
      await updateEvaluation(this.workspace.db, { candidateId: row.candidate.id, unit, change, reason, holds });
      return { outcome: 'done' };
    } catch (error) {
      if (error instanceof ChangedSinceError) return { outcome: 'stale', message: error.message };
      this.#fail(error);
      return { outcome: 'not done' };
    }
  }
}
