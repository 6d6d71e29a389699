/**
 * How the two hands sit relative to the lane and to each other, by technique. Proximal's own
 * reading of the seed guide (it says "both hands", "grasp", "palm over palm" without geometry):
 *
 * - gliding: palms side by side, a palm's width apart round the leg at every level (from its
 *   girth): the one place both the drawn palm and the flow model's press read, from the placement;
 * - kneading: both hands grasp the muscle across it, fingers round one side and thumb on the
 *   other, one hand above the other so they can squeeze in turn;
 * - compressing: palm over palm, the top hand stacked on the back of the lower one.
 */
import { degreesForSkin, type GirthProfile } from '../../anatomy/girthProfile';
import { PALM_WIDTH_MM } from '../../anatomy/handSize';
import type { LegSide } from '../../anatomy/names';
import type { HandActivity } from './handShapes';
import { laneThetaAt } from './lanes';
import { GLIDE_SPREAD_DEGREES } from './pacing';
import type { HandSide, Lane } from './types';

/**
 * Two palms side by side need their centres a palm's width apart round the leg, and a little
 * more (they are molded, not cut to size): `PALM_WIDTH_MM` (86) + 2 mm, measured round the skin
 * at the level (anatomy/girthProfile.ts). On the default model that is ±60–70° on the lower
 * shin (~235–260 mm round, the chart's degrees are short on its flat inner face), ±45–50°
 * mid-calf, ±25–30° on the thigh. The flow model presses the vein on the lane between them
 * through the tissue (physiology/compression.ts).
 */
export const GLIDE_CENTRES_APART_MM = PALM_WIDTH_MM + 2;

/** No wider than this (the hands then face each other across the leg). */
const MAX_GLIDE_SPREAD_DEGREES = 90;

/**
 * Degrees from the lane (θ at level s) toward increasing θ (`direction` +1) or decreasing (−1)
 * for a palm beside the lane: half the centres' distance of skin. The two sides differ where
 * the chart's degrees are uneven round the leg, so each hand takes its own.
 */
export function sideBySideSpread(
  girth: GirthProfile,
  s: number,
  laneTheta: number,
  direction: 1 | -1,
): number {
  const half = GLIDE_CENTRES_APART_MM / 2;
  return Math.min(MAX_GLIDE_SPREAD_DEGREES, degreesForSkin(girth, s, laneTheta, direction, half));
}

/**
 * Round the foot and the ankle the hands wrap the limb from either side of the lane (on the
 * front lane, one on the inner and one on the outer side of the foot and ankle), wider than
 * side by side would need at the malleoli (~325 mm round), and close in as the leg narrows above
 * them: ±75° at the malleoli, easing off by a quarter of the shank up, where side by side takes
 * over (`glideSpreadAt` keeps the wider of the two). Given as (level in shanks above the
 * malleoli, degrees from the lane), eased between. Proximal's own arrangement, as a teacher says
 * "cup the ankle with both hands, then glide up side by side".
 */
const ANKLE_CUP_BY_LEVEL: readonly (readonly [number, number])[] = [
  [-0.05, 75],
  [0.08, 40],
  [0.25, 0],
];

/**
 * How far up the foot from the toe tip (hand widths) a gliding palm's centre starts: the strokes
 * "from the top of the foot" lay the palms on the forefoot, heels of the hands at the toes; a
 * palm centred on the toe tip would hang in the air, and both palms would meet there.
 */
export const TOE_CLEARANCE_HANDS = 0.7;

/** The lowest level a gliding palm's centre takes on `lane`. */
export function glideStartS(lane: Lane): number {
  if (!lane.limb) return lane.sFrom;
  const floor = lane.limb.toeS + TOE_CLEARANCE_HANDS * lane.limb.handS;
  return Math.min(lane.sTo, Math.max(lane.sFrom, floor));
}

/** The ankle cup's spread at level s (0 above it). */
function ankleCupAt(limb: NonNullable<Lane['limb']>, s: number): number {
  const level = (s - limb.malleoliS) / limb.shankS;
  const table = ANKLE_CUP_BY_LEVEL;
  const first = table[0]!;
  if (!(level > first[0])) return first[1];
  // Indexed, not destructured: destructuring walks an iterator until the engine optimises it,
  // and the hands ask this every frame.
  for (let i = 1; i < table.length; i++) {
    const u1 = table[i]![0];
    const d1 = table[i]![1];
    if (level > u1) continue;
    const u0 = table[i - 1]![0];
    const d0 = table[i - 1]![1];
    const f = (level - u0) / (u1 - u0);
    return d0 + (d1 - d0) * f * f * (3 - 2 * f);
  }
  return table[table.length - 1]![1];
}

