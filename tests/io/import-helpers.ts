/** Test helpers for the import: snapshots with ids, a pure "apply", and an id-free view to compare sessions. */
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import type { Regulation } from '../../src/domain/regulation.ts';
import type { Candidate, Etablissement, MarkRecord } from '../../src/domain/session.ts';
import { csvBytes } from '../../src/io/csv.ts';
import { autoMap, importFields } from '../../src/io/import/fields.ts';
import { buildPlan } from '../../src/io/import/plan.ts';
import { readImportSource } from '../../src/io/import/read.ts';
import type { EmptyCellPolicy, ImportPlan, ImportSource, PlanOptions, SessionSnapshot } from '../../src/io/import/types.ts';
import type { LivretTemplate } from '../../src/domain/livret.ts';
import { combineHeaderRows, detectHeaderRows, detectLivretHeader, livretAutoMap } from '../../src/io/import/livret.ts';
import type { ExampleSession } from '../../src/sample/example-session.ts';

export const SESSION_ID = 7;
const UPDATED_AT = '2024-05-01T00:00:00.000Z';

export function emptySnapshot(regulation: Regulation = btsCcst2024, year = 2024): SessionSnapshot {
  return { regulation, year, etablissements: [], candidates: [], marks: [] };
}

/** The example session with ids: établissements 1…, candidates 1…. */
export function exampleSnapshot(example: ExampleSession, regulation: Regulation = btsCcst2024): SessionSnapshot {
  return {
    regulation,
    year: example.session.year,
    etablissements: example.etablissements.map((e, i) => ({ ...e, id: i + 1, sessionId: SESSION_ID })),
    candidates: example.candidates.map(({ etablissementRef, ...c }, i) => ({
      ...c,
      id: i + 1,
      sessionId: SESSION_ID,
      etablissementId: etablissementRef + 1,
    })),
    marks: example.marks.map(({ candidateRef, ...m }) => ({ ...m, candidateId: candidateRef + 1, sessionId: SESSION_ID, updatedAt: UPDATED_AT })),
  };
}

/** What applying the plan leaves, as the database would: new ids follow the largest ones. */
export function applyPlan(snapshot: SessionSnapshot, plan: ImportPlan): SessionSnapshot {
  let nextEtab = Math.max(0, ...snapshot.etablissements.map((e) => e.id!)) + 1;
  let nextCandidate = Math.max(0, ...snapshot.candidates.map((c) => c.id!)) + 1;
  const etablissements: Etablissement[] = [...snapshot.etablissements];
  const newEtabIds = plan.newEtablissements.map((e) => {
    etablissements.push({ ...e, id: nextEtab, sessionId: SESSION_ID });
    return nextEtab++;
  });
  const etabId = (t: { id: number } | { newIndex: number } | null) => (t === null ? null : 'id' in t ? t.id : newEtabIds[t.newIndex]!);
  const candidates = new Map<number, Candidate>(snapshot.candidates.map((c) => [c.id!, c]));
  const newCandidateIds = plan.newCandidates.map((n) => {
    const id = nextCandidate++;
    candidates.set(id, { ...n.data, id, sessionId: SESSION_ID, etablissementId: etabId(n.etablissement) });
    return id;
  });
  for (const u of plan.candidateUpdates) {
    const etablissementId = u.newEtablissement === undefined ? u.after.etablissementId : newEtabIds[u.newEtablissement]!;
    candidates.set(u.before.id!, { ...u.after, etablissementId });
  }
  const marks = new Map(snapshot.marks.map((m) => [`${m.candidateId}/${m.unit}`, m]));
  for (const w of plan.markWrites) {
    const candidateId = 'id' in w.candidate ? w.candidate.id : newCandidateIds[w.candidate.newIndex]!;
    const key = `${candidateId}/${w.unit}`;
    if (w.after === null) marks.delete(key);
    else marks.set(key, { ...w.after, candidateId, unit: w.unit, sessionId: SESSION_ID, updatedAt: UPDATED_AT });
  }
  return { ...snapshot, etablissements, candidates: [...candidates.values()], marks: [...marks.values()] };
}

