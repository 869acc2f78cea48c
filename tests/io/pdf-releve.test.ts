/**
 * Relevés de notes, read back with pdftotext: what a jury checks on each sheet (marks, special marks,
 * moyennes truncated, decision), one page per candidate, and no garbled character.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { computeResult, DECISION_LABELS, formatAverage } from '../../src/domain/results.ts';
import { averageHundredths, formatHundredthsFixed, formatHundredthsShort } from '../../src/domain/exact.ts';
import { formatPoints } from '../../src/io/pdf/document.ts';
import { releveDeNotesPdf, type ReleveInput } from '../../src/io/pdf/releve.ts';
import { btsCcst2025 } from '../../src/domain/presets/index.ts';
import { candidate, ccst } from '../domain/factories.ts';
import { exampleRows, GARBLED, oddCharacters, GENERATED_AT, pageCount, pages, pdfToText, releveInput, squeeze } from './pdf-helpers.ts';

const { session, rows } = exampleRows();

/** The relevé of one candidate of the example session, without établissement nor birth date, read back (squeezed). */
async function oneSheet(result: ReturnType<typeof computeResult>, who: { numero: string; nom: string; prenom: string }, label: string) {
  const bytes = await releveDeNotesPdf([{ session, candidate: { ...who, dateNaissance: null }, etablissement: null, result, benefices: {} }]);
  return squeeze(pdfToText(bytes, label));
}

describe('relevé de notes PDF', () => {
  it('returns the bytes of a PDF, one page per candidate', async () => {
    const bytes = await releveDeNotesPdf(
      rows.slice(0, 5).map((r) => releveInput(session, r)),
      { generatedAt: GENERATED_AT },
    );
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(pageCount(bytes)).toBe(5);
  });

  it('still makes a valid PDF for no candidate', async () => {
    const bytes = await releveDeNotesPdf([]);
    expect(pageCount(bytes)).toBe(1);
  });
});

