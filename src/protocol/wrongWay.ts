/**
 * The "wrong way" demonstration: the lesson's strokes played backwards, from the top of each
 * lane down to its bottom, away from the heart. Pure: the same timeline and t give the same pose.
 *
 * On a stroke, each hand's s is reflected along the clip's lane, s' = sFrom + sTo − s, so the
 * hands cover the same stretch of skin at the same pace, in the other direction. θ, pressure,
 * contact, the squeezes and the progress along the pass are unchanged. On a lifted return, the
 * hands travel from where the reversed previous stroke ended (its lane's bottom) to where the
 * reversed next stroke begins (its lane's top), eased as the lesson eases its returns.
 */
import { clipAt, sample } from './sample';
import type { Clip, HandPose, HandSide, Lane, Pose, ReturnClip, Timeline } from './motion/types';

/** The point of a lane that a backward pass reaches when a forward one is at `s`. */
export function reverseAlongLane(s: number, lane: Lane): number {
  return lane.sFrom + lane.sTo - s;
}

/** A hand of a stroke on `lane`, moved to where the same stroke run backwards puts it. */
export function wrongWayHand(hand: HandPose, lane: Lane): HandPose {
  return { ...hand, s: reverseAlongLane(hand.s, lane) };
}

/** Same easing as the lesson's returns (`sample.ts`), so lifted hands never jump. */
const smooth = (f: number) => f * f * (3 - 2 * f);

function laneOf(clip: Clip | undefined): Lane | null {
  return clip !== undefined && clip.kind !== 'return' ? clip.lane : null;
}

function returnHand(
  timeline: Timeline,
  clip: ReturnClip,
  pose: HandPose,
  side: HandSide,
  t: number,
): HandPose {
  const before = timeline.clips[clip.index - 1];
  const previous = before?.leg === clip.leg ? laneOf(before) : null;
  const next = laneOf(timeline.clips[clip.index + 1]);
  const to = next ? reverseAlongLane(clip.to[side].s, next) : clip.to[side].s;
  const from = previous ? reverseAlongLane(clip.from[side].s, previous) : to;
  const u = clip.duration > 0 ? Math.min(1, Math.max(0, (t - clip.start) / clip.duration)) : 1;
  return { ...pose, s: from + (to - from) * smooth(u) };
}

/** The pose of `sample(timeline, t)`, with the stroke under way played away from the heart. */
export function wrongWayPose(timeline: Timeline, t: number): Pose {
  const pose = sample(timeline, t);
  const clip = clipAt(timeline, pose.t);
  if (clip.kind !== 'return') {
    return {
      ...pose,
      left: wrongWayHand(pose.left, clip.lane),
      right: wrongWayHand(pose.right, clip.lane),
    };
  }
  return {
    ...pose,
    left: returnHand(timeline, clip, pose.left, 'left', pose.t),
    right: returnHand(timeline, clip, pose.right, 'right', pose.t),
  };
}
