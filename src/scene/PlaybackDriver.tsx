/**
 * Advances the playback clock inside the render loop while playing, and asks for frames only
 * then (the canvas renders on demand, so a paused app draws nothing). Loops the current phase
 * when asked; stops at the end.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { onClockTime, playbackClock, setClockTime } from '../state/clock';
import { usePlaybackStore } from '../state/playbackStore';

/** A frame after a long stall (a background tab) must not jump the lesson ahead. */
const MAX_FRAME_SECONDS = 0.1;

export function PlaybackDriver() {
  const invalidate = useThree((s) => s.invalidate);
  const playing = usePlaybackStore((s) => s.playing);

  // Any change of time (seek, scrub, keyboard) redraws the scene once.
  useEffect(() => onClockTime(() => invalidate()), [invalidate]);
  useEffect(() => {
    if (playing) invalidate();
  }, [playing, invalidate]);

  useFrame((_, delta) => {
    const store = usePlaybackStore.getState();
    const { timeline } = store;
    if (!store.playing || !timeline) return;
    let t = playbackClock.t + Math.min(delta, MAX_FRAME_SECONDS) * store.speed;
    const span = timeline.spans[store.spanIndex];
    if (store.loopPhase && span && t >= span.end) t = span.start;
    if (t >= timeline.duration) {
      t = timeline.duration;
      store.pause();
    }
    setClockTime(t);
    store.syncSpan(t);
    invalidate();
  });

  return null;
}
