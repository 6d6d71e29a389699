/** What the trainer's buttons and keys do to the stores. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { PhaseSpan, Timeline } from '../../../src/protocol/motion/types';
import { playbackClock, setClockTime } from '../../../src/state/clock';
import { usePlaybackStore } from '../../../src/state/playbackStore';
import { useSetupStore } from '../../../src/state/setupStore';
import { useViewStore } from '../../../src/state/viewStore';
import {
  changeSpeed,
  goToPhase,
  seekBy,
  stepPhase,
  toggleLeg,
  toggleZones,
} from '../../../src/ui/trainer/trainerActions';

const span = (
  phaseIndex: number,
  leg: 'right' | 'left',
  start: number,
  end: number,
): PhaseSpan => ({
  phaseIndex,
  phaseId: `p${phaseIndex}`,
  leg,
  start,
  end,
});
const timeline: Timeline = {
  mode: 'session',
  legs: ['right', 'left'],
  duration: 80,
  clips: [],
  spans: [
    span(0, 'right', 0, 20),
    span(1, 'right', 20, 40),
    span(0, 'left', 40, 60),
    span(1, 'left', 60, 80),
  ],
};

beforeEach(() => {
  setClockTime(0);
  usePlaybackStore.setState({ timeline, playing: false, spanIndex: 0, speed: 1 });
  useSetupStore.setState({ showingSetup: false });
  useViewStore.setState({ leg: 'right', layers: useViewStore.getInitialState().layers });
});

describe('trainer actions', () => {
  it('go to a phase on the leg being shown, leaving the setup step', () => {
    useSetupStore.setState({ showingSetup: true });
    goToPhase(1);
    expect(playbackClock.t).toBe(20);
    expect(useSetupStore.getState().showingSetup).toBe(false);
    usePlaybackStore.getState().seek(45); // on the left leg
    goToPhase(1);
    expect(playbackClock.t).toBe(60);
  });

  it('step from the setup step to phase 1, and back from the start of phase 1 to setup', () => {
    useSetupStore.setState({ showingSetup: true });
    stepPhase(-1);
    expect(useSetupStore.getState().showingSetup).toBe(true);
    stepPhase(1);
    expect(useSetupStore.getState().showingSetup).toBe(false);
    expect(playbackClock.t).toBe(0);
    stepPhase(1);
    expect(playbackClock.t).toBe(20);
    stepPhase(-1);
    expect(playbackClock.t).toBe(0);
    stepPhase(-1);
    expect(useSetupStore.getState().showingSetup).toBe(true);
  });

  it('seek by seconds from the playhead, clamped to the lesson', () => {
    seekBy(5);
    expect(playbackClock.t).toBe(5);
    seekBy(-30);
    expect(playbackClock.t).toBe(0);
  });

  it('change speed one notch at a time', () => {
    changeSpeed(1);
    expect(usePlaybackStore.getState().speed).toBe(1.5);
    changeSpeed(-1);
    changeSpeed(-1);
    expect(usePlaybackStore.getState().speed).toBe(0.75);
  });

  it('switch the leg and the zones layer', () => {
    toggleLeg();
    expect(useViewStore.getState().leg).toBe('left');
    toggleLeg();
    expect(useViewStore.getState().leg).toBe('right');
    const before = useViewStore.getState().layers.zones;
    toggleZones();
    expect(useViewStore.getState().layers.zones).toBe(!before);
  });
});
