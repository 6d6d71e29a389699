/** Points of a drill's target stretch on the skin, and the arrowhead at its end. */
import { ConeGeometry, Matrix4, Quaternion, Vector3, type BufferGeometry } from 'three';
import type { Drill } from '../../practice/drills';
import type { SkinSurface } from '../surface';

/** The lane's light edge floats this far above the skin, its dark dashes a little higher. */
export const EDGE_LIFT_M = 0.005;
export const DASH_LIFT_M = 0.007;
const STEPS = 60;
const ARROW_LENGTH_M = 0.03;

/** Along the lane's side from the start of the stretch to work to its end. */
export function drillLanePoints(surface: SkinSurface, drill: Drill, lift: number): Vector3[] {
  const { sFrom, sTo } = drill.target;
  const normal = new Vector3();
  return Array.from({ length: STEPS + 1 }, (_, i) => {
    const p = new Vector3();
    surface.pointAt(sFrom + ((sTo - sFrom) * i) / STEPS, drill.lane.theta, p, normal);
    return p.addScaledVector(normal, lift);
  });
}

/** A cone at the last point, pointing the way the lane runs. */
export function drillLaneArrow(points: readonly Vector3[]): BufferGeometry | null {
  const end = points[points.length - 1];
  const before = points[points.length - 2];
  if (!end || !before || end.distanceTo(before) === 0) return null;
  const direction = end.clone().sub(before).normalize();
  const cone = new ConeGeometry(ARROW_LENGTH_M * 0.45, ARROW_LENGTH_M, 12);
  cone.translate(0, -ARROW_LENGTH_M / 2, 0);
  const rotation = new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), direction);
  cone.applyMatrix4(
    new Matrix4().compose(
      end.clone().addScaledVector(direction, ARROW_LENGTH_M),
      rotation,
      new Vector3(1, 1, 1),
    ),
  );
  return cone;
}
