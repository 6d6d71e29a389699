import type { Body } from './body';
import { outermostHit } from './field';

/** Perimeter of the convex hull of 2D points: what a tape measure reads around a section. */
export function hullPerimeter(pts: readonly (readonly [number, number])[]): number {
  const p = [...pts].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return 0;
  const crossZ = (o: readonly number[], a: readonly number[], b: readonly number[]) =>
    (a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!);
  const lower: (readonly [number, number])[] = [];
  for (const q of p) {
    while (lower.length >= 2 && crossZ(lower[lower.length - 2]!, lower[lower.length - 1]!, q) <= 0)
      lower.pop();
    lower.push(q);
  }
  const upper: (readonly [number, number])[] = [];
  for (let i = p.length - 1; i >= 0; i--) {
    const q = p[i]!;
    while (upper.length >= 2 && crossZ(upper[upper.length - 2]!, upper[upper.length - 1]!, q) <= 0)
      upper.pop();
    upper.push(q);
  }
  const hull = [...lower.slice(0, -1), ...upper.slice(0, -1)];
  let per = 0;
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i]!;
    const b = hull[(i + 1) % hull.length]!;
    per += Math.hypot(b[0] - a[0], b[1] - a[1]);
  }
  return per;
}

/** Horizontal girth of the skin field at height y (m), rays from the axis point at that height. */
function fieldGirth(body: Body, y: number, rays = 180): number {
  const frames = body.axis.frames;
  let best = frames[0]!;
  for (const f of frames)
    if (Math.abs(f.a[1] - y) < Math.abs(best.a[1] - y) && f.n[1] > 0.7) best = f;
  const o = [best.a[0], y, best.a[2]];
  const pts: [number, number][] = [];
  const skin = (x: number, yy: number, z: number) => body.field.skin(x, yy, z);
  for (let i = 0; i < rays; i++) {
    const a = (2 * Math.PI * i) / rays;
    const d = [Math.sin(a), 0, Math.cos(a)];
    const r = outermostHit(skin, o, d, 0.25);
    if (r !== null) pts.push([o[0]! + d[0]! * r, o[2]! + d[2]! * r]);
  }
  return hullPerimeter(pts);
}

/** ANSUR girth levels on this body (model metres), as the generator and the tests define them. */
function girthLevels(body: Body) {
  const L = body.layout;
  return {
    /** Minimum girth above the malleoli. */
    ankle: { from: L.y(0.12), to: L.y(0.24) },
    /** Maximum girth of the calf. */
    calf: { from: L.y(0.25), to: L.y(0.41) },
    /** Just above the knee: about a centimetre above the top of the patella. */
    lowerThigh: L.y(0.52),
    /** At the gluteal furrow, about 2.5 cm below the crotch. */
    thigh: L.y(0.821),
  };
}

/** How finely girths are searched: height step (m) and rays per section. */
export interface GirthSampling {
  readonly step: number;
  readonly rays: number;
}

export const FINE_GIRTHS: GirthSampling = { step: 0.005, rays: 180 };

function scan(
  body: Body,
  from: number,
  to: number,
  pick: (a: number, b: number) => boolean,
  g: GirthSampling,
) {
  const coarseRays = Math.max(32, g.rays >> 1);
  let best = { y: from, c: fieldGirth(body, from, coarseRays) };
  for (let y = from; y <= to; y += g.step) {
    const c = fieldGirth(body, y, coarseRays);
    if (pick(c, best.c)) best = { y, c };
  }
  return { y: best.y, c: fieldGirth(body, best.y, g.rays) };
}

export function measureFieldGirths(body: Body, g: GirthSampling = FINE_GIRTHS) {
  const lv = girthLevels(body);
  return {
    ankle: scan(body, lv.ankle.from, lv.ankle.to, (a, b) => a < b, g),
    calf: scan(body, lv.calf.from, lv.calf.to, (a, b) => a > b, g),
    lowerThigh: { y: lv.lowerThigh, c: fieldGirth(body, lv.lowerThigh, g.rays) },
    thigh: { y: lv.thigh, c: fieldGirth(body, lv.thigh, g.rays) },
  };
}
