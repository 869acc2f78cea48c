/**
 * The import contract: a file is read, its columns mapped, then compared with the session into a plan.
 * The preview shows the plan; applying writes exactly the plan's writes (no re-reading, no re-matching).
 */
import type { ConformityChanges, ConformityRecord } from '../../domain/conformity.ts';
import type { ControleMark, Mark } from '../../domain/marks.ts';
import type { Regulation } from '../../domain/regulation.ts';
import type { Benefice, Candidate, Etablissement, MarkRecord } from '../../domain/session.ts';
import type { CsvRecord, Delimiter } from '../csv.ts';
import type { TextEncodingName } from '../decode.ts';
import type { WorkbookFormat } from '../file-kind.ts';

/** Step 1–2: the file as read, with what was detected (and can be overridden). */
export interface ImportSource {
  fileName: string;
  encoding: TextEncodingName;
  delimiter: Delimiter;
  /** Index in `records` of the header row (rows above it, such as a title, are skipped). */
  headerIndex: number;
  /** Every non-blank record of the file, header included. */
  records: CsvRecord[];
  /** Problems of the file itself (unterminated quote…), with their line. */
  readErrors: { line: number; message: string }[];
  /** Set for a workbook (.xlsx, .xls, .ods): the sheet read and every sheet's name (encoding and delimiter are then moot). */
  workbook?: { format: WorkbookFormat; sheet: string; sheets: string[] };
}

export interface ReadOptions {
  encoding?: TextEncodingName;
  delimiter?: Delimiter;
  headerIndex?: number;
  /** A workbook's sheet, by name (default: the first one with a candidate-number heading). */
  sheet?: string;
}

/**
 * Keys of the fields a column can feed. Identity: `numero`, `nom`, `prenom`, `date_naissance`, `statut`,
 * `langue_vivante`, `facultatives`, `formes`, `etablissement_uai`, `etablissement_nom`,
 * `etablissement_ville`, `etablissement_type`. Marks: a unit code (`E4`) or `controle_E1`.
 * Mark flags: `sous_reserve` (list of units), `benefices` (`E3=2023, E1=2022`).
 * Dossier conformity (R7, src/io/import/conformity.ts): `parcours`, `stage_annee1`, `stage_annee2`,
 * `attestations`, `certificats`, `signatures`, `visas`, `depot`, and per unit `fiche_E4`, `dossier_U62`,
 * `pages_U62`, `depot_U61`, `autres_E4`…
 */
export type ImportFieldKey = string;

export interface ImportField {
  key: ImportFieldKey;
  label: string;
  /** Header spellings recognised (case-, accent-, space-insensitive). */
  synonyms: string[];
  group: 'identite' | 'etablissement' | 'notes' | 'controle' | 'indicateurs' | 'conformite';
  /** A mark out of 20 (the units' and contrôle units' columns, from candidateFields): see FieldDef.mark. */
  mark?: boolean;
}

/** Field key per file column (same order as the header), or null for an ignored column. */
export type ColumnMapping = (ImportFieldKey | null)[];

/** What an empty mark cell does: leave the stored mark alone (default) or clear it. */
export type EmptyCellPolicy = 'keep' | 'clear';

/** The session as it is when the preview is made. */
export interface SessionSnapshot {
  regulation: Regulation;
  /** Year of the session (R8: bénéfice at most 5 years back). */
  year: number;
  etablissements: readonly Etablissement[];
  candidates: readonly Candidate[];
  marks: readonly MarkRecord[];
  /**
   * Optional: the session's conformity records and deposit deadline. Given, the preview shows each unit's
   * conformity status before → after and refuses at once a mark over a non-conforme unit's NV; the plan's
   * conformity writes then carry `before`, checked when applying.
   */
  conformity?: readonly ConformityRecord[];
  depositDeadline?: string | null;
}

export type PlanRowStatus = 'new' | 'updated' | 'unchanged' | 'error';

/** One changed value, as shown in the preview: `E4 : 12 → 14,5`. */
export interface CellChange {
  field: ImportFieldKey;
  label: string;
  before: string;
  after: string;
}

export interface PlanError {
  line: number;
  /** The column as headed in the file, or null for the whole row. */
  column: string | null;
  message: string;
}

