/**
 * The one gate every mark write goes through (typed in the grid, imported, set by the conformity check):
 * - once the deliberation is open, a change needs a reason and a jury member, and is logged (audit trail);
 * - a closed 1er groupe makes first-group marks read-only; a closed deliberation makes every mark read-only;
 * - a unit forced to NV by a non-conforme dossier (R7) keeps its NV until the dossier is conforme again;
 * - a unit whose evaluation grid sums parts (E22 = A + B + C, E4 CCF = S1 + S2, R2b) takes no other number
 *   than that sum once every part is entered: the grid is the source of the figures (codes and clearing stay free).
 * Use it inside a rw transaction that includes guardTables(db).
 */
import type { Table } from 'dexie';
import { formatHundredthsShort } from '../domain/exact.ts';
import { unitForm } from '../domain/forms.ts';
import { sessionRegulation } from './validate.ts';
import { evaluationMark, gridById, gridFor, gridsFor, sumFormula } from '../domain/grids/index.ts';
import { formatMark, unregisteredOptionalMessage } from '../domain/marks.ts';
import { isFirstControleEntry, markEditable, markLockedMessage } from '../domain/phase-policy.ts';
import { findUnit } from '../domain/regulation.ts';
import { CONTROLE_PREFIX, type AuditEntry, type Candidate, type DeliberationPhase } from '../domain/session.ts';
import { juryMemberOf, type DelibDatabase } from './database.ts';
import { UserError } from './errors.ts';
import type { MarkContent } from './marks.ts';

/** Why a mark changes: typed by the jury, or implied by where the change comes from. */
export interface ChangeOrigin {
  /** `annulation`: undoing an import, which restores the conformity records along with the marks. */
  source: 'saisie' | 'import' | 'conformite' | 'annulation';
  /** The jury's reason; required for a typed change once the deliberation is open. */
  reason?: string;
  /** For an import: the file name. */
  fileName?: string;
}

/** What markGuard reads: the deliberation, the audit trail, R7's NV, and the grids that sum parts (with the candidates' forms). */
export const guardTables = (db: DelibDatabase): Table[] => [
  db.deliberations,
  db.audit,
  db.conformity,
  db.evaluations,
  db.sessions,
  db.candidates,
  db.etablissements,
];

export function markText(content: MarkContent | null): string {
  if (!content) return '';
  const flags = [content.sousReserve ? 'sous réserve' : '', content.benefice ? `bénéfice ${content.benefice.year}` : ''].filter(Boolean).join(', ');
  return `${formatMark(content.value)}${flags ? ` (${flags})` : ''}`;
}

export interface MarkGuard {
  readonly phase: DeliberationPhase;
  /** Throws a UserError if this change is not allowed now; queues its audit line when it must be logged. */
  check(
    candidate: Pick<Candidate, 'numero' | 'nom' | 'prenom'> & Partial<Pick<Candidate, 'optionalUnits'>> & { id: number },
    unit: string,
    before: MarkContent | null,
    after: MarkContent | null,
  ): void;
  /** Writes the queued audit lines (call before the transaction ends). */
  flush(): Promise<void>;
}

