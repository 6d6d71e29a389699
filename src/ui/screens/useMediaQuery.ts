import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now; re-renders when that changes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/**
 * A stage with room beside the leg for open cards: a landscape screen at least 1360 px wide
 * (with the hip and the framing of TARGET_Y 0.54 / DISTANCE 2.05, open cards on a 1280 px
 * laptop cover more than a tenth of the leg). Below that the stage's cards start folded to
 * icons and fold again when the lesson plays.
 */
export const ROOMY_STAGE = '(min-width: 85rem) and (min-aspect-ratio: 4/3)';
