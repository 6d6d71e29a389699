/**
 * Which valve to point out: the one the hands are pushing blood toward. Along a proximal stroke
 * it is the next valve above the palm, which opens as the palm sweeps blood through it; along a
 * stroke run the wrong way it is the next valve below the palm, which shuts. Pure.
 *
 * A valve counts when it lies within a palm's reach around the leg (its footprint's half-width;
 * deep veins are reached from a wider arc, as in the flow model) and a short way ahead in s.
 * Superficial valves, directly under the palm, win over deep ones.
 */
import { PALM_RADIUS_S, PALM_SPREAD_DEG } from '../../physiology';
import { DEEP_VEIN_EXTRA_SPREAD_DEG } from '../../physiology/parameters';
import { angleDifferenceDeg } from '../../physiology/veinGeometry';

export interface FocusValve {
  readonly s: number;
  readonly theta: number;
  readonly deep: boolean;
}

export interface FocusHand {
  readonly s: number;
  readonly theta: number;
  readonly contact: boolean;
}

/** How far ahead of a palm's centre a valve may be, in s: the palm's reach and as much again. */
export const FOCUS_AHEAD_S = 2.5 * PALM_RADIUS_S;
/** A valve just behind the palm's centre (under its middle) still counts. */
const FOCUS_BEHIND_S = 0.2 * PALM_RADIUS_S;

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
  valves.forEach((valve, i) => {
    const spread = valve.deep ? PALM_SPREAD_DEG + DEEP_VEIN_EXTRA_SPREAD_DEG : PALM_SPREAD_DEG;
    for (const hand of hands) {
      if (!hand.contact) continue;
      if (Math.abs(angleDifferenceDeg(hand.theta, valve.theta)) > spread) continue;
      const ahead = direction * (valve.s - hand.s);
      if (ahead < -FOCUS_BEHIND_S || ahead > FOCUS_AHEAD_S) continue;
      const key = (valve.deep ? 1 : 0) + ahead; // any superficial valve before any deep one
      if (key < bestKey) [best, bestKey] = [i, key];
    }
  });
  return best;
}
