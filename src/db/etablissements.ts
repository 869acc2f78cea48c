/** Établissements of a session: the schools and centres candidates come from. */
import { checkUai } from '../domain/checks.ts';
import { ETABLISSEMENT_TYPE_LABELS, type Etablissement, type EtablissementType } from '../domain/session.ts';
import type { DelibDatabase } from './database.ts';
import { candidatesOfSession } from './candidates.ts';
import { UserError } from './errors.ts';
import { requireSession, text, within } from './validate.ts';
import { countOf } from '../domain/count.ts';

export type EtablissementInput = Omit<Etablissement, 'id'>;
export type EtablissementFields = Omit<Etablissement, 'id' | 'sessionId'>;
export type EtablissementChanges = Partial<EtablissementFields>;

/** Trimmed and upper-cased; empty stays empty (an établissement may have no UAI). */
export function normalizeUai(raw: string): string {
  const uai = checkUai(raw);
  if (!uai.ok) throw new UserError(uai.error);
  return uai.value;
}

/** Checks and normalizes the fields of one établissement (not the uniqueness of its UAI). */
export function checkEtablissement(data: EtablissementFields): EtablissementFields {
  if (!Object.hasOwn(ETABLISSEMENT_TYPE_LABELS, data.type)) {
    throw new UserError(`Type d'établissement inconnu : « ${String(data.type)} ».`);
  }
  return {
    uai: normalizeUai(text(data.uai, 'Le code UAI', false)),
    name: text(data.name, "Le nom de l'établissement", true, 'name'),
    city: text(data.city, 'La ville', false),
    type: data.type as EtablissementType,
  };
}

/** Refuses a UAI already used by another établissement of the same list. */
export function ensureUniqueUai(etablissement: EtablissementFields, others: readonly Pick<Etablissement, 'uai' | 'name'>[]): void {
  if (etablissement.uai === '') return;
  const other = others.find((e) => e.uai === etablissement.uai);
  if (other) {
    throw new UserError(`Le code UAI « ${etablissement.uai} » est déjà celui de l'établissement ${other.name}.`);
  }
}

export async function addEtablissement(db: DelibDatabase, { sessionId, ...fields }: EtablissementInput): Promise<number> {
  const [id] = await addEtablissements(db, sessionId, [fields]);
  return id!;
}

/**
 * Adds établissements to a session in one transaction (several: rows pasted from a spreadsheet), each checked as one
 * typed by hand; the first refused refuses them all, its message saying which when `place` is given. Returns their
 * ids, in order.
 */
export async function addEtablissements(
  db: DelibDatabase,
  sessionId: number,
  rows: readonly EtablissementFields[],
  place?: (index: number) => string,
): Promise<number[]> {
  return db.transaction('rw', [db.sessions, db.etablissements], async () => {
    const session = await requireSession(db, sessionId);
    const kept: Etablissement[] = await listEtablissements(db, session.id);
    const checked = rows.map((row, index) => {
      const check = () => {
        const etablissement: Etablissement = { ...checkEtablissement(row), sessionId: session.id };
        ensureUniqueUai(etablissement, kept);
        kept.push(etablissement);
        return etablissement;
      };
      return place ? within(place(index), check) : check();
    });
    return db.etablissements.bulkAdd(checked, { allKeys: true });
  });
}

export async function updateEtablissement(db: DelibDatabase, id: number, changes: EtablissementChanges): Promise<void> {
  await updateEtablissements(db, [{ id, changes }]);
}

/** One établissement's changes, for `updateEtablissements`. */
export interface EtablissementUpdate {
  id: number;
  changes: EtablissementChanges;
}

/**
 * Several établissements' changes in one transaction (a block of cells pasted, emptied or put back: one action), each
 * checked as updateEtablissement checks one; refused whole (nothing written) when one is refused. With several, the
 * message of a refusal starts with the name of the établissement refused (`Lycée A : le code UAI…`). UAIs are unique
 * in the state after the whole write: two of them swapped in one call are accepted. All of one session.
 */
