import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  BACKED_UP_TABLES,
  backupStatus,
  CHANGES_SINCE_BACKUP,
  checkBackupContent,
  checkBackupContentPausing,
  collectBackup,
  changesCounted,
  countChangesSinceBackup,
  exportBackup,
  LAST_BACKUP_AT,
  markBackedUp,
  NOT_BACKED_UP_TABLES,
  previewRestore,
  readBackupFile,
  restoreBackup,
} from '../../src/db/backup.ts';
import { addCandidate, candidatesOfSession, listCandidates } from '../../src/db/candidates.ts';
import type { DelibDatabase } from '../../src/db/database.ts';
import { UserError } from '../../src/db/errors.ts';
import { allMarks, setMark } from '../../src/db/marks.ts';
import { createSession, listSessions } from '../../src/db/sessions.ts';
import { getSetting, OPEN_SESSION_ID, setSetting } from '../../src/db/settings.ts';
import { conformitySettingsKey } from '../../src/domain/conformity.ts';
import { restoredSessionNames } from '../../src/domain/session-names.ts';
import { checksumOf, type BackupContent, type BackupFile } from '../../src/io/backup.ts';
import { populate, XSS_NAME } from '../fixtures/backup-data.ts';
import { candidateData, freshDb, mark, sessionData } from './helpers.ts';

/** Every row of every table, without ids (restored rows get new ones), sorted by what identifies them. */
async function contentOf(db: DelibDatabase, sessionIds?: number[]) {
  const { content } = await collectBackup(db, 'all');
  const keep = (sessionId: number) => sessionIds === undefined || sessionIds.includes(sessionId);
  const numero = new Map(content.candidates.map((c) => [c.id!, `${c.numero}`]));
  const uai = new Map(content.etablissements.map((e) => [e.id!, e.name]));
  const name = new Map(content.sessions.map((s) => [s.id!, s.name]));
  const s = (id: number) => name.get(id);
  const rows = {
    sessions: content.sessions.filter((x) => keep(x.id!)).map(({ id: _id, ...x }) => x),
    etablissements: content.etablissements.filter((x) => keep(x.sessionId)).map(({ id: _id, sessionId, ...x }) => ({ ...x, session: s(sessionId) })),
    candidates: content.candidates
      .filter((x) => keep(x.sessionId))
      .map(({ id: _id, sessionId, etablissementId, ...x }) => ({
        ...x,
        session: s(sessionId),
        etablissement: etablissementId === null ? null : uai.get(etablissementId),
      })),
    marks: content.marks
      .filter((x) => keep(x.sessionId))
      .map(({ sessionId, candidateId, ...x }) => ({ ...x, session: s(sessionId), candidate: numero.get(candidateId) })),
    conformity: content.conformity
      .filter((x) => keep(x.sessionId))
      .map(({ sessionId, candidateId, ...x }) => ({ ...x, session: s(sessionId), candidate: numero.get(candidateId) })),
    deliberations: content.deliberations.filter((x) => keep(x.sessionId)).map(({ sessionId, ...x }) => ({ ...x, session: s(sessionId) })),
    audit: content.audit
      .filter((x) => keep(x.sessionId))
      .map(({ id: _id, sessionId, candidateId, ...x }) => ({
        ...x,
        session: s(sessionId),
        candidate: candidateId === null ? null : (numero.get(candidateId) ?? null),
      })),
    juryNotes: content.juryNotes
      .filter((x) => keep(x.sessionId))
      .map(({ sessionId, candidateId, ...x }) => ({ ...x, session: s(sessionId), candidate: numero.get(candidateId) })),
    evaluations: content.evaluations
      .filter((x) => keep(x.sessionId))
      .map(({ sessionId, candidateId, ...x }) => ({ ...x, session: s(sessionId), candidate: numero.get(candidateId) })),
    livrets: content.livrets
      .filter((x) => keep(x.sessionId))
      .map(({ sessionId, candidateId, ...x }) => ({ ...x, session: s(sessionId), candidate: numero.get(candidateId) })),
    settings: content.settings
      .filter((x) => keep(Number(x.key.split(':')[1])))
      .map((x) => ({ prefix: x.key.split(':')[0], value: x.value, session: s(Number(x.key.split(':')[1])) })),
  };
  // Sorted by content: restored rows get other ids, hence another order.
  return Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, [...v].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))])) as typeof rows;
}

