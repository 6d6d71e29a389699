/**
 * The pose of the hands the scene shows at `t`: the lesson's, or with the "wrong way"
 * demonstration on, the same stroke run away from the heart. Hands, lanes and the flow model
 * all read it, so they always agree. Reads the flow store without subscribing (call it from
 * `useFrame`). The last pose is kept: the three readers of one frame share one sampling (the
 * pose is read, never changed, by its callers).
 */
import { sample } from '../../protocol/sample';
import type { Pose, Timeline } from '../../protocol/motion/types';
import { useFlowStore } from '../../state/flowStore';
import { wrongWayPose } from '../../protocol/wrongWay';

let last: { timeline: Timeline; t: number; wrongWay: boolean; pose: Pose } | null = null;

/** The pose at `t`, run the wrong way when asked; the same object for the same arguments. */
export function poseAt(timeline: Timeline, t: number, wrongWay: boolean): Pose {
  if (last && last.timeline === timeline && last.t === t && last.wrongWay === wrongWay) {
    return last.pose;
  }
  const pose = wrongWay ? wrongWayPose(timeline, t) : sample(timeline, t);
  last = { timeline, t, wrongWay, pose };
  return pose;
}

export function lessonPose(timeline: Timeline, t: number): Pose {
  return poseAt(timeline, t, useFlowStore.getState().wrongWay);
}
