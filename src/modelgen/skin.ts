import { MeshoptSimplifier } from 'meshoptimizer';
import type { ChartAxis } from './axis';
import type { SkinField } from './field';
import { outermostHit } from './field';
import { vertexNormals } from './meshOps';
import type { V3 } from './vec';
import { add, dot, scale, sub } from './vec';

export interface SkinMesh {
  positions: Float32Array;
  normals: Float32Array;
  /** (s, θ°) per vertex. */
  chart: Float32Array;
  /** Distance to the nearest bone surface, mm. */
  depth: Float32Array;
  index: Uint32Array;
}

export interface SkinOptions {
  /** Samples around the axis. */
  readonly columns: number;
  /** Largest spacing between rows on the skin (m). */
  readonly rowStep: number;
  /** Triangle budget after simplification (0: keep the grid). */
  readonly targetTriangles: number;
  /** Height of the dome over the top cut (m). */
  readonly capDome: number;
  /** Passes of a [1 2 1] filter over the radii (each pass smooths about a sample's width). */
  readonly smoothing: number;
}

const R_MAX = 0.24;
/** Largest distance from the axis we expect on the skin, for row spacing on bends. */
const R_TYPICAL = 0.12;

/** Arc lengths of the rows: denser where slices fan out (bends) and at the rounded toe tip. */
function rowLengths(axis: ChartAxis, step: number): number[] {
  const out: number[] = [];
  let l = 0;
  while (l < axis.length) {
    const f = axis.frame(l / axis.length);
    const tip = Math.max(0.15, Math.min(1, (l + 0.0005) / 0.01));
    l += (step * tip) / (1 + R_TYPICAL * f.kappa);
    if (l < axis.length - step * 0.3) out.push(l);
  }
  out.push(axis.length);
  return out;
}

/**
 * Casts a ray from the axis for every (row, column) and keeps the outermost skin crossing, so the
 * skin is a grid in chart space by construction: watertight, and (s, θ) is exact at vertices.
 * The toe tip is a single pole vertex; the top cut is closed by a shallow dome.
 */
