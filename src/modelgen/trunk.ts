import { TRUNK_REF, trunkShape } from './anatomy/trunk';
import type { Body } from './body';
import { MeshoptSimplifier } from 'meshoptimizer';
import { compactMesh, project, taubin, vertexNormals } from './meshOps';
import { smin } from './sdf';
import type { StructureMesh } from './structureMesh';
import { surfaceNets } from './surfaceNets';
import type { V3 } from './vec';

/** The top cut of the leg's skin: a plane (unit normal pointing up) and its offset. */
export interface CutPlane {
  readonly n: V3;
  readonly offset: number;
}

/**
 * The hip and lower trunk as one open shell for context: the smooth union of the leg's skin
 * field and the trunk's shape, kept above the leg's top cut (so it meets the leg at the rim of
 * the chart) and below the top. The faces on those two cut planes are dropped: the shell is
 * drawn see-through (the app fades it out toward the top), and lids would read as cut surfaces.
 */
export interface TrunkMesh extends StructureMesh {
  /** Per vertex, 1 below and 0 at the top: the app fades the shell out toward its top edge. */
  readonly fade: Float32Array;
}

/** Height over which the shell fades out below its top (m). */
const FADE_HEIGHT = 0.1;

export async function trunkMesh(
  body: Body,
  cut: CutPlane,
  voxel: number,
  targetTriangles: number,
): Promise<TrunkMesh> {
  const L = body.layout;
  const shape = trunkShape(L);
  const xm = L.p(TRUNK_REF.midlineX, 1, 0)[0];
  const yTop = L.y(TRUNK_REF.topY);
  const [nx, ny, nz] = cut.n;
  const above = (x: number, y: number, z: number) => x * nx + y * ny + z * nz - cut.offset;
  const f = (x: number, y: number, z: number) => {
    let d = smin(body.field.skin(x, y, z), shape.d(x, y, z), 0.03);
    d = Math.max(d, -above(x, y, z), y - yTop);
    return d;
  };
  const box = {
    min: [Math.max(shape.box.min[0], -0.3), L.y(0.84), shape.box.min[2] - 0.01] as const,
    max: [Math.min(shape.box.max[0], xm + 0.3), yTop, shape.box.max[2] + 0.01] as const,
  };
  let m = surfaceNets(f, box, voxel);
  taubin(m, 4);
  project(m, f);
  // Drop the lids: triangles whose corners all lie on one of the cut planes.
  const on = (i: number) => {
    const p = m.positions;
    const x = p[3 * i]!;
    const y = p[3 * i + 1]!;
    const z = p[3 * i + 2]!;
    return (
      (Math.abs(above(x, y, z)) < 0.6 * voxel ? 1 : 0) | (Math.abs(y - yTop) < 0.6 * voxel ? 2 : 0)
    );
  };
  const kept: number[] = [];
  for (let t = 0; t < m.index.length; t += 3) {
    const a = m.index[t]!;
    const b = m.index[t + 1]!;
    const c = m.index[t + 2]!;
    if ((on(a) & on(b) & on(c)) !== 0) continue;
    kept.push(a, b, c);
  }
  m = { positions: m.positions, index: Uint32Array.from(kept) };
  m = compactMesh(m.positions, m.index);
  snapRims(m, cut.n, above, yTop, voxel);
  if (m.index.length / 3 > targetTriangles) {
    await MeshoptSimplifier.ready;
    // The open rims (at the leg and the cuts) stay where they are.
    const [idx] = MeshoptSimplifier.simplify(
      m.index,
      m.positions,
      3,
      targetTriangles * 3,
      voxel * 0.25,
      ['LockBorder', 'ErrorAbsolute'],
    );
    m = compactMesh(m.positions, idx);
  }
  const fade = new Float32Array(m.positions.length / 3);
  for (let i = 0; i < fade.length; i++) {
    const t = Math.max(0, Math.min(1, (yTop - m.positions[3 * i + 1]!) / FADE_HEIGHT));
    fade[i] = t * t * (3 - 2 * t);
  }
  return { ...m, normals: vertexNormals(m), fade };
}

/**
 * Smooths the open rims along themselves and puts them exactly on their cut planes: the rim
 * left by dropping the lids steps with the voxels (a sawtooth edge at 1920×1080, seen where the
 * trunk meets the leg).
 */
function snapRims(
  m: { positions: Float32Array; index: Uint32Array },
  n: V3,
  above: (x: number, y: number, z: number) => number,
  yTop: number,
  voxel: number,
): void {
  const uses = new Map<string, number>();
  const key = (a: number, b: number) => (a < b ? `${a},${b}` : `${b},${a}`);
  for (let t = 0; t < m.index.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const k = key(m.index[t + e]!, m.index[t + ((e + 1) % 3)]!);
      uses.set(k, (uses.get(k) ?? 0) + 1);
    }
  }
  // Rim vertices and their neighbours along the rim (edges used by one triangle only).
  const along = new Map<number, number[]>();
  for (const [k, count] of uses) {
    if (count !== 1) continue;
    const [a, b] = k.split(',').map(Number) as [number, number];
    along.set(a, [...(along.get(a) ?? []), b]);
    along.set(b, [...(along.get(b) ?? []), a]);
  }
  const rim = new Set(along.keys());
  const p = m.positions;
  // Smooth each rim along itself: its in-plane zigzag steps with the voxels too.
  const order = [...rim].sort((a, b) => a - b);
  for (let pass = 0; pass < 3; pass++) {
    const next = new Map<number, [number, number, number]>();
    for (const i of order) {
      const nb = along.get(i)!;
      if (nb.length !== 2) continue;
      const [a, b] = nb as [number, number];
      next.set(
        i,
        [0, 1, 2].map((c) => 0.5 * p[3 * i + c]! + 0.25 * (p[3 * a + c]! + p[3 * b + c]!)) as [
          number,
          number,
          number,
        ],
      );
    }
    for (const [i, q] of next) p.set(q, 3 * i);
  }
  for (const i of order) {
    const x = p[3 * i]!;
    const y = p[3 * i + 1]!;
    const z = p[3 * i + 2]!;
    const d = above(x, y, z);
    if (Math.abs(y - yTop) < voxel) p[3 * i + 1] = yTop;
    else if (Math.abs(d) < voxel) {
      // `above` is the signed distance to the leg's cut plane (n is its unit normal).
      p[3 * i] = x - n[0] * d;
      p[3 * i + 1] = y - n[1] * d;
      p[3 * i + 2] = z - n[2] * d;
    }
  }
}

/** Where the heart lies from the leg (reference frame → model): left of the midline, ~0.72 H. */
export function heartPoint(body: Body): V3 {
  const L = body.layout;
  return L.p(TRUNK_REF.midlineX + 0.03, 1.27, 0.02);
}

/** The navel, on the front of the trunk's midline. */
export function navelPoint(body: Body): V3 {
  const L = body.layout;
  const [x, y, z] = TRUNK_REF.navel;
  return L.p(x, y, z);
}
