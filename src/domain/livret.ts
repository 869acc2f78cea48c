/**
 * The livret scolaire (circular annexe 3): per candidate, semester marks of both years per subject,
 * the teachers' appréciations, the PIX certification, the avis du conseil de classe.
 * Plain data; marks in hundredths (exact, like every mark of Délib).
 *
 * The subjects of a livret are part of the regulation object (`Regulation.livret`, optional), like its
 * evaluation grids: a session's copy of its regulation carries them.
 */
import { getPreset } from './presets/index.ts';
import type { Regulation } from './regulation.ts';
import { formatHundredthsShort } from './exact.ts';

/** The four semesters of the two years of the BTS. */
export type LivretPeriod = 'a1s1' | 'a1s2' | 'a2s1' | 'a2s2';

export const LIVRET_PERIODS: readonly LivretPeriod[] = Object.freeze(['a1s1', 'a1s2', 'a2s1', 'a2s2'] as const);

/** A year of the BTS, and its two semesters. */
export type LivretYear = 1 | 2;

export const YEAR_PERIODS: Readonly<Record<LivretYear, readonly [LivretPeriod, LivretPeriod]>> = Object.freeze({
  1: ['a1s1', 'a1s2'] as const,
  2: ['a2s1', 'a2s2'] as const,
});

/** The semesters as the class grid's messages name them (« CGE 1A S2 »). */
export const PERIOD_SHORT_LABELS: Readonly<Record<LivretPeriod, string>> = Object.freeze({
  a1s1: '1A S1',
  a1s2: '1A S2',
  a2s1: '2A S1',
  a2s2: '2A S2',
});

/** `1re année, 1er semestre`: full wording (accessible names, import mapping). */
export const PERIOD_LABELS: Readonly<Record<LivretPeriod, string>> = Object.freeze({
  a1s1: '1re année, 1er semestre',
  a1s2: '1re année, 2e semestre',
  a2s1: '2e année, 1er semestre',
  a2s2: '2e année, 2e semestre',
});

/** Avis du conseil de classe (annexe 3). */
export type LivretAvis = 'tres_favorable' | 'favorable' | 'doit_faire_ses_preuves';

export const LIVRET_AVIS: readonly LivretAvis[] = Object.freeze(['tres_favorable', 'favorable', 'doit_faire_ses_preuves'] as const);

/** The annexe's wording of each avis. */
export const AVIS_LABELS: Readonly<Record<LivretAvis, string>> = Object.freeze({
  tres_favorable: 'Très favorable',
  favorable: 'Favorable',
  doit_faire_ses_preuves: 'Doit faire ses preuves à l’examen',
});

/** Short codes typed for each avis in the class grid (TF, F, D — or 1, 2, 3 in the annexe's order). */
export const AVIS_KEYS: Readonly<Record<LivretAvis, readonly string[]>> = Object.freeze({
  tres_favorable: ['TF', '1'],
  favorable: ['F', '2'],
  doit_faire_ses_preuves: ['D', 'DFSP', '3'],
});

/**
 * An avis typed in a grid cell: a short code (TF, F, D, DFSP, 1–3), the annexe's wording or its beginning, any
 * case and accents; empty (or « — ») clears it. Unknown text is an error in French, never a guess.
 */
