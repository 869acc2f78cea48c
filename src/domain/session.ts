/**
 * The entities a jury works with: exam sessions, établissements, candidates and their marks.
 * Plain data (structured-cloneable), shared by the database, the views and the files.
 */
import type { GridEvaluation } from './grids/evaluation.ts';
import type { ControleMark, Mark } from './marks.ts';
import type { Regulation } from './regulation.ts';

export interface ExamSession {
  id?: number;
  name: string;
  academie: string;
  year: number;
  /** Id of the regulation (a preset of src/domain/presets, e.g. `bts-ccst-2024`, or the id of one from a file). */
  presetId: string;
  /**
   * The session's own copy of its regulation (schema v6): its results never change because a preset
   * changed. Editable while the deliberation is not open, read-only after. Absent only on records
   * written before v6 (the upgrade fills it in) and in old files (filled in from `presetId`).
   */
  regulation?: Regulation;
  /** Deadline for depositing the professional dossiers, ISO date `AAAA-MM-JJ`, or null. */
  depositDeadline: string | null;
  createdAt: string;
  /**
   * Where the jury's documents are signed (« Fait à Toulouse, le … »), the centre d'examen and its postal
   * address (convocations). Optional: sessions stored before issue 16 have none (empty = not set).
   */
  place?: string;
  centre?: string;
  centreAddress?: string;
  /** The window of the épreuves de contrôle, ISO dates `AAAA-MM-JJ` (null: not set); dates outside are refused. */
  controleFrom?: string | null;
  controleTo?: string | null;
}

/** The session settings a president fills in for the documents (all optional). */
export const SESSION_SETTING_KEYS = ['place', 'centre', 'centreAddress', 'controleFrom', 'controleTo'] as const;

export type EtablissementType = 'public' | 'prive_sous_contrat' | 'prive_hors_contrat' | 'cfa_habilite' | 'cfa_non_habilite' | 'greta' | 'distance';

export const ETABLISSEMENT_TYPE_LABELS: Readonly<Record<EtablissementType, string>> = {
  public: 'Public',
  prive_sous_contrat: 'Privé sous contrat',
  prive_hors_contrat: 'Privé hors contrat',
  cfa_habilite: 'CFA habilité',
  cfa_non_habilite: 'CFA non habilité',
  greta: 'GRETA',
  distance: 'Enseignement à distance',
};

export interface Etablissement {
  id?: number;
  sessionId: number;
  /** Code UAI (ex-RNE), e.g. `0310044E`; may be empty for an établissement without one. */
  uai: string;
  name: string;
  city: string;
  type: EtablissementType;
}

export type Statut = 'scolaire' | 'apprenti' | 'formation_continue' | 'individuel' | 'distance';

export const STATUT_LABELS: Readonly<Record<Statut, string>> = {
  scolaire: 'Scolaire',
  apprenti: 'Apprenti',
  formation_continue: 'Formation continue',
  individuel: 'Candidat individuel',
  distance: 'Enseignement à distance',
};

/** How a unit is assessed for a candidate. */
export type UnitForm = 'CCF' | 'ponctuel';

export interface Candidate {
  id?: number;
  sessionId: number;
  numero: string;
  nom: string;
  prenom: string;
  /** ISO date `AAAA-MM-JJ`, or null. */
  dateNaissance: string | null;
  etablissementId: number | null;
  statut: Statut;
  /** Langue vivante étrangère of E2, e.g. `Anglais`. */
  langueVivante: string;
  /** Optional units the candidate registered for (EF1, EF2, EF3). */
  optionalUnits: string[];
  /** Per-unit override of the form derived from statut and établissement. */
  formOverrides: Record<string, UnitForm>;
}

/** R8: a mark kept from an earlier session. */
export interface Benefice {
  year: number;
}

/** One mark of one candidate on one unit (first group) or one contrôle unit. */
export interface MarkRecord {
  sessionId: number;
  candidateId: number;
  /** Unit code (`E4`) for the first group; `controle_E1`… for the épreuve de contrôle. */
  unit: string;
  value: Mark | ControleMark;
  /** R7: examined "sous réserve de vérification" (a flag on the mark, not a decision). */
  sousReserve: boolean;
  benefice: Benefice | null;
  updatedAt: string;
}

export const CONTROLE_PREFIX = 'controle_';

