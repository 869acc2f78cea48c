/**
 * Conformity notices (annexe 4), read back with pdftotext: the candidate, the unit(s), the reasons ticked
 * in annexe 4's words, the controllers, the date and the NV sentence; one notice per page.
 */
import { describe, expect, it } from 'vitest';
import { ANNEXE4_WORDING, conformityUnits, emptyChecklist, evaluateConformity } from '../../src/domain/conformity.ts';
import { annexe4Item, conformityNoticePdf, conformityNoticesPdf, type NoticeInput } from '../../src/io/pdf/notice.ts';
import { exampleRows, GARBLED, GENERATED_AT, oddCharacters, pageCount, pages, pdfToText, regulation, renderFirstPage, squeeze } from './pdf-helpers.ts';

const { session } = exampleRows();

function notice(overrides: Partial<NoticeInput> = {}): NoticeInput {
  return {
    session,
    candidate: { numero: '02431000030', nom: 'Soulié', prenom: 'Théo', dateNaissance: '2004-03-05' },
    etablissement: { name: 'LPO Déodat', uai: '0310044E' },
    units: [
      {
        code: 'E4',
        name: 'Conception et commercialisation de solutions technico-commerciales',
        reasons: [ANNEXE4_WORDING.attestation, ANNEXE4_WORDING.duree],
      },
    ],
    controllers: ['Mme Françoise Lœillet', 'M. Jean Dupont'],
    date: '2024-05-02',
    ...overrides,
  };
}

/** The line of an annexe 4 item, and whether its box is ticked (an X before it). */
function item(text: string, wording: string): { ticked: boolean; line: string } {
  const line = text.split('\n').find((l) => l.includes(wording));
  expect(line, wording).toBeDefined();
  return { ticked: /^\s*X\s/.test(line!), line: squeeze(line!).trim() };
}

describe('annexe 4 reasons', () => {
  it('recognises annexe 4 words, their ids and the NV reasons with their precision', () => {
    expect(annexe4Item("absence d'attestation(s) de stage")).toEqual({ item: 'attestation', detail: '' });
    expect(annexe4Item('Absence d’attestations de stage')).toEqual({ item: 'attestation', detail: '' });
    expect(annexe4Item('visa')).toEqual({ item: 'visa', detail: '' });
    expect(annexe4Item('autres (à préciser) : dépôt hors délai')).toEqual({ item: 'autres', detail: 'dépôt hors délai' });
    expect(annexe4Item('dossier perdu')).toEqual({ item: 'autres', detail: 'dossier perdu' });
  });

  it('makes a one-page PDF per notice', async () => {
    expect(pageCount(await conformityNoticePdf(notice()))).toBe(1);
    expect(pageCount(await conformityNoticesPdf([notice(), notice(), notice()]))).toBe(3);
    expect(pageCount(await conformityNoticesPdf([]))).toBe(1);
  });
});

