/**
 * The import worker's protocol (src/io/import/work.ts), called directly: the same answers as reading and planning on
 * the main thread, the file and the session kept between requests, progress before the answer, failures as
 * messages (never a throw that would leave the page waiting).
 */
import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { livretTemplateFor } from '../../src/domain/livret.ts';
import { encodeWindows1252 } from '../../src/io/decode.ts';
import { fileKind } from '../../src/io/file-kind.ts';
import { buildLivretPlan, combineHeaderRows, detectHeaderRows, detectLivretHeader, livretAutoMap } from '../../src/io/import/livret.ts';
import type { ImportSource, MarkWrite, PlanRow } from '../../src/io/import/types.ts';
import type { Mark } from '../../src/domain/marks.ts';
import type { XlsxLibrary } from '../../src/io/workbook.ts';
import { btsCcst2024 as ccst, btsCcst2025 } from '../../src/domain/presets/index.ts';
import { writeCandidatesCsv } from '../../src/io/candidates-csv.ts';
import { autoMap, importFields } from '../../src/io/import/fields.ts';
import { buildPlan } from '../../src/io/import/plan.ts';
import { readImportSource } from '../../src/io/import/read.ts';
import {
  ImportWork,
  markWriteColumns,
  markWritesFromColumns,
  PLAN_PARTS,
  PlanAssembler,
  planLineCount,
  PREVIEW_ROWS,
  previewRows,
  SNAPSHOT_PARTS,
  snapshotMessages,
  type ImportFile,
  type ImportWorkReply,
  type ImportWorkRequest,
  type ImportWorkResult,
} from '../../src/io/import/work.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { sampleCandidates } from '../../src/sample/candidates.ts';
import { emptySnapshot, exampleSnapshot, planText } from './import-helpers.ts';

const bytesOf = (text: string) => new TextEncoder().encode(text);
const base = { options: {}, mapping: null, emptyCells: 'keep', planOptions: {} } satisfies Omit<ImportWorkRequest, 'id'>;

/** Sends one request; every reply it got, and its result as the page puts it together (throws if it failed). */
function ask(work: ImportWork, request: ImportWorkRequest): { replies: ImportWorkReply[]; result: ImportWorkResult } {
  const replies: ImportWorkReply[] = [];
  // Through a structured clone, as between a worker and the page.
  expect(work.handle(request, (reply) => replies.push(structuredClone(reply)))).toBeUndefined();
  return assemble(request, replies);
}

/** `ask` for a request that may wait for the workbook library. */
async function askLater(work: ImportWork, request: ImportWorkRequest): Promise<{ replies: ImportWorkReply[]; result: ImportWorkResult }> {
  const replies: ImportWorkReply[] = [];
  await work.handle(request, (reply) => replies.push(structuredClone(reply)));
  return assemble(request, replies);
}

function assemble(request: ImportWorkRequest, replies: ImportWorkReply[]): { replies: ImportWorkReply[]; result: ImportWorkResult } {
  const last = replies.at(-1)!;
  if (last.kind !== 'done') throw new Error(`request ${request.id}: ${JSON.stringify(last)}`);
  const parts = new PlanAssembler();
  for (const reply of replies) if (reply.kind === 'part') parts.add(reply);
  return { replies, result: parts.finish(last.result) };
}

