/**
 * How chart units relate to real distances on the skin at one place: metres per unit of s
 * along the leg and metres per degree of θ around it, measured on the skin itself (the foot,
 * the ankle and the thigh differ a lot). A place marked with a radius in centimetres then
 * covers the same skin on any model.
 */
import type { SurfaceSample } from './chart';

/** The part of `LegChart` the scale needs. */
export interface SurfaceOfChart {
  surfaceAt(s: number, theta: number): SurfaceSample;
}

export interface ChartScale {
  /** Metres of skin per unit of s, going along the leg at (s, θ). */
  metresPerS(s: number, theta: number): number;
  /** Metres of skin per degree of θ, going around the leg at (s, θ). */
  metresPerDegree(s: number, theta: number): number;
}

/** Steps wide enough to smooth over single triangles, small enough to stay local. */
const STEP_S = 0.01;
const STEP_DEG = 6;
/** Never zero: a degenerate patch of skin must not make a mark infinitely large. */
const MIN_METRES = 1e-4;

function distance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}

export function chartScaleOf(chart: SurfaceOfChart): ChartScale {
  const between = (s0: number, t0: number, s1: number, t1: number) =>
    distance([...chart.surfaceAt(s0, t0).position], [...chart.surfaceAt(s1, t1).position]);
  return {
    metresPerS: (s, theta) => {
      const lo = Math.max(0, s - STEP_S);
      const hi = Math.min(1, s + STEP_S);
      return Math.max(MIN_METRES, between(lo, theta, hi, theta)) / (hi - lo);
    },
    metresPerDegree: (s, theta) =>
      Math.max(MIN_METRES, between(s, theta - STEP_DEG, s, theta + STEP_DEG)) / (2 * STEP_DEG),
  };
}
