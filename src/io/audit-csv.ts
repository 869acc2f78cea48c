/**
 * The audit trail of a deliberation as a CSV file (French Excel, see csv.ts): one row per mark change or
 * phase change, oldest first, with when (JJ/MM/AAAA HH:MM, local time), who, the candidate, the unit,
 * the value before and after, and the reason.
 */
import type { AuditEntry } from '../domain/session.ts';
import { type CsvCell, writeCsv } from './csv.ts';

export const AUDIT_COLUMNS = ['Quand', 'Qui', 'Numéro', 'Candidat', 'Épreuve', 'Avant', 'Après', 'Motif'] as const;

/** What the Épreuve column says for a change of phase. */
export const PHASE_LABEL = 'Phase de la délibération';

/**
 * `2025-06-27T08:05:00.000Z` → `27/06/2025 10:05` in the given time zone (default: the computer's).
 * An unreadable date is written as it is stored.
 */
export function formatAuditTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('fr-FR', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

export function auditCells(entry: AuditEntry, timeZone?: string): CsvCell[] {
  return [
    formatAuditTime(entry.at, timeZone),
    entry.who,
    entry.numero,
    entry.name,
    entry.kind === 'phase' ? PHASE_LABEL : entry.unit,
    entry.before,
    entry.after,
    entry.reason,
  ];
}

/** The audit trail as CSV text (BOM, `;`, CRLF; text cells formula-escaped by writeCsv). */
export function writeAuditCsv(entries: Iterable<AuditEntry>, options: { timeZone?: string } = {}): string {
  return writeCsv(auditTable(entries, options));
}

/** The audit trail as a table (header first): the CSV and the .xlsx export write it. */
export function auditTable(entries: Iterable<AuditEntry>, options: { timeZone?: string } = {}): CsvCell[][] {
  const table: CsvCell[][] = [[...AUDIT_COLUMNS]];
  for (const entry of entries) table.push(auditCells(entry, options.timeZone));
  return table;
}
