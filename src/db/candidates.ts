/** Candidates of a session. */
import type { ConformityRecord } from '../domain/conformity.ts';
import { Dexie } from 'dexie';
import { checkFormOverrides, checkOptionalUnits, isStatut, numeroHolderMessage } from '../domain/checks.ts';
import { formatMark, type Parsed } from '../domain/marks.ts';
import { isNumeroPending } from '../domain/numero.ts';
import type { Regulation } from '../domain/regulation.ts';
import type { LivretRecord } from '../domain/livret.ts';
import type { Candidate, EvaluationRecord, ExamSession, JuryNote, MarkRecord } from '../domain/session.ts';
import type { DelibDatabase, StoredCandidate } from './database.ts';
import { UserError } from './errors.ts';
import { checkMarkRecord, deleteCandidatesMarks, marksByCandidate, marksOfCandidates, marksTable, putMarks } from './marks.ts';
import { isoDateOrNull, regulationOf, requireCandidates, requireSession, text, within } from './validate.ts';

export type CandidateInput = Omit<Candidate, 'id'>;
export type CandidateFields = Omit<Candidate, 'id' | 'sessionId'>;
export type CandidateChanges = Partial<CandidateFields>;

/** Exactly what `deleteCandidates` removed, for `restoreCandidates`. */
export interface CandidatesUndo {
  candidates: Candidate[];
  marks: MarkRecord[];
  /** What else belongs to them (R7 dossier, jury notes): deleted and restored with them. */
  conformity: ConformityRecord[];
  juryNotes: JuryNote[];
  /** Absent in an undo made before schema v5. */
  evaluations?: EvaluationRecord[];
  livrets?: LivretRecord[];
}

/** `Dupont Léa`: how a candidate is named in messages. */
export function candidateName(c: { nom: string; prenom: string }): string {
  return `${c.nom} ${c.prenom}`.trim();
}

/**
 * Checks and normalizes the fields of one candidate against the session's regulation.
 * Not checked here (they need the database): numero uniqueness, the établissement's session.
 */
export function checkCandidate(data: CandidateFields, regulation: Regulation): CandidateFields {
  if (!isStatut(data.statut)) throw new UserError(`Statut inconnu : « ${String(data.statut)} ».`);
  const etablissementId = data.etablissementId ?? null;
  if (etablissementId !== null && !Number.isInteger(etablissementId)) {
    throw new UserError("L'établissement du candidat n'est pas valide.");
  }
  return {
    // Empty: « numéro à venir » (domain/numero.ts), given later by hand or by an import.
    numero: text(data.numero, 'Le numéro du candidat', false),
    nom: text(data.nom, 'Le nom du candidat', true, 'name'),
    prenom: text(data.prenom, 'Le prénom', false, 'name'),
    dateNaissance: isoDateOrNull(data.dateNaissance, 'La date de naissance doit être une date valide (AAAA-MM-JJ).'),
    etablissementId,
    statut: data.statut,
    langueVivante: text(data.langueVivante, 'La langue vivante', false),
    optionalUnits: orThrow(checkOptionalUnits(data.optionalUnits ?? [], regulation)),
    formOverrides: orThrow(checkFormOverrides(data.formOverrides ?? {}, regulation)),
  };
}

function orThrow<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new UserError(parsed.error);
  return parsed.value;
}

/** The refusal for a numero already used in the session (the domain's words, shared with the forms). */
export const numeroTakenMessage = numeroHolderMessage;

export function toStored(candidate: Candidate): StoredCandidate {
  return candidate;
}

export function fromStored(stored: StoredCandidate): Candidate {
  return stored;
}

/**
 * Deletes the records of these candidates (their marks and other records are the caller's), in the caller's
 * transaction. Runs of consecutive ids (an import's candidates follow each other) go as one IndexedDB range each:
 * 50,000 deletions by key held the page for 0.4 s, and Dexie kept every key for the live queries, whose copy of them
 * at the commit held it 0.6 s more. A range must hold exactly its run (any other key in it aborts the transaction).
 */
