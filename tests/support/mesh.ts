import type { Mesh, Object3D } from 'three';
import { Vector3 } from 'three';
import { hullPerimeter } from '../../src/modelgen/girth';

/** A mesh's triangles in world space, 9 floats each. */
export function worldTriangles(mesh: Mesh): Float32Array {
  mesh.updateWorldMatrix(true, false);
  const g = mesh.geometry;
  const pos = g.getAttribute('position');
  const idx = g.getIndex();
  const n = idx ? idx.count : pos.count;
  const out = new Float32Array(n * 3);
  const v = new Vector3();
  for (let i = 0; i < n; i++) {
    v.fromBufferAttribute(pos, idx ? idx.getX(i) : i).applyMatrix4(mesh.matrixWorld);
    out.set([v.x, v.y, v.z], i * 3);
  }
  return out;
}

/** The named meshes under a group of the scene (e.g. 'bones', 'muscles'). */
export function meshesIn(root: Object3D, group: string): Mesh[] {
  const g = root.getObjectByName(group);
  if (!g) throw new Error(`no group ${group}`);
  const out: Mesh[] = [];
  g.traverse((o) => {
    if ((o as Mesh).isMesh) out.push(o as Mesh);
  });
  return out;
}

/** Inside a closed mesh: parity of crossings of a ray along an oblique fixed direction. */
export function insideMesh(tris: Float32Array, p: readonly number[]): boolean {
  const d = [0.5773, 0.5774, 0.5773];
  let hits = 0;
  for (let t = 0; t < tris.length; t += 9) {
    const e1 = [tris[t + 3]! - tris[t]!, tris[t + 4]! - tris[t + 1]!, tris[t + 5]! - tris[t + 2]!];
    const e2 = [tris[t + 6]! - tris[t]!, tris[t + 7]! - tris[t + 1]!, tris[t + 8]! - tris[t + 2]!];
    const h = [
      d[1]! * e2[2]! - d[2]! * e2[1]!,
      d[2]! * e2[0]! - d[0]! * e2[2]!,
      d[0]! * e2[1]! - d[1]! * e2[0]!,
    ];
    const a = e1[0]! * h[0]! + e1[1]! * h[1]! + e1[2]! * h[2]!;
    if (Math.abs(a) < 1e-14) continue;
    const f = 1 / a;
    const s = [p[0]! - tris[t]!, p[1]! - tris[t + 1]!, p[2]! - tris[t + 2]!];
    const u = f * (s[0]! * h[0]! + s[1]! * h[1]! + s[2]! * h[2]!);
    if (u < 0 || u > 1) continue;
    const q = [
      s[1]! * e1[2]! - s[2]! * e1[1]!,
      s[2]! * e1[0]! - s[0]! * e1[2]!,
      s[0]! * e1[1]! - s[1]! * e1[0]!,
    ];
    const v = f * (d[0]! * q[0]! + d[1]! * q[1]! + d[2]! * q[2]!);
    if (v < 0 || u + v > 1) continue;
    if (f * (e2[0]! * q[0]! + e2[1]! * q[1]! + e2[2]! * q[2]!) > 0) hits++;
  }
  return hits % 2 === 1;
}

/** Distance from p to the nearest triangle corner or edge sample (m): coarse, for tests only. */
export function distanceToTriangles(tris: Float32Array, p: readonly number[]): number {
  let best = Infinity;
  for (let t = 0; t < tris.length; t += 9) {
    for (let k = 0; k < 4; k++) {
      // corners and the centroid
      let x: number;
      let y: number;
      let z: number;
      if (k < 3) {
        x = tris[t + k * 3]!;
        y = tris[t + k * 3 + 1]!;
        z = tris[t + k * 3 + 2]!;
      } else {
        x = (tris[t]! + tris[t + 3]! + tris[t + 6]!) / 3;
        y = (tris[t + 1]! + tris[t + 4]! + tris[t + 7]!) / 3;
        z = (tris[t + 2]! + tris[t + 5]! + tris[t + 8]!) / 3;
      }
      const d = (x - p[0]!) ** 2 + (y - p[1]!) ** 2 + (z - p[2]!) ** 2;
      if (d < best) best = d;
    }
  }
  return Math.sqrt(best);
}

