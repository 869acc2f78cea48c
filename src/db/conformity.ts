/**
 * Conformity records of the professional dossiers (R7), table `conformity` (one record per candidate), and the
 * per-session settings (orals' dates, controllers) kept in `settings` under `conformity:<sessionId>`.
 *
 * Saving a record evaluates it and, in the same transaction, writes what the new status implies for the marks
 * (domain `syncMarks`): NV on a non-conforme unit (the replaced mark kept in `nv`), the replaced mark back when
 * the unit is no longer non conforme, the `sousReserve` flag while there is a doubt. Every mark write passes the
 * guard with origin `conformite` (logged while the deliberation is open, refused once the 1er groupe is closed).
 */
import {
  annexe4ItemsFor,
  ANNEXE4_ITEMS,
  ANNEXE4_WORDING,
  type Annexe4Item,
  checkConformityData,
  checkConformitySettings,
  CHECK_ITEM_LABELS,
  checksNotHeld,
  checkText,
  type Check,
  type CheckItem,
  conformityDataOf,
  conformitySettingsKey,
  conformityUnits,
  defaultConformitySettings,
  evaluateConformity,
  isEmptyData,
  mergeConformity,
  PARCOURS_NAMES,
  parcoursOf,
  stageRuleOf,
  syncMarks,
  type ConformityChanges,
  type ConformityEvaluation,
  type ConformityRecord,
  type ConformityUnitSpec,
  type ConformitySettings,
  type MarkChange,
  type MarkState,
} from '../domain/conformity.ts';
import { unitForms } from '../domain/forms.ts';
import type { Candidate, ExamSession, MarkRecord } from '../domain/session.ts';
import { juryMemberOf, type DelibDatabase } from './database.ts';
import { ChangedSinceError, UserError } from './errors.ts';
import { guardTables, markGuard, markText, type MarkGuard } from './guard.ts';
import { changeMarks, getMarks } from './marks.ts';
import { regulationOf, requireCandidate, requireCandidates, requireSession, within } from './validate.ts';
import { candidateName } from './candidates.ts';
import { chunks } from './chunks.ts';

/** The tables a conformity write needs (open them all in the transaction that calls writeConformity). */
export const conformityTables = (db: DelibDatabase) => [db.sessions, db.etablissements, db.candidates, db.markBlocks, ...guardTables(db)];

export interface ConformityWriteResult {
  before: ConformityRecord | null;
  /** The record as stored, or null when nothing is left to keep. */
  after: ConformityRecord | null;
  evaluation: ConformityEvaluation;
  /** The marks changed: their content before and after, and the records as they were and as stored (null: none). */
  marks: (MarkChange & { previous: MarkRecord | null; record: MarkRecord | null })[];
}

export interface WriteConformityInput {
  session: ExamSession & { id: number };
  candidate: Candidate & { id: number };
  changes: ConformityChanges;
  /** A guard with origin `conformite`, created in the same transaction. */
  guard: MarkGuard;
  /** Time written in the records (default: now). */
  at?: string;
}

/**
 * Evaluates the candidate's record after `changes` and writes it with the mark changes it implies.
 * Call inside a rw transaction over conformityTables(db); call `guard.flush()` before it ends.
 */
export async function writeConformity(db: DelibDatabase, input: WriteConformityInput): Promise<ConformityWriteResult> {
  const [result] = await writeConformities(db, { ...input, entries: [{ candidate: input.candidate, changes: input.changes }] });
  return result!;
}

export interface WriteConformitiesInput extends Omit<WriteConformityInput, 'candidate' | 'changes'> {
  /** One per candidate (a candidate appears once). */
  entries: readonly { candidate: Candidate & { id: number }; changes: ConformityChanges }[];
  /** Where a refusal happened, before its message (`Dupont Léa : …`): the entry's candidate, or its line in a file. */
  placeOf?: (index: number) => string;
}

/**
 * writeConformity for many candidates: what they need is read in a few requests and written in a few (not a few
 * round trips per candidate: « Tout conforme » for 5,000 candidates took 6 s). Each candidate is evaluated and
 * guarded as writeConformity does, in the order given. Same transaction rules as writeConformity.
 */
