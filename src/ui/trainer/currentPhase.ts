/**
 * What the trainer shows about the moment under the playhead: which span, stroke and cue.
 * Pure functions of the protocol, the timeline and `t`.
 */
import type { LegSide } from '../../anatomy/names';
import type { PhaseSpan, Timeline } from '../../protocol/motion/types';
import { clipAt } from '../../protocol/sample';
import type { Phase, Stroke } from '../../protocol/schema';

/** Index of the first span of a phase (on `leg`, when given); −1 when the phase has none. */
export function firstSpanOf(
  spans: readonly PhaseSpan[],
  phaseIndex: number,
  leg?: LegSide,
): number {
  return spans.findIndex(
    (span) => span.phaseIndex === phaseIndex && (leg === undefined || span.leg === leg),
  );
}

/** The stroke of `phase` the hands are making (or returning to begin) at `t`. */
export function strokeAt(timeline: Timeline, phase: Phase, t: number): Stroke | undefined {
  if (timeline.clips.length === 0) return undefined;
  const clip = clipAt(timeline, t);
  return phase.strokes.find((stroke) => stroke.id === clip.strokeId);
}

/**
 * Which of a phase's cues to show at `t`: the cues share the span's time equally, in order,
 * so a presenter's caption walks through them as the phase plays.
 */
export function cueIndexAt(span: PhaseSpan, t: number, cueCount: number): number {
  if (cueCount <= 1) return 0;
  const length = span.end - span.start;
  const fraction = length > 0 ? (t - span.start) / length : 0;
  return Math.min(cueCount - 1, Math.max(0, Math.floor(fraction * cueCount)));
}
