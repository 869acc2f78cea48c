/**
 * The deliberation state of one session, live from IndexedDB (liveQuery, so other tabs' changes show up):
 * the phase and jury, the audit trail, the jury's notes per candidate; and the jury's actions, each one
 * repository call (one transaction). A refusal becomes a French notice through `report`.
 */
import { liveQuery, type Subscription } from 'dexie';
import type { DelibDatabase } from '../../db/database.ts';
import {
  closeDeliberation,
  closeFirstGroup,
  defaultDeliberation,
  listAudit,
  listJuryNotes,
  openDeliberation,
  reopen,
  setControleSlot,
  setControleUnits,
  setJury,
  setJuryMember,
  setLivretExamined,
  type JuryInput,
} from '../../db/deliberation.ts';
import { UserError } from '../../db/errors.ts';
import type { AuditEntry, ControleSlot, Deliberation, DeliberationPhase, JuryNote } from '../../domain/session.ts';
import { errorNotice, runAction } from './actions.ts';
import type { Notice, Workspace } from './workspace.svelte.ts';
import { useSessionState } from './session-state.svelte.ts';

export class JuryState {
  readonly db: DelibDatabase;
  readonly sessionId: number;
  deliberation: Deliberation = $state.raw(defaultDeliberation(0));
  /** Oldest first. */
  audit = $state.raw<AuditEntry[]>([]);
  notes = $state.raw<JuryNote[]>([]);
  /** True once the deliberation has been read (avoids flashing the default). */
  ready = $state(false);
  phase: DeliberationPhase = $derived(this.deliberation.phase);
  notesByCandidate: Map<number, JuryNote> = $derived(new Map(this.notes.map((n) => [n.candidateId, n])));

  #report: (notice: Notice) => void;
  #subscriptions: Subscription[];

  constructor(db: DelibDatabase, sessionId: number, report: (notice: Notice) => void = () => {}) {
    this.db = db;
    this.sessionId = sessionId;
    this.deliberation = defaultDeliberation(sessionId);
    this.#report = report;
    const fail = (error: unknown) => this.#report(errorNotice(error));
    this.#subscriptions = [
      liveQuery(() => db.deliberations.get(sessionId)).subscribe({
        next: (d) => {
          this.deliberation = d ?? defaultDeliberation(sessionId);
          this.ready = true;
        },
        error: fail,
      }),
      liveQuery(() => listAudit(db, sessionId)).subscribe({ next: (v) => (this.audit = v), error: fail }),
      liveQuery(() => listJuryNotes(db, sessionId)).subscribe({ next: (v) => (this.notes = v), error: fail }),
    ];
  }

  stop(): void {
    this.#subscriptions.forEach((s) => s.unsubscribe());
  }

  note(candidateId: number): JuryNote | null {
    return this.notesByCandidate.get(candidateId) ?? null;
  }

  /** Only the contrôle marks can change once the 1er groupe is closed; nothing once the deliberation is. */
  get closed(): boolean {
    return this.phase === 'second_groupe_clos';
  }

  async #act(action: () => Promise<unknown>, success?: string): Promise<boolean> {
    return (await runAction(async () => (await action(), true), this.#report, success)) === true;
  }

  setJuryMember(name: string): Promise<boolean> {
    return this.#act(() => setJuryMember(this.db, this.sessionId, name), `Membre du jury : ${name.trim()}.`);
  }

  setJury(jury: JuryInput): Promise<boolean> {
    return this.#act(() => setJury(this.db, this.sessionId, jury), 'Composition du jury enregistrée.');
  }

  open(): Promise<boolean> {
    return this.#act(() => openDeliberation(this.db, this.sessionId), 'Délibération ouverte : toute modification de note demande un motif.');
  }

  closeFirstGroup(): Promise<boolean> {
    return this.#act(() => closeFirstGroup(this.db, this.sessionId), '1er groupe clos : seules les notes de contrôle peuvent être saisies.');
  }

  close(): Promise<boolean> {
    return this.#act(() => closeDeliberation(this.db, this.sessionId), 'Délibération close : les notes ne peuvent plus être modifiées.');
  }

  /** Goes back one phase from `from` (the phase the user saw), with a reason. */
  reopen(reason: string, from: DeliberationPhase = this.phase): Promise<boolean> {
    return this.#act(() => reopen(this.db, this.sessionId, reason, from), 'Délibération rouverte (motif inscrit au journal).');
  }

  setLivretExamined(candidateId: number, examined: boolean): Promise<boolean> {
    return this.#act(() => setLivretExamined(this.db, candidateId, examined));
  }

  setControleUnits(candidateId: number, units: string[]): Promise<boolean> {
    return this.#act(() => setControleUnits(this.db, candidateId, units));
  }

  /** Date, hour and room of a chosen contrôle unit (issue 16); the refusal's French message, shown by the field, or null. */
  async setControleSlot(candidateId: number, unit: string, slot: ControleSlot): Promise<string | null> {
    try {
      await setControleSlot(this.db, candidateId, unit, slot);
      return null;
    } catch (error) {
      if (error instanceof UserError) return error.message;
      this.#report(errorNotice(error));
      return 'La convocation n’a pas pu être enregistrée.';
    }
  }
}

/**
 * The JuryState of the workspace's open session, for a component: `given()` when the parent passes one,
 * else one of its own, replaced when the open session changes and stopped with the component.
 * Call during component initialisation (it uses $effect).
 */
export function useJury(workspace: () => Workspace, given: () => JuryState | undefined = () => undefined): { readonly current: JuryState | null } {
  return useSessionState(
    workspace,
    (ws, sessionId) =>
      new JuryState(ws.db, sessionId, (notice) => {
        ws.notice = notice;
      }),
    given,
  );
}
