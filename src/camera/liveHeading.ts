/**
 * Which way the hand is going right now, for the live arrow: the change of `s` over the last
 * moments of the current contact. Below a few millimetres the hand counts as still.
 */
import type { Heading } from '../practice/directionRuns';
import type { TrackedSample } from './handTracker';

export type LiveHeading = Heading | 'still' | 'off-leg';

/** Looks back this far (at least to the frame before). */
export const HEADING_WINDOW_MS = 400;
/** About 5 mm on an adult leg: less is jitter, not movement. */
export const STILL_S = 0.006;

export function liveHeading(samples: readonly TrackedSample[]): LiveHeading {
  const last = samples.at(-1);
  if (!last?.contact) return 'off-leg';
  let first = last;
  for (let i = samples.length - 2; i >= 0; i--) {
    const sample = samples[i];
    if (!sample?.contact) break;
    first = sample;
    if (last.t - sample.t >= HEADING_WINDOW_MS) break;
  }
  const ds = last.s - first.s;
  if (Math.abs(ds) < STILL_S) return 'still';
  return ds > 0 ? 'proximal' : 'distal';
}
