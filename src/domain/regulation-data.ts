/**
 * Reads a regulation from plain data (a regulation file, a backup, a stored session) without trusting it:
 * every field's shape is checked, then its consistency (regulationProblems). A bad regulation is refused
 * whole, every fault named by its field (`units[3].coefficient : nombre attendu`).
 *
 * Fields beyond the core (grids, livret, conformity, stage) are optional; they are checked for the shape
 * the app reads, and kept as given.
 */
import { regulationProblems, type ControleUnitDef, type Regulation, type UnitDef, type UnitDomain } from './regulation.ts';

export type RegulationCheck = { ok: true; value: Regulation } | { ok: false; errors: string[] };

const DOMAINS: readonly UnitDomain[] = ['general', 'professional', 'optional'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkRegulationData(raw: unknown): RegulationCheck {
  const errors: string[] = [];
  const fail = (field: string, message: string) => {
    errors.push(`${field} : ${message}`);
    return undefined;
  };
  if (!isObject(raw)) return { ok: false, errors: ['réglementation : objet JSON attendu'] };

  const str = (obj: Record<string, unknown>, key: string, at: string): string => {
    const v = obj[key];
    if (typeof v !== 'string') return fail(at, v === undefined ? 'champ obligatoire absent' : 'texte attendu') ?? '';
    return v;
  };
  const num = (obj: Record<string, unknown>, key: string, at: string): number => {
    const v = obj[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail(at, v === undefined ? 'champ obligatoire absent' : 'nombre attendu') ?? 0;
    return v;
  };
  const bool = (obj: Record<string, unknown>, key: string, at: string): boolean => {
    const v = obj[key];
    if (typeof v !== 'boolean') return fail(at, v === undefined ? 'champ obligatoire absent' : 'true ou false attendu') ?? false;
    return v;
  };
  const strings = (v: unknown, at: string): string[] => {
    if (!Array.isArray(v)) return fail(at, 'liste de textes attendue') ?? [];
    const out: string[] = [];
    v.forEach((item, i) => (typeof item === 'string' ? out.push(item) : fail(`${at}[${i}]`, 'texte attendu')));
    return out;
  };

  const units: UnitDef[] = [];
  if (!Array.isArray(raw.units)) fail('units', raw.units === undefined ? 'champ obligatoire absent' : 'liste attendue');
  else if (raw.units.length === 0) fail('units', 'au moins une épreuve attendue');
  else {
    raw.units.forEach((item: unknown, index) => {
      const at = `units[${index}]`;
      if (!isObject(item)) return fail(at, 'objet attendu');
      const domain = item.domain;
      if (typeof domain !== 'string' || !DOMAINS.includes(domain as UnitDomain)) fail(`${at}.domain`, '« general », « professional » ou « optional » attendu');
      const coefficient = item.coefficient;
      if (coefficient !== null && (typeof coefficient !== 'number' || !Number.isFinite(coefficient))) {
        fail(
          `${at}.coefficient`,
          coefficient === undefined ? 'champ obligatoire absent (null pour une épreuve facultative)' : 'nombre attendu (ou null pour une épreuve facultative)',
        );
      }
      const unit: UnitDef = {
        code: str(item, 'code', `${at}.code`),
        name: str(item, 'name', `${at}.name`),
        coefficient: typeof coefficient === 'number' ? coefficient : null,
        domain: DOMAINS.includes(domain as UnitDomain) ? (domain as UnitDomain) : 'general',
        mayBeCcf: bool(item, 'mayBeCcf', `${at}.mayBeCcf`),
        nvAllowed: bool(item, 'nvAllowed', `${at}.nvAllowed`),
        dispensable: bool(item, 'dispensable', `${at}.dispensable`),
      };
      if (item.aliases !== undefined) unit.aliases = strings(item.aliases, `${at}.aliases`);
      units.push(unit);
      return undefined;
    });
  }

  const controleUnits: ControleUnitDef[] = [];
  let maxUnits = 0;
  if (!isObject(raw.controle)) fail('controle', raw.controle === undefined ? 'champ obligatoire absent' : 'objet attendu');
  else {
    maxUnits = num(raw.controle, 'maxUnits', 'controle.maxUnits');
    const list = raw.controle.units;
    if (!Array.isArray(list)) fail('controle.units', 'liste attendue');
    else {
      list.forEach((item: unknown, index) => {
        const at = `controle.units[${index}]`;
        if (!isObject(item)) return fail(at, 'objet attendu');
        controleUnits.push({ code: str(item, 'code', `${at}.code`), name: str(item, 'name', `${at}.name`), covers: strings(item.covers, `${at}.covers`) });
        return undefined;
      });
    }
  }

  let thresholds = { admis: 0, controleMin: 0, professionalMin: 0 };
  if (!isObject(raw.thresholds)) fail('thresholds', raw.thresholds === undefined ? 'champ obligatoire absent' : 'objet attendu');
  else {
    const t = raw.thresholds;
    thresholds = {
      admis: num(t, 'admis', 'thresholds.admis'),
      controleMin: num(t, 'controleMin', 'thresholds.controleMin'),
      professionalMin: num(t, 'professionalMin', 'thresholds.professionalMin'),
    };
  }

  const regulation: Regulation = {
    id: str(raw, 'id', 'id'),
    name: str(raw, 'name', 'name'),
    diploma: str(raw, 'diploma', 'diploma'),
    firstSession: num(raw, 'firstSession', 'firstSession'),
    units,
    controle: { units: controleUnits, maxUnits },
    thresholds,
    bonusBase: num(raw, 'bonusBase', 'bonusBase'),
    maxMark: num(raw, 'maxMark', 'maxMark'),
  };

  // Optional parts: kept as given once their shape is the one the app reads.
  if (raw.grids !== undefined && raw.grids !== null) {
    if (!Array.isArray(raw.grids)) fail('grids', 'liste attendue');
    else {
      raw.grids.forEach((g: unknown, i) => {
        const at = `grids[${i}]`;
        if (!isObject(g)) return fail(at, 'objet attendu');
        str(g, 'id', `${at}.id`);
        str(g, 'unitCode', `${at}.unitCode`);
        str(g, 'title', `${at}.title`);
        if (g.form !== 'CCF' && g.form !== 'ponctuel' && g.form !== 'both') fail(`${at}.form`, '« CCF », « ponctuel » ou « both » attendu');
        if (!Array.isArray(g.parts)) fail(`${at}.parts`, 'liste attendue');
        if (!isObject(g.mark)) fail(`${at}.mark`, 'objet attendu');
        if (!isObject(g.fields)) fail(`${at}.fields`, 'objet attendu');
        return undefined;
      });
      regulation.grids = raw.grids as Regulation['grids'];
    }
  }
  if (raw.livret !== undefined && raw.livret !== null) {
    if (!isObject(raw.livret) || !Array.isArray(raw.livret.subjects)) fail('livret', 'objet avec une liste « subjects » attendu');
    else {
      raw.livret.subjects.forEach((s: unknown, i) => {
        const at = `livret.subjects[${i}]`;
        if (!isObject(s)) return fail(at, 'objet attendu');
        str(s, 'id', `${at}.id`);
        str(s, 'label', `${at}.label`);
        strings(s.units, `${at}.units`);
        return undefined;
      });
      regulation.livret = raw.livret as unknown as Regulation['livret'];
    }
  }
  if (raw.conformity !== undefined && raw.conformity !== null) {
    if (!Array.isArray(raw.conformity)) fail('conformity', 'liste attendue');
    else {
      raw.conformity.forEach((c: unknown, i) => {
        const at = `conformity[${i}]`;
        if (!isObject(c)) return fail(at, 'objet attendu');
        str(c, 'code', `${at}.code`);
        str(c, 'noticeCode', `${at}.noticeCode`);
        if (!isObject(c.fiche)) fail(`${at}.fiche`, 'objet attendu');
        return undefined;
      });
      regulation.conformity = raw.conformity as Regulation['conformity'];
    }
  }
  if (raw.stage !== undefined && raw.stage !== null) {
    if (!isObject(raw.stage)) fail('stage', 'objet attendu');
    else {
      regulation.stage = {
        minWeeks: num(raw.stage, 'minWeeks', 'stage.minWeeks'),
        maxWeeks: num(raw.stage, 'maxWeeks', 'stage.maxWeeks'),
        consecutiveYear1Weeks: num(raw.stage, 'consecutiveYear1Weeks', 'stage.consecutiveYear1Weeks'),
      };
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  const problems = regulationProblems(regulation).map((p) => `${p.field} : ${p.message}`);
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, value: regulation };
}
