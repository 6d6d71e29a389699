/**
 * Orients a hand on the skin: palm on the surface (back of the hand along the normal), fingers
 * pointing up the leg (toward the heart). Pure maths with caller-owned scratch objects.
 */
import { Matrix4, Vector3 } from 'three';
import type { SkinSurface } from './surface';

const ahead = new Vector3();
const aheadNormal = new Vector3();
const xAxis = new Vector3();
const forward = new Vector3();

/** Step along s used to find the direction up the leg. */
const DS = 0.01;

/**
 * Writes into `out` the hand's world matrix at (s, θ): origin on the skin lifted by `lift`
 * metres, +y along the normal, +z up the leg, scaled by `scale`.
 */
export function handMatrix(
  surface: SkinSurface,
  s: number,
  theta: number,
  lift: number,
  scale: number,
  point: Vector3,
  normal: Vector3,
  out: Matrix4,
): Matrix4 {
  surface.pointAt(s, theta, point, normal);
  const sAhead = s + DS <= 1 ? s + DS : s - DS;
  surface.pointAt(sAhead, theta, ahead, aheadNormal);
  forward.subVectors(ahead, point);
  if (sAhead < s) forward.negate();
  // Keep "forward" in the tangent plane so the palm lies flat on the skin.
  forward.addScaledVector(normal, -forward.dot(normal));
  if (forward.lengthSq() < 1e-12) forward.set(0, 1, 0);
  forward.normalize();
  xAxis.crossVectors(normal, forward).normalize();
  out.makeBasis(xAxis, normal, forward);
  out.scale(ahead.set(scale, scale, scale));
  point.addScaledVector(normal, lift);
  out.setPosition(point);
  return out;
}