export async function updateEtablissements(db: DelibDatabase, updates: readonly EtablissementUpdate[]): Promise<void> {
  if (updates.length === 0) return;
  const ids = updates.map((u) => u.id);
  if (new Set(ids).size !== ids.length) throw new Error('updateEtablissements: an établissement given twice');
  await db.transaction('rw', [db.etablissements], async () => {
    const currents = await requireEtablissements(db, ids);
    const sessionId = currents[0]!.sessionId;
    if (currents.some((e) => e.sessionId !== sessionId)) throw new Error('updateEtablissements: établissements of several sessions');
    // One entry: today's message as is; several: the établissement refused named first.
    const at = <T>(current: Etablissement, check: () => T): T => (updates.length === 1 ? check() : within(current.name, check));
    const checked = updates.map(({ changes }, i) => at(currents[i]!, () => checkEtablissement({ ...currents[i]!, ...changes })));
    // The UAIs after the write: the others' of the session, those kept (unique already), then each one that changes,
    // in order: the one refused is the établissement taking a UAI, not the one keeping it. Holders are named as stored.
    const written = new Set(ids);
    const kept: Pick<Etablissement, 'uai' | 'name'>[] = (await listEtablissements(db, sessionId)).filter((e) => !written.has(e.id!));
    const after = checked.map((etablissement, i) => ({ uai: etablissement.uai, name: currents[i]!.name }));
    kept.push(...after.filter((e, i) => e.uai === currents[i]!.uai));
    checked.forEach((etablissement, i) => {
      if (etablissement.uai === currents[i]!.uai) return;
      at(currents[i]!, () => ensureUniqueUai(etablissement, kept));
      kept.push(after[i]!);
    });
    await db.etablissements.bulkPut(checked.map((etablissement, i) => ({ ...etablissement, id: ids[i]!, sessionId })));
  });
}

/** Why an établissement with candidates cannot be deleted (said by the grid before it asks, and by the database). */
export function stillAttachedMessage(name: string, count: number): string {
  const [still, them] = count === 1 ? ['y est encore rattaché', 'le'] : ['y sont encore rattachés', 'les'];
  return (
    `Impossible de supprimer l'établissement ${name} : ${countOf(count, 'candidat')} ${still}. ` +
    `Rattachez-${them} à un autre établissement (onglet « Candidats ») ou supprimez-${them} d’abord.`
  );
}

/** Refused while candidates still belong to it: they would point to nothing. */
export async function deleteEtablissement(db: DelibDatabase, id: number): Promise<void> {
  await deleteEtablissements(db, [id]);
}

/** Several at once, in one transaction: refused as a whole while candidates still belong to one of them. */
export async function deleteEtablissements(db: DelibDatabase, ids: readonly number[]): Promise<void> {
  await db.transaction('rw', [db.etablissements, db.candidates], async () => {
    // Candidates are found by session (no index by établissement since v11): each session's read once.
    const attached = new Map<number, Map<number, number>>();
    for (const id of ids) {
      const etablissement = await requireEtablissement(db, id);
      let counts = attached.get(etablissement.sessionId);
      if (!counts) attached.set(etablissement.sessionId, (counts = countByEtablissement(await candidatesOfSession(db, etablissement.sessionId).toArray())));
      const count = counts.get(id) ?? 0;
      if (count > 0) throw new UserError(stillAttachedMessage(etablissement.name, count));
    }
    await db.etablissements.bulkDelete([...ids]);
  });
}

function countByEtablissement(candidates: readonly { etablissementId: number | null }[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { etablissementId } of candidates) if (etablissementId !== null) counts.set(etablissementId, (counts.get(etablissementId) ?? 0) + 1);
  return counts;
}

/** The établissements of a session, by name. */
export async function listEtablissements(db: DelibDatabase, sessionId: number): Promise<Etablissement[]> {
  const list = await db.etablissements.where('sessionId').equals(sessionId).toArray();
  return list.sort(byEtablissementName);
}

/** The order of listEtablissements. */
export function byEtablissementName(a: Etablissement, b: Etablissement): number {
  return a.name.localeCompare(b.name, 'fr');
}

async function requireEtablissement(db: DelibDatabase, id: number): Promise<Etablissement & { id: number }> {
  return (await requireEtablissements(db, [id]))[0]!;
}

/** The établissements of these ids, in one request, in their order; refused when one is gone. */
async function requireEtablissements(db: DelibDatabase, ids: readonly number[]): Promise<(Etablissement & { id: number })[]> {
  return (await db.etablissements.bulkGet([...ids])).map((etablissement, i) => {
    if (!etablissement) throw new UserError("Cet établissement n'existe pas (ou plus).");
    return { ...etablissement, id: ids[i]! };
  });
}
