/**
 * Step 3 of an import: the file compared with the session, row by row, matched by candidate number
 * (never by position). The plan is what the preview shows and exactly what applying it writes.
 * Pure and total: every problem is an error of its row, nothing throws.
 */
import { uaiLetterDoubt } from '../../domain/checks.ts';
import type { Parsed } from '../../domain/marks.ts';
import { parseOptionalUnits, type Regulation } from '../../domain/regulation.ts';
import { identityKey, isNumeroPending, notANumeroMessage, NUMERO_PENDING_LABEL, numeroWithoutZeros } from '../../domain/numero.ts';
import type { ConformityRecord } from '../../domain/conformity.ts';
import { CONTROLE_PREFIX, STATUT_LABELS, type Candidate, type MarkRecord } from '../../domain/session.ts';
import type { CsvRecord } from '../csv.ts';
import { mixedSeparatorMessage, raggedRowMessage } from '../file-check.ts';
import { checkName, checkText, numberAsNameMessage, TEXT_MAX_LENGTH } from '../../domain/text.ts';
import { fullNameHeading, normalizeHeader } from '../headers.ts';
import { formatBirthDate, formatFormOverrides, formatOptionalUnits, parseBirthDate, parseFormOverrides, parseStatut } from './cells.ts';
import { conformityFields, planRowConformity, type RowConformity } from './conformity.ts';
import { etablissementLabel, EtablissementResolver, type EtablissementResolution } from './etablissements.ts';
import { importFields, namesChosenTwice, namesInOneColumn } from './fields.ts';
import { fullNamesOf, initialsOnly, splitFullName, type FullNameSplit } from './full-name.ts';
import { planRowMarks, sharedChange, sharedPlanObjects } from './plan-marks.ts';
import type {
  CandidateTarget,
  CellChange,
  ColumnMapping,
  EmptyCellPolicy,
  ImportField,
  ImportPlan,
  ImportSource,
  PlanError,
  PlanOptions,
  PlanRow,
  SessionSnapshot,
} from './types.ts';
import { lettersLost, looksDamaged, referenceNumeroLength, withLostZeros } from './mishaps.ts';
import { LinesByCandidate } from './repeated-lines.ts';

/** Why a mapping cannot give a plan (empty when it can), in French, for the wizard and for the rows. */
export function mappingProblems(mapping: ColumnMapping, fields: readonly ImportField[]): string[] {
  const problems: string[] = [];
  // Without numbers, rows are read by name: candidates « numéro à venir » (each row says so, see withoutNumero).
  if (!mapping.includes('numero') && !mapping.includes('nom') && !mapping.includes('nom_prenom')) {
    problems.push("La colonne du numéro de candidat n'est pas choisie.");
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
    if (!field && key.startsWith(CONTROLE_PREFIX)) {
      const possible = fields.filter((f) => f.group === 'controle').map((f) => f.key.slice(CONTROLE_PREFIX.length));
      problems.push(
        `Colonne ${numbers.join(', ')} : ${key.slice(CONTROLE_PREFIX.length)} n'est pas une épreuve de contrôle de cette session (possibles : ${possible.join(', ') || 'aucune'}).`,
      );
    } else if (!field) {
      problems.push(`Colonne ${numbers.join(', ')} : champ inconnu « ${key} ».`);
    } else if (numbers.length > 1) {
      problems.push(`« ${field.label} » est choisi pour plusieurs colonnes (${numbers.join(' et ')}) : gardez-en une.`);
    }
  }
  return problems;
}

type CandidateData = Omit<Candidate, 'id' | 'sessionId' | 'etablissementId'>;

/** The candidate fields of the file: key, label, how the value is shown. */
const IDENTITY_SHOWN: readonly { key: string; show: (c: CandidateData, r: Regulation) => string; shared: boolean }[] = [
  // Shared: the changes that many rows have alike (not the names and birth dates).
  { key: 'nom', show: (c) => c.nom, shared: false },
  { key: 'prenom', show: (c) => c.prenom, shared: false },
  { key: 'date_naissance', show: (c) => formatBirthDate(c.dateNaissance), shared: false },
  { key: 'statut', show: (c) => STATUT_LABELS[c.statut], shared: true },
  { key: 'langue_vivante', show: (c) => c.langueVivante, shared: true },
  { key: 'facultatives', show: (c, r) => formatOptionalUnits(c.optionalUnits, r), shared: true },
  { key: 'formes', show: (c, r) => formatFormOverrides(c.formOverrides, r), shared: true },
];

/**
 * A row without changes or errors has these (never modified): one object for all of them in the plan sent to the
 * page rather than two per row.
 */
const NO_CHANGES = Object.freeze([]) as unknown as CellChange[];
const NO_ERRORS = Object.freeze([]) as unknown as PlanError[];
const NO_CONFORMITY: RowConformity = Object.freeze({ changes: null, cellChanges: NO_CHANGES, nvAfter: new Map<string, string[]>() });

/** `normalizeHeader` of a plain-ASCII text, quickly (lower-case letters and digits); null for any other text. */
function asciiNormalized(text: string): string | null {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return null;
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) out += text[i];
    else if (code >= 0x41 && code <= 0x5a) out += String.fromCharCode(code + 32);
  }
  return out;
}

