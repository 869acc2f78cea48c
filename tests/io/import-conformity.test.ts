// The dossier conformity columns of the import (R7): fields and header spellings, the cells (oui/non, dates,
// weeks per year), the preview (each value and each unit's status before → after), and the marks refused over
// a non-conforme unit's NV.
import { describe, expect, it } from 'vitest';
import { emptyChecklist, parseCheck, type ConformityRecord } from '../../src/domain/conformity.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import { parseDate, parseParcours } from '../../src/io/import/conformity.ts';
import { autoMap, importFields } from '../../src/io/import/fields.ts';
import { planText, SESSION_ID, smallSnapshot } from './import-helpers.ts';

const fields = importFields(btsCcst2024);
const map = (header: string[]) => autoMap(header, fields);

function withConformity(records: ConformityRecord[] = [], depositDeadline: string | null = '2024-04-12') {
  return { ...smallSnapshot(), conformity: records, depositDeadline };
}

describe('R7 import of conformity columns', () => {
  it('R7: maps the French headings of the conformity columns (E61 / E62 accepted for U61 / U62)', () => {
    expect(
      map([
        'N°',
        'Stage 1re année',
        'Stage 2e année',
        'Attestations de stage',
        'Signés',
        'Visa',
        'Date de dépôt',
        'Fiche E4',
        'Fiche E61',
        'Dossier E62',
        'Pages U62',
        'Dépôt U62',
        'Autres E4',
        'Parcours',
      ]),
    ).toEqual([
      'numero',
      'stage_annee1',
      'stage_annee2',
      'attestations',
      'signatures',
      'visas',
      'depot',
      'fiche_E4',
      'fiche_U61',
      'dossier_U62',
      'pages_U62',
      'depot_U62',
      'autres_E4',
      'parcours',
    ]);
    expect(fields.filter((f) => f.group === 'conformite').map((f) => f.key)).toContain('pages_U62');
    expect(fields.some((f) => f.key === 'pages_E4')).toBe(false);
  });

  it('R7: reads yes/no, dates and parcours cells, and refuses what it cannot read', () => {
    // Read the same way from a file, typed in the conformity grid or pasted there.
    for (const yes of ['oui', 'OUI', 'O', 'x', 'v', '1', 'Présent', '✓']) expect(parseCheck(yes)).toEqual({ ok: true, value: true });
    for (const no of ['non', 'N', '0', 'absente', '✗']) expect(parseCheck(no)).toEqual({ ok: true, value: false });
    for (const unknown of ['?', '', 'non vérifié', 'à vérifier']) expect(parseCheck(unknown)).toEqual({ ok: true, value: null });
    expect(parseCheck('peut-être')).toMatchObject({ ok: false });
    expect(parseDate('13/04/2024')).toEqual({ ok: true, value: '2024-04-13' });
    expect(parseDate('2024-04-13')).toEqual({ ok: true, value: '2024-04-13' });
    expect(parseDate('31/04/2024')).toMatchObject({ ok: false });
    expect(parseParcours('Expérience professionnelle')).toEqual({ ok: true, value: 'experience' });
    expect(parseParcours('stage')).toEqual({ ok: true, value: 'stage' });
  });

  it('R7: plans the conformity of a row: weeks per year as separate periods, documents for every unit, a late deposit → NV', () => {
    const plan = planText(
      'numero;Stage 1re année;Stage 2e année;Attestations;Signés;Visés;Date de dépôt;Fiche E4;Fiche E61;Fiche E62;Dossier E62;Dépôt E62\n' +
        '0012;2+2;10;oui;oui;oui;10/04/2024;oui;oui;oui;oui;15/04/2024\n',
      withConformity(),
    );
    expect(plan.rows[0]!.status).toBe('updated');
    expect(plan.conformityWrites).toHaveLength(1);
    const write = plan.conformityWrites![0]!;
    expect(write.candidate).toEqual({ id: 1 });
    expect(write.before).toBeNull();
    expect(write.changes.stageYears![1]!.map((p) => p.duration)).toEqual([
      { amount: 200, unit: 'semaines' },
      { amount: 200, unit: 'semaines' },
    ]);
    expect(write.changes.units!.E4).toMatchObject({ attestations: true, signed: true, stamped: true, depositDate: '2024-04-10', fiche: true });
    expect(write.changes.units!.U62).toMatchObject({ depositDate: '2024-04-15', dossier: true });
    const changes = plan.rows[0]!.changes;
    // 2+2 weeks in year 1 are not 4 consecutive weeks: every unit fails on the duration; U62 is also late.
    expect(changes.filter((c) => c.label.startsWith('Conformité'))).toEqual([
      { field: 'conformite', label: 'Conformité E4', before: 'À contrôler', after: 'Non conforme (NV)' },
      { field: 'conformite', label: 'Conformité U61', before: 'À contrôler', after: 'Non conforme (NV)' },
      { field: 'conformite', label: 'Conformité U62', before: 'À contrôler', after: 'Non conforme (NV)' },
    ]);
    expect(changes).toContainEqual({ field: 'conformite', label: 'Stage 1re année (semaines)', before: '', after: '2 sem + 2 sem' });

    // With 4 consecutive weeks in year 1, only the late U62 deposit fails.
    const late = planText(
      'numero;Stage 1re année;Stage 2e année;Attestations;Signés;Visés;Date de dépôt;Fiche E4;Fiche E61;Fiche E62;Dossier E62;Dépôt E62\n' +
        '0012;4+2;8;oui;oui;oui;10/04/2024;oui;oui;oui;oui;15/04/2024\n',
      withConformity(),
    );
    expect(late.rows[0]!.changes.filter((c) => c.label.startsWith('Conformité')).map((c) => c.after)).toEqual(['Conforme', 'Conforme', 'Non conforme (NV)']);
  });

  it('R7: a row with only conformity columns and no change is unchanged; empty cells keep the stored values', () => {
    const stored: ConformityRecord = {
      candidateId: 1,
      sessionId: SESSION_ID,
      nv: {},
      parcours: null,
      periods: [],
      units: { E4: { ...emptyChecklist(), fiche: true }, U61: emptyChecklist(), U62: emptyChecklist() },
    };
    const plan = planText('numero;Fiche E4;Fiche U61\n0012;oui;\n', withConformity([stored]));
    expect(plan.rows[0]!.status).toBe('unchanged');
    expect(plan.conformityWrites).toEqual([]);
    const changed = planText('numero;Fiche E4;Fiche U61\n0012;oui;non\n', withConformity([stored]));
    expect(changed.conformityWrites![0]!.changes).toEqual({ units: { E4: { fiche: true }, U61: { fiche: false } } });
    expect(changed.conformityWrites![0]!.before).toBe(stored);
  });

  it('R7: refuses at the preview a mark over a unit the same row makes non conforme, naming the reason', () => {
    const plan = planText('numero;U62;Dossier U62\n0012;15;non\n', withConformity());
    expect(plan.rows[0]!.status).toBe('error');
    expect(plan.rows[0]!.errors[0]!.message).toContain('dossier non conforme (absence de fiche(s) descriptive(s) ou de dossier)');
    // NV itself is fine.
    expect(planText('numero;U62;Dossier U62\n0012;NV;non\n', withConformity()).rows[0]!.status).toBe('updated');
  });

  it('R7: shows which mark comes back when the row makes a non-conforme unit conforme again', () => {
    const stored: ConformityRecord = {
      candidateId: 1,
      sessionId: SESSION_ID,
      nv: {
        U62: {
          reasons: ['absence de fiche(s) descriptive(s) ou de dossier'],
          replaced: { value: { kind: 'number', hundredths: 1350 }, sousReserve: false, benefice: null },
        },
      },
      parcours: null,
      periods: [],
      units: { E4: emptyChecklist(), U61: emptyChecklist(), U62: { ...emptyChecklist(), dossier: false } },
    };
    const snapshot = withConformity([stored]);
    snapshot.marks = [
      ...snapshot.marks,
      { sessionId: SESSION_ID, candidateId: 1, unit: 'U62', value: { kind: 'NV' }, sousReserve: false, benefice: null, updatedAt: '' },
    ];
    const plan = planText('numero;Dossier U62\n0012;oui\n', snapshot);
    expect(plan.rows[0]!.changes).toContainEqual({
      field: 'conformite',
      label: 'Conformité U62',
      before: 'Non conforme (NV)',
      after: 'À contrôler — note rétablie : 13,5',
    });
    // Without that column, a mark over the NV is refused at once.
    expect(planText('numero;U62\n0012;14\n', snapshot).rows[0]!.status).toBe('error');
  });

  it('R7: reports unreadable conformity cells on their column', () => {
    const plan = planText('numero;Stage 1re année;Date de dépôt;Pages U62\n0012;quatre;32/01/2024;vingt\n', withConformity());
    expect(plan.rows[0]!.errors.map((e) => e.column)).toEqual(['Stage 1re année', 'Date de dépôt', 'Pages U62']);
  });

  it('R7: without conformity columns the plan has no conformity writes (the contract is unchanged)', () => {
    const plan = planText('numero;E1\n0012;13\n', smallSnapshot());
    expect(plan.conformityWrites).toBeUndefined();
  });

  it('R7: without conformity columns, a stored NV still refuses a mark on its unit (and only on it)', () => {
    const stored: ConformityRecord = {
      candidateId: 1,
      sessionId: SESSION_ID,
      nv: { U62: { reasons: ['absence de fiche(s) descriptive(s) ou de dossier'], replaced: null } },
    };
    const plan = planText('numero;U62;E1\n0012;15;13\n0013;15;13\n', withConformity([stored]));
    expect(plan.rows.map((r) => r.status)).toEqual(['error', 'updated']);
    expect(plan.rows[0]!.errors.map((e) => `${e.column} : ${e.message}`)).toEqual([
      'U62 : dossier non conforme (absence de fiche(s) descriptive(s) ou de dossier) : la note reste NV ; rendez le dossier conforme pour saisir une note',
    ]);
    expect(plan.conformityWrites).toBeUndefined();
  });
});