export async function deleteCandidateRecords(db: DelibDatabase, ids: readonly number[]): Promise<void> {
  const sorted = [...ids].sort((a, b) => a - b);
  const alone: number[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
    if (end - start + 1 < MIN_RUN) alone.push(...sorted.slice(start, end + 1));
    else {
      const deleted = await db.candidates.where(':id').between(sorted[start]!, sorted[end]!, true, true).delete();
      if (deleted !== end - start + 1) throw new Error(`deleteCandidateRecords: ${deleted} records between ids ${sorted[start]} and ${sorted[end]}`);
    }
    start = end + 1;
  }
  if (alone.length > 0) await db.candidates.bulkDelete(alone);
}

/** Shorter runs are deleted by key (a range costs two requests: Dexie counts before it deletes). */
const MIN_RUN = 8;

/**
 * The candidates of a session, by numero (the `[sessionId+numero]` index: since v11 the only one that finds a
 * session's candidates).
 */
export function candidatesOfSession(db: DelibDatabase, sessionId: number) {
  return db.candidates.where('[sessionId+numero]').between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey]);
}

/** The candidate holding `numero` in the session; none for « numéro à venir » (several may wait for theirs). */
async function candidateWithNumero(db: DelibDatabase, sessionId: number, numero: string) {
  if (isNumeroPending(numero)) return undefined;
  return db.candidates.where('[sessionId+numero]').equals([sessionId, numero]).first();
}

async function ensureEtablissementInSession(db: DelibDatabase, etablissementId: number | null, sessionId: number) {
  if (etablissementId === null) return;
  checkEtablissementOfSession(await db.etablissements.get(etablissementId), sessionId);
}

/** Refuses an établissement (read for the candidate's etablissementId) that is gone or of another session. */
function checkEtablissementOfSession(etablissement: { sessionId: number } | undefined, sessionId: number): void {
  if (!etablissement) throw new UserError("L'établissement choisi n'existe pas (ou plus).");
  if (etablissement.sessionId !== sessionId) throw new UserError("L'établissement choisi n'appartient pas à cette session.");
}

export async function addCandidate(db: DelibDatabase, data: CandidateInput): Promise<number> {
  return db.transaction('rw', [db.sessions, db.etablissements, db.candidates], async () => {
    const session = await requireSession(db, data.sessionId);
    const fields = checkCandidate(data, regulationOf(session));
    await ensureEtablissementInSession(db, fields.etablissementId, session.id);
    const other = await candidateWithNumero(db, session.id, fields.numero);
    if (other) throw new UserError(numeroTakenMessage(fields.numero, other));
    return db.candidates.add(toStored({ ...fields, sessionId: session.id }));
  });
}

export async function updateCandidate(db: DelibDatabase, id: number, changes: CandidateChanges): Promise<void> {
  await updateCandidates(db, [{ id, changes }]);
}

/** One candidate's changes, for `updateCandidates`. */
export interface CandidateUpdate {
  id: number;
  changes: CandidateChanges;
}

/**
 * Several candidates' changes in one transaction (a block of cells pasted, emptied or put back: one action), each
 * checked as updateCandidate checks one; refused whole (nothing written) when one is refused. With several, the
 * message of a refusal starts with the name of the candidate refused (`Dupont Léa : le numéro…`). Numeros are unique
 * in the state after the whole write: two of them swapped in one call are accepted. All of one session.
 */