describe('the import worker protocol', () => {
  it('answers with the plan buildPlan gives on the main thread, after progress messages of the same id', () => {
    const text = writeCandidatesCsv(ccst, sampleCandidates(ccst, 1200, 9));
    const work = new ImportWork();
    const { replies, result } = ask(work, { ...base, id: 1, file: { kind: 'text', name: 'c.csv', bytes: bytesOf(text) }, snapshot: emptySnapshot() });

    const source = readImportSource(bytesOf(text), 'c.csv');
    const mapping = autoMap(source.records[source.headerIndex]!.cells, importFields(ccst));
    const onMainThread = buildPlan(source, mapping, emptySnapshot());
    // Every list as on the main thread, but the rows: the ones the preview can list (previewRows).
    expect(result.plan).toEqual({ ...onMainThread, rows: onMainThread.rows.slice(0, PREVIEW_ROWS) });
    expect(result.plan!.counts.new).toBe(1200);
    expect(planLineCount(result.plan!)).toBe(1200);
    expect(result.mapping).toEqual(mapping);
    expect(result.problems).toEqual([]);
    expect(result.fileProblem).toBe('');
    // Only the first records come back (the header choice, the samples); the count says how many there are.
    expect(result.recordCount).toBe(1201);
    expect(result.source!.records).toEqual(source.records.slice(0, 10));
    expect(result.header).toEqual(source.records[0]!.cells);

    expect(replies.every((r) => r.id === 1)).toBe(true);
    const percents = replies.filter((r) => r.kind === 'progress').map((r) => r.percent);
    expect(percents[0]).toBe(0);
    expect(percents.at(-1)).toBe(100);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(replies.filter((r) => r.kind === 'done')).toHaveLength(1);
    // The long lists come in slices before `done` (each read by the page in a short task of its own).
    const rowParts = replies.filter((r) => r.kind === 'part' && r.list === 'rows');
    const full = Math.floor(PREVIEW_ROWS / PLAN_PARTS.rows);
    const sizes = [...Array<number>(full).fill(PLAN_PARTS.rows), ...(PREVIEW_ROWS % PLAN_PARTS.rows ? [PREVIEW_ROWS % PLAN_PARTS.rows] : [])];
    expect(rowParts.map((r) => (r.kind === 'part' ? r.items.length : 0))).toEqual(sizes);
    const markParts = replies.filter((r) => r.kind === 'part' && r.list === 'markWrites');
    expect(markParts.length).toBe(Math.ceil(result.plan!.markWrites.length / PLAN_PARTS.markWrites));
    const done = replies.at(-1)!;
    expect(done.kind === 'done' && done.result.plan!.rows).toEqual([]);
  });

  it('keeps the file and the session: a later request sends only the new choices', () => {
    const text = 'numero;nom;prenom;E1\n001;Durand;Léa;12,5\n002;Martin;Paul;\n';
    const work = new ImportWork();
    ask(work, { ...base, id: 1, file: { kind: 'text', name: 'c.csv', bytes: bytesOf(text) }, snapshot: emptySnapshot() });

    // The user ignores the E1 column: the plan has no mark any more.
    const ignored = ask(work, { ...base, id: 2, mapping: ['numero', 'nom', 'prenom', null] }).result;
    expect(ignored.plan!.counts.new).toBe(2);
    expect(ignored.plan!.markWrites).toEqual([]);

    // Another delimiter: the header is one cell, recognised again (the chosen mapping is the page's to drop).
    const comma = ask(work, { ...base, id: 3, options: { delimiter: ',' } }).result;
    expect(comma.source!.delimiter).toBe(',');
    expect(comma.header).toEqual(['numero;nom;prenom;E1']);
    expect(comma.plan).toBeNull();
    expect(comma.problems).toEqual(["La colonne du numéro de candidat n'est pas choisie."]);
  });

  it('sends the rows the preview can list (the first of the file and of each status) and every row in error', () => {
    // 1,000 lines: new candidates, every third line in error, and from line 600 on, updates of existing candidates.
    const session = exampleSnapshot(buildExampleSession());
    const known = session.candidates.map((c) => c.numero);
    const lines = Array.from({ length: 1000 }, (_, i) => {
      if (i % 3 === 2) return `${9000 + i};Nom${i};Prénom;vingt`;
      return i >= 600 && known[i - 600] ? `${known[i - 600]};;;15` : `${9000 + i};Nom${i};Prénom;12`;
    });
    const text = `numero;nom;prenom;E1\n${lines.join('\n')}\n`;
    const { result } = ask(new ImportWork(), { ...base, id: 1, file: { kind: 'text', name: 'c.csv', bytes: bytesOf(text) }, snapshot: session });
    const plan = result.plan!;
    const onMainThread = planText(text, session);
    expect(plan.counts).toEqual(onMainThread.counts);
    expect(planLineCount(plan)).toBe(1000);
    expect(plan.rows).toEqual(previewRows(onMainThread.rows));
    // What the preview lists, for each choice of « Afficher », is there: the first PREVIEW_ROWS of it, in file order.
    for (const status of ['new', 'updated', 'error'] as const) {
      expect(onMainThread.counts[status]).toBeGreaterThan(PREVIEW_ROWS / 2);
      const listed = (rows: PlanRow[]) => rows.filter((r) => r.status === status).slice(0, PREVIEW_ROWS);
      expect(listed(plan.rows)).toEqual(listed(onMainThread.rows));
    }
    expect(plan.rows.slice(0, PREVIEW_ROWS)).toEqual(onMainThread.rows.slice(0, PREVIEW_ROWS));
    // Every row in error, with its cells: the page exports them for correction.
    expect(plan.rows.filter((r) => r.status === 'error')).toEqual(onMainThread.rows.filter((r) => r.status === 'error'));
    expect(plan.rows.filter((r) => r.status === 'new').length).toBeLessThan(onMainThread.counts.new);
    // The writes are all there.
    expect(plan.markWrites).toEqual(onMainThread.markWrites);
  });

  it('plans with the empty-cell policy and the leading-zero choice it is given', () => {
    const text = 'numero;nom;prenom;E1\n2431000001;Durand;Léa;12,5\n02431000002;Martin;Paul;11\n';
    const work = new ImportWork();
    const first = ask(work, { ...base, id: 1, file: { kind: 'text', name: 'c.csv', bytes: bytesOf(text) }, snapshot: emptySnapshot() }).result;
    expect(first.plan!.lostZeros).toEqual({ lines: [2], length: 11, restored: false });
    const restored = ask(work, { ...base, id: 2, planOptions: { restoreZeros: true } }).result;
    expect(restored.plan!.newCandidates.map((c) => c.data.numero)).toEqual(['02431000001', '02431000002']);
    expect(ask(work, { ...base, id: 3, emptyCells: 'clear' }).result.plan!.emptyCells).toBe('clear');
  });

  it('puts a session sent in slices back together: the same plan as with the whole session', () => {
    const session = exampleSnapshot(buildExampleSession());
    expect(SNAPSHOT_PARTS.candidates).toBeGreaterThan(1000);
    // Smaller slices than the page's, so that the example's 170 candidates take several.
    const { parts, snapshot } = snapshotMessages(session, { candidates: 50, marks: 400, conformity: 50 });
    {
      expect(parts.filter((p) => p.kind === 'snapshot-part' && p.list === 'candidates')).toHaveLength(Math.ceil(session.candidates.length / 50));
      expect(snapshot.candidates).toEqual([]);
      expect(snapshot.marks).toEqual([]);
      const first = session.candidates[0]!;
      const text = `numero;nom;prenom;E1\n${first.numero};${first.nom};${first.prenom};20\n`;
      const file = { kind: 'text' as const, name: 'c.csv', bytes: bytesOf(text) };
      const whole = ask(new ImportWork(), { ...base, id: 1, file, snapshot: session }).result;
      const work = new ImportWork();
      for (const part of parts) work.handle(structuredClone(part), () => expect.unreachable('a slice gets no answer'));
      const sliced = ask(work, { ...base, id: 1, file, snapshot, snapshotInParts: true }).result;
      expect(sliced.plan).toEqual(whole.plan);
      expect(sliced.plan!.counts.updated).toBe(1);
      expect(sliced.plan!.markWrites[0]!.before).not.toBeNull();
    }
  });

  it('refuses a file of the wrong shape before parsing it, with the French diagnosis', () => {
    const work = new ImportWork();
    const wide = `${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(';')}\n`;
    const { result } = ask(work, { ...base, id: 1, file: { kind: 'text', name: 'large.csv', bytes: bytesOf(wide) }, snapshot: emptySnapshot() });
    expect(result.fileProblem).toMatch(/^« large\.csv » : .*colonnes/);
    expect(result.plan).toBeNull();
    expect(result.source).toBeNull();
  });

  it('answers `failed` when it has no file yet, and keeps working afterwards', () => {
    const work = new ImportWork();
    const replies: ImportWorkReply[] = [];
    work.handle({ ...base, id: 1 }, (reply) => replies.push(reply));
    expect(replies).toEqual([{ id: 1, kind: 'failed', message: expect.stringMatching(/no file/) }]);
    const text = 'numero;nom;prenom\n001;Durand;Léa\n';
    expect(ask(work, { ...base, id: 2, file: { kind: 'text', name: 'c.csv', bytes: bytesOf(text) }, snapshot: emptySnapshot() }).result.plan!.counts.new).toBe(
      1,
    );
  });
});

