/**
 * Smoothing of the palm's position: the detector's landmarks jump by a few pixels from frame to
 * frame. An exponential filter whose weight follows the time since the last frame, so a camera
 * that drops frames is smoothed as much per second as one that does not.
 */
import type { ImagePoint } from './legLine';

/** Time constant: long enough to calm the jitter, short against a glide of a few seconds. */
export const SMOOTHING_MS = 120;

export interface SmoothedPoint {
  point: ImagePoint;
  t: number;
}

export function smoothPoint(
  previous: SmoothedPoint | null,
  point: ImagePoint,
  t: number,
  timeConstantMs: number = SMOOTHING_MS,
): SmoothedPoint {
  if (!previous) return { point, t };
  // A frame stamped no later than the last one adds no time to smooth over.
  if (t <= previous.t) return previous;
  const weight = 1 - Math.exp(-(t - previous.t) / timeConstantMs);
  return {
    point: {
      x: previous.point.x + (point.x - previous.point.x) * weight,
      y: previous.point.y + (point.y - previous.point.y) * weight,
    },
    t,
  };
}
