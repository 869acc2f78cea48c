/**
 * Applying an import plan, and undoing the last import of a session.
 *
 * The plan was computed from a snapshot of the session shown in the preview. Applying it first checks,
 * in the same transaction as the writes, that the database is still what the preview saw (another tab
 * may have edited it meanwhile), then checks every write with the db's own rules, then writes in chunks
 * so that the UI can show progress. The undo record keeps exactly what the import replaced.
 */
import { isNumeroPending } from '../domain/numero.ts';
import type { Regulation } from '../domain/regulation.ts';
import { CONTROLE_PREFIX, type Candidate, type Etablissement, type ExamSession, type MarkRecord } from '../domain/session.ts';
import type { ImportUndo } from '../domain/import-undo.ts';
import type { ImportPlan } from '../io/import/types.ts';
import {
  byNumeroThenId,
  candidateName,
  checkCandidate,
  deleteCandidateRecords,
  fromStored,
  listCandidates,
  numeroTakenMessage,
  toStored,
  type CandidateFields,
} from './candidates.ts';
import { blockOf, type CreatedWritten, type DelibDatabase, type StoredImport } from './database.ts';
import { CancelledError, UserError } from './errors.ts';
import { byEtablissementName, checkEtablissement, ensureUniqueUai, type EtablissementFields } from './etablissements.ts';
import {
  addNewCandidatesMarks,
  adoptMarksByUnit,
  changeMarks,
  type NewCandidateMarks,
  checkMarkRecord,
  deleteCandidatesMarks,
  marksOfCandidates,
  partsOfCandidates,
  rowsOf,
  type MarkContent,
} from './marks.ts';
import {
  type BlockPart,
  type TouchedMark,
  decodeTouchedMark,
  encodeMarksWrittenAt,
  encodeTouchedMark,
  joinTouchedMarks,
  splitTouchedMarks,
} from './marks-codec.ts';
import { fingerprint } from './fingerprint.ts';
import { guardTables, markGuard, markText, type MarkGuard } from './guard.ts';
import { CANDIDATES_PER_WRITE, writeConformities } from './conformity.ts';
import { chunks } from './chunks.ts';
import { candidatesOf, lastImport } from './last-import.ts';
import { sameData } from './same-data.ts';
import { createSession, type SessionInput } from './sessions.ts';
import { regulationOf, requireSession, within } from './validate.ts';
import { countOf } from '../domain/count.ts';

/**
 * Rows written per bulk operation (candidates, or marks of existing candidates; the marks of created candidates are
 * written this many candidates at a time); progress is reported between chunks.
 */
export const IMPORT_CHUNK_SIZE = 500;

/** Called between chunks with the number of writes done and the total. */
export type ImportProgress = (done: number, total: number) => void;

type Named = { nom: string; prenom: string };

/** Where a candidate's établissement comes from, before the new établissements have ids. */
type EtablissementRef = { newIndex: number } | { id: number } | null;

/**
 * Applies the writes of `plan` to the session in one transaction and returns the undo record kept
 * for it (only the last import of a session is kept). Refused, writing nothing, when the database
 * changed since the preview or when a write breaks a rule. `signal` aborted (the wizard's « Annuler »): the
 * transaction is aborted at the next chunk or check, with CancelledError; nothing is written, no undo record kept.
 */
export async function applyImportPlan(
  db: DelibDatabase,
  sessionId: number,
  plan: ImportPlan,
  fileName: string,
  onProgress?: ImportProgress,
  signal?: AbortSignal,
): Promise<ImportUndo> {
  return db.transaction('rw', [db.sessions, db.etablissements, db.candidates, db.markBlocks, db.imports, ...guardTables(db)], async () => {
    const { undo } = await applyInTransaction(db, sessionId, plan, fileName, { onProgress, signal, keepRows: false });
    return undo;
  });
}

/**
 * A new session, filled by `plan` (as applyImportPlan does) in the same transaction: nothing is stored if either
 * is refused or cancelled. `session`: its record as stored. `rows`: the session as written, so that it can be shown
 * without being read back (50,000 candidates are read in seconds); null when the conformity columns also changed
 * marks (then it is read).
 */
export async function importIntoNewSession(
  db: DelibDatabase,
  session: SessionInput,
  plan: ImportPlan,
  fileName: string,
  onProgress?: ImportProgress,
  signal?: AbortSignal,
): Promise<{ session: ExamSession & { id: number }; rows: ImportedSession | null }> {
  return db.transaction('rw', db.tables, async () => {
    const sessionId = await createSession(db, session);
    const { rows } = await applyInTransaction(db, sessionId, plan, fileName, { onProgress, signal, keepRows: true });
    return { session: await requireSession(db, sessionId), rows };
  });
}

/** A session as the import that created it wrote it, read from nothing. */
export interface ImportedSession {
  /** In the order listEtablissements gives them. */
  etablissements: Etablissement[];
  /** In the order listCandidates gives them (numero, then id). */
  candidates: Candidate[];
  /** Candidate id → unit → mark, as the marks feed holds them (candidates without marks are absent). */
  marks: Map<number, Record<string, MarkRecord>>;
}

async function applyInTransaction(
  db: DelibDatabase,
  sessionId: number,
  plan: ImportPlan,
  fileName: string,
  { onProgress, signal, keepRows }: { onProgress?: ImportProgress; signal?: AbortSignal; keepRows: boolean },
): Promise<{ undo: ImportUndo; rows: ImportedSession | null }> {
  const context = await readSession(db, sessionId, plan, fileName, signal);
  await ensureUnchangedSincePreview(context); // (a)
  const checked = await checkWrites(context); // (b)
  const written = await writeAll(context, checked, onProgress, keepRows); // (c)
  context.stopIfCancelled();
  const undo = await keepUndo(context, written); // (d)
  // Only when the session was empty before: the import's rows are then the whole session.
  const marks = written.createdMarksByCandidate;
  const whole = marks !== null && context.candidates.size === 0 && context.etablissements.length === 0;
  const rows = whole
    ? {
        etablissements: written.createdEtablissements.slice().sort(byEtablissementName),
        candidates: written.createdCandidates.slice().sort(byNumeroThenId),
        marks,
      }
    : null;
  return { undo, rows };
}

/** What every phase of an import reads: the plan, and the session as stored when the transaction began. */
interface ApplyContext {
  db: DelibDatabase;
  sessionId: number;
  plan: ImportPlan;
  fileName: string;
  appliedAt: string;
  session: ExamSession & { id: number };
  regulation: Regulation;
  etablissements: Etablissement[];
  candidates: Map<number, Candidate>;
  /** The marks the plan writes for existing candidates, as stored (kept up to date by the conformity writes). */
  currentMarks: Map<string, MarkRecord>;
  /** Where each new candidate's and each updated candidate's établissement comes from. */
  newCandidateRefs: EtablissementRef[];
  updateRefs: EtablissementRef[];
  /** Every so often, a Dexie read to await: only a Dexie promise may be awaited inside the transaction. */
  breathe: () => Promise<unknown> | null;
  /** Throws CancelledError (aborting the transaction) once the user has cancelled. */
  stopIfCancelled: () => void;
}

