/**
 * Rebuilds the timeline whenever what it depends on changes (protocol, model, timing, leg) and
 * hands it to the playback store. The timeline itself is a pure function of those inputs.
 *
 * A demonstration shows the chosen leg. A real session massages both legs, right then left
 * (the protocol's minutes are per session, 7–15 of them per leg), and the view follows the leg
 * being massaged.
 */
import { useEffect } from 'react';
import { buildTimeline, type TimelineOptions } from '../protocol/timeline';
import { useLegStore } from './legStore';
import { usePlaybackStore } from './playbackStore';
import { useProtocolStore } from './protocolStore';
import { useViewStore } from './viewStore';

const SESSION_LEGS = ['right', 'left'] as const;

export function useTimelineSync(): void {
  const status = useLegStore((s) => s.status);
  const protocol = useProtocolStore((s) => s.protocol);
  const timing = usePlaybackStore((s) => s.timing);
  const minutes = usePlaybackStore((s) => s.sessionMinutes);
  // In a session the leg follows the timeline, so it must not rebuild the timeline.
  const demoLeg = useViewStore((s) => (timing === 'demo' ? s.leg : null));

  useEffect(() => {
    if (status.kind !== 'ready') return;
    const landmarks = status.model.landmarks;
    const options: TimelineOptions =
      demoLeg !== null
        ? { mode: 'demo', landmarks, leg: demoLeg }
        : { mode: 'session', landmarks, sessionMinutes: minutes, legs: SESSION_LEGS };
    usePlaybackStore.getState().setTimeline(buildTimeline(protocol, options));
  }, [status, protocol, demoLeg, minutes]);

  useEffect(() => {
    if (timing !== 'session') return;
    return usePlaybackStore.subscribe((s) => {
      const leg = s.timeline?.spans[s.spanIndex]?.leg;
      if (leg && useViewStore.getState().leg !== leg) useViewStore.getState().setLeg(leg);
    });
  }, [timing]);
}
