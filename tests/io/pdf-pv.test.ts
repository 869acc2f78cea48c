/**
 * PV de délibération and contrôle list, read back with pdftotext: counts per decision equal the
 * engine's, candidate lines, signatures, lists, audit annex; no garbled character.
 */
import { passRate, passRateText } from '../../src/domain/jury-stats.ts';
import { countOf } from '../../src/domain/count.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatHundredthsFixed } from '../../src/domain/exact.ts';
import { type Decision, DECISION_LABELS, DECISIONS, formatAverage } from '../../src/domain/results.ts';
import type { AuditEntry, ControleSlot } from '../../src/domain/session.ts';
import { btsCcst2025 } from '../../src/domain/presets/index.ts';
import { convocationsControlePdf, type PvInput, pvDeliberationPdf } from '../../src/io/pdf/pv.ts';
import { exampleRows, GARBLED, GENERATED_AT, oddCharacters, pageCount, pages, pdfToText, regulation, renderFirstPage, squeeze } from './pdf-helpers.ts';

const { session, rows } = exampleRows();

const audit: AuditEntry[] = [
  {
    sessionId: 1,
    at: '2024-07-03T08:00:00',
    who: 'Mme Rossi',
    kind: 'phase',
    candidateId: null,
    numero: '',
    name: '',
    unit: '',
    before: 'preparation',
    after: 'premier_groupe',
    reason: 'Ouverture de la délibération',
  },
  {
    sessionId: 1,
    at: '2024-07-03T09:12:00',
    who: 'M. Dupont',
    kind: 'note',
    candidateId: 5,
    numero: rows[4]!.candidate.numero,
    name: `${rows[4]!.candidate.nom} ${rows[4]!.candidate.prenom}`,
    unit: 'E4',
    before: '9,5',
    after: '10',
    reason: 'Erreur de report de la grille « E4 » — l’examinateur a corrigé',
  },
];

function pvInput(overrides: Partial<PvInput> = {}): PvInput {
  return {
    session,
    jury: { president: 'Mme Françoise Lœillet', members: ['M. Jean Dupont', 'Mme Anna Rossi', 'M. Nguyễn Văn An'], date: '2024-07-03' },
    regulation,
    rows: rows.map((r) => ({ ...r.candidate, result: r.result, benefices: r.benefices })),
    audit,
    ...overrides,
  };
}

/** Counts per decision computed here, straight from the engine's results. */
function engineCounts(pick: (r: (typeof rows)[number]) => Decision): Record<Decision, number> {
  const counts = Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<Decision, number>;
  for (const row of rows) counts[pick(row)]++;
  return counts;
}

/** The text between the page holding `title` and the next section (pages until another header). */
function section(sheets: string[], title: string): string {
  const start = sheets.findIndex((p) => p.includes(title));
  expect(start, title).toBeGreaterThanOrEqual(0);
  let end = start + 1;
  while (end < sheets.length && sheets[end]!.includes(`${pdfTitleCase(title)} (suite)`)) end++;
  return sheets.slice(start, end).join('\f');
}
const pdfTitleCase = (upper: string) => LIST_TITLES_BY_UPPER[upper] ?? upper;
const LIST_TITLES_BY_UPPER: Record<string, string> = {
  'LISTE DES ADMIS': 'Liste des admis',
  "CANDIDATS AUTORISÉS À L'ÉPREUVE DE CONTRÔLE": "Candidats autorisés à l'épreuve de contrôle",
  'DIPLÔME NON DÉLIVRÉ (ÉLIMINÉS, NON VALIDES)': 'Diplôme non délivré (éliminés, non valides)',
};
const numerosIn = (text: string) => new Set(text.match(/\b02431\d{6}\b/g) ?? []);

