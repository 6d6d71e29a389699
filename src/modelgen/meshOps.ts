import { MeshoptSimplifier } from 'meshoptimizer';
import type { RawMesh } from './surfaceNets';

/** Vertex neighbours from the triangle list (sorted, so the smoothing order is fixed). */
function neighbours(nv: number, index: Uint32Array): Uint32Array[] {
  const sets: Set<number>[] = Array.from({ length: nv }, () => new Set<number>());
  for (let t = 0; t < index.length; t += 3) {
    const a = index[t]!;
    const b = index[t + 1]!;
    const c = index[t + 2]!;
    sets[a]!.add(b).add(c);
    sets[b]!.add(a).add(c);
    sets[c]!.add(a).add(b);
  }
  return sets.map((s) => Uint32Array.from([...s].sort((x, y) => x - y)));
}

/** Taubin λ|μ smoothing: a shrinking and an inflating Laplacian step, so volume is kept. */
export function taubin(mesh: RawMesh, iterations: number, lambda = 0.5, mu = -0.53): void {
  const p = mesh.positions;
  const nv = p.length / 3;
  const nb = neighbours(nv, mesh.index);
  const tmp = new Float32Array(p.length);
  const step = (k: number) => {
    for (let i = 0; i < nv; i++) {
      const ns = nb[i]!;
      if (ns.length === 0) continue;
      let x = 0;
      let y = 0;
      let z = 0;
      for (const j of ns) {
        x += p[j * 3]!;
        y += p[j * 3 + 1]!;
        z += p[j * 3 + 2]!;
      }
      const m = 1 / ns.length;
      tmp[i * 3] = p[i * 3]! + k * (x * m - p[i * 3]!);
      tmp[i * 3 + 1] = p[i * 3 + 1]! + k * (y * m - p[i * 3 + 1]!);
      tmp[i * 3 + 2] = p[i * 3 + 2]! + k * (z * m - p[i * 3 + 2]!);
    }
    p.set(tmp);
  };
  for (let it = 0; it < iterations; it++) {
    step(lambda);
    step(mu);
  }
}

/** Moves vertices onto the zero set of f along its gradient (one Newton step). */
export function project(mesh: RawMesh, f: (x: number, y: number, z: number) => number): void {
  const p = mesh.positions;
  const e = 2e-4;
  for (let i = 0; i < p.length; i += 3) {
    const x = p[i]!;
    const y = p[i + 1]!;
    const z = p[i + 2]!;
    const d = f(x, y, z);
    const gx = (f(x + e, y, z) - f(x - e, y, z)) / (2 * e);
    const gy = (f(x, y + e, z) - f(x, y - e, z)) / (2 * e);
    const gz = (f(x, y, z + e) - f(x, y, z - e)) / (2 * e);
    const g2 = gx * gx + gy * gy + gz * gz;
    if (g2 < 1e-8) continue;
    p[i] = x - (d * gx) / g2;
    p[i + 1] = y - (d * gy) / g2;
    p[i + 2] = z - (d * gz) / g2;
  }
}

/** Simplifies to a triangle budget and drops unused vertices. */
export async function simplify(
  mesh: RawMesh,
  targetTriangles: number,
  maxError = 0.01,
): Promise<RawMesh> {
  if (mesh.index.length / 3 <= targetTriangles) return mesh;
  await MeshoptSimplifier.ready;
  const [idx] = MeshoptSimplifier.simplify(
    mesh.index,
    mesh.positions,
    3,
    targetTriangles * 3,
    maxError,
    ['ErrorAbsolute'],
  );
  return compactMesh(mesh.positions, idx);
}

export function compactMesh(positions: Float32Array, index: Uint32Array): RawMesh {
  const remap = new Int32Array(positions.length / 3).fill(-1);
  let n = 0;
  for (let i = 0; i < remap.length; i++) remap[i] = -1;
  for (const i of index) remap[i] = 0;
  for (let i = 0; i < remap.length; i++) if (remap[i] === 0) remap[i] = n++;
  const p = new Float32Array(n * 3);
  for (let i = 0; i < remap.length; i++) {
    const r = remap[i]!;
    if (r >= 0) p.set(positions.subarray(i * 3, i * 3 + 3), r * 3);
  }
  const idx = new Uint32Array(index.length);
  for (let k = 0; k < index.length; k++) idx[k] = remap[index[k]!]!;
  return { positions: p, index: idx };
}

/** Area-weighted vertex normals. */
export function vertexNormals(mesh: RawMesh): Float32Array {
  const p = mesh.positions;
  const n = new Float32Array(p.length);
  const idx = mesh.index;
  for (let t = 0; t < idx.length; t += 3) {
    const a = idx[t]! * 3;
    const b = idx[t + 1]! * 3;
    const c = idx[t + 2]! * 3;
    const ux = p[b]! - p[a]!;
    const uy = p[b + 1]! - p[a + 1]!;
    const uz = p[b + 2]! - p[a + 2]!;
    const vx = p[c]! - p[a]!;
    const vy = p[c + 1]! - p[a + 1]!;
    const vz = p[c + 2]! - p[a + 2]!;
    const nx = uy * vz - uz * vy;
    const ny = uz * vx - ux * vz;
    const nz = ux * vy - uy * vx;
    for (const v of [a, b, c]) {
      n[v] = n[v]! + nx;
      n[v + 1] = n[v + 1]! + ny;
      n[v + 2] = n[v + 2]! + nz;
    }
  }
  for (let i = 0; i < n.length; i += 3) {
    const l = Math.hypot(n[i]!, n[i + 1]!, n[i + 2]!) || 1;
    n[i] = n[i]! / l;
    n[i + 1] = n[i + 1]! / l;
    n[i + 2] = n[i + 2]! / l;
  }
  return n;
}