describe('conformity notice PDF, read back', () => {
  it('follows annexe 4: title, candidate, unit, reasons ticked, controllers, date, NV sentence', async () => {
    const bytes = await conformityNoticePdf(notice(), { generatedAt: GENERATED_AT });
    const text = pdfToText(bytes, 'notice');
    const flat = squeeze(text);
    expect(flat).toContain('BTS CONSEIL ET COMMERCIALISATION DE SOLUTIONS TECHNIQUES - SESSION 2024');
    expect(flat).toContain('CONTRÔLE DE CONFORMITÉ');
    expect(flat).toContain('En application de l’arrêté du 22-7-2008 - J.O. du 8-8-2008');
    expect(flat).toContain('Académie de Toulouse');
    expect(flat).toContain('Nom : SOULIÉ');
    expect(flat).toContain('Prénom : Théo');
    expect(flat).toContain('N° inscription : 02431000030');
    expect(flat).toContain('Né(e) le : 05/03/2004');
    expect(flat).toContain('LPO Déodat (UAI 0310044E)');
    expect(flat).toMatch(/X E4 : Conception et commercialisation de solutions technico-commerciales/);
    expect(flat).toContain('Après vérification, votre candidature ne peut être retenue pour les motifs ci-dessous :');
    expect(item(text, ANNEXE4_WORDING.attestation).ticked).toBe(true);
    expect(item(text, ANNEXE4_WORDING.duree).ticked).toBe(true);
    for (const key of ['certificat', 'visa', 'ficheProjet', 'ficheOuDossier', 'autres'] as const) {
      expect(item(text, ANNEXE4_WORDING[key]).ticked, key).toBe(false);
    }
    expect(flat).toContain('Noms des contrôleurs Date et signatures');
    expect(flat).toMatch(/Mme Françoise Lœillet Le 02\/05\/2024/);
    expect(flat).toMatch(/M\. Jean Dupont Le 02\/05\/2024/);
    expect(flat).toContain('considéré comme présent mais non validé (NV) et ne peut se voir délivrer le diplôme');
    expect(flat).toContain('Page 1 / 1');
    expect(text).not.toMatch(GARBLED);
    expect(oddCharacters(text)).toEqual([]);
    renderFirstPage(bytes, 'pdf-notice');
  });

  it('ticks each reason once for several units, naming the units, with « autres » and its precision', async () => {
    const bytes = await conformityNoticePdf(
      notice({
        units: [
          { code: 'E4', name: 'Conception et commercialisation de solutions technico-commerciales', reasons: [ANNEXE4_WORDING.visa] },
          {
            code: 'E62',
            name: 'Mise en œuvre de l’expertise technico-commerciale',
            reasons: [ANNEXE4_WORDING.visa, ANNEXE4_WORDING.ficheOuDossier, ANNEXE4_WORDING.autres],
            other: 'dossier déposé hors délai (le 15/04/2024, date limite le 12/04/2024)',
          },
        ],
      }),
    );
    const text = pdfToText(bytes, 'notice-units');
    const flat = squeeze(text);
    expect(flat).toMatch(/X E62 : Mise en œuvre de l’expertise technico-commerciale/);
    expect(item(text, ANNEXE4_WORDING.visa)).toEqual({ ticked: true, line: `X ${ANNEXE4_WORDING.visa} (E4, E62)` });
    expect(item(text, ANNEXE4_WORDING.ficheOuDossier)).toEqual({ ticked: true, line: `X ${ANNEXE4_WORDING.ficheOuDossier} (E62)` });
    expect(item(text, ANNEXE4_WORDING.autres).line).toBe(`X ${ANNEXE4_WORDING.autres} (E62) :`);
    expect(flat).toContain('dossier déposé hors délai (le 15/04/2024, date limite le 12/04/2024)');
    expect(item(text, ANNEXE4_WORDING.attestation).ticked).toBe(false);
  });

  it('prints what the domain’s conformity evaluation gives (reasons and « autres »)', async () => {
    const specs = conformityUnits(regulation);
    const e4 = specs.find((s) => s.code === 'E4')!;
    const evaluation = evaluateConformity(
      {
        parcours: 'stage',
        periods: [],
        units: { E4: { ...emptyChecklist(), attestations: false, signed: true, stamped: true, fiche: false, other: 'pièces illisibles' } },
      },
      { statut: 'scolaire', depositDeadline: null, forms: {}, benefices: new Set(), specs },
    );
    const unit = evaluation.units.find((u) => u.code === 'E4')!;
    expect(unit.reasons.length).toBeGreaterThan(0);
    const bytes = await conformityNoticePdf(
      notice({
        units: [{ code: e4.noticeCode, name: 'Conception et commercialisation de solutions technico-commerciales', reasons: unit.reasons, other: unit.other }],
      }),
    );
    const text = pdfToText(bytes, 'notice-domain');
    for (const reason of unit.reasons) expect(item(text, reason).ticked, reason).toBe(true);
    expect(squeeze(text)).toContain('pièces illisibles');
  });

  it('prints a batch, one notice per page, each with its own candidate', async () => {
    const inputs = [
      notice(),
      notice({ candidate: { numero: '02431000122', nom: 'Dubois', prenom: 'Adrien', dateNaissance: null }, etablissement: null, controllers: [] }),
    ];
    const bytes = await conformityNoticesPdf(inputs, { generatedAt: GENERATED_AT });
    const sheets = pages(pdfToText(bytes, 'notices'));
    expect(sheets).toHaveLength(2);
    expect(squeeze(sheets[0]!)).toContain('Nom : SOULIÉ');
    expect(squeeze(sheets[1]!)).toContain('Nom : DUBOIS');
    expect(squeeze(sheets[1]!)).not.toContain('Né(e) le');
    expect(squeeze(sheets[1]!)).toContain('Page 2 / 2');
  });
});
