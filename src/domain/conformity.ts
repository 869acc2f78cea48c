/**
 * Conformity of the professional dossiers (docs/regles.md R7; national circular 2024 annexe 4 and "Stages"; Toulouse circular 2023 §1.2).
 *
 * A record per candidate holds what the controllers checked: the candidate's parcours (stage, or professional
 * experience with certificats de travail), the stage periods (src/domain/stage.ts) and, per unit (E4, U61,
 * U62), the annexe 4 checklist. From it `evaluateConformity` gives each unit a status; `syncMarks` gives the
 * mark writes that status implies (NV for a non-conforme unit, the replaced mark back when it is conforme
 * again, the `sousReserve` flag while there is a doubt). `nv` is what the rest of the app relies on: the
 * units this record forces to NV, and why (the guard refuses any other mark on them).
 *
 * Pure: no DOM, no database.
 */
import { isIsoDate, isoToFrench } from './dates.ts';
import type { Mark, Parsed } from './marks.ts';
import type { Regulation } from './regulation.ts';
import type { Benefice, NvByConformity, Statut, UnitForm } from './session.ts';
import { CCST_STAGE_RULE, DURATION_UNITS, periodProblems, stageSummary, type StagePeriod, type StageRule, type StageSummary } from './stage.ts';

export type { StagePeriod } from './stage.ts';

/** A checklist item: true (present / done), false (missing / not done), null (not checked yet). */
export type Check = boolean | null;

/** `stage`: attestations de stage; `experience`: certificats de travail (professional experience). */
export type Parcours = 'stage' | 'experience';

export const PARCOURS_LABELS: Readonly<Record<Parcours, string>> = {
  stage: 'Stage (attestations de stage)',
  experience: 'Expérience professionnelle (certificats de travail)',
};

/** The parcours in a sentence (« Par défaut : stage »), without the pieces that prove it. */
export const PARCOURS_NAMES: Readonly<Record<Parcours, string>> = {
  stage: 'stage',
  experience: 'expérience professionnelle',
};

/** The annexe 4 checklist of one unit. */
export interface UnitChecklist {
  /** Attestation(s) de stage in the dossier (parcours stage). */
  attestations: Check;
  /** Certificat(s) de travail in the dossier (parcours experience). */
  certificats: Check;
  /** Attestations / certificats signed. */
  signed: Check;
  /** Attestations / certificats stamped (visa, cachet de l'organisme). */
  stamped: Check;
  /** Fiche descriptive (annexe number depends on the unit's form: see ConformityUnitSpec). */
  fiche: Check;
  /** The dossier itself (units that have one: U62). */
  dossier: Check;
  /** Pages of the dossier, annexes excluded (units that have one), or null when not counted. */
  pages: number | null;
  /** Date the dossier was deposited, ISO `AAAA-MM-JJ`, or null when not known. */
  depositDate: string | null;
  /** "autres (à préciser)": any other failed point, free text; not empty = non conforme. */
  other: string;
  /** A doubt: the candidate is examined and the mark is kept "sous réserve de vérification". */
  doubt: boolean;
  doubtNote: string;
  /**
   * Annexe 4 items declared by the jury when typing NV in the marks grid (issue 16): each one makes the unit
   * non conforme with annexe 4's words, like a failed check. Absent or empty: none.
   */
  declared?: Annexe4Item[];
}

export interface ConformityRecord {
  candidateId: number;
  sessionId: number;
  /** Units forced to NV by a non-conforme dossier, by unit code. */
  nv: Record<string, NvByConformity>;
  /** The candidate's parcours; absent: derived from the statut (see defaultParcours). */
  parcours?: Parcours | null;
  periods?: StagePeriod[];
  /** The checklist of each unit, by unit code. */
  units?: Record<string, UnitChecklist>;
  /** Units whose mark got its `sousReserve` flag from a doubt recorded here (lifted with the doubt). */
  reserve?: string[];
  updatedAt?: string;
}

/** What the controllers enter; the rest of a record (nv, reserve) follows from it. */
export interface ConformityData {
  parcours: Parcours | null;
  periods: StagePeriod[];
  units: Record<string, UnitChecklist>;
}

// --- annexe 4 ------------------------------------------------------------------------------------