export async function updateCandidates(db: DelibDatabase, updates: readonly CandidateUpdate[]): Promise<void> {
  if (updates.length === 0) return;
  const ids = updates.map((u) => u.id);
  if (new Set(ids).size !== ids.length) throw new Error('updateCandidates: a candidate given twice');
  await db.transaction('rw', [db.sessions, db.etablissements, db.candidates, db.deliberations, marksTable(db)], async () => {
    const currents = await requireCandidates(db, ids);
    const sessionId = currents[0]!.sessionId;
    if (currents.some((c) => c.sessionId !== sessionId)) throw new Error('updateCandidates: candidates of several sessions');
    const session = await requireSession(db, sessionId);
    const regulation = regulationOf(session);
    // One entry: today's message as is; several: the candidate refused named first.
    const at = <T>(current: StoredCandidate, check: () => T): T => (updates.length === 1 ? check() : within(() => candidateName(current), check));
    const rows = updates.map(({ changes }, i) => {
      const current = currents[i]!;
      return { current, fields: at(current, () => checkCandidate({ ...fromStored(current), ...changes }, regulation)) };
    });

    // The jury decides on numbered candidates: a number is not taken back once the deliberation is open.
    const takenBack = rows.find(({ current, fields }) => isNumeroPending(fields.numero) && !isNumeroPending(current.numero));
    if (takenBack) await refuseDuringDeliberation(db, [takenBack.current], `retirer le numéro de ${candidateName(takenBack.current)}`);

    // Optional units follow registration (issue 16): a unit that holds a mark stays registered.
    const dropping = rows
      .map(({ current, fields }) => ({ current, dropped: current.optionalUnits.filter((u) => !fields.optionalUnits.includes(u)) }))
      .filter((r) => r.dropped.length > 0);
    if (dropping.length > 0) {
      const dropperIds = dropping.map((r) => r.current.id);
      const marks = marksByCandidate(await marksOfCandidates(db, dropperIds));
      for (const { current, dropped } of dropping) {
        for (const unit of dropped) {
          const mark = marks.get(current.id)?.[unit];
          if (mark && mark.value.kind !== 'empty') {
            throw new UserError(
              `${candidateName(current)} a une note en ${unit} (${formatMark(mark.value)}) : effacez-la avant de retirer cette épreuve facultative.`,
            );
          }
        }
      }
    }

    const etablissementIds = [...new Set(rows.flatMap(({ fields }) => (fields.etablissementId === null ? [] : [fields.etablissementId])))];
    const found = await db.etablissements.bulkGet(etablissementIds);
    const etablissements = new Map(etablissementIds.map((id, i) => [id, found[i]]));
    for (const { current, fields } of rows) {
      const { etablissementId } = fields;
      if (etablissementId !== null) at(current, () => checkEtablissementOfSession(etablissements.get(etablissementId), session.id));
    }

    // Numeros unique in the state after the write: held by a candidate outside it, or given twice in it. A candidate
    // keeping its numero is its only holder (unique in the session): only the numeros that change are looked up, and
    // the one refused is the candidate taking a numero, not the one keeping it.
    const keeping = rows.filter(({ current, fields }) => fields.numero === current.numero && !isNumeroPending(fields.numero));
    const taking = rows.filter(({ current, fields }) => fields.numero !== current.numero && !isNumeroPending(fields.numero));
    const inWrite = new Map(keeping.map(({ current }) => [current.numero, current]));
    const outside = await holdersOf(
      db,
      session.id,
      taking.map((r) => r.fields.numero),
      new Set(ids),
    );
    for (const { current, fields } of taking) {
      at(current, () => {
        const other = outside.get(fields.numero) ?? inWrite.get(fields.numero);
        if (other) throw new UserError(numeroTakenMessage(fields.numero, other));
      });
      inWrite.set(fields.numero, current);
    }

    await db.candidates.bulkPut(rows.map(({ current, fields }) => toStored({ ...fields, id: current.id, sessionId: session.id })));
  });
}

/** Up to this many numeros are looked up one by one (an index read each); more, by one read of the session. */
const FEW_NUMEROS = 16;

/** The candidates of the session holding these numeros (pending ones aside), by numero, but those of `except`. */
async function holdersOf(db: DelibDatabase, sessionId: number, numeros: readonly string[], except: ReadonlySet<number>): Promise<Map<string, StoredCandidate>> {
  const wanted = new Set(numeros.filter((n) => !isNumeroPending(n)));
  const found: StoredCandidate[] = [];
  if (wanted.size <= FEW_NUMEROS) {
    for (const numero of wanted) {
      const holder = await candidateWithNumero(db, sessionId, numero);
      if (holder) found.push(holder);
    }
  } else {
    found.push(...(await candidatesOfSession(db, sessionId).toArray()).filter((c) => wanted.has(c.numero)));
  }
  return new Map(found.filter((c) => !except.has(c.id!)).map((c) => [c.numero, c]));
}

