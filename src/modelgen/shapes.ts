import type { RawMesh } from './surfaceNets';
import type { V3 } from './vec';
import { add, cross, dot, norm, scale, sub } from './vec';

/**
 * A closed tube along a centreline: rings of `sides` vertices on rotation-minimising frames,
 * capped by a vertex at each end.
 */
export function tubeMesh(
  centreline: readonly V3[],
  radii: readonly number[],
  sides: number,
): RawMesh {
  const pos: number[] = [];
  const n = centreline.length;
  const tangent = (i: number) =>
    norm(sub(centreline[Math.min(n - 1, i + 1)]!, centreline[Math.max(0, i - 1)]!));
  let t = tangent(0);
  let u = norm(cross(t, Math.abs(t[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0]));
  for (let i = 0; i < n; i++) {
    const tn = tangent(i);
    // Rotation-minimising: project the previous side vector onto the new normal plane.
    u = norm(sub(u, scale(tn, dot(u, tn))));
    t = tn;
    const w = cross(t, u);
    for (let j = 0; j < sides; j++) {
      const a = (2 * Math.PI * j) / sides;
      pos.push(
        ...add(
          centreline[i]!,
          add(scale(u, Math.cos(a) * radii[i]!), scale(w, Math.sin(a) * radii[i]!)),
        ),
      );
    }
  }
  return closeRings(pos, centreline, sides);
}

/**
 * Joins rings of `sides` vertices (already in `pos`, one ring per centreline point) into a
 * surface and caps it with a vertex at each end of the centreline.
 */
function closeRings(pos: number[], centreline: readonly V3[], sides: number): RawMesh {
  const idx: number[] = [];
  const n = centreline.length;
  const ring = (i: number, j: number) => i * sides + (j % sides);
  for (let i = 0; i + 1 < n; i++)
    for (let j = 0; j < sides; j++) {
      idx.push(ring(i, j), ring(i + 1, j), ring(i + 1, j + 1));
      idx.push(ring(i, j), ring(i + 1, j + 1), ring(i, j + 1));
    }
  const start = pos.length / 3;
  pos.push(...centreline[0]!);
  const end = start + 1;
  pos.push(...centreline[n - 1]!);
  for (let j = 0; j < sides; j++) {
    idx.push(start, ring(0, j + 1), ring(0, j));
    idx.push(end, ring(n - 1, j), ring(n - 1, j + 1));
  }
  return { positions: new Float32Array(pos), index: new Uint32Array(idx) };
}

/**
 * A closed flat band along a centreline: elliptical sections, `halfWidths[i]` across the band
 * and `halfThickness` along `up[i]` (the band's face normal, e.g. the skin normal above it).
 */
export function bandMesh(
  centreline: readonly V3[],
  up: readonly V3[],
  halfWidths: readonly number[],
  halfThickness: number,
  sides: number,
): RawMesh {
  const pos: number[] = [];
  const n = centreline.length;
  for (let i = 0; i < n; i++) {
    const t = norm(sub(centreline[Math.min(n - 1, i + 1)]!, centreline[Math.max(0, i - 1)]!));
    const w = norm(sub(up[i]!, scale(t, dot(up[i]!, t))));
    // (u, w, t) left-handed, so each ring runs clockwise about t: with closeRings' order the
    // faces then wind outward (a right-handed frame turned the band inside out, so its faces
    // toward the viewer were culled and only its far side showed, a thin pale line).
    const u = cross(t, w);
    for (let j = 0; j < sides; j++) {
      const a = (2 * Math.PI * j) / sides;
      pos.push(
        ...add(
          centreline[i]!,
          add(scale(u, Math.cos(a) * halfWidths[i]!), scale(w, Math.sin(a) * halfThickness)),
        ),
      );
    }
  }
  return closeRings(pos, centreline, sides);
}

/** Icosphere-like ellipsoid from an octahedron subdivided twice, long axis along `axis`. */
export function ellipsoidMesh(centre: V3, axis: V3, long: number, short: number): RawMesh {
  let verts: V3[] = [
    [1, 0, 0],
    [-1, 0, 0],
    [0, 1, 0],
    [0, -1, 0],
    [0, 0, 1],
    [0, 0, -1],
  ];
  let faces: [number, number, number][] = [
    [0, 2, 4],
    [2, 1, 4],
    [1, 3, 4],
    [3, 0, 4],
    [2, 0, 5],
    [1, 2, 5],
    [3, 1, 5],
    [0, 3, 5],
  ];
  for (let level = 0; level < 2; level++) {
    const mid = new Map<string, number>();
    const m = (a: number, b: number) => {
      const key = a < b ? `${a},${b}` : `${b},${a}`;
      let k = mid.get(key);
      if (k === undefined) {
        k = verts.length;
        verts.push(norm(scale(add(verts[a]!, verts[b]!), 0.5)));
        mid.set(key, k);
      }
      return k;
    };
    const next: [number, number, number][] = [];
    for (const [a, b, c] of faces) {
      const ab = m(a, b);
      const bc = m(b, c);
      const ca = m(c, a);
      next.push([a, ab, ca], [b, bc, ab], [c, ca, bc], [ab, bc, ca]);
    }
    faces = next;
    verts = [...verts];
  }
  const ax = norm(axis);
  const s1 = norm(cross(ax, Math.abs(ax[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0]));
  const s2 = cross(s1, ax);
  const pos: number[] = [];
  for (const v of verts) {
    pos.push(
      ...add(
        centre,
        add(scale(ax, v[1] * long), add(scale(s1, v[0] * short), scale(s2, v[2] * short))),
      ),
    );
  }
  return { positions: new Float32Array(pos), index: new Uint32Array(faces.flat()) };
}

/** Concatenates meshes into one. */
export function mergeMeshes(meshes: readonly RawMesh[]): RawMesh {
  const np = meshes.reduce((a, m) => a + m.positions.length, 0);
  const ni = meshes.reduce((a, m) => a + m.index.length, 0);
  const positions = new Float32Array(np);
  const index = new Uint32Array(ni);
  let vo = 0;
  let io = 0;
  for (const m of meshes) {
    positions.set(m.positions, vo * 3);
    for (let k = 0; k < m.index.length; k++) index[io + k] = m.index[k]! + vo;
    vo += m.positions.length / 3;
    io += m.index.length;
  }
  return { positions, index };
}