/** The reasons printed on the annexe 4 notice, in its order. */
export type Annexe4Item = 'attestation' | 'duree' | 'certificat' | 'visa' | 'ficheProjet' | 'ficheOuDossier' | 'autres';

export const ANNEXE4_ITEMS: readonly Annexe4Item[] = ['attestation', 'duree', 'certificat', 'visa', 'ficheProjet', 'ficheOuDossier', 'autres'];

/** Annexe 4's exact words. */
export const ANNEXE4_WORDING: Readonly<Record<Annexe4Item, string>> = {
  attestation: "absence d'attestation(s) de stage",
  duree: 'durée de stage insuffisante',
  certificat: 'absence de certificat(s) de travail',
  visa: 'certificat(s) ou attestation(s) non visé(s) ou non signé(s)',
  ficheProjet: 'absence de fiche(s) descriptive(s) de projet',
  ficheOuDossier: 'absence de fiche(s) descriptive(s) ou de dossier',
  autres: 'autres (à préciser)',
};

export const ANNEXE4_INTRO = 'Après vérification, votre candidature ne peut être retenue pour les motifs ci-dessous :';

/**
 * The annexe 4 items that can make `spec` non conforme for a candidate of `parcours`, in annexe 4's order: what the
 * jury may give as the reasons of an NV typed in the marks grid. The stage's pieces and duration belong to the stage
 * parcours, the certificats de travail to professional experience (the dossier of the other parcours has none).
 */
export function annexe4ItemsFor(spec: ConformityUnitSpec, parcours: Parcours): Annexe4Item[] {
  const items = new Set<Annexe4Item>(parcours === 'stage' ? ['attestation', 'duree'] : ['certificat']);
  items.add('visa');
  items.add(spec.fiche.missing);
  if (spec.dossier) items.add(spec.dossier.missing);
  items.add('autres');
  return ANNEXE4_ITEMS.filter((item) => items.has(item));
}

/** What the conformity check of a unit looks at, beyond the common items. */
export interface ConformityUnitSpec {
  /** Unit code of the regulation (`U61`). */
  code: string;
  /** Code printed on annexe 4 (`E61`). */
  noticeCode: string;
  fiche: {
    label: string;
    /** Annexe of the model, by form (CCF / ponctuel), or null when not known. */
    annexe: Readonly<Record<UnitForm, number>> | null;
    /** The annexe 4 reason when it is missing. */
    missing: Annexe4Item;
  };
  dossier: { label: string; maxPages: number; missing: Annexe4Item } | null;
}

export { CCST_2024_CONFORMITY } from './presets/bts-ccst-2024/conformity.ts';

/** The units checked for a regulation: its own list, else every unit where NV is allowed, with generic items. */
export function conformityUnits(regulation: Regulation): readonly ConformityUnitSpec[] {
  if (regulation.conformity) return regulation.conformity;
  return regulation.units
    .filter((u) => u.nvAllowed)
    .map((u) => ({ code: u.code, noticeCode: u.code, fiche: { label: 'Fiche descriptive', annexe: null, missing: 'ficheOuDossier' }, dossier: null }));
}

/** The stage rule of a regulation (14–16 weeks, 4 consecutive in year 1 when it gives none, as CCST). */
export function stageRuleOf(regulation: Regulation): StageRule {
  return regulation.stage ?? CCST_STAGE_RULE;
}

// --- data ----------------------------------------------------------------------------------------

export function emptyChecklist(): UnitChecklist {
  return {
    attestations: null,
    certificats: null,
    signed: null,
    stamped: null,
    fiche: null,
    dossier: null,
    pages: null,
    depositDate: null,
    other: '',
    doubt: false,
    doubtNote: '',
  };
}

/** Scolaires and distance learners do stages; apprentis, formation continue and individuels justify experience. */
export function defaultParcours(statut: Statut): Parcours {
  return statut === 'scolaire' || statut === 'distance' ? 'stage' : 'experience';
}

export function parcoursOf(data: Pick<ConformityData, 'parcours'>, statut: Statut): Parcours {
  return data.parcours ?? defaultParcours(statut);
}