describe('PV de délibération PDF', () => {
  it('is a landscape A4 PDF', async () => {
    const bytes = await pvDeliberationPdf(pvInput({ rows: [], audit: [] }), { generatedAt: GENERATED_AT });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(Buffer.from(bytes).toString('latin1'));
    expect(Number(box![1])).toBeGreaterThan(Number(box![2]));
    expect(pageCount(bytes)).toBeGreaterThanOrEqual(4);
  });

  it('names the centre d’examen and its address when the session has them, and prints no empty line for them otherwise', async () => {
    const centre = { centre: 'Lycée Déodat de Séverac', centreAddress: '26 boulevard Déodat de Séverac, 31300 Toulouse' };
    const named = squeeze(
      pdfToText(await pvDeliberationPdf(pvInput({ rows: [], audit: [], session: { ...session, ...centre } }), { generatedAt: GENERATED_AT })),
    );
    expect(named).toContain('Centre d’examen Lycée Déodat de Séverac — 26 boulevard Déodat de Séverac, 31300 Toulouse');
    const unnamed = squeeze(pdfToText(await pvDeliberationPdf(pvInput({ rows: [], audit: [] }), { generatedAt: GENERATED_AT })));
    expect(unnamed).not.toContain('Centre d’examen');
  });
});

describe('PV de délibération PDF, read back', () => {
  let text: string;
  let flat: string;
  let sheets: string[];

  beforeAll(async () => {
    const bytes = await pvDeliberationPdf(pvInput(), { generatedAt: GENERATED_AT });
    text = pdfToText(bytes, 'pv');
    flat = squeeze(text);
    sheets = pages(text);
    expect(sheets).toHaveLength(pageCount(bytes));
  });

  it('names the session, the date and the jury', () => {
    expect(flat).toContain('PROCÈS-VERBAL DE DÉLIBÉRATION');
    expect(flat).toContain('Académie de Toulouse');
    expect(flat).toContain('Délibération du 03/07/2024');
    expect(flat).toContain('Président du jury Mme Françoise Lœillet');
    // Semicolons between members: a member's line often holds a comma (« M. Martin, professeur d'économie-gestion »).
    expect(flat).toContain('M. Jean Dupont ; Mme Anna Rossi ; M. Nguyễn Văn An');
    expect(flat).toContain(`Candidats délibérés ${rows.length}`);
  });

  it('has every candidate, and a full line with marks, moyennes and decision', () => {
    const numeros = numerosIn(
      sheets
        .slice(
          0,
          sheets.findIndex((p) => p.includes('LISTE DES ADMIS')),
        )
        .join('\f'),
    );
    for (const row of rows) expect(numeros.has(row.candidate.numero), row.candidate.numero).toBe(true);

    const row = rows.find(
      (r) => r.result.decision === 'ADMIS' && r.result.controle.length === 0 && Object.keys(r.benefices).length === 0 && r.candidate.nom.length < 9,
    )!;
    const marks = row.result.lines
      .filter((l) => l.mark.kind !== 'empty')
      .map((l) => (l.mark.kind === 'number' ? formatHundredthsFixed(l.mark.hundredths) : l.mark.kind));
    const expected = [
      row.candidate.numero,
      row.candidate.nom.toLocaleUpperCase('fr'),
      row.candidate.prenom,
      ...marks,
      formatAverage(row.result.firstGroup!),
      formatAverage(row.result.professional!),
      formatAverage(row.result.final!),
      'Admis',
    ].join(' ');
    expect(flat.split('\n').map((l) => l.trim())).toContain(expected);
  });

  it('counts each decision exactly as the engine, after the first group and in the end', () => {
    const final = engineCounts((r) => r.result.decision);
    const firstGroup = engineCounts((r) => r.result.firstGroupDecision);
    for (const decision of DECISIONS) {
      const line = new RegExp(`^ *${DECISION_LABELS[decision]} +(\\d+) +(\\d+) *$`, 'm');
      const match = line.exec(text);
      expect(match, decision).not.toBeNull();
      expect(Number(match![1]), `${decision} after the 1st group`).toBe(firstGroup[decision]);
      expect(Number(match![2]), `${decision} final`).toBe(final[decision]);
    }
    expect(flat).toMatch(new RegExp(`Total ${rows.length} ${rows.length}`));
    // Issue 16: the Jury tab's definition and writing (domain/jury-stats.ts), not a second one.
    const rate = passRate(final);
    const over = rows.length - final.INCOMPLET;
    expect(rate.over).toBe(over);
    expect(flat).toContain(`Taux de réussite ${passRateText(rate)} (${final.ADMIS} admis sur ${over} candidats ayant une décision)`);
    expect(flat).toContain(`${countOf(final.CONTROLE, 'candidat')} en attente de l’épreuve de contrôle`);
  });

  it('has the signature blocks of the president and of every member', () => {
    expect(flat).toContain('Fait à');
    expect(flat).toContain('le 03/07/2024.');
    expect(flat).toContain('Le président du jury');
    expect(flat.match(/Membre du jury/g)).toHaveLength(3);
    expect(flat.match(/Signature :/g)).toHaveLength(4);
  });

  it('lists the admis, the candidates allowed to the contrôle, and those who cannot get the diploma', () => {
    const admis = numerosIn(section(sheets, 'LISTE DES ADMIS'));
    expect(admis).toEqual(new Set(rows.filter((r) => r.result.decision === 'ADMIS').map((r) => r.candidate.numero)));

    const controleText = section(sheets, "CANDIDATS AUTORISÉS À L'ÉPREUVE DE CONTRÔLE");
    const controle = numerosIn(controleText);
    expect(controle).toEqual(new Set(rows.filter((r) => r.result.firstGroupDecision === 'CONTROLE').map((r) => r.candidate.numero)));
    expect(controleText).toContain('en attente');

    const refusedText = section(sheets, 'DIPLÔME NON DÉLIVRÉ (ÉLIMINÉS, NON VALIDES)');
    const refused = rows.filter((r) => r.result.decision === 'ELIMINE' || r.result.decision === 'NV');
    expect(numerosIn(refusedText)).toEqual(new Set(refused.map((r) => r.candidate.numero)));
    for (const r of refused) expect(squeeze(refusedText)).toContain(r.result.reason);
  });

  it('has the audit trail as an annex', () => {
    const annex = squeeze(sheets.at(-1)!);
    expect(annex).toContain('Annexe — Journal des modifications pendant la délibération');
    expect(annex).toContain('03/07/2024 09:12 M. Dupont Note');
    expect(annex).toContain(`${rows[4]!.candidate.numero}`);
    expect(annex).toContain('E4 9,5 10');
    expect(annex).toContain('Erreur de report de la grille « E4 » — l’examinateur a corrigé');
    expect(annex).toContain('Préparation');
    expect(annex).toContain('Ouverture de la délibération');
  });

  it('numbers its pages and has no garbled character', () => {
    expect(flat).toContain(`Page 1 / ${sheets.length}`);
    expect(flat).toContain(`Page ${sheets.length} / ${sheets.length}`);
    expect(flat).toContain('Procès-verbal de délibération (suite)');
    expect(text).not.toMatch(GARBLED);
    expect(oddCharacters(text)).toEqual([]);
  });

  it('says so when the audit trail is empty and when a list is empty', async () => {
    const bytes = await pvDeliberationPdf(
      pvInput({
        rows: rows
          .filter((r) => r.result.decision === 'ADMIS')
          .slice(0, 3)
          .map((r) => ({ ...r.candidate, result: r.result })),
        audit: [],
      }),
    );
    const small = squeeze(pdfToText(bytes, 'pv-small'));
    expect(small).toContain('Aucune modification enregistrée.');
    expect(small).toContain('Aucun candidat.');
    expect(small).toContain('Taux de réussite 100,0 % (3 admis sur 3 candidats ayant une décision)');
  });
});

