/**
 * A vein's centreline as a polyline parametrised by arc-length fraction, 0 at its distal end and
 * 1 at its proximal end: the same fractions the flow model uses (`networkFromLegModel` measures
 * them the same way). Looking a point up is a binary search; nothing is allocated.
 */
import type { Vec3Tuple } from '../../anatomy/legModel';

export interface Polyline {
  /** x, y, z of each point, metres. */
  readonly points: Float32Array;
  /** Arc-length fraction at each point, 0 … 1, non-decreasing. */
  readonly fractions: Float64Array;
  /** Radius at each point, metres. */
  readonly radii: Float32Array;
  readonly lengthM: number;
}

export function polylineOf(points: readonly Vec3Tuple[], radii: readonly number[] = []): Polyline {
  const n = points.length;
  if (n === 0) throw new Error('polyline: no points');
  const flat = new Float32Array(n * 3);
  const lengths = new Float64Array(n);
  const r = new Float32Array(n);
  points.forEach((p, i) => {
    flat.set(p, i * 3);
    r[i] = radii[i] ?? radii[radii.length - 1] ?? 0;
    if (i > 0) {
      const q = points[i - 1] as Vec3Tuple;
      lengths[i] = (lengths[i - 1] ?? 0) + Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
    }
  });
  const total = lengths[n - 1] ?? 0;
  const fractions = lengths.map((l) => (total > 0 ? l / total : 0));
  return { points: flat, fractions, radii: r, lengthM: total };
}

/** Index i of the segment [i, i + 1] holding fraction f (clamped to the line). */
export function segmentAt(line: Polyline, f: number): number {
  const fr = line.fractions;
  let lo = 0;
  let hi = fr.length - 2;
  if (hi <= 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((fr[mid] ?? 0) <= f) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where a fraction lies within its segment, 0 … 1. */
function within(line: Polyline, i: number, f: number): number {
  const a = line.fractions[i] ?? 0;
  const b = line.fractions[i + 1] ?? a;
  return b > a ? Math.min(1, Math.max(0, (f - a) / (b - a))) : 0;
}

/** Writes the point at fraction f into out[offset … offset + 2]; returns the radius there. */
export function pointAt(
  line: Polyline,
  f: number,
  out: Float32Array | number[],
  offset = 0,
): number {
  const p = line.points;
  if (p.length === 3) {
    out[offset] = p[0] ?? 0;
    out[offset + 1] = p[1] ?? 0;
    out[offset + 2] = p[2] ?? 0;
    return line.radii[0] ?? 0;
  }
  const i = segmentAt(line, f);
  const k = within(line, i, f);
  for (let c = 0; c < 3; c++) {
    const a = p[i * 3 + c] ?? 0;
    const b = p[i * 3 + 3 + c] ?? a;
    out[offset + c] = a + (b - a) * k;
  }
  const ra = line.radii[i] ?? 0;
  return ra + ((line.radii[i + 1] ?? ra) - ra) * k;
}
