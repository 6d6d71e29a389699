import { useEffect } from 'react';
import { onClockTime } from '../../state/clock';
import { decodeView } from '../../state/deepLink';
import { usePlaybackStore } from '../../state/playbackStore';
import { useProtocolStore } from '../../state/protocolStore';
import { useViewStore } from '../../state/viewStore';
import { applyLinkView, linkHasMoment, linkTime, timelineIsCurrent } from './applyLink';
import { writeViewToUrl } from './viewUrl';

/** Quiet time before the URL follows a change. */
const URL_DEBOUNCE_MS = 300;

/**
 * The view and the URL, kept together. On start the URL's view is applied (its moment once the
 * timeline exists); afterwards the URL follows every change of view or playback, and the
 * playhead when it moves while paused (a seek), debounced, with `history.replaceState`.
 * Never while playing frame by frame: pausing writes the final moment.
 */
export function useDeepLinkSync(): void {
  useEffect(() => {
    const link = decodeView(window.location.search);
    const protocol = useProtocolStore.getState().protocol;
    applyLinkView(link, protocol);

    let awaitingMoment = linkHasMoment(link);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      if (awaitingMoment) return;
      clearTimeout(timer);
      timer = setTimeout(writeViewToUrl, URL_DEBOUNCE_MS);
    };
    const applyMoment = () => {
      const { timeline } = usePlaybackStore.getState();
      if (!awaitingMoment || timeline === null || !timelineIsCurrent(timeline)) return;
      awaitingMoment = false;
      const t = linkTime(link, timeline, protocol);
      if (t !== null) usePlaybackStore.getState().seek(t);
    };

    const offPlayback = usePlaybackStore.subscribe(() => {
      applyMoment();
      schedule();
    });
    const offView = useViewStore.subscribe(schedule);
    const offClock = onClockTime(() => {
      if (!usePlaybackStore.getState().playing) schedule();
    });
    applyMoment();
    return () => {
      clearTimeout(timer);
      offPlayback();
      offView();
      offClock();
    };
  }, []);
}
