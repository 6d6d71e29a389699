/**
 * Places on the leg to keep off that someone marked (a wound, a rash, a varicose vein, a
 * bruise): where they are in chart coordinates, how large they are on the skin, and the chart
 * footprint (`UserMark`) that the pressure zones and the stroke check keep off.
 */
import type { ChartScale } from './chartScale';
import { ASPECT_THETA, type AspectName, type LegSide } from './names';
import type { ChartLandmarks } from './regions';
import type { UserMark } from './markFootprint';

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

/** The footprints of the marks on `leg`, for the zones and the stroke check. */
export function footprintsOnLeg(
  marks: readonly KeepOffMark[],
  leg: LegSide,
  scale: ChartScale,
): UserMark[] {
  return marksOnLeg(marks, leg).map((mark) => userMarkOf(mark, scale));
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

/** Levels of the leg a mark can be placed at without pointing (by keyboard). */
export const MARK_LEVELS = [
  'foot',
  'ankle',
  'lower-leg-low',
  'lower-leg-high',
  'knee',
  'thigh-low',
  'thigh-high',
] as const;
export type MarkLevel = (typeof MARK_LEVELS)[number];

/** Sides of the leg a mark can be placed on without pointing. */
export const MARK_SIDES = [
  'anterior',
  'medial',
  'posterior',
  'lateral',
] as const satisfies readonly AspectName[];
export type MarkSide = (typeof MARK_SIDES)[number];

/** The chart place of a level and side: landmarks and thirds of the leg between them. */
export function placeAt(
  landmarks: ChartLandmarks,
  level: MarkLevel,
  side: MarkSide,
): { s: number; theta: number } {
  const ankle = landmarks.medial_malleolus.s;
  const knee = landmarks.patella_centre.s;
  const groin = landmarks.groin_crease.s;
  const s: Record<MarkLevel, number> = {
    foot: (landmarks.toe_tip.s + ankle) / 2,
    ankle,
    'lower-leg-low': ankle + (knee - ankle) / 3,
    'lower-leg-high': ankle + ((knee - ankle) * 2) / 3,
    knee,
    'thigh-low': knee + (groin - knee) / 3,
    'thigh-high': knee + ((groin - knee) * 2) / 3,
  };
  return { s: s[level], theta: ASPECT_THETA[side] };
}
