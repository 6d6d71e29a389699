/**
 * The kind of stroke under the playhead (glide, knead or compress; during a lifted return, the
 * stroke about to start), re-rendering only when it changes, not with every tick of the clock.
 */
import { useSyncExternalStore } from 'react';
import { clipAt } from '../../protocol/sample';
import type { StrokeKind } from '../../protocol/schema';
import { onClockTime, playbackClock } from '../../state/clock';
import { usePlaybackStore } from '../../state/playbackStore';

function subscribe(changed: () => void): () => void {
  const offClock = onClockTime(changed);
  const offStore = usePlaybackStore.subscribe(changed);
  return () => {
    offClock();
    offStore();
  };
}

function strokeKindNow(): StrokeKind | null {
  const timeline = usePlaybackStore.getState().timeline;
  if (!timeline || timeline.clips.length === 0) return null;
  return clipAt(timeline, playbackClock.t).strokeKind;
}

export function useStrokeKind(): StrokeKind | null {
  return useSyncExternalStore(subscribe, strokeKindNow, () => null);
}
