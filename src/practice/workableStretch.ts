/**
 * The part of a lane where its phase's pressure is allowed. A lane is drawn between landmarks
 * (kneading "from the Achilles tendon"), but the zones may spare its ends (the ankle, the hollow
 * of the knee); a drill asks the learner to work the stretch in between.
 */
import { exceedsZone, type Zone } from '../protocol/zones';
import type { StrokeLane } from './strokeLanes';

/** Steps along the lane at which the zone is looked up: finer than any region. */
const STEPS = 100;

export interface Stretch {
  sFrom: number;
  sTo: number;
}

/** The longest run along the lane (on its aspect) that allows the lane's pressure; the whole
 * lane if no part does, so a drill always has a target. */
export function workableStretch(
  lane: StrokeLane,
  zoneAt: (s: number, theta: number) => Zone,
): Stretch {
  let best: Stretch | null = null;
  let runStart: number | null = null;
  for (let i = 0; i <= STEPS; i++) {
    const s = lane.sFrom + ((lane.sTo - lane.sFrom) * i) / STEPS;
    const allowed = !exceedsZone(lane.pressure, zoneAt(s, lane.theta).level);
    if (allowed && runStart === null) runStart = s;
    if (runStart !== null && (!allowed || i === STEPS)) {
      const end = allowed ? s : lane.sFrom + ((lane.sTo - lane.sFrom) * (i - 1)) / STEPS;
      if (best === null || Math.abs(end - runStart) > Math.abs(best.sTo - best.sFrom)) {
        best = { sFrom: runStart, sTo: end };
      }
      runStart = null;
    }
  }
  return best ?? { sFrom: lane.sFrom, sTo: lane.sTo };
}
