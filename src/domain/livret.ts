/**
 * The livret scolaire (circular annexe 3): per candidate, semester marks of both years per subject,
 * the teachers' appréciations, the PIX certification, the avis du conseil de classe.
 * Plain data; marks in hundredths (exact, like every mark of Délib).
 */

/** The four semesters of the two years of the BTS. */
export type LivretPeriod = 'a1s1' | 'a1s2' | 'a2s1' | 'a2s2';

export const LIVRET_PERIODS: readonly LivretPeriod[] = Object.freeze(['a1s1', 'a1s2', 'a2s1', 'a2s2'] as const);

/** Avis du conseil de classe (annexe 3). */
export type LivretAvis = 'tres_favorable' | 'favorable' | 'doit_faire_ses_preuves';

export const LIVRET_AVIS: readonly LivretAvis[] = Object.freeze(['tres_favorable', 'favorable', 'doit_faire_ses_preuves'] as const);

export interface LivretSubjectEntry {
  /** Semester marks in hundredths (1250 = 12,5); a missing semester is absent. */
  marks: Partial<Record<LivretPeriod, number>>;
  appreciation: string;
}

/** One candidate's livret, as stored (table `livrets`, keyed by candidate). */
export interface LivretRecord {
  sessionId: number;
  candidateId: number;
  /** By subject id of the livret's subject list. */
  subjects: Record<string, LivretSubjectEntry>;
  /** Certification de compétences numériques (PIX) attested. */
  pix: boolean;
  avis: LivretAvis | null;
  observations: string;
  updatedAt: string;
}