export async function buildSkin(
  field: SkinField,
  axis: ChartAxis,
  o: SkinOptions,
): Promise<SkinMesh> {
  const ls = rowLengths(axis, o.rowStep);
  const cols = o.columns;
  const pos: number[] = [];
  const chart: number[] = [];
  const skin = (x: number, y: number, z: number) => field.skin(x, y, z);
  const tip = axis.frame(0).a;
  pos.push(...tip);
  chart.push(0, 0);
  const rows = ls.length;
  const frames = ls.map((l) => axis.frame(l / axis.length));
  const radius = new Float64Array(rows * cols);
  const dirs: V3[] = [];
  frames.forEach((f, i) => {
    for (let j = 0; j < cols; j++) {
      const d = axis.direction(f, -180 + (360 * j) / cols);
      dirs.push(d);
      let rMax = R_MAX;
      const c = dot(d, f.inward);
      if (f.kappa > 1e-6 && c > 0.05) rMax = Math.min(rMax, 0.95 / (f.kappa * c));
      radius[i * cols + j] = outermostHit(skin, f.a, d, rMax) ?? 0;
    }
  });
  smoothRadii(radius, rows, cols, o.smoothing);
  frames.forEach((f, i) => {
    for (let j = 0; j < cols; j++) {
      pos.push(...add(f.a, scale(dirs[i * cols + j]!, radius[i * cols + j]!)));
      chart.push(ls[i]! / axis.length, -180 + (360 * j) / cols);
    }
  });
  const idx: number[] = [];
  const vid = (i: number, j: number) => 1 + i * cols + (j % cols);
  for (let j = 0; j < cols; j++) idx.push(0, vid(0, j + 1), vid(0, j));
  for (let i = 0; i + 1 < rows; i++) {
    for (let j = 0; j < cols; j++) {
      idx.push(vid(i, j), vid(i, j + 1), vid(i + 1, j + 1));
      idx.push(vid(i, j), vid(i + 1, j + 1), vid(i + 1, j));
    }
  }
  const rimStart = vid(rows - 1, 0);
  let positions: Float32Array = new Float32Array(pos);
  let chartArr: Float32Array = new Float32Array(chart);
  let index = new Uint32Array(idx);
  // Winding: outward on a mid-leg quad (its normal points away from the axis).
  const outward = windingIsOutward(positions, index, vid(rows >> 1, 0), frames[rows >> 1]!.a);
  if (!outward) flip(index);
  // Original vertex ids survive compaction, to find the rim again.
  let ids = new Uint32Array(positions.length / 3).map((_, i) => i);

  if (o.targetTriangles > 0 && index.length / 3 > o.targetTriangles) {
    await MeshoptSimplifier.ready;
    const nv0 = positions.length / 3;
    const lock = new Uint8Array(nv0);
    lock[0] = 1; // the toe-tip pole
    // The rim at s = 1 and the rows just below it: the slices turn fastest there, and a locked
    // band keeps long slivers (and their streaky shading) away from the cut's edge.
    for (let j = 0; j < cols * 3; j++) lock[rimStart - 2 * cols + j] = 1;
    // The chart as attributes (θ as a unit vector: continuous over the seam) so that collapses
    // which would fold the chart cost more.
    const attr = new Float32Array(nv0 * 3);
    for (let i = 0; i < nv0; i++) {
      const th = (chartArr[i * 2 + 1]! * Math.PI) / 180;
      attr.set([chartArr[i * 2]!, Math.cos(th), Math.sin(th)], i * 3);
    }
    const [simplified] = MeshoptSimplifier.simplifyWithAttributes(
      index,
      positions,
      3,
      attr,
      3,
      [0.5, 0.02, 0.02],
      lock,
      (o.targetTriangles - CAP_RINGS.length * 2 * cols) * 3,
      0.01,
      ['Regularize'],
    );
    ({ positions, chartArr, index, ids } = compact(positions, chartArr, ids, simplified));
  }

  // Cap: concentric rings from the rim toward its centroid, raised into a shallow dome. Built
  // after simplification so the rim keeps every sample and the dome stays regular.
  const rim: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const j = ids[i]! - rimStart;
    if (j >= 0 && j < cols) rim[j] = i;
  }
  const nCap = axis.capNormal;
  const cap = capMesh(positions, rim, nCap, o.capDome, !outward);
  const sideCount = positions.length / 3;
  // Normals of the side alone: the rim keeps the skin's normal, the cut gets its own.
  const sideNormals = vertexNormals({ positions, index });
  positions = concat(positions, cap.positions);
  chartArr = concat(chartArr, cap.chart);
  index = Uint32Array.from([...index, ...cap.index]);

  const nv = positions.length / 3;
  const normals = new Float32Array(nv * 3);
  normals.set(sideNormals);
  const depth = new Float32Array(nv);
  for (let i = 0; i < nv; i++) {
    // The cut is flat: its inner vertices take its normal; the rim keeps the skin's.
    if (i >= sideCount) normals.set(nCap, i * 3);
    depth[i] =
      field.boneDistance(positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!, 0.3) *
      1000;
  }
  return { positions, normals, chart: chartArr, depth, index };
}

/**
 * Low-pass filter of the skin's distance from the axis, over the chart grid: removes the small
 * creases where primitives meet. Rows 0 and the last (the toe pole ring and the rim in the cut
 * plane) are filtered only around the axis so the rim stays in the cut.
 */
function smoothRadii(r: Float64Array, rows: number, cols: number, passes: number): void {
  const tmp = new Float64Array(r.length);
  for (let p = 0; p < passes; p++) {
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) {
        const k = i * cols + j;
        tmp[k] =
          0.25 *
          (r[i * cols + ((j + cols - 1) % cols)]! + 2 * r[k]! + r[i * cols + ((j + 1) % cols)]!);
      }
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) {
        const k = i * cols + j;
        r[k] =
          i === 0 || i === rows - 1
            ? tmp[k]!
            : 0.25 * (tmp[k - cols]! + 2 * tmp[k]! + tmp[k + cols]!);
      }
  }
}

