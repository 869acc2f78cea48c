/** Exam sessions, and the writes that span a whole session (example, import, cascade delete). */
import { conformitySettingsKey } from '../domain/conformity.ts';
import { checkSessionYear } from '../domain/checks.ts';
import { getPreset } from '../domain/presets/index.ts';
import { checkRegulationData } from '../domain/regulation-data.ts';
import type { Regulation } from '../domain/regulation.ts';
import type { Benefice, Candidate, ExamSession, MarkRecord } from '../domain/session.ts';
import type { ControleMark, Mark } from '../domain/marks.ts';
import type { LivretRecord } from '../domain/livret.ts';
import {
  candidateName,
  candidatesOfSession,
  checkCandidate,
  deleteCandidateRecords,
  numeroTakenMessage,
  toStored,
  type CandidateFields,
} from './candidates.ts';
import type { DelibDatabase } from './database.ts';
import { UserError } from './errors.ts';
import { checkEtablissement, ensureUniqueUai, type EtablissementFields } from './etablissements.ts';
import { checkMarkRecord, deleteSessionMarks, listMarks, putMarks, type MarkContent } from './marks.ts';
import { OPEN_SESSION_ID } from './settings.ts';
import { checkLivretRecord } from './livrets.ts';
import { isoDateOrNull, regulationOf, requireSession, text, within } from './validate.ts';
import { countOf } from '../domain/count.ts';

export type SessionInput = Omit<ExamSession, 'id' | 'createdAt'>;
export type SessionChanges = Partial<SessionInput>;

/** A whole session to write at once; rows refer to each other by their index in these arrays. */
export interface SessionContent {
  session: SessionInput;
  etablissements: EtablissementFields[];
  /** `etablissementRef`: index in `etablissements`, or null. */
  candidates: (Omit<CandidateFields, 'etablissementId'> & { etablissementRef: number | null })[];
  /** `candidateRef`: index in `candidates`. */
  marks: {
    candidateRef: number;
    unit: string;
    value: Mark | ControleMark;
    sousReserve?: boolean;
    benefice?: Benefice | null;
  }[];
  /** Livrets scolaires (annexe 3), `candidateRef`: index in `candidates`. */
  livrets?: (Omit<LivretRecord, 'sessionId' | 'candidateId' | 'updatedAt'> & { candidateRef: number })[];
}

export function checkSession(data: SessionInput): SessionInput {
  const checkedYear = checkSessionYear(data.year);
  if (!checkedYear.ok) throw new UserError(checkedYear.error);
  const year = checkedYear.value;
  const regulation = sessionRegulationOf(data);
  const checked: SessionInput = {
    name: text(data.name, 'Le nom de la session', true, 'name'),
    academie: text(data.academie, "L'académie", false),
    year,
    presetId: regulation.id,
    regulation,
    depositDeadline: isoDateOrNull(data.depositDeadline, 'La date limite de dépôt des dossiers doit être une date valide (AAAA-MM-JJ).'),
  };
  // Settings added with issue 16: kept only when given, so records stored before them stay as they were.
  if (data.place !== undefined) checked.place = text(data.place, 'Le lieu (« Fait à »)', false);
  if (data.centre !== undefined) checked.centre = text(data.centre, "Le centre d'examen", false);
  if (data.centreAddress !== undefined) checked.centreAddress = text(data.centreAddress, "L'adresse du centre d'examen", false);
  if (data.controleFrom !== undefined) {
    checked.controleFrom = isoDateOrNull(data.controleFrom, 'Début des épreuves de contrôle : date attendue au format JJ/MM/AAAA.');
  }
  if (data.controleTo !== undefined) {
    checked.controleTo = isoDateOrNull(data.controleTo, 'Fin des épreuves de contrôle : date attendue au format JJ/MM/AAAA.');
  }
  if (checked.controleFrom && checked.controleTo && checked.controleTo < checked.controleFrom) {
    throw new UserError('Épreuves de contrôle : la date de fin est avant la date de début.');
  }
  return checked;
}

/**
 * The session's own regulation: the one given (checked whole, every fault named), else a copy of the
 * preset `presetId` (a session created by preset, a record or file from before the session kept its copy).
 */
