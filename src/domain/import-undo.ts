/** The stored record of an applied import, everything needed to undo it (db table `imports`). */
import type { ConformityRecord } from './conformity.ts';
import type { Candidate, MarkRecord } from './session.ts';

/** What undoing an applied import needs. */
export interface ImportUndo {
  id?: number;
  sessionId: number;
  fileName: string;
  appliedAt: string;
  /** Counts shown to the user: "12 candidats créés, 40 notes modifiées". */
  summary: { newCandidates: number; updatedCandidates: number; marks: number; conformity?: number };
  createdEtablissementIds: number[];
  createdCandidateIds: number[];
  /** Candidates as they were before the import. */
  updatedCandidates: Candidate[];
  /**
   * Marks touched, as they were before (null: there was none) and as the import left them. The marks of the
   * candidates the import created are not listed (kept in the db's own form; undoing deletes them with their
   * candidate), except for those whose conformity the import set too; `summary.marks` counts them all.
   */
  marks: { candidateId: number; unit: string; before: MarkRecord | null; after: MarkRecord | null }[];
  /** Conformity records touched, as they were (null: none) and as the import left them (null: none). */
  conformity?: { candidateId: number; before: ConformityRecord | null; after: ConformityRecord | null }[];
}

/** What the session shows of its last import (« Dernier import : … ») and needs before undoing it. */
export type LastImport = Pick<ImportUndo, 'id' | 'sessionId' | 'fileName' | 'appliedAt' | 'summary'> & {
  /** How many candidates undoing it removes or changes. */
  candidates: number;
};