export interface PlanRow {
  line: number;
  numero: string;
  /** `nom prénom` as it will be after the import (or as in the file for an error row). */
  name: string;
  status: PlanRowStatus;
  changes: CellChange[];
  errors: PlanError[];
  /** The row's cells as read, to export the rows in error for correction: on the rows in error only. */
  cells?: string[];
  /** What the preview points out without refusing the row (a leading zero restored or missing…). */
  warnings?: string[];
  /** The row gives its number to a candidate entered « numéro à venir », recognised by nom + prénom + date de naissance. */
  matchedPending?: true;
}

/** Choices of the preview about spreadsheet mishaps (src/io/import/mishaps.ts). */
export interface PlanOptions {
  /** Give back the leading zeros a spreadsheet dropped from candidate numbers (`2431000001` → `02431000001`). */
  restoreZeros?: boolean;
  /** Apply rows whose letters were replaced by `?` (probable encoding loss); refused otherwise. */
  acceptEncodingLoss?: boolean;
  /** Give the file's number to the candidates « numéro à venir » recognised by nom + prénom + date de naissance; refused otherwise. */
  matchPendingNumeros?: boolean;
  /**
   * Rows without a candidate number but with a name (a class list pasted before the numbers are known): create
   * them as candidates « numéro à venir », or update the one already entered so; refused otherwise.
   */
  createPendingNumeros?: boolean;
  /**
   * Rows with a number unknown to the session whose nom + prénom are those of a numbered candidate the file does not
   * name (a number mistyped, most likely): create them as other candidates (homonyms); refused otherwise.
   */
  createNamesakes?: boolean;
}

/** Who a write is for: an existing candidate, or the n-th candidate this import creates. */
export type CandidateTarget = { id: number } | { newIndex: number };
export type EtablissementTarget = { id: number } | { newIndex: number } | null;

export interface NewCandidate {
  /** Line of the file it comes from. */
  line: number;
  data: Omit<Candidate, 'id' | 'sessionId' | 'etablissementId'>;
  etablissement: EtablissementTarget;
}

export interface CandidateUpdate {
  line: number;
  before: Candidate;
  /** The whole record after the import (id and sessionId unchanged). */
  after: Candidate;
  /** Set when the établissement is one this import creates (after.etablissementId is then ignored). */
  newEtablissement?: number;
}

export interface MarkWrite {
  line: number;
  candidate: CandidateTarget;
  unit: string;
  /** The stored record before the import, or null if there was none. */
  before: MarkRecord | null;
  /** The content after the import, or null to delete the record. */
  after: { value: Mark | ControleMark; sousReserve: boolean; benefice: Benefice | null } | null;
}

/** The conformity columns of one row, applied onto the candidate's record (R7: NV in the same transaction). */
export interface ConformityWrite {
  line: number;
  candidate: CandidateTarget;
  changes: ConformityChanges;
  /** The record the preview saw (null: none); undefined when the snapshot had no conformity records. */
  before?: ConformityRecord | null;
}

export interface ImportPlan {
  rows: PlanRow[];
  counts: Record<PlanRowStatus, number>;
  emptyCells: EmptyCellPolicy;
  /** The writes of the rows without error, in file order. */
  newEtablissements: Omit<Etablissement, 'id' | 'sessionId'>[];
  newCandidates: NewCandidate[];
  candidateUpdates: CandidateUpdate[];
  markWrites: MarkWrite[];
  /** Conformity columns, in file order (absent: the file has none). */
  conformityWrites?: ConformityWrite[];
  /** Lines whose candidate number seems to have lost its leading zeros, the length it should have, and whether they are restored. */
  lostZeros?: { lines: number[]; length: number; restored: boolean };
  /** Lines where letters became `?` (probable encoding loss), and whether they are applied anyway. */
  encodingLoss?: { lines: number[]; accepted: boolean };
  /** Lines recognised as a candidate « numéro à venir » (nom + prénom + date de naissance), and whether they get the number. */
  pendingNumeros?: { lines: number[]; accepted: boolean };
  /** Lines without a candidate number but with a name, and whether they are taken as candidates « numéro à venir ». */
  withoutNumero?: { lines: number[]; accepted: boolean };
  /** Lines with an unknown number and the name of a numbered candidate the file does not name, and whether they are created anyway. */
  namesakes?: { lines: number[]; accepted: boolean };
  /** Lines whose nom and prénom are the stored candidate's prénom and nom (columns swapped?): said, not refused. */
  swappedNames?: { lines: number[] };
  /** Lines whose known number comes with another person's nom and prénom (a number mistyped?): said, not refused. */
  otherPeople?: { lines: number[] };
}
