/**
 * Pieces of a trace: the pointer leaves the leg (or the hand lifts to start the next pass), so one
 * trace can hold several strokes. The jump between two pieces is not on the skin: it is neither
 * path nor a distal movement.
 */

/** A run of consecutive samples, indices inclusive. */
export interface SampleSpan {
  fromIndex: number;
  toIndex: number;
}

/** A pause of at least this long always starts a new piece. */
const MIN_GAP_MS = 100;
/** …and so does any pause several times longer than the usual interval between samples. */
const GAP_TO_USUAL_INTERVAL = 4;

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/**
 * Splits where the time between two samples is a gap rather than the sampling interval. The
 * threshold follows the trace's own sampling rate, so 60 Hz pointer traces and hand-written
 * files with a sample every 100 ms both split only at real pauses.
 */
export function splitIntoPieces(times: readonly number[]): SampleSpan[] {
  if (times.length === 0) return [];
  const intervals = times.slice(1).map((t, i) => t - (times[i] ?? t));
  // Samples stamped in the same frame say nothing about the sampling rate.
  const usual = median(intervals.filter((interval) => interval > 0));
  const gap = Math.max(MIN_GAP_MS, GAP_TO_USUAL_INTERVAL * usual);
  const pieces: SampleSpan[] = [];
  let fromIndex = 0;
  intervals.forEach((interval, i) => {
    if (interval >= gap) {
      pieces.push({ fromIndex, toIndex: i });
      fromIndex = i + 1;
    }
  });
  pieces.push({ fromIndex, toIndex: times.length - 1 });
  return pieces;
}
