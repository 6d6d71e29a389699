/**
 * What the scene needs from the chart: a point and outward normal on the skin for a chart
 * position, in the model's (right leg) space. The scene mirrors the whole leg group for the left.
 */
import type { Vector3 } from 'three';
import type { LegChart, SurfaceSample } from '../anatomy/chart';

export interface SkinSurface {
  /** Writes the skin point and unit normal at (s, θ) into the outputs. */
  pointAt(s: number, theta: number, outPoint: Vector3, outNormal: Vector3): void;
}

const surfaces = new WeakMap<LegChart, SkinSurface>();

/** The chart's surface, made once per chart. */
export function skinSurfaceOf(chart: LegChart): SkinSurface {
  let surface = surfaces.get(chart);
  if (!surface) {
    surface = surfaceOf(chart);
    surfaces.set(chart, surface);
  }
  return surface;
}

function surfaceOf(chart: LegChart): SkinSurface {
  const sample: SurfaceSample = { position: [0, 0, 0], normal: [0, 1, 0] };
  return {
    pointAt(s, theta, outPoint, outNormal) {
      chart.surfaceAt(s, theta, 'right', sample);
      outPoint.fromArray(sample.position);
      outNormal.fromArray(sample.normal);
    },
  };
}
