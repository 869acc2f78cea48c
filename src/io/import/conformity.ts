/**
 * The dossier conformity columns of an imported file (R7): the fields, the reading of their cells, and the
 * conformity part of a plan row. The row gives changes applied onto the candidate's record when the import is
 * applied (src/db/imports.ts → src/db/conformity.ts), so a non-conforme unit gets its NV in the same transaction.
 *
 * Candidate columns: `parcours` (stage / expérience), `stage_annee1` and `stage_annee2` (weeks of stage of that
 * year: `6`, `4+2` for two separate periods, `30 j`, `1,5 mois`, `140 h`), `attestations`, `certificats`,
 * `signatures`, `visas` (oui / non, for every unit), `depot` (deposit date of every unit).
 * Unit columns: `fiche_E4`, `dossier_U62`, `pages_U62`, `depot_U61`, `autres_E4`… (they win over the candidate
 * columns). An empty cell changes nothing (or clears the value with the 'clear' policy).
 */
import {
  CONFORMITY_STATUS_LABELS,
  conformityDataOf,
  conformityUnits,
  evaluateConformity,
  mergeConformity,
  PARCOURS_LABELS,
  parseCheck,
  stageRuleOf,
  type Check,
  type ConformityChanges,
  type ConformityEvaluation,
  type ConformityRecord,
  type ConformityUnitSpec,
  type Parcours,
  type UnitChecklist,
} from '../../domain/conformity.ts';
import { calendarIso, frenchDateParts, isoDateParts } from '../../domain/dates.ts';
import { unitForms } from '../../domain/forms.ts';
import { formatMark, type Parsed } from '../../domain/marks.ts';
import type { Regulation } from '../../domain/regulation.ts';
import type { Candidate, Etablissement, MarkRecord } from '../../domain/session.ts';
import { formatDurationShort, parseDurationList, type StagePeriod } from '../../domain/stage.ts';
import { isoToFrenchDate } from '../dates.ts';
import { normalizeHeader } from '../headers.ts';
import type { CellChange, EmptyCellPolicy, ImportField } from './types.ts';

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

// --- fields --------------------------------------------------------------------------------------

/** Spellings of a unit code in headers: `U61` and its aliases (`E61`). */
function unitNames(regulation: Regulation, code: string): string[] {
  return [code, ...(regulation.units.find((u) => u.code === code)?.aliases ?? [])];
}

const field = (key: string, label: string, synonyms: string[]): ImportField => ({ key, label, synonyms, group: 'conformite' });

/** The conformity fields of a regulation (none when it has no unit to check). */
export function conformityFields(regulation: Regulation): ImportField[] {
  const specs = conformityUnits(regulation);
  if (specs.length === 0) return [];
  const fields: ImportField[] = [
    field('parcours', 'Parcours (stage / expérience)', ['Parcours', 'Stage ou expérience', 'Type de parcours']),
    field('stage_annee1', 'Stage 1re année (semaines)', [
      'Stage 1re année',
      'Stage 1ère année',
      'Stage première année',
      'Stage année 1',
      'Semaines de stage 1re année',
      'Semaines 1re année',
      'Stage 1A',
    ]),
    field('stage_annee2', 'Stage 2e année (semaines)', [
      'Stage 2e année',
      'Stage 2ème année',
      'Stage deuxième année',
      'Stage année 2',
      'Semaines de stage 2e année',
      'Semaines 2e année',
      'Stage 2A',
    ]),
    field('attestations', 'Attestations de stage', ['Attestation de stage', 'Attestations', 'Attestations présentes']),
    field('certificats', 'Certificats de travail', ['Certificat de travail', 'Certificats']),
    field('signatures', 'Documents signés', ['Signés', 'Signature', 'Signatures', 'Attestations signées']),
    field('visas', 'Documents visés (cachet)', ['Visés', 'Visa', 'Visas', 'Cachet', 'Cachets', 'Attestations visées']),
    field('depot', 'Date de dépôt', ['Date dépôt', 'Dépôt', 'Date de dépôt du dossier', 'Déposé le', 'Dossier déposé le']),
  ];
  for (const spec of specs) {
    const names = unitNames(regulation, spec.code);
    const each = (forms: (n: string) => string[]) => names.flatMap(forms);
    fields.push(
      field(
        `fiche_${spec.code}`,
        `Fiche descriptive ${spec.code}`,
        each((n) => [`Fiche ${n}`, `Fiche descriptive ${n}`]),
      ),
    );
    if (spec.dossier) {
      fields.push(
        field(
          `dossier_${spec.code}`,
          `Dossier ${spec.code}`,
          each((n) => [`Dossier ${n}`]),
        ),
      );
      fields.push(
        field(
          `pages_${spec.code}`,
          `Pages du dossier ${spec.code}`,
          each((n) => [`Pages ${n}`, `Nombre de pages ${n}`, `Pages dossier ${n}`]),
        ),
      );
    }
    fields.push(
      field(
        `depot_${spec.code}`,
        `Date de dépôt ${spec.code}`,
        each((n) => [`Dépôt ${n}`, `Date dépôt ${n}`]),
      ),
    );
    fields.push(
      field(
        `autres_${spec.code}`,
        `Autres motifs ${spec.code}`,
        each((n) => [`Autres ${n}`, `Autre motif ${n}`]),
      ),
    );
  }
  return fields;
}

