/**
 * Relevés de notes and convocations printed before the jury has decided: provisional, and said so on the page
 * (title, the phase in the PV's words, « Résultat calculé » rather than « Décision du jury », no signature), with
 * every mark and moyenne as on the final sheet; final once the jury has decided the candidate.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DeliberationPhase } from '../../src/domain/session.ts';
import { decisionText } from '../../src/io/pdf/document.ts';
import { convocationsControlePdf } from '../../src/io/pdf/pv.ts';
import { releveDeNotesPdf } from '../../src/io/pdf/releve.ts';
import { exampleRows, GENERATED_AT, oddCharacters, pageCount, pages, pdfToText, regulation, releveInput, squeeze } from './pdf-helpers.ts';

const { session, rows } = exampleRows();
const placed = { ...session, place: 'Toulouse', centre: 'Lycée Déodat de Séverac', centreAddress: '26 boulevard Déodat de Séverac, 31300 Toulouse' };
const jury = { president: 'Mme Françoise Lœillet', date: '2024-07-03' };

type Row = (typeof rows)[number];
/** The text on one line: a framed notice or a long sentence wraps where its width says. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const find = (what: string, accept: (r: Row) => boolean): Row => {
  const row = rows.find(accept);
  expect(row, what).toBeDefined();
  return row!;
};

// One candidate of each kind the jury decides on differently.
const admis = find('admis au 1er groupe', (r) => r.result.firstGroupDecision === 'ADMIS' && r.result.bonus > 0);
const ajourne = find('ajourné au 1er groupe', (r) => r.result.firstGroupDecision === 'AJOURNE');
const elimine = find('éliminé', (r) => r.result.firstGroupDecision === 'ELIMINE');
const controle = find('autorisé au contrôle, sans note de contrôle', (r) => r.result.decision === 'CONTROLE');
const afterControle = find('admis après le contrôle', (r) => r.result.firstGroupDecision === 'CONTROLE' && r.result.decision === 'ADMIS');
const chosen = [admis, ajourne, elimine, controle, afterControle];

/** The relevés of `chosen` in `phase`, one squeezed page each, in the same order. */
async function sheets(phase: DeliberationPhase | undefined, name: string): Promise<string[]> {
  const bytes = await releveDeNotesPdf(
    chosen.map((r) => ({ ...releveInput(placed, r), jury, ...(phase ? { phase } : {}) })),
    { generatedAt: GENERATED_AT },
  );
  expect(pageCount(bytes), name).toBe(chosen.length);
  return pages(pdfToText(bytes, name)).map(squeeze);
}

/** The body of a sheet: from the candidate's identity to the last moyenne (what must not change with the phase). */
function body(sheet: string): string {
  const start = sheet.indexOf('N° de candidat');
  const end = sheet.indexOf('Moyenne du domaine professionnel');
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return sheet.slice(start, sheet.indexOf('\n', end));
}

function expectFinal(sheet: string, row: Row): void {
  expect(sheet).toContain('RELEVÉ DE NOTES');
  expect(sheet).not.toMatch(/provisoire/i);
  expect(sheet).toContain(`Décision du jury ${decisionText(row.result, true)}`);
  expect(sheet).not.toContain('Résultat calculé');
  expect(sheet).toContain('Fait à Toulouse, le 03/07/2024.');
  expect(sheet).toContain('Le président du jury');
  expect(sheet).toContain('Signature :');
}

function expectProvisional(sheet: string, row: Row, why: string): void {
  expect(sheet).toContain('RELEVÉ DE NOTES PROVISOIRE');
  expect(sheet).toContain(`Résultat provisoire : ${why}`);
  expect(sheet).not.toContain('Décision du jury');
  // The label on two lines, the decision beside them (pdftotext puts it between).
  expect(flat(sheet)).toMatch(new RegExp(`Résultat calculé ${escape(decisionText(row.result, true))} \\(sous réserve de la délibération\\)`));
  // Not offered for signature: no « Fait à … », no president's box; a line says why instead.
  expect(sheet).not.toContain('Fait à');
  expect(sheet).not.toContain('Le président du jury');
  expect(sheet).not.toContain('Signature :');
  expect(flat(sheet)).toContain('Relevé provisoire, édité avant la décision du jury');
  expect(flat(sheet)).toContain('ne vaut pas relevé de notes officiel');
}