export function sessionRegulationOf(data: Pick<SessionInput, 'presetId' | 'regulation'>): Regulation {
  if (data.regulation !== undefined && data.regulation !== null) {
    const checked = checkRegulationData(data.regulation);
    if (!checked.ok) throw new UserError(`Réglementation de la session invalide : ${checked.errors.join(' ; ')}.`);
    return checked.value;
  }
  const preset = typeof data.presetId === 'string' ? getPreset(data.presetId) : undefined;
  if (!preset) throw new UserError(`Réglementation inconnue : « ${String(data.presetId)} ».`);
  return structuredClone(preset);
}

export async function createSession(db: DelibDatabase, data: SessionInput): Promise<number> {
  const session = checkSession(data);
  return db.transaction('rw', [db.sessions], () => db.sessions.add({ ...session, createdAt: new Date().toISOString() }));
}

/**
 * Changing the regulation is refused once the session has candidates (their marks and optional
 * units belong to it); changing the year is refused if it would put a bénéfice out of its 5 years.
 */
export async function updateSession(db: DelibDatabase, id: number, changes: SessionChanges): Promise<void> {
  await db.transaction('rw', [db.sessions, db.candidates, db.markBlocks], async () => {
    const current = await requireSession(db, id);
    // The regulation follows a new preset; otherwise it is edited only through updateSessionRegulation.
    const presetChanged = changes.presetId !== undefined && changes.presetId !== current.presetId;
    const { regulation: _ignored, ...rest } = changes;
    const base = presetChanged ? { ...current, regulation: undefined } : current;
    const session: ExamSession = { ...checkSession({ ...base, ...rest }), id, createdAt: current.createdAt };
    if (session.presetId !== current.presetId) {
      const count = await candidatesOfSession(db, id).count();
      if (count > 0) {
        throw new UserError(`Impossible de changer la réglementation : la session compte déjà ${countOf(count, 'candidat')}.`);
      }
    }
    if (session.year !== current.year) {
      const withBenefice = (await listMarks(db, id)).filter((m) => m.benefice !== null);
      for (const mark of withBenefice) {
        const candidate = await db.candidates.get(mark.candidateId);
        const who = candidate ? ` (${candidateName(candidate)})` : '';
        within(`Impossible de passer la session en ${session.year}${who}`, () => checkMarkRecord(mark, session));
      }
    }
    await db.sessions.put(session);
  });
}

/** Every session, most recent year first, then by name. */
export async function listSessions(db: DelibDatabase): Promise<ExamSession[]> {
  const sessions = await db.sessions.toArray();
  return sessions.sort((a, b) => b.year - a.year || a.name.localeCompare(b.name, 'fr'));
}

export async function getSession(db: DelibDatabase, id: number): Promise<ExamSession | undefined> {
  return db.sessions.get(id);
}

/** Deletes a session with its établissements, candidates and marks; forgets it if it was the open one. */
export async function deleteSession(db: DelibDatabase, id: number): Promise<void> {
  const tables = [
    db.sessions,
    db.etablissements,
    db.candidates,
    db.markBlocks,
    db.settings,
    db.imports,
    db.conformity,
    db.deliberations,
    db.audit,
    db.juryNotes,
    db.evaluations,
    db.livrets,
  ];
  await db.transaction('rw', tables, async () => {
    await requireSession(db, id);
    await db.evaluations.where('sessionId').equals(id).delete();
    await db.livrets.where('sessionId').equals(id).delete();
    await db.imports.where('sessionId').equals(id).delete();
    await db.conformity.where('sessionId').equals(id).delete();
    await db.juryNotes.where('sessionId').equals(id).delete();
    await db.audit.where('sessionId').equals(id).delete();
    await db.deliberations.delete(id);
    await deleteSessionMarks(db, id);
    await deleteCandidateRecords(db, (await candidatesOfSession(db, id).primaryKeys()) as number[]);
    await db.etablissements.where('sessionId').equals(id).delete();
    await db.sessions.delete(id);
    if ((await db.settings.get(OPEN_SESSION_ID))?.value === id) await db.settings.delete(OPEN_SESSION_ID);
    await db.settings.delete(conformitySettingsKey(id)); // the session's oral dates and controllers
  });
}

/**
 * Writes a whole session in one transaction (example session, imported file) and returns its id.
 * Everything is checked as by the single-row functions; the first refusal writes nothing.
 * An empty mark without flags is "not entered yet": it is checked, then not stored.
 */
