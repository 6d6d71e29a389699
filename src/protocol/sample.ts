/**
 * The pose of both hands at a moment of a timeline. Pure: the clock lives in the app and passes
 * `t` in; the same timeline and `t` always give the same pose.
 */
import { lerpDegrees } from '../anatomy/chartAngle';
import { placeHands, type HandPlacement } from './motion/handPlacement';
import { zoneUnderHand } from './zoneUnderHand';
import { limitedPressure } from './motion/strokeReach';
import type { PressureLevel } from '../anatomy/names';
import type {
  Clip,
  HandPose,
  HandSide,
  PhaseSpan,
  Pose,
  ReturnClip,
  StrokeClip,
  Timeline,
  TimelineZones,
} from './motion/types';

/** `t` made safe: NaN is the start, and anything outside [0, duration] is clamped. */
function clampTime(timeline: Timeline, t: number): number {
  if (Number.isNaN(t)) return 0;
  return Math.min(timeline.duration, Math.max(0, t));
}

/** Index of the last item whose start is at or before `t` (items ascending by start). */
function lastStartingBy(items: readonly { start: number }[], t: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((items[mid]?.start ?? Infinity) <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The clip playing at `t`; at a boundary between two clips, the later one. */
export function clipAt(timeline: Timeline, t: number): Clip {
  const clip = timeline.clips[lastStartingBy(timeline.clips, clampTime(timeline, t))];
  if (!clip) throw new RangeError('The timeline has no clips');
  return clip;
}

/**
 * Which phase span is at `t`: its index in `spans` (ascending by start); at a boundary, the later
 * one; before the first span, 0. The one answer to that question for the timeline and the UI.
 */
export function spanIndexAt(spans: readonly PhaseSpan[], t: number): number {
  return lastStartingBy(spans, t);
}

/** The phase segment playing at `t`; at a boundary, the later one. */
export function phaseAt(timeline: Timeline, t: number): PhaseSpan {
  const span = timeline.spans[spanIndexAt(timeline.spans, clampTime(timeline, t))];
  if (!span) throw new RangeError('The timeline has no phases');
  return span;
}

const fraction = (clip: Clip, t: number) =>
  clip.duration > 0 ? Math.min(1, Math.max(0, (t - clip.start) / clip.duration)) : 1;

/** Gentle in and out, so the lifted hands do not jump. */
const smooth = (f: number) => f * f * (3 - 2 * f);

/**
 * One hand's pose, built as one object (no spread copies: the scene samples a pose every frame).
 * `pressure` null: the hand is over a place kept off, so it lifts and glides on in the air.
 */
function handPose(
  clip: Clip,
  progress: number,
  at: HandPlacement,
  pressure: PressureLevel | null,
): HandPose {
  const touching = pressure !== null;
  const hand: HandPose = {
    phaseIndex: clip.phaseIndex,
    phaseId: clip.phaseId,
    technique: clip.technique,
    strokeKind: clip.strokeKind,
    strokeId: clip.strokeId,
    pressure: pressure ?? clip.pressure,
    progress,
    s: at.s,
    theta: at.theta,
    contact: touching,
    compression: touching ? at.compression : 0,
  };
  if (at.palmSpreadDeg !== undefined) hand.palmSpreadDeg = at.palmSpreadDeg;
  if (at.skinMmPerDegree !== undefined) hand.skinMmPerDegree = at.skinMmPerDegree;
  return hand;
}

function strokeHands(
  clip: StrokeClip,
  u: number,
  zones: TimelineZones | undefined,
): Record<HandSide, HandPose> {
  const placed = placeHands(clip.kind, clip.lane, clip.leg, u, clip.cycles);
  const pose = (side: HandSide): HandPose => {
    const at = placed[side];
    // The phase's pressure, held to the zone under this hand right now.
    const pressure = zones
      ? limitedPressure(
          clip.pressure,
          zoneUnderHand(zones.at, at.s, at.theta, zones.halfPalmS).level,
        )
      : clip.pressure;
    return handPose(clip, placed.progress, at, pressure);
  };
  return { left: pose('left'), right: pose('right') };
}

function returnHands(clip: ReturnClip, u: number): Record<HandSide, HandPose> {
  const f = smooth(u);
  const pose = (side: HandSide): HandPose => {
    const from = clip.from[side];
    const to = clip.to[side];
    const at = {
      s: from.s + (to.s - from.s) * f,
      theta: lerpDegrees(from.theta, to.theta, f),
      compression: 0,
    };
    return handPose(clip, 0, at, null);
  };
  return { left: pose('left'), right: pose('right') };
}

export function sample(timeline: Timeline, t: number): Pose {
  const time = clampTime(timeline, t);
  const clip = clipAt(timeline, time);
  const u = fraction(clip, time);
  const hands =
    clip.kind === 'return' ? returnHands(clip, u) : strokeHands(clip, u, timeline.zones);
  return {
    t: time,
    clipIndex: clip.index,
    leg: clip.leg,
    phaseIndex: clip.phaseIndex,
    phaseId: clip.phaseId,
    ...hands,
  };
}
