// Lives in tests/domain (not tests/sample) so that the vitest `unit` project picks it up.
import { describe, expect, it } from 'vitest';
import { unitForms } from '../../src/domain/forms.ts';
import { formatMark, type ControleMark, type Mark, parseControleMark, parseMark } from '../../src/domain/marks.ts';
import { btsCcst2024, btsCcst2025 } from '../../src/domain/presets/index.ts';
import { findUnit } from '../../src/domain/regulation.ts';
import { type CandidateMarks, type CandidateResult, computeResult, type Decision } from '../../src/domain/results.ts';
import type { EtablissementType, Statut } from '../../src/domain/session.ts';
import { candidateMarksOf, CONTROLE_PREFIX } from '../../src/domain/session.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { LIVRET_AVIS, LIVRET_PERIODS, livretTemplateFor } from '../../src/domain/livret.ts';

const ccst = btsCcst2024;
const example = buildExampleSession();

/** The Toulouse 2023 list (Toulouse circular 2023, "Les candidats"), in its order. */
const TOULOUSE_2023: [uai: string, count: number][] = [
  ['0121371A', 10],
  ['0310028M', 8],
  ['', 1],
  ['0310044E', 11],
  ['0310091F', 12],
  ['0311177L', 19],
  ['0311201M', 20],
  ['0311902Z', 20],
  ['0312738H', 18],
  ['0313029Z', 11],
  ['0320025D', 8],
  ['0320557G', 9],
  ['0810004P', 23],
];

/** First-group marks keyed by unit code, contrôle marks by contrôle unit code (without the prefix). */
function groupedMarks(): CandidateMarks[] {
  const grouped = example.candidates.map(() => ({
    marks: {} as Record<string, Mark>,
    controle: {} as Record<string, ControleMark>,
  }));
  for (const m of example.marks) {
    const c = grouped[m.candidateRef]!;
    if (m.unit.startsWith(CONTROLE_PREFIX)) c.controle[m.unit.slice(CONTROLE_PREFIX.length)] = m.value as ControleMark;
    else c.marks[m.unit] = m.value as Mark;
  }
  return grouped;
}

const results: CandidateResult[] = groupedMarks().map((c) => computeResult(c, ccst));
const count = (decision: Decision, key: 'decision' | 'firstGroupDecision' = 'decision') => results.filter((r) => r[key] === decision).length;
const marksOf = (kind: Mark['kind']) => example.marks.filter((m) => m.value.kind === kind);

/** UAI check letter: the 7 digits modulo 23, in an alphabet without I, O and Q. */
function uaiCheckLetter(digits: string): string {
  return 'ABCDEFGHJKLMNPRSTUVWXYZ'[Number(digits) % 23]!;
}

describe('example session: session and établissements', () => {
  it('is a 2024 CCST session of the académie de Toulouse', () => {
    expect(example.session).toMatchObject({
      name: 'BTS CCST — session 2024 (exemple)',
      academie: 'Toulouse',
      year: 2024,
      presetId: ccst.id,
    });
    expect(example.session.depositDeadline).toMatch(/^2024-0[3-5]-\d\d$/);
    expect(Number.isNaN(Date.parse(example.session.createdAt))).toBe(false);
  });

  it('has the 13 établissements of the Toulouse 2023 list, with their UAI codes and 170 candidates', () => {
    expect(example.etablissements.map((e) => e.uai)).toEqual(TOULOUSE_2023.map(([uai]) => uai));
    const counts = example.etablissements.map((_, i) => example.candidates.filter((c) => c.etablissementRef === i).length);
    expect(counts).toEqual(TOULOUSE_2023.map(([, n]) => n));
    expect(example.candidates).toHaveLength(170);
  });

  it('UAI codes are well formed (7 digits and their check letter), the distance one empty', () => {
    for (const { uai, type } of example.etablissements) {
      if (type === 'distance') expect(uai).toBe('');
      else {
        expect(uai).toMatch(/^\d{7}[A-Z]$/);
        expect(uai.slice(7)).toBe(uaiCheckLetter(uai.slice(0, 7)));
      }
    }
  });

  it('gives each établissement a plausible type', () => {
    const byName = Object.fromEntries(example.etablissements.map((e) => [e.name, e.type]));
    expect(byName).toMatchObject({
      'GRETA du Rouergue': 'greta',
      'CFA Aspect Midi-Pyrénées': 'cfa_habilite',
      Euridice: 'prive_hors_contrat',
      Limayrac: 'prive_sous_contrat',
      'Enseignement à distance — résidant 31': 'distance',
      'LPO Déodat': 'public',
      'Lycée Myriam': 'public',
    });
    for (const e of example.etablissements) {
      if (/^(LGT|LPO|LP|LPA|Lycée) /.test(e.name)) expect(e.type).toBe('public');
      expect(e.city).not.toBe('');
    }
  });
});

