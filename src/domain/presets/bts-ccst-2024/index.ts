/**
 * Preset `bts-ccst-2024`: the BTS CCST as its national circular of session 2024 describes it — units and
 * contrôle (units.ts), evaluation grids (grids.ts, annexes 5–24), livret scolaire (livret.ts, annexe 3),
 * dossier conformity (conformity.ts, annexe 4) and the stage rule (14 to 16 weeks, 4 consecutive in first
 * year: circular, « Stages »). Everything of the regulation is in this one object; a session keeps a copy.
 */
import type { Regulation } from '../../regulation.ts';
import { CCST_STAGE_RULE } from '../../stage.ts';
import { CCST_2024_CONFORMITY } from './conformity.ts';
import { ccst2024Grids } from './grids.ts';
import { CCST_2024_LIVRET } from './livret.ts';
import { ccst2024Core } from './units.ts';

export const btsCcst2024: Regulation = {
  ...ccst2024Core,
  grids: ccst2024Grids,
  livret: CCST_2024_LIVRET,
  conformity: CCST_2024_CONFORMITY,
  stage: CCST_STAGE_RULE,
};
