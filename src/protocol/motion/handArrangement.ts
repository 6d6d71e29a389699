/**
 * How the two hands sit relative to the lane and to each other, by technique. Proximal's own
 * reading of the seed guide (it says "both hands", "grasp", "palm over palm" without geometry):
 *
 * - gliding: palms side by side, each `GLIDE_SPREAD_DEGREES` (pacing.ts) from the lane: the one
 *   place both the drawn palm and the flow model's press read, from the placement;
 * - kneading: both hands grasp the muscle across it, fingers round one side and thumb on the
 *   other, one hand above the other so they can squeeze in turn;
 * - compressing: palm over palm, the top hand stacked on the back of the lower one.
 */
import type { LegSide } from '../../anatomy/names';
import type { HandActivity } from './handShapes';
import { GLIDE_SPREAD_DEGREES } from './pacing';
import type { HandSide, Lane } from './types';

/**
 * Where the leg is thin the gliding palms cannot lie side by side at `GLIDE_SPREAD_DEGREES`:
 * two palms ~86 mm across (the rigged hand with its thumb drawn in) need their centres ~88 mm
 * apart round the leg, ±49° at the malleoli and ±66° just above them on the default model
 * (~325 and ~240 mm round). So round the foot and the ankle the hands wrap the limb from
 * either side of the lane (on the front lane, one on the inner and one on the outer side of the
 * foot and ankle), and close in to side by side as the leg fills out. They are back at
 * `GLIDE_SPREAD_DEGREES` a quarter of the shank up: wider there, the hand beside the great
 * saphenous vein slides off it and the valves above the ankle stay shut in the flow model
 * (tests/scene/flow/flowSim.test.ts; measured: at ±58° a fifth of the shank up the lowest valve
 * peaks at 0.57 open, 0.7 wanted). Given as (level in shanks above the malleoli, degrees from
 * the lane), eased between. Proximal's own arrangement, as a teacher says "cup the ankle with
 * both hands, then glide up side by side".
 */
const GLIDE_SPREAD_BY_LEVEL: readonly (readonly [number, number])[] = [
  [-0.05, 75],
  [0.08, 40],
  [0.25, GLIDE_SPREAD_DEGREES],
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

/**
 * How far round the leg (degrees) each gliding palm sits from the lane at level `s`: wide where
 * the leg is thin, `GLIDE_SPREAD_DEGREES` where it is full. The one definition the drawn hands
 * and the flow model both read, through `placeHands`.
 */
export function glideSpreadAt(lane: Lane, s: number): number {
  if (!lane.limb) return GLIDE_SPREAD_DEGREES;
  const level = (s - lane.limb.malleoliS) / lane.limb.shankS;
  const table = GLIDE_SPREAD_BY_LEVEL;
  const first = table[0]!;
  if (!(level > first[0])) return first[1];
  for (let i = 1; i < table.length; i++) {
    const [u1, d1] = table[i]!;
    if (level > u1) continue;
    const [u0, d0] = table[i - 1]!;
    const f = (level - u0) / (u1 - u0);
    return d0 + (d1 - d0) * f * f * (3 - 2 * f);
  }
  return table[table.length - 1]![1];
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
