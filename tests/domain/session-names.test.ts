import { describe, expect, it } from 'vitest';
import { freeSessionName, restoredSessionNames, sessionLabel, sessionNameTaken } from '../../src/domain/session-names.ts';

const sessions = [
  { id: 1, name: 'BTS CCST 2025 — Albi' },
  { id: 2, name: 'Session importée' },
  { id: 3, name: 'Session importée (2)' },
];

describe('session names', () => {
  it('refuses a name another session has, case, accents and spacing aside, but not its own', () => {
    expect(sessionNameTaken('bts ccst 2025 — ALBI ', sessions)).toBe(
      "Une session s'appelle déjà « BTS CCST 2025 — Albi » : donnez-lui un autre nom (par exemple avec le centre ou l'année), pour les distinguer dans la liste.",
    );
    expect(sessionNameTaken('Séssion  importée', sessions)).not.toBeNull();
    expect(sessionNameTaken('BTS CCST 2025 — Albi', sessions, 1)).toBeNull();
    expect(sessionNameTaken('BTS CCST 2025 — Rodez', sessions)).toBeNull();
  });

  it('gives a free name to a session made from a file or the example: « (2) », « (3) »…', () => {
    expect(freeSessionName('BTS CCST 2025 — Rodez', sessions)).toBe('BTS CCST 2025 — Rodez');
    expect(freeSessionName('BTS CCST 2025 — Albi', sessions)).toBe('BTS CCST 2025 — Albi (2)');
    expect(freeSessionName('Session importée', sessions)).toBe('Session importée (3)');
  });

  it('names the sessions of a restored backup: « (2) » when new here but taken, « (restaurée) » for a copy, a replaced one frees its name', () => {
    const backup = [
      { fileId: 10, name: 'BTS CCST 2025 — Albi', existing: { name: 'BTS CCST 2025 — Albi' } },
      { fileId: 11, name: 'Session importée', existing: null },
      { fileId: 12, name: 'Rodez', existing: null },
    ];
    expect([...restoredSessionNames(backup, sessions, {})]).toEqual([
      [10, 'BTS CCST 2025 — Albi (restaurée)'],
      [11, 'Session importée (3)'],
      [12, 'Rodez'],
    ]);
    const here = [...sessions, { id: 4, name: 'bts ccst 2025 — albi (restaurée)' }];
    expect(restoredSessionNames(backup, here, { 11: 'skip' }).get(10)).toBe('BTS CCST 2025 — Albi (restaurée 2)');
    expect(restoredSessionNames(backup, here, { 11: 'skip' }).has(11)).toBe(false);
    expect(restoredSessionNames(backup, sessions, { 10: 'replace' }).get(10)).toBe('BTS CCST 2025 — Albi');
  });

  it('lists a session with its académie, once: not again when its name already says it', () => {
    expect(sessionLabel({ name: 'BTS CCST 2025', academie: 'Toulouse' })).toBe('BTS CCST 2025 — Toulouse');
    expect(sessionLabel({ name: 'BTS CCST 2025 — Toulouse', academie: 'Toulouse' })).toBe('BTS CCST 2025 — Toulouse');
    expect(sessionLabel({ name: 'BTS CCST 2025 (académie de CRÉTEIL)', academie: 'Créteil' })).toBe('BTS CCST 2025 (académie de CRÉTEIL)');
    expect(sessionLabel({ name: 'BTS CCST 2025', academie: ' ' })).toBe('BTS CCST 2025');
  });
});
