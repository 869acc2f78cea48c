/**
 * Layout of the documents (issue 16): every piece of text drawn stays inside its page, and no two pieces of
 * text overlap. jsPDF is wrapped so that each `text` call is recorded with its box, measured with jsPDF's own
 * text measurements (font, size, alignment, line height) on the page it was drawn on. This asserts; pdftoppm
 * renderings are for looking.
 */
import type { DeliberationPhase } from '../../src/domain/session.ts';
import { describe, expect, it, vi } from 'vitest';
import type { jsPDF as JsPdf } from 'jspdf';

interface Box {
  page: number;
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  pageWidth: number;
  pageHeight: number;
}

const recorded: Box[] = [];

vi.mock('jspdf', async (importOriginal) => {
  const mod = await importOriginal<typeof import('jspdf')>();
  class Recording extends mod.jsPDF {
    constructor(...args: ConstructorParameters<typeof mod.jsPDF>) {
      super(...args);
      record(this as unknown as JsPdf);
    }
  }
  return { ...mod, jsPDF: Recording, default: Recording };
});

function record(doc: JsPdf): void {
  const original = doc.text.bind(doc) as (...args: unknown[]) => JsPdf;
  (doc as unknown as { text: (...args: unknown[]) => JsPdf }).text = (text: unknown, x: unknown, y: unknown, options?: unknown, ...rest: unknown[]) => {
    const lines = (Array.isArray(text) ? text.map(String) : String(text).split('\n')).filter((l) => l.trim() !== '');
    if (lines.length > 0 && typeof x === 'number' && typeof y === 'number') {
      const opts = (options ?? {}) as { align?: string; lineHeightFactor?: number; baseline?: string };
      const size = doc.getFontSize() / doc.internal.scaleFactor; // mm
      const width = Math.max(...lines.map((l) => doc.getTextWidth(l)));
      const lineHeight = size * (opts.lineHeightFactor ?? doc.getLineHeightFactor());
      const left = opts.align === 'center' ? x - width / 2 : opts.align === 'right' ? x - width : x;
      const top = opts.baseline === 'top' ? y : y - 0.7 * size;
      recorded.push({
        page: doc.getCurrentPageInfo().pageNumber,
        text: lines.join(' / '),
        left,
        right: left + width,
        top,
        bottom: top + 0.7 * size + (lines.length - 1) * lineHeight + 0.2 * size,
        pageWidth: doc.internal.pageSize.getWidth(),
        pageHeight: doc.internal.pageSize.getHeight(),
      });
    }
    return original(text, x, y, options, ...rest);
  };
}

/** Records the text boxes drawn while `make` runs. */
async function boxesOf(make: () => Promise<Uint8Array>): Promise<Box[]> {
  recorded.length = 0;
  await make();
  return recorded.splice(0);
}

const EDGE = 2; // mm: nothing printed closer to the edge of the sheet

function outside(boxes: Box[]): string[] {
  return boxes
    .filter((b) => b.left < EDGE || b.top < EDGE || b.right > b.pageWidth - EDGE || b.bottom > b.pageHeight - EDGE)
    .map(
      (b) =>
        `page ${b.page} « ${b.text} » (${b.left.toFixed(1)}–${b.right.toFixed(1)} × ${b.top.toFixed(1)}–${b.bottom.toFixed(1)} on ${b.pageWidth.toFixed(0)} × ${b.pageHeight.toFixed(0)})`,
    );
}

function overlaps(boxes: Box[]): string[] {
  const found: string[] = [];
  const byPage = new Map<number, Box[]>();
  for (const b of boxes) byPage.set(b.page, [...(byPage.get(b.page) ?? []), b]);
  for (const [page, list] of byPage) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 0.3 && y > 0.3) found.push(`page ${page}: « ${a.text} » over « ${b.text} »`);
      }
    }
  }
  return found;
}

async function laidOut(make: () => Promise<Uint8Array>): Promise<Box[]> {
  const boxes = await boxesOf(make);
  expect(boxes.length).toBeGreaterThan(20);
  expect(outside(boxes)).toEqual([]);
  expect(overlaps(boxes)).toEqual([]);
  return boxes;
}

