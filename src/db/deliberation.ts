/**
 * The deliberation of a session: its phase (what marks may still change, see guard.ts), the jury, the
 * audit trail, and the jury's notes per candidate (livret examined, contrôle units chosen).
 * One transaction per action; every phase change is written in the audit trail, with who and why.
 */
import { formatMark } from '../domain/marks.ts';
import { pendingNumerosMessage } from '../domain/numero.ts';
import { computeResult } from '../domain/results.ts';
import {
  candidateMarksOf,
  CONTROLE_PREFIX,
  DELIBERATION_PHASE_LABELS,
  formatControleSlot,
  type AuditEntry,
  type Deliberation,
  type DeliberationPhase,
  type JuryNote,
} from '../domain/session.ts';
import { juryMemberOf, type DelibDatabase } from './database.ts';
import { UserError } from './errors.ts';
import { countOf } from '../domain/count.ts';
import { candidatesOfSession } from './candidates.ts';
import { candidateMarkRows, listMarks, marksTable } from './marks.ts';
import { normalizeSearchText } from './search-key.ts';
import { isoDateOrNull, regulationOf, requireCandidate, requireSession, text } from './validate.ts';

import { checkControleSlot, controlePending, controleSlotRefusal, controleUnitsSat, markedControleUnits, sameRoomAndTime, sameTime } from '../domain/jury.ts';

export { livretWarning } from '../domain/jury.ts';

/** The phases in order: opening moves one step right, reopening one step left. */
export const DELIBERATION_PHASES: readonly DeliberationPhase[] = ['preparation', 'premier_groupe', 'premier_groupe_clos', 'second_groupe_clos'];

export function defaultDeliberation(sessionId: number): Deliberation {
  return { sessionId, phase: 'preparation', juryMember: '', president: '', members: [], date: null };
}

/** The deliberation of a session; before anything was set, the default (phase `preparation`). */
export async function getDeliberation(db: DelibDatabase, sessionId: number): Promise<Deliberation> {
  return (await db.deliberations.get(sessionId)) ?? defaultDeliberation(sessionId);
}

async function load(db: DelibDatabase, sessionId: number): Promise<Deliberation> {
  await requireSession(db, sessionId);
  return getDeliberation(db, sessionId);
}

/**
 * Name of the jury member using this computer, written in the audit trail. Required, trimmed. Also becomes the
 * member of this connection when the app manages one per tab (`db.juryMember`).
 */
export async function setJuryMember(db: DelibDatabase, sessionId: number, name: string): Promise<Deliberation> {
  const saved = await db.transaction('rw', [db.sessions, db.deliberations], async () => {
    const current = await load(db, sessionId);
    const next = { ...current, juryMember: text(name, 'Le nom du membre du jury', true, 'name') };
    await db.deliberations.put(next);
    return next;
  });
  if (db.juryMember !== null) db.juryMember = saved.juryMember;
  return saved;
}

export interface JuryInput {
  president: string;
  members: string[];
  /** ISO `AAAA-MM-JJ`, or null / empty. */
  date: string | null;
}

/** The jury as printed on the PV: president, members (empty names dropped), date of the deliberation. */
export async function setJury(db: DelibDatabase, sessionId: number, jury: JuryInput): Promise<Deliberation> {
  return db.transaction('rw', [db.sessions, db.deliberations], async () => {
    const current = await load(db, sessionId);
    if (!Array.isArray(jury.members)) throw new UserError('Membres du jury : liste de noms attendue.');
    const next: Deliberation = {
      ...current,
      president: text(jury.president, 'Président du jury', false, 'name'),
      members: jury.members.map((m) => text(m, 'Membre du jury', false, 'name')).filter((m) => m !== ''),
      date: isoDateOrNull(jury.date, 'Date de la délibération : date attendue au format JJ/MM/AAAA.'),
    };
    await db.deliberations.put(next);
    return next;
  });
}