export function parseLivretAvis(text: string): { ok: true; value: LivretAvis | null } | { ok: false; error: string } {
  const fold = (t: string) =>
    t
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[’']/g, "'")
      .trim()
      .toUpperCase();
  const typed = fold(text);
  if (typed === '' || typed === '—' || typed === '-') return { ok: true, value: null };
  for (const avis of LIVRET_AVIS) if (AVIS_KEYS[avis].includes(typed)) return { ok: true, value: avis };
  const byWording = LIVRET_AVIS.filter((avis) => typed.length >= 3 && fold(AVIS_LABELS[avis]).startsWith(typed));
  if (byWording.length === 1) return { ok: true, value: byWording[0]! };
  return {
    ok: false,
    error: `« ${text.trim()} » : avis inconnu (TF = très favorable, F = favorable, D = doit faire ses preuves, ou 1, 2, 3 ; vide pour aucun avis)`,
  };
}

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

/** A subject (enseignement) of the livret. */
export interface LivretSubject {
  /** Stable id, stored in LivretRecord.subjects (`cge`, `cejm`…). */
  id: string;
  /** The annexe's recto wording: `Culture générale et expression`. */
  label: string;
  /** The annexe's verso (chart) wording, in capitals: `CULTURE GENERALE ET EXPRESSION`. */
  chartLabel: string;
  /** A few letters for grid headings: `CGE`. */
  short: string;
  /** Enseignements obligatoires, or facultatifs (EF1, EF2). */
  optional: boolean;
  /** The regulation units this subject prepares (information; the livret never feeds the engine). */
  units: string[];
  /**
   * Other spellings found in school software exports (abbreviations, subject names), used to suggest the
   * column mapping of an import: `CGE`, `Français`, `LV1`, `Anglais`…
   */
  abbreviations: string[];
}

/** What the livret of a regulation holds and how its document is headed. */
export interface LivretTemplate {
  regulationId: string;
  /** `B.T.S.` (annexe 3: « EXAMEN : B.T.S. »). */
  examen: string;
  /** `Conseil et commercialisation de solutions techniques`. */
  specialite: string;
  /** In the annexe's order: compulsory subjects, then optional ones. */
  subjects: readonly LivretSubject[];
}

/** The livret of a regulation (or of a built-in preset, by id), or null when none is defined for it. */
export function livretTemplateFor(regulation: Regulation | string): LivretTemplate | null {
  return (typeof regulation === 'string' ? getPreset(regulation) : regulation)?.livret ?? null;
}

/** An empty livret for a candidate (nothing entered yet). */
export function emptyLivret(sessionId: number, candidateId: number): LivretRecord {
  return { sessionId, candidateId, subjects: {}, pix: false, avis: null, observations: '', updatedAt: new Date(0).toISOString() };
}

/** True when nothing was entered (no mark, appréciation, avis, PIX or observation). */
export function isLivretEmpty(record: Pick<LivretRecord, 'subjects' | 'pix' | 'avis' | 'observations'>): boolean {
  return (
    !record.pix &&
    record.avis === null &&
    record.observations.trim() === '' &&
    Object.values(record.subjects).every((s) => Object.keys(s.marks).length === 0 && s.appreciation.trim() === '')
  );
}

/** One change to a livret; `null` removes a mark (the semester becomes missing). */
export type LivretChange =
  | { kind: 'mark'; subject: string; period: LivretPeriod; value: number | null }
  | { kind: 'appreciation'; subject: string; text: string }
  | { kind: 'pix'; value: boolean }
  | { kind: 'avis'; value: LivretAvis | null }
  | { kind: 'observations'; text: string };

/**
 * What `record` holds where `change` writes, as a change of the same place (a livret not yet written holds nothing:
 * no mark, no appreciation, no avis, PIX not attested). Written back, it undoes `change` (Ctrl+Z in the class grid).
 */
export function livretChangeUndoing(record: LivretRecord | null, change: LivretChange): LivretChange {
  switch (change.kind) {
    case 'mark':
      return { ...change, value: record?.subjects[change.subject]?.marks[change.period] ?? null };
    case 'appreciation':
      return { ...change, text: record?.subjects[change.subject]?.appreciation ?? '' };
    case 'pix':
      return { ...change, value: record?.pix ?? false };
    case 'avis':
      return { ...change, value: record?.avis ?? null };
    case 'observations':
      return { ...change, text: record?.observations ?? '' };
  }
}

/** Whether `record` already holds what `change` writes. */
export function livretHolds(record: LivretRecord | null, change: LivretChange): boolean {
  const held = livretChangeUndoing(record, change);
  return 'value' in held ? held.value === (change as { value: unknown }).value : held.text === (change as { text: string }).text;
}

/** Where a change of the livret writes, as the class grid names it: « CGE 1A S2 », « Avis », « PIX ». */
export function livretPlaceLabel(change: LivretChange, subjects: readonly LivretSubject[]): string {
  const short = (id: string) => subjects.find((s) => s.id === id)?.short ?? id;
  switch (change.kind) {
    case 'mark':
      return `${short(change.subject)} ${PERIOD_SHORT_LABELS[change.period]}`;
    case 'appreciation':
      return `Appréciation ${short(change.subject)}`;
    case 'avis':
      return 'Avis';
    case 'pix':
      return 'PIX';
    case 'observations':
      return 'Observations';
  }
}

/** The value a change writes, as the class grid shows it (« 12,5 », « Très favorable », « Oui », « vide »). */
export function livretValueText(change: LivretChange): string {
  switch (change.kind) {
    case 'mark':
      return change.value === null ? 'vide' : formatHundredthsShort(change.value);
    case 'avis':
      return change.value === null ? 'aucun avis' : AVIS_LABELS[change.value];
    case 'pix':
      return change.value ? 'Oui' : 'Non';
    case 'appreciation':
    case 'observations':
      return change.text === '' ? 'vide' : `« ${change.text} »`;
  }
}

/** The record with the changes applied (a new object; `record` is left as it is). Entries left empty are dropped. */
export function applyLivretChanges(record: LivretRecord, changes: readonly LivretChange[]): LivretRecord {
  const subjects: Record<string, LivretSubjectEntry> = {};
  for (const [id, entry] of Object.entries(record.subjects)) subjects[id] = { marks: { ...entry.marks }, appreciation: entry.appreciation };
  const next: LivretRecord = { ...record, subjects };
  const entry = (id: string) => (subjects[id] ??= { marks: {}, appreciation: '' });
  for (const change of changes) {
    switch (change.kind) {
      case 'mark':
        if (change.value === null) delete entry(change.subject).marks[change.period];
        else entry(change.subject).marks[change.period] = change.value;
        break;
      case 'appreciation':
        entry(change.subject).appreciation = change.text;
        break;
      case 'pix':
        next.pix = change.value;
        break;
      case 'avis':
        next.avis = change.value;
        break;
      case 'observations':
        next.observations = change.text;
        break;
    }
  }
  for (const [id, e] of Object.entries(subjects)) {
    if (Object.keys(e.marks).length === 0 && e.appreciation === '') delete subjects[id];
  }
  return next;
}