/** The data of a record (or of none), with every unit of `specs` present. */
export function conformityDataOf(record: ConformityRecord | null | undefined, specs: readonly ConformityUnitSpec[]): ConformityData {
  const units: Record<string, UnitChecklist> = {};
  for (const spec of specs) units[spec.code] = { ...emptyChecklist(), ...(record?.units?.[spec.code] ?? {}) };
  return {
    parcours: record?.parcours ?? null,
    periods: (record?.periods ?? []).map((p) => ({ ...p, duration: { ...p.duration } })),
    units,
  };
}

/** A change to apply on the stored data: periods are replaced as a whole, checklists field by field. */
export interface ConformityChanges {
  parcours?: Parcours | null;
  /** Every period, replaced as a whole. */
  periods?: StagePeriod[];
  /** The stage periods of one year, replaced (the other periods are kept): what an imported column gives. */
  stageYears?: Partial<Record<1 | 2, StagePeriod[]>>;
  units?: Record<string, Partial<UnitChecklist>>;
}

/** The yes / no items of a unit's checklist (the check columns of the conformity grid). */
export type CheckItem = 'attestations' | 'certificats' | 'signed' | 'stamped' | 'fiche' | 'dossier';

/** The check items as the conformity grid heads them. */
export const CHECK_ITEM_LABELS: Readonly<Record<CheckItem, string>> = Object.freeze({
  attestations: 'Pièces',
  certificats: 'Pièces',
  signed: 'Signées',
  stamped: 'Visées',
  fiche: 'Fiche',
  dossier: 'Dossier',
});

/** A check as the grid shows it: « oui », « non », or « non vérifié ». */
export const checkText = (check: Check): string => (check === null ? 'non vérifié' : check ? 'oui' : 'non');

/** The answers a check takes when typed or pasted in the conformity grid, as its refusals say them. */
export const CHECK_ANSWERS = 'O = oui, N = non, vide = non vérifié';

const CHECK_YES = new Set(['oui', 'o', 'yes', 'y', 'x', 'v', '1', 'vrai', 'present', 'presente', 'presents', 'presentes', 'ok', 'fait']);
const CHECK_NO = new Set(['non', 'n', 'no', '0', 'faux', 'absent', 'absente', 'absents', 'absentes']);
const CHECK_UNKNOWN = new Set(['', 'averifier', 'nonverifie', 'inconnu']);

/**
 * A check as a person writes it, typed in the grid, pasted from a spreadsheet or read from an imported file: `oui`,
 * `O`, `x`, `1`, `présent`, `✓` → true; `non`, `N`, `0`, `absent`, `✗` → false; empty, `?`, `à vérifier`,
 * `non vérifié` → null (not checked yet). Any case and accents.
 */
export function parseCheck(cell: string): Parsed<Check> {
  const text = cell.trim();
  if (text === '?' || text === '✓' || text === '✗') return { ok: true, value: text === '?' ? null : text === '✓' };
  const key = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
  if (CHECK_YES.has(key)) return { ok: true, value: true };
  if (CHECK_NO.has(key)) return { ok: true, value: false };
  if (CHECK_UNKNOWN.has(key)) return { ok: true, value: null };
  return { ok: false, error: `« ${text} » : oui ou non attendu` };
}

/** The first check of `expected` that `data` does not hold (unit code, item, what it holds), or null when it holds them all. */
export function checksNotHeld(
  data: ConformityData,
  expected: Readonly<Record<string, Partial<Record<CheckItem, Check>>>>,
): { code: string; item: CheckItem; held: Check } | null {
  for (const [code, items] of Object.entries(expected)) {
    for (const [item, value] of Object.entries(items) as [CheckItem, Check][]) {
      const held = data.units[code]?.[item] ?? null;
      if (held !== value) return { code, item, held };
    }
  }
  return null;
}

