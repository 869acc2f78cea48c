/**
 * A session's own regulation (issue 17): its preview and its edit. The regulation can be changed while the
 * deliberation is not open (phase « préparation »); after that it is read-only, so the jury's results never
 * move under it. A change is checked whole (every fault named by its field), then against what the session
 * already holds (marks, optional units of the candidates), and written in one transaction.
 */
import { checkRegulationData } from '../domain/regulation-data.ts';
import type { Regulation } from '../domain/regulation.ts';
import { computeResult, type Decision } from '../domain/results.ts';
import { candidateMarksOf, type ExamSession, type MarkRecord } from '../domain/session.ts';
import { candidatesOfSession, checkCandidate } from './candidates.ts';
import type { DelibDatabase } from './database.ts';
import { UserError } from './errors.ts';
import { checkMarkRecord, listMarks } from './marks.ts';
import { regulationOf, requireSession, within } from './validate.ts';
import { countOf } from '../domain/count.ts';

export interface DecisionChange {
  candidateId: number;
  numero: string;
  name: string;
  before: Decision;
  after: Decision;
}

export interface RegulationPreview {
  /** Candidates whose decision the new regulation changes. */
  changes: DecisionChange[];
  /** What the session holds that the new regulation would refuse (a mark on a removed unit…), in French. */
  conflicts: string[];
  candidates: number;
}

/** True while the session's regulation may be edited (the deliberation is not open). */
export async function regulationEditable(db: DelibDatabase, sessionId: number): Promise<boolean> {
  const deliberation = await db.deliberations.get(sessionId);
  return !deliberation || deliberation.phase === 'preparation';
}

async function compare(db: DelibDatabase, session: ExamSession & { id: number }, next: Regulation): Promise<RegulationPreview> {
  const current = regulationOf(session);
  const candidates = await candidatesOfSession(db, session.id).toArray();
  const marks = await listMarks(db, session.id);
  const byCandidate = new Map<number, MarkRecord[]>();
  for (const record of marks) {
    const list = byCandidate.get(record.candidateId);
    if (list) list.push(record);
    else byCandidate.set(record.candidateId, [record]);
  }
  const changes: DecisionChange[] = [];
  const conflicts: string[] = [];
  // Filled-in grids belong to a unit: one whose unit is gone would be lost.
  const codes = new Set(next.units.map((u) => u.code));
  const orphans = await db.evaluations
    .where('sessionId')
    .equals(session.id)
    .filter((e) => !codes.has(e.unit))
    .toArray();
  const orphanUnits = [...new Set(orphans.map((e) => e.unit))];
  if (orphanUnits.length > 0) {
    conflicts.push(
      `des grilles d'évaluation sont remplies pour ${orphanUnits.join(', ')}, épreuve${orphanUnits.length > 1 ? 's' : ''} absente${orphanUnits.length > 1 ? 's' : ''} de cette réglementation`,
    );
  }
  const nextSession = { ...session, regulation: next };
  for (const candidate of candidates) {
    const name = `${candidate.nom} ${candidate.prenom}`.trim();
    const records = byCandidate.get(candidate.id!) ?? [];
    try {
      within(`Candidat « ${candidate.numero} » (${name})`, () => {
        checkCandidate(candidate, next);
        for (const record of records) within(record.unit, () => checkMarkRecord(record, nextSession));
      });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      conflicts.push(error.message);
      continue;
    }
    const input = candidateMarksOf(records);
    const before = computeResult(input, current).decision;
    const after = computeResult(input, next).decision;
    if (before !== after) changes.push({ candidateId: candidate.id!, numero: candidate.numero, name, before, after });
  }
  return { changes, conflicts, candidates: candidates.length };
}

function checked(raw: unknown): Regulation {
  const result = checkRegulationData(raw);
  if (!result.ok) throw new UserError(`Réglementation invalide : ${result.errors.join(' ; ')}.`);
  return result.value;
}

/** What saving `regulation` would do to the session's decisions, without writing anything. */
export async function previewSessionRegulation(db: DelibDatabase, sessionId: number, regulation: unknown): Promise<RegulationPreview> {
  const next = checked(regulation);
  return db.transaction('r', [db.sessions, db.candidates, db.markBlocks, db.evaluations], async () => compare(db, await requireSession(db, sessionId), next));
}

/**
 * Replaces the session's regulation, in one transaction: refused once the deliberation is open, when the
 * regulation has a fault, or when a candidate's marks or optional units do not fit it. Returns the preview
 * of what changed.
 */
export async function updateSessionRegulation(db: DelibDatabase, sessionId: number, regulation: unknown): Promise<RegulationPreview> {
  const next = checked(regulation);
  return db.transaction('rw', [db.sessions, db.candidates, db.markBlocks, db.evaluations, db.deliberations], async () => {
    const session = await requireSession(db, sessionId);
    if (!(await regulationEditable(db, sessionId))) {
      throw new UserError('La délibération est ouverte : la réglementation de la session ne peut plus être modifiée.');
    }
    const preview = await compare(db, session, next);
    if (preview.conflicts.length > 0) {
      const shown = preview.conflicts.slice(0, 5).join(' ; ');
      const more = preview.conflicts.length > 5 ? ` (et ${countOf(preview.conflicts.length - 5, 'autre')})` : '';
      throw new UserError(`Cette réglementation ne convient pas aux données de la session : ${shown}${more}.`);
    }
    await db.sessions.put({ ...session, presetId: next.id, regulation: next });
    return preview;
  });
}
