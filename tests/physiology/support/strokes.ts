/** Strokes played on a network, and what they did to the blood. */
import type { PressureLevel } from '../../../src/anatomy/names';
import type { Compression } from '../../../src/physiology/compression';
import {
  createFlowState,
  type FlowOptions,
  type FlowState,
} from '../../../src/physiology/flowState';
import type { VeinNetwork } from '../../../src/physiology/network';
import { step } from '../../../src/physiology/step';

/** Both palms gliding side by side along a lane at constant speed, pressing all the way. */
export interface Glide {
  fromS: number;
  toS: number;
  theta: number;
  pressure: PressureLevel;
  seconds: number;
}

/** A palm on a calf ~38 cm round: 43 mm to either side of its centre is ~40°. */
const PALM = { radiusS: 0.05, spreadDeg: 40, mmPerDegree: 380 / 360 };
/**
 * Palms side by side sit this far either side of the lane, degrees: their centres a palm's
 * width and 2 mm apart round that calf, as the demonstration places them (handArrangement.ts).
 */
const SIDE_BY_SIDE_DEG = 42;

export function glideAt(glide: Glide, t: number): Compression[] {
  if (t < 0 || t > glide.seconds) return [];
  const s = glide.fromS + ((glide.toS - glide.fromS) * t) / glide.seconds;
  return [-1, 1].map((side) => ({
    s,
    theta: glide.theta + side * SIDE_BY_SIDE_DEG,
    pressure: glide.pressure,
    ...PALM,
  }));
}

export function reversed(glide: Glide): Glide {
  return { ...glide, fromS: glide.toS, toS: glide.fromS };
}

/** Plays compressions(t) from `state` for `seconds` in frames of `dt`, sampled mid-frame. */
export function play(
  network: VeinNetwork,
  state: FlowState,
  compressions: (t: number) => Compression[],
  seconds: number,
  dt: number,
): FlowState {
  let current = state;
  const frames = Math.round(seconds / dt);
  for (let k = 0; k < frames; k++) {
    current = step(network, current, compressions((k + 0.5) * dt), dt);
  }
  return current;
}

/** Timeout for tests that play long scenarios (the machine's two cores are shared). */
export const SLOW_UNDER_LOAD = { timeout: 60_000 };

/** Seconds of stillness after a stroke in which what it set moving is still counted. */
export const SETTLE_SECONDS = 1;

/**
 * The volume a stroke carried past the valves, mL: at each valve, what went through toward the
 * heart beyond what the rest flow alone would have let through in the same time, plus anything
 * that went back through it. Less than rest flow (a stroke holding a vein shut) counts as zero:
 * it moves nothing.
 */
export function volumeMovedPastValves(
  before: FlowState,
  after: FlowState,
  restFlowMlPerS: Float64Array,
): number {
  const seconds = after.timeSeconds - before.timeSeconds;
  let moved = 0;
  for (let v = 0; v < restFlowMlPerS.length; v++) {
    const back = (after.valveRefluxMl[v] ?? 0) - (before.valveRefluxMl[v] ?? 0);
    const net = (after.valvePassedMl[v] ?? 0) - (before.valvePassedMl[v] ?? 0);
    const forward = net + back;
    moved += Math.max(0, forward - (restFlowMlPerS[v] ?? 0) * seconds) + back;
  }
  return moved;
}

/** A glide from rest followed by SETTLE_SECONDS of stillness: the volume it moved past valves. */
export function volumeMovedByGlide(
  network: VeinNetwork,
  glide: Glide,
  options: FlowOptions = {},
  dt = 1 / 60,
): number {
  const start = createFlowState(network, options);
  const restFlow = Float64Array.from(createFlowState(network).valveFlowMlPerS);
  const end = play(network, start, (t) => glideAt(glide, t), glide.seconds + SETTLE_SECONDS, dt);
  return volumeMovedPastValves(start, end, restFlow);
}

export function totalVolumeMl(state: FlowState): number {
  return state.volumesMl.reduce((sum, v) => sum + v, 0);
}
