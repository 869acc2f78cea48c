/**
 * A complete fictitious jury to explore the product with: the 13 établissements and 170 candidates of
 * the Toulouse 2023 circular (Toulouse circular 2023, "Les candidats"), invented names, and marks that show every
 * case the jury meets (ADMIS, CONTROLE with and without contrôle marks, AJOURNE, ELIMINE, NV,
 * INCOMPLET, ABJ, DI, sous réserve, bénéfice).
 *
 * Pure and deterministic: the same regulation always gives the same session, deep-equal.
 * Every mark is built by the domain parser from what a user would type, so it is valid by construction.
 */
import { NOMS, PRENOMS } from './names.ts';
import { averageHundredths, formatHundredthsShort } from '../domain/exact.ts';
import { unitForms } from '../domain/forms.ts';
import { type ControleMark, type Mark, parseControleMark, parseMark } from '../domain/marks.ts';
import { btsCcst2024 } from '../domain/presets/index.ts';
import { isCompulsory, type Regulation, type UnitDef } from '../domain/regulation.ts';
import { type CandidateMarks, computeResult } from '../domain/results.ts';
import { controleKey, type Candidate, type Etablissement, type EtablissementType, type ExamSession, type Statut } from '../domain/session.ts';
import { gridsFor } from '../domain/grids/index.ts';
import { LIVRET_PERIODS, livretTemplateFor, type LivretRecord } from '../domain/livret.ts';
import { pick, seededRandom } from './random.ts';

export interface ExampleMark {
  /** Index in `candidates`. */
  candidateRef: number;
  /** Unit code (`E4`), or `controle_E1`… for the épreuve de contrôle. */
  unit: string;
  value: Mark | ControleMark;
  sousReserve: boolean;
  benefice: { year: number } | null;
}

export type ExampleCandidate = Omit<Candidate, 'id' | 'sessionId' | 'etablissementId'> & {
  /** Index in `etablissements`. */
  etablissementRef: number;
};

export interface ExampleSession {
  session: Omit<ExamSession, 'id'>;
  etablissements: Omit<Etablissement, 'id' | 'sessionId'>[];
  candidates: ExampleCandidate[];
  /** Only entered marks: a compulsory unit without a record is "not entered yet". */
  marks: ExampleMark[];
  /** Livrets scolaires (annexe 3) of the students of lycées and CFA: the other candidates have none. */
  livrets: ExampleLivret[];
}

export type ExampleLivret = Omit<LivretRecord, 'sessionId' | 'candidateId' | 'updatedAt'> & { candidateRef: number };

/** Prefix of contrôle units in mark records (MarkRecord.unit). */

interface EtablissementSeed {
  uai: string;
  name: string;
  city: string;
  type: EtablissementType;
  /** Candidates registered in 2023 (Toulouse circular 2023). */
  count: number;
  /** Candidates registered for the optional language EF1 (Toulouse circular 2023 §1.2.3: 36 in all). */
  ef1: number;
  /** Level offset of the établissement's candidates, in points (invented). */
  level: number;
  /** Langue vivante of every candidate when the circular names it (Toulouse circular 2023 §1.2.3). */
  langue?: string;
}

/**
 * The Toulouse 2023 list, in the circular's order, names tidied. Euridice's code is printed
 * `E0313029Z`: the leading `E` is an extraction artefact (a UAI is 7 digits and a check letter, and
 * 0313029 gives Z). Cities not printed are the établissements' known towns (Limayrac, LGT Hessel and
 * CFA Aspect in Toulouse, LPA Valentès in Mirande).
 */