describe('example session: candidates', () => {
  it('has 170 unique 11-digit numbers', () => {
    const numeros = example.candidates.map((c) => c.numero);
    expect(new Set(numeros).size).toBe(170);
    for (const n of numeros) expect(n).toMatch(/^\d{11}$/);
  });

  it('has unique nom + prénom pairs', () => {
    const names = example.candidates.map((c) => `${c.nom} ${c.prenom}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has birth dates in 2002–2005', () => {
    for (const c of example.candidates) {
      expect(c.dateNaissance).toMatch(/^200[2-5]-(0[1-9]|1[0-2])-(0[1-9]|[12]\d)$/);
    }
  });

  it('has a statut consistent with the type of its établissement', () => {
    const expected: Record<EtablissementType, Statut[]> = {
      public: ['scolaire'],
      prive_sous_contrat: ['scolaire'],
      prive_hors_contrat: ['scolaire'],
      cfa_habilite: ['apprenti'],
      cfa_non_habilite: ['apprenti'],
      greta: ['formation_continue'],
      distance: ['distance'],
    };
    for (const c of example.candidates) {
      const type = example.etablissements[c.etablissementRef]!.type;
      expect(expected[type]).toContain(c.statut);
    }
  });

  it('takes E2 mostly in English, some in Spanish or German', () => {
    const langues = example.candidates.map((c) => c.langueVivante);
    expect(langues.filter((l) => l === 'Anglais').length).toBeGreaterThan(120);
    expect(langues).toContain('Espagnol');
    expect(langues).toContain('Allemand');
    expect(new Set(langues)).toEqual(new Set(['Anglais', 'Espagnol', 'Allemand']));
  });

  it('registers EF1 as in the circular (36) and a few EF2/EF3, only where they are CCF', () => {
    const registered = (code: string) => example.candidates.filter((c) => c.optionalUnits.includes(code));
    expect(registered('EF1')).toHaveLength(36);
    for (const code of ['EF2', 'EF3']) {
      expect(registered(code).length).toBeGreaterThan(0);
      expect(registered(code).length).toBeLessThan(15);
      for (const c of registered(code)) {
        const forms = unitForms(c, ccst, example.etablissements[c.etablissementRef]!.type);
        expect(forms[code]).toBe('CCF');
      }
    }
  });
});

describe('example session: marks', () => {
  it('every mark is valid: parsing its written form gives it back', () => {
    for (const m of example.marks) {
      if (m.unit.startsWith(CONTROLE_PREFIX)) {
        expect(ccst.controle.units.map((u) => u.code)).toContain(m.unit.slice(CONTROLE_PREFIX.length));
        expect(parseControleMark(formatMark(m.value), ccst)).toEqual({ ok: true, value: m.value });
      } else {
        const unit = findUnit(ccst, m.unit);
        expect(unit, m.unit).toBeDefined();
        expect(parseMark(formatMark(m.value), unit!, ccst)).toEqual({ ok: true, value: m.value });
      }
      expect(m.value.kind).not.toBe('empty');
    }
  });

  it('numeric marks are in quarter points, E22 in whole points', () => {
    for (const m of example.marks) {
      if (m.value.kind !== 'number') continue;
      expect(m.value.hundredths % (m.unit === 'E22' ? 100 : 25)).toBe(0);
    }
  });

  it('has at most one record per candidate and unit, optional marks only for registered units', () => {
    const keys = example.marks.map((m) => `${m.candidateRef}/${m.unit}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of example.marks) {
      if (findUnit(ccst, m.unit)?.domain === 'optional') {
        expect(example.candidates[m.candidateRef]!.optionalUnits).toContain(m.unit);
      }
    }
  });

  it('has special marks: ≥ 2 NV on E4/U61/U62, ≥ 3 ABJ, ≥ 3 DI on general units only', () => {
    expect(marksOf('NV').length).toBeGreaterThanOrEqual(2);
    for (const m of marksOf('NV')) expect(['E4', 'U61', 'U62']).toContain(m.unit);
    expect(marksOf('ABJ').length).toBeGreaterThanOrEqual(3);
    expect(marksOf('DI').length).toBeGreaterThanOrEqual(3);
    expect(new Set(marksOf('DI').map((m) => m.candidateRef)).size).toBeGreaterThanOrEqual(3);
    for (const m of marksOf('DI')) expect(findUnit(ccst, m.unit)?.domain).toBe('general');
  });

  it('flags one or two marks sous réserve and keeps one bénéfice ≥ 10 from 2023', () => {
    const reserve = example.marks.filter((m) => m.sousReserve);
    expect(reserve.length).toBeGreaterThanOrEqual(1);
    expect(reserve.length).toBeLessThanOrEqual(2);
    const benefices = example.marks.filter((m) => m.benefice !== null);
    expect(benefices).toHaveLength(1);
    expect(benefices[0]!.benefice).toEqual({ year: 2023 });
    const value = benefices[0]!.value;
    expect(value.kind === 'number' && value.hundredths >= 1000).toBe(true);
  });

  it('enters contrôle marks for at most two units per candidate, only for CONTROLE candidates', () => {
    const controle = example.marks.filter((m) => m.unit.startsWith(CONTROLE_PREFIX));
    expect(controle.length).toBeGreaterThan(0);
    const perCandidate = new Map<number, number>();
    for (const m of controle) {
      perCandidate.set(m.candidateRef, (perCandidate.get(m.candidateRef) ?? 0) + 1);
      expect(['number', 'AB']).toContain(m.value.kind);
      expect(results[m.candidateRef]!.firstGroupDecision).toBe('CONTROLE');
    }
    for (const n of perCandidate.values()) expect(n).toBeLessThanOrEqual(2);
    for (const r of results) expect(r.errors).toEqual([]);
  });
});

