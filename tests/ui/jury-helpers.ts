import { expect, vi } from 'vitest';
import { addCandidate } from '../../src/db/candidates.ts';
import { setMark } from '../../src/db/marks.ts';
import type { Workspace } from '../../src/ui/state/workspace.svelte.ts';
import { candidateData } from '../db/helpers.ts';
import { candidate as marksOf } from '../domain/factories.ts';
import { sessionWorkspace } from './workspace-helpers.ts';

export interface CandidateSpec {
  numero: string;
  nom: string;
  prenom?: string;
  /** Marks as typed; compulsory units not given hold `base` (default 10); `''` leaves a unit empty. */
  marks?: Record<string, string>;
  controle?: Record<string, string>;
  base?: string;
}

/** A started workspace with one open session holding these candidates and their marks (through the db). */
export async function juryWorkspace(specs: CandidateSpec[]): Promise<{ workspace: Workspace; ids: Record<string, number> }> {
  const workspace = await sessionWorkspace();
  const db = workspace.db;
  const sessionId = workspace.openSessionId!;
  const ids: Record<string, number> = {};
  let count = 0;
  for (const spec of specs) {
    const id = await addCandidate(db, candidateData(sessionId, { numero: spec.numero, nom: spec.nom, prenom: spec.prenom ?? 'Léa' }));
    ids[spec.numero] = id;
    const parsed = marksOf(spec.marks ?? {}, spec.controle ?? {}, { base: spec.base ?? '10' });
    for (const [unit, value] of Object.entries(parsed.marks)) {
      if (!value || value.kind === 'empty') continue;
      await setMark(db, { candidateId: id, unit, value });
      count++;
    }
    for (const [code, value] of Object.entries(parsed.controle ?? {})) {
      if (!value || value.kind === 'empty') continue;
      await setMark(db, { candidateId: id, unit: `controle_${code}`, value });
      count++;
    }
  }
  await vi.waitFor(() => {
    expect(workspace.views).toHaveLength(specs.length);
    expect(workspace.marks).toHaveLength(count);
  });
  return { workspace, ids };
}
