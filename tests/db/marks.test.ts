import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { addCandidate, updateCandidate } from '../../src/db/candidates.ts';
import {
  adoptMarksByUnit,
  allMarks,
  deleteCandidatesMarks,
  getMark,
  listMarks,
  marksByCandidate,
  setBenefice,
  setMark,
  setMarkFlags,
} from '../../src/db/marks.ts';
import { createSession } from '../../src/db/sessions.ts';
import { blockOf } from '../../src/db/database.ts';
import { decodeBlock } from '../../src/db/marks-codec.ts';
import type { Mark } from '../../src/domain/marks.ts';
import type { MarkRecord } from '../../src/domain/session.ts';
import { candidateData, expectRefused, freshDb, mark, sessionData } from './helpers.ts';

/** A session of 2025 with one candidate. */
async function withCandidate() {
  const db = freshDb();
  const sessionId = await createSession(db, sessionData({ year: 2025 }));
  const candidateId = await addCandidate(db, candidateData(sessionId));
  const stored = (unit: string) => getMark(db, candidateId, unit);
  return { db, sessionId, candidateId, stored };
}

describe('setMark', () => {
  it('stores a mark with the session of the candidate, no flags and an ISO time', async () => {
    const { db, sessionId, candidateId, stored } = await withCandidate();
    const record = await setMark(db, { candidateId, unit: 'E1', value: mark('12,5') });
    expect(record).toEqual({
      sessionId,
      candidateId,
      unit: 'E1',
      value: { kind: 'number', hundredths: 1250 },
      sousReserve: false,
      benefice: null,
      updatedAt: expect.any(String),
    });
    expect(new Date(record!.updatedAt).toISOString()).toBe(record!.updatedAt);
    expect(await stored('E1')).toEqual(record);
  });

  it.each([
    ['E1', 'AB'],
    ['E1', 'ABJ'],
    ['E1', 'DI'],
    ['E4', 'NV'],
    ['U62', 'NV'],
    ['E4', '0'],
    ['E4', '20'],
    ['EF1', '15,75'],
    ['controle_E2', '11,5'],
    ['controle_E1', 'AB'],
  ])('R2: accepts %s = %s', async (unit, text) => {
    const { db, candidateId, stored } = await withCandidate();
    if (unit === 'EF1') await updateCandidate(db, candidateId, { optionalUnits: ['EF1'] });
    await setMark(db, { candidateId, unit, value: mark(text, unit) });
    expect((await stored(unit))?.value).toEqual(mark(text, unit));
  });

  it.each<[string, Mark, string]>([
    ['E1', { kind: 'NV' }, 'NV impossible en E1 (seulement en E4, U61, U62)'],
    ['E4', { kind: 'DI' }, 'DI impossible en E4'],
    ['EF2', { kind: 'DI' }, 'DI impossible en EF2'],
    ['E1', { kind: 'number', hundredths: 2001 }, 'note supérieure à 20'],
    ['E1', { kind: 'number', hundredths: -100 }, 'négative'],
    ['E1', { kind: 'number', hundredths: 1250.5 }, "n'est pas une note"],
    ['controle_E2', { kind: 'NV' }, "à l'épreuve de contrôle, seule une note ou AB est possible"],
    ['controle_E2', { kind: 'ABJ' }, "à l'épreuve de contrôle, seule une note ou AB est possible"],
    ['E1', { kind: 'ABS' } as unknown as Mark, 'E1 : valeur de note invalide.'],
    ['E1', null as unknown as Mark, 'E1 : valeur de note invalide.'],
    ['E9', { kind: 'number', hundredths: 1000 }, 'Épreuve inconnue : « E9 ».'],
    ['e1', { kind: 'number', hundredths: 1000 }, 'Épreuve inconnue : « e1 ».'],
    ['controle_E4', { kind: 'number', hundredths: 1000 }, 'Épreuve inconnue : « controle_E4 ».'],
    ['controle_E21', { kind: 'number', hundredths: 1000 }, 'Épreuve inconnue : « controle_E21 ».'],
  ])('R2: refuses %s = %o', async (unit, value, message) => {
    const { db, candidateId } = await withCandidate();
    await setMark(db, { candidateId, unit: 'E4', value: mark('14', 'E4') });
    await expectRefused(db, () => setMark(db, { candidateId, unit, value }), message);
  });

  it('refuses an unknown candidate', async () => {
    const { db, candidateId } = await withCandidate();
    await expectRefused(db, () => setMark(db, { candidateId: candidateId + 1, unit: 'E1', value: mark('10') }), "Ce candidat n'existe pas");
  });

  it('replaces the value; an empty value without flags removes the record', async () => {
    const { db, candidateId, stored } = await withCandidate();
    await setMark(db, { candidateId, unit: 'E1', value: mark('12') });
    await setMark(db, { candidateId, unit: 'E1', value: mark('AB') });
    expect((await stored('E1'))?.value).toEqual({ kind: 'AB' });
    expect(await setMark(db, { candidateId, unit: 'E1', value: mark('') })).toBeNull();
    expect(await stored('E1')).toBeUndefined();
    expect(await setMark(db, { candidateId, unit: 'E3', value: mark('') })).toBeNull();
    expect((await allMarks(db)).length).toBe(0);
  });

  it('keeps the flags when the value changes, and keeps a flagged record when the value is cleared', async () => {
    const { db, candidateId, stored } = await withCandidate();
    await setMark(db, { candidateId, unit: 'E4', value: mark('12', 'E4') });
    await setMarkFlags(db, { candidateId, unit: 'E4', sousReserve: true, benefice: { year: 2023 } });
    await setMark(db, { candidateId, unit: 'E4', value: mark('13,5', 'E4') });
    expect(await stored('E4')).toMatchObject({ value: mark('13,5', 'E4'), sousReserve: true, benefice: { year: 2023 } });

    await setMark(db, { candidateId, unit: 'U61', value: mark('8', 'U61') });
    await setMarkFlags(db, { candidateId, unit: 'U61', sousReserve: true });
    await setMark(db, { candidateId, unit: 'U61', value: mark('NV', 'U61') });
    expect(await stored('U61')).toMatchObject({ value: { kind: 'NV' }, sousReserve: true, benefice: null });
    await setMark(db, { candidateId, unit: 'U61', value: mark('', 'U61') });
    expect(await stored('U61')).toMatchObject({ value: { kind: 'empty' }, sousReserve: true });
  });

  it('does not rewrite an unchanged mark', async () => {
    const { db, candidateId, stored } = await withCandidate();
    const first = await setMark(db, { candidateId, unit: 'E1', value: mark('12') });
    // A rewrite would now carry a later time: the clock moves on by a minute, only Date is faked.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse(first!.updatedAt) + 60_000 });
    try {
      expect(await setMark(db, { candidateId, unit: 'E1', value: mark('12,00') })).toEqual(first);
      expect((await stored('E1'))?.updatedAt).toBe(first!.updatedAt);
    } finally {
      vi.useRealTimers();
    }
  });

  it('issue 16: refuses a mark on an optional unit the candidate did not register for, saying how to register it', async () => {
    const { db, candidateId } = await withCandidate();
    await expect(setMark(db, { candidateId, unit: 'EF1', value: mark('14', 'EF1') })).rejects.toThrow(
      "EF1 de Dupont Léa : le candidat n'est pas inscrit à l'épreuve facultative EF1 (Langue vivante (facultative)) : inscrivez-la d'abord dans sa fiche (onglet « Candidats »",
    );
    await expect(setMark(db, { candidateId, unit: 'EF1', value: mark('AB', 'EF1') })).rejects.toThrow("n'est pas inscrit");
    expect(await getMark(db, candidateId, 'EF1')).toBeUndefined();
    await updateCandidate(db, candidateId, { optionalUnits: ['EF1'] });
    expect((await setMark(db, { candidateId, unit: 'EF1', value: mark('14', 'EF1') }))?.value).toEqual({ kind: 'number', hundredths: 1400 });
    await expect(updateCandidate(db, candidateId, { optionalUnits: [] })).rejects.toThrow(
      'Dupont Léa a une note en EF1 (14) : effacez-la avant de retirer cette épreuve facultative.',
    );
  });

  it('R8: a bénéfice mark must stay a number ≥ 10 until the bénéfice is removed', async () => {
    const { db, candidateId, stored } = await withCandidate();
    await setMark(db, { candidateId, unit: 'E3', value: mark('11', 'E3') });
    await setMarkFlags(db, { candidateId, unit: 'E3', benefice: { year: 2022 } });
    for (const text of ['9,99', 'ABJ', 'DI', '']) {
      await expectRefused(
        db,
        () => setMark(db, { candidateId, unit: 'E3', value: mark(text, 'E3') }),
        "E3 : cette note est conservée par bénéfice (session 2022) et doit rester une note d'au moins 10. Retirez d'abord le bénéfice (« Détail du calcul », « Renoncer au bénéfice »).",
      );
    }
    await setMarkFlags(db, { candidateId, unit: 'E3', benefice: null });
    await setMark(db, { candidateId, unit: 'E3', value: mark('9,99', 'E3') });
    expect(await stored('E3')).toMatchObject({ value: mark('9,99', 'E3'), benefice: null });
  });
});