describe('example session: decisions', () => {
  it('is mostly ADMIS', () => {
    expect(count('ADMIS')).toBeGreaterThan(170 / 2);
  });

  it('has a good handful of CONTROLE, still waiting for the épreuve de contrôle', () => {
    expect(count('CONTROLE')).toBeGreaterThanOrEqual(8);
  });

  it('shows both "admis après contrôle" and "ajourné après contrôle"', () => {
    const after = results.filter((r) => r.firstGroupDecision === 'CONTROLE' && r.controle.length > 0);
    expect(after.map((r) => r.reason).sort()).toEqual(['admis après contrôle', 'ajourné après contrôle']);
  });

  it('has some AJOURNE, ≥ 2 ELIMINE, ≥ 2 NV, ≥ 2 INCOMPLET', () => {
    expect(count('AJOURNE')).toBeGreaterThan(0);
    expect(count('ELIMINE')).toBeGreaterThanOrEqual(2);
    expect(count('NV')).toBeGreaterThanOrEqual(2);
    expect(count('INCOMPLET')).toBeGreaterThanOrEqual(2);
  });
});

describe('example session: determinism', () => {
  it('two builds are deep-equal', () => {
    expect(buildExampleSession()).toEqual(example);
    expect(buildExampleSession(ccst)).toEqual(example);
  });
});