/** A workbook library that counts how many times it parses bytes. */
function countingLibrary() {
  const read = vi.fn((data: unknown, options?: XLSX.ParsingOptions) => XLSX.read(data, options));
  const library = { ...(XLSX as XlsxLibrary), read } as XlsxLibrary;
  const load = vi.fn(() => Promise.resolve(library));
  return { read, load };
}

/** An .xlsx file of these sheets (rows of cells). */
function xlsxFile(name: string, sheets: Record<string, unknown[][]>): ImportFile {
  const book = XLSX.utils.book_new();
  for (const [sheet, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), sheet);
  const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  const kind = fileKind(bytes);
  if (kind.kind !== 'workbook') throw new Error('not a workbook');
  return { kind: 'workbook', name, bytes, format: kind.format, label: kind.label };
}

/** An .ods file of one sheet (numero, nom, prenom; one candidate), its content.xml changed by `edit`. */
function odsFile(name: string, edit: (xml: string) => string): ImportFile {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['numero', 'nom', 'prenom'],
      ['001', 'Durand', 'Léa'],
    ]),
    'Notes',
  );
  const zip = XLSX.CFB.read(new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'ods' }) as ArrayBuffer), { type: 'array' });
  const entry = XLSX.CFB.find(zip, '/content.xml')!;
  const xml = new TextDecoder().decode(entry.content as Uint8Array);
  const edited = edit(xml);
  expect(edited).not.toBe(xml);
  entry.content = new TextEncoder().encode(edited);
  const bytes = new Uint8Array(XLSX.CFB.write(zip, { fileType: 'zip', type: 'array' }) as number[]);
  return { kind: 'workbook', name, bytes, format: 'ods', label: 'un classeur LibreOffice (.ods)' };
}

