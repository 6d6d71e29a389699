/**
 * The pose of the hands the scene shows at `t`: the lesson's, or with the "wrong way"
 * demonstration on, the same stroke run away from the heart. Hands, lanes and the flow model
 * all read it, so they always agree. Reads the flow store without subscribing (call it from
 * `useFrame`).
 */
import { sample } from '../../protocol/sample';
import type { Pose, Timeline } from '../../protocol/motion/types';
import { useFlowStore } from '../../state/flowStore';
import { wrongWayPose } from '../../protocol/wrongWay';

export function lessonPose(timeline: Timeline, t: number): Pose {
  return useFlowStore.getState().wrongWay ? wrongWayPose(timeline, t) : sample(timeline, t);
}
