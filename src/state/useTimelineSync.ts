/**
 * Rebuilds the timeline whenever what it depends on changes (protocol, model, timing, leg) and
 * hands it to the playback store. The timeline itself is a pure function of those inputs.
 *
 * A demonstration shows the chosen leg. A real session massages both legs, right then left
 * (the protocol's minutes are per session, 7–15 of them per leg), and the view follows the leg
 * being massaged.
 */
import { useEffect } from 'react';
import { regionsAt } from '../anatomy/regions';
import type { UserMark } from '../anatomy/skinZones';
import { buildTimeline, type TimelineOptions } from '../protocol/timeline';
import { legChartOf, legZoneAt } from '../practice/legTraceContext';
import { useLegStore } from './legStore';
import { usePlaybackStore } from './playbackStore';
import { useProtocolStore } from './protocolStore';
import { useViewStore } from './viewStore';

const SESSION_LEGS = ['right', 'left'] as const;
const NO_MARKS: readonly UserMark[] = [];

/**
 * `marks`: the places the user marked to keep off; the hands lift over them. Pass a stable
 * array (a new one rebuilds the timeline).
 */
export function useTimelineSync(marks: readonly UserMark[] = NO_MARKS): void {
  const status = useLegStore((s) => s.status);
  const protocol = useProtocolStore((s) => s.protocol);
  const timing = usePlaybackStore((s) => s.timing);
  const minutes = usePlaybackStore((s) => s.sessionMinutes);
  // In a session the leg follows the timeline, so it must not rebuild the timeline.
  const demoLeg = useViewStore((s) => (timing === 'demo' ? s.leg : null));

  useEffect(() => {
    if (status.kind !== 'ready') return;
    const landmarks = status.model.landmarks;
    // One zone map for both legs: the chart is the same on either (medial is +90° on both).
    const zoneAt = legZoneAt(protocol, legChartOf(status.model), regionsAt, marks);
    const options: TimelineOptions =
      demoLeg !== null
        ? { mode: 'demo', landmarks, leg: demoLeg, zoneAt }
        : { mode: 'session', landmarks, sessionMinutes: minutes, legs: SESSION_LEGS, zoneAt };
    usePlaybackStore.getState().setTimeline(buildTimeline(protocol, options));
  }, [status, protocol, demoLeg, minutes, marks]);

  useEffect(() => {
    if (timing !== 'session') return;
    return usePlaybackStore.subscribe((s) => {
      const leg = s.timeline?.spans[s.spanIndex]?.leg;
      if (leg && useViewStore.getState().leg !== leg) useViewStore.getState().setLeg(leg);
    });
  }, [timing]);
}
