/**
 * θ arithmetic on the leg surface chart, the one home for it: angles around the leg in degrees,
 * wrapping at ±180 (the posterior midline), where −180 and +180 are the same place. A stroke that
 * crosses the back of the leg goes from +179 to −179, which is 2° and not 358°.
 */

/** The same direction as `degrees`, in (−180, 180]. */
export function wrapDegrees(degrees: number): number {
  const wrapped = ((((degrees + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 ? 180 : wrapped;
}

/** Signed shortest turn from `from` to `to`, in (−180, 180]. */
export function thetaDelta(from: number, to: number): number {
  return wrapDegrees(to - from);
}

/** Unsigned angle between two directions, 0 to 180. */
export function thetaDistance(a: number, b: number): number {
  return Math.abs(thetaDelta(a, b));
}

/** From `a` toward `b` by fraction `f`, the short way round, in (−180, 180]. */
export function lerpDegrees(a: number, b: number, f: number): number {
  return wrapDegrees(a + thetaDelta(a, b) * f);
}

/**
 * Mean direction of a set of angles (the arithmetic mean of 179 and −179 would be 0, the front of
 * the leg, when both lie at the back). Null when the angles cancel out.
 */
export function circularMeanDegrees(angles: readonly number[]): number | null {
  let x = 0;
  let y = 0;
  for (const angle of angles) {
    const radians = (angle * Math.PI) / 180;
    x += Math.cos(radians);
    y += Math.sin(radians);
  }
  if (Math.hypot(x, y) < 1e-9 * Math.max(1, angles.length)) return null;
  return wrapDegrees((Math.atan2(y, x) * 180) / Math.PI);
}
