/**
 * What the valves would do: a traced stroke replayed through the venous flow model, as if a palm
 * followed the pointer with the trace's pressure. Pure: the network comes in (build it once per
 * leg) and time comes from the samples, never from a clock.
 *
 * Valves are judged on what they let through, as the physiology tests judge strokes: the volume
 * that went through each valve toward the heart beyond what its resting flow alone would have
 * carried in the same time, at its largest (the blood the palm pushed past the valve; once the
 * palm has gone by, the vein behind it refills from the foot and the valve passes less than at
 * rest for a while, which is not the stroke failing). A valve "shuts" when its flow drops to
 * almost nothing while the hand presses: ahead of a hand stroking down the leg, and also behind a
 * palm stroking up (so nothing slips back). Which of the two it was, the stroke's direction says.
 *
 * A replay costs about a tenth of a second of computing per second of stroke, so the app runs it
 * in slices (`startReplay` … `advance`) between frames; `replayTrace` runs it to the end.
 */
import {
  compressionFromHands,
  createFlowState,
  step,
  type FlowState,
  type HandContact,
  type VeinNetwork,
} from '../physiology';
import type { Trace, TraceSample } from './traceFile';
import { splitIntoPieces } from './tracePieces';

export interface TraceReplay {
  /** Valves that let at least MIN_VALVE_ML through toward the heart beyond their resting flow. */
  valvesPassed: number;
  /** Valves whose flow stopped (≤ SHUT_FLOW_RATIO × rest) while the hand pressed. */
  valvesShut: number;
  /**
   * Volume the stroke moved toward the heart, mL: the most that went through any one valve
   * beyond its resting flow (the same blood goes through valve after valve, so it is not summed).
   */
  passedMl: number;
  /** Simulated seconds: the stroke plus the settling time after it. */
  seconds: number;
  outcome: ReplayOutcome;
}

/**
 * `moved`: a stroke up the leg pushed blood through valves toward the heart; `blocked`: a stroke
 * down the leg pushed blood against valves that shut; `nothing`: the stroke ran over no vein
 * (no valve let blood through, none shut against it).
 */
export type ReplayOutcome = 'moved' | 'blocked' | 'nothing';

/** Frames the replay is stepped in (the app's frame rate). */
const REPLAY_FRAME_SECONDS = 1 / 60;
/** Stillness after the stroke in which what it set moving still counts (as in the tests). */
export const SETTLE_SECONDS = 1;
/** A valve counts as having let blood through when it passed this much beyond rest, mL. */
export const MIN_VALVE_ML = 0.2;
/** A valve is "shut" below this share of its resting flow. */
export const SHUT_FLOW_RATIO = 0.1;
/** A long trace is replayed for its first minute only. */
const MAX_REPLAY_SECONDS = 60;

export interface ReplayRun {
  /** Steps up to `frames` more frames; true once the replay is complete. */
  advance(frames: number): boolean;
  /** 0–1. */
  progress(): number;
  /** The tally so far (final once `advance` returned true). */
  result(): TraceReplay;
}

/**
 * A pause shorter than this keeps the hand on the skin in the replay, even where the analysis
 * starts a new piece: a hand that slows down (or a browser that falls behind with its pointer
 * events) still presses. The recorder's cuts (the pointer left the leg) are far longer.
 */
export const LIFT_PAUSE_MS = 500;

/** Which touch (stretch with the hand down) each sample belongs to. */
function touchIndex(samples: readonly TraceSample[]): Int32Array {
  const touchOf = new Int32Array(samples.length);
  let touch = 0;
  splitIntoPieces(samples.map((sample) => sample.t)).forEach((piece, p) => {
    const before = samples[piece.fromIndex - 1];
    const first = samples[piece.fromIndex];
    if (p > 0 && before && first && first.t - before.t >= LIFT_PAUSE_MS) touch += 1;
    touchOf.fill(touch, piece.fromIndex, piece.toIndex + 1);
  });
  return touchOf;
}

/**
 * Where the hand is at a time (ms, on the trace's clock, asked in increasing order): the latest
 * sample of the touch under way, or null while the hand is lifted (before the trace, between
 * pieces more than LIFT_PAUSE_MS apart, after the last sample).
 */
