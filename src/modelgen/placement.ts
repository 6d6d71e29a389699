import type { Body } from './body';
import { outermostHit } from './field';
import type { V3 } from './vec';
import { add, scale, sub } from './vec';

/** The skin point over a point: same slice, same angle, on the outermost skin. */
export function skinOver(body: Body, p: V3): { point: V3; s: number; theta: number } {
  const { s, theta } = body.axis.chartOf(p);
  return { point: skinAt(body, s, theta), s, theta };
}

/**
 * The skin point horizontally outward from the leg's axis toward p, at p's height: how the
 * survey measures landmark heights (a horizontal line from the bony point to the skin).
 */
export function skinOverHorizontal(body: Body, p: V3): V3 {
  const frames = body.axis.frames;
  // The axis point at this height on the upright part of the axis (below it: the bend's end).
  let c: V3 | null = null;
  let best = Infinity;
  for (const f of frames) {
    if (f.n[1] < 0.9) continue;
    const dy = Math.abs(f.a[1] - p[1]);
    if (dy < best) {
      best = dy;
      c = [f.a[0], p[1], f.a[2]];
    }
  }
  if (c === null) throw new Error('axis has no upright part');
  const d = sub(p, c);
  d[1] = 0;
  const l = Math.hypot(d[0], d[2]) || 1;
  const dir: V3 = [d[0] / l, 0, d[2] / l];
  const r = outermostHit((x, y, z) => body.field.skin(x, y, z), c, dir, 0.3) ?? 0;
  return add(c, scale(dir, r));
}

/** Ray from the axis at chart (s, θ) to the skin field. */
function skinAt(body: Body, s: number, theta: number): V3 {
  const f = body.axis.frame(s);
  const d = body.axis.direction(f, theta);
  let rMax = 0.24;
  const c = f.inward[0] * d[0] + f.inward[1] * d[1] + f.inward[2] * d[2];
  if (f.kappa > 1e-6 && c > 0.05) rMax = Math.min(rMax, 0.95 / (f.kappa * c));
  const r = outermostHit((x, y, z) => body.field.skin(x, y, z), f.a, d, rMax) ?? 0;
  return add(f.a, scale(d, r));
}

/** Thickness of the fat layer under a skin point, along the inward normal (m). */
export function fatThickness(body: Body, skinPoint: V3): number {
  const n = body.field.normal(...skinPoint);
  const at = (t: number) => body.field.inner(...sub(skinPoint, scale(n, t)));
  if (at(0) <= 0) return 0;
  let lo = 0;
  let hi = 0.04;
  if (at(hi) > 0) return hi;
  for (let i = 0; i < 30; i++) {
    const mid = 0.5 * (lo + hi);
    if (at(mid) > 0) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** A point in the subcutaneous fat under the skin over p, at the given depth. */
export function subcutaneous(body: Body, p: V3, depth: number): V3 {
  const { point } = skinOver(body, p);
  const n = body.field.normal(...point);
  return sub(point, scale(n, depth));
}
