/**
 * Signed distance to the skin for the hands' contact solver: a bounding-volume hierarchy
 * (three-mesh-bvh) over the model's skin triangles, in the model's (right leg) space.
 */
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH, type HitPointInfo } from 'three-mesh-bvh';
import type { LegChart } from '../../anatomy/chart';
import type { SkinData } from '../../anatomy/legModel';
import { skinGridOf, type SkinGrid } from './skinGrid';

/** Farther than this from the skin (m) counts as "far outside". */
const FAR_M = 0.06;
/**
 * Past this depth (m) the side is taken from crossings, not from the nearest face: near a crease
 * or a sharp bend (ankle, heel, toes) the nearest point is on an edge and that face's normal can
 * point either way, which put points of the hands 20-56 mm outside the skin "inside" it.
 */
const CROSSING_CHECK_M = 0.001;

export interface SkinProbe {
  /**
   * Signed distance (m) of a point to the skin: positive outside, negative inside. With
   * `outward`, also the way out of the skin from p (unit): toward the nearest skin point when
   * inside, the nearest face's normal otherwise. A point outside and farther than `reach` gives
   * `reach` (outward zero): callers that only ask "closer than this?" pass a small reach, and
   * the query stops there (its cost grows with the square of the distance). A point inside is
   * always measured, however deep.
   */
  signedDistance(p: Vector3, outward?: Vector3, reach?: number): number;
  /** The skin point and outward normal at chart (s, θ). */
  pointAt(s: number, theta: number, outPoint: Vector3, outNormal: Vector3): void;
}

export function skinProbeOf(skin: SkinData, chart: LegChart): SkinProbe {
  // Built on the first distance asked (by the solver, off the first frame), not up front.
  let bvh: MeshBVH | null = null;
  const tree = () => {
    if (bvh) return bvh;
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(skin.positions, 3));
    geometry.setIndex(new BufferAttribute(skin.index, 1));
    bvh = new MeshBVH(geometry);
    return bvh;
  };
  const hit: HitPointInfo = { point: new Vector3(), distance: 0, faceIndex: 0 };
  // Rays across the leg (the model's y runs along it): they never leave through its cut top.
  const across = [
    new Ray(new Vector3(), new Vector3(1, 0, 0)),
    new Ray(new Vector3(), new Vector3(0, 0, 1)),
  ];
  /** Inside by crossings of two rays across the leg; null when they disagree. */
  const insideByCrossings = (p: Vector3): boolean | null => {
    let odd = 0;
    for (const ray of across) {
      ray.origin.copy(p);
      if (tree().raycast(ray, DoubleSide).length % 2 === 1) odd++;
    }
    return odd === 2 ? true : odd === 0 ? false : null;
  };
  const a = new Vector3();
  const b = new Vector3();
  const c = new Vector3();
  const pos = skin.positions;
  const idx = skin.index;
  const sample = {
    position: [0, 0, 0] as [number, number, number],
    normal: [0, 1, 0] as [number, number, number],
  };
  // Built on the first query that stops at a reach.
  let grid: SkinGrid | null = null;
  const skinGrid = () => (grid ??= skinGridOf(tree(), skin.positions, skin.index));
  const probe: SkinProbe = {
    signedDistance(p, outward, reach = FAR_M) {
      // Nothing the solver asks about lies farther than FAR_M from the skin; stopping there
      // keeps each query short.
      const bound = Math.min(reach, FAR_M);
      const short = bound < FAR_M;
      // Surely outside and at least the reach away, from the grid alone: no query at all.
      if (short && skinGrid().clearance(p) >= bound) {
        outward?.set(0, 0, 0);
        return bound;
      }
      const found = tree().closestPointToPoint(p, hit, 0, bound);
      // A face past the reach can come back (its box was nearer): not surely the nearest one.
      if (!found || (short && hit.distance > bound)) {
        // Past the reach: outside, unless it may be deep inside (then measured in full).
        if (short && skinGrid().mayBeInside(p)) return probe.signedDistance(p, outward);
        outward?.set(0, 0, 0);
        return bound;
      }
      const f = hit.faceIndex * 3;
      a.fromArray(pos, idx[f]! * 3);
      b.fromArray(pos, idx[f + 1]! * 3);
      c.fromArray(pos, idx[f + 2]! * 3);
      // Face normal (the skin is wound outward); the side of p decides the sign.
      b.sub(a);
      c.sub(a);
      b.cross(c);
      outward?.copy(b).normalize();
      a.subVectors(p, hit.point);
      if (a.dot(b) >= 0) return hit.distance;
      // Only an "inside" is checked (most points asked are outside, and the checks cost time);
      // measured on the demonstration, checking every point changes no figure of the contact test.
      if (hit.distance > CROSSING_CHECK_M && insideByCrossings(p) === false) return hit.distance;
      // Inside: the shortest way out is straight to the nearest skin point.
      if (outward && hit.distance > 1e-6) outward.copy(a).multiplyScalar(-1 / hit.distance);
      return -hit.distance;
    },
    pointAt(s, theta, outPoint, outNormal) {
      chart.surfaceAt(s, theta, 'right', sample);
      outPoint.fromArray(sample.position);
      outNormal.fromArray(sample.normal);
    },
  };
  return probe;
}
