/**
 * The zone under a palm: the most restrictive of the zones over its footprint (an ellipse half a
 * palm long along the leg and half a palm wide around it, looked at on its centre and on two
 * rings), so that a hand whose heel, fingertips or a corner reach a lighter zone
 * (the hollow of the knee, the kneecap, the femoral triangle, a marked wound) is held to that zone
 * too. Watch, Practice and drills judge "the zone under the hand" with this one definition.
 *
 * Why two rings: the palm's four ends alone missed the femoral triangle's lower corner under the
 * upper outer quarter of the palm at the end of the front thigh compression (measured on the
 * default leg: the zone there is light, the four ends said firm).
 */
import { thetaDistance } from '../anatomy/chartAngle';
import { PALM_HALF_WIDTH_DEGREES } from '../anatomy/handSize';
import type { UserMark } from '../anatomy/markFootprint';
import { ZONE_LEVELS, type Zone, type ZoneLevel } from './zones';

/** θ folded into (−180, 180]. */
function wrapDegrees(theta: number): number {
  const folded = ((((theta + 180) % 360) + 360) % 360) - 180;
  return folded === -180 ? 180 : folded;
}

/**
 * The zone at a chart point (s from toe tip to groin, θ in degrees), with the places the user
 * marked to keep off that it includes: a mark can be 1 cm across, smaller than the gaps between
 * the palm's sampled points, so the palm is tested against each mark's whole ellipse.
 */
export type ZoneAt = ((s: number, theta: number) => Zone) & {
  readonly marks?: readonly UserMark[];
};

const NO_MARKS: readonly UserMark[] = [];

const rank = (level: ZoneLevel) => ZONE_LEVELS.indexOf(level);

/**
 * The palm's footprint besides its centre, as (along, around) fractions of its half-sizes: eight
 * points half-way out and sixteen on the edge, where a zone's border cuts a corner of the palm.
 */
const FOOTPRINT: readonly (readonly [number, number])[] = [...ring(0.5, 8), ...ring(1, 16)];

function ring(radius: number, points: number): (readonly [number, number])[] {
  return Array.from({ length: points }, (_, i) => {
    const angle = (2 * Math.PI * i) / points;
    return [radius * Math.cos(angle), radius * Math.sin(angle)] as const;
  });
}

/**
 * `halfPalmS`: half a palm's length along the leg, in chart s; the palm's half-width around the
 * leg is PALM_HALF_WIDTH_DEGREES (see `handSize.ts`).
 */
export function zoneUnderHand(zoneAt: ZoneAt, s: number, theta: number, halfPalmS: number): Zone {
  // Index loops: no closure, iterator or destructured pair per call (called every frame per hand).
  const marks = zoneAt.marks ?? NO_MARKS;
  for (let m = 0; m < marks.length; m++) {
    const mark = marks[m]!;
    if (palmReachesMark(mark, s, theta, halfPalmS)) return { level: 'keep-off', sourceId: mark.id };
  }
  let worst = zoneAt(s, theta);
  for (let i = 0; i < FOOTPRINT.length; i++) {
    const along = FOOTPRINT[i]![0];
    const around = FOOTPRINT[i]![1];
    const zone = zoneAt(
      Math.min(1, Math.max(0, s + along * halfPalmS)),
      wrapDegrees(theta + around * PALM_HALF_WIDTH_DEGREES),
    );
    if (rank(zone.level) < rank(worst.level)) worst = zone;
  }
  return worst;
}

/** Directions in a quarter turn along which the palm and a mark are tried apart. */
const SEPARATIONS = Array.from({ length: 17 }, (_, i) => {
  const angle = (i * Math.PI) / 32;
  return [Math.cos(angle), Math.sin(angle)] as const;
});

/**
 * Whether a palm centred at (s, θ) touches a marked ellipse: the two ellipses meet unless, along
 * some direction, the gap between their centres is more than their two half-extents there (the
 * support functions). Tried every 5.6°, which errs on the safe side by at most 0.1 %.
 */
function palmReachesMark(mark: UserMark, s: number, theta: number, halfPalmS: number): boolean {
  const along = Math.abs(s - mark.s);
  const around = thetaDistance(theta, mark.theta);
  for (let i = 0; i < SEPARATIONS.length; i++) {
    const u = SEPARATIONS[i]![0];
    const v = SEPARATIONS[i]![1];
    const palm = Math.hypot(halfPalmS * u, PALM_HALF_WIDTH_DEGREES * v);
    const marked = Math.hypot(mark.radiusS * u, mark.radiusDeg * v);
    if (along * u + around * v > palm + marked) return false;
  }
  return true;
}
