/**
 * Import of the livret scolaire's marks (annexe 3) from a school software export: one row per student,
 * columns per subject × semester. Such exports often have two header rows — the subject on the first
 * (written once over a merged cell, so only above its first column), the semester on the second
 * (`S1`, `Sem 2`, `1er semestre`, `S3`…) — and abbreviated subject names (`CGE`, `LV1`, `CEJM`…).
 * The two rows are combined into one column name per column (`CGE S1`), which the mapping step maps to
 * a (subject, semester) field, with suggestions from the subjects' abbreviations.
 *
 * Students are matched to candidates by candidate number when the file has one; otherwise by nom, prénom
 * and date de naissance together (school software does not know exam numbers), or by nom and prénom alone
 * when the date is not given and only one candidate of the session has them (a teacher's own sheet), which
 * the row's warning says. Never by position, and an import never creates a candidate. Pure and total: every
 * problem is an error of its row.
 */
import { isNumeroPending, NUMERO_PENDING_LABEL, numeroWithoutZeros, shownNumero } from '../../domain/numero.ts';
import {
  applyLivretChanges,
  AVIS_LABELS,
  emptyLivret,
  LIVRET_AVIS,
  PERIOD_LABELS,
  type LivretAvis,
  type LivretChange,
  type LivretPeriod,
  type LivretRecord,
  type LivretSubject,
  type LivretTemplate,
  type LivretYear,
} from '../../domain/livret.ts';
import { formatLivretAverage, parseLivretMark } from '../../domain/livret-stats.ts';
import type { Parsed } from '../../domain/marks.ts';
import type { Regulation } from '../../domain/regulation.ts';
import type { Candidate } from '../../domain/session.ts';
import type { CsvRecord } from '../csv.ts';
import { normalizeHeader } from '../headers.ts';
import { formatBirthDate, parseBirthDate } from './cells.ts';
import { importFields, namesChosenTwice, namesInOneColumn } from './fields.ts';
import { fullNamesOf } from './full-name.ts';
import { LinesByCandidate } from './repeated-lines.ts';
import type { CellChange, ColumnMapping, EmptyCellPolicy, ImportSource, PlanError, PlanRow, PlanRowStatus } from './types.ts';

// ---------------------------------------------------------------------------------------------
// Fields
// ---------------------------------------------------------------------------------------------

export type LivretFieldGroup = 'identite' | 'livret' | 'matiere';

export interface LivretImportField {
  key: string;
  label: string;
  synonyms: string[];
  group: LivretFieldGroup;
  /** For the subject fields: the subject, shown as the group of the mapping list. */
  subject?: LivretSubject;
}

const IDENTITY_KEYS = ['numero', 'nom', 'prenom', 'nom_prenom', 'date_naissance'] as const;

/** `livret.cge.a1s1`, `livret.cge.appreciation`. */
export const markFieldKey = (subject: string, period: LivretPeriod) => `livret.${subject}.${period}`;
export const appreciationFieldKey = (subject: string) => `livret.${subject}.appreciation`;

/** The subject and what a `livret.…` key feeds, or null for another key. */
export function parseFieldKey(key: string): { subject: string; what: LivretPeriod | 'appreciation' } | null {
  const match = /^livret\.([^.]+)\.(a1s1|a1s2|a2s1|a2s2|appreciation)$/.exec(key);
  return match ? { subject: match[1]!, what: match[2] as LivretPeriod | 'appreciation' } : null;
}