/** Every table, raw, to check that a refused restore changed nothing. */
async function everything(db: DelibDatabase) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])));
}

async function fileOf(db: DelibDatabase, text: string): Promise<BackupFile> {
  const read = await readBackupFile(db, text);
  if (!read.ok) throw new Error(read.error);
  return read.value;
}

/** A file of `content`, checksummed, as if written by Délib. */
async function fileWith(content: BackupContent, schemaVersion = 4): Promise<BackupFile> {
  const header = { format: 'delib-sauvegarde', version: 1, schemaVersion, createdAt: '2025-06-30T12:00:00.000Z' } as const;
  return { ...header, checksum: await checksumOf(header, content), content };
}

async function refusedRestore(db: DelibDatabase, file: BackupFile, message: RegExp) {
  const before = await everything(db);
  const error = await restoreBackup(db, file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toMatch(message);
  expect(await everything(db)).toEqual(before);
}

describe('backup coverage', () => {
  it('saves every table of the schema or leaves it out on purpose', async () => {
    const db = freshDb();
    await db.open();
    expect([...BACKED_UP_TABLES, ...NOT_BACKED_UP_TABLES].sort()).toEqual(db.tables.map((t) => t.name).sort());
  });
});

describe('exportBackup / restoreBackup', () => {
  it('restores several candidates « numéro à venir » of one session (an empty numero is nobody’s)', async () => {
    const source = freshDb();
    const sessionId = await createSession(source, sessionData());
    await addCandidate(source, candidateData(sessionId, { numero: '', nom: 'Dupont', prenom: 'Léa' }));
    await addCandidate(source, candidateData(sessionId, { numero: '', nom: 'Martin', prenom: 'Noé' }));
    const exported = await exportBackup(source, 'all', new Date('2025-06-30T12:00:00.000Z'));
    const target = freshDb();
    const [restored] = await restoreBackup(target, await fileOf(target, exported.text));
    expect((await listCandidates(target, restored!.id)).map((c) => [c.numero, c.nom])).toEqual([
      ['', 'Dupont'],
      ['', 'Martin'],
    ]);
  });

  it('restores every session into an empty database exactly as it was (new ids, references remapped)', async () => {
    const source = freshDb();
    await populate(source);
    const exported = await exportBackup(source, 'all', new Date('2025-06-30T12:00:00.000Z'));
    expect(exported.complete).toBe(true);
    expect(exported.sessions).toEqual([
      { name: 'BTS CCST 2025 — Toulouse', candidates: 3 },
      { name: 'BTS CCST 2024 — rattrapage', candidates: 1 },
    ]);

    const target = freshDb();
    await createSession(target, sessionData({ name: 'Brouillon' })); // ids of the target differ from the source's
    await target.sessions.clear();
    const restored = await restoreBackup(target, await fileOf(target, exported.text));
    expect(restored.map((r) => [r.name, r.action])).toEqual([
      ['BTS CCST 2025 — Toulouse', 'added'],
      ['BTS CCST 2024 — rattrapage', 'added'],
    ]);
    expect(restored[0]!.id).not.toBe(1);
    expect(await contentOf(target)).toEqual(await contentOf(source));

    const candidates = await candidatesOfSession(target, restored[0]!.id).toArray();
    expect(candidates.map((c) => c.numero)).toContain('0013');
    // The audit line of a deleted candidate keeps its text and loses its link; the others are remapped.
    const audit = await target.audit.where('sessionId').equals(restored[0]!.id).sortBy('id');
    expect(audit.map((a) => a.candidateId === null)).toEqual([true, false, true]);
    expect(candidates.find((c) => c.numero === '0013')!.id).toBe(audit[1]!.candidateId);
    // Restored into an empty browser: the data is the backup, nothing to remind.
    expect(await backupStatus(target)).toEqual({ changes: 0, lastBackupAt: '2025-06-30T12:00:00.000Z' });
  });

  it('exports one session only, and only a backup of every session resets the reminder', async () => {
    const db = freshDb();
    const { main, second } = await populate(db);
    await setSetting(db, CHANGES_SINCE_BACKUP, 12);
    const one = await exportBackup(db, { sessionId: second });
    expect(one.complete).toBe(false);
    expect(one.sessions).toEqual([{ name: 'BTS CCST 2024 — rattrapage', candidates: 1 }]);
    const file = await fileOf(db, one.text);
    expect(file.content.sessions.map((s) => s.id)).toEqual([second]);
    expect(file.content.settings).toEqual([]); // the conformity settings are the other session's
    expect(await backupStatus(db)).toEqual({ changes: 12, lastBackupAt: null });

    const mainOnly = await fileOf(db, (await exportBackup(db, { sessionId: main })).text);
    expect(mainOnly.content.settings.map((s) => s.key)).toEqual([conformitySettingsKey(main)]);
    expect(mainOnly.content.candidates).toHaveLength(3);

    await exportBackup(db, 'all', new Date('2025-07-01T09:00:00.000Z'));
    expect(await backupStatus(db)).toEqual({ changes: 0, lastBackupAt: '2025-07-01T09:00:00.000Z' });
    await expect(exportBackup(db, { sessionId: 999 })).rejects.toThrow("Cette session n'existe pas (ou plus).");
    await expect(exportBackup(freshDb(), 'all')).rejects.toThrow('Rien à sauvegarder');
  });

  it('keeps both when the session is already there: the copy is « … (restaurée) », the original untouched', async () => {
    const db = freshDb();
    const { main } = await populate(db);
    const before = await contentOf(db);
    const file = await fileOf(db, (await exportBackup(db, { sessionId: main })).text);
    const preview = await previewRestore(db, file);
    expect(preview.sessions).toEqual([
      {
        fileId: main,
        name: 'BTS CCST 2025 — Toulouse',
        academie: 'Toulouse',
        year: 2025,
        candidates: 3,
        marks: 10,
        existing: { id: main, name: 'BTS CCST 2025 — Toulouse' },
      },
    ]);

    const [copy] = await restoreBackup(db, file, {}, new Date('2025-07-01T00:00:00.000Z'));
    expect(copy).toMatchObject({ name: 'BTS CCST 2025 — Toulouse (restaurée)', action: 'copied' });
    expect(copy!.id).not.toBe(main);
    const again = await restoreBackup(db, file);
    expect(again[0]!.name).toBe('BTS CCST 2025 — Toulouse (restaurée 2)');

    const after = await contentOf(db);
    expect(await contentOf(db, [main, (await listSessions(db)).find((s) => s.id !== main && s.name.startsWith('BTS CCST 2024'))!.id!])).toEqual(before);
    const copyContent = await contentOf(db, [copy!.id]);
    const mainContent = await contentOf(db, [main]);
    const rename = <T extends { session?: string }>(rows: T[]) => rows.map((r) => ({ ...r, session: 'x' }));
    for (const key of ['candidates', 'marks', 'conformity', 'deliberations', 'audit', 'juryNotes', 'evaluations', 'livrets', 'settings'] as const) {
      expect(rename(copyContent[key] as { session?: string }[]), key).toEqual(rename(mainContent[key] as { session?: string }[]));
    }
    expect(copyContent.sessions[0]!.createdAt).toBe('2025-07-01T00:00:00.000Z'); // a distinct session from now on
    expect(after.sessions).toHaveLength(4);
  });

  it('replaces the same session: same id (an open tab stays on it), the current rows gone, the saved ones back', async () => {
    const db = freshDb();
    const { main, second } = await populate(db);
    await setSetting(db, OPEN_SESSION_ID, main);
    const saved = await contentOf(db);
    const file = await fileOf(db, (await exportBackup(db, 'all')).text);

    // Work after the backup, then a wish to go back to it.
    const [lea] = await listCandidates(db, main);
    await db.deliberations.update(main, { phase: 'preparation' });
    await setMark(db, { candidateId: lea!.id!, unit: 'E1', value: mark('19') });
    await addCandidate(db, candidateData(main, { numero: '0200', nom: 'Nouveau' }));
    await db.audit.add({
      sessionId: main,
      at: '2025-07-01T00:00:00.000Z',
      who: 'x',
      kind: 'phase',
      candidateId: null,
      numero: '',
      name: '',
      unit: '',
      before: '',
      after: '',
      reason: '',
    });
    await setSetting(db, conformitySettingsKey(main), { orals: {}, controllers: ['Autre'] });

    const restored = await restoreBackup(db, file, { [main]: 'replace', [second]: 'skip' });
    expect(restored).toEqual([{ fileId: main, id: main, name: 'BTS CCST 2025 — Toulouse', action: 'replaced' }]);
    expect(await contentOf(db)).toEqual(saved);
    expect(await getSetting(db, OPEN_SESSION_ID)).toBe(main);
    expect(await candidatesOfSession(db, main).count()).toBe(3);
    expect(await db.imports.count()).toBe(0);
  });

  it('restores the HTML-looking name as plain text, byte for byte', async () => {
    const db = freshDb();
    await populate(db);
    const target = freshDb();
    await restoreBackup(target, await fileOf(target, (await exportBackup(db, 'all')).text));
    const names = (await target.candidates.toArray()).map((c) => c.nom);
    expect(names).toContain(XSS_NAME);
  });
});

describe('a backup is checked whole before anything is written', () => {
  async function sourceContent(): Promise<BackupContent> {
    const db = freshDb();
    await populate(db);
    return (await collectBackup(db, 'all')).content;
  }

  it('refuses a mark the rules forbid, even in the last record, and writes nothing', async () => {
    const content = await sourceContent();
    const last = content.marks.at(-1)!;
    content.marks[content.marks.length - 1] = { ...last, value: { kind: 'number', hundredths: 2500 } };
    const db = freshDb();
    await populate(db); // not empty: a partial write would show
    await refusedRestore(db, await fileWith(content), /Sauvegarde, note n° 11, Martin Paul \(« 0012 »\), E4 : « 25 » : note supérieure à 20/);
  });

  it('issue 16: refuses a convocation on a contrôle unit not chosen, or with a wrong hour; an old backup without them restores', async () => {
    const content = await sourceContent();
    const note = content.juryNotes[0]!;
    const db = freshDb();
    await refusedRestore(
      db,
      await fileWith({ ...content, juryNotes: [{ ...note, schedule: { E3: { date: '2025-07-03', time: '09:30', room: 'B12' } } }] }),
      /convocation au contrôle E3 : épreuve non choisie/,
    );
    await refusedRestore(
      db,
      await fileWith({ ...content, juryNotes: [{ ...note, schedule: { E1: { date: '2025-07-03', time: '9h75', room: 'B12' } } }] }),
      /« 9h75 » n'est pas une heure/,
    );
    const { schedule: _schedule, ...old } = note;
    const sessions = content.sessions.map(({ place: _p, centre: _c, centreAddress: _a, controleFrom: _f, controleTo: _t, ...s }) => s);
    const restored = await restoreBackup(db, await fileWith({ ...content, sessions, juryNotes: [old] }));
    expect(restored).toHaveLength(2);
    expect((await db.juryNotes.toArray())[0]!.schedule).toBeUndefined();
  });

  it('refuses rows whose references do not hold', async () => {
    const db = freshDb();
    const wrongSession = await sourceContent();
    wrongSession.etablissements[0]!.sessionId = 42;
    await refusedRestore(db, await fileWith(wrongSession), /Sauvegarde, établissement n° 1 : session n° 42 absente de la sauvegarde/);

    const crossSession = await sourceContent();
    crossSession.marks[0]!.sessionId = crossSession.sessions[1]!.id!;
    await refusedRestore(db, await fileWith(crossSession), /note n° 1 : candidat n° \d+ absent de la sauvegarde ou d'une autre session/);

    const foreignEtablissement = await sourceContent();
    foreignEtablissement.candidates[3]!.etablissementId = foreignEtablissement.etablissements[0]!.id!;
    await refusedRestore(
      db,
      await fileWith(foreignEtablissement),
      /candidat n° 4 \(« 0012 »\) : établissement n° 1 absent de la sauvegarde ou d'une autre session/,
    );
  });

  it('refuses duplicates the database would refuse', async () => {
    const db = freshDb();
    const numero = await sourceContent();
    numero.candidates[1]!.numero = '0012';
    await refusedRestore(db, await fileWith(numero), /Sauvegarde, candidat n° 2 \(« 0012 »\) : le numéro « 0012 » est déjà celui de Dupont Léa/);

    const uai = await sourceContent();
    uai.etablissements[1]!.uai = '0310044E';
    await refusedRestore(db, await fileWith(uai), /établissement n° 2 : le code UAI « 0310044E » est déjà celui/);

    const twice = await sourceContent();
    twice.marks.push({ ...twice.marks[0]! });
    await refusedRestore(db, await fileWith(twice), /note donnée deux fois/);

    const ids = await sourceContent();
    ids.candidates[1]!.id = ids.candidates[0]!.id;
    await refusedRestore(db, await fileWith(ids), /identifiant 1 donné deux fois/);
  });

  it('refuses invalid rows of every table with the db’s own messages', async () => {
    const db = freshDb();
    const cases: [(c: BackupContent) => void, RegExp][] = [
      [(c) => ((c.sessions[0]!.presetId = 'bts-inconnu'), delete c.sessions[0]!.regulation), /session n° 1 : réglementation inconnue : « bts-inconnu »/],
      // Issue 17: the session's own regulation is checked whole, each fault named by its field.
      [(c) => (c.sessions[0]!.regulation!.units[0]!.coefficient = -3), /session n° 1 : réglementation de la session invalide : units\[0\]\.coefficient : /],
      [(c) => (c.sessions[0]!.year = 1999), /année de la session/],
      [(c) => ((c.candidates[0] as { statut: string }).statut = 'moine'), /Statut inconnu|statut inconnu/],
      [(c) => (c.candidates[0]!.optionalUnits = ['E4']), /n'est pas une épreuve facultative/],
      [(c) => (c.marks.find((m) => m.unit === 'E5')!.benefice = { year: 2010 }), /Œillet Jean-Baptiste \(« 0013 »\), E5 : bénéfice en E5 : l'année doit être/],
      [(c) => ((c.deliberations[0] as { phase: string }).phase = 'fini'), /délibération n° 1 : étape inconnue/],
      [(c) => (c.juryNotes[0]!.controleUnits = ['E1', 'E2', 'E3']), /au plus 2 épreuves de contrôle/],
      [(c) => ((c.audit[0] as { kind: string }).kind = 'x'), /journal n° 1 : type de ligne inconnu/],
      [(c) => (c.conformity[0]!.nv = { E1: { reasons: [], replaced: null } }), /conformité n° 1, Dupont Léa : NV en E1 : pas de contrôle de conformité/],
      [(c) => (c.conformity[0]!.units = { E4: { ...c.conformity[0]!.units!.E4!, pages: -3 } }), /conformité n° 1, Dupont Léa : E4 : le nombre de pages/],
      [(c) => (c.settings[0] = { key: 'conformity:1', value: { orals: { E4: 'demain' }, controllers: [] } }), /réglage n° 1 : E4 : date de l'oral invalide/],
      [(c) => (c.evaluations[0]!.unit = 'E4'), /grille d'évaluation n° 1, Dupont Léa : grille « ccst-2024-u61-ccf » inconnue pour E4/],
      [
        (c) => (c.evaluations[0]!.evaluation = { ...c.evaluations[0]!.evaluation, levels: { c1: 'Excellent' as 'TS' } }),
        /grille d'évaluation n° 1, Dupont Léa : grille de U61 : critère 1 .* niveau « Excellent » inconnu/,
      ],
      [(c) => c.evaluations.push({ ...c.evaluations[0]! }), /grille de U61 donnée deux fois/],
      [
        (c) => (c.livrets[0]!.subjects = { cge: { marks: { a1s1: 2500 }, appreciation: '' } }),
        /livret scolaire n° 1, Œillet Jean-Baptiste : livret, « cge » : note du semestre « a1s1 » invalide/,
      ],
      [(c) => c.settings.push({ key: 'openSessionId', value: 1 }), /réglage n° 2 : réglage inconnu : « openSessionId »/],
    ];
    for (const [change, message] of cases) {
      const content = await sourceContent();
      change(content);
      await refusedRestore(db, await fileWith(content), message);
    }
  });

  it('checkBackupContent writes nothing and groups the rows by session', async () => {
    const checked = checkBackupContent(await sourceContent());
    expect(
      checked.map((s) => [
        s.session.name,
        s.etablissements.length,
        s.candidates.length,
        s.marks.length,
        s.conformity.length,
        s.audit.length,
        s.juryNotes.length,
        s.settings.length,
        s.deliberation?.phase ?? null,
      ]),
    ).toEqual([
      ['BTS CCST 2025 — Toulouse', 2, 3, 10, 1, 3, 1, 1, 'premier_groupe'],
      ['BTS CCST 2024 — rattrapage', 0, 1, 1, 0, 0, 0, 0, null],
    ]);
  });
});

describe('a large backup never holds the page', () => {
  it('the check pauses between records and gives what the check in one go gives, refusals included', async () => {
    const db = freshDb();
    await populate(db);
    const { content } = await collectBackup(db, 'all');
    let steps = 0;
    let paused = 0;
    const everyThird = () => (++steps % 3 === 0 ? Promise.resolve().then(() => void paused++) : null);
    expect(await checkBackupContentPausing(content, everyThird)).toEqual(checkBackupContent(content));
    const records = Object.values(content).reduce((sum, rows) => sum + rows.length, 0);
    expect(steps).toBe(records);
    expect(paused).toBe(Math.floor(records / 3));

    const last = content.marks.at(-1)!;
    content.marks[content.marks.length - 1] = { ...last, value: { kind: 'number', hundredths: 2500 } };
    await expect(checkBackupContentPausing(content, everyThird)).rejects.toThrow(
      /Sauvegarde, note n° 11, Martin Paul \(« 0012 »\), E4 : « 25 » : note supérieure à 20/,
    );
  });

  it('still finds a numero given twice among thousands of candidates, now looked up by session instead of through the list', async () => {
    const db = freshDb();
    const sessionId = await createSession(db, sessionData());
    const { content } = await collectBackup(db, 'all');
    const candidate = (i: number) => ({ ...candidateData(sessionId, { numero: String(100000 + i), nom: `Nom${i}` }), id: i + 1 });
    const many = Array.from({ length: 3000 }, (_, i) => candidate(i));
    many.push({ ...candidate(3000), numero: '101234' });
    await expect(checkBackupContentPausing({ ...content, candidates: many })).rejects.toThrow(
      /Sauvegarde, candidat n° 3001 \(« 101234 »\) : le numéro « 101234 » est déjà celui de Nom1234/,
    );
  });
});

describe('older backups', () => {
  it('restores a file of an older schema (no v4 lists) into the current one', async () => {
    const source = freshDb();
    await populate(source);
    const { content } = await collectBackup(source, 'all');
    const old = { sessions: content.sessions, etablissements: content.etablissements, candidates: content.candidates, marks: content.marks };
    const header = { format: 'delib-sauvegarde', version: 1, schemaVersion: 2, createdAt: '2024-12-01T00:00:00.000Z' } as const;
    const text = JSON.stringify({ ...header, checksum: await checksumOf(header, old), content: old });
    const db = freshDb();
    const restored = await restoreBackup(db, await fileOf(db, text));
    expect(restored).toHaveLength(2);
    const after = await contentOf(db);
    const expected = await contentOf(source);
    expect(after.candidates).toEqual(expected.candidates);
    expect(after.marks).toEqual(expected.marks);
    expect(after.conformity).toEqual([]);
  });
});

describe('restored names', () => {
  it('a session new here whose name another session already has is restored as « (2) », as its preview says', async () => {
    const source = freshDb();
    const { main } = await populate(source);
    const file = await fileOf(source, (await exportBackup(source, { sessionId: main })).text);
    // Another browser, where a session of the same name was made separately (another creation time).
    const db = freshDb();
    await createSession(db, sessionData({ name: 'bts ccst 2025 — TOULOUSE' }));
    const preview = await previewRestore(db, file);
    expect(preview.sessions[0]!.existing).toBeNull();
    expect(restoredSessionNames(preview.sessions, preview.here, {}).get(main)).toBe('BTS CCST 2025 — Toulouse (2)');
    const [restored] = await restoreBackup(db, file);
    expect(restored).toMatchObject({ name: 'BTS CCST 2025 — Toulouse (2)', action: 'added' });
  });
});

describe('changes since the last backup', () => {
  it('counts committed write actions on the data, not refused ones, not settings, not the counter itself', async () => {
    const db = freshDb({ addons: [countChangesSinceBackup] });
    const settle = () => changesCounted(db);
    expect(await backupStatus(db)).toEqual({ changes: 0, lastBackupAt: null });
    const sessionId = await createSession(db, sessionData());
    const candidateId = await addCandidate(db, candidateData(sessionId));
    await setMark(db, { candidateId, unit: 'E1', value: mark('12') });
    await setMark(db, { candidateId, unit: 'E1', value: mark('13') });
    await settle();
    expect((await backupStatus(db)).changes).toBe(4);

    await expect(setMark(db, { candidateId, unit: 'E1', value: mark('12') && { kind: 'number', hundredths: 2500 } })).rejects.toThrow(UserError);
    await setSetting(db, OPEN_SESSION_ID, sessionId);
    await allMarks(db);
    await settle();
    expect((await backupStatus(db)).changes).toBe(4);

    await markBackedUp(db, '2025-06-30T12:00:00.000Z');
    await settle();
    expect(await backupStatus(db)).toEqual({ changes: 0, lastBackupAt: '2025-06-30T12:00:00.000Z' });
    await setMark(db, { candidateId, unit: 'E1', value: mark('14') });
    await settle();
    expect((await backupStatus(db)).changes).toBe(1);
    expect(await getSetting(db, LAST_BACKUP_AT)).toBe('2025-06-30T12:00:00.000Z');
  });

  it('a restore into an empty database leaves the counter at 0', async () => {
    const source = freshDb();
    await populate(source);
    const text = (await exportBackup(source, 'all')).text;
    const db = freshDb({ addons: [countChangesSinceBackup] });
    await restoreBackup(db, await fileOf(db, text));
    await changesCounted(db);
    expect((await backupStatus(db)).changes).toBe(0);
  });
});
