/**
 * Evaluation grids as data (docs/regles.md « Documents du jury »; circular annexes 5, 10–13, 16, 17, 20, 21, 23, 24).
 *
 * A grid is the paper form a commission fills in: criteria rated TI / I / S / TS (or, for the E22
 * language grid, a degree of success per column), observation boxes, and one mark. The mark is the
 * commission's and is NOT computed from the levels, except where the annexe itself sums parts:
 * E22 = A + B + C (annexe 5) and E4 CCF = situation 1 + situation 2 (annexe 10) (R2b).
 *
 * Every French string in a grid is copied verbatim from the circular (whitespace normalised); the
 * tests check each one against the seed text. Pure data: no DOM, no database.
 */
import type { UnitForm } from '../session.ts';

/** The four levels of the grids, from lowest to highest. */
export type Level = 'TI' | 'I' | 'S' | 'TS';

export const LEVELS: readonly Level[] = Object.freeze(['TI', 'I', 'S', 'TS'] as const);

/** `NM`: non mobilisé — "tous les critères d’évaluation ne sont pas nécessairement mobilisés". */
export const NON_MOBILISE = 'NM';

/** What a commission ticks for one criterion. */
export type Rating = Level | typeof NON_MOBILISE;

export const RATINGS: readonly Rating[] = Object.freeze([...LEVELS, NON_MOBILISE]);

/** Which form(s) of a unit a grid is for. E22 and EF3 use one grid for both forms. */
export type GridForm = UnitForm | 'both';

export interface LevelDef {
  level: Level;
  /** The word of the legend printed under the table (`TI : Très insuffisant - …`), or null when the grid has none. */
  label: string | null;
  /** The guide annexe's own words for this level (annexe 12: `Non maitrisé`, `Passif`; annexe 24: `Subit`). */
  guideWords: readonly string[];
}

/** General indications per level, one row per aspect (annexe 12 for E4). */
export type LevelIndications = Readonly<Record<Level, string>>;

export interface LevelGuide {
  /** Number of the annexe giving the indications (12 for E4, 24 for EF3). */
  annexe: number;
  /** Its title, verbatim. */
  title: string;
  /** The heading of its table, verbatim. */
  heading: string;
  /** Grid-wide indications (annexe 12); per-criterion descriptors live on the criteria (annexe 24). */
  rows: readonly LevelIndications[];
}

export interface LevelScale {
  /** Always TI, I, S, TS, in that order. */
  levels: readonly LevelDef[];
  /** The legend line, verbatim, when the grid prints one. */
  legend: string | null;
  guide: LevelGuide | null;
}

export interface Criterion {
  /** Stable within a grid (`c1`…); the same text keeps the same id in the CCF and ponctuel grids of a unit. */
  id: string;
  /** Verbatim text of the criterion (without the `1 –` numbering of annexe 23). */
  text: string;
  /** What each level means for this criterion (annexe 24), verbatim. */
  descriptors?: LevelIndications;
  /** Further indications printed with the criterion (annexe 24: `Capacité à résoudre des problèmes`). */
  indicators?: readonly string[];
}

export type Degree = 1 | 2 | 3 | 4;

export const DEGREES: readonly Degree[] = Object.freeze([1, 2, 3, 4] as const);

export interface DegreeDef {
  degree: Degree;
  /** Verbatim descriptor of the degree in this column. */
  descriptor: string;
  /** The whole points the annexe allows for this degree: `1 ou 2 pts` → [1, 2]; `3 pts` → [3]. */
  points: readonly number[];
  /** The points as printed, verbatim (`1 ou 2 pts`). */
  pointsText: string;
}

export interface BonusDef {
  /** Verbatim text of the bonus line. */
  text: string;
  /** Whole points added (annexe 5: 1), the part's total never exceeding its maximum. */
  points: number;
}

/**
 * How a part is scored:
 * - `levels`: its criteria are rated TI…TS; where the grid sums parts, the part's mark is the commission's
 *   (E4 CCF: `Note sur 10 points`), never computed from the levels;
 * - `degrees`: one degree of success is chosen and the points are those the annexe allows for it (E22).
 */
export type PartScoring = { kind: 'levels' } | { kind: 'degrees'; degrees: readonly DegreeDef[]; bonus: BonusDef | null };

export interface GridPart {
  id: string;
  /** Short name used in messages: `A`, `Situation 1`. */
  label: string;
  /** Heading, verbatim. */
  title: string;
  /** Text under the heading, verbatim (annexe 5 columns), or null. */
  description: string | null;
  criteria: readonly Criterion[];
  scoring: PartScoring;
  /** Maximum of the part in points where the grid sums parts (E4 CCF: 10; E22: 6, 6, 8), else null. */
  max: number | null;
  /** Label of the part's mark box, verbatim, or null. */
  markLabel: string | null;
}

/**
 * How the unit's mark is made:
 * - `commission`: one mark given by the commission as a whole, not computed from the levels;
 * - `sum`: the sum of the parts' marks (each part has its `max`; the maxima add up to `max`).
 */
export type MarkScheme = { kind: 'commission'; max: number; label: string } | { kind: 'sum'; max: number; label: string; wholePoints: boolean };

export interface ObservationField {
  id: string;
  /** Headings above the box, outermost first, verbatim. */
  headings: readonly string[];
  /** Label of the box, verbatim. */
  label: string;
}

export interface MembersField {
  /** Verbatim heading of the box (`Émargement des membres de la commission d’évaluation`). */
  label: string;
  /** Number of boxes printed, or null when the annexe leaves a free space. */
  slots: number | null;
  /** What each box asks, verbatim (`Nom et prénom`, `Qualité`). */
  perMember: readonly string[];
}

export interface GridFields {
  /** Identification boxes, verbatim (`Académie`, `Nom et prénom du candidat`, …). */
  identification: readonly string[];
  /** Label of the date box, or null when the annexe has none (annexe 5). */
  date: string | null;
  observations: readonly ObservationField[];
  members: MembersField | null;
  /** Label under which the commission signs (`Émargement …`, `Signatures`), or null. */
  signatures: string | null;
}

export interface GridDefinition {
  /** `ccst-2024-e4-ccf`. */
  id: string;
  /** Id of the regulation (preset) the grid belongs to. */
  regulationId: string;
  /** Unit code as in the regulation (U61, not E61). */
  unitCode: string;
  form: GridForm;
  /** Number of the annexe of the circular that holds the grid. */
  annexe: number;
  /** Banner above the title, verbatim, or null. */
  header: string | null;
  /** Title as in the annexe, verbatim. */
  title: string;
  /** Second title line (`Grille d’aide à l’évaluation – Forme ponctuelle`), verbatim, or null. */
  subtitle: string | null;
  /** Instructions printed on the grid, verbatim. */
  instructions: readonly string[];
  /** Null when the annexe rates by degrees of success instead of TI…TS (annexe 5). */
  scale: LevelScale | null;
  parts: readonly GridPart[];
  mark: MarkScheme;
  fields: GridFields;
  /** Where the transcription had to reconstruct a table garbled by the PDF extraction. */
  transcriptionNotes: readonly string[];
  /**
   * Said to whoever reads the grid, on screen and on its PDF, under its annexe line, when its texts are not
   * those of the circular of the regulation's sessions (a grid carried over from an earlier circular: « Grille
   * de la session 2024 (annexe 10 de la circulaire 2024) reprise avec la numérotation 2025 : à vérifier… »).
   * Absent for a grid transcribed from its own circular.
   */
  sourceNote?: string;
}
