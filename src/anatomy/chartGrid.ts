import type { SkinData, Vec3Tuple } from './legModel';
import type { ChartTriangles } from './chartTriangles';
import { chartTriangles } from './chartTriangles';

interface Sample {
  position: Vec3Tuple;
  normal: Vec3Tuple;
}

const NS = 400;
const NT = 180;
const EPS = 1e-9;
/** Chart metric for the rare fallback: a degree of θ counts like this much s. */
const THETA_WEIGHT = 0.3 / 360;

/**
 * Chart → surface: the skin's triangles bucketed on a regular grid over (s, θ). A query looks
 * in its cell for the triangle that contains it and interpolates position and normal there.
 */
export class ChartGrid {
  private readonly tris: ChartTriangles;
  private readonly start: Uint32Array;
  private readonly items: Uint32Array;
  private readonly w = new Float64Array(3);

  constructor(private readonly skin: SkinData) {
    this.tris = chartTriangles(skin);
    const { count, st } = this.tris;
    const counts = new Uint32Array(NS * NT + 1);
    const cells: number[][] = [];
    for (let t = 0; t < count; t++) {
      const list: number[] = [];
      const o = t * 6;
      const s0 = Math.min(st[o]!, st[o + 2]!, st[o + 4]!);
      const s1 = Math.max(st[o]!, st[o + 2]!, st[o + 4]!);
      const t0 = Math.min(st[o + 1]!, st[o + 3]!, st[o + 5]!);
      const t1 = Math.max(st[o + 1]!, st[o + 3]!, st[o + 5]!);
      const i0 = clampCell(Math.floor(s0 * NS), NS);
      const i1 = clampCell(Math.floor(s1 * NS), NS);
      for (const shift of [-360, 0, 360]) {
        const a = t0 + shift;
        const b = t1 + shift;
        if (b < -180 || a > 180) continue;
        const j0 = clampCell(Math.floor(((a + 180) / 360) * NT), NT);
        const j1 = clampCell(Math.floor(((b + 180) / 360) * NT), NT);
        for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) list.push(i * NT + j);
      }
      for (const c of list) counts[c + 1]!++;
      cells.push(list);
    }
    for (let c = 0; c < NS * NT; c++) counts[c + 1] = counts[c + 1]! + counts[c]!;
    this.start = counts;
    this.items = new Uint32Array(counts[NS * NT]!);
    const fill = counts.slice(0, NS * NT);
    cells.forEach((list, t) => {
      for (const c of list) this.items[fill[c]!++] = t;
    });
  }

  /** Writes the skin point at (s in [0, 1], θ in (−180, 180]) into `out`. */
  locate(s: number, theta: number, out: Sample): Sample {
    return this.interpolate(this.find(s, theta), out);
  }

  /** The triangle holding (s, θ), with its weights left in `this.w`. */
  private find(s: number, theta: number): number {
    const i = clampCell(Math.floor(s * NS), NS);
    const j = clampCell(Math.floor(((theta + 180) / 360) * NT), NT);
    const c = i * NT + j;
    for (let k = this.start[c]!; k < this.start[c + 1]!; k++) {
      const t = this.items[k]!;
      if (this.weights(t, s, theta, false)) return t;
    }
    // Not inside any triangle (a sliver at the pole or a rounding gap): take the nearest.
    let best = -1;
    let bestD = Infinity;
    for (let di = -1; di <= 1; di++) {
      for (let dj = -1; dj <= 1; dj++) {
        const ii = i + di;
        if (ii < 0 || ii >= NS) continue;
        const cc = ii * NT + ((j + dj + NT) % NT);
        for (let k = this.start[cc]!; k < this.start[cc + 1]!; k++) {
          const t = this.items[k]!;
          const d = this.nearestWeights(t, s, theta);
          if (d < bestD) {
            bestD = d;
            best = t;
          }
        }
      }
    }
    if (best < 0) throw new Error(`chart: no skin near s=${s} θ=${theta}`);
    this.nearestWeights(best, s, theta);
    return best;
  }

  /** Interpolates a per-vertex scalar (e.g. tissue depth) at (s, θ). */
  scalarAt(s: number, theta: number, values: ArrayLike<number>): number {
    const t = this.find(s, theta);
    const c = this.tris.corners;
    const w = this.w;
    return (
      w[0]! * values[c[t * 3]!]! + w[1]! * values[c[t * 3 + 1]!]! + w[2]! * values[c[t * 3 + 2]!]!
    );
  }

  /** Barycentric weights of (s, θ) in triangle t into `this.w`; true if inside. */
  private weights(t: number, s: number, theta: number, clamp: boolean): boolean {
    const st = this.tris.st;
    const o = t * 6;
    const th = this.align(t, theta);
    if (this.tris.pole[t] === 1) {
      const tb = st[o + 3]!;
      const tc = st[o + 5]!;
      let lam = (th - tb) / (tc - tb);
      if (clamp) lam = Math.max(0, Math.min(1, lam));
      const sE = st[o + 2]! + lam * (st[o + 4]! - st[o + 2]!);
      let f = sE > 0 ? s / sE : 0;
      if (clamp) f = Math.max(0, Math.min(1, f));
      this.w[0] = 1 - f;
      this.w[1] = f * (1 - lam);
      this.w[2] = f * lam;
      return lam >= -EPS && lam <= 1 + EPS && f <= 1 + EPS;
    }
    const sa = st[o]!;
    const ta = st[o + 1]!;
    const d1s = st[o + 2]! - sa;
    const d1t = st[o + 3]! - ta;
    const d2s = st[o + 4]! - sa;
    const d2t = st[o + 5]! - ta;
    const den = d1s * d2t - d2s * d1t;
    const ps = s - sa;
    const pt = th - ta;
    let u = (ps * d2t - d2s * pt) / den;
    let v = (d1s * pt - ps * d1t) / den;
    if (clamp) {
      u = Math.max(0, u);
      v = Math.max(0, v);
      const sum = u + v;
      if (sum > 1) {
        u /= sum;
        v /= sum;
      }
    }
    this.w[0] = 1 - u - v;
    this.w[1] = u;
    this.w[2] = v;
    return u >= -EPS && v >= -EPS && u + v <= 1 + EPS;
  }

  /** Clamped weights and the chart distance from the query to the clamped point. */
  private nearestWeights(t: number, s: number, theta: number): number {
    this.weights(t, s, theta, true);
    const st = this.tris.st;
    const o = t * 6;
    const w = this.w;
    let ps: number;
    let pt: number;
    if (this.tris.pole[t] === 1) {
      const f = w[1]! + w[2]!;
      const lam = f > EPS ? w[2]! / f : 0;
      pt = st[o + 3]! + lam * (st[o + 5]! - st[o + 3]!);
      ps = f * (st[o + 2]! + lam * (st[o + 4]! - st[o + 2]!));
    } else {
      ps = w[0]! * st[o]! + w[1]! * st[o + 2]! + w[2]! * st[o + 4]!;
      pt = w[0]! * st[o + 1]! + w[1]! * st[o + 3]! + w[2]! * st[o + 5]!;
    }
    const dt = (this.align(t, theta) - pt) * THETA_WEIGHT;
    return Math.hypot(s - ps, dt);
  }

  /** θ shifted by ±360 into the triangle's unwrapped range. */
  private align(t: number, theta: number): number {
    const ref = this.tris.st[t * 6 + 3]!;
    return theta + 360 * Math.round((ref - theta) / 360);
  }

  private interpolate(t: number, out: Sample): Sample {
    const p = this.skin.positions;
    const n = this.skin.normals;
    const c = this.tris.corners;
    const w = this.w;
    let px = 0;
    let py = 0;
    let pz = 0;
    let nx = 0;
    let ny = 0;
    let nz = 0;
    for (let k = 0; k < 3; k++) {
      const v = c[t * 3 + k]! * 3;
      const wk = w[k]!;
      px += wk * p[v]!;
      py += wk * p[v + 1]!;
      pz += wk * p[v + 2]!;
      nx += wk * n[v]!;
      ny += wk * n[v + 1]!;
      nz += wk * n[v + 2]!;
    }
    const l = Math.hypot(nx, ny, nz) || 1;
    out.position[0] = px;
    out.position[1] = py;
    out.position[2] = pz;
    out.normal[0] = nx / l;
    out.normal[1] = ny / l;
    out.normal[2] = nz / l;
    return out;
  }
}

function clampCell(i: number, n: number): number {
  return i < 0 ? 0 : i >= n ? n - 1 : i;
}
