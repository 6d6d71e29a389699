/**
 * What the scene needs from the chart: a point and outward normal on the skin for a chart
 * position, in the model's (right leg) space. The scene mirrors the whole leg group for the left.
 */
import type { Vector3 } from 'three';

export interface SkinSurface {
  /** Writes the skin point and unit normal at (s, θ) into the outputs. */
  pointAt(s: number, theta: number, outPoint: Vector3, outNormal: Vector3): void;
}