describe('PV de délibération PDF of more than a thousand candidates', () => {
  it('writes its counts as French does, thousands apart (« 1 190 »), never « 1190 »', async () => {
    const many = Array.from({ length: 7 }, () => rows).flat();
    const bytes = await pvDeliberationPdf(pvInput({ rows: many.map((r) => ({ ...r.candidate, result: r.result, benefices: r.benefices })), audit: [] }));
    const flat = squeeze(pdfToText(bytes, 'pv-many'));
    const total = many.length;
    expect(total).toBe(1190);
    const rate = passRate(Object.fromEntries(DECISIONS.map((d) => [d, many.filter((r) => r.result.decision === d).length])) as Record<Decision, number>);
    expect(rate.over).toBeGreaterThan(1000);
    const spaced = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/, ' ');
    expect(flat).toContain(`Candidats délibérés ${spaced(total)}`);
    expect(flat).toContain(`Total ${spaced(total)} ${spaced(total)}`);
    expect(flat).toContain(`(${spaced(rate.admis)} admis sur ${spaced(rate.over)} candidats ayant une décision)`);
    expect(flat).not.toMatch(/\b1\d{3}\b/);
  }, 60_000);
});

describe('épreuves de contrôle list PDF', () => {
  it('lists only the candidates allowed to the contrôle, with their chosen units and blank time and room', async () => {
    const allowed = rows.filter((r) => r.result.firstGroupDecision === 'CONTROLE');
    const chosen = allowed[0]!;
    const bytes = await convocationsControlePdf(
      {
        session,
        regulation,
        date: '2024-07-08',
        rows: rows.map((r) => ({
          ...r.candidate,
          result: r.result,
          controleUnits: r === chosen ? ['E1', 'E2'] : r.controleUnits,
        })),
      },
      { generatedAt: GENERATED_AT },
    );
    const text = pdfToText(bytes, 'convocations');
    const flat = squeeze(text);
    expect(numerosIn(text)).toEqual(new Set(allowed.map((r) => r.candidate.numero)));
    expect(flat).toContain(`Candidats convoqués (${allowed.length}) — épreuves du 08/07/2024`);
    expect(pageCount(bytes)).toBeGreaterThan(allowed.length); // one convocation per candidate, then the summary
    expect(flat).toMatch(/N° candidat Nom Prénom Épreuve de contrôle Date Heure Salle/);
    expect(flat).toContain('E1 — Culture générale et expression');
    expect(flat).toContain('E2 — Langue vivante étrangère');
    expect(flat).toContain('à choisir (2 parmi E1, E2, E3)');
    expect(oddCharacters(text)).toEqual([]);
    renderFirstPage(bytes, 'pdf-convocations');
  });
});