/** Identity (to find the candidate), the avis, PIX and observations, and every subject × semester and appréciation. */
export function livretImportFields(regulation: Regulation, template: LivretTemplate): LivretImportField[] {
  const identity = importFields(regulation)
    .filter((f) => (IDENTITY_KEYS as readonly string[]).includes(f.key))
    .map((f): LivretImportField => ({ key: f.key, label: f.label, synonyms: f.synonyms, group: 'identite' }));
  const general: LivretImportField[] = [
    {
      key: 'avis',
      label: 'Avis du conseil de classe',
      synonyms: ['Avis', 'Avis conseil de classe', 'Avis du conseil', 'Avis CC', 'Avis pour l’examen'],
      group: 'livret',
    },
    { key: 'pix', label: 'Certification PIX', synonyms: ['PIX', 'Certification de compétences numériques', 'Compétences numériques'], group: 'livret' },
    { key: 'observations', label: 'Observations', synonyms: ['Observation', 'Obs', 'Observations éventuelles', 'Remarques'], group: 'livret' },
  ];
  const subjects = template.subjects.flatMap((subject): LivretImportField[] => [
    ...(['a1s1', 'a1s2', 'a2s1', 'a2s2'] as const).map((period) => ({
      key: markFieldKey(subject.id, period),
      label: `${subject.short} — ${PERIOD_LABELS[period]}`,
      synonyms: [],
      group: 'matiere' as const,
      subject,
    })),
    { key: appreciationFieldKey(subject.id), label: `${subject.short} — appréciation`, synonyms: [], group: 'matiere', subject },
  ]);
  return [...identity, ...general, ...subjects];
}

