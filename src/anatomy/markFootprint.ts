/**
 * The chart footprint of a place the user marked to keep off: an ellipse in (s, θ) that the
 * pressure zones, the demonstration and the stroke check all keep off.
 */
import { thetaDistance } from './chartAngle';

/** A place the user marked to keep off (a wound, a rash, a varicose vein…), in chart space. */
export interface UserMark {
  id: string;
  s: number;
  theta: number;
  /** Radius along the leg, as a fraction of s. */
  radiusS: number;
  /** Half-width around the leg, in degrees. */
  radiusDeg: number;
}

export function insideMark(mark: UserMark, s: number, theta: number): boolean {
  const ds = (s - mark.s) / mark.radiusS;
  const dt = thetaDistance(theta, mark.theta) / mark.radiusDeg;
  return ds * ds + dt * dt <= 1;
}
