/**
 * Is the stroke drawn at the protocol's tempo? The matched lane's length over the phase's
 * seconds per pass gives the pace along s; the trace's pace is its path along s over the time
 * the hand was on the skin.
 */
import type { StrokeLane } from './strokeLanes';

export type TempoJudgement = 'too fast' | 'about right' | 'too slow';

export interface StrokeTempo {
  judgement: TempoJudgement;
  /** Trace pace over lane pace: 2 is twice as fast as the protocol's tempo. */
  ratio: number;
  /** Leg lengths per second. */
  traceSPerSecond: number;
  laneSPerSecond: number;
}

/** Hands keep time only roughly: within this factor either way is about right. */
const TEMPO_TOLERANCE = 1.5;

export function strokeTempo(
  pathLengthS: number,
  contactMs: number,
  lane: StrokeLane,
): StrokeTempo | null {
  const laneSPerSecond = Math.abs(lane.sTo - lane.sFrom) / lane.strokeSeconds;
  if (contactMs <= 0 || pathLengthS <= 0 || laneSPerSecond <= 0) return null;
  const traceSPerSecond = pathLengthS / (contactMs / 1000);
  const ratio = traceSPerSecond / laneSPerSecond;
  const judgement: TempoJudgement =
    ratio > TEMPO_TOLERANCE ? 'too fast' : ratio < 1 / TEMPO_TOLERANCE ? 'too slow' : 'about right';
  return { judgement, ratio, traceSPerSecond, laneSPerSecond };
}
