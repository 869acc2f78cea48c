/**
 * Regulation as data (docs/regles.md R1): the engine reads one of these objects and never hard-codes a unit.
 * A new session's rules (e.g. CCST renumbered E1–E8 from 2025) are a new preset, not new code.
 */
import type { ConformityUnitSpec } from './conformity.ts';
import type { GridDefinition } from './grids/types.ts';
import type { LivretTemplate } from './livret.ts';
import type { Parsed } from './marks.ts';
import type { StageRule } from './stage.ts';

export type UnitDomain = 'general' | 'professional' | 'optional';

export interface UnitDef {
  code: string;
  name: string;
  /** Coefficient with at most 2 decimals; null for optional units (they only give a bonus, R4). */
  coefficient: number | null;
  domain: UnitDomain;
  /** May be assessed in CCF (contrôle en cours de formation), depending on the candidate's status. */
  mayBeCcf: boolean;
  /** `NV` (non valide: dossier absent / non conforme / hors délai) is allowed on this unit (R2, R7). */
  nvAllowed: boolean;
  /** `DI` (dispensé) is allowed on this unit (R2). */
  dispensable: boolean;
  /** Other spellings of the code found in files (e.g. E61 for U61). */
  aliases?: string[];
}

/** A unit that can be taken at the épreuve de contrôle; it may stand for several units (E2 = E21 + E22). */
export interface ControleUnitDef {
  code: string;
  name: string;
  covers: string[];
}

/** What every regulation has: the fields a regulation file must hold (docs/reglementation.md). */
export interface CoreRegulation {
  id: string;
  name: string;
  /** Short label of the diploma, as printed on documents. */
  diploma: string;
  firstSession: number;
  units: UnitDef[];
  controle: {
    units: ControleUnitDef[];
    maxUnits: number;
  };
  /** Thresholds, in points (R5). */
  thresholds: {
    admis: number;
    controleMin: number;
    professionalMin: number;
  };
  /** Optional units: bonus = max(0, mark − bonusBase) (R4). */
  bonusBase: number;
  /** Highest mark (R2). Marks have at most 2 decimals. */
  maxMark: number;
}

/**
 * A whole regulation, as a session keeps its own copy of it (src/domain/presets/<id>/ for the built-in
 * ones): the core, plus what only some regulations describe. Plain data (structured-cloneable, JSON).
 */
export interface Regulation extends CoreRegulation {
  /** Evaluation grids of the circular (none: the commission gives a mark without a grid). */
  grids?: readonly GridDefinition[];
  /** Livret scolaire template (none: no livret to enter). */
  livret?: LivretTemplate | null;
  /** Units whose dossier is checked (R7) and what is checked (none: every unit where NV is allowed). */
  conformity?: readonly ConformityUnitSpec[];
  /** Stage duration rule (none: the rule of the BTS tertiaires, 14 to 16 weeks). */
  stage?: StageRule | null;
}

export function isCompulsory(unit: UnitDef): boolean {
  return unit.domain !== 'optional';
}

export function compulsoryUnits(regulation: Regulation): UnitDef[] {
  return regulation.units.filter(isCompulsory);
}

export function optionalUnits(regulation: Regulation): UnitDef[] {
  return regulation.units.filter((u) => u.domain === 'optional');
}

export function professionalUnits(regulation: Regulation): UnitDef[] {
  return regulation.units.filter((u) => u.domain === 'professional');
}

/** `ef1, EF3` → `['EF1', 'EF3']` (regulation order, no duplicates), refusing codes that are not optional units. */
export function parseOptionalUnits(text: string, regulation: Regulation): Parsed<string[]> {
  const optional = optionalUnits(regulation);
  const codes = text
    .split(/[\s,;+]+/)
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== '');
  const chosen = new Set<string>();
  for (const code of codes) {
    const unit = optional.find((u) => u.code.toUpperCase() === code || u.aliases?.some((a) => a.toUpperCase() === code));
    if (!unit) {
      const list = optional.map((u) => u.code).join(', ');
      return { ok: false, error: `« ${code} » n'est pas une épreuve facultative de cette session (possibles : ${list || 'aucune'})` };
    }
    chosen.add(unit.code);
  }
  return { ok: true, value: optional.filter((u) => chosen.has(u.code)).map((u) => u.code) };
}

export function findUnit(regulation: Regulation, code: string): UnitDef | undefined {
  return regulation.units.find((u) => u.code === code);
}

export function findControleUnit(regulation: Regulation, code: string): ControleUnitDef | undefined {
  return regulation.controle.units.find((u) => u.code === code);
}

