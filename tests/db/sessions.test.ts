import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { addCandidate, candidatesOfSession, deleteCandidates, listCandidates } from '../../src/db/candidates.ts';
import { addEtablissement, listEtablissements } from '../../src/db/etablissements.ts';
import { listMarks, setMark, setMarkFlags } from '../../src/db/marks.ts';
import { createSession, createSessionWithContent, deleteSession, getSession, listSessions, updateSession, type SessionContent } from '../../src/db/sessions.ts';
import { getSetting, OPEN_SESSION_ID, setSetting } from '../../src/db/settings.ts';
import { candidateData, etablissementData, expectRefused, freshDb, mark, sessionData, snapshot } from './helpers.ts';

// A second regulation, so that changing a session's regulation can be tested.
vi.mock('../../src/domain/presets/index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/domain/presets/index.ts')>();
  const other = { ...original.btsCcst2024, id: 'bts-test', name: 'BTS de test' };
  const presets = { ...original.presets, [other.id]: other };
  return { ...original, presets, getPreset: (id: string) => presets[id] };
});

describe('createSession / getSession', () => {
  it('stores a session with trimmed texts and a creation time, and returns its id', async () => {
    const db = freshDb();
    const id = await createSession(db, sessionData({ name: '  BTS CCST 2025 ', academie: ' Toulouse ' }));
    const session = await getSession(db, id);
    expect(session).toMatchObject({
      id,
      name: 'BTS CCST 2025',
      academie: 'Toulouse',
      year: 2025,
      presetId: 'bts-ccst-2024',
      depositDeadline: '2025-04-30',
    });
    expect(new Date(session!.createdAt).toISOString()).toBe(session!.createdAt);
  });

  it('accepts a session without deadline', async () => {
    const db = freshDb();
    const id = await createSession(db, sessionData({ depositDeadline: null }));
    expect((await getSession(db, id))?.depositDeadline).toBeNull();
  });

  it('returns undefined for an unknown id', async () => {
    expect(await getSession(freshDb(), 42)).toBeUndefined();
  });

  it.each([
    [{ name: '   ' }, 'Le nom de la session est obligatoire.'],
    [{ year: 1999 }, 'entre 2000 et 2100'],
    [{ year: 2101 }, 'entre 2000 et 2100'],
    [{ year: 2025.5 }, 'nombre entier'],
    [{ presetId: 'bts-inconnu' }, 'Réglementation inconnue : « bts-inconnu ».'],
    [{ depositDeadline: '2025-02-30' }, 'date valide (AAAA-MM-JJ)'],
    [{ depositDeadline: '30/04/2025' }, 'date valide (AAAA-MM-JJ)'],
  ])('refuses %o', async (over, message) => {
    const db = freshDb();
    await expectRefused(db, () => createSession(db, sessionData(over)), message);
  });
});

describe('listSessions', () => {
  it('lists the most recent year first, then by name', async () => {
    const db = freshDb();
    await createSession(db, sessionData({ name: 'Toulouse', year: 2024 }));
    await createSession(db, sessionData({ name: 'Toulouse', year: 2025 }));
    await createSession(db, sessionData({ name: 'Albi', year: 2025 }));
    expect((await listSessions(db)).map((s) => `${s.year} ${s.name}`)).toEqual(['2025 Albi', '2025 Toulouse', '2024 Toulouse']);
  });
});

describe('updateSession', () => {
  it('changes the given fields and keeps the others', async () => {
    const db = freshDb();
    const id = await createSession(db, sessionData());
    const before = await getSession(db, id);
    await updateSession(db, id, { name: 'Jury 3', depositDeadline: null });
    expect(await getSession(db, id)).toEqual({ ...before, name: 'Jury 3', depositDeadline: null });
  });

  it('refuses invalid changes and an unknown session', async () => {
    const db = freshDb();
    const id = await createSession(db, sessionData());
    await expectRefused(db, () => updateSession(db, id, { name: '' }), 'obligatoire');
    await expectRefused(db, () => updateSession(db, id, { year: 3000 }), 'entre 2000 et 2100');
    await expectRefused(db, () => updateSession(db, id + 1, { name: 'X' }), "Cette session n'existe pas");
  });

  it('changes the regulation of a session without candidates only', async () => {
    const db = freshDb();
    const id = await createSession(db, sessionData());
    await updateSession(db, id, { presetId: 'bts-test' });
    expect((await getSession(db, id))?.presetId).toBe('bts-test');
    await addCandidate(db, candidateData(id));
    await expectRefused(
      db,
      () => updateSession(db, id, { presetId: 'bts-ccst-2024' }),
      'Impossible de changer la réglementation : la session compte déjà 1 candidat.',
    );
  });

  it('R8: refuses a new year that would put a bénéfice out of its 5 years', async () => {
    const db = freshDb();
    const id = await createSession(db, sessionData({ year: 2025 }));
    const candidateId = await addCandidate(db, candidateData(id));
    await setMark(db, { candidateId, unit: 'E5', value: mark('12', 'E5') });
    await setMarkFlags(db, { candidateId, unit: 'E5', benefice: { year: 2020 } });
    await expectRefused(
      db,
      () => updateSession(db, id, { year: 2026 }),
      "Impossible de passer la session en 2026 (Dupont Léa) : bénéfice en E5 : l'année doit être celle d'une session antérieure, de 2021 à 2025",
    );
    await updateSession(db, id, { year: 2024 });
    expect((await getSession(db, id))?.year).toBe(2024);
  });
});