const NEW_CANDIDATE: Omit<CandidateData, 'numero'> = {
  nom: '',
  prenom: '',
  dateNaissance: null,
  statut: 'scolaire',
  langueVivante: '',
  optionalUnits: [],
  formOverrides: {},
};

/** `{ ...NEW_CANDIDATE, numero }`, written out: a preview makes 50,000 of them. */
const newCandidateData = (numero: string): CandidateData => ({
  nom: NEW_CANDIDATE.nom,
  prenom: NEW_CANDIDATE.prenom,
  dateNaissance: NEW_CANDIDATE.dateNaissance,
  statut: NEW_CANDIDATE.statut,
  langueVivante: NEW_CANDIDATE.langueVivante,
  optionalUnits: NEW_CANDIDATE.optionalUnits,
  formOverrides: NEW_CANDIDATE.formOverrides,
  numero,
});

/** A line break in a one-line cell: a quoted CSV cell, or Alt+Entrée in a spreadsheet. */
const LINE_BREAK = /[\r\n\u2028\u2029]/;

/** `2,431E+11`: what Excel writes for a long number it took for a numeric value. */
const EXCEL_SCIENTIFIC = /^\d+(?:[.,]\d+)?E\+\d+$/i;

/** `Le nom…` → `le nom…`, no final period: messages are shown after `colonne X : `. */
function asRowMessage(message: string): string {
  const text = message.replace(/\.$/, '');
  return /^\p{Lu}[\p{Ll}']/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

class Planner {
  readonly plan: ImportPlan;
  private readonly regulation: Regulation;
  private readonly fields: Map<string, ImportField>;
  private readonly column = new Map<string, number>();
  private readonly byNumero = new Map<string, Candidate>();
  private readonly byNumeroWithoutZeros = new Map<string, Candidate[]>();
  /** Candidates still waiting for their number (« numéro à venir »), by nom + prénom + date de naissance. */
  private readonly pendingByIdentity = new Map<string, Candidate[]>();
  /** The candidates « numéro à venir » already matched by a row (a second row with the same identity is not). */
  private readonly claimedPending = new Set<number>();
  /** Rows without a number are recognised by nom + prénom, and the date de naissance when both have one (withoutNumero). */
  private readonly pendingByName = new Map<string, Candidate[]>();
  private readonly numberedByName = new Map<string, Candidate[]>();
  private readonly linesWithoutNumero = new Map<string, { line: number; dateNaissance: string | null }[]>();
  private readonly marks = new Map<string, MarkRecord>();
  private readonly marksByCandidate = new Map<number, MarkRecord[]>();
  private readonly conformity: Map<number, ConformityRecord> | null;
  private readonly etablissements: EtablissementResolver;
  /** The lines of each candidate the file names (a stored candidate by id, a new one by number): see prepare. */
  private readonly linesOf = new LinesByCandidate();
  /** A new number's first spelling in the file, and its other spellings (aux zéros de tête près) when it has some. */
  private readonly firstSpelling = new Map<string, string>();
  private readonly otherSpellings = new Map<string, string[]>();
  /** The length all-digit candidate numbers should have (null: no all-digit number anywhere). */
  private numeroLength: number | null = null;
  /** The file's header row. */
  private readonly header: string[];
  /** True when a column is mapped to a conformity field (R7). */
  private readonly conformityColumns: boolean;
  /** The plan's contents and changes shared by equal writes and changes (plan-marks.ts). */
  private readonly shared = sharedPlanObjects();
  private readonly labelOf = (key: string) => this.label(key);
  /** Nom and prénom read from one column (`nom_prenom`), split line by line (full-name.ts). */
  private readonly namesInOneColumn: boolean;
  #splitRecord: CsvRecord | null = null;
  #split: FullNameSplit = { ok: true, nom: '', prenom: '' };

  constructor(
    private readonly source: ImportSource,
    mapping: ColumnMapping,
    private readonly snapshot: SessionSnapshot,
    private readonly emptyCells: EmptyCellPolicy,
    private readonly options: PlanOptions = {},
  ) {
    this.regulation = snapshot.regulation;
    this.header = source.records[source.headerIndex]?.cells ?? [];
    this.fields = new Map(importFields(this.regulation).map((f) => [f.key, f]));
    mapping.forEach((key, index) => {
      if (key !== null && !this.column.has(key)) this.column.set(key, index);
    });
    this.namesInOneColumn = namesInOneColumn(mapping);
    for (const c of snapshot.candidates) {
      const name = nameKey(c);
      if (name !== null) {
        const byName = isNumeroPending(c.numero) ? this.pendingByName : this.numberedByName;
        byName.set(name, [...(byName.get(name) ?? []), c]);
      }
      if (isNumeroPending(c.numero)) {
        const key = identityKey(c);
        if (key !== null) this.pendingByIdentity.set(key, [...(this.pendingByIdentity.get(key) ?? []), c]);
        continue;
      }
      this.byNumero.set(c.numero, c);
      const short = numeroWithoutZeros(c.numero);
      if (short !== null) this.byNumeroWithoutZeros.set(short, [...(this.byNumeroWithoutZeros.get(short) ?? []), c]);
    }
    for (const m of snapshot.marks) {
      this.marks.set(`${m.candidateId}\u0000${m.unit}`, m);
      this.marksByCandidate.set(m.candidateId, [...(this.marksByCandidate.get(m.candidateId) ?? []), m]);
    }
    this.conformity = snapshot.conformity ? new Map(snapshot.conformity.map((c) => [c.candidateId, c])) : null;
    this.etablissements = new EtablissementResolver(snapshot.etablissements);
    this.plan = {
      rows: [],
      counts: { new: 0, updated: 0, unchanged: 0, error: 0 },
      emptyCells,
      newEtablissements: this.etablissements.created,
      newCandidates: [],
      candidateUpdates: [],
      markWrites: [],
    };
    // R7: only a file with conformity columns gives conformity writes.
    const conformityKeys = new Set(conformityFields(this.regulation).map((f) => f.key));
    this.conformityColumns = [...this.column.keys()].some((k) => conformityKeys.has(k));
    if (this.conformityColumns) this.plan.conformityWrites = [];
  }

  /**
   * Looks at every number of the file once, before the rows: which ones lost their leading zeros, and the lines of
   * each candidate (a candidate on two lines is refused on both, repeated-lines.ts).
   */
  prepare(records: readonly CsvRecord[]): void {
    const numeros = records.map((r) => (this.cellOf(r, 'numero') ?? '').trim());
    this.numeroLength = referenceNumeroLength(
      this.snapshot.candidates.map((c) => c.numero),
      numeros,
    );
    records.forEach((record, n) => {
      const numero = this.numeroAsPlanned(numeros[n]!);
      const key = this.candidateKey(numero);
      this.linesOf.add(key, record.line);
      if (key === null || !key.startsWith('numéro ')) return;
      const first = this.firstSpelling.get(key);
      if (first === undefined) this.firstSpelling.set(key, numero);
      else if (first !== numero) {
        const others = this.otherSpellings.get(key) ?? [first];
        if (!others.includes(numero)) others.push(numero);
        this.otherSpellings.set(key, others);
      }
    });
  }

  /** The number a row is planned with: the file's, or with its lost leading zeros when asked to restore them. */
  private numeroAsPlanned(numero: string): string {
    const restored = this.lostZeros(numero);
    return restored !== null && this.options.restoreZeros ? restored : numero;
  }

  /** The file's number with the leading zeros a spreadsheet removed, when it seems to have lost some (else null). */
  private lostZeros(numero: string): string | null {
    const restored = this.byNumero.has(numero) ? null : withLostZeros(numero, this.numeroLength);
    return restored !== null && this.find(numero)?.numero !== restored ? restored : null;
  }

  /**
   * Who a number designates: the stored candidate (whose number may differ by leading zeros), else the number
   * without its leading zeros (`02431000062` and `2431000062` on two lines are one new candidate given twice).
   * Null for no number, and for a « numéro » without any digit (a total line: refused on its own).
   */
  private candidateKey(numero: string): string | null {
    if (numero === '') return null;
    const stored = this.find(numero);
    if (stored) return `id ${stored.id}`;
    return notANumeroMessage(numero) ? null : `numéro ${numeroWithoutZeros(numero) ?? numero}`;
  }

  /** A new number as the refusal of its repeated lines names it, with its other spellings in the file. */
  private repeatedNumero(numero: string, key: string): string {
    const others = (this.otherSpellings.get(key) ?? []).filter((n) => n !== numero);
    if (others.length === 0) return `le numéro « ${numero} »`;
    return `le numéro « ${numero} », le même que ${others.map((n) => `« ${n} »`).join(', ')} aux zéros de tête près,`;
  }

  /** The column of a field as headed in the file (its label when the heading is blank). */
  heading(key: string): string {
    if ((key === 'nom' || key === 'prenom') && this.namesInOneColumn) return this.heading('nom_prenom');
    const index = this.column.get(key);
    const text = index === undefined ? '' : (this.header[index] ?? '').trim();
    return text || (this.fields.get(key)?.label ?? key);
  }

  label(key: string): string {
    return this.fields.get(key)?.label ?? key;
  }

  cellOf(record: CsvRecord, key: string): string | undefined {
    if ((key === 'nom' || key === 'prenom') && this.namesInOneColumn) {
      const split = this.splitNames(record);
      return split.ok ? split[key] : undefined;
    }
    const index = this.column.get(key);
    return index === undefined ? undefined : (record.cells[index] ?? '');
  }

  /** The line's nom and prénom as its one column gives them (split once per line). */
  splitNames(record: CsvRecord): FullNameSplit {
    if (this.#splitRecord !== record) {
      this.#splitRecord = record;
      this.#split = splitFullName(this.cellOf(record, 'nom_prenom') ?? '');
    }
    return this.#split;
  }

  /** The stored candidate of a number; else the one whose all-digit number only differs by leading zeros. */
  private find(numero: string): Candidate | undefined {
    const exact = this.byNumero.get(numero);
    if (exact) return exact;
    const short = numeroWithoutZeros(numero);
    const close = short === null ? [] : (this.byNumeroWithoutZeros.get(short) ?? []);
    return close.length === 1 ? close[0] : undefined;
  }

  addRow(row: PlanRow): void {
    this.plan.rows.push(row);
    this.plan.counts[row.status]++;
  }

  planRecord(record: CsvRecord, readErrors: string[]): void {
    const line = record.line;
    const errors: PlanError[] = readErrors.map((message) => ({ line, column: null, message }));
    const error = (key: string | null, message: string) =>
      errors.push({ line, column: key === null ? null : this.heading(key), message: asRowMessage(message) });
    /** A stored candidate whose names the line's one column gives as the session has them: kept as they are. */
    let keptNames: Candidate | null = null;
    const cell = (key: string) => (keptNames && (key === 'nom' || key === 'prenom') ? keptNames[key] : this.cellOf(record, key));
    const filled = (key: string) => {
      const text = cell(key)?.trim();
      return text ? text : undefined;
    };

    let numero = (cell('numero') ?? '').trim();
    const warnings: string[] = [];
    // A spreadsheet stores 02431000001 as the number 2431000001: said in the preview, restored when asked.
    const restored = this.lostZeros(numero);
    if (restored !== null) {
      const lost = (this.plan.lostZeros ??= { lines: [], length: this.numeroLength!, restored: !!this.options.restoreZeros });
      lost.lines.push(line);
      if (this.options.restoreZeros) {
        warnings.push(`numéro « ${numero} » : zéro de tête rétabli (${restored})`);
        numero = restored;
      } else {
        warnings.push(
          `numéro « ${numero} » : ${restored.length - numero.length > 1 ? 'des zéros de tête semblent perdus' : 'un zéro de tête semble perdu'} (${restored} ?)`,
        );
      }
    }
    // A row whose cells are shifted, or a second header: what its cells would give is not worth listing.
    const unreadable = this.beyondHeader(record.cells)
      ? raggedRowMessage(record.cells.length, this.header.length, this.source.delimiter)
      : (mixedSeparatorMessage(record.cells, this.header.length, this.source.delimiter) ??
        (this.isHeaderAgain(record) ? "ligne identique à l'en-tête (fichiers mis bout à bout ?)" : null));
    if (unreadable) {
      error(null, unreadable);
      this.addRow({ line, numero, name: '', status: 'error', changes: NO_CHANGES, errors, cells: record.cells });
      return;
    }
    // A « numéro » without any digit (`Total`, `Moyenne` under a spreadsheet's table): not a candidate, and nothing
    // else of the line is worth saying. A number the session already has is its candidate, whatever it is.
    const notANumero = this.byNumero.has(numero) ? null : notANumeroMessage(numero);
    if (notANumero) {
      error('numero', `${notANumero} : ligne ignorée si vous importez les autres`);
      this.addRow({ line, numero, name: '', status: 'error', changes: NO_CHANGES, errors, cells: record.cells });
      return;
    }

    let existing = numero ? this.find(numero) : undefined;
    // A candidate entered before their number was known, recognised by nom + prénom + date de naissance:
    // given the file's number only when the user accepts it (never silently), refused otherwise.
    let matched: Candidate | undefined;
    if (numero && !existing && !EXCEL_SCIENTIFIC.test(numero)) {
      matched = this.pendingMatch(cell);
      if (matched) {
        const pending = (this.plan.pendingNumeros ??= { lines: [], accepted: !!this.options.matchPendingNumeros });
        pending.lines.push(line);
        const who = `${matched.nom} ${matched.prenom}`.trim();
        if (this.options.matchPendingNumeros) {
          existing = matched;
          warnings.push(`${who} (${NUMERO_PENDING_LABEL}) reconnu par nom, prénom et date de naissance : reçoit le numéro ${numero}`);
        } else {
          error(
            'numero',
            `numéro « ${numero} » inconnu, mais ${who} (${NUMERO_PENDING_LABEL}) a les mêmes nom, prénom et date de naissance : ` +
              'cochez « Donner leur numéro aux candidats reconnus » pour le lui attribuer',
          );
        }
      }
    }
    if (!numero) {
      const without = this.withoutNumero(cell, line);
      // Said of the line when the file has no column of numbers (« colonne N° candidat » would point at nothing).
      if ('error' in without) error(this.column.has('numero') ? 'numero' : null, without.error);
      else if (without.pending) {
        matched = existing = without.pending;
        warnings.push(`${existing.nom} ${existing.prenom} (${NUMERO_PENDING_LABEL}) déjà saisi : sa fiche est complétée`.replace(/\s+/g, ' '));
      } else warnings.push(`nouveau candidat sans numéro (${NUMERO_PENDING_LABEL})`);
    } else if (!existing && EXCEL_SCIENTIFIC.test(numero)) {
      error('numero', `numéro « ${numero} » abîmé par Excel (notation scientifique) : mettez la colonne au format Texte et recopiez les numéros`);
    } else {
      const key = this.candidateKey(numero)!;
      const who = existing ? (existing.numero !== numero ? `le candidat ${existing.numero}` : `le numéro « ${numero} »`) : this.repeatedNumero(numero, key);
      const repeated = this.linesOf.refusal(key, line, who);
      if (repeated) error('numero', repeated);
    }

    /** The nom's cell refused (a number, a line break in it): « le nom est vide » would be a second, wrong, reason. */
    let nomRefused = false;
    if (this.namesInOneColumn) {
      // `Dupont Léa` for the candidate DUPONT Léa of the session (in either order) changes nothing. A cell that cannot
      // be split: a stored candidate (found by number) keeps the names stored, said; a new one is refused at its column.
      const full = (this.cellOf(record, 'nom_prenom') ?? '').trim();
      const split = this.splitNames(record);
      const same = existing !== undefined && full !== '' && sameFullName(full, existing);
      if (existing && full !== '' && (same || !split.ok)) {
        keptNames = existing;
        if (!same) {
          warnings.push(`« ${full} » : nom et prénom ne se distinguent pas, la fiche garde ${`${existing.nom} ${existing.prenom}`.trim()}`);
        }
      } else if (!split.ok) {
        error('nom_prenom', split.message);
        nomRefused = true;
      } else if (initialsOnly(split.prenom)) {
        warnings.push(`« ${full} » : le prénom n'est qu'une initiale (${split.prenom}) ; complétez-le dans l'onglet Candidats`);
      }
    }
    // Candidate fields: an empty cell never clears them.
    // A stored number that lost its zeros is corrected by the file's full number (02431000001 for 2431000001).
    const corrects = existing !== undefined && existing.numero !== numero && numero.length > existing.numero.length;
    const data: CandidateData = existing ? { ...existing, numero: corrects ? numero : existing.numero } : newCandidateData(numero);
    // Read for an existing candidate only.
    const before: CandidateData = existing ?? data;
    for (const [key, prop] of [
      ['nom', 'nom'],
      ['prenom', 'prenom'],
      ['langue_vivante', 'langueVivante'],
    ] as const) {
      const text = filled(key);
      // A matched candidate « numéro à venir » keeps the spelling stored (the file's differs at most by case and accents).
      if (text === undefined || (matched && existing === matched && key !== 'langue_vivante')) continue;
      // Control characters and over-long names are refused at their cell (the database would refuse the import).
      const checked =
        key === 'langue_vivante'
          ? checkText(text, 'La langue vivante', { multiline: true, max: TEXT_MAX_LENGTH })
          : checkName(text, key === 'nom' ? 'Le nom' : 'Le prénom', false);
      // New input only: a stored name given again unchanged (a file Délib exported) is not refused.
      const unchanged = existing !== undefined && before[prop] === text.trim();
      const number = key === 'langue_vivante' || unchanged ? null : numberAsNameMessage(text, key === 'nom' ? 'le nom' : 'le prénom');
      // A line break typed in the cell (Alt+Entrée) or kept by a quoted CSV cell: said as such, not as a control character.
      const lineBreak = key !== 'langue_vivante' && LINE_BREAK.test(text);
      if (number) error(key, `${number} (colonnes mal associées ?)`);
      else if (lineBreak) {
        error(key, `la cellule contient un retour à la ligne (Alt+Entrée dans Excel) : mettez ${key === 'nom' ? 'le nom' : 'le prénom'} sur une seule ligne`);
      } else if (checked.ok) data[prop] = checked.value;
      else error(key, checked.message);
      if (key === 'nom' && (number || lineBreak || !checked.ok)) nomRefused = true;
    }
    const parse = <T>(key: string, parser: (text: string) => Parsed<T>, set: (v: T) => void) => {
      const text = filled(key);
      if (text === undefined) return;
      const parsed = parser(text);
      if (parsed.ok) set(parsed.value);
      else error(key, parsed.error);
    };
    parse(
      'date_naissance',
      (t) => parseBirthDate(t, this.snapshot.year),
      (v) => (data.dateNaissance = v),
    );
    parse('statut', parseStatut, (v) => (data.statut = v));
    parse(
      'facultatives',
      (t) => parseOptionalUnits(t, this.regulation),
      (v) => (data.optionalUnits = v),
    );
    parse(
      'formes',
      (t) => parseFormOverrides(t, this.regulation),
      (v) => (data.formOverrides = v),
    );
    // A new candidate from a file without an optional-units column (e.g. the CLI's marks file) is registered
    // for the optional units the file gives a mark for: the file is the registration. Otherwise a mark on an
    // optional unit the candidate is not registered for is flagged (plan-marks.ts).
    if (!existing && !this.column.has('facultatives')) {
      data.optionalUnits = this.regulation.units.filter((u) => u.domain === 'optional' && (filled(u.code) ?? '') !== '').map((u) => u.code);
    }

    if (numero && !existing && !matched && data.nom === '' && !nomRefused) {
      const named = this.column.has('nom') || this.namesInOneColumn;
      const fullName = named ? null : fullNameHeading(this.header);
      const why = named
        ? 'le nom est vide'
        : fullName
          ? `la colonne « ${fullName} » réunit nom et prénom : séparez-les en deux colonnes`
          : 'ajoutez les colonnes nom et prénom pour le créer';
      error('numero', `numéro « ${numero} » inconnu dans cette session : ${why}`);
    }
    const namesake = numero && !existing && !matched && !EXCEL_SCIENTIFIC.test(numero) ? this.namesakeNotInFile(data) : undefined;
    if (namesake) {
      const namesakes = (this.plan.namesakes ??= { lines: [], accepted: !!this.options.createNamesakes });
      namesakes.lines.push(line);
      const who = `${namesake.nom} ${namesake.prenom}`.trim();
      if (this.options.createNamesakes) warnings.push(`homonyme de ${who} (numéro ${namesake.numero}) : créé comme un autre candidat`);
      else {
        error(
          'numero',
          `numéro « ${numero} » inconnu, mais ${who} est dans la session avec le numéro ${namesake.numero}, absent du fichier : ` +
            "numéro mal recopié ? Corrigez-le, ou cochez « Créer quand même ces candidats (homonymes) » s'il s'agit d'un homonyme",
        );
      }
    }

    // Letters turned into `?` by a save in Windows-1252: refused unless the user accepts them.
    const damaged = (['nom', 'prenom', 'langue_vivante'] as const).filter((key) => {
      const prop = key === 'langue_vivante' ? 'langueVivante' : key;
      return existing ? lettersLost(before[prop], data[prop]) : looksDamaged(data[prop]);
    });
    if (damaged.length > 0) {
      const loss = (this.plan.encodingLoss ??= { lines: [], accepted: !!this.options.acceptEncodingLoss });
      loss.lines.push(line);
      const what = damaged.map((key) => {
        const prop = key === 'langue_vivante' ? 'langueVivante' : key;
        return existing ? `« ${before[prop]} » → « ${data[prop]} »` : `« ${data[prop]} »`;
      });
      const message = `lettres remplacées par « ? » (${what.join(', ')}) : le fichier a sans doute perdu ses accents à l'enregistrement (CSV Windows-1252)`;
      if (this.options.acceptEncodingLoss) warnings.push(message);
      else error(damaged[0]!, `${message} ; enregistrez-le en CSV UTF-8 ou en .xlsx, ou cochez « appliquer quand même »`);
    }

    // Nom and prénom read in each other's place (their columns swapped in the file, or at step 2): said, once for all.
    // Only a row that changes the stored nom is compared (a marks sheet's rows cost nothing more).
    if (existing && data.nom !== existing.nom && existing.prenom.trim() !== '') {
      const swapped = nameKey({ nom: existing.prenom, prenom: existing.nom });
      if (swapped !== nameKey(existing) && nameKey(data) === swapped) {
        (this.plan.swappedNames ??= { lines: [] }).lines.push(line);
        warnings.push('nom et prénom inversés par rapport à la session ?');
      } else if (damaged.length === 0 && otherPerson(existing, data)) {
        // Both changed beyond case and accents: another person under that number (mistyped, or another list). Names
        // whose letters a re-save turned into « ? » are said as such above, not as another person.
        (this.plan.otherPeople ??= { lines: [] }).lines.push(line);
        warnings.push(
          `nom et prénom d’une autre personne que le candidat ${existing.numero} de la session (${existing.nom} ${existing.prenom}) : numéro mal recopié ?`,
        );
      }
    }

    const changes: CellChange[] = [];
    if (existing && corrects) changes.push({ field: 'numero', label: this.label('numero'), before: existing.numero, after: data.numero });
    for (const { key, show, shared } of IDENTITY_SHOWN) {
      const was = existing ? show(before, this.regulation) : '';
      const now = show(data, this.regulation);
      if (was !== now) changes.push(sharedChange(shared ? this.shared : undefined, key, this.label(key), was, now));
    }

    const etablissement = this.etablissements.resolve(
      { uai: filled('etablissement_uai'), nom: filled('etablissement_nom'), ville: filled('etablissement_ville'), type: filled('etablissement_type') },
      line,
    );
    if (etablissement.kind === 'error') error(etablissement.field, etablissement.message);
    // An établissement this file creates with a UAI whose check letter its digits do not give: said, not refused.
    const doubt = etablissement.kind === 'new' ? uaiLetterDoubt(etablissement.data.uai) : null;
    if (doubt) warnings.push(asRowMessage(doubt));
    const etablissementChange = this.etablissementChange(existing ?? null, etablissement);
    if (etablissementChange) changes.push(etablissementChange);
    const candidateChanged = changes.length > 0;

    const rowMarks = planRowMarks({
      regulation: this.regulation,
      year: this.snapshot.year,
      emptyCells: this.emptyCells,
      cell,
      stored: existing && this.marksByCandidate.has(existing.id!) ? (unit: string) => this.marks.get(`${existing!.id}\u0000${unit}`) ?? null : undefined,
      optionalUnits: data.optionalUnits,
      error,
      warn: (key, message) => warnings.push(`${this.heading(key)} : ${message}`),
      label: this.labelOf,
      shared: this.shared,
    });
    changes.push(...rowMarks.changes);

    // R7: the dossier conformity columns, applied onto the candidate's record (NV in the same transaction).
    // Without a conformity column, only a stored record's NV counts (planRowConformity would read no cell).
    const storedConformity = this.conformity && existing ? (this.conformity.get(existing.id!) ?? null) : null;
    let conformity = NO_CONFORMITY;
    if (this.conformityColumns || storedConformity) {
      const etablissementType =
        etablissement.kind === 'existing'
          ? etablissement.etablissement.type
          : etablissement.kind === 'new'
            ? etablissement.data.type
            : (this.snapshot.etablissements.find((e) => e.id === existing?.etablissementId)?.type ?? null);
      conformity = planRowConformity({
        regulation: this.regulation,
        emptyCells: this.emptyCells,
        cell,
        error,
        label: this.labelOf,
        candidate: data,
        etablissement: etablissementType === null ? null : { type: etablissementType },
        marks: existing ? (this.marksByCandidate.get(existing.id!) ?? []) : [],
        stored: this.conformity ? storedConformity : undefined,
        depositDeadline: this.snapshot.depositDeadline,
      });
    }
    changes.push(...conformity.cellChanges);
    for (const write of rowMarks.writes) {
      const reasons = conformity.nvAfter.get(write.unit);
      if (reasons && write.after?.value.kind !== 'NV') {
        error(write.unit, `dossier non conforme (${reasons.join(' ; ')}) : la note reste NV ; rendez le dossier conforme pour saisir une note`);
      }
    }

    const status = errors.length > 0 ? 'error' : !existing ? 'new' : changes.length > 0 ? 'updated' : 'unchanged';
    // A name cell that could not be split is shown as written, so that the line says whose it is.
    const name = `${data.nom} ${data.prenom}`.trim() || (cell('nom_prenom') ?? '').trim();
    this.addRow({
      line,
      numero: data.numero,
      name,
      status,
      changes: changes.length > 0 ? changes : NO_CHANGES,
      errors: errors.length > 0 ? errors : NO_ERRORS,
      ...(status === 'error' ? { cells: record.cells } : {}),
      ...(warnings.length ? { warnings } : {}),
      ...(matched && existing === matched ? { matchedPending: true } : {}),
    });
    if (status === 'error') return;

    let target: CandidateTarget;
    if (!existing) {
      const to = this.etablissements.commit(etablissement, null);
      target = { newIndex: this.plan.newCandidates.push({ line, data, etablissement: to }) - 1 };
    } else {
      target = { id: existing.id! };
      const to = this.etablissements.commit(etablissement, existing.etablissementId);
      if (candidateChanged) {
        const after: Candidate = { ...existing, ...data, etablissementId: to && 'id' in to ? to.id : null };
        const update = { line, before: existing, after, ...(to && 'newIndex' in to ? { newEtablissement: to.newIndex } : {}) };
        this.plan.candidateUpdates.push(update);
      }
    }
    for (const write of rowMarks.writes) this.plan.markWrites.push({ line, candidate: target, unit: write.unit, before: write.before, after: write.after });
    if (conformity.changes) {
      this.plan.conformityWrites?.push({ line, candidate: target, changes: conformity.changes, ...(this.conformity ? { before: storedConformity } : {}) });
    }
  }

  /**
   * A row without a number: refused unless the user accepts rows without numbers (createPendingNumeros); then it is
   * the candidate « numéro à venir » entered with the same name (and date de naissance), or a new one. A name that a
   * numbered candidate of the session already has is refused: the file needs its numbers to update that candidate.
   */
  private withoutNumero(cell: (key: string) => string | undefined, line: number): { error: string } | { pending: Candidate | null } {
    const parsedDate = parseBirthDate((cell('date_naissance') ?? '').trim(), this.snapshot.year);
    const date = parsedDate.ok ? parsedDate.value : null;
    const nom = (cell('nom') ?? '').trim();
    const prenom = (cell('prenom') ?? '').trim();
    const name = nameKey({ nom, prenom });
    if (name === null) return { error: 'numéro de candidat manquant' };
    const same = <T extends { dateNaissance: string | null }>(list: readonly T[] | undefined) => (list ?? []).filter((c) => sameBirth(c.dateNaissance, date));
    // A numbered candidate of the session by that name: said at once, whether rows without numbers are accepted or
    // not (accepting them would not update that candidate; a teacher's sheet of names would otherwise be told to tick it).
    const numbered = same(this.numberedByName.get(name))[0];
    if (numbered) {
      const who = `${numbered.nom} ${numbered.prenom}`.trim();
      return { error: `déjà dans la session avec le numéro ${numbered.numero} (${who}) : ajoutez la colonne des numéros pour compléter sa fiche` };
    }
    const accepted = !!this.options.createPendingNumeros;
    (this.plan.withoutNumero ??= { lines: [], accepted }).lines.push(line);
    if (!accepted) {
      // A row of a sheet Délib exported (a candidate « numéro à venir » has no number in it) completes that candidate.
      const waiting = same(this.pendingByName.get(name));
      const what =
        waiting.length === 1
          ? `pour compléter la fiche de ${`${waiting[0]!.nom} ${waiting[0]!.prenom}`.trim()} (${NUMERO_PENDING_LABEL})`
          : 'pour créer ce candidat';
      return { error: `numéro de candidat manquant : cochez « Ajouter les lignes sans numéro (${NUMERO_PENDING_LABEL}) » ${what}` };
    }
    const earlier = same(this.linesWithoutNumero.get(name))[0];
    this.linesWithoutNumero.set(name, [...(this.linesWithoutNumero.get(name) ?? []), { line, dateNaissance: date }]);
    if (earlier) return { error: `sans numéro, et mêmes nom, prénom et date de naissance que la ligne ${earlier.line}` };
    const pending = same(this.pendingByName.get(name));
    // Two candidates « numéro à venir » with the same name: nothing is guessed.
    if (pending.length > 1) return { error: `plusieurs candidats ${NUMERO_PENDING_LABEL} s'appellent ${nom} ${prenom} : donnez-leur un numéro dans la grille` };
    return { pending: pending[0] ?? null };
  }

  /**
   * The numbered candidate of the session with the row's nom + prénom (and date de naissance when both have one)
   * that no line of the file names by its number: a row with an unknown number and that name most likely has its
   * number mistyped (a marks sheet would otherwise create a second candidate, and leave the first without marks).
   */
  private namesakeNotInFile(data: CandidateData): Candidate | undefined {
    // A session without numbered candidates (a new one) has no namesake: the name is not normalized for nothing.
    if (this.numberedByName.size === 0) return undefined;
    const name = nameKey(data);
    if (name === null) return undefined;
    return (this.numberedByName.get(name) ?? []).find((c) => sameBirth(c.dateNaissance, data.dateNaissance) && !this.linesOf.has(`id ${c.id}`));
  }

  /** The one candidate waiting for their number whose nom + prénom + date de naissance are the row's, not yet matched. */
  private pendingMatch(cell: (key: string) => string | undefined): Candidate | undefined {
    if (this.pendingByIdentity.size === 0) return undefined;
    const date = parseBirthDate((cell('date_naissance') ?? '').trim(), this.snapshot.year);
    const key = identityKey({ nom: cell('nom') ?? '', prenom: cell('prenom') ?? '', dateNaissance: date.ok ? date.value : null });
    const found = key === null ? [] : (this.pendingByIdentity.get(key) ?? []);
    // Two candidates with the same identity: nothing is proposed (the user gives the numbers by hand).
    if (found.length !== 1 || this.claimedPending.has(found[0]!.id!)) return undefined;
    this.claimedPending.add(found[0]!.id!);
    return found[0];
  }

  private etablissementChange(existing: Candidate | null, resolution: EtablissementResolution): CellChange | null {
    if (resolution.kind === 'none' || resolution.kind === 'error') return null;
    const currentId = existing?.etablissementId ?? null;
    if (resolution.kind === 'existing' && resolution.etablissement.id === currentId) return null;
    const current = this.snapshot.etablissements.find((e) => e.id === currentId);
    const after =
      resolution.kind === 'existing' ? etablissementLabel(resolution.etablissement) : `${etablissementLabel(resolution.data)} (nouvel établissement)`;
    const field = this.column.has('etablissement_uai') ? 'etablissement_uai' : 'etablissement_nom';
    return { field, label: 'Établissement', before: current ? etablissementLabel(current) : '', after };
  }

  #normalizedHeader: string[] | null = null;

  private isHeaderAgain(record: CsvRecord): boolean {
    const header = (this.#normalizedHeader ??= this.header.map((h) => normalizeHeader(h)));
    if (record.cells.length > header.length) return false;
    // Most rows differ from the header at their first cell: compared without normalizing it when it is plain ASCII.
    const first = asciiNormalized(record.cells[0] ?? '');
    if (first !== null && first !== header[0]) return false;
    return header.every((h, i) => h === normalizeHeader(record.cells[i] ?? ''));
  }

  /** True when a cell beyond the header's columns holds something (the row's cells are shifted). */
  private beyondHeader(cells: readonly string[]): boolean {
    for (let i = this.header.length; i < cells.length; i++) if (cells[i]!.trim() !== '') return true;
    return false;
  }

  /** Every row in error with the same messages: the mapping itself is wrong. */
  refuseAll(records: readonly CsvRecord[], problems: string[]): void {
    for (const record of records) {
      const text = (key: string) => (this.cellOf(record, key) ?? '').trim();
      this.addRow({
        line: record.line,
        numero: text('numero'),
        name: `${text('nom')} ${text('prenom')}`.trim() || text('nom_prenom'),
        status: 'error',
        changes: NO_CHANGES,
        errors: problems.map((message) => ({ line: record.line, column: null, message })),
        cells: record.cells,
      });
    }
  }
}

export function buildPlan(
  source: ImportSource,
  mapping: ColumnMapping,
  snapshot: SessionSnapshot,
  emptyCells: EmptyCellPolicy = 'keep',
  options: PlanOptions = {},
): ImportPlan {
  const planner = new Planner(source, mapping, snapshot, emptyCells, options);
  const records = source.records.slice(source.headerIndex + 1);
  const problems = mappingProblems(mapping, importFields(snapshot.regulation));
  if (problems.length > 0) {
    planner.refuseAll(records, problems);
    return planner.plan;
  }
  planner.prepare(records);
  records.forEach((record, n) => {
    // A read problem (unterminated quote…) belongs to the record where it occurred.
    const end = records[n + 1]?.line ?? Number.POSITIVE_INFINITY;
    const readErrors = source.readErrors.length === 0 ? [] : source.readErrors.filter((e) => e.line >= record.line && e.line < end).map((e) => e.message);
    planner.planRecord(record, readErrors);
  });
  return planner.plan;
}

/** Nom + prénom compared as identityKey does (without case, accents or extra spaces); null without a nom. */
/** A stored candidate's nom and prénom both replaced by others (case, accents and spacing aside): not the same person. */
function otherPerson(stored: { nom: string; prenom: string }, given: { nom: string; prenom: string }): boolean {
  if (stored.prenom.trim() === '' || given.prenom.trim() === '') return false;
  return normalizeHeader(stored.nom) !== normalizeHeader(given.nom) && normalizeHeader(stored.prenom) !== normalizeHeader(given.prenom);
}

/** `full` (one cell) is the candidate's nom and prénom, in either order, without regard to case, accents or spaces. */
function sameFullName(full: string, c: { nom: string; prenom: string }): boolean {
  const key = (text: string) => identityKey({ nom: text, prenom: 'x', dateNaissance: '-' });
  const cell = key(full);
  return cell !== null && fullNamesOf(c).some((names) => key(names) === cell);
}

function nameKey(c: { nom: string; prenom: string }): string | null {
  if (c.nom.trim() === '') return null;
  return identityKey({ nom: c.nom, prenom: c.prenom.trim() || '-', dateNaissance: '-' });
}

/** Two birth dates that may be the same person's: equal, or one of them unknown. */
function sameBirth(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}
