/** Backups, checks: every row of a file checked with the database's own rules before anything is written. */
import { checkConformityData, conformityDataOf, conformityUnits, type ConformityRecord } from '../../domain/conformity.ts';
import { checkControleSlot } from '../../domain/jury.ts';
import type { LivretRecord } from '../../domain/livret.ts';
import type { Regulation } from '../../domain/regulation.ts';
import {
  DELIBERATION_PHASE_LABELS,
  type AuditEntry,
  type ControleSlot,
  type Deliberation,
  type EvaluationRecord,
  type JuryNote,
  type NvByConformity,
} from '../../domain/session.ts';
import { type BackupContent } from '../../io/backup.ts';
import { numeroHolderMessage } from '../../domain/checks.ts';
import { isNumeroPending } from '../../domain/numero.ts';
import { candidateName, checkCandidate, type CandidateFields } from '../candidates.ts';
import { UserError } from '../errors.ts';
import { checkEvaluationRecord } from '../evaluations.ts';
import { checkLivretRecord } from '../livrets.ts';
import { checkEtablissement, ensureUniqueUai, type EtablissementFields } from '../etablissements.ts';
import { checkMarkRecord, type MarkContent } from '../marks.ts';
import { checkSession, type SessionInput } from '../sessions.ts';
import { regulationOf, text, within } from '../validate.ts';
import { countOf } from '../../domain/count.ts';
import { type Id, SESSION_SETTINGS, SESSION_SETTING_KEY, orThrow } from './tables.ts';
import { pauses, type Pause } from '../../io/next-task.ts';

/** One session of a file, every row checked and normalized; references still use the file's ids. */
export interface CheckedSession {
  fileId: Id;
  session: SessionInput & { createdAt: string };
  etablissements: { fileId: Id; fields: EtablissementFields }[];
  /** `fields.etablissementId` is the file id of the établissement (or null). */
  candidates: { fileId: Id; fields: CandidateFields }[];
  marks: (MarkContent & { candidateId: Id; unit: string; updatedAt: string })[];
  conformity: ConformityRecord[];
  deliberation: Deliberation | null;
  audit: AuditEntry[];
  juryNotes: JuryNote[];
  evaluations: EvaluationRecord[];
  livrets: LivretRecord[];
  /** Per-session settings: `prefix` and checked value (the key is rebuilt with the new session id). */
  settings: { prefix: string; value: unknown }[];
}

/**
 * Checks every record of a backup with the database's rules, and that the rows refer to each other correctly;
 * throws a UserError that says where (« Sauvegarde, candidat n° 12 (« 0012 ») : … »). Writes nothing.
 */
export function checkBackupContent(content: BackupContent): CheckedSession[] {
  const steps = checkSteps(content);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * checkBackupContent in a loop that pauses (`pause`, every 30 ms by default): a file of 50,000 candidates is half a
 * million records to check. Not inside a transaction (a pause would end it).
 */
export async function checkBackupContentPausing(content: BackupContent, pause: Pause = pauses()): Promise<CheckedSession[]> {
  const steps = checkSteps(content);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    const waiting = pause();
    if (waiting) await waiting;
  }
}

