/**
 * The "wrong way" demonstration: the lesson's strokes played backwards, from the top of each
 * lane down to its bottom, away from the heart. Pure: the same timeline and t give the same pose.
 *
 * On a stroke, each hand's s is reflected along the clip's lane, s' = sFrom + sTo − s, so the
 * hands cover the same stretch of skin at the same pace, in the other direction. Pressure,
 * contact, the squeezes and the progress along the pass are unchanged, and θ too but for a
 * gliding hand, whose spread round the lane follows its level. On a lifted return, the
 * hands travel from where the reversed previous stroke ended (its lane's bottom) to where the
 * reversed next stroke begins (its lane's top), eased as the lesson eases its returns.
 */
import { clipAt, sample } from './sample';
import { lerpDegrees, wrapDegrees } from '../anatomy/chartAngle';
import { glideSpreadAt } from './motion/handArrangement';
import { palmRoundAt } from './motion/handPlacement';
import { laneThetaAt } from './motion/lanes';
import type { Clip, HandPose, HandSide, Lane, Pose, ReturnClip, Timeline } from './motion/types';

/** The point of a lane that a backward pass reaches when a forward one is at `s`. */
export function reverseAlongLane(s: number, lane: Lane): number {
  return lane.sFrom + lane.sTo - s;
}

/**
 * A hand of a stroke on `lane`, moved to where the same stroke run backwards puts it. A gliding
 * hand also takes the spread round the lane of its new level (wide round the ankle), on its own
 * side of the lane, as the forward stroke places it there.
 */
export function wrongWayHand(hand: HandPose, lane: Lane): HandPose {
  const s = reverseAlongLane(hand.s, lane);
  if (hand.strokeKind !== 'glide') return { ...hand, s };
  const side = wrapDegrees(hand.theta - laneThetaAt(lane, hand.s)) < 0 ? -1 : 1;
  const theta = wrapDegrees(laneThetaAt(lane, s) + side * glideSpreadAt(lane, s, side));
  // The palm's footprint round the leg where it now is.
  return { ...hand, s, theta, ...palmRoundAt(lane, s, theta) };
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
  const nextClip = timeline.clips[clip.index + 1];
  const next = laneOf(nextClip);
  // Where the reversed strokes on either side put this hand (θ too, for a glide).
  const reversed = (
    point: { s: number; theta: number },
    lane: Lane,
    kind: HandPose['strokeKind'],
  ) => wrongWayHand({ ...pose, ...point, strokeKind: kind }, lane);
  const to =
    next && nextClip && nextClip.kind !== 'return'
      ? reversed(clip.to[side], next, nextClip.kind)
      : clip.to[side];
  const from =
    previous && before && before.kind !== 'return'
      ? reversed(clip.from[side], previous, before.kind)
      : to;
  const u = clip.duration > 0 ? Math.min(1, Math.max(0, (t - clip.start) / clip.duration)) : 1;
  const f = smooth(u);
  return {
    ...pose,
    s: from.s + (to.s - from.s) * f,
    theta: lerpDegrees(from.theta, to.theta, f),
  };
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
