import type { Box } from './sdf';

export interface RawMesh {
  positions: Float32Array;
  index: Uint32Array;
}

/**
 * Surface nets on a regular grid: one vertex per cell that the surface crosses (the mean of the
 * edge crossings), one quad per crossed grid edge. The grid is padded by a cell so the surface
 * of a bounded field closes.
 */
export function surfaceNets(
  f: (x: number, y: number, z: number) => number,
  box: Box,
  h: number,
): RawMesh {
  const o = [box.min[0] - 2 * h, box.min[1] - 2 * h, box.min[2] - 2 * h];
  const n = [0, 1, 2].map((i) => Math.ceil((box.max[i]! + 2 * h - o[i]!) / h) + 1) as [
    number,
    number,
    number,
  ];
  const [nx, ny, nz] = n;
  const v = new Float32Array(nx * ny * nz);
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++)
        v[i + nx * (j + ny * k)] = f(o[0]! + i * h, o[1]! + j * h, o[2]! + k * h);
  const at = (i: number, j: number, k: number) => v[i + nx * (j + ny * k)]!;
  const cellVert = new Int32Array((nx - 1) * (ny - 1) * (nz - 1)).fill(-1);
  const cid = (i: number, j: number, k: number) => i + (nx - 1) * (j + (ny - 1) * k);
  const pos: number[] = [];
  const corners = [
    [0, 0, 0],
    [1, 0, 0],
    [0, 1, 0],
    [1, 1, 0],
    [0, 0, 1],
    [1, 0, 1],
    [0, 1, 1],
    [1, 1, 1],
  ] as const;
  const edges = [
    [0, 1],
    [2, 3],
    [4, 5],
    [6, 7],
    [0, 2],
    [1, 3],
    [4, 6],
    [5, 7],
    [0, 4],
    [1, 5],
    [2, 6],
    [3, 7],
  ] as const;
  const val = new Float64Array(8);
  for (let k = 0; k < nz - 1; k++)
    for (let j = 0; j < ny - 1; j++)
      for (let i = 0; i < nx - 1; i++) {
        let mask = 0;
        for (let c = 0; c < 8; c++) {
          const q = corners[c]!;
          val[c] = at(i + q[0], j + q[1], k + q[2]);
          if (val[c]! < 0) mask |= 1 << c;
        }
        if (mask === 0 || mask === 255) continue;
        let sx = 0;
        let sy = 0;
        let sz = 0;
        let cnt = 0;
        for (const [a, b] of edges) {
          const va = val[a]!;
          const vb = val[b]!;
          if (va < 0 === vb < 0) continue;
          const t = va / (va - vb);
          const qa = corners[a]!;
          const qb = corners[b]!;
          sx += qa[0] + (qb[0] - qa[0]) * t;
          sy += qa[1] + (qb[1] - qa[1]) * t;
          sz += qa[2] + (qb[2] - qa[2]) * t;
          cnt++;
        }
        cellVert[cid(i, j, k)] = pos.length / 3;
        pos.push(
          o[0]! + (i + sx / cnt) * h,
          o[1]! + (j + sy / cnt) * h,
          o[2]! + (k + sz / cnt) * h,
        );
      }
  const idx: number[] = [];
  const quad = (a: number, b: number, c: number, d: number, flip: boolean) => {
    if (flip) idx.push(a, d, c, a, c, b);
    else idx.push(a, b, c, a, c, d);
  };
  for (let k = 1; k < nz - 1; k++)
    for (let j = 1; j < ny - 1; j++)
      for (let i = 1; i < nx - 1; i++) {
        const inside = at(i, j, k) < 0;
        if (i + 1 < nx && inside !== at(i + 1, j, k) < 0) {
          quad(
            cellVert[cid(i, j - 1, k - 1)]!,
            cellVert[cid(i, j, k - 1)]!,
            cellVert[cid(i, j, k)]!,
            cellVert[cid(i, j - 1, k)]!,
            !inside,
          );
        }
        if (j + 1 < ny && inside !== at(i, j + 1, k) < 0) {
          quad(
            cellVert[cid(i - 1, j, k - 1)]!,
            cellVert[cid(i - 1, j, k)]!,
            cellVert[cid(i, j, k)]!,
            cellVert[cid(i, j, k - 1)]!,
            !inside,
          );
        }
        if (k + 1 < nz && inside !== at(i, j, k + 1) < 0) {
          quad(
            cellVert[cid(i - 1, j - 1, k)]!,
            cellVert[cid(i, j - 1, k)]!,
            cellVert[cid(i, j, k)]!,
            cellVert[cid(i - 1, j, k)]!,
            !inside,
          );
        }
      }
  return { positions: new Float32Array(pos), index: new Uint32Array(idx) };
}
