/** One row of the workspace: a candidate with its établissement, marks, forms and live result. */
import { unitForms } from '../../domain/forms.ts';
import type { Regulation } from '../../domain/regulation.ts';
import { computeResult, type CandidateResult } from '../../domain/results.ts';
import { candidateMarksOf, type Candidate, type Etablissement, type MarkRecord, type UnitForm } from '../../domain/session.ts';
import { marksByCandidate } from '../../db/marks.ts';
import { compareNumero } from '../../domain/numero.ts';
import type { ResultsRow } from '../../io/results-csv.ts';

export interface CandidateView {
  id: number;
  candidate: Candidate;
  etablissement: Etablissement | null;
  /** Stored marks by unit key (`E4`, `controle_E1`). */
  marks: Record<string, MarkRecord>;
  forms: Record<string, UnitForm>;
  result: CandidateResult;
}

export function resultOf(marks: Record<string, MarkRecord>, regulation: Regulation): CandidateResult {
  return computeResult(candidateMarksOf(Object.values(marks)), regulation);
}

export function buildCandidateViews(
  candidates: readonly Candidate[],
  marks: readonly MarkRecord[],
  etablissements: readonly Etablissement[],
  regulation: Regulation,
): CandidateView[] {
  const etabById = new Map(etablissements.map((e) => [e.id!, e]));
  const byCandidate = marksByCandidate(marks);
  return candidates
    .map((candidate) => {
      const etablissement = candidate.etablissementId === null ? null : (etabById.get(candidate.etablissementId) ?? null);
      const own = byCandidate.get(candidate.id!) ?? {};
      return {
        id: candidate.id!,
        candidate,
        etablissement,
        marks: own,
        forms: unitForms(candidate, regulation, etablissement?.type ?? null),
        result: resultOf(own, regulation),
      };
    })
    .sort((a, b) => compareNumero(a.candidate.numero, b.candidate.numero));
}


export function resultsRows(views: readonly CandidateView[]): ResultsRow[] {
  return views.map((v) => ({ numero: v.candidate.numero, nom: v.candidate.nom, prenom: v.candidate.prenom, result: v.result }));
}