export async function writeConformities(db: DelibDatabase, input: WriteConformitiesInput): Promise<ConformityWriteResult[]> {
  const { session, entries, guard } = input;
  const regulation = regulationOf(session);
  const specs = conformityUnits(regulation);
  const rule = stageRuleOf(regulation);
  const at = input.at ?? new Date().toISOString();
  const ids = entries.map((e) => e.candidate.id);
  if (new Set(ids).size !== ids.length) throw new Error('writeConformities: a candidate given twice');
  const codes = specs.map((s) => s.code);
  const befores = await db.conformity.bulkGet(ids);
  const stored = await getMarks(
    db,
    ids.flatMap((id) => codes.map((code): [number, string] => [id, code])),
  );
  const etablissementIds = [...new Set(entries.flatMap((e) => (e.candidate.etablissementId === null ? [] : [e.candidate.etablissementId])))];
  const etablissements = new Map((await db.etablissements.bulkGet(etablissementIds)).flatMap((e) => (e ? [[e.id!, e] as const] : [])));

  const puts: MarkRecord[] = [];
  const deletes: [number, string][] = [];
  const kept: ConformityRecord[] = [];
  const dropped: number[] = [];
  const results = entries.map(({ candidate, changes }, index): ConformityWriteResult => {
    const evaluate = (): ConformityWriteResult => {
      const before = befores[index] ?? null;
      if (before && before.sessionId !== session.id) throw new Error('writeConformity: record of another session');
      const merged = mergeConformity(conformityDataOf(before, specs), changes);
      const checked = checkConformityData(merged, specs);
      if (!checked.ok) throw new UserError(checked.error);
      const data = checked.value;

      const marks: Record<string, MarkState | undefined> = {};
      const records = new Map<string, MarkRecord>();
      codes.forEach((code, i) => {
        const record = stored[index * codes.length + i];
        if (record) {
          records.set(code, record);
          marks[code] = { value: record.value as MarkState['value'], sousReserve: record.sousReserve, benefice: record.benefice };
        }
      });
      const etablissement = candidate.etablissementId === null ? undefined : etablissements.get(candidate.etablissementId);
      const evaluation = evaluateConformity(data, {
        statut: candidate.statut,
        depositDeadline: session.depositDeadline,
        forms: unitForms(candidate, regulation, etablissement?.type ?? null),
        benefices: new Set(codes.filter((c) => marks[c]?.benefice)),
        specs,
        rule,
      });
      const sync = syncMarks(evaluation, { nv: before?.nv ?? {}, reserve: before?.reserve ?? [] }, marks);

      const written: ConformityWriteResult['marks'] = [];
      for (const change of sync.changes) {
        guard.check(candidate, change.unit, change.before, change.after);
        const previous = records.get(change.unit) ?? null;
        if (change.after === null) {
          deletes.push([candidate.id, change.unit]);
          written.push({ ...change, previous, record: null });
        } else {
          const record: MarkRecord = { sessionId: session.id, candidateId: candidate.id, unit: change.unit, ...change.after, updatedAt: at };
          puts.push(record);
          written.push({ ...change, previous, record });
        }
      }

      const keep = !isEmptyData(data) || Object.keys(sync.nv).length > 0 || sync.reserve.length > 0;
      let after: ConformityRecord | null = null;
      if (keep) {
        after = {
          candidateId: candidate.id,
          sessionId: session.id,
          nv: sync.nv,
          parcours: data.parcours,
          periods: data.periods,
          units: data.units,
          reserve: sync.reserve,
          updatedAt: at,
        };
        kept.push(after);
      } else if (before) {
        dropped.push(candidate.id);
      }
      return { before, after, evaluation, marks: written };
    };
    return input.placeOf ? within(input.placeOf(index), evaluate) : evaluate();
  });

  await changeMarks(db, puts, deletes);
  if (kept.length > 0) await db.conformity.bulkPut(kept);
  if (dropped.length > 0) await db.conformity.bulkDelete(dropped);
  return results;
}

/**
 * Applies `changes` to a candidate's dossier in one transaction (record + marks). `reason` is written in the
 * audit trail when the deliberation is open (default: "Conformité du dossier").
 */
export async function updateConformity(
  db: DelibDatabase,
  candidateId: number,
  changes: ConformityChanges,
  options: ConformityUpdateOptions & { expected?: ExpectedChecks } = {},
): Promise<ConformityWriteResult> {
  return db.transaction('rw', conformityTables(db), async () => {
    const candidate = await requireCandidate(db, candidateId);
    const [result] = await updateConformities(db, candidate.sessionId, [{ candidateId, changes, expected: options.expected }], options);
    return result!;
  });
}

/** The checks a change expects to find (Ctrl+Z, Ctrl+Y): unit code → item → check. */
export type ExpectedChecks = Record<string, Partial<Record<CheckItem, Check>>>;

export interface ConformityUpdateOptions {
  reason?: string;
  requireReason?: boolean;
}