async function readSession(db: DelibDatabase, sessionId: number, plan: ImportPlan, fileName: string, signal?: AbortSignal): Promise<ApplyContext> {
  const stopIfCancelled = () => {
    if (signal?.aborted) throw new CancelledError();
  };
  stopIfCancelled();
  const session = await requireSession(db, sessionId);
  const etablissements = await db.etablissements.where('sessionId').equals(sessionId).toArray();
  // In pages (listCandidates): 50,000 records in one request were decoded in one task of 0.2 s.
  const candidates = new Map((await listCandidates(db, sessionId)).map((c) => [c.id!, c]));
  const pause = pauses(db, sessionId);
  return {
    db,
    sessionId,
    plan,
    fileName,
    appliedAt: new Date().toISOString(),
    session,
    regulation: regulationOf(session),
    etablissements,
    candidates,
    currentMarks: new Map(),
    newCandidateRefs: [],
    updateRefs: [],
    breathe: () => pause(stopIfCancelled),
    stopIfCancelled,
  };
}

/** (a) Is the database still what the preview saw? Refuses the whole import, naming the first change, if not. */
async function ensureUnchangedSincePreview(context: ApplyContext): Promise<void> {
  const { db, sessionId, plan, etablissements, candidates, currentMarks } = context;
  const changed: string[] = [];

  const updated = new Map<number, ImportPlan['candidateUpdates'][number]>();
  for (const update of plan.candidateUpdates) {
    const id = update.before.id;
    if (id === undefined || update.after.id !== id || update.before.sessionId !== sessionId || update.after.sessionId !== sessionId) {
      throw new Error(`applyImportPlan: line ${update.line}: an update must keep the id and session of a candidate of the session`);
    }
    if (updated.has(id)) throw new Error(`applyImportPlan: line ${update.line}: candidate ${id} updated twice`);
    updated.set(id, update);
    const current = candidates.get(id);
    if (!current) changed.push(`la fiche de ${candidateName(update.before)} a été supprimée`);
    else if (!sameData(current, update.before)) changed.push(`la fiche de ${candidateName(update.before)} a été modifiée`);
  }

  const byNumero = new Map([...candidates.values()].map((c) => [c.numero, c]));
  for (const created of plan.newCandidates) {
    const numero = trimmed(created.data.numero);
    if (isNumeroPending(numero)) continue; // « numéro à venir »: several may wait
    const holder = byNumero.get(numero);
    // Taken now, and not by a candidate the preview knew with that numero (and whose update moves it).
    if (holder && updated.get(holder.id!)?.before.numero !== numero) {
      changed.push(`le numéro « ${numero} » a été attribué à ${candidateName(holder)}`);
    }
  }

  for (const etablissement of plan.newEtablissements) {
    const uai = trimmed(etablissement.uai).toUpperCase();
    const existing = uai === '' ? undefined : etablissements.find((e) => e.uai === uai);
    if (existing) changed.push(`l'établissement ${existing.name} (code UAI « ${uai} ») a été créé`);
  }

  const etablissementIds = new Set(etablissements.map((e) => e.id!));
  const etablissementRefOf = (line: number, target: EtablissementRef, who: Named): EtablissementRef => {
    if (target === null) return null;
    if ('newIndex' in target) {
      if (!(Number.isInteger(target.newIndex) && plan.newEtablissements[target.newIndex])) {
        throw new Error(`applyImportPlan: line ${line}: new établissement ${target.newIndex} out of range`);
      }
      return target;
    }
    if (!etablissementIds.has(target.id)) changed.push(`l'établissement choisi pour ${candidateName(who)} a été supprimé`);
    return target;
  };
  context.newCandidateRefs = plan.newCandidates.map((c) => etablissementRefOf(c.line, c.etablissement, c.data));
  context.updateRefs = plan.candidateUpdates.map((u) =>
    etablissementRefOf(
      u.line,
      u.newEtablissement !== undefined ? { newIndex: u.newEtablissement } : u.after.etablissementId === null ? null : { id: u.after.etablissementId },
      u.after,
    ),
  );

  const existingKeys: [number, string][] = [];
  for (const { line, candidate: target, unit, before } of plan.markWrites) {
    if ('id' in target) {
      existingKeys.push([target.id, unit]);
    } else if (!(Number.isInteger(target.newIndex) && plan.newCandidates[target.newIndex])) {
      throw new Error(`applyImportPlan: line ${line}: new candidate ${target.newIndex} out of range`);
    } else if (before !== null) {
      throw new Error(`applyImportPlan: line ${line}: a candidate to create has no mark yet`);
    }
  }
  // Each candidate's stored marks are decoded in the loop below, which pauses: 50,000 candidates' marks decoded at
  // once held the page for 0.3–0.6 s.
  const storedMarksOf = decodedWhenAsked(
    await partsOfCandidates(
      db,
      existingKeys.map(([candidateId]) => candidateId),
    ),
  );
  const seenMarks = new Set<string>();
  // A new candidate's units, by its index: a few each, cheaper than 400,000 keys in the set at 50,000 candidates.
  const seenNewUnits: string[][] = plan.newCandidates.map(() => []);
  const twice = (write: ImportPlan['markWrites'][number]) => new Error(`applyImportPlan: line ${write.line}: ${write.unit} written twice for one candidate`);
  for (const write of plan.markWrites) {
    const pause = context.breathe();
    if (pause) await pause;
    const target = write.candidate;
    if (!('id' in target)) {
      const units = seenNewUnits[target.newIndex]!;
      if (units.includes(write.unit)) throw twice(write);
      units.push(write.unit);
      continue;
    }
    const key = markKey(target.id, write.unit);
    if (seenMarks.has(key)) throw twice(write);
    seenMarks.add(key);
    const stored = storedMarksOf(target.id)[write.unit];
    if (stored) currentMarks.set(key, stored);
    const candidate = candidates.get(target.id);
    if (!candidate) {
      changed.push(`le candidat de la ligne ${write.line} a été supprimé`);
      continue;
    }
    const change = markChange(write.before, currentMarks.get(key));
    if (change) changed.push(`${markLabel(write.unit)} de ${candidateName(candidate)} a été ${change}`);
  }

  // R7: the conformity records the preview saw (when it saw them) must still be there as they were.
  const conformityTargets = new Set<string>();
  for (const write of plan.conformityWrites ?? []) {
    const target = write.candidate;
    const key = 'id' in target ? `id:${target.id}` : `new:${target.newIndex}`;
    if (conformityTargets.has(key)) throw new Error(`applyImportPlan: line ${write.line}: conformity written twice for one candidate`);
    conformityTargets.add(key);
    if (!('id' in target)) {
      if (!(Number.isInteger(target.newIndex) && plan.newCandidates[target.newIndex])) {
        throw new Error(`applyImportPlan: line ${write.line}: new candidate ${target.newIndex} out of range`);
      }
      continue;
    }
    const candidate = candidates.get(target.id);
    if (!candidate) {
      changed.push(`le candidat de la ligne ${write.line} a été supprimé`);
      continue;
    }
    if (write.before === undefined) continue;
    const current = (await db.conformity.get(target.id)) ?? null;
    if (!sameData(current, write.before)) changed.push(`la conformité du dossier de ${candidateName(candidate)} a été modifiée`);
  }

  if (changed.length > 0) {
    const more = changed.length > 1 ? `, et ${countOf(changed.length - 1, 'autre changement', 'autres changements')}` : '';
    throw new UserError(`Les données ont changé depuis l'aperçu (${changed[0]}${more}) : refaites l'aperçu avant d'importer.`);
  }
}

