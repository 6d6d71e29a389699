import type { SkinData } from './legModel';

const CELL = 0.012;
const POLE_S = 1e-6;

/**
 * Surface → chart: the skin's triangles bucketed on a 3D grid. A query finds the nearest
 * triangle (searching rings of cells outward until no closer one can exist) and interpolates
 * (s, θ) at the closest point, unwrapping θ across the posterior seam.
 */
export class SpatialGrid {
  private readonly origin: [number, number, number];
  private readonly dims: [number, number, number];
  private readonly start: Uint32Array;
  private readonly items: Uint32Array;
  private readonly bary = new Float64Array(3);

  constructor(private readonly skin: SkinData) {
    const p = skin.positions;
    const min = [Infinity, Infinity, Infinity];
    const max = [-Infinity, -Infinity, -Infinity];
    for (let i = 0; i < p.length; i += 3)
      for (let k = 0; k < 3; k++) {
        min[k] = Math.min(min[k]!, p[i + k]!);
        max[k] = Math.max(max[k]!, p[i + k]!);
      }
    this.origin = [min[0]! - CELL, min[1]! - CELL, min[2]! - CELL];
    this.dims = [0, 1, 2].map((k) => Math.ceil((max[k]! - min[k]! + 2 * CELL) / CELL) + 1) as [
      number,
      number,
      number,
    ];
    const nCells = this.dims[0] * this.dims[1] * this.dims[2];
    const idx = skin.index;
    const lists: number[][] = [];
    const counts = new Uint32Array(nCells + 1);
    for (let t = 0; t < idx.length / 3; t++) {
      const lo = [Infinity, Infinity, Infinity];
      const hi = [-Infinity, -Infinity, -Infinity];
      for (let c = 0; c < 3; c++) {
        const v = idx[t * 3 + c]! * 3;
        for (let k = 0; k < 3; k++) {
          lo[k] = Math.min(lo[k]!, p[v + k]!);
          hi[k] = Math.max(hi[k]!, p[v + k]!);
        }
      }
      const a = lo.map((x, k) => this.cell(x, k));
      const b = hi.map((x, k) => this.cell(x, k));
      const list: number[] = [];
      for (let i = a[0]!; i <= b[0]!; i++)
        for (let j = a[1]!; j <= b[1]!; j++)
          for (let k = a[2]!; k <= b[2]!; k++) list.push(this.id(i, j, k));
      for (const c of list) counts[c + 1]!++;
      lists.push(list);
    }
    for (let c = 0; c < nCells; c++) counts[c + 1] = counts[c + 1]! + counts[c]!;
    this.start = counts;
    this.items = new Uint32Array(counts[nCells]!);
    const fill = counts.slice(0, nCells);
    lists.forEach((list, t) => {
      for (const c of list) this.items[fill[c]!++] = t;
    });
  }

  private cell(x: number, axis: number): number {
    const i = Math.floor((x - this.origin[axis]!) / CELL);
    return Math.max(0, Math.min(this.dims[axis]! - 1, i));
  }

  private id(i: number, j: number, k: number): number {
    return i + this.dims[0] * (j + this.dims[1] * k);
  }

  nearest(x: number, y: number, z: number): { s: number; theta: number; distance: number } {
    const ci = this.cell(x, 0);
    const cj = this.cell(y, 1);
    const ck = this.cell(z, 2);
    let best = -1;
    let bestD2 = Infinity;
    let bu = 0;
    let bv = 0;
    let bw = 0;
    const maxRing = Math.max(...this.dims);
    for (let r = 0; r <= maxRing; r++) {
      for (let i = ci - r; i <= ci + r; i++) {
        if (i < 0 || i >= this.dims[0]) continue;
        for (let j = cj - r; j <= cj + r; j++) {
          if (j < 0 || j >= this.dims[1]) continue;
          for (let k = ck - r; k <= ck + r; k++) {
            if (k < 0 || k >= this.dims[2]) continue;
            // Only the shell of the ring is new.
            if (Math.max(Math.abs(i - ci), Math.abs(j - cj), Math.abs(k - ck)) !== r) continue;
            const c = this.id(i, j, k);
            for (let q = this.start[c]!; q < this.start[c + 1]!; q++) {
              const t = this.items[q]!;
              const d2 = this.closest(t, x, y, z);
              if (d2 < bestD2) {
                bestD2 = d2;
                best = t;
                bu = this.bary[0]!;
                bv = this.bary[1]!;
                bw = this.bary[2]!;
              }
            }
          }
        }
      }
      // Cells not yet searched lie beyond the searched cube: stop when the best is closer.
      if (best >= 0) {
        let margin = Infinity;
        const q = [x, y, z];
        const c0 = [ci, cj, ck];
        for (let a = 0; a < 3; a++) {
          const lo = this.origin[a]! + (c0[a]! - r) * CELL;
          const hi = this.origin[a]! + (c0[a]! + r + 1) * CELL;
          margin = Math.min(margin, q[a]! - lo, hi - q[a]!);
        }
        if (bestD2 <= margin * margin) break;
      }
    }
    if (best < 0) throw new Error('chart: empty skin');
    const { s, theta } = this.chartOf(best, bu, bv, bw);
    return { s, theta, distance: Math.sqrt(bestD2) };
  }

