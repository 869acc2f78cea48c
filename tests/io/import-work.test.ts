/**
 * The import worker's protocol (src/io/import/work.ts), called directly: the same answers as reading and planning on
 * the main thread, the file and the session kept between requests, progress before the answer, failures as
 * messages (never a throw that would leave the page waiting).
 */
import { describe, expect, it } from 'vitest';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import { writeCandidatesCsv } from '../../src/io/candidates-csv.ts';
import { autoMap, importFields } from '../../src/io/import/fields.ts';
import { buildPlan } from '../../src/io/import/plan.ts';
import { readImportSource } from '../../src/io/import/read.ts';
import {
  ImportWork,
  PLAN_PARTS,
  PlanAssembler,
  SNAPSHOT_PARTS,
  snapshotMessages,
  type ImportWorkReply,
  type ImportWorkRequest,
  type ImportWorkResult,
} from '../../src/io/import/work.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { sampleCandidates } from '../../src/sample/candidates.ts';
import { emptySnapshot, exampleSnapshot } from './import-helpers.ts';

const bytesOf = (text: string) => new TextEncoder().encode(text);
const base = { options: {}, mapping: null, emptyCells: 'keep', planOptions: {} } satisfies Omit<ImportWorkRequest, 'id'>;

/** Sends one request; every reply it got, and its result as the page puts it together (throws if it failed). */
function ask(work: ImportWork, request: ImportWorkRequest): { replies: ImportWorkReply[]; result: ImportWorkResult } {
  const replies: ImportWorkReply[] = [];
  // Through a structured clone, as between a worker and the page.
  work.handle(request, (reply) => replies.push(structuredClone(reply)));
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
    expect(result.plan).toEqual(buildPlan(source, mapping, emptySnapshot()));
    expect(result.plan!.counts.new).toBe(1200);
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
    const full = Math.floor(1200 / PLAN_PARTS.rows);
    const sizes = [...Array<number>(full).fill(PLAN_PARTS.rows), ...(1200 % PLAN_PARTS.rows ? [1200 % PLAN_PARTS.rows] : [])];
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

  it('reads a workbook sent as records', () => {
    const work = new ImportWork();
    const workbook = {
      format: 'xlsx' as const,
      sheets: [
        {
          name: 'Notes',
          records: [
            { line: 1, cells: ['numero', 'nom', 'prenom'] },
            { line: 2, cells: ['001', 'Durand', 'Léa'] },
          ],
        },
      ],
    };
    const { result } = ask(work, { ...base, id: 1, file: { kind: 'workbook', name: 'c.xlsx', workbook }, snapshot: emptySnapshot() });
    expect(result.source!.workbook).toEqual({ format: 'xlsx', sheet: 'Notes', sheets: ['Notes'] });
    expect(result.plan!.counts.new).toBe(1);
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