/** The writes as the db's rules make them: what (c) writes. */
interface CheckedWrites {
  newEtablissements: EtablissementFields[];
  newCandidates: CandidateFields[];
  updates: CandidateFields[];
  /** One per plan.markWrites entry; null: no record (cleared, or empty without flags). */
  markContents: (MarkContent | null)[];
}

/** (b) Every write, checked with the rules of the db (R2, R8…), whatever the plan says. */
async function checkWrites(context: ApplyContext): Promise<CheckedWrites> {
  const { plan, session, regulation, etablissements, candidates } = context;
  const newEtablissements: EtablissementFields[] = [];
  for (const row of plan.newEtablissements) {
    within(`Établissement « ${trimmed(row.name)} »`, () => {
      const etablissement = checkEtablissement(row);
      ensureUniqueUai(etablissement, [...etablissements, ...newEtablissements]);
      newEtablissements.push(etablissement);
    });
  }
  const placeholder = (ref: EtablissementRef) => (ref === null ? null : 'id' in ref ? ref.id : 0);
  const newCandidates: CandidateFields[] = [];
  for (const [index, row] of plan.newCandidates.entries()) {
    const pause = context.breathe();
    if (pause) await pause;
    const fields = { ...row.data, etablissementId: placeholder(context.newCandidateRefs[index]!) };
    newCandidates.push(
      withinLine(
        () => lineOf(row.line, row.data),
        () => checkCandidate(fields, regulation),
      ),
    );
  }
  const updates = plan.candidateUpdates.map((row, index) => {
    const { id: _id, sessionId: _sessionId, ...fields } = row.after;
    return within(lineOf(row.line, row.after), () => checkCandidate({ ...fields, etablissementId: placeholder(context.updateRefs[index]!) }, regulation));
  });
  ensureUniqueNumeros(plan, candidates, newCandidates, updates);
  const markContents: (MarkContent | null)[] = [];
  // The check of a mark depends on its unit, value and flags alone: a file of 50,000 candidates has a few hundred
  // distinct ones among its 400,000 marks. The contents are shared: what is written is always a copy.
  const checkedContents = new Map<string, MarkContent | null>();
  // The plan from the worker shares equal contents as one object: the same object on the same unit is found without
  // making its key (a string per mark).
  const checkedObjects = new Map<string, Map<object, MarkContent | null>>();
  for (const write of plan.markWrites) {
    const pause = context.breathe();
    if (pause) await pause;
    if (write.after === null) {
      markContents.push(null);
      continue;
    }
    let byObject = checkedObjects.get(write.unit);
    if (!byObject) checkedObjects.set(write.unit, (byObject = new Map()));
    const same = byObject.get(write.after);
    if (same !== undefined) {
      markContents.push(same);
      continue;
    }
    const key = contentKey(write.unit, write.after);
    const known = key === null ? undefined : checkedContents.get(key);
    if (known !== undefined) {
      byObject.set(write.after, known);
      markContents.push(known);
      continue;
    }
    const who = () => ('id' in write.candidate ? candidates.get(write.candidate.id)! : plan.newCandidates[write.candidate.newIndex]!.data);
    const content = withinLine(
      () => lineOf(write.line, who()),
      () => checkMarkRecord({ unit: write.unit, ...write.after! }, session),
    );
    // An empty mark without flags is "not entered": no record, as when typed in the grid.
    const checkedContent = isBlank(content) ? null : content;
    if (key !== null) checkedContents.set(key, checkedContent);
    byObject.set(write.after, checkedContent);
    markContents.push(checkedContent);
  }
  return { newEtablissements, newCandidates, updates, markContents };
}

/** What (c) wrote, for the undo record. */
interface Written {
  createdEtablissements: Etablissement[];
  createdCandidates: Candidate[];
  updatedCandidates: Candidate[];
  afterUpdates: Candidate[];
  marks: ImportUndo['marks'];
  conformity: NonNullable<ImportUndo['conformity']>;
  /** The created candidates kept as fingerprints, and how many marks they got. */
  created: CreatedWritten;
  createdMarks: number;
  /** The created candidates' marks as written, when asked for (keepRows) and every one was written here. */
  createdMarksByCandidate: Map<number, Record<string, MarkRecord>> | null;
}