/**
 * updateConformity for the candidates of one session at once (a block of checks pasted, filled or emptied in the grid,
 * and its Ctrl+Z): one transaction, the candidates read and written a thousand at a time. With `expected`, an entry is
 * written only while its checks still hold it (ChangedSinceError otherwise, and nothing is written). A refusal names
 * its candidate when there are several.
 */
export async function updateConformities(
  db: DelibDatabase,
  sessionId: number,
  entries: readonly ConformityEntry[],
  options: ConformityUpdateOptions = {},
): Promise<ConformityWriteResult[]> {
  return db.transaction('rw', conformityTables(db), async () => {
    const { guard, results } = await writeConformityEntries(db, sessionId, entries, { ...options, named: entries.length > 1 });
    askReasonIfNeeded(guard, options, results);
    await guard.flush();
    return results.map((r) => r.result);
  });
}

type ConformityEntry = { candidateId: number; changes: ConformityChanges; expected?: ExpectedChecks };

/**
 * The heart of updateConformities and markPiecesConformes, in the caller's transaction: each entry checked (a candidate
 * of the session; with `expected`, checks that still hold it) and written, a thousand candidates at a time, through
 * one guard. `named`: a refusal names its candidate.
 */
async function writeConformityEntries(
  db: DelibDatabase,
  sessionId: number,
  entries: readonly ConformityEntry[],
  { reason, named }: { reason?: string; named: boolean },
): Promise<{ guard: MarkGuard; results: { candidate: Candidate & { id: number }; result: ConformityWriteResult }[] }> {
  const session = await requireSession(db, sessionId);
  const specs = conformityUnits(regulationOf(session));
  const guard = await markGuard(db, sessionId, { source: 'conformite', reason });
  const results: { candidate: Candidate & { id: number }; result: ConformityWriteResult }[] = [];
  for (const part of chunks(entries, CANDIDATES_PER_WRITE)) {
    const candidates = await requireCandidates(
      db,
      part.map((e) => e.candidateId),
    );
    const stored = part.some((e) => e.expected) ? await db.conformity.bulkGet(part.map((e) => e.candidateId)) : [];
    part.forEach(({ expected }, i) => {
      const candidate = candidates[i]!;
      if (candidate.sessionId !== sessionId) throw new Error('conformity: candidate of another session');
      // Ctrl+Z and Ctrl+Y in the grid put checks back only where nobody changed them since.
      const changed = expected ? checksNotHeld(conformityDataOf(stored[i], specs), expected) : null;
      if (changed) {
        throw new ChangedSinceError(
          `${changed.code} ${CHECK_ITEM_LABELS[changed.item]}, ${candidateName(candidate)} (${candidate.numero}) : la case a changé depuis (${checkText(changed.held)})`,
        );
      }
    });
    const written = await writeConformities(db, {
      session,
      entries: part.map(({ changes }, i) => ({ candidate: candidates[i]!, changes })),
      guard,
      placeOf: named ? (i) => candidateName(candidates[i]!) : undefined,
    });
    candidates.forEach((candidate, i) => results.push({ candidate, result: written[i]! }));
  }
  return { guard, results };
}

/**
 * Thrown (and the transaction rolled back) when a conformity change would change marks while the deliberation is
 * open and the caller asked for the jury's reason (`requireReason`) without giving one: ask it, then call again.
 */
export class ReasonNeeded extends Error {
  constructor(readonly change: string) {
    super(`Motif nécessaire : ${change}`);
    this.name = 'ReasonNeeded';
  }
}

function askReasonIfNeeded(
  guard: MarkGuard,
  options: { reason?: string; requireReason?: boolean },
  results: { candidate: Pick<Candidate, 'nom' | 'prenom' | 'numero'>; result: ConformityWriteResult }[],
): void {
  if (!options.requireReason || options.reason?.trim() || guard.phase === 'preparation') return;
  const lines = results.flatMap(({ candidate, result }) =>
    result.marks.map(
      (m) => `${m.unit} de ${candidate.nom} ${candidate.prenom} (${candidate.numero}) : ${markText(m.before) || '(vide)'} → ${markText(m.after) || '(vide)'}`,
    ),
  );
  if (lines.length === 0) return;
  throw new ReasonNeeded(lines.length <= 3 ? lines.join(' ; ') : `${lines.slice(0, 3).join(' ; ')} ; et ${lines.length - 3} autre(s) note(s)`);
}

