import { Group } from 'three';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import { useLegStore } from '../../src/state/legStore';
import { usePlaybackStore } from '../../src/state/playbackStore';
import { useProtocolStore } from '../../src/state/protocolStore';
import { syncTimeline } from '../../src/state/timelineSync';
import { useViewStore } from '../../src/state/viewStore';
import { loadDefaultLeg } from '../support/leg';

let stop: () => void;

beforeAll(async () => {
  const model = await loadDefaultLeg();
  stop = syncTimeline();
  expect(usePlaybackStore.getState().timeline).toBeNull();
  useLegStore.setState({ status: { kind: 'ready', scene: new Group(), model } });
});

afterAll(() => stop());

describe('the timeline follows its inputs in the same update', () => {
  it('exists as soon as the model is ready, for the demonstrated leg', () => {
    const timeline = usePlaybackStore.getState().timeline;
    expect(timeline).not.toBeNull();
    expect(new Set(timeline?.spans.map((span) => span.leg))).toEqual(
      new Set([useViewStore.getState().leg]),
    );
  });

  it('is rebuilt when the leg or the protocol changes, and only then', () => {
    const before = usePlaybackStore.getState().timeline;
    usePlaybackStore.getState().setSpeed(2);
    expect(usePlaybackStore.getState().timeline).toBe(before);
    useViewStore.getState().setLeg('left');
    const left = usePlaybackStore.getState().timeline;
    expect(left).not.toBe(before);
    expect(left?.spans.every((span) => span.leg === 'left')).toBe(true);
    useProtocolStore.getState().setProtocol({ ...defaultProtocol });
    expect(usePlaybackStore.getState().timeline).not.toBe(left);
  });

  it('in a session covers both legs, and the view follows the leg being massaged', () => {
    usePlaybackStore.getState().setTiming('session');
    const timeline = usePlaybackStore.getState().timeline;
    expect(new Set(timeline?.spans.map((span) => span.leg))).toEqual(new Set(['right', 'left']));
    const leftSpan = timeline?.spans.find((span) => span.leg === 'left');
    usePlaybackStore.getState().seek(leftSpan?.start ?? NaN);
    expect(useViewStore.getState().leg).toBe('left');
    usePlaybackStore.getState().seek(0);
    expect(useViewStore.getState().leg).toBe('right');
    expect(usePlaybackStore.getState().timeline).toBe(timeline);
  });
});