describe('PV de délibération PDF, issue 16', () => {
  const juryLine: AuditEntry = {
    sessionId: 1,
    at: '2024-07-03T10:00:00',
    who: 'Mme Rossi',
    kind: 'jury',
    candidateId: 5,
    numero: rows[4]!.candidate.numero,
    name: `${rows[4]!.candidate.nom} ${rows[4]!.candidate.prenom}`,
    unit: 'Épreuves de contrôle choisies',
    before: 'aucune',
    after: 'E1, E3',
    reason: 'Décision du jury',
  };

  it('is signed « Fait à [lieu], le [date] » from the session settings, and says « provisoire » until the deliberation is closed', async () => {
    const placed = { ...session, place: 'Toulouse' };
    const provisional = squeeze(
      pdfToText(await pvDeliberationPdf(pvInput({ session: placed, phase: 'premier_groupe_clos' }), { generatedAt: GENERATED_AT }), 'pv-provisoire'),
    );
    expect(provisional).toContain('PROCÈS-VERBAL PROVISOIRE DE DÉLIBÉRATION');
    expect(provisional).toContain("Délibération du 03/07/2024 — à l'issue du 1er groupe, épreuves de contrôle en cours");
    expect(provisional).toContain('Fait à Toulouse, le 03/07/2024.');
    const final = squeeze(
      pdfToText(await pvDeliberationPdf(pvInput({ session: placed, phase: 'second_groupe_clos' }), { generatedAt: GENERATED_AT }), 'pv-final'),
    );
    expect(final).toContain('PROCÈS-VERBAL DE DÉLIBÉRATION');
    expect(final).not.toContain('PROVISOIRE');
    // Before the 1er groupe is closed the jury has decided nothing: not offered for signature (as the relevés then).
    for (const phase of ['preparation', 'premier_groupe'] as const) {
      const draft = squeeze(pdfToText(await pvDeliberationPdf(pvInput({ session: placed, phase }), { generatedAt: GENERATED_AT }), `pv-${phase}`));
      expect(draft).toContain(
        'Procès-verbal provisoire, édité avant la clôture du 1er groupe : il ne vaut pas procès-verbal de délibération. Ne pas le signer.',
      );
      expect(draft).not.toContain('Fait à');
      expect(draft).not.toContain('Le président du jury');
    }
  });

  it('once closed, says the candidates left without a mark have no decision, not that the results are provisional', async () => {
    const decided = rows.filter((r) => r.result.decision !== 'CONTROLE');
    const incomplete = decided.filter((r) => r.result.decision === 'INCOMPLET').length;
    expect(incomplete).toBeGreaterThan(0);
    const input = pvInput({ phase: 'second_groupe_clos', rows: decided.map((r) => ({ ...r.candidate, result: r.result, benefices: r.benefices })) });
    const closed = squeeze(pdfToText(await pvDeliberationPdf(input, { generatedAt: GENERATED_AT }), 'pv-closed-incomplete'));
    expect(closed).not.toContain('provisoires');
    expect(closed).toContain(`Sans décision ${countOf(incomplete, 'candidat')} (note manquante à la clôture)`);
    const open = squeeze(pdfToText(await pvDeliberationPdf({ ...input, phase: 'premier_groupe' }, { generatedAt: GENERATED_AT }), 'pv-open-incomplete'));
    expect(open).toContain(
      `Résultats provisoires 0 candidat en attente de l’épreuve de contrôle, ${countOf(incomplete, 'candidat')} sans décision (note manquante)`,
    );
  });

  it('never splits a word across two lines in a table (the journal annex’s « Épreuves de contrôle choisies »)', async () => {
    const text = pdfToText(await pvDeliberationPdf(pvInput({ audit: [...audit, juryLine] }), { generatedAt: GENERATED_AT }), 'pv-words');
    const annex = text.slice(text.indexOf('Annexe'));
    expect(annex).toMatch(/Épreuves/);
    expect(annex).not.toMatch(/Épreuv\s*$/m);
    for (const word of ['Épreuves', 'contrôle', 'choisies', 'Ouverture', 'délibération']) expect(annex).toContain(word);
  });
});