/** The checks of checkBackupContent, a step (a yield) per record. */
function* checkSteps(content: BackupContent): Generator<void, CheckedSession[], void> {
  const sessions = new Map<Id, CheckedSession & { regulation: Regulation; specs: ReturnType<typeof conformityUnits> }>();
  for (const [index, raw] of content.sessions.entries()) {
    yield;
    within(`Sauvegarde, session n° ${index + 1}`, () => {
      const fileId = fileIdOf(raw.id, 'la session');
      if (sessions.has(fileId)) throw new UserError(`identifiant ${fileId} donné deux fois.`);
      const session = checkSession(raw);
      if (typeof raw.createdAt !== 'string' || Number.isNaN(Date.parse(raw.createdAt))) throw new UserError('date de création invalide.');
      const regulation = regulationOf(session);
      sessions.set(fileId, {
        fileId,
        session: { ...session, createdAt: raw.createdAt },
        regulation,
        specs: conformityUnits(regulation),
        etablissements: [],
        candidates: [],
        marks: [],
        conformity: [],
        deliberation: null,
        audit: [],
        juryNotes: [],
        evaluations: [],
        livrets: [],
        settings: [],
      });
    });
  }
  const sessionOf = (sessionId: unknown) => {
    const session = typeof sessionId === 'number' ? sessions.get(sessionId) : undefined;
    if (!session) throw new UserError(`session n° ${String(sessionId)} absente de la sauvegarde.`);
    return session;
  };

  const etablissements = new Map<Id, { sessionId: Id; fields: EtablissementFields }>();
  for (const [index, raw] of content.etablissements.entries()) {
    yield;
    within(`Sauvegarde, établissement n° ${index + 1}`, () => {
      const fileId = fileIdOf(raw.id, "l'établissement");
      if (etablissements.has(fileId)) throw new UserError(`identifiant ${fileId} donné deux fois.`);
      const session = sessionOf(raw.sessionId);
      const fields = checkEtablissement(raw);
      ensureUniqueUai(
        fields,
        session.etablissements.map((e) => e.fields),
      );
      session.etablissements.push({ fileId, fields });
      etablissements.set(fileId, { sessionId: session.fileId, fields });
    });
  }

  const candidates = new Map<Id, { sessionId: Id; fields: CandidateFields }>();
  // Each session's candidates by numero: looking through the list before each candidate took 58 s at 50,000.
  const numeros = new Map<Id, Map<string, CandidateFields>>();
  for (const [index, raw] of content.candidates.entries()) {
    yield;
    const numero = typeof raw.numero === 'string' ? ` (« ${raw.numero.trim()} »)` : '';
    within(`Sauvegarde, candidat n° ${index + 1}${numero}`, () => {
      const fileId = fileIdOf(raw.id, 'le candidat');
      if (candidates.has(fileId)) throw new UserError(`identifiant ${fileId} donné deux fois.`);
      const session = sessionOf(raw.sessionId);
      const fields = checkCandidate(raw, session.regulation);
      if (fields.etablissementId !== null && etablissements.get(fields.etablissementId)?.sessionId !== session.fileId) {
        throw new UserError(`établissement n° ${fields.etablissementId} absent de la sauvegarde ou d'une autre session.`);
      }
      let taken = numeros.get(session.fileId);
      if (!taken) numeros.set(session.fileId, (taken = new Map()));
      const holder = isNumeroPending(fields.numero) ? undefined : taken.get(fields.numero);
      if (holder) throw new UserError(numeroHolderMessage(fields.numero, holder));
      taken.set(fields.numero, fields);
      session.candidates.push({ fileId, fields });
      candidates.set(fileId, { sessionId: session.fileId, fields });
    });
  }
  /** The candidate `candidateId` of the file, in `session`. */
  const candidateOf = (candidateId: unknown, session: { fileId: Id }) => {
    const candidate = typeof candidateId === 'number' ? candidates.get(candidateId) : undefined;
    if (!candidate || candidate.sessionId !== session.fileId) {
      throw new UserError(`candidat n° ${String(candidateId)} absent de la sauvegarde ou d'une autre session.`);
    }
    return candidate;
  };

  const marks = new Set<string>();
  for (const [index, raw] of content.marks.entries()) {
    yield;
    const place = () => `Sauvegarde, note n° ${index + 1}`;
    const { session, candidate } = within(place, () => {
      const session = sessionOf(raw.sessionId);
      return { session, candidate: candidateOf(raw.candidateId, session) };
    });
    within(
      () => `${place()}, ${candidateName(candidate.fields)} (« ${candidate.fields.numero} »), ${String(raw.unit)}`,
      () => {
        if (typeof raw.unit !== 'string') throw new UserError('épreuve manquante.');
        const key = `${String(raw.candidateId)}\u0000${raw.unit}`;
        if (marks.has(key)) throw new UserError('note donnée deux fois.');
        marks.add(key);
        const content = checkMarkRecord(raw, session.session);
        // An empty mark without flags is "not entered": no record, as when typed in the grid.
        if (content.value.kind === 'empty' && !content.sousReserve && content.benefice === null) return;
        const updatedAt = typeof raw.updatedAt === 'string' ? raw.updatedAt : new Date().toISOString();
        session.marks.push({ ...content, candidateId: raw.candidateId, unit: raw.unit, updatedAt });
      },
    );
  }

  const conformity = new Set<Id>();
  for (const [index, raw] of content.conformity.entries()) {
    yield;
    const place = `Sauvegarde, conformité n° ${index + 1}`;
    const { session, candidate } = within(place, () => {
      const session = sessionOf(raw.sessionId);
      return { session, candidate: candidateOf(raw.candidateId, session) };
    });
    within(`${place}, ${candidateName(candidate.fields)}`, () => {
      if (conformity.has(raw.candidateId)) throw new UserError('dossier donné deux fois.');
      conformity.add(raw.candidateId);
      session.conformity.push(checkConformityRecord(raw, session));
    });
  }

  for (const [index, raw] of content.deliberations.entries()) {
    yield;
    within(`Sauvegarde, délibération n° ${index + 1}`, () => {
      const session = sessionOf(raw.sessionId);
      if (session.deliberation) throw new UserError('délibération donnée deux fois pour la même session.');
      session.deliberation = checkDeliberation(raw);
    });
  }

  const auditIds = new Set<Id>();
  for (const [index, raw] of content.audit.entries()) {
    yield;
    within(`Sauvegarde, journal n° ${index + 1}`, () => {
      const session = sessionOf(raw.sessionId);
      const id = fileIdOf(raw.id, 'la ligne du journal');
      if (auditIds.has(id)) throw new UserError(`identifiant ${id} donné deux fois.`);
      auditIds.add(id);
      session.audit.push(checkAuditEntry(raw));
    });
  }

  const notes = new Set<Id>();
  for (const [index, raw] of content.juryNotes.entries()) {
    yield;
    const place = `Sauvegarde, note du jury n° ${index + 1}`;
    const { session, candidate } = within(place, () => {
      const session = sessionOf(raw.sessionId);
      return { session, candidate: candidateOf(raw.candidateId, session) };
    });
    within(`${place}, ${candidateName(candidate.fields)}`, () => {
      if (notes.has(raw.candidateId)) throw new UserError('notes du jury données deux fois.');
      notes.add(raw.candidateId);
      session.juryNotes.push(checkJuryNote(raw, session.regulation));
    });
  }

  const evaluationKeys = new Set<string>();
  for (const [index, raw] of content.evaluations.entries()) {
    yield;
    const place = `Sauvegarde, grille d'évaluation n° ${index + 1}`;
    const { session, candidate } = within(place, () => {
      const session = sessionOf(raw.sessionId);
      return { session, candidate: candidateOf(raw.candidateId, session) };
    });
    within(`${place}, ${candidateName(candidate.fields)}`, () => {
      const key = `${raw.candidateId}|${String(raw.unit)}`;
      if (evaluationKeys.has(key)) throw new UserError(`grille de ${String(raw.unit)} donnée deux fois.`);
      evaluationKeys.add(key);
      session.evaluations.push(checkEvaluationRecord(raw, session.regulation));
    });
  }

  const livrets = new Set<Id>();
  for (const [index, raw] of content.livrets.entries()) {
    yield;
    const place = `Sauvegarde, livret scolaire n° ${index + 1}`;
    const { session, candidate } = within(place, () => {
      const session = sessionOf(raw.sessionId);
      return { session, candidate: candidateOf(raw.candidateId, session) };
    });
    within(`${place}, ${candidateName(candidate.fields)}`, () => {
      if (livrets.has(raw.candidateId)) throw new UserError('livret scolaire donné deux fois.');
      livrets.add(raw.candidateId);
      session.livrets.push(checkLivretRecord(raw));
    });
  }

  const settingKeys = new Set<string>();
  for (const [index, raw] of content.settings.entries()) {
    yield;
    within(`Sauvegarde, réglage n° ${index + 1}`, () => {
      const match = typeof raw.key === 'string' ? SESSION_SETTING_KEY.exec(raw.key) : null;
      const check = match ? SESSION_SETTINGS[match[1]!] : undefined;
      if (!match || !check) throw new UserError(`réglage inconnu : « ${String(raw.key)} ».`);
      if (settingKeys.has(raw.key)) throw new UserError(`réglage « ${raw.key} » donné deux fois.`);
      settingKeys.add(raw.key);
      const session = sessionOf(Number(match[2]));
      session.settings.push({ prefix: match[1]!, value: check(raw.value, session.regulation) });
    });
  }

  return [...sessions.values()].map(({ regulation: _regulation, specs: _specs, ...session }) => session);
}

