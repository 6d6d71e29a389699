/** Traces for tests, drawn the way a learner would: straight strokes between chart points. */
import type { PressureLevel } from '../../../src/anatomy/names';
import { thetaDelta, wrapDegrees } from '../../../src/anatomy/chartAngle';
import type { ChartPoint } from '../../../src/anatomy/regions';
import type { Trace, TraceSample } from '../../../src/practice/traceFile';

export interface StrokeOptions {
  samples?: number;
  durationMs?: number;
  pressure?: PressureLevel;
  startMs?: number;
}

/** Evenly timed samples on the straight chart line from `from` to `to` (the short way round). */
export function stroke(
  from: ChartPoint,
  to: ChartPoint,
  options: StrokeOptions = {},
): TraceSample[] {
  const { samples = 40, durationMs = 4000, pressure = 'light', startMs = 0 } = options;
  const turn = thetaDelta(from.theta, to.theta);
  return Array.from({ length: samples }, (_, i) => {
    const f = samples === 1 ? 0 : i / (samples - 1);
    return {
      s: from.s + (to.s - from.s) * f,
      theta: wrapDegrees(from.theta + turn * f),
      t: startMs + durationMs * f,
      pressure,
    };
  });
}

export function trace(samples: TraceSample[], leg: Trace['leg'] = 'right'): Trace {
  return { leg, samples };
}

/** The same path drawn backwards in time. */
export function reversed(original: Trace): Trace {
  const end = original.samples.at(-1)?.t ?? 0;
  return {
    leg: original.leg,
    samples: [...original.samples].reverse().map((sample) => ({ ...sample, t: end - sample.t })),
  };
}

/** Pieces drawn one after the other with a pause in between (the hand lifted). */
export function withPauses(pieces: TraceSample[][], pauseMs = 600): TraceSample[] {
  const result: TraceSample[] = [];
  for (const piece of pieces) {
    const first = piece[0]?.t ?? 0;
    const offset = (result.at(-1)?.t ?? -pauseMs) + pauseMs - first;
    result.push(...piece.map((sample) => ({ ...sample, t: sample.t + offset })));
  }
  return result;
}
