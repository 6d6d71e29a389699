/**
 * The one place time enters the app. A mutable object read and advanced inside the render
 * loop, so per-frame time never goes through React state.
 */
export interface PlaybackClock {
  /** Seconds into the timeline. */
  t: number;
}

export const playbackClock: PlaybackClock = { t: 0 };

/**
 * Listeners told on every time change (DOM readouts update themselves without React). An array
 * walked by index: a Set's iterator is an object a frame until the engine optimises the loop.
 */
type Listener = (t: number) => void;
let listeners: readonly Listener[] = [];

export function setClockTime(t: number): void {
  playbackClock.t = t;
  // A listener that unsubscribes while told changes `listeners`, not the array being walked.
  const told = listeners;
  for (let i = 0; i < told.length; i++) told[i]!(t);
}

export function onClockTime(listener: Listener): () => void {
  if (!listeners.includes(listener)) listeners = [...listeners, listener];
  return () => {
    listeners = listeners.filter((l) => l !== listener);
  };
}
