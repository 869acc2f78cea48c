/**
 * Conformity of the professional dossiers (RULES.md R7). The detailed checks are built on this record;
 * `nv` is what the rest of the app relies on: the units this record forces to NV, and why.
 */
import type { NvByConformity } from './session.ts';

export interface ConformityRecord {
  candidateId: number;
  sessionId: number;
  /** Units forced to NV by a non-conforme dossier, by unit code. */
  nv: Record<string, NvByConformity>;
}