export function mergeConformity(data: ConformityData, changes: ConformityChanges): ConformityData {
  const units: Record<string, UnitChecklist> = { ...data.units };
  for (const [code, change] of Object.entries(changes.units ?? {})) units[code] = { ...emptyChecklist(), ...data.units[code], ...change };
  let periods = changes.periods === undefined ? data.periods : changes.periods;
  for (const year of [1, 2] as const) {
    const replacement = changes.stageYears?.[year];
    if (replacement === undefined) continue;
    const at = periods.findIndex((p) => p.kind === 'stage' && p.year === year);
    const kept = periods.filter((p) => !(p.kind === 'stage' && p.year === year));
    const index = at === -1 ? kept.length : periods.slice(0, at).filter((p) => !(p.kind === 'stage' && p.year === year)).length;
    periods = [...kept.slice(0, index), ...replacement, ...kept.slice(index)];
  }
  return {
    parcours: changes.parcours === undefined ? data.parcours : changes.parcours,
    periods,
    units,
  };
}

/** Nothing entered: no record is needed. */
export function isEmptyData(data: ConformityData): boolean {
  const empty = JSON.stringify(emptyChecklist());
  return data.parcours === null && data.periods.length === 0 && Object.values(data.units).every((u) => JSON.stringify({ ...emptyChecklist(), ...u }) === empty);
}

/** `2024-04-12` → `12/04/2024`. */
export const frenchDate = (iso: string): string => isoToFrench(iso);

const isCheck = (v: unknown): v is Check => v === null || v === true || v === false;

/**
 * Checks and normalizes what is about to be stored (texts trimmed, units limited to `specs`); the error names
 * the place in French. Only structural problems are refused: a missing document is a finding, not an error.
 */
export function checkConformityData(data: ConformityData, specs: readonly ConformityUnitSpec[]): Parsed<ConformityData> {
  const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });
  if (data.parcours !== null && data.parcours !== 'stage' && data.parcours !== 'experience') {
    return fail(`Parcours inconnu : « ${String(data.parcours)} ».`);
  }
  if (!Array.isArray(data.periods)) return fail('Les périodes doivent être une liste.');
  const periods: StagePeriod[] = [];
  for (const [index, raw] of data.periods.entries()) {
    const place = `Période ${index + 1}`;
    if (typeof raw !== 'object' || raw === null) return fail(`${place} : période invalide.`);
    if (raw.kind !== 'stage' && raw.kind !== 'travail') return fail(`${place} : type inconnu (stage ou certificat de travail).`);
    const duration = raw.duration;
    if (typeof duration !== 'object' || duration === null || !DURATION_UNITS.includes(duration.unit)) {
      return fail(`${place} : unité de durée inconnue.`);
    }
    if (!Number.isSafeInteger(duration.amount)) return fail(`${place} : durée invalide.`);
    for (const date of [raw.start, raw.end]) {
      if (date !== null && !isIsoDate(date)) return fail(`${place} : date invalide (AAAA-MM-JJ attendu).`);
    }
    const period: StagePeriod = {
      kind: raw.kind,
      organisme: typeof raw.organisme === 'string' ? raw.organisme.trim() : '',
      year: raw.kind === 'stage' ? raw.year : raw.year === 1 || raw.year === 2 ? raw.year : null,
      start: raw.start,
      end: raw.end,
      duration: { amount: duration.amount, unit: duration.unit },
    };
    const problems = periodProblems(period);
    if (problems.length > 0) return fail(`${place} : ${problems.join(', ')}.`);
    periods.push(period);
  }
  const units: Record<string, UnitChecklist> = {};
  const known = new Set(specs.map((s) => s.code));
  for (const code of Object.keys(data.units ?? {})) {
    if (!known.has(code)) return fail(`Épreuve « ${code} » : pas de contrôle de conformité pour cette épreuve.`);
  }
  for (const spec of specs) {
    const raw = { ...emptyChecklist(), ...(data.units?.[spec.code] ?? {}) };
    const place = spec.code;
    for (const key of ['attestations', 'certificats', 'signed', 'stamped', 'fiche', 'dossier'] as const) {
      if (!isCheck(raw[key])) return fail(`${place} : « ${key} » doit être oui, non ou non vérifié.`);
    }
    if (raw.pages !== null && !(Number.isInteger(raw.pages) && raw.pages >= 0 && raw.pages <= 10_000)) {
      return fail(`${place} : le nombre de pages doit être un entier positif.`);
    }
    if (raw.depositDate !== null && !isIsoDate(raw.depositDate)) return fail(`${place} : date de dépôt invalide (AAAA-MM-JJ attendu).`);
    if (typeof raw.other !== 'string' || typeof raw.doubtNote !== 'string') return fail(`${place} : texte attendu.`);
    if (typeof raw.doubt !== 'boolean') return fail(`${place} : le doute doit être oui ou non.`);
    const declared = raw.declared ?? [];
    if (!Array.isArray(declared) || declared.some((item) => !ANNEXE4_ITEMS.includes(item))) {
      return fail(`${place} : motifs de NV inconnus (motifs de l'annexe 4 attendus).`);
    }
    units[spec.code] = {
      attestations: raw.attestations,
      certificats: raw.certificats,
      signed: raw.signed,
      stamped: raw.stamped,
      fiche: raw.fiche,
      dossier: spec.dossier ? raw.dossier : null,
      pages: spec.dossier ? raw.pages : null,
      depositDate: raw.depositDate,
      other: raw.other.trim(),
      doubt: raw.doubt,
      doubtNote: raw.doubtNote.trim(),
      ...(declared.length > 0 ? { declared: ANNEXE4_ITEMS.filter((item) => declared.includes(item)) } : {}),
    };
  }
  return { ok: true, value: { parcours: data.parcours, periods, units } };
}

