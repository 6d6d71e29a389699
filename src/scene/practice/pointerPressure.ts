/**
 * The pressure of a traced sample: the level chosen in the panel, or, for a pen that reports
 * how hard it presses, that reading split into thirds of its range. Mice report 0.5 while a
 * button is down and fingers report whatever the screen guesses, so only pens are read.
 *
 * A pen that cannot sense pressure also reports 0.5; the panel lets the learner turn pen
 * pressure off to use the chosen level instead.
 */
import type { PressureLevel } from '../../anatomy/names';

/** Pen pressure below this is light… */
export const PEN_LIGHT_BELOW = 1 / 3;
/** …below this moderate, and from here up firm. */
export const PEN_MODERATE_BELOW = 2 / 3;

export function penPressureLevel(pressure: number): PressureLevel {
  if (!Number.isFinite(pressure) || pressure < PEN_LIGHT_BELOW) return 'light';
  return pressure < PEN_MODERATE_BELOW ? 'moderate' : 'firm';
}

export interface PointerReading {
  pointerType: string;
  /** PointerEvent.pressure, 0–1. */
  pressure: number;
}

export function samplePressure(
  pointer: PointerReading,
  chosen: PressureLevel,
  usePenPressure: boolean,
): PressureLevel {
  // A pen touching the screen with pressure 0 is one that does not report it.
  if (usePenPressure && pointer.pointerType === 'pen' && pointer.pressure > 0) {
    return penPressureLevel(pointer.pressure);
  }
  return chosen;
}
