/**
 * A stroke's lane on the model's chart: s from its landmarks (shifted by the protocol's offsets
 * in hand widths), θ from its aspect, bending at the end toward a landmark when the stroke
 * finishes toward one. Watch, Practice and drills all place strokes with this.
 */
import { handWidthS } from '../../anatomy/handSize';
import { ASPECT_THETA } from '../../anatomy/names';
import type { Stroke } from '../schema';
import type { GirthProfile } from '../../anatomy/girthProfile';
import { lerpDegrees } from '../../anatomy/chartAngle';
import { regionLevels, type ChartLandmarks } from '../../anatomy/regions';
import type { Lane } from './types';

export function laneOf(stroke: Stroke, landmarks: ChartLandmarks, girth?: GirthProfile): Lane {
  const hand = handWidthS(landmarks);
  const sFrom = landmarks[stroke.from].s + (stroke.fromOffsetHands ?? 0) * hand;
  const sTo = landmarks[stroke.to].s + (stroke.toOffsetHands ?? 0) * hand;
  const { malleoli, shank } = regionLevels(landmarks);
  const lane: Lane = {
    sFrom,
    sTo,
    theta: ASPECT_THETA[stroke.aspect],
    aspect: stroke.aspect,
    limb: {
      malleoliS: malleoli,
      shankS: shank,
      toeS: landmarks.toe_tip.s,
      handS: hand,
      ...(girth ? { girth } : {}),
    },
  };
  if (stroke.finishToward) {
    const target = landmarks[stroke.finishToward.landmark];
    const turnFrom = Math.max(sFrom, sTo - stroke.finishToward.overHands * hand);
    lane.finish = { sFrom: turnFrom, theta: target.theta };
  }
  return lane;
}

/** The lane's θ at level s: its aspect, then (on a finishing stretch) turning to the target. */
export function laneThetaAt(lane: Lane, s: number): number {
  const finish = lane.finish;
  if (!finish || s <= finish.sFrom || lane.sTo <= finish.sFrom) return lane.theta;
  const f = Math.min(1, (s - finish.sFrom) / (lane.sTo - finish.sFrom));
  // Eased so the hands curve off the aspect instead of turning at a corner.
  return lerpDegrees(lane.theta, finish.theta, f * f * (3 - 2 * f));
}