// --- evaluation ----------------------------------------------------------------------------------

export type ConformityStatus = 'a_controler' | 'conforme' | 'non_conforme' | 'sous_reserve' | 'non_concerne';

export const CONFORMITY_STATUS_LABELS: Readonly<Record<ConformityStatus, string>> = {
  a_controler: 'À contrôler',
  conforme: 'Conforme',
  non_conforme: 'Non conforme',
  sous_reserve: 'Sous réserve de vérification',
  non_concerne: 'Non concerné (bénéfice)',
};

export interface Failure {
  item: Annexe4Item;
  /** What exactly failed, for the jury (and, for `autres`, the text "à préciser" of the notice). */
  detail: string;
}

export interface UnitEvaluation {
  code: string;
  spec: ConformityUnitSpec;
  form: UnitForm;
  /** Annexe of the fiche descriptive model for this candidate's form, or null. */
  ficheAnnexe: number | null;
  status: ConformityStatus;
  failures: Failure[];
  /** The failed annexe 4 items, in annexe 4's words and order (what the notice ticks). */
  reasons: string[];
  /** The "autres (à préciser)" text of the notice: the details of the `autres` failures. */
  other: string;
  /** What NV keeps (NvByConformity.reasons): annexe 4's words, `autres` with its precision. */
  nvReasons: string[];
  /** Items not checked yet (the unit stays "à contrôler" until none is left). */
  missing: string[];
  warnings: string[];
}

export interface ConformityEvaluation {
  parcours: Parcours;
  stage: StageSummary;
  /** In the order of the specs. */
  units: UnitEvaluation[];
}

export interface EvaluationContext {
  statut: Statut;
  depositDeadline: string | null;
  /** The form of each unit for the candidate (src/domain/forms.ts). */
  forms: Readonly<Record<string, UnitForm>>;
  /** Units whose mark is kept from an earlier session (R8): no dossier to check this session. */
  benefices: ReadonlySet<string>;
  specs: readonly ConformityUnitSpec[];
  rule?: StageRule;
}

export function evaluateConformity(data: ConformityData, context: EvaluationContext): ConformityEvaluation {
  const parcours = parcoursOf(data, context.statut);
  const rule = context.rule ?? CCST_STAGE_RULE;
  const stage = stageSummary(data.periods, rule);
  // The stage serves the three épreuves (circular, « Stages »): a duration declared insufficient with the NV of one
  // makes the others non conformes too, as periods found too short do.
  const durationDeclaredIn =
    parcours === 'stage' ? context.specs.filter((spec) => data.units[spec.code]?.declared?.includes('duree')).map((spec) => spec.code) : [];
  const units = context.specs.map((spec) =>
    evaluateUnit(spec, { ...emptyChecklist(), ...(data.units[spec.code] ?? {}) }, parcours, stage, durationDeclaredIn, context),
  );
  return { parcours, stage, units };
}

