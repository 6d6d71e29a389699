/**
 * The outline of a marked place on the skin: a closed loop along the edge of its chart
 * footprint, lifted a little off the skin so it is never hidden in it.
 */
import { Vector3 } from 'three';
import type { UserMark } from '../../anatomy/markFootprint';
import type { SkinSurface } from '../surface';

const SEGMENTS = 48;
/** Metres off the skin. */
const LIFT_M = 0.002;

const point = new Vector3();
const normal = new Vector3();

/** Flat xyz positions of the loop around `mark` (SEGMENTS points, closed by the line loop). */
export function markRingPositions(mark: UserMark, surface: SkinSurface): Float32Array {
  const out = new Float32Array(SEGMENTS * 3);
  for (let i = 0; i < SEGMENTS; i++) {
    const angle = (i / SEGMENTS) * 2 * Math.PI;
    const s = Math.min(1, Math.max(0, mark.s + mark.radiusS * Math.cos(angle)));
    surface.pointAt(s, mark.theta + mark.radiusDeg * Math.sin(angle), point, normal);
    point.addScaledVector(normal, LIFT_M);
    out.set([point.x, point.y, point.z], i * 3);
  }
  return out;
}
