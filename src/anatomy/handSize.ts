/**
 * The size of a hand on the chart, for stroke ends ("a hand's width below the crease") and for
 * the skin under a palm. Measured in shanks (malleoli to knee, as `regionLevels` measures it) so
 * another model with other proportions keeps the same anatomy.
 *
 * ⚠ approximate: a hand is about 9 cm across the palm (ANSUR II hand breadth, men ≈ 9 cm,
 * women ≈ 8 cm; Gordon et al. 2014) and the shank about 41 cm (0.246 of stature, Drillis &
 * Contini 1966), so a hand's width is about 0.22 of a shank.
 */
import { regionLevels, type ChartLandmarks } from './regions';

export const HAND_WIDTH_SHANKS = 0.22;

/**
 * A palm's width across, mm: the rigged hand's (generic-hand, thumb drawn in) measured 86 mm,
 * within ANSUR II hand breadth (women ≈ 80, men ≈ 90 mm; Gordon et al. 2014). What two palms
 * side by side need round the leg, and what one presses.
 */
export const PALM_WIDTH_MM = 86;

/**
 * Half the length of a palm along the leg, in hand widths: the skin "under a hand" reaches this
 * far above and below its centre (a palm is ~10 cm long; the fingers press little).
 */
export const PALM_HALF_LENGTH_HANDS = 0.5;

/** A hand's width along the leg, in chart s, on the leg with these landmarks. */
export function handWidthS(landmarks: ChartLandmarks): number {
  return HAND_WIDTH_SHANKS * regionLevels(landmarks).shank;
}

/**
 * Half a palm's width around the leg, in degrees: how far "under the hand" reaches to either
 * side. ⚠ approximate: half of a ~9 cm palm is ~27° of a thigh ~60 cm round and ~40° of a calf
 * ~38 cm round (ANSUR II); the palm's edges press less than its middle, so a little less.
 */
export const PALM_HALF_WIDTH_DEGREES = 20;

/** Half a palm's length along the leg, in chart s: how far "under the hand" reaches. */
export function halfPalmS(landmarks: ChartLandmarks): number {
  return PALM_HALF_LENGTH_HANDS * handWidthS(landmarks);
}