export function handOnSkin(samples: readonly TraceSample[]): (ms: number) => TraceSample | null {
  const touchOf = touchIndex(samples);
  let index = 0;
  return (ms) => {
    while (index + 1 < samples.length && (samples[index + 1]?.t ?? 0) <= ms) index += 1;
    const here = samples[index];
    if (!here || here.t > ms) return null;
    const nextTouch = touchOf[index + 1];
    return nextTouch !== undefined && nextTouch === touchOf[index] ? here : null;
  };
}

/** Marks the valves whose flow has stopped while the hand presses. */
function markShut(state: FlowState, rest: Float64Array, shut: Uint8Array): void {
  for (let v = 0; v < rest.length; v++) {
    if ((state.valveFlowMlPerS[v] ?? 0) <= SHUT_FLOW_RATIO * Math.max(rest[v] ?? 0, 1e-9)) {
      shut[v] = 1;
    }
  }
}

/** Volume through each valve toward the heart beyond its resting flow, mL (may be < 0). */
function passedBeyondRest(end: FlowState, rest: Float64Array): number[] {
  return Array.from(rest, (restFlow, v) => {
    const forward = (end.valvePassedMl[v] ?? 0) + (end.valveRefluxMl[v] ?? 0);
    return forward - restFlow * end.timeSeconds;
  });
}

const count = (flags: Uint8Array) => flags.reduce((total, flag) => total + flag, 0);

/** Keeps each valve's largest volume passed beyond rest so far. */
function notePeaks(state: FlowState, rest: Float64Array, peaks: Float64Array): void {
  const beyond = passedBeyondRest(state, rest);
  for (let v = 0; v < peaks.length; v++) peaks[v] = Math.max(peaks[v] ?? 0, beyond[v] ?? 0);
}

export function startReplay(network: VeinNetwork, trace: Trace): ReplayRun {
  const { samples } = trace;
  const handAt = handOnSkin(samples);
  const firstMs = samples[0]?.t ?? 0;
  const strokeSeconds = Math.min(
    ((samples.at(-1)?.t ?? firstMs) - firstMs) / 1000,
    MAX_REPLAY_SECONDS,
  );
  const frames = Math.ceil((strokeSeconds + SETTLE_SECONDS) / REPLAY_FRAME_SECONDS);
  let state = createFlowState(network);
  const rest = Float64Array.from(state.valveFlowMlPerS);
  const shut = new Uint8Array(rest.length);
  const peaks = new Float64Array(rest.length);
  const hand: HandContact = { s: 0, theta: 0, pressure: 'light', contact: false };
  let frame = 0;
  // How far the pressing hand went up and down the leg (chart s).
  let up = 0;
  let down = 0;
  let lastS: number | null = null;

  const result = (): TraceReplay => {
    const passedMl = peaks.reduce((most, ml) => Math.max(most, ml), 0);
    const valvesShut = count(shut);
    const valvesPassed = peaks.filter((ml) => ml >= MIN_VALVE_ML).length;
    const towardHeart = up > down;
    const outcome: ReplayOutcome =
      towardHeart && valvesPassed > 0
        ? 'moved'
        : !towardHeart && down > 0 && valvesShut > 0
          ? 'blocked'
          : 'nothing';
    return { valvesPassed, valvesShut, passedMl, seconds: state.timeSeconds, outcome };
  };

  return {
    advance(maxFrames) {
      const until = Math.min(frames, frame + Math.max(0, Math.floor(maxFrames)));
      for (; frame < until; frame++) {
        const ms = firstMs + (frame + 0.5) * REPLAY_FRAME_SECONDS * 1000;
        const sample = handAt(ms);
        hand.contact = sample !== null;
        if (sample) {
          [hand.s, hand.theta, hand.pressure] = [sample.s, sample.theta, sample.pressure];
          if (lastS !== null)
            [up, down] = [up + Math.max(0, hand.s - lastS), down + Math.max(0, lastS - hand.s)];
          lastS = hand.s;
        } else lastS = null;
        const compressions = compressionFromHands([hand]);
        // The state is this replay's own: each step writes into its buffers.
        state = step(network, state, compressions, REPLAY_FRAME_SECONDS, state);
        if (hand.contact) markShut(state, rest, shut);
        notePeaks(state, rest, peaks);
      }
      return frame >= frames;
    },
    progress: () => (frames > 0 ? frame / frames : 1),
    result,
  };
}

/** The whole replay at once (tests, tools). */
export function replayTrace(network: VeinNetwork, trace: Trace): TraceReplay {
  const run = startReplay(network, trace);
  while (!run.advance(600));
  return run.result();
}