describe('relevé de notes PDF, read back', () => {
  let text: string;
  let sheets: string[];

  beforeAll(async () => {
    const bytes = await releveDeNotesPdf(
      rows.map((r) => releveInput(session, r)),
      { generatedAt: GENERATED_AT },
    );
    expect(pageCount(bytes)).toBe(rows.length);
    text = pdfToText(bytes, 'releves');
    sheets = pages(text);
  });

  /** The sheet of the first example candidate that `accept`s. */
  const sheetOf = (accept: (r: (typeof rows)[number]) => boolean) => {
    const index = rows.findIndex(accept);
    expect(index, 'no such candidate in the example session').toBeGreaterThanOrEqual(0);
    return { row: rows[index]!, sheet: squeeze(sheets[index]!) };
  };

  it('has one page per candidate, in order, each with its identity, moyenne and decision', () => {
    expect(sheets).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const sheet = squeeze(sheets[i]!);
      expect(sheet).toContain(row.candidate.numero);
      expect(sheet).toContain(row.candidate.nom.toLocaleUpperCase('fr'));
      expect(sheet).toContain(row.candidate.prenom);
      expect(sheet).toContain(`Page ${i + 1} / ${rows.length}`);
      const moyenne = row.result.firstGroup ? `${formatAverage(row.result.firstGroup)} / 20` : 'non calculable';
      expect(sheet).toContain(`Moyenne générale (1er groupe) ${moyenne}`);
      expect(sheet).toMatch(new RegExp(`Décision du jury ${DECISION_LABELS[row.result.decision]}|Décision du jury Autorisé`));
    });
  });

  it('writes the optional units’ bonus in French: « point » under 2, « points » from 2 on', () => {
    const bonuses = rows.filter((r) => r.result.bonus > 0);
    expect(bonuses.length).toBeGreaterThan(0);
    for (const row of bonuses) {
      const { sheet } = sheetOf((r) => r === row);
      const word = row.result.bonus < 20_000 ? 'point' : 'points';
      expect(sheet).toContain(`dont épreuves facultatives + ${formatPoints(row.result.bonus)} ${word} au-dessus de 10`);
      expect(sheet).not.toContain('point(s)');
    }
  });

  it('shows the session, académie, diploma, établissement and birth date', () => {
    const { row, sheet } = sheetOf((r) => r.etablissement?.uai === '0310044E');
    expect(sheet).toContain('Académie de Toulouse');
    expect(sheet).toContain('Session 2024');
    expect(sheet).toContain('BTS Conseil et commercialisation de solutions techniques');
    expect(sheet).toContain('LPO Déodat — UAI 0310044E');
    const [y, m, d] = row.candidate.dateNaissance!.split('-');
    expect(sheet).toContain(`Date de naissance ${d}/${m}/${y}`);
  });

  it('lists every unit with its coefficient, mark and points', () => {
    const { row, sheet } = sheetOf((r) => r.result.decision === 'ADMIS' && r.result.lines.every((l) => l.mark.kind !== 'DI'));
    for (const line of row.result.lines.filter((l) => l.unit.domain !== 'optional')) {
      const printed = sheet.split('\n').find((l) => l.startsWith(` ${line.unit.code} `));
      expect(printed, line.unit.code).toBeDefined();
      const coefficient = formatHundredthsShort(line.coefficient);
      const mark = line.mark.kind === 'number' ? formatHundredthsFixed(line.mark.hundredths) : line.mark.kind;
      expect(printed).toContain(` ${coefficient} ${mark} ${formatPoints(line.points)}`);
    }
    expect(sheet).toContain('Total des points (1er groupe)');
    expect(sheet).toContain('pour 25 coefficients');
    expect(sheet).toContain('Moyenne du domaine professionnel');
  });

  it('shows special marks as such, with their French label', () => {
    const di = sheetOf((r) => r.result.lines.some((l) => l.mark.kind === 'DI'));
    expect(di.sheet).toMatch(/ DI — dispensé : hors total et coefficients/);
    const abj = sheetOf((r) => r.result.lines.some((l) => l.mark.kind === 'ABJ'));
    expect(abj.sheet).toMatch(/ ABJ 0,00 absence justifiée : compte 0/);
    const ab = sheetOf((r) => r.result.decision === 'ELIMINE');
    expect(ab.sheet).toMatch(/ AB — absence non justifiée : candidat éliminé/);
    expect(ab.sheet).toContain('Décision du jury Éliminé');
    expect(ab.sheet).toMatch(/Motif AB en E\d/);
    const nv = sheetOf((r) => r.result.decision === 'NV');
    expect(nv.sheet).toMatch(/ NV — non valide : diplôme non délivré/);
    expect(nv.sheet).toContain('Décision du jury Non valide');
    const incomplete = sheetOf((r) => r.result.decision === 'INCOMPLET');
    expect(incomplete.sheet).toContain('note non saisie');
    expect(incomplete.sheet).toContain('Incomplet');
  });

  it('shows a bénéfice as « bénéfice 2023 »', () => {
    const { sheet } = sheetOf((r) => Object.values(r.benefices).includes(2023));
    expect(sheet).toContain('12,50');
    expect(sheet).toContain('bénéfice 2023');
  });

  it('shows the épreuve de contrôle, what it replaced, and the moyenne after it', () => {
    const { row, sheet } = sheetOf((r) => r.result.controle.some((l) => l.replaced) && r.result.decision === 'ADMIS');
    expect(sheet).toContain('Épreuve de contrôle');
    expect(sheet).toMatch(/remplacée par le contrôle E\w+ \(\d+,\d\d\)/);
    expect(sheet).toContain('(contrôle)');
    expect(sheet).toContain(`Moyenne générale après l'épreuve de contrôle ${formatAverage(row.result.final!)} / 20`);
    expect(sheet).toContain("Décision du jury Admis après l'épreuve de contrôle");
    const waiting = sheetOf((r) => r.result.decision === 'CONTROLE');
    expect(waiting.sheet).toContain("Autorisé(e) à passer l'épreuve de contrôle");
  });

  it('has no garbled character', () => {
    expect(text).not.toMatch(GARBLED);
    expect(oddCharacters(text)).toEqual([]);
    expect(text).toContain('Établissement');
    expect(text).toContain('Mise en œuvre');
  });
});