describe('workbooks in the import worker (issue 20 point 3)', () => {
  it('gets the bytes, loads the library itself, parses once: another sheet is read without parsing again', async () => {
    const library = countingLibrary();
    const work = new ImportWork(library.load);
    const file = xlsxFile('c.xlsx', {
      Couverture: [['Session 2025']],
      Notes: [
        ['numero', 'nom', 'prenom', 'E1'],
        ['001', 'Durand', 'Léa', 12.5],
        ['002', 'Martin', 'Paul', 9],
      ],
      Autres: [
        ['numero', 'nom', 'prenom'],
        ['003', 'Petit', 'Zoé'],
      ],
    });
    const first = await askLater(work, { ...base, id: 1, file, snapshot: emptySnapshot() });
    // « Lecture du classeur » first, while the library parses.
    expect(first.replies[0]).toEqual({ id: 1, kind: 'progress', step: 'classeur', percent: 0 });
    expect(first.result.source!.workbook).toEqual({ format: 'xlsx', sheet: 'Notes', sheets: ['Couverture', 'Notes', 'Autres'] });
    expect(first.result.plan!.counts.new).toBe(2);
    expect(first.result.plan!.markWrites).toHaveLength(2);
    expect(library.read).toHaveBeenCalledTimes(1);

    // Another sheet: answered at once (no library to load), from the workbook parsed before.
    const other = ask(work, { ...base, id: 2, options: { sheet: 'Autres' } }).result;
    expect(other.source!.workbook!.sheet).toBe('Autres');
    expect(other.plan!.newCandidates.map((c) => c.data.nom)).toEqual(['Petit']);
    expect(library.read).toHaveBeenCalledTimes(1);
    expect(library.load).toHaveBeenCalledTimes(1);
  });

  it('handles the messages received while the library loads after the request, in order', async () => {
    const library = countingLibrary();
    const work = new ImportWork(library.load);
    const file = xlsxFile('c.xlsx', {
      Notes: [
        ['numero', 'nom', 'prenom'],
        ['001', 'Durand', 'Léa'],
      ],
    });
    const replies: ImportWorkReply[] = [];
    const first = work.handle({ ...base, id: 1, file, snapshot: emptySnapshot() }, (r) => replies.push(r));
    const second = work.handle({ ...base, id: 2, mapping: ['numero', 'nom', null] }, (r) => replies.push(r));
    expect(first).toBeInstanceOf(Promise);
    expect(second).toBeInstanceOf(Promise);
    await second;
    const done = replies.filter((r) => r.kind === 'done');
    expect(done.map((r) => r.id)).toEqual([1, 2]);
    expect(replies.findIndex((r) => r.id === 2)).toBeGreaterThan(replies.findIndex((r) => r.kind === 'done' && r.id === 1));
    expect(library.read).toHaveBeenCalledTimes(1);
  });

  it('a damaged workbook: the same French message as before, with its kind', async () => {
    const file = xlsxFile('abime.xlsx', {
      Notes: [
        ['numero', 'nom'],
        ['001', 'Durand'],
      ],
    });
    const broken: ImportFile = { ...file, bytes: file.bytes.subarray(0, 200) };
    const { result } = await askLater(new ImportWork(), { ...base, id: 1, file: broken, snapshot: emptySnapshot() });
    expect(result.fileProblem).toMatch(/^« abime\.xlsx » est un classeur Excel \(\.xlsx\) : classeur illisible \(.*\) : ouvrez-le dans Excel ou LibreOffice/);
    expect(result.source).toBeNull();
  });

  it('refuses a sheet over the limits of a CSV file in French; a sheet declared as the whole grid is read as its cells', async () => {
    const wide = xlsxFile('large.xlsx', { Large: [Array.from({ length: 600 }, (_, i) => `c${i}`)] });
    const refusedWide = (await askLater(new ImportWork(), { ...base, id: 1, file: wide, snapshot: emptySnapshot() })).result;
    expect(refusedWide.fileProblem).toBe(
      "« large.xlsx » est un classeur Excel (.xlsx) : feuille « Large », ligne 1 : plus de 500 colonnes. Délib lit au plus 500 colonnes : ce classeur n'est sans doute pas un tableau de candidats",
    );

    const long = xlsxFile('long.xlsx', { Liste: [['numero', 'nom'], ...Array.from({ length: 100_001 }, (_, i) => [String(i), 'x'])] });
    const refusedLong = (await askLater(new ImportWork(), { ...base, id: 1, file: long, snapshot: emptySnapshot() })).result;
    expect(refusedLong.fileProblem).toBe(
      '« long.xlsx » est un classeur Excel (.xlsx) : feuille « Liste » : plus de 100\u202f000 lignes. Délib en lit au plus 100\u202f000 par feuille : découpez-la en plusieurs fichiers',
    );

    // An .ods file repeating a filled cell over 2,000,000 columns, or a filled row 10,000,000 times, in a few bytes:
    // refused before the library builds the copies (a minute and gigabytes for the rows).
    const wideOds = odsFile('repete.ods', (xml) =>
      xml.replace(
        '<text:p>nom</text:p></table:table-cell>',
        '<text:p>nom</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2000000" office:value-type="string"><text:p>x</text:p></table:table-cell>',
      ),
    );
    expect((await askLater(new ImportWork(), { ...base, id: 1, file: wideOds, snapshot: emptySnapshot() })).result.fileProblem).toBe(
      "« repete.ods » est un classeur LibreOffice (.ods) : une cellule remplie y est répétée sur 2\u202f000\u202f000 colonnes. Délib lit au plus 500 colonnes : ce classeur n'est sans doute pas un tableau de candidats",
    );
    const longOds = odsFile('lignes.ods', (xml) =>
      xml.replace(/<table:table-row([^>]*)>(?=\s*<table:table-cell[^>]*>\s*<text:p>001)/, '<table:table-row table:number-rows-repeated="10000000"$1>'),
    );
    expect((await askLater(new ImportWork(), { ...base, id: 1, file: longOds, snapshot: emptySnapshot() })).result.fileProblem).toMatch(
      /^« lignes\.ods » est un classeur LibreOffice \(\.ods\) : une ligne remplie y est répétée 10\u202f000\u202f000 fois\. Délib lit au plus 100\u202f000 lignes par feuille/,
    );
    // Empty cells repeated to the end of the row, as LibreOffice writes them: read as usual.
    const trailing = odsFile('vide.ods', (xml) =>
      xml.replace(
        '<text:p>prenom</text:p></table:table-cell>',
        '<text:p>prenom</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16000"/>',
      ),
    );
    const read0 = (await askLater(new ImportWork(), { ...base, id: 1, file: trailing, snapshot: emptySnapshot() })).result;
    expect(read0.fileProblem).toBe('');
    expect(read0.plan!.counts.new).toBe(1);

    // Formatted whole columns: the sheet's declared size (its <dimension>) is the whole grid, its cells are 2 × 2.
    const plain = xlsxFile('formate.xlsx', {
      Notes: [
        ['numero', 'nom', 'prenom'],
        ['001', 'Durand', 'Léa'],
      ],
    });
    const zip = XLSX.CFB.read(plain.bytes, { type: 'array' });
    const entry = XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml')!;
    const xml = new TextDecoder().decode(entry.content as Uint8Array);
    expect(xml).toContain('<dimension ref="A1:C2"/>');
    entry.content = new TextEncoder().encode(xml.replace('<dimension ref="A1:C2"/>', '<dimension ref="A1:XFD1048576"/>'));
    const bytes = new Uint8Array(XLSX.CFB.write(zip, { fileType: 'zip', type: 'array' }) as number[]);
    expect(XLSX.read(bytes, { type: 'array', dense: true }).Sheets.Notes!['!ref']).toBe('A1:XFD1048576');
    const read = (await askLater(new ImportWork(), { ...base, id: 1, file: { ...plain, bytes }, snapshot: emptySnapshot() })).result;
    expect(read.fileProblem).toBe('');
    expect(read.header).toEqual(['numero', 'nom', 'prenom']);
    expect(read.plan!.counts.new).toBe(1);
  }, 30_000);
});