/** The candidates of a session, by numero. */
export async function listCandidates(db: DelibDatabase, sessionId: number, pageSize = READ_PAGE): Promise<Candidate[]> {
  return db.transaction('r', db.candidates, async () => {
    const bySession = () => candidatesOfSession(db, sessionId);
    const count = await bySession().count();
    if (count <= pageSize) return (await bySession().toArray()).map(fromStored);
    // 50,000 records in one getAll are decoded in one task of the page (most of a second): read as ranges of the
    // primary key of about `pageSize` records each, all requested at once (the fastest read IndexedDB has: no index,
    // one range after the other), then put in numero order here (~50 ms at 50,000).
    const { first, last } = idSpan((await bySession().primaryKeys()) as number[]);
    if (first === null || last === null) return [];
    // Ids far apart (other sessions' candidates between them, or many created and deleted): the ranges would be
    // mostly empty requests, thousands of them at worst; one read of the session by numero instead.
    if (last - first + 1 > SPARSE_IDS * count) return (await bySession().toArray()).map(fromStored);
    const ranges: [number, number][] = [];
    for (let low = first; low <= last; low += pageSize) ranges.push([low, low + pageSize]);
    const pages = await Promise.all(ranges.map(([low, high]) => db.candidates.where(':id').between(low, high, true, false).toArray()));
    // Candidates of other sessions may have ids in the range (sessions filled at the same time).
    const own = pages.flat().filter((c) => c.sessionId === sessionId);
    return own.sort(byNumeroThenId).map(fromStored);
  });
}

/** The lowest and the highest of these ids (null: none). */
function idSpan(ids: readonly number[]): { first: number | null; last: number | null } {
  let first: number | null = null;
  let last: number | null = null;
  for (const id of ids) {
    if (first === null || id < first) first = id;
    if (last === null || id > last) last = id;
  }
  return { first, last };
}

/** The order of the `[sessionId+numero]` index within a session: numero (IndexedDB compares code units), then id. */
export function byNumeroThenId(a: StoredCandidate, b: StoredCandidate): number {
  return a.numero < b.numero ? -1 : a.numero > b.numero ? 1 : a.id! - b.id!;
}

/** Records per read of a whole session's candidates (see listCandidates). */
const READ_PAGE = 1500;
/**
 * Above this many ids per candidate of a session, its candidates (listCandidates) and marks (the marks feed) are read
 * in one request rather than by ranges of ids.
 */
export const SPARSE_IDS = 4;

/** One page of a session's candidates in the grid's order, with their marks (see `candidatesPage`). */
export interface CandidatesPage {
  candidates: Candidate[];
  /** Every mark of these candidates (and only theirs). */
  marks: MarkRecord[];
  /** The numero to read the next page after; null when this page is the last. */
  next: string | null;
}

/**
 * Up to `limit` candidates of a session by numero, after the numero `after` (from the first when null), with every
 * one of their marks, read in one transaction: the first screen shows these rows with their real results before
 * the rest of a large session is read (a candidate's result is never computed from marks not read yet).
 */
export async function candidatesPage(db: DelibDatabase, sessionId: number, limit: number, after: string | null = null): Promise<CandidatesPage> {
  return db.transaction('r', [db.candidates, marksTable(db)], async () => {
    const stored = await db.candidates
      .where('[sessionId+numero]')
      .between([sessionId, after ?? Dexie.minKey], [sessionId, Dexie.maxKey], after === null, true)
      .limit(limit)
      .toArray();
    const marks = await marksOfCandidates(
      db,
      stored.map((c) => c.id!),
    );
    return { candidates: stored.map(fromStored), marks, next: stored.length === limit ? stored[stored.length - 1]!.numero : null };
  });
}

