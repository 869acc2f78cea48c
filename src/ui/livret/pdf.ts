/** The livret PDF of some candidates, from the workspace's views and the session's livrets (jsPDF loaded on demand). */
import type { LivretPdfInput } from '../../io/pdf/livret.ts';
import { downloadBytes, safeFileName } from '../download.ts';
import type { Workspace } from '../state/workspace.svelte.ts';
import { classFigures, classViews, templateOf, type ClassFigures, type LivretState } from './livret.svelte.ts';

export async function livretPdf(workspace: Workspace, livrets: LivretState, candidateIds: readonly number[]): Promise<Uint8Array> {
  const template = templateOf(workspace);
  if (!template || !workspace.session || !workspace.regulation) throw new Error('pas de livret scolaire pour cette session');
  const { livretScolairePdf } = await import('../../io/pdf/livret.ts');
  const session = {
    name: workspace.session.name,
    academie: workspace.session.academie,
    year: workspace.session.year,
    diploma: workspace.regulation.diploma,
  };
  const byClass = new Map<number | null, ClassFigures>();
  const figuresOf = (etablissementId: number | null) => {
    let figures = byClass.get(etablissementId);
    if (!figures) {
      figures = classFigures(template, classViews(workspace.views, etablissementId), livrets.byCandidate);
      byClass.set(etablissementId, figures);
    }
    return figures;
  };
  const views = new Map(workspace.views.map((v) => [v.id, v]));
  const inputs: LivretPdfInput[] = candidateIds.flatMap((id) => {
    const view = views.get(id);
    if (!view) return [];
    const { numero, nom, prenom, dateNaissance, langueVivante, etablissementId } = view.candidate;
    const figures = figuresOf(etablissementId);
    return [
      {
        session,
        template,
        candidate: { numero, nom, prenom, dateNaissance, langueVivante },
        etablissement: view.etablissement ? { name: view.etablissement.name, uai: view.etablissement.uai, city: view.etablissement.city } : null,
        livret: livrets.get(id),
        stats: figures.stats,
        cotation: figures.cotation,
        result: view.result,
        phase: workspace.phase,
        president: workspace.deliberation?.president || undefined,
      },
    ];
  });
  return livretScolairePdf(inputs);
}

/** Makes the PDF and offers it for download; returns an error message in French, or null. */
export async function downloadLivretPdf(workspace: Workspace, livrets: LivretState, candidateIds: readonly number[], label: string): Promise<string | null> {
  try {
    const bytes = await livretPdf(workspace, livrets, candidateIds);
    downloadBytes(`${safeFileName(`livret-scolaire-${label}`)}.pdf`, bytes);
    return null;
  } catch (e) {
    return `Le livret n'a pas pu être produit : ${e instanceof Error ? e.message : String(e)}.`;
  }
}