/** (c) The writes, chunk by chunk, reporting progress between them. */
async function writeAll(context: ApplyContext, checked: CheckedWrites, onProgress: ImportProgress | undefined, keepRows: boolean): Promise<Written> {
  const { db, sessionId, plan, fileName, appliedAt, session, candidates, currentMarks } = context;
  const conformityWrites = plan.conformityWrites ?? [];
  const total = plan.newEtablissements.length + plan.newCandidates.length + plan.candidateUpdates.length + conformityWrites.length + plan.markWrites.length;
  let done = 0;
  const progress = (count: number) => {
    context.stopIfCancelled();
    done += count;
    onProgress?.(done, total);
  };

  const createdEtablissements: Etablissement[] = [];
  for (const chunk of chunks(
    checked.newEtablissements.map((e): Etablissement => ({ ...e, sessionId })),
    IMPORT_CHUNK_SIZE,
  )) {
    const ids = await db.etablissements.bulkAdd(chunk, { allKeys: true });
    createdEtablissements.push(...chunk.map((e, i) => ({ ...e, id: ids[i]! })));
    progress(chunk.length);
  }
  const realEtablissementId = (ref: EtablissementRef) => (ref === null ? null : 'id' in ref ? ref.id : createdEtablissements[ref.newIndex]!.id!);

  const toCreate = checked.newCandidates.map((c, index): Candidate => ({
    ...c,
    sessionId,
    etablissementId: realEtablissementId(context.newCandidateRefs[index]!),
  }));
  // By newIndex (the plan's order), each replaced by its record with its id once written.
  const createdCandidates = [...toCreate];
  const created: CreatedWritten = { ids: [], names: [], fiches: [], marks: [] };
  const createdMarks = createdMarksRecords(context, checked, keepRows, created);
  // Without conformity columns, nothing the marks' checks read changes before the marks are written: each created
  // candidate's marks record is made as soon as its id is known, while IndexedDB writes the next candidates (the page
  // waits for it about a third of that time).
  const marksGuardFirst = conformityWrites.length === 0 ? await markGuard(db, sessionId, { source: 'import', fileName }) : null;
  // Written in numero order, whatever the file's (a class list is often by name): ids then follow the numeros, and the
  // grid's first screen (the first candidates by numero) finds its marks in one or two blocks, not in a hundred.
  const creationOrder = numeroOrder(toCreate);
  await pipelined(
    chunks(creationOrder, IMPORT_CHUNK_SIZE),
    (chunk) =>
      db.candidates.bulkAdd(
        chunk.map((newIndex) => toStored(toCreate[newIndex]!)),
        { allKeys: true },
      ),
    (ids, chunk) => {
      for (const [i, newIndex] of chunk.entries()) createdCandidates[newIndex] = { ...toCreate[newIndex]!, id: ids[i]! };
      if (marksGuardFirst) for (const newIndex of chunk) createdMarks.make(marksGuardFirst, createdCandidates[newIndex]!, newIndex);
      progress(chunk.length);
    },
  );

  const updatedCandidates = plan.candidateUpdates.map((u) => candidates.get(u.before.id!)!);
  const afterUpdates = checked.updates.map((c, index): Candidate => ({
    ...c,
    id: plan.candidateUpdates[index]!.before.id!,
    sessionId,
    etablissementId: realEtablissementId(context.updateRefs[index]!),
  }));
  const updatedById = new Map(afterUpdates.map((c) => [c.id!, c]));
  await pipelined(
    chunks(afterUpdates, IMPORT_CHUNK_SIZE),
    (chunk) => db.candidates.bulkPut(chunk.map(toStored)),
    (_, chunk) => progress(chunk.length),
  );

  // R7: conformity before marks, so that a dossier made conforme gives its mark back before the file's mark
  // is written; the marks it changes (NV, restored, sous réserve) are undone with the import.
  const touched: ImportUndo['marks'] = [];
  const touchedByKey = new Map<string, ImportUndo['marks'][number]>();
  const conformityTouched: NonNullable<ImportUndo['conformity']> = [];
  const conformityCandidateIds = new Set<number>();
  if (conformityWrites.length > 0) {
    const conformityGuard = await markGuard(db, sessionId, {
      source: 'conformite',
      reason: `Import du fichier « ${fileName} » (conformité du dossier)`,
    });
    // Read, evaluated and written a thousand candidates at a time (writeConformities), not candidate after candidate.
    for (const chunk of chunks(conformityWrites, CANDIDATES_PER_WRITE)) {
      const ids = chunk.map(({ candidate: target }) => ('id' in target ? target.id : createdCandidates[target.newIndex]!.id!));
      const stored = await db.candidates.bulkGet(ids);
      const entries = chunk.map((write, i) => ({ candidate: { ...fromStored(stored[i]!), id: ids[i]! }, changes: write.changes }));
      const results = await writeConformities(db, {
        session,
        entries,
        guard: conformityGuard,
        at: appliedAt,
        placeOf: (i) => lineOf(chunk[i]!.line, entries[i]!.candidate),
      });
      for (const [i, result] of results.entries()) {
        const candidateId = ids[i]!;
        conformityCandidateIds.add(candidateId);
        for (const change of result.marks) {
          const key = markKey(candidateId, change.unit);
          const entry = { candidateId, unit: change.unit, before: change.previous, after: change.record };
          touched.push(entry);
          touchedByKey.set(key, entry);
          if (change.record) currentMarks.set(key, change.record);
          else currentMarks.delete(key);
        }
        if (result.before !== null || result.after !== null) conformityTouched.push({ candidateId, before: result.before, after: result.after });
      }
      progress(chunk.length);
    }
    await conformityGuard.flush();
  }

  const guard = marksGuardFirst ?? (await markGuard(db, sessionId, { source: 'import', fileName }));
  // Candidates the import creates (unless the conformity wrote marks of theirs already): their record is written
  // without being read, and the undo keeps a fingerprint of each instead of a copy of every mark (see CreatedWritten).
  if (!marksGuardFirst) {
    // In id order (creation order): wholeBlocks needs it.
    for (const newIndex of creationOrder) {
      const candidate = createdCandidates[newIndex]!;
      if (!conformityCandidateIds.has(candidate.id!)) createdMarks.make(guard, candidate, newIndex);
    }
  }
  await pipelined(
    wholeBlocks(createdMarks.records, CREATED_PER_CHUNK, (r) => r.candidateId),
    (chunk) => addNewCandidatesMarks(db, chunk),
    (_, chunk) => progress(chunk.reduce((sum, r) => sum + createdMarks.writesOf(r), 0)),
  );

  // The other candidates: their current record is read and rewritten with the file's marks, a few hundred marks at a time.
  const others = [
    ...createdMarks.existingWrites.values(),
    ...createdCandidates.flatMap((candidate, newIndex) => (conformityCandidateIds.has(candidate.id!) ? [createdMarks.writesByNewIndex[newIndex]!] : [])),
  ].map((group) => group.map((index) => ({ write: plan.markWrites[index]!, content: checked.markContents[index]! })));
  for (const chunk of candidateChunks(others)) {
    const puts: MarkRecord[] = [];
    const deletes: [number, string][] = [];
    for (const { write, content } of chunk) {
      const target = write.candidate;
      const candidateId = 'id' in target ? target.id : createdCandidates[target.newIndex]!.id!;
      const before = currentMarks.get(markKey(candidateId, write.unit)) ?? null;
      const who = 'id' in target ? (updatedById.get(target.id) ?? candidates.get(target.id)!) : createdCandidates[target.newIndex]!;
      guard.check({ ...who, id: candidateId }, write.unit, before, content);
      // A mark the conformity just changed: one undo entry, from before the import to the file's value.
      const earlier = touchedByKey.get(markKey(candidateId, write.unit));
      if (content === null) {
        if (before === null) continue; // nothing to delete
        deletes.push([candidateId, write.unit]);
        if (earlier) earlier.after = null;
        else touched.push({ candidateId, unit: write.unit, before, after: null });
      } else {
        const after: MarkRecord = { sessionId, candidateId, unit: write.unit, ...content, updatedAt: appliedAt };
        puts.push(after);
        if (earlier) earlier.after = after;
        else touched.push({ candidateId, unit: write.unit, before, after });
      }
    }
    await changeMarks(db, puts, deletes);
    progress(chunk.length);
  }
  await guard.flush();

  return {
    createdEtablissements,
    createdCandidates,
    updatedCandidates,
    afterUpdates,
    marks: touched,
    conformity: conformityTouched,
    created,
    createdMarks: createdMarks.count(),
    // Marks written by the conformity or for existing candidates are not in it: then it is not the session's.
    createdMarksByCandidate: others.length === 0 ? createdMarks.byCandidate : null,
  };
}