// --- cells ---------------------------------------------------------------------------------------

export function formatCheck(check: Check): string {
  return check === null ? '' : check ? 'oui' : 'non';
}

/** `JJ/MM/AAAA` (also `J/M/AAAA`, `.` or `-`) or ISO `AAAA-MM-JJ` → ISO. */
export function parseDate(cell: string): Parsed<string> {
  const text = cell.trim();
  const parts = isoDateParts(text) ?? frenchDateParts(text);
  if (!parts) return fail(`« ${text} » : date attendue au format JJ/MM/AAAA`);
  const iso = calendarIso(parts.year, parts.month, parts.day);
  return iso ? { ok: true, value: iso } : fail(`le ${text} n'existe pas dans le calendrier`);
}

export function parseParcours(cell: string): Parsed<Parcours> {
  const key = normalizeHeader(cell);
  if (key.startsWith('stage') || key === 'attestation' || key === 'attestations') return { ok: true, value: 'stage' };
  if (key.startsWith('experience') || key.startsWith('certificat') || key === 'travail') return { ok: true, value: 'experience' };
  return fail(`« ${cell.trim()} » : parcours « stage » ou « expérience » attendu`);
}

function parsePages(cell: string): Parsed<number> {
  const text = cell.trim();
  if (!/^\d{1,5}$/.test(text)) return fail(`« ${text} » : nombre de pages entier attendu`);
  return { ok: true, value: Number(text) };
}

/** `4+2` → two year-`year` stage periods without dates (each a period of its own: not contiguous). */
function parseYear(cell: string, year: 1 | 2): Parsed<StagePeriod[]> {
  const text = cell.trim();
  if (/^0+(?:[.,]0+)?$/.test(text)) return { ok: true, value: [] };
  const durations = parseDurationList(text);
  if (!durations.ok) return durations;
  if (durations.value.some((d) => d.amount === 0)) return fail(`« ${text} » : une période ne peut pas durer 0`);
  return { ok: true, value: durations.value.map((duration) => ({ kind: 'stage', organisme: '', year, start: null, end: null, duration })) };
}

function formatYear(periods: readonly StagePeriod[], year: 1 | 2): string {
  return periods
    .filter((p) => p.kind === 'stage' && p.year === year)
    .map((p) => formatDurationShort(p.duration))
    .join(' + ');
}

// --- plan ----------------------------------------------------------------------------------------