describe('relevé de notes printed before the jury has decided', () => {
  let final: string[];
  beforeAll(async () => {
    final = await sheets('second_groupe_clos', 'releves-closed');
  });

  it('before the deliberation: every relevé is provisional, with the computed decision and no signature', async () => {
    const provisional = await sheets('preparation', 'releves-preparation');
    chosen.forEach((row, i) => expectProvisional(provisional[i]!, row, 'délibération non ouverte'));
    expect(flat(provisional[0]!)).toContain('Résultat calculé Admis (sous réserve');
    expect(flat(provisional[3]!)).toContain("Résultat calculé Autorisé(e) à passer l'épreuve de contrôle (sous réserve");
    expect(flat(provisional[4]!)).toContain("Résultat calculé Admis après l'épreuve de contrôle (sous réserve");
    expect(oddCharacters(provisional.join('\n'))).toEqual([]);
  });

  it('keeps every mark, point, total and moyenne of the final sheet', async () => {
    const provisional = await sheets('preparation', 'releves-preparation-body');
    chosen.forEach((_, i) => expect(body(provisional[i]!)).toBe(body(final[i]!)));
    for (const sheet of provisional) expect(sheet).toContain('Moyennes et totaux tronqués à deux décimales');
  });

  it('while the 1er groupe is deliberated: provisional, « délibération du 1er groupe en cours »', async () => {
    const open = await sheets('premier_groupe', 'releves-premier-groupe');
    chosen.forEach((row, i) => expectProvisional(open[i]!, row, 'délibération du 1er groupe en cours'));
  });

  it('once the 1er groupe is closed: final for the candidates it decided, provisional for those at the contrôle', async () => {
    const closed = await sheets('premier_groupe_clos', 'releves-premier-groupe-clos');
    expectFinal(closed[0]!, admis);
    expect(closed[0]).toContain('Décision du jury Admis');
    expectFinal(closed[1]!, ajourne);
    expectFinal(closed[2]!, elimine);
    expect(closed[2]).toContain('Décision du jury Éliminé');
    const why = "à l'issue du 1er groupe, épreuves de contrôle en cours";
    expectProvisional(closed[3]!, controle, why);
    // Its contrôle marks are in, but the jury has not closed the 2nd groupe: still computed, not decided.
    expectProvisional(closed[4]!, afterControle, why);
    expect(body(closed[4]!)).toBe(body(final[4]!));
  });

  it('once the deliberation is closed: every relevé is final (as when no phase is given)', async () => {
    chosen.forEach((row, i) => expectFinal(final[i]!, row));
    const unknown = await sheets(undefined, 'releves-no-phase');
    chosen.forEach((row, i) => expectFinal(unknown[i]!, row));
  });

  it('fits the fullest provisional sheet on one page', async () => {
    const full = rows.filter((r) => r.result.controle.length > 0 || r.result.bonus > 0 || Object.keys(r.benefices).length > 0);
    const bytes = await releveDeNotesPdf(
      full.map((r) => ({ ...releveInput(placed, r), jury, phase: 'preparation' as const })),
      { generatedAt: GENERATED_AT },
    );
    expect(pageCount(bytes)).toBe(full.length);
    for (const sheet of pages(pdfToText(bytes, 'releves-full-provisional')).map(flat)) expect(sheet).toContain('ne vaut pas relevé de notes officiel');
  });
});

describe('convocations à l’épreuve de contrôle printed before the 1er groupe is closed', () => {
  const allowed = rows.filter((r) => r.result.firstGroupDecision === 'CONTROLE');

  async function convocations(phase: DeliberationPhase | undefined, name: string): Promise<{ individual: string[]; summary: string }> {
    const bytes = await convocationsControlePdf(
      {
        session: placed,
        regulation,
        date: '2024-07-08',
        jury,
        rows: rows.map((r) => ({ ...r.candidate, result: r.result, controleUnits: r.controleUnits })),
        ...(phase ? { phase } : {}),
      },
      { generatedAt: GENERATED_AT },
    );
    const all = pages(pdfToText(bytes, name)).map(squeeze);
    return { individual: all.slice(0, allowed.length), summary: all.slice(allowed.length).join('\n') };
  }

  for (const [phase, why] of [
    ['preparation', 'délibération non ouverte'],
    ['premier_groupe', 'délibération du 1er groupe en cours'],
  ] as const) {
    it(`${phase}: each convocation is provisional, « sous réserve de la délibération du 1er groupe », and not signed`, async () => {
      const { individual, summary } = await convocations(phase, `convocations-${phase}`);
      expect(individual).toHaveLength(allowed.length);
      individual.forEach((sheet, i) => {
        expect(sheet).toContain('CONVOCATION PROVISOIRE À L’ÉPREUVE DE CONTRÔLE');
        expect(sheet).toContain(`Sous réserve de la délibération du 1er groupe — ${why}`);
        expect(sheet).toContain(allowed[i]!.candidate.numero);
        expect(sheet).not.toContain('Le jury vous autorise');
        expect(flat(sheet)).toContain('vous permettent de passer l’épreuve de contrôle, sous réserve de la délibération du 1er groupe');
        expect(sheet).not.toContain('Le président du jury');
        expect(sheet).not.toContain('Signature :');
        expect(flat(sheet)).toContain('elle ne vaut pas convocation');
        // The rest is as on the final convocation.
        expect(sheet).toContain('Centre d’examen Lycée Déodat de Séverac');
        expect(sheet).toContain('une pièce d’identité officielle en cours de validité');
      });
      expect(summary).toContain('ÉPREUVES DE CONTRÔLE (PROVISOIRE)');
      expect(flat(summary)).toContain('sous réserve de la délibération du 1er groupe');
    });
  }

  for (const phase of ['premier_groupe_clos', 'second_groupe_clos', undefined] as const) {
    it(`${phase ?? 'no phase given'}: each convocation says the jury authorises the candidate, and is signed`, async () => {
      const { individual, summary } = await convocations(phase, `convocations-${phase ?? 'none'}`);
      expect(individual).toHaveLength(allowed.length);
      for (const sheet of individual) {
        expect(sheet).toContain('CONVOCATION À L’ÉPREUVE DE CONTRÔLE');
        expect(sheet).toContain('Le jury vous autorise à passer l’épreuve de contrôle');
        expect(sheet).not.toMatch(/provisoire|sous réserve/i);
        expect(sheet).toContain('Fait à Toulouse, le 03/07/2024.');
        expect(sheet).toContain('Le président du jury');
        expect(sheet).toContain('Signature :');
      }
      expect(summary).not.toMatch(/provisoire|sous réserve/i);
    });
  }
});
