/**
 * Preset `bts-ccst-2025`: the BTS CCST from session 2025, as renumbered by the arrêté of 2024 (JORF
 * JORFTEXT000049926816), with the épreuves de contrôle of the note de service of 20 September 2024 (NOR
 * ESRS2427314N) and the arrêté of 9 May 2025.
 *
 * Read from a text [texte]: the unit numbers E1–E8 and the correspondence of the stage annex (E4 → E5,
 * U61 → E7, U62 → E8); the contrôle épreuves chosen among the compulsory general épreuves, never a
 * professional one, two at most, the better mark kept; access to the contrôle (8 ≤ moyenne < 10 and a
 * professional average ≥ 10).
 * Inferred [inféré]: the coefficients (carried over unchanged from session 2024, as for the other tertiary
 * BTS renumbered the same year), the forms, NV and DI as in 2024, the optional units EF1–EF3 kept under
 * their codes, the grids, livret and conformity checks of 2024 carried over with the new numbers, one LVE
 * contrôle standing for both LVE épreuves. A centre checks this against its session's national circular
 * and edits its session's copy where it differs (docs/reglementation.md).
 */
import type { ConformityUnitSpec } from '../../conformity.ts';
import type { GridDefinition } from '../../grids/types.ts';
import type { LivretTemplate } from '../../livret.ts';
import type { CoreRegulation, Regulation } from '../../regulation.ts';
import { CCST_STAGE_RULE } from '../../stage.ts';
import { CCST_2024_CONFORMITY } from '../bts-ccst-2024/conformity.ts';
import { ccst2024Grids } from '../bts-ccst-2024/grids.ts';
import { CCST_2024_LIVRET } from '../bts-ccst-2024/livret.ts';

export const CCST_2025_ID = 'bts-ccst-2025';

/** Unit code of session 2024 → unit code from session 2025 (arrêté of 2024, stage annex) [texte]. */
export const CCST_2024_TO_2025: Readonly<Record<string, string>> = Object.freeze({
  E1: 'E1',
  E21: 'E2',
  E22: 'E3',
  E3: 'E4',
  E4: 'E5',
  E5: 'E6',
  U61: 'E7',
  U62: 'E8',
  EF1: 'EF1',
  EF2: 'EF2',
  EF3: 'EF3',
});

/** Printed codes of session 2024 (`EPREUVE E61`) → from 2025, in one pass (E4 → E5 never becomes E6). */
function renumberText(text: string): string {
  const printed: Record<string, string> = { E4: 'E5', E5: 'E6', E61: 'E7', E62: 'E8', E22: 'E3', E21: 'E2', U61: 'E7', U62: 'E8' };
  return text.replace(/\b(E4|E5|E61|E62|E21|E22|U61|U62)\b/g, (code) => printed[code] ?? code);
}

const core: CoreRegulation = {
  id: CCST_2025_ID,
  name: 'BTS CCST — sessions 2025 et suivantes',
  diploma: 'BTS Conseil et commercialisation de solutions techniques',
  // [texte] arrêté of 2024: first session 2025.
  firstSession: 2025,
  units: [
    // Codes and titles [texte] arrêté of 2024; coefficients [inféré] as in 2024; DI on general units [inféré].
    { code: 'E1', name: 'Culture générale et expression', coefficient: 3, domain: 'general', mayBeCcf: false, nvAllowed: false, dispensable: true },
    { code: 'E2', name: 'Langue vivante étrangère A : écrit', coefficient: 1.5, domain: 'general', mayBeCcf: true, nvAllowed: false, dispensable: true },
    { code: 'E3', name: 'Langue vivante étrangère A : oral', coefficient: 1.5, domain: 'general', mayBeCcf: true, nvAllowed: false, dispensable: true },
    {
      code: 'E4',
      name: 'Culture économique, juridique et managériale',
      coefficient: 3,
      domain: 'general',
      mayBeCcf: false,
      nvAllowed: false,
      dispensable: true,
    },
    // Professional units; NV on the dossier units [texte] stage annex (former E4, U61, U62).
    {
      code: 'E5',
      name: 'Conception et commercialisation de solutions technico-commerciales',
      coefficient: 6,
      domain: 'professional',
      mayBeCcf: true,
      nvAllowed: true,
      dispensable: false,
    },
    {
      code: 'E6',
      name: "Management de l'activité technico-commerciale",
      coefficient: 4,
      domain: 'professional',
      mayBeCcf: false,
      nvAllowed: false,
      dispensable: false,
    },
    {
      code: 'E7',
      name: 'Développement de la clientèle et de la relation client',
      coefficient: 3,
      domain: 'professional',
      mayBeCcf: true,
      nvAllowed: true,
      dispensable: false,
    },
    {
      code: 'E8',
      name: "Mise en œuvre de l'expertise technico-commerciale",
      coefficient: 3,
      domain: 'professional',
      mayBeCcf: true,
      nvAllowed: true,
      dispensable: false,
    },
    // Optional units [inféré] kept from 2024 (décret 2024-788 allows two, one besides engagement étudiant [texte]).
    { code: 'EF1', name: 'Langue vivante (facultative)', coefficient: null, domain: 'optional', mayBeCcf: false, nvAllowed: false, dispensable: false },
    {
      code: 'EF2',
      name: "Module d'approfondissement (facultatif)",
      coefficient: null,
      domain: 'optional',
      mayBeCcf: true,
      nvAllowed: false,
      dispensable: false,
    },
    { code: 'EF3', name: 'Engagement étudiant (facultatif)', coefficient: null, domain: 'optional', mayBeCcf: true, nvAllowed: false, dispensable: false },
  ],
  controle: {
    // [texte] note de service of 20 Sept. 2024 and arrêté of 9 May 2025: two oral épreuves at most, among the
    // compulsory general épreuves. One LVE contrôle stands for E2 and E3 [inféré, as E2 = E21 + E22 in 2024].
    units: [
      { code: 'E1', name: 'Culture générale et expression', covers: ['E1'] },
      { code: 'LVA', name: 'Langue vivante étrangère A', covers: ['E2', 'E3'] },
      { code: 'E4', name: 'Culture économique, juridique et managériale', covers: ['E4'] },
    ],
    maxUnits: 2,
  },
  // [texte] note de service of 20 Sept. 2024: admis at 10; contrôle from 8 with a professional average of 10.
  thresholds: { admis: 10, controleMin: 8, professionalMin: 10 },
  // [inféré] points above 10 of an optional unit are added to the total, as in 2024.
  bonusBase: 10,
  maxMark: 20,
};

