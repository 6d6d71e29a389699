/** Stepping through the playback speeds one notch at a time (the +/− keys). */
import { SPEEDS } from './playbackStore';

/** The speed a number that is no number at all (NaN) stands for. */
const NORMAL_SPEED = 1;

/**
 * The offered speed closest to `speed` (the slower one on a tie). The speed is clamped into the
 * offered range first: compared unclamped, 1e16 was as far from 3 as from 4 in floating point
 * and came out as 3, and 1e17 as 0.25.
 */
export function nearestSpeed(speed: number, speeds: readonly number[] = SPEEDS): number {
  if (speeds.length === 0) return NORMAL_SPEED;
  const slowest = Math.min(...speeds);
  const fastest = Math.max(...speeds);
  const wanted = Number.isNaN(speed)
    ? Math.min(fastest, Math.max(slowest, NORMAL_SPEED))
    : Math.min(fastest, Math.max(slowest, speed));
  let best = fastest;
  for (const candidate of speeds) {
    const closer = Math.abs(candidate - wanted) - Math.abs(best - wanted);
    if (closer < 0 || (closer === 0 && candidate < best)) best = candidate;
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