describe('livret imports in the import worker (issue 20 point 3)', () => {
  const regulation = ccst;
  const template = livretTemplateFor(regulation)!;
  const example = exampleSnapshot(buildExampleSession());
  const members = example.candidates.slice(0, 3);
  const day = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');
  const text =
    'Export du livret scolaire;;;;\r\n' +
    'Nom;Prénom;Né(e) le;CGE;\r\n' +
    ';;;S1;S2\r\n' +
    members.map((c, i) => `${c.nom};${c.prenom};${day(c.dateNaissance)};1${i},5;${i === 1 ? 'NN' : '11'}\r\n`).join('');
  const file: ImportFile = { kind: 'text', name: 'livret.csv', bytes: encodeWindows1252(text) };
  const context = { template, sessionId: 7, records: [] };

  /** The plan of the wizard before the worker: read, detect, combine, map, plan on the main thread. */
  function mainThread(year: 1 | 2, headerRows?: 1 | 2): { source: ImportSource; headerRows: 1 | 2; plan: ReturnType<typeof buildLivretPlan> } {
    const source = readImportSource(file.bytes, file.name);
    const read = { ...source, headerIndex: detectLivretHeader(source.records, regulation, template) };
    const rows = headerRows ?? detectHeaderRows(read.records, read.headerIndex);
    const header = combineHeaderRows(read.records, read.headerIndex, rows);
    const mapping = livretAutoMap(header, regulation, template, { year });
    return {
      source: read,
      headerRows: rows,
      plan: buildLivretPlan(read, rows, header, mapping, { regulation, template, sessionId: 7, candidates: example.candidates, livrets: [] }),
    };
  }

  it('answers with the plan the main thread gives, then with the choices changed (year, one header row)', () => {
    const work = new ImportWork();
    const { result } = ask(work, {
      ...base,
      id: 1,
      file,
      snapshot: example,
      livretContext: context,
      livret: { headerRows: null, year: 2 },
    });
    const expected = mainThread(2);
    expect(result.headerRows).toBe(2);
    expect(result.source!.headerIndex).toBe(1);
    expect(result.livretPlan).toEqual(expected.plan);
    expect(result.livretPlan!.counts).toEqual({ new: 3, updated: 0, unchanged: 0, error: 0 });
    expect(result.plan).toBeNull();
    expect(result.header).toEqual(['Nom', 'Prénom', 'Né(e) le', 'CGE S1', 'CGE S2']);

    // The year: S1 / S2 are then the first year's semesters.
    const first = ask(work, { ...base, id: 2, livret: { headerRows: null, year: 1 } }).result;
    expect(first.livretPlan).toEqual(mainThread(1).plan);
    expect(first.mapping[3]).toBe('livret.cge.a1s1');
    // One header row chosen: the semesters' row is read as a student.
    const one = ask(work, { ...base, id: 3, livret: { headerRows: 1, year: 2 } }).result;
    expect(one.headerRows).toBe(1);
    expect(one.header).toEqual(['Nom', 'Prénom', 'Né(e) le', 'CGE', '']);
    expect(one.livretPlan).toEqual(one.problems.length > 0 ? null : mainThread(2, 1).plan);
  });

  it('sends the livret plan’s rows and writes in slices, put back together by the page', () => {
    const work = new ImportWork();
    const { replies, result } = ask(work, { ...base, id: 1, file, snapshot: example, livretContext: context, livret: { headerRows: null, year: 2 } });
    expect(replies.filter((r) => r.kind === 'part' && r.plan === 'livretPlan').map((r) => (r.kind === 'part' ? r.list : ''))).toEqual(['rows', 'writes']);
    expect(result.livretPlan!.writes).toHaveLength(3);
  });

  it('refuses a livret file of the wrong shape before parsing it, as for the other imports', () => {
    const wide = `${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(';')}\n`;
    const { result } = ask(new ImportWork(), {
      ...base,
      id: 1,
      file: { kind: 'text', name: 'livret.csv', bytes: bytesOf(wide) },
      snapshot: example,
      livretContext: context,
      livret: { headerRows: null, year: 2 },
    });
    expect(result.fileProblem).toMatch(/^« livret\.csv » : .*colonnes/);
    expect(result.livretPlan).toBeNull();
  });
});

