import type { V3 } from './vec';
import { add, cross, dot, len, lerp3, norm, scale, sub } from './vec';

/**
 * The chart axis: a smooth curve from the toe tip (s = 0) back along the foot, round the ankle
 * in a circular bend, and up through knee and thigh to the centre of the oblique top cut (s = 1).
 * Each s owns a slice plane; near the top the slice normal turns from the curve's tangent to the
 * normal of the cut, so the last slice IS the cut and s = 1 is its rim (low at the crotch, high
 * over the trochanter). θ is the angle in the slice: 0 toward u (anterior; dorsum on the foot),
 * +90 toward v (medial, +x on the right leg).
 */
export interface AxisFrame {
  readonly a: V3;
  readonly n: V3;
  readonly u: V3;
  readonly v: V3;
  /** Rate at which the slice plane turns (1/m); its inverse is where neighbour slices cross. */
  readonly kappa: number;
  /** Unit vector toward the crossing line of neighbouring slices (zero when straight). */
  readonly inward: V3;
}

export interface AxisSpec {
  readonly toeTip: V3;
  readonly bendStart: V3;
  readonly bendRadius: number;
  /** Points up the leg after the bend, ascending, ending above the cut. */
  readonly legPoints: readonly V3[];
  /** The top cut: unit normal (pointing up/out) and a point on it. */
  readonly capNormal: V3;
  readonly capPoint: V3;
  /** Length over which slices turn to the cut (m). */
  readonly capBlend: number;
}

const STEP = 0.001;

function hermite(p0: V3, p1: V3, m0: V3, m1: V3, t: number): V3 {
  const t2 = t * t;
  const t3 = t2 * t;
  const h00 = 2 * t3 - 3 * t2 + 1;
  const h10 = t3 - 2 * t2 + t;
  const h01 = -2 * t3 + 3 * t2;
  const h11 = t3 - t2;
  return add(add(scale(p0, h00), scale(m0, h10)), add(scale(p1, h01), scale(m1, h11)));
}

function resample(points: readonly V3[], step: number): V3[] {
  const out: V3[] = [points[0]!];
  let carry = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const l = len(sub(b, a));
    let t = step - carry;
    while (t <= l) {
      out.push(lerp3(a, b, t / l));
      t += step;
    }
    carry = l - (t - step);
  }
  return out;
}

export class ChartAxis {
  readonly frames: AxisFrame[];
  readonly length: number;
  readonly capNormal: V3;

  constructor(spec: AxisSpec) {
    this.capNormal = spec.capNormal;
    const pts: V3[] = [];
    // Foot: straight from the toe tip to the start of the bend.
    const d0 = norm(sub(spec.bendStart, spec.toeTip));
    const footLen = len(sub(spec.bendStart, spec.toeTip));
    for (let l = 0; l < footLen; l += STEP / 4) pts.push(add(spec.toeTip, scale(d0, l)));
    // Ankle: circular arc from d0 to vertical.
    const up: V3 = [0, 1, 0];
    const m = norm(sub(up, scale(d0, dot(up, d0))));
    const phi = Math.acos(Math.max(-1, Math.min(1, dot(d0, up))));
    const R = spec.bendRadius;
    const nArc = Math.ceil((R * phi) / (STEP / 4));
    for (let i = 0; i <= nArc; i++) {
      const psi = (phi * i) / nArc;
      pts.push(
        add(spec.bendStart, add(scale(d0, R * Math.sin(psi)), scale(m, R * (1 - Math.cos(psi))))),
      );
    }
    // Leg: Hermite spline, vertical tangent where the arc ends.
    const leg = [pts[pts.length - 1]!, ...spec.legPoints];
    for (let i = 0; i + 1 < leg.length; i++) {
      const p0 = leg[i]!;
      const p1 = leg[i + 1]!;
      const seg = len(sub(p1, p0));
      const tan = (k: number): V3 => {
        if (k === 0) return scale(up, seg);
        const prev = leg[k - 1]!;
        const next = leg[Math.min(k + 1, leg.length - 1)]!;
        return scale(norm(sub(next, prev)), seg);
      };
      const n = Math.ceil(seg / (STEP / 4));
      for (let j = 1; j <= n; j++) pts.push(hermite(p0, p1, tan(i), tan(i + 1), j / n));
    }
    // Truncate at the cut.
    const capSide = (p: V3) => dot(sub(p, spec.capPoint), spec.capNormal);
    const end = pts.findIndex((p, i) => i > 0 && capSide(p) >= 0);
    if (end < 0) throw new Error('axis never reaches the top cut');
    const a = pts[end - 1]!;
    const b = pts[end]!;
    const t = capSide(a) / (capSide(a) - capSide(b));
    pts.length = end;
    pts.push(lerp3(a, b, t));
    const dense = resample(pts, STEP);
    const last = pts[pts.length - 1]!;
    if (len(sub(dense[dense.length - 1]!, last)) > 1e-9) dense.push(last);
    this.length =
      (dense.length - 2) * STEP + len(sub(dense[dense.length - 1]!, dense[dense.length - 2]!));

    const tangents = dense.map((_, i) => {
      const p = dense[Math.max(0, i - 2)]!;
      const q = dense[Math.min(dense.length - 1, i + 2)]!;
      return norm(sub(q, p));
    });
    const X: V3 = [1, 0, 0];
    const normals = tangents.map((tg, i) => {
      const l = Math.min(i * STEP, this.length);
      const w = smoothstep(this.length - spec.capBlend, this.length, l);
      return norm(add(scale(tg, 1 - w), scale(spec.capNormal, w)));
    });
    this.frames = dense.map((p, i) => {
      const n = normals[i]!;
      const v = norm(sub(X, scale(n, dot(X, n))));
      const u = cross(v, n);
      const nPrev = normals[Math.max(0, i - 1)]!;
      const nNext = normals[Math.min(normals.length - 1, i + 1)]!;
      const dn = scale(
        sub(nNext, nPrev),
        1 / (STEP * (Math.min(normals.length - 1, i + 1) - Math.max(0, i - 1)) || 1),
      );
      const kappa = len(dn);
      // Neighbouring slices cross at distance 1/kappa on the side the normal turns toward.
      const inward = kappa > 1e-6 ? norm(dn) : ([0, 0, 0] as V3);
      return { a: p, n, u, v, kappa, inward };
    });
  }

