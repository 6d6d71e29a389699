/**
 * The zone under a palm: the most restrictive of the zones at its centre, at its two ends along
 * the leg and at its two sides around it, so that a hand whose heel or fingertips reach a lighter zone (the hollow of the
 * knee, the kneecap, a marked wound) is held to that zone too. Watch, Practice and drills judge
 * "the zone under the hand" with this one definition.
 */
import { PALM_HALF_WIDTH_DEGREES } from '../anatomy/handSize';
import { ZONE_LEVELS, type Zone, type ZoneLevel } from './zones';

/** θ folded into (−180, 180]. */
function wrapDegrees(theta: number): number {
  const folded = ((((theta + 180) % 360) + 360) % 360) - 180;
  return folded === -180 ? 180 : folded;
}

/** The zone at a chart point (s from toe tip to groin, θ in degrees). */
export type ZoneAt = (s: number, theta: number) => Zone;

const rank = (level: ZoneLevel) => ZONE_LEVELS.indexOf(level);

/**
 * `halfPalmS`: half a palm's length along the leg, in chart s; the palm's half-width around the
 * leg is PALM_HALF_WIDTH_DEGREES (see `handSize.ts`).
 */
export function zoneUnderHand(zoneAt: ZoneAt, s: number, theta: number, halfPalmS: number): Zone {
  let worst = zoneAt(s, theta);
  const consider = (zone: Zone) => {
    if (rank(zone.level) < rank(worst.level)) worst = zone;
  };
  for (const along of [s - halfPalmS, s + halfPalmS]) {
    consider(zoneAt(Math.min(1, Math.max(0, along)), theta));
  }
  for (const around of [-PALM_HALF_WIDTH_DEGREES, PALM_HALF_WIDTH_DEGREES]) {
    consider(zoneAt(s, wrapDegrees(theta + around)));
  }
  return worst;
}
