/**
 * Signed distance primitives (metres; negative inside). Plain numbers instead of vector
 * objects because the skin is evaluated a few million times per run.
 */

export type Vec3 = readonly [number, number, number];

/** Axis-aligned bounds used to skip far primitives. */
export interface Box {
  readonly min: Vec3;
  readonly max: Vec3;
}

export interface Sdf {
  readonly box: Box;
  d(x: number, y: number, z: number): number;
}

/** Polynomial smooth minimum (Quílez): blends two fields over a band of width k. */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

/** Distance from a point to a box (0 inside): a lower bound of any field inside the box. */
export function boxDistance(b: Box, x: number, y: number, z: number): number {
  const dx = Math.max(b.min[0] - x, 0, x - b.max[0]);
  const dy = Math.max(b.min[1] - y, 0, y - b.max[1]);
  const dz = Math.max(b.min[2] - z, 0, z - b.max[2]);
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

export function unionBox(boxes: readonly Box[], pad = 0): Box {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    for (let i = 0; i < 3; i++) {
      min[i] = Math.min(min[i]!, b.min[i]! - pad);
      max[i] = Math.max(max[i]!, b.max[i]! + pad);
    }
  }
  return { min, max };
}

function sub(a: Vec3, b: Vec3): [number, number, number] {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}
function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
function cross(a: Vec3, b: Vec3): [number, number, number] {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}
function normalize(a: Vec3): [number, number, number] {
  const l = Math.hypot(a[0], a[1], a[2]) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
}

/** Ellipsoid with axes along x, y, z (bound approximation, good near the surface). */
export class Ellipsoid implements Sdf {
  readonly box: Box;
  constructor(
    readonly c: Vec3,
    readonly r: Vec3,
  ) {
    this.box = {
      min: [c[0] - r[0], c[1] - r[1], c[2] - r[2]],
      max: [c[0] + r[0], c[1] + r[1], c[2] + r[2]],
    };
  }
  d(x: number, y: number, z: number): number {
    const qx = (x - this.c[0]) / this.r[0];
    const qy = (y - this.c[1]) / this.r[1];
    const qz = (z - this.c[2]) / this.r[2];
    const k0 = Math.sqrt(qx * qx + qy * qy + qz * qz);
    const k1 = Math.sqrt((qx / this.r[0]) ** 2 + (qy / this.r[1]) ** 2 + (qz / this.r[2]) ** 2);
    if (k1 < 1e-12) return -Math.min(this.r[0], this.r[1], this.r[2]);
    return (k0 * (k0 - 1)) / k1;
  }
}

/** Capsule whose radius goes linearly from r1 at a to r2 at b (exact, Quílez). */
export class RoundCone implements Sdf {
  readonly box: Box;
  private readonly ba: Vec3;
  private readonly l2: number;
  private readonly rr: number;
  private readonly a2: number;
  private readonly il2: number;
  constructor(
    readonly a: Vec3,
    readonly b: Vec3,
    readonly r1: number,
    readonly r2: number,
  ) {
    this.ba = sub(b, a);
    this.l2 = dot(this.ba, this.ba);
    this.rr = r1 - r2;
    this.a2 = this.l2 - this.rr * this.rr;
    this.il2 = 1 / this.l2;
    const r = Math.max(r1, r2);
    this.box = {
      min: [Math.min(a[0], b[0]) - r, Math.min(a[1], b[1]) - r, Math.min(a[2], b[2]) - r],
      max: [Math.max(a[0], b[0]) + r, Math.max(a[1], b[1]) + r, Math.max(a[2], b[2]) + r],
    };
  }
  d(x: number, y: number, z: number): number {
    const { ba, l2, rr, a2, il2 } = this;
    const px = x - this.a[0];
    const py = y - this.a[1];
    const pz = z - this.a[2];
    const yy = px * ba[0] + py * ba[1] + pz * ba[2];
    const zz = yy - l2;
    const wx = px * l2 - ba[0] * yy;
    const wy = py * l2 - ba[1] * yy;
    const wz = pz * l2 - ba[2] * yy;
    const x2 = wx * wx + wy * wy + wz * wz;
    const y2 = yy * yy * l2;
    const z2 = zz * zz * l2;
    const k = Math.sign(rr) * rr * rr * x2;
    if (Math.sign(zz) * a2 * z2 > k) return Math.sqrt(x2 + z2) * il2 - this.r2;
    if (Math.sign(yy) * a2 * y2 < k) return Math.sqrt(x2 + y2) * il2 - this.r1;
    return (Math.sqrt(x2 * a2 * il2) + yy * rr) * il2 - this.r1;
  }
}