function evaluateUnit(
  spec: ConformityUnitSpec,
  checks: UnitChecklist,
  parcours: Parcours,
  stage: StageSummary,
  durationDeclaredIn: readonly string[],
  context: EvaluationContext,
): UnitEvaluation {
  const form = context.forms[spec.code] ?? 'ponctuel';
  const ficheAnnexe = spec.fiche.annexe?.[form] ?? null;
  const ficheName = `fiche descriptive${ficheAnnexe === null ? '' : ` (annexe ${ficheAnnexe})`}`;
  const failures: Failure[] = [];
  const missing: string[] = [];
  const warnings: string[] = [];
  const fail = (item: Annexe4Item, detail: string) => failures.push({ item, detail });

  const documents = parcours === 'stage' ? 'attestation(s) de stage' : 'certificat(s) de travail';
  if (parcours === 'stage') {
    if (checks.attestations === false) fail('attestation', 'attestation(s) de stage absente(s)');
    else if (checks.attestations === null) missing.push('attestation(s) de stage');
    if (stage.stagePeriods === 0) missing.push('périodes et durées de stage');
    else for (const shortfall of stage.shortfalls) fail('duree', shortfall);
    if (stage.shortfalls.length === 0 && durationDeclaredIn.length > 0) {
      fail('duree', `${ANNEXE4_WORDING.duree} (déclarée à la saisie de NV en ${durationDeclaredIn.join(', ')})`);
    }
    warnings.push(...stage.warnings);
  } else {
    if (checks.certificats === false) fail('certificat', 'certificat(s) de travail absent(s)');
    else if (checks.certificats === null) missing.push('certificat(s) de travail');
  }
  if (checks.signed === false) fail('visa', `${documents} non signé(s)`);
  else if (checks.signed === null) missing.push(`signature des ${documents}`);
  if (checks.stamped === false) fail('visa', `${documents} non visé(s) (cachet)`);
  else if (checks.stamped === null) missing.push(`visa (cachet) des ${documents}`);

  if (checks.fiche === false) fail(spec.fiche.missing, `${ficheName} absente`);
  else if (checks.fiche === null) missing.push(ficheName);

  if (spec.dossier) {
    if (checks.dossier === false) fail(spec.dossier.missing, 'dossier absent');
    else if (checks.dossier === null) missing.push('dossier');
    if (checks.pages !== null && checks.pages > spec.dossier.maxPages) {
      fail('autres', `dossier de ${checks.pages} pages hors annexes (${spec.dossier.maxPages} au plus)`);
    }
  }

  if (checks.depositDate !== null && context.depositDeadline !== null && checks.depositDate > context.depositDeadline) {
    fail('autres', `dossier déposé hors délai (le ${frenchDate(checks.depositDate)}, date limite le ${frenchDate(context.depositDeadline)})`);
  } else if (checks.depositDate === null && context.depositDeadline !== null) {
    missing.push('date de dépôt');
  } else if (checks.depositDate !== null && context.depositDeadline === null) {
    warnings.push('pas de date limite de dépôt dans la session : le délai ne peut pas être vérifié');
  }
  if (checks.other !== '') fail('autres', checks.other);
  for (const item of checks.declared ?? []) {
    if (failures.some((f) => f.item === item)) continue;
    fail(item, item === 'autres' ? 'motif à préciser' : `${ANNEXE4_WORDING[item]} (déclaré à la saisie de NV)`);
  }

  const reasons = ANNEXE4_ITEMS.filter((item) => failures.some((f) => f.item === item)).map((item) => ANNEXE4_WORDING[item]);
  const other = failures
    .filter((f) => f.item === 'autres')
    .map((f) => f.detail)
    .join(' ; ');
  const nvReasons = ANNEXE4_ITEMS.filter((item) => failures.some((f) => f.item === item)).map((item) =>
    item === 'autres' ? `${ANNEXE4_WORDING.autres} : ${other}` : ANNEXE4_WORDING[item],
  );

  let status: ConformityStatus;
  if (context.benefices.has(spec.code)) status = 'non_concerne';
  else if (failures.length > 0) status = 'non_conforme';
  else if (checks.doubt) status = 'sous_reserve';
  else if (missing.length === 0) status = 'conforme';
  else status = 'a_controler';

  return { code: spec.code, spec, form, ficheAnnexe, status, failures, reasons, other, nvReasons, missing, warnings };
}

