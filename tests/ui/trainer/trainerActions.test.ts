/** What the trainer's buttons and keys do to the stores. */
import { beforeEach, describe, expect, it } from 'vitest';
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
import { TWO_LEG_SESSION } from '../../support/timelineFixtures';

const timeline = TWO_LEG_SESSION;

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