describe('deleteSession', () => {
  it('deletes the session with its établissements, candidates and marks, and nothing of another session', async () => {
    const db = freshDb();
    const kept = await createSession(db, sessionData({ name: 'Gardée' }));
    const keptEtablissement = await addEtablissement(db, etablissementData(kept));
    const keptCandidate = await addCandidate(db, candidateData(kept, { etablissementId: keptEtablissement }));
    await setMark(db, { candidateId: keptCandidate, unit: 'E1', value: mark('12') });
    const before = await snapshot(db);

    const id = await createSession(db, sessionData({ name: 'Supprimée' }));
    const etablissementId = await addEtablissement(db, etablissementData(id));
    const c1 = await addCandidate(db, candidateData(id, { etablissementId }));
    const c2 = await addCandidate(db, candidateData(id, { numero: '0013' }));
    await setMark(db, { candidateId: c1, unit: 'E1', value: mark('8') });
    await setMark(db, { candidateId: c2, unit: 'controle_E2', value: mark('AB', 'controle_E2') });

    await deleteSession(db, id);
    expect(await snapshot(db)).toEqual(before);
  });

  it('forgets the deleted session if it was the open one, and only then', async () => {
    const db = freshDb();
    const a = await createSession(db, sessionData());
    const b = await createSession(db, sessionData());
    await setSetting(db, OPEN_SESSION_ID, a);
    await deleteSession(db, b);
    expect(await getSetting(db, OPEN_SESSION_ID)).toBe(a);
    await deleteSession(db, a);
    expect(await getSetting(db, OPEN_SESSION_ID)).toBeUndefined();
  });

  it('refuses an unknown session', async () => {
    const db = freshDb();
    await expectRefused(db, () => deleteSession(db, 7), "Cette session n'existe pas");
  });
});

function content(): SessionContent {
  return {
    session: sessionData({ name: 'Import' }),
    etablissements: [
      { uai: '0310044e', name: 'Lycée A', city: 'Toulouse', type: 'public' },
      { uai: '', name: 'CFA B', city: 'Albi', type: 'cfa_habilite' },
    ],
    candidates: [
      { ...candidateData(0, { numero: '001', nom: 'Dupont', prenom: 'Léa' }), etablissementRef: 1 },
      { ...candidateData(0, { numero: '002', nom: 'Martin', prenom: 'Noé' }), etablissementRef: null },
      { ...candidateData(0, { numero: '003', nom: 'Œillet', prenom: 'Zoé', optionalUnits: ['EF1'] }), etablissementRef: 0 },
    ].map(({ sessionId: _s, etablissementId: _e, ...c }) => c),
    marks: [
      { candidateRef: 0, unit: 'E1', value: mark('12,5') },
      { candidateRef: 0, unit: 'E4', value: mark('NV', 'E4'), sousReserve: true },
      { candidateRef: 2, unit: 'E5', value: mark('14', 'E5'), benefice: { year: 2023 } },
      { candidateRef: 2, unit: 'controle_E2', value: mark('9', 'controle_E2') },
      { candidateRef: 1, unit: 'E3', value: mark('', 'E3') },
    ],
  };
}

