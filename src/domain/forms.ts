/**
 * Form of assessment of each unit for a candidate: CCF (contrôle en cours de formation) or ponctuel.
 *
 * Code de l'éducation art. D643-19, as summarised by docs/regles.md R1 ("may be CCF" column): a unit that may be
 * assessed in CCF is assessed in CCF only for candidates trained in an établissement able to run it:
 *   (a) scolaires of a public or private-under-contract établissement;
 *   (b) apprentis of a CFA (or section d'apprentissage) habilité;
 *   (c) formation continue in a public établissement habilité (a lycée public, a GRETA).
 * Everyone else sits the ponctuel form: candidats individuels, enseignement à distance, private
 * établissements hors contrat, CFA non habilités, candidates without an établissement.
 *
 * The Toulouse 2023 circular (Toulouse circular 2023, §1.2.3) is consistent with this: only the Euridice
 * (hors contrat) and EAD 31 (distance) candidates are convened to the ponctuel E2-2, E4, E61 and E62;
 * GRETA, CFA Aspect and Limayrac candidates are not, so they are assessed in CCF. The national
 * circular (national circular 2024, §2) defines both forms unit by unit but does not restate who takes which;
 * it confirms EF1 is ponctuel only and EF3 exists in both forms (R1's column).
 *
 * Pure: no DOM, no database.
 */
import type { Regulation, UnitDef } from './regulation.ts';
import type { Candidate, EtablissementType, Statut, UnitForm } from './session.ts';

/** True when a candidate of this statut in this kind of établissement is assessed in CCF (D643-19). */
export function ccfEligible(statut: Statut, etablissementType: EtablissementType | null): boolean {
  if (etablissementType === null) return false;
  switch (statut) {
    case 'scolaire':
      return etablissementType === 'public' || etablissementType === 'prive_sous_contrat';
    case 'apprenti':
      return etablissementType === 'cfa_habilite';
    case 'formation_continue':
      return etablissementType === 'public' || etablissementType === 'greta';
    case 'individuel':
    case 'distance':
      return false;
  }
}

/** The form a unit takes by default for a statut and an établissement type (no override). */
export function defaultUnitForm(unit: UnitDef, statut: Statut, etablissementType: EtablissementType | null): UnitForm {
  return unit.mayBeCcf && ccfEligible(statut, etablissementType) ? 'CCF' : 'ponctuel';
}

/**
 * The form of one unit for a candidate: the per-unit override when there is one, else the default.
 * An override can always make a unit ponctuel; it cannot make CCF a unit that the regulation never
 * assesses in CCF (E1, E3, E5, EF1 for CCST 2024): such an override is ignored.
 */
export function unitForm(candidate: Pick<Candidate, 'statut' | 'formOverrides'>, unit: UnitDef, etablissementType: EtablissementType | null): UnitForm {
  const override = candidate.formOverrides[unit.code];
  if (override === 'ponctuel') return 'ponctuel';
  if (override === 'CCF') return unit.mayBeCcf ? 'CCF' : 'ponctuel';
  return defaultUnitForm(unit, candidate.statut, etablissementType);
}

/** The form of every unit of the regulation for a candidate, by unit code. */
export function unitForms(
  candidate: Pick<Candidate, 'statut' | 'formOverrides'>,
  regulation: Regulation,
  etablissementType: EtablissementType | null,
): Record<string, UnitForm> {
  const forms: Record<string, UnitForm> = {};
  for (const unit of regulation.units) forms[unit.code] = unitForm(candidate, unit, etablissementType);
  return forms;
}

/** Whether a candidate sits a unit: every compulsory one, and the optional ones they registered for. */
export function sitsUnit(candidate: { readonly optionalUnits: readonly string[] }, unit: Pick<UnitDef, 'code' | 'domain'>): boolean {
  return unit.domain !== 'optional' || candidate.optionalUnits.includes(unit.code);
}
