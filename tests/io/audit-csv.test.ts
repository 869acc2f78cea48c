import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/domain/session.ts';
import { AUDIT_COLUMNS, formatAuditTime, writeAuditCsv } from '../../src/io/audit-csv.ts';
import { readCsv } from '../../src/io/csv.ts';

const note: AuditEntry = {
  id: 1,
  sessionId: 1,
  at: '2025-06-27T08:05:09.123Z',
  who: 'Mme Martin',
  kind: 'note',
  candidateId: 7,
  numero: '0012',
  name: 'Dupont Léa',
  unit: 'E4',
  before: '9,5',
  after: '10 (sous réserve)',
  reason: 'Erreur de report; vu avec le correcteur',
};
const phase: AuditEntry = {
  id: 2,
  sessionId: 1,
  at: '2025-06-27T16:30:00.000Z',
  who: 'M. Durand',
  kind: 'phase',
  candidateId: null,
  numero: '',
  name: '',
  unit: '',
  before: 'Délibération du 1er groupe ouverte',
  after: '1er groupe clos — épreuves de contrôle',
  reason: 'Clôture du 1er groupe',
};

describe('audit trail CSV', () => {
  it('formats the time JJ/MM/AAAA HH:MM in the given time zone', () => {
    expect(formatAuditTime('2025-06-27T08:05:09.123Z', 'Europe/Paris')).toBe('27/06/2025 10:05');
    expect(formatAuditTime('2025-01-02T23:59:00.000Z', 'UTC')).toBe('02/01/2025 23:59');
    expect(formatAuditTime('2025-01-02T23:30:00.000Z', 'Europe/Paris')).toBe('03/01/2025 00:30');
    expect(formatAuditTime('pas une date')).toBe('pas une date');
  });

  it('writes one row per entry: quand, qui, numéro, candidat, épreuve, avant, après, motif', () => {
    const text = writeAuditCsv([note, phase], { timeZone: 'Europe/Paris' });
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')[0]).toBe('\uFEFFQuand;Qui;Numéro;Candidat;Épreuve;Avant;Après;Motif');
    const read = readCsv(text);
    expect(read.errors).toEqual([]);
    expect(read.header?.cells).toEqual([...AUDIT_COLUMNS]);
    expect(read.records.map((r) => r.cells)).toEqual([
      ['27/06/2025 10:05', 'Mme Martin', '0012', 'Dupont Léa', 'E4', '9,5', '10 (sous réserve)', 'Erreur de report; vu avec le correcteur'],
      [
        '27/06/2025 18:30',
        'M. Durand',
        '',
        '',
        'Phase de la délibération',
        'Délibération du 1er groupe ouverte',
        '1er groupe clos — épreuves de contrôle',
        'Clôture du 1er groupe',
      ],
    ]);
  });

  it('escapes a reason that would start a formula', () => {
    const text = writeAuditCsv([{ ...note, reason: '=HYPERLINK("x")' }], { timeZone: 'UTC' });
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(readCsv(text).records[0]!.cells[7]).toBe('=HYPERLINK("x")');
  });
});