/** One node of a tube: centre, half-width and half-depth of its elliptical section. */
export interface TubeNode {
  readonly p: Vec3;
  readonly w: number;
  readonly d: number;
}

/**
 * A muscle-like tube: a polyline whose elliptical section has half-width w along the side
 * direction and half-depth d along `outward` (the direction the belly bulges).
 */
export class Tube implements Sdf {
  readonly box: Box;
  private readonly segs: Float64Array;
  private readonly n: number;
  constructor(nodes: readonly TubeNode[], outward: Vec3) {
    if (nodes.length < 2) throw new Error('a tube needs two nodes');
    this.n = nodes.length - 1;
    // per segment: a(3) dir(3) len2 wAxis(3) dAxis(3) w0 w1 d0 d1 = 17
    this.segs = new Float64Array(this.n * 17);
    let r = 0;
    for (let i = 0; i < this.n; i++) {
      const a = nodes[i]!;
      const b = nodes[i + 1]!;
      const dir = sub(b.p, a.p);
      const t = normalize(dir);
      const side = normalize(cross(t, outward));
      const out = normalize(cross(side, t));
      const o = i * 17;
      this.segs.set([...a.p, ...dir, dot(dir, dir), ...side, ...out, a.w, b.w, a.d, b.d], o);
      r = Math.max(r, a.w, a.d, b.w, b.d);
    }
    const boxes = nodes.map((nd) => ({ min: nd.p, max: nd.p }));
    this.box = unionBox(boxes, r);
  }
  d(x: number, y: number, z: number): number {
    const s = this.segs;
    let best = Infinity;
    for (let i = 0; i < this.n; i++) {
      const o = i * 17;
      const px = x - s[o]!;
      const py = y - s[o + 1]!;
      const pz = z - s[o + 2]!;
      const dx = s[o + 3]!;
      const dy = s[o + 4]!;
      const dz = s[o + 5]!;
      const len2 = s[o + 6]!;
      let h = (px * dx + py * dy + pz * dz) / len2;
      const hc = h < 0 ? 0 : h > 1 ? 1 : h;
      const qx = px - hc * dx;
      const qy = py - hc * dy;
      const qz = pz - hc * dz;
      const a = s[o + 13]! + (s[o + 14]! - s[o + 13]!) * hc;
      const b = s[o + 15]! + (s[o + 16]! - s[o + 15]!) * hc;
      const c = Math.min(a, b);
      const qw = qx * s[o + 7]! + qy * s[o + 8]! + qz * s[o + 9]!;
      const qd = qx * s[o + 10]! + qy * s[o + 11]! + qz * s[o + 12]!;
      h = (h - hc) * Math.sqrt(len2); // axial overshoot beyond the ends
      const k0 = Math.sqrt((qw / a) ** 2 + (qd / b) ** 2 + (h / c) ** 2);
      const k1 = Math.sqrt((qw / (a * a)) ** 2 + (qd / (b * b)) ** 2 + (h / (c * c)) ** 2);
      const v = k1 < 1e-12 ? -c : (k0 * (k0 - 1)) / k1;
      if (v < best) best = v;
    }
    return best;
  }
}

/** A cross-section profile of a prism: three corners (x, z) at a height y. */
export interface PrismProfile {
  readonly y: number;
  readonly corners: readonly [
    readonly [number, number],
    readonly [number, number],
    readonly [number, number],
  ];
  readonly round: number;
}

function sdTriangle2(px: number, pz: number, c: readonly (readonly [number, number])[]): number {
  let dmin = Infinity;
  const [p0, p1, p2] = c as [
    readonly [number, number],
    readonly [number, number],
    readonly [number, number],
  ];
  const e0x = p1[0] - p0[0];
  const e0z = p1[1] - p0[1];
  const e2x = p0[0] - p2[0];
  const e2z = p0[1] - p2[1];
  const orient = Math.sign(e0x * e2z - e0z * e2x);
  const pts = [p0, p1, p2];
  let inside = true;
  for (let i = 0; i < 3; i++) {
    const a = pts[i]!;
    const b = pts[(i + 1) % 3]!;
    const ex = b[0] - a[0];
    const ez = b[1] - a[1];
    const vx = px - a[0];
    const vz = pz - a[1];
    const t = Math.max(0, Math.min(1, (vx * ex + vz * ez) / (ex * ex + ez * ez)));
    const qx = vx - ex * t;
    const qz = vz - ez * t;
    dmin = Math.min(dmin, qx * qx + qz * qz);
    if (orient * (vx * ez - vz * ex) > 0) inside = false;
  }
  return (inside ? -1 : 1) * Math.sqrt(dmin);
}

