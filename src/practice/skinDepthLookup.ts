/**
 * Tissue depth at a chart point, from the skin vertices' own chart coordinates and depths: the
 * depth of the nearest vertex. Vertices are bucketed in a grid over (s, θ) so a trace of
 * thousands of samples costs thousands of small searches, not a scan of the mesh per sample.
 */
import { thetaDelta, wrapDegrees } from '../anatomy/chartAngle';

/** Per skin vertex: chart s (0–1), θ in degrees, and the distance to the nearest bone in mm. */
export interface SkinDepthChart {
  s: ArrayLike<number>;
  theta: ArrayLike<number>;
  depthMm: ArrayLike<number>;
}

/**
 * One degree around the leg measured in leg lengths: a leg's mean circumference (~0.33 m) over
 * 360°, over its length toe tip to groin (~0.95 m). Only weighs s against θ for "nearest".
 */
const S_PER_DEGREE = 0.33 / 360 / 0.95;
const CELL_S = 0.01;
const CELL_DEGREES = 5;
const THETA_CELLS = 360 / CELL_DEGREES;

const cellOfS = (s: number) => Math.floor(s / CELL_S);
const cellOfTheta = (theta: number) =>
  Math.floor((wrapDegrees(theta) + 180) / CELL_DEGREES) % THETA_CELLS;

/** Depth at the nearest skin vertex; NaN if the skin has no vertices. */
export function skinDepthLookup(skin: SkinDepthChart): (s: number, theta: number) => number {
  const nearest = skinVertexLookup(skin);
  return (s, theta) => {
    const i = nearest(s, theta);
    return i >= 0 ? (skin.depthMm[i] ?? Number.NaN) : Number.NaN;
  };
}

/** Index of the nearest skin vertex to a chart point; -1 if the skin has no vertices. */
export function skinVertexLookup(
  skin: Pick<SkinDepthChart, 's' | 'theta'>,
): (s: number, theta: number) => number {
  const count = skin.s.length;
  if (count === 0) return () => -1;
  // Vertices bucketed by cell, flat (cell start offsets into one index array): the search runs
  // for every sample of every stroke, so it allocates nothing.
  const sCells = Math.ceil(1 / CELL_S) + 1;
  const cellCount = sCells * THETA_CELLS;
  const cellOf = (s: number, theta: number) =>
    Math.min(sCells - 1, Math.max(0, cellOfS(s))) * THETA_CELLS + cellOfTheta(theta);
  const start = new Int32Array(cellCount + 1);
  const vs = Float64Array.from({ length: count }, (_, i) => skin.s[i] ?? 0);
  const vt = Float64Array.from({ length: count }, (_, i) => skin.theta[i] ?? 0);
  for (let i = 0; i < count; i++) start[cellOf(vs[i] ?? 0, vt[i] ?? 0) + 1]! += 1;
  for (let c = 0; c < cellCount; c++) start[c + 1]! += start[c] ?? 0;
  const fill = start.slice(0, cellCount);
  const items = new Int32Array(count);
  for (let i = 0; i < count; i++) items[fill[cellOf(vs[i] ?? 0, vt[i] ?? 0)]!++] = i;
  const ringLimit = sCells + THETA_CELLS;
  const ringStep = Math.min(CELL_S, CELL_DEGREES * S_PER_DEGREE);

  return (s, theta) => {
    const sCell = Math.min(sCells - 1, Math.max(0, cellOfS(s)));
    const thetaCell = cellOfTheta(theta);
    let best = -1;
    let bestSq = Infinity;
    // Rings of cells outward until the nearest vertex found cannot be beaten by a farther ring.
    for (let ring = 0; ring <= ringLimit; ring++) {
      const ringDistance = Math.max(0, ring - 1) * ringStep;
      if (best >= 0 && ringDistance * ringDistance > bestSq) break;
      for (let ds = -ring; ds <= ring; ds++) {
        const row = sCell + ds;
        if (row < 0 || row >= sCells) continue;
        const edge = Math.abs(ds) === ring;
        for (let dt = -ring; dt <= ring; dt += edge ? 1 : 2 * ring) {
          const wrapped = (((thetaCell + dt) % THETA_CELLS) + THETA_CELLS) % THETA_CELLS;
          const cell = row * THETA_CELLS + wrapped;
          const end = start[cell + 1] ?? 0;
          for (let k = start[cell] ?? 0; k < end; k++) {
            const i = items[k] ?? 0;
            const d = (vs[i] ?? 0) - s;
            const a = thetaDelta(theta, vt[i] ?? 0) * S_PER_DEGREE;
            const sq = d * d + a * a;
            if (sq < bestSq) [best, bestSq] = [i, sq];
          }
          if (ring === 0) break;
        }
      }
    }
    return best;
  };
}
