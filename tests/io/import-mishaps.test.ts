/** Spreadsheet mishaps caught in the preview (lost zeros, two-digit years, letters turned into `?`), never stored silently. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { btsCcst2024 as regulation } from '../../src/domain/presets/index.ts';
import { parseBirthDate } from '../../src/io/import/cells.ts';
import { autoMap, importFields } from '../../src/io/import/fields.ts';
import { lettersLost, looksDamaged, referenceNumeroLength, withLostZeros } from '../../src/io/import/mishaps.ts';
import { buildPlan } from '../../src/io/import/plan.ts';
import { readImportSource } from '../../src/io/import/read.ts';
import type { PlanOptions, SessionSnapshot } from '../../src/io/import/types.ts';
import { csvBytes } from '../../src/io/csv.ts';
import { applyPlan, contentOf, emptySnapshot } from './import-helpers.ts';

function planOf(bytes: Uint8Array, snapshot: SessionSnapshot, options: PlanOptions = {}) {
  const source = readImportSource(bytes, 'f.csv');
  const mapping = autoMap(source.records[source.headerIndex]?.cells ?? [], importFields(regulation));
  return buildPlan(source, mapping, snapshot, 'keep', options);
}
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/workbooks/${name}`));
const errorsOf = (plan: ReturnType<typeof planOf>) => plan.rows.flatMap((r) => r.errors.map((e) => `ligne ${e.line}, ${e.column} : ${e.message}`));

describe('leading zeros a spreadsheet dropped', () => {
  it('the reference length: the session, else the file numbers that kept a zero, else the usual 11 digits', () => {
    expect(referenceNumeroLength(['02431000001'], ['2431000002'])).toBe(11);
    expect(referenceNumeroLength([], ['2431000001', '02431000003', '2431000002'])).toBe(11);
    expect(referenceNumeroLength([], ['2431000001', '2431000002'])).toBe(11);
    expect(referenceNumeroLength([], ['12345678', '12345679'])).toBe(8);
    expect(withLostZeros('2431000001', 11)).toBe('02431000001');
    expect(withLostZeros('431000001', 11)).toBe('00431000001');
    expect(withLostZeros('31000001', 11)).toBeNull(); // three digits short: another number
    expect(withLostZeros('7', 3)).toBeNull(); // a school's own short numbering
    expect(withLostZeros('A431000001', 11)).toBeNull();
  });

  it('a new session from the spreadsheet file: the preview says so; restored when asked', () => {
    const empty = emptySnapshot(regulation, 2026);
    const plain = planOf(fixture('notes-bts.csv'), empty);
    expect(plain.lostZeros).toEqual({ lines: [2, 3, 5, 6, 7], length: 11, restored: false });
    expect(plain.rows[0]!.warnings).toEqual(['numéro « 2431000001 » : un zéro de tête semble perdu (02431000001 ?)']);
    expect(plain.rows[2]!.warnings).toBeUndefined(); // 02431000003 kept its zero (a text cell)
    expect(plain.newCandidates.map((c) => c.data.numero)).toContain('2431000001');

    const restored = planOf(fixture('notes-bts.csv'), empty, { restoreZeros: true });
    expect(restored.lostZeros).toMatchObject({ restored: true });
    expect(restored.rows[0]!.warnings).toEqual(['numéro « 2431000001 » : zéro de tête rétabli (02431000001)']);
    expect(restored.newCandidates.map((c) => c.data.numero)).toEqual([
      '02431000001',
      '02431000002',
      '02431000003',
      '02431000004',
      '02431000005',
      '02431000006',
    ]);
    expect(errorsOf(restored)).toEqual([]);
  });

  it('a re-import with the right numbers proposes to correct the truncated ones, matching the same candidates', () => {
    const empty = emptySnapshot(regulation, 2026);
    const truncated = applyPlan(empty, planOf(fixture('notes-bts.csv'), empty));
    const right = 'numero;nom;prenom;E1\r\n02431000001;Dupont;Léa;12\r\n02431000003;Garçon;Hélène;15\r\n';
    const plan = planOf(csvBytes(right), truncated);
    expect(plan.lostZeros).toBeUndefined();
    expect(plan.rows.map((r) => r.status)).toEqual(['updated', 'unchanged']);
    expect(plan.rows[0]!.changes).toEqual([{ field: 'numero', label: 'N° candidat', before: '2431000001', after: '02431000001' }]);
    const after = applyPlan(truncated, plan);
    expect(after.candidates.map((c) => c.numero).sort()).toEqual(['02431000001', '02431000003', '2431000002', '2431000004', '2431000005', '2431000006']);
    expect(after.candidates).toHaveLength(6);
    // The truncated number of a candidate stored with its zeros still matches it, and changes nothing.
    const again = planOf(csvBytes('numero;nom;prenom;E1\r\n2431000001;Dupont;Léa;12\r\n'), after);
    expect(again.rows.map((r) => r.status)).toEqual(['unchanged']);
    expect(again.lostZeros).toBeUndefined();
  });
});

describe('dates JJ/MM/AA and AAAA-MM-JJ', () => {
  it('resolves the century so that the candidate is 14 to 80 years old in the session year', () => {
    expect(parseBirthDate('08/06/05', 2026)).toEqual({ ok: true, value: '2005-06-08' });
    expect(parseBirthDate('05/09/98', 2026)).toEqual({ ok: true, value: '1998-09-05' });
    expect(parseBirthDate('05/09/46', 2026)).toEqual({ ok: true, value: '1946-09-05' }); // 80 years old
    expect(parseBirthDate('05/09/12', 2026)).toEqual({ ok: true, value: '2012-09-05' }); // 14 years old
    const young = parseBirthDate('05/09/13', 2026);
    expect(young.ok ? young.value : young.error).toBe(
      "« 05/09/13 » : année sur deux chiffres qui ne donne pas un âge de 14 à 80 ans en 2026 ; écrivez l'année en entier (JJ/MM/AAAA)",
    );
    expect(parseBirthDate('2005-06-08', 2026)).toEqual({ ok: true, value: '2005-06-08' });
    expect(parseBirthDate('2005-06-08 00:00:00', 2026)).toEqual({ ok: true, value: '2005-06-08' });
    expect(parseBirthDate('08/06/2005', 2026)).toEqual({ ok: true, value: '2005-06-08' });
    expect(parseBirthDate('31/02/05', 2026).ok).toBe(false);
  });

  it("LibreOffice's short-date CSV of a session reads back with no date error", () => {
    const empty = emptySnapshot(regulation, 2026);
    const session = applyPlan(empty, planOf(fixture('notes-bts.csv'), empty));
    const plan = planOf(fixture('session-ansi-aa.csv'), session);
    expect(errorsOf(plan).filter((e) => e.includes('date'))).toEqual([]);
    expect(plan.counts).toEqual({ new: 0, updated: 0, unchanged: 5, error: 1 });
  });
});

describe('letters replaced by ? (encoding loss)', () => {
  it('recognises a name whose non-ASCII letters became ? or U+FFFD', () => {
    expect(lettersLost('Nguyễn', 'Nguy?n')).toBe(true);
    expect(lettersLost('Thị Ánh', 'Th? Ánh')).toBe(true);
    expect(lettersLost('Zoé', 'Zo\uFFFD')).toBe(true);
    expect(lettersLost('Nguyễn', 'Nguyen')).toBe(false); // a real change
    expect(lettersLost('Dupont', 'Dup?nt')).toBe(false); // an ASCII letter does not get lost
    expect(looksDamaged('Nguy?n')).toBe(true);
    expect(looksDamaged('Zo\uFFFD')).toBe(true);
    expect(looksDamaged('Qui ? Personne')).toBe(false);
  });

  it('is not applied unless accepted: the Windows-1252 save of a Vietnamese name', () => {
    const empty = emptySnapshot(regulation, 2026);
    const session = applyPlan(empty, planOf(fixture('notes-bts.csv'), empty));
    const plan = planOf(fixture('session-ansi-aa.csv'), session);
    expect(plan.encodingLoss).toEqual({ lines: [5], accepted: false });
    expect(errorsOf(plan)).toEqual([
      "ligne 5, nom : lettres remplacées par « ? » (« Nguyễn » → « Nguy?n », « Thị Ánh » → « Th? Ánh ») : le fichier a sans doute perdu ses accents à l'enregistrement (CSV Windows-1252) ; enregistrez-le en CSV UTF-8 ou en .xlsx, ou cochez « appliquer quand même »",
    ]);
    expect(plan.candidateUpdates).toEqual([]);
    expect(contentOf(applyPlan(session, plan))).toEqual(contentOf(session));

    const accepted = planOf(fixture('session-ansi-aa.csv'), session, { acceptEncodingLoss: true });
    expect(accepted.encodingLoss).toEqual({ lines: [5], accepted: true });
    expect(accepted.counts).toEqual({ new: 0, updated: 1, unchanged: 5, error: 0 });
    expect(accepted.candidateUpdates.map((u) => u.after.nom)).toEqual(['Nguy?n']);
  });

  it('a new candidate whose name looks damaged is held too', () => {
    const plan = planOf(csvBytes('numero;nom;prenom\r\n001;Nguy?n;Anh\r\n002;Martin;Léa\r\n'), emptySnapshot(regulation, 2026));
    expect(plan.rows.map((r) => r.status)).toEqual(['error', 'new']);
    expect(plan.rows[0]!.errors[0]!.message).toContain('lettres remplacées par « ? » (« Nguy?n »)');
  });
});
