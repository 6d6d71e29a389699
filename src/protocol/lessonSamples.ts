/**
 * The demonstration as rows, for `npm run lesson`: every hand at every step of the timeline,
 * with the pressure it presses (none when lifted) and the zone under it. People and tools check
 * the demonstration against the zone map with it, outside the app.
 */
import type { PressureLevel } from '../anatomy/names';
import type { ZoneLevel } from './zones';
import { zoneUnderHand, type ZoneAt } from './zoneUnderHand';
import { sample } from './sample';
import type { HandSide, Timeline } from './motion/types';

export interface LessonSample {
  /** Seconds from the start of the timeline. */
  t: number;
  phase: string;
  hand: HandSide;
  s: number;
  theta: number;
  /** What the hand presses; none while it is lifted. */
  pressure: PressureLevel | 'none';
  contact: boolean;
  /** The level the zone under the hand allows (keep-off: the hand must not touch). */
  zone: ZoneLevel;
}

export interface LessonOptions {
  zoneAt: ZoneAt;
  /** Half a palm's length in chart s (`halfPalmS`): how far "under the hand" reaches. */
  halfPalmS: number;
  /** Seconds between samples. */
  step: number;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Both hands at t = 0, step, 2·step, … up to the end of the timeline. */
export function* lessonSamples(
  timeline: Timeline,
  options: LessonOptions,
): Generator<LessonSample> {
  if (!(options.step > 0)) throw new RangeError('The step must be a positive number of seconds');
  const count = Math.floor(timeline.duration / options.step + 1e-9);
  for (let i = 0; i <= count; i++) {
    // Multiplied, not summed, so that thousands of steps do not drift.
    const t = i * options.step;
    const pose = sample(timeline, t);
    for (const hand of ['left', 'right'] as const) {
      const h = pose[hand];
      yield {
        t: round(t, 4),
        phase: h.phaseId,
        hand,
        s: round(h.s, 4),
        theta: round(h.theta, 1),
        pressure: h.contact ? h.pressure : 'none',
        contact: h.contact,
        zone: zoneUnderHand(options.zoneAt, h.s, h.theta, options.halfPalmS).level,
      };
    }
  }
}
