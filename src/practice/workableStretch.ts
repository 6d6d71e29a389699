/**
 * The part of a lane where its phase's pressure is allowed. A lane is drawn between landmarks
 * (kneading "from the Achilles tendon"), but the zones may spare its ends (the ankle, the hollow
 * of the knee); a drill asks the learner to work the stretch in between. The same definition the
 * demonstration keeps to (`protocol/motion/strokeReach.ts`).
 */
import { halfPalmS } from '../anatomy/handSize';
import type { ZoneAt } from '../protocol/zoneUnderHand';
import { allowedStretch, type Stretch } from '../protocol/motion/strokeReach';
import type { ChartLandmarks } from '../anatomy/regions';
import type { StrokeLane } from './strokeLanes';

export type { Stretch };

/** The longest run along the lane, under every hand position of its kind of stroke, that allows
 * the lane's pressure; the whole lane if no part does, so a drill always has a target. */
export function workableStretch(
  lane: StrokeLane,
  zoneAt: ZoneAt,
  landmarks: ChartLandmarks,
): Stretch {
  const stretch = allowedStretch(lane, lane.kind, lane.pressure, zoneAt, halfPalmS(landmarks));
  return stretch ?? { sFrom: lane.sFrom, sTo: lane.sTo };
}