/**
 * « Tout conforme »: every piece of the dossier checked (attestations or certificats, signature, visa, fiche
 * descriptive, dossier) for the given candidates of one session, in one transaction with the marks it restores.
 * Stage durations, pages and deposit dates are left as they are (they are facts to enter, not to assume).
 * While the deliberation is open it is written in the journal (one line), and marks it changes need a reason like
 * any mark change (`requireReason`, see ReasonNeeded).
 */
export async function markPiecesConformes(
  db: DelibDatabase,
  sessionId: number,
  candidateIds: readonly number[],
  options: { reason?: string; requireReason?: boolean } = {},
): Promise<ConformityWriteResult[]> {
  return db.transaction('rw', [...conformityTables(db)], async () => {
    const specs = conformityUnits(regulationOf(await requireSession(db, sessionId)));
    const units = Object.fromEntries(
      specs.map((spec) => [
        spec.code,
        { attestations: true, certificats: true, signed: true, stamped: true, fiche: true, ...(spec.dossier ? { dossier: true } : {}) },
      ]),
    );
    const entries = candidateIds.map((candidateId) => ({ candidateId, changes: { units } }));
    const { guard, results } = await writeConformityEntries(db, sessionId, entries, { reason: options.reason, named: true });
    askReasonIfNeeded(guard, options, results);
    await guard.flush();
    const deliberation = await db.deliberations.get(sessionId);
    if (guard.phase !== 'preparation' && results.length > 0) {
      await db.audit.add({
        sessionId,
        at: new Date().toISOString(),
        who: juryMemberOf(db, deliberation) || 'membre du jury non indiqué',
        kind: 'jury',
        candidateId: results.length === 1 ? results[0]!.candidate.id : null,
        numero: results.length === 1 ? results[0]!.candidate.numero : '',
        name: results.length === 1 ? `${results[0]!.candidate.nom} ${results[0]!.candidate.prenom}`.trim() : `${results.length} candidats`,
        unit: 'Conformité des dossiers',
        before: '',
        after: 'toutes les pièces conformes',
        reason: options.reason?.trim() || 'Tout conforme',
      });
    }
    return results.map((r) => r.result);
  });
}

/**
 * Evaluates every record of the session again (after its deposit deadline, a candidate's form or a bénéfice
 * changed) and writes what changes, in one transaction. Returns the candidates whose marks changed.
 */
export async function refreshConformity(db: DelibDatabase, sessionId: number): Promise<ConformityWriteResult[]> {
  return db.transaction('rw', conformityTables(db), async () => {
    const session = await requireSession(db, sessionId);
    const guard = await markGuard(db, sessionId, { source: 'conformite', reason: 'Conformité du dossier (nouvelle évaluation)' });
    const changed: ConformityWriteResult[] = [];
    const records = await db.conformity.where('sessionId').equals(sessionId).toArray();
    for (const ids of chunks(
      records.map((r) => r.candidateId),
      CANDIDATES_PER_WRITE,
    )) {
      const entries = (await db.candidates.bulkGet(ids)).flatMap((candidate, i) =>
        candidate ? [{ candidate: { ...candidate, id: ids[i]! }, changes: {} }] : [],
      );
      const written = await writeConformities(db, { session, entries, guard, placeOf: (i) => candidateName(entries[i]!.candidate) });
      for (const result of written) if (result.marks.length > 0) changed.push(result);
    }
    await guard.flush();
    return changed;
  });
}

/** Candidates read, evaluated and written together by the actions on many (a task of a few tens of milliseconds). */
export const CANDIDATES_PER_WRITE = 1000;

export async function getConformity(db: DelibDatabase, candidateId: number): Promise<ConformityRecord | undefined> {
  return db.conformity.get(candidateId);
}

export async function listConformity(db: DelibDatabase, sessionId: number): Promise<ConformityRecord[]> {
  return db.conformity.where('sessionId').equals(sessionId).toArray();
}

// --- settings ------------------------------------------------------------------------------------

export async function getConformitySettings(db: DelibDatabase, sessionId: number): Promise<ConformitySettings> {
  const value = (await db.settings.get(conformitySettingsKey(sessionId)))?.value as Partial<ConformitySettings> | undefined;
  const defaults = defaultConformitySettings();
  return { orals: { ...defaults.orals, ...(value?.orals ?? {}) }, controllers: [...(value?.controllers ?? defaults.controllers)] };
}

export async function setConformitySettings(db: DelibDatabase, sessionId: number, settings: ConformitySettings): Promise<ConformitySettings> {
  return db.transaction('rw', [db.sessions, db.settings], async () => {
    const session = await requireSession(db, sessionId);
    const checked = checkConformitySettings(settings, conformityUnits(regulationOf(session)));
    if (!checked.ok) throw new UserError(checked.error);
    await db.settings.put({ key: conformitySettingsKey(sessionId), value: checked.value });
    return checked.value;
  });
}

