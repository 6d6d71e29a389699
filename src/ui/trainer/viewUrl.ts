/** The current view written into the page's URL (see `src/state/deepLink.ts`). */
import { playbackClock } from '../../state/clock';
import { encodeView, mergeSearch, type LinkState } from '../../state/deepLink';
import { usePlaybackStore } from '../../state/playbackStore';
import { useViewStore } from '../../state/viewStore';

/** What a link to this moment carries. */
function currentLinkState(): Partial<LinkState> {
  const playback = usePlaybackStore.getState();
  const view = useViewStore.getState();
  return {
    t: playbackClock.t,
    leg: view.leg,
    // While the camera follows the lesson the link leaves it out, so it follows when opened.
    ...(view.follow ? {} : { camera: view.camera }),
    layers: view.layers,
    speed: playback.speed,
    timing: playback.timing,
    ...(playback.timing === 'session' ? { minutes: playback.sessionMinutes } : {}),
  };
}

/** Replaces the URL's view parameters (keeping any others) without a history entry. */
export function writeViewToUrl(): void {
  const { pathname, search, hash } = window.location;
  const next = mergeSearch(search, encodeView(currentLinkState()));
  if (next !== search)
    window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`);
}