/** Moves the phase, in one transaction, refusing when the phase is not `from` (another tab moved it). */
async function movePhase(db: DelibDatabase, sessionId: number, from: DeliberationPhase, to: DeliberationPhase, reason: string): Promise<Deliberation> {
  return db.transaction('rw', [db.sessions, db.deliberations, db.audit], async () => {
    const current = await load(db, sessionId);
    if (current.phase !== from) {
      throw new UserError(
        `Impossible : la délibération est à l'étape « ${DELIBERATION_PHASE_LABELS[current.phase]} », pas « ${DELIBERATION_PHASE_LABELS[from]} ».`,
      );
    }
    const who = juryMemberOf(db, current);
    if (!who) throw new UserError('Indiquez d’abord le nom du membre du jury qui saisit (il est inscrit au journal).');
    const next: Deliberation = { ...current, phase: to };
    await db.deliberations.put(next);
    await db.audit.add({
      sessionId,
      at: new Date().toISOString(),
      who,
      kind: 'phase',
      candidateId: null,
      numero: '',
      name: '',
      unit: '',
      before: DELIBERATION_PHASE_LABELS[from],
      after: DELIBERATION_PHASE_LABELS[to],
      reason,
    });
    return next;
  });
}

/** Preparation → 1er groupe: from now on every mark change needs a reason and is logged. */
export function openDeliberation(db: DelibDatabase, sessionId: number): Promise<Deliberation> {
  return db.transaction('rw', [db.sessions, db.deliberations, db.audit, db.candidates], async () => {
    await refusePendingNumeros(db, sessionId, "Impossible d'ouvrir la délibération");
    return movePhase(db, sessionId, 'preparation', 'premier_groupe', 'Ouverture de la délibération');
  });
}

/** The jury decides on numbered candidates: refused while one is still « numéro à venir » (the message names them). */
async function refusePendingNumeros(db: DelibDatabase, sessionId: number, refusal: string): Promise<void> {
  const message = pendingNumerosMessage(refusal, await candidatesOfSession(db, sessionId).toArray());
  if (message) throw new UserError(message);
}

/** 1er groupe → clos: first-group marks become read-only; contrôle marks can be entered. */
export function closeFirstGroup(db: DelibDatabase, sessionId: number): Promise<Deliberation> {
  return movePhase(db, sessionId, 'premier_groupe', 'premier_groupe_clos', 'Clôture du 1er groupe');
}

/**
 * 2nd groupe closed: every mark is read-only. Refused while a candidate authorised to the épreuve de
 * contrôle has no recorded outcome (a contrôle mark or AB on each chosen unit): the message lists them.
 */
export function closeDeliberation(db: DelibDatabase, sessionId: number): Promise<Deliberation> {
  return db.transaction('rw', [db.sessions, db.deliberations, db.audit, db.candidates, marksTable(db), db.juryNotes], async () => {
    await refusePendingNumeros(db, sessionId, 'Impossible de clore la délibération');
    const pending = await pendingControle(db, sessionId);
    if (pending.length > 0) {
      const shown = pending.slice(0, PENDING_LISTED).map((p) => `${p.numero} ${p.name} (${p.why})`);
      const more = pending.length > PENDING_LISTED ? ` ; et ${countOf(pending.length - PENDING_LISTED, 'autre')}` : '';
      throw new UserError(
        `Impossible de clore la délibération : ${countOf(pending.length, 'candidat autorisé', 'candidats autorisés')} à l'épreuve de contrôle sans résultat enregistré ` +
          `(une note ou AB pour chaque épreuve choisie, onglet « Épreuve de contrôle ») : ${shown.join(' ; ')}${more}.`,
      );
    }
    return movePhase(db, sessionId, 'premier_groupe_clos', 'second_groupe_clos', 'Clôture de la délibération');
  });
}

const PENDING_LISTED = 20;

export interface PendingCandidate {
  candidateId: number;
  numero: string;
  name: string;
  /** Why the candidate is still waiting, in French (`ni note ni AB au contrôle E1`). */
  why: string;
}

/** The candidates at CONTROLE without a recorded outcome (see controlePending), in numéro order. */
export async function pendingControle(db: DelibDatabase, sessionId: number): Promise<PendingCandidate[]> {
  return db.transaction('r', [db.sessions, db.candidates, marksTable(db), db.juryNotes], async () => {
    const session = await requireSession(db, sessionId);
    const regulation = regulationOf(session);
    const candidates = await candidatesOfSession(db, sessionId).toArray();
    const marks = await listMarks(db, sessionId);
    const notes = new Map((await db.juryNotes.where('sessionId').equals(sessionId).toArray()).map((n) => [n.candidateId, n]));
    const byCandidate = new Map<number, typeof marks>();
    for (const m of marks) {
      const list = byCandidate.get(m.candidateId);
      if (list) list.push(m);
      else byCandidate.set(m.candidateId, [m]);
    }
    const pending: PendingCandidate[] = [];
    for (const candidate of candidates) {
      const input = candidateMarksOf(byCandidate.get(candidate.id!) ?? []);
      const why = controlePending(computeResult(input, regulation), notes.get(candidate.id!)?.controleUnits ?? [], input.controle);
      if (why) pending.push({ candidateId: candidate.id!, numero: candidate.numero, name: `${candidate.nom} ${candidate.prenom}`.trim(), why });
    }
    return pending.sort((a, b) => a.numero.localeCompare(b.numero));
  });
}

