/**
 * Regulation as data (RULES.md R1): the engine reads one of these objects and never hard-codes a unit.
 * A new session's rules (e.g. CCST renumbered E1–E8 from 2025) are a new preset, not new code.
 */
import type { Parsed } from './marks.ts';

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

export interface Regulation {
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

/**
 * Checks a preset's internal consistency; returns French messages (empty when valid).
 * Run by the tests on every built-in preset, and meant for user-supplied presets later.
 */
export function validateRegulation(regulation: Regulation): string[] {
  const problems: string[] = [];
  const codes = new Set<string>();
  for (const unit of regulation.units) {
    if (codes.has(unit.code)) problems.push(`épreuve ${unit.code} définie deux fois`);
    codes.add(unit.code);
    if (unit.domain === 'optional') {
      if (unit.coefficient !== null) problems.push(`épreuve facultative ${unit.code} : pas de coefficient attendu`);
    } else if (unit.coefficient === null || !(unit.coefficient > 0) || !hasAtMostTwoDecimals(unit.coefficient)) {
      problems.push(`épreuve ${unit.code} : coefficient invalide`);
    }
  }
  if (!regulation.units.some((u) => u.domain === 'professional')) {
    problems.push('aucune épreuve du domaine professionnel');
  }
  for (const cu of regulation.controle.units) {
    for (const covered of cu.covers) {
      const unit = findUnit(regulation, covered);
      if (!unit || !isCompulsory(unit)) problems.push(`contrôle ${cu.code} : épreuve ${covered} inconnue ou facultative`);
    }
  }
  const t = regulation.thresholds;
  if (!(t.controleMin <= t.admis)) problems.push('seuils incohérents');
  return problems;
}

function hasAtMostTwoDecimals(x: number): boolean {
  return Math.abs(x * 100 - Math.round(x * 100)) < 1e-9;
}