describe('setBenefice (R8 from the screen)', () => {
  it('R8: keeps a mark of an earlier session with its year in one write, checked; renouncing clears both', async () => {
    const { db, candidateId, stored } = await withCandidate();
    await expectRefused(
      db,
      () => setBenefice(db, { candidateId, unit: 'E4', benefice: { value: mark('9,5', 'E4'), year: 2023 } }),
      "Bénéfice en E4 : seule une note d'au moins 10 peut être conservée.",
    );
    await expectRefused(
      db,
      () => setBenefice(db, { candidateId, unit: 'E4', benefice: { value: mark('12', 'E4'), year: 2019 } }),
      "Bénéfice en E4 : l'année doit être celle d'une session antérieure, de 2020 à 2024 (5 ans au plus).",
    );
    await expectRefused(db, () => setBenefice(db, { candidateId, unit: 'E4', benefice: null }), "E4 : cette note n'est pas conservée par bénéfice.");
    await setBenefice(db, { candidateId, unit: 'E4', benefice: { value: mark('12', 'E4'), year: 2023 } });
    expect(await stored('E4')).toMatchObject({ value: mark('12', 'E4'), benefice: { year: 2023 } });
    // Renounced: final, the old mark does not stay as this session's.
    expect(await setBenefice(db, { candidateId, unit: 'E4', benefice: null })).toBeNull();
    expect(await stored('E4')).toBeUndefined();
  });
});