describe('mark writes sent as columns', () => {
  const mark: fc.Arbitrary<Mark> = fc.oneof(
    fc.integer({ min: 0, max: 2000 }).map((hundredths): Mark => ({ kind: 'number', hundredths })),
    fc.constantFrom<Mark>({ kind: 'AB' }, { kind: 'ABJ' }, { kind: 'DI' }, { kind: 'NV' }, { kind: 'empty' }),
  );
  const content = fc.record({ value: mark, sousReserve: fc.boolean(), benefice: fc.option(fc.record({ year: fc.integer({ min: 2019, max: 2026 }) })) });
  const write: fc.Arbitrary<MarkWrite> = fc.record({
    line: fc.integer({ min: 2, max: 1_000_000 }),
    candidate: fc.oneof(fc.record({ id: fc.integer({ min: 1, max: 2 ** 40 }) }), fc.record({ newIndex: fc.nat(100_000) })),
    unit: fc.constantFrom('E1', 'E21', 'E4', 'U62', 'EF1', 'controle_E1'),
    before: fc.option(
      fc.record({
        sessionId: fc.nat(9),
        candidateId: fc.nat(99),
        unit: fc.constant('E1'),
        value: mark,
        sousReserve: fc.boolean(),
        benefice: fc.constant(null),
        updatedAt: fc.constant('2026-12-04T10:00:00.000Z'),
      }),
    ),
    after: fc.option(content),
  });

  it('come back as the same writes, through a copy to another thread (structuredClone)', () => {
    fc.assert(
      fc.property(fc.array(write, { maxLength: 60 }), (writes) => {
        expect(markWritesFromColumns(structuredClone(markWriteColumns(writes)))).toEqual(writes);
      }),
    );
  });

  it('keep shared contents shared, and one target object per candidate', () => {
    const after = { value: { kind: 'number', hundredths: 1200 } as Mark, sousReserve: false, benefice: null };
    const target = { newIndex: 3 };
    const writes: MarkWrite[] = ['E1', 'E3', 'E4'].map((unit) => ({ line: 5, candidate: target, unit, before: null, after }));
    const columns = markWriteColumns(writes);
    expect(columns.contents).toHaveLength(1);
    const back = markWritesFromColumns(structuredClone(columns));
    expect(back[0]!.after).toBe(back[2]!.after);
    expect(back[0]!.candidate).toBe(back[1]!.candidate);
  });
});

