/**
 * The moment both bench pages are measured from: the reference draws the lesson still at this
 * moment, and the app plays on from it, so every run of either page draws the same strokes.
 */
import type { Timeline } from '../src/protocol/timeline';

/** A moment with both hands on the skin: half way through the lesson's first stroke. */
export function strokeMoment(timeline: Pick<Timeline, 'clips'>): number {
  const stroke = timeline.clips.find((clip) => clip.kind !== 'return');
  return stroke ? stroke.start + stroke.duration / 2 : 0;
}