/** A fault of a regulation: where (`units[3].coefficient`, as in the regulation file) and what, in French. */
export interface RegulationProblem {
  field: string;
  message: string;
}

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * Checks a regulation's internal consistency (built-in presets, the editor, imported files); each fault
 * names its field. Empty when valid. The shapes of the fields are checked by checkRegulationData.
 */
export function regulationProblems(regulation: Regulation): RegulationProblem[] {
  const problems: RegulationProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (regulation.id.trim() === '' || !CODE_PATTERN.test(regulation.id)) add('id', 'identifiant attendu (lettres, chiffres, tirets), sans espace');
  if (regulation.name.trim() === '') add('name', 'nom obligatoire');
  if (regulation.diploma.trim() === '') add('diploma', 'intitulé du diplôme obligatoire');
  if (!Number.isInteger(regulation.firstSession) || regulation.firstSession < 2000 || regulation.firstSession > 2100) {
    add('firstSession', 'année entière entre 2000 et 2100 attendue');
  }
  if (!(regulation.maxMark > 0) || !hasAtMostTwoDecimals(regulation.maxMark)) add('maxMark', 'note maximale positive attendue (2 décimales au plus)');
  const inRange = (field: string, value: number) => {
    if (!(value >= 0 && value <= regulation.maxMark) || !hasAtMostTwoDecimals(value)) {
      add(field, `nombre entre 0 et ${regulation.maxMark} attendu (2 décimales au plus)`);
      return false;
    }
    return true;
  };

  const names = new Map<string, string>();
  regulation.units.forEach((unit, index) => {
    const at = `units[${index}]`;
    const code = unit.code.trim().toUpperCase();
    if (code === '' || !CODE_PATTERN.test(unit.code)) add(`${at}.code`, 'code attendu (lettres et chiffres, sans espace)');
    else if (code.startsWith('CONTROLE_')) add(`${at}.code`, `« ${unit.code} » : un code ne peut pas commencer par « controle_ »`);
    for (const [k, spelling] of [unit.code, ...(unit.aliases ?? [])].entries()) {
      const key = spelling.trim().toUpperCase();
      if (key === '') continue;
      const other = names.get(key);
      if (other !== undefined) add(k === 0 ? `${at}.code` : `${at}.aliases`, `« ${spelling} » déjà utilisé par l'épreuve ${other}`);
      else names.set(key, unit.code);
    }
    if (unit.name.trim() === '') add(`${at}.name`, `intitulé de l'épreuve ${unit.code} obligatoire`);
    if (unit.domain === 'optional') {
      if (unit.coefficient !== null) add(`${at}.coefficient`, `épreuve facultative ${unit.code} : pas de coefficient attendu (null)`);
    } else if (unit.coefficient === null || !(unit.coefficient > 0) || unit.coefficient > 100 || !hasAtMostTwoDecimals(unit.coefficient)) {
      add(`${at}.coefficient`, `épreuve ${unit.code} : coefficient invalide (nombre positif, 2 décimales au plus)`);
    }
  });
  if (!regulation.units.some((u) => u.domain === 'professional')) add('units', 'aucune épreuve du domaine professionnel');

  const c = regulation.controle;
  if (!Number.isInteger(c.maxUnits) || c.maxUnits < 0 || c.maxUnits > c.units.length) {
    add('controle.maxUnits', `nombre entier entre 0 et ${c.units.length} attendu`);
  }
  const controleCodes = new Set<string>();
  const coveredBy = new Map<string, string>();
  c.units.forEach((cu, index) => {
    const at = `controle.units[${index}]`;
    const code = cu.code.trim().toUpperCase();
    if (code === '' || !CODE_PATTERN.test(cu.code)) add(`${at}.code`, 'code attendu (lettres et chiffres, sans espace)');
    else if (controleCodes.has(code)) add(`${at}.code`, `épreuve de contrôle ${cu.code} définie deux fois`);
    controleCodes.add(code);
    if (cu.name.trim() === '') add(`${at}.name`, `intitulé de l'épreuve de contrôle ${cu.code} obligatoire`);
    if (cu.covers.length === 0) add(`${at}.covers`, `l'épreuve de contrôle ${cu.code} ne remplace aucune épreuve`);
    for (const covered of cu.covers) {
      const unit = findUnit(regulation, covered);
      if (!unit) add(`${at}.covers`, `contrôle ${cu.code} : épreuve ${covered} inconnue`);
      else if (unit.domain !== 'general') {
        add(
          `${at}.covers`,
          `contrôle ${cu.code} : l'épreuve ${covered} n'est pas du domaine général (${unit.domain === 'optional' ? 'facultative' : 'professionnelle'})`,
        );
      } else if (coveredBy.has(covered)) add(`${at}.covers`, `l'épreuve ${covered} est déjà remplacée par le contrôle ${coveredBy.get(covered)}`);
      else coveredBy.set(covered, cu.code);
    }
  });

  const t = regulation.thresholds;
  const okAdmis = inRange('thresholds.admis', t.admis);
  const okControle = inRange('thresholds.controleMin', t.controleMin);
  inRange('thresholds.professionalMin', t.professionalMin);
  if (okAdmis && okControle && !(t.controleMin <= t.admis)) {
    add('thresholds.controleMin', `seuils incohérents : le seuil du contrôle (${t.controleMin}) dépasse celui de l'admission (${t.admis})`);
  }
  inRange('bonusBase', regulation.bonusBase);

  const codes = new Set(regulation.units.map((u) => u.code));
  (regulation.grids ?? []).forEach((grid, index) => {
    if (!codes.has(grid.unitCode)) add(`grids[${index}].unitCode`, `épreuve ${grid.unitCode} inconnue`);
  });
  (regulation.livret?.subjects ?? []).forEach((subject, index) => {
    for (const code of subject.units) if (!codes.has(code)) add(`livret.subjects[${index}].units`, `épreuve ${code} inconnue`);
  });
  (regulation.conformity ?? []).forEach((spec, index) => {
    const unit = findUnit(regulation, spec.code);
    if (!unit || !unit.nvAllowed) add(`conformity[${index}].code`, `épreuve ${spec.code} inconnue ou sans NV permis`);
  });
  const stage = regulation.stage;
  if (
    stage &&
    !(stage.minWeeks >= 0 && stage.minWeeks <= stage.maxWeeks && stage.consecutiveYear1Weeks >= 0 && stage.consecutiveYear1Weeks <= stage.maxWeeks)
  ) {
    add('stage', 'durées de stage incohérentes (minimum ≤ maximum)');
  }
  return problems;
}

