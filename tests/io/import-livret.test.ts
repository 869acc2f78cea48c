import { describe, expect, it } from 'vitest';
import { emptyLivret, livretTemplateFor, type LivretRecord } from '../../src/domain/livret.ts';
import { btsCcst2024 } from '../../src/domain/presets/index.ts';
import { encodeWindows1252 } from '../../src/io/decode.ts';
import {
  buildLivretPlan,
  livretAutoMap,
  livretImportFields,
  livretMappingProblems,
  matchSubject,
  parseAvis,
  parseLivretCell,
  readHeaderPeriod,
} from '../../src/io/import/livret.ts';
import { livretCandidate, prepareLivret } from './import-helpers.ts';

const regulation = btsCcst2024;
const template = livretTemplateFor(regulation)!;

const candidate = livretCandidate;

const candidates = [
  candidate(1, '02431000001', 'Lefèvre', 'Zoé', '2004-03-15'),
  candidate(2, '02431000002', 'Œillet', 'Jean-Baptiste', '2003-11-02'),
  candidate(3, '02431000003', 'Martin', 'Léa', '2004-01-01'),
  candidate(4, '02431000004', 'Martin', 'Léa', '2004-01-01'),
];

const prepare = (bytes: Uint8Array, year: 1 | 2 = 2) => prepareLivret(bytes, regulation, template, year);

function plan(bytes: Uint8Array, livrets: LivretRecord[] = [], emptyCells: 'keep' | 'clear' = 'keep') {
  const p = prepare(bytes);
  return { ...p, plan: buildLivretPlan(p.source, p.headerRows, p.header, p.mapping, { regulation, template, sessionId: 1, candidates, livrets }, emptyCells) };
}

// A Pronote-style export: a title line, then two header rows (the subject written once over its merged
// cells, the semesters below), abbreviated subject names, decimal commas and points, Windows-1252 accents.
const PRONOTE =
  'Export du livret scolaire — BTS CCST 2e année;;;;;;;;;;\r\n' +
  'Nom;Prénom;Né(e) le;CGE;;LV1 Anglais;;CEJM;;Appréciation CGE;Avis\r\n' +
  ';;;S1;S2;Sem 1;Sem 2;1er sem;2e sem;;\r\n' +
  'LEFÈVRE;Zoé;15/03/2004;12,5;13;14.5;;NN;9;Très bien, « œuvre » soignée;TF\r\n' +
  'Œillet;Jean-Baptiste;02/11/2003;25;8;;;10;11;;Favorable\r\n' +
  'Durand;Paul;01/01/2004;10;10;;;;;;\r\n' +
  'Martin;Léa;01/01/2004;10;10;;;;;;\r\n';

describe('two header rows from school software', () => {
  it('skips the title, finds the two header rows and combines them into one name per column', () => {
    const { source, headerRows, header } = prepare(encodeWindows1252(PRONOTE));
    expect(source.encoding).toBe('windows-1252');
    expect(source.headerIndex).toBe(1);
    expect(headerRows).toBe(2);
    expect(header).toEqual([
      'Nom',
      'Prénom',
      'Né(e) le',
      'CGE S1',
      'CGE S2',
      'LV1 Anglais Sem 1',
      'LV1 Anglais Sem 2',
      'CEJM 1er sem',
      'CEJM 2e sem',
      'Appréciation CGE',
      'Avis',
    ]);
  });

  it('suggests (subject, semester) fields from the abbreviations, S1/S2 being the year chosen', () => {
    const { mapping, header } = prepare(encodeWindows1252(PRONOTE));
    expect(mapping).toEqual([
      'nom',
      'prenom',
      'date_naissance',
      'livret.cge.a2s1',
      'livret.cge.a2s2',
      'livret.lve.a2s1',
      'livret.lve.a2s2',
      'livret.cejm.a2s1',
      'livret.cejm.a2s2',
      'livret.cge.appreciation',
      'avis',
    ]);
    expect(livretAutoMap(header, regulation, template, { year: 1 })[3]).toBe('livret.cge.a1s1');
    expect(livretMappingProblems(mapping, livretImportFields(regulation, template))).toEqual([]);
  });

  it('reads S1…S4 as the two years, and years written in the heading', () => {
    const header = ['N° candidat', 'CGE S1', 'CGE S2', 'CGE S3', 'CGE S4', 'Moy CGE', 'U61 1A S2', 'Bloc 4 - 2e année - Sem 1', 'EF1 A2 S2'];
    expect(livretAutoMap(header, regulation, template, { year: 2 })).toEqual([
      'numero',
      'livret.cge.a1s1',
      'livret.cge.a1s2',
      'livret.cge.a2s1',
      'livret.cge.a2s2',
      null,
      'livret.dcrc.a1s2',
      'livret.moetc.a2s1',
      'livret.ef1.a2s2',
    ]);
    expect(readHeaderPeriod('1ère année 2ème semestre')).toMatchObject({ semester: 2, year: 1, rest: '' });
  });

  it('recognises subjects by name, abbreviation or code, the longest spelling first', () => {
    const id = (text: string) => matchSubject(text, template.subjects)?.id ?? null;
    expect(id('Culture générale et expression')).toBe('cge');
    expect(id('Français')).toBe('cge');
    expect(id('ANGLAIS')).toBe('lve');
    expect(id('LV facultative')).toBe('ef1');
    expect(id('Culture économique, juridique et managériale')).toBe('cejm');
    expect(id('MANAGEMENT DE L’ACTIVITE TECHNICO-COMMERCIALE')).toBe('matc');
    expect(id('E62')).toBe('moetc');
    expect(id('Module d’approfondissement')).toBe('ef2');
    expect(id('Éducation physique')).toBeNull();
  });
});

