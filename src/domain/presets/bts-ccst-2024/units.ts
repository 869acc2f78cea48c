import type { CoreRegulation } from '../../regulation.ts';

/**
 * BTS Conseil et commercialisation de solutions techniques (CCST), session 2024: units, contrôle, thresholds.
 * Read from the national circular of session 2024, §2 (units, coefficients, forms, NV on the dossier units);
 * thresholds from the Code de l'éducation (D643-13/14: 10, and 8 for the contrôle with a professional
 * average of 10); DI on the general units, the bonus base 10 of optional units and « E2 = E21 + E22 » at the
 * contrôle are inferred (common BTS practice). docs/reglementation.md lists what is read and what is inferred.
 */
export const ccst2024Core: CoreRegulation = {
  id: 'bts-ccst-2024',
  name: 'BTS CCST — session 2024',
  diploma: 'BTS Conseil et commercialisation de solutions techniques',
  firstSession: 2024,
  units: [
    { code: 'E1', name: 'Culture générale et expression', coefficient: 3, domain: 'general', mayBeCcf: false, nvAllowed: false, dispensable: true },
    {
      code: 'E21',
      name: "LVE : compréhension de l'écrit et expression écrite",
      coefficient: 1.5,
      domain: 'general',
      mayBeCcf: true,
      nvAllowed: false,
      dispensable: true,
    },
    {
      code: 'E22',
      name: 'LVE : production orale en continu et interaction',
      coefficient: 1.5,
      domain: 'general',
      mayBeCcf: true,
      nvAllowed: false,
      dispensable: true,
    },
    {
      code: 'E3',
      name: 'Culture économique, juridique et managériale',
      coefficient: 3,
      domain: 'general',
      mayBeCcf: false,
      nvAllowed: false,
      dispensable: true,
    },
    {
      code: 'E4',
      name: 'Conception et commercialisation de solutions technico-commerciales',
      coefficient: 6,
      domain: 'professional',
      mayBeCcf: true,
      nvAllowed: true,
      dispensable: false,
    },
    {
      code: 'E5',
      name: "Management de l'activité technico-commerciale",
      coefficient: 4,
      domain: 'professional',
      mayBeCcf: false,
      nvAllowed: false,
      dispensable: false,
    },
    {
      code: 'U61',
      name: 'Développement de la clientèle et de la relation client',
      coefficient: 3,
      domain: 'professional',
      mayBeCcf: true,
      nvAllowed: true,
      dispensable: false,
      aliases: ['E61'],
    },
    {
      code: 'U62',
      name: "Mise en œuvre de l'expertise technico-commerciale",
      coefficient: 3,
      domain: 'professional',
      mayBeCcf: true,
      nvAllowed: true,
      dispensable: false,
      aliases: ['E62'],
    },
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
    units: [
      { code: 'E1', name: 'Culture générale et expression', covers: ['E1'] },
      { code: 'E2', name: 'Langue vivante étrangère', covers: ['E21', 'E22'] },
      { code: 'E3', name: 'Culture économique, juridique et managériale', covers: ['E3'] },
    ],
    maxUnits: 2,
  },
  thresholds: { admis: 10, controleMin: 8, professionalMin: 10 },
  bonusBase: 10,
  maxMark: 20,
};