/**
 * How far round the leg (degrees) the gliding palm on the `direction` side of the lane (+1
 * toward increasing θ) sits from it at level `s`: side by side from the leg's skin there
 * (`sideBySideSpread`), wider round the ankle. Without the girth, `GLIDE_SPREAD_DEGREES` on
 * both sides. The one definition the drawn hands and the flow model both read, through
 * `placeHands`.
 */
export function glideSpreadAt(lane: Lane, s: number, direction: 1 | -1): number {
  const limb = lane.limb;
  if (!limb) return GLIDE_SPREAD_DEGREES;
  const sideBySide = limb.girth
    ? sideBySideSpread(limb.girth, s, laneThetaAt(lane, s), direction)
    : GLIDE_SPREAD_DEGREES;
  return Math.max(ankleCupAt(limb, s), sideBySide);
}

/** Chart distance (s) between the two kneading hands: about a hand's width (s ≈ 1.1 m). */
export const KNEAD_HAND_GAP_S = 0.085;

/**
 * Each kneading hand's grip is centred this far round the leg from the lane (degrees), the
 * two on either side, so together they work the whole belly of the muscle.
 */
export const KNEAD_GRIP_SPREAD_DEGREES = 25;

/**
 * The hand whose palm lies on the back of the other while compressing: the right on the right
 * leg, the left on the left leg, so the stack on one leg is the mirror of the other's (as the
 * kneading hands are). The scene draws the left leg as the right one mirrored; a right hand on
 * top of both legs stacked the left leg's hands through each other (thumb into the lower hand,
 * 35 of 40 moments measured).
 */
export function topHand(leg: LegSide): HandSide {
  return leg;
}

/**
 * The stacked hand's palm sits a little back toward the foot (s) and round the leg (θ, degrees)
 * from the lower one's, so its heel presses on the back of the lower hand and, turned by
 * `STACK_TURN_DEGREES`, its fingers cross the lower hand's instead of standing beside them.
 */
export const STACK_SHIFT_S = -0.015;
export const STACK_SHIFT_DEGREES = -6;

/**
 * Where the fingers point on the skin, in degrees in the tangent plane: 0 up the leg (toward
 * the heart), +90 round the leg toward increasing θ; `layer` is 1 for the stacked hand.
 * Kneading hands reach round the calf from its outer side, so the fingers hook the muscle
 * toward the inner side (θ increases medially on both legs).
 */
export function fingerHeading(activity: HandActivity, layer = 0): number {
  return (activity === 'knead' ? 90 : 0) + STACK_TURN_DEGREES * layer;
}

/**
 * The stacked hand crosses the lower one, its fingers turned this far (degrees, toward
 * increasing θ): the two hands then show as two, one on the back of the other, as in the
 * design's palm-over-palm picture (shared/design/img/hand-poses-target.png, (c) top); laid
 * straight along the lower hand, the top one hid it and they read as one thick hand.
 */
export const STACK_TURN_DEGREES = 35;

/**
 * How far round the leg (degrees, toward decreasing θ) a kneading palm sits from where the
 * placement puts the hand, so the grip — between the thumb and the hooked fingers — is centred
 * there.
 */
export const KNEAD_PALM_OFFSET_DEGREES = 30;

/**
 * Which way round the leg (±1 in θ) a hand lies from the lane: the left hand takes the lower θ
 * on the right leg, the mirror on the left (as `handPlacement.ts` places them).
 */
export function sideOfLane(side: HandSide, leg: LegSide): number {
  const left = leg === 'right' ? -1 : 1;
  return side === 'left' ? left : -left;
}

/**
 * The drawn palm's offset in θ from where the placement puts the hand (degrees): only the
 * kneading grip, whose palm sits beside what it grasps; gliding palms are drawn where they press.
 */
export function palmThetaOffset(activity: HandActivity): number {
  if (activity === 'knead') return -KNEAD_PALM_OFFSET_DEGREES;
  return 0;
}

/** 0 for a hand on the skin, 1 for the hand stacked on the other's back. */
export function stackLayer(activity: HandActivity, side: HandSide, leg: LegSide): 0 | 1 {
  return activity === 'compress' && side === topHand(leg) ? 1 : 0;
}

/**
 * The two kneading hands' levels for a pass whose centre is at `s` on a lane from `sFrom` to
 * `sTo`: one hand below the other by `KNEAD_HAND_GAP_S`, both kept on the lane. The lower hand
 * is the left on the right leg and the right on the left leg (the hand nearer the foot when the
 * practitioner stands at the outer side).
 */
export function kneadLevels(
  s: number,
  sFrom: number,
  sTo: number,
  leg: LegSide,
): Record<HandSide, number> {
  const gap = Math.min(KNEAD_HAND_GAP_S, Math.max(0, sTo - sFrom));
  const lower = Math.min(sTo - gap, Math.max(sFrom, s - gap / 2));
  const upper = lower + gap;
  return leg === 'right' ? { left: lower, right: upper } : { left: upper, right: lower };
}
