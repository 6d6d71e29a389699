/** A stroke's named lane on the model's chart: s from its landmarks, θ from its aspect. */
import { ASPECT_THETA } from '../../anatomy/names';
import type { Stroke } from '../schema';
import type { ChartLandmarks } from '../../anatomy/regions';
import type { Lane } from './types';

export function laneOf(stroke: Stroke, landmarks: ChartLandmarks): Lane {
  return {
    sFrom: landmarks[stroke.from].s,
    sTo: landmarks[stroke.to].s,
    theta: ASPECT_THETA[stroke.aspect],
    aspect: stroke.aspect,
  };
}
