/** Test helpers for the PDF documents: inputs built from the example session, and pdftotext / pdftoppm. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import type { Regulation } from '../../src/domain/regulation.ts';
import { type CandidateResult, computeResult } from '../../src/domain/results.ts';
import { candidateMarksOf } from '../../src/domain/session.ts';
import type { ReleveInput } from '../../src/io/pdf/releve.ts';
import { isUnicodeLetter, type PdfSession } from '../../src/io/pdf/document.ts';
import { buildExampleSession, type ExampleCandidate } from '../../src/sample/example-session.ts';

export const regulation = btsCcst2024;

/** A fixed generation date, so the footer is predictable. */
export const GENERATED_AT = new Date(2024, 6, 3, 14, 5);

export interface ExampleRow {
  candidate: ExampleCandidate;
  etablissement: { name: string; uai: string } | null;
  result: CandidateResult;
  benefices: Record<string, number>;
  /** Contrôle units with an entry (E1, E2, E3). */
  controleUnits: string[];
}

/** The example session with every candidate's result computed by the engine (by default under the 2024 preset). */
export function exampleRows(preset: Regulation = btsCcst2024): { session: PdfSession; rows: ExampleRow[] } {
  const example = buildExampleSession(preset);
  const session: PdfSession = {
    name: example.session.name,
    academie: example.session.academie,
    year: example.session.year,
    diploma: preset.diploma,
  };
  const rows = example.candidates.map((candidate, index) => {
    const records = example.marks.filter((m) => m.candidateRef === index);
    const { marks, controle } = candidateMarksOf(records);
    const benefices: Record<string, number> = {};
    for (const m of records) if (m.benefice) benefices[m.unit] = m.benefice.year;
    const e = example.etablissements[candidate.etablissementRef];
    return {
      candidate,
      etablissement: e ? { name: e.name, uai: e.uai } : null,
      result: computeResult({ marks, controle }, preset),
      benefices,
      controleUnits: Object.keys(controle),
    };
  });
  return { session, rows };
}

export function releveInput(session: PdfSession, row: ExampleRow): ReleveInput {
  const { numero, nom, prenom, dateNaissance } = row.candidate;
  return {
    session,
    candidate: { numero, nom, prenom, dateNaissance },
    etablissement: row.etablissement,
    result: row.result,
    benefices: row.benefices,
  };
}

// The PDF tests read documents back with poppler's tools: without them the suite fails here, loudly, rather than
// skipping what it cannot check (.ci/run installs them).
for (const tool of ['pdftotext', 'pdftoppm']) {
  if (spawnSync(tool, ['-v']).error !== undefined) {
    throw new Error(`${tool} (poppler-utils) est introuvable : installez-le (Debian : apt-get install -y poppler-utils) pour lancer les tests des PDF.`);
  }
}

const workDir = mkdtempSync(join(tmpdir(), 'delib-pdf-'));
// Each test file that reads PDFs back removes its folder when done (every run left a hundred folders in /tmp).
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Writes the PDF to a temporary file; returns its path. */
export function writePdf(name: string, bytes: Uint8Array): string {
  const path = join(workDir, `${name}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

/** The PDF's text as `pdftotext -layout` gives it (pages separated by form feeds). */
export function pdfToText(bytes: Uint8Array, name = 'doc'): string {
  const path = writePdf(name, bytes);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** The text of each page. */
export function pages(text: string): string[] {
  const parts = text.split('\f');
  if (parts.at(-1)?.trim() === '') parts.pop();
  return parts;
}

/** Number of pages, from the PDF itself (pdfinfo-free: counts /Type /Page objects). */
export function pageCount(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b(?!s)/g) ?? []
  ).length;
}

/** Renders the first page at 60 dpi into test-results/<name>.png (for a human look, no assertion). */
export function renderFirstPage(bytes: Uint8Array, name: string): string {
  const outDir = resolve('test-results');
  mkdirSync(outDir, { recursive: true });
  const path = writePdf(name, bytes);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path, join(outDir, name)]);
  return join(outDir, `${name}.png`);
}

/** Collapses runs of spaces (pdftotext -layout pads columns) so a line can be matched loosely. */
export function squeeze(text: string): string {
  return text.replace(/[ \t]+/g, ' ');
}

/** Characters that betray a garbled rendering: U+FFFD, C1 controls, private use, and the usual mojibake. */
export const GARBLED = /[\uFFFD\u0080-\u009F\uE000-\uF8FF]|Ã[©¨ ª«§]|Å“|â€/;

/**
 * Characters outside what the documents' fonts render (Windows-1252 in Helvetica, letters of the embedded
 * Unicode font): none should come out of a document.
 */
export function oddCharacters(text: string): string[] {
  const odd = (text.match(/[^\n\f\x20-\x7E\u00A1-\u00FF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/gu) ?? []).filter((ch) => !isUnicodeLetter(ch));
  return [...new Set(odd)];
}
