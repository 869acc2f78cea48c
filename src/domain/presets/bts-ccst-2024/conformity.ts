import type { ConformityUnitSpec } from '../../conformity.ts';

/** CCST 2024 (national circular 2024, §2 and annexe 4): E4 fiche annexe 6 / 7, U61 fiche de projet annexe 14 / 15, U62 dossier + fiche 18 / 19. */
export const CCST_2024_CONFORMITY: readonly ConformityUnitSpec[] = [
  {
    code: 'E4',
    noticeCode: 'E4',
    fiche: { label: 'Fiche descriptive de la situation de négociation', annexe: { CCF: 6, ponctuel: 7 }, missing: 'ficheOuDossier' },
    dossier: null,
  },
  {
    code: 'U61',
    noticeCode: 'E61',
    fiche: { label: 'Fiche descriptive de projet technico-commercial', annexe: { CCF: 14, ponctuel: 15 }, missing: 'ficheProjet' },
    dossier: null,
  },
  {
    code: 'U62',
    noticeCode: 'E62',
    fiche: { label: 'Fiche descriptive', annexe: { CCF: 18, ponctuel: 19 }, missing: 'ficheOuDossier' },
    dossier: { label: 'Dossier (20 pages au plus, hors annexes)', maxPages: 20, missing: 'ficheOuDossier' },
  },
];
