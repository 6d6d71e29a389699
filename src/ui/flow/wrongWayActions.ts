/**
 * Switching the wrong-way demonstration. Turning it on also shows the valves (with their x-ray
 * look) and plays the lesson, since the point is to watch them; from the setup step it starts at
 * the first stroke up the inner leg, which runs over the great saphenous vein and its valves.
 */
import { useFlowStore } from '../../state/flowStore';
import { playbackClock } from '../../state/clock';
import { usePlaybackStore } from '../../state/playbackStore';
import { useViewStore } from '../../state/viewStore';

export function setWrongWayShown(on: boolean): void {
  useFlowStore.getState().setWrongWay(on);
  if (!on) return;
  const view = useViewStore.getState();
  if (!view.layers.valves) view.toggleLayer('valves');
  const playback = usePlaybackStore.getState();
  if (playback.timeline && playbackClock.t === 0) {
    const medial = playback.timeline.clips.find(
      (c) => c.kind !== 'return' && c.lane.aspect === 'medial',
    );
    // The return just before it, so the hands settle at the top of the lane first.
    const start = medial ? playback.timeline.clips[medial.index - 1] : undefined;
    if (start) playback.seek(start.start);
  }
  if (!playback.playing) playback.play();
}