describe('relevé de notes PDF, edge cases', () => {
  it('R3: a moyenne of 9,996 is printed 9,99, never 10,00', async () => {
    const result = computeResult(candidate({ E1: '9,97' }), ccst);
    expect(result.decision).toBe('CONTROLE');
    const sheet = await oneSheet(result, { numero: '1', nom: 'Test', prenom: 'Tronqué' }, 'truncated');
    expect(sheet).toContain('Moyenne générale (1er groupe) 9,99 / 20');
    expect(sheet).not.toContain('Moyenne générale (1er groupe) 10,00');
    expect(sheet).toContain('Total des points (1er groupe) 249,91 pour 25 coefficients');
    expect(sheet).toContain('Date de naissance non renseignée');
  });

  it('keeps accents, « » ’ œ Œ and letters outside Windows-1252, and writes Intl spaces readably', async () => {
    const result = computeResult(candidate({}), ccst);
    const bytes = await releveDeNotesPdf([
      {
        session: { ...session, name: `Session « Œdipe » ${new Intl.NumberFormat('fr-FR').format(12345)}` },
        candidate: { numero: '2', nom: 'N’Diaye-Lœwenbruck', prenom: 'Zoé Łucja', dateNaissance: '2004-02-29' },
        etablissement: { name: 'Lycée Saint-Exupéry', uai: '' },
        result,
        benefices: {},
      },
    ]);
    const sheet = squeeze(pdfToText(bytes, 'accents'));
    expect(sheet).toContain('N’DIAYE-LŒWENBRUCK');
    expect(sheet).toContain('Zoé Łucja'); // the embedded Unicode font
    expect(sheet).toContain('Session « Œdipe » 12 345');
    expect(sheet).toContain('Lycée Saint-Exupéry');
    expect(sheet).not.toMatch(GARBLED);
    expect(oddCharacters(sheet)).toEqual([]);
  });
});

describe('relevé de notes PDF, a contrôle covering several épreuves (R6, R9)', () => {
  /** The sheet of one candidate, read back, and the weighted mean its contrôle was compared with. */
  async function sheetAndMean(marks: Record<string, string>, controle: Record<string, string>, regulation = ccst) {
    // The professional units at 10 (R5: the contrôle needs a professional average of 10), the general ones lower.
    const result = computeResult(candidate(marks, controle, { base: '10', regulation }), regulation);
    const line = result.controle.find((l) => l.unit.covers.length > 1)!;
    expect(line, 'a contrôle covering several épreuves').toBeDefined();
    const sheet = await oneSheet(result, { numero: '7', nom: 'Contrôle', prenom: 'Langue' }, `controle-covers-${regulation.id}`);
    return { sheet, mean: formatHundredthsFixed(averageHundredths(line.firstGroup)), line };
  }

  it('2024: E21 and E22 replaced together by the contrôle E2, with the mean it beat, on each of their lines', async () => {
    const { sheet, mean, line } = await sheetAndMean({ E1: '6', E21: '8', E22: '9,5', E3: '7' }, { E2: '14' });
    expect(line.replaced).toBe(true);
    // Said on the E21 line and on the E22 line (the cell wraps after the mean).
    expect(sheet.split(`E21 et E22 (moyenne ${mean})`)).toHaveLength(3);
    expect(sheet.split('remplacées par le contrôle E2 (14,00)')).toHaveLength(3);
    expect(sheet).not.toContain('remplacée par le contrôle E2');
  });

  it('2024, E21 dispensed: the contrôle E2 replaces E22 alone, and the E21 line says only its dispense', async () => {
    const result = computeResult(candidate({ E1: '6', E21: 'DI', E22: '6', E3: '7' }, { E2: '16' }, { base: '10' }), ccst);
    expect(result.controle[0]).toMatchObject({ replaced: true, counted: ['E22'] });
    const sheet = await oneSheet(result, { numero: '8', nom: 'Dispense', prenom: 'Écrit' }, 'controle-e21-dispensed');
    expect(sheet.split('remplacée par le contrôle E2 (16,00)')).toHaveLength(2);
    // The E21 line ends with its dispense (its épreuve's name wraps onto the lines around it).
    expect(sheet).toMatch(/E21 1,5 DI — dispensé : hors total et coefficients\n/);
    expect(sheet).not.toContain('E21 et E22');
    // The contrôle's own table compares it with E22's mark alone, at E22's coefficient.
    expect(sheet).toContain('E2 — Langue vivante étrangère (E22) 1,5 6,00 16,00 16,00 (contrôle)');
  });

  it('2025: E2 and E3 kept together when the contrôle LVA is lower than their mean', async () => {
    const { sheet, mean, line } = await sheetAndMean({ E1: '6', E2: '12,5', E3: '8', E4: '7' }, { LVA: '6' }, btsCcst2025);
    expect(line.replaced).toBe(false);
    expect(sheet.split('contrôle LVA : 6,00, notes de E2 et E3')).toHaveLength(3);
    expect(sheet.split(`(moyenne ${mean}) conservées`)).toHaveLength(3);
  });
});

