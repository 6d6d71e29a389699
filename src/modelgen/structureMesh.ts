import { compactMesh, project, simplify, taubin, vertexNormals } from './meshOps';
import type { Structure } from './structure';
import { evalStructure } from './structure';
import type { RawMesh } from './surfaceNets';
import { surfaceNets } from './surfaceNets';

export interface StructureMesh extends RawMesh {
  readonly normals: Float32Array;
}

function signedVolume(m: RawMesh): number {
  const p = m.positions;
  let v = 0;
  for (let t = 0; t < m.index.length; t += 3) {
    const a = m.index[t]! * 3;
    const b = m.index[t + 1]! * 3;
    const c = m.index[t + 2]! * 3;
    v +=
      p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) -
      p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) +
      p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!);
  }
  return v / 6;
}

/** Polygonises one structure: surface nets, Taubin smoothing, re-projection, simplification. */
export async function structureMesh(
  s: Structure,
  voxel: number,
  targetTriangles: number,
  /** Kept where this is ≤ 0: the top cut, so nothing pokes out through it. */
  clip: (x: number, y: number, z: number) => number = () => -1,
): Promise<StructureMesh> {
  const f = (x: number, y: number, z: number) => Math.max(evalStructure(s, x, y, z), clip(x, y, z));
  let m = surfaceNets(f, s.box, voxel);
  taubin(m, 6);
  project(m, f);
  m = await simplify(m, targetTriangles, voxel * 0.25);
  m = compactMesh(m.positions, m.index);
  if (signedVolume(m) < 0) {
    for (let t = 0; t < m.index.length; t += 3) {
      const b = m.index[t + 1]!;
      m.index[t + 1] = m.index[t + 2]!;
      m.index[t + 2] = b;
    }
  }
  return { ...m, normals: vertexNormals(m) };
}
