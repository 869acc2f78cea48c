// A backup written by the first version of the format (tests/fixtures/sauvegarde-v1.json, frozen) must restore
// with every later version of Délib: the file is what a teacher keeps on a USB stick for years.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewRestore, readBackupFile, restoreBackup } from '../../src/db/backup.ts';
import { getConformitySettings } from '../../src/db/conformity.ts';
import { listCandidates } from '../../src/db/candidates.ts';
import { listMarks, setMark } from '../../src/db/marks.ts';
import { listSessions } from '../../src/db/sessions.ts';
import { formatMark } from '../../src/domain/marks.ts';
import { XSS_NAME } from '../fixtures/backup-data.ts';
import { freshDb, mark } from './helpers.ts';

const text = readFileSync(new URL('../fixtures/sauvegarde-v1.json', import.meta.url), 'utf8');

describe('tests/fixtures/sauvegarde-v1.json (format 1, schema 4)', () => {
  it('is still read as a valid backup', async () => {
    const db = freshDb();
    const read = await readBackupFile(db, text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value).toMatchObject({ format: 'delib-sauvegarde', schemaVersion: 4, createdAt: '2025-06-30T12:00:00.000Z' });
    const preview = await previewRestore(db, read.value);
    expect(preview.sessions.map((s) => [s.name, s.candidates, s.marks, s.existing])).toEqual([
      ['BTS CCST 2025 — Toulouse', 3, 10, null],
      ['BTS CCST 2024 — rattrapage', 1, 1, null],
    ]);
  });

  it('restores into an empty database, every table, and the data works with the repositories', async () => {
    const db = freshDb();
    const read = await readBackupFile(db, text);
    if (!read.ok) throw new Error(read.error);
    const restored = await restoreBackup(db, read.value);
    expect(restored.map((r) => r.action)).toEqual(['added', 'added']);
    const sessions = await listSessions(db);
    expect(sessions.map((s) => [s.name, s.createdAt])).toEqual([
      ['BTS CCST 2025 — Toulouse', '2024-09-02T07:45:12.345Z'],
      ['BTS CCST 2024 — rattrapage', '2024-06-20T14:00:00.000Z'],
    ]);
    const main = restored[0]!.id;
    const candidates = await listCandidates(db, main);
    expect(candidates.map((c) => [c.numero, c.nom])).toEqual([
      ['0012', 'Dupont'],
      ['0013', 'Œillet'],
      ['0014', XSS_NAME],
    ]);
    const byId = new Map(candidates.map((c) => [c.id!, c.numero]));
    const marks = (await listMarks(db, main)).map(
      (m) => `${byId.get(m.candidateId)} ${m.unit} ${formatMark(m.value)}${m.sousReserve ? ' SR' : ''}${m.benefice ? ` B${m.benefice.year}` : ''}`,
    );
    expect(marks.sort()).toEqual([
      '0012 E1 12,5',
      '0012 E4 NV',
      '0012 EF1 15',
      '0012 U61 14,75 SR',
      '0013 E1 8',
      '0013 E21 ABJ',
      '0013 E5 14 B2023',
      '0013 controle_E1 11',
      '0014 E22 DI',
      '0014 E3 AB',
    ]);
    const lea = candidates[0]!.id!;
    const jean = candidates[1]!.id!;
    expect((await db.conformity.get(lea))?.nv.E4?.replaced?.value).toEqual({ kind: 'number', hundredths: 1400 });
    expect(await db.deliberations.get(main)).toMatchObject({ phase: 'premier_groupe', juryMember: 'Mme Durand' });
    expect((await db.audit.where('sessionId').equals(main).sortBy('id')).map((a) => a.candidateId)).toEqual([null, jean, null]);
    expect(await db.juryNotes.get(jean)).toMatchObject({ livretExamined: true, controleUnits: ['E1'] });
    expect(await getConformitySettings(db, main)).toEqual({ orals: { E4: '2025-06-10', U61: null }, controllers: ['M. Martin'] });
    expect((await listCandidates(db, main)).find((c) => c.nom === 'Œillet')?.numero).toBe('0013');
    // The restored deliberation is open: a change needs a reason, and is logged.
    await expect(setMark(db, { candidateId: jean, unit: 'E3', value: mark('12', 'E3') })).rejects.toThrow(/motif/);
    await setMark(db, { candidateId: jean, unit: 'E3', value: mark('12', 'E3'), reason: 'Report' });
    expect(await db.audit.where('sessionId').equals(main).count()).toBe(4);
  });

  it('restores next to itself as « … (restaurée) » copies', async () => {
    const db = freshDb();
    const read = await readBackupFile(db, text);
    if (!read.ok) throw new Error(read.error);
    await restoreBackup(db, read.value);
    const copies = await restoreBackup(db, read.value);
    expect(copies.map((c) => [c.name, c.action])).toEqual([
      ['BTS CCST 2025 — Toulouse (restaurée)', 'copied'],
      ['BTS CCST 2024 — rattrapage (restaurée)', 'copied'],
    ]);
    expect(await db.candidates.count()).toBe(8);
  });
});
