/** θ arithmetic on the chart, where −180 and +180 are the same place (posterior). */

/** θ folded into (−180, 180]. */
export function wrapDegrees(theta: number): number {
  const folded = ((((theta + 180) % 360) + 360) % 360) - 180;
  return folded === -180 ? 180 : folded;
}

/** From `a` toward `b` by fraction `f`, the short way round. */
export function lerpDegrees(a: number, b: number, f: number): number {
  const delta = wrapDegrees(b - a);
  return wrapDegrees(a + delta * f);
}
