/**
 * The orders of the notes grid (a jury reads its list by moyenne, by decision, by name): rows without a value last
 * whichever the direction, marks before AB/NV, averages compared exactly, French names. The grid's sort is emulated
 * as AG Grid does it: the comparator's result reversed when descending.
 */
import { describe, expect, it } from 'vitest';
import type { Average } from '../../src/domain/exact.ts';
import { parseMark } from '../../src/domain/marks.ts';
import { btsCcst2024 as ccst } from '../../src/domain/presets/index.ts';
import type { Candidate, MarkRecord } from '../../src/domain/session.ts';
import { buildCandidateViews, type CandidateView } from '../../src/ui/state/candidate-view.ts';
import { byAverage, byDecision, byMark, byName, byNumero, type RowComparator } from '../../src/ui/state/candidate-order.ts';

interface Row {
  nom: string;
  prenom?: string;
  numero?: string;
  /** Every compulsory unit's mark, as typed (empty: none entered). */
  base?: string;
  marks?: Record<string, string>;
}

function views(rows: Row[]): CandidateView[] {
  const candidates: Candidate[] = rows.map((row, index) => ({
    id: index + 1,
    sessionId: 1,
    numero: row.numero ?? String(2431000001 + index).padStart(11, '0'),
    nom: row.nom,
    prenom: row.prenom ?? 'Alex',
    dateNaissance: null,
    etablissementId: null,
    statut: 'scolaire',
    langueVivante: 'Anglais',
    optionalUnits: [],
    formOverrides: {},
  }));
  const marks: MarkRecord[] = rows.flatMap((row, index) =>
    ccst.units
      .filter((unit) => unit.domain !== 'optional')
      .map((unit) => ({ unit, text: row.marks?.[unit.code] ?? row.base ?? '10' }))
      .filter(({ text }) => text !== '')
      .map(({ unit, text }) => {
        const parsed = parseMark(text, unit, ccst);
        if (!parsed.ok) throw new Error(parsed.error);
        return {
          sessionId: 1,
          candidateId: index + 1,
          unit: unit.code,
          value: parsed.value,
          sousReserve: false,
          benefice: null,
          updatedAt: '2025-06-01T10:00:00.000Z',
        };
      }),
  );
  return buildCandidateViews(candidates, marks, [], ccst);
}

/** The rows as AG Grid sorts them with this comparator. */
function sorted(rows: CandidateView[], order: RowComparator, descending: boolean): string[] {
  return [...rows].sort((a, b) => (descending ? -1 : 1) * order(a, b, descending)).map((view) => view.candidate.nom);
}

const byMoyenne = byAverage((view) => view.result.final);

describe('the notes grid sorted', () => {
  it('by moyenne: the highest first, the candidates without one last either way, equal ones by name', () => {
    const rows = views([
      { nom: 'Bonnet', base: '12' },
      { nom: 'Roux', base: '14' },
      { nom: 'Abadie', base: '12' },
      { nom: 'Sans', base: '12', marks: { E4: '' } },
      { nom: 'Martin', base: '9' },
    ]);
    expect(sorted(rows, byMoyenne, true)).toEqual(['Roux', 'Abadie', 'Bonnet', 'Martin', 'Sans']);
    expect(sorted(rows, byMoyenne, false)).toEqual(['Martin', 'Abadie', 'Bonnet', 'Roux', 'Sans']);
  });

  it('by moyenne exactly: 9,996 before 9,991, both shown 9,99', () => {
    const rows = views([{ nom: 'Aubert' }, { nom: 'Zola' }]);
    const averages = new Map<string, Average>([
      ['Aubert', { points: 9991, divisor: 10 }],
      ['Zola', { points: 9996, divisor: 10 }],
    ]);
    expect(
      sorted(
        rows,
        byAverage((view) => averages.get(view.candidate.nom)!),
        true,
      ),
    ).toEqual(['Zola', 'Aubert']);
  });

  it('by a mark: the marks by value, then AB and NV, then the cells left empty, either way', () => {
    const rows = views([
      { nom: 'Vide', marks: { E4: '' } },
      { nom: 'Absent', marks: { E4: 'AB' } },
      { nom: 'Douze', marks: { E4: '12' } },
      { nom: 'Huit', marks: { E4: '8' } },
      { nom: 'Invalide', marks: { E4: 'NV' } },
    ]);
    expect(sorted(rows, byMark('E4'), true)).toEqual(['Douze', 'Huit', 'Absent', 'Invalide', 'Vide']);
    expect(sorted(rows, byMark('E4'), false)).toEqual(['Huit', 'Douze', 'Absent', 'Invalide', 'Vide']);
  });

  it('by decision: Admis first, and in each decision the highest moyenne first, either way', () => {
    const rows = views([
      { nom: 'Ajourne', base: '6' },
      { nom: 'AdmisBas', base: '11' },
      { nom: 'Controle', base: '8', marks: { E4: '10', E5: '10', U61: '10', U62: '10' } },
      { nom: 'AdmisHaut', base: '15' },
      { nom: 'Incomplet', marks: { E1: '' } },
    ]);
    expect(rows.map((view) => [view.candidate.nom, view.result.decision])).toContainEqual(['Controle', 'CONTROLE']);
    expect(sorted(rows, byDecision, false)).toEqual(['AdmisHaut', 'AdmisBas', 'Controle', 'Ajourne', 'Incomplet']);
    expect(sorted(rows, byDecision, true)).toEqual(['Incomplet', 'Ajourne', 'Controle', 'AdmisHaut', 'AdmisBas']);
  });

  it('by name as a class list: French order, accents with their letter, then prénom', () => {
    const rows = views([{ nom: 'Zola' }, { nom: 'émery', prenom: 'Paul' }, { nom: 'Durand' }, { nom: 'Émery', prenom: 'Anne' }]);
    const names = [...rows].sort((a, b) => byName(a, b)).map((view) => `${view.candidate.nom} ${view.candidate.prenom}`);
    expect(names).toEqual(['Durand Alex', 'Émery Anne', 'émery Paul', 'Zola Alex']);
  });

  it('by numéro: the candidates whose number is to come last, either way', () => {
    const rows = views([
      { nom: 'Deux', numero: '02431000002' },
      { nom: 'Attente', numero: '' },
      { nom: 'Un', numero: '02431000001' },
    ]);
    expect(sorted(rows, byNumero, false)).toEqual(['Un', 'Deux', 'Attente']);
    expect(sorted(rows, byNumero, true)).toEqual(['Deux', 'Un', 'Attente']);
  });
});