/**
 * The marks records of the candidates an import creates, made one candidate at a time (`make`, in id order), with
 * what the undo keeps of each (`created`): the plan's mark writes grouped by candidate, so that each record is written
 * once. `existingWrites`: the writes for candidates already stored, by id.
 */
function createdMarksRecords(context: ApplyContext, checked: CheckedWrites, keepRows: boolean, created: CreatedWritten) {
  const { plan, sessionId, appliedAt } = context;
  const writesByNewIndex: number[][] = plan.newCandidates.map(() => []);
  const existingWrites = new Map<number, number[]>();
  for (const [index, { candidate: target }] of plan.markWrites.entries()) {
    if ('newIndex' in target) {
      writesByNewIndex[target.newIndex]!.push(index);
      continue;
    }
    const group = existingWrites.get(target.id);
    if (group) group.push(index);
    else existingWrites.set(target.id, [index]);
  }
  const records: NewCandidateMarks[] = [];
  const writesOfRecord = new Map<NewCandidateMarks, number>();
  const byCandidate = keepRows ? new Map<number, Record<string, MarkRecord>>() : null;
  let count = 0;
  // The checked contents are shared (checkWrites): each one's texts are made once.
  const markTexts = new Map<MarkContent, string>();
  const storedFields = new Map<object, string>();
  return {
    writesByNewIndex,
    existingWrites,
    records,
    byCandidate,
    count: () => count,
    writesOf: (record: NewCandidateMarks) => writesOfRecord.get(record) ?? 0,
    make(guard: MarkGuard, candidate: Candidate, newIndex: number): void {
      const candidateId = candidate.id!;
      const contents: Record<string, MarkContent> = {};
      const writes = writesByNewIndex[newIndex]!;
      for (const index of writes) {
        const { unit } = plan.markWrites[index]!;
        const content = checked.markContents[index]!;
        guard.check(candidate as Candidate & { id: number }, unit, null, content);
        if (content !== null) contents[unit] = content;
      }
      const record = { sessionId, candidateId, text: encodeMarksWrittenAt(contents, appliedAt, storedFields) };
      records.push(record);
      writesOfRecord.set(record, writes.length);
      if (byCandidate) keepMarks(byCandidate, sessionId, candidateId, contents, appliedAt);
      const text = marksText(contents, markTexts);
      count += text.count;
      created.ids.push(candidateId);
      created.names.push(candidateName(candidate));
      created.fiches.push(fingerprint(candidate));
      created.marks.push(text.text);
    },
  };
}

/** A created candidate's marks as the marks feed reads them back (none: no entry). */
function keepMarks(
  into: Map<number, Record<string, MarkRecord>>,
  sessionId: number,
  candidateId: number,
  marks: Readonly<Record<string, MarkContent>>,
  updatedAt: string,
): void {
  const own: Record<string, MarkRecord> = {};
  let any = false;
  for (const unit in marks) {
    const { value, sousReserve, benefice } = marks[unit]!;
    own[unit] = { sessionId, candidateId, unit, value, sousReserve, benefice, updatedAt };
    any = true;
  }
  if (any) into.set(candidateId, own);
}

/** (d) The undo record: only the last import of a session is kept. */
async function keepUndo(context: ApplyContext, written: Written): Promise<ImportUndo> {
  const { db, sessionId, plan, fileName, appliedAt } = context;
  const compact = new Set(written.created.ids);
  const record: StoredImport = {
    sessionId,
    fileName,
    appliedAt,
    summary: {
      newCandidates: written.createdCandidates.length,
      updatedCandidates: written.updatedCandidates.length,
      marks: written.marks.length + written.createdMarks,
      ...(plan.conformityWrites ? { conformity: written.conformity.length } : {}),
    },
    createdEtablissementIds: written.createdEtablissements.map((e) => e.id!),
    createdCandidateIds: written.createdCandidates.map((c) => c.id!),
    updatedCandidates: written.updatedCandidates,
    marks: [],
    ...(written.conformity.length > 0 ? { conformity: written.conformity } : {}),
    written: {
      etablissements: written.createdEtablissements,
      candidates: [...written.createdCandidates.filter((c) => !compact.has(c.id!)), ...written.afterUpdates],
      ...(written.created.ids.length > 0 ? { created: written.created } : {}),
    },
    touched: joinTouchedMarks(await mapPausing(written.marks, encodeTouchedMark, context.breathe)),
  };
  record.candidates = candidatesOf({ ...record, marks: written.marks });
  await db.imports.where('sessionId').equals(sessionId).delete();
  const id = await db.imports.add(record);
  return toUndo({ ...record, id }, written.marks);
}

/**
 * A candidate's stored marks by unit, decoded from `parts` when first asked for: in a loop that pauses, not all at once
 * (50,000 candidates' marks decoded in one go held the page for 0.3–0.6 s).
 */
function decodedWhenAsked(parts: ReadonlyMap<number, BlockPart>): (candidateId: number) => Readonly<Record<string, MarkRecord>> {
  const decoded = new Map<number, Readonly<Record<string, MarkRecord>>>();
  return (candidateId) => {
    let marks = decoded.get(candidateId);
    if (marks === undefined) {
      const part = parts.get(candidateId);
      marks = part ? adoptMarksByUnit(part) : {};
      decoded.set(candidateId, marks);
    }
    return marks;
  };
}

/** `each` of these items, in a loop that pauses (`pause`: see ApplyContext.breathe) so that the page never freezes. */
async function mapPausing<T, R>(items: readonly T[], each: (item: T) => R, pause: () => Promise<unknown> | null): Promise<R[]> {
  const made: R[] = [];
  for (const item of items) {
    const waiting = pause();
    if (waiting) await waiting;
    made.push(each(item));
  }
  return made;
}

export { lastImport };

