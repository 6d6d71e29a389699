/** The setup step belongs to the very start of the lesson. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Timeline } from '../../src/protocol/motion/types';
import { setClockTime } from '../../src/state/clock';
import { usePlaybackStore } from '../../src/state/playbackStore';
import { hideSetupWhenLessonMoves, showSetup, useSetupStore } from '../../src/state/setupStore';

const timeline: Timeline = {
  mode: 'demo',
  legs: ['right'],
  duration: 60,
  clips: [],
  spans: [
    { phaseIndex: 0, phaseId: 'a', leg: 'right', start: 0, end: 30 },
    { phaseIndex: 1, phaseId: 'b', leg: 'right', start: 30, end: 60 },
  ],
};

let stop: () => void = () => undefined;

beforeEach(() => {
  setClockTime(0);
  usePlaybackStore.setState({ timeline, playing: false, spanIndex: 0 });
  useSetupStore.setState({ showingSetup: true, ticked: {} });
  stop = hideSetupWhenLessonMoves();
});
afterEach(() => {
  stop();
});

describe('the setup step', () => {
  it('shows first', () => {
    expect(useSetupStore.getInitialState().showingSetup).toBe(true);
  });

  it('hides when playback starts', () => {
    usePlaybackStore.getState().play();
    expect(useSetupStore.getState().showingSetup).toBe(false);
  });

  it('hides when the playhead leaves the start', () => {
    usePlaybackStore.getState().seek(0);
    expect(useSetupStore.getState().showingSetup).toBe(true);
    usePlaybackStore.getState().seek(12);
    expect(useSetupStore.getState().showingSetup).toBe(false);
  });

  it('comes back paused at the start when asked for', () => {
    usePlaybackStore.getState().seek(40);
    usePlaybackStore.getState().play();
    showSetup();
    expect(useSetupStore.getState().showingSetup).toBe(true);
    expect(usePlaybackStore.getState().playing).toBe(false);
    expect(usePlaybackStore.getState().spanIndex).toBe(0);
  });

  it('keeps each step’s tick', () => {
    useSetupStore.getState().toggleTicked('towel');
    expect(useSetupStore.getState().ticked).toEqual({ towel: true });
    useSetupStore.getState().toggleTicked('towel');
    expect(useSetupStore.getState().ticked).toEqual({ towel: false });
  });

  it('stops watching once unsubscribed', () => {
    stop();
    usePlaybackStore.getState().seek(12);
    expect(useSetupStore.getState().showingSetup).toBe(true);
  });
});
