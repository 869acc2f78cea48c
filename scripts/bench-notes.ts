/** The reading of the figures, written at the end of docs/benchmarks.md (by hand: update it when they change). */
import { IMPORT_CHUNK_SIZE } from '../src/db/imports.ts';

export const ANALYSIS = `## What the figures say (read on 2026-11-22)

Met: the engine (50,000 results in about 120 ms), the CLI (about 1.5 s), the PDFs (170 relevés, and the PV of
1,000 candidates, in about 1 s each, in Node), a mark edit at 50,000 candidates (p95 about 35 ms) and the heap
(about 230 MB). Not met: the import, the reload and the initial JavaScript; why, and what would meet them, below.

### Before this work

The same bench on the previous build (\`npm run bench -- --dist DIR\`, same day, a busier machine): import 7.0 s at
5,000 and 61 s at 50,000 (the page frozen up to 5.2 s); reload to the real results 11.2 s at 50,000; heap 378 MB;
a mark edit p95 1.6 s at 5,000, and at 50,000 the page did not show the first edit's results within 20 s; 389 kB
of JavaScript on the notes screen.

### A mark edit (met)

Before, every edit made liveQuery read the session's marks again (420,000 records at 50,000 candidates, deep-cloned
by Dexie's cache), rebuild the 50,000 rows and hand them all to the grid. Now (src/ui/state/marks-feed.ts, the
workspace's \`views\`, src/ui/grid/Grid.svelte):

- the marks are read once; Dexie's \`storagemutated\` event (this tab's commits and, through a BroadcastChannel,
  the other tabs') says which [candidateId, unit] keys changed, and only those candidates' marks are read again;
  where Dexie knows only a range (bulk writes of 50 records or more, deletes by range) everything is read again;
- an edit is shown before it is committed (the workspace applies it at once, then reads the candidate again once
  the write is stored or refused), so the row and the counts do not wait for IndexedDB;
- only that candidate's row is recomputed (\`patchViews\`); tests/ui/candidate-view.property.test.ts checks that
  it gives exactly the rows and counts of a full rebuild after random edits, tests/ui/marks-feed.test.ts that the
  workspace keeps the rows of a full rebuild with edits from itself and from another connection;
- the grid gets \`rowNode.setData\` for the rows that are new objects instead of a new list of 50,000 to compare;
- the counts are counted again from the rows: about 1 ms for 50,000 rows, so they are not kept incrementally
  (one code path, nothing to drift).

What is left of the 25–35 ms is the page's own work for one frame: the row and its pinned cells redrawn, the
focus moving to the next row, the explanation panel following it.

### Reload (not met: about 4.4 s at 50,000 candidates)

The figure is the time until the first row shows its real results. Before, rows were shown as soon as the
candidates were read, all INCOMPLET until the marks arrived seconds later (that is what the previous bench timed);
now rows wait for the marks. The time is IndexedDB's: reading and decoding 420,000 mark records and 50,000
candidates (profile: Dexie's \`onsuccess\` decoding results, garbage collection, the browser process reading;
building the rows and the grid take about 0.3 s). Reading the marks as 16 parallel ranges of candidate ids roughly
halves their read (Chromium decodes one range while it reads the next), and Dexie's liveQuery cache is off (it
deep-cloned every result on each read, twice the work for queries that have one subscriber each).

What would meet it: fewer, larger records. The *IndexedDB seul* lines measure it without the app: 50,000
candidates × 9 marks read back in about 1.5 s as 50,000 records against 4.5 s as 450,000. That alone is at the
target, and the candidates' own records must be read too: 1.5 s at 50,000 would also need the first screenful
shown before the rest is read (the first candidates by numero and their marks, then the rest, with the counts
shown as loading until then).

### Import (not met: about 5.7 s at 5,000, 45 s at 50,000)

Applying is IndexedDB writes: one record per candidate and unit is 420,000 puts at 50,000 candidates, about 90 µs
each in Chromium here (serializing each record, Dexie's per-request work, the browser process writing). The
*IndexedDB seul* lines give the floor without any check or Dexie: 450,000 per-unit records take about 26 s to
write, 50,000 per-candidate records about 3 s. Only storing a candidate's marks in one record (a schema change
with its migration; not done, other work depends on the current one) would bring 50,000 under 20 s and 5,000
under 3 s.

Responsiveness: the writes never freeze the page (chunks of ${IMPORT_CHUNK_SIZE.toLocaleString('en-US')} with the progress bar between them), and the
checks of every row inside the transaction now pause every 5,000 checks (a read keeps the transaction alive while
the page paints and takes clicks; tests/db/imports-large.test.ts): the longest task at 50,000 went from 5.2 s to
about 1.8 s. What still holds the page at 50,000 rows, about 1.5 to 2 s each: the preview (the wizard plans every
row synchronously; the parse and the plan in a worker would need the wizard to wait for them), and storing the
undo record, one IndexedDB record holding every mark written (a single put).

### Initial JavaScript (not met: 345 kB gzip on the notes screen, from 389 kB)

Moved out of the notes screen (loaded when first used, and precached for offline use like the other tabs): the
candidates and établissements grids, the import wizard with PapaParse and the import planner, the session dialog,
the empty state's backup view, applying and undoing an import (src/db/imports.ts; the workspace watches the last
import through src/db/last-import.ts), the example session and the CSV writers. Three AG Grid modules no grid
uses (date editor, column auto-size, row style) are no longer registered.

What is left (\`npx tsx scripts/bench-bundle.ts\`): AG Grid with the modules the grids use is 223 kB gzip on its own
(a bare grid with no module at all is 181 kB), Dexie 31 kB, the Svelte runtime about 25 kB: 279 kB before any of
Délib's code. ag-grid-community is a single ES module, so every module registered anywhere lands in the one AG Grid
chunk: the select editor and row selection used by the candidates, établissements, conformity and livret grids cost
the notes screen 12 kB. Also loaded with the first screen, through files outside this work: src/db/backup.ts (the
backup counter is a Dexie addon installed when the database opens) and, through src/db/guard.ts, the evaluation
grids (11 kB). What would meet 300 kB: a lighter grid than AG Grid for the notes screen; short of that, those
three out of the first screen (the counter addon in a module of its own, the guard loading the evaluation grids on
demand, the other grids without the select editor and row selection) would leave about 315 kB.
`;