/**
 * Puts the session back exactly as it was before its last import, in one transaction, and returns
 * the undo record used. Refused, changing nothing, if anything the import wrote was changed since.
 */
export async function undoLastImport(db: DelibDatabase, sessionId: number): Promise<ImportUndo> {
  return db.transaction('rw', [db.sessions, db.etablissements, db.candidates, db.markBlocks, db.imports, ...guardTables(db)], async () => {
    const record = await db.imports.where('sessionId').equals(sessionId).last();
    if (!record) throw new UserError("Il n'y a pas d'import à annuler dans cette session.");
    const guard = await markGuard(db, sessionId, { source: 'annulation', reason: `Annulation de l'import du fichier « ${record.fileName} »` });
    const session = await requireSession(db, sessionId);
    const regulation = regulationOf(session);
    const written = new Map(record.written.candidates.map((c) => [c.id!, c]));
    const createdCandidateIds = new Set(record.createdCandidateIds);
    const createdEtablissementIds = new Set(record.createdEtablissementIds);
    const restored = new Map(record.updatedCandidates.map((c) => [c.id!, c]));

    const changed: string[] = [];

    const etablissementsNow = await db.etablissements.bulkGet(record.createdEtablissementIds);
    for (const [index, etablissement] of record.written.etablissements.entries()) {
      const now = etablissementsNow[index];
      if (!now) changed.push(`l'établissement ${etablissement.name} a été supprimé après l'import`);
      else if (!sameData(now, etablissement)) changed.push(`l'établissement ${etablissement.name} a été modifié après l'import`);
    }

    // Every candidate of the session, in a few reads (listCandidates): the written and created candidates are found in
    // it (a bulkGet of 50,000 ids is 50,000 requests, seconds of the page's time).
    const sessionCandidates = await listCandidates(db, sessionId);
    const byId = new Map(sessionCandidates.map((c) => [c.id!, c]));
    for (const [id, candidate] of written) {
      const now = byId.get(id);
      if (!now) changed.push(`la fiche de ${candidateName(candidate)} a été supprimée après l'import`);
      else if (!sameData(now, candidate)) changed.push(`la fiche de ${candidateName(candidate)} a été modifiée après l'import`);
    }

    // The candidates kept as fingerprints (see CreatedWritten): their record and marks as the import wrote them.
    const compact = record.written.created ?? { ids: [], names: [], fiches: [], marks: [] };
    const compactIds = new Set(compact.ids);
    const compactNames = new Map(compact.ids.map((id, index) => [id, compact.names[index]!]));
    const compactNow = compact.ids.map((id) => byId.get(id));
    // Their stored parts, each decoded in the loop below (450,000 marks at once held the page for 0.2 s).
    const compactParts = await partsOfCandidates(db, compact.ids);
    const compactMarksNow = new Map<number, MarkRecord[]>();
    const pause = pauses(db, sessionId);
    for (const [index, id] of compact.ids.entries()) {
      const waiting = pause();
      if (waiting) await waiting;
      const now = compactNow[index];
      const name = compact.names[index]!;
      if (!now) changed.push(`la fiche de ${name} a été supprimée après l'import`);
      else if (fingerprint(fromStored(now)) !== compact.fiches[index]) changed.push(`la fiche de ${name} a été modifiée après l'import`);
      const wrote = parseMarksText(compact.marks[index]!);
      const own = rowsOf(compactParts.get(id));
      compactMarksNow.set(id, own);
      const marksNow = new Map(own.map((m) => [m.unit, markText(m)]));
      const units = [...new Set([...wrote.keys(), ...marksNow.keys()])].sort();
      for (const unit of units) {
        const [before, after] = [wrote.get(unit), marksNow.get(unit)];
        const change = after === undefined ? 'effacée' : before === undefined ? 'saisie' : before !== after ? 'modifiée' : null;
        if (change) changed.push(`${markLabel(unit)} de ${name} a été ${change} après l'import`);
      }
    }

    const nameOf = (candidateId: number) => {
      const candidate = byId.get(candidateId) ?? written.get(candidateId) ?? restored.get(candidateId);
      return candidate ? candidateName(candidate) : (compactNames.get(candidateId) ?? `candidat n° ${candidateId}`);
    };

    // The marks the import touched (a text since `touched`, decoded here in a loop that pauses), and each of their
    // candidates' marks now, decoded as the loop reaches it.
    const marks =
      record.touched === undefined ? record.marks : await mapPausing(splitTouchedMarks(record.touched), (entry) => decodeTouchedMark(entry, sessionId), pause);
    const marksNowOf = decodedWhenAsked(
      await partsOfCandidates(
        db,
        marks.map((m) => m.candidateId),
      ),
    );
    for (const mark of marks) {
      const waiting = pause();
      if (waiting) await waiting;
      const change = markChange(mark.after, marksNowOf(mark.candidateId)[mark.unit]);
      if (change) changed.push(`${markLabel(mark.unit)} de ${nameOf(mark.candidateId)} a été ${change} après l'import`);
    }
    const touchedKeys = new Set(marks.map((m) => markKey(m.candidateId, m.unit)));
    for (const mark of await marksOfCandidates(
      db,
      record.createdCandidateIds.filter((id) => !compactIds.has(id)),
    )) {
      if (!touchedKeys.has(markKey(mark.candidateId, mark.unit))) {
        changed.push(`${markLabel(mark.unit)} de ${nameOf(mark.candidateId)} a été saisie après l'import`);
      }
    }

    // R7: conformity records as the import left them; none entered since for a candidate the undo removes.
    const conformityEntries = record.conformity ?? [];
    const conformityNow = await db.conformity.bulkGet(conformityEntries.map((c) => c.candidateId));
    for (const [index, entry] of conformityEntries.entries()) {
      if (!sameData(conformityNow[index] ?? null, entry.after)) {
        changed.push(`la conformité du dossier de ${nameOf(entry.candidateId)} a été modifiée après l'import`);
      }
    }
    const conformityKnown = new Set(conformityEntries.map((c) => c.candidateId));
    for (const other of await db.conformity.where('candidateId').anyOf(record.createdCandidateIds).toArray()) {
      if (!conformityKnown.has(other.candidateId)) changed.push(`la conformité du dossier de ${nameOf(other.candidateId)} a été saisie après l'import`);
    }

    // What the undo puts back must fit with what is there now.
    for (const candidate of sessionCandidates) {
      const id = candidate.id!;
      if (createdCandidateIds.has(id) || restored.has(id)) continue;
      if (candidate.etablissementId !== null && createdEtablissementIds.has(candidate.etablissementId)) {
        const etablissement = record.written.etablissements.find((e) => e.id === candidate.etablissementId)!;
        changed.push(`la fiche de ${candidateName(candidate)} a été rattachée après l'import à l'établissement ${etablissement.name}, créé par l'import`);
      }
    }
    const etablissementIds = new Set((await db.etablissements.where('sessionId').equals(sessionId).primaryKeys()) as number[]);
    const byNumero = new Map(sessionCandidates.filter((c) => !createdCandidateIds.has(c.id!) && !restored.has(c.id!)).map((c) => [c.numero, c]));
    for (const candidate of record.updatedCandidates) {
      const name = candidateName(candidate);
      if (candidate.etablissementId !== null && !etablissementIds.has(candidate.etablissementId)) {
        changed.push(`l'établissement de ${name} avant l'import a été supprimé depuis`);
      }
      // « numéro à venir » (empty) is nobody's: several candidates may wait for their number.
      const other = isNumeroPending(candidate.numero) ? undefined : byNumero.get(candidate.numero);
      if (other) changed.push(`le numéro « ${candidate.numero} » de ${name} a été attribué depuis à ${candidateName(other)}`);
      byNumero.set(candidate.numero, candidate);
    }

    if (changed.length > 0) {
      const cannot = `Impossible d'annuler l'import de « ${record.fileName} »`;
      if (changed.length === 1) throw new UserError(`${cannot} : ${changed[0]}.`);
      throw new UserError(`${cannot} : ${changed.length} données ont changé depuis (par exemple, ${changed[0]}).`);
    }

    // The previous state must still be allowed by the session (its year may have changed since).
    const cannot = "Impossible d'annuler l'import";
    for (const candidate of record.updatedCandidates) within(cannot, () => checkCandidate(candidate, regulation));
    for (const mark of marks) {
      const waiting = pause();
      if (waiting) await waiting;
      if (mark.before) within(cannot, () => checkMarkRecord(mark.before!, session));
    }
    // Restoring marks is a mark change like any other: refused once closed, logged during the deliberation.
    for (const mark of marks) {
      const waiting = pause();
      if (waiting) await waiting;
      const who = restored.get(mark.candidateId) ?? written.get(mark.candidateId) ?? byId.get(mark.candidateId);
      if (who) guard.check({ ...who, id: mark.candidateId }, mark.unit, mark.after, mark.before);
    }
    for (const [index, id] of compact.ids.entries()) {
      const waiting = pause();
      if (waiting) await waiting;
      const who = { ...fromStored(compactNow[index]!), id };
      for (const mark of compactMarksNow.get(id) ?? []) guard.check(who, mark.unit, mark, null);
    }
    await guard.flush();

    await deleteCandidatesMarks(db, compact.ids);
    // A few hundred marks at a time, as the import wrote them: 50,000 candidates' records rewritten at once held the
    // page for 0.8 s.
    const touchedByCandidate = new Map<number, TouchedMark[]>();
    for (const mark of marks) {
      const group = touchedByCandidate.get(mark.candidateId);
      if (group) group.push(mark);
      else touchedByCandidate.set(mark.candidateId, [mark]);
    }
    for (const chunk of candidateChunks([...touchedByCandidate.values()])) {
      await changeMarks(
        db,
        chunk.flatMap((m) => (m.before ? [m.before] : [])),
        chunk.filter((m) => m.before === null).map((m): [number, string] => [m.candidateId, m.unit]),
      );
    }
    await db.conformity.bulkDelete(conformityEntries.filter((c) => c.before === null).map((c) => c.candidateId));
    await db.conformity.bulkPut(conformityEntries.flatMap((c) => (c.before ? [c.before] : [])));
    await deleteCandidateRecords(db, record.createdCandidateIds);
    await db.candidates.bulkPut(record.updatedCandidates.map(toStored));
    await db.etablissements.bulkDelete(record.createdEtablissementIds);
    await db.imports.delete(record.id!);
    return toUndo(record, marks);
  });
}