describe('relevé de notes PDF, issue 16: signed like a CYCLADES relevé', () => {
  it('ends with « Fait à [lieu], le [date] » and the president’s signature block, on the same page, for every candidate', async () => {
    const placed = { ...session, place: 'Toulouse' };
    // The fullest sheets (contrôle, bonus, bénéfices) and a few ordinary ones.
    const chosen = [...rows.filter((r) => r.result.controle.length > 0 || r.result.bonus > 0 || Object.keys(r.benefices).length > 0), ...rows.slice(0, 5)];
    const inputs = chosen.map((r) => ({ ...releveInput(placed, r), jury: { president: 'Mme Françoise Lœillet', date: '2024-07-03' } }));
    const bytes = await releveDeNotesPdf(inputs, { generatedAt: GENERATED_AT });
    expect(pageCount(bytes)).toBe(chosen.length);
    for (const sheet of pages(pdfToText(bytes, 'releves-signed')).map(squeeze)) {
      expect(sheet).toContain('Fait à Toulouse, le 03/07/2024.');
      expect(sheet).toContain('Le président du jury');
      expect(sheet).toContain('Mme Françoise Lœillet');
      expect(sheet).toContain('Signature :');
    }
  });

  it('keeps the fullest sheet (two contrôle units, every optional unit, a bénéfice) on one page with its signature, under both regulations', async () => {
    for (const regulation of [ccst, btsCcst2025]) {
      const optional = Object.fromEntries(regulation.units.filter((u) => u.domain === 'optional').map((u) => [u.code, '11']));
      const controle = Object.fromEntries(regulation.controle.units.slice(0, 2).map((u) => [u.code, '14']));
      const result = computeResult(candidate({ ...optional, E1: '5', E3: '7' }, controle, { regulation }), regulation);
      expect(result.controle).toHaveLength(2);
      const input: ReleveInput = {
        session: { ...session, place: 'Toulouse', centre: 'Lycée Déodat de Séverac', centreAddress: '26 boulevard Déodat de Séverac, 31300 Toulouse' },
        candidate: { numero: '02431000001', nom: 'Morel', prenom: 'Jérôme', dateNaissance: '2004-01-01' },
        etablissement: { name: 'Lycée Déodat de Séverac', uai: '0310044E' },
        result,
        benefices: { E5: 2023 },
        jury: { president: 'Mme Françoise Lœillet', date: '2024-07-03' },
      };
      const [before, after] = [rows[0]!, rows[1]!];
      const bytes = await releveDeNotesPdf([releveInput(session, before), input, input, releveInput(session, after)], { generatedAt: GENERATED_AT });
      expect(pageCount(bytes), regulation.id).toBe(4);
      const sheets = pages(pdfToText(bytes, `releve-full-${regulation.id}`)).map(squeeze);
      expect(sheets[0]).toContain(before.candidate.numero);
      expect(sheets[3]).toContain(after.candidate.numero);
      for (const sheet of sheets.slice(1, 3)) {
        expect(sheet).toContain('MOREL');
        // The centre that issues it, with its address, when the session names one.
        expect(sheet).toContain('Centre d’examen Lycée Déodat de Séverac — 26 boulevard Déodat de Séverac, 31300 Toulouse');
        expect(sheet).toContain('Fait à Toulouse, le 03/07/2024.');
        expect(sheet).toContain('Mme Françoise Lœillet');
      }
    }
  });

  it('leaves dotted blanks when the session has no place nor date yet', async () => {
    const sheet = squeeze(pdfToText(await releveDeNotesPdf([releveInput(session, rows[0]!)]), 'releve-blank'));
    expect(sheet).toContain('Fait à ……………………………………, le …… / …… / …………….');
  });

  it('prints a unit’s points exact (1,5 × 7,25 = 10,875) and the totals and moyennes truncated to two decimals', async () => {
    const result = computeResult(candidate({ E1: '7,33', E21: '7,25', E22: '9,98', E3: '10', E4: '11', E5: '9', U61: '12', U62: '8,01' }), ccst);
    const sheet = squeeze(pdfToText(await releveDeNotesPdf([{ ...releveInput(session, rows[0]!), result }]), 'releve-exact'));
    expect(sheet).toContain('E21 1,5 7,25 10,875');
    expect(sheet).toContain('1,5 9,98 14,97');
    // Total 3×7,33 + 1,5×7,25 + 1,5×9,98 + 3×10 + 6×11 + 4×9 + 3×12 + 3×8,01 = 239,865 → 239,86 (truncated);
    // moyenne 239,865 / 25 = 9,5946 → 9,59.
    expect(sheet).toContain('Total des points (1er groupe) 239,86 pour 25 coefficients');
    expect(sheet).toContain('Moyenne générale (1er groupe) 9,59 / 20');
  });
});
