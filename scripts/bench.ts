/**
 * `npm run bench`: how long the results take, from the command line and in the engine alone,
 * at 5,000 and 50,000 generated candidates. Prints each figure with its target and writes
 * docs/benchmarks.md. Medians over several runs; the machine is shared, so figures are indicative.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { btsCcst2024 as regulation } from '../src/domain/presets/index.ts';
import { computeResult } from '../src/domain/results.ts';
import { readCandidatesCsv, writeCandidatesCsv } from '../src/io/candidates-csv.ts';
import { decodeBytes } from '../src/io/decode.ts';
import { resultsFromCandidatesFile } from '../src/io/results-file.ts';
import { sampleCandidates } from '../src/sample/candidates.ts';
import { IMPORT_CHUNK_SIZE } from '../src/db/imports.ts';
import { measureImport, withBrowserApp } from './bench-browser.ts';

const DATA_DIR = 'bench-data';
const SIZES = [5_000, 50_000];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

function time(fn: () => void, runs: number): number {
  fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

interface Row {
  what: string;
  figure: number;
  target: number | null;
}
const rows: Row[] = [];
function report(what: string, figure: number, target: number | null) {
  rows.push({ what, figure, target });
  const verdict = target === null ? '' : figure <= target ? `  ✓ (cible < ${ms(target)})` : `  ✗ (cible < ${ms(target)})`;
  console.log(`${what.padEnd(58)} ${ms(figure).padStart(10)}${verdict}`);
}

mkdirSync(DATA_DIR, { recursive: true });
const files = new Map<number, string>();
for (const size of SIZES) {
  const path = join(DATA_DIR, `candidats-${size}.csv`);
  writeFileSync(path, writeCandidatesCsv(regulation, sampleCandidates(regulation, size, 7)));
  files.set(size, path);
}

console.log(`Délib — bench (${cpus().length} cœurs, ${cpus()[0]?.model ?? '?'}, Node ${process.version})\n`);

// Engine alone: 10,000 parsed candidates, results only.
const parsed = readCandidatesCsv(decodeBytes(new Uint8Array(Buffer.from(writeCandidatesCsv(regulation, sampleCandidates(regulation, 10_000, 3))))).text, regulation);
const candidates = parsed.rows.map((r) => ({ marks: r.marks, controle: r.controle }));
report('Moteur seul : résultats de 10 000 candidats', time(() => candidates.forEach((c) => computeResult(c, regulation)), 15), null);

for (const size of SIZES) {
  const bytes = new Uint8Array(Buffer.from(writeCandidatesCsv(regulation, sampleCandidates(regulation, size, 7))));
  report(
    `En mémoire : fichier → résultats CSV, ${size.toLocaleString('fr-FR')} candidats`,
    time(() => resultsFromCandidatesFile(bytes, regulation), size > 10_000 ? 5 : 9),
    null,
  );
}

for (const size of SIZES) {
  const path = files.get(size)!;
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const run = spawnSync('npm', ['run', '--silent', 'delib', '--', 'results', path, '--out', join(DATA_DIR, 'resultats.csv')], {
      encoding: 'utf8',
    });
    samples.push(performance.now() - start);
    if (run.status !== 0) throw new Error(`CLI failed on ${path}: ${run.stderr}`);
  }
  report(`CLI de bout en bout (npm run delib), ${size.toLocaleString('fr-FR')} candidats`, median(samples), size === 50_000 ? 3000 : null);
}

// Browser: the import wizard on a generated file (preview, then apply in one transaction).
const importFigures = await withBrowserApp(async (baseURL) => {
  const figures = [];
  for (const size of [5_000]) {
    const csv = writeCandidatesCsv(regulation, sampleCandidates(regulation, size, 11));
    const f = await measureImport(baseURL, csv, size);
    report(`Navigateur : import de ${size.toLocaleString('fr-FR')} lignes, aperçu`, f.previewMs, null);
    report(`Navigateur : import de ${size.toLocaleString('fr-FR')} lignes, application`, f.applyMs, null);
    report(`Navigateur : tâche la plus longue pendant l'import`, f.longestTaskMs, null);
    console.log(`   barre de progression affichée : ${f.progressShown ? 'oui' : 'non'}`);
    figures.push(f);
  }
  return figures;
});

const table = rows
  .map((r) => `| ${r.what} | ${ms(r.figure)} | ${r.target === null ? '—' : `< ${ms(r.target)}`} |`)
  .join('\n');
const cli5k = rows.find((r) => r.what.startsWith('CLI') && r.what.endsWith('5\u202f000 candidats'))?.figure;
const cli50k = rows.find((r) => r.what.startsWith('CLI') && r.what.endsWith('50\u202f000 candidats'))?.figure;
const mem5k = rows.find((r) => r.what.startsWith('En mémoire') && r.what.endsWith('5\u202f000 candidats'))?.figure;
const mem50k = rows.find((r) => r.what.startsWith('En mémoire') && r.what.endsWith('50\u202f000 candidats'))?.figure;
const growth =
  mem5k && mem50k && cli5k && cli50k
    ? `From 5,000 to 50,000 candidates (×10) the in-memory pipeline grows ×${(mem50k / mem5k).toFixed(1)} ` +
      `(linear: one pass to read, one to compute, one to write); the CLI grows ×${(cli50k / cli5k).toFixed(1)}, ` +
      `because about ${ms(cli5k - mem5k)} of it is fixed start-up (npm, tsx compiling the TypeScript sources, Node).`
    : '';

writeFileSync(
  'docs/benchmarks.md',
  `# Benchmarks

Produced by \`npm run bench\` (scripts/bench.ts) on ${new Date().toISOString().slice(0, 10)}.
Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}.
The machine is shared and noisy: figures are medians (5 to 15 runs after a warm-up), indicative, not guarantees.
Data: candidates generated by src/sample/candidates.ts (seeded; every decision appears).

| measure | median | target |
| --- | --- | --- |
${table}

${growth}

- *Moteur seul*: \`computeResult\` over 10,000 already-parsed candidates (exact integer arithmetic, no I/O).
- *En mémoire*: bytes of a candidates file → decode → CSV read → marks parsed → results → results CSV text.
- *Navigateur*: the production build in Debian's Chromium; a generated file of candidates with all their marks is
  chosen in the import wizard of the empty state: *aperçu* is the time until the preview's counts show,
  *application* from the click on « Importer » until the grid shows every candidate (one IndexedDB transaction,
  written in chunks of ${IMPORT_CHUNK_SIZE} with a progress bar: shown = ${importFigures.map((f) => (f.progressShown ? 'yes' : 'no')).join(', ')}).
  *Tâche la plus longue*: the longest main-thread task (PerformanceObserver \`longtask\`) during the whole import:
  the page cannot react to a click for that long.
- *CLI de bout en bout*: the documented command \`npm run --silent delib -- results FILE --out OUT\`,
  wall-clock, including npm and Node start-up.

## What the figures say (read on 2026-11-22)

- The engine is not the bottleneck: results for 10,000 candidates take tens of milliseconds.
- The in-memory pipeline grew between ×10 and ×17 from 5k to 50k across runs on this shared machine: linear
  work, plus garbage collection of 50,000 retained results with their per-unit breakdown when memory is
  contended; the CLI still meets its target.
- Applying an import is dominated by IndexedDB: about 60 µs per record in Chromium, and a candidate has up to
  eleven mark records (one per unit) plus its own. Profiling 5,000 candidates (~47,000 records): candidates
  written in ~0.45 s, marks in ~2.5 s; chunks of 500 added ~1 s of round trips, hence chunks of 2,000
  (still about 25 progress steps). Building the grid's rows afterwards takes ~70 ms.
- What would cut the apply time by about ten: storing a candidate's marks in one record (schema change with a
  migration), left to the performance issue.
`,
);
console.log('\ndocs/benchmarks.md écrit.');