/**
 * Goes back one phase, with a reason (required, written in the audit trail). `from`, when given, is the
 * phase the user saw: if another tab moved it meanwhile, nothing happens (no going back two steps).
 */
export async function reopen(db: DelibDatabase, sessionId: number, reason: string, from?: DeliberationPhase): Promise<Deliberation> {
  const why = text(reason, 'Le motif de la réouverture', true);
  const phase = from ?? (await getDeliberation(db, sessionId)).phase;
  const index = DELIBERATION_PHASES.indexOf(phase);
  if (index <= 0) throw new UserError('La délibération n’est pas ouverte : rien à rouvrir.');
  return movePhase(db, sessionId, phase, DELIBERATION_PHASES[index - 1]!, why);
}

// --- audit trail ---------------------------------------------------------------------------------

export interface AuditFilter {
  candidateId?: number;
  /** Mark changes only, or phase changes only. */
  kind?: AuditEntry['kind'];
  /** A unit code (`E4`), a contrôle key (`controle_E1`) or its label (`contrôle E1`). */
  unit?: string;
  /** Jury member, case- and accent-insensitive. */
  who?: string;
  /** ISO timestamps (or `AAAA-MM-JJ` dates, whole day included), compared with the stored UTC time. */
  from?: string;
  to?: string;
  /** Free text matched against the candidate's numéro and name (case- and accent-insensitive). */
  search?: string;
}

const unitLabel = (unit: string) => (unit.startsWith(CONTROLE_PREFIX) ? `contrôle ${unit.slice(CONTROLE_PREFIX.length)}` : unit);

/** The entries matching every given criterion, in the order given. Pure: the UI filters with it too. */
export function filterAudit(entries: readonly AuditEntry[], filter: AuditFilter = {}): AuditEntry[] {
  const who = filter.who?.trim() ? normalizeSearchText(filter.who) : null;
  const search = filter.search?.trim() ? normalizeSearchText(filter.search) : null;
  const unit = filter.unit?.trim() ? unitLabel(filter.unit.trim()) : null;
  const from = filter.from || null;
  const to = filter.to || null;
  return entries.filter((e) => {
    if (filter.candidateId !== undefined && e.candidateId !== filter.candidateId) return false;
    if (filter.kind !== undefined && e.kind !== filter.kind) return false;
    if (unit !== null && e.unit !== unit) return false;
    if (who !== null && normalizeSearchText(e.who) !== who) return false;
    if (from !== null && e.at < from) return false;
    if (to !== null && (to.length === 10 ? e.at.slice(0, 10) > to : e.at > to)) return false;
    if (search !== null && !normalizeSearchText(`${e.numero} ${e.name}`).includes(search)) return false;
    return true;
  });
}

/** The audit trail of a session, oldest first, filtered. */
export async function listAudit(db: DelibDatabase, sessionId: number, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  const entries =
    filter.candidateId !== undefined
      ? (await db.audit.where('candidateId').equals(filter.candidateId).toArray()).filter((e) => e.sessionId === sessionId)
      : await db.audit.where('sessionId').equals(sessionId).toArray();
  entries.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  return filterAudit(entries, filter);
}

// --- jury notes ----------------------------------------------------------------------------------

function refuseWhenClosed(deliberation: Deliberation): void {
  if (deliberation.phase === 'second_groupe_clos') {
    throw new UserError('La délibération est close : rouvrez-la (avec un motif) pour modifier les notes du jury.');
  }
}

async function noteOf(db: DelibDatabase, candidateId: number, sessionId: number): Promise<JuryNote> {
  return (await db.juryNotes.get(candidateId)) ?? { candidateId, sessionId, livretExamined: false, controleUnits: [] };
}

