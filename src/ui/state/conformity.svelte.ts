/**
 * The conformity tab's live data (R7): the session's conformity records and settings, read through their own
 * liveQuery subscriptions (the workspace keeps candidates and marks), and the rows the grid and the panel show,
 * each with its evaluation computed by the domain from the record, the candidate's forms and marks.
 */
import { liveQuery, type Subscription } from 'dexie';
import {
  conformityDataOf,
  conformityUnits,
  defaultConformitySettings,
  evaluateConformity,
  stageRuleOf,
  type ConformityData,
  type ConformityEvaluation,
  type ConformityRecord,
  type ConformitySettings,
  type ConformityStatus,
} from '../../domain/conformity.ts';
import type { Regulation } from '../../domain/regulation.ts';
import type { ExamSession } from '../../domain/session.ts';
import { getConformitySettings, listConformity } from '../../db/conformity.ts';
import type { DelibDatabase } from '../../db/database.ts';
import type { CandidateView } from './candidate-view.ts';

export interface ConformityRow {
  id: number;
  view: CandidateView;
  record: ConformityRecord | null;
  data: ConformityData;
  evaluation: ConformityEvaluation;
  /** The stored NV no longer match the evaluation (deadline, form or bénéfice changed since): to apply again. */
  stale: boolean;
  /** Units whose mark is NV without a reason in the dossier (typed before issue 16, or imported): « NV sans motif ». */
  nvWithoutReason: string[];
}

/** What the Conformité tab shows for an NV stored without a reason. */
export const NV_WITHOUT_REASON = 'NV sans motif';

export type ConformityFilter = 'all' | 'nv' | 'nv_sans_motif' | 'non_conforme' | 'sous_reserve' | 'a_controler' | 'conforme';

export const CONFORMITY_FILTER_LABELS: Readonly<Record<ConformityFilter, string>> = {
  all: 'Tous les candidats',
  nv: 'Tous les NV (avec ou sans motif)',
  nv_sans_motif: 'NV sans motif (à compléter)',
  non_conforme: 'Non conformes',
  sous_reserve: 'À vérifier (sous réserve)',
  a_controler: 'À contrôler (incomplets)',
  conforme: 'Conformes',
};

export class ConformityState {
  records = $state.raw<ConformityRecord[]>([]);
  /** The records have been read once: before, every candidate would look « à contrôler » (and be evaluated for nothing). */
  loaded = $state(false);
  settings = $state.raw<ConformitySettings>(defaultConformitySettings());
  /** The last read error, if any (shown by the view). */
  error = $state<string | null>(null);
  #subscriptions: Subscription[] = [];

  constructor(
    readonly db: DelibDatabase,
    readonly sessionId: number,
  ) {}

  start(): void {
    const fail = (error: unknown) => (this.error = error instanceof Error ? error.message : String(error));
    this.#subscriptions = [
      liveQuery(() => listConformity(this.db, this.sessionId)).subscribe({
        next: (v) => {
          this.records = v;
          this.loaded = true;
        },
        error: fail,
      }),
      liveQuery(() => getConformitySettings(this.db, this.sessionId)).subscribe({ next: (v) => (this.settings = v), error: fail }),
    ];
  }

  stop(): void {
    this.#subscriptions.forEach((s) => s.unsubscribe());
    this.#subscriptions = [];
  }
}

/** One row per candidate, in the workspace's order. */
export function conformityRows(
  views: readonly CandidateView[],
  records: readonly ConformityRecord[],
  session: Pick<ExamSession, 'depositDeadline'>,
  regulation: Regulation,
): ConformityRow[] {
  const specs = conformityUnits(regulation);
  const rule = stageRuleOf(regulation);
  const byCandidate = new Map(records.map((r) => [r.candidateId, r]));
  return views.map((view) => {
    const record = byCandidate.get(view.id) ?? null;
    const data = conformityDataOf(record, specs);
    const evaluation = evaluateConformity(data, {
      statut: view.candidate.statut,
      depositDeadline: session.depositDeadline,
      forms: view.forms,
      benefices: new Set(specs.map((s) => s.code).filter((code) => view.marks[code]?.benefice)),
      specs,
      rule,
    });
    const nvWithoutReason = evaluation.units.filter((u) => view.marks[u.code]?.value.kind === 'NV' && u.status !== 'non_conforme').map((u) => u.code);
    return { id: view.id, view, record, data, evaluation, stale: isStale(record, evaluation), nvWithoutReason };
  });
}

function isStale(record: ConformityRecord | null, evaluation: ConformityEvaluation): boolean {
  const nv = record?.nv ?? {};
  for (const unit of evaluation.units) {
    const stored = nv[unit.code];
    if ((unit.status === 'non_conforme') !== Boolean(stored)) return true;
    if (stored && stored.reasons.join('\n') !== unit.nvReasons.join('\n')) return true;
  }
  return false;
}

export function rowMatches(row: ConformityRow, filter: ConformityFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'nv_sans_motif') return row.nvWithoutReason.length > 0;
  if (filter === 'nv') return row.nvWithoutReason.length > 0 || row.evaluation.units.some((u) => u.status === 'non_conforme');
  const statuses = new Set<ConformityStatus>(row.evaluation.units.map((u) => u.status));
  return statuses.has(filter);
}
