/**
 * Which valve to point out: the one the hands are pushing blood toward. Along a proximal stroke
 * it is the next valve above the palm, which opens as the palm sweeps blood through it; along a
 * stroke run the wrong way it is the next valve below the palm, which shuts. Pure.
 *
 * A valve counts from when the palm's front edge starts to reach it until the palm's middle is
 * nearly on it (then the palm presses both sides of it and the next one matters), and only within
 * the palm's width around the leg. Deep veins are reached from a wider arc and only by more than
 * light pressure (as in the flow model, `compression.ts`); superficial valves, directly under the
 * palm, win over deep ones.
 */
import type { PressureLevel } from '../../anatomy/names';
import { PALM_RADIUS_S, PALM_SPREAD_DEG } from '../../physiology';
import { DEEP_VEIN_EXTRA_SPREAD_DEG } from '../../physiology/parameters';
import { thetaDistance } from '../../anatomy/chartAngle';

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
}

/** Farthest ahead of a palm's centre a valve counts, in s: the palm's reach and as much again. */
export const FOCUS_AHEAD_S = 2.5 * PALM_RADIUS_S;
/** Nearest: under the palm's front edge (its full-pressure middle reaches 0.5 × the radius). */
export const FOCUS_NEAR_S = 0.7 * PALM_RADIUS_S;

function reaches(valve: FocusValve, hand: FocusHand): boolean {
  if (!hand.contact) return false;
  if (valve.deep && hand.pressure === 'light') return false;
  const spread = valve.deep ? PALM_SPREAD_DEG + DEEP_VEIN_EXTRA_SPREAD_DEG : PALM_SPREAD_DEG;
  return thetaDistance(hand.theta, valve.theta) <= spread;
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
  valves.forEach((valve, i) => {
    for (const hand of hands) {
      if (!reaches(valve, hand)) continue;
      const ahead = direction * (valve.s - hand.s);
      if (ahead < FOCUS_NEAR_S || ahead > FOCUS_AHEAD_S) continue;
      const key = (valve.deep ? 1 : 0) + ahead; // any superficial valve before any deep one
      if (key < bestKey) [best, bestKey] = [i, key];
    }
  });
  return best;
}