describe('setMarkFlags', () => {
  it('sets and clears sous réserve, keeping the value', async () => {
    const { db, candidateId, stored } = await withCandidate();
    await setMark(db, { candidateId, unit: 'E4', value: mark('14', 'E4') });
    await setMarkFlags(db, { candidateId, unit: 'E4', sousReserve: true });
    expect(await stored('E4')).toMatchObject({ value: mark('14', 'E4'), sousReserve: true, benefice: null });
    await setMarkFlags(db, { candidateId, unit: 'E4', sousReserve: false });
    expect(await stored('E4')).toMatchObject({ value: mark('14', 'E4'), sousReserve: false });
  });

  it('marks sous réserve a unit not entered yet; clearing the flag removes the empty record', async () => {
    const { db, candidateId, stored } = await withCandidate();
    await setMarkFlags(db, { candidateId, unit: 'U62', sousReserve: true });
    expect(await stored('U62')).toMatchObject({ value: { kind: 'empty' }, sousReserve: true, benefice: null });
    expect(await setMarkFlags(db, { candidateId, unit: 'U62', sousReserve: false })).toBeNull();
    expect(await stored('U62')).toBeUndefined();
  });

  it('leaves a flag that is not given as it is', async () => {
    const { db, candidateId, stored } = await withCandidate();
    await setMark(db, { candidateId, unit: 'E5', value: mark('12', 'E5') });
    await setMarkFlags(db, { candidateId, unit: 'E5', sousReserve: true });
    await setMarkFlags(db, { candidateId, unit: 'E5', benefice: { year: 2024 } });
    expect(await stored('E5')).toMatchObject({ sousReserve: true, benefice: { year: 2024 } });
    await setMarkFlags(db, { candidateId, unit: 'E5', sousReserve: false });
    expect(await stored('E5')).toMatchObject({ sousReserve: false, benefice: { year: 2024 } });
  });

  it('R8: accepts a bénéfice from 1 to 5 years back on a mark ≥ 10', async () => {
    const { db, candidateId, stored } = await withCandidate();
    await setMark(db, { candidateId, unit: 'E1', value: mark('10') });
    for (const year of [2020, 2024]) {
      await setMarkFlags(db, { candidateId, unit: 'E1', benefice: { year } });
      expect((await stored('E1'))?.benefice).toEqual({ year });
    }
  });

  it.each([2019, 2025, 2026, 2022.5])('R8: refuses a bénéfice of %s for a session of 2025', async (year) => {
    const { db, candidateId } = await withCandidate();
    await setMark(db, { candidateId, unit: 'E1', value: mark('15') });
    await expectRefused(
      db,
      () => setMarkFlags(db, { candidateId, unit: 'E1', benefice: { year } }),
      "Bénéfice en E1 : l'année doit être celle d'une session antérieure, de 2020 à 2024 (5 ans au plus).",
    );
  });

  it.each([['9,99'], ['AB'], ['ABJ'], ['DI'], ['']])('R8: refuses a bénéfice on « %s »', async (text) => {
    const { db, candidateId } = await withCandidate();
    if (text !== '') await setMark(db, { candidateId, unit: 'E1', value: mark(text) });
    await expectRefused(
      db,
      () => setMarkFlags(db, { candidateId, unit: 'E1', benefice: { year: 2023 } }),
      "Bénéfice en E1 : seule une note d'au moins 10 peut être conservée.",
    );
  });

  it('R8: refuses a bénéfice on a contrôle mark', async () => {
    const { db, candidateId } = await withCandidate();
    await setMark(db, { candidateId, unit: 'controle_E1', value: mark('14', 'controle_E1') });
    await expectRefused(
      db,
      () => setMarkFlags(db, { candidateId, unit: 'controle_E1', benefice: { year: 2023 } }),
      "Le bénéfice d'une note ne s'applique pas à l'épreuve de contrôle.",
    );
  });

  it('refuses an unknown unit or candidate, and a flag that is not a boolean', async () => {
    const { db, candidateId } = await withCandidate();
    await expectRefused(
      db,
      () => setMarkFlags(db, { candidateId, unit: 'E4', sousReserve: 'oui' as unknown as boolean }),
      '« Sous réserve » doit être oui ou non.',
    );
    await expectRefused(db, () => setMarkFlags(db, { candidateId, unit: 'E7', sousReserve: true }), 'Épreuve inconnue : « E7 ».');
    await expectRefused(db, () => setMarkFlags(db, { candidateId: 404, unit: 'E4', sousReserve: true }), "Ce candidat n'existe pas");
  });
});

