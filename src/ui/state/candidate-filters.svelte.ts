import type { Decision } from '../../domain/results.ts';

/**
 * The decision filter: a decision, or the candidates authorised to the épreuve de contrôle whatever came of it (after
 * their contrôle marks, « Épreuve de contrôle » no longer finds them).
 */
export type DecisionFilter = Decision | typeof AT_CONTROLE;
export const AT_CONTROLE = 'AU_CONTROLE';

/**
 * The Candidats tab's search and établissement (kept while other tabs are open, as the notes tab's filters are), and
 * the candidates added under them: those stay shown whatever the filters say until the filters change, so that a
 * row just typed does not vanish from sight, as in a filtered spreadsheet.
 */
export class CandidateFilters {
  #search = $state('');
  #etablissementId = $state<number | null>(null);
  #kept = $state.raw<ReadonlySet<number>>(new Set());

  get search(): string {
    return this.#search;
  }
  set search(value: string) {
    if (value === this.#search) return;
    this.#search = value;
    this.#kept = new Set();
  }

  get etablissementId(): number | null {
    return this.#etablissementId;
  }
  set etablissementId(value: number | null) {
    if (value === this.#etablissementId) return;
    this.#etablissementId = value;
    this.#kept = new Set();
  }

  /** Whether the filters may hide a candidate. */
  get active(): boolean {
    return this.#search.trim() !== '' || this.#etablissementId !== null;
  }

  /** Candidates shown whatever the filters say (added under them). */
  get kept(): ReadonlySet<number> {
    return this.#kept;
  }

  /** A candidate just added in the tab: shown until the filters change. */
  keep(candidateId: number): void {
    if (this.active) this.#kept = new Set([...this.#kept, candidateId]);
  }

  reset(): void {
    this.#search = '';
    this.#etablissementId = null;
    this.#kept = new Set();
  }
}

/**
 * The notes tab's search, établissement and decision, and the candidates whose mark was typed while a decision was
 * chosen: those stay shown until the filters change, even once their decision no longer answers it, so that the row
 * typed in does not vanish under the cursor (the next mark would go to the candidate below), as in a filtered
 * spreadsheet.
 */
export class NotesFilters {
  #search = $state('');
  #etablissementId = $state<number | null>(null);
  #decision = $state<DecisionFilter | null>(null);
  #typed = $state.raw<ReadonlySet<number>>(new Set());

  get search(): string {
    return this.#search;
  }
  set search(value: string) {
    if (value === this.#search) return;
    this.#search = value;
    this.#typed = new Set();
  }

  get etablissementId(): number | null {
    return this.#etablissementId;
  }
  set etablissementId(value: number | null) {
    if (value === this.#etablissementId) return;
    this.#etablissementId = value;
    this.#typed = new Set();
  }

  get decision(): DecisionFilter | null {
    return this.#decision;
  }
  set decision(value: DecisionFilter | null) {
    if (value === this.#decision) return;
    this.#decision = value;
    this.#typed = new Set();
  }

  /** Candidates shown whatever their decision (a mark typed for them under the decision filter). */
  get typed(): ReadonlySet<number> {
    return this.#typed;
  }

  /** A mark typed for this candidate: their row stays while the filters stay. */
  keepTyped(candidateId: number): void {
    if (this.#decision !== null && !this.#typed.has(candidateId)) this.#typed = new Set([...this.#typed, candidateId]);
  }

  reset(): void {
    this.#search = '';
    this.#etablissementId = null;
    this.#decision = null;
    this.#typed = new Set();
  }
}
