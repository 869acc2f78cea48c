/** Short French wording shared by the jury views. */
import { type Average, averageHundredths, formatHundredthsFixed, formatHundredthsShort } from '../../domain/exact.ts';
import type { HistogramBin } from '../../domain/jury-stats.ts';
import { type PointsNeeded, type ProfessionalCondition } from '../../domain/jury.ts';
import type { Candidate } from '../../domain/session.ts';

/** An exact average as shown everywhere: 2 decimals, truncated (R3). */
export const averageText = (a: Average | null | undefined) => (a ? formatHundredthsFixed(averageHundredths(a)) : '—');

export const candidateLabel = (c: Pick<Candidate, 'numero' | 'nom' | 'prenom'>) => `${c.numero} — ${c.nom} ${c.prenom}`.trim();

export const candidateName = (c: Pick<Candidate, 'nom' | 'prenom'>) => `${c.nom} ${c.prenom}`.trim();

function professionalSuffix(p: ProfessionalCondition | null): string {
  if (!p || p.met) return '';
  if (typeof p.markNeeded === 'number') return ` ; pro ≥ 10 avec ${formatHundredthsShort(p.markNeeded)}`;
  if (p.markNeeded === null) return ' ; pro < 10 même avec 20';
  return ' ; pro < 10';
}

/** A table cell for a `pointsNeeded` answer: `12,34`, `atteint`, `impossible`, `—`. */
export function neededCell(n: PointsNeeded): string {
  switch (n.kind) {
    case 'blocked':
      return '—';
    case 'reached':
      return `atteint${professionalSuffix(n.professional)}`;
    case 'mark':
      return `${n.mark === 0 ? 'toute note' : formatHundredthsShort(n.mark)}${professionalSuffix(n.professional)}`;
    case 'impossible':
      return `impossible (${averageText(n.best)} au mieux)${professionalSuffix(n.professional)}`;
    case 'points':
      return `${formatHundredthsFixed(n.points)} points${professionalSuffix(n.professional)}`;
  }
}

/** `de 8 à moins de 9`; the last regular bin includes the maximum: `de 19 à 20`. */
export function binLabel(bin: HistogramBin, maxMark: number): string {
  const from = formatHundredthsShort(bin.from);
  const to = formatHundredthsShort(bin.to);
  return bin.to === maxMark * 100 ? `de ${from} à ${to}` : `de ${from} à moins de ${to}`;
}
