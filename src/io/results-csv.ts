/**
 * The results file: what the CLI writes and, byte for byte, what the app's "export results" writes.
 * Columns are fixed by the foundation issue; `motif` follows them (more columns may follow).
 */
import { type Average, averageHundredths, formatHundredthsFixed, pointsToHundredths } from '../domain/exact.ts';
import type { CandidateResult } from '../domain/results.ts';
import { type CsvCell, writeCsv } from './csv.ts';

export const RESULTS_COLUMNS = ['numero', 'nom', 'prenom', 'moyenne_1er_groupe', 'moyenne_pro', 'moyenne_finale', 'total_points', 'decision', 'motif'] as const;

export interface ResultsRow {
  numero: string;
  nom: string;
  prenom: string;
  result: CandidateResult;
}

const average = (avg: Average | null): CsvCell => (avg ? { number: formatHundredthsFixed(averageHundredths(avg)) } : null);

export function resultsCells({ numero, nom, prenom, result }: ResultsRow): CsvCell[] {
  return [
    numero,
    nom,
    prenom,
    average(result.firstGroup),
    average(result.professional),
    average(result.final),
    result.final ? { number: formatHundredthsFixed(pointsToHundredths(result.final.points)) } : null,
    result.decision,
    result.reason,
  ];
}

/** The results CSV as text (BOM, `;`, CRLF, decimal comma, 2 decimals truncated). */
export function writeResultsCsv(rows: Iterable<ResultsRow>): string {
  return writeCsv(resultsTable(rows));
}

/** The results as a table (header first): the CSV and the .xlsx export write it. */
export function resultsTable(rows: Iterable<ResultsRow>): CsvCell[][] {
  const table: CsvCell[][] = [[...RESULTS_COLUMNS]];
  for (const row of rows) table.push(resultsCells(row));
  return table;
}
