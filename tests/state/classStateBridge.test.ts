import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyClassState, readClassState } from '../../src/state/classStateBridge';
import { useHandCloseUpStore } from '../../src/state/handCloseUpStore';
import { usePlaybackStore } from '../../src/state/playbackStore';
import { DEFAULT_LAYERS, useViewStore } from '../../src/state/viewStore';
import { classStateArb, SAMPLE_STATE } from '../classroom/arbitraries';

beforeEach(() => {
  useViewStore.setState({ camera: 'medial', follow: true, layers: DEFAULT_LAYERS, leg: 'right' });
  usePlaybackStore.setState({ playing: false, speed: 1, timing: 'demo' });
});

describe('the class state and the stores', () => {
  it('a student shows every discrete part of the instructor’s state', () => {
    fc.assert(
      fc.property(classStateArb, (state) => {
        applyClassState(state, null);
        const shown = readClassState();
        // The time needs a timeline (none here); the counters are each page's own.
        const ignore = { t: 0, cameraRequest: 0, closeUp: 0, closeUpLast: false };
        const speed = Math.min(4, Math.max(0.25, state.speed));
        // Following the hands, each page's camera goes where the hands are.
        const camera = state.followHands ? shown.camera : state.camera;
        expect({ ...shown, ...ignore, leg: state.leg }).toEqual({
          ...state,
          ...ignore,
          speed,
          camera,
        });
        if (state.timing === 'demo') expect(shown.leg).toBe(state.leg);
      }),
      { numRuns: 200 },
    );
  });

  it('re-frames the camera only when the instructor asked for a shot', () => {
    const shot = { ...SAMPLE_STATE, camera: 'back' as const, cameraRequest: 7 };
    applyClassState(shot, null);
    const framed = useViewStore.getState().cameraRequest;
    applyClassState({ ...shot, playing: false }, shot);
    expect(useViewStore.getState().cameraRequest).toBe(framed);
    applyClassState({ ...shot, cameraRequest: 8 }, shot);
    expect(useViewStore.getState().cameraRequest).toBe(framed + 1);
  });

  it('asks for the hands close-up when it was the instructor’s last camera move', () => {
    const before = useHandCloseUpStore.getState().request;
    applyClassState({ ...SAMPLE_STATE, closeUp: 2, closeUpLast: true }, null);
    expect(useHandCloseUpStore.getState().request).toBe(before + 1);
  });

  it('the instructor’s page reports its close-up as its last camera move', () => {
    useViewStore.getState().setCamera('front');
    expect(readClassState().closeUpLast).toBe(false);
    useHandCloseUpStore.getState().requestCloseUp();
    expect(readClassState().closeUpLast).toBe(true);
    useViewStore.getState().setCamera('back');
    expect(readClassState()).toMatchObject({ closeUpLast: false, camera: 'back' });
  });
});
