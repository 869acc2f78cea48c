/** The livret scolaire per candidate (table `livrets`, schema v5; annexe 3). */
import { LIVRET_AVIS, LIVRET_PERIODS, type LivretRecord } from '../domain/livret.ts';
import { UserError } from './errors.ts';

/** Checks a stored or restored livret; throws a UserError in French. */
export function checkLivretRecord(raw: LivretRecord): LivretRecord {
  const subjects: unknown = raw.subjects;
  if (typeof subjects !== 'object' || subjects === null || Array.isArray(subjects)) throw new UserError('matières du livret illisibles.');
  for (const [id, entry] of Object.entries(subjects as Record<string, unknown>)) {
    if (typeof entry !== 'object' || entry === null) throw new UserError(`livret, « ${id} » : saisie illisible.`);
    const { marks, appreciation } = entry as { marks?: unknown; appreciation?: unknown };
    if (typeof marks !== 'object' || marks === null) throw new UserError(`livret, « ${id} » : notes illisibles.`);
    for (const [period, value] of Object.entries(marks)) {
      if (!(LIVRET_PERIODS as readonly string[]).includes(period)) throw new UserError(`livret, « ${id} » : semestre « ${period} » inconnu.`);
      if (!Number.isSafeInteger(value) || (value as number) < 0 || (value as number) > 2000) {
        throw new UserError(`livret, « ${id} » : note du semestre « ${period} » invalide (entre 0 et 20).`);
      }
    }
    if (typeof appreciation !== 'string') throw new UserError(`livret, « ${id} » : appréciation illisible.`);
  }
  if (typeof raw.pix !== 'boolean') throw new UserError('livret : certification PIX doit être oui ou non.');
  if (raw.avis !== null && !LIVRET_AVIS.includes(raw.avis)) throw new UserError(`livret : avis « ${String(raw.avis)} » inconnu.`);
  if (typeof raw.observations !== 'string') throw new UserError('livret : observations illisibles.');
  if (typeof raw.updatedAt !== 'string' || Number.isNaN(Date.parse(raw.updatedAt))) throw new UserError('livret : date de mise à jour invalide.');
  return { ...raw };
}
