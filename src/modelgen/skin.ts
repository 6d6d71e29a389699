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
const CAP = 1;
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
  // Cap: concentric rings toward the rim centroid, raised into a shallow dome.
  const rimStart = vid(rows - 1, 0);
  let centre: V3 = [0, 0, 0];
  for (let j = 0; j < cols; j++) {
    const k = (rimStart + j) * 3;
    centre = add(centre, [pos[k]!, pos[k + 1]!, pos[k + 2]!]);
  }
  centre = scale(centre, 1 / cols);
  const nCap = axis.capNormal;
  const rings = [0.8, 0.6, 0.4, 0.2];
  let prevStart = rimStart;
  for (const fr of rings) {
    const start = pos.length / 3;
    for (let j = 0; j < cols; j++) {
      const k = (rimStart + j) * 3;
      const rim: V3 = [pos[k]!, pos[k + 1]!, pos[k + 2]!];
      const p = add(
        add(centre, scale(sub(rim, centre), fr)),
        scale(nCap, o.capDome * (1 - fr * fr)),
      );
      pos.push(...p);
      chart.push(1, -180 + (360 * j) / cols);
    }
    for (let j = 0; j < cols; j++) {
      const a = prevStart + j;
      const b = prevStart + ((j + 1) % cols);
      const c2 = start + ((j + 1) % cols);
      const d2 = start + j;
      idx.push(a, b, c2, a, c2, d2);
    }
    prevStart = start;
  }
  const apex = pos.length / 3;
  pos.push(...add(centre, scale(nCap, o.capDome)));
  chart.push(1, 0);
  for (let j = 0; j < cols; j++) idx.push(prevStart + j, prevStart + ((j + 1) % cols), apex);

  let positions = new Float32Array(pos);
  let chartArr = new Float32Array(chart);
  // Cap vertices strictly inside the rim get the cut's normal; the rim keeps the skin's.
  let tags = new Uint8Array(positions.length / 3);
  tags.fill(CAP, rimStart + cols);
  let index = new Uint32Array(idx);
  if (signedVolume(positions, index) < 0) flip(index);

  if (o.targetTriangles > 0 && index.length / 3 > o.targetTriangles) {
    await MeshoptSimplifier.ready;
    const lock = new Uint8Array(positions.length / 3);
    lock[0] = 1; // the toe-tip pole
    for (let j = 0; j < cols; j++) lock[rimStart + j] = 1; // the rim at s = 1
    const attr = new Float32Array(positions.length / 3);
    for (let i = 0; i < attr.length; i++) attr[i] = chartArr[i * 2]!;
    const [simplified] = MeshoptSimplifier.simplifyWithAttributes(
      index,
      positions,
      3,
      attr,
      1,
      [0.05],
      lock,
      o.targetTriangles * 3,
      0.01,
      [],
    );
    ({ positions, chartArr, index, tags } = compact(positions, chartArr, tags, simplified));
  }

  const nv = positions.length / 3;
  const normals = vertexNormals({ positions, index });
  const depth = new Float32Array(nv);
  for (let i = 0; i < nv; i++) {
    if (tags[i] === CAP) normals.set(nCap, i * 3);
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

function signedVolume(p: Float32Array, idx: Uint32Array): number {
  let v = 0;
  for (let t = 0; t < idx.length; t += 3) {
    const a = idx[t]! * 3;
    const b = idx[t + 1]! * 3;
    const c = idx[t + 2]! * 3;
    v +=
      p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) -
      p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) +
      p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!);
  }
  return v / 6;
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
  tags: Uint8Array,
  index: Uint32Array,
) {
  const remap = new Int32Array(positions.length / 3).fill(-1);
  let n = 0;
  for (const i of index) if (remap[i] === -1) remap[i] = n++;
  // Keep the original order of vertices so the pole stays vertex 0 (deterministic, readable).
  n = 0;
  for (let i = 0; i < remap.length; i++) if (remap[i] !== -1) remap[i] = n++;
  const p = new Float32Array(n * 3);
  const c = new Float32Array(n * 2);
  const t = new Uint8Array(n);
  for (let i = 0; i < remap.length; i++) {
    const r = remap[i]!;
    if (r < 0) continue;
    p.set(positions.subarray(i * 3, i * 3 + 3), r * 3);
    c.set(chart.subarray(i * 2, i * 2 + 2), r * 2);
    t[r] = tags[i]!;
  }
  const idx = new Uint32Array(index.length);
  for (let k = 0; k < index.length; k++) idx[k] = remap[index[k]!]!;
  return { positions: p, chartArr: c, index: idx, tags: t };
}