/** What each carried-over grid says on screen and on paper (its `sourceNote`, also its first transcription note). */
const carriedOverNote = (annexe: number) =>
  `Grille de la session 2024 (annexe ${annexe} de la circulaire 2024) reprise avec la numérotation 2025 : à vérifier sur la circulaire de la session.`;

/** The 2024 grids under the new numbers [inféré]; the texts stay those of the 2024 circular, and each grid says so. */
const grids: readonly GridDefinition[] = ccst2024Grids.map((grid) => ({
  ...grid,
  id: grid.id
    .replace('ccst-2024-', 'ccst-2025-')
    .replace(/-(e22|e4|e5|u61|u62)(?=-|$)/, (_, code: string) => `-${CCST_2024_TO_2025[code.toUpperCase()]!.toLowerCase()}`),
  regulationId: CCST_2025_ID,
  unitCode: CCST_2024_TO_2025[grid.unitCode] ?? grid.unitCode,
  title: renumberText(grid.title),
  subtitle: grid.subtitle === null ? null : renumberText(grid.subtitle.replace('Session 2024', 'Session 2025')),
  scale: grid.scale && grid.scale.guide ? { ...grid.scale, guide: { ...grid.scale.guide, title: renumberText(grid.scale.guide.title) } } : grid.scale,
  fields: {
    ...grid.fields,
    observations: grid.fields.observations.map((o) => ({ ...o, headings: o.headings.map(renumberText) })),
  },
  transcriptionNotes: [carriedOverNote(grid.annexe), ...grid.transcriptionNotes],
  sourceNote: carriedOverNote(grid.annexe),
}));

const livret: LivretTemplate = {
  ...CCST_2024_LIVRET,
  regulationId: CCST_2025_ID,
  subjects: CCST_2024_LIVRET.subjects.map((subject) => {
    const units = subject.units.map((u) => CCST_2024_TO_2025[u] ?? u);
    // School software columns named by a 2024 unit code would now point to another unit: keep names only.
    const abbreviations = [...subject.abbreviations.filter((a) => !/^[EU]\d+$/.test(a)), ...units.filter((u) => !subject.abbreviations.includes(u))];
    return subject.id === 'cnstc'
      ? {
          ...subject,
          label: 'Conception et commercialisation de solutions technico-commerciales',
          chartLabel: 'CONCEPTION ET COMMERCIALISATION DE SOLUTIONS TECHNICO-COMMERCIALES',
          units,
          abbreviations,
        }
      : { ...subject, units, abbreviations };
  }),
};

/** The 2024 dossier checks under the new numbers; annexe numbers of the fiches unknown for 2025 [inféré]. */
const conformity: readonly ConformityUnitSpec[] = CCST_2024_CONFORMITY.map((spec) => {
  const code = CCST_2024_TO_2025[spec.code] ?? spec.code;
  return { ...spec, code, noticeCode: code, fiche: { ...spec.fiche, annexe: null } };
});

export const btsCcst2025: Regulation = {
  ...core,
  grids,
  livret,
  conformity,
  // [inféré] stage of 14 to 16 weeks, 4 consecutive in first year, as in 2024.
  stage: CCST_STAGE_RULE,
};