/** Key of a contrôle entry, in mark records and in files: `controle_E1`. */
export const controleKey = (code: string) => `${CONTROLE_PREFIX}${code}`;

/** Splits a candidate's stored marks into the engine's input: first-group marks and contrôle entries. */
export function candidateMarksOf(records: Iterable<Pick<MarkRecord, 'unit' | 'value'>>): {
  marks: Record<string, Mark>;
  controle: Record<string, ControleMark>;
} {
  const marks: Record<string, Mark> = {};
  const controle: Record<string, ControleMark> = {};
  for (const record of records) {
    if (record.unit.startsWith(CONTROLE_PREFIX)) controle[record.unit.slice(CONTROLE_PREFIX.length)] = record.value as ControleMark;
    else marks[record.unit] = record.value;
  }
  return { marks, controle };
}

/**
 * Where the jury stands. Before the deliberation marks are free; once it is open every change needs a
 * reason and is logged; when the 1er groupe is closed first-group marks are read-only (contrôle marks
 * can still be entered); when the 2nd groupe is closed everything is read-only.
 */
export type DeliberationPhase = 'preparation' | 'premier_groupe' | 'premier_groupe_clos' | 'second_groupe_clos';

export const DELIBERATION_PHASE_LABELS: Readonly<Record<DeliberationPhase, string>> = {
  preparation: 'Préparation (avant la délibération)',
  premier_groupe: 'Délibération du 1er groupe ouverte',
  premier_groupe_clos: '1er groupe clos — épreuves de contrôle',
  second_groupe_clos: 'Délibération close',
};

export interface Deliberation {
  sessionId: number;
  phase: DeliberationPhase;
  /** Name of the jury member using this computer, written in the audit trail. */
  juryMember: string;
  president: string;
  members: string[];
  /** Date of the deliberation, ISO, or null. */
  date: string | null;
}

/**
 * One line of the audit trail: a mark changed during the deliberation (`note`), a phase change (`phase`),
 * or a jury choice about a candidate made while the deliberation is open (`jury`: livret examined,
 * contrôle units chosen; `unit` then names the choice).
 */
export interface AuditEntry {
  id?: number;
  sessionId: number;
  at: string;
  who: string;
  kind: 'note' | 'phase' | 'jury';
  candidateId: number | null;
  numero: string;
  name: string;
  unit: string;
  before: string;
  after: string;
  reason: string;
}

/** What the jury notes per candidate (D643-26 livret, choice of contrôle units). */
export interface JuryNote {
  candidateId: number;
  sessionId: number;
  livretExamined: boolean;
  /** Contrôle units chosen (E1, E2, E3), at most the regulation's maximum. */
  controleUnits: string[];
  /** When and where the candidate sits each chosen contrôle unit (issue 16), by unit code; absent: not scheduled. */
  schedule?: Record<string, ControleSlot>;
}

/** A contrôle convocation: date (ISO `AAAA-MM-JJ`), hour (`HH:MM`) and room; empty parts are not set yet. */
export interface ControleSlot {
  date: string | null;
  time: string;
  room: string;
}

/** `03/07/2024 à 14:30, salle B12` (the parts that are set), for the journal and the screens. */
export function formatControleSlot(slot: ControleSlot | null | undefined): string {
  if (!slot) return 'non convoqué';
  const date = slot.date ? slot.date.split('-').reverse().join('/') : 'date à fixer';
  const parts = [slot.time ? `${date} à ${slot.time}` : date];
  if (slot.room) parts.push(`salle ${slot.room}`);
  return parts.join(', ');
}

/**
 * A filled-in evaluation grid (annexes 5, 10–13, 16, 17, 20, 21, 23): one candidate, one unit.
 * The unit's mark itself lives in `MarkRecord` (one source of truth); the record holds the levels,
 * the parts (E22, E4 CCF), observations, date and commission.
 */
export interface EvaluationRecord {
  sessionId: number;
  candidateId: number;
  /** Unit code (`E4`), as in `MarkRecord.unit`. */
  unit: string;
  evaluation: GridEvaluation;
  updatedAt: string;
}

/** A unit forced to NV by a non-conforme dossier (R7), with what it replaced, so it can be reverted. */
export interface NvByConformity {
  reasons: string[];
  /** The mark stored before the NV, restored if the dossier becomes conforme again (null: none). */
  replaced: Pick<MarkRecord, 'value' | 'sousReserve' | 'benefice'> | null;
}
