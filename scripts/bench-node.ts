/**
 * Node measurements for `npm run bench`: the engine alone, the file → results pipeline in memory, the CLI end to
 * end, and the PDF documents (jsPDF runs the same in Node as in the page: the same V8, no DOM needed).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Regulation } from '../src/domain/regulation.ts';
import { computeResult } from '../src/domain/results.ts';
import { readCandidatesCsv } from '../src/io/candidates-csv.ts';
import { decodeBytes } from '../src/io/decode.ts';
import { pvDeliberationPdf } from '../src/io/pdf/pv.ts';
import { releveDeNotesPdf, type ReleveInput } from '../src/io/pdf/releve.ts';
import { resultsCsvFromCandidatesFile } from '../src/io/results-file.ts';
import { median, time, timeAsync } from './bench-stats.ts';

export function parse(csv: string, regulation: Regulation) {
  return readCandidatesCsv(decodeBytes(new Uint8Array(Buffer.from(csv))).text, regulation);
}

/** computeResult over every candidate of an already parsed file. */
export function engineMs(csv: string, regulation: Regulation, runs: number): number {
  const candidates = parse(csv, regulation).rows.map((r) => ({ marks: r.marks, controle: r.controle }));
  return time(() => candidates.forEach((c) => computeResult(c, regulation)), runs);
}

/** Bytes of a candidates file → decode → read → results → results CSV text, as the CLI does it. */
export function pipelineMs(csv: string, regulation: Regulation, runs: number): number {
  const bytes = new Uint8Array(Buffer.from(csv));
  return time(() => resultsCsvFromCandidatesFile(bytes, regulation), runs);
}

/** The documented command, wall clock, including npm and Node start-up. */
export function cliMs(path: string, outDir: string, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const run = spawnSync('npm', ['run', '--silent', 'delib', '--', 'results', path, '--out', join(outDir, 'resultats.csv')], { encoding: 'utf8' });
    samples.push(performance.now() - start);
    if (run.status !== 0) throw new Error(`CLI failed on ${path}: ${run.stderr}`);
  }
  return median(samples);
}

/**
 * The yardstick of the CLI: a bare Node script that reads the same file, parses it with PapaParse and writes it back
 * with PapaParse's unparse, started the same way (a new Node process), wall clock. No checks, no results: what
 * reading and writing a CSV of that size costs at the least.
 */
export function papaparseMs(path: string, outDir: string, runs: number): number {
  const script = join(outDir, 'papaparse-seul.mjs');
  writeFileSync(
    script,
    [
      `import { readFileSync, writeFileSync } from 'node:fs';`,
      `import Papa from ${JSON.stringify(pathToFileURL(join(process.cwd(), 'node_modules/papaparse/papaparse.js')).href)};`,
      `const [input, output] = process.argv.slice(2);`,
      `const parsed = Papa.parse(readFileSync(input, 'utf8'), { skipEmptyLines: true });`,
      `writeFileSync(output, Papa.unparse(parsed.data, { delimiter: ';' }));`,
    ].join('\n'),
  );
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, [script, path, join(outDir, 'papaparse-seul.csv')], { encoding: 'utf8' });
    samples.push(performance.now() - start);
    if (run.status !== 0) throw new Error(`PapaParse alone failed on ${path}: ${run.stderr}`);
  }
  return median(samples);
}

/** The compiled CLI started directly (`node dist-cli/cli.js`), without npm: what npm's own start-up adds, by difference. */
export function cliNodeMs(path: string, outDir: string, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, ['dist-cli/cli.js', 'results', path, '--out', join(outDir, 'resultats.csv')], { encoding: 'utf8' });
    samples.push(performance.now() - start);
    if (run.status !== 0) throw new Error(`CLI failed on ${path}: ${run.stderr}`);
  }
  return median(samples);
}

const session = { name: 'Banc d’essai', academie: 'Toulouse', year: 2025, diploma: 'BTS Conseil et commercialisation de solutions techniques' };

/** The relevés of the first `count` candidates of the file, one per page, in one PDF (as the Documents tab does). */
export async function relevesMs(csv: string, regulation: Regulation, count: number, runs: number): Promise<{ ms: number; bytes: number }> {
  const rows = parse(csv, regulation).rows.slice(0, count);
  const inputs: ReleveInput[] = rows.map((r) => ({
    session,
    candidate: { numero: r.numero, nom: r.nom, prenom: r.prenom, dateNaissance: null },
    etablissement: { name: 'Lycée du banc d’essai', uai: '0310000A' },
    result: computeResult({ marks: r.marks, controle: r.controle }, regulation),
    benefices: {},
  }));
  let bytes = 0;
  const ms = await timeAsync(async () => (bytes = (await releveDeNotesPdf(inputs)).length), runs);
  return { ms, bytes };
}

/** The PV de délibération for the first `count` candidates of the file. */
export async function pvMs(csv: string, regulation: Regulation, count: number, runs: number): Promise<{ ms: number; bytes: number }> {
  const rows = parse(csv, regulation)
    .rows.slice(0, count)
    .map((r) => ({
      numero: r.numero,
      nom: r.nom,
      prenom: r.prenom,
      result: computeResult({ marks: r.marks, controle: r.controle }, regulation),
      benefices: {},
    }));
  let bytes = 0;
  const ms = await timeAsync(
    async () =>
      (bytes = (
        await pvDeliberationPdf({
          session,
          jury: { president: 'Mme la présidente', members: ['M. Un', 'Mme Deux', 'M. Trois'], date: '2025-07-03' },
          regulation,
          rows,
          audit: [],
        })
      ).length),
    runs,
  );
  return { ms, bytes };
}