/** D643-26: the jury examined (or not) the candidate's livret scolaire. */
export async function setLivretExamined(db: DelibDatabase, candidateId: number, examined: boolean): Promise<JuryNote> {
  return db.transaction('rw', [db.sessions, db.candidates, db.deliberations, db.juryNotes, db.audit], async () => {
    if (typeof examined !== 'boolean') throw new UserError('« Livret examiné » doit être oui ou non.');
    const candidate = await requireCandidate(db, candidateId);
    const deliberation = await load(db, candidate.sessionId);
    refuseWhenClosed(deliberation);
    const before = await noteOf(db, candidateId, candidate.sessionId);
    const note = { ...before, livretExamined: examined };
    await db.juryNotes.put(note);
    if (before.livretExamined !== examined) {
      await logJuryChoice(db, deliberation, candidate, LIVRET_EXAMINED, yesNo(before.livretExamined), yesNo(examined));
    }
    return note;
  });
}

/** What the audit trail calls the two jury choices (`AuditEntry.unit` of a `jury` line). */
export const LIVRET_EXAMINED = 'Livret scolaire examiné';
export const CONTROLE_UNITS_CHOSEN = 'Épreuves de contrôle choisies';

const yesNo = (value: boolean) => (value ? 'oui' : 'non');

/** Once the deliberation is open, the jury's choices about a candidate are traced like its marks. */
async function logJuryChoice(
  db: DelibDatabase,
  deliberation: Deliberation,
  candidate: { id?: number; sessionId: number; numero: string; nom: string; prenom: string },
  what: string,
  before: string,
  after: string,
  reason = 'Décision du jury',
): Promise<void> {
  if (deliberation.phase === 'preparation') return;
  await db.audit.add({
    sessionId: candidate.sessionId,
    at: new Date().toISOString(),
    who: juryMemberOf(db, deliberation) || 'membre du jury non indiqué',
    kind: 'jury',
    candidateId: candidate.id ?? null,
    numero: candidate.numero,
    name: `${candidate.nom} ${candidate.prenom}`.trim(),
    unit: what,
    before,
    after,
    reason,
  });
}

/**
 * The contrôle units chosen for a candidate (R6): codes of the regulation's contrôle units, at most its
 * maximum, only for a candidate whose first-group decision (computed from the stored marks) is CONTROLE.
 * An empty list is always accepted. A unit that already holds a contrôle mark cannot be left out.
 */
export async function setControleUnits(db: DelibDatabase, candidateId: number, units: readonly string[]): Promise<JuryNote> {
  return db.transaction('rw', [db.sessions, db.candidates, db.markBlocks, db.deliberations, db.juryNotes, db.audit], async () => {
    const candidate = await requireCandidate(db, candidateId);
    const session = await requireSession(db, candidate.sessionId);
    const deliberation = await load(db, session.id);
    refuseWhenClosed(deliberation);
    const regulation = regulationOf(session);
    const allowed = regulation.controle.units.map((u) => u.code);
    if (!Array.isArray(units)) throw new UserError('Épreuves de contrôle : liste attendue.');
    const wanted = new Set<string>();
    for (const unit of units) {
      const code = typeof unit === 'string' ? unit.trim().toUpperCase() : '';
      if (!allowed.includes(code)) {
        throw new UserError(`« ${String(unit)} » n'est pas une épreuve de contrôle (possibles : ${allowed.join(', ')}).`);
      }
      wanted.add(code);
    }
    const chosen = allowed.filter((c) => wanted.has(c));
    const name = `${candidate.nom} ${candidate.prenom}`.trim();
    if (chosen.length > regulation.controle.maxUnits) {
      throw new UserError(`${name} : ${regulation.controle.maxUnits} épreuves de contrôle au plus (parmi ${allowed.join(', ')}).`);
    }
    const records = await candidateMarkRows(db, candidateId);
    if (chosen.length > 0) {
      const decision = computeResult(candidateMarksOf(records), regulation).firstGroupDecision;
      if (decision !== 'CONTROLE') {
        throw new UserError(`${name} n'est pas autorisé(e) à l'épreuve de contrôle (décision du 1er groupe : ${decision}).`);
      }
    }
    for (const record of records) {
      const code = record.unit.startsWith(CONTROLE_PREFIX) ? record.unit.slice(CONTROLE_PREFIX.length) : null;
      if (code && record.value.kind !== 'empty' && !chosen.includes(code)) {
        throw new UserError(`${name} a déjà une note au contrôle ${code} (${formatMark(record.value)}) : effacez-la avant de retirer cette épreuve.`);
      }
    }
    const before = await noteOf(db, candidateId, session.id);
    const note: JuryNote = { ...before, controleUnits: chosen };
    if (before.schedule) {
      // A unit no longer chosen loses its convocation.
      const schedule = Object.fromEntries(Object.entries(before.schedule).filter(([code]) => chosen.includes(code)));
      if (Object.keys(schedule).length > 0) note.schedule = schedule;
      else delete note.schedule;
    }
    await db.juryNotes.put(note);
    const list = (units: readonly string[]) => (units.length === 0 ? 'aucune' : units.join(', '));
    if (list(before.controleUnits) !== list(chosen)) {
      await logJuryChoice(db, deliberation, candidate, CONTROLE_UNITS_CHOSEN, list(before.controleUnits), list(chosen), 'Choix du candidat');
    }
    return note;
  });
}