describe('listMarks / marksByCandidate', () => {
  it("lists one session's marks and groups them by candidate and unit", async () => {
    const { db, sessionId, candidateId } = await withCandidate();
    const other = await addCandidate(db, candidateData(sessionId, { numero: '0013' }));
    const elsewhere = await createSession(db, sessionData());
    const stranger = await addCandidate(db, candidateData(elsewhere));
    await setMark(db, { candidateId, unit: 'E1', value: mark('12') });
    await setMark(db, { candidateId, unit: 'controle_E2', value: mark('13', 'controle_E2') });
    await setMark(db, { candidateId: other, unit: 'E1', value: mark('AB') });
    await setMark(db, { candidateId: stranger, unit: 'E1', value: mark('5') });

    const marks = await listMarks(db, sessionId);
    expect(marks.map((m) => `${m.candidateId} ${m.unit}`).sort()).toEqual([`${candidateId} E1`, `${candidateId} controle_E2`, `${other} E1`].sort());
    const grouped = marksByCandidate(marks);
    expect([...grouped.keys()].sort()).toEqual([candidateId, other].sort());
    expect(Object.keys(grouped.get(candidateId)!).sort()).toEqual(['E1', 'controle_E2']);
    expect(grouped.get(other)!['E1']!.value).toEqual({ kind: 'AB' });
    expect(grouped.get(stranger)).toBeUndefined();
  });

  it('gives an empty map for no marks', () => {
    expect(marksByCandidate([] as MarkRecord[]).size).toBe(0);
  });
});

describe('deleteCandidatesMarks', () => {
  it('rewrites only the blocks it deletes from: a candidate without marks leaves its block untouched (the marks feed is not woken)', async () => {
    const { db, sessionId, candidateId } = await withCandidate();
    const without = await addCandidate(db, candidateData(sessionId, { numero: '0013' }));
    expect(blockOf(without)).toBe(blockOf(candidateId));
    await setMark(db, { candidateId, unit: 'E1', value: mark('12') });
    const writes: string[] = [];
    db.markBlocks.hook('updating', (_changes, key) => void writes.push(`update ${String(key)}`));
    db.markBlocks.hook('deleting', (key) => void writes.push(`delete ${String(key)}`));
    db.markBlocks.hook('creating', (key) => void writes.push(`create ${String(key)}`));

    await deleteCandidatesMarks(db, [without]);
    expect(writes).toEqual([]);
    expect((await listMarks(db, sessionId)).map((m) => [m.candidateId, m.unit])).toEqual([[candidateId, 'E1']]);

    await deleteCandidatesMarks(db, [without, candidateId]);
    expect(writes).toEqual([`delete ${blockOf(candidateId)}`]);
    expect(await listMarks(db, sessionId)).toEqual([]);
  });
});

describe('adoptMarksByUnit (the marks feed reading a whole session)', () => {
  it('gives the marks by unit, in code order, as listMarks gives them, whatever order they were typed in', async () => {
    const { db, sessionId, candidateId } = await withCandidate();
    for (const unit of ['U62', 'E1', 'controle_E2', 'E4']) await setMark(db, { candidateId, unit, value: mark('12', unit) });
    const expected = Object.fromEntries((await listMarks(db, sessionId)).map((m) => [m.unit, m]));
    const stored = decodeBlock((await db.markBlocks.get(blockOf(candidateId)))!.text).find((p) => p.candidateId === candidateId)!;
    // Schema v9: one text, a line per mark in unit code order (a part of its block since v10).
    expect(stored.text.split('\n').map((line) => line.split('\t')[0])).toEqual(['E1', 'E4', 'U62', 'controle_E2']);
    const own = adoptMarksByUnit(stored);
    expect(Object.keys(own)).toEqual(['E1', 'E4', 'U62', 'controle_E2']);
    expect(own).toEqual(expected);
  });
});
