/** The reading of the figures, written at the end of docs/benchmarks.md (by hand: update it when they change). */

export const ANALYSIS = `## What the figures say (read on 2026-12-05, ninth session; this file's run: the twenty-ninth session's, below)

**The ninth session's run**: a clean clone (\`npm ci && npm run bench\`) of ad5ca1e, with nothing else of mine running, on a slower
moment of the machine (the yardstick below, and the engine's 118 ms in Node against 90–95 ms in the two runs before).
The two columns before it are this session's earlier runs, of d1aa31b (before the undo's changes) and of fb2cade
(before the reload's longest task was measured and the marks feed's first read was sliced); then the eighth
session's run (3a363a9), the seventh session's two (40c3813, e943436) and the fifth session's (98d942d, d15eca6).

| measure (target) | fifth session | seventh session | eighth session | d1aa31b | fb2cade | ad5ca1e |
| --- | --- | --- | --- | --- | --- | --- |
| import 5,000 (≤ 1.5 s) | 1.84 / 1.91 s | 1.61 / 1.61 s | 1.63 s | 1.69 s | 1.70 s | 1.79 s (preview 0.43, apply 1.37) |
| import 50,000 (≤ 10 s) | 7.29 / 8.38 s | 6.48 / 6.12 s | 6.44 s | 6.29 s | 6.53 s | 8.01 s |
| longest task during an import, 5,000 / 50,000 (≤ 0.2 s) | 0.14 / 0.12, 0.12 / 0.16 s | 0.10 / 0.08, 0.10 / 0.09 s | 0.12 / 0.09 s | 0.12 / 0.08 s | 0.10 / 0.08 s | 0.14 / 0.12 s |
| reload, first rows, 5,000 / 50,000 (≤ 0.5 / 1 s) | 0.39 / 0.65, 0.38 / 0.51 s | 0.32 / 0.36, 0.32 / 0.35 s | 0.41 / 0.41 s | 0.36 / 0.38 s | 0.36 / 0.43 s | 0.37 / 0.60 s |
| reload, every count final, 5,000 / 50,000 (≤ 1 / 2.5 s) | 0.68 / 2.14, 0.62 / 1.90 s | 0.55 / 1.73, 0.59 / 1.59 s | 0.63 / 1.70 s | 0.56 / 1.49 s | 0.61 / 1.66 s | 0.63 / 2.20 s |
| reload, longest task, 5,000 / 50,000 (≤ 0.2 s) | — | — | — | — | — | 0.06 / 0.10 s |
| reload after a file by name, first rows, 5,000 / 50,000 | 0.39 / 0.43, 0.50 / 0.44 s | 0.31 / 0.50, 0.34 / 0.38 s | 0.34 / 0.45 s | 0.32 / 0.33 s | 0.37 / 0.40 s | 0.35 / 0.50 s |
| reload after a file by name, every count, 5,000 / 50,000 | 0.70 / 1.59, 0.76 / 1.66 s | 0.56 / 1.51, 0.55 / 1.44 s | 0.57 / 1.58 s | 0.53 / 1.48 s | 0.55 / 1.56 s | 0.58 / 2.00 s |
| undo of that import, to its notice, 5,000 / 50,000 | — | — | — | — | 0.31 / 1.54 s | 0.36 / 2.03 s |
| undo of that import, longest task, 5,000 / 50,000 (≤ 0.2 s) | — | — | — | — | 0.06 / 0.16 s | 0.07 / 0.08 s |
| edit p95, 5,000 / 50,000 (≤ 50 ms) | 31 / 38, 37 / 41 ms | 25 / 23, 24 / 26 ms | 29 / 27 ms | 27 / 32 ms | 27 / 31 ms | 28 / 41 ms |
| heap with the grid shown, 50,000 (≤ 250 MB) | 120 / 120 MB | 120 / 120 MB | 120 MB | 121 MB | 120 MB | 120 MB |
| CLI ÷ bare PapaParse, 50,000 (≤ ×2) | ×1.56 / ×2.07 | ×1.54 / ×1.68 | ×1.68 | ×1.55 | ×1.98 | ×1.33 |
| notes-screen JavaScript, gzip (≤ 300 kB) | 369.9 kB | 370.1 / 371.6 kB | 372.6 kB | 372.6 kB | 373.1 kB | 373.1 kB |
| *yardstick: raw IndexedDB, write 50,000 v9 records* | *2.49 / 2.74 s* | *1.88 / 2.20 s* | *2.23 s* | *2.21 s* | *1.97 s* | *2.64 s* |

**Met**: every target but two, in all three runs of this session: the engine, the PDFs, the import at 50,000, the
longest task during an import, the first rows and every count final at both sizes (after a file by name too), the
edit p95, the heap, the CLI's ratio to PapaParse and Lighthouse (1.00), and this session's own two: the longest task
of a reload and of an undo (≤ 0.2 s, as the import's). **Not met**: the import at 5,000 (1.69, 1.70 and 1.79 s
against 1.5 s) and the notes-screen JavaScript (373.1 kB; below, and why 300 kB cannot be reached with AG Grid). This
run's figures are slower across the board with the machine (the yardstick 2.64 s against 1.97–2.21 s). The CLI's
ratio moved from ×1.55 to ×1.98 to ×1.33 between the three runs with no change to the CLI in between: npm's own
start-up and the machine (five alternated runs of the compiled CLI before and after this session's change to it, the
regulation chosen by the columns, gave medians of 0.54 and 0.53 s, with the same output).

### The thirtieth session (no full run)

- **Why an import of 5,000 stays near 1.5 s** (measured in the page, raw IndexedDB and Dexie, five alternated rounds,
  the machine shared): 5,000 candidate records written in one transaction took 0.43–0.69 s (median 0.58 s) with the
  \`[sessionId+numero]\` index, 0.57 s without it, 0.55 s without the empty \`optionalUnits\` / \`formOverrides\`, 0.53 s as
  one text each, and 0.60 s through Dexie's \`bulkAdd\` (0.58 s with a live query watching the table): neither the index,
  the record's shape nor Dexie's middleware is where the time goes, but the number of records (one per candidate).
  The marks are already 128 candidates per record (v10); putting the candidates in blocks too would take most of this
  off, at the cost of the \`[sessionId+numero]\` index every numero check and the first page of a reload read
  through: a schema change not attempted in this session.
- **The plan of 5,000 rows in Node**: 0.27–0.33 s cold (the first plan of a worker: JIT and garbage collection),
  0.07–0.10 s from the fourth run on; the profile spreads the rest over the row's own steps (no single hot spot).
- Nothing changed for the figures; this session's changes were what user tests found (see the commits).

### The twenty-ninth session (two full runs; this file the second, from a clean clone)

- **This file's run**: a clean clone of 16d9c43 (\`npm ci && npm run bench\`), nothing else of mine running, the
  machine shared (load average 2–3 from others). **Not met**: the import of 5,000, **1.54 s** (preview 0.42, apply
  1.12); the reload's first rows after a file imported by name at 5,000, **0.55 s**; the notes-screen JavaScript,
  **393.1 kB**. **Met**: the reload's first rows at 5,000, 0.43 s (0.52 s at 50,000); the import of 50,000, 7.25 s;
  every longest task (0.00–0.12 s); every count final (0.67 / 1.81 s; by name 0.83 / 1.82 s); the edit p95 (24 / 24
  ms); the heap (121 MB); the CLI's ratio (×1.66); Lighthouse (1.00); the PDFs; the engine; and a new row: a file whose
  first line has 2,000,000 columns is refused in 0.11 s with no long task (target 2 s, measured here since the
  browser test of that case no longer times it). The yardstick (v9 records, 50,000) 3.65 s.
- **The run before it**, an hour earlier, of 99da38a in the working tree: import of 5,000 1.68 s (preview 0.45, apply
  1.17), reload first rows 0.61 s (by name 0.55 s), 0.60 s at 50,000 (0.55 s by name); the rest met as above. The
  same code within the hour, 1.54 against 1.68 s and 0.43 against 0.61 s: the machine's moment decides these two
  targets' verdict. In both runs the first rows come as fast at 50,000 as at 5,000: a reload's first screen is a fixed
  cost here (the app's code and AG Grid loaded, parsed and started), not the number of candidates.
- **Fewer module files on a reload.** The app's code in one chunk with Svelte (Rolldown's \`codeSplitting\` groups,
  which pulled AG Grid and jsPDF into it: one 2.1 MB file and 5 scripts on a reload instead of 49), alternated with
  the build of the day (four rounds of five reloads of 5,000 each way): medians 0.53 s against 0.55 s, fastest 0.41
  against 0.41 s. Within the noise, and against the issue's own aim of less code on the first screen: left out.
- **The service worker's static routes** (Chromium's \`InstallEvent.addRoutes\`: the assets served from the
  precache without starting the service worker's script). Behind \`vite preview\`, every asset missed the cache and
  went to the network: the server answers \`Vary: Origin\`, which the precached copies keep, and the route's lookup
  honours it (the service worker's own lookup, by URL, does not). Offline, such a host would have left the page without
  its code. With the header removed, the routes served every asset from the cache, and the reloads (four rounds of
  five each way) gave medians of 0.55 s against 0.56 s without them: the service worker's script is not where a reload
  waits. Left out.
- **Where an import's main thread goes** (a CPU profile of one import of 5,000, build not minified): 0.26 s in
  IndexedDB's own \`add\` calls (the records copied as they are handed over), 0.05–0.06 s measuring the grid's height
  as AG Grid creates it, the rest in small pieces; between the writes the page waits for IndexedDB. Nothing changed.

### The twenty-eighth session (no full run)

- **Where an import of 5,000 spends its time** (the page's own clock around each phase, marks in builds not
  committed, four imports): the preview 0.40–0.47 s, of which, in the worker, reading 0.02 s, parsing 0.06 s,
  planning 0.15–0.23 s and the reply 0.03–0.06 s, then 0.07 s to the painted preview. The apply 1.17–1.26 s: 0.03–0.07 s
  before the transaction starts, its reads and checks 0.10–0.17 s, the candidates and their marks records 0.45–0.60 s,
  the undo record and the commit 0.05–0.07 s, then 0.37–0.43 s from the commit to the painted grid (the rows built
  0.05–0.07 s, the notes screen mounted 0.04–0.05 s, AG Grid created 0.11 s, its first rows 0.06–0.09 s, the frame).
- **Tried and left out**, each alternated with the build before (six imports each way): the grid's first 100 rows
  painted before its next slices (apply medians 1.18 and 1.23 s against 1.25 and 1.17 s in two series: noise);
  a warm-up plan in the worker while the file is chosen (in Node, a warm-up of 1,000 rows takes 0.02 s off the cold
  0.22 s plan of 5,000). Kept: a session without numbered candidates (a new one) no longer normalizes each row's names
  for a namesake that cannot exist (preview medians 0.42 s against 0.43 s: within the noise).
- **A reload of 5,000, traced** (Chromium's trace of one reload, build with marks): the app's 45 first modules asked
  for at 0.05 s and served by the service worker until 0.20 s; the app started at 0.21 s and read its first page of
  candidates by 0.37 s; the notes screen's code (AG Grid, about 1 MB) asked for at 0.23 s and served at 0.45 s; AG Grid
  created from 0.50 to 0.62 s, its first rows drawn by 0.71 s. With that code asked for by index.html itself
  (modulepreload), it was served at 0.29 s, but the app's first modules 0.05 s later; alternated reloads (five each,
  three or four times each way, the machine loaded by others, load average 2.5–3.9) gave medians of 0.51–0.75 s with
  it and 0.47–0.75 s without: no difference above the noise, left out.
- **Figures of the day** (\`npm run bench -- --quick\`, load average about 2.7): import of 5,000 1.66 s (preview 0.47,
  apply 1.19): not met. Reload, first rows 0.60 s, after a file imported by name 0.72 s (0.49 and 0.59 s in the full
  run below): not met in this run; every count 0.88 / 1.01 s. Successive reloads of one page gave 0.72, 0.66, 0.59 and
  0.54 s: the browser's caches warm over several reloads, and a median of two or three reloads after one warm-up moves
  by 0.1 s from one run to the next on this machine.
- **Notes-screen JavaScript: 392.9 kB** gzip in the quick run (\`scripts/bench-bundle.ts\`: 390.8 kB at the end of the
  session): the names of a class list in one column (« Élève »), the marks written with their scale said as such.

### The twenty-seventh session (a full run, on a new browser)

- **A new browser, and where the bench keeps IndexedDB.** Debian's Chromium is now 150.0.7871.100 (156 in the runs
  before). Its IndexedDB in an incognito context, in memory, where every run measured until now, writes several times
  slower than its IndexedDB on disk and than Chromium 156's in memory: 50,000 v9 marks records in 7–14 s in memory,
  4.4–5.4 s on disk (2.6 s with 156). A first full run this session (of 6f1c253), in memory, measured the import of
  50,000 at 28.3 s (apply 26.3 s, longest task 0.23 s) and the one-mark-per-record yardstick of 50,000 at 557 s; the
  same build imported 50,000 in 34.4 s in memory and 11.4 s on disk, one after the other. A person's browser keeps
  IndexedDB on disk: each page the bench measures now has a browser profile of its own on disk
  (\`BENCH_STORAGE=memory\` for the former way). That run was of a6a527d, on a quiet machine (nothing
  else of mine running; load average under 1 before it).
- **On the import's path** (each change alternated with the build before it, six imports of 5,000 each way, timed by
  the page's own clock around each phase):
  - *Schema v11: the candidates keep only their \`[sessionId+numero]\` index* (2197cb8). The sessions before measured
    this by the apply as a whole (about 5 %, in the noise) and left it; timed around the candidates' writes alone, they
    took 0.60–0.70 s with one index against 0.70–0.97 s with three, the painted apply about 1.61 s against 1.78 s. A
    session's candidates are found through the compound index, an établissement's by reading its session once.
  - *A created candidate's marks record made as soon as its id is known* (4ed389a), while IndexedDB writes the next
    candidates (the page waited for it about a third of that time): candidates and marks together 0.74 s against
    0.83 s (medians).
  - *Up to 5,000 candidates, the rows built in one task* (6f1c253, \`VIEW_SLICE\` 2,000 → 5,000; about 13 µs a
    candidate, 0.06–0.07 s at 5,000): from the commit to the painted grid 0.33–0.43 s against 0.39–0.54 s. In slices,
    the grid was given each slice's rows before the whole. The longest task stays 0.10–0.15 s.
  - Together, against the session's first build (fbbfef1), alternated: in memory, nine imports each, median 1.93 s
    against 2.10 s; on disk, six each, 2.31 s against 2.68 s; the bench's quick run of fbbfef1 on disk, an hour
    apart from that run's: 1.71 s against that run's 1.68 s.
- **Met and not met, on disk.** The import of 5,000: **1.68 s** (preview 0.48, apply 1.20), not met (1.5 s). The
  import of 50,000: **9.74 s**, met, just (7.71 s of apply). The reload's first rows at 5,000, **0.49 s**, met just;
  after a file imported by name, **0.59 s**, not met: the session's first build gives 0.56 and 0.59 s on disk in the
  same hour (quick run), against 0.37 and 0.35 s in memory with Chromium 156 last time: reading a profile on disk, not
  a change of the app's reads. Every count final at 5,000 / 50,000: 0.74 / 2.29 s; longest tasks 0.07–0.20 s; edit
  p95 30 / 36 ms; heap 121 MB; CLI ÷ PapaParse ×1.69; Lighthouse 1.00: met. The yardstick (v9 records, 50,000)
  3.42 s on disk.
- **Notes-screen JavaScript: 392.7 kB** gzip (+1.5 kB): the candidates found through the compound index, the
  created candidates' marks records made by one function. Unreachable with AG Grid, as before.

### The twenty-sixth session (no full run)

- **Same machine** (2 cœurs Intel Xeon à 2,8 GHz), much busier this time: a load average of 3.7–4.4 with nothing of
  mine running, and the twenty-fifth session's build (b85ae35) itself gave apply times of 2.2–4.1 s where it gave
  1.3–1.6 s a day earlier. What reached the import's path: the plan keys a new number by its digits without leading
  zeros (a number given twice, once without its zero, is refused), refuses a « numéro » without any digit, and
  compares a known number's nom and prénom with the stored ones; the worker checks the header against the built-in
  regulations once per file (a 2025 file into a 2024 session). Alternated with b85ae35, two imports of 5,000 each,
  twice: apply 2.8–3.8 s against 2.2–4.1 s, preview 0.75–0.95 s against 0.74–1.29 s: no difference above this
  machine's noise, and the target (1.5 s) not met, as before.
- **Notes-screen JavaScript: 391.2 kB** gzip (\`scripts/bench-bundle.ts\`; 389.5 kB at the session's start, +1.7 kB):
  what people trying the app met on the first screen: the tab kept across a reload, the grids' scroll strip given a
  line of its own and the focused cell ringed, the focus given back after the menus' dialogs and the detail panel,
  menus that fit a 600 px window, the notice's « Supprimer cette session vide » after an import undone.

### The twenty-fifth session (no full run)

- **Same machine** (2 cœurs Intel Xeon à 2,8 GHz), nothing changed on the import's path into a new session. Four
  imports of 5,000 by the bench's \`measureImport\`: preview 0.45–0.56 s, apply 1.33–1.60 s (1.82–2.09 s together;
  longest task 0.13–0.22 s): not met, as before.
- **Notes-screen JavaScript: 389.5 kB** gzip (\`scripts/bench-bundle.ts\`; 387.8 kB at the session's start, +1.7 kB):
  the notes grid sorted on its headings (the orders of \`candidate-order.ts\`, exact on the moyennes, the order kept
  when the tab is opened again), the filter « Autorisés au contrôle », the contrôle's columns brought into view when
  opened. The 2025 example is built on demand, with the 2024 one.

### The twenty-fourth session (no full run)

- **Same machine** (2 cœurs Intel Xeon à 2,8 GHz), nothing changed on the import's path into a new session (the
  plan reads one more map per new candidate: a name the session has under another number, a number mistyped). Four
  imports of 5,000 by the bench's \`measureImport\`: preview 0.44–0.55 s, apply 1.25–1.41 s (1.69–1.96 s together):
  not met, as before.
- **Notes-screen JavaScript: 387.8 kB** gzip (\`scripts/bench-bundle.ts\`; 385.7 kB at the session's start, +2.1 kB):
  what two people trying the app (a centre with 2,000 candidates, a teacher starting a 2025 session) met on the first
  screen: the keyboard into and out of the grid (the cell left, Entrée in « Rechercher », Échap), the focus back on
  the grid after the NV's reasons, the results exported for the candidates shown, « numéro à venir » in the N°
  column. The bénéfice section loads with « Détail du calcul ».

### The twenty-third session (no full run)

- **Same machine** (2 cœurs Intel Xeon à 2,8 GHz), nothing changed on the import's path. Four imports of 5,000 by the
  bench's \`measureImport\` at the session's start: preview 0.45–0.61 s, apply 1.38–1.58 s (1.86–2.19 s together). A
  CPU profile (unminified build) split the apply as before: the transaction about 1.0 s (the checks 0.13 s, the
  5,000 candidate records 0.35 s, the marks and the undo 0.3 s, garbage collection 0.16 s of it), then the notes
  screen 0.7 s. Nothing new to take: the levers are still those of the twentieth and twenty-first sessions.
- **Notes-screen JavaScript: 385.7 kB** gzip (\`scripts/bench-bundle.ts\`; 382.9 kB at the session's start, +2.8 kB):
  what a jury president and a teacher met this session, on the first screen (the row typed under a decision filter
  kept, a locked cell that says why, ↑/↓ entering a value typed over, the notice's own « Annuler », the names that
  tell sessions apart, « (modifiée) » after the regulation in the header, the settings stored as they are left). The
  rename dialog loads on demand. Comparing the session's regulation with the one provided first loaded the regulation
  file's reader (2.6 kB): its canonical form now lives in the domain, which the screen already has.

### The twenty-second session (no full run)

- **Same machine** (2 cœurs Intel Xeon à 2,8 GHz), nothing changed on the import's path into a new session. Four
  imports of 5,000 by the bench's \`measureImport\` at the session's start: preview 0.54–0.66 s, apply 1.68–1.95 s
  (2.2–2.6 s together). A CPU profile of one (unminified build): the apply's transaction 0.86 s, of which 0.58 s busy
  (IndexedDB's own \`add\` calls 0.24 s, the checks 0.07 s) and 0.28 s waiting; the notes screen after it 0.7 s. Nothing
  in it that a change of the app's code could take off without the levers the earlier sessions weighed: not taken.
- **An import into a large session, or its undo, keeps the place**: the session is read again after either (the
  first rows, then the rest), and the grid went back to its first row. Now the row at the top comes back once read
  again, the candidate chosen stays chosen and « Dernier import » stays (it disappeared during the re-read). At
  5,000 candidates, the notes grid scrolled to row 2,130: the import of a new E1 for everyone took 0.69–0.73 s (the
  bench's \`measureImportInto\`, 1366×768 and 1920×1080), the grid back on the same row at its end.
- **Notes-screen JavaScript: 382.9 kB** gzip (\`scripts/bench-bundle.ts\`; 381.5 kB at the session's start, +1.4 kB):
  AG Grid's scroll API module (the row brought back to the top) and the code that keeps each grid's place (after a
  large import, and when a tab is opened again), and the other tabs' panels theirs (\`keep-scroll.ts\`).

### The twenty-first session (no full run)

- **Same machine** (2 cœurs Intel Xeon à 2,8 GHz), nothing changed on the import's path. Four imports of 5,000 by the
  bench's \`measureImport\` at the session's start: preview 0.46–0.56 s, apply 1.53–1.86 s (2.0–2.3 s together).
- **Where the preview goes**: mostly the worker's first reading and planning of the file, with its code still cold
  (the same work in Node: 0.23–0.36 s the first time, 0.10–0.16 s once warm); the page's own part (the plan's slices
  received, the first rows of the table drawn) is about a third. Warming the worker's code with a few hundred lines
  while the file is chosen was measured in Node: 0.23 → 0.19–0.21 s for the 5,000, not taken.
- **What this machine says about the one lever left** (the apply's transaction in the import worker, the notes
  screen built meanwhile, see the twentieth session): here the transaction alone takes 1.1–1.3 s, so preview + apply
  would stay near 1.6–1.8 s, above 1.5 s even when the screen costs nothing; it could meet the target only on the
  faster machines of the full runs (about 0.43 + 0.9 s). Not started, for that reason and its risk (a session shown
  before it is stored).

### The twentieth session (no full run)

- **Same machine as the nineteenth** (2 cœurs Intel Xeon à 2,8 GHz): no full run. Three imports of 5,000 by the bench's
  \`measureImport\` at the session's start: preview 0.39–0.55 s, apply 1.40–1.56 s; later in the session, with the
  machine busier, apply 1.62–2.05 s for the same build.
- **Where the apply goes now** (CPU profile, unminified build, one import of 1.77 s): the transaction 1.17 s, busy
  0.80 s (IndexedDB's own \`add\` for the 5,000 candidate records 0.32 s, the checks 0.12 s, the marks' records and the
  undo 0.2 s, garbage collection 0.06 s) and idle 0.37 s waiting on IndexedDB; then the notes screen 0.63 s, busy
  throughout (AG Grid's creation 0.18 s, its first 1,000 rows 0.11 s, Svelte's effects 0.14 s, the rows' results
  0.1 s, layout and paint). Nothing on this path changed this session.
- **Measured and not taken**:
  - *Fewer indexes on the candidates.* The candidates' \`sessionId\` and \`etablissementId\` indexes could go (the
    \`[sessionId+numero]\` index serves the same reads). Raw IndexedDB, 5,000 candidate records in one transaction,
    six runs each: median 540 ms with the three indexes, 466 ms with the compound one alone. In the app, a build with
    that schema against the current one, six imports each, alternated: apply medians about 1.78 s and 1.87 s. About
    5 %, within this machine's noise, for a new schema version: not taken.
  - *Transaction durability.* The same raw write with the default durability, \`'strict'\` or \`'relaxed'\`, six runs each:
    372–774, 468–638 and 364–704 ms, within the noise of each other: nothing to take.
- **What would meet the 1.5 s**: only running the transaction's 0.8 s of work beside the screen's 0.63 s, on the
  other core: the import worker (which holds the plan after the preview) applying it in its own IndexedDB connection,
  and the page building the notes screen meanwhile, shown once the transaction has committed. Estimated from the
  profile: apply about the transaction's length (≈ 1.1–1.2 s here, ≈ 0.9 s on the full-run machines), i.e. preview +
  apply ≈ 1.3–1.4 s there. Not started: the page would hold a session not yet stored (hidden until the commit, torn
  down on a refusal or a cancel), a second path beside the one without workers (the jsdom tests), and the marks feed
  and undo written by another connection.
- **Notes-screen JavaScript: 381.4 kB** gzip (\`scripts/bench-bundle.ts\`; 380.4 kB at the session's start, +1.0 kB):
  the database's writes of several candidates or établissements at once (blocks of cells in Candidats and
  Établissements), statically imported by the workspace, and the block of cells' wait for a focus AG Grid lands late.
  The pasting of cells into candidates' cells loads with the Candidats tab.

### The nineteenth session (no full run)

- **Another machine, slower for the page's own work** (2 cœurs Intel Xeon à 2,8 GHz instead of the AMD EPYC of the
  full runs). Its raw IndexedDB is about as fast (\`npm run bench -- --quick\`: 5,000 v9 records written in 373 ms,
  against 350 ms in the ninth session's full run) but the import of 5,000 is not: preview 0.61 s and apply 1.76 s in
  the quick run, 0.62–0.76 s and 1.82–2.04 s in three more imports by the bench's \`measureImport\` (1.79 s in all on
  the full-run machine). A full run here would have measured the machine, not the app: not made.
- **Where the apply's 2 s go here** (a CPU profile of the page, unminified build, 0.2 ms samples): the checks of the
  plan against the session as stored 0.15 s; the 5,000 candidate records 0.6 s, of which IndexedDB's own \`add\` calls
  (the copy of each record and its four index keys) 0.37 s; the marks' records, their texts and the undo's
  fingerprints 0.3 s; then the notes screen 0.9 s: the rows' results 0.1 s, AG Grid's creation 0.3 s (half of it
  building its columns), its first rows, layout and paint. During the transaction the page is idle 0.3 s of 1.2 s
  (waiting on IndexedDB), the only time the screen could be made meanwhile. No piece is new, and none changed: the
  levers are still the transaction in a worker opened at the preview, with the screen made meanwhile, or candidates
  stored in blocks (both above, not started).
- **Notes-screen JavaScript: 380.4 kB** gzip by \`scripts/bench-bundle.ts\` (379.8 kB at the session's start, +0.6
  kB): Ctrl+Maj+flèches in the block of cells, « Ouvrir la délibération » that asks for the jury member's name
  instead of staying disabled. The conformity grid's blocks and the Documents tab's links load with their tabs.

### The eighteenth session (no full run)

- **No full run: the machine was again slower** (the yardstick took 3.96 s against 1.97–2.64 s; raw IndexedDB wrote
  450,000 one-mark records in 47.7 s). The import of 5,000 by the bench's code, three runs here: preview 0.87–1.14 s,
  apply 2.31–2.34 s, as in the last three sessions. No change to the import's path this session.
- **Notes-screen JavaScript: 379.8 kB** gzip by \`scripts/bench-bundle.ts\` (376.1 kB at the session's start, +3.7
  kB, 44 files): the block of cells chosen with Shift or Ctrl+A in every grid (drawing it, Ctrl+C, Suppr and Ctrl+V
  on it, +2.2 kB) and AG Grid's column API module (+1.5 kB), which gives the columns in their order on screen (a
  block spans the displayed columns between its corners; AG Grid's own cell ranges are not in its community
  edition).

### The seventeenth session (no full run)

- **No full run: the machine was again slower** (the yardstick took 3.9 s against 1.97–2.64 s). The import of
  5,000 by the bench's code, three runs here: preview 0.81–1.06 s, apply 2.40–3.02 s, split as before (checks 0.4 s,
  candidate records 0.8 s, marks 0.6 s, undo record and mount 0.1 s, AG Grid's creation 0.25 s, its rows, layout and
  paint 0.6 s).
- **Writing from a Web Worker, measured as a way to overlap the writes with the grid's creation**: raw IndexedDB,
  5,000 candidate-shaped records and 40 mark blocks, with 600 ms of work on the page's main thread at the same time.
  - With the database opened in the worker after the work started, nothing overlapped: 1.03–1.16 s, the same as
    writing on the main thread and then working (1.03–1.16 s). Opening IndexedDB in a worker waits for the page's
    main thread.
  - With the database opened in the worker beforehand, the writes overlapped the work: 0.63–0.86 s in all, against
    0.63–0.97 s for the worker's writes alone (which are slower than the same writes on the main thread, 0.43–0.56 s).
  - So an import whose transaction runs in a worker opened at the preview, while the page builds the grid with the
    ids given out in advance, could hide AG Grid's creation and first rows (≈ 0.4 s on the full-run machines) behind
    the writes. That is the whole apply path (checks, writes, undo record, cancel, progress) moved to a worker with
    its own Dexie, and the cancel test's hook on the page's IndexedDB moved with it: not started this session.

### The sixteenth session (no full run)

- **No full run: the machine was again slower** (the yardstick took 4.3 s against 1.97–2.64 s).
- **Import of 5,000, profiled again**: 0.95 s to its preview and 3.0 s to apply here, split as before. The 5,000
  candidate records take about 1 s of it, and for 0.3 s of that second the page is idle, waiting on IndexedDB.
  Raw IndexedDB in the same page, 5,000 candidate-shaped records, median of three: 0.62 s with the candidates'
  three indexes, 0.47 s with the \`[sessionId+numero]\` index alone, 0.39 s with none. Dropping the \`sessionId\` and
  \`etablissementId\` indexes (a schema version; their queries would go through \`[sessionId+numero]\` or read the
  session) would save about 0.15 s here, 0.08 s on the full-run machines: not enough for the 0.3 s the target needs,
  and not done for that alone.
- **« Charger un exemple »** (170 candidates), measured while looking at why the browser tests take 500 s (59 of
  them load it): 1.3–1.75 s from the click to the grid's counts here, after 0.9 s for the page itself. Building
  and writing the session 0.55 s, AG Grid's creation 0.33 s, its first rows, layout and paint 0.6 s. Nothing in it
  stands out to remove.
- **Notes-screen JavaScript: 375.6 kB** gzip by \`scripts/bench-bundle.ts\` (374.6 kB at the session's start, +1.0
  kB, 44 files): the « Établissement » filter is now a component shared by the notes and Candidats toolbars (its own
  small file), the workspace keeps the Candidats tab's search and adds pasted établissements, and the établissements'
  database module gained the writes of several at once.

### The fifteenth session (no full run)

- **No full run: the machine was again slower** than those of the full runs (the yardstick, raw IndexedDB writing
  50,000 v9 records, took 4.0 s against 1.97–2.64 s). The import of 5,000 by the bench's own code, profiled again:
  0.84 s to its preview and 3.1 s to apply here, spread as in the fourteenth session (checks 0.35 s, the 5,000
  candidate records 0.9 s, the marks 0.6 s, the undo record and the screen's mount 0.25 s, AG Grid's creation
  0.25 s, its first rows, layout and paint 0.8 s). Raw IndexedDB in the same page wrote 5,000 candidate-shaped
  records in 0.67–0.98 s with the candidates' three indexes and 0.43–0.52 s with none: dropping indexes would save
  at most a third of the candidate records' part, about 0.1 s on the full-run machines, short of the 0.3 s the
  target needs. The lever stays the one named below: candidates stored in blocks. Not attempted.
- **Notes-screen JavaScript: 374.6 kB** gzip by \`scripts/bench-bundle.ts\` (373.9 kB at the session's start, +0.7
  kB): the Ctrl+Z histories of the livret and conformity grids, held by the workspace from its start (their
  entries' code loads with their tabs), and the « changed since » checks of the livret's and conformity's writes.

### The fourteenth session (no full run)

- **No full run: the machine was again about twice slower.** Its Chromium wrote the yardstick (raw IndexedDB, 50,000
  v9 records) in 4.9 s, against 1.97–2.64 s in the runs above. An import of 5,000 by the bench's own code took
  0.98–1.04 s to its preview and 2.43–2.58 s to apply there; of 25,000, 1.8 s and 4.9 s.
- **The apply of 5,000 read from a CPU profile** (the click at 0): the checks of the plan against the session as
  stored 0.45 s; the 5,000 candidate records 0.7 s (IndexedDB's own \`add\`, 77 µs a record on this machine, four
  indexes each); the marks records, their texts and the undo's fingerprints 0.5 s; the undo record and the notes
  screen's mount 0.2 s; AG Grid's creation 0.23 s, its first 1,000 rows 0.2 s (the ~25 rows drawn 0.14 s of it) and
  the browser's layout and paint 0.3 s. From 5,000 to 25,000 the apply grew by 2.4 s, so about 1.9 s of it does not
  grow with the file here. No piece is large alone; what would reach 1.5 s on the full-run machines (−0.3 s) is
  fewer candidate records (candidates stored in blocks, as the marks are since v10: a new schema, every candidate
  read and index changed), not attempted.
- **Notes-screen JavaScript: 373.6 kB** gzip by \`scripts/bench-bundle.ts\` (371.9 kB at the session's start, +1.7
  kB): the paste of marks in the notes grid (MarksGrid, +0.5 kB; its reader loads on the first paste), AG Grid's
  cell API module for Ctrl+C (one function), and Ctrl+Z / Ctrl+Y (the undo history and its use in the notes grid,
  +0.9 kB).

### The twelfth session (no full run)

- **No full run again.** The machine wrote the yardstick in 6.2 s, with a load average near 5 and nothing of ours
  running; an import of 5,000 took 0.7–1.2 s to its preview and 2.4–3.1 s to apply there. The figures below compare
  builds or runs on that machine; none of them changed the product.
- **Warming the import worker up is not worth it.** In Node, the first plan of a 5,000-row file took 262 ms; after a
  first plan of 50, 200 or 1,000 rows, 238–240 ms (a second plan of the same file: 109–164 ms). What makes the first
  large plan slower is not code running for the first time.
- **The rows of an import of 5,000 built in one task instead of slices** (VIEW_SLICE at 6,000 instead of 2,000, a
  build not committed): apply 2.5–2.8 s against 2.5–3.1 s, within the machine's noise. Kept in slices.
- **Where the apply's time goes** (a CPU profile of an import of 5,000 into a new session): 1.55 s of transaction, of
  which IndexedDB's own work for the 5,000 candidate records (0.4 s of the page's main thread), the plan's checks
  (0.15 s), the created candidates' marks records and the undo's fingerprints (0.26 s), garbage collection and Dexie;
  then 1.07 s until every count is final, of which AG Grid's creation 0.18 s and its first rows 0.2 s. No piece is
  large alone.
- **« Charger un exemple »**: a CPU profile showed the page idle 0.25 s between the example's commit and AG Grid's
  creation, waiting for the notes screen's code. It is now fetched at the click, and the gap is gone from the profile.
  Its duration could not be compared on this machine (1.3–2.5 s for the same build).

### The eleventh session (no full run)

- **No full run: the machine was the tenth session's.** Its Chromium wrote the yardstick (raw IndexedDB, 50,000 v9
  records) in 5.6–6.7 s, against 1.97–2.64 s in the runs above; an import of 5,000 by the bench's own code took
  0.9–1.2 s to its preview and 2.2–2.7 s to apply there. The figures below compare builds on that machine.
- **The import at 5,000: the preview read again** (timestamps in the page and the worker, a build not committed,
  three imports): from the file's choice, the worker has the request after 20–50 ms, checks the file's shape in
  15–70 ms, parses it in 100–160 ms, plans it in 280–390 ms, and posts the plan in 85–105 ms; the page has it 25–95
  ms later and draws the preview in 140–190 ms. The plan is the largest part, and it is code running for the first
  time: in Node the first plan of that file takes 0.2 s and the next ones 0.05 s (the worker is new for every file,
  and a warm-up on a few rows gained 15–45 ms in the fifth session). After the click, the transaction took 1.7 s and
  the screen 1.1 s more (AG Grid's first rows 0.13–0.21 s of it, the first time cells are drawn). Nothing new was
  tried on this path; what could reach 1.5 s is still the transaction in the worker, with the notes screen made
  meanwhile (above).
- **Backups of 50,000 candidates no longer freeze the page** (the bench's backup rows; one measure each way at
  50,000, same machine): the longest task while saving 0.77 → 0.10 s (11.2 → 10.9 s in all), while reading a file
  for a restore 1.13 → 0.13 s (7.5 → 8.7 s), the restore 0.11 → 0.12 s (6.1 → 6.9 s); at 5,000 no task over 0.09 s
  either way. What froze it, from CPU profiles: Web Crypto's digest hashes the whole text at once in the page's task
  (0.4–0.7 s for 80 MB, after 0.3 s copying the pieces into one buffer); the decoded pieces of the file were joined
  (0.7 s) and their reads, answered at once, resolved in one task; the download's Blob copied every piece in one
  call (0.3–0.4 s); the marks were decoded at once inside the read transaction (0.2–0.3 s). Now the checksum is a
  SHA-256 fed a piece at a time (@noble/hashes; the checksums are the same), the file is parsed a line (one record)
  at a time from its pieces, the download is a Blob of Blobs, and the marks are decoded after the transaction, with
  pauses. Chromium's TextEncoder took 31 ms per piece of 1 Mio and 3 ms per piece of 256 Kio, so the pieces are
  now 256 Kio.

### The tenth session (no full run)

- **No full run: the machine was not the same.** This session's machine wrote the yardstick (raw IndexedDB, 50,000 v9
  records) in 5.4–7.8 s, against 1.97–2.64 s in the runs above, while Node's engine ran as fast as ever (90 ms at
  50,000); an import of 5,000 by the bench's own code took 3.1–3.9 s there on the build the last run measured at
  1.79 s. A full run would have measured the machine. The figures below compare two builds on that machine, one
  after the other.
- **A large import into a session already filled, and its undo: no frozen page** (two new rows of the bench, in the
  targets table from the next full run: a file of the same candidates each with a new E1, imported after the
  edits, then undone). One measure each way at 50,000, through the bench's own functions: the import 6.7 s with a
  0.48 s task before, 7.2 s with none over 0.17 s after; its undo 16.4 s with a 1.12 s task before, 3.4 s with none
  over 0.11 s after. With a profile, what froze the page:
  - *the undo record* was one object per mark touched, each holding the mark before and after: one structured clone
    of 0.35–0.45 s when written. The marks it touched are now one text (the codec of the marks' records), encoded in
    a loop that pauses; earlier records keep their objects and still undo (a test);
  - *the check that nothing changed since the preview* decoded the 50,000 candidates' stored marks in one task
    (0.3–0.6 s); each is now decoded when the pausing loop of checks reaches it;
  - *the undo* decoded them the same way, rewrote every candidate's marks record in one call (0.8 s), and read each
    candidate by key to check the marks it restores (most of its 16 s); it now decodes as it goes, writes a few
    hundred marks at a time, and finds the candidates in the session it has already read.
  - « Dernier import », watched by the workspace, now reads what it shows (file, date, counts, and how many
    candidates the undo touches), not the marks.
- **Backups of a large session** (not measured before; six new rows of the bench). With 50,000 candidates the
  « Sauvegarde » tab froze the page: saving 11.6 s with a 6.4 s task, reading the file for a restore 40.1 s with a
  39.7 s task, the restore 32.8 s with a 25.9 s task (one measure each, same machine). A profile: the check of the
  file looked for each candidate's numero through every candidate before it (58 s in Node at 50,000); the checksum's
  canonical JSON of half a million records, the file's text and the checks were each one task; the download encoded
  83 MB in one Blob (1.3 s), File.text() decoded it in one; the restore added 50,000 candidates in one request (2.2
  s) and checked the whole file again inside its transaction. Now: the numeros by session in a map; the checksum,
  the file and the checks made record by record with pauses (the file is byte for byte what it was); the file
  encoded and decoded a megabyte at a time; the restore writes 500 candidates per request and reuses its preview's
  check. Saving 9.7 s (longest task 0.49 s), reading 7.3 s (1.15 s: JSON.parse of 83 MB, one call), the restore
  5.3 s (0.07 s). At 5,000: 1.2 s, 0.8 s and 0.7 s, no task over 0.12 s.

### The ninth session

- **The import at 5,000: where its time goes, and why small changes no longer move it.** A CPU profile of the page
  during an import of 5,000 (an unminified build, 0.2 ms samples) shows the page's thread busy for the whole apply,
  with no idle gap: the transaction is bound by the page's own work, not by IndexedDB's thread. Of that work, about
  0.22 s is the 5,000 candidate records handed to IndexedDB (the browser's copy of each record, 0.15 s, and Dexie's
  loop over the requests), 0.13 s the checks of every write (the db's own rules), 0.08 s the marks' records (encoding
  and the undo's fingerprints), then after the commit 0.05 s for the rows' results and 0.26 s for AG Grid (its creation,
  with forced layouts, and the first slice of rows), besides layout and painting. The last two sessions measured the
  rest (above): fewer indexes, the shape of the records, warming AG Grid or the worker up. Two ways remain, both
  larger than a session's change, and neither tried:
  - *the transaction in the import's worker*, which already holds the plan: the page would keep only the preview and
    the screen; but the worker would do the same work in the same time, so the import is shorter only if the page
    makes the notes screen (and AG Grid) meanwhile, for a session whose record does not exist until the commit;
  - *candidates stored 128 to a record* like their marks since schema v10: 40 records instead of 5,000 (raw IndexedDB
    above: 18 ms instead of 262 ms to write), but every query by numero, établissement or search, every edit of one
    candidate and the backups would change, with a schema version and its migration.
- **One change to a measured path** (4fe3bb0): the checks of an import find a mark content already checked by its
  object (the worker sends equal contents as one object) before making its key, and check the numeros' uniqueness
  without a map of every candidate. Eight alternated imports of 5,000 each way (the bench's own measureImport): median
  1.60 s against 1.67 s; the machine's noise is as large. The three bench runs above came after it.
- **The CLI** (3d9695f, d1aa31b) now chooses the built-in regulation by the file's columns when neither \`--preset\`
  nor \`--regulation\` is given, reading and decoding the file's first line alone: 0.52–0.56 s at 50,000 against
  0.51–0.55 s before (\`node dist-cli/cli.js\`, three runs each); the ratio was ×1.55, ×1.98 and ×1.33 in the three runs
  (above).
- **The undo of an import and the deletion of a session** (Chromium at 1366×768, 50,000 candidates imported from the
  bench's file, before the bench measured the undo): *undoing the import* took 5.6 s to its notice, with a 0.63 s frozen task: the 50,000 candidates were
  deleted key by key in one task (0.4 s) and Dexie kept every key for the live queries, whose copy of them at the
  commit was the 0.63 s task. They are now deleted as ranges of consecutive ids (869a93b), the created candidates'
  marks are decoded one candidate at a time in a loop that pauses (e9b1602), and the session is read again after a
  large undo instead of every row being recomputed for its removed marks (76f4d34, 85e1913): the bench now measures
  it (rows above: 1.54 s, longest task 0.16 s). *Deleting the session* (03f1142, the same helper): 4.3 s with a 0.31 s
  task before, 1.1 s with none over 0.05 s now (one measure each, by scripts not committed).
- **A large import into a session already filled** (not a row of this table: a file changing the E1 mark of the
  50,000 candidates of the bench's session, by a script not committed): after the commit the marks feed patched the
  50,000 rows in one task of 0.70 s. The workspace now stops the session's live reads before a change of more
  candidates than a build slice and reads the session again after it (85e1913); the read again first built every row
  at once too (0.33 s: #watch kept the last read's rows as « previous » rows), which it no longer does, and decoded all
  the session's marks blocks in one task (up to 0.2 s, as on every opening of a large session), now in slices
  (ad5ca1e). In the transaction, the session's 50,000 candidates are read in pages (3d69329: 0.22 s → 0.06 s). The
  longest tasks left, 0.15–0.43 s, are in the transaction: decoding the marks the file replaces to check that
  nothing changed since the preview (a chunked read did not help: Dexie answered the chunks within one task), and
  writing the undo record (one record holding every mark replaced).
- **The reload's longest task** is now measured (ad5ca1e): 0.06 / 0.10 s in this run; two reloads of 50,000 by a
  script, three each way, before and after the marks feed's change: 0.09–0.20 s and 0.08–0.11 s.

### The eighth session

- **One change to a measured path** (4b23db1): an import from « Aucune session » now asks for the notes screen's
  JavaScript (AG Grid and the workspace, about 1 MB before gzip) in an idle moment once its preview shows, instead of
  at the click on « Importer », where it was fetched and compiled on the page's thread beside the transaction's own
  work. A person reads the preview for seconds; the bench clicks 0.1–0.2 s after it. Nine alternated imports of 5,000
  on each build (the bench's own measureImport, same machine): preview + apply median 1.53 s before, 1.47 s after,
  the slowest 1.73 s before and 1.53 s after. This run's apply (1.18 s) is 0.03 s under the seventh session's; its
  preview (0.49 s) is 0.04–0.08 s over theirs, with nothing changed in the preview's path but a choice of regulation
  made in the worker from the header (two header mappings, well under a millisecond) and 84 kB more sent with each
  request (the two built-in regulations, about 1 ms): the machine's noise, as far as I can tell from one run.
- **Tried and not kept** (each measured by alternating builds, marks in builds not committed):
  - *Two fewer candidate indexes* (\`sessionId\` and \`etablissementId\`, which compound indexes could serve), raw
    IndexedDB in the page, 5,000 records, eight runs each: 0.47 s to the commit instead of 0.52 s (median). A schema
    version and every query by session changed for 0.05 s: not done.
  - *A throwaway AG Grid made while the import's transaction runs*, to have AG Grid's code compiled before the real
    grid: the real grid was made 0.05–0.07 s faster, but the throwaway one (about 0.2 s of the page's thread) pushed
    the commit later by as much: the apply was not shorter (1.10–1.27 s against 1.04–1.30 s).
  - *The same throwaway grid in the idle moment after the preview* (with the change above): six alternated imports,
    median 1.47 s against 1.48 s.
  - *A first slice of 100 rows instead of 1,000*: the first rows are handed to AG Grid 0.05–0.10 s after the grid is
    made either way; that time does not depend on the number of rows (it is AG Grid's first rendering).
- **The tabs of a large session** (not rows of this table; Chromium at 1366×768 after an import of 50,000, one CPU
  profile each): the conformity tab opened in 1.18 s, every candidate's conformity evaluated twice (once before the
  dossiers' records were read, then with them); it is now evaluated once the records are read (703beb5): 0.64 s. The
  contrôle tab drew all 910 authorised candidates' cards (0.7–1.0 s); it now draws 100, with « Afficher 100 de plus »
  and a search (9691b04): 0.13 s. Both came after this run.
- **What a person sees, not measured here**: in a session, the import wizard now takes the place of the tabs (the
  notes grid is hidden, not destroyed, while it is open) and closes once applied; « Détail du calcul » is 2 rem wider;
  a new session shows a short guide over its empty grid. None of these is on a path the bench times. The notes
  screen's JavaScript grew by 1.0 kB for the guide and the wizard's choices.

### The seventh session

- **No change to a measured path.** The session's work is what a person sees: dates typed JJ/MM/AAAA and file
  choosers in French whatever the browser's language (a native date field showed « mm/dd/yyyy » and read 05/03 as
  the 3rd of May in an English browser). The deliberation bar, part of the notes screen, has a date field: the
  DateInput chunk (1.1 kB) and the dates module's parser (+0.2 kB) joined the notes screen's JavaScript.
- **The import at 5,000, read again** (performance marks in a build not committed, four imports through the bench's
  own code, a quiet moment): the preview 0.32–0.40 s; after the click, the transaction begins at 33–71 ms, the checks
  end at 158–195 ms, the 5,000 candidate records at 455–614 ms, the marks at 650–776 ms, the undo record at 685–807
  ms, the commit at 704–821 ms; AG Grid's creation begins at 769–899 ms and the first row is painted at 1,027–1,129
  ms. Whole imports of 1.36–1.55 s there, 1.61 s in both bench runs (whose previews took 0.41–0.45 s).
- **Two more checks, neither kept.** Raw IndexedDB in the page, 5,000 candidate records with and without their empty
  \`optionalUnits\` and \`formOverrides\`: 0.34–0.54 s to the commit either way, of which the page's own loop 0.08–0.22 s:
  the records' shape is not what costs, IndexedDB's own thread is. A warm-up of the import's worker on a few rows
  before the real file (in Node, where the first 5,000-row plan takes 0.19–0.21 s and later ones 0.08–0.12 s): 300
  rows cost 35 ms and saved 15–45 ms; not worth it.

### The sixth session (no full run)

Nothing below changed a path the bench measures.

- **The import at 5,000, two more tries, neither kept.** Performance marks on four imports each way (same machine,
  same build but for the change): the preview 0.34–0.51 s; from the click to the transaction 0.04–0.11 s; reading and
  checking 0.12–0.17 s; the writes 0.54–0.69 s; the undo record 0.02–0.05 s; from the commit to the painted screen
  0.34–0.48 s.
  - *Ids given ahead, so that each chunk's marks are made while IndexedDB writes the previous chunk* (the first
    candidate written alone takes the key generator's id; every key above it is free). The writes took 0.55–0.70 s,
    as before: a CPU profile shows them bound by the page's own work of handing each record to IndexedDB
    (\`IDBObjectStore.add\` 0.18 s of self time for 5,000 candidates, the garbage collector 0.14 s), not by
    IndexedDB's thread, which had nothing left to wait for. Reverted.
  - *The notes screen's code loaded as soon as the import window opens* (instead of at the click on « Importer »,
    where compiling it delays the transaction by 0.05–0.1 s). On 50 candidates the apply was 0.08 s shorter; on
    5,000, six alternated runs of each build gave the same medians (2.13 s either way: the compiling moved into the
    preview, since the bench chooses its file at once). A person choosing a file would gain it; the bench cannot
    see it, and I did not keep a change I could not measure.
  - What is left is about 0.2 ms of the page's work per candidate spread over eight phases, plus a fixed 0.75 s.
    What could reach 1.5 s: the whole transaction (checks and writes, about 0.75 s at 5,000) run by the import's
    worker, while the page mounts the notes screen and creates the grid beside it (about 0.25 s); estimated
    1.35–1.45 s. Not attempted: a second database connection in the worker, with the backup counter's and the
    pending writes' add-ons, and cancel, progress and refusals carried across.
- **Actions on every candidate** (Chromium, 1366×768). « Tout conforme » cost four or five IndexedDB round trips per
  candidate in turn: 6.4 s for 5,000 (8,415 requests for 2,100 in the tests), with a confirmation whose greyed
  buttons said nothing. Dossiers are now read, evaluated and written a thousand at a time (28 requests for 2,100): a
  fraction of a second for 5,000, 5 to 8 s for 50,000, while the confirmation says « Enregistrement en cours… ». The
  same for « Réévaluer » and for an import's conformity columns.
- **The livret tab at 50,000** (one class « Candidats sans établissement »): 2.2 → 0.5 s, its list of 50,000 names
  replaced by the candidate typed; most of the 2.2 s was AG Grid's theme read forcing a style pass over those
  options. Still unchanged: the conformity tab 1.3 s, the contrôle tab 0.7 s.

### The fifth session

- **Marks decoded without keeping their record's text** (98d942d). Decoding a block gave each mark its unit and date
  as slices of the block's text, so 450,000 decoded marks kept every block's text alive, and read each number
  through a copy of its digits. Units and dates are now strings shared from one mark to the next (the n-th line of a
  candidate's text most often has the previous candidate's unit and date), and the digits are read in place. In
  Node, the marks of 50,000 candidates held after decoding: 56 MB before, 26 MB after, in the same time; in the
  bench, the heap with the grid shown 128 → 120 MB. Two alternating comparisons in Chromium (an import of 50,000
  then three reloads, twice on each build): every count final 1.75–2.44 s before, 1.74–1.97 s after. The codec's
  tests read back every value as before and refuse the same unreadable ones (\`12a\`, an empty value, \`-5\`, a
  number past 2^53).
- **Counts written as French does** (2598c4a): « 50 000 candidats », « Admis : 27 015 » (a thin no-break space, as
  \`Intl\` writes fr-FR; 0 and 1 in the singular), from one \`countOf\`/\`formatCount\` (src/domain/count.ts) instead
  of eight local helpers (three for thousands, five for plurals). The bench reads the page's new text (\`rowsText\` in scripts/bench-browser.ts).
- **The tabs of a large session** (not rows of this table; measured in Chromium at 1366×768 after an import of
  50,000, each until the tab is painted). The Jury tab drew every candidate near a threshold (7,093), every ajourné
  whose livret was not examined (15,565) and a list of all 50,000 names: 13 s. The lists now draw 200 rows at a time
  and, above 2,000 candidates, the candidate is typed (src/ui/CandidateFinder.svelte): 0.4 s. The evaluation grids'
  tab had the same list of names: 2.5 → 0.35 s. Its histogram wrote four-digit counts over each other and the
  thresholds' labels over the tallest bars; each count now fits its bar or is left to the bar's title. Unchanged:
  the livret tab 2.1 s, the conformity tab 1.4 s, the contrôle tab 1.0 s (910 candidates, a block each).

**The import at 5,000, read again** (performance marks in a build not committed, four imports through the bench's
own code, this session's machine): the preview 0.34–0.36 s; the apply 1.25–1.40 s, of which the transaction's start
and the session's creation 0.03–0.06 s, reading and comparing with the preview 0.02–0.08 s, the checks about 0.1 s,
the 5,000 candidate records 0.38–0.48 s, the marks 0.19–0.27 s, the undo record 0.02–0.04 s, then the notes screen
0.38–0.47 s (mounting it 0.03 s, one paint, AG Grid's creation 0.13–0.16 s, the rows built and shown 0.10–0.22 s,
the frame that shows them). The same import of **50 candidates** takes 0.64–0.98 s: about 0.75 s of the 5,000's
1.9 s does not depend on the file's size (the worker's and the page's code running for the first time, AG Grid's
first grid, the transaction, the paints). Tried and not kept: a first AG Grid made out of sight when the import
window opens (in an idle moment): the apply 0.08 s shorter, the preview 0.1 s longer, and the longest task 0.19–0.29 s,
over its target. Not attempted: writing from a worker. After the commit, the page's own work (about 0.4 s) needs the
rows written; only AG Grid's creation could run beside the writes, about 0.2 s, less than the 0.4 s missing.

### The fourth session

- **Candidates created in numero order** (c291f8e). The third session's notes named one case the bench did not
  exercise: after a file that is not in numero order (a class list by name), the first screen's 100 candidates by
  numero had ids spread over the whole import, so their marks were in up to 100 blocks. Measured here with 50,000
  candidates in random order: first rows 0.69–1.16 s after a reload (target 1 s) and every count 2.6–2.9 s (target
  2.5 s), against 0.44–0.48 s and 1.8–2.3 s for the same file in numero order. An import now writes the candidates
  it creates in the order of the numero index, whatever the file's order, so ids follow numeros: the same shuffled
  file then gave 0.40–0.47 s and 1.5–2.4 s. A test imports a file in another order and checks the ids, each
  candidate's marks, the first page in at most two blocks and the undo (tests/db/imports-created.test.ts); it fails
  before the change. The bench now also imports the same candidates sorted by name and reloads (the « fichier importé
  par nom » lines). Sessions imported before this change keep their ids.
- **The grid created in a task of its own** (e7613f0). At the end of an import, mounting the notes screen and
  creating AG Grid (0.15–0.24 s the first time in a page) were one task, the longest of the import: 0.16 and 0.23 s in
  the third session's runs. Grid.svelte now creates the grid in the next task, after the screen around it. Six
  alternating imports of 5,000 on two builds: longest task 0.16–0.21 s before, 0.10–0.17 s after; the bench: 0.14 s in
  both runs. It costs one more paint before the grid; on the first rows of a reload at 5,000, two alternating
  comparisons gave 0.35–0.48 s before and 0.41–0.56 s after, then 0.36–0.61 s and 0.36–0.52 s: nothing measurable
  above the machine's noise (at 50,000: 0.41–0.81 s and 0.46–0.87 s).
- **The import wizard loads the code that applies a plan when it opens** (0ac51fa), while the file is chosen, not after
  the click on « Importer » (which waited 0.03–0.12 s for it).

**Why 1.5 s at 5,000 was not met then.** Performance marks in the page (a build with marks added, not committed),
on a run where the whole import took 1.96 s: the preview 0.50 s (the worker reads and plans for 0.28–0.33 s, its
code still cold; the plan's copy to the page about 0.05 s; drawing the preview about 0.1 s), then after the click:
0.03 s until the import starts, 0.13 s of checks, 0.44 s for the 5,000 candidate records, 0.27 s for the marks, 0.03
s for the undo record, and 0.56 s for the notes screen (mounting it, AG Grid's creation, the first rows, the rows'
results). A CPU profile of the apply shows the page's thread busy nearly all along (IndexedDB's own \`add\` first, 50
µs per candidate record), so moving work earlier only moves it. Tried and not kept, each measured by alternating
builds:
- preparing the notes screen while the file is read (its code loaded and a first AG Grid made out of sight): the
  apply 0.3 s shorter, the preview 0.2 s longer, the total unchanged (on two cores, the page competes with the
  worker);
- the same, once the preview is painted: the bench clicks « Importer » 0.2 s after the preview, so the preparation
  ran into the apply and made it longer;
- giving the grid the rows built so far once, not at each doubling: no difference.
What is left is the page's own work: the candidate records (the floor of IndexedDB in Chromium), the marks' texts,
and AG Grid's first creation. Writing from a worker would free the page's thread, with the notes screen built
meanwhile; with two cores shared with the import worker and IndexedDB's own thread, it is not clear it would gain
the 0.5 s missing, and it changes how every import reaches the database. Not attempted.

### Schema v10: the marks of 128 candidates per record (third session)

IndexedDB costs about the same per record whatever its size, and since v8 every candidate with marks had a marks
record beside its candidate record: an import of 50,000 wrote 100,000 records, and opening the session read 100,000.
Since v10 the marks of up to 128 candidates whose ids follow each other are one record (\`markBlocks\`, keyed by
\`floor(candidateId / 128)\`, a multi-entry index on the sessions it holds; inside, a part per candidate with marks:
its id, its session and its v9 text, src/db/marks-codec.ts). An import of 50,000 writes about 50,400 records, and the
marks feed reads about 400 records to open the session. The « IndexedDB seul » lines measure the shape: at 50,000,
writing 2.3–3.4 s (v9) → 0.13–0.17 s (v10), reading and decoding 0.8–1.0 s → 0.32–0.40 s, depending on the run.

- **What changed for the app: nothing.** marks.ts is still the only code that reads or writes the marks table, and
  gives the rest of the app the MarkRecord rows it always has; a mark typed reads and rewrites its block (about 30 kB
  of text) in one transaction, as it read and rewrote the candidate's record.
- **The marks feed** is told which blocks a commit touched, reads those, and reports only the candidates whose text
  changed: a mark typed recomputes one row, not 128 (tests/ui/marks-feed.test.ts).
- **Imports** write each block once: the chunks of created candidates end on a block's edge, so two chunks in flight
  never share one (tests/db/imports-created.test.ts, with a candidate of another session in the first block).
- **The upgrade** moves every v9 record into its block in one pass. tests/db/schema-v10.test.ts opens a genuine v9
  database (two sessions, sous réserve, bénéfices, an open deliberation and its audit trail, an import to undo) with
  identical marks, results and backup content, then undoes the import and logs a mark as the source does; in
  Chromium, a profile filled by the v9 build (the example session) opened with the v10 build shows the same rows and
  counts. Backups keep their \`marks\` list of rows: old files restore as before (tests/db/backup-fixture.test.ts).
- **The first page on reload** (100 candidates by numero) reads the blocks of those candidates: one or two, since
  imports create candidates in numero order (fourth session, above).

**Then the marks phase was made cheaper** (5e39a8a and the two commits before it). With v10, writing the created
candidates' marks became CPU work: performance marks in the page put that phase at 1.1–1.8 s at 50,000 (the candidate
records 3.2–4.5 s, the checks 0.5–0.6 s, the undo record 0.1 s, the rows and grid after the commit about 0.8 s). Each
candidate's text is now made from the checked contents the import shares (\`encodeMarksWrittenAt\`, equal to
\`encodeMarks\`: property test) instead of an object per mark first; the undo's fingerprints sort each key list once
(\`db/fingerprint.ts\`, its output locked by literal figures: it is stored in the last import's undo record); and a
chunk holds 1,024 candidates (eight blocks, eight records) instead of 250, 50 round trips instead of 200.

**The third session's reading of 5,000** (1.66 and 1.99 s): the preview is 0.42–0.44 s, and the apply 1.29–1.51 s, of
which the 5,000 candidate records alone take about 0.4–0.6 s, the rows and grid after the commit about 0.3–0.4 s (AG
Grid's creation is the longest task, 0.16–0.23 s), the checks and the marks about 0.3 s. Putting the candidates
themselves into blocks is not an option (their indexes serve the numero check and every screen's liveQuery); what is
left is a faster preview and a grid created while the records are written, a fraction of a second each. Not attempted.

### Import: what changed in the third session

- **The bench itself.** The import was timed from Node around Playwright's \`getByText\` waits, and that polling walks
  the whole page's text at every frame *on the page's thread*: it slowed the import it measured. The page now records
  its own times (file chosen, preview painted, « Importer » clicked, every count and the first row painted), as the
  reload already did. Same code, same machine: preview 1.05 → 0.69 s, apply 3.4 → 2.2 s at 5,000.
- **A new session shown as written** (\`importIntoNewSession\`, src/db/imports.ts): the empty state's import creates
  the session and applies the plan in one transaction, then gives back what it wrote (établissements, candidates in
  the grid's order, marks as the marks feed holds them). The workspace shows those rows at once instead of reading
  back 100,000 records; the marks feed starts from them, and the candidates are read again once the counts are
  painted (kept if unchanged). A test compares the rows given back with what reading the session gives.
- **Checks that pause by time** (\`checkPauses\`): the checks paused, to let the page paint, every 5,000 steps, 170
  round trips at 50,000; now once they have run 40 ms. At 50,000: the comparison with the preview 440 → 72 ms, the
  checks 1,324 → 327 ms.
- **Less copied from the worker**: the preview's rows only (the first 200 of the file and of each status, and every
  row in error: 23 MB of rows at 50,000 were copied for a table that lists 200), and the mark writes as columns
  (typed arrays and shared contents: 26 MB → 11 MB, read back by the page in a twentieth of the time). Preview at
  50,000: about 2.1 → 1.4–1.6 s.
- **The worker starts with the window**, not once the file is chosen; **the notes screen's code** loads while the
  import writes.

**Where the time went then** (marks in the page, 50,000, schema v9): the preview about 1.5 s (the worker parses and plans in
about 1.1 s; the copy to the page the rest); the checks about 0.4 s; writing 100,000 records about 6.5 s; then about
1 s to compute 50,000 results, build the rows and show the grid. A CPU profile of the writes shows IndexedDB's own
calls first (\`add\` 1.8 s for the candidate records, \`put\` 1.0 s for the marks records, on the page's thread), then
Dexie's loop around them and the garbage collector; the app's own work in that phase is about 0.5 s.

(That session's reading of the 5,000 floor, two records per candidate, led to schema v10 above.)

### Reload: the first rows, then every count

As before: a first page of 100 candidates by numero with their marks, then the whole session read (the candidates
as parallel ranges of ids; the marks, since v10, about 400 block records by session), the rows built in slices, AG
Grid fed in slices. New in the third session: a localStorage hint
(\`ui/state/notes-screen-hint.ts\`) says a session was open when the page was left, and the notes screen's code (AG
Grid, about 240 kB gzip) is requested as the page starts instead of once the database has said which session opens.
Marks taken in the page at 5,000 had the code arriving about 100 ms after the first page of rows was read; in
\`--quick\` runs, first rows 0.56 → 0.41 s and every count final 0.82 → 0.65 s. What is left before the first row:
about 0.25 s until the entry's 36 modules have arrived and run (from the service worker's cache), the database
opening and its first reads, then AG Grid creating the grid (about 0.1 s).

### Schema v9: a candidate's marks as one text

Chromium's IndexedDB costs about the same per value in a record: a candidate's ~9 marks stored as objects (v8) are
~40 values, as one text (one line per mark, src/db/marks-codec.ts) one. The « IndexedDB seul » lines measure both
shapes with the same marks (at 50,000: writing about 3.4 s → 2.2 s, reading 1.5 s → 0.8 s, decoding included).
tests/db/schema-v9.test.ts opens a genuine v8 database with identical marks, results and backup content.

### CLI ÷ bare PapaParse

\`npm run delib\` runs JavaScript compiled ahead of time (dist-cli/cli.js). A CPU profile of
\`node --cpu-prof dist-cli/cli.js results\` on the 50,000-candidate file showed the garbage collector first (0.74 s of
about 1.9 s): every record, every parsed row and every full result (with its explanation) was held until the file
was written. The CLI writing a CSV now reads, computes and writes each candidate as PapaParse gives its record
(\`resultsCsvFromCandidatesFile\`, src/io/results-file.ts, with \`candidatesTableReader\` for the header's checks then one
record at a time) and keeps only its line of text; a file refused whole is read again by the rows-keeping path,
which says why, so messages are unchanged. Plain numbers (\`12,5\`) are read without regular expressions, and the
per-column work is done once per file. Same bytes out (tests/io/results-file.test.ts compares both paths, the CLI's
tests are unchanged). CPU time on the same busy machine: 1.77 s before, 0.88 s after, against 0.62 s for the bare
PapaParse parse and unparse; the documented command adds npm's start-up (about 0.1 s of wall time on a quiet
machine). The workbook export (\`--out RESULTATS.xlsx\`) still keeps the rows it needs.

### Notes-screen JavaScript (issue 19, point 5: not met, and not reachable with AG Grid)

This run: **372.6 kB** gzip (42 files): 1.0 kB more than the seventh session's last run (371.6 kB), the new
session's guide and the import's choices (above); 370.1 kB at the seventh session's start, before the French date
field of the deliberation bar; 369.9 kB in the fifth session, 369.4 kB in the fourth, 369.3 kB in the third (schema
v10), 368.7 kB before it, 382.0 kB before the paste reader became a dynamic import. The breakdown below is from an
earlier reading (\`scripts/bench-bundle.ts\`);
AG Grid (now 228.2 kB), Dexie (31.6 kB) and Svelte (19.3 kB) are the same libraries:

| what | gzip |
| --- | --- |
| AG Grid 36 (ag-grid-community and ag-stack), with the modules the app's grids use | 224.1 kB |
| Dexie 4 | 31.5 kB |
| Svelte 5 runtime | 19.3 kB |
| *libraries, before any of Délib's code* | *274.9 kB* |
| the workspace view with the notes grid, status bar and deliberation bar | 12.0 kB |
| both regulation presets (the 2024 one with its evaluation grids and livret template) | 9.2 kB |
| the entry (App, empty state, jury member chip, update prompt, backup reminder) | 6.9 kB |
| the workspace state (rows, marks feed, actions) | 6.7 kB |
| the database layer: marks and guard, candidates, sessions, conformity, deliberation, livrets, storage… | about 19 kB |
| the domain: evaluation grids (the guard checks them), conformity, jury, results, stage, regulation, marks… | about 18 kB |
| the rest (30 small chunks) | about 2 kB |

Why 300 kB cannot be reached with AG Grid: ag-grid-community is one ES module, so every grid module registered
anywhere in the app lands in the one AG Grid chunk the notes screen loads (the select editor and row selection of
the candidates, établissements, conformity and livret grids included). A grid with the client-side row model and
the text editor, the least an editable grid needs, is already about 205 kB; the libraries then leave 25 kB for the
app, whose notes screen needs at the least the engine, the regulation, the database layer and its guard, the
workspace state and the grid's columns (about 60 kB today). What would meet it: a lighter grid than AG Grid for the
notes screen (a virtualized table written for it), a stack change not made here. Short of that, about 15 kB more
could leave the first screen (the deliberation bar and the jury state loaded after the grid, the presets' evaluation
grids and livret templates on demand, the guard loading the evaluation-grid checks on demand): about 345 kB.

### Lighthouse (met: 1.00 in both runs of this session, as in the previous ones)

\`scripts/lighthouse.ts --dist dist-bench\`, run by the bench after the browser figures, on the same build: the
workspace with the example session (170 candidates, repeat visit) scores 1.00 in performance; axe finds no violation
on any tab (tests/e2e).

### Growth from 5,000 to 50,000

In this run: the engine ×9.6, the pipeline in memory ×10.7 and the heap ×5.9 for ×10 candidates; the CLI ×1.8 and
PapaParse ×3.1 (start-up dominates at 5,000); the first rows on reload ×1.1 (one page of 100 whatever the size);
every count final ×2.6 to ×2.7 and the import ×3.8 (fixed costs weigh at 5,000: about 0.75 s, above); the edit
×1.05. Of the raw IndexedDB lines, the v10 shape grows ×4.1 (write, 26 ms at 5,000) and ×12.4 (read), the
one-record-per-mark shape ×11.1 when writing 450,000 records. Nothing of the app grows faster than the number of candidates.
`;