export interface RowConformityInput {
  regulation: Regulation;
  emptyCells: EmptyCellPolicy;
  cell: (key: string) => string | undefined;
  error: (key: string, message: string) => void;
  label: (key: string) => string;
  /** The candidate after the row's identity changes (for the forms and default parcours), null if in error. */
  candidate: Pick<Candidate, 'statut' | 'formOverrides'> | null;
  etablissement: Pick<Etablissement, 'type'> | null;
  /** The candidate's stored marks (for bénéfices), empty for a new candidate. */
  marks: readonly MarkRecord[];
  /** The stored record; undefined when the snapshot has no conformity records (before unknown). */
  stored: ConformityRecord | null | undefined;
  /** The session's deposit deadline; undefined when the snapshot does not say (statuses not previewed). */
  depositDeadline: string | null | undefined;
}

export interface RowConformity {
  /** null when the row has no conformity cell to apply. */
  changes: ConformityChanges | null;
  cellChanges: CellChange[];
  /** Units that are non conforme after the row (a mark other than NV cannot be imported on them). */
  nvAfter: Map<string, string[]>;
}

type UnitKey = keyof Omit<UnitChecklist, 'doubt' | 'doubtNote'>;

/** The conformity part of a plan row; problems are reported through `error`. */
export function planRowConformity(input: RowConformityInput): RowConformity {
  const specs = conformityUnits(input.regulation);
  const result: RowConformity = { changes: null, cellChanges: [], nvAfter: new Map() };
  if (specs.length === 0) return result;
  const changes: ConformityChanges = {};
  const units: Record<string, Partial<UnitChecklist>> = {};
  let any = false;

  /** Reads a mapped cell: undefined = leave as it is; null = clear; else the parsed value. */
  const read = <T>(key: string, parse: (text: string) => Parsed<T>): T | null | undefined => {
    const raw = input.cell(key);
    if (raw === undefined) return undefined;
    if (raw.trim() === '') return input.emptyCells === 'clear' ? null : undefined;
    const parsed = parse(raw);
    if (!parsed.ok) {
      input.error(key, parsed.error);
      return undefined;
    }
    return parsed.value;
  };
  const setUnits = (specsToSet: readonly ConformityUnitSpec[], name: UnitKey, value: UnitChecklist[UnitKey]) => {
    for (const spec of specsToSet) units[spec.code] = { ...units[spec.code], [name]: value };
    any = true;
  };

  const parcours = read('parcours', parseParcours);
  if (parcours !== undefined) {
    changes.parcours = parcours;
    any = true;
  }
  for (const year of [1, 2] as const) {
    const periods = read(`stage_annee${year}`, (t) => parseYear(t, year));
    if (periods === undefined) continue;
    changes.stageYears = { ...changes.stageYears, [year]: periods ?? [] };
    any = true;
  }
  const common: [string, UnitKey, (t: string) => Parsed<unknown>][] = [
    ['attestations', 'attestations', parseCheck],
    ['certificats', 'certificats', parseCheck],
    ['signatures', 'signed', parseCheck],
    ['visas', 'stamped', parseCheck],
    ['depot', 'depositDate', parseDate],
  ];
  for (const [key, name, parse] of common) {
    const value = read(key, parse);
    if (value !== undefined) setUnits(specs, name, value as UnitChecklist[UnitKey]);
  }
  for (const spec of specs) {
    const own: [string, UnitKey, (t: string) => Parsed<unknown>][] = [
      [`fiche_${spec.code}`, 'fiche', parseCheck],
      [`depot_${spec.code}`, 'depositDate', parseDate],
      [`autres_${spec.code}`, 'other', (t) => ({ ok: true, value: t.trim() })],
    ];
    if (spec.dossier) own.push([`dossier_${spec.code}`, 'dossier', parseCheck], [`pages_${spec.code}`, 'pages', parsePages]);
    for (const [key, name, parse] of own) {
      const value = read(key, parse);
      if (value === undefined) continue;
      setUnits([spec], name, (name === 'other' && value === null ? '' : value) as UnitChecklist[UnitKey]);
    }
  }
  if (Object.keys(units).length > 0) changes.units = units;
  if (!any) {
    if (input.stored) for (const [code, nv] of Object.entries(input.stored.nv)) result.nvAfter.set(code, nv.reasons);
    return result;
  }
  // The preview: each changed value, and each unit's status when the session's deadline is known.
  const before = conformityDataOf(input.stored ?? null, specs);
  const after = mergeConformity(before, changes);
  const known = input.stored !== undefined;
  // Known and unchanged: nothing to write (the row stays "inchangé").
  result.changes = known && JSON.stringify(before) === JSON.stringify(after) ? null : changes;
  const show = (label: string, was: string, now: string) => {
    if (!known || was !== now) result.cellChanges.push({ field: 'conformite', label, before: known ? was : '', after: now });
  };
  if (changes.parcours !== undefined) {
    show(input.label('parcours'), before.parcours ? PARCOURS_LABELS[before.parcours] : '', after.parcours ? PARCOURS_LABELS[after.parcours] : '');
  }
  for (const year of [1, 2] as const) {
    if (changes.stageYears?.[year] !== undefined) show(input.label(`stage_annee${year}`), formatYear(before.periods, year), formatYear(after.periods, year));
  }
  const shown: Record<UnitKey, (v: never) => string> = {
    attestations: formatCheck,
    certificats: formatCheck,
    signed: formatCheck,
    stamped: formatCheck,
    fiche: formatCheck,
    dossier: formatCheck,
    pages: (v: number | null) => (v === null ? '' : String(v)),
    depositDate: (v: string | null) => isoToFrenchDate(v),
    other: (v: string) => v,
    declared: (v: readonly string[] | undefined) => (v ?? []).join(', '),
  };
  const NAMES: Record<UnitKey, string> = {
    attestations: 'attestations',
    certificats: 'certificats',
    signed: 'signés',
    stamped: 'visés',
    fiche: 'fiche descriptive',
    dossier: 'dossier',
    pages: 'pages',
    depositDate: 'dépôt',
    other: 'autres motifs',
    declared: 'motifs de NV',
  };
  for (const spec of specs) {
    for (const name of Object.keys(units[spec.code] ?? {}) as UnitKey[]) {
      const format = shown[name] as (v: unknown) => string;
      show(`${spec.code} ${NAMES[name]}`, format(before.units[spec.code]![name]), format(after.units[spec.code]![name]));
    }
  }

  if (input.candidate && input.depositDeadline !== undefined) {
    const evaluate = (data: typeof before): ConformityEvaluation =>
      evaluateConformity(data, {
        statut: input.candidate!.statut,
        depositDeadline: input.depositDeadline ?? null,
        forms: unitForms(input.candidate!, input.regulation, input.etablissement?.type ?? null),
        benefices: new Set(input.marks.filter((m) => m.benefice).map((m) => m.unit)),
        specs,
        rule: stageRuleOf(input.regulation),
      });
    const was = known ? evaluate(before) : null;
    const now = evaluate(after);
    for (const unit of now.units) {
      const previous = was?.units.find((u) => u.code === unit.code);
      const text = (status: keyof typeof CONFORMITY_STATUS_LABELS) => `${CONFORMITY_STATUS_LABELS[status]}${status === 'non_conforme' ? ' (NV)' : ''}`;
      if (unit.status === 'non_conforme') result.nvAfter.set(unit.code, unit.nvReasons);
      if (previous && previous.status === unit.status) continue;
      const replaced = input.stored?.nv[unit.code]?.replaced;
      const restored =
        previous?.status === 'non_conforme' && unit.status !== 'non_conforme'
          ? ` — note rétablie : ${replaced ? formatMark(replaced.value) || '(vide)' : '(vide)'}`
          : '';
      result.cellChanges.push({
        field: 'conformite',
        label: `Conformité ${unit.code}`,
        before: previous ? text(previous.status) : '',
        after: `${text(unit.status)}${restored}`,
      });
    }
  } else if (input.stored) {
    for (const [code, nv] of Object.entries(input.stored.nv)) result.nvAfter.set(code, nv.reasons);
  }
  return result;
}
