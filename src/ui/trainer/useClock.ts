/**
 * Reading the playback clock from DOM components without re-rendering them every frame:
 * `useClockListener` for imperative writes (text, styles) at a low rate, `useClockSnapshot` for
 * a derived value that changes rarely (the stroke, the cue) and so may re-render.
 */
import { useEffect, useEffectEvent, useSyncExternalStore } from 'react';
import { onClockTime, playbackClock } from '../../state/clock';
import { throttle } from './throttle';

/** Four updates a second: smooth enough for a readout, cheap for the page. */
const READOUT_INTERVAL_MS = 250;

/**
 * Calls `listener(t)` now, then on clock changes at most every `intervalMs` (and once more with
 * the final time). Changing `refreshKey` calls it again at once, e.g. when the phase changes.
 */
export function useClockListener(
  listener: (t: number) => void,
  refreshKey: unknown,
  intervalMs: number = READOUT_INTERVAL_MS,
): void {
  const onTime = useEffectEvent((t: number) => listener(t));
  useEffect(() => {
    const throttled = throttle((t: number) => onTime(t), intervalMs);
    throttled.call(playbackClock.t);
    const off = onClockTime((t) => throttled.call(t));
    return () => {
      off();
      throttled.cancel();
    };
  }, [refreshKey, intervalMs]);
}

function subscribe(onChange: () => void): () => void {
  return onClockTime(() => onChange());
}

/**
 * A value computed from the clock; the component re-renders only when it changes. Keep the
 * result a primitive (string, number, null) so equal values compare equal.
 */
export function useClockSnapshot<T extends string | number | boolean | null>(
  compute: (t: number) => T,
): T {
  const read = () => compute(playbackClock.t);
  return useSyncExternalStore(subscribe, read, read);
}
