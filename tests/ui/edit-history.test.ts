import { describe, expect, it } from 'vitest';
import { EMPTY, type Mark } from '../../src/domain/marks.ts';
import {
  EDIT_HISTORY_LIMIT,
  expectedBefore,
  recordHistory,
  sameFields,
  undoRedoKey,
  undoRedoOnCell,
  written,
  type PutBack,
} from '../../src/ui/state/edit-history.ts';
import type { Candidate } from '../../src/domain/session.ts';
import { MarkHistory, type MarkChange } from '../../src/ui/state/mark-history.ts';
import { applyLivretChanges, emptyLivret } from '../../src/domain/livret.ts';
import { LivretHistory } from '../../src/ui/state/livret-history.ts';
import { checkHistory, checksByCandidate, type CheckCellChange } from '../../src/ui/state/conformity-history.ts';
import { livretEdit, livretUndoUpdates } from '../../src/ui/livret/livret-edits.ts';

const mark = (hundredths: number): Mark => ({ kind: 'number', hundredths });
const change = (candidateId: number, before: Mark, after: Mark): MarkChange => ({ candidateId, unit: 'E4', before, after });

describe('Ctrl+Z and Ctrl+Y in the notes grid: the marks entered in this tab', () => {
  it('undoes the last entry first, then redoes what was undone, in order', () => {
    const history = new MarkHistory();
    const first = change(1, EMPTY, mark(1200));
    const second = change(2, mark(800), { kind: 'AB' });
    history.entered(first);
    history.entered(second);
    const undone = history.take('undo')!;
    expect(undone).toBe(second);
    // What the cell must hold for the undo, and what it writes: AB back to 8.
    expect([expectedBefore('undo', undone), written('undo', undone)]).toEqual([{ kind: 'AB' }, mark(800)]);
    history.settle('undo', undone, 'done');
    expect(history.take('undo')).toBe(first);
    history.settle('undo', first, 'done');
    expect(history.take('undo')).toBeUndefined();
    const redone = history.take('redo')!;
    expect(redone).toBe(first);
    expect([expectedBefore('redo', redone), written('redo', redone)]).toEqual([EMPTY, mark(1200)]);
    history.settle('redo', redone, 'done');
    expect(history.take('redo')).toBe(second);
  });

  it('keeps a change refused or whose reason was not given, drops one whose cell changed since', () => {
    const history = new MarkHistory();
    const typed = change(1, mark(1000), mark(1100));
    history.entered(typed);
    history.settle('undo', history.take('undo')!, 'not done');
    expect(history.take('undo')).toBe(typed);
    history.settle('undo', typed, 'stale');
    expect(history.take('undo')).toBeUndefined();
    expect(history.take('redo')).toBeUndefined();
  });

  it('forgets what was undone once a new mark is entered, ignores an entry that changes nothing, and keeps the last 100', () => {
    const history = new MarkHistory();
    history.entered(change(1, EMPTY, mark(1200)));
    history.settle('undo', history.take('undo')!, 'done');
    history.entered(change(2, mark(900), mark(900)));
    const stillThere = history.take('redo')!;
    expect(stillThere.candidateId).toBe(1);
    history.settle('redo', stillThere, 'not done');
    history.entered(change(3, mark(900), mark(950)));
    expect(history.take('redo')).toBeUndefined();

    history.clear();
    for (let i = 0; i <= EDIT_HISTORY_LIMIT; i++) history.entered(change(i, EMPTY, mark(i)));
    const kept: number[] = [];
    for (let taken = history.take('undo'); taken; taken = history.take('undo')) kept.push(taken.candidateId);
    expect(kept).toHaveLength(EDIT_HISTORY_LIMIT);
    expect(kept.at(-1)).toBe(1);
  });

  it('reads Ctrl+Z as undo, Ctrl+Y and Ctrl+Maj+Z as redo (⌘ on a Mac), and nothing else', () => {
    const key = (key: string, modifiers: KeyboardEventInit = {}) => undoRedoKey(new KeyboardEvent('keydown', { key, ...modifiers }));
    expect([key('z', { ctrlKey: true }), key('Z', { metaKey: true }), key('y', { ctrlKey: true }), key('Z', { ctrlKey: true, shiftKey: true })]).toEqual([
      'undo',
      'undo',
      'redo',
      'redo',
    ]);
    expect([key('z'), key('z', { ctrlKey: true, altKey: true }), key('v', { ctrlKey: true }), key('Y', { ctrlKey: true, shiftKey: true })]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('keeps a record change that changes something, compared field by field (lists and objects by value)', () => {
    const history = recordHistory<Candidate>();
    history.entered({ records: [{ id: 1, before: { optionalUnits: ['EF1'] }, after: { optionalUnits: ['EF1'] } }] });
    expect(history.take('undo')).toBeUndefined();
    const renamed = { records: [{ id: 1, before: { nom: 'Bonnet' }, after: { nom: 'Bonet' } }], column: 'nom' };
    history.entered(renamed);
    expect(history.take('undo')).toBe(renamed);
    expect(sameFields({ nom: 'Bonet', prenom: 'Noé' }, expectedBefore('undo', renamed.records[0]!))).toBe(true);
    expect(sameFields({ nom: 'Bonnet', prenom: 'Noé' }, expectedBefore('undo', renamed.records[0]!))).toBe(false);
  });

  it('keeps a block of records changed at once as one change, unless none of them changes', () => {
    const history = recordHistory<Candidate>();
    const same = { id: 1, before: { langueVivante: 'Anglais' }, after: { langueVivante: 'Anglais' } };
    history.entered({ records: [same, { ...same, id: 2 }], column: 'langueVivante' });
    expect(history.take('undo')).toBeUndefined();
    const filled = { records: [same, { id: 2, before: { langueVivante: '' }, after: { langueVivante: 'Anglais' } }], column: 'langueVivante' };
    history.entered(filled);
    expect(history.take('undo')).toBe(filled);
    expect(history.take('undo')).toBeUndefined();
  });

  it('undoes the last change entered even before its write is stored, and drops a change whose write was refused', async () => {
    const history = new MarkHistory();
    let storeFirst: (ok: boolean) => void = () => {};
    let storeSecond: (ok: boolean) => void = () => {};
    const first = { ...change(1, EMPTY, mark(1200)), stored: new Promise<boolean>((resolve) => (storeFirst = resolve)) };
    const second = { ...change(2, EMPTY, mark(900)), stored: new Promise<boolean>((resolve) => (storeSecond = resolve)) };
    history.entered(first);
    history.entered(second);
    // Ctrl+Z at once: the second change, once it is stored.
    const taken = history.takeStored('undo');
    storeSecond(true);
    expect(await taken).toBe(second);
    history.settle('undo', second, 'done');
    // The first write refused: that change never happened, nothing is undone.
    storeFirst(false);
    expect(await history.takeStored('undo')).toBeUndefined();
    expect(history.take('undo')).toBeUndefined();
    expect(history.take('redo')).toBe(second);
  });

  it('runs Ctrl+Z pressed twice one after the other: the second waits until the first is done', async () => {
    const history = new MarkHistory();
    const steps: string[] = [];
    let finishFirst: () => void = () => {};
    const first = history.serially(async () => {
      steps.push('first starts');
      await new Promise<void>((resolve) => (finishFirst = resolve));
      steps.push('first done');
    });
    const second = history.serially(async () => {
      steps.push('second starts');
    });
    while (!steps.includes('first starts')) await Promise.resolve();
    await Promise.resolve();
    expect(steps).toEqual(['first starts']);
    finishFirst();
    await Promise.all([first, second]);
    expect(steps).toEqual(['first starts', 'first done', 'second starts']);
  });
});

describe('Ctrl+Z and Ctrl+Y in the livret grid: the values typed, cleared or pasted in this tab', () => {
  const livret = applyLivretChanges(emptyLivret(1, 7), [
    { kind: 'mark', subject: 'cge', period: 'a1s1', value: 1000 },
    { kind: 'avis', value: 'favorable' },
  ]);
  const stored = Promise.resolve(true);

  it('keeps, per candidate, what each change replaced, and undoes a whole paste in one entry', () => {
    const pasted = [
      {
        candidateId: 7,
        changes: [
          { kind: 'mark' as const, subject: 'cge', period: 'a1s1' as const, value: 1250 },
          { kind: 'pix' as const, value: true },
        ],
      },
      { candidateId: 8, changes: [{ kind: 'avis' as const, value: 'tres_favorable' as const }] },
    ];
    const edit = livretEdit(pasted, (id) => (id === 7 ? livret : null), 'cge.a1s1', stored);
    expect(livretUndoUpdates('undo', edit)).toEqual([
      {
        candidateId: 7,
        changes: [
          { kind: 'mark', subject: 'cge', period: 'a1s1', value: 1000 },
          { kind: 'pix', value: false },
        ],
        expected: pasted[0]!.changes,
      },
      { candidateId: 8, changes: [{ kind: 'avis', value: null }], expected: pasted[1]!.changes },
    ]);
    expect(livretUndoUpdates('redo', edit)[1]).toEqual({ candidateId: 8, changes: pasted[1]!.changes, expected: [{ kind: 'avis', value: null }] });
    const history = new LivretHistory();
    history.entered(edit);
    expect(history.take('undo')).toBe(edit);
  });

  it('does not keep an entry that changes nothing (the same avis typed again, an empty cell cleared)', () => {
    const history = new LivretHistory();
    history.entered(livretEdit([{ candidateId: 7, changes: [{ kind: 'avis', value: 'favorable' }] }], () => livret, 'avis', stored));
    history.entered(
      livretEdit([{ candidateId: 7, changes: [{ kind: 'mark', subject: 'lve', period: 'a2s2', value: null }] }], () => livret, 'lve.a2s2', stored),
    );
    expect(history.take('undo')).toBeUndefined();
  });
});

describe('Ctrl+Z and Ctrl+Y on a grid cell, as the livret and conformity grids run them', () => {
  /** The key pressed on a cell of the grid (`ag-cell`), or in its editor (an input inside it). */
  function press(key: string, on: 'cell' | 'editor', shiftKey = false): KeyboardEvent {
    const cell = document.createElement('div');
    cell.className = 'ag-cell';
    const target = on === 'cell' ? cell : cell.appendChild(document.createElement('input'));
    const event = new KeyboardEvent('keydown', { key, ctrlKey: true, shiftKey, cancelable: true });
    Object.defineProperty(event, 'target', { value: target });
    return event;
  }

  it('puts the last change back, says when it changed since, and leaves the editor and other keys alone', async () => {
    const history = new MarkHistory();
    const first = change(1, EMPTY, mark(1200));
    const second = change(2, mark(800), mark(900));
    history.entered(first);
    history.entered(second);
    const outcomes: PutBack[] = [{ outcome: 'stale', message: 'E4, Martin Paul (0013) : la note a changé depuis (10)' }, { outcome: 'done' }];
    const seen: [string, MarkChange][] = [];
    const putBack = async (direction: string, taken: MarkChange) => {
      seen.push([direction, taken]);
      return outcomes.shift()!;
    };
    expect(await undoRedoOnCell(press('z', 'editor'), history, putBack)).toBeNull();
    expect(await undoRedoOnCell(press('c', 'cell'), history, putBack)).toBeNull();
    const stale = press('z', 'cell');
    expect(await undoRedoOnCell(stale, history, putBack)).toBe("E4, Martin Paul (0013) : la note a changé depuis (10) ; rien n'est annulé.");
    expect(stale.defaultPrevented).toBe(true);
    expect(await undoRedoOnCell(press('z', 'cell'), history, putBack)).toBe('');
    expect(seen).toEqual([
      ['undo', second],
      ['undo', first],
    ]);
    // The stale change was dropped; the one put back can be made again.
    expect(history.take('redo')).toBe(first);
    expect(history.take('undo')).toBeUndefined();
  });
});

describe('a block of checks in the conformity grid, as one Ctrl+Z', () => {
  it('writes back, per candidate, what each check held, expecting what the block left; Ctrl+Y the other way', () => {
    const checks: CheckCellChange[] = [
      { candidateId: 7, code: 'E4', item: 'signed', before: null, after: true },
      { candidateId: 7, code: 'E4', item: 'stamped', before: false, after: true },
      { candidateId: 3, code: 'E4', item: 'signed', before: true, after: null },
      { candidateId: 7, code: 'U61', item: 'fiche', before: null, after: false },
    ];
    expect(checksByCandidate(checks, 'undo')).toEqual([
      {
        candidateId: 7,
        changes: { units: { E4: { signed: null, stamped: false }, U61: { fiche: null } } },
        expected: { E4: { signed: true, stamped: true }, U61: { fiche: false } },
      },
      { candidateId: 3, changes: { units: { E4: { signed: true } } }, expected: { E4: { signed: null } } },
    ]);
    expect(checksByCandidate(checks, 'redo')[1]).toEqual({ candidateId: 3, changes: { units: { E4: { signed: null } } }, expected: { E4: { signed: true } } });
    // A block that changes nothing is not kept.
    const history = checkHistory();
    history.entered({ checks: [{ ...checks[0]!, after: null }], colId: 'E4-signed' });
    expect(history.take('undo')).toBeUndefined();
  });
});