/** Why a mapping cannot give a plan (empty when it can), in French. */
export function livretMappingProblems(mapping: ColumnMapping, fields: readonly LivretImportField[]): string[] {
  const problems: string[] = [];
  const has = (key: string) => mapping.includes(key);
  if (!has('numero') && !(has('nom') && has('prenom')) && !has('nom_prenom')) {
    problems.push(
      "Choisissez la colonne du numéro de candidat, ou à défaut les colonnes nom et prénom (avec la date de naissance s'il y a des homonymes) : les élèves sont reconnus ainsi, jamais par leur position.",
    );
  }
  const names = namesChosenTwice(mapping, fields);
  if (names) problems.push(names);
  const known = new Map(fields.map((f) => [f.key, f]));
  const columns = new Map<string, number[]>();
  mapping.forEach((key, index) => {
    if (key !== null) columns.set(key, [...(columns.get(key) ?? []), index + 1]);
  });
  for (const [key, numbers] of columns) {
    const field = known.get(key);
    if (!field) problems.push(`Colonne ${numbers.join(', ')} : champ inconnu « ${key} ».`);
    else if (numbers.length > 1) problems.push(`« ${field.label} » est choisi pour plusieurs colonnes (${numbers.join(' et ')}) : gardez-en une.`);
  }
  if (![...columns.keys()].some((k) => k.startsWith('livret.') || k === 'avis' || k === 'pix' || k === 'observations')) {
    problems.push('Aucune colonne de note, d’appréciation ou d’avis n’est choisie.');
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Header rows
// ---------------------------------------------------------------------------------------------

/** Lower case, no accents, words of letters and digits separated by one space: `1ère Sem.` → `1ere sem`. */
function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const SEMESTER_PATTERNS: readonly RegExp[] = [
  // `S1`, `Sem 2`, `semestre 3`
  /\b(?:s|sem|semestre)\s?([1-4])\b/,
  // `1er sem`, `2e semestre`, `2nd S`, `3eme sem`
  /\b([1-4])\s?(?:er|re|ere|e|eme|nd|nde)?\s?(?:s|sem|semestre)\b/,
];
const YEAR_PATTERNS: readonly RegExp[] = [
  // `1A`, `2 A`, `1ere annee`, `2eme annee`, `2nde annee`, `1 an`
  /\b([12])\s?(?:er|re|ere|e|eme|nd|nde)?\s?(?:a|an|annee)\b/,
  // `A1`, `annee 2`, `BTS1`, `BTS 2`
  /\b(?:a|an|annee|bts)\s?([12])\b/,
];
const APPRECIATION = /\b(?:app|appr|apprec|appreciations?|commentaires?)\b/;
const AVERAGE = /\b(?:moy|moyenne|moyennes|annuelle|annuel|mg)\b/;

/** What a header text says about the period of its column, and the text left once that is removed. */
export interface HeaderPeriod {
  semester: 1 | 2 | 3 | 4 | null;
  year: LivretYear | null;
  appreciation: boolean;
  average: boolean;
  /** The rest of the text (the subject's name, usually), in `words()` form. */
  rest: string;
}

export function readHeaderPeriod(text: string): HeaderPeriod {
  let rest = ` ${words(text)} `;
  const take = (patterns: readonly RegExp[]): number | null => {
    for (const pattern of patterns) {
      const match = pattern.exec(rest);
      if (match) {
        rest = rest.replace(match[0], ' ');
        return Number(match[1]);
      }
    }
    return null;
  };
  const semester = take(SEMESTER_PATTERNS) as HeaderPeriod['semester'];
  const year = take(YEAR_PATTERNS) as LivretYear | null;
  const appreciation = APPRECIATION.test(rest);
  if (appreciation) rest = rest.replace(APPRECIATION, ' ');
  const average = AVERAGE.test(rest);
  if (average) rest = rest.replace(AVERAGE, ' ');
  return { semester, year, appreciation, average, rest: rest.replace(/\s+/g, ' ').trim() };
}

/** True when a cell of a header's second row names a period (`S1`, `Sem 2`, `Moy`, `Appréciation`…). */
function isPeriodCell(text: string): boolean {
  const p = readHeaderPeriod(text);
  return (p.semester !== null || p.appreciation || p.average || p.year !== null) && p.rest === '';
}

/**
 * One name per column from the header row(s). With two rows, a cell of the second row that names a period
 * takes the subject written above it or, when that cell is empty (merged cell), the last subject written
 * to its left: `CGE | (vide)` over `S1 | S2` gives `CGE S1`, `CGE S2`.
 */
export function combineHeaderRows(records: readonly CsvRecord[], headerIndex: number, headerRows: 1 | 2): string[] {
  const top = records[headerIndex]?.cells ?? [];
  if (headerRows === 1) return top.map((c) => c.trim());
  const bottom = records[headerIndex + 1]?.cells ?? [];
  const names: string[] = [];
  let carried = '';
  for (let i = 0; i < Math.max(top.length, bottom.length); i++) {
    const above = (top[i] ?? '').trim();
    const below = (bottom[i] ?? '').trim();
    const periodBelow = below !== '' && isPeriodCell(below);
    if (above !== '') carried = periodBelow || below === '' ? above : '';
    const subject = above !== '' ? above : periodBelow ? carried : '';
    names.push([subject, below].filter((t) => t !== '').join(' '));
  }
  return names;
}

/** How many header rows a file seems to have from `headerIndex`: 2 when the next row names periods. */
export function detectHeaderRows(records: readonly CsvRecord[], headerIndex: number): 1 | 2 {
  const next = records[headerIndex + 1]?.cells ?? [];
  const periods = next.filter((c) => c.trim() !== '' && isPeriodCell(c)).length;
  return periods >= 2 ? 2 : 1;
}

// ---------------------------------------------------------------------------------------------
// Automatic mapping
// ---------------------------------------------------------------------------------------------

/**
 * The subject a header's text names, from the subjects' labels and abbreviations: the whole text, a word
 * of it, or its beginning; the longest spelling wins (`Langue vivante facultative` over `Langue vivante`).
 */
export function matchSubject(text: string, subjects: readonly LivretSubject[]): LivretSubject | null {
  const wanted = words(text);
  if (wanted === '') return null;
  const compact = wanted.replace(/ /g, '');
  const tokens = new Set(wanted.split(' '));
  let best: { subject: LivretSubject; score: number } | null = null;
  for (const subject of subjects) {
    for (const spelling of [subject.label, subject.chartLabel, subject.short, ...subject.abbreviations]) {
      const w = words(spelling);
      const c = w.replace(/ /g, '');
      if (c === '') continue;
      let score = 0;
      if (c === compact) score = 1000 + c.length;
      else if (!w.includes(' ') && tokens.has(w)) score = 100 + c.length;
      else if (c.length >= 6 && compact.startsWith(c)) score = c.length;
      if (score > 0 && (!best || score > best.score)) best = { subject, score };
    }
  }
  return best?.subject ?? null;
}

export interface LivretMappingOptions {
  /**
   * The year of columns headed `S1` / `S2` without a year, when the file has no `S3` / `S4` column (which
   * would make S1–S2 the first year and S3–S4 the second).
   */
  year: LivretYear;
}

/** Suggested field of each column, from its (combined) name; the first column to name a field wins. */
export function livretAutoMap(header: readonly string[], regulation: Regulation, template: LivretTemplate, options: LivretMappingOptions): ColumnMapping {
  const fields = livretImportFields(regulation, template);
  const byName = new Map<string, string>();
  for (const f of fields) {
    if (f.group === 'matiere') continue;
    for (const name of [f.key, f.label, ...f.synonyms]) {
      const n = normalizeHeader(name);
      if (n && !byName.has(n)) byName.set(n, f.key);
    }
  }
  const read = header.map(readHeaderPeriod);
  // `S3`/`S4` present: the file numbers the four semesters of the two years in a row.
  const fourSemesters = read.some((p) => p.semester === 3 || p.semester === 4);
  const taken = new Set<string>();
  return header.map((text, i) => {
    const named = byName.get(normalizeHeader(text));
    let key: string | null = named ?? null;
    if (key === null) {
      const p = read[i]!;
      const subject = p.rest === '' ? null : matchSubject(p.rest, template.subjects);
      if (subject && p.appreciation) key = appreciationFieldKey(subject.id);
      else if (subject && p.semester !== null && !p.average) {
        const year: LivretYear = p.semester > 2 ? 2 : (p.year ?? (fourSemesters ? 1 : options.year));
        const half = p.semester % 2 === 1 ? 1 : 2;
        key = markFieldKey(subject.id, `a${year}s${half}` as LivretPeriod);
      }
    }
    if (key === null || taken.has(key)) return null;
    taken.add(key);
    return key;
  });
}

/** Headings a livret file's header would have: at least two fields, one of them naming the candidate (number, names). */
export function isLivretHeader(header: readonly string[], regulation: Regulation, template: LivretTemplate): boolean {
  const keys = livretAutoMap(header, regulation, template, { year: 2 }).filter((k): k is string => k !== null);
  return keys.length >= 2 && keys.some((k) => (IDENTITY_KEYS as readonly string[]).includes(k));
}

/** The first of the first 10 records that starts a livret header (isLivretHeader), or 0. */
export function detectLivretHeader(records: readonly CsvRecord[], regulation: Regulation, template: LivretTemplate): number {
  for (let i = 0; i < Math.min(records.length, 10); i++) {
    if (isLivretHeader(combineHeaderRows(records, i, detectHeaderRows(records, i)), regulation, template)) return i;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

/** What school software writes where a semester has no mark: read as an empty cell. */
const NO_MARK = new Set(['', 'nn', 'nonnote', 'nnote', 'abs', 'absent', 'absente', 'disp', 'dispense', 'dispensee', 'ne', 'nonevalue']);

/** A mark cell: a number 0–20 (`12,5`, `12.5`), or null for an empty cell or `-`, `NN`, `Abs`, `Disp`. */
export function parseLivretCell(raw: string): Parsed<number | null> {
  const text = raw.trim();
  if (text === '-' || text === '—' || NO_MARK.has(normalizeHeader(text))) return { ok: true, value: null };
  const parsed = parseLivretMark(text);
  if (parsed.ok) return parsed;
  return { ok: false, error: `${parsed.error} (une note de 0 à 20, ou une cellule vide si le semestre n'a pas de note)` };
}

const AVIS_SYNONYMS: Readonly<Record<string, LivretAvis>> = {
  tf: 'tres_favorable',
  tresfavorable: 'tres_favorable',
  tresfav: 'tres_favorable',
  f: 'favorable',
  fav: 'favorable',
  favorable: 'favorable',
  dfp: 'doit_faire_ses_preuves',
  dfpe: 'doit_faire_ses_preuves',
  doitfairesespreuves: 'doit_faire_ses_preuves',
  doitfairesespreuvesalexamen: 'doit_faire_ses_preuves',
  doitfaireespreuves: 'doit_faire_ses_preuves',
};

export function parseAvis(raw: string): Parsed<LivretAvis | null> {
  const wanted = normalizeHeader(raw);
  if (wanted === '') return { ok: true, value: null };
  const found = AVIS_SYNONYMS[wanted] ?? LIVRET_AVIS.find((a) => normalizeHeader(AVIS_LABELS[a]) === wanted);
  if (found) return { ok: true, value: found };
  return {
    ok: false,
    error: `avis « ${raw.trim()} » inconnu (possibles : Très favorable ou TF, Favorable ou F, Doit faire ses preuves ou DFP)`,
  };
}

const YES = new Set(['oui', 'o', 'x', '1', 'vrai', 'true', 'yes', 'acquis', 'acquise', 'certifie', 'certifiee', 'obtenu', 'obtenue']);
const NO = new Set(['non', 'n', '0', 'faux', 'false', 'no', 'nonacquis', 'nonacquise', 'nonobtenu']);

export function parsePix(raw: string): Parsed<boolean | null> {
  const wanted = normalizeHeader(raw);
  if (wanted === '') return { ok: true, value: null };
  if (YES.has(wanted)) return { ok: true, value: true };
  if (NO.has(wanted)) return { ok: true, value: false };
  return { ok: false, error: `certification PIX « ${raw.trim()} » : oui ou non attendu` };
}

// ---------------------------------------------------------------------------------------------
// Plan
// ---------------------------------------------------------------------------------------------

/** A livret the import writes: the stored record the preview saw (null: none) and the record to store. */
export interface LivretImportWrite {
  line: number;
  candidateId: number;
  before: LivretRecord | null;
  after: LivretRecord;
}

export interface LivretImportPlan {
  rows: PlanRow[];
  counts: Record<PlanRowStatus, number>;
  emptyCells: EmptyCellPolicy;
  /** The livrets of the rows without error that change, in file order. */
  writes: LivretImportWrite[];
}

export interface LivretImportContext {
  regulation: Regulation;
  template: LivretTemplate;
  sessionId: number;
  candidates: readonly Candidate[];
  livrets: readonly LivretRecord[];
  /** The session's établissements: a pupil recognised by name alone is said with theirs (their class). */
  etablissements?: readonly { id?: number; name: string }[];
  /**
   * The class the sheet is imported on (its établissement's id; null: the candidates without one), as the livret tab
   * shows it: a pupil recognised by name alone is one of its pupils, never a namesake of another class. Undefined:
   * any candidate of the session.
   */
  classId?: number | null;
}

/** The name of the class shown in the livret tab for the candidates without établissement. */
const NO_CLASS_NAME = 'candidats sans établissement';

const showMark = (hundredths: number | undefined) => (hundredths === undefined ? '' : formatLivretAverage({ points: hundredths * 100, divisor: 100 }));

/** `Le nom…` → `le nom…`, no final period: messages are shown after `colonne X : `. */
function asRowMessage(message: string): string {
  const text = message.replace(/\.$/, '');
  return /^\p{Lu}[\p{Ll}']/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

const nameKey = (nom: string, prenom: string) => `${normalizeHeader(nom)}\u0000${normalizeHeader(prenom)}`;
const personKey = (nom: string, prenom: string, date: string | null) => `${nameKey(nom, prenom)}\u0000${date ?? ''}`;

/** Who a row is about, why it is not known (its identity errors), and what the preview should point out. */
interface RowIdentity {
  candidate?: Candidate;
  errors: { key: string; message: string }[];
  warning?: string;
}

/**
 * A row without number nor birth date (a teacher's own sheet), matched on nom and prénom alone: accepted only when
 * one candidate of the session has them, and said on the row, since the session's only « Martin Léa » may not be
 * the sheet's (the sheet's student missing from the session, or a name mistyped).
 */
function identifyByName(
  nom: string,
  prenom: string,
  named: readonly Candidate[],
  hasDateColumn: boolean,
  className: (etablissementId: number | null) => string,
  classId: number | null | undefined,
): RowIdentity {
  const who = `« ${`${nom} ${prenom}`.trim()} »`;
  if (named.length === 0) return { errors: [{ key: 'nom', message: `aucun candidat ${who} dans cette session (l'import du livret ne crée pas de candidat)` }] };
  const found = classId === undefined ? named : named.filter((c) => c.etablissementId === classId);
  if (found.length === 0) {
    const elsewhere = named.map((c) => `le candidat ${shownNumero(c.numero)} de ce nom est de ${className(c.etablissementId)}`).join(', ');
    return {
      errors: [
        {
          key: 'nom',
          message: `aucun élève ${who} dans la classe affichée (${className(classId ?? null)}) : ${elsewhere} ; importez sa ligne depuis sa classe`,
        },
      ],
    };
  }
  if (found.length > 1) {
    const ask = hasDateColumn
      ? 'saisissez sa date de naissance ou ajoutez la colonne du numéro de candidat'
      : 'ajoutez la colonne de la date de naissance ou du numéro de candidat';
    const numeros = found.map((c) => shownNumero(c.numero)).join(', ');
    return { errors: [{ key: 'nom', message: `plusieurs candidats ${who} dans ${classId === undefined ? 'la session' : 'la classe'} (${numeros}) : ${ask}` }] };
  }
  const candidate = found[0]!;
  // Their class too, when the sheet is not one class's: it may name a namesake in another class.
  const place = classId === undefined && candidate.etablissementId !== null ? className(candidate.etablissementId) : '';
  const which =
    (isNumeroPending(candidate.numero) ? `de ce candidat (${NUMERO_PENDING_LABEL})` : `du candidat ${candidate.numero}`) + (place ? `, ${place}` : '');
  return { candidate, errors: [], warning: `reconnu(e) par nom et prénom seulement : vérifiez qu'il s'agit bien ${which}` };
}

/**
 * The file compared with the session's livrets, row by row: the preview shows the rows, and applying
 * writes exactly `writes`. `header` is the combined column names (combineHeaderRows); the data starts
 * after the header row(s).
 */
export function buildLivretPlan(
  source: ImportSource,
  headerRows: 1 | 2,
  header: readonly string[],
  mapping: ColumnMapping,
  context: LivretImportContext,
  emptyCells: EmptyCellPolicy = 'keep',
): LivretImportPlan {
  const plan: LivretImportPlan = { rows: [], counts: { new: 0, updated: 0, unchanged: 0, error: 0 }, emptyCells, writes: [] };
  const fields = livretImportFields(context.regulation, context.template);
  const fieldByKey = new Map(fields.map((f) => [f.key, f]));
  const records = source.records.slice(source.headerIndex + headerRows);
  const add = (row: PlanRow) => {
    plan.rows.push(row);
    plan.counts[row.status]++;
  };

  const problems = livretMappingProblems(mapping, fields);
  const column = new Map<string, number>();
  mapping.forEach((key, index) => {
    if (key !== null && !column.has(key)) column.set(key, index);
  });
  const cellOf = (record: CsvRecord, key: string) => {
    const index = column.get(key);
    return index === undefined ? undefined : (record.cells[index] ?? '');
  };
  if (problems.length > 0) {
    for (const record of records) {
      const text = (key: string) => (cellOf(record, key) ?? '').trim();
      add({
        line: record.line,
        numero: text('numero'),
        name: `${text('nom')} ${text('prenom')}`.trim() || text('nom_prenom'),
        status: 'error',
        changes: [],
        errors: problems.map((message) => ({ line: record.line, column: null, message })),
        cells: record.cells,
      });
    }
    return plan;
  }

  const byNumero = new Map<string, Candidate>();
  const byShortNumero = new Map<string, Candidate[]>();
  const byPerson = new Map<string, Candidate[]>();
  const byName = new Map<string, Candidate[]>();
  // Nom and prénom in one column (« Élève »: `DUPONT Léa`): the cell is compared with both orders of the stored names.
  const oneColumn = namesInOneColumn(mapping);
  const byFullName = new Map<string, Candidate[]>();
  for (const c of context.candidates) {
    if (oneColumn) {
      for (const full of new Set(fullNamesOf(c).map(normalizeHeader))) {
        byFullName.set(full, [...(byFullName.get(full) ?? []), c]);
      }
    }
    byNumero.set(c.numero, c);
    const short = numeroWithoutZeros(c.numero);
    if (short !== null) byShortNumero.set(short, [...(byShortNumero.get(short) ?? []), c]);
    const key = personKey(c.nom, c.prenom, c.dateNaissance);
    byPerson.set(key, [...(byPerson.get(key) ?? []), c]);
    const name = nameKey(c.nom, c.prenom);
    byName.set(name, [...(byName.get(name) ?? []), c]);
  }
  const stored = new Map(context.livrets.map((l) => [l.candidateId, l]));
  const etablissementNames = new Map((context.etablissements ?? []).map((e) => [e.id, e.name]));
  const className = (id: number | null) => (id === null ? NO_CLASS_NAME : (etablissementNames.get(id) ?? ''));
  const dataKeys = [...column.keys()].filter((k) => !(IDENTITY_KEYS as readonly string[]).includes(k));
  const heading = (key: string) => {
    const shown = oneColumn && (key === 'nom' || key === 'prenom') ? 'nom_prenom' : key;
    return header[column.get(shown) ?? -1]?.trim() || (fieldByKey.get(shown)?.label ?? shown);
  };

  const identify = (record: CsvRecord): RowIdentity => {
    const errors: { key: string; message: string }[] = [];
    const error = (key: string, message: string) => errors.push({ key, message });
    const text = (key: string) => (cellOf(record, key) ?? '').trim();
    let candidate: Candidate | undefined;
    if (column.has('numero')) {
      const numero = text('numero');
      const short = numeroWithoutZeros(numero);
      const close = short === null ? [] : (byShortNumero.get(short) ?? []);
      candidate = byNumero.get(numero) ?? (close.length === 1 ? close[0] : undefined);
      if (!numero) error('numero', 'numéro de candidat manquant');
      else if (!candidate) error('numero', `numéro « ${numero} » inconnu dans cette session (l'import du livret ne crée pas de candidat)`);
    } else {
      const [nom, prenom] = oneColumn ? [text('nom_prenom'), ''] : [text('nom'), text('prenom')];
      const named = () => (oneColumn ? (byFullName.get(normalizeHeader(nom)) ?? []) : (byName.get(nameKey(nom, prenom)) ?? []));
      const date = parseBirthDate(text('date_naissance'));
      if (!nom || (!prenom && !oneColumn)) error(nom ? 'prenom' : 'nom', 'nom et prénom sont nécessaires pour reconnaître l’élève');
      else if (!date.ok) error('date_naissance', date.error);
      else if (date.value === null) return identifyByName(nom, prenom, named(), column.has('date_naissance'), className, context.classId);
      else {
        const found = oneColumn ? named().filter((c) => c.dateNaissance === date.value) : (byPerson.get(personKey(nom, prenom, date.value)) ?? []);
        const who = `« ${`${nom} ${prenom}`.trim()} » né(e) le ${formatBirthDate(date.value)}`;
        if (found.length === 0) error('nom', `aucun candidat ${who} dans cette session (l'import du livret ne crée pas de candidat)`);
        else if (found.length > 1) error('nom', `plusieurs candidats ${who} : ajoutez la colonne du numéro de candidat`);
        else candidate = found[0];
      }
    }
    return { candidate, errors };
  };
  // Every row's candidate first: one given on two lines is refused on both (repeated-lines.ts).
  const identities = records.map(identify);
  const linesOf = new LinesByCandidate();
  identities.forEach(({ candidate }, n) => linesOf.add(candidate ? String(candidate.id) : null, records[n]!.line));

  for (const [n, record] of records.entries()) {
    const line = record.line;
    const errors: PlanError[] = [];
    const error = (key: string | null, message: string) => errors.push({ line, column: key === null ? null : heading(key), message: asRowMessage(message) });
    const text = (key: string) => (cellOf(record, key) ?? '').trim();

    const { candidate, errors: identityErrors, warning } = identities[n]!;
    for (const e of identityErrors) error(e.key, e.message);
    if (candidate) {
      const repeated = linesOf.refusal(String(candidate.id), line, `le candidat ${candidate.numero}`);
      if (repeated) error(column.has('numero') ? 'numero' : 'nom', repeated);
    }

    const before = candidate ? (stored.get(candidate.id!) ?? null) : null;
    const current = before ?? emptyLivret(context.sessionId, candidate?.id ?? 0);
    const changes: LivretChange[] = [];
    const shown: CellChange[] = [];
    const show = (key: string, was: string, now: string) => shown.push({ field: key, label: heading(key), before: was, after: now });

    for (const key of dataKeys) {
      const cell = text(key);
      const target = parseFieldKey(key);
      if (target && target.what !== 'appreciation') {
        const period = target.what;
        const parsed = parseLivretCell(cell);
        if (!parsed.ok) {
          error(key, parsed.error);
          continue;
        }
        const was = current.subjects[target.subject]?.marks[period];
        const value = parsed.value ?? (emptyCells === 'clear' ? null : was);
        if (value === was || (value === null && was === undefined)) continue;
        changes.push({ kind: 'mark', subject: target.subject, period, value: value ?? null });
        show(key, showMark(was), showMark(value ?? undefined));
      } else if (target) {
        const was = current.subjects[target.subject]?.appreciation ?? '';
        const now = cell === '' && emptyCells === 'keep' ? was : cell;
        if (now === was) continue;
        changes.push({ kind: 'appreciation', subject: target.subject, text: now });
        show(key, was, now);
      } else if (key === 'avis') {
        const parsed = parseAvis(cell);
        if (!parsed.ok) {
          error(key, parsed.error);
          continue;
        }
        const now = parsed.value ?? (emptyCells === 'clear' ? null : current.avis);
        if (now === current.avis) continue;
        changes.push({ kind: 'avis', value: now });
        show(key, current.avis ? AVIS_LABELS[current.avis] : '', now ? AVIS_LABELS[now] : '');
      } else if (key === 'pix') {
        const parsed = parsePix(cell);
        if (!parsed.ok) {
          error(key, parsed.error);
          continue;
        }
        const now = parsed.value ?? (emptyCells === 'clear' ? false : current.pix);
        if (now === current.pix) continue;
        changes.push({ kind: 'pix', value: now });
        show(key, current.pix ? 'oui' : 'non', now ? 'oui' : 'non');
      } else if (key === 'observations') {
        const now = cell === '' && emptyCells === 'keep' ? current.observations : cell;
        if (now === current.observations) continue;
        changes.push({ kind: 'observations', text: now });
        show(key, current.observations, now);
      }
    }

    const status: PlanRowStatus = errors.length > 0 ? 'error' : changes.length === 0 ? 'unchanged' : before ? 'updated' : 'new';
    const name = candidate ? `${candidate.nom} ${candidate.prenom}`.trim() : `${text('nom')} ${text('prenom')}`.trim() || text('nom_prenom');
    add({
      line,
      numero: candidate?.numero ?? text('numero'),
      name,
      status,
      changes: shown,
      errors,
      cells: record.cells,
      ...(warning ? { warnings: [warning] } : {}),
    });
    if (status === 'error' || changes.length === 0 || !candidate) continue;
    plan.writes.push({ line, candidateId: candidate.id!, before, after: applyLivretChanges(current, changes) });
  }
  return plan;
}
