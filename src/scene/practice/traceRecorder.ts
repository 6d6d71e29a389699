/**
 * Pointer positions on the skin → trace samples. Pure: the caller says when (the event's time
 * stamp) and where (chart coordinates of the skin under the pointer, or null off the leg).
 *
 * A pointer that leaves the leg cuts the trace: nothing is recorded off the skin, and the first
 * sample back on it is stamped at least CUT_GAP_MS after the last one, so the analysis always
 * starts a new piece there (`splitIntoPieces` splits at pauses of 100 ms or four sampling
 * intervals). A jump across the skin between two events (the pointer slipping from the shin
 * onto the foot behind it) cuts the same way. Contact time is not changed: the analysis leaves
 * the pauses between pieces out of the stroke's tempo.
 */
import type { LegSide, PressureLevel } from '../../anatomy/names';
import { wrapDegrees } from '../../anatomy/chartAngle';
import { MAX_TRACE_SAMPLES, type Trace, type TraceSample } from '../../practice/traceFile';

/** The pause put in at a cut, ms: far beyond any sampling interval of a moving pointer. */
export const CUT_GAP_MS = 1000;
/** Two skin points further apart than this between consecutive events are a jump, not a stroke. */
export const MAX_STEP_M = 0.06;

/** The skin under the pointer: chart coordinates and the point in the model's space (m). */
export interface SkinHit {
  s: number;
  theta: number;
  position: readonly [number, number, number];
}

export interface TraceRecorder {
  readonly leg: LegSide;
  /** Event time stamp of the first sample, ms. */
  readonly startMs: number;
  readonly samples: TraceSample[];
  /** Added to event times: the cut pauses put in so far, ms. */
  offsetMs: number;
  /** The pointer left the skin (or jumped) since the last sample. */
  cut: boolean;
  last: SkinHit | null;
  /** MAX_TRACE_SAMPLES reached: later points are dropped. */
  full: boolean;
}

/** `resumed`: added as the first sample of a new piece; `off`: the pointer is off the leg. */
export type RecordOutcome = 'added' | 'resumed' | 'off' | 'skipped' | 'full';

const round = (value: number, places: number) => {
  const k = 10 ** places;
  return Math.round(value * k) / k;
};

/** A sample as the trace file stores it: s to 0.1 mm of leg, θ to 0.01°, t to the ms. */
function sampleOf(hit: SkinHit, t: number, pressure: PressureLevel): TraceSample {
  return {
    s: Math.min(1, Math.max(0, round(hit.s, 5))),
    // Rounded first: −179.996° rounds to −180, which is written as 180.
    theta: wrapDegrees(round(hit.theta, 2)),
    t: Math.max(0, Math.round(t)),
    pressure,
  };
}

const distance = (a: SkinHit, b: SkinHit) =>
  Math.hypot(
    a.position[0] - b.position[0],
    a.position[1] - b.position[1],
    a.position[2] - b.position[2],
  );

export function startRecording(
  leg: LegSide,
  timeMs: number,
  hit: SkinHit,
  pressure: PressureLevel,
): TraceRecorder {
  return {
    leg,
    startMs: timeMs,
    samples: [sampleOf(hit, 0, pressure)],
    offsetMs: 0,
    cut: false,
    last: hit,
    full: false,
  };
}

/**
 * Records the pointer at `timeMs`: a sample when it is on the skin (`hit`), a cut when it is
 * off (`null`) or has jumped. Times that run backwards are held at the last sample's time.
 */
export function recordPoint(
  recorder: TraceRecorder,
  timeMs: number,
  hit: SkinHit | null,
  pressure: PressureLevel,
): RecordOutcome {
  if (recorder.full) return 'full';
  if (hit === null) {
    recorder.cut = true;
    recorder.last = null;
    return 'off';
  }
  if (recorder.last !== null && distance(recorder.last, hit) > MAX_STEP_M) recorder.cut = true;
  const previous = recorder.samples[recorder.samples.length - 1];
  const lastT = previous?.t ?? 0;
  let t = timeMs - recorder.startMs + recorder.offsetMs;
  if (recorder.cut && previous) {
    const pause = CUT_GAP_MS - (t - lastT);
    if (pause > 0) recorder.offsetMs += pause;
    t = Math.max(t, lastT + CUT_GAP_MS);
  }
  const sample = sampleOf(hit, Math.max(t, lastT), pressure);
  recorder.last = hit;
  const wasCut = recorder.cut;
  recorder.cut = false;
  if (
    previous &&
    !wasCut &&
    sample.t === previous.t &&
    sample.s === previous.s &&
    sample.theta === previous.theta
  ) {
    return 'skipped';
  }
  if (recorder.samples.length >= MAX_TRACE_SAMPLES) {
    recorder.full = true;
    return 'full';
  }
  recorder.samples.push(sample);
  return wasCut ? 'resumed' : 'added';
}

/** The recorded trace; null for a tap (fewer than two samples), which draws nothing. */
export function finishRecording(recorder: TraceRecorder): Trace | null {
  if (recorder.samples.length < 2) return null;
  return { leg: recorder.leg, samples: recorder.samples.map((sample) => ({ ...sample })) };
}