/**
 * When and where a candidate sits one chosen contrôle unit (issue 16): date inside the session's contrôle window
 * (when set), hour, room; refused when the room is already booked at that date and hour for another candidate.
 * All parts empty: the slot is removed. Written in the journal once the deliberation is open.
 */
export async function setControleSlot(
  db: DelibDatabase,
  candidateId: number,
  unit: string,
  slot: { date: string | null; time: string; room: string },
): Promise<JuryNote> {
  return db.transaction('rw', [db.sessions, db.candidates, db.markBlocks, db.deliberations, db.juryNotes, db.audit], async () => {
    const candidate = await requireCandidate(db, candidateId);
    const session = await requireSession(db, candidate.sessionId);
    const deliberation = await load(db, session.id);
    refuseWhenClosed(deliberation);
    const name = `${candidate.nom} ${candidate.prenom}`.trim();
    const before = await noteOf(db, candidateId, session.id);
    const marked = markedControleUnits(candidateMarksOf(await candidateMarkRows(db, candidateId)).controle);
    if (!controleUnitsSat(before.controleUnits, marked).includes(unit)) {
      throw new UserError(`${name} : l'épreuve de contrôle ${unit} n'est pas choisie ; choisissez-la avant de fixer sa convocation.`);
    }
    const checked = checkControleSlot(slot, { from: session.controleFrom, to: session.controleTo });
    if (!checked.ok) throw new UserError(controleSlotRefusal(name, unit, checked.error));
    const value = checked.value;
    const empty = value.date === null && value.time === '' && value.room === '';
    if (!empty) {
      // One candidate cannot sit two units at once, whatever the rooms.
      for (const [code, booked] of Object.entries(before.schedule ?? {})) {
        if (code !== unit && sameTime(value, booked)) {
          const at = `${formatControleSlot({ ...booked, room: '' })} au contrôle ${code}${booked.room ? ` (salle ${booked.room})` : ''}`;
          throw new UserError(controleSlotRefusal(name, unit, `${name} est déjà convoqué(e) le ${at}`));
        }
      }
      for (const other of await db.juryNotes.where('sessionId').equals(session.id).toArray()) {
        for (const [code, booked] of Object.entries(other.schedule ?? {})) {
          if ((other.candidateId === candidateId && code === unit) || !sameRoomAndTime(value, booked)) continue;
          const who =
            other.candidateId === candidateId
              ? name
              : await db.candidates.get(other.candidateId).then((c) => (c ? `${c.nom} ${c.prenom}`.trim() : 'un autre candidat'));
          const at = formatControleSlot(value).split(',')[0];
          throw new UserError(controleSlotRefusal(name, unit, `la salle ${value.room} est déjà réservée le ${at} pour ${who} (contrôle ${code})`));
        }
      }
    }
    const schedule = { ...(before.schedule ?? {}) };
    if (empty) delete schedule[unit];
    else schedule[unit] = value;
    const note: JuryNote = { ...before, schedule };
    if (Object.keys(schedule).length === 0) delete note.schedule;
    await db.juryNotes.put(note);
    const was = formatControleSlot(before.schedule?.[unit]);
    const now = formatControleSlot(empty ? null : value);
    if (was !== now) await logJuryChoice(db, deliberation, candidate, `Convocation au contrôle ${unit}`, was, now, "Organisation de l'épreuve de contrôle");
    return note;
  });
}

/** The jury notes of a session (candidates without a note have none). */
export async function listJuryNotes(db: DelibDatabase, sessionId: number): Promise<JuryNote[]> {
  return db.juryNotes.where('sessionId').equals(sessionId).toArray();
}
