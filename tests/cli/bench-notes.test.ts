import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANALYSIS } from '../../scripts/bench-notes.ts';

describe('docs/benchmarks.md', () => {
  // `npm run bench` writes the file again from its figures and this reading: a note added to the file alone is lost.
  it('ends with the reading of the figures kept in scripts/bench-notes.ts, which the bench writes back', () => {
    const docs = readFileSync(new URL('../../docs/benchmarks.md', import.meta.url), 'utf8');
    expect(docs.slice(docs.indexOf('## What the figures say'))).toBe(`${ANALYSIS}\n`);
  });
});