/** The session without ids: candidates by numero with their établissement and marks (only referenced établissements). */
export function contentOf(snapshot: SessionSnapshot) {
  const etabs = new Map(snapshot.etablissements.map((e) => [e.id, e]));
  const marksOf = (id: number) =>
    Object.fromEntries(
      snapshot.marks
        .filter((m) => m.candidateId === id)
        .sort((a, b) => a.unit.localeCompare(b.unit))
        .map((m: MarkRecord) => [m.unit, { value: m.value, sousReserve: m.sousReserve, benefice: m.benefice }]),
    );
  return [...snapshot.candidates]
    .sort((a, b) => (a.numero < b.numero ? -1 : a.numero > b.numero ? 1 : 0))
    .map(({ id, sessionId: _s, etablissementId, ...c }) => {
      const e = etablissementId === null ? null : etabs.get(etablissementId);
      return {
        ...c,
        etablissement: e ? { uai: e.uai, name: e.name, city: e.city, type: e.type } : null,
        marks: marksOf(id!),
      };
    });
}

/** Reads a CSV text as the wizard would, maps its header automatically and plans it against `snapshot`. */
export function planText(text: string, snapshot: SessionSnapshot, emptyCells: EmptyCellPolicy = 'keep', options: PlanOptions = {}): ImportPlan {
  const source = readImportSource(csvBytes(text), 'test.csv');
  const mapping = autoMap(source.records[source.headerIndex]?.cells ?? [], importFields(snapshot.regulation));
  return buildPlan(source, mapping, snapshot, emptyCells, options);
}

/** A small session: two établissements, two candidates, a few marks. */
export function smallSnapshot(): SessionSnapshot {
  const base = { sessionId: SESSION_ID, langueVivante: 'Anglais', optionalUnits: [], formOverrides: {} };
  return {
    ...emptySnapshot(),
    etablissements: [
      { id: 1, sessionId: SESSION_ID, uai: '0310044E', name: 'LPO Déodat', city: 'Toulouse', type: 'public' },
      { id: 2, sessionId: SESSION_ID, uai: '', name: 'Enseignement à distance', city: 'Toulouse', type: 'distance' },
    ],
    candidates: [
      { ...base, id: 1, numero: '0012', nom: 'Dupont', prenom: 'Léa', dateNaissance: '2004-03-05', etablissementId: 1, statut: 'scolaire' },
      { ...base, id: 2, numero: '0013', nom: 'Martin', prenom: 'Noé', dateNaissance: null, etablissementId: null, statut: 'apprenti' },
    ],
    marks: [
      {
        sessionId: SESSION_ID,
        candidateId: 1,
        unit: 'E1',
        value: { kind: 'number', hundredths: 1200 },
        sousReserve: false,
        benefice: null,
        updatedAt: UPDATED_AT,
      },
      {
        sessionId: SESSION_ID,
        candidateId: 1,
        unit: 'E3',
        value: { kind: 'number', hundredths: 1250 },
        sousReserve: false,
        benefice: { year: 2023 },
        updatedAt: UPDATED_AT,
      },
      {
        sessionId: SESSION_ID,
        candidateId: 1,
        unit: 'U61',
        value: { kind: 'number', hundredths: 1400 },
        sousReserve: true,
        benefice: null,
        updatedAt: UPDATED_AT,
      },
      { sessionId: SESSION_ID, candidateId: 2, unit: 'E1', value: { kind: 'AB' }, sousReserve: false, benefice: null, updatedAt: UPDATED_AT },
    ],
  };
}

/** A candidate of a livret import's session (établissement 1, scolaire). */
export const livretCandidate = (id: number, numero: string, nom: string, prenom: string, dateNaissance: string | null): Candidate => ({
  id,
  sessionId: 1,
  numero,
  nom,
  prenom,
  dateNaissance,
  etablissementId: 1,
  statut: 'scolaire',
  langueVivante: 'Anglais',
  optionalUnits: [],
  formOverrides: {},
});

/** Reads a file as the wizard does in livret mode: detected header row(s), combined names, suggested mapping. */
export function prepareLivret(bytes: Uint8Array, regulation: Regulation, template: LivretTemplate, year: 1 | 2 = 2) {
  const read = readImportSource(bytes, 'livret.csv');
  const source: ImportSource = { ...read, headerIndex: detectLivretHeader(read.records, regulation, template) };
  const headerRows = detectHeaderRows(source.records, source.headerIndex);
  const header = combineHeaderRows(source.records, source.headerIndex, headerRows);
  const mapping = livretAutoMap(header, regulation, template, { year });
  return { source, headerRows, header, mapping };
}
