/**
 * One frame of the flow layer, called from `useFrame`: reads the playback and the wrong-way
 * switch without subscribing, advances the simulation, then updates what it draws, in that order.
 */
import { playbackClock } from '../../state/clock';
import { useFlowStore } from '../../state/flowStore';
import { usePlaybackStore } from '../../state/playbackStore';
import { advanceFlow, type FlowSim } from './flowSim';

export interface Updatable {
  update(): void;
}

/**
 * Advances and redraws. Returns whether another frame is wanted: while the lesson plays or the
 * playhead has just moved. A paused lesson is a still picture, as a paused video is: the blood
 * and valves stay as they were, nothing is stepped and nothing is drawn until the playhead moves
 * or the lesson plays again (so a paused page costs no frames, on battery or on a projector).
 */
export function frameFlow(
  sim: FlowSim,
  delta: number,
  lesson: boolean,
  drawables: readonly Updatable[],
): boolean {
  const playback = usePlaybackStore.getState();
  const t = playbackClock.t;
  const moving = playback.playing || t !== sim.lastT;
  const still = !moving;
  if (still)
    sim.lastSeconds = 0; // nothing moves, in the close-up either
  else {
    advanceFlow(sim, {
      delta,
      t,
      playing: playback.playing,
      timeline: lesson ? playback.timeline : null,
      wrongWay: useFlowStore.getState().wrongWay,
    });
  }
  for (const d of drawables) d.update();
  return !still;
}