function checkConformityRecord(raw: ConformityRecord, session: { session: SessionInput; specs: ReturnType<typeof conformityUnits> }): ConformityRecord {
  const { specs } = session;
  const data = orThrow(checkConformityData(conformityDataOf(raw, specs), specs));
  const codes = new Set(specs.map((s) => s.code));
  if (typeof raw.nv !== 'object' || raw.nv === null || Array.isArray(raw.nv)) throw new UserError('liste des NV invalide.');
  const nv: Record<string, NvByConformity> = {};
  for (const [unit, entry] of Object.entries(raw.nv)) {
    if (!codes.has(unit)) throw new UserError(`NV en ${unit} : pas de contrôle de conformité pour cette épreuve.`);
    if (typeof entry !== 'object' || entry === null) throw new UserError(`NV en ${unit} invalide.`);
    if (!Array.isArray(entry.reasons) || entry.reasons.some((r) => typeof r !== 'string')) throw new UserError(`NV en ${unit} : motifs invalides.`);
    const replaced = entry.replaced === null || entry.replaced === undefined ? null : checkMarkRecord({ unit, ...entry.replaced }, session.session);
    nv[unit] = { reasons: [...entry.reasons], replaced };
  }
  const reserve = raw.reserve ?? [];
  if (!Array.isArray(reserve) || reserve.some((u) => typeof u !== 'string' || !codes.has(u))) throw new UserError('liste des réserves invalide.');
  const record: ConformityRecord = { ...raw, nv, parcours: data.parcours, periods: data.periods, units: data.units, reserve: [...reserve] };
  if (raw.updatedAt !== undefined && typeof raw.updatedAt !== 'string') throw new UserError('date de mise à jour invalide.');
  return record;
}

