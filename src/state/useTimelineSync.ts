/**
 * Rebuilds the timeline whenever what it depends on changes (protocol, model, timing, leg) and
 * hands it to the playback store. The timeline itself is a pure function of those inputs.
 */
import { useEffect } from 'react';
import { buildTimeline, type TimelineOptions } from '../protocol/timeline';
import { useLegStore } from './legStore';
import { usePlaybackStore } from './playbackStore';
import { useProtocolStore } from './protocolStore';
import { useViewStore } from './viewStore';

export function useTimelineSync(): void {
  const status = useLegStore((s) => s.status);
  const protocol = useProtocolStore((s) => s.protocol);
  const timing = usePlaybackStore((s) => s.timing);
  const minutes = usePlaybackStore((s) => s.sessionMinutes);
  const leg = useViewStore((s) => s.leg);

  useEffect(() => {
    if (status.kind !== 'ready') return;
    const landmarks = status.model.landmarks;
    const options: TimelineOptions =
      timing === 'demo'
        ? { mode: 'demo', landmarks, leg }
        : { mode: 'session', landmarks, sessionMinutes: minutes, legs: [leg] };
    usePlaybackStore.getState().setTimeline(buildTimeline(protocol, options));
  }, [status, protocol, timing, minutes, leg]);
}