describe('PDF layout: no text outside the page nor over another text', async () => {
  const { exampleRows, releveInput, regulation, GENERATED_AT } = await import('./pdf-helpers.ts');
  const { session, rows } = exampleRows();
  const placed = { ...session, place: 'Toulouse', centre: 'Lycée Déodat de Séverac', centreAddress: '26 boulevard Déodat de Séverac, 31300 Toulouse' };
  const jury = { president: 'Mme Françoise Lœillet', date: '2024-07-03' };

  it('the recorder sees what is drawn (a text off the page is caught)', async () => {
    const { jsPDF } = await import('jspdf');
    const boxes = await boxesOf(async () => {
      const doc = new jsPDF();
      doc.text('dans la page', 20, 20);
      doc.text('hors de la page, à droite', 200, 40);
      doc.text('par-dessus', 22, 20);
      return new Uint8Array(doc.output('arraybuffer'));
    });
    expect(outside(boxes)).toHaveLength(1);
    expect(overlaps(boxes)).toHaveLength(1);
  });

  it('relevés de notes (the fullest sheets: contrôle, bonus, bénéfices), signed', async () => {
    const { releveDeNotesPdf } = await import('../../src/io/pdf/releve.ts');
    const full = rows.filter((r) => r.result.controle.length > 0 || r.result.bonus > 0 || Object.keys(r.benefices).length > 0).slice(0, 8);
    await laidOut(() =>
      releveDeNotesPdf(
        full.map((r) => ({ ...releveInput(placed, r), jury })),
        { generatedAt: GENERATED_AT },
      ),
    );
  });

  it('relevés de notes printed before the deliberation (provisional: subtitle, two-line decision label, framed notice)', async () => {
    const { releveDeNotesPdf } = await import('../../src/io/pdf/releve.ts');
    const full = rows.filter((r) => r.result.controle.length > 0 || r.result.bonus > 0 || Object.keys(r.benefices).length > 0).slice(0, 8);
    await laidOut(() =>
      releveDeNotesPdf(
        full.map((r) => ({ ...releveInput(placed, r), jury, phase: 'preparation' as const })),
        { generatedAt: GENERATED_AT },
      ),
    );
  });

  it('PV de délibération with its lists and the journal annex', async () => {
    const { pvDeliberationPdf } = await import('../../src/io/pdf/pv.ts');
    const audit = [
      {
        sessionId: 1,
        at: '2024-07-03T10:00:00',
        who: 'Mme Rossi',
        kind: 'jury' as const,
        candidateId: 5,
        numero: rows[4]!.candidate.numero,
        name: 'Dumont François',
        unit: 'Épreuves de contrôle choisies',
        before: 'aucune',
        after: 'E1, E3',
        reason: 'Décision du jury',
      },
      {
        sessionId: 1,
        at: '2024-07-03T10:05:00',
        who: 'Mme Rossi',
        kind: 'jury' as const,
        candidateId: 5,
        numero: rows[4]!.candidate.numero,
        name: 'Dumont François',
        unit: 'Convocation au contrôle E1',
        before: 'non convoqué',
        after: '08/07/2024 à 09:00, salle B12',
        reason: 'Décision du jury',
      },
    ];
    await laidOut(() =>
      pvDeliberationPdf(
        {
          session: placed,
          jury: { president: jury.president, members: ['M. Jean Dupont', 'Mme Anna Rossi'], date: jury.date },
          regulation,
          rows: rows.slice(0, 60).map((r) => ({ ...r.candidate, result: r.result, benefices: r.benefices })),
          audit,
          phase: 'premier_groupe_clos',
        },
        { generatedAt: GENERATED_AT },
      ),
    );
  });

  /** The convocations of the example's contrôle candidates, each on E1 in the morning, at `phase` (none: closed). */
  const convocations = async (phase?: DeliberationPhase) => {
    const { convocationsControlePdf } = await import('../../src/io/pdf/pv.ts');
    return convocationsControlePdf(
      {
        session: placed,
        regulation,
        date: '2024-07-08',
        jury,
        ...(phase ? { phase } : {}),
        rows: rows.map((r) => ({
          ...r.candidate,
          result: r.result,
          controleUnits: r.controleUnits,
          schedule: { E1: { date: '2024-07-08', time: '09:00', room: 'Salle des langues B12' } },
        })),
      },
      { generatedAt: GENERATED_AT },
    );
  };

  it('convocations à l’épreuve de contrôle, one page per candidate and the summary', async () => {
    await laidOut(() => convocations());
  });

  it('convocations à l’épreuve de contrôle printed before the 1er groupe is closed (provisional, not signed)', async () => {
    await laidOut(() => convocations('premier_groupe'));
  });

  it('evaluation grids carried over from another circular (2025): the note under the annexe line, blank and filled', async () => {
    const { blankGridsPdf, evaluationGridsPdf } = await import('../../src/io/pdf/grille.ts');
    const { emptyEvaluation, gridFor, gridsFor, withLevel } = await import('../../src/domain/grids/index.ts');
    const { btsCcst2025 } = await import('../../src/domain/presets/index.ts');
    const blank = await laidOut(() => blankGridsPdf(session, gridsFor(btsCcst2025), { generatedAt: GENERATED_AT }));
    expect(blank.some((b) => b.text.startsWith('Grille de la session 2024 (annexe 5 de la circulaire 2024)'))).toBe(true);
    const e7 = gridFor('E7', 'CCF', btsCcst2025)!;
    await laidOut(() =>
      evaluationGridsPdf(
        session,
        [
          {
            grid: e7,
            candidate: { numero: '02431000030', nom: 'Soulié', prenom: 'Léa' },
            etablissement: { name: 'LPO Déodat', uai: '0310044E' },
            evaluation: withLevel(emptyEvaluation(e7), 'c1', 'TS'),
            mark: null,
          },
        ],
        { generatedAt: GENERATED_AT },
      ),
    );
  });

  it('livret scolaire: recto (portrait) and verso (landscape), footer within each page', async () => {
    const { livretScolairePdf, LIVRET_TITLE } = await import('../../src/io/pdf/livret.ts');
    const { emptyLivret, livretTemplateFor } = await import('../../src/domain/livret.ts');
    const { classStatistics, cotation } = await import('../../src/domain/livret-stats.ts');
    const template = livretTemplateFor(regulation)!;
    const record = { ...emptyLivret(1, 1), avis: 'favorable' as const, observations: 'Élève sérieuse.' };
    const stats = classStatistics([record], template.subjects);
    const boxes = await laidOut(() =>
      livretScolairePdf(
        rows.slice(0, 2).map((row) => ({
          session: placed,
          template,
          candidate: { ...row.candidate },
          etablissement: row.etablissement ? { ...row.etablissement, city: 'Toulouse' } : null,
          livret: record,
          stats,
          cotation: cotation([record.avis]),
          result: row.result,
          phase: 'second_groupe_clos' as const,
          president: jury.president,
        })),
        { generatedAt: GENERATED_AT },
      ),
    );
    // The footer of the portrait recto is at the bottom of the recto, below « COTATION DE LA CLASSE ».
    const recto = boxes.filter((b) => b.page === 1);
    const cotationBox = recto.find((b) => b.text === 'COTATION DE LA CLASSE')!;
    const footer = recto.find((b) => b.text.startsWith(`${LIVRET_TITLE} — `))!;
    expect(footer.top).toBeGreaterThan(cotationBox.bottom);
    expect(footer.pageHeight).toBeGreaterThan(footer.pageWidth);
  });

  it('annexe 4 notice', async () => {
    const { conformityNoticePdf } = await import('../../src/io/pdf/notice.ts');
    const { ANNEXE4_WORDING } = await import('../../src/domain/conformity.ts');
    const c = rows[0]!.candidate;
    await laidOut(() =>
      conformityNoticePdf(
        {
          session: placed,
          candidate: { numero: c.numero, nom: c.nom, prenom: c.prenom, dateNaissance: c.dateNaissance },
          etablissement: rows[0]!.etablissement,
          units: [
            {
              code: 'E4',
              name: regulation.units.find((u) => u.code === 'E4')!.name,
              reasons: [ANNEXE4_WORDING.visa, ANNEXE4_WORDING.autres],
              other: 'fiche non datée',
            },
          ],
          controllers: ['Mme Roux'],
          date: '2024-05-20',
        },
        { generatedAt: GENERATED_AT },
      ),
    );
  });
});
