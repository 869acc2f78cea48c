/**
 * The livret scolaire per candidate (table `livrets`, schema v5; annexe 3).
 * One transaction per action: a cell typed in the class grid, a field of the candidate's livret, a whole
 * import. Once the deliberation is closed (phase `second_groupe_clos`) livrets are read-only.
 */
import {
  applyLivretChanges,
  emptyLivret,
  isLivretEmpty,
  LIVRET_AVIS,
  LIVRET_PERIODS,
  livretTemplateFor,
  livretChangeUndoing,
  livretHolds,
  livretPlaceLabel,
  livretValueText,
  type LivretChange,
  type LivretRecord,
  type LivretTemplate,
} from '../domain/livret.ts';
import type { DelibDatabase } from './database.ts';
import { ChangedSinceError, UserError } from './errors.ts';
import { regulationOf, requireSession } from './validate.ts';

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

export const LIVRET_CLOSED_MESSAGE = 'La délibération est close : les livrets scolaires sont en lecture seule (rouvrez la délibération pour les corriger).';

/** Every livret of a session, by candidate id order. */
export function listLivrets(db: DelibDatabase, sessionId: number): Promise<LivretRecord[]> {
  return db.livrets.where('sessionId').equals(sessionId).sortBy('candidateId');
}

export interface LivretUpdate {
  candidateId: number;
  changes: LivretChange[];
  /**
   * What the livret must hold for the changes to be written (Ctrl+Z and Ctrl+Y in the class grid put a value back only
   * where nobody changed it since): otherwise the whole action is refused with a ChangedSinceError.
   */
  expected?: LivretChange[];
}

const livretTables = (db: DelibDatabase) => [db.sessions, db.candidates, db.deliberations, db.livrets];

/** What every write checks first: the session exists, has a livret, and its deliberation is not closed. */
async function writable(db: DelibDatabase, sessionId: number): Promise<LivretTemplate> {
  const session = await requireSession(db, sessionId);
  const template = livretTemplateFor(regulationOf(session));
  if (!template) throw new UserError(`Pas de livret scolaire défini pour la réglementation « ${session.presetId} ».`);
  const phase = (await db.deliberations.get(sessionId))?.phase ?? 'preparation';
  if (phase === 'second_groupe_clos') throw new UserError(LIVRET_CLOSED_MESSAGE);
  return template;
}

async function candidateOf(db: DelibDatabase, sessionId: number, candidateId: number) {
  const candidate = await db.candidates.get(candidateId);
  if (!candidate || candidate.sessionId !== sessionId) throw new UserError("Ce candidat n'existe pas (ou plus) dans cette session.");
  return candidate;
}

function checkChange(change: LivretChange, subjects: Set<string>, who: string): LivretChange {
  const subject = (id: string) => {
    if (!subjects.has(id)) throw new UserError(`${who} : matière « ${id} » inconnue du livret.`);
  };
  switch (change.kind) {
    case 'mark':
      subject(change.subject);
      if (!LIVRET_PERIODS.includes(change.period)) throw new UserError(`${who} : semestre « ${String(change.period)} » inconnu.`);
      if (change.value !== null && (!Number.isSafeInteger(change.value) || change.value < 0 || change.value > 2000)) {
        throw new UserError(`${who} : note invalide (entre 0 et 20, deux décimales au plus).`);
      }
      return change;
    case 'appreciation':
      subject(change.subject);
      if (typeof change.text !== 'string') throw new UserError(`${who} : appréciation illisible.`);
      return { ...change, text: change.text.trim() };
    case 'pix':
      if (typeof change.value !== 'boolean') throw new UserError(`${who} : certification PIX doit être oui ou non.`);
      return change;
    case 'avis':
      if (change.value !== null && !LIVRET_AVIS.includes(change.value)) throw new UserError(`${who} : avis « ${String(change.value)} » inconnu.`);
      return change;
    case 'observations':
      if (typeof change.text !== 'string') throw new UserError(`${who} : observations illisibles.`);
      return { ...change, text: change.text.trim() };
    default:
      throw new UserError(`${who} : modification inconnue.`);
  }
}

/**
 * Applies changes to the livrets of one or more candidates of a session, in one transaction (a cell of the
 * class grid, a paste, a field of the candidate's livret): all are written, or none. A livret left empty is
 * removed. Returns the livrets as stored (null: removed).
 */
