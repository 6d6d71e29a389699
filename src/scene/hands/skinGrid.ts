/**
 * A coarse grid round the skin that answers two questions without a closest-point query: is a
 * point surely outside the skin, and how far from it at least. The hands' solver asks millions of
 * "closer than a few millimetres?" questions (skinProbe.ts), most of them about points of the
 * hands well clear of the leg; the grid settles those, and the probe measures the rest.
 */
import { DoubleSide, Ray } from 'three';
import type { MeshBVH } from 'three-mesh-bvh';

export interface SkinGrid {
  /** False only where a point is surely outside: its cell and every neighbour are outside. */
  mayBeInside(p: { x: number; y: number; z: number }): boolean;
  /**
   * A lower bound (m) of the point's distance to the skin where it is surely outside (0 where
   * it may be inside or near the skin): 0, one cell or two.
   */
  clearance(p: { x: number; y: number; z: number }): number;
}

/** Grid cell (m): about 1.4 million cells round the default leg, built in about 0.2 s. */
export const CELL_M = 0.004;

export function skinGridOf(
  bvh: MeshBVH,
  positions: ArrayLike<number>,
  index: ArrayLike<number>,
): SkinGrid {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i += 3) {
    for (let a = 0; a < 3; a++) {
      min[a] = Math.min(min[a]!, positions[i + a]!);
      max[a] = Math.max(max[a]!, positions[i + a]!);
    }
  }
  // Three empty cells round the skin's box: room for the clearance to grow to two cells.
  const origin = min.map((v) => v - 3 * CELL_M) as [number, number, number];
  const size = min.map((v, a) => Math.ceil((max[a]! - v) / CELL_M) + 7) as [number, number, number];
  const [nx, ny, nz] = size;
  const at = (i: number, j: number, k: number) => (k * ny + j) * nx + i;
  const cellOf = (v: number, a: 0 | 1 | 2) => Math.floor((v - origin[a]) / CELL_M);
  const centre = (a: 0 | 1 | 2, i: number) => origin[a] + (i + 0.5) * CELL_M;

  // Inside or outside at each cell centre by the parity of crossings along rows across the
  // leg, in x and in z (inside if either row says so: a ray grazing an edge can miscount).
  const inside = new Uint8Array(nx * ny * nz);
  const ray = new Ray();
  for (const along of [0, 2] as const) {
    const other = along === 0 ? 2 : 0;
    for (let j = 0; j < ny; j++) {
      for (let m = 0; m < size[other]; m++) {
        ray.origin.set(0, centre(1, j), 0);
        ray.origin.setComponent(other, centre(other, m));
        ray.origin.setComponent(along, origin[along]);
        ray.direction.set(0, 0, 0).setComponent(along, 1);
        const hits = bvh.raycast(ray, DoubleSide);
        if (hits.length < 2) continue;
        hits.sort((a, b) => a.distance - b.distance);
        let h = 0;
        let odd = false;
        for (let c = 0; c < size[along]; c++) {
          const d = centre(along, c) - origin[along];
          while (h < hits.length && hits[h]!.distance <= d) {
            odd = !odd;
            h++;
          }
          if (odd) inside[along === 0 ? at(c, j, m) : at(m, j, c)] = 1;
        }
      }
    }
  }
  // Grown by a cell: a point anywhere in a cell is then judged with a cell's margin.
  const mayBeInside = grow(inside, size);

  // The cells any skin triangle's box touches, then grown twice: a cell not reached by the
  // first growth is at least a cell from every triangle, by the second, two.
  const near0 = new Uint8Array(nx * ny * nz);
  for (let t = 0; t < index.length; t += 3) {
    const lo = [Infinity, Infinity, Infinity];
    const hi = [-Infinity, -Infinity, -Infinity];
    for (let c = 0; c < 3; c++) {
      const v = index[t + c]! * 3;
      for (let a = 0; a < 3; a++) {
        lo[a] = Math.min(lo[a]!, positions[v + a]!);
        hi[a] = Math.max(hi[a]!, positions[v + a]!);
      }
    }
    for (let k = cellOf(lo[2]!, 2); k <= cellOf(hi[2]!, 2); k++)
      for (let j = cellOf(lo[1]!, 1); j <= cellOf(hi[1]!, 1); j++)
        for (let i = cellOf(lo[0]!, 0); i <= cellOf(hi[0]!, 0); i++) near0[at(i, j, k)] = 1;
  }
  const near1 = grow(near0, size);
  const near2 = grow(near1, size);

  const cell = (p: { x: number; y: number; z: number }): number => {
    const i = cellOf(p.x, 0);
    const j = cellOf(p.y, 1);
    const k = cellOf(p.z, 2);
    return i < 0 || j < 0 || k < 0 || i >= nx || j >= ny || k >= nz ? -1 : at(i, j, k);
  };
  return {
    mayBeInside(p) {
      const c = cell(p);
      return c >= 0 && mayBeInside[c] === 1;
    },
    clearance(p) {
      const c = cell(p);
      // Off the grid: at least the three empty cells round the skin's box.
      if (c < 0) return 2 * CELL_M;
      if (mayBeInside[c] === 1 || near1[c] === 1) return 0;
      return near2[c] === 1 ? CELL_M : 2 * CELL_M;
    },
  };
}

/** The cells set, grown by one cell in every direction (26 neighbours), one axis at a time. */
function grow(cells: Uint8Array, [nx, ny, nz]: readonly [number, number, number]): Uint8Array {
  let from = cells;
  for (const [step, n] of [
    [1, nx],
    [nx, ny],
    [nx * ny, nz],
  ] as const) {
    const to = new Uint8Array(from.length);
    for (let c = 0; c < from.length; c++) {
      if (!from[c]) continue;
      to[c] = 1;
      const along = Math.floor(c / step) % n;
      if (along > 0) to[c - step] = 1;
      if (along < n - 1) to[c + step] = 1;
    }
    from = to;
  }
  return from;
}
