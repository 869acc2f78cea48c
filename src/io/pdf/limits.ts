/**
 * How many pages of one kind a PDF is made of at most (docs/limites.md): the document is drawn in the page, about
 * 6 ms a page, so 50,000 relevés would freeze it for minutes and make a file of hundreds of megabytes. A jury prints
 * them class by class; the refusal says how. Kept apart from the PDF code so that the check loads no PDF library.
 */
import { formatCount } from '../../domain/count.ts';

export const PDF_PAGES_MAX = 1000;

/** The French refusal for `count` documents (`relevés`, `un relevé` a page) in one file, or null when they fit; `how`: what to do instead. */
export function tooManyForOnePdf(count: number, what: { many: string; perPage: string }, how: string): string | null {
  if (count <= PDF_PAGES_MAX) return null;
  return `${formatCount(count)} ${what.many} en un seul fichier, c'est trop : au plus ${formatCount(PDF_PAGES_MAX)} par PDF (${what.perPage} par page). ${how}`;
}
