/**
 * What the trainer's UI tests share: the stores the trainer reads, put back as they start
 * before and after every test, and the default protocol's demonstration on the shipped leg.
 */
import { afterEach, beforeEach } from 'vitest';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import type { Protocol } from '../../src/protocol/schema';
import { buildTimeline, type Timeline } from '../../src/protocol/timeline';
import { setClockTime } from '../../src/state/clock';
import { usePlaybackStore } from '../../src/state/playbackStore';
import { useSetupStore } from '../../src/state/setupStore';
import { useViewStore } from '../../src/state/viewStore';
import { loadDefaultLeg } from './leg';

/** The playback, setup and view stores and the clock as the app starts them. */
export function resetTrainerStores(): void {
  usePlaybackStore.setState(usePlaybackStore.getInitialState(), true);
  useSetupStore.setState(useSetupStore.getInitialState(), true);
  useViewStore.setState(useViewStore.getInitialState(), true);
  setClockTime(0);
}

/** Every test of the calling file starts, and leaves, the trainer's stores fresh. */
export function freshTrainerStoresEachTest(): void {
  beforeEach(resetTrainerStores);
  afterEach(resetTrainerStores);
}

/** The demonstration's timeline of a protocol (the default one) on the shipped leg. */
export async function demoTimeline(protocol: Protocol = defaultProtocol): Promise<Timeline> {
  const { landmarks } = await loadDefaultLeg();
  return buildTimeline(protocol, { mode: 'demo', landmarks });
}
