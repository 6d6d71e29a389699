/**
 * Does a stroke run toward the heart? Judged on the jitter-free runs along s: the share of the
 * path that runs proximally, and the stretches that run back down.
 */
import type { DirectionRun } from './directionRuns';

export type DirectionVerdict = 'proximal' | 'distal' | 'mixed' | 'too-short';

/** A stretch of the trace that runs away from the heart (indices inclusive). */
export interface DistalSegment {
  fromIndex: number;
  toIndex: number;
  sFrom: number;
  sTo: number;
}

export interface DirectionJudgement {
  verdict: DirectionVerdict;
  /** Share of the path along s that runs proximally, 0–1; 0 when there is no path. */
  proximalShare: number;
  /** Path length along s (0–1 is the whole leg), wobbles left out. */
  pathLengthS: number;
  distalSegments: DistalSegment[];
}

/** Fewer samples than this cannot show a direction. */
export const MIN_SAMPLES = 3;
/** 3 % of the leg, about 2.5 cm: less than this is a touch, not a stroke. */
export const MIN_PATH_S = 0.03;
/** A stroke is called one way when at least this share of its path goes that way. */
const CLEAR_SHARE = 0.9;

export function judgeDirection(
  runs: readonly DirectionRun[],
  sampleCount: number,
): DirectionJudgement {
  const length = (run: DirectionRun) => Math.abs(run.sTo - run.sFrom);
  const pathLengthS = runs.reduce((sum, run) => sum + length(run), 0);
  const proximalLength = runs
    .filter((run) => run.heading === 'proximal')
    .reduce((sum, run) => sum + length(run), 0);
  const proximalShare = pathLengthS > 0 ? proximalLength / pathLengthS : 0;
  const distalSegments = runs
    .filter((run) => run.heading === 'distal')
    .map(({ fromIndex, toIndex, sFrom, sTo }) => ({ fromIndex, toIndex, sFrom, sTo }));

  let verdict: DirectionVerdict;
  if (sampleCount < MIN_SAMPLES || pathLengthS < MIN_PATH_S) verdict = 'too-short';
  else if (proximalShare >= CLEAR_SHARE) verdict = 'proximal';
  else if (proximalShare <= 1 - CLEAR_SHARE) verdict = 'distal';
  else verdict = 'mixed';
  return { verdict, proximalShare, pathLengthS, distalSegments };
}
