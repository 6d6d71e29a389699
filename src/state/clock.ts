/**
 * The one place time enters the app. A mutable object read and advanced inside the render
 * loop, so per-frame time never goes through React state.
 */
export interface PlaybackClock {
  /** Seconds into the timeline. */
  t: number;
}

export const playbackClock: PlaybackClock = { t: 0 };

/** Listeners told on every time change (DOM readouts update themselves without React). */
type Listener = (t: number) => void;
const listeners = new Set<Listener>();

export function setClockTime(t: number): void {
  playbackClock.t = t;
  for (const l of listeners) l(t);
}

export function onClockTime(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