/** The faults of a regulation as French lines `field : message` (empty when valid). */
export function validateRegulation(regulation: Regulation): string[] {
  return regulationProblems(regulation).map((p) => `${p.field} : ${p.message}`);
}

function hasAtMostTwoDecimals(x: number): boolean {
  return Number.isFinite(x) && Math.abs(x * 100 - Math.round(x * 100)) < 1e-9;
}

function unitOut(u: UnitDef) {
  return {
    code: u.code,
    name: u.name,
    coefficient: u.coefficient,
    domain: u.domain,
    mayBeCcf: u.mayBeCcf,
    nvAllowed: u.nvAllowed,
    dispensable: u.dispensable,
    ...(u.aliases && u.aliases.length > 0 ? { aliases: [...u.aliases] } : {}),
  };
}

/**
 * A regulation's fields in a fixed order, as its file writes them (io/regulation-file.ts): the same regulation always
 * gives the same JSON, whatever order its object was built in.
 */
export function canonicalRegulation(regulation: Regulation): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: regulation.id,
    name: regulation.name,
    diploma: regulation.diploma,
    firstSession: regulation.firstSession,
    units: regulation.units.map(unitOut),
    controle: {
      units: regulation.controle.units.map((c) => ({ code: c.code, name: c.name, covers: [...c.covers] })),
      maxUnits: regulation.controle.maxUnits,
    },
    thresholds: {
      admis: regulation.thresholds.admis,
      controleMin: regulation.thresholds.controleMin,
      professionalMin: regulation.thresholds.professionalMin,
    },
    bonusBase: regulation.bonusBase,
    maxMark: regulation.maxMark,
  };
  if (regulation.stage) out.stage = regulation.stage;
  if (regulation.conformity) out.conformity = regulation.conformity;
  if (regulation.livret) out.livret = regulation.livret;
  if (regulation.grids && regulation.grids.length > 0) out.grids = regulation.grids;
  return out;
}

/**
 * Whether two regulations say the same (units, coefficients, contrôle, thresholds, grids…), field order aside. A
 * grid's note on where its texts come from (`sourceNote`) is not a rule: a session copied before the grids carried it
 * is not « modifiée ».
 */
export function sameRegulation(a: Regulation, b: Regulation): boolean {
  const comparable = (regulation: Regulation) => {
    const out = canonicalRegulation(regulation);
    if (regulation.grids && regulation.grids.length > 0) out.grids = regulation.grids.map(({ sourceNote: _note, ...grid }) => grid);
    return JSON.stringify(out);
  };
  return a === b || comparable(a) === comparable(b);
}
