/**
 * The livrets scolaires of one session, live from IndexedDB (liveQuery, so other tabs' edits show up), and
 * the actions on them, each one repository call (one transaction). A refusal becomes a French notice
 * through `report`. Candidates, établissements and results are read from the workspace, never copied.
 */
import { liveQuery, type Subscription } from 'dexie';
import {
  applyLivretImport,
  listLivrets,
  LIVRET_CLOSED_MESSAGE,
  restoreLivrets,
  updateLivrets,
  type LivretRestore,
  type LivretUpdate,
} from '../../db/livrets.ts';
import type { DelibDatabase } from '../../db/database.ts';
import { ChangedSinceError } from '../../db/errors.ts';
import { livretTemplateFor, type LivretChange, type LivretRecord, type LivretTemplate } from '../../domain/livret.ts';
import { classStatistics, cotation, type ClassStatistics, type Cotation } from '../../domain/livret-stats.ts';
import type { LivretImportPlan } from '../../io/import/livret.ts';
import type { CandidateView } from '../state/candidate-view.ts';
import { errorNotice, runAction } from '../state/actions.ts';
import type { PutBack } from '../state/edit-history.ts';
import type { Notice, Workspace } from '../state/workspace.svelte.ts';
import { useSessionState } from '../state/session-state.svelte.ts';

export { LIVRET_CLOSED_MESSAGE };

export class LivretState {
  readonly db: DelibDatabase;
  readonly sessionId: number;
  records = $state.raw<LivretRecord[]>([]);
  /** True once the livrets have been read. */
  ready = $state(false);
  byCandidate: Map<number, LivretRecord> = $derived(new Map(this.records.map((r) => [r.candidateId, r])));

  #report: (notice: Notice) => void;
  #subscription: Subscription;

  constructor(db: DelibDatabase, sessionId: number, report: (notice: Notice) => void = () => {}) {
    this.db = db;
    this.sessionId = sessionId;
    this.#report = report;
    this.#subscription = liveQuery(() => listLivrets(db, sessionId)).subscribe({
      next: (records) => {
        this.records = records;
        this.ready = true;
      },
      error: (error) => this.#report(errorNotice(error)),
    });
  }

  stop(): void {
    this.#subscription.unsubscribe();
  }

  get(candidateId: number): LivretRecord | null {
    return this.byCandidate.get(candidateId) ?? null;
  }

  #act<T>(action: () => Promise<T>, success?: string): Promise<T | undefined> {
    return runAction(action, this.#report, success);
  }

  /** Changes to one or more livrets, in one transaction; false when refused (nothing written). */
  async update(updates: LivretUpdate[]): Promise<boolean> {
    return (await this.#act(() => updateLivrets(this.db, this.sessionId, updates))) !== undefined;
  }

  save(candidateId: number, changes: LivretChange[]): Promise<boolean> {
    return this.update([{ candidateId, changes }]);
  }

  /**
   * Ctrl+Z or Ctrl+Y: `updates` written only where each livret still holds what it `expected` ('stale', saying where
   * and what it holds now, otherwise: nothing written); any other refusal is reported as `update`'s.
   */
  async putBack(updates: LivretUpdate[]): Promise<PutBack> {
    try {
      await updateLivrets(this.db, this.sessionId, updates);
      return { outcome: 'done' };
    } catch (error) {
      if (error instanceof ChangedSinceError) return { outcome: 'stale', message: error.message };
      this.#report(errorNotice(error));
      return { outcome: 'not done' };
    }
  }

  /** Writes an import's livrets as previewed; returns how to undo it, or null when refused. */
  async applyImport(plan: LivretImportPlan, fileName: string): Promise<LivretRestore[] | null> {
    const count = plan.writes.length;
    const restore = await this.#act(
      () => applyLivretImport(this.db, this.sessionId, plan.writes),
      `Import de « ${fileName} » appliqué : ${count} livret${count > 1 ? 's' : ''} scolaire${count > 1 ? 's' : ''} mis à jour.`,
    );
    return restore ?? null;
  }

  async restore(restore: LivretRestore[], fileName: string): Promise<boolean> {
    const done = await this.#act(
      () => restoreLivrets(this.db, this.sessionId, restore),
      `Import du livret « ${fileName} » annulé : les livrets d'avant sont rétablis.`,
    );
    return done !== undefined;
  }
}

/**
 * The LivretState of the workspace's open session, for a component: replaced when the open session
 * changes and stopped with the component. Call during component initialisation (it uses $effect).
 */
export function useLivrets(workspace: () => Workspace): { readonly current: LivretState | null } {
  return useSessionState(
    workspace,
    (ws, sessionId) =>
      new LivretState(ws.db, sessionId, (notice) => {
        ws.notice = notice;
      }),
  );
}

/** The livret template of the workspace's regulation, or null. */
export function templateOf(workspace: Workspace): LivretTemplate | null {
  return workspace.regulation ? livretTemplateFor(workspace.regulation) : null;
}

/** A class: the candidates of one établissement (`null`: candidates without établissement). */
export function classViews(views: readonly CandidateView[], etablissementId: number | null): CandidateView[] {
  return views.filter((v) => v.candidate.etablissementId === etablissementId);
}

/** The class figures a livret shows: statistics per subject and period, and the cotation. */
export interface ClassFigures {
  stats: ClassStatistics;
  cotation: Cotation;
}

export function classFigures(template: LivretTemplate, views: readonly CandidateView[], livrets: ReadonlyMap<number, LivretRecord>): ClassFigures {
  const records = views.flatMap((v) => {
    const r = livrets.get(v.id);
    return r ? [r] : [];
  });
  return { stats: classStatistics(records, template.subjects), cotation: cotation(records.map((r) => r.avis)) };
}

/** A row of the class grid: a candidate and its livret. */
export interface LivretRow {
  id: number;
  view: CandidateView;
  livret: LivretRecord | null;
}

/** True when the livrets cannot change (closed deliberation). */
export const livretsReadOnly = (workspace: Workspace) => workspace.phase === 'second_groupe_clos';