/** Reads what the checks need for one session, once per transaction. */
export async function markGuard(db: DelibDatabase, sessionId: number, origin: ChangeOrigin): Promise<MarkGuard> {
  const deliberation = await db.deliberations.get(sessionId);
  const phase: DeliberationPhase = deliberation?.phase ?? 'preparation';
  const nvByCandidate = new Map((await db.conformity.where('sessionId').equals(sessionId).toArray()).map((c) => [c.candidateId, c.nv]));
  const sums = await gridSums(db, sessionId);
  const session = await db.sessions.get(sessionId);
  const regulation = session ? sessionRegulation(session) : undefined;
  const unitByCode = new Map((regulation?.units ?? []).map((u) => [u.code, u]));
  const pending: AuditEntry[] = [];
  const at = new Date().toISOString();

  return {
    phase,
    check(candidate, unit, before, after) {
      const controle = unit.startsWith(CONTROLE_PREFIX);
      const label = controle ? `contrôle ${unit.slice(CONTROLE_PREFIX.length)}` : unit;
      // An import checks every mark of every row (450,000 at 50,000 candidates): the name is only made for a message.
      const nameOf = () => `${candidate.nom} ${candidate.prenom}`.trim();
      if (!markEditable(phase, controle)) throw new UserError(markLockedMessage(phase, controle, label, nameOf())!);
      const def = controle || !regulation ? undefined : unitByCode.get(unit);
      const unregistered = def && after ? unregisteredOptionalMessage(def, after.value, candidate.optionalUnits) : null;
      if (unregistered && origin.source !== 'annulation') throw new UserError(`${label} de ${nameOf()} : ${unregistered}.`);
      const nv = nvByCandidate.size === 0 ? undefined : nvByCandidate.get(candidate.id)?.[unit];
      if (nv && origin.source !== 'conformite' && origin.source !== 'annulation' && after?.value.kind !== 'NV') {
        throw new UserError(
          `${label} de ${nameOf()} : dossier non conforme (${nv.reasons.join(' ; ')}), la note reste NV. Rendez le dossier conforme pour saisir une note.`,
        );
      }
      const sum = sums.size === 0 ? undefined : sums.get(sumKey(candidate.id, unit));
      const changed = !(before?.value.kind === 'number' && after?.value.kind === 'number' && before.value.hundredths === after.value.hundredths);
      if (sum && changed && after?.value.kind === 'number' && after.value.hundredths !== sum.hundredths) {
        throw new UserError(
          `${label} de ${nameOf()} : la note est la somme ${sum.formula} de la grille d'évaluation (${formatHundredthsShort(sum.hundredths)}) ; modifiez la grille.`,
        );
      }
      if (phase === 'preparation') return;
      const name = nameOf();
      const reason =
        origin.reason?.trim() ||
        (origin.source === 'import' ? `Import du fichier « ${origin.fileName ?? ''} »` : origin.source === 'conformite' ? 'Conformité du dossier' : '') ||
        (isFirstControleEntry(phase, controle, before) ? "Saisie de l'épreuve de contrôle" : '');
      if (!reason) throw new UserError(`Délibération ouverte : indiquez le motif de la modification de ${label} de ${name}.`);
      const who = juryMemberOf(db, deliberation);
      if (!who) throw new UserError('Délibération ouverte : indiquez d’abord le nom du membre du jury qui saisit.');
      pending.push({
        sessionId,
        at,
        who,
        kind: 'note',
        candidateId: candidate.id,
        numero: candidate.numero,
        name,
        unit: label,
        before: markText(before),
        after: markText(after),
        reason,
      });
    },
    async flush() {
      if (pending.length > 0) await db.audit.bulkAdd(pending.splice(0));
    },
  };
}

const sumKey = (candidateId: number, unit: string) => `${candidateId}|${unit}`;

/**
 * The complete sums of the session's grids that sum parts (E22, E4 CCF), by candidate and unit. A grid
 * that is no longer the candidate's (the form of E4 changed since) is left out: it no longer binds the mark.
 */
async function gridSums(db: DelibDatabase, sessionId: number): Promise<Map<string, { hundredths: number; formula: string }>> {
  const sums = new Map<string, { hundredths: number; formula: string }>();
  const session = await db.sessions.get(sessionId);
  const regulation = session ? sessionRegulation(session) : undefined;
  if (!regulation) return sums;
  const sumUnits = new Set(
    gridsFor(regulation)
      .filter((g) => g.mark.kind === 'sum')
      .map((g) => g.unitCode),
  );
  if (sumUnits.size === 0) return sums;
  const records = await db.evaluations
    .where('sessionId')
    .equals(sessionId)
    .filter((r) => sumUnits.has(r.unit))
    .toArray();
  const complete = records.flatMap((record) => {
    const grid = gridById(record.evaluation?.gridId, regulation);
    const mark = grid?.mark.kind === 'sum' ? evaluationMark(grid, record.evaluation) : null;
    return grid && mark ? [{ record, grid, hundredths: mark.hundredths }] : [];
  });
  if (complete.length === 0) return sums;
  const candidates = await db.candidates.bulkGet([...new Set(complete.map((c) => c.record.candidateId))]);
  const byId = new Map(candidates.flatMap((c) => (c?.id === undefined ? [] : [[c.id, c] as const])));
  const etablissements = new Map((await db.etablissements.where('sessionId').equals(sessionId).toArray()).map((e) => [e.id, e.type]));
  for (const { record, grid, hundredths } of complete) {
    const candidate = byId.get(record.candidateId);
    const unit = findUnit(regulation, record.unit);
    if (!candidate || !unit) continue;
    const type = candidate.etablissementId === null ? null : (etablissements.get(candidate.etablissementId) ?? null);
    if (gridFor(unit.code, unitForm(candidate, unit, type), regulation)?.id !== grid.id) continue;
    sums.set(sumKey(record.candidateId, record.unit), { hundredths, formula: sumFormula(grid) });
  }
  return sums;
}
