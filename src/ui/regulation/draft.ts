/**
 * The regulation editor's working copy: every field as the user types it (coefficients `1,5`), turned back
 * into plain regulation data for the checks (checkRegulationData) and the save. Faults are keyed by field
 * (`units[3].coefficient`) so each shows next to its input.
 */
import { checkRegulationData } from '../../domain/regulation-data.ts';
import type { Regulation, UnitDomain } from '../../domain/regulation.ts';

export interface UnitDraft {
  code: string;
  name: string;
  coefficient: string;
  domain: UnitDomain;
  mayBeCcf: boolean;
  nvAllowed: boolean;
  dispensable: boolean;
  aliases: string;
}

export interface ControleDraft {
  code: string;
  name: string;
  covers: string;
}

export interface RegulationDraft {
  /** Where the grids, livret, conformity and stage rule come from (kept for the units still there). */
  base: Regulation | null;
  id: string;
  name: string;
  diploma: string;
  firstSession: string;
  units: UnitDraft[];
  controle: ControleDraft[];
  maxUnits: string;
  admis: string;
  controleMin: string;
  professionalMin: string;
  bonusBase: string;
  maxMark: string;
}

const frNumber = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));
const list = (text: string) =>
  text
    .split(/[\s,;+]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** `12,5` → 12.5; empty or not a number → NaN (the checks then name the field). */
export function parseDecimal(text: string): number {
  const t = text.trim().replace(',', '.');
  return t === '' || !/^-?\d+(\.\d+)?$/.test(t) ? Number.NaN : Number(t);
}

export function draftOf(regulation: Regulation): RegulationDraft {
  return {
    base: regulation,
    id: regulation.id,
    name: regulation.name,
    diploma: regulation.diploma,
    firstSession: String(regulation.firstSession),
    units: regulation.units.map((u) => ({
      code: u.code,
      name: u.name,
      coefficient: frNumber(u.coefficient),
      domain: u.domain,
      mayBeCcf: u.mayBeCcf,
      nvAllowed: u.nvAllowed,
      dispensable: u.dispensable,
      aliases: (u.aliases ?? []).join(', '),
    })),
    controle: regulation.controle.units.map((c) => ({ code: c.code, name: c.name, covers: c.covers.join(', ') })),
    maxUnits: String(regulation.controle.maxUnits),
    admis: frNumber(regulation.thresholds.admis),
    controleMin: frNumber(regulation.thresholds.controleMin),
    professionalMin: frNumber(regulation.thresholds.professionalMin),
    bonusBase: frNumber(regulation.bonusBase),
    maxMark: frNumber(regulation.maxMark),
  };
}

/** A blank regulation: one general and one professional unit to fill in, the usual BTS thresholds. */
export function blankDraft(year: number): RegulationDraft {
  return {
    base: null,
    id: `reglementation-${year}`,
    name: `Réglementation ${year}`,
    diploma: 'BTS',
    firstSession: String(year),
    units: [
      { code: 'U1', name: '', coefficient: '', domain: 'general', mayBeCcf: false, nvAllowed: false, dispensable: true, aliases: '' },
      { code: 'U2', name: '', coefficient: '', domain: 'professional', mayBeCcf: false, nvAllowed: false, dispensable: false, aliases: '' },
    ],
    controle: [],
    maxUnits: '0',
    admis: '10',
    controleMin: '8',
    professionalMin: '10',
    bonusBase: '10',
    maxMark: '20',
  };
}

export function emptyUnit(): UnitDraft {
  return { code: '', name: '', coefficient: '', domain: 'general', mayBeCcf: false, nvAllowed: false, dispensable: false, aliases: '' };
}

/** The draft as plain regulation data (not yet checked). */
export function dataOfDraft(draft: RegulationDraft): Record<string, unknown> {
  const units = draft.units.map((u) => {
    const aliases = list(u.aliases);
    return {
      code: u.code.trim(),
      name: u.name.trim(),
      coefficient: u.domain === 'optional' && u.coefficient.trim() === '' ? null : parseDecimal(u.coefficient),
      domain: u.domain,
      mayBeCcf: u.mayBeCcf,
      nvAllowed: u.nvAllowed,
      dispensable: u.dispensable,
      ...(aliases.length > 0 ? { aliases } : {}),
    };
  });
  const codes = new Set(units.map((u) => u.code));
  const nv = new Set(units.filter((u) => u.nvAllowed).map((u) => u.code));
  const data: Record<string, unknown> = {
    id: draft.id.trim(),
    name: draft.name.trim(),
    diploma: draft.diploma.trim(),
    firstSession: parseDecimal(draft.firstSession),
    units,
    controle: {
      units: draft.controle.map((c) => ({ code: c.code.trim(), name: c.name.trim(), covers: list(c.covers) })),
      maxUnits: parseDecimal(draft.maxUnits),
    },
    thresholds: { admis: parseDecimal(draft.admis), controleMin: parseDecimal(draft.controleMin), professionalMin: parseDecimal(draft.professionalMin) },
    bonusBase: parseDecimal(draft.bonusBase),
    maxMark: parseDecimal(draft.maxMark),
  };
  // What only some regulations describe follows the units that are still there.
  const base = draft.base;
  if (base?.grids) data.grids = base.grids.filter((g) => codes.has(g.unitCode));
  if (base?.livret) data.livret = { ...base.livret, subjects: base.livret.subjects.map((s) => ({ ...s, units: s.units.filter((u) => codes.has(u)) })) };
  if (base?.conformity) data.conformity = base.conformity.filter((c) => nv.has(c.code));
  if (base?.stage) data.stage = base.stage;
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
}

export interface DraftCheck {
  regulation: Regulation | null;
  /** Faults by field (`units[3].coefficient`), in French. */
  byField: Map<string, string[]>;
  all: string[];
}

export function checkDraft(draft: RegulationDraft): DraftCheck {
  const result = checkRegulationData(dataOfDraft(draft));
  const byField = new Map<string, string[]>();
  if (result.ok) return { regulation: result.value, byField, all: [] };
  for (const line of result.errors) {
    const at = line.indexOf(' : ');
    const field = at > 0 ? line.slice(0, at) : '';
    const message = at > 0 ? line.slice(at + 3) : line;
    byField.set(field, [...(byField.get(field) ?? []), message]);
  }
  return { regulation: null, byField, all: result.errors };
}
