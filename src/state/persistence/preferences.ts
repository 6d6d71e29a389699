/** The preferences as the stores hold them, and back into the stores. */
import { usePlaybackStore } from '../playbackStore';
import { useViewStore } from '../viewStore';
import type { Preferences } from './format';

export function currentPreferences(): Preferences {
  const view = useViewStore.getState();
  const playback = usePlaybackStore.getState();
  return {
    layers: view.layers,
    leg: view.leg,
    speed: playback.speed,
    timing: playback.timing,
    sessionMinutes: playback.sessionMinutes,
    skinOpacity: view.skinOpacity,
  };
}

export function applyPreferences(preferences: Preferences): void {
  const view = useViewStore.getState();
  view.setLayers(preferences.layers);
  view.setLeg(preferences.leg);
  view.setSkinOpacity(preferences.skinOpacity);
  const playback = usePlaybackStore.getState();
  playback.setSpeed(preferences.speed);
  playback.setTiming(preferences.timing);
  playback.setSessionMinutes(preferences.sessionMinutes);
}

/** Same preferences (the layers compared one by one). */
export function samePreferences(a: Preferences, b: Preferences): boolean {
  return (
    a.leg === b.leg &&
    a.speed === b.speed &&
    a.timing === b.timing &&
    a.sessionMinutes === b.sessionMinutes &&
    a.skinOpacity === b.skinOpacity &&
    Object.keys(a.layers).every(
      (key) =>
        a.layers[key as keyof Preferences['layers']] ===
        b.layers[key as keyof Preferences['layers']],
    )
  );
}