// --- NV typed in the marks grid (issue 16) -------------------------------------------------------

export interface NvInput {
  candidateId: number;
  /** A unit checked for conformity (E4, U61, U62). */
  unit: string;
  /** The annexe 4 items that make the dossier non conforme (at least one). */
  items: readonly Annexe4Item[];
  /** The text of « autres (à préciser) », required with `autres`. */
  other?: string;
}

/** What the NV dialog offers for a unit of a candidate: annexe 4's items for the candidate's parcours (annexe4ItemsFor). */
export interface NvReasonChoices {
  items: Annexe4Item[];
  /** Every unit checked for conformity: a duration declared insufficient makes them all NV (stage parcours). */
  stageUnits: string[];
}

export async function nvReasonChoices(db: DelibDatabase, candidateId: number, unit: string): Promise<NvReasonChoices> {
  return db.transaction('r', [db.sessions, db.candidates, db.conformity], async () => {
    const candidate = await requireCandidate(db, candidateId);
    const specs = conformityUnits(regulationOf(await requireSession(db, candidate.sessionId)));
    const spec = nvUnit(specs, unit);
    const parcours = parcoursOf(conformityDataOf(await db.conformity.get(candidate.id), specs), candidate.statut);
    return { items: annexe4ItemsFor(spec, parcours), stageUnits: specs.map((s) => s.code) };
  });
}

/** The unit checked for conformity where an NV is declared; refused for any other unit. */
function nvUnit(specs: readonly ConformityUnitSpec[], unit: string): ConformityUnitSpec {
  const spec = specs.find((s) => s.code === unit);
  if (!spec) throw new UserError(`NV impossible en ${unit} (seulement en ${specs.map((s) => s.code).join(', ')}).`);
  return spec;
}

/**
 * NV typed in the marks grid, with its reasons: the dossier's record gets the annexe 4 items (`declared`) and the
 * mark becomes NV through the conformity check, in one transaction, so every NV has a record, a reason and a
 * notice. Logged like any conformity change while the deliberation is open (reason: the items).
 */
export async function setNvWithReasons(db: DelibDatabase, input: NvInput): Promise<ConformityWriteResult> {
  const items = [...new Set(input.items)];
  if (items.length === 0) throw new UserError('NV : cochez au moins un motif de l’annexe 4.');
  for (const item of items) if (!ANNEXE4_ITEMS.includes(item)) throw new UserError(`NV : motif inconnu « ${String(item)} ».`);
  const other = (input.other ?? '').trim();
  if (items.includes('autres') && other === '') throw new UserError('NV : précisez le motif « autres ».');
  const reason = `NV : ${ANNEXE4_ITEMS.filter((i) => items.includes(i))
    .map((i) => (i === 'autres' ? other : ANNEXE4_WORDING[i]))
    .join(' ; ')}`;
  return db.transaction('rw', conformityTables(db), async () => {
    const candidate = await requireCandidate(db, input.candidateId);
    const session = await requireSession(db, candidate.sessionId);
    const specs = conformityUnits(regulationOf(session));
    const spec = nvUnit(specs, input.unit);
    const data = conformityDataOf(await db.conformity.get(candidate.id), specs);
    const current = data.units[input.unit]!;
    const parcours = parcoursOf(data, candidate.statut);
    const possible = annexe4ItemsFor(spec, parcours);
    const misplaced = items.find((item) => !possible.includes(item));
    if (misplaced) {
      throw new UserError(
        `NV en ${input.unit} : « ${ANNEXE4_WORDING[misplaced]} » ne concerne pas le parcours ${PARCOURS_NAMES[parcours]} de ${candidateName(candidate)} (motifs possibles : ${possible.map((i) => ANNEXE4_WORDING[i]).join(' ; ')}).`,
      );
    }
    const guard = await markGuard(db, session.id, { source: 'conformite', reason });
    const result = await writeConformity(db, {
      session,
      candidate,
      changes: { units: { [input.unit]: { declared: items, ...(items.includes('autres') ? { other: current.other || other } : {}) } } },
      guard,
    });
    await guard.flush();
    if (result.evaluation.units.find((u) => u.code === input.unit)?.status !== 'non_conforme') {
      throw new UserError(`NV en ${input.unit} : la note est conservée au titre d'un bénéfice, pas de contrôle de conformité cette session.`);
    }
    return result;
  });
}