/**
 * A rounded triangular prism along y whose corners move with height: the tibial shaft, whose
 * flat anteromedial face lies under the skin.
 */
export class Prism implements Sdf {
  readonly box: Box;
  constructor(readonly profiles: readonly PrismProfile[]) {
    const boxes = profiles.map((p) => {
      const xs = p.corners.map((c) => c[0]);
      const zs = p.corners.map((c) => c[1]);
      return {
        min: [Math.min(...xs) - p.round, p.y, Math.min(...zs) - p.round] as const,
        max: [Math.max(...xs) + p.round, p.y, Math.max(...zs) + p.round] as const,
      };
    });
    this.box = unionBox(boxes, 0.001);
  }
  d(x: number, y: number, z: number): number {
    const ps = this.profiles;
    const first = ps[0]!;
    const last = ps[ps.length - 1]!;
    const yc = Math.max(first.y, Math.min(last.y, y));
    let i = 0;
    while (i < ps.length - 2 && ps[i + 1]!.y < yc) i++;
    const a = ps[i]!;
    const b = ps[i + 1]!;
    const t = (yc - a.y) / (b.y - a.y);
    const corners = a.corners.map(
      (c, k) =>
        [c[0] + (b.corners[k]![0] - c[0]) * t, c[1] + (b.corners[k]![1] - c[1]) * t] as const,
    );
    const round = a.round + (b.round - a.round) * t;
    const d2 = sdTriangle2(x, z, corners) - round;
    const dy = Math.max(first.y - y, y - last.y);
    const ox = Math.max(d2, 0);
    const oy = Math.max(dy, 0);
    return Math.min(Math.max(d2, dy), 0) + Math.sqrt(ox * ox + oy * oy);
  }
}

/** A section of a loft: ellipse centre (x, z) and half-axes at height y. */
export interface LoftSection {
  readonly y: number;
  readonly cx: number;
  readonly cz: number;
  readonly hx: number;
  readonly hz: number;
}

/**
 * A vertical loft of ellipses, linearly interpolated in height, with rounded ends: the limb's
 * fascial sleeve that the muscles and bones push out (so the skin reads as one smooth limb).
 */
export class Loft implements Sdf {
  readonly box: Box;
  constructor(readonly sections: readonly LoftSection[]) {
    const boxes = sections.map((s) => ({
      min: [s.cx - s.hx, s.y, s.cz - s.hz] as const,
      max: [s.cx + s.hx, s.y, s.cz + s.hz] as const,
    }));
    const r = Math.max(...sections.map((s) => Math.min(s.hx, s.hz)));
    this.box = unionBox(boxes, r);
  }
  d(x: number, y: number, z: number): number {
    const ss = this.sections;
    const first = ss[0]!;
    const last = ss[ss.length - 1]!;
    const yc = Math.max(first.y, Math.min(last.y, y));
    let i = 0;
    while (i < ss.length - 2 && ss[i + 1]!.y < yc) i++;
    const a = ss[i]!;
    const b = ss[i + 1]!;
    const t = (yc - a.y) / (b.y - a.y);
    const cx = a.cx + (b.cx - a.cx) * t;
    const cz = a.cz + (b.cz - a.cz) * t;
    const hx = a.hx + (b.hx - a.hx) * t;
    const hz = a.hz + (b.hz - a.hz) * t;
    // Rounded ends: beyond the end sections the loft closes like an ellipsoid cap.
    const hy = Math.min(hx, hz);
    const qx = (x - cx) / hx;
    const qz = (z - cz) / hz;
    const qy = (y - yc) / hy;
    const k0 = Math.sqrt(qx * qx + qz * qz + qy * qy);
    const k1 = Math.sqrt((qx / hx) ** 2 + (qz / hz) ** 2 + (qy / hy) ** 2);
    return k1 < 1e-12 ? -hy : (k0 * (k0 - 1)) / k1;
  }
}