export async function createSessionWithContent(db: DelibDatabase, content: SessionContent): Promise<number> {
  return db.transaction('rw', [db.sessions, db.etablissements, db.candidates, db.markBlocks, db.livrets], async () => {
    const createdAt = new Date().toISOString();
    const session = checkSession(content.session);
    const regulation = regulationOf(session);

    const etablissements: EtablissementFields[] = [];
    for (const [index, row] of content.etablissements.entries()) {
      within(`Établissement n° ${index + 1}`, () => {
        const etablissement = checkEtablissement(row);
        ensureUniqueUai(etablissement, etablissements);
        etablissements.push(etablissement);
      });
    }

    const candidates: CandidateFields[] = [];
    const byNumero = new Map<string, CandidateFields>();
    for (const [index, row] of content.candidates.entries()) {
      const place = `Candidat n° ${index + 1}${typeof row.numero === 'string' ? ` (« ${row.numero.trim()} »)` : ''}`;
      within(place, () => {
        const { etablissementRef, ...fields } = row;
        if (etablissementRef !== null && !(Number.isInteger(etablissementRef) && etablissements[etablissementRef])) {
          throw new UserError(`établissement n° ${String(etablissementRef)} inconnu.`);
        }
        // Any integer passes checkCandidate; the real id is set once the établissements are written.
        const candidate = checkCandidate({ ...fields, etablissementId: etablissementRef }, regulation);
        const other = byNumero.get(candidate.numero);
        if (other) throw new UserError(numeroTakenMessage(candidate.numero, other));
        byNumero.set(candidate.numero, candidate);
        candidates.push(candidate);
      });
    }

    const marks: (MarkContent & { candidateRef: number; unit: string })[] = [];
    const seen = new Set<string>();
    for (const [index, row] of content.marks.entries()) {
      const candidate = Number.isInteger(row.candidateRef) ? candidates[row.candidateRef] : undefined;
      if (!candidate) throw new UserError(`Note n° ${index + 1} : candidat n° ${String(row.candidateRef)} inconnu.`);
      within(`${candidateName(candidate)} (« ${candidate.numero} »), ${row.unit}`, () => {
        const key = `${row.candidateRef}\u0000${row.unit}`;
        if (seen.has(key)) throw new UserError('note donnée deux fois.');
        seen.add(key);
        marks.push({ ...checkMarkRecord(row, session), candidateRef: row.candidateRef, unit: row.unit });
      });
    }

    const livrets: (LivretRecord & { candidateRef: number })[] = [];
    const withLivret = new Set<number>();
    for (const [index, row] of (content.livrets ?? []).entries()) {
      const candidate = Number.isInteger(row.candidateRef) ? candidates[row.candidateRef] : undefined;
      if (!candidate) throw new UserError(`Livret n° ${index + 1} : candidat n° ${String(row.candidateRef)} inconnu.`);
      within(`${candidateName(candidate)} (« ${candidate.numero} »)`, () => {
        if (withLivret.has(row.candidateRef)) throw new UserError('livret scolaire donné deux fois.');
        withLivret.add(row.candidateRef);
        const { candidateRef, ...fields } = row;
        // Ids are set once the candidates are written; the check only reads the livret's own fields.
        livrets.push({ ...checkLivretRecord({ ...fields, sessionId: 0, candidateId: 0, updatedAt: createdAt }), candidateRef });
      });
    }

    const sessionId = await db.sessions.add({ ...session, createdAt });
    const etablissementIds = await db.etablissements.bulkAdd(
      etablissements.map((e) => ({ ...e, sessionId })),
      { allKeys: true },
    );
    const stored = candidates.map((c): Candidate => {
      const etablissementId = c.etablissementId === null ? null : etablissementIds[c.etablissementId]!;
      return { ...c, sessionId, etablissementId };
    });
    const candidateIds = await db.candidates.bulkAdd(stored.map(toStored), { allKeys: true });
    await putMarks(
      db,
      marks
        .filter((m) => !(m.value.kind === 'empty' && !m.sousReserve && m.benefice === null))
        .map(({ candidateRef, ...m }): MarkRecord => ({
          ...m,
          sessionId,
          candidateId: candidateIds[candidateRef]!,
          updatedAt: createdAt,
        })),
    );
    await db.livrets.bulkAdd(livrets.map(({ candidateRef, ...l }) => ({ ...l, sessionId, candidateId: candidateIds[candidateRef]! })));
    return sessionId;
  });
}
