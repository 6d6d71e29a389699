/** Reading a vein's sampled profiles (diameter, chart path) at any fraction along it. */
import { lerpDegrees } from '../anatomy/chartAngle';
import type { ChartSample, DiameterSample } from './network';

interface Sampled {
  fraction: number;
}

/** The two samples around `fraction` and the weight of the second; clamps outside the range. */
function bracket<T extends Sampled>(samples: readonly T[], fraction: number): [T, T, number] {
  const first = samples[0];
  if (first === undefined) throw new Error('a vein profile needs at least one sample');
  let lower = first;
  for (const upper of samples) {
    if (upper.fraction >= fraction) {
      const span = upper.fraction - lower.fraction;
      const weight = span > 0 ? (fraction - lower.fraction) / span : 0;
      return [lower, upper, Math.min(Math.max(weight, 0), 1)];
    }
    lower = upper;
  }
  return [lower, lower, 0];
}

export function diameterAt(profile: readonly DiameterSample[], fraction: number): number {
  const [a, b, w] = bracket(profile, fraction);
  return a.diameterMm + (b.diameterMm - a.diameterMm) * w;
}

/** Chart position (s, θ) at a fraction; θ is interpolated the short way round and kept in (−180, 180]. */
export function chartAt(
  path: readonly ChartSample[],
  fraction: number,
): { s: number; theta: number } {
  const [a, b, w] = bracket(path, fraction);
  const theta = lerpDegrees(a.theta, b.theta, w);
  return { s: a.s + (b.s - a.s) * w, theta };
}

/** Cross-section area in cm² of a vein of this inner diameter in mm. */
export function crossSectionCm2(diameterMm: number): number {
  const radiusCm = diameterMm / 20;
  return Math.PI * radiusCm * radiusCm;
}