describe('convocations à l’épreuve de contrôle, issue 16', () => {
  it('gives each candidate a page with the centre, its address, the date, hour and room of each chosen unit and what to bring', async () => {
    const allowed = rows.filter((r) => r.result.firstGroupDecision === 'CONTROLE');
    const [first, second] = allowed;
    const schedules = new Map<(typeof rows)[number] | undefined, { units: string[]; schedule: Record<string, ControleSlot> }>([
      [
        first,
        { units: ['E1', 'E3'], schedule: { E1: { date: '2024-07-08', time: '09:00', room: 'B12' }, E3: { date: '2024-07-08', time: '10:30', room: 'B14' } } },
      ],
      [second, { units: ['E2'], schedule: { E2: { date: '2024-07-09', time: '14:00', room: 'Salle des langues' } } }],
    ]);
    const placed = { ...session, place: 'Toulouse', centre: 'Lycée Déodat de Séverac', centreAddress: '26 boulevard Déodat de Séverac, 31300 Toulouse' };
    const bytes = await convocationsControlePdf(
      {
        session: placed,
        regulation,
        date: '2024-07-08',
        until: '2024-07-09',
        jury: { president: 'Mme Françoise Lœillet', date: '2024-07-03' },
        rows: rows.map((r) => ({
          ...r.candidate,
          result: r.result,
          controleUnits: schedules.get(r)?.units ?? r.controleUnits,
          schedule: schedules.get(r)?.schedule,
        })),
      },
      { generatedAt: GENERATED_AT },
    );
    const sheets = pages(pdfToText(bytes, 'convocations-individuelles')).map(squeeze);
    expect(sheets.length).toBeGreaterThanOrEqual(allowed.length + 1);
    const sheetOf = (numero: string) => sheets.find((p) => p.includes('CONVOCATION À L’ÉPREUVE DE CONTRÔLE') && p.includes(numero))!;
    const one = sheetOf(first!.candidate.numero);
    expect(one).toContain('Centre d’examen Lycée Déodat de Séverac');
    expect(one).toContain('Adresse 26 boulevard Déodat de Séverac, 31300 Toulouse');
    expect(one).toMatch(/E1 — Culture générale et expression 08\/07\/2024 09:00 B12/);
    expect(one).toMatch(/E3 — Culture économique, juridique et managériale 08\/07\/2024 10:30 B14/);
    expect(one).toContain('une pièce d’identité officielle en cours de validité');
    expect(one).toContain('Fait à Toulouse, le 03/07/2024.');
    expect(one).toContain('Mme Françoise Lœillet');
    const two = sheetOf(second!.candidate.numero);
    // E2 is a language unit: the candidate's language beside it, for the centre to call the right examiner.
    expect(two).toMatch(new RegExp(`E2 — Langue vivante étrangère : ${second!.candidate.langueVivante}\\s+09/07/2024\\s+14:00`));
    expect(two).toContain('Salle des');
    expect(two).toContain('langues');
    // The summary reflects the same choices; a candidate with contrôle marks already reads its units, not « à choisir ».
    const summary = sheets.slice(allowed.length).join('\n');
    // Over two days (a candidate sits on the 9th): the whole period, not its first day alone.
    expect(summary).toContain(`Candidats convoqués (${allowed.length}) — épreuves du 08/07/2024 au 09/07/2024`);
    expect(summary).toMatch(/08\/07\/2024 09:00 B12/);
    for (const r of allowed.filter((r) => r.result.controle.length > 0)) {
      const sheet = sheetOf(r.candidate.numero);
      expect(sheet).not.toContain('Épreuves à choisir');
      for (const line of r.result.controle) expect(sheet).toContain(`${line.unit.code} — `);
    }
  });
});