describe('example session: livrets scolaires', () => {
  const byRef = new Map(example.livrets.map((l) => [l.candidateRef, l]));

  it('gives a livret to every student of a lycée or CFA, and to no other candidate', () => {
    example.candidates.forEach((c, i) => expect(byRef.has(i), `${c.numero} ${c.statut}`).toBe(c.statut === 'scolaire' || c.statut === 'apprenti'));
  });

  it('has the four semesters of every compulsory subject, optional subjects only for registered units, marks in quarter points', () => {
    const template = livretTemplateFor(ccst)!;
    for (const livret of example.livrets) {
      const candidate = example.candidates[livret.candidateRef]!;
      for (const subject of template.subjects) {
        const entry = livret.subjects[subject.id];
        const registered = !subject.optional || subject.units.some((u) => candidate.optionalUnits.includes(u));
        expect(entry !== undefined, `${candidate.numero} ${subject.id}`).toBe(registered);
        if (!entry) continue;
        expect(Object.keys(entry.marks)).toEqual([...LIVRET_PERIODS]);
        for (const value of Object.values(entry.marks)) expect(value % 25 === 0 && value >= 0 && value <= 2000).toBe(true);
      }
    }
  });

  it('has every avis du conseil de classe', () => {
    expect(new Set(example.livrets.map((l) => l.avis))).toEqual(new Set(LIVRET_AVIS));
  });
});

describe('example session, issue 16', () => {
  it('gives a mark on an optional unit only to a candidate registered for it', () => {
    const strays = example.marks.filter((m) => {
      const unit = findUnit(ccst, m.unit);
      return unit?.domain === 'optional' && m.value.kind !== 'empty' && !example.candidates[m.candidateRef]!.optionalUnits.includes(m.unit);
    });
    expect(strays).toEqual([]);
  });
});

describe('example session under the 2025 regulation (R9)', () => {
  const example2025 = buildExampleSession(btsCcst2025);
  const decisionsOf = (session: typeof example2025, regulation: typeof btsCcst2025) =>
    session.candidates.map((_, ref) => computeResult(candidateMarksOfRef(session, ref), regulation).decision);

  it('is a 2025 session with the 2025 units: the same candidates, every mark valid there', () => {
    expect(example2025.session).toMatchObject({
      name: 'BTS CCST — session 2025 (exemple)',
      year: 2025,
      presetId: btsCcst2025.id,
      depositDeadline: '2025-04-12',
    });
    expect(example2025.candidates.map((c) => c.numero)).toEqual(example.candidates.map((c) => c.numero));
    for (const m of example2025.marks) {
      const code = m.unit.startsWith(CONTROLE_PREFIX) ? m.unit.slice(CONTROLE_PREFIX.length) : m.unit;
      const known = m.unit.startsWith(CONTROLE_PREFIX) ? btsCcst2025.controle.units.some((u) => u.code === code) : findUnit(btsCcst2025, code) !== undefined;
      expect(known, m.unit).toBe(true);
    }
    expect(new Set(example2025.marks.map((m) => m.unit))).toContain('E8');
  });

  it('has every decision, as the 2024 example', () => {
    const decisions = new Set(decisionsOf(example2025, btsCcst2025));
    expect([...decisions].sort()).toEqual(['ADMIS', 'AJOURNE', 'CONTROLE', 'ELIMINE', 'INCOMPLET', 'NV']);
  });
});

function candidateMarksOfRef(session: ReturnType<typeof buildExampleSession>, ref: number): CandidateMarks {
  return candidateMarksOf(session.marks.filter((m) => m.candidateRef === ref));
}
