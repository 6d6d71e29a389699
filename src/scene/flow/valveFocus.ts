/**
 * Which valve to point out: the one the hands are pushing blood toward. Along a proximal stroke
 * it is the next valve above the palm, which opens as the palm sweeps blood through it; along a
 * stroke run the wrong way it is the next valve below the palm, which shuts. Pure.
 *
 * A valve counts from when the palm's front edge starts to reach it until the palm's middle is
 * nearly on it (then the palm presses both sides of it and the next one matters), and only within
 * the palm's width around the leg (from the leg's girth at the hand), or about a vein's depth
 * past its edge. Deep veins are reached from a wider arc and only by more than
 * light pressure (as in the flow model, `compression.ts`); superficial valves, directly under the
 * palm, win over deep ones.
 */
import type { PressureLevel } from '../../anatomy/names';
import { PALM_RADIUS_S, palmFootprintOf } from '../../physiology';
import { DEEP_VEIN_EXTRA_SPREAD_DEG, SUPERFICIAL_VEIN_DEPTH_MM } from '../../physiology/parameters';
import { circularMeanDegrees, thetaDistance } from '../../anatomy/chartAngle';

export interface FocusValve {
  readonly s: number;
  readonly theta: number;
  readonly deep: boolean;
}

export interface FocusHand {
  readonly s: number;
  readonly theta: number;
  readonly contact: boolean;
  readonly pressure: PressureLevel;
  /** Half the palm's width round the leg and the skin's mm per degree, when known. */
  readonly palmSpreadDeg?: number;
  readonly skinMmPerDegree?: number;
}

/** Farthest ahead of a palm's centre a valve counts, in s: the palm's reach and as much again. */
export const FOCUS_AHEAD_S = 2.5 * PALM_RADIUS_S;
/** Nearest: under the palm's front edge (its full-pressure middle reaches 0.5 × the radius). */
export const FOCUS_NEAR_S = 0.7 * PALM_RADIUS_S;

/** How far round the leg from a palm's centre it presses a superficial vein (degrees). */
function superficialReach(hand: FocusHand): number {
  const { spreadDeg, mmPerDegree } = palmFootprintOf(hand);
  // Up to about the vein's depth past the palm's edge (compression.ts); the fixed footprint
  // without the girth ends at its spread.
  return mmPerDegree ? spreadDeg + SUPERFICIAL_VEIN_DEPTH_MM / mmPerDegree : spreadDeg;
}

function reaches(valve: FocusValve, hand: FocusHand): boolean {
  if (!hand.contact) return false;
  if (valve.deep && hand.pressure === 'light') return false;
  const spread = valve.deep
    ? palmFootprintOf(hand).spreadDeg + DEEP_VEIN_EXTRA_SPREAD_DEG
    : superficialReach(hand);
  return thetaDistance(hand.theta, valve.theta) <= spread;
}

/**
 * The stroke's line round the leg: the middle of the hands on the skin (the lane, for palms
 * side by side), and how far either side of it a valve counts as on it: out past each palm's
 * centre by a quarter of its width (the vein round the back of a thin shin, under the outer
 * half of a palm, is not the stroke's), and at least what one palm reaches. Null with no hand on the
 * skin.
 */
function strokeLine(hands: readonly FocusHand[]): { theta: number; halfWidth: number } | null {
  const on = hands.filter((h) => h.contact);
  const first = on[0];
  if (!first) return null;
  // Two hands facing each other across the leg have no middle: take the first one's line.
  const theta = circularMeanDegrees(on.map((h) => h.theta)) ?? first.theta;
  let halfWidth = 0;
  for (const h of on) {
    const palm = palmFootprintOf(h).spreadDeg;
    halfWidth = Math.max(halfWidth, superficialReach(h), thetaDistance(theta, h.theta) + palm / 4);
  }
  return { theta, halfWidth };
}

/**
 * Index of the valve ahead of the hands in `direction` (+1 toward the heart, −1 away), or −1.
 */
export function valveAhead(
  valves: readonly FocusValve[],
  hands: readonly FocusHand[],
  direction: 1 | -1,
): number {
  let best = -1;
  let bestKey = Infinity;
  const line = strokeLine(hands);
  if (!line) return best;
  // Index loops, no closure or destructuring: the flow asks this every frame.
  for (let i = 0; i < valves.length; i++) {
    const valve = valves[i]!;
    // On a thin shin a palm beside the lane also covers the vein round the back of the leg,
    // but the stroke pushes along its own line: only a valve on it is pointed out.
    if (!valve.deep && thetaDistance(line.theta, valve.theta) > line.halfWidth) continue;
    for (let h = 0; h < hands.length; h++) {
      const hand = hands[h]!;
      if (!reaches(valve, hand)) continue;
      const ahead = direction * (valve.s - hand.s);
      if (ahead < FOCUS_NEAR_S || ahead > FOCUS_AHEAD_S) continue;
      const key = (valve.deep ? 1 : 0) + ahead; // any superficial valve before any deep one
      if (key < bestKey) {
        best = i;
        bestKey = key;
      }
    }
  }
  return best;
}