describe('a file that creates a new session', () => {
  const choices = [
    { regulation: btsCcst2025, year: 2027 },
    { regulation: ccst, year: 2024 },
  ];
  const file2025 = 'numero;nom;prenom;E1;E2;E3;E4;E5;E6;E7;E8\n02731000001;Martin;Léa;12;9;14;11;8,75;13;10;15\n';
  const file2024 = 'numero;nom;prenom;E1;E21;E22;E3;E4;E5;U61;U62\n02431000001;Martin;Léa;12;9;14;11;8,75;13;10;15\n';
  const request = (text: string, snapshot = emptySnapshot(btsCcst2025, 2027), newSessionChoice: string | null = null): ImportWorkRequest => ({
    ...base,
    id: 1,
    file: { kind: 'text', name: 'notes.csv', bytes: bytesOf(text) },
    snapshot,
    newSession: choices,
    newSessionChoice,
  });
  const units = (result: ImportWorkResult) => [...new Set(result.plan!.markWrites.map((w) => w.unit))].sort();

  it('follows the regulation its columns fit: E6–E8 the 2025 one (R9), E21/U61 the 2024 one, whatever the default', () => {
    const newer = ask(new ImportWork(), request(file2025, emptySnapshot(ccst, 2024))).result;
    expect(newer.regulationId).toBe(btsCcst2025.id);
    expect(units(newer)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8']);
    const older = ask(new ImportWork(), request(file2024)).result;
    expect(older.regulationId).toBe(ccst.id);
    expect(units(older)).toEqual(['E1', 'E21', 'E22', 'E3', 'E4', 'E5', 'U61', 'U62']);
    // A list of identities only fits both: the session being prepared keeps its default.
    expect(ask(new ImportWork(), request('numero;nom;prenom\n1;Martin;Léa\n')).result.regulationId).toBe(btsCcst2025.id);
  });

  it('follows the regulation chosen instead, under which the other units are ignored columns', () => {
    const forced = ask(new ImportWork(), request(file2025, undefined, ccst.id)).result;
    expect(forced.regulationId).toBe(ccst.id);
    expect(units(forced)).toEqual(['E1', 'E3', 'E4', 'E5']);
    expect(forced.mapping.filter((key) => key === null)).toHaveLength(4); // E2, E6, E7, E8
  });

  it('a session’s own import keeps the session’s regulation', () => {
    const { newSession: _, newSessionChoice: __, ...plain } = request(file2025, emptySnapshot(ccst, 2024));
    expect(ask(new ImportWork(), plain).result.regulationId).toBe(ccst.id);
  });
});