const ETABLISSEMENTS: readonly EtablissementSeed[] = [
  { uai: '0121371A', name: 'GRETA du Rouergue', city: 'Rodez', type: 'greta', count: 10, ef1: 0, level: -0.3 },
  { uai: '0310028M', name: 'LGT Vincent Auriol', city: 'Revel', type: 'public', count: 8, ef1: 0, level: 0.2 },
  { uai: '', name: 'Enseignement à distance — résidant 31', city: 'Toulouse', type: 'distance', count: 1, ef1: 0, level: -0.5, langue: 'Espagnol' },
  { uai: '0310044E', name: 'LPO Déodat', city: 'Toulouse', type: 'public', count: 11, ef1: 0, level: 0 },
  { uai: '0310091F', name: 'LP Hessel', city: 'Toulouse', type: 'public', count: 12, ef1: 0, level: -0.4 },
  { uai: '0311177L', name: 'Limayrac', city: 'Toulouse', type: 'prive_sous_contrat', count: 19, ef1: 0, level: 0.4 },
  { uai: '0311201M', name: 'Lycée Myriam', city: 'Toulouse', type: 'public', count: 20, ef1: 19, level: 0.3 },
  { uai: '0311902Z', name: 'LGT Hessel', city: 'Toulouse', type: 'public', count: 20, ef1: 0, level: 0.1 },
  { uai: '0312738H', name: 'CFA Aspect Midi-Pyrénées', city: 'Toulouse', type: 'cfa_habilite', count: 18, ef1: 0, level: 0 },
  { uai: '0313029Z', name: 'Euridice', city: 'Toulouse', type: 'prive_hors_contrat', count: 11, ef1: 1, level: -0.8, langue: 'Anglais' },
  { uai: '0320025D', name: "LPO D'Artagnan", city: 'Nogaro', type: 'public', count: 8, ef1: 8, level: 0 },
  { uai: '0320557G', name: 'LPA Valentès', city: 'Mirande', type: 'public', count: 9, ef1: 7, level: -0.2 },
  { uai: '0810004P', name: 'LPO Rascol', city: 'Albi', type: 'public', count: 23, ef1: 1, level: 0.2 },
];

const STATUT_BY_TYPE: Readonly<Record<EtablissementType, Statut>> = {
  public: 'scolaire',
  prive_sous_contrat: 'scolaire',
  prive_hors_contrat: 'scolaire',
  cfa_habilite: 'apprenti',
  cfa_non_habilite: 'apprenti',
  greta: 'formation_continue',
  distance: 'distance',
};

/** Contrôle marks entered for two CONTROLE candidates: one admitted after it, one not. */
const CONTROLE_TRIES_ADMIS: readonly (readonly [string, string])[] = [
  ['14', '13,5'],
  ['15,5', '15'],
  ['17', '16,5'],
];
const CONTROLE_TRIES_AJOURNE: readonly (readonly [string, string])[] = [
  ['9', 'AB'],
  ['6,5', 'AB'],
  ['0', 'AB'],
];

const SEED = 2024;

interface TypedMark {
  text: string;
  sousReserve: boolean;
  benefice: { year: number } | null;
}