  /** Squared distance to triangle t; barycentrics of the closest point into `this.bary`. */
  private closest(t: number, px: number, py: number, pz: number): number {
    const p = this.skin.positions;
    const idx = this.skin.index;
    const a = idx[t * 3]! * 3;
    const b = idx[t * 3 + 1]! * 3;
    const c = idx[t * 3 + 2]! * 3;
    const ax = p[a]!;
    const ay = p[a + 1]!;
    const az = p[a + 2]!;
    const abx = p[b]! - ax;
    const aby = p[b + 1]! - ay;
    const abz = p[b + 2]! - az;
    const acx = p[c]! - ax;
    const acy = p[c + 1]! - ay;
    const acz = p[c + 2]! - az;
    const apx = px - ax;
    const apy = py - ay;
    const apz = pz - az;
    const d1 = abx * apx + aby * apy + abz * apz;
    const d2 = acx * apx + acy * apy + acz * apz;
    const set = (u: number, v: number, w: number) => {
      this.bary[0] = u;
      this.bary[1] = v;
      this.bary[2] = w;
      const qx = u * ax + v * (ax + abx) + w * (ax + acx) - px;
      const qy = u * ay + v * (ay + aby) + w * (ay + acy) - py;
      const qz = u * az + v * (az + abz) + w * (az + acz) - pz;
      return qx * qx + qy * qy + qz * qz;
    };
    if (d1 <= 0 && d2 <= 0) return set(1, 0, 0);
    const bpx = px - ax - abx;
    const bpy = py - ay - aby;
    const bpz = pz - az - abz;
    const d3 = abx * bpx + aby * bpy + abz * bpz;
    const d4 = acx * bpx + acy * bpy + acz * bpz;
    if (d3 >= 0 && d4 <= d3) return set(0, 1, 0);
    const vc = d1 * d4 - d3 * d2;
    if (vc <= 0 && d1 >= 0 && d3 <= 0) {
      const v = d1 / (d1 - d3);
      return set(1 - v, v, 0);
    }
    const cpx = px - ax - acx;
    const cpy = py - ay - acy;
    const cpz = pz - az - acz;
    const d5 = abx * cpx + aby * cpy + abz * cpz;
    const d6 = acx * cpx + acy * cpy + acz * cpz;
    if (d6 >= 0 && d5 <= d6) return set(0, 0, 1);
    const vb = d5 * d2 - d1 * d6;
    if (vb <= 0 && d2 >= 0 && d6 <= 0) {
      const w = d2 / (d2 - d6);
      return set(1 - w, 0, w);
    }
    const va = d3 * d6 - d5 * d4;
    if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
      const w = (d4 - d3) / (d4 - d3 + (d5 - d6));
      return set(0, 1 - w, w);
    }
    const den = 1 / (va + vb + vc);
    const v = vb * den;
    const w = vc * den;
    return set(1 - v - w, v, w);
  }

  /** Interpolated chart at barycentrics (u, v, w) of triangle t; the pole takes its sector. */
  private chartOf(t: number, u: number, v: number, w: number): { s: number; theta: number } {
    const ch = this.skin.chart;
    const idx = this.skin.index;
    const vs = [idx[t * 3]!, idx[t * 3 + 1]!, idx[t * 3 + 2]!];
    const ws = [u, v, w];
    const poleAt = vs.findIndex((k) => ch[k * 2]! <= POLE_S);
    const ref = ch[vs[poleAt === 0 ? 1 : 0]! * 2 + 1]!;
    const unwrap = (th: number) => th + 360 * Math.round((ref - th) / 360);
    let s = 0;
    let theta = 0;
    let wt = 0;
    for (let k = 0; k < 3; k++) {
      s += ws[k]! * ch[vs[k]! * 2]!;
      if (k === poleAt) continue;
      theta += ws[k]! * unwrap(ch[vs[k]! * 2 + 1]!);
      wt += ws[k]!;
    }
    theta = wt > 0 ? theta / wt : 0;
    theta = ((((theta + 180) % 360) + 360) % 360) - 180;
    return { s, theta: theta === -180 ? 180 : theta };
  }
}
