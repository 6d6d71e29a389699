/**
 * Places on the leg to keep off that someone marked (a wound, a rash, a varicose vein, a
 * bruise): where they are in chart coordinates, how large they are on the skin, and the chart
 * footprint (`UserMark`) that the pressure zones and the stroke check keep off.
 */
import type { ChartScale } from './chartScale';
import { ASPECT_THETA, type AspectName, type LegSide } from './names';
import type { ChartLandmarks } from './regions';
import type { UserMark } from './skinZones';

export const MARK_KINDS = ['wound', 'rash', 'varicose-vein', 'bruise', 'other'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

/** Radius of a marked place on the skin, in centimetres. */
export const MARK_RADIUS_CM = { min: 1, max: 15 } as const;
export const MAX_KEEP_OFF_MARKS = 50;

export interface KeepOffMark {
  id: string;
  kind: MarkKind;
  /** The leg it is on; absent for the same place on both legs. */
  leg?: LegSide;
  /** Chart position of its centre (s 0 toe tip → 1 groin; θ° 0 front, +90 inner side). */
  s: number;
  theta: number;
  radiusCm: number;
  note?: string;
}

/** The marks that lie on `leg`. */
export function marksOnLeg<T extends Pick<KeepOffMark, 'leg'>>(
  marks: readonly T[],
  leg: LegSide,
): T[] {
  return marks.filter((mark) => mark.leg === undefined || mark.leg === leg);
}

/** The chart footprint of a mark: its radius in centimetres as radii along and around the leg. */
export function userMarkOf(mark: KeepOffMark, scale: ChartScale): UserMark {
  const radiusM = mark.radiusCm / 100;
  return {
    id: mark.id,
    s: mark.s,
    theta: mark.theta,
    radiusS: radiusM / scale.metresPerS(mark.s, mark.theta),
    radiusDeg: Math.min(180, radiusM / scale.metresPerDegree(mark.s, mark.theta)),
  };
}

/** A mark's centre at the level of a landmark, on one side of the leg (keyboard placement). */
export function placeAt(
  landmarks: ChartLandmarks,
  landmark: keyof ChartLandmarks,
  aspect: AspectName,
): { s: number; theta: number } {
  return { s: landmarks[landmark].s, theta: ASPECT_THETA[aspect] };
}
