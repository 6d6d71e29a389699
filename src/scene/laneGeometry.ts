/**
 * Geometry for a stroke lane drawn on the skin: a thin tube just above the surface from the
 * lane's start to its end, and arrowheads pointing the way the stroke goes (toward the heart).
 */
import { CatmullRomCurve3, ConeGeometry, Matrix4, Quaternion, TubeGeometry, Vector3 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { Lane, Timeline } from '../protocol/timeline';
import type { SkinSurface } from './surface';

const LIFT_M = 0.004;
const SAMPLES = 48;
export const LANE_TUBE_SEGMENTS = 96;
export const LANE_TUBE_RADIAL = 6;

export function lanePoints(surface: SkinSurface, lane: Lane): Vector3[] {
  const points: Vector3[] = [];
  const normal = new Vector3();
  for (let i = 0; i <= SAMPLES; i++) {
    const s = lane.sFrom + ((lane.sTo - lane.sFrom) * i) / SAMPLES;
    const p = new Vector3();
    surface.pointAt(s, lane.theta, p, normal);
    points.push(p.addScaledVector(normal, LIFT_M));
  }
  return points;
}

export function laneTube(points: Vector3[], radius: number): TubeGeometry {
  const curve = new CatmullRomCurve3(points);
  return new TubeGeometry(curve, LANE_TUBE_SEGMENTS, radius, LANE_TUBE_RADIAL, false);
}

/** Arrowheads every `spacing` metres along the lane, pointing from start to end. */
export function laneArrows(points: Vector3[], spacing: number, size: number) {
  const curve = new CatmullRomCurve3(points);
  const length = curve.getLength();
  const count = Math.max(1, Math.floor(length / spacing));
  const cones = [];
  const up = new Vector3(0, 1, 0);
  for (let i = 1; i <= count; i++) {
    const u = Math.min(0.98, (i - 0.35) / count);
    const at = curve.getPointAt(u);
    const tangent = curve.getTangentAt(u);
    const cone = new ConeGeometry(size * 0.55, size, 12);
    const m = new Matrix4().compose(
      at,
      new Quaternion().setFromUnitVectors(up, tangent),
      new Vector3(1, 1, 1),
    );
    cone.applyMatrix4(m);
    cones.push(cone);
  }
  const merged = mergeGeometries(cones);
  cones.forEach((c) => c.dispose());
  return merged;
}

/** The lanes of one phase of the timeline, by stroke id (each lane once). */
export function lanesOfPhase(timeline: Timeline, phaseIndex: number): Map<string, Lane> {
  const lanes = new Map<string, Lane>();
  for (const clip of timeline.clips) {
    if (clip.kind !== 'return' && clip.phaseIndex === phaseIndex)
      lanes.set(clip.strokeId, clip.lane);
  }
  return lanes;
}
