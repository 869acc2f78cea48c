/** The hint that a session was open when the page was left (the notes screen's code then loads at once). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notesScreenHint } from '../../src/ui/state/notes-screen-hint.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('notesScreenHint', () => {
  it('says whether a session was open, across a reload (localStorage)', () => {
    expect(notesScreenHint.read()).toBe(false);
    notesScreenHint.write(true);
    expect(localStorage.getItem('delib:notes-screen')).toBe('1');
    expect(notesScreenHint.read()).toBe(true);
    notesScreenHint.write(false);
    expect(notesScreenHint.read()).toBe(false);
  });

  it('is only a hint: storage blocked or full never throws, and reads as no session', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    vi.stubGlobal('localStorage', blocked);
    expect(() => notesScreenHint.write(true)).not.toThrow();
    expect(() => notesScreenHint.write(false)).not.toThrow();
    expect(notesScreenHint.read()).toBe(false);
  });
});