export async function updateLivrets(db: DelibDatabase, sessionId: number, updates: readonly LivretUpdate[]): Promise<(LivretRecord | null)[]> {
  return db.transaction('rw', livretTables(db), async () => {
    const template = await writable(db, sessionId);
    const subjects = new Set(template.subjects.map((s) => s.id));
    const now = new Date().toISOString();
    const written: (LivretRecord | null)[] = [];
    const seen = new Map<number, LivretRecord>();
    for (const { candidateId, changes, expected } of updates) {
      const candidate = await candidateOf(db, sessionId, candidateId);
      const who = `Livret de ${candidate.nom} ${candidate.prenom}`.trim();
      const checked = changes.map((c) => checkChange(c, subjects, who));
      const current = seen.get(candidateId) ?? (await db.livrets.get(candidateId)) ?? emptyLivret(sessionId, candidateId);
      const changed = expected?.find((change) => !livretHolds(current, change));
      if (changed) {
        const now = livretChangeUndoing(current, changed);
        throw new ChangedSinceError(
          `${livretPlaceLabel(changed, template.subjects)}, ${candidate.nom} ${candidate.prenom} (${candidate.numero}) : la valeur a changé depuis (${livretValueText(now)})`,
        );
      }
      const next = checkLivretRecord({ ...applyLivretChanges(current, checked), sessionId, candidateId, updatedAt: now });
      seen.set(candidateId, next);
      if (isLivretEmpty(next)) {
        await db.livrets.delete(candidateId);
        written.push(null);
      } else {
        await db.livrets.put(next);
        written.push(next);
      }
    }
    return written;
  });
}

/** One candidate's livret changed (one transaction). */
export async function saveLivret(db: DelibDatabase, sessionId: number, candidateId: number, changes: LivretChange[]): Promise<LivretRecord | null> {
  const [written] = await updateLivrets(db, sessionId, [{ candidateId, changes }]);
  return written ?? null;
}

/** A livret an import writes: the record the preview saw (null: none) and the one to store. */
export interface LivretWrite {
  candidateId: number;
  before: LivretRecord | null;
  after: LivretRecord;
}

/** What undoing an import restores: each touched livret as it was (null: there was none). */
export interface LivretRestore {
  candidateId: number;
  record: LivretRecord | null;
  /** The record the import left (null: none), checked before restoring so a later edit is never lost. */
  expected: LivretRecord | null;
}

/** The same stored livret (same content and same time of writing), or both none. */
const sameStored = (a: LivretRecord | null, b: LivretRecord | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes an import's livrets exactly as previewed, in one transaction. Refused (nothing written) when a
 * livret changed since the preview (another tab, a cell typed meanwhile). Returns how to undo it.
 */
export async function applyLivretImport(db: DelibDatabase, sessionId: number, writes: readonly LivretWrite[]): Promise<LivretRestore[]> {
  return db.transaction('rw', livretTables(db), async () => {
    const template = await writable(db, sessionId);
    const subjects = new Set(template.subjects.map((s) => s.id));
    const now = new Date().toISOString();
    const restore: LivretRestore[] = [];
    const seen = new Set<number>();
    for (const write of writes) {
      const candidate = await candidateOf(db, sessionId, write.candidateId);
      const who = `Livret de ${candidate.nom} ${candidate.prenom}`.trim();
      if (seen.has(write.candidateId)) throw new UserError(`${who} : donné deux fois dans l'import.`);
      seen.add(write.candidateId);
      const stored = (await db.livrets.get(write.candidateId)) ?? null;
      if (!sameStored(write.before, stored)) {
        throw new UserError(`${who} : modifié depuis l'aperçu de l'import. Rechargez le fichier pour refaire l'aperçu ; rien n'a été importé.`);
      }
      for (const id of Object.keys(write.after.subjects)) {
        if (!subjects.has(id)) throw new UserError(`${who} : matière « ${id} » inconnue du livret.`);
      }
      const after = checkLivretRecord({ ...write.after, sessionId, candidateId: write.candidateId, updatedAt: now });
      if (isLivretEmpty(after)) await db.livrets.delete(write.candidateId);
      else await db.livrets.put(after);
      restore.push({ candidateId: write.candidateId, record: stored, expected: isLivretEmpty(after) ? null : after });
    }
    return restore;
  });
}

/** Undoes an import: puts back each livret as it was, unless it changed since (then nothing is restored). */
export async function restoreLivrets(db: DelibDatabase, sessionId: number, restore: readonly LivretRestore[]): Promise<void> {
  await db.transaction('rw', livretTables(db), async () => {
    await writable(db, sessionId);
    for (const item of restore) {
      const stored = (await db.livrets.get(item.candidateId)) ?? null;
      if (!sameStored(item.expected, stored)) {
        const candidate = await db.candidates.get(item.candidateId);
        const who = candidate ? `${candidate.nom} ${candidate.prenom}`.trim() : `n° ${item.candidateId}`;
        throw new UserError(`Le livret de ${who} a été modifié depuis l'import : annulation impossible, rien n'a été changé.`);
      }
      if (item.record) await db.livrets.put(checkLivretRecord(item.record));
      else await db.livrets.delete(item.candidateId);
    }
  });
}
