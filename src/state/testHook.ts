/**
 * A small, read-mostly handle on the app's state for browser tests and the bench
 * (`window.proximal`): the stores and the clock. It adds no behaviour of its own, and only the
 * test and bench builds install it (`import.meta.env.TEST_HOOKS`, see main.tsx).
 */
import { playbackClock } from './clock';
import { skewCoachClock } from './coach/coachClock';
import { useCoachStore } from './coach/coachStore';
import { useLegStore } from './legStore';
import { usePlaybackStore } from './playbackStore';
import { useProtocolStore } from './protocolStore';
import { useViewStore } from './viewStore';

const proximalHandle = {
  clock: playbackClock,
  playback: usePlaybackStore,
  view: useViewStore,
  leg: useLegStore,
  protocol: useProtocolStore,
  /** The session coach, and its wall clock moved on as if time had passed. */
  coach: useCoachStore,
  skewCoachClock,
};

declare global {
  interface Window {
    proximal?: typeof proximalHandle;
  }
}

export function exposeTestHook(): void {
  window.proximal = proximalHandle;
}