// --- marks ---------------------------------------------------------------------------------------

/** What a mark record holds besides its keys (as MarkContent in the db layer). */
export interface MarkState {
  value: Mark;
  sousReserve: boolean;
  benefice: Benefice | null;
}

export interface MarkChange {
  unit: string;
  before: MarkState | null;
  /** null: no record (nothing entered, no flag). */
  after: MarkState | null;
}

export interface SyncResult {
  nv: Record<string, NvByConformity>;
  reserve: string[];
  /** Only the marks that change. */
  changes: MarkChange[];
}

export const NV_MARK: MarkState = Object.freeze({ value: Object.freeze({ kind: 'NV' }) as Mark, sousReserve: false, benefice: null });

const blank = (m: MarkState | null) => m === null || (m.value.kind === 'empty' && !m.sousReserve && m.benefice === null);

function sameState(a: MarkState | null, b: MarkState | null): boolean {
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  const [x, y] = [a!, b!];
  return (
    x.value.kind === y.value.kind &&
    (x.value.kind !== 'number' || (y.value.kind === 'number' && x.value.hundredths === y.value.hundredths)) &&
    x.sousReserve === y.sousReserve &&
    (x.benefice?.year ?? null) === (y.benefice?.year ?? null)
  );
}

const copy = (m: MarkState | null): MarkState | null =>
  blank(m) ? null : { value: { ...m!.value }, sousReserve: m!.sousReserve, benefice: m!.benefice ? { year: m!.benefice.year } : null };

/**
 * The marks a new evaluation implies, from the previous `nv` / `reserve` of the record and the stored marks:
 * - non conforme: the mark becomes NV; what it replaced is kept (without a `sousReserve` flag this record had
 *   set) to be put back; the reasons are updated when it already was NV;
 * - otherwise, a unit that was NV by this record gets its replaced mark back exactly (no record if there was
 *   none); then a doubt sets `sousReserve` (remembered in `reserve`), and lifting it clears only a flag that
 *   the doubt had set.
 */
export function syncMarks(
  evaluation: ConformityEvaluation,
  previous: Pick<ConformityRecord, 'nv' | 'reserve'>,
  marks: Readonly<Record<string, MarkState | undefined>>,
): SyncResult {
  const nv: Record<string, NvByConformity> = {};
  const reserve: string[] = [];
  const changes: MarkChange[] = [];
  for (const unit of evaluation.units) {
    const code = unit.code;
    const current = copy(marks[code] ?? null);
    const wasNv = previous.nv[code];
    const ours = (previous.reserve ?? []).includes(code);
    let after: MarkState | null;
    if (unit.status === 'non_conforme') {
      let replaced: MarkState | null;
      if (wasNv) replaced = copy(wasNv.replaced);
      else {
        replaced = current && ours && current.sousReserve ? { ...current, sousReserve: false } : current;
        replaced = copy(replaced);
      }
      nv[code] = { reasons: [...unit.nvReasons], replaced };
      after = current?.value.kind === 'NV' && wasNv ? current : { ...NV_MARK, value: { kind: 'NV' } };
    } else {
      after = wasNv ? copy(wasNv.replaced) : current;
      if (unit.status === 'sous_reserve') {
        if (!after?.sousReserve) {
          after = { ...(after ?? { value: { kind: 'empty' }, benefice: null }), sousReserve: true };
          reserve.push(code);
        } else if (ours && !wasNv) {
          reserve.push(code);
        }
      } else if (ours && after?.sousReserve && !wasNv) {
        after = copy({ ...after, sousReserve: false });
      }
    }
    if (!sameState(current, after)) changes.push({ unit: code, before: current, after: copy(after) });
  }
  return { nv, reserve, changes };
}

// --- session settings and notices ----------------------------------------------------------------

/** Per session (settings key `conformity:<sessionId>`): the orals' dates per unit and the controllers. */
export interface ConformitySettings {
  /** ISO date of the unit's oral (first day), by unit code, or null. */
  orals: Record<string, string | null>;
  controllers: string[];
}

export const conformitySettingsKey = (sessionId: number) => `conformity:${sessionId}`;

