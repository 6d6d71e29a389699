/**
 * The zone under a palm: the most restrictive of the zones at its centre and at its two ends
 * along the leg, so that a hand whose heel or fingertips reach a lighter zone (the hollow of the
 * knee, the kneecap, a marked wound) is held to that zone too. Watch, Practice and drills judge
 * "the zone under the hand" with this one definition.
 */
import { ZONE_LEVELS, type Zone, type ZoneLevel } from './zones';

/** The zone at a chart point (s from toe tip to groin, θ in degrees). */
export type ZoneAt = (s: number, theta: number) => Zone;

const rank = (level: ZoneLevel) => ZONE_LEVELS.indexOf(level);

/** The more restrictive of two zone levels. */
export function lighterLevel(a: ZoneLevel, b: ZoneLevel): ZoneLevel {
  return rank(a) <= rank(b) ? a : b;
}

/** `halfPalmS`: half a palm's length along the leg, in chart s (see `handSize.ts`). */
export function zoneUnderHand(zoneAt: ZoneAt, s: number, theta: number, halfPalmS: number): Zone {
  let worst = zoneAt(s, theta);
  for (const along of [s - halfPalmS, s + halfPalmS]) {
    const zone = zoneAt(Math.min(1, Math.max(0, along)), theta);
    if (rank(zone.level) < rank(worst.level)) worst = zone;
  }
  return worst;
}