describe('createSessionWithContent', () => {
  it('writes a whole session, resolving the references to établissements and candidates', async () => {
    const db = freshDb();
    const id = await createSessionWithContent(db, content());
    expect((await getSession(db, id))?.name).toBe('Import');
    const etablissements = await listEtablissements(db, id);
    expect(etablissements.map((e) => [e.name, e.uai])).toEqual([
      ['CFA B', ''],
      ['Lycée A', '0310044E'],
    ]);
    const idOf = (name: string) => etablissements.find((e) => e.name === name)!.id;
    const candidates = await listCandidates(db, id);
    expect(candidates.map((c) => [c.numero, c.etablissementId, c.sessionId])).toEqual([
      ['001', idOf('CFA B'), id],
      ['002', null, id],
      ['003', idOf('Lycée A'), id],
    ]);
    expect(await db.candidates.get(candidates[2]!.id!)).not.toHaveProperty('searchKey');
    const candidateOf = (numero: string) => candidates.find((c) => c.numero === numero)!.id;
    const marks = await listMarks(db, id);
    expect(marks.map((m) => [m.candidateId, m.unit, m.value, m.sousReserve, m.benefice])).toEqual([
      [candidateOf('001'), 'E1', mark('12,5'), false, null],
      [candidateOf('001'), 'E4', mark('NV', 'E4'), true, null],
      [candidateOf('003'), 'E5', mark('14', 'E5'), false, { year: 2023 }],
      [candidateOf('003'), 'controle_E2', mark('9', 'controle_E2'), false, null],
    ]); // the empty E3 without flags is not stored
    expect(marks.every((m) => m.sessionId === id)).toBe(true);
  });

  it('loads the example session', async () => {
    const { buildExampleSession } = await import('../../src/sample/example-session.ts');
    const example = buildExampleSession();
    const db = freshDb();
    const id = await createSessionWithContent(db, example);
    expect(await candidatesOfSession(db, id).count()).toBe(example.candidates.length);
    expect((await listMarks(db, id)).length).toBe(example.marks.length);
    const livrets = await db.livrets.where('sessionId').equals(id).toArray();
    expect(livrets).toHaveLength(example.livrets.length);
    const numeros = new Map((await candidatesOfSession(db, id).toArray()).map((c) => [c.id!, c.numero]));
    const first = example.livrets[0]!;
    const stored = livrets.find((l) => numeros.get(l.candidateId) === example.candidates[first.candidateRef]!.numero);
    expect(stored?.subjects).toEqual(first.subjects);
  });

  it('refuses a livret with an impossible mark, naming the candidate, and writes nothing', async () => {
    const db = freshDb();
    const data: SessionContent = {
      ...content(),
      livrets: [{ candidateRef: 1, subjects: { cge: { marks: { a2s1: 2100 }, appreciation: '' } }, pix: false, avis: null, observations: '' }],
    };
    await expectRefused(db, () => createSessionWithContent(db, data), /Martin Noé \(« 002 »\) : livret, « cge » : note du semestre « a2s1 » invalide/);
  });

  const refusals: [string, (c: SessionContent) => void, string][] = [
    [
      'an invalid mark in the middle',
      (c) => c.marks.splice(2, 0, { candidateRef: 1, unit: 'E1', value: mark('NV', 'E4') }),
      'Martin Noé (« 002 »), E1 : NV impossible en E1',
    ],
    ['an unknown unit', (c) => c.marks.push({ candidateRef: 1, unit: 'E9', value: mark('10') }), 'Martin Noé (« 002 »), E9 : épreuve inconnue : « E9 ».'],
    ['a mark given twice', (c) => c.marks.push({ candidateRef: 0, unit: 'E1', value: mark('10') }), 'Dupont Léa (« 001 »), E1 : note donnée deux fois.'],
    ['a mark for an unknown candidate', (c) => c.marks.push({ candidateRef: 3, unit: 'E1', value: mark('10') }), 'Note n° 6 : candidat n° 3 inconnu.'],
    ['a bénéfice too old', (c) => (c.marks[2]!.benefice = { year: 2019 }), 'de 2020 à 2024'],
    ['a duplicate numero', (c) => (c.candidates[2]!.numero = ' 001 '), 'Candidat n° 3 (« 001 ») : le numéro « 001 » est déjà celui de Dupont Léa.'],
    ['a candidate without name', (c) => (c.candidates[1]!.nom = ''), 'Candidat n° 2 (« 002 ») : le nom du candidat est obligatoire.'],
    ['an unknown établissement', (c) => (c.candidates[1]!.etablissementRef = 2), 'Candidat n° 2 (« 002 ») : établissement n° 2 inconnu.'],
    [
      'a duplicate UAI',
      (c) => (c.etablissements[1]!.uai = '0310044E'),
      "Établissement n° 2 : le code UAI « 0310044E » est déjà celui de l'établissement Lycée A.",
    ],
    ['an invalid UAI', (c) => (c.etablissements[0]!.uai = '31004E'), "Établissement n° 1 : le code UAI « 31004E » n'est pas valide"],
    ['an invalid session', (c) => (c.session.year = 1990), 'entre 2000 et 2100'],
  ];
  it.each(refusals)('writes nothing when given %s', async (_, spoil, message) => {
    const db = freshDb();
    await createSession(db, sessionData({ name: 'Déjà là' }));
    const data = content();
    spoil(data);
    await expectRefused(db, () => createSessionWithContent(db, data), message);
  });
});

describe('with the candidates of a deleted session gone', () => {
  it('leaves no orphan: deleteCandidates after deleteSession finds nothing', async () => {
    const db = freshDb();
    const id = await createSessionWithContent(db, content());
    const ids = (await listCandidates(db, id)).map((c) => c.id!);
    await deleteSession(db, id);
    expect(await deleteCandidates(db, ids)).toEqual({ candidates: [], marks: [], conformity: [], juryNotes: [], evaluations: [], livrets: [] });
  });
});