/**
 * The long loops of checks pause once they have run `everyMs`: a read of the session, awaited, keeps the
 * transaction alive while its result arrives in a task of its own, so the page can paint and take a click between
 * two runs of checks instead of freezing for seconds at 50,000 candidates. Each pause is a round trip of a few
 * milliseconds: one every 5,000 steps was 170 pauses and most of a second of an import of 50,000 candidates.
 * (Tests set everyMs to 0 to pause as often as the clock is read.)
 */
export const checkPauses = { everyMs: 40 };
/** Steps between two readings of the clock. */
const CHECKS_PER_CLOCK = 500;

/**
 * A step of a long loop inside a transaction: null, or once the loop has run checkPauses.everyMs, a Dexie read to
 * await (only a Dexie promise may be awaited there). `beforePause`: called before each pause (a cancel throws).
 */
function pauses(db: DelibDatabase, sessionId: number): (beforePause?: () => void) => Promise<unknown> | null {
  let steps = 0;
  let running = performance.now();
  return (beforePause) => {
    if (++steps % CHECKS_PER_CLOCK !== 0 || performance.now() - running < checkPauses.everyMs) return null;
    beforePause?.();
    return db.sessions.get(sessionId).then((session) => {
      running = performance.now();
      return session;
    });
  };
}

/**
 * Created candidates whose marks are written per chunk: eight blocks of 128 (8 records), about 8,000 marks, a task of
 * a few tens of milliseconds to check and encode.
 */
export const CREATED_PER_CHUNK = 1024;

/**
 * Groups of writes (one group per candidate) in chunks of about IMPORT_CHUNK_SIZE writes, never splitting a group:
 * each candidate's record is read and written once.
 */
function* candidateChunks<T>(groups: readonly (readonly T[])[]): Generator<T[]> {
  let chunk: T[] = [];
  for (const group of groups) {
    if (chunk.length > 0 && chunk.length + group.length > IMPORT_CHUNK_SIZE) {
      yield chunk;
      chunk = [];
    }
    chunk.push(...group);
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * A candidate's marks as CreatedWritten keeps them: `unit\tmark` lines by unit code (updatedAt left out), and how many.
 * `texts`: each content's text, made once per content (an import's contents are shared objects).
 */
function marksText(marks: Readonly<Record<string, MarkContent>>, texts: Map<MarkContent, string>): { text: string; count: number } {
  const units = Object.keys(marks).sort();
  let text = '';
  for (const [i, unit] of units.entries()) {
    const content = marks[unit]!;
    let own = texts.get(content);
    if (own === undefined) {
      own = markText(content);
      texts.set(content, own);
    }
    text += `${i > 0 ? '\n' : ''}${unit}\t${own}`;
  }
  return { text, count: units.length };
}

/** Unit → mark text, from marksText. */
function parseMarksText(text: string): Map<string, string> {
  return new Map(text === '' ? [] : text.split('\n').map((line) => line.split('\t') as [string, string]));
}

/** `within`, building the place only when the check fails (500,000 marks: as many strings saved). */
function withinLine<T>(place: () => string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return within(place(), () => {
      throw error;
    });
  }
}