export function defaultConformitySettings(): ConformitySettings {
  return { orals: {}, controllers: [] };
}

export function checkConformitySettings(raw: ConformitySettings, specs: readonly ConformityUnitSpec[]): Parsed<ConformitySettings> {
  const orals: Record<string, string | null> = {};
  const known = new Set(specs.map((s) => s.code));
  for (const [code, date] of Object.entries(raw.orals ?? {})) {
    if (!known.has(code)) return { ok: false, error: `Épreuve « ${code} » : pas de contrôle de conformité pour cette épreuve.` };
    if (date !== null && date !== '' && !isIsoDate(date)) return { ok: false, error: `${code} : date de l'oral invalide.` };
    orals[code] = date === '' ? null : date;
  }
  if (!Array.isArray(raw.controllers) || raw.controllers.some((c) => typeof c !== 'string')) {
    return { ok: false, error: 'Les noms des contrôleurs doivent être une liste de textes.' };
  }
  return { ok: true, value: { orals, controllers: raw.controllers.map((c) => c.trim()).filter((c) => c !== '') } };
}

/** TLS §1.2.1: the candidate is told at least a week before the épreuve. */
export const NOTICE_MIN_DAYS = 7;

export interface LateNotice {
  unit: string;
  oralDate: string;
  /** Days from the notice's date to the oral (negative: the oral is past). */
  daysBefore: number;
}

const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/** The non-conforme units whose oral is less than NOTICE_MIN_DAYS days after a notice dated `noticeDate`. */
export function lateNotices(units: readonly string[], orals: Readonly<Record<string, string | null>>, noticeDate: string): LateNotice[] {
  const late: LateNotice[] = [];
  for (const unit of units) {
    const oralDate = orals[unit];
    if (!oralDate) continue;
    const daysBefore = dayOf(oralDate) - dayOf(noticeDate);
    if (daysBefore < NOTICE_MIN_DAYS) late.push({ unit, oralDate, daysBefore });
  }
  return late;
}

export function lateNoticeText(late: LateNotice): string {
  if (late.daysBefore < 0) return `${late.unit} : l'oral (le ${frenchDate(late.oralDate)}) est déjà passé.`;
  const days = late.daysBefore === 0 ? "le jour même de l'oral" : `${late.daysBefore} jour${late.daysBefore > 1 ? 's' : ''} avant l'oral`;
  return `${late.unit} : la notice arriverait ${days} (le ${frenchDate(late.oralDate)}), moins d'une semaine avant : prévenez le candidat et son établissement sans attendre.`;
}

/** The annexe 4 notice of one candidate: same shape as `NoticeInput` of src/io/pdf/notice.ts. */
export interface ConformityNotice {
  session: { name: string; academie: string; year: number; diploma: string };
  candidate: { numero: string; nom: string; prenom: string; dateNaissance: string | null };
  etablissement: { name: string; uai: string } | null;
  units: { code: string; name: string; reasons: string[]; other?: string }[];
  controllers: string[];
  date: string;
}

export interface NoticeSource {
  session: { name: string; academie: string; year: number };
  regulation: Regulation;
  candidate: { numero: string; nom: string; prenom: string; dateNaissance: string | null };
  etablissement: { name: string; uai: string } | null;
  evaluation: ConformityEvaluation;
  controllers: readonly string[];
  date: string;
}

/** The notice listing the non-conforme units (annexe 4 codes E4, E61, E62), or null when there is none. */
export function buildNotice(source: NoticeSource): ConformityNotice | null {
  const units = source.evaluation.units
    .filter((u) => u.status === 'non_conforme')
    .map((u) => {
      const name = source.regulation.units.find((d) => d.code === u.code)?.name ?? u.code;
      return { code: u.spec.noticeCode, name, reasons: [...u.reasons], ...(u.other ? { other: u.other } : {}) };
    });
  if (units.length === 0) return null;
  return {
    session: { name: source.session.name, academie: source.session.academie, year: source.session.year, diploma: source.regulation.diploma },
    candidate: { ...source.candidate },
    etablissement: source.etablissement ? { name: source.etablissement.name, uai: source.etablissement.uai } : null,
    units,
    controllers: [...source.controllers],
    date: source.date,
  };
}
