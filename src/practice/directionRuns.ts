/**
 * Movement along the leg with the hand's jitter taken out. A hand drawing on a leg wobbles: s goes
 * back a little and on again. A turn counts only once s has moved back at least `tolerance` from
 * the furthest point reached (hysteresis, as in a zig-zag filter), so wobbles smaller than that
 * never split a stroke, while a real return down the leg is a run of its own.
 */
import type { SampleSpan } from './tracePieces';

export type Heading = 'proximal' | 'distal';

/** One confirmed movement along s: from a turning point to the next (indices inclusive). */
export interface DirectionRun {
  heading: Heading;
  fromIndex: number;
  toIndex: number;
  sFrom: number;
  sTo: number;
}

function runBetween(s: readonly number[], fromIndex: number, toIndex: number): DirectionRun {
  const sFrom = s[fromIndex] ?? 0;
  const sTo = s[toIndex] ?? 0;
  return { heading: sTo >= sFrom ? 'proximal' : 'distal', fromIndex, toIndex, sFrom, sTo };
}

/**
 * The runs of one piece. Before the first turn is confirmed the heading is open; a start wobble
 * and an end wobble smaller than `tolerance` are left out. A piece that never moves `tolerance`
 * has no runs.
 */
export function directionRuns(
  s: readonly number[],
  piece: SampleSpan,
  tolerance: number,
): DirectionRun[] {
  const at = (i: number) => s[i] ?? 0;
  const runs: DirectionRun[] = [];
  let lowest = piece.fromIndex;
  let highest = piece.fromIndex;
  let heading: Heading | null = null;
  // Where the current run began and the furthest point it has reached.
  let start = piece.fromIndex;
  let extreme = piece.fromIndex;

  for (let i = piece.fromIndex + 1; i <= piece.toIndex; i++) {
    const value = at(i);
    if (heading === null) {
      if (value < at(lowest)) lowest = i;
      if (value > at(highest)) highest = i;
      if (value - at(lowest) >= tolerance) [heading, start, extreme] = ['proximal', lowest, i];
      else if (at(highest) - value >= tolerance) [heading, start, extreme] = ['distal', highest, i];
      continue;
    }
    const further = heading === 'proximal' ? value >= at(extreme) : value <= at(extreme);
    if (further) {
      extreme = i;
    } else if (Math.abs(value - at(extreme)) >= tolerance) {
      runs.push(runBetween(s, start, extreme));
      heading = heading === 'proximal' ? 'distal' : 'proximal';
      [start, extreme] = [extreme, i];
    }
  }
  if (heading !== null) runs.push(runBetween(s, start, extreme));
  return runs;
}