/** Deletes candidates and their marks; returns exactly what was removed (unknown ids are ignored). */
export async function deleteCandidates(db: DelibDatabase, ids: readonly number[]): Promise<CandidatesUndo> {
  return db.transaction('rw', [db.candidates, db.markBlocks, db.conformity, db.juryNotes, db.deliberations, db.evaluations, db.livrets], async () => {
    const found = (await db.candidates.bulkGet([...new Set(ids)])).filter((c) => c !== undefined);
    const foundIds = found.map((c) => c.id!);
    await refuseDuringDeliberation(db, found, 'supprimer un candidat');
    const marks = await marksOfCandidates(db, foundIds);
    const conformity = (await db.conformity.bulkGet(foundIds)).filter((c) => c !== undefined);
    const juryNotes = (await db.juryNotes.bulkGet(foundIds)).filter((n) => n !== undefined);
    const evaluations = await db.evaluations.where('candidateId').anyOf(foundIds).toArray();
    const livrets = (await db.livrets.bulkGet(foundIds)).filter((l) => l !== undefined);
    await deleteCandidatesMarks(db, foundIds);
    await db.conformity.bulkDelete(foundIds);
    await db.juryNotes.bulkDelete(foundIds);
    await db.evaluations.where('candidateId').anyOf(foundIds).delete();
    await db.livrets.bulkDelete(foundIds);
    await db.candidates.bulkDelete(foundIds);
    return { candidates: found.map(fromStored), marks, conformity, juryNotes, evaluations, livrets };
  });
}

/** Puts deleted candidates and their marks back, with the same ids; refused if that now conflicts. */
export async function restoreCandidates(db: DelibDatabase, undo: CandidatesUndo): Promise<void> {
  await db.transaction(
    'rw',
    [db.sessions, db.etablissements, db.candidates, db.markBlocks, db.conformity, db.juryNotes, db.deliberations, db.evaluations, db.livrets],
    async () => {
      const cannot = "Impossible d'annuler la suppression";
      await refuseDuringDeliberation(db, undo.candidates, 'rétablir un candidat');
      const sessions = new Map<number, ExamSession>();
      for (const candidate of undo.candidates) {
        if (candidate.id === undefined) throw new Error('restoreCandidates: a candidate without id');
        const name = candidateName(candidate);
        if (await db.candidates.get(candidate.id)) throw new UserError(`${cannot} : ${name} est déjà là.`);
        const session = sessions.get(candidate.sessionId) ?? (await db.sessions.get(candidate.sessionId));
        if (!session) throw new UserError(`${cannot} : la session a été supprimée entre-temps.`);
        sessions.set(candidate.sessionId, session);
        within(cannot, () => checkCandidate(candidate, regulationOf(session)));
        const etablissementId = candidate.etablissementId;
        if (etablissementId !== null && (await db.etablissements.get(etablissementId))?.sessionId !== candidate.sessionId) {
          throw new UserError(`${cannot} : l'établissement de ${name} a été supprimé entre-temps.`);
        }
        const other = await candidateWithNumero(db, candidate.sessionId, candidate.numero);
        if (other) {
          throw new UserError(`${cannot} : le numéro « ${candidate.numero} » de ${name} a été attribué entre-temps à ${candidateName(other)}.`);
        }
      }
      const restored = new Map(undo.candidates.map((c) => [c.id!, c]));
      for (const mark of undo.marks) {
        const candidate = restored.get(mark.candidateId);
        const session = candidate && sessions.get(candidate.sessionId);
        if (!candidate || !session) throw new Error('restoreCandidates: a mark without its candidate');
        within(cannot, () => checkMarkRecord(mark, session));
      }
      await db.candidates.bulkAdd(undo.candidates.map(toStored));
      await putMarks(db, undo.marks);
      await db.conformity.bulkAdd(undo.conformity ?? []);
      await db.juryNotes.bulkAdd(undo.juryNotes ?? []);
      await db.evaluations.bulkAdd(undo.evaluations ?? []);
      await db.livrets.bulkAdd(undo.livrets ?? []);
    },
  );
}

/** Once the deliberation has started, the list of candidates is what the jury deliberates on. */
async function refuseDuringDeliberation(db: DelibDatabase, candidates: readonly { sessionId: number }[], action: string) {
  for (const sessionId of new Set(candidates.map((c) => c.sessionId))) {
    const phase = (await db.deliberations.get(sessionId))?.phase ?? 'preparation';
    if (phase !== 'preparation') {
      throw new UserError(`Impossible de ${action} pendant la délibération : rouvrez-la jusqu'à la préparation (avec un motif) d'abord.`);
    }
  }
}