/** Refuses a plan after which two candidates of the session would share a numero. */
function ensureUniqueNumeros(
  plan: ImportPlan,
  current: ReadonlyMap<number, Candidate>,
  created: readonly CandidateFields[],
  updates: readonly CandidateFields[],
): void {
  const updated = new Map(plan.candidateUpdates.map((update, index) => [update.before.id!, index]));
  // The first holder of each numero: its row of the file (undefined: a stored candidate the import does not change).
  const byNumero = new Map<string, { line: number | undefined; candidate: Named }>();
  const hold = (numero: string, candidate: Named, line: number | undefined) => {
    if (isNumeroPending(numero)) return; // « numéro à venir »: several may wait
    const first = byNumero.get(numero);
    if (!first) {
      byNumero.set(numero, { line, candidate });
      return;
    }
    if (line === undefined && first.line === undefined) return; // already so before the import
    // Name the row of the file, and the other candidate in the message.
    const [where, other] = line !== undefined ? [line, first.candidate] : [first.line!, candidate];
    throw new UserError(`Ligne ${where} : ${lowerFirst(numeroTakenMessage(numero, other))}`);
  };
  for (const [id, stored] of current) {
    const index = updated.get(id);
    if (index === undefined) hold(stored.numero, stored, undefined);
    else hold(updates[index]!.numero, updates[index]!, plan.candidateUpdates[index]!.line);
  }
  for (const [id, index] of updated) if (!current.has(id)) hold(updates[index]!.numero, updates[index]!, plan.candidateUpdates[index]!.line);
  for (const [index, fields] of created.entries()) hold(fields.numero, fields, plan.newCandidates[index]!.line);
}

/**
 * What checkMarkRecord's result depends on (unit, kind, hundredths, flags), or null for a content of another shape
 * (checked alone: its message must name its line).
 */
function contentKey(unit: string, after: ImportPlan['markWrites'][number]['after']): string | null {
  const value = after?.value as { kind?: unknown; hundredths?: unknown } | undefined;
  if (typeof value !== 'object' || value === null || typeof value.kind !== 'string') return null;
  if (value.kind === 'number' ? typeof value.hundredths !== 'number' : value.hundredths !== undefined) return null;
  const { sousReserve, benefice } = after!;
  if (typeof sousReserve !== 'boolean') return null;
  if (benefice !== null && (typeof benefice !== 'object' || typeof benefice.year !== 'number')) return null;
  return `${unit}\u0000${value.kind}\u0000${String(value.hundredths)}\u0000${sousReserve}\u0000${benefice === null ? '' : benefice.year}`;
}

/** `modifiée`, `saisie`, `effacée`, or null when the stored mark has the expected content. */
function markChange(expected: MarkContent | null, stored: MarkContent | null | undefined): string | null {
  if (!stored) return expected ? 'effacée' : null;
  if (!expected) return 'saisie';
  return sameMarkContent(expected, stored) ? null : 'modifiée';
}

function sameMarkContent(a: MarkContent, b: MarkContent): boolean {
  return sameData(a.value, b.value) && a.sousReserve === b.sousReserve && (a.benefice?.year ?? null) === (b.benefice?.year ?? null);
}

function isBlank(content: MarkContent): boolean {
  return content.value.kind === 'empty' && !content.sousReserve && content.benefice === null;
}

/** `E4`, or `la note de contrôle E2`. */
function markLabel(unit: string): string {
  return unit.startsWith(CONTROLE_PREFIX) ? `la note de contrôle ${unit.slice(CONTROLE_PREFIX.length)}` : unit;
}

function markKey(candidateId: number, unit: string): string {
  return `${candidateId}\u0000${unit}`;
}

function lineOf(line: number, who: Partial<Named> & { numero?: unknown }): string {
  const numero = typeof who.numero === 'string' ? ` (« ${who.numero.trim()} »)` : '';
  return `Ligne ${line}${numero}`;
}

function lowerFirst(message: string): string {
  return message[0]!.toLowerCase() + message.slice(1);
}

function trimmed(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Writes chunk after chunk, each started before the previous one has finished (IndexedDB runs a transaction's
 * requests in order): the database always has the next chunk to write while the page checks and serialises the
 * following one, and the page still gets a task of its own between chunks (to paint, or to take « Annuler »).
 * `written` is called for each chunk, in order, once it is written; if it or a write throws, the writes still in
 * flight fail with the aborted transaction.
 */
async function pipelined<T, R>(chunks: Iterable<T[]>, write: (chunk: T[]) => PromiseLike<R>, written: (result: R, chunk: T[]) => void): Promise<void> {
  const inFlight: { result: PromiseLike<R>; chunk: T[] }[] = [];
  const next = async () => {
    const { result, chunk } = inFlight[0]!;
    written(await result, chunk);
    inFlight.shift();
  };
  for (const chunk of chunks) {
    const result = write(chunk);
    // Handled here so that a write failing while an earlier one is awaited is not reported as unhandled.
    result.then(undefined, () => undefined);
    inFlight.push({ result, chunk });
    if (inFlight.length > 1) await next();
  }
  while (inFlight.length > 0) await next();
}

/**
 * Chunks of about `size` items (in id order) that never share a marks block: the chunk goes on to the end of the block
 * of its last item (addNewCandidatesMarks).
 */
function* wholeBlocks<T>(items: readonly T[], size: number, idOf: (item: T) => number): Generator<T[]> {
  let start = 0;
  while (start < items.length) {
    let end = Math.min(start + size, items.length);
    const block = blockOf(idOf(items[end - 1]!));
    while (end < items.length && blockOf(idOf(items[end]!)) === block) end++;
    yield items.slice(start, end);
    start = end;
  }
}

/**
 * The indexes of `candidates` in the order of the session's numero index (IndexedDB compares strings by code unit, as
 * `<` does), equal numeros (« numéro à venir ») in their own order.
 */
function numeroOrder(candidates: readonly Candidate[]): number[] {
  return candidates
    .map((_, index) => index)
    .sort((a, b) => {
      const x = candidates[a]!.numero;
      const y = candidates[b]!.numero;
      return x < y ? -1 : x > y ? 1 : a - b;
    });
}

/** The undo record as the app sees it, with the marks it touched (decoded, or kept as objects by earlier records). */
function toUndo(record: StoredImport, marks: ImportUndo['marks']): ImportUndo {
  const { written: _written, touched: _touched, candidates: _candidates, ...undo } = record;
  return { ...undo, marks };
}