describe('the plan of a livret import', () => {
  it('matches students by nom, prénom and date de naissance, and lists errors with their line and column', () => {
    const { plan: p } = plan(encodeWindows1252(PRONOTE));
    expect(p.counts).toEqual({ new: 1, updated: 0, unchanged: 0, error: 3 });
    const [zoe, jb, paul, lea] = p.rows;
    expect(zoe).toMatchObject({ line: 4, numero: '02431000001', name: 'Lefèvre Zoé', status: 'new' });
    expect(zoe!.changes.map((c) => `${c.label} : ${c.before} → ${c.after}`)).toEqual([
      'CGE S1 :  → 12,5',
      'CGE S2 :  → 13',
      'LV1 Anglais Sem 1 :  → 14,5',
      'CEJM 2e sem :  → 9',
      'Appréciation CGE :  → Très bien, « œuvre » soignée',
      'Avis :  → Très favorable',
    ]);
    expect(jb!.errors).toEqual([
      { line: 5, column: 'CGE S1', message: "« 25 » : note supérieure à 20 (une note de 0 à 20, ou une cellule vide si le semestre n'a pas de note)" },
    ]);
    expect(paul!.errors[0]).toMatchObject({ line: 6, column: 'Nom', message: expect.stringContaining('aucun candidat « Durand Paul » né(e) le 01/01/2004') });
    expect(lea!.errors[0]!.message).toContain('plusieurs candidats « Martin Léa »');
    expect(p.writes).toHaveLength(1);
    const write = p.writes[0]!;
    expect(write).toMatchObject({ line: 4, candidateId: 1, before: null });
    expect(write.after.subjects).toEqual({
      cge: { marks: { a2s1: 1250, a2s2: 1300 }, appreciation: 'Très bien, « œuvre » soignée' },
      lve: { marks: { a2s1: 1450 }, appreciation: '' },
      cejm: { marks: { a2s2: 900 }, appreciation: '' },
    });
    expect(write.after.avis).toBe('tres_favorable');
  });

  it('matches by candidate number when the file has one (leading zeros lost by Excel included)', () => {
    const text = 'numero;CGE S3;CGE S4;PIX\n2431000002;11;12;oui\n02431000009;10;10;\n';
    const { plan: p } = plan(new TextEncoder().encode(text));
    expect(p.rows.map((r) => r.status)).toEqual(['new', 'error']);
    expect(p.rows[1]!.errors[0]!.message).toContain("numéro « 02431000009 » inconnu dans cette session (l'import du livret ne crée pas de candidat)");
    expect(p.writes[0]!.after).toMatchObject({ candidateId: 2, pix: true, subjects: { cge: { marks: { a2s1: 1100, a2s2: 1200 } } } });
  });

  it('refuses every line of a student the file gives twice (by number, zeros lost or not, or by name), each naming the others', () => {
    const text = 'numero;CGE S3;CGE S4\n2431000002;11;12\n02431000001;9;9\n02431000002;14;15\n';
    const { plan: p } = plan(new TextEncoder().encode(text));
    expect(p.rows.map((r) => r.status)).toEqual(['error', 'new', 'error']);
    expect(p.rows.map((r) => r.errors.map((e) => `${e.column} : ${e.message}`))).toEqual([
      ["numero : le candidat 02431000002 est aussi ligne 4 : aucune de ces lignes n'est appliquée (gardez-en une seule)"],
      [],
      ["numero : le candidat 02431000002 est aussi ligne 2 : aucune de ces lignes n'est appliquée (gardez-en une seule)"],
    ]);
    expect(p.writes.map((w) => w.candidateId)).toEqual([1]);

    const byName = plan(new TextEncoder().encode('Nom;Prénom;Né(e) le;CGE S3\nLefèvre;Zoé;15/03/2004;12\nLEFEVRE;zoé;15/03/2004;13\n')).plan;
    expect(byName.rows.map((r) => r.status)).toEqual(['error', 'error']);
    expect(byName.rows[0]!.errors[0]!.message).toBe("le candidat 02431000001 est aussi ligne 3 : aucune de ces lignes n'est appliquée (gardez-en une seule)");
    expect(byName.writes).toEqual([]);
  });

  it('keeps or clears stored marks on empty cells, shows unchanged rows, and carries the stored livret as "before"', () => {
    const stored: LivretRecord = {
      ...emptyLivret(1, 1),
      subjects: { cge: { marks: { a2s1: 1250, a2s2: 1000 }, appreciation: '' } },
      avis: 'favorable',
      updatedAt: '2025-05-01T10:00:00.000Z',
    };
    const text = 'numero;CGE S1;CGE S2;Avis\n02431000001;12,5;;\n';
    const bytes = new TextEncoder().encode(text);
    const kept = plan(bytes, [stored], 'keep').plan;
    expect(kept.rows[0]!.status).toBe('unchanged');
    expect(kept.writes).toEqual([]);
    const cleared = plan(bytes, [stored], 'clear').plan;
    expect(cleared.rows[0]!.status).toBe('updated');
    expect(cleared.rows[0]!.changes.map((c) => `${c.label} : ${c.before} → ${c.after}`)).toEqual(['CGE S2 : 10 → ', 'Avis : Favorable → ']);
    expect(cleared.writes[0]!.before).toBe(stored);
    expect(cleared.writes[0]!.after).toMatchObject({ avis: null, subjects: { cge: { marks: { a2s1: 1250 } } } });
  });

  it('refuses every row when the students cannot be recognised', () => {
    const text = 'Nom;Né(e) le;CGE S1\nLefèvre;15/03/2004;12\n';
    const { plan: p } = plan(new TextEncoder().encode(text));
    expect(p.counts.error).toBe(1);
    expect(p.rows[0]!.errors[0]!.message).toContain('à défaut les colonnes nom et prénom (avec la date de naissance s');
  });
});

describe('livret cells', () => {
  it('reads marks with a comma or a point, and what school software writes for "no mark"', () => {
    expect(parseLivretCell('12,5')).toEqual({ ok: true, value: 1250 });
    expect(parseLivretCell('12.5')).toEqual({ ok: true, value: 1250 });
    for (const empty of ['', ' ', '-', 'NN', 'Abs', 'Disp.']) expect(parseLivretCell(empty)).toEqual({ ok: true, value: null });
    expect(parseLivretCell('douze').ok).toBe(false);
  });

  it('reads the avis by label or initials', () => {
    expect(parseAvis('Très favorable')).toEqual({ ok: true, value: 'tres_favorable' });
    expect(parseAvis('DFP')).toEqual({ ok: true, value: 'doit_faire_ses_preuves' });
    expect(parseAvis('Doit faire ses preuves à l’examen')).toEqual({ ok: true, value: 'doit_faire_ses_preuves' });
    expect(parseAvis('bof')).toMatchObject({ ok: false });
  });
});
