/** The three tracks as data, by id. */
import type { TrackId } from '../contract/datapakke';
import type { TrackDefinition } from './types';
import { KOL } from './definitions/kol';
import { DIABETES } from './definitions/diabetes';
import { ANGST } from './definitions/angst';

export const TRACKS: Record<TrackId, TrackDefinition> = { kol: KOL, diabetes: DIABETES, angst: ANGST };

export function trackDefinition(id: TrackId): TrackDefinition {
  return TRACKS[id];
}
