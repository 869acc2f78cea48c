// What « Import … appliqué » and « Dernier import » say was written: each kind, only when there is some, in words that
// agree with the preview (a candidate whose marks change is « modifié » there; « 0 candidat modifié » contradicted it).
import { describe, expect, it } from 'vitest';
import { importSummary } from '../../src/ui/state/workspace.svelte.ts';

const summary = (newCandidates: number, updatedCandidates: number, marks: number, conformity?: number) => ({
  summary: { newCandidates, updatedCandidates, marks, conformity },
});

describe('importSummary', () => {
  it('names only what was written', () => {
    expect(importSummary(summary(0, 0, 3))).toBe('3 notes écrites');
    expect(importSummary(summary(2, 1, 1))).toBe('2 candidats créés, 1 fiche de candidat modifiée, 1 note écrite');
    expect(importSummary(summary(0, 4, 0, 2))).toBe('4 fiches de candidat modifiées, 2 dossiers de conformité');
    expect(importSummary(summary(1_200, 0, 0))).toBe('1\u202f200 candidats créés');
    expect(importSummary(summary(0, 0, 0))).toBe('rien à écrire');
  });
});
