/**
 * What the camera saw as a trace file, for the same analysis, valve replay and export as a drawn
 * stroke: the samples on the leg, `t` from the first of them. The camera looks down on the front
 * of the leg, so θ is 0 (anterior); it sees no pressure, so every sample says the lightest level
 * and the trace says `pressureMeasured: false` (the analysis then finds no excess of pressure).
 */
import type { LegSide } from '../anatomy/names';
import { ASPECT_THETA } from '../anatomy/names';
import type { Trace } from '../practice/traceFile';
import type { TrackedSample } from './handTracker';

export function cameraTrace(leg: LegSide, samples: readonly TrackedSample[]): Trace | null {
  const onLeg = samples.filter((sample) => sample.contact);
  const start = onLeg[0]?.t;
  if (start === undefined) return null;
  return {
    leg,
    pressureMeasured: false,
    samples: onLeg.map((sample) => ({
      s: Math.min(1, Math.max(0, sample.s)),
      theta: ASPECT_THETA.anterior,
      t: sample.t - start,
      pressure: 'light' as const,
    })),
  };
}