/** Exact distance from p to the nearest point of any triangle (m), by Ericson's closest point. */
export function exactDistanceToTriangles(tris: Float32Array, p: readonly number[]): number {
  let best = Infinity;
  const sub = (i: number, q: readonly number[]) => [
    tris[i]! - q[0]!,
    tris[i + 1]! - q[1]!,
    tris[i + 2]! - q[2]!,
  ];
  const dot = (u: readonly number[], v: readonly number[]) =>
    u[0]! * v[0]! + u[1]! * v[1]! + u[2]! * v[2]!;
  for (let t = 0; t < tris.length; t += 9) {
    const a = [tris[t]!, tris[t + 1]!, tris[t + 2]!];
    const ab = sub(t + 3, a);
    const ac = sub(t + 6, a);
    const ap = [p[0]! - a[0]!, p[1]! - a[1]!, p[2]! - a[2]!];
    const d1 = dot(ab, ap);
    const d2 = dot(ac, ap);
    const bp = [ap[0]! - ab[0]!, ap[1]! - ab[1]!, ap[2]! - ab[2]!];
    const d3 = dot(ab, bp);
    const d4 = dot(ac, bp);
    const cp = [ap[0]! - ac[0]!, ap[1]! - ac[1]!, ap[2]! - ac[2]!];
    const d5 = dot(ab, cp);
    const d6 = dot(ac, cp);
    let v: number;
    let w: number;
    const va = d3 * d6 - d5 * d4;
    const vb = d5 * d2 - d1 * d6;
    const vc = d1 * d4 - d3 * d2;
    if (d1 <= 0 && d2 <= 0) [v, w] = [0, 0];
    else if (d3 >= 0 && d4 <= d3) [v, w] = [1, 0];
    else if (d6 >= 0 && d5 <= d6) [v, w] = [0, 1];
    else if (vc <= 0 && d1 >= 0 && d3 <= 0) [v, w] = [d1 / (d1 - d3), 0];
    else if (vb <= 0 && d2 >= 0 && d6 <= 0) [v, w] = [0, d2 / (d2 - d6)];
    else if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
      const u = (d4 - d3) / (d4 - d3 + (d5 - d6));
      [v, w] = [1 - u, u];
    } else {
      const den = 1 / (va + vb + vc);
      [v, w] = [vb * den, vc * den];
    }
    const dx = ap[0]! - ab[0]! * v - ac[0]! * w;
    const dy = ap[1]! - ab[1]! * v - ac[1]! * w;
    const dz = ap[2]! - ab[2]! * v - ac[2]! * w;
    best = Math.min(best, dx * dx + dy * dy + dz * dz);
  }
  return Math.sqrt(best);
}

/** Tape-measure girth of the skin at height y: convex hull of the horizontal section (m). */
export function girthAt(positions: Float32Array, index: Uint32Array, y: number): number {
  const pts: [number, number][] = [];
  for (let t = 0; t < index.length; t += 3) {
    const v = [index[t]!, index[t + 1]!, index[t + 2]!].map((i) => [
      positions[i * 3]!,
      positions[i * 3 + 1]!,
      positions[i * 3 + 2]!,
    ]);
    for (let e = 0; e < 3; e++) {
      const a = v[e]!;
      const b = v[(e + 1) % 3]!;
      if ((a[1]! - y) * (b[1]! - y) >= 0) continue;
      const f = (y - a[1]!) / (b[1]! - a[1]!);
      pts.push([a[0]! + f * (b[0]! - a[0]!), a[2]! + f * (b[2]! - a[2]!)]);
    }
  }
  return hullPerimeter(pts);
}
