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