  /** Frame at chart s in [0, 1] (linear between the 1 mm samples). */
  frame(s: number): AxisFrame {
    const l = Math.max(0, Math.min(1, s)) * this.length;
    const f = Math.min(l / STEP, this.frames.length - 1);
    const i = Math.min(Math.floor(f), this.frames.length - 2);
    const t = f - i;
    const A = this.frames[i]!;
    const B = this.frames[i + 1]!;
    const n = norm(lerp3(A.n, B.n, t));
    const v = norm(sub([1, 0, 0], scale(n, n[0])));
    return {
      a: lerp3(A.a, B.a, t),
      n,
      u: cross(v, n),
      v,
      kappa: A.kappa + (B.kappa - A.kappa) * t,
      inward: norm(lerp3(A.inward, B.inward, t)),
    };
  }

  /** Direction of angle θ (degrees) in the slice at s. */
  direction(f: AxisFrame, thetaDeg: number): V3 {
    const t = (thetaDeg * Math.PI) / 180;
    return add(scale(f.u, Math.cos(t)), scale(f.v, Math.sin(t)));
  }

  /**
   * Chart coordinates of a point by the slice definition: the slice through the point that is
   * nearest to it, and the angle in that slice.
   */
  chartOf(p: readonly number[]): { s: number; theta: number } {
    let best = { s: 0, theta: 0, d: Infinity };
    const F = this.frames;
    let gPrev = dot(sub(p, F[0]!.a), F[0]!.n);
    for (let i = 1; i < F.length; i++) {
      const g = dot(sub(p, F[i]!.a), F[i]!.n);
      if ((gPrev <= 0 && g > 0) || (gPrev >= 0 && g < 0) || g === 0) {
        const t = gPrev === g ? 0 : gPrev / (gPrev - g);
        const l = (i - 1 + t) * STEP;
        const s = Math.min(1, l / this.length);
        const f = this.frame(s);
        const q = sub(p, f.a);
        const d = len(q);
        if (d < best.d) {
          const theta = (Math.atan2(dot(q, f.v), dot(q, f.u)) * 180) / Math.PI;
          best = { s, theta, d };
        }
      }
      gPrev = g;
    }
    if (best.d === Infinity) {
      // Beyond either end: clamp to the nearer end slice.
      const s = dot(sub(p, F[0]!.a), F[0]!.n) < 0 ? 0 : 1;
      const f = this.frame(s);
      const q = sub(p, f.a);
      return { s, theta: (Math.atan2(dot(q, f.v), dot(q, f.u)) * 180) / Math.PI };
    }
    return { s: best.s, theta: best.theta };
  }
}

function smoothstep(a: number, b: number, x: number): number {
  const t = Math.max(0, Math.min(1, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
}