/** The example jury, deterministic: two builds are deep-equal. */
export function buildExampleSession(regulation: Regulation = btsCcst2024): ExampleSession {
  const year = regulation.firstSession;
  const random = seededRandom(SEED);
  const collator = new Intl.Collator('fr');

  const etablissements = ETABLISSEMENTS.map(({ uai, name, city, type }) => ({ uai, name, city, type }));

  // Candidates, établissement by établissement, alphabetical inside each, numbered in that order.
  const usedNames = new Set<string>();
  const uniqueName = (): { nom: string; prenom: string } => {
    for (;;) {
      const nom = pick(random, NOMS);
      const prenom = pick(random, PRENOMS);
      const key = `${nom}\u0000${prenom}`;
      if (!usedNames.has(key)) {
        usedNames.add(key);
        return { nom, prenom };
      }
    }
  };
  const optional = regulation.units.filter((u) => !isCompulsory(u));
  const languageOption = optional.find((u) => !u.mayBeCcf); // EF1: ponctuel only
  const otherOptions = optional.filter((u) => u !== languageOption);

  interface Draft extends ExampleCandidate {
    level: number;
    proBias: number;
  }
  const drafts: Draft[] = [];
  ETABLISSEMENTS.forEach((seed, etablissementRef) => {
    const statut = STATUT_BY_TYPE[seed.type];
    const group: Draft[] = [];
    for (let i = 0; i < seed.count; i++) {
      const { nom, prenom } = uniqueName();
      const r = random();
      const langueVivante = seed.langue ?? (r < 0.84 ? 'Anglais' : r < 0.95 ? 'Espagnol' : 'Allemand');
      const year = 2002 + Math.floor(random() * 4);
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * 28);
      // Levels mostly 9–15; professional marks usually a little above general ones, sometimes below.
      const level = 7 + random() * 7 + random() * 3 + seed.level;
      const proBias = (random() - 0.2) * 5;
      group.push({
        numero: '',
        nom,
        prenom,
        dateNaissance: `${year}-${pad2(month)}-${pad2(day)}`,
        statut,
        langueVivante,
        optionalUnits: [],
        formOverrides: {},
        etablissementRef,
        level,
        proBias,
      });
    }
    group.sort((a, b) => collator.compare(a.nom, b.nom) || collator.compare(a.prenom, b.prenom));
    // EF1 as in the circular; other options (EF2: "pas de candidat en ponctuel") for a few, in CCF only.
    if (languageOption) for (const d of shuffled(random, group).slice(0, seed.ef1)) d.optionalUnits.push(languageOption.code);
    for (const d of group) {
      const forms = unitForms(d, regulation, seed.type);
      for (const unit of otherOptions) {
        if (forms[unit.code] === 'CCF' && random() < 0.04) d.optionalUnits.push(unit.code);
      }
      d.optionalUnits.sort((a, b) => unitIndex(regulation, a) - unitIndex(regulation, b));
    }
    drafts.push(...group);
  });
  drafts.forEach((d, i) => (d.numero = `02431${String(i + 1).padStart(6, '0')}`));

  // Ordinary marks: a per-candidate level with noise, in quarter points (E22 in whole points, R2b).
  const typed: Map<string, TypedMark>[] = drafts.map((d) => {
    const marks = new Map<string, TypedMark>();
    const forms = unitForms(d, regulation, ETABLISSEMENTS[d.etablissementRef]!.type);
    for (const unit of regulation.units) {
      if (!isCompulsory(unit) && !d.optionalUnits.includes(unit.code)) continue;
      let value: number;
      if (!isCompulsory(unit)) value = d.level + 1 + noise(random, 4);
      else {
        const bias = unit.domain === 'professional' ? d.proBias / 2 : -d.proBias / 2;
        value = d.level + bias + (forms[unit.code] === 'CCF' ? 0.4 : 0) + noise(random, 3.5);
      }
      // A unit whose grid sums whole points (CCST 2024: the LVE oral) gets a whole mark.
      const whole = gridsFor(regulation).some((g) => g.unitCode === unit.code && g.mark.kind === 'sum' && g.mark.wholePoints && g.form === 'both');
      marks.set(unit.code, { text: markText(value, whole ? 1 : 0.25), sousReserve: false, benefice: null });
    }
    return marks;
  });

  // Special cases, each on its own candidate (never the one distance candidate).
  const special = seededRandom(SEED + 1);
  const used = new Set<number>();
  const take = (accept: (d: Draft) => boolean = () => true): number => {
    const pool = drafts.map((d, i) => i).filter((i) => !used.has(i) && drafts[i]!.statut !== 'distance' && accept(drafts[i]!));
    const index = pick(special, pool);
    used.add(index);
    return index;
  };
  const set = (index: number, code: string, text: string, extra: Partial<TypedMark> = {}) => {
    const marks = typed[index]!;
    const previous = marks.get(code);
    marks.set(code, { sousReserve: previous?.sousReserve ?? false, benefice: previous?.benefice ?? null, ...extra, text });
  };
  const compulsory = regulation.units.filter(isCompulsory);
  const nvUnits = compulsory.filter((u) => u.nvAllowed);
  const dispensable = compulsory.filter((u) => u.dispensable && u.domain === 'general');
  const writtenGeneral = dispensable.filter((u) => !u.mayBeCcf); // E1, E3
  const proWritten = compulsory.filter((u) => u.domain === 'professional' && !u.mayBeCcf); // E5
  const hasType = (type: EtablissementType) => (d: Draft) => ETABLISSEMENTS[d.etablissementRef]!.type === type;

  // ÉLIMINÉ: AB (absence non justifiée) at a written épreuve (R5.1).
  set(take(), at(proWritten, 0, compulsory).code, 'AB');
  set(take(), at(writtenGeneral, -1, compulsory).code, 'AB');
  // NV: dossier not deposited (a hors-contrat candidate, ponctuel) and one not conforming (R7).
  set(take(hasType('prive_hors_contrat')), at(nvUnits, 0, compulsory).code, 'NV');
  set(take(), at(nvUnits, -1, compulsory).code, 'NV');
  // INCOMPLET: a professional mark not yet sent, a language oral not yet entered.
  typed[take()]!.delete(at(nvUnits, 1, compulsory).code);
  typed[take()]!.delete(at(dispensable, 2, compulsory).code);
  // ABJ: justified absences, counted as 0.
  set(take(), at(proWritten, 0, compulsory).code, 'ABJ');
  set(take(), at(writtenGeneral, 0, compulsory).code, 'ABJ');
  set(take(), at(dispensable, 1, compulsory).code, 'ABJ');
  // DI: adults in formation continue holding an earlier diploma, dispensed of general units.
  const dispensed = [take(hasType('greta')), take(hasType('greta')), take(hasType('greta'))];
  for (const [n, index] of dispensed.entries()) {
    for (const unit of n === 0 ? dispensable : writtenGeneral) set(index, unit.code, 'DI');
  }
  // An optional unit missed (AB): simply no bonus (R4).
  if (languageOption)
    set(
      take((d) => d.optionalUnits.includes(languageOption.code)),
      languageOption.code,
      'AB',
    );
  // Sous réserve de vérification (R7: doubt on a dossier, the candidate is examined anyway).
  for (const unit of nvUnits.slice(0, 2)) {
    const index = take();
    set(index, unit.code, typed[index]!.get(unit.code)!.text, { sousReserve: true });
  }
  // Bénéfice (R8): a repeating candidate keeps a 2023 mark ≥ 10.
  set(take(), at(writtenGeneral, -1, compulsory).code, '12,5', { benefice: { year: 2023 } });

  // Parse everything with the domain parser.
  const marks: ExampleMark[] = [];
  const perCandidate: CandidateMarks[] = typed.map((unitMarks, candidateRef) => {
    const parsed: Record<string, Mark> = {};
    for (const unit of regulation.units) {
      const entry = unitMarks.get(unit.code);
      if (!entry) continue;
      const value = parseOrThrow(entry.text, unit, regulation);
      parsed[unit.code] = value;
      marks.push({ candidateRef, unit: unit.code, value, sousReserve: entry.sousReserve, benefice: entry.benefice });
    }
    return { marks: parsed };
  });

  // Épreuve de contrôle entered for two CONTROLE candidates: the median one (admitted after it) and
  // the weakest one (not admitted); the others are still waiting for theirs.
  const controle = drafts
    .map((_, i) => ({ i, result: computeResult(perCandidate[i]!, regulation) }))
    .filter(({ i, result }) => result.decision === 'CONTROLE' && !used.has(i))
    .sort((a, b) => averageHundredths(b.result.firstGroup!) - averageHundredths(a.result.firstGroup!) || a.i - b.i);
  const median = controle[Math.floor(controle.length / 2)];
  const last = controle[controle.length - 1];
  if (median && last && median !== last) {
    enterControle(median.i, CONTROLE_TRIES_ADMIS, 'ADMIS');
    enterControle(last.i, CONTROLE_TRIES_AJOURNE, 'AJOURNE');
  }

  function enterControle(candidateRef: number, tries: readonly (readonly [string, string])[], wanted: 'ADMIS' | 'AJOURNE') {
    const candidate = perCandidate[candidateRef]!;
    // The two contrôle units where the first-group mark is the weakest.
    const units = regulation.controle.units
      .map((cu) => ({ cu, mark: Math.min(...cu.covers.map((code) => hundredthsOf(candidate.marks[code]))) }))
      .sort((a, b) => a.mark - b.mark)
      .slice(0, regulation.controle.maxUnits)
      .map((x) => x.cu.code);
    for (const texts of tries) {
      const entries: Record<string, ControleMark> = {};
      units.forEach((code, n) => (entries[code] = parseControleOrThrow(texts[n] ?? '', regulation)));
      if (computeResult({ ...candidate, controle: entries }, regulation).decision !== wanted) continue;
      for (const [code, value] of Object.entries(entries)) {
        marks.push({ candidateRef, unit: controleKey(code), value, sousReserve: false, benefice: null });
      }
      return;
    }
  }

  const livrets = exampleLivrets(drafts, regulation);
  const candidates: ExampleCandidate[] = drafts.map(({ level: _level, proBias: _proBias, ...candidate }) => candidate);
  return {
    // The first session its regulation governs: 2024's units for the 2024 preset, R9's from 2025.
    session: {
      name: `BTS CCST — session ${year} (exemple)`,
      academie: 'Toulouse',
      year,
      presetId: regulation.id,
      depositDeadline: `${year}-04-12`,
      createdAt: `${year}-01-15T08:00:00.000Z`,
    },
    etablissements,
    candidates,
    marks,
    livrets,
  };
}

