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
  const cells = new Map<number, number[]>();
  const key = (sCell: number, thetaCell: number) => sCell * THETA_CELLS + thetaCell;
  for (let i = 0; i < skin.s.length; i++) {
    const k = key(cellOfS(skin.s[i] ?? 0), cellOfTheta(skin.theta[i] ?? 0));
    const bucket = cells.get(k);
    if (bucket) bucket.push(i);
    else cells.set(k, [i]);
  }
  const ringLimit = Math.ceil(1 / CELL_S) + THETA_CELLS;
  if (skin.s.length === 0) return () => Number.NaN;

  return (s, theta) => {
    const sCell = cellOfS(s);
    const thetaCell = cellOfTheta(theta);
    let best = -1;
    let bestDistance = Infinity;
    // Rings of cells outward until the nearest vertex found cannot be beaten by a farther ring.
    for (let ring = 0; ring <= ringLimit; ring++) {
      const ringDistance = Math.max(0, ring - 1) * Math.min(CELL_S, CELL_DEGREES * S_PER_DEGREE);
      if (best >= 0 && ringDistance > bestDistance) break;
      for (let ds = -ring; ds <= ring; ds++) {
        for (let dt = -ring; dt <= ring; dt++) {
          if (Math.max(Math.abs(ds), Math.abs(dt)) !== ring) continue;
          const wrappedTheta = (((thetaCell + dt) % THETA_CELLS) + THETA_CELLS) % THETA_CELLS;
          for (const i of cells.get(key(sCell + ds, wrappedTheta)) ?? []) {
            const distance = Math.hypot(
              (skin.s[i] ?? 0) - s,
              thetaDelta(theta, skin.theta[i] ?? 0) * S_PER_DEGREE,
            );
            if (distance < bestDistance) [best, bestDistance] = [i, distance];
          }
        }
      }
    }
    return best >= 0 ? (skin.depthMm[best] ?? Number.NaN) : Number.NaN;
  };
}