function checkDeliberation(raw: Deliberation): Deliberation {
  if (!Object.hasOwn(DELIBERATION_PHASE_LABELS, raw.phase)) throw new UserError(`étape inconnue : « ${String(raw.phase)} ».`);
  if (!Array.isArray(raw.members) || raw.members.some((m) => typeof m !== 'string')) throw new UserError('membres du jury invalides.');
  if (raw.date !== null && (typeof raw.date !== 'string' || Number.isNaN(Date.parse(raw.date)))) throw new UserError('date invalide.');
  return {
    ...raw,
    juryMember: text(raw.juryMember, 'Le membre du jury', false),
    president: text(raw.president, 'Le président du jury', false),
    members: raw.members.map((m) => m.trim()),
  };
}

function checkAuditEntry(raw: AuditEntry): AuditEntry {
  if (raw.kind !== 'note' && raw.kind !== 'phase' && raw.kind !== 'jury') throw new UserError(`type de ligne inconnu : « ${String(raw.kind)} ».`);
  if (typeof raw.at !== 'string' || Number.isNaN(Date.parse(raw.at))) throw new UserError('date invalide.');
  if (raw.candidateId !== null && !Number.isInteger(raw.candidateId)) throw new UserError('candidat invalide.');
  for (const key of ['who', 'numero', 'name', 'unit', 'before', 'after', 'reason'] as const) {
    if (typeof raw[key] !== 'string') throw new UserError(`« ${key} » : texte attendu.`);
  }
  return { ...raw };
}

function checkJuryNote(raw: JuryNote, regulation: Regulation): JuryNote {
  if (typeof raw.livretExamined !== 'boolean') throw new UserError('« livret examiné » doit être oui ou non.');
  const codes = regulation.controle.units.map((u) => u.code);
  const units = raw.controleUnits;
  if (!Array.isArray(units) || units.some((u) => typeof u !== 'string' || !codes.includes(u)) || new Set(units).size !== units.length) {
    throw new UserError(`épreuves de contrôle invalides (épreuves possibles : ${codes.join(', ')}).`);
  }
  if (units.length > regulation.controle.maxUnits) {
    throw new UserError(`au plus ${countOf(regulation.controle.maxUnits, 'épreuve')} de contrôle.`);
  }
  if (raw.schedule === undefined) return { ...raw, controleUnits: [...units] };
  // Convocations to the contrôle (issue 16): one slot per chosen unit, each checked like a typed one.
  if (typeof raw.schedule !== 'object' || raw.schedule === null || Array.isArray(raw.schedule)) throw new UserError('convocations invalides.');
  const schedule: Record<string, ControleSlot> = {};
  for (const [code, slot] of Object.entries(raw.schedule)) {
    if (!units.includes(code)) throw new UserError(`convocation au contrôle ${code} : épreuve non choisie.`);
    const checked = checkControleSlot(typeof slot === 'object' && slot !== null ? slot : { date: 1 }, {});
    if (!checked.ok) throw new UserError(`convocation au contrôle ${code} : ${checked.error}.`);
    schedule[code] = checked.value;
  }
  return { ...raw, controleUnits: [...units], schedule };
}

function fileIdOf(id: unknown, what: string): Id {
  if (!Number.isSafeInteger(id) || (id as number) < 1) throw new UserError(`identifiant de ${what} invalide.`);
  return id as Id;
}