/**
 * Semester marks close to each student's level (professional subjects with the same bias as their units),
 * the avis du conseil de classe following the year-2 level, PIX for most. Drawn from a random source of
 * their own, so the candidates and marks above stay exactly as they were before livrets existed.
 */
function exampleLivrets(drafts: readonly (ExampleCandidate & { level: number; proBias: number })[], regulation: Regulation): ExampleLivret[] {
  const template = livretTemplateFor(regulation);
  if (!template) return [];
  const random = seededRandom(SEED + 2);
  const livrets: ExampleLivret[] = [];
  drafts.forEach((d, candidateRef) => {
    if (d.statut !== 'scolaire' && d.statut !== 'apprenti') return;
    const subjects: LivretRecord['subjects'] = {};
    for (const subject of template.subjects) {
      if (subject.optional && !subject.units.some((u) => d.optionalUnits.includes(u))) continue;
      const professional = subject.units.some((u) => regulation.units.find((unit) => unit.code === u)?.domain === 'professional');
      const base = d.level + (professional ? d.proBias / 2 : -d.proBias / 2);
      const marks: LivretRecord['subjects'][string]['marks'] = {};
      for (const [n, period] of LIVRET_PERIODS.entries()) {
        // A little progress over the two years, quarter points.
        const value = Math.min(20, Math.max(0, base - 0.6 + n * 0.3 + noise(random, 2.5)));
        marks[period] = Math.round(value * 4) * 25;
      }
      subjects[subject.id] = { marks, appreciation: '' };
    }
    const avis = d.level >= 13.5 ? 'tres_favorable' : d.level >= 10 ? 'favorable' : 'doit_faire_ses_preuves';
    livrets.push({ candidateRef, subjects, pix: random() < 0.75, avis, observations: '' });
  });
  return livrets;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function noise(random: () => number, spread: number): number {
  return (random() - 0.5) * 2 * spread;
}

/** A mark as typed, rounded to `step` points and kept within 0–20. */
function markText(value: number, step: number): string {
  const clamped = Math.min(20, Math.max(0, value));
  return formatHundredthsShort(Math.round(clamped / step) * Math.round(step * 100));
}

function shuffled<T>(random: () => number, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function unitIndex(regulation: Regulation, code: string): number {
  return regulation.units.findIndex((u) => u.code === code);
}

/** `units[n]` (negative from the end), or a compulsory unit of the regulation when the list is short. */
function at(units: readonly UnitDef[], n: number, fallback: readonly UnitDef[]): UnitDef {
  return units.at(n) ?? units[0] ?? fallback[0]!;
}

function hundredthsOf(mark: Mark | undefined): number {
  return mark?.kind === 'number' ? mark.hundredths : mark?.kind === 'ABJ' ? 0 : Number.POSITIVE_INFINITY;
}

function parseOrThrow(text: string, unit: UnitDef, regulation: Regulation): Mark {
  const parsed = parseMark(text, unit, regulation);
  if (!parsed.ok) throw new Error(`exemple : ${unit.code} « ${text} » : ${parsed.error}`);
  return parsed.value;
}

function parseControleOrThrow(text: string, regulation: Regulation): ControleMark {
  const parsed = parseControleMark(text, regulation);
  if (!parsed.ok) throw new Error(`exemple : contrôle « ${text} » : ${parsed.error}`);
  return parsed.value;
}
