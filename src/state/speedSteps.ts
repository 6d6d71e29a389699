/** Stepping through the playback speeds one notch at a time (the +/− keys). */
import { SPEEDS } from './playbackStore';

/** The offered speed closest to `speed` (the slower one on a tie). */
export function nearestSpeed(speed: number, speeds: readonly number[] = SPEEDS): number {
  let best = speeds[0] ?? 1;
  for (const candidate of speeds) {
    if (Math.abs(candidate - speed) < Math.abs(best - speed)) best = candidate;
  }
  return best;
}

/** The next faster (+1) or slower (−1) offered speed; stays put at either end. */
export function stepSpeed(
  speed: number,
  direction: 1 | -1,
  speeds: readonly number[] = SPEEDS,
): number {
  const index = speeds.indexOf(nearestSpeed(speed, speeds));
  const next = Math.min(speeds.length - 1, Math.max(0, index + direction));
  return speeds[next] ?? speed;
}