describe('convocations à l’épreuve de contrôle: wording and the candidate’s language', () => {
  const allowed = rows.filter((r) => r.result.firstGroupDecision === 'CONTROLE');

  /** Each page's text, lines joined; `lines`: each page's lines (a table row's cells stay on their line). */
  async function convocationSheets(input: Omit<Parameters<typeof convocationsControlePdf>[0], 'session'>, name: string) {
    const bytes = await convocationsControlePdf({ session, date: '2024-07-08', ...input }, { generatedAt: GENERATED_AT });
    renderFirstPage(bytes, name);
    const text = pdfToText(bytes, name);
    expect(oddCharacters(text)).toEqual([]);
    return Object.assign(
      pages(text).map((p) => squeeze(p).replace(/\s*\n\s*/g, ' ')),
      { lines: pages(text).map((p) => squeeze(p).split('\n')) },
    );
  }
  /** The summary's lines around a candidate's numéro (a wrapped unit label ends on it or just under it). */
  const summaryLine = (sheets: { lines: string[][] }, numero: string) => {
    const lines = sheets.lines.at(-1)!;
    const at = lines.findIndex((l) => l.includes(numero));
    expect(at).toBeGreaterThanOrEqual(0);
    return lines.slice(at, at + 2).join(' ');
  };

  it('the summary counts the oral épreuves in French (« 2 épreuves orales », « 1 épreuve orale »), never « épreuve(s) »', async () => {
    const two = await convocationSheets(
      { regulation, rows: rows.map((r) => ({ ...r.candidate, result: r.result, controleUnits: r.controleUnits })) },
      'conv-two',
    );
    const summary = two.slice(allowed.length).join(' ');
    expect(summary).toContain('2 épreuves orales au plus, parmi E1, E2, E3.');
    expect(two.join(' ')).not.toContain('(s)');
    const single = { ...regulation, controle: { ...regulation.controle, maxUnits: 1 } };
    const one = await convocationSheets({ regulation: single, rows: rows.map((r) => ({ ...r.candidate, result: r.result, controleUnits: [] })) }, 'conv-one');
    expect(one.slice(allowed.length).join(' ')).toContain('1 épreuve orale au plus, parmi E1, E2, E3.');
    expect(one.join(' ')).not.toContain('(s)');
  });

  it('says what an unjustified absence does, without the circular « absence … vaut absence »', async () => {
    const sheets = await convocationSheets(
      { regulation, rows: rows.map((r) => ({ ...r.candidate, result: r.result, controleUnits: r.controleUnits })) },
      'conv-absence',
    );
    for (const sheet of sheets.slice(0, allowed.length)) {
      expect(sheet).toContain('Présentez-vous quinze minutes avant l’heure indiquée.');
      expect(sheet).toContain('Une absence non justifiée est notée AB : la note du 1er groupe est alors conservée.');
      expect(sheet).not.toContain('vaut absence');
    }
  });

  it('2024: the E2 (langue vivante) convocation and the summary name the candidate’s language; E1 none', async () => {
    const [first] = allowed;
    const sheets = await convocationSheets(
      {
        regulation,
        rows: rows.map((r) => ({
          ...r.candidate,
          langueVivante: r === first ? 'Espagnol' : r.candidate.langueVivante,
          result: r.result,
          controleUnits: r === first ? ['E1', 'E2'] : r.controleUnits,
        })),
      },
      'conv-langue-2024',
    );
    const sheet = sheets.find((p) => p.includes(first!.candidate.numero))!;
    expect(sheet).toContain('E2 — Langue vivante étrangère : Espagnol');
    expect(sheet).not.toContain('E1 — Culture générale et expression :');
    const summary = sheets.slice(allowed.length).join(' ');
    expect(summary).toContain('E2 — Langue vivante étrangère :');
    expect(summaryLine(sheets, first!.candidate.numero)).toContain('Espagnol');
  });

  it('2025: the LVA convocation and the summary name the candidate’s language; a language not given is said to be missing', async () => {
    const example2025 = exampleRows(btsCcst2025);
    const allowed2025 = example2025.rows.filter((r) => r.result.firstGroupDecision === 'CONTROLE');
    expect(allowed2025.length).toBeGreaterThan(1);
    const [first, second] = allowed2025;
    const sheets = await convocationSheets(
      {
        regulation: btsCcst2025,
        rows: example2025.rows.map((r) => ({
          ...r.candidate,
          langueVivante: r === first ? 'Espagnol' : r === second ? '' : r.candidate.langueVivante,
          result: r.result,
          controleUnits: r === first ? ['E1', 'LVA'] : r === second ? ['LVA'] : r.controleUnits,
        })),
      },
      'conv-langue-2025',
    );
    const sheet = sheets.find((p) => p.includes(first!.candidate.numero) && p.includes('CONVOCATION'))!;
    expect(sheet).toContain('LVA — Langue vivante étrangère A : Espagnol');
    expect(sheet).not.toContain('E1 — Culture générale et expression :');
    const other = sheets.find((p) => p.includes(second!.candidate.numero) && p.includes('CONVOCATION'))!;
    expect(other).toContain('LVA — Langue vivante étrangère A : langue non renseignée');
    const summary = sheets.slice(allowed2025.length).join(' ');
    expect(summary).toContain('LVA — Langue vivante étrangère A :');
    expect(summaryLine(sheets, first!.candidate.numero)).toContain('Espagnol');
    expect(summaryLine(sheets, second!.candidate.numero)).toContain('langue non renseignée');
    expect(summary).toContain('2 épreuves orales au plus, parmi E1, LVA, E4.');
  });
});
