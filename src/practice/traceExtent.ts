/** Where a trace lies on the chart and how it was pressed, summed up for matching and grading. */
import { PRESSURE_LEVELS, type PressureLevel } from '../anatomy/names';
import { circularMeanDegrees } from '../anatomy/chartAngle';
import type { TraceSample } from './traceFile';
import type { SampleSpan } from './tracePieces';

export interface TraceExtent {
  sMin: number;
  sMax: number;
  /** Mean direction around the leg; null when the samples surround it evenly. */
  meanTheta: number | null;
  /** The pressure held over most of the samples (the firmer one on a tie). */
  dominantPressure: PressureLevel | null;
  /** Time on the skin: the pieces' durations, without the pauses between them. */
  contactMs: number;
}

export function traceExtent(
  samples: readonly TraceSample[],
  pieces: readonly SampleSpan[],
): TraceExtent {
  const s = samples.map((sample) => sample.s);
  const counts = new Map<PressureLevel, number>();
  for (const { pressure } of samples) counts.set(pressure, (counts.get(pressure) ?? 0) + 1);
  let dominantPressure: PressureLevel | null = null;
  for (const level of PRESSURE_LEVELS) {
    const count = counts.get(level) ?? 0;
    if (count > 0 && count >= (dominantPressure ? (counts.get(dominantPressure) ?? 0) : 0)) {
      dominantPressure = level;
    }
  }
  const contactMs = pieces.reduce(
    (sum, piece) => sum + ((samples[piece.toIndex]?.t ?? 0) - (samples[piece.fromIndex]?.t ?? 0)),
    0,
  );
  return {
    sMin: s.length > 0 ? s.reduce((a, b) => Math.min(a, b)) : 0,
    sMax: s.length > 0 ? s.reduce((a, b) => Math.max(a, b)) : 0,
    meanTheta: circularMeanDegrees(samples.map((sample) => sample.theta)),
    dominantPressure,
    contactMs,
  };
}
