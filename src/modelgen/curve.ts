import type { V3 } from './vec';
import { add, dist, lerp3, scale, sub } from './vec';

/** Centripetal-free uniform Catmull–Rom through points, sampled about every `step` metres. */
export function catmullRom(points: readonly V3[], step: number): V3[] {
  const out: V3[] = [];
  const P = (i: number) => points[Math.max(0, Math.min(points.length - 1, i))]!;
  for (let i = 0; i + 1 < points.length; i++) {
    const p0 = P(i - 1);
    const p1 = P(i);
    const p2 = P(i + 1);
    const p3 = P(i + 2);
    const n = Math.max(1, Math.ceil(dist(p1, p2) / step));
    for (let j = 0; j < n; j++) {
      const t = j / n;
      const t2 = t * t;
      const t3 = t2 * t;
      const a = scale(p1, 2);
      const b = scale(sub(p2, p0), t);
      const c = scale(add(sub(scale(p0, 2), scale(p1, 5)), sub(scale(p2, 4), p3)), t2);
      const d = scale(add(sub(scale(p1, 3), p0), sub(p3, scale(p2, 3))), t3);
      out.push(scale(add(add(a, b), add(c, d)), 0.5));
    }
  }
  out.push(points[points.length - 1]!);
  return out;
}

/** Cumulative arc length of a polyline. */
export function arcLengths(points: readonly V3[]): number[] {
  const out = [0];
  for (let i = 1; i < points.length; i++) out.push(out[i - 1]! + dist(points[i - 1]!, points[i]!));
  return out;
}

/** Point and unit tangent at arc length l along a polyline. */
export function pointAt(points: readonly V3[], ls: readonly number[], l: number): { p: V3; t: V3 } {
  let i = 1;
  while (i < points.length - 1 && ls[i]! < l) i++;
  const a = points[i - 1]!;
  const b = points[i]!;
  const seg = ls[i]! - ls[i - 1]!;
  const t = seg > 0 ? Math.max(0, Math.min(1, (l - ls[i - 1]!) / seg)) : 0;
  const d = sub(b, a);
  const dl = Math.hypot(...d) || 1;
  return { p: lerp3(a, b, t), t: scale(d, 1 / dl) };
}