function flip(idx: Uint32Array): void {
  for (let t = 0; t < idx.length; t += 3) {
    const b = idx[t + 1]!;
    idx[t + 1] = idx[t + 2]!;
    idx[t + 2] = b;
  }
}

function compact(
  positions: Float32Array,
  chart: Float32Array,
  ids: Uint32Array,
  index: Uint32Array,
) {
  const remap = new Int32Array(positions.length / 3).fill(-1);
  for (const i of index) remap[i] = 0;
  // Keep the original order of vertices so the pole stays vertex 0 (deterministic, readable).
  let n = 0;
  for (let i = 0; i < remap.length; i++) if (remap[i] === 0) remap[i] = n++;
  const p = new Float32Array(n * 3);
  const c = new Float32Array(n * 2);
  const d = new Uint32Array(n);
  for (let i = 0; i < remap.length; i++) {
    const r = remap[i]!;
    if (r < 0) continue;
    p.set(positions.subarray(i * 3, i * 3 + 3), r * 3);
    c.set(chart.subarray(i * 2, i * 2 + 2), r * 2);
    d[r] = ids[i]!;
  }
  const idx = new Uint32Array(index.length);
  for (let k = 0; k < index.length; k++) idx[k] = remap[index[k]!]!;
  return { positions: p, chartArr: c, index: idx, ids: d };
}

const CAP_RINGS = [0.8, 0.6, 0.4, 0.2];

/** The dome over the cut; vertex indices continue after the side's `base` vertices. */
function capMesh(
  side: Float32Array,
  rim: readonly number[],
  nCap: V3,
  dome: number,
  flipped: boolean,
) {
  const cols = rim.length;
  const base = side.length / 3;
  const rimP = rim.map((i): V3 => [side[i * 3]!, side[i * 3 + 1]!, side[i * 3 + 2]!]);
  const centre = scale(
    rimP.reduce((a, p) => add(a, p), [0, 0, 0] as V3),
    1 / cols,
  );
  const pos: number[] = [];
  const chart: number[] = [];
  const idx: number[] = [];
  const tri = (a: number, b: number, c: number) =>
    flipped ? idx.push(a, c, b) : idx.push(a, b, c);
  let prev = (j: number) => rim[j % cols]!;
  CAP_RINGS.forEach((fr, r) => {
    const start = base + r * cols;
    for (let j = 0; j < cols; j++) {
      pos.push(
        ...add(add(centre, scale(sub(rimP[j]!, centre), fr)), scale(nCap, dome * (1 - fr * fr))),
      );
      chart.push(1, -180 + (360 * j) / cols);
    }
    const p0 = prev;
    const cur = (j: number) => start + (j % cols);
    for (let j = 0; j < cols; j++) {
      tri(p0(j), p0(j + 1), cur(j + 1));
      tri(p0(j), cur(j + 1), cur(j));
    }
    prev = cur;
  });
  const apex = base + CAP_RINGS.length * cols;
  pos.push(...add(centre, scale(nCap, dome)));
  chart.push(1, 0);
  for (let j = 0; j < cols; j++) tri(prev(j), prev(j + 1), apex);
  return { positions: new Float32Array(pos), chart: new Float32Array(chart), index: idx };
}

function concat(a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Whether the quad starting at vertex v (first triangle using it) faces away from the axis. */
function windingIsOutward(p: Float32Array, idx: Uint32Array, v: number, axisPoint: V3): boolean {
  for (let t = 0; t < idx.length; t += 3) {
    if (idx[t] !== v) continue;
    const a = idx[t]! * 3;
    const b = idx[t + 1]! * 3;
    const c = idx[t + 2]! * 3;
    const u: V3 = [p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!];
    const w: V3 = [p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!];
    const n: V3 = [u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]];
    return dot(n, sub([p[a]!, p[a + 1]!, p[a + 2]!], axisPoint)) > 0;
  }
  throw new Error('skin: no triangle at the probe vertex');
}
